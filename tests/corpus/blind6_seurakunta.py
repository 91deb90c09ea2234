"""i_seurakunta: a Finnish Evangelical Lutheran parish union's membership register (kirkonkirjat), in Finnish:
henkilö with henkilötunnus, memberships joined and left, baptisms, church weddings, burials and grave rights,
donations. Foreign keys declared."""
from __future__ import annotations

from stdnum import iban as std_iban
from stdnum import luhn

from .blind6_gens import (FIRST, LAST, city, day, email, fk, full, hetu, last, maybe, money, phone, postcode,
                          street, table, ts, weighted)
from .gens import Col, bcrypt_like, ident, pick

S = "i_seurakunta"
N_SRK, N_HLO, N_TT = 24, 150, 18
USKONTOKUNTA = weighted(("Evankelis-luterilainen kirkko", 70), ("Ei kuulu uskontokuntaan", 20),
                        ("Ortodoksinen kirkkokunta", 5), ("Katolinen kirkko Suomessa", 2), ("Helluntaiseurakunta", 2), ("Islamilainen yhdyskunta", 1))


def etunimet(c, i):
    n = [c.r.choice(FIRST["fi"]) for _ in range(c.r.choice([1, 2, 2, 3]))]
    return " ".join(dict.fromkeys(n))


def fi_iban(c, i):
    body = f"{c.r.choice(['1', '2', '5', '8', '4'])}{c.r.randint(0, 99999):05d}{c.r.randint(0, 9999999):07d}"
    bban = body + luhn.calc_check_digit(body)
    v = "FI" + std_iban.calc_check_digits("FI00" + bban) + bban
    return std_iban.format(v) if c.r.random() < 0.6 else v


def viite(c, i):
    base = str(c.r.randint(1000, 99999999))
    s = sum(int(d) * w for d, w in zip(reversed(base), [7, 3, 1] * 10))
    return base + str((10 - s % 10) % 10)


