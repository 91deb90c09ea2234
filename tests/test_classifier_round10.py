"""Round 10's rules (docs/classifier.md, "Round 10"), on values and tables written for these tests in applications
the eighth blind part does not use (a Brazilian clinic's staff, an Indian lender's KYC, a German payroll bureau, a
handset repair shop, a mobile network's location updates, a wallet's payouts, a transplant registry, a warehouse
chain), not on that part's names or values."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import identifiers, names
from auditor.analysis.classify.analyse import analyse
from auditor.analysis.classify.values import is_card, plausible, strong_categories

from .helpers import analysed_database, classified


def _rvnr(area: str, ddmmyy: str, initial: str, serial: str) -> str:
    digits = area + ddmmyy + f"{ord(initial) - 64:02d}" + serial
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)))
    return f"{area}{ddmmyy}{initial}{serial}{total % 10}"


def test_bare_national_numbers_by_their_check_digits():
    # an ERP's fixed-width fields: a CPF without punctuation, an Aadhaar number (also grouped), a personal PAN,
    # a German pension insurance number
    assert identifiers.national_kind("11144477735") == "br_cpf"
    assert identifiers.national_kind("12345678909") == "br_cpf"
    assert identifiers.national_kind("234123412346") == "in_aadhaar"
    assert identifiers.national_kind("2341 2341 2346") == "in_aadhaar"
    assert identifiers.national_kind("ABCPE1234F") == "in_pan"
    assert identifiers.national_kind(_rvnr("12", "150385", "M", "04")) == "de_rvnr"
    assert strong_categories("11144477735") == ("national_id",) and strong_categories("ABCPE1234F") == ("national_id",)
    # a check digit off, a company's PAN (fourth letter C), an impossible month, repeated digits
    assert identifiers.national_kind("11144477736") is None and identifiers.national_kind("ABCCE1234F") is None
    assert identifiers.national_kind("12151385M043") is None and identifiers.national_kind("11111111111") is None


def test_a_pis_number():
    assert identifiers.national_kind("12056412545") == "br_pis"      # mod 11, weights 3298765432
    assert identifiers.national_kind("12056412546") is None


def test_imei_is_no_card_and_a_masked_card_is_one():
    assert not is_card("356234126211564") and identifiers.national_kind("356234126211564") is None   # IMEI, Luhn-valid
    assert is_card("378282246310005")                                                           # an Amex: 15 digits
    facts = analyse(["************4242", "XXXXXXXXXXXX0005", "411111******1111"] * 4, None)
    assert facts.matches["payment_card"] == 12 and facts.schemes["truncated"] == 12
    assert not identifiers.masked_card("****") and not identifiers.masked_card("+49 170 XXXX070")


def test_cell_identities_upi_addresses_and_hla_alleles():
    assert strong_categories("310-260-4711-123456") == ("geo_location",)
    assert strong_categories("123-45-6789") != ("geo_location",)           # an SSN's groups are no cell
    assert strong_categories("ravi.kumar@oksbi") == ("bank_account",)
    assert strong_categories("ravi.kumar@gmail.com") == ("email",) and strong_categories("a@localhost") == ()
    assert identifiers.hla_typing("HLA-A*02:01, A*01:01; DRB1*15:01")
    assert analyse(["A*02:01 B*44:02", "A*03:01, B*07:02"] * 5, None).matches["genetic"] == 10
    assert not identifiers.hla_typing("A*B testing") and not identifiers.hla_typing("Grade A* 02")


def test_role_mailboxes():
    assert identifiers.role_mailbox("info@warehouse.example") and identifiers.role_mailbox("Vertrieb@firma.de")
    assert not identifiers.role_mailbox("anna.berg@warehouse.example")
    assert analyse(["info@a.example", "sales@b.example", "kontakt@c.example"] * 3, None).matches["email:role"] == 9


def test_organisation_names():
    assert all(identifiers.organisation_name(v) for v in ("Nordlicht Logistik GmbH", "Kargocentrum Breda",
                                                          "Fretes Rapidos Ltda", "Hotel Bahnhof", "Tauranga Library"))
    assert not any(identifiers.organisation_name(v) for v in ("Anna Becker", "AG", "Notes as requested by the client",
                                                              "Sai Ram"))


def test_glued_phrases_with_connectors_and_erp_dates():
    assert names.tokens("dateofbirth") == ("date", "birth")
    assert names.tokens("fechadenacimiento") == ("fecha", "nacimiento")
    assert names.tokens("dateofdeath") == ("date", "death")
    assert names.hint_for("dateofdeath", "date", None, "members", None) is None
    assert names.tokens("download") == ("download",) and names.tokens("destination") == ("destination",)
    assert names.hint_for("dt_nasc", "text", None, "funcionarios", None).category == "birth_date"
    assert names.hint_for("date_naiss", "date", None, "adherents", None).category == "birth_date"
    assert plausible("birth_date", "19610628") and not plausible("birth_date", "19611328")
    assert not plausible("birth_date", "30000101")


def _cpf(n: int) -> str:
    from stdnum.br import cpf
    body = f"{100000000 + n * 7919:09d}"
    return body + cpf._calc_check_digits(body)


def _aadhaar(n: int) -> str:
    from stdnum import verhoeff
    body = f"{50000000000 + n * 104729:011d}"
    return body + verhoeff.calc_check_digit(body)


def _imei(i: int) -> str:
    from stdnum import luhn
    body = f"35{123456000000 + i * 97:012d}"
    return body + luhn.calc_check_digit(body)


_ROWS = 30
_FIRST, _LAST = ["ANA", "BRUNO", "CARLA", "DIEGO", "ELISA", "FELIPE"], ["SOUZA", "LIMA", "DIAS", "ALVES", "ROCHA"]
_NAMES = ["Ana Souza", "Bruno Lima", "Carla Dias", "Diego Alves", "Elisa Rocha", "Felipe Costa"]
SCHEMA = f"""
CREATE SCHEMA clinica;
CREATE TABLE clinica.funcionarios (matricula int PRIMARY KEY, nome text, documento char(11), dt_nasc char(8),
       dateofbirth date);
INSERT INTO clinica.funcionarios VALUES {", ".join(
    f"({i}, '{_NAMES[i % 6]}', '{_cpf(i)}', '19{60 + i % 30}0{1 + i % 9}1{i % 9}', date '1970-01-01' + {i * 200})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA kyc;
CREATE TABLE kyc.applicants (id int PRIMARY KEY, full_name text, uid_ref text);
INSERT INTO kyc.applicants VALUES {", ".join(
    f"({i}, '{_NAMES[i % 6]}', '{_aadhaar(i)[:4]} {_aadhaar(i)[4:8]} {_aadhaar(i)[8:]}')" for i in range(1, _ROWS + 1))};
CREATE TABLE kyc.payouts (id int PRIMARY KEY, applicant_id int REFERENCES kyc.applicants, vpa text);
INSERT INTO kyc.payouts SELECT g, g, (ARRAY['ravi', 'anita', 'sunil', 'meera', 'arjun'])[1 + g % 5] || g || '@'
       || (ARRAY['oksbi', 'okaxis', 'ybl', 'paytm'])[1 + g % 4] FROM generate_series(1, {_ROWS}) g;

CREATE SCHEMA lohnbuero;
CREATE TABLE lohnbuero.beschaeftigte (id int PRIMARY KEY, vorname text, nachname text, sozvers text);
INSERT INTO lohnbuero.beschaeftigte VALUES {", ".join(
    f"({i}, 'Jonas', 'Weber', '{_rvnr(f'{10 + i:02d}', f'{1 + i % 28:02d}0{1 + i % 9}7{i % 10}', 'W', f'{i % 50:02d}')}')"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA repair;
CREATE TABLE repair.customers (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO repair.customers SELECT g, 'Emma', 'Jones' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE repair.handsets (id int PRIMARY KEY, customer_id int REFERENCES repair.customers, serial text,
       card_on_file text, credit_card_holder text);
INSERT INTO repair.handsets VALUES {", ".join(
    f"({i}, {i}, '{_imei(i)}', '************{1000 + i}', '{_FIRST[i % 6]} {_LAST[i % 5]}')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA mno;
CREATE TABLE mno.subscribers (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO mno.subscribers SELECT g, 'Emma', 'Jones' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE mno.cells (cgi text PRIMARY KEY, site text);
INSERT INTO mno.cells SELECT '310-260-' || (1000 + g) || '-' || (20000 + g), 'site ' || g FROM generate_series(1, {_ROWS}) g;
CREATE TABLE mno.location_updates (id int PRIMARY KEY, subscriber_id int REFERENCES mno.subscribers, serving text);
INSERT INTO mno.location_updates SELECT g, g, '310-260-' || (1000 + g) || '-' || (20000 + g)
  FROM generate_series(1, {_ROWS}) g;

CREATE SCHEMA registry;
CREATE TABLE registry.recipients (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO registry.recipients SELECT g, 'Emma', 'Jones' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE registry.typing (id int PRIMARY KEY, recipient_id int REFERENCES registry.recipients, alleles text);
INSERT INTO registry.typing SELECT g, g, (ARRAY['A*02:01, A*01:01', 'B*44:02, B*07:02', 'DRB1*15:01'])[1 + g % 3]
  FROM generate_series(1, {_ROWS}) g;

CREATE SCHEMA logistics;
CREATE TABLE logistics.depots (id int PRIMARY KEY, site_code text, email text, phone text, street text);
INSERT INTO logistics.depots SELECT g, 'D' || g,
       (ARRAY['info', 'sales', 'kontakt', 'office'])[1 + g % 4] || '@wh' || g || '.example',
       '+44 20 7946 ' || lpad(g::text, 4, '0'), g || ' Dock Road' FROM generate_series(1, 12) g;
CREATE TABLE logistics.hubs (id int PRIMARY KEY, label text, telephone text, address text);
INSERT INTO logistics.hubs SELECT g, (ARRAY['Nordlicht Logistik GmbH', 'Kargocentrum Breda', 'Hotel Bahnhof',
       'Fretes Rapidos Ltda'])[1 + g % 4], '+49 40 1234 ' || lpad(g::text, 3, '0'), g || ' Dock Road'
  FROM generate_series(1, 12) g;
"""



NAMES = {
    "clinica.funcionarios.nome": "person_name", "clinica.funcionarios.dt_nasc": "birth_date",
    "clinica.funcionarios.dateofbirth": "birth_date",
    "kyc.applicants.full_name": "person_name",
    "lohnbuero.beschaeftigte.vorname": "person_name", "lohnbuero.beschaeftigte.nachname": "person_name",
    "repair.customers.first_name": "person_name", "repair.customers.last_name": "person_name",
    "mno.subscribers.first_name": "person_name", "mno.subscribers.last_name": "person_name",
    "registry.recipients.first_name": "person_name", "registry.recipients.last_name": "person_name",
    "logistics.depots.email": "email", "logistics.depots.phone": "phone",
    "logistics.depots.street": "postal_address",
    "logistics.hubs.telephone": "phone", "logistics.hubs.address": "postal_address",
}
# With values: bare national numbers, a UPI address, a masked card, a card's holder, a handset's IMEI (no card), the
# cell a subscriber was in (not the cell's own key), HLA alleles; a depot's role mailboxes and a hub's names (legal
# forms, establishments) make their contact data the organisation's
SAMPLED = {k: v for k, v in NAMES.items() if not k.startswith("logistics.")} | {
    "clinica.funcionarios.documento": "national_id", "kyc.applicants.uid_ref": "national_id",
    "kyc.payouts.vpa": "bank_account", "lohnbuero.beschaeftigte.sozvers": "national_id",
    "repair.handsets.card_on_file": "payment_card", "repair.handsets.credit_card_holder": "person_name",
    "mno.location_updates.serving": "geo_location", "registry.typing.alleles": "genetic",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round10_rules", SCHEMA) as db:
        yield db


def test_round10_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round10_rules_names_only(cluster_db):
    got = classified(cluster_db, False)
    assert {k: v for k, v in got.items() if k in NAMES} == NAMES


def test_phones_streets_and_messages_by_their_values():
    from auditor.analysis.classify.values import embedded_pii
    # a call record's numbers in E.164 digits without `+`; fixed lines and year-prefixed counters are not
    assert strong_categories("447911123456") == ("phone",) and strong_categories("31612345678") == ("phone",)
    assert strong_categories("20250000001") == () and strong_categories("442079460123") == ()
    # the area code before a slash (DIN 5008 before 2011); dates are not
    assert strong_categories("089/12345678") == ("phone",) and strong_categories("0621/82625-0") == ("phone",)
    assert strong_categories("01/02/2020") == () and strong_categories("05/2021") == ()
    # a street's name without its number, in the languages that glue the street word or put it first
    assert all(identifiers.street_name(v) for v in ("Lindenstraße", "Hauptstr.", "Am Marktplatz", "Dorpsstraat",
                                                   "Storgatan", "Rua Augusta", "Via Garibaldi", "Rue Oberkampf"))
    assert not any(identifiers.street_name(v) for v in ("Hamburg", "Spring", "Weg", "Amsterdam", "Storage"))
    assert analyse(["Lindenstraße", "Am Marktplatz", "Dorpsstraat"] * 4, None).matches["postal_address"] == 12
    # a message that opens by addressing a person names them; `Dear Customer,` does not
    assert embedded_pii("Dear Maria Garcia,\nyour loan is due on 3 May.") == ("person_name", "M*** G***")
    assert embedded_pii("Sehr geehrter Herr Schmidt, Ihre Bestellung ist unterwegs.")[0] == "person_name"
    assert embedded_pii("Dear Customer, your order has shipped.") is None
    assert embedded_pii("Hi there, thanks for writing.") is None
