"""Round 47's rules (docs/classifier.md, "Round 47"), on tables written for these tests in applications and countries
the forty-fifth blind part does not use (a Kochi (Kerala) school's pupils; a Halifax (Nova Scotia) offshore supply
firm's crew injuries; a web shop's logins; an airport's border kiosk; a Lusaka juvenile court; Kakuma refugee camp's
registrations; a Bilbao cooperative's workers, in Basque; a Cardiff choir's members and their standing orders, in
Welsh; a Kampala police station's officers), not on that part's names or values. The `not read` assertions guard the
narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_CY = ["Gwenllian Pritchard", "Iolo Vaughan", "Mererid Hopwood", "Dafydd Bowen"]
_UG = ["Okello Moses", "Namutebi Sarah", "Kato Ivan", "Achieng Ruth"]
_FR = ["Bernadette Soubirous-Laborde", "Jean-Marc Duplantier", "Odile Casteran", "Pierre Lacaze"]
_IT = ["Chiara Moser", "Matteo Dallapiccola", "Giulia Zanon", "Stefano Pedrotti"]

SCHEMA = f"""
CREATE SCHEMA kochi_school;
CREATE TABLE kochi_school.pupils (id int PRIMARY KEY, disability_type text, home_pin_code text, house text);
INSERT INTO kochi_school.pupils VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['hearing impairment', 'low vision', 'autism', 'locomotor'][i % 4])}, {_q(f'{682001 + i % 40}')}, "
    f"{_q(['Blue', 'Green', 'Red'][i % 3])})")};

CREATE SCHEMA halifax_supply;
CREATE TABLE halifax_supply.injury_reports (id int PRIMARY KEY, medevac boolean, days_unfit int, shift int);
INSERT INTO halifax_supply.injury_reports VALUES {_rows(lambda i: f"({i}, {'true' if i % 6 == 0 else 'false'}, "
    f"{i % 30}, {1 + i % 3})")};

CREATE SCHEMA shop_login;
CREATE TABLE shop_login.accounts (id int PRIMARY KEY, password_reset_code text, totp_seed text, reset_count int);
INSERT INTO shop_login.accounts VALUES {_rows(lambda i: f"({i}, {_q(f'rc{i * 7919:08x}q')}, "
    f"{_q(f'JBSWY3DP{i * 104729:08X}')}, {i % 4})")};

CREATE SCHEMA yyt_kiosk;
CREATE TABLE yyt_kiosk.enrolments (id int PRIMARY KEY, face_tmpl bytea, kiosk_no int);
INSERT INTO yyt_kiosk.enrolments VALUES {_rows(lambda i: f"({i}, decode(md5('{i}') || md5('x{i}'), 'hex'), "
    f"{1 + i % 8})")};

CREATE SCHEMA lusaka_juvenile;
CREATE TABLE lusaka_juvenile.hearings (id int PRIMARY KEY, court_outcome text, in_conflict_with_law boolean,
    hearing_room text);
INSERT INTO lusaka_juvenile.hearings VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['diverted', 'probation order', 'acquitted', 'reformatory'][i % 4])}, {'true' if i % 3 else 'false'}, "
    f"{_q(['Room 1', 'Room 2'][i % 2])})")};

CREATE SCHEMA kakuma_reg;
CREATE TABLE kakuma_reg.households (id int PRIMARY KEY, unhcr_number text, camp_block text);
INSERT INTO kakuma_reg.households VALUES {_rows(lambda i: f"({i}, {_q(f'KAK-{20150000 + i * 37}')}, "
    f"{_q(['Kakuma 1', 'Kakuma 3', 'Kalobeyei'][i % 3])})")};

CREATE SCHEMA bilbo_koop;
CREATE TABLE bilbo_koop.bazkideak (id int PRIMARY KEY, gizarte_segurantzako_zenbakia text, lantokia text);
INSERT INTO bilbo_koop.bazkideak VALUES {_rows(lambda i: f"({i}, {_q(f'48{10000000 + i * 4099}')}, "
    f"{_q(['Zorrotza', 'Deusto', 'Basauri'][i % 3])})")};

CREATE SCHEMA caerdydd_cor;
CREATE TABLE caerdydd_cor.archebion_sefydlog (id int PRIMARY KEY, enw_deiliad text, rhif_cyfrif text, cod_post text,
    ffon_cartref text, llais text);
INSERT INTO caerdydd_cor.archebion_sefydlog VALUES {_rows(lambda i: f"({i}, {_q(_CY[i % 4])}, "
    f"{_q(f'{31000000 + i * 7919}')}, {_q(['CF10 3AT', 'CF11 9LJ', 'CF14 2DY', 'CF5 1QE'][i % 4])}, "
    f"{_q(f'029 20{100000 + i * 37}')}, {_q(['soprano', 'alto', 'tenor', 'bas'][i % 4])})")};

CREATE SCHEMA lourdes_pelerinage;
CREATE TABLE lourdes_pelerinage.groupes (id int PRIMARY KEY, accompagnateur text, telephone_accompagnateur text,
    diocese text);
INSERT INTO lourdes_pelerinage.groupes VALUES {_rows(lambda i: f"({i}, {_q(_FR[i % 4])}, "
    f"{_q(f'+33 6 {10 + i % 80} {20 + i % 70} {30 + i % 60} {40 + i % 50}')}, "
    f"{_q(['Tarbes', 'Bayonne', 'Pau'][i % 3])})")};

