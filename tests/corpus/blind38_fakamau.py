"""an_fakamau: an in-house register of the Funafuti island council (Kaupule) in Tuvalu, with Tuvaluan column
names (transliterated, as the clerks wrote them): households, residents with their church, pulaka-pit allocations,
fishing boats and their licences, remittances received and council assistance paid out."""
from __future__ import annotations

from .blind26_gens import C, amounts, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps
from .blind38_gens import POOLS, any_mobile, any_name, any_natid, person
from .gens import Table

S = "an_fakamau"
KAI, TAG = "an.fakamau.kaaiga", "an.fakamau.tagata"
N_KAI, N_TAG, N_VAKA = 100, 150, 90
EKALESIA = ["EKT Fetu Ao", "EKT Funafuti", "Katoliko", "Brethren", "Aso Fitu (SDA)", "Baha'i", "Assemblies of God",
            "Molimau a Ieova"]


def _fakamatalaga(c, i):
    return c.r.choice([None, None, "Ne fesuiai te fale mai Nanumea i te 2022.", "Tausi ne tona tamana.",
                       f"Fesoota ki tona tuagane {any_name('tv')(c, i)}, {any_mobile('tv')(c, i)}",
                       "E nofo i Fiji mo akoga.", f"Ne fakailoa ne te failautusi {person('tv', TAG, 'full')(c, i)}.",
                       "E seai se telefoni."])


def fakamau_tables() -> list[Table]:
    k = lambda f: person("tv", KAI, f, 1940, 1990)           # noqa: E731
    t = lambda f: person("tv", TAG, f, 1935, 2024)           # noqa: E731
    return [
        Table(S, "kaaiga", [
            C("kaaiga_id", "integer PRIMARY KEY", "none", seq()),
            C("numela_kaaiga", "varchar(12)", "none", lambda c, i: f"FUN-K{i:04d}"),
            C("igoa_kaaiga", "varchar(60)", "person_name", lambda c, i: f"Kaaiga {k('last')(c, i)}",
              comment="igoa o te kaaiga (household name)"),
            C("matua_kaaiga", "varchar(100)", "person_name", k("full"), comment="head of household"),
            C("tuatusi", "varchar(120)", "postal_address", k("a_line")),
            C("motu", "varchar(40)", "none", k("a_district")),
            C("fenua_tupu", "varchar(30)", "none", k("a_city"), comment="home island"),
            C("telefoni", "varchar(20)", "phone", maybe(k("phone"), 0.6)),
            C("numela_tagata", "smallint", "none", ints(1, 14)),
            C("fale_sima", "boolean", "none", flag(0.6), comment="concrete house"),
            C("tane_vai_lita", "integer", "none", one(0, 5000, 10000, 10000, 20000), comment="rainwater tank litres"),
            C("aso_fakamau", "date", "none", dates(2012, 2025)),
        ], rows=N_KAI),
        Table(S, "tagata", [
            C("tagata_id", "integer PRIMARY KEY", "none", seq()),
            C("kaaiga_id", "integer", "none", fk(N_KAI, 3)),
            C("igoa", "varchar(60)", "person_name", t("first")),
            C("igoa_fakai", "varchar(60)", "person_name", t("last"), comment="surname"),
            C("aso_fanau", "date", "birth_date", t("birth")),
            C("tagata_fafine", "char(1)", "none", lambda c, i: {"M": "T", "F": "F"}[t("sex")(c, i)]),
            C("fenua_fanau", "varchar(30)", "none", one(*POOLS["tv"]["city"], "Fiji", "Kiribati")),
            C("ekalesia", "varchar(40)", "religious_belief", one(*EKALESIA)),
            C("tiakono", "boolean", "religious_belief", flag(0.08), comment="church deacon"),
            C("galuega", "varchar(40)", "none", maybe(one("Faiakoga", "Tagata faiva", "Neesi", "Kaupule", "Leoleo",
                                                          "Fai pisinisi"), 0.7)),
            C("telefoni_feavea", "varchar(20)", "phone", maybe(t("mobile"), 0.7)),
            C("imeli", "varchar(80)", "email", maybe(t("email"), 0.3)),
            C("numela_pasipoti", "varchar(12)", "national_id", maybe(t("natid"), 0.5)),
            C("numela_palota", "varchar(10)", "none", maybe(lambda c, i: f"V{digits(c, 5)}", 0.6),
              comment="voter roll line"),
            C("maki", "varchar(60)", "health", maybe(one("Suka (diabetes)", "Toto maualuga", "Gout", "Fatu",
                                                         "Kanesa", "Tino vaivai"), 0.35),
              comment="chronic illness, for the outer-island boat priority list"),
            C("fakamatalaga", "text", "free_text_may_contain_pii", _fakamatalaga),
            C("ola", "boolean", "none", flag(0.96), comment="alive"),
        ], rows=N_TAG, extra=[fkey(S, "tagata", "kaaiga_id", "kaaiga", "kaaiga_id")]),
        Table(S, "pela_pulaka", [
            C("pela_id", "integer PRIMARY KEY", "none", seq()),
            C("kaaiga_id", "integer", "none", fk(N_KAI, 7)),
            C("igoa_pela", "varchar(40)", "none", lambda c, i: f"Pela {c.r.choice(['Tai', 'Uta', 'Lalo', 'Luga'])} "
                                                               f"{c.r.randint(1, 60)}"),
            C("fenua", "varchar(30)", "none", one(*POOLS["tv"]["city"])),
            C("lasi_m2", "integer", "none", ints(40, 900)),
            C("aso_tuku", "date", "none", dates(2000, 2025)),
            C("kaiga_masima", "boolean", "none", flag(0.3), comment="salt water intrusion"),
            C("tau_tupe", "numeric(8,2)", "none", amounts(0, 150)),
        ], rows=120, extra=[fkey(S, "pela_pulaka", "kaaiga_id", "kaaiga", "kaaiga_id")]),
        Table(S, "vaka", [
            C("vaka_id", "integer PRIMARY KEY", "none", seq()),
            C("igoa_vaka", "varchar(40)", "none", one("Fetu Ao", "Manu Folau", "Te Ataeliga", "Nivaga", "Tala Vou",
                                                      "Lomiaki", "Taumafai")),
            C("tagata_id", "integer", "none", fk(N_TAG, 11), comment="owner"),
            C("numela_laisene", "varchar(14)", "none", lambda c, i: f"TV-FL-{digits(c, 4)}"),
            C("afi_hp", "smallint", "none", one(15, 25, 40, 60, 90)),
            C("loa_mita", "numeric(4,1)", "none", amounts(3.5, 9.0, 1)),
            C("aso_laisene", "date", "none", dates(2023, 2025)),
            C("leitio_vhf", "boolean", "none", flag(0.5)),
            C("numela_epirb", "varchar(20)", "none", maybe(lambda c, i: f"{digits(c, 4)}{c.r.choice('ABCDEF')}"
                                                                       f"{digits(c, 9)}", 0.4)),
        ], rows=N_VAKA, extra=[fkey(S, "vaka", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "tupe_mai_fafo", [
            C("tupe_id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 13)),
            C("aso", "date", "none", dates(2023, 2025)),
            C("tupe_aud", "numeric(10,2)", "none", amounts(50, 3000)),
            C("igoa_tagata_avatu", "varchar(100)", "person_name", any_name("tv"), comment="sender"),
            C("fenua_mai", "varchar(30)", "none", one("New Zealand", "Australia", "Fiji", "Seafarer (Kiribati)")),
            C("numela_telefoni_avatu", "varchar(20)", "phone", maybe(lambda c, i: f"+64 2{c.r.choice('179')} "
                                                                                  f"{digits(c, 3)} {digits(c, 4)}", 0.5)),
            C("ala", "varchar(20)", "none", one("Western Union", "NBT", "MoneyGram", "Kiwibank")),
            C("numela_sui", "varchar(20)", "none", lambda c, i: f"MTCN {digits(c, 10)}"),
        ], rows=130, extra=[fkey(S, "tupe_mai_fafo", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "fesoasoani", [
            C("fesoasoani_id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 17)),
            C("kaaiga_id", "integer", "none", fk(N_KAI, 5)),
            C("ituaiga", "varchar(40)", "none", one("Falaoa mo meakai", "Faleula", "Malaga ki Suva", "Pension matua",
                                                    "Fesoasoani maliu")),
            C("mafuaaga", "varchar(120)", "health", maybe(one("Ne momoli ki Suva mo te tipi fatu",
                                                              "Dialysis i Fiji", "Fanau pepe i Suva",
                                                              "Tino vaivai, seai se galuega"), 0.6),
              comment="reason: mostly medical referrals abroad"),
            C("tupe_aud", "numeric(10,2)", "none", amounts(20, 1500)),
            C("numela_pasipoti_mo_malaga", "varchar(12)", "national_id", maybe(any_natid("tv"), 0.4)),
            C("pasi_ne", "varchar(60)", "person_name", lambda c, i: person("tv", "an.fakamau.kaupule", "full")(
                c, c.r.randint(1, 12)), comment="approved by"),
            C("aso", "timestamp", "none", stamps(2022, 2025)),
        ], rows=110, extra=[fkey(S, "fesoasoani", "tagata_id", "tagata", "tagata_id"),
                            fkey(S, "fesoasoani", "kaaiga_id", "kaaiga", "kaaiga_id")]),
    ]
