"""Round 13's rules (docs/classifier.md, "Round 13"), on values and tables written for these tests in applications
the eleventh blind part does not use (a hiking club's member fields and contact mechanisms, a sawmill's dispatch log,
a chat service's profiles, a tax office's register, a hotel's IBM i guest file), not on that part's names or values."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import attribute_store, conventions, identifiers, names
from auditor.model.snapshot import Column

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 30


def _cols(*names_: str) -> tuple[Column, ...]:
    return tuple(Column(name=n, num=i, type="text", not_null=False, comment=None, acl=()) for i, n in enumerate(names_))


def test_value_column_of_a_key_value_table():
    assert attribute_store.value_columns(_cols("id", "member_id", "field_name", "field_value")) == {"field_value"}
    assert attribute_store.value_columns(_cols("uid", "configkey", "configvalue")) == {"configvalue"}
    assert attribute_store.value_columns(_cols("id", "value", "long_value", "name")) == {"value"}
    assert not attribute_store.value_columns(_cols("id", "value", "unit"))            # a measurement: no key column
    assert not attribute_store.value_columns(_cols("id", "value", "field_value", "name"))   # two values per row


def test_a_cell_identity_has_no_zero_part():
    assert identifiers.cell_identity("262-01-4711-12345")
    assert not identifiers.cell_identity("412-345-678-000") and not identifiers.cell_identity("262-01-0-12345")


def test_file_prefix_of_ibm_i_field_names():
    assert conventions.spelled(("GSNO", "GSZIP", "GSMOB", "GSPWD", "GSROOM")) == ("NO", "ZIP", "MOB", "PWD", "ROOM")
    assert conventions.spelled(("PERNR", "NACHN", "VORNA", "GBDAT")) == ("PERNR", "NACHN", "VORNA", "GBDAT")
    assert conventions.spelled(("gs_zip", "GSMOB", "GSPWD", "GSROOM")) == ("gs_zip", "GSMOB", "GSPWD", "GSROOM")


def test_words_fitted_to_n():
    # fitted to n_*: an IBM i bank's abbreviations, Philippine government numbers, a check-in (fitted13.py)
    assert names.hint_for("LNAM", "text", None, "", None).category == "person_name"
    assert names.hint_for("BDTE", "text", None, "", None).category == "birth_date"
    assert names.hint_for("philhealth", "text", None, "", None).category == "national_id"
    assert names.tokens("CheckInLat") == ("checkin", "latitude")


def _field(i: int) -> tuple[str, str]:
    # one row in four a member's mobile; the rest the club's other fields
    return [("mobile", f"+44 7911 {123400 + i}"), ("boots", "EU 43"), ("newsletter", "yes"),
            ("grade", "scrambler")][i % 4]


def _contact(i: int) -> tuple[str, str]:
    # e-mails and phones in equal measure, the rest preferences: no kind of its own
    return [("email", f"walker{i}@example.org"), ("phone", f"+44 7911 {223400 + i}"), ("lang", "en"),
            ("lang", "cy")][i % 4]


def _remark(i: int) -> str:
    return ["Left at the loading bay, pallet wrapped", "Driver waited for the forklift", "Delivered on time",
            "Two planks split in transit, credit note raised"][i % 4]


def _note(i: int) -> str:
    return [f"Customer asked us to ring {f'+44 7911 {323400 + i}'} before delivery", "Delivered on time",
            f"Invoice copy to yard{i}@example.org please", "Left at the gate"][i % 4]


SCHEMA = f"""
CREATE SCHEMA club;
CREATE TABLE club.profile_fields (id int PRIMARY KEY, profile_ref int, field_key text, field_value text);
INSERT INTO club.profile_fields VALUES {", ".join(
    f"({i}, {i}, '{_field(i)[0]}', {_q(_field(i)[1])})" for i in range(1, _ROWS + 1))};
CREATE TABLE club.contact_mech (id int PRIMARY KEY, profile_ref int, mech_type text, value text);
INSERT INTO club.contact_mech VALUES {", ".join(
    f"({i}, {i}, '{_contact(i)[0]}', {_q(_contact(i)[1])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA sawmill;
CREATE TABLE sawmill.dispatch_log (id int PRIMARY KEY, load_no text, remarks text);
INSERT INTO sawmill.dispatch_log VALUES {", ".join(
    f"({i}, 'L{1000 + i}', {_q(_remark(i))})" for i in range(1, _ROWS + 1))};
CREATE TABLE sawmill.dispatch_calls (id int PRIMARY KEY, load_no text, remarks text);
INSERT INTO sawmill.dispatch_calls VALUES {", ".join(
    f"({i}, 'L{2000 + i}', {_q(_note(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA chat;
CREATE TABLE chat.profile_cards (uid text PRIMARY KEY, contact_email text, mobile text);
INSERT INTO chat.profile_cards VALUES {", ".join(
    f"('u{9000 + i}', 'rider{i}@example.net', '+44 7911 {423400 + i}')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA taxoffice;
CREATE TABLE taxoffice.register (id int PRIMARY KEY, ref_code text);
INSERT INTO taxoffice.register VALUES {", ".join(
    f"({i}, '{300 + i}-{410 + i}-{520 + i}-000')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA hotel;
CREATE TABLE hotel."GSTMST" ("GSNO" int PRIMARY KEY, "GSZIP" char(8), "GSMOB" char(15), "GSPWD" char(20),
       "GSROOM" char(4));
INSERT INTO hotel."GSTMST" SELECT g, 'SW1A 1AA', '+44 7911 5234' || lpad(g::text, 2, '0'), 'letmein' || g, '1' || g
  FROM generate_series(1, {_ROWS}) g;
"""

# Names alone: the guest file's fields once their prefix is read off, the chat profile's contact data
NAMES = {
    'hotel.GSTMST.GSZIP': "postal_address", 'hotel.GSTMST.GSMOB': "phone", 'hotel.GSTMST.GSPWD': "credentials",
    "chat.profile_cards.contact_email": "email", "chat.profile_cards.mobile": "phone",
}
SAMPLED = NAMES | {
    "club.profile_fields.field_value": "phone",
    "sawmill.dispatch_calls.remarks": "free_text_may_contain_pii",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round13_rules", SCHEMA) as db:
        yield db


def test_round13_rules_sampled(cluster_db):
    # not club.contact_mech.value (e-mails and phones alike), sawmill.dispatch_log.remarks (notes holding no
    # personal data in a table about no one), taxoffice.register.ref_code (a tax number's `-000` is no cell)
    assert classified(cluster_db, True) == SAMPLED


def test_round13_rules_names_only(cluster_db):
    got = classified(cluster_db, False)
    assert {k: v for k, v in got.items() if k in NAMES} == NAMES


def test_column_names_fold_letters_nfkd_keeps():
    """ø, ß and ł have no decomposition: they are spelled out (as the clinical vocabulary folds them), not dropped,
    so a Danish `fødselsdato` and a German `Straße` read as the words they are."""
    assert names.tokens("fødselsdato") == ("fodselsdato",)
    assert names.hint_for("fødselsdato", "date", None, "", None).category == "birth_date"
    assert names.hint_for("Straße", "text", None, "", None).category == "postal_address"
    assert names.tokens("płeć") == ("plec",) and names.tokens("Größe") == ("grosse",)