CREATE SCHEMA trento_scout;
CREATE TABLE trento_scout.reparti (id int PRIMARY KEY, capogruppo text, email_capogruppo text, sede text);
INSERT INTO trento_scout.reparti VALUES {_rows(lambda i: f"({i}, {_q(_IT[i % 4])}, "
    f"{_q(f'capo{i}@agesci-trento.it')}, {_q(['Povo', 'Gardolo', 'Mattarello'][i % 3])})")};

CREATE SCHEMA kochi_school_more;
CREATE TABLE kochi_school_more.guardians (id int PRIMARY KEY, office_address text, occupation text);
INSERT INTO kochi_school_more.guardians VALUES {_rows(lambda i: f"({i}, "
    f"{_q(f'{10 + i} MG Road')}, {_q(['clerk', 'engineer', 'teacher'][i % 3])})")};

CREATE SCHEMA kampala_police;
CREATE TABLE kampala_police.officers (id int PRIMARY KEY, name text, rank text);
INSERT INTO kampala_police.officers VALUES {_rows(lambda i: f"({i}, {_q(_UG[i % 4])}, "
    f"{_q(['Constable', 'Corporal', 'Sergeant'][i % 3])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round47_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "kochi_school.pupils.disability_type": "health",
    "kochi_school.pupils.home_pin_code": "postal_address",
    "halifax_supply.injury_reports.medevac": "health",
    "halifax_supply.injury_reports.days_unfit": "health",
    "shop_login.accounts.password_reset_code": "secret_token",
    "shop_login.accounts.totp_seed": "secret_token",
    "yyt_kiosk.enrolments.face_tmpl": "biometric",
    "lusaka_juvenile.hearings.court_outcome": "criminal_record",
    "lusaka_juvenile.hearings.in_conflict_with_law": "criminal_record",
    "kakuma_reg.households.unhcr_number": "national_id",
    "bilbo_koop.bazkideak.gizarte_segurantzako_zenbakia": "national_id",
    "caerdydd_cor.archebion_sefydlog.enw_deiliad": "person_name",
    "caerdydd_cor.archebion_sefydlog.rhif_cyfrif": "bank_account",
    "caerdydd_cor.archebion_sefydlog.cod_post": "postal_address",
    "caerdydd_cor.archebion_sefydlog.ffon_cartref": "phone",
    "kampala_police.officers.name": "person_name",
    "lourdes_pelerinage.groupes.accompagnateur": "person_name",
    "lourdes_pelerinage.groupes.telephone_accompagnateur": "phone",
    "trento_scout.reparti.capogruppo": "person_name",
    "trento_scout.reparti.email_capogruppo": "email",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round47_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a school house, a shift, a count of resets, a kiosk's number, a hearing room, a camp block, a workplace,
# a singer's voice, an officer's rank, a diocese, a scout group's seat, a guardian's occupation; without sampling, a
# guardian's office address (the rule reads the name: values that read as a street, `10 MG Road`, still tell one).
NOT_READ = ("kochi_school.pupils.house", "halifax_supply.injury_reports.shift", "shop_login.accounts.reset_count",
            "yyt_kiosk.enrolments.kiosk_no", "lusaka_juvenile.hearings.hearing_room", "kakuma_reg.households.camp_block",
            "bilbo_koop.bazkideak.lantokia", "caerdydd_cor.archebion_sefydlog.llais", "kampala_police.officers.rank",
            "lourdes_pelerinage.groupes.diocese", "trento_scout.reparti.sede",
            "kochi_school_more.guardians.occupation")
BY_NAME = ("kochi_school_more.guardians.office_address",)


@pytest.mark.parametrize("sampling", [True, False])
def test_round47_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ + (() if sampling else BY_NAME) if c in found] == []


# Every word round 47 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "health": ("disability_type", "tipo_disabilita", "tipo_discapacidad", "medevac", "days_unfit", "unfit_for_work"),
    "secret_token": ("reset_password_code", "password_reset_code", "totp_seed", "hotp_seed"),
    "biometric": ("face_tmpl", "facial_tmpl"),
    "criminal_record": ("court_outcome", "in_conflict_with_the_law"),
    "national_id": ("unhcr_individual_no", "unhcr_number", "unhcr_id", "gizarte_segurantza",
                    "gizarte_segurantzako_zenbakia"),
    "postal_address": ("home_pin_code", "postal_pin_code", "cod_post"),
    "person_name": ("enw_deiliad",),
    "bank_account": ("rhif_cyfrif",),
    "phone": ("ffon", "ffon_cartref"),
}
# Read as weak (a person named by the role; the role's phone or e-mail stays a phone or an e-mail).
ROLES = ("accompagnateur", "accompagnatrice", "accompagnatore", "group_leader", "branch_leader", "capogruppo")
# A type alone, a seed alone, a template abbreviated alone, a court alone, an outcome alone, a PIN code alone (a
# card's PIN), a code alone, a leader alone, an office's address: not read (or read as before).
NOT_WORDS = ("type", "seed", "tmpl", "court", "outcome", "cod", "leader", "office_address")
PIN = "pin_code"


def test_round47_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
    roles = {c: names.hint_for(c, "text", None, "signups", None) for c in ROLES}
    assert {c: (h.category, h.strength) for c, h in roles.items() if h} == dict.fromkeys(ROLES, ("person_name", "weak"))
    pin = names.hint_for(PIN, "text", None, "signups", None)
    assert pin is not None and pin.category == "credentials"
