"""Round 35's rules (docs/classifier.md, "Round 35"), on tables written for these tests in applications and countries
the thirty-third blind part does not use (a Tromsø home-care service, in Norwegian; an Odense home-care service, in
Danish; a Tórshavn care home with Faroese six-digit phone numbers; a Graz law firm, in German; a Brussels pharmacy,
in Dutch; a Dublin school library; a Penang register of a mosque's and a parish's members; a Nairobi travel agency; a
Wellington web shop), not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import clinical_event, entity, names, special

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q
from .helpers import token_text

_NO_FULL = ["Ingrid Johansen", "Ole Hansen", "Kari Nilsen", "Per Olsen"]
_DK_FULL = ["Mette Sørensen", "Jens Kristensen", "Birgitte Mortensen", "Søren Rasmussen"]
_FO_FULL = ["Jóannes Poulsen", "Guðrun Joensen", "Rúni Jacobsen", "Sigrið Dam"]
_AT_FULL = ["Katharina Huber", "Lukas Gruber", "Elisabeth Wagner", "Florian Pichler"]
_IE_FULL = ["Siobhán Murphy", "Ciarán Byrne", "Aoife Kelly", "Declan Walsh"]
_KE_FULL = ["Wanjiru Kamau", "Otieno Odhiambo", "Achieng Atieno", "Kiprono Kiptoo"]
_HEX = "0123456789abcdef"

SCHEMA = f"""
CREATE SCHEMA tromso_hjemmetjeneste;
CREATE TABLE tromso_hjemmetjeneste.brukere (id int PRIMARY KEY, fornavn text, etternavn text, hjelpemidler text,
    gjenoppliving text, nokkelkode text, merknad text);
INSERT INTO tromso_hjemmetjeneste.brukere VALUES {_rows(lambda i: f"({i}, "
    f"{_q(_NO_FULL[i % 4].split()[0])}, {_q(_NO_FULL[i % 4].split()[1])}, "
    f"{_q(['Rullator', 'Rullestol, personløfter', 'Dusjstol'][i % 3])}, {_q(['Nei', 'Ja, HLR minus'][i % 2])}, "
    f"{_q(f'{(i * 7919) % 10000:04d}')}, {_q(['Bor alene, datter ringer hver kveld', 'Redd for å falle'][i % 2])})")};
CREATE TABLE tromso_hjemmetjeneste.medisin (id int PRIMARY KEY, bruker_id int REFERENCES tromso_hjemmetjeneste.brukere,
    legemiddel text, dosering text, startdato date);
INSERT INTO tromso_hjemmetjeneste.medisin VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Paracet 500 mg', 'Albyl-E 75 mg', 'Metformin 850 mg'][i % 3])}, "
    f"{_q(['1 tablett morgen og kveld', '2 tabletter ved behov'][i % 2])}, '2024-0{1 + i % 9}-15')")};

CREATE SCHEMA odense_hjemmepleje;
CREATE TABLE odense_hjemmepleje.borgere (id int PRIMARY KEY, fulde_navn text, diagnoser text, laege text,
    ordineret_af text, bemaerkning text);
INSERT INTO odense_hjemmepleje.borgere VALUES {_rows(lambda i: f"({i}, {_q(_DK_FULL[i % 4])}, "
    f"{_q(['Diabetes type 2', 'KOL', 'Apopleksi 2022, højresidig parese'][i % 3])}, {_q(_DK_FULL[(i + 1) % 4])}, "
    f"{_q(_DK_FULL[(i + 2) % 4])}, {_q(['Hører dårligt på venstre øre', 'Ønsker kaffe før bad'][i % 2])})")};
CREATE TABLE odense_hjemmepleje.paaroerende (id int PRIMARY KEY, borger_id int REFERENCES odense_hjemmepleje.borgere,
    navn text, relation text);
INSERT INTO odense_hjemmepleje.paaroerende VALUES {_rows(lambda i: f"({i}, {i}, {_q(_DK_FULL[(i + 3) % 4])}, "
    f"{_q(['Datter', 'Søn', 'Nabo'][i % 3])})")};

CREATE SCHEMA torshavn_rokt;
CREATE TABLE torshavn_rokt.bebuarar (id int PRIMARY KEY, navn text, telefon text, mobile text);
INSERT INTO torshavn_rokt.bebuarar VALUES {_rows(lambda i: f"({i}, {_q(_FO_FULL[i % 4])}, "
    f"{_q(f'31 {10 + i:02d} {20 + i:02d}')}, {_q(f'2{i % 9} {30 + i:02d} {40 + i:02d}')})")};

CREATE SCHEMA graz_kanzlei;
CREATE TABLE graz_kanzlei.mandate (id int PRIMARY KEY, mandant text, anwalt text, aktenzeichen text);
INSERT INTO graz_kanzlei.mandate VALUES {_rows(lambda i: f"({i}, {_q(_AT_FULL[i % 4])}, "
    f"{_q(_AT_FULL[(i + 1) % 4])}, {_q(f'GZ {i}/25')})")};
