"""Round 9's rules (docs/classifier.md, "Round 9"), on tables written for these tests in applications and languages
the seventh blind part does not use (a gym's members and their partners, a sports club's physiotherapy visits, a
probation service in Spain and Germany, a genetics lab, a blood bank), not on that part's names."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import entity
from auditor.model.snapshot import Column, Constraint, Relation

from .helpers import analysed_database, classified


def _rel(name, cols, fks=(), pk=None, types=None):
    types = types or {}
    cons = tuple(Constraint(f"fk{i}", "f", (c,), f"FOREIGN KEY ({c}) REFERENCES s.{t}(id)") for i, (c, t) in enumerate(fks))
    if pk:
        cons += (Constraint("pk", "p", (pk,), f"PRIMARY KEY ({pk})"),)
    return Relation("d", "s", name, 1, "r", "o", (), False, False, 0, None, False, "p", None,
                    tuple(Column(c, i, types.get(c, "text"), False, None, ()) for i, c in enumerate(cols, 1)), cons)


def _kinds(rels):
    return {k[2]: v for k, v in entity.infer(rels).items()}


def test_an_organisation_word_with_a_birth_date_is_people():
    # `partners` and `members`: an organisation word as the head noun, but no organisation has a birth date
    rels = [_rel("members", ["id", "first_name", "last_name", "date_of_birth"]),
            _rel("partners", ["id", "member_id", "first_name", "last_name", "date_of_birth", "phone"],
                 [("member_id", "members")]),
            _rel("partners_b2b", ["id", "company_name", "vat_number", "phone"]),
            _rel("suppliers", ["id", "contact_first_name", "contact_last_name", "phone"])]
    kinds = _kinds(rels)
    assert kinds["partners"] == entity.PERSON
    assert kinds["partners_b2b"] == entity.ORG and kinds["suppliers"] == entity.ORG


def test_a_visit_in_an_office_is_a_visit():
    # the head noun is the event (`visit`); the office, clinic or branch it happens in only qualifies it
    rels = [_rel("athletes", ["athlete_no", "first_name", "last_name"], pk="athlete_no"),
            _rel("PhysioOfficeVisit", ["id", "AthletesAthleteNo", "Reason", "Temperature"]),
            _rel("branch_office", ["id", "name", "phone"])]
    kinds = _kinds(rels)
    assert kinds["branch_office"] == entity.ORG
    assert kinds["PhysioOfficeVisit"] in entity.PERSON_LINKED


def test_a_key_named_for_a_table_of_people_and_its_key():
    # PowerSchool-style `StudentsDCID`, `member_mno`: the people table's name before its primary key's name
    rels = [_rel("Pupils", ["DCID", "First_Name", "Last_Name"], pk="DCID"),
            _rel("HealthRoomVisit", ["ID", "PupilsDCID", "Complaint"]),
            _rel("members", ["mno", "first_name", "last_name"], pk="mno"),
            _rel("lockers", ["id", "member_mno", "locker"]),
            _rel("rooms", ["id", "building_dcid"])]
    kinds = _kinds(rels)
    assert kinds["HealthRoomVisit"] == entity.CLINICAL
    assert kinds["lockers"] == entity.EVENT and kinds["rooms"] == entity.UNKNOWN


def _hint(table, column, type_="text", kind=entity.UNKNOWN):
    h = entity.hint(kind, column, type_, None, table, None)[0]
    return h.category if h else None


def test_criminal_justice_records():
    # a Spanish probation service, a German prison, a court's cases: the charge, the law, the outcome, the sentence
    assert _hint("detenciones", "delito") == "criminal_record"
    assert _hint("haftlinge", "urteil") == "criminal_record"
    assert _hint("court_cases", "verdict") == "criminal_record"
    assert _hint("parole_supervision", "special_conditions") == "criminal_record"
    assert _hint("booking_arrests", "charge_description") == "criminal_record"
    # not elsewhere: a billing charge, a hotel booking, a tennis court, a sentence of a language course
    assert _hint("invoices", "charge") is None and _hint("hotel_booking", "conditions") is None
    assert _hint("tennis_court", "disposition") is None and _hint("phrases", "sentence") is None
    # the record's dates, keys and officers are not the offence
    assert _hint("arrests", "arrest_date", "date") is None and _hint("arrests", "charge_id", "int") is None


def test_genetic_tests():
    # a genetics lab's run: its result and findings are genetic data, even where a clinical name would say health
    assert _hint("genotyping_runs", "result", kind=entity.CLINICAL) == "genetic"
    assert _hint("pgd_biopsy", "mosaic", "numeric", kind=entity.CLINICAL) == "genetic"
    assert _hint("lab_results", "result", kind=entity.CLINICAL) == "health"
    assert _hint("gene_catalogue", "result", kind=entity.REFERENCE) is None


def test_special_category_words():
    from auditor.analysis.classify import names
    for column, category in [("karyotype", "genetic"), ("cariotipo", "genetic"), ("carrier_screening", "genetic"),
                             ("sex_chromosomes", "genetic"), ("fingerprint_minutiae", "biometric"),
                             ("minucias", "biometric"), ("fbi_number", "criminal_record")]:
        hint = names.hint_for(column, "text", None, "people", None)
        assert hint is not None and hint.category == category, (column, hint)
    for column in ("carrier", "carrier_status", "chromosome", "fbi_field_office"):
        hint = names.hint_for(column, "text", None, "people", None)
        assert hint is None or hint.category not in ("genetic", "criminal_record"), (column, hint)


def test_people_named_by_role_outside_tables_of_people():
    from auditor.analysis.classify.person_names import known_name, named_by_role
    # a sports club's `head_coach`, a court's `judge`, a form's `witness`, a Polish branch's `kierownik`
    assert named_by_role("clubs", "head_coach") and named_by_role("hearings", "judge")
    assert named_by_role("consent_forms", "witness") and named_by_role("oddzialy", "kierownik")
    assert named_by_role("fundraisers", "HostNames") and named_by_role("visits", "seen_by")
    # the row's own designation, keys, places, logins and addresses are not
    assert not named_by_role("realm", "name") and not named_by_role("teams", "team_name")
    assert not named_by_role("firmy", "nazev") and not named_by_role("hearings", "judge_id")
    assert not named_by_role("venues", "city") and not named_by_role("vendors", "website_url")
    assert not named_by_role("accounts", "username")
    assert known_name("Hon. Maria Lopez") and not known_name("www.smith.com/") and not known_name("smith@example.com")


def test_special_categories_coded_as_numbers_in_tables_of_people():
    from auditor.analysis.classify import names
    people, other = (True, False), (False, False)
    for column in ("ethnicity", "HispanicEthnicity", "religion", "union_member_code"):
        hint = names.column_signals(column, "smallint", None, "", None, people)[0]
        assert hint is not None and hint.category in ("ethnic_origin", "religious_belief", "trade_union"), column
        assert names.column_signals(column, "smallint", None, "", None, other)[0] is None
    # a runner's bib, a count of members of a religion, a canvass score (a political opinion wherever it is)
    assert names.column_signals("race_number", "int", None, "", None, people)[0] is None
    assert names.column_signals("religion_count", "int", None, "", None, people)[0] is None
    assert names.column_signals("nivel_apoio", "int", None, "", None, other)[0].category == "political_opinion"


def test_a_table_named_for_a_role_is_people():
    from auditor.analysis.classify.person_names import role_named
    assert role_named("officiants") and role_named("saksbehandler")
    assert not role_named("orders") and not role_named("name_types") and not role_named("contact_types")
    kinds = _kinds([_rel("saksbehandler", ["id", "navn", "telefon"])])
    assert kinds["saksbehandler"] == entity.PERSON


def test_details_of_an_event_under_its_undeclared_key_and_claims_codes():
    # a dental insurer's claims (no foreign keys declared): lines and diagnoses carry the claim's own key
    rels = [_rel("subscriber", ["SUB_NO", "SUB_FIRST_NAME", "SUB_LAST_NAME", "SUB_BIRTH_DT"], pk="SUB_NO"),
            _rel("claim_hdr", ["CLM_NO", "SUB_NO", "CLM_DRG", "CLM_TOTAL"], pk="CLM_NO"),
            _rel("claim_line", ["CLM_NO", "LINE_SEQ", "LINE_NDC", "LINE_AMT"]),
            _rel("claim_note", ["CLM_NO", "NOTE_TEXT"]),
            _rel("employer_group", ["GRP_ID", "GRP_NAME", "GRP_EIN", "GRP_PHONE"]),
            _rel("batch", ["id", "LINE_SEQ"])]
    kinds = _kinds(rels)
    assert kinds["claim_hdr"] == entity.CLINICAL           # a diagnosis-related group is a clinical code
    assert kinds["claim_line"] == entity.CLINICAL and kinds["claim_note"] == entity.CLINICAL
    assert kinds["employer_group"] == entity.ORG and kinds["batch"] == entity.UNKNOWN
    assert _hint("claim_line", "LINE_NDC", kind=entity.CLINICAL) == "health"


def test_measurements_in_units_are_a_clinical_events_results():
    # a sleep lab's study and a blood bank's donation: values in laboratory units about a person
    rels = [_rel("donors", ["id", "first_name", "last_name", "date_of_birth"]),
            _rel("donation", ["id", "donor_id", "hb_g_dl", "ferritin_ng_ml", "volume_ml", "discount_pct"],
                 [("donor_id", "donors")], types={"hb_g_dl": "numeric", "ferritin_ng_ml": "numeric",
                                                  "volume_ml": "numeric", "discount_pct": "numeric"}),
            _rel("shipments", ["id", "donor_id", "volume_ml"], [("donor_id", "donors")])]
    kinds = _kinds(rels)
    assert kinds["donation"] == entity.CLINICAL and kinds["shipments"] == entity.EVENT
    for column in ("ferritin_ng_ml", "volume_ml", "oxygen_desaturation_pct"):
        assert _hint("donation", column, "numeric", entity.CLINICAL) == "health", column
    assert _hint("donation", "discount_pct", "numeric", entity.CLINICAL) is None
    assert _hint("shipments", "volume_ml", "numeric", entity.EVENT) is None


def test_clinical_and_personal_words_of_more_languages():
    from auditor.analysis.classify import names
    for column, type_, category in [("fodselsdato", "date", "birth_date"), ("syntymaaika", "date", "birth_date"),
                                    ("data_nasterii", "date", "birth_date"), ("jmeno_matky", "text", "person_name"),
                                    ("onoma_patros", "text", "person_name"), ("vammaisuusaste", "int", "health"),
                                    ("invaliditetsgrad", "smallint", "health")]:
        hint = names.hint_for(column, type_, None, "people", None)
        assert hint is not None and hint.category == category, (column, hint)
    # in a Finnish, Romanian or Greek clinical event: the result, dose, complaint, history, conclusion, pulse
    for column in ("tulos", "doza", "vaiva", "anamneza", "concluzie", "pulssi", "tensiune", "outcome"):
        assert _hint("visits", column, kind=entity.CLINICAL) == "health", column
    # not in a person's other events: an order's result, a protocol version
    assert _hint("orders", "tulos", kind=entity.EVENT) is None and _hint("orders", "protocol", kind=entity.EVENT) is None
    kinds = _kinds([_rel("potilaat", ["id", "etunimi", "sukunimi"]),
                    _rel("tutkimus", ["id", "potilas_id", "tulos"], [("potilas_id", "potilaat")])])
    assert kinds["tutkimus"] == entity.CLINICAL


def test_injuries_accounts_parties_and_committees():
    from auditor.analysis.classify import names
    for column, type_, category in [("injury_description", "text", "health"), ("arbeitsunfall", "boolean", "health"),
                                    ("yrkesskada", "boolean", "health"), ("numer_konta", "text", "bank_account"),
                                    ("konto_nr", "text", "bank_account")]:
        hint = names.hint_for(column, type_, None, "people", None)
        assert hint is not None and hint.category == category, (column, hint)
    # a voter's party is an opinion; a business party's key, an order's party and a party's name are not
    assert _hint("voters", "party", kind=entity.PERSON) == "political_opinion"
    assert _hint("orders", "party", kind=entity.EVENT) is None
    assert _hint("voters", "party_id", "int", entity.PERSON) is None
    assert _kinds([_rel("committees", ["id", "committee_name", "street", "zip", "email"])])["committees"] == entity.ORG


def test_contact_data_of_a_person_an_organisation_names():
    from types import SimpleNamespace

    from auditor.analysis.sensitivity import SensitiveColumn, _of_named
    found = [SensitiveColumn("d", "s", "clubs", "HeadCoach", "person_name", 0.7, ()),
             SensitiveColumn("d", "s", "clubs", "treasurer_name", "person_name", 0.7, ())]
    business = [(SimpleNamespace(name=n), None, None) for n in
                ("HeadCoachEmail", "treasurer_phone", "club_phone", "email", "coach_phone")]
    assert [c.name for c, _, _ in _of_named(business, found)] == ["HeadCoachEmail", "treasurer_phone"]


SCHEMA = """
CREATE SCHEMA gym;
CREATE TABLE gym.members (id int PRIMARY KEY, first_name text, last_name text, date_of_birth date, email text);
INSERT INTO gym.members SELECT g, 'Anna', 'Berg', date '1980-01-01' + g, 'anna' || g || '@example.org'
  FROM generate_series(1, 30) g;
