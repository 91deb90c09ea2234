"""aw_likelemba: an in-house mobile-money app for rotating savings groups (likelemba, tontines) of market women and
teachers in Kinshasa, with Lingala column names: bato (members), mituka (groups), mbongo (contributions), payouts,
loans (nyongo), group meeting minutes and the app's agents and operators."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq,
                           stamps, uuid)
from .blind47_gens import any_mobile, any_name, person, pick
from .gens import Table

S = "aw_likelemba"
MOTO = "cd.moto"
N_MOTO, N_LIK, N_AGENT = 140, 20, 16
ZANDO = ["Zando ya Gambela", "Marché Central", "Zando ya Matete", "Marché de la Liberté", "Zando ya Bandal",
         "Marché Somba Zikida", "Zando ya Kintambo", "Marché Lemba Terminus"]


def _nsango(c, i):
    return c.r.choice([None, None, "Likita esalemaki malamu.", "Mama Fifi azali na retard ya mposo mibale.",
                       f"Mbongo epesamaki na {person('cd', MOTO, 'full')(c, c.r.randint(1, N_MOTO))}, "
                       f"Airtel Money {any_mobile('cd')(c, i)}",
                       f"Président ya sika: {any_name('cd')(c, i)}", "Réunion reportée à cause de la pluie."])


def likelemba_tables() -> list[Table]:
    m = lambda f: person("cd", MOTO, f, 1958, 2005)     # noqa: E731
    a = lambda f: person("cd", "cd.agent", f, 1975, 2003)     # noqa: E731
    return [
        Table(S, "ba_agent", [
            C("agent_id", "integer PRIMARY KEY", "none", seq()),
            C("kombo", "varchar(80)", "person_name", a("full"), comment="nkombo ya agent"),
            C("telefone", "varchar(20)", "phone", a("mobile")),
            C("commune", "varchar(40)", "none", a("a_district")),
            C("code_pin_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("api_token", "varchar(64)", "secret_token", lambda c, i: hexs(c, 48)),
            C("actif", "boolean", "none", flag(0.9)),
        ], rows=N_AGENT),
        Table(S, "mituka", [
            C("likelemba_id", "integer PRIMARY KEY", "none", seq()),
            C("kombo_ya_etuluku", "varchar(80)", "none", lambda c, i: f"Likelemba {ZANDO[i % 8]} {i}"),
            C("zando", "varchar(60)", "none", pick(*ZANDO)),
            C("motuya_ya_mposo", "numeric(10,2)", "none", amounts(5, 50), comment="cotisation hebdomadaire (USD)"),
            C("devise", "char(3)", "none", one("USD", "USD", "CDF")),
            C("mokolo_ya_likita", "varchar(10)", "none", one("Mosala", "Misato", "Mitano", "Poso")),
            C("agent_id", "integer", "none", fk(N_AGENT, 3)),
            C("ebandaki", "date", "none", dates(2019, 2025)),
        ], rows=N_LIK, extra=[fkey(S, "mituka", "agent_id", "ba_agent", "agent_id")]),
        Table(S, "bato", [
            C("moto_id", "integer PRIMARY KEY", "none", seq()),
            C("likelemba_id", "integer", "none", fk(N_LIK, 7)),
            C("kombo", "varchar(60)", "person_name", m("first")),
            C("postnom", "varchar(60)", "person_name", m("last")),
            C("surnom", "varchar(40)", "person_name", maybe(one("Mama Lisanga", "Maman Chou", "Papa Ndeke", "Ya Dorcas",
                                                                  "Mama Bijoux", "Tantine"), 0.5)),
            C("mokolo_ya_kobotama", "date", "birth_date", m("birth")),
            C("mobali_to_mwasi", "char(1)", "none", m("sex")),
            C("telefone", "varchar(20)", "phone", m("mobile")),
            C("momo_operateur", "varchar(20)", "none", one("M-Pesa", "Airtel Money", "Orange Money")),
            C("momo_numero", "varchar(20)", "phone", m("mobile")),
            C("carte_electeur", "varchar(16)", "national_id", m("natid")),
            C("adresi", "varchar(160)", "postal_address", m("a_line")),
            C("commune", "varchar(40)", "none", m("a_district")),
            C("mosala", "varchar(40)", "none", one("Mosali ya zando", "Molakisi", "Motambwisi taxi", "Mwasi ya ndako",
                                                   "Infirmière")),
            C("syndicat", "varchar(40)", "trade_union", maybe(one("SYECO", "SYNECAT", "ATCC", "UNTC"), 0.3),
              comment="kotisa ya syndicat ekatami na mbongo ya sika"),
            C("lingomba", "varchar(60)", "religious_belief", maybe(one("Katolika", "Protestant", "Kimbanguiste",
                                                                       "CEPAC Réveil", "Branham"), 0.6),
              comment="lingomba ya moto, mpo na mikolo ya kopema"),
            C("garant", "varchar(80)", "person_name", maybe(any_name("cd"), 0.6)),
            C("foto_elongi", "varchar(120)", "none", maybe(lambda c, i: f"s3://likelemba-kyc/{uuid(c)}.jpg", 0.7)),
            C("elongi_template", "bytea", "biometric", maybe(lambda c, i: bytes(c.r.getrandbits(8) for _ in range(64)), 0.5),
              comment="face embedding for KYC match"),
            C("ekomami", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_MOTO, extra=[fkey(S, "bato", "likelemba_id", "mituka", "likelemba_id")]),
        Table(S, "mbongo", [
            C("mbongo_id", "integer PRIMARY KEY", "none", seq()),
            C("moto_id", "integer", "none", fk(N_MOTO, 3)),
            C("motuya", "numeric(10,2)", "none", amounts(5, 50)),
            C("mokolo", "date", "none", dates(2024, 2025)),
            C("momo_txn_ref", "varchar(30)", "none", lambda c, i: f"{c.r.choice(['MP', 'AM', 'OM'])}{digits(c, 10)}"),
            C("lolenge", "varchar(12)", "none", one("momo", "momo", "cash")),
            C("retard", "boolean", "none", flag(0.15)),
            C("agent_id", "integer", "none", fk(N_AGENT, 5)),
        ], rows=150, extra=[fkey(S, "mbongo", "moto_id", "bato", "moto_id"),
                            fkey(S, "mbongo", "agent_id", "ba_agent", "agent_id")]),
        Table(S, "libaku", [
            C("libaku_id", "integer PRIMARY KEY", "none", seq()),
            C("likelemba_id", "integer", "none", fk(N_LIK, 3)),
            C("moto_id", "integer", "none", fk(N_MOTO, 7)),
            C("tour", "smallint", "none", ints(1, 20)),
            C("motuya_mobimba", "numeric(10,2)", "none", amounts(100, 1500)),
            C("mokolo_ya_kofuta", "date", "none", dates(2024, 2025)),
            C("momo_numero_mozwi", "varchar(20)", "phone", lambda c, i: m("mobile")(c, (i * 7) % N_MOTO + 1)),
        ], rows=100, extra=[fkey(S, "libaku", "likelemba_id", "mituka", "likelemba_id"),
                            fkey(S, "libaku", "moto_id", "bato", "moto_id")]),
        Table(S, "nyongo", [
            C("nyongo_id", "integer PRIMARY KEY", "none", seq()),
            C("moto_id", "integer", "none", fk(N_MOTO, 11)),
            C("motuya", "numeric(10,2)", "none", amounts(20, 800)),
            C("interet_pct", "numeric(4,1)", "none", amounts(3, 10, 1)),
            C("ntina", "varchar(80)", "none", one("Biloko ya zando", "Frais scolaires", "Lopitalo", "Matanga", "Ndako")),
            C("ntina_lopitalo", "varchar(120)", "health", maybe(one("Opération césarienne", "Malaria ya mwana",
                                                                    "Diabète, nkisi", "Fracture"), 0.2)),
            C("etape", "varchar(20)", "none", one("efutami", "ezali kofutama", "retard")),
            C("mokolo_ya_nsuka", "date", "none", dates(2025, 2026)),
        ], rows=110, extra=[fkey(S, "nyongo", "moto_id", "bato", "moto_id")]),
        Table(S, "likita", [
            C("likita_id", "integer PRIMARY KEY", "none", seq()),
            C("likelemba_id", "integer", "none", fk(N_LIK, 1)),
            C("mokolo", "date", "none", dates(2024, 2025)),
            C("bato_bayaki", "smallint", "none", ints(6, 25)),
            C("nsango", "text", "free_text_may_contain_pii", _nsango),
            C("ekomami_na", "integer", "none", fk(N_AGENT, 5)),
        ], rows=120, extra=[fkey(S, "likita", "likelemba_id", "mituka", "likelemba_id")]),
        Table(S, "sms_outbox", [
            C("sms_id", "integer PRIMARY KEY", "none", seq()),
            C("moto_id", "integer", "none", fk(N_MOTO, 13)),
            C("numero", "varchar(20)", "phone", lambda c, i: m("mobile")(c, (i * 13) % N_MOTO + 1)),
            C("maloba", "varchar(160)", "none", one("Bokundoli: mbongo ya likelemba lobi.", "Mbote! Mbongo na yo ekoti.",
                                                    "Code OTP: ne le partagez pas.")),
            C("otp", "varchar(6)", "secret_token", maybe(lambda c, i: digits(c, 6), 0.3)),
            C("etinda", "timestamp", "none", stamps(2025, 2025)),
            C("status", "varchar(10)", "none", one("sent", "sent", "failed")),
            C("cost_cdf", "integer", "none", const(45)),
        ], rows=150, extra=[fkey(S, "sms_outbox", "moto_id", "bato", "moto_id")]),
    ]
