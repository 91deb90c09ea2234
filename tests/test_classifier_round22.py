"""Round 22's rules (docs/classifier.md, "Round 22"), on tables written for these tests in applications the
twentieth blind part does not use (a Colombian housing-subsidy register in Oracle style, a Chilean court registry's
criminal and civil records, a New Zealand police conviction index, a blood donor service, a Queensland school's
enrolments, a Sofia dental practice, a Riga driving school, a Rails forum's member e-mails), not on that part's names
or values. The `not read` assertions guard the narrowing: a ledger's `TXHASH`, `TXADDR` and `FEERATE`, a civil judgment's
`fallo`, a monitored node's heartbeat `hb`, a water plant's chelation dose, a plant's `indigenous`, 10-digit
numbers that fail the EGN check, a shipping address."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_PEOPLE = ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Tobias Lindqvist"]
_EGN = ["7003136668", "5302275481", "5606190594", "8204020882", "7707032461", "5509140607"]
_LV = ["271057-19709", "081190-15960", "021087-14064", "020452-15700", "280368-14298", "050957-15845"]


SCHEMA = f"""
CREATE SCHEMA subsidio;
CREATE TABLE subsidio."BENEFICIARIO" ("ID_BENEFICIARIO" int PRIMARY KEY, "TXPRIMER_APELLIDO" text,
    "TXCELULAR" text, "TXDIRECCION_RESIDENCIA" text, "FEINSCRIPCION" date, "VALOR_SUBSIDIO" numeric(10,2));
INSERT INTO subsidio."BENEFICIARIO" VALUES {_rows(lambda i: f"({i}, {_q(['Ospina', 'Restrepo', 'Zuluaga'][i % 3])}, "
    f"{_q(f'31{i:08d}')}, {_q(f'Cra {i} # 45-{i}, Medellín')}, '2025-0{1 + i % 9}-10', {900 + i}.00)")};
CREATE TABLE subsidio."TRANSFERENCIA" ("ID" int PRIMARY KEY, "BLOCK_NO" int, "TXHASH" text, "TXFEE" numeric, "TXINDEX" int,
    "TXADDR" text, "FEERATE" numeric);
INSERT INTO subsidio."TRANSFERENCIA" VALUES {_rows(lambda i: f"({i}, {9000 + i}, {_q(f'{i * 7919:064x}')}, 0.{i}, {i}, "
    f"{_q(f'0x{i * 104729:040x}')}, 1.{i})")};

CREATE SCHEMA juzgado;
CREATE TABLE juzgado.imputados (id int PRIMARY KEY, nombre_completo text);
INSERT INTO juzgado.imputados VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE juzgado.causas_penales (id int PRIMARY KEY, imputado_id int REFERENCES juzgado.imputados,
    fallo text);
INSERT INTO juzgado.causas_penales VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Condenado a 541 días', 'Absuelto', 'Multa de 4 UTM'][i % 3])})")};
CREATE TABLE juzgado.sentencias_civiles (id int PRIMARY KEY, imputado_id int REFERENCES juzgado.imputados,
    fallo text);
INSERT INTO juzgado.sentencias_civiles VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Acoge demanda', 'Rechaza demanda'][i % 2])})")};

CREATE SCHEMA police;
CREATE TABLE police.people (id int PRIMARY KEY, full_name text);
INSERT INTO police.people VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE police.convictions (id int PRIMARY KEY, person_id int REFERENCES police.people, anzsoc_group text);
INSERT INTO police.convictions VALUES {_rows(lambda i: f"({i}, {i}, {_q(['0412', '0711', '1311'][i % 3])})")};

CREATE SCHEMA donors;
CREATE TABLE donors.donors (id int PRIMARY KEY, full_name text);
INSERT INTO donors.donors VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE donors.donations (id int PRIMARY KEY, donor_id int REFERENCES donors.donors, donor_hb numeric(4,1),
    serum_ferritin int);
INSERT INTO donors.donations VALUES {_rows(lambda i: f"({i}, {i}, {12 + i % 5}.{i % 10}, {20 + i * 3})")};
CREATE TABLE donors.monitor_nodes (id int PRIMARY KEY, host text, hb int);
INSERT INTO donors.monitor_nodes VALUES {_rows(lambda i: f"({i}, {_q(f'node{i}')}, {30 + i % 3})")};
CREATE TABLE donors.water_plant (id int PRIMARY KEY, site text, chelation_dose numeric(5,2));
INSERT INTO donors.water_plant VALUES {_rows(lambda i: f"({i}, {_q(f'Basin {i}')}, {i}.25)")};

CREATE SCHEMA school;
CREATE TABLE school.students (id int PRIMARY KEY, full_name text, atsi_status text);
INSERT INTO school.students VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])}, "
    f"{_q(['Neither', 'Aboriginal', 'Both Aboriginal and Torres Strait Islander'][i % 3])})")};
CREATE TABLE school.garden_plants (id int PRIMARY KEY, species text, indigenous boolean);
INSERT INTO school.garden_plants VALUES {_rows(lambda i: f"({i}, {_q(f'Acacia {i}')}, {str(i % 2 == 0).lower()})")};

CREATE SCHEMA zobari;
CREATE TABLE zobari.patients (id int PRIMARY KEY, full_name text, ref_no text, file_no text);
INSERT INTO zobari.patients VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])}, {_q(_EGN[i % 6])}, "
    f"{_q(f'{4100000000 + i * 7:010d}')})")};

CREATE SCHEMA autoskola;
CREATE TABLE autoskola.students (id int PRIMARY KEY, full_name text, ref_code text);
INSERT INTO autoskola.students VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])}, {_q(_LV[i % 6])})")};

CREATE SCHEMA forum;
CREATE TABLE forum.members (id int PRIMARY KEY, full_name text);
INSERT INTO forum.members VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE forum.member_email_addresses (id int PRIMARY KEY, member_id int REFERENCES forum.members,
    address text);
INSERT INTO forum.member_email_addresses VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'member{i}@example.net')})")};
CREATE TABLE forum.shipping_addresses (id int PRIMARY KEY, member_id int REFERENCES forum.members, address text);
INSERT INTO forum.shipping_addresses VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'{i} Queen Street, Auckland')})")};
"""

_NAMES = {f"{s}.full_name": "person_name" for s in ("police.people", "donors.donors", "school.students",
                                                     "zobari.patients", "autoskola.students", "forum.members")}
# What the rules read from names: the subsidy register's spelled-out phone and address (its `apellido` was read
# before), the penal record's verdict, the
# ANZSOC group, the donation's haemoglobin and ferritin, the student's ATSI status, a member's e-mail `address`.
NAMED = _NAMES | {
    "subsidio.BENEFICIARIO.TXPRIMER_APELLIDO": "person_name", "subsidio.BENEFICIARIO.TXCELULAR": "phone",
    "subsidio.BENEFICIARIO.TXDIRECCION_RESIDENCIA": "postal_address",
    "juzgado.imputados.nombre_completo": "person_name", "juzgado.causas_penales.fallo": "criminal_record",
    "police.convictions.anzsoc_group": "criminal_record",
    "donors.donations.donor_hb": "health", "donors.donations.serum_ferritin": "health",
    "school.students.atsi_status": "ethnic_origin",
    "forum.member_email_addresses.address": "email", "forum.shipping_addresses.address": "postal_address"}
# An EGN and a Latvian personal code are read from their check digits, so with sampling only.
SAMPLED = {"zobari.patients.ref_no": "national_id", "autoskola.students.ref_code": "national_id"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round22_rules", SCHEMA) as db:
        yield db


def test_round22_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | SAMPLED


def test_round22_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
