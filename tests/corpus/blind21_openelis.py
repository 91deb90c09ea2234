"""y_openelis: OpenELIS Global 2 (clinlims tables) at a Côte d'Ivoire reference lab network: HIV viral load, EID."""
from __future__ import annotations

import random

from .blind21_gens import (CI_F, CI_M, CI_QUARTIERS, CI_SUR, bcrypt_r, day_r, digits_r, fields, fk, maybe, num, one,
                           pk, ref, ts, ts_r, weighted)
from .gens import Col, Table

S = "y_openelis"
N_ORG, N_PERSON, N_PAT, N_PROV, N_SU, N_SAMPLE = 90, 150, 120, 30, 80, 150

ORG_KIND = ["CSU", "HG", "CHR", "CHU", "ESPC", "PMI", "Centre SAT", "Clinique confessionnelle"]
ORG_TOWN = ["Abobo", "Yopougon", "Cocody", "Treichville", "Bouaké", "Daloa", "Korhogo", "San-Pédro", "Man", "Gagnoa",
            "Yamoussoukro", "Abengourou", "Divo", "Odienné", "Bondoukou", "Soubré", "Séguéla", "Dabou"]
ETHNIE = [None, None, "Baoulé", "Agni", "Bété", "Sénoufo", "Malinké", "Dioula", "Dan (Yacouba)", "Guéré", "Attié",
          "Abron", "Lobi", "Burkinabè (Mossi)"]
TESTS = [(1, "Charge virale VIH-1 (Abbott m2000)"), (2, "Diagnostic précoce (PCR ADN VIH)"), (3, "CD4 absolu"),
         (4, "Génotypage de résistance VIH"), (5, "Hépatite B - AgHBs"), (6, "Créatinine"), (7, "GeneXpert MTB/RIF")]


def _phone(r: random.Random) -> str:
    return f"+225 {r.choice(['07', '05', '01'])} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} " \
           f"{r.randint(10, 99)}"


def _person(r: random.Random, i: int) -> dict:
    fem = r.random() < 0.62 if i <= N_PAT else r.random() < 0.5
    first = r.choice(CI_F if fem else CI_M)
    last = r.choice(CI_SUR)
    mail = f"{first.lower().replace(chr(39), '').replace('é', 'e').replace('â', 'a')}" \
           f"{last.lower().replace(chr(39), '').replace('é', 'e')}{r.randint(1, 99)}@" + \
        r.choice(["yahoo.fr", "gmail.com", "hotmail.fr"])
    if i > N_PAT:
        mail = f"{first[0].lower()}.{last.lower().replace(chr(39), '').replace('é', 'e')}@sante.gouv.ci"
    q = r.choice(CI_QUARTIERS)
    return {"first": first, "last": last, "fem": fem, "mail": mail, "q": q, "town": q.split()[0],
            "street": f"{q}, {r.choice(['lot', 'îlot', 'villa', 'cité'])} {r.randint(1, 480)}",
            "cell": _phone(r), "home": _phone(r) if r.random() < 0.2 else None,
            "dob": day_r(r, 1960, 2006) if i % 9 else day_r(r, 2023, 2025),
            "mid": r.choice([None, None, None, "Épouse " + r.choice(CI_SUR), r.choice(CI_F + CI_M)])}


P = fields("elis.person", _person)


def _an(r: random.Random, i: int) -> dict:
    tid, _ = r.choice(TESTS)
    val = {1: r.choice(["< 40", "Non détectable", str(r.randint(41, 850000)), str(r.randint(41, 1200))]),
           2: r.choice(["Négatif", "Négatif", "Positif", "Indéterminé"]), 3: str(r.randint(35, 1450)),
           4: r.choice(["K103N, M184V", "Aucune mutation majeure", "M184V, K65R, Y181C", "G190A"]),
           5: r.choice(["Négatif", "Positif"]), 6: str(r.randint(45, 310)),
           7: r.choice(["MTB non détecté", "MTB détecté, RIF résistance non détectée", "MTB détecté faible"])}[tid]
    return {"tid": tid, "val": val, "type": "N" if tid in (3, 6) or (tid == 1 and val[0].isdigit()) else "D",
            "start": ts_r(r, 2023, 2025)}


A = fields("elis.an", _an)
OBS = [(1, "Sous ARV: TDF+3TC+DTG"), (1, "Sous ARV: AZT+3TC+NVP"), (1, "Naïf de traitement"), (2, "Enceinte: oui"),
       (2, "Allaitement: oui"), (3, "Motif: échec virologique suspecté"), (4, "Stade OMS 3"), (5, "TB active"),
       (6, "Enfant exposé - mère sous PTME")]


def openelis_tables() -> list[Table]:
    org = Table(S, "organization", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("name", "varchar(200)", "none", lambda c, i: f"{c.r.choice(ORG_KIND)} {c.r.choice(ORG_TOWN)} {i}"),
        Col("short_name", "varchar(15)", "none", lambda c, i: f"SITE{i:03d}"),
        Col("street_address", "varchar(30)", "none", lambda c, i: f"BP {c.r.randint(10, 2900)}"),
        Col("city", "varchar(30)", "none", one(ORG_TOWN)),
        Col("state", "varchar(2)", "none", lambda c, i: None),
        Col("zip_code", "varchar(10)", "none", lambda c, i: None),
        Col("internet_address", "varchar(40)", "none", maybe(0.3, lambda c, i: f"labo.site{i}@sante.gouv.ci")),
        Col("clia_num", "varchar(12)", "none", lambda c, i: None),
        Col("local_abbrev", "varchar(10)", "none", lambda c, i: f"{c.r.randint(100, 999)}"),
        Col("code", "varchar(10)", "none", lambda c, i: f"CI{c.r.randint(10000, 99999)}", comment="Code DHIS2 du site"),
        Col("mls_sentinel_lab_flag", "char(1)", "none", one(["N", "N", "Y"])),
        Col("is_active", "char(1)", "none", one(["Y", "Y", "N"])),
        Col("lastupdated", "timestamp", "none", ts(2019, 2025)),
    ], rows=N_ORG, comment="Sites de prélèvement et laboratoires")
    person = Table(S, "person", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("last_name", "varchar(40)", "person_name", P("last")),
        Col("first_name", "varchar(40)", "person_name", P("first")),
        Col("middle_name", "varchar(40)", "person_name", P("mid")),
        Col("multiple_unit", "varchar(30)", "none", lambda c, i: None),
        Col("street_address", "varchar(150)", "postal_address", P("street")),
        Col("city", "varchar(30)", "none", P("town")),
        Col("state", "varchar(2)", "none", lambda c, i: None),
        Col("zip_code", "varchar(10)", "none", lambda c, i: None),
        Col("country", "varchar(20)", "none", lambda c, i: "Côte d'Ivoire"),
        Col("work_phone", "varchar(21)", "phone", lambda c, i: _phone(c.r) if i > N_PAT else None),
        Col("home_phone", "varchar(21)", "phone", P("home")),
        Col("cell_phone", "varchar(21)", "phone", P("cell")),
        Col("fax", "varchar(21)", "none", lambda c, i: None),
        Col("email", "varchar(60)", "email", maybe(0.5, P("mail"))),
        Col("primary_phone", "varchar(21)", "phone", P("cell")),
    ], rows=N_PERSON)
    pat = Table(S, "patient", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("person_id", "numeric(10,0)", "none", pk),
        Col("race", "varchar(5)", "none", lambda c, i: None),
        Col("gender", "varchar(1)", "none", lambda c, i: "F" if rec_fem(c, i) else "M"),
        Col("birth_date", "timestamp", "birth_date", lambda c, i: P("dob")(c, i) + " 00:00:00"),
        Col("entered_birth_date", "varchar(10)", "birth_date",
            lambda c, i: "xx/xx/" + P("dob")(c, i)[:4] if i % 7 == 0 else "/".join(reversed(P("dob")(c,
                i).split("-")))),
        Col("national_id", "varchar(20)", "national_id",
            maybe(0.55, lambda c, i: f"C {digits_r(c.r, 4)} {digits_r(c.r, 4)} {digits_r(c.r, 2)}")),
        Col("ethnicity", "varchar(30)", "ethnic_origin", one(ETHNIE)),
        Col("school_attend", "varchar(1)", "none", lambda c, i: None),
        Col("external_id", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1000, 9999)}/{c.r.randint(16, 24)}/"
                                                              f"{c.r.randint(1, 9999):05d}", comment="N° dossier site"),
        Col("chart_number", "varchar(20)", "none", maybe(0.4, lambda c, i: f"TARV-{c.r.randint(100, 9999)}")),
        Col("birth_place", "varchar(35)", "none", one(ORG_TOWN)),
        Col("lastupdated", "timestamp", "none", ts(2021, 2025)),
    ], rows=N_PAT, extra=[fk(S, "patient", "person_id", "person(id)")])
    pid = Table(S, "patient_identity", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("identity_type_id", "numeric(10,0)", "none", lambda c, i: 1 + i % 3,
            comment="1 = SUBJECT_NUMBER, 2 = CNI, 3 = CMU"),
        Col("patient_id", "numeric(10,0)", "none", lambda c, i: 1 + (i - 1) % N_PAT),
        Col("identity_data", "varchar(255)", "national_id",
            lambda c, i: [f"C {digits_r(c.r, 4)} {digits_r(c.r, 4)} {digits_r(c.r, 2)}", f"CMU{digits_r(c.r, 11)}",
                          f"{c.r.randint(1000, 9999)}-{c.r.randint(16, 24)}-{c.r.randint(1, 9999):05d}"][i % 3 - 1]),
        Col("lastupdated", "timestamp", "none", ts(2021, 2025)),
    ], rows=150, extra=[fk(S, "patient_identity", "patient_id", "patient(id)")])
    prov = Table(S, "provider", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("person_id", "numeric(10,0)", "none", lambda c, i: N_PAT + i),
        Col("external_id", "varchar(50)", "none", lambda c, i: f"ONMCI-{c.r.randint(1000, 9999)}"),
        Col("provider_type", "varchar(1)", "none", one(["M", "S", "P"])),
        Col("lastupdated", "timestamp", "none", ts(2021, 2025)),
    ], rows=N_PROV, extra=[fk(S, "provider", "person_id", "person(id)")])

    def _su(r, i):
        f, ln = r.choice(CI_F + CI_M), r.choice(CI_SUR)
        return {"f": f, "l": ln, "login": (f[0] + ln).lower().replace("'", "").replace("é", "e")[:12] + str(i)}
    U = fields("elis.su", _su)
    su = Table(S, "system_user", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("external_id", "varchar(20)", "none", lambda c, i: f"MAT{c.r.randint(100000, 499999)}"),
        Col("login_name", "varchar(20)", "none", U("login")),
        Col("last_name", "varchar(30)", "person_name", U("l")),
        Col("first_name", "varchar(20)", "person_name", U("f")),
        Col("initials", "varchar(3)", "none", lambda c, i: U("f")(c, i)[0] + U("l")(c, i)[0]),
        Col("is_active", "varchar(1)", "none", one(["Y", "Y", "N"])),
        Col("is_employee", "varchar(1)", "none", one(["Y", "Y", "N"])),
        Col("lastupdated", "timestamp", "none", ts(2019, 2025)),
    ], rows=N_SU)
    login = Table(S, "login_user", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("login_name", "varchar(20)", "none", U("login")),
        Col("password", "varchar(256)", "credentials", lambda c, i: bcrypt_r(c.r, "$2a$10$")),
        Col("password_expired_dt", "date", "none", lambda c, i: day_r(c.r, 2025, 2026)),
        Col("account_locked", "varchar(1)", "none", one(["N", "N", "N", "Y"])),
        Col("account_disabled", "varchar(1)", "none", one(["N", "N", "Y"])),
        Col("is_admin", "varchar(1)", "none", one(["N", "N", "N", "Y"])),
        Col("user_time_out", "varchar(20)", "none", one(["480", "120", "60"])),
        Col("system_user_id", "numeric(10,0)", "none", pk),
    ], rows=N_SU, extra=[fk(S, "login_user", "system_user_id", "system_user(id)")])
    sample = Table(S, "sample", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("accession_number", "varchar(20)", "none", lambda c, i: f"CIRBA{24 + i % 2}{i * 37 % 100000:06d}"),
        Col("entered_date", "date", "none", lambda c, i: day_r(c.r, 2023, 2025)),
        Col("received_date", "timestamp", "none", ts(2023, 2025)),
        Col("collection_date", "timestamp", "none", ts(2023, 2025)),
        Col("status_id", "numeric(10,0)", "none", one([1, 2, 3, 6])),
        Col("domain", "varchar(1)", "none", lambda c, i: "H"),
        Col("priority", "numeric(1,0)", "none", weighted([(1, 8), (2, 2)])),
        Col("referring_id", "varchar(50)", "none", maybe(0.5, lambda c, i: f"FR-{c.r.randint(1000, 99999)}")),
        Col("lastupdated", "timestamp", "none", ts(2023, 2025)),
    ], rows=N_SAMPLE)
    sh = Table(S, "sample_human", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("samp_id", "numeric(10,0)", "none", pk),
        Col("patient_id", "numeric(10,0)", "none", ref(N_PAT)),
        Col("provider_id", "numeric(10,0)", "none", ref(N_PROV)),
    ], rows=N_SAMPLE, extra=[fk(S, "sample_human", "samp_id", "sample(id)"),
                             fk(S, "sample_human", "patient_id", "patient(id)"),
                             fk(S, "sample_human", "provider_id", "provider(id)")])
    so = Table(S, "sample_organization", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("samp_id", "numeric(10,0)", "none", pk),
        Col("org_id", "numeric(10,0)", "none", ref(N_ORG)),
    ], rows=N_SAMPLE, extra=[fk(S, "sample_organization", "org_id", "organization(id)")])
    an = Table(S, "analysis", [
        Col("id", "numeric(10,0) PRIMARY KEY", "none", pk),
        Col("sample_id", "numeric(10,0)", "none", pk),
        Col("test_id", "numeric(10,0)", "none", A("tid")),
        Col("status_id", "numeric(10,0)", "none", one([4, 6, 15, 16])),
        Col("analysis_type", "varchar(10)", "none", lambda c, i: "MANUAL"),
        Col("started_date", "timestamp", "none", A("start")),
        Col("completed_date", "timestamp", "none", A("start")),
        Col("released_date", "timestamp", "none", maybe(0.8, A("start"))),
        Col("is_reportable", "varchar(1)", "none", lambda c, i: "Y"),
        Col("revision", "numeric", "none", weighted([(0, 9), (1, 1)])),
        Col("comment", "varchar(240)", "none", one([None, None, "Échantillon hémolysé - repris", "Volume insuffisant",
                                                    "Contrôle qualité validé", "Transport > 24h, accepté"])),
    ], rows=N_SAMPLE, extra=[fk(S, "analysis", "sample_id", "sample(id)")])
    res = Table(S, "result", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("analysis_id", "numeric(10,0)", "none", pk),
        Col("result_type", "varchar(1)", "none", A("type")),
        Col("value", "varchar(200)", "health", A("val")),
        Col("test_result_id", "numeric(10,0)", "none", num(1, 60)),
        Col("min_normal", "float8", "none", lambda c, i: 500.0 if A("tid")(c, i) == 3 else None),
        Col("max_normal", "float8", "none", lambda c, i: 1500.0 if A("tid")(c, i) == 3 else None),
        Col("lastupdated", "timestamp", "none", ts(2023, 2025)),
    ], rows=N_SAMPLE, extra=[fk(S, "result", "analysis_id", "analysis(id)")])

    def _obs(r, i):
        t, v = r.choice(OBS)
        return {"t": t, "v": v}
    OB = fields("elis.obs", _obs)
    obs = Table(S, "observation_history", [
        Col("id", "numeric(10,0)", "none", pk),
        Col("patient_id", "numeric(10,0)", "none", ref(N_PAT)),
        Col("sample_id", "numeric(10,0)", "none", ref(N_SAMPLE)),
        Col("observation_history_type_id", "numeric(10,0)", "none", OB("t")),
        Col("value_type", "varchar(5)", "none", lambda c, i: "L"),
        Col("value", "varchar(255)", "health", OB("v")),
        Col("lastupdated", "timestamp", "none", ts(2023, 2025)),
    ], rows=140, extra=[fk(S, "observation_history", "patient_id", "patient(id)"),
                        fk(S, "observation_history", "sample_id", "sample(id)")])
    return [org, person, pat, pid, prov, su, login, sample, sh, so, an, res, obs]


def rec_fem(c, i: int) -> bool:
    return P("fem")(c, i)
