"""aq_tau_vaka: an in-house system of a Niue fishing association in Alofi (Niuean names mixed with English): members,
their canoes and boats, catch logs with fishing spots, buyers, payments, fisheries infringements and the
office's logins."""
from __future__ import annotations

from decimal import Decimal

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, public_ip,
                           seq, stamps)
from .blind41_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "aq_tau_vaka"
TAG, GAH = "nu.tagata", "nu.gahua"
N_MAAGA, N_TAG, N_VAKA, N_IKA, N_FAK, N_GAH = 14, 150, 120, 30, 40, 12
IKA = ["Hakula (wahoo)", "Pala", "Takuo (yellowfin)", "Atu (skipjack)", "Mahimahi", "Malau", "Ulua", "Palu",
       "Fāgo", "Ono", "Tatale", "Kalo", "Humu", "Manini", "Lupo", "Vete", "Ta'ape", "Mū", "Fai", "Ulā (crayfish)",
       "Tuna paka", "Saku", "Pone", "Loi", "Fue", "Kaloama", "Aloalo", "Utu", "Pakia", "Ume"]
PISINISI = ["Swanson Supermarket", "Niue Fish Processors Ltd", "Matavai Resort", "Scenic Matavai Kitchen",
            "Tavana's Café", "Crazy Uga Café", "Hio Café", "Washaway Bar", "Kaiika Tuna Shop", "Alofi Fish Market"]


def _tala(c, i):
    return c.r.choice([None, None, "Lelei e tahi.", "Nakai fai ika he aho nei.", "Matagi malolo, liu vave.",
                       f"Mate e afi he tahi, lagomatai e {any_name('nu')(c, i)}.",
                       f"Fakatau e ika ki a {person('nu', TAG, 'first')(c, c.r.randint(1, N_TAG))}, "
                       f"telefoni {any_mobile('nu')(c, i)}", "Sea rough outside Avatele, came back early."])


def _spot(c, i):
    lat = Decimal(str(round(-19.05 + c.r.uniform(-0.12, 0.12), 5)))
    lon = Decimal(str(round(-169.87 + c.r.uniform(-0.12, 0.12), 5)))
    return lat, lon


def niue_tables() -> list[Table]:
    t = lambda f: person("nu", TAG, f, 1948, 2005)          # noqa: E731
    g = lambda f: person("nu", GAH, f, 1965, 1998)          # noqa: E731
    return [
        Table(S, "tau_maaga", [
            C("maaga_id", "integer PRIMARY KEY", "none", seq()),
            C("higoa_maaga", "varchar(40)", "none", lambda c, i: POOLS["nu"]["village"][i - 1]),
            C("numera_tagata", "integer", "none", ints(30, 620), comment="population of the village"),
            C("pule_maaga", "varchar(80)", "person_name", any_name("nu"), comment="village council chair"),
            C("telefoni_pule", "varchar(20)", "phone", any_mobile("nu")),
            C("fale_fono_telefoni", "varchar(20)", "none", lambda c, i: f"4{c.r.randint(100, 999)}",
              comment="the village hall's line"),
        ], rows=N_MAAGA),
        Table(S, "tau_tagata_gahua", [
            C("gahua_id", "integer PRIMARY KEY", "none", seq()),
            C("higoa_katoa", "varchar(80)", "person_name", g("full")),
            C("imeli", "varchar(80)", "email", lambda c, i: g("user")(c, i) + "@niuefishing.nu"),
            C("kupu_fufu", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12", "2b"), comment="password hash"),
            C("tuaga", "varchar(20)", "none", one("admin", "clerk", "clerk", "fisheries officer")),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_GAH),
        Table(S, "tau_tagata", [
            C("tagata_id", "integer PRIMARY KEY", "none", seq()),
            C("higoa_fakamua", "varchar(40)", "person_name", t("first")),
            C("higoa_fakahiku", "varchar(40)", "person_name", t("last")),
            C("aho_fanau", "date", "birth_date", t("birth")),
            C("tane_fifine", "char(1)", "none", lambda c, i: "T" if t("sex")(c, i) == "M" else "F"),
            C("maaga_id", "integer", "none", fk(N_MAAGA, 3)),
            C("kaina", "varchar(80)", "postal_address", t("a_line")),
            C("pusa_meli", "varchar(40)", "postal_address", maybe(t("a_postcode"), 0.5)),
            C("telefoni", "varchar(20)", "phone", t("mobile")),
            C("telefoni_kaina", "varchar(10)", "phone", maybe(t("phone"), 0.5)),
            C("imeli", "varchar(80)", "email", maybe(t("email"), 0.6)),
            C("numera_pasipoti", "varchar(10)", "national_id", maybe(t("natid"), 0.8)),
            C("lotu", "varchar(60)", "religious_belief", maybe(one("Ekalesia Kerisiano Niue", "Ekalesia Kerisiano Niue",
                                                                   "Katolika", "LDS (Mamona)", "Seventh-day Adventist",
                                                                   "Assemblies of God"), 0.8)),
            C("mahaki", "varchar(120)", "health", maybe(one("Suka (diabetes)", "Toto hake", "Asthma",
                                                           "Decompression illness 2019", "Hip replacement"), 0.3),
              comment="conditions the skipper should know at sea"),
            C("higoa_fakafetuiaga", "varchar(80)", "person_name", any_name("nu"),
              comment="emergency contact"),
            C("telefoni_fakafetuiaga", "varchar(20)", "phone", any_mobile("nu")),
            C("tau_tama", "smallint", "none", ints(0, 7), comment="number of children, for the scholarship fund"),
            C("fakamau_aho", "date", "none", dates(2010, 2025)),
            C("tuaga", "varchar(20)", "none", one("mahani", "mahani", "nakai totogi", "mate")),
            C("meli_fakailoa_fakafano", "boolean", "none", flag(0.6), comment="newsletter e-mail sent"),
        ], rows=N_TAG, extra=[fkey(S, "tau_tagata", "maaga_id", "tau_maaga", "maaga_id")]),
        Table(S, "tau_vaka", [
            C("vaka_id", "integer PRIMARY KEY", "none", seq()),
            C("numera_fakamau", "varchar(12)", "none", lambda c, i: f"NIU-{i + 40:03d}"),
            C("higoa_vaka", "varchar(40)", "none", one("Moana Lagi", "Sisilia", "Tama Hakupu", "Fetu Aho",
                                                       "Matagi", "Lupe", "Vaka Ha", "Talafou", "Pita II"),
              comment="the boat's name"),
            C("tagata_id", "integer", "none", fk(N_TAG, 3)),
            C("fakatino_vaka", "varchar(10)", "none", one("vaka", "alia", "tinny", "launch")),
            C("loa_mita", "numeric(4,1)", "none", amounts(3.5, 11.5, 1)),
            C("afi_malosi_hp", "integer", "none", one(15, 25, 40, 60, 90, 115)),
            C("vms_imei", "varchar(15)", "none", maybe(lambda c, i: "35" + digits(c, 13), 0.5),
              comment="tracker unit id"),
            C("fakamau_aho", "date", "none", dates(2008, 2025)),
            C("safety_check_ok", "boolean", "none", flag(0.8)),
        ], rows=N_VAKA, extra=[fkey(S, "tau_vaka", "tagata_id", "tau_tagata", "tagata_id")]),
        Table(S, "tau_ika", [
            C("ika_id", "integer PRIMARY KEY", "none", seq()),
            C("higoa_ika", "varchar(40)", "none", lambda c, i: IKA[i - 1]),
            C("tapu_mai", "date", "none", maybe(dates(2025, 2025), 0.2), comment="closed season start"),
            C("tapu_ki", "date", "none", maybe(dates(2025, 2025), 0.2)),
            C("kilo_tupe", "numeric(6,2)", "none", amounts(6, 40)),
        ], rows=N_IKA),
        Table(S, "fakamau_hiki", [
            C("hiki_id", "integer PRIMARY KEY", "none", seq()),
            C("vaka_id", "integer", "none", fk(N_VAKA, 7)),
            C("tagata_id", "integer", "none", fk(N_TAG, 11)),
            C("aho", "date", "none", dates(2024, 2025)),
            C("ika_id", "integer", "none", fk(N_IKA, 3)),
            C("mamafa_kg", "numeric(6,1)", "none", amounts(0, 180, 1)),
            C("numera_ika", "integer", "none", ints(0, 40)),
            C("gutu_vaka", "varchar(40)", "none", one("Alofi wharf", "Avatele boat ramp", "Namukulu sea track",
                                                      "Tamakautoga landing", "Hikutavake sea track")),
            C("lat", "numeric(8,5)", "geo_location", lambda c, i: _spot(c, i)[0], comment="fishing spot"),
            C("lon", "numeric(8,5)", "geo_location", lambda c, i: _spot(c, i)[1]),
            C("tala", "text", "free_text_may_contain_pii", _tala),
        ], rows=150, extra=[fkey(S, "fakamau_hiki", "vaka_id", "tau_vaka", "vaka_id"),
                            fkey(S, "fakamau_hiki", "tagata_id", "tau_tagata", "tagata_id"),
                            fkey(S, "fakamau_hiki", "ika_id", "tau_ika", "ika_id")]),
        Table(S, "tau_fakatau", [
            C("fakatau_id", "integer PRIMARY KEY", "none", seq()),
            C("higoa_pisinisi", "varchar(80)", "none", lambda c, i: PISINISI[i % 10] + ("" if i <= 10 else f" ({i})")),
            C("telefoni", "varchar(20)", "none", lambda c, i: f"4{c.r.randint(100, 999)}"),
            C("imeli", "varchar(80)", "none", lambda c, i: f"orders{i}@business.nu"),
            C("kaina_pisinisi", "varchar(80)", "none", lambda c, i: f"Main Road, {c.r.choice(POOLS['nu']['village'])}"),
            C("tagata_fakafeiloaki", "varchar(80)", "person_name", any_name("nu"), comment="contact person"),
            C("telefoni_tagata", "varchar(20)", "phone", any_mobile("nu")),
        ], rows=N_FAK),
        Table(S, "totogi", [
            C("totogi_id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 13)),
            C("fakatau_id", "integer", "none", fk(N_FAK, 3)),
            C("aho", "date", "none", dates(2024, 2025)),
            C("tupe_nzd", "numeric(10,2)", "none", amounts(15, 2400)),
            C("puhala", "varchar(12)", "none", one("tupe", "cheque", "bank")),
            C("numera_tupe_pangai", "varchar(20)", "bank_account",
              maybe(lambda c, i: f"02-{c.r.choice(['0100', '0506'])}-{digits(c, 7)}-00", 0.6),
              comment="member's BSP account for deposit"),
        ], rows=150, extra=[fkey(S, "totogi", "tagata_id", "tau_tagata", "tagata_id"),
                            fkey(S, "totogi", "fakatau_id", "tau_fakatau", "fakatau_id")]),
        Table(S, "fakahala", [
            C("hala_id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 17)),
            C("vaka_id", "integer", "none", fk(N_VAKA, 5)),
            C("aho", "date", "none", dates(2018, 2025)),
            C("hala", "varchar(120)", "criminal_record", one("Hi ika he vaha tapu", "Nakai fakamau e vaka",
                                                             "Undersized ulā taken", "Net fishing in reserve area",
                                                             "Taking turtle (Domestic Fisheries Act)")),
            C("fakafili", "varchar(40)", "criminal_record", one("Tala hala - fined", "Warning", "Convicted, High Court",
                                                                "Nakai hala")),
            C("tupe_fakahala", "numeric(8,2)", "none", amounts(0, 2000)),
            C("faili_fakafili", "varchar(20)", "none", lambda c, i: f"CR {c.r.randint(1, 60)}/{c.r.randint(18, 25)}"),
            C("fisheries_officer_id", "integer", "none", fk(N_GAH, 1)),
        ], rows=80, extra=[fkey(S, "fakahala", "tagata_id", "tau_tagata", "tagata_id"),
                           fkey(S, "fakahala", "fisheries_officer_id", "tau_tagata_gahua", "gahua_id")]),
        Table(S, "fakamau_ulu", [
            C("ulu_id", "integer PRIMARY KEY", "none", seq()),
            C("gahua_id", "integer", "none", fk(N_GAH, 5)),
            C("magaaho", "timestamp", "none", stamps(2024, 2025)),
            C("ip_tuatusi", "inet", "ip_address", lambda c, i: public_ip(c, (49, 202, 203))),
            C("fua", "varchar(10)", "none", one("OK", "OK", "OK", "FAIL")),
            C("session_key", "varchar(64)", "secret_token", lambda c, i: "".join(c.r.choice("0123456789abcdef")
                                                                                 for _ in range(64))),
        ], rows=150, extra=[fkey(S, "fakamau_ulu", "gahua_id", "tau_tagata_gahua", "gahua_id")]),
    ]
