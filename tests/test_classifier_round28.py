"""Round 28's rules (docs/classifier.md, "Round 28"), on tables written for these tests in applications the
twenty-sixth blind part does not use (a kiosk's card payments, a book club's members, a foundry's inspections, a
flying school's student pilots, a home peritoneal-dialysis programme, a Chilean blood-donor service, a Tanzanian
savings group, an Iranian payroll), not on that part's names or values. The `not read` assertions guard the
narrowing: a gateway's CVV response, a flag that a reset is required, an inspector's user id, a fertiliser's
potassium, a customs tariff's national code."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


_NAMES = ["Rosa Quispe", "Jorge Huaman", "Lucia Mamani", "Pedro Condori"]
_TZ = ["Neema Mushi", "Baraka Mrema", "Rehema Swai", "Juma Kimaro"]
SCHEMA = f"""
CREATE SCHEMA kiosk;
CREATE TABLE kiosk.card_payments (id int PRIMARY KEY, amount numeric(10,2), cvv2 text,
    cvv_response_message text);
INSERT INTO kiosk.card_payments VALUES {_rows(lambda i: f"({i}, {i}.50, {_q(f'{100 + i * 37 % 900}')}, "
    f"{_q(['M: match', 'N: no match', 'P: not processed'][i % 3])})")};

CREATE SCHEMA bookclub;
CREATE TABLE bookclub.members (id int PRIMARY KEY, full_name text, password_reset text,
    password_reset_required boolean);
INSERT INTO bookclub.members VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, "
    f"{_q(f'{i * 2654435761:016x}{i * 40503:08x}')}, {'true' if i % 5 == 0 else 'false'})")};

CREATE SCHEMA foundry;
CREATE TABLE foundry.inspections (id int PRIMARY KEY, casting_no text, checked_by text, checked_by_user_id int);
INSERT INTO foundry.inspections VALUES {_rows(lambda i: f"({i}, {_q(f'C-{i:05d}')}, {_q(_NAMES[i % 4])}, {i % 7})")};

CREATE SCHEMA flying;
CREATE TABLE flying.student_pilots (id int PRIMARY KEY, full_name text, eyesight_class text);
INSERT INTO flying.student_pilots VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, "
    f"{_q(['6/6', '6/9 corrected', '6/12 corrected'][i % 3])})")};

CREATE SCHEMA homepd;
CREATE TABLE homepd.patients (id int PRIMARY KEY, full_name text);
INSERT INTO homepd.patients VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])})")};
CREATE TABLE homepd.adequacy_reviews (id int PRIMARY KEY, patient_id int REFERENCES homepd.patients, ktv numeric(4,2));
INSERT INTO homepd.adequacy_reviews VALUES {_rows(lambda i: f"({i}, {i}, {1.5 + i % 7 / 10:.2f})")};

CREATE SCHEMA donantes;
CREATE TABLE donantes.persona (id int PRIMARY KEY, nombre_completo text);
INSERT INTO donantes.persona VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])})")};
CREATE TABLE donantes.examen (id int PRIMARY KEY, donante_id int REFERENCES donantes.persona,
    hemoglobina numeric(4,1), vih text);
INSERT INTO donantes.examen VALUES {_rows(lambda i: f"({i}, {i}, {12 + i % 5}.{i % 10}, "
    f"{_q(['no reactivo', 'reactivo'][int(i % 11 == 0)])})")};
CREATE TABLE donantes.fertilizante (id int PRIMARY KEY, producto text, potasio numeric(5,2));
INSERT INTO donantes.fertilizante VALUES {_rows(lambda i: f"({i}, {_q(f'NPK {i}-10-10')}, {i % 30}.00)")};

CREATE SCHEMA vicoba;
CREATE TABLE vicoba.wanachama (id int PRIMARY KEY, full_name text, nida_no text);
INSERT INTO vicoba.wanachama VALUES {_rows(lambda i: f"({i}, {_q(_TZ[i % 4])}, "
    f"{_q(f'1985{i:04d}1411{i:04d}000{i % 10}{(i * 7) % 10}')})")};

CREATE SCHEMA payroll_ir;
CREATE TABLE payroll_ir.employees (id int PRIMARY KEY, full_name text, national_code text);
INSERT INTO payroll_ir.employees VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, {_q(f'{4310000000 + i * 97}')})")};
CREATE TABLE payroll_ir.tariff_lines (id int PRIMARY KEY, description text, national_code text);
INSERT INTO payroll_ir.tariff_lines VALUES {_rows(lambda i: f"({i}, {_q(f'Steel bars grade {i}')}, "
    f"{_q(f'7214.{i:02d}.10')})")};
"""

# What names read alone (with the tables' places in the schema), with and without sampling.
NAMED = {
    "bookclub.members.full_name": "person_name",
    "bookclub.members.password_reset": "secret_token",          # a reset key, not a stored password
    "foundry.inspections.checked_by": "person_name",            # who checked, as text (a weak word)
    "flying.student_pilots.full_name": "person_name",
    "flying.student_pilots.eyesight_class": "health",
    "homepd.patients.full_name": "person_name",
    "homepd.adequacy_reviews.ktv": "health",                    # Kt/V, a number about a patient
    "donantes.persona.nombre_completo": "person_name",
    "donantes.examen.hemoglobina": "health",
    "vicoba.wanachama.full_name": "person_name",
    "vicoba.wanachama.nida_no": "national_id",
    "payroll_ir.employees.full_name": "person_name",
    "payroll_ir.employees.national_code": "national_id",        # in a table of people
}
# Asserted without sampling only: a card's verification value by its name (with sampling its three digits refute a
# card number, left for a later round), and HIV as `vih` (with sampling the values, `reactivo`, already say health).
NAMES_ONLY = {"kiosk.card_payments.cvv2": "payment_card", "donantes.examen.vih": "health"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round28_rules", SCHEMA) as db:
        yield db


@pytest.mark.parametrize("sampling", [True, False])
def test_round28_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | ({} if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


NOT_READ = ("bookclub.members.password_reset_required", "foundry.inspections.checked_by_user_id",
            "donantes.fertilizante.potasio", "payroll_ir.tariff_lines.national_code")


@pytest.mark.parametrize("sampling", [True, False])
def test_round28_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
    assert found.get("kiosk.card_payments.cvv_response_message") != "payment_card"   # the processor's answer