CREATE TABLE gym.partners (id int PRIMARY KEY, member_id int REFERENCES gym.members, first_name text, last_name text,
       date_of_birth date, phone text);
INSERT INTO gym.partners SELECT g, g, 'Lars', 'Holm', date '1979-01-01' + g, '+46 70 123 45 ' || lpad(g::text, 2, '0')
  FROM generate_series(1, 30) g;
CREATE TABLE gym.branches (id int PRIMARY KEY, name text, phone text, head_coach text, head_coach_email text);
INSERT INTO gym.branches SELECT g, 'Branch ' || g, '+46 8 123 45 ' || lpad(g::text, 2, '0'),
       (ARRAY['Maria', 'John', 'Emma', 'Pierre', 'Sofia', 'Karin'])[1 + g % 6] || ' ' ||
       (ARRAY['Garcia', 'Smith', 'Johansson', 'Martin', 'Rossi'])[1 + g % 5],
       'coach' || g || '@gym.example' FROM generate_series(1, 20) g;
CREATE TABLE gym.assessments (id int PRIMARY KEY, member_id int REFERENCES gym.members, hb_g_dl numeric,
       ferritin_ng_ml numeric, outcome text);
INSERT INTO gym.assessments SELECT g, g, 13.5, 80, 'cleared' FROM generate_series(1, 30) g;