CREATE TABLE graz_kanzlei.arbeitgeber (id int PRIMARY KEY, firmenname text, strasse text, plz text, telefon text);
INSERT INTO graz_kanzlei.arbeitgeber VALUES {_rows(lambda i: f"({i}, {_q(f'Steirische Bau GmbH {i}')}, "
    f"{_q(f'Industriestraße {i}')}, {_q(f'80{i % 10}0')}, {_q(f'+43 316 {400000 + i * 37}')})")};

CREATE SCHEMA brussel_apotheek;
CREATE TABLE brussel_apotheek.patienten (id int PRIMARY KEY, naam text);
INSERT INTO brussel_apotheek.patienten VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Jan Peeters', 'An Janssens', 'Wim Maes', 'Els Claes'][i % 4])})")};
CREATE TABLE brussel_apotheek.medicatie (id int PRIMARY KEY, patient_id int REFERENCES brussel_apotheek.patienten,
    geneesmiddel text);
INSERT INTO brussel_apotheek.medicatie VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Dafalgan 1 g', 'Asaflow 80 mg', 'Pantomed 20 mg'][i % 3])})")};

CREATE SCHEMA dublin_school_library;
CREATE TABLE dublin_school_library.borrowers (id int PRIMARY KEY, full_name text, class_teacher text);
INSERT INTO dublin_school_library.borrowers VALUES {_rows(lambda i: f"({i}, {_q(_IE_FULL[i % 4])}, "
    f"{_q(_IE_FULL[(i + 2) % 4])})")};
CREATE TABLE dublin_school_library.teachers (id int PRIMARY KEY, teacher_number text, subject text);
INSERT INTO dublin_school_library.teachers VALUES {_rows(lambda i: f"({i}, {_q(f'T{1000 + i}')}, "
    f"{_q(['Irish', 'Maths', 'History'][i % 3])})", 8)};

CREATE SCHEMA penang_registers;
CREATE TABLE penang_registers.members (id int PRIMARY KEY, name text, madhhab text, congregation text,
    believer_since text);
INSERT INTO penang_registers.members VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Ahmad bin Ismail', 'Siti binti Osman', 'Maria Santos', 'Jose Reyes'][i % 4])}, "
    f"{_q(['Shafii', 'Hanafi'][i % 2])}, {_q(['Masjid Kapitan Keling', 'Sto. Niño Parish'][i % 2])}, "
    f"{_q(f'{1990 + i % 30}, baptised as an adult')})")};

CREATE SCHEMA nairobi_travel;
CREATE TABLE nairobi_travel.travellers (id int PRIMARY KEY, passport_name text, passport_nationality_code text);
INSERT INTO nairobi_travel.travellers VALUES {_rows(lambda i: f"({i}, {_q(_KE_FULL[i % 4].upper())}, "
    f"{_q(['KEN', 'UGA', 'TZA'][i % 3])})")};

CREATE SCHEMA wellington_shop;
CREATE TABLE wellington_shop.customers (id int PRIMARY KEY, email text, remote_addr text, invite_hash text,
    login_hash text, registration_hash text, feed_hash text);
INSERT INTO wellington_shop.customers VALUES {_rows(lambda i: f"({i}, {_q(f'kiri{i}@xtra.co.nz')}, "
    f"{_q(f'203.97.{i}.{10 + i}')}, {_q(token_text(i, 32, _HEX))}, {_q(token_text(i + 50, 40, _HEX))}, "
    f"{_q(token_text(i + 100, 32, _HEX))}, {_q(token_text(i + 150, 32, _HEX))})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round35_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    # Norwegian home care: assistive aids, resuscitation, a remark; the medication list's medicine and dose.
    "tromso_hjemmetjeneste.brukere.hjelpemidler": "health",
    "tromso_hjemmetjeneste.brukere.gjenoppliving": "health",
    "tromso_hjemmetjeneste.brukere.merknad": "free_text_may_contain_pii",
    "tromso_hjemmetjeneste.medisin.dosering": "health",
    # Danish home care: diagnoses, the doctor, who prescribed, a remark; a next of kin's name.
    "odense_hjemmepleje.borgere.diagnoser": "health",
    "odense_hjemmepleje.borgere.laege": "person_name",
    "odense_hjemmepleje.borgere.ordineret_af": "person_name",
    "odense_hjemmepleje.borgere.bemaerkning": "free_text_may_contain_pii",
    "odense_hjemmepleje.paaroerende.navn": "person_name",
    # A pupil's class teacher; religion (a madhhab, a congregation, a believer since); the name in a passport.
    "dublin_school_library.borrowers.class_teacher": "person_name",
    "penang_registers.members.madhhab": "religious_belief",
    "penang_registers.members.congregation": "religious_belief",
    "penang_registers.members.believer_since": "religious_belief",
    "nairobi_travel.travellers.passport_name": "person_name",
    # The hashes in a web shop's links.
    "wellington_shop.customers.invite_hash": "secret_token",
    "wellington_shop.customers.login_hash": "secret_token",
    "wellington_shop.customers.registration_hash": "secret_token",
    "wellington_shop.customers.feed_hash": "secret_token",
}
# Read by these rules with sampling: Faroese six-digit phone numbers now fit a phone's column; without sampling the
# names say enough already, so only the run with values tells.
SAMPLED_ONLY = {"torshavn_rokt.bebuarar.telefon": "phone", "torshavn_rokt.bebuarar.mobile": "phone"}
# Read by these rules without sampling; with sampling the values read them anyway (a medicine's name, an IP address)
# or leave them (a four-digit code, a name the values do not prove), so only the names-only run tells.
NAMES_ONLY = {
    "tromso_hjemmetjeneste.medisin.legemiddel": "health",
    "brussel_apotheek.medicatie.geneesmiddel": "health",
    "wellington_shop.customers.remote_addr": "ip_address",
    "tromso_hjemmetjeneste.brukere.nokkelkode": "secret_token",
    "graz_kanzlei.mandate.anwalt": "person_name",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round35_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | (SAMPLED_ONLY if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: a German employer's own address and phone (an organisation), a teacher's own staff number, a passport's
# nationality code.
NOT_READ = ("graz_kanzlei.arbeitgeber.strasse", "graz_kanzlei.arbeitgeber.plz", "graz_kanzlei.arbeitgeber.telefon",
            "dublin_school_library.teachers.teacher_number", "nairobi_travel.travellers.passport_nationality_code")


@pytest.mark.parametrize("sampling", [True, False])
def test_round35_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 35 adds, as a column of an invented table of people (`paaroerende`, next of kin; `anhoriga`), by
# name alone: the hint it gives.
WORDS = {
    "health": ("hjaelpemiddel", "hjaelpemidler", "hjelpemiddel", "hjelpemidler", "hjalpmedel", "mobility_aid",
               "mobility_aids", "walking_aid", "walking_aids", "diagnoser", "genoplivning", "genoplivning_fravalgt",
               "gjenoppliving"),
    "credentials": ("key_safe_code", "keysafe_code", "key_safe", "keysafe", "KeySafeCode"),
    "secret_token": ("noeglekode", "noglekode", "noegleboks_kode", "noegleboks", "nokkelkode", "invite_hash",
                     "invitation_hash", "login_hash", "reg_hash", "registration_hash", "activation_hash",
                     "confirmation_hash", "confirm_hash", "feed_hash"),
    "person_name": ("laege", "lakare", "ordineret_af", "ordineret_laege", "prescribed_by",
                    "anwalt", "rechtsanwalt", "anwaeltin", "rechtsanwaeltin", "lawyer", "attorney", "solicitor",
                    "passport_name", "full_passport_name", "name_on_passport", "name_in_passport", "school_teacher",
                    "class_teacher", "homeroom_teacher", "form_teacher"),
    "religious_belief": ("believer", "believer_since", "believers", "congregation", "madhab", "madhhab"),
    "free_text_may_contain_pii": ("bemaerkning", "bemaerkninger", "bemerkning", "bemerkninger", "merknad",
                                  "merknader"),
    "ip_address": ("remote_addr", "remote_address", "RemoteAddr"),
}
# A teacher alone (a table of teachers' own columns), a passport's nationality and a nationality code: not read.
NOT_WORDS = ("teacher", "teacher_number", "passport_nationality", "passport_nationality_code", "nationality_code")


@pytest.mark.parametrize("table", ["paaroerende", "anhoriga"])
def test_round35_words(table):
    got = {c: (h.category if (h := names.hint_for(c, "text", None, table, None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# Next of kin are tables of people; a German employer is an organisation, whose own phone is not personal data.
def test_round35_tables():
    for table in "paaroerende parorende paarorende anhoriga anhorig".split():
        assert names.table_context(table)[0], table
    assert not entity.personal_in(entity.ORG, "phone", "telefon")
    assert "arbeitgeber" in entity.ORG_TABLES       # as Danish `arbejdsgiver`, Swedish `arbetsgivare`


# A medication list in Danish, Norwegian and Swedish is a clinical event; there, the medicine is health (its dose,
# `dosering`, was already read as one).
def test_round35_medication_list():
    for table in ("medicin", "medisin", "legemidler", "lakemedel"):
        assert table in special.CLINICAL_TABLES, table
    for column in ("praeparat", "laegemiddel", "legemiddel", "lakemedel", "geneesmiddel", "medicament"):
        h, _ = clinical_event.hint_in(entity.CLINICAL, column, "text", None, (False, True), None)
        assert h is not None and h.category == "health", column