def seurakunta_tables():
    return [
        table(S, "seurakunta", N_SRK, [
            Col("seurakunta_id", "int PRIMARY KEY", "none", ident),
            Col("srk_numero", "varchar(4)", "none", lambda c, i: f"{c.r.randint(1, 999):03d}"),
            Col("nimi", "varchar(80)", "none", lambda c, i: c.r.choice(["Tampereen Tuomiokirkkoseurakunta", "Espoonlahden seurakunta", "Kallion seurakunta",
                "Turun Martin seurakunta", "Oulun tuomiokirkkoseurakunta", "Kuopion Männistön seurakunta", "Jyväskylän seurakunta",
                "Vaasan suomalainen seurakunta", "Helsingfors domkyrkoförsamling", "Hervannan seurakunta"])),
            Col("hiippakunta", "varchar(40)", "none", pick("Tampereen", "Espoon", "Helsingin", "Turun arkkihiippakunta", "Oulun", "Kuopion", "Lapuan", "Borgå stift")),
            Col("kirkkoherranvirasto_osoite", "varchar(80)", "none", street("fi")),
            Col("postinumero", "char(5)", "none", postcode("fi")),
            Col("postitoimipaikka", "varchar(40)", "none", lambda c, i: city("fi")(c, i).upper()),
            Col("puhelin", "varchar(20)", "none", lambda c, i: f"0{c.r.choice([3, 9, 2, 8])} {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}"),
            Col("sahkoposti", "varchar(80)", "none", lambda c, i: f"kirkkoherranvirasto{i}@evl.fi")]),
        table(S, "henkilo", N_HLO, [
            Col("henkilo_id", "int PRIMARY KEY", "none", ident),
            Col("henkilotunnus", "char(11)", "national_id", hetu),
            Col("sukunimi", "varchar(60)", "person_name", last("fi")),
            Col("etunimet", "varchar(100)", "person_name", etunimet),
            Col("kutsumanimi", "varchar(40)", "person_name", maybe(0.5, lambda c, i: c.r.choice(FIRST["fi"]))),
            Col("entinen_sukunimi", "varchar(60)", "person_name", maybe(0.2, lambda c, i: c.r.choice(LAST["fi"]))),
            Col("sukupuoli", "smallint", "none", pick(1, 2)),
            Col("aidinkieli", "char(2)", "none", weighted(("fi", 86), ("sv", 8), ("ru", 3), ("et", 2), ("ar", 1))),
            Col("kansalaisuus", "char(3)", "none", weighted(("246", 95), ("752", 2), ("233", 2), ("643", 1))),
            Col("lahiosoite", "varchar(100)", "postal_address", street("fi")),
            Col("postinumero", "char(5)", "postal_address", postcode("fi")),
            Col("postitoimipaikka", "varchar(40)", "none", lambda c, i: city("fi")(c, i).upper()),
            Col("kotikunta", "char(3)", "none", pick("837", "049", "091", "853", "564", "179", "297")),
            Col("puhelin", "varchar(20)", "phone", maybe(0.6, phone("fi"))),
            Col("sahkoposti", "varchar(100)", "email", maybe(0.45, email("fi"))),
            Col("turvakielto", "boolean", "none", weighted((False, 99), (True, 1))),
            Col("uskontokunta", "varchar(60)", "religious_belief", USKONTOKUNTA),
            Col("seurakunta_id", "int", "none", fk(N_SRK, 0.8)),
            Col("kuolinpaiva", "date", "none", day(2010, 2026, 0.06))], fks=(("seurakunta_id", "seurakunta", "seurakunta_id"),)),
        table(S, "tyontekija", N_TT, [
            Col("tyontekija_id", "int PRIMARY KEY", "none", ident),
            Col("nimi", "varchar(80)", "person_name", full("fi")),
            Col("nimike", "varchar(40)", "none", pick("kirkkoherra", "kappalainen", "seurakuntapastori", "diakoni", "kanttori", "seurakuntasihteeri", "hautausmaan hoitaja")),
            Col("seurakunta_id", "int", "none", fk(N_SRK)),
            Col("sahkoposti", "varchar(100)", "email", lambda c, i: f"{c.r.choice(FIRST['fi']).lower()}.{c.r.choice(LAST['fi']).lower()}@evl.fi".translate(str.maketrans("äöå", "aoa"))),
            Col("puhelin", "varchar(20)", "phone", phone("fi")),
            Col("kayttajatunnus", "varchar(20)", "none", lambda c, i: f"srk{c.r.randint(1000, 9999)}"),
            Col("salasana_hash", "varchar(72)", "credentials", bcrypt_like)], fks=(("seurakunta_id", "seurakunta", "seurakunta_id"),)),
        table(S, "jasenyysmuutos", 150, [
            Col("muutos_id", "int PRIMARY KEY", "none", ident),
            Col("henkilo_id", "int", "none", fk(N_HLO)),
            Col("muutospvm", "date", "none", day(2000, 2026)),
            Col("muutoslaji", "varchar(30)", "religious_belief", weighted(("Eroaminen", 45), ("Liittyminen", 20), ("Kaste", 25), ("Paluu kirkkoon", 10))),
            Col("edellinen_uskontokunta", "varchar(60)", "religious_belief", maybe(0.6, USKONTOKUNTA)),
            Col("ilmoitustapa", "varchar(30)", "none", pick("eroakirkosta.fi", "DVV", "kirkkoherranvirasto", "sähköinen asiointi", "kirje")),
            Col("kasittelija_id", "int", "none", fk(N_TT, 0.7))],
            fks=(("henkilo_id", "henkilo", "henkilo_id"), ("kasittelija_id", "tyontekija", "tyontekija_id"))),
        table(S, "kaste", 120, [
            Col("kaste_id", "int PRIMARY KEY", "none", ident),
            Col("henkilo_id", "int", "none", fk(N_HLO)),
            Col("kastepaiva", "date", "none", day(1935, 2026)),
            Col("kastepaikka", "varchar(80)", "none", pick("Kotikaste", "Kalevan kirkko", "Tuomiokirkko", "Hervannan kirkko", "Espoon tuomiokirkko", "Sairaalakaste TAYS")),
            Col("kastaja", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(['pastori', 'kirkkoherra', 'kappalainen'])} {full('fi')(c, i)}"),
            Col("kummit", "varchar(250)", "person_name", lambda c, i: ", ".join(full("fi")(c, i) for _ in range(c.r.randint(1, 3)))),
            Col("isa_id", "int", "none", fk(N_HLO, 0.6)),
            Col("aiti_id", "int", "none", fk(N_HLO, 0.8))],
            fks=(("henkilo_id", "henkilo", "henkilo_id"), ("isa_id", "henkilo", "henkilo_id"), ("aiti_id", "henkilo", "henkilo_id"))),
        table(S, "vihkiminen", 90, [
            Col("vihkiminen_id", "int PRIMARY KEY", "none", ident),
            Col("puoliso1_id", "int", "none", fk(N_HLO)),
            Col("puoliso2_id", "int", "none", fk(N_HLO)),
            Col("vihkipaiva", "date", "none", day(1970, 2026)),
            Col("vihkipaikka", "varchar(80)", "none", pick("Tuomiokirkko", "Temppeliaukion kirkko", "Turun tuomiokirkko", "Seurasaaren kirkko", "Kotona", "Hääpaikka Villa Kivi")),
            Col("vihkija", "varchar(80)", "person_name", full("fi")),
            Col("toimitus", "varchar(40)", "religious_belief", weighted(("Kirkollinen vihkiminen", 80), ("Avioliiton siunaaminen", 20))),
            Col("esteiden_tutkinta_pvm", "date", "none", day(1970, 2026))],
            fks=(("puoliso1_id", "henkilo", "henkilo_id"), ("puoliso2_id", "henkilo", "henkilo_id"))),
        table(S, "hautaus", 90, [
            Col("hautaus_id", "int PRIMARY KEY", "none", ident),
            Col("henkilo_id", "int", "none", fk(N_HLO)),
            Col("siunaus_pvm", "date", "none", day(2010, 2026)),
            Col("siunauskappeli", "varchar(60)", "none", pick("Kalevankankaan kappeli", "Hietaniemen kappeli", "Ylösnousemuskappeli", "Pyhän Ristin kappeli")),
            Col("hautausmaa", "varchar(60)", "none", pick("Kalevankankaan hautausmaa", "Hietaniemen hautausmaa", "Malmin hautausmaa", "Turun hautausmaa")),
            Col("hautapaikka", "varchar(40)", "none", lambda c, i: f"K{c.r.randint(1, 60)} R{c.r.randint(1, 30)} H{c.r.randint(1, 40)}"),
            Col("hautaoikeuden_haltija", "varchar(80)", "person_name", full("fi")),
            Col("haltijan_osoite", "varchar(150)", "postal_address", lambda c, i: f"{street('fi')(c, i)}, {postcode('fi')(c, i)} {city('fi')(c, i).upper()}"),
            Col("haltijan_puhelin", "varchar(20)", "phone", maybe(0.8, phone("fi"))),
            Col("hautaoikeus_paattyy", "date", "none", day(2030, 2075))], fks=(("henkilo_id", "henkilo", "henkilo_id"),)),
        table(S, "lahjoitus", 110, [
            Col("lahjoitus_id", "int PRIMARY KEY", "none", ident),
            Col("henkilo_id", "int", "none", fk(N_HLO, 0.9)),
            Col("maksettu", "timestamp", "none", ts(2023, 2026)),
            Col("summa", "numeric(10,2)", "none", money(5, 500)),
            Col("kohde", "varchar(60)", "none", pick("Yhteisvastuukeräys", "Lähetystyö", "Diakoniatyö", "Kirkon Ulkomaanapu", "Urkurahasto")),
            Col("tilinumero", "varchar(22)", "iban", maybe(0.8, fi_iban)),
            Col("viitenumero", "varchar(20)", "none", viite)], fks=(("henkilo_id", "henkilo", "henkilo_id"),)),
    ]