CREATE SCHEMA justicia;
CREATE TABLE justicia.personas (id int PRIMARY KEY, nombre text, apellidos text, fecha_nacimiento date);
INSERT INTO justicia.personas SELECT g, 'Lucía', 'Martín', date '1990-01-01' + g FROM generate_series(1, 30) g;
CREATE TABLE justicia.detenciones (id int PRIMARY KEY, persona_id int REFERENCES justicia.personas, delito text,
       condena text, fecha date, juez text);
INSERT INTO justicia.detenciones SELECT g, g, 'hurto', '6 meses', date '2020-01-01' + g,
       (ARRAY['Carmen', 'José', 'Ana', 'Pedro', 'Lucía', 'Javier'])[1 + g % 6] || ' ' ||
       (ARRAY['López', 'García', 'Fernández', 'Sánchez', 'Romero'])[1 + g % 5] FROM generate_series(1, 30) g;

CREATE SCHEMA lab;
CREATE TABLE lab.patients (pat_no text PRIMARY KEY, first_name text, last_name text);
INSERT INTO lab.patients SELECT 'PAT-' || lpad(g::text, 5, '0'), 'Emma', 'Schulz' FROM generate_series(1, 30) g;
CREATE TABLE lab.genotyping_runs (id int PRIMARY KEY, patients_pat_no text, result text, karyotype text);
INSERT INTO lab.genotyping_runs SELECT g, 'PAT-' || lpad(g::text, 5, '0'), 'heterozygous carrier', '46,XX' FROM generate_series(1, 30) g;
CREATE TABLE lab.diagnoses (id int PRIMARY KEY, patients_pat_no text, diag_code_id text, dx_ref_id text, unit_id text);
INSERT INTO lab.diagnoses SELECT g, 'PAT-' || lpad(g::text, 5, '0'),
       (ARRAY['E11.9', 'I10', 'J45.909', 'N18.3', 'F32.1', 'M54.5'])[1 + g % 6],
       (ARRAY['E11.9', 'I10', 'J45.909', 'N18.3', 'F32.1', 'M54.5'])[1 + g % 6], 'U' || g FROM generate_series(1, 30) g;
"""

NAMES = {
    "gym.members.first_name": "person_name", "gym.members.last_name": "person_name",
    "gym.members.date_of_birth": "birth_date", "gym.members.email": "email",
    # the partner is a person (a birth date), not a business partner
    "gym.partners.first_name": "person_name", "gym.partners.last_name": "person_name",
    "gym.partners.date_of_birth": "birth_date", "gym.partners.phone": "phone",
    # a member's lab values in units, and the assessment's outcome
    "gym.assessments.hb_g_dl": "health", "gym.assessments.ferritin_ng_ml": "health",
    "gym.assessments.outcome": "health",
    "justicia.personas.nombre": "person_name", "justicia.personas.apellidos": "person_name",
    "justicia.personas.fecha_nacimiento": "birth_date",
    "justicia.detenciones.delito": "criminal_record", "justicia.detenciones.condena": "criminal_record",
    "lab.patients.first_name": "person_name", "lab.patients.last_name": "person_name",
    "lab.genotyping_runs.result": "genetic", "lab.genotyping_runs.karyotype": "genetic",
    "lab.diagnoses.diag_code_id": "health",      # a coded diagnosis, by its name
}
# With values: the coach and the judge, named by their role, the coach's e-mail beside the coach's name, and ICD-10
# codes under a key's name (`dx_ref_id`) in a patient's diagnoses
SAMPLED = NAMES | {"gym.branches.head_coach": "person_name", "gym.branches.head_coach_email": "email",
                   "lab.diagnoses.dx_ref_id": "health",
                   "justicia.detenciones.juez": "person_name"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round9_rules", SCHEMA) as db:
        yield db


def test_round9_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round9_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES
