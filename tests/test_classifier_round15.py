"""Round 15's rules (docs/classifier.md, "Round 15"), on values and tables written for these tests in applications
the thirteenth blind part does not use (a Busan book club's members and their body scans, a Munich library's
patrons, a ferry operator's sailings and payment links, a Dutch union's members and their medical checks, a Leeds
printer's trade customers), not on that part's names or values."""
from __future__ import annotations

import json
import random
import string

import pytest

from auditor.analysis.classify import decide, keyed, names, shapes, special_hints, values

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 30
_KOREAN = ["김민준", "이서연", "박지호", "최수아", "정예준", "강하은", "조도윤", "윤지우", "장시우", "임서윤"]
_ROMAN = ["Minjun Kim", "Seoyeon Lee", "Jiho Park", "Sua Choi", "Yejun Jung", "Haeun Kang", "Doyun Cho", "Jiwoo Yoon",
          "Siwoo Jang", "Seoyun Lim"]
_rng = random.Random(15)


def _token(n: int) -> str:
    """Letters of both cases and digits, as a secret's generator draws them (every third character a digit)."""
    return "".join(_rng.choice(string.digits if i % 3 == 2 else string.ascii_letters) for i in range(n))


def test_a_short_word_in_a_script_without_case_is_a_name_part():
    assert values.plausible("person_name", "김민준")
    assert values.plausible("person_name", "Minjun Kim 김민준")
    assert not values.plausible("person_name", "해운대중학교")         # six syllables: a school, not a name


def test_a_lower_case_handle_is_no_name():
    assert not values.plausible("person_name", "minjun.kim")
    assert not values.plausible("person_name", "seoyeon-lee")
    assert values.plausible("person_name", "minjun kim")            # lower case with a space stays a name


def test_a_stripe_client_secret():
    assert values.strong_categories("seti_1OqXyZ2eZvKYlo2C9aBcDeFg_secret_PqRsTuVwXyZ0123456789AbCdE") == (
        "secret_token",)
    assert values.strong_categories("seti_1OqXyZ2eZvKYlo2C9aBcDeFg") == ()       # the object's id is no secret


def test_confirmation_and_activation_codes_are_secrets():
    assert names.hint_for("activation_code", "text", None, "members", None).category == "secret_token"
    assert names.hint_for("EmailConfirmationCode", "text", None, "accounts", None).category == "secret_token"


def test_a_birth_date_or_an_identity_number_under_its_key():
    assert keyed.keyed_category(json.dumps({"geburtsdatum": "1971-03-02", "newsletter": True})) == "birth_date"
    assert keyed.keyed_category(json.dumps({"tax_id": "12 345 678 901"})) == "national_id"
    assert keyed.keyed_category(json.dumps({"geburtsdatum": "unbekannt"})) is None
    assert keyed.keyed_category(json.dumps({"email": "anna@example.de"})) is None      # round 14's dropped rule


def test_random_identifiers_are_no_secret():
    """KSUIDs and short UUIDs are random letters and digits too: under an identifier's name they stay ids (the
    ferry's bookings below), unless the name also says secret."""
    assert decide.names_identifier("id") and decide.names_identifier("publicId")
    assert decide.names_identifier("booking_number") and decide.names_identifier("sku")
    assert not decide.names_identifier("portal_session_id") and not decide.names_identifier("api_key_id")
    assert not decide.names_identifier("link") and not decide.names_identifier("cookie")


def test_random_letters_and_digits_are_a_secret():
    assert shapes.strong("k9XmQ2vR7tLp4ZsW8nB3cY6d") == ("secret_token",)
    assert shapes.strong("UserProfileController2Abc") == ()        # words
    assert shapes.strong("8cfddcc4f9ab57f2b0f40fa1264d8265ab") == ()   # a hex digest


def test_check_digits_of_more_national_numbers():
    assert values.strong_categories("3273104602890001") == ("national_id",)      # a NIK: West Java, born 6.2.1989
    assert values.strong_categories("1237 010180") == ("national_id",)           # an Austrian VNR as written
    assert values.strong_categories("3273104613890001") == ()                    # no 13th month


def test_a_health_card_number_is_a_national_id():
    assert names.hint_for("HealthCardNo", "text", None, "residents", None).category == "national_id"
    assert names.hint_for("card_number", "text", None, "payments", None).category == "payment_card"


def test_a_status_in_a_unions_register():
    assert special_hints.union_status("members", "gewerkschaft", "mitgliedsstatus").category == "trade_union"
    assert special_hints.union_status("crm", "public", "status") is None                 # no union's
    assert special_hints.union_status("credit_union", "public", "status") is None        # a credit union's


def test_an_account_holder_and_a_guarantor_by_name():
    assert names.hint_for("payout_bank_account_name", "text", None, "couriers", None).category == "person_name"
    assert names.hint_for("GuarantorName", "text", None, "loan_sureties", None).category == "person_name"
    assert names.hint_for("account_name", "text", None, "ledger", None) is None       # a ledger account's
    assert names.hint_for("salary_bank_ac_no", "text", None, "staff", None).category == "bank_account"


def test_a_criminal_record_check_by_its_usual_names():
    assert names.hint_for("police_check_outcome", "text", None, "volunteers", None).category == "criminal_record"
    assert names.hint_for("VulnerableSectorCheck", "text", None, "tutors", None).category == "criminal_record"


