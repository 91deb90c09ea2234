"""Round 16's rules (docs/classifier.md, "Round 16"), on values and tables written for these tests in applications
the fourteenth blind part does not use (a Mendoza rowing club's members and dues, a Tallinn pharmacy chain's
pharmacogenomic results, a Lisbon osteopathy clinic's SOAP notes), not on that part's names or values."""
from __future__ import annotations

import pytest
from stdnum.ar import cbu, cuit
from stdnum.ee import ik

from auditor.analysis.classify import clinical_event, identifiers, names, records, values
from auditor.analysis.sample_reads import empty_throughout
from auditor.model.snapshot import ColumnSample

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24


def _cuil(i: int) -> str:
    body = f"{20 if i % 2 else 27}{30111000 + 7 * i}"
    return f"{body[:2]}-{body[2:]}-{cuit.calc_check_digit(body)}"


def _cbu(i: int) -> str:
    bank = f"0140{120 + i % 7:03d}"          # bank and branch, then their check digit
    account = f"{4000000000000 + 97 * i}"     # thirteen digits, then theirs
    return bank + cbu.calc_check_digit(bank) + account + cbu.calc_check_digit(account)


def _isikukood(i: int) -> str:
    body = f"{4 + i % 2}{85 + i % 10:02d}0{1 + i % 9}{10 + i % 18}{200 + i:03d}"
    return body + ik.calc_check_digit(body + "0")     # python-stdnum's check digit reads all but the last digit


def test_check_digits_of_estonian_and_argentine_numbers():
    assert values.strong_categories(_isikukood(3)) == ("national_id",)
    assert values.strong_categories(_cuil(5)) == ("national_id",)
    assert values.strong_categories(_cuil(5).replace("-", "")) == ("national_id",)
    assert values.strong_categories("30-71234567-1") == ()              # a company's prefix, not a person's
    assert values.strong_categories(_cbu(4)) == ("bank_account",)
    assert values.strong_categories(_cbu(4)[:-1] + str((int(_cbu(4)[-1]) + 1) % 10)) == ()


def test_a_star_allele_diplotype_is_a_genotype():
    assert identifiers.hla_typing("*1/*4")
    assert identifiers.hla_typing("CYP2C19 *2/*17")
    assert not identifiers.hla_typing("1/4")


def test_sexual_partners_fingerprint_templates_and_union_dues():
    assert names.hint_for("new_sex_partner_12m", "boolean", None, "donor_screening", None).category == "sex_life"
    assert names.hint_for("sexual_partners_total", "smallint", None, "cohort_visit", None).category == "sex_life"
    assert names.hint_for("fp_template", "text", None, "clock_users", None).category == "biometric"
    assert names.hint_for("union_dues", "numeric", None, "payslips", None).category == "trade_union"


def test_a_witness_a_contact_person_and_a_referring_doctor():
    assert names.hint_for("witnessed_by", "text", None, "wills", None).category == "person_name"
    assert names.hint_for("person_to_be_contacted", "text", None, "staff", None).category == "person_name"
    assert names.hint_for("referring_physician", "text", None, "visits", None).category == "person_name"


def test_tobacco_and_alcohol_use():
    assert names.hint_for("cigarettes_per_day", "integer", None, "intake", None).category == "health"
    assert names.hint_for("alcoholemia", "numeric", None, "roadside_checks", None).category == "health"


def test_a_soap_note_and_a_genetic_test():
    assert clinical_event.link_columns(("id", "client_id", "subjective", "objective", "plan"))[2]
    assert not clinical_event.link_columns(("id", "client_id", "objective", "deadline"))[2]     # a goal
    assert records.kind("pgx_results") == "genetic"
    assert records.hint("genotyping_runs", "acmg_classification", names.TEXT, None) == records.GENETIC
    assert records.hint("genotyping_runs", "call_rate", names.NUMBER, None) is None


def test_a_consent_flag_is_no_category():
    assert names.hint_for("agrees_genetic_testing", "boolean", None, "enrolments", None) is None
    assert names.hint_for("dna_storage", "boolean", None, "enrolments", None) is not None


def test_a_barcode_codes_nothing_clinical():
    assert clinical_event.hint_in(clinical_event.CLINICAL, "tube_barcode", "text", None, (True, True), None)[0] is None
    assert clinical_event.hint_in(clinical_event.CLINICAL, "dxcode", "text", None, (True, True), None)[0] is not None


def test_a_column_empty_in_a_wholly_read_table():
    phone = names.NameHint("phone", names.WEAK, "name", "fax")
    empty = ColumnSample("db", "s", "t", "fax", rows=12, non_null=0, method="limit")
    assert empty_throughout(empty, phone, 30)
    assert not empty_throughout(empty, phone, 12)                # as many rows as the bound: maybe more
    assert not empty_throughout(empty, names.NameHint("email", names.WEAK, "name", "email"), 30)


def test_words_fitted_to_q():
    # fitted to q_*: Norwegian and Argentine column words (fitted16.py)
    assert names.hint_for("royker", "text", None, "", None).category == "health"
    assert names.hint_for("cuil", "text", None, "", None).category == "national_id"


SCHEMA = f"""
CREATE SCHEMA remo;
CREATE TABLE remo.socios (id int PRIMARY KEY, apellido text, legajo text, cuenta text, fax text);
INSERT INTO remo.socios VALUES {", ".join(
    f"({i}, {_q(['Videla', 'Sosa', 'Funes', 'Lucero'][i % 4])}, {_q(_cuil(i))}, {_q(_cbu(i))}, NULL)"
    for i in range(1, _ROWS + 1))};
CREATE TABLE remo.cuota_sindical (id int PRIMARY KEY, socio_id int REFERENCES remo.socios, sindicato_id int,
                                  monto numeric);
INSERT INTO remo.cuota_sindical VALUES {", ".join(f"({i}, {i}, {1 + i % 3}, {9000 + i})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA apteek;
CREATE TABLE apteek.kliendid (id int PRIMARY KEY, first_name text, last_name text, kood text);
INSERT INTO apteek.kliendid VALUES {", ".join(
    f"({i}, {_q(['Kadri', 'Tõnu', 'Liis', 'Margus'][i % 4])}, {_q(['Tamm', 'Saar', 'Sepp', 'Mägi'][i % 4])}, "
    f"{_q(_isikukood(i))})" for i in range(1, _ROWS + 1))};
CREATE TABLE apteek.retseptid (id int PRIMARY KEY, klient_id int REFERENCES apteek.kliendid, ravim text, markus text);
INSERT INTO apteek.retseptid VALUES {", ".join(
    f"({i}, {i}, 'klopidogreel', {_q(['*1/*2', '*2/*2', '*1/*17', '*2/*17'][i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE apteek.pgx_results (id int PRIMARY KEY, klient_id int REFERENCES apteek.kliendid, gene text,
                                 diplotype text, phenotype text);
INSERT INTO apteek.pgx_results VALUES {", ".join(
    f"({i}, {i}, 'CYP2C19', {_q(['*1/*1', '*1/*2', '*2/*17', '*1/*17'][i % 4])}, "
    f"{_q(['normal metabolizer', 'intermediate metabolizer', 'rapid metabolizer'][i % 3])})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA osteo;
CREATE TABLE osteo.clients (id int PRIMARY KEY, nome text);
INSERT INTO osteo.clients VALUES {", ".join(f"({i}, 'Cliente {i}')" for i in range(1, _ROWS + 1))};
CREATE TABLE osteo.sessions (id int PRIMARY KEY, client_id int REFERENCES osteo.clients, subjective text,
                             objective text);
INSERT INTO osteo.sessions VALUES {", ".join(
    f"({i}, {i}, 'Dor lombar ao levantar', 'Rotação limitada, teste de Lasègue negativo')" for i in range(1, _ROWS + 1))};
"""

_BY_NAME = {"osteo.sessions.subjective": "health", "osteo.sessions.objective": "health",
            "apteek.pgx_results.diplotype": "genetic", "apteek.pgx_results.phenotype": "genetic",
            "remo.cuota_sindical.monto": "trade_union", "remo.cuota_sindical.sindicato_id": "trade_union",
            "remo.socios.apellido": "person_name", "apteek.kliendid.first_name": "person_name",
            "apteek.kliendid.last_name": "person_name"}
NAMES = _BY_NAME | {"remo.socios.fax": "phone", "osteo.clients.nome": "person_name"}
SAMPLED = _BY_NAME | {"remo.socios.legajo": "national_id", "remo.socios.cuenta": "bank_account",
                      "apteek.kliendid.kood": "national_id", "apteek.retseptid.markus": "genetic"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round16_rules", SCHEMA) as db:
        yield db


def test_round16_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round16_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES
