"""g_gnuhealth: GNU Health 4.x on Tryton (party_party, gnuhealth_*), a public health centre in Argentina.

party_party mixes people and institutions (every tenth row is an institution, insurer or pharmacy); it is labelled
by its majority, people. Tryton creates foreign keys for its Many2One fields."""
from __future__ import annotations

from .blind4_gens import blood_group, const, day, fk, fk_id, maybe, num, person, ts
from .gens import Col, Table, ident, pick

S = "g_gnuhealth"
AR = "es_AR"
PARTY, PATIENT, PATHOLOGY, ORDER = 140, 120, 100, 110
DISEASES = [("J45.9", "Asma, no especificada"), ("E11.9", "Diabetes mellitus tipo 2 sin complicaciones"),
            ("I10", "Hipertension esencial (primaria)"), ("A90", "Fiebre del dengue [dengue clasico]"),
            ("B57.2", "Enfermedad de Chagas (cronica) que afecta al corazon"), ("A15.0", "Tuberculosis del pulmon"),
            ("F32.1", "Episodio depresivo moderado"), ("O24.4", "Diabetes mellitus que se origina con el embarazo"),
            ("D50.9", "Anemia por deficiencia de hierro"), ("K29.7", "Gastritis, no especificada"),
            ("Z21", "Estado de infeccion asintomatica por VIH"), ("E66.9", "Obesidad, no especificada"),
            ("J06.9", "Infeccion aguda de las vias respiratorias superiores"), ("N39.0", "Infeccion de vias urinarias"),
            ("F10.2", "Trastornos mentales debidos al uso de alcohol: dependencia"), ("M54.5", "Lumbago no especificado")]


def gh_fk(table: str, col: str, ref: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} (id)"


def _tryton() -> list[Col]:
    return [Col("id", "int PRIMARY KEY", "none", ident), Col("create_uid", "int", "none", num(1, 8)),
            Col("create_date", "timestamp", "none", ts(2018, 2025)), Col("write_uid", "int", "none", num(1, 8)),
            Col("write_date", "timestamp", "none", ts(2022, 2025))]


def _inst(i: int) -> bool:
    return i % 10 == 0


def _pp(field: str):
    def gen(c, i):
        return None if _inst(i) else person(AR, "gh-party", i)[field]
    return gen


def _party() -> Table:
    inst = ("Hospital Regional", "Centro de Salud", "Farmacia", "OSDE", "Swiss Medical", "Laboratorio")
    return Table(S, "party_party", _tryton() + [
        Col("name", "varchar", "person_name",
            lambda c, i: f"{inst[i // 10 % 6]} {fk(AR, 'city')(c, i)}" if _inst(i) else person(AR, "gh-party", i)["first"]),
        Col("lastname", "varchar", "person_name", _pp("last")),
        Col("code", "varchar", "none", lambda c, i: f"{i:06d}"),
        Col("ref", "varchar", "national_id", lambda c, i: None if _inst(i) else str(c.r.randint(14_000_000, 48_000_000))),
        Col("active", "boolean", "none", const(True)),
        Col("is_person", "boolean", "none", lambda c, i: not _inst(i)),
        Col("is_patient", "boolean", "none", lambda c, i: not _inst(i) and i % 7 != 0),
        Col("is_healthprof", "boolean", "none", lambda c, i: i % 7 == 0 and not _inst(i)),
        Col("is_institution", "boolean", "none", lambda c, i: _inst(i) and i // 10 % 6 < 2),
        Col("is_insurance_company", "boolean", "none", lambda c, i: _inst(i) and i // 10 % 6 in (3, 4)),
        Col("is_pharmacy", "boolean", "none", lambda c, i: _inst(i) and i // 10 % 6 == 2),
        Col("dob", "date", "birth_date", _pp("birth")),
        Col("gender", "varchar", "none", lambda c, i: None if _inst(i) else ("f" if person(AR, "gh-party", i)["female"] else "m")),
        Col("marital_status", "varchar", "none", lambda c, i: None if _inst(i) else c.r.choice("smcwdx")),
        Col("federation_account", "varchar", "none",
            lambda c, i: None if _inst(i) else f"ARG{c.r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{c.r.randint(100000, 999999)}"
                                               f"{c.r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"),
        Col("citizenship", "int", "none", pick(11, 11, 11, 28, 170)),
        Col("ethnic_group", "int", "ethnic_origin", lambda c, i: None if _inst(i) else c.r.randint(1, 8)),
        Col("occupation", "int", "none", maybe(0.6, num(1, 40))),
        Col("deceased", "boolean", "none", pick(False, False, False, False, True)),
        Col("du", "int", "none", maybe(0.7, num(1, 60))),
        Col("activation_date", "date", "none", day(2015, 2025))], rows=PARTY,
        extra=[gh_fk("party_party", "ethnic_group", "gnuhealth_ethnicity")])


def _party_children() -> list[Table]:
    def kind(i):
        return ("phone", "mobile", "email", "mobile", "email", "phone", "mobile", "email", "website", "mobile")[i % 10]

    def value(c, i):
        k = kind(i)
        if k == "email":
            return fk(AR, "free_email")(c, i)
        if k == "website":
            return "https://www." + fk(AR, "domain_name")(c, i)
        return fk(AR, "phone_number")(c, i)
    return [
        Table(S, "gnuhealth_ethnicity", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar", "none", lambda c, i: ["Criollo", "Mapuche", "Qom (Toba)", "Wichi", "Guarani",
                                                          "Kolla", "Afrodescendiente", "Europeo"][i - 1]),
            Col("code", "varchar", "none", lambda c, i: f"ETH{i:02d}"),
            Col("notes", "text", "none", const(None))], rows=8),
        Table(S, "party_address", _tryton()[:1] + [
            Col("party", "int NOT NULL", "none", fk_id(PARTY)),
            Col("name", "varchar", "none", maybe(0.4, pick("Casa", "Trabajo", "Casa de la madre"))),
            Col("street", "text", "postal_address", fk(AR, "street_address")),
            Col("postal_code", "varchar", "postal_address", fk(AR, "postcode")),
            Col("city", "varchar", "none", fk(AR, "city")),
            Col("country", "int", "none", const(11)),
            Col("subdivision", "int", "none", num(200, 224)),
            Col("active", "boolean", "none", const(True)),
            Col("sequence", "int", "none", num(1, 3))], rows=125,
            extra=[gh_fk("party_address", "party", "party_party")]),
        Table(S, "party_contact_mechanism", _tryton()[:1] + [
            Col("party", "int NOT NULL", "none", fk_id(PARTY)),
            Col("type", "varchar", "none", lambda c, i: kind(i)),
            Col("value", "varchar", "phone", value),
            Col("value_compact", "varchar", "phone",
                lambda c, i: (lambda v: v if "@" in v or "/" in v else "".join(ch for ch in v if ch.isdigit() or ch == "+"))(
                    value(c, i))),
            Col("name", "varchar", "none", maybe(0.3, pick("Casa", "Celular", "Trabajo"))),
            Col("comment", "text", "none", maybe(0.2, pick("Llamar despues de las 18", "Solo WhatsApp"))),
            Col("active", "boolean", "none", const(True)),
            Col("sequence", "int", "none", num(1, 4))], rows=140,
            extra=[gh_fk("party_contact_mechanism", "party", "party_party")]),
        Table(S, "gnuhealth_pathology", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar", "none", lambda c, i: DISEASES[i % len(DISEASES)][1] + ("" if i <= 16 else f" ({i})")),
            Col("code", "varchar", "none", lambda c, i: DISEASES[i % len(DISEASES)][0] + ("" if i <= 16 else f".{i % 10}")),
            Col("chromosome", "varchar", "none", maybe(0.1, pick("11p15.5", "7q31.2", "17q21"))),
            Col("protein", "varchar", "none", maybe(0.1, pick("CFTR", "HBB", "BRCA1"))),
            Col("gene", "varchar", "none", maybe(0.1, pick("CFTR", "HBB", "BRCA1", "FMR1"))),
            Col("info", "text", "none", maybe(0.2, pick("Notificacion obligatoria", "Enfermedad cronica"))),
            Col("active", "boolean", "none", const(True))], rows=PATHOLOGY),
        Table(S, "gnuhealth_healthprofessional", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "int NOT NULL", "none", lambda c, i: c.r.randrange(7, PARTY, 7)),
            Col("code", "varchar", "none", lambda c, i: f"MP {c.r.randint(10000, 99999)}"),
            Col("main_specialty", "int", "none", num(1, 30)),
            Col("institution", "int", "none", pick(10, 70, 130)),
            Col("active", "boolean", "none", const(True))], rows=80,
            extra=[gh_fk("gnuhealth_healthprofessional", "name", "party_party")]),
        Table(S, "gnuhealth_insurance", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "int NOT NULL", "none", fk_id(PARTY)),
            Col("number", "varchar", "national_id", lambda c, i: f"{c.r.randint(10, 99)}-{c.r.randint(14_000_000, 48_000_000)}"
                                                                 f"-{c.r.randint(0, 9)}/{c.r.randint(0, 9)}"),
            Col("company", "int", "none", pick(40, 100)),
            Col("member_since", "date", "none", day(2000, 2024)),
            Col("member_exp", "date", "none", maybe(0.5, day(2025, 2028))),
            Col("insurance_type", "varchar", "none", pick("state", "state", "labour", "private")),
            Col("notes", "text", "none", maybe(0.2, pick("Carnet vencido", "PAMI", "Incluir grupo familiar")))],
            rows=110, extra=[gh_fk("gnuhealth_insurance", "name", "party_party"),
                             gh_fk("gnuhealth_insurance", "company", "party_party")]),
    ]


def _patient() -> Table:
    return Table(S, "gnuhealth_patient", _tryton() + [
        Col("party", "int NOT NULL", "none", lambda c, i: i if not _inst(i) else i + 1),
        Col("puid", "varchar", "none", lambda c, i: f"PAC{i:07d}"),
        Col("blood_type", "varchar", "health", lambda c, i: blood_group(c, i).rstrip("+-")),
        Col("rh", "varchar", "health", pick("+", "+", "+", "-")),
        Col("critical_info", "text", "health", maybe(0.4, pick("Alergia a penicilina", "Portador de marcapasos",
                                                                 "Anticoagulado con acenocumarol", "Epilepsia",
                                                                 "VIH en tratamiento TARV"))),
        Col("general_info", "text", "health", maybe(0.5, pick("Control de embarazo en curso", "Chagas cronico, control anual",
                                                                "Paciente insulinodependiente", "Sin antecedentes"))),
        Col("primary_care_doctor", "int", "none", maybe(0.7, fk_id(80))),
        Col("current_insurance", "int", "none", maybe(0.8, fk_id(110))),
        Col("deceased", "boolean", "none", const(False)),
        Col("dod", "timestamp", "none", maybe(0.03, ts(2022, 2025))),
        Col("cod", "int", "health", maybe(0.03, fk_id(PATHOLOGY))),
        Col("family", "int", "none", maybe(0.5, num(1, 60))),
        Col("active", "boolean", "none", const(True))], rows=PATIENT,
        extra=[gh_fk("gnuhealth_patient", "party", "party_party"),
               gh_fk("gnuhealth_patient", "primary_care_doctor", "gnuhealth_healthprofessional"),
               gh_fk("gnuhealth_patient", "current_insurance", "gnuhealth_insurance"),
               gh_fk("gnuhealth_patient", "cod", "gnuhealth_pathology")])


def gnuhealth_base() -> list[Table]:
    ethnicity, *children = _party_children()
    return [ethnicity, _party(), *children, _patient()]