def test_words_fitted_to_p():
    # fitted to p_*: Greeklish, romanised Japanese and Romanian column words (fitted15.py)
    assert names.hint_for("THLEFONO", "text", None, "", None).category == "phone"
    assert names.hint_for("ryoken_bango", "text", None, "", None).category == "national_id"
    assert names.hint_for("domiciliu", "text", None, "", None).category == "postal_address"


SCHEMA = f"""
CREATE SCHEMA bookclub;
CREATE TABLE bookclub.members (id int PRIMARY KEY, full_name text, name text, activation_code text, joined date);
INSERT INTO bookclub.members VALUES {", ".join(
    f"({i}, {_q(_KOREAN[i % 10] if i % 2 else _ROMAN[i % 10] + ' ' + _KOREAN[i % 10])}, "
    f"{_q(_ROMAN[i % 10].lower().replace(' ', '.' if i % 2 else '-'))}, "
    f"{_q(''.join(_rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10)))}, '2024-0{1 + i % 9}-11')"
    for i in range(1, _ROWS + 1))};

CREATE TABLE bookclub.inbody_scans (id int PRIMARY KEY, member_id int REFERENCES bookclub.members, weight_kg numeric,
                                    body_fat_pct numeric, visceral_fat_level int, bmr_kcal int);
INSERT INTO bookclub.inbody_scans VALUES {", ".join(
    f"({i}, {i}, {60 + i / 2}, {18 + i % 9}.5, {4 + i % 7}, {1300 + 11 * i})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA library;
CREATE TABLE library.patrons (id int PRIMARY KEY, branch text, extra jsonb);
INSERT INTO library.patrons VALUES {", ".join(
    f"({i}, 'Schwabing', {_q(json.dumps({'geburtsdatum': f'19{50 + i}-0{1 + i % 9}-1{i % 10}', 'newsletter': True}))})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA ferry;
CREATE TABLE ferry.sailings (id int PRIMARY KEY, vessel text, latitude numeric, longitude numeric);
INSERT INTO ferry.sailings VALUES {", ".join(
    f"({i}, 'Pride of Bilbao', {[43.3623, 50.7989][i % 2]}, {[-3.0894, -1.0917][i % 2]})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE ferry.payment_links (id int PRIMARY KEY, link text, setup_ref text, amount numeric);
INSERT INTO ferry.payment_links VALUES {", ".join(
    f"({i}, {_q(_token(32))}, {_q('seti_' + _token(24) + '_secret_' + _token(25))}, {20 + i})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE ferry.bookings (id text PRIMARY KEY, public_id text, booking_number text, portal_session_id text);
INSERT INTO ferry.bookings VALUES {", ".join(
    f"({_q('2' + _token(26))}, {_q(_token(22))}, {_q(_token(22))}, {_q(_token(40))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA vakbond;
CREATE TABLE vakbond.members (id int PRIMARY KEY, first_name text, last_name text, status text);
INSERT INTO vakbond.members VALUES {", ".join(
    f"({i}, {_q(['Daan', 'Sanne', 'Bram', 'Fleur'][i % 4])}, {_q(['de Vries', 'Jansen', 'Bakker', 'Visser'][i % 4])}, "
    f"{_q(['actief', 'actief', 'geschorst', 'oud-lid'][i % 4])})" for i in range(1, _ROWS + 1))};

CREATE TABLE vakbond.keuringen (id int PRIMARY KEY, member_id int REFERENCES vakbond.members, imc numeric,
                                audiometrie text);
INSERT INTO vakbond.keuringen VALUES {", ".join(
    f"({i}, {i}, {21 + i % 9}.{i % 10}, {_q(['normaal', 'licht verlies links', 'verlies hoge tonen'][i % 3])})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA printer;
CREATE TABLE printer.customers (id int PRIMARY KEY, name text, vat_number text, website text, phone text,
                                address text);
INSERT INTO printer.customers VALUES {", ".join(
    f"({i}, {_q(['Aire Valley Joinery', 'Kirkstall Bakery', 'Headingley Vets', 'Roundhay Florist'][i % 4] + f' {i}')}, "
    f"'GB{100000000 + 7 * i}', 'https://example{i}.co.uk', '+44 113 496 0{100 + i}', "
    f"{_q(f'{i} Kirkstall Road, Leeds LS4 2{chr(65 + i % 26)}B')})"
    for i in range(1, _ROWS + 1))};
"""

_MEMBERS = {"vakbond.members.first_name": "person_name", "vakbond.members.last_name": "person_name"}
_SCANS = {f"bookclub.inbody_scans.{c}": "health" for c in (
    "weight_kg", "body_fat_pct", "visceral_fat_level", "bmr_kcal")} | {
    "vakbond.keuringen.imc": "health", "vakbond.keuringen.audiometrie": "health"}
NAMES = {"bookclub.members.full_name": "person_name", "bookclub.members.name": "person_name",
         "bookclub.members.activation_code": "secret_token", "ferry.sailings.latitude": "geo_location",
         "ferry.sailings.longitude": "geo_location"} | _MEMBERS | _SCANS
SAMPLED = {"bookclub.members.full_name": "person_name", "bookclub.members.activation_code": "secret_token",
           "library.patrons.extra": "birth_date", "ferry.payment_links.link": "secret_token",
           "ferry.bookings.portal_session_id": "secret_token",
           "ferry.payment_links.setup_ref": "secret_token", "vakbond.members.status": "trade_union"} | _MEMBERS | _SCANS


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round15_rules", SCHEMA) as db:
        yield db


def test_round15_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round15_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES
