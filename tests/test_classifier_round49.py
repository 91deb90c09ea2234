"""Round 49's rules (docs/classifier.md, "Round 49"), on tables written for these tests in applications and countries
the forty-seventh blind part does not use (a Lyon climbing gym's portal, in French; a Lubumbashi microcredit's clients,
in French; a Mbandaka choir's members, in Lingala; a Perth hospice's residents; a Hobart diabetes clinic's readings; a
Pune payroll's employees; an Abidjan kiosk's agents and clients, in French; a Leeds wholesaler's suppliers; a law
society's firms; a web shop's addresses; an Izmir hotel's logins, in Turkish), not on that part's names or values.
The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_FR = ["Amandine Rochefort", "Bastien Giraud", "Chloé Vasseur", "Damien Perret"]
_CD_NOM = ["Ilunga", "Kalenga", "Mwamba", "Kasongo"]
_CD_POST = ["Wa Ilunga", "Nkulu", "Kabwe", "Banza"]
_CD_PRE = ["Ruth", "Patrick", "Esther", "Daniel"]
_AU = ["Margaret Whitby", "Desmond Carroll", "Shirley Nguyen", "Colin Ashworth"]
_GB = ["Priya Chauhan", "Gareth Holmes", "Niamh Doyle", "Tomasz Wrobel"]

SCHEMA = f"""
CREATE SCHEMA lyon_escalade;
CREATE TABLE lyon_escalade.connexions (id int PRIMARY KEY, jeton_session text, jeton_api text, jetons_restants int,
    salle text);
INSERT INTO lyon_escalade.connexions VALUES {_rows(lambda i: f"({i}, {_q(f'js{i * 7919:012x}')}, "
    f"{_q(f'ja{i * 104729:016x}')}, {i % 10}, {_q(['Vaise', 'Gerland', 'Croix-Rousse'][i % 3])})")};

CREATE SCHEMA lubumbashi_credit;
CREATE TABLE lubumbashi_credit.clients (id int PRIMARY KEY, nom text, postnom text, prenom text, surnom text,
    garant text, garantie text, quartier text, carte_electeur text);
INSERT INTO lubumbashi_credit.clients VALUES {_rows(lambda i: f"({i}, {_q(_CD_NOM[i % 4])}, "
    f"{_q(_CD_POST[(i + 1) % 4])}, {_q(_CD_PRE[(i + 2) % 4])}, {_q(['Papa Jo', 'Maman Ruth', 'Kadogo', 'Vieux'][i % 4])}, "
    f"{_q(_CD_NOM[(i + 3) % 4] + ' ' + _CD_PRE[i % 4])}, {_q(['moto', 'parcelle', 'salaire'][i % 3])}, "
    f"{_q(['Kenya', 'Katuba', 'Kampemba'][i % 3])}, {_q(f'HK{40000000 + i * 7919}')})")};

CREATE SCHEMA mbandaka_chorale;
CREATE TABLE mbandaka_chorale.bato (id int PRIMARY KEY, kombo text, adresi text, mongongo text);
INSERT INTO mbandaka_chorale.bato VALUES {_rows(lambda i: f"({i}, {_q(_CD_PRE[i % 4] + ' ' + _CD_NOM[i % 4])}, "
    f"{_q(f'{10 + i} avenue Bolenge')}, {_q(['soprano', 'alto', 'tenor'][i % 3])})")};

CREATE SCHEMA perth_hospice;
CREATE TABLE perth_hospice.residents (id int PRIMARY KEY, full_name text, medicare text, church text,
    resus_status text, dva_file_number text, room text);
INSERT INTO perth_hospice.residents VALUES {_rows(lambda i: f"({i}, {_q(_AU[i % 4])}, "
    f"{_q(f'{2123456701 + i * 97}')}, {_q(['Anglican', 'Uniting', 'Catholic', 'none'][i % 4])}, "
    f"{_q(['full resus', 'not for resus'][i % 2])}, {_q(f'WX{20000 + i * 13}')}, {_q(f'B{i % 12}')})")};
CREATE TABLE perth_hospice.parishes (id int PRIMARY KEY, church text, suburb text);
INSERT INTO perth_hospice.parishes VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['St Mary', 'Wesley', 'St George'][i % 3])}, {_q(['Subiaco', 'Fremantle', 'Joondalup'][i % 3])})")};

CREATE SCHEMA hobart_diabetes;
CREATE TABLE hobart_diabetes.readings (id int PRIMARY KEY, patient_id int, blood_glucose numeric(4,1),
    death_cause text, meter_serial text);
INSERT INTO hobart_diabetes.readings VALUES {_rows(lambda i: f"({i}, {i % 9}, {4 + (i % 90) / 10}, "
    f"{_q(['', 'myocardial infarction'][i % 2])}, {_q(f'GM{i * 31:06d}')})")};

CREATE SCHEMA pune_payroll;
CREATE TABLE pune_payroll.employee_contacts (id int PRIMARY KEY, emergency_name text, dependent_name text,
    perm_pincode text, current_pincode text, grade text);
INSERT INTO pune_payroll.employee_contacts VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Sunita Kulkarni', 'Rahul Deshpande', 'Meera Joshi'][i % 3])}, {_q(['Aarav', 'Isha', 'Kabir'][i % 3])}, "
    f"{_q(f'{411001 + i % 40}')}, {_q(f'{411038 + i % 20}')}, {_q(['A1', 'B2', 'C3'][i % 3])})")};
CREATE TABLE pune_payroll.dependants (id int PRIMARY KEY, employee_id int, name text, relationship text);
INSERT INTO pune_payroll.dependants VALUES {_rows(lambda i: f"({i}, {i % 9}, "
    f"{_q(['Aarav Patil', 'Isha Patil', 'Kabir Rao'][i % 3])}, {_q(['son', 'daughter', 'spouse'][i % 3])})")};

CREATE SCHEMA abidjan_kiosque;
CREATE TABLE abidjan_kiosque.agents (id int PRIMARY KEY, nom text, mel text, code_pin_hash text, guichet int);
INSERT INTO abidjan_kiosque.agents VALUES {_rows(lambda i: f"({i}, {_q(_FR[i % 4])}, "
    f"{_q(f'agent{i}@kiosque.ci')}, {_q(f'$2b$10${i * 7919:022x}')}, {1 + i % 5})")};
CREATE TABLE abidjan_kiosque.clients_momo (id int PRIMARY KEY, numero_momo text, operateur text);
INSERT INTO abidjan_kiosque.clients_momo VALUES {_rows(lambda i: f"({i}, {_q(f'+225 07 {10 + i % 80} {20 + i % 70} {30 + i % 60}')}, "
    f"{_q(['Orange', 'MTN', 'Moov'][i % 3])})")};

CREATE SCHEMA leeds_wholesale;
CREATE TABLE leeds_wholesale.suppliers (id int PRIMARY KEY, name text, contact text, phone text, email text,
    payment_terms text);
INSERT INTO leeds_wholesale.suppliers VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Aire Valley Foods Ltd', 'Pennine Packaging', 'Wharfe Dairies'][i % 3])}, {_q(_GB[i % 4])}, "
    f"{_q(f'0113 496 {1000 + i}')}, {_q(f'sales{i}@supplier-leeds.co.uk')}, {_q(['30 days', '60 days'][i % 2])})")};
CREATE TABLE leeds_wholesale.tickets (id int PRIMARY KEY, contact text, subject text);
INSERT INTO leeds_wholesale.tickets VALUES {_rows(lambda i: f"({i}, {_q(['email', 'phone', 'post'][i % 3])}, "
    f"{_q(['late delivery', 'damaged pallet'][i % 2])})")};

CREATE SCHEMA law_society;
CREATE TABLE law_society.firms (id int PRIMARY KEY, firm_name text, address text, phone text, partners int);
INSERT INTO law_society.firms VALUES {_rows(lambda i: f"({i}, {_q(['Holt & Briggs', 'Marsh Legal'][i % 2])}, "
    f"{_q(f'{10 + i} Park Square')}, {_q(f'0113 245 {2000 + i}')}, {1 + i % 9})")};

CREATE SCHEMA web_shop;
CREATE TABLE web_shop.addresses (id int PRIMARY KEY, customer_id int, full_name text, company text, street_line1 text,
    postal_code text, phone_number text);
INSERT INTO web_shop.addresses VALUES {_rows(lambda i: f"({i}, {i % 9}, {_q(_GB[i % 4])}, "
    f"{_q(['', 'Holt & Briggs'][i % 2])}, {_q(f'{i + 3} Otley Road')}, {_q(['LS6 2AA', 'LS16 5BB'][i % 2])}, "
    f"{_q(f'07700 900{100 + i}')})")};
CREATE TABLE web_shop.business_accounts (id int PRIMARY KEY, company text, vat_number text, address text, phone text);
INSERT INTO web_shop.business_accounts VALUES {_rows(lambda i: f"({i}, {_q(['Holt & Briggs', 'Marsh Legal'][i % 2])}, "
    f"{_q(f'GB{123456789 + i}')}, {_q(f'{10 + i} Park Square')}, {_q(f'0113 245 {2000 + i}')})")};

CREATE SCHEMA izmir_otel;
CREATE TABLE izmir_otel.oturumlar (id int PRIMARY KEY, ip_adresi text, oda text);
INSERT INTO izmir_otel.oturumlar VALUES {_rows(lambda i: f"({i}, {_q(f'85.96.{i % 200}.{10 + i}')}, "
    f"{_q(f'{100 + i}')})")};

CREATE SCHEMA claims_desk;
CREATE TABLE claims_desk.claims (id int PRIMARY KEY, employee_id int, medical_insurer_name text, amount int);
INSERT INTO claims_desk.claims VALUES {_rows(lambda i: f"({i}, {i % 9}, "
    f"{_q(['Star Health', 'Niva Bupa'][i % 2])}, {1000 + i * 37})")};

CREATE SCHEMA apiario;
CREATE TABLE apiario.colmeias (id int PRIMARY KEY, mel numeric(5,1), apiario text);
INSERT INTO apiario.colmeias VALUES {_rows(lambda i: f"({i}, {(i % 40) / 2}, {_q(['Serra', 'Vale'][i % 2])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round49_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "lyon_escalade.connexions.jeton_session": "secret_token",
    "lyon_escalade.connexions.jeton_api": "secret_token",
    "lubumbashi_credit.clients.postnom": "person_name",
    "lubumbashi_credit.clients.surnom": "person_name",
    "lubumbashi_credit.clients.carte_electeur": "national_id",
    "mbandaka_chorale.bato.kombo": "person_name",
    "mbandaka_chorale.bato.adresi": "postal_address",
    "perth_hospice.residents.medicare": "national_id",
    "perth_hospice.residents.church": "religious_belief",
    "perth_hospice.residents.resus_status": "health",
    "perth_hospice.residents.dva_file_number": "national_id",
    "hobart_diabetes.readings.blood_glucose": "health",
    "hobart_diabetes.readings.death_cause": "health",
    "pune_payroll.employee_contacts.emergency_name": "person_name",
    "pune_payroll.employee_contacts.dependent_name": "person_name",
    "pune_payroll.employee_contacts.perm_pincode": "postal_address",
    "pune_payroll.employee_contacts.current_pincode": "postal_address",
    "pune_payroll.dependants.name": "person_name",
    "abidjan_kiosque.agents.mel": "email",
    "abidjan_kiosque.agents.code_pin_hash": "credentials",
    "abidjan_kiosque.clients_momo.numero_momo": "phone",
    "leeds_wholesale.suppliers.contact": "person_name",
    "web_shop.addresses.full_name": "person_name",
    "web_shop.addresses.street_line1": "postal_address",
    "web_shop.addresses.postal_code": "postal_address",
    "web_shop.addresses.phone_number": "phone",
    "izmir_otel.oturumlar.ip_adresi": "ip_address",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round49_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a count of game tokens, a climbing hall, a loan's guarantee (collateral), a district, a singer's voice, a
# room, a parish's church (no table of people), a glucose meter's serial, a grade, a relationship, a kiosk's counter,
# a mobile operator, a supplier's own phone, e-mail and terms, a ticket's preferred contact channel, a law firm's own
# address and phone, a business account's address and phone (a company, no full name), a hotel room, a medical
# insurer's name in an expense claim (in a table named `medical_claims` the table's name still reads it), a hive's
# honey (Portuguese `mel`) and its apiary.
NOT_READ = ("lyon_escalade.connexions.jetons_restants", "lyon_escalade.connexions.salle",
            "lubumbashi_credit.clients.garantie", "lubumbashi_credit.clients.quartier",
            "mbandaka_chorale.bato.mongongo", "perth_hospice.residents.room", "perth_hospice.parishes.church",
            "perth_hospice.parishes.suburb", "hobart_diabetes.readings.meter_serial",
            "pune_payroll.employee_contacts.grade", "pune_payroll.dependants.relationship",
            "abidjan_kiosque.agents.guichet", "abidjan_kiosque.clients_momo.operateur",
            "leeds_wholesale.suppliers.phone", "leeds_wholesale.suppliers.email",
            "leeds_wholesale.suppliers.payment_terms", "leeds_wholesale.tickets.contact",
            "law_society.firms.address", "law_society.firms.phone", "web_shop.business_accounts.address",
            "web_shop.business_accounts.phone", "izmir_otel.oturumlar.oda",
            "claims_desk.claims.medical_insurer_name", "apiario.colmeias.mel", "apiario.colmeias.apiario")


@pytest.mark.parametrize("sampling", [True, False])
def test_round49_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 49 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "secret_token": ("jeton", "jeton_session", "jeton_de_session", "session_jeton", "jeton_api", "api_jeton",
                     "jeton_acces", "jeton_connexion", "jeton_authentification"),
    "person_name": ("surnom", "postnom", "post_nom", "dependent_name", "dependant_name", "emergency_name",
                    "kombo_ya_libota"),
    "health": ("death_cause", "resus_status", "resus_order", "not_for_resus", "blood_glucose", "blood_glucose_level",
               "blood_sugar", "blood_sugar_level", "code_ald", "affection_longue_duree", "affection_de_longue_duree",
               "avis_medecin", "avis_du_medecin", "avis_medecin_conseil"),
    "national_id": ("dva_file", "dva_file_number", "dva_file_no", "dva_number", "carte_electeur", "carte_d_electeur",
                    "carte_electorale"),
    "postal_address": ("perm_pincode", "permanent_pincode", "current_pincode", "present_pincode", "perm_pin_code",
                       "current_pin_code", "adresi"),
    "credentials": ("code_pin", "code_pin_hash"),
    "phone": ("momo_numero", "numero_momo"),
    "ip_address": ("ip_adresi",),
}
# Read only in a table of people (weak): a church, a Medicare number, a French `mél`, a Lingala name (`kombo`, as
# `nkombo`); the guarantor is weak anywhere.
IN_PEOPLE = {"church": "religious_belief", "medicare": "national_id", "mel": "email", "kombo": "person_name"}
# A medical insurer, a church, Medicare and `mel` outside a table of people, a guarantee, `resus` alone, `dva` alone,
# a `nick`, a `contact` outside an organisation's record, an opinion, a doctor, a card, a voter, a code alone: not read
# (a bare `pincode` stays a PIN, below).
NOT_WORDS = ("medical_insurer", "medical_insurer_name", "health_insurer", "church", "medicare", "mel", "kombo",
             "garantie", "resus", "dva", "nick", "contact", "avis", "medecin", "carte", "electeur", "ald")


def _hint(column: str, table: str = "signups"):
    return names.hint_for(column, "text", None, table, None)


def test_round49_words():
    got = {c: (h.category if (h := _hint(c)) else None) for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
    people = {c: _hint(c, "members") for c in IN_PEOPLE}
    assert {c: (h.category, h.strength) for c, h in people.items() if h} == {
        c: (cat, "weak") for c, cat in IN_PEOPLE.items()}
    garant = _hint("garant")
    assert garant is not None and (garant.category, garant.strength) == ("person_name", "weak")
    assert _hint("pincode").category == "credentials"       # a bare PIN code stays a credential
