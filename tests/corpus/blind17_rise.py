"""t_rise: an in-house community-sanctions system of a Finnish probation region, migrated from Oracle.

Upper-case quoted Oracle names, Finnish abbreviations, K/E flags, NUMBER columns as numeric.
"""
from __future__ import annotations

from .blind17_gens import (boolean, dec, fill, fkey, hexs, num, person, pick, ref, rng, seq, some, day, when,
                           wpick)
from .gens import Col, Ctx, Table

S = "t_rise"
A = "fi.asiakas"
V = "fi.virk"
Y = "fi.ykp"
NA, NV, NY = 130, 40, 60
UNITS = ["Tampere", "Pori", "Hämeenlinna", "Turku", "Lahti", "Jyväskylä", "Kuopio", "Oulu", "Joensuu", "Seinäjoki",
         "Vantaa", "Helsinki", "Kouvola", "Lappeenranta"]


def _a(c: Ctx, j: int):
    return person(c, A, j, "fi", (1958, 2005))


def ytunnus(n: int) -> str:
    body = f"{n:07d}"
    s = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2))) % 11
    return f"{body}-{0 if s == 0 else 11 - s}"


def _yt(c: Ctx, i: int) -> str:
    r = rng(c, "fi.yt", i)
    while True:
        n = r.randint(100_000, 3_400_000)
        s = sum(int(d) * w for d, w in zip(f"{n:07d}", (7, 9, 10, 5, 8, 4, 2))) % 11
        if s != 1:
            return ytunnus(n)


def _units() -> Table:
    return Table(S, "YKSIKKO", [
        Col("YKS_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("YKS_NIMI", "varchar(120)", "none", lambda c, i: f"Yhdyskuntaseuraamustoimisto {UNITS[i - 1]}"),
        Col("YKS_OSOITE", "varchar(120)", "none", lambda c, i: f"{c.r.choice(['Virastotalo', 'Kauppakatu'])} "
                                                               f"{c.r.randint(2, 40)}"),
        Col("YKS_POSTINRO", "varchar(5)", "none", lambda c, i: f"{c.r.randint(10, 96) * 1000 + 100:05d}"),
        Col("YKS_TOIMIPAIKKA", "varchar(60)", "none", lambda c, i: UNITS[i - 1].upper()),
        Col("YKS_PUH", "varchar(30)", "none", lambda c, i: f"029 56 {c.r.randint(70000, 79999)}"),
        Col("YKS_SPOSTI", "varchar(120)", "none", lambda c, i: f"ysk.{UNITS[i - 1].lower().replace('ä', 'a')}"
                                                               "@rikosseuraamus.fi"),
        Col("ESIMIES", "varchar(120)", "person_name",
            lambda c, i: f"{person(c, 'fi.esim', i, 'fi').last} {person(c, 'fi.esim', i, 'fi').first}"),
        Col("LAKKAUTETTU_PVM", "date", "none", lambda c, i: day(2019, 2019)(c, i) if i == 14 else None),
    ], rows=len(UNITS))


def _staff() -> Table:
    def v(c, i):
        return person(c, V, i, "fi", (1962, 1998))
    return Table(S, "VIRKAILIJA", [
        Col("VIRK_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("YKS_ID", "numeric(10)", "none", lambda c, i: 1 + i % 13),
        Col("ETUNIMI", "varchar(60)", "person_name", lambda c, i: v(c, i).first),
        Col("SUKUNIMI", "varchar(60)", "person_name", lambda c, i: v(c, i).last),
        Col("KAYTTAJATUNNUS", "varchar(30)", "none",
            lambda c, i: (v(c, i).last[:4] + v(c, i).first[:3]).upper().replace("Ä", "A").replace("Ö", "O")),
        Col("SALASANA_HASH", "varchar(128)", "credentials", hexs(128)),
        Col("SPOSTI", "varchar(120)", "email",
            lambda c, i: f"{v(c, i).first}.{v(c, i).last}@om.fi".lower().replace("ä", "a").replace("ö", "o")),
        Col("PUHELIN", "varchar(30)", "phone", lambda c, i: v(c, i).phone),
        Col("NIMIKE", "varchar(60)", "none", wpick([("Rikosseuraamustyöntekijä", 6), ("Rikosseuraamusesimies", 1),
                                                    ("Erityisohjaaja", 2), ("Toimistosihteeri", 1)])),
        Col("AKTIIVINEN", "char(1)", "none", wpick([("K", 9), ("E", 1)])),
        Col("VIIM_KIRJAUTUMINEN", "timestamp(0)", "none", when(2024, 2024)),
    ], rows=NV, extra=[fkey(S, "VIRKAILIJA", "YKS_ID", "YKSIKKO", "YKS_ID")])


def _workplaces() -> Table:
    orgs = ["Tampereen seurakuntayhtymä", "SPR Pirkanmaan piiri", "Kierrätyskeskus Kiertokapula",
            "Pelastakaa Lapset ry",
            "Sininauha ry", "Tampereen Kaupunkilähetys", "Pirkanmaan Ruokapankki", "VPK Hervanta",
            "Nuorisotalo Kaleva", "Eläinsuojeluyhdistys", "Urheiluseura Ilves juniorit", "Setlementti Naapuri"]
    return Table(S, "YKP_TYOPAIKKA", [
        Col("TYOPAIKKA_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("NIMI", "varchar(120)", "none", lambda c, i: orgs[i % len(orgs)] + ("" if i <= 12 else f" / {i}")),
        Col("OSOITE", "varchar(120)", "none", lambda c, i: f"{c.r.choice(['Teollisuuskatu', 'Hatanpään valtatie'])} "
                                                           f"{c.r.randint(1, 60)}"),
        Col("YHDYSHENKILO", "varchar(120)", "person_name",
            lambda c, i: f"{person(c, Y, i, 'fi').first} {person(c, Y, i, 'fi').last}"),
        Col("YHD_PUH", "varchar(30)", "phone", lambda c, i: person(c, Y, i, "fi").phone),
        Col("YHD_SPOSTI", "varchar(120)", "email", lambda c, i: person(c, Y, i, "fi").email),
        Col("Y_TUNNUS", "varchar(9)", "none", _yt),
        Col("VOIMASSA", "char(1)", "none", wpick([("K", 9), ("E", 1)])),
    ], rows=NY)


_HUOM = fill(["Soitettava aina ennen kotikäyntiä. Avovaimo {f2} p. {ph}", "Tulkki tarvitaan (venäjä).",
              "Asiakas muuttanut, uusi osoite päivitetty {d}.", "Ei saa sijoittaa lasten kanssa tehtäviin.",
              "Työnantaja {f2} (Rakennus Oy) tietää tuomiosta.", "Yhteydenotot sähköpostilla {mail}", ""],
             f2=["Sanna Virtanen", "Jenni Laine", "Markku Salo"], ph=["040 771 2290", "050-3318842"],
             d=["12.3.2024", "2.10.2023"], mail=["j.korhonen88@gmail.com", "tonilaitinen@luukku.com"])


def _clients() -> Table:
    return Table(S, "ASIAKAS", [
        Col("ASIAKAS_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("HETU", "varchar(11)", "national_id", lambda c, i: _a(c, i).natid),
        Col("SUKUNIMI", "varchar(60)", "person_name", lambda c, i: _a(c, i).last.upper()),
        Col("ETUNIMET", "varchar(100)", "person_name",
            lambda c, i: f"{_a(c, i).first} {rng(c, A + ':mid', i).choice(['Juhani', 'Olavi', 'Antero', 'Tapani'])}"
            if _a(c, i).sex == "M" else f"{_a(c, i).first} {rng(c, A + ':mid', i).choice(['Maria', 'Helena'])}"),
        Col("KUTSUMANIMI", "varchar(30)", "person_name", lambda c, i: _a(c, i).first),
        Col("SYNT_AIKA", "date", "birth_date", lambda c, i: _a(c, i).birth),
        Col("SUKUP", "char(1)", "none", lambda c, i: "1" if _a(c, i).sex == "M" else "2"),
        Col("KIELI", "varchar(2)", "none", wpick([("fi", 20), ("sv", 2), ("ru", 2), ("et", 1), ("so", 1)])),
        Col("KANSALAISUUS", "varchar(3)", "none", wpick([("FIN", 20), ("EST", 2), ("RUS", 1), ("SOM", 1), ("IRQ", 1)])),
        Col("LAHIOSOITE", "varchar(120)", "postal_address", lambda c, i: _a(c, i).street),
        Col("POSTINRO", "varchar(5)", "postal_address", lambda c, i: _a(c, i).postcode),
        Col("POSTITOIMIPAIKKA", "varchar(60)", "none", lambda c, i: _a(c, i).city),
        Col("PUHELIN", "varchar(30)", "phone", some(0.9, lambda c, i: _a(c, i).phone)),
        Col("SPOSTI", "varchar(120)", "email", some(0.4, lambda c, i: _a(c, i).email)),
        Col("TURVAKIELTO", "char(1)", "none", wpick([("E", 30), ("K", 1)])),
        Col("YKS_ID", "numeric(10)", "none", num(1, 13)),
        Col("VASTUUVIRK_ID", "numeric(10)", "none", num(1, NV)),
        Col("LUONTI_PVM", "date", "none", day(2015, 2024)),
        Col("MUUTOS_PVM", "timestamp(0)", "none", when(2023, 2024)),
        Col("HUOM", "varchar(4000)", "free_text_may_contain_pii", some(0.6, _HUOM)),
    ], rows=NA, extra=[fkey(S, "ASIAKAS", "YKS_ID", "YKSIKKO", "YKS_ID"),
                       fkey(S, "ASIAKAS", "VASTUUVIRK_ID", "VIRKAILIJA", "VIRK_ID")])


OFFENCES = [("Rattijuopumus", "RL 23:3"), ("Törkeä rattijuopumus", "RL 23:4"), ("Pahoinpitely", "RL 21:5"),
            ("Varkaus", "RL 28:1"), ("Huumausainerikos", "RL 50:1"), ("Kulkuneuvon kuljettaminen oikeudetta", "TLL 94"),
            ("Petos", "RL 36:1"), ("Lähestymiskiellon rikkominen", "RL 16:9a"), ("Vahingonteko", "RL 35:1"),
            ("Törkeä pahoinpitely", "RL 21:6")]


def _sentences() -> Table:
    off = lambda c, i: OFFENCES[rng(c, "fi.tuo", i).randrange(len(OFFENCES))]  # noqa: E731
    return Table(S, "TUOMIO", [
        Col("TUOMIO_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ASIAKAS_ID", "numeric(10) NOT NULL", "none", lambda c, i: (i - 1) % NA + 1),
        Col("DIAARINRO", "varchar(20)", "none", lambda c, i: f"R {c.r.randint(19, 24)}/{c.r.randint(100, 9999)}"),
        Col("TUOMIOISTUIN", "varchar(80)", "none", pick("Pirkanmaan käräjäoikeus", "Satakunnan käräjäoikeus",
                                                        "Kanta-Hämeen käräjäoikeus", "Turun hovioikeus")),
        Col("RIKOSNIMIKE", "varchar(120)", "criminal_record", lambda c, i: off(c, i)[0]),
        Col("LAINKOHTA", "varchar(20)", "criminal_record", lambda c, i: off(c, i)[1]),
        Col("SEURAAMUS", "varchar(40)", "criminal_record",
            pick("YKP", "VALVONTARANGAISTUS", "EHDOLLINEN+VALVONTA", "EHDONALAINEN VAPAUS", "NUOREN VALVONTA")),
        Col("YKP_TUNNIT", "numeric(4)", "none", some(0.5, num(14, 240))),
        Col("TUOMIO_PVM", "date", "none", day(2021, 2024)),
        Col("LAINVOIMA_PVM", "date", "none", day(2021, 2024)),
        Col("ALKU_PVM", "date", "none", day(2022, 2024)),
        Col("LOPPU_PVM", "date", "none", some(0.7, day(2023, 2025))),
        Col("TILA", "varchar(20)", "none", pick("AKTIIVINEN", "AKTIIVINEN", "PAATTYNYT", "MUUNNETTU", "KESKEYTETTY")),
        Col("TYOPAIKKA_ID", "numeric(10)", "none", some(0.5, num(1, NY))),
    ], rows=150, extra=[fkey(S, "TUOMIO", "ASIAKAS_ID", "ASIAKAS", "ASIAKAS_ID"),
                        fkey(S, "TUOMIO", "TYOPAIKKA_ID", "YKP_TYOPAIKKA", "TYOPAIKKA_ID")])


_KIRJ = fill(["Asiakas saapui ajoissa. Keskusteltu työnhausta, TE-toimiston aika {d}.",
              "Asiakas kertoi retkahtaneensa viikonloppuna, ohjattu A-klinikalle.",
              "Kotikäynti: avovaimo {name} paikalla, tilanne rauhallinen.",
              "Ei saapunut. Soitettu numeroon {ph}, ei vastausta. Kirjallinen kutsu lähetetty.",
              "Työpaikkaohjaaja {name} ilmoitti poissaoloista, sovittu uusi aloitus.",
              "Puhallus 0,00. Keskusteltu raittiussuunnitelmasta ja velkaneuvonnasta."],
             d=["4.4.", "18.9.", "2.12."], name=["Heidi Mattila", "Kari Jokinen", "Riikka Ahonen"],
             ph=["044 512 7731", "0400-118 902"])


def _meetings() -> Table:
    return Table(S, "VALVONTATAPAAMINEN", [
        Col("TAPAAMINEN_ID", "numeric(12) PRIMARY KEY", "none", seq),
        Col("ASIAKAS_ID", "numeric(10) NOT NULL", "none", num(1, NA)),
        Col("VIRK_ID", "numeric(10)", "none", num(1, NV)),
        Col("PVM", "timestamp(0)", "none", when(2023, 2024)),
        Col("PAIKKA", "varchar(20)", "none", pick("TOIMISTO", "TOIMISTO", "KOTIKAYNTI", "PUHELIN", "ETA")),
        Col("PAIHDETESTI", "varchar(12)", "health",
            wpick([("NEG", 12), ("POS-AMF", 2), ("POS-THC", 2), ("POS-BUP", 1), ("EI TEHTY", 5)])),
        Col("PUHALLUS_PROMILLE", "numeric(3,2)", "health", lambda c, i: 0.0 if c.r.random() < 0.85
            else round(c.r.uniform(0.1, 1.6), 2)),
        Col("KIRJAUS", "text", "free_text_may_contain_pii", _KIRJ),
        Col("SAAPUI", "char(1)", "none", wpick([("K", 8), ("E", 1)])),
        Col("SEURAAVA_PVM", "date", "none", some(0.8, day(2024, 2025))),
    ], rows=150, extra=[fkey(S, "VALVONTATAPAAMINEN", "ASIAKAS_ID", "ASIAKAS", "ASIAKAS_ID"),
                        fkey(S, "VALVONTATAPAAMINEN", "VIRK_ID", "VIRKAILIJA", "VIRK_ID")])


def _risk() -> Table:
    return Table(S, "RISKIARVIO", [
        Col("ARVIO_ID", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ASIAKAS_ID", "numeric(10) NOT NULL", "none", lambda c, i: (i * 7 - 1) % NA + 1),
        Col("ARVIO_PVM", "date", "none", day(2022, 2024)),
        Col("PAIHDEONGELMA", "varchar(40)", "health",
            pick("ALKOHOLI", "AMFETAMIINI", "OPIOIDIT", "KANNABIS", "SEKAKAYTTO", "EI")),
        Col("MT_DG", "varchar(10)", "health", pick(None, None, "F32.1", "F43.1", "F60.3", "F90.0", "F10.2", "F15.2")),
        Col("LAAKITYS", "varchar(120)", "health",
            pick(None, "buprenorfiini-naloksoni", "metadoni", "sertraliini 50 mg", "ketiapiini", "lisdeksamfetamiini")),
        Col("VAKIVALTARISKI", "varchar(12)", "criminal_record", pick("MATALA", "MATALA", "KOHTALAINEN", "KORKEA")),
        Col("JENGIYHTEYS", "varchar(60)", "criminal_record", wpick([(None, 12), ("Cannonball MC", 1),
                                                                    ("United Brotherhood", 1), ("Bad Boys MC", 1)])),
        Col("UUSIMISRISKI_PISTEET", "numeric(3)", "none", num(0, 40)),
        Col("ARVIOIJA_VIRK_ID", "numeric(10)", "none", num(1, NV)),
    ], rows=100, extra=[fkey(S, "RISKIARVIO", "ASIAKAS_ID", "ASIAKAS", "ASIAKAS_ID"),
                        fkey(S, "RISKIARVIO", "ARVIOIJA_VIRK_ID", "VIRKAILIJA", "VIRK_ID")])


def _monitoring() -> Table:
    who = ref("fi.sv", NA)
    return Table(S, "SAHKOINEN_VALVONTA", [
        Col("TAPAHTUMA_ID", "numeric(14) PRIMARY KEY", "none", seq),
        Col("ASIAKAS_ID", "numeric(10) NOT NULL", "none", who),
        Col("LAITE_SARJANRO", "varchar(20)", "none", lambda c, i: f"GW{c.r.randint(300000, 399999)}"),
        Col("SIJ_LAT", "numeric(9,6)", "geo_location",
            lambda c, i: round(_a(c, who(c, i)).lat + c.r.uniform(-0.004, 0.004), 6)),
        Col("SIJ_LON", "numeric(9,6)", "geo_location",
            lambda c, i: round(_a(c, who(c, i)).lon + c.r.uniform(-0.006, 0.006), 6)),
        Col("AIKALEIMA", "timestamp(0)", "none", when(2024, 2024)),
        Col("HALYTYS", "varchar(30)", "none", pick(None, None, "KOTIAREENA_POISTUMINEN", "AKKU_ALHAINEN",
                                                   "PEUKALOINTI", "YHTEYS_KATKENNUT")),
        Col("KUITATTU", "char(1)", "none", wpick([("K", 5), ("E", 1)])),
        Col("TARKKUUS_M", "numeric(5,1)", "none", dec(3, 80, 1)),
        Col("KUITTAAJA", "numeric(10)", "none", some(0.3, num(1, NV))),
        Col("LAITE_TOKEN", "varchar(40)", "secret_token", hexs(40)),
        Col("LATAUS_OK", "char(1)", "none", lambda c, i: "K" if boolean(0.9)(c, i) else "E"),
    ], rows=150, extra=[fkey(S, "SAHKOINEN_VALVONTA", "ASIAKAS_ID", "ASIAKAS", "ASIAKAS_ID"),
                        fkey(S, "SAHKOINEN_VALVONTA", "KUITTAAJA", "VIRKAILIJA", "VIRK_ID")])


def rise_tables() -> list[Table]:
    return [_units(), _staff(), _workplaces(), _clients(), _sentences(), _meetings(), _risk(), _monitoring()]
