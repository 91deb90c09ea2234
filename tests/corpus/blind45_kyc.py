"""au_kyc: the in-house compliance database of a registered agent in Road Town, Tortola (British Virgin Islands):
BVI business companies, their introducers (law firms abroad), the natural persons behind them (directors and
beneficial owners from China, Russia and Brazil, with names in Latin and native script), identity documents, selfie
face templates, sanctions/adverse-media screening and fee invoices. English column names, abbreviated as such
systems do."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, ints, maybe, one, rbytes, seq,
                           sha256, stamps)
from .blind45_gens import any_name, owner, person
from .gens import Table

S = "au_kyc"
STAFF = "kyc.staff"
N_STAFF, N_INTRO, N_ENT, N_PERS = 18, 80, 150, 150
WORDS = ["Jade", "Harbour", "Golden", "Pearl", "Northern", "Silk", "Orchid", "Baltic", "Amber", "Tropic", "Summit",
         "Lotus", "Crimson", "Azure", "Meridian", "Copacabana"]
KINDS = ["Holdings", "Investments", "Capital", "Ventures", "Trading", "Resources", "Global", "Properties"]
FIRMS = [("Harneys Legal Associates", "Hong Kong"), ("Baker & Mercer LLP", "London"), ("Zhonglun Partners", "Shanghai"),
         ("Pinheiro Neto Assessoria", "São Paulo"), ("Egorov & Co.", "Moscow"), ("Conyers Fiduciary (Dubai)", "Dubai"),
         ("Appleby Trust Services", "Singapore"), ("Ogier Corporate", "Jersey")]


def _company(c, i):
    return f"{WORDS[i % len(WORDS)]} {c.r.choice(WORDS)} {KINDS[i % len(KINDS)]} Limited"


def _hit_detail(c, i):
    return c.r.choice([
        "Convicted 2016 of bribery of state functionaries, Shenzhen Intermediate People's Court; 5 years.",
        "Subject of 2019 indictment for tax evasion (Art. 199 Russian Criminal Code); case closed 2021.",
        "Sentenced in Operação Lava Jato (money laundering), 2017; conviction upheld on appeal.",
        "Named in press report about customs fraud investigation; no charges filed.",
        "Prior conviction for securities fraud (HK SFC referral), fined and disqualified 3 years.",
        "False positive: same name, different date of birth."])


def _review_note(c, i):
    return c.r.choice([None, "Source of funds letter received from introducer.",
                       f"Spoke to {any_name('vg')(c, i)} at the introducer; documents certified in Hong Kong.",
                       "EDD completed, risk rating raised to High.", "Awaiting certified passport copy.",
                       f"Director now resides at {owner('addr')(c, i)}; update register."])


def kyc_tables() -> list[Table]:
    st = lambda f: person("vg", STAFF, f, 1968, 1998)                    # noqa: E731
    ic = lambda f: person("vg", "kyc.intro_contact", f, 1960, 1995)      # noqa: E731
    return [
        Table(S, "staff", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("login", "varchar(40)", "none", lambda c, i: st("user")(c, i)),
            C("display_nm", "varchar(120)", "person_name", st("full")),
            C("email", "varchar(120)", "email", lambda c, i: f"{st('user')(c, i)}@roadtownfiduciary.example.vg"),
            C("ext", "varchar(6)", "none", lambda c, i: f"4{i:03d}", comment="desk extension"),
            C("team", "varchar(30)", "none", one("Onboarding", "Compliance", "Corporate Secretarial", "Accounts")),
            C("pwd_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("totp_seed", "varchar(32)", "secret_token",
              lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
            C("is_mlro", "boolean", "none", lambda c, i: i == 1),
        ], rows=N_STAFF),
        Table(S, "introducers", [
            C("intro_id", "integer PRIMARY KEY", "none", seq()),
            C("firm", "varchar(160)", "none", lambda c, i: f"{FIRMS[i % len(FIRMS)][0]}" + ("" if i <= 8 else f" ({i})")),
            C("city", "varchar(60)", "none", lambda c, i: FIRMS[i % len(FIRMS)][1]),
            C("general_email", "varchar(120)", "none", lambda c, i: f"bvi.desk{i}@firm{i % 8}.example.com"),
            C("switchboard", "varchar(30)", "none", lambda c, i: f"+852 2{digits(c, 3)} {digits(c, 4)}"),
            C("contact_nm", "varchar(120)", "person_name", ic("full")),
            C("contact_direct", "varchar(30)", "phone", ic("mobile")),
            C("contact_email", "varchar(120)", "email", lambda c, i: f"{ic('user')(c, i)}@firm{i % 8}.example.com"),
            C("reliance_agreement", "boolean", "none", flag(0.7)),
            C("risk", "char(1)", "none", one("L", "M", "M", "H")),
            C("onboarded", "date", "none", dates(2008, 2024)),
        ], rows=N_INTRO),
        Table(S, "entities", [
            C("ent_id", "integer PRIMARY KEY", "none", seq()),
            C("co_no", "varchar(10)", "none", lambda c, i: str(1_400_000 + i * 3719 % 700_000),
              comment="BVI company number"),
            C("co_name", "varchar(200)", "none", _company),
            C("ent_type", "varchar(10)", "none", one("BC", "BC", "BC", "LP", "PTC")),
            C("inc_dt", "date", "none", dates(2003, 2024)),
            C("reg_office", "varchar(200)", "none", const("Trident Chambers, Wickhams Cay I, Road Town, Tortola VG1110")),
            C("status", "varchar(20)", "none", one("Active", "Active", "Active", "Struck off", "In liquidation")),
            C("intro_id", "integer", "none", fk(N_INTRO, 3)),
            C("risk", "char(1)", "none", one("L", "M", "M", "H")),
            C("annual_fee_usd", "numeric(9,2)", "none", amounts(1250, 4800)),
            C("bo_register_filed", "boolean", "none", flag(0.9), comment="BOSS system"),
            C("nature_of_business", "varchar(120)", "none", one("Investment holding", "Holding real estate in London",
                                                                "Trading of steel products", "Yacht ownership")),
        ], rows=N_ENT, extra=[fkey(S, "entities", "intro_id", "introducers", "intro_id")]),
        Table(S, "persons", [
            C("pers_id", "integer PRIMARY KEY", "none", seq()),
            C("surname", "varchar(80)", "person_name", owner("family")),
            C("forenames", "varchar(80)", "person_name", owner("given")),
            C("nm_native", "varchar(80)", "person_name", owner("local"), comment="name in native script"),
            C("dob", "date", "birth_date", owner("birth")),
            C("nat", "char(2)", "none", owner("nat")),
            C("res_addr", "varchar(240)", "postal_address", owner("addr")),
            C("ppt_no", "varchar(12)", "national_id", owner("passport")),
            C("ppt_exp", "date", "none", dates(2026, 2034)),
            C("tin", "varchar(20)", "national_id", lambda c, i: digits(c, 18) if owner("nat")(c, i) == "CN"
              else digits(c, 12) if owner("nat")(c, i) == "RU" else f"{digits(c, 3)}.{digits(c, 3)}.{digits(c, 3)}-{digits(c, 2)}"),
            C("email", "varchar(120)", "email", owner("email")),
            C("mob", "varchar(30)", "phone", owner("mobile")),
            C("pep", "boolean", "none", flag(0.08)),
            C("occupation", "varchar(80)", "none", one("Entrepreneur", "Company director", "Retired", "Investor",
                                                       "Property developer", "Physician")),
            C("src_wealth", "varchar(200)", "none", one("Sale of manufacturing business", "Inheritance",
                                                        "Salary and bonuses", "Real estate development",
                                                        "Dividends from family company")),
            C("created", "timestamp", "none", stamps(2010, 2025)),
        ], rows=N_PERS),
        Table(S, "officers", [
            C("link_id", "integer PRIMARY KEY", "none", seq()),
            C("ent_id", "integer", "none", fk(N_ENT, 1)),
            C("pers_id", "integer", "none", fk(N_PERS, 7)),
            C("role", "varchar(20)", "none", one("Director", "UBO", "Shareholder", "UBO", "Authorised signatory")),
            C("pct", "numeric(5,2)", "none", maybe(amounts(10, 100), 0.6)),
            C("appointed", "date", "none", dates(2003, 2024)),
            C("ceased", "date", "none", maybe(dates(2010, 2025), 0.2)),
            C("nominee", "boolean", "none", flag(0.1)),
        ], rows=150, extra=[fkey(S, "officers", "ent_id", "entities", "ent_id"),
                            fkey(S, "officers", "pers_id", "persons", "pers_id")]),
        Table(S, "id_docs", [
            C("doc_id", "integer PRIMARY KEY", "none", seq()),
            C("pers_id", "integer", "none", fk(N_PERS, 1)),
            C("doc_typ", "varchar(4)", "none", one("PPT", "PPT", "NID", "POA")),
            C("doc_no", "varchar(20)", "national_id", lambda c, i: owner("passport")(c, (i - 1) % N_PERS + 1)),
            C("iss_ctry", "char(2)", "none", lambda c, i: owner("nat")(c, (i - 1) % N_PERS + 1)),
            C("exp_dt", "date", "none", dates(2026, 2034)),
            C("certified_by", "varchar(120)", "person_name", maybe(any_name("vg"), 0.6),
              comment="notary or lawyer who certified the copy"),
            C("file_sha256", "char(64)", "none", lambda c, i: sha256(c)),
            C("face_tmpl", "bytea", "biometric", maybe(lambda c, i: b"FTv2" + rbytes(c, 128), 0.7),
              comment="selfie match template from the onboarding app"),
            C("liveness", "numeric(4,3)", "none", amounts(0.55, 0.999, 3)),
            C("verified_by", "integer", "none", fk(N_STAFF, 5)),
        ], rows=150, extra=[fkey(S, "id_docs", "pers_id", "persons", "pers_id"),
                            fkey(S, "id_docs", "verified_by", "staff", "staff_id")]),
        Table(S, "screening", [
            C("scr_id", "integer PRIMARY KEY", "none", seq()),
            C("pers_id", "integer", "none", fk(N_PERS, 3)),
            C("provider", "varchar(20)", "none", one("World-Check", "Dow Jones R&C", "LexisNexis Bridger")),
            C("hit_cat", "varchar(30)", "none", one("Sanctions", "PEP", "Adverse media", "Law enforcement")),
            C("score", "integer", "none", ints(55, 100)),
            C("hit_detail", "text", "criminal_record", _hit_detail),
            C("disposition", "varchar(20)", "none", one("False positive", "True match", "Pending")),
            C("cleared_by", "integer", "none", fk(N_STAFF, 3, 5)),
            C("screened_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=120, extra=[fkey(S, "screening", "pers_id", "persons", "pers_id"),
                            fkey(S, "screening", "cleared_by", "staff", "staff_id")]),
        Table(S, "reviews", [
            C("rev_id", "integer PRIMARY KEY", "none", seq()),
            C("ent_id", "integer", "none", fk(N_ENT, 11)),
            C("due", "date", "none", dates(2024, 2026)),
            C("done", "date", "none", maybe(dates(2024, 2025), 0.7)),
            C("outcome", "varchar(20)", "none", one("No change", "EDD", "Exit relationship", "SAR filed")),
            C("notes", "text", "free_text_may_contain_pii", _review_note),
            C("reviewer", "integer", "none", fk(N_STAFF, 7)),
        ], rows=100, extra=[fkey(S, "reviews", "ent_id", "entities", "ent_id"),
                            fkey(S, "reviews", "reviewer", "staff", "staff_id")]),
        Table(S, "invoices", [
            C("inv_id", "integer PRIMARY KEY", "none", seq()),
            C("ent_id", "integer", "none", fk(N_ENT, 13)),
            C("inv_no", "varchar(20)", "none", lambda c, i: f"RTF-{2023 + i % 3}-{i:05d}"),
            C("amount_usd", "numeric(9,2)", "none", amounts(450, 6200)),
            C("issued", "date", "none", dates(2023, 2025)),
            C("paid", "boolean", "none", flag(0.8)),
            C("payer_ref", "varchar(40)", "none", maybe(lambda c, i: f"SWIFT MT103 {digits(c, 10)}", 0.6)),
            C("waived", "boolean", "none", const(False)),
        ], rows=150, extra=[fkey(S, "invoices", "ent_id", "entities", "ent_id")]),
    ]
