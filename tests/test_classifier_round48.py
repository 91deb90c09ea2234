"""Round 48's rules (docs/classifier.md, "Round 48"), on tables written for these tests in applications and places the
forty-sixth blind part does not use (a Rabat microcredit firm's loans and a Casablanca insurer's members; a Lyon web
service's sessions; a Papeete clinic's stays; a Toulouse patient transport firm's trips; an Antsirabe farmers'
cooperative, in Malagasy; an Uppsala library's staff, in Swedish; a Ghent factory's sick leave; a Nantes care home's
caregivers; a CRM's contacts), not on that part's names or values. The `not read` assertions guard the narrowing: an
Italian bank's CIN (a check letter), a Czech vehicle inspection's defects (`vady`), a fairground's token counts and
prices (`jetons`), a data centre's CIM classes, a fleet's accident type; with sampling, a weather station's
observation and an Italian payroll's CIN."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_MA = ["Youssef Benjelloun", "Khadija Alaoui", "Omar Tazi", "Salma Berrada"]
_FR = ["Mathilde Garrigues", "Bastien Fourcade", "Ophélie Sabatier", "Thibault Cazeneuve"]
_MG = ["Hery Rakotondrabe", "Voahangy Razanamalala", "Tojo Andrianaivo", "Lalao Ravelojaona"]

SCHEMA = f"""
CREATE SCHEMA rabat_credit;
CREATE TABLE rabat_credit.dossiers_pret (id int PRIMARY KEY, garant_nom text, nom_garant text, montant numeric);
INSERT INTO rabat_credit.dossiers_pret VALUES {_rows(lambda i: f"({i}, {_q(_MA[i % 4])}, {_q(_MA[(i + 1) % 4])}, "
    f"{5000 + i * 250})")};

CREATE SCHEMA casa_assur;
CREATE TABLE casa_assur.adherents (id int PRIMARY KEY, cin text, ville text);
INSERT INTO casa_assur.adherents VALUES {_rows(lambda i: f"({i}, {_q(f'BK{200000 + i * 4111}')}, "
    f"{_q(['Casablanca', 'Mohammedia', 'Settat'][i % 3])})")};

CREATE SCHEMA lyon_api;
CREATE TABLE lyon_api.sessions (id int PRIMARY KEY, jeton text, jeton_api text, duree int);
INSERT INTO lyon_api.sessions VALUES {_rows(lambda i: f"({i}, {_q(f'j{i * 7919:012x}Zq{i * 31:04x}')}, "
    f"{_q(f'ak_{i * 104729:016x}')}, {30 + i % 60})")};

CREATE SCHEMA papeete_clinique;
CREATE TABLE papeete_clinique.sejours (id int PRIMARY KEY, cim10 text, code_cim text, chambre text);
INSERT INTO papeete_clinique.sejours VALUES {_rows(lambda i: f"({i}, {_q(['E11.9', 'I10', 'J45.9', 'K35.8'][i % 4])}, "
    f"{_q(['A09', 'N39.0', 'R50.9'][i % 3])}, {_q(f'B{100 + i}')})")};

CREATE SCHEMA toulouse_transport;
CREATE TABLE toulouse_transport.trajets (id int PRIMARY KEY, accompagnant text, valide_par text, doc_accompagnant text,
    vehicule text);
COMMENT ON COLUMN toulouse_transport.trajets.doc_accompagnant IS 'passport number of the accompanying adult';
INSERT INTO toulouse_transport.trajets VALUES {_rows(lambda i: f"({i}, {_q(_FR[i % 4])}, {_q(_FR[(i + 2) % 4])}, "
    f"{_q(f'{17 + i % 5}FR{40213 + i * 7}')}, {_q(['VSL 3', 'Ambulance 7', 'Taxi 12'][i % 3])})")};

CREATE SCHEMA antsirabe_koop;
CREATE TABLE antsirabe_koop.mpamboly (id int PRIMARY KEY, vady text, cin_vady text, foko text, tanimbary text);
INSERT INTO antsirabe_koop.mpamboly VALUES {_rows(lambda i: f"({i}, {_q(_MG[i % 4])}, "
    f"{_q(f'{110 + i % 3}{201000000 + i * 1999}')}, {_q(['Betsileo', 'Merina', 'Antaisaka'][i % 3])}, "
    f"{_q(['Vinaninkarena', 'Betafo', 'Ambano'][i % 3])})")};

CREATE SCHEMA uppsala_bibliotek;
CREATE TABLE uppsala_bibliotek.anstallda (id int PRIMARY KEY, pinkod text, tjanstetelefon text, fodd date,
    anteckningar text, avdelning text);
INSERT INTO uppsala_bibliotek.anstallda VALUES {_rows(lambda i: f"({i}, {_q(f'$2b$10${i * 7919:022x}')}, "
    f"{_q(f'018-47{10000 + i * 13}')}, DATE '1970-01-01' + {i * 397}, "
    f"{_q(['Sjukskriven vecka 12, åter efter påsk', 'Vill gå ner i tid till 80 %', 'Ny nyckel utlämnad'][i % 3])}, "
    f"{_q(['Carolina Rediviva', 'Ekonomikum', 'Blåsenhus'][i % 3])})")};

CREATE SCHEMA gent_fabriek;
CREATE TABLE gent_fabriek.sick_leave (id int PRIMARY KEY, work_accident boolean, shift int);
INSERT INTO gent_fabriek.sick_leave VALUES {_rows(lambda i: f"({i}, {'true' if i % 5 == 0 else 'false'}, {i % 3})")};

CREATE SCHEMA nantes_ehpad;
CREATE TABLE nantes_ehpad.soignants (id int PRIMARY KEY, nom text, etage int);
INSERT INTO nantes_ehpad.soignants VALUES {_rows(lambda i: f"({i}, {_q(_FR[i % 4])}, {i % 4})")};

CREATE SCHEMA crm_contacts;
CREATE TABLE crm_contacts.accounts (id int PRIMARY KEY, contact_numbers text, segment text);
INSERT INTO crm_contacts.accounts VALUES {_rows(lambda i: f"({i}, {_q(f'+44 7700 9{i:05d}')}, "
    f"{_q(['retail', 'wholesale'][i % 2])})")};

CREATE SCHEMA milano_banca;
CREATE TABLE milano_banca.conti_correnti (id int PRIMARY KEY, abi text, cab text, cin text, conto text);
INSERT INTO milano_banca.conti_correnti VALUES {_rows(lambda i: f"({i}, '03069', {_q(f'{1600 + i:05d}')}, "
    f"{_q('ABCDEFGHIJKLMNOPRSTUVWXY'[i % 24])}, {_q(f'{100000000000 + i * 7919:012d}')})")};

CREATE SCHEMA torino_paghe;
CREATE TABLE torino_paghe.dipendenti (id int PRIMARY KEY, cognome text, cab text, cin text);
INSERT INTO torino_paghe.dipendenti VALUES {_rows(lambda i: f"({i}, {_q(['Rossi', 'Bianchi', 'Ferrero'][i % 3])}, "
    f"{_q(f'{1600 + i:05d}')}, {_q('ABCDEFGHIJKLMNOPRSTUVWXY'[i % 24])})")};

CREATE SCHEMA brno_stk;
CREATE TABLE brno_stk.prohlidky (id int PRIMARY KEY, spz text, vady text);
INSERT INTO brno_stk.prohlidky VALUES {_rows(lambda i: f"({i}, {_q(f'6B{i % 9} {1000 + i}')}, "
    f"{_q(['koroze prahů', 'brzdy nerovnoměrné', 'bez závad'][i % 3])})")};

CREATE SCHEMA fete_foraine;
CREATE TABLE fete_foraine.manege (id int PRIMARY KEY, nb_jetons int, prix_jeton numeric, nom_manege text);
INSERT INTO fete_foraine.manege VALUES {_rows(lambda i: f"({i}, {10 + i}, {2 + i % 3}.5, "
    f"{_q(['Autos tamponneuses', 'Grande roue', 'Chenille'][i % 3])})")};

CREATE SCHEMA dc_inventory;
CREATE TABLE dc_inventory.assets (id int PRIMARY KEY, cim_class text, rack text);
INSERT INTO dc_inventory.assets VALUES {_rows(lambda i: f"({i}, {_q(['CIM_ComputerSystem', 'CIM_Chassis'][i % 2])}, "
    f"{_q(f'R{i % 12}')})")};

CREATE SCHEMA bordeaux_meteo;
CREATE TABLE bordeaux_meteo.releves (id int PRIMARY KEY, observation text, temperature numeric);
INSERT INTO bordeaux_meteo.releves VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['ciel couvert', 'pluie faible', 'brouillard', 'ensoleillé'][i % 4])}, {8 + i % 15}.5)")};

CREATE SCHEMA fleet_ops;
CREATE TABLE fleet_ops.vehicles (id int PRIMARY KEY, accident_type text, depot text);
INSERT INTO fleet_ops.vehicles VALUES {_rows(lambda i: f"({i}, {_q(['rear-end', 'scrape', 'none'][i % 3])}, "
    f"{_q(['North', 'South'][i % 2])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round48_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "rabat_credit.dossiers_pret.garant_nom": "person_name",
    "rabat_credit.dossiers_pret.nom_garant": "person_name",
    "casa_assur.adherents.cin": "national_id",
    "lyon_api.sessions.jeton": "secret_token",
    "lyon_api.sessions.jeton_api": "secret_token",
    "papeete_clinique.sejours.cim10": "health",
    "papeete_clinique.sejours.code_cim": "health",
    "toulouse_transport.trajets.accompagnant": "person_name",
    "toulouse_transport.trajets.valide_par": "person_name",
    "toulouse_transport.trajets.doc_accompagnant": "national_id",
    "antsirabe_koop.mpamboly.vady": "person_name",
    "antsirabe_koop.mpamboly.cin_vady": "national_id",
    "antsirabe_koop.mpamboly.foko": "ethnic_origin",
    "uppsala_bibliotek.anstallda.pinkod": "credentials",
    "uppsala_bibliotek.anstallda.tjanstetelefon": "phone",
    "uppsala_bibliotek.anstallda.fodd": "birth_date",
    "uppsala_bibliotek.anstallda.anteckningar": "free_text_may_contain_pii",
    "gent_fabriek.sick_leave.work_accident": "health",
    "nantes_ehpad.soignants.nom": "person_name",
    "crm_contacts.accounts.contact_numbers": "phone",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round48_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: an Italian bank account's CIN (a check letter, in a table of accounts), a Czech inspection's defects
# (`vady`, not a table of people), a fairground's count and price of tokens, a data centre's CIM class, a fleet's
# accident type, and the other columns beside the rules' (a town, a duration, a room, a vehicle, a rice field, a
# department, a shift, a floor, a segment, a licence plate, a ride's name, a rack, a depot).
NOT_READ = ("milano_banca.conti_correnti.cin", "brno_stk.prohlidky.vady", "fete_foraine.manege.nb_jetons",
            "fete_foraine.manege.prix_jeton", "dc_inventory.assets.cim_class", "fleet_ops.vehicles.accident_type",
            "casa_assur.adherents.ville", "lyon_api.sessions.duree", "papeete_clinique.sejours.chambre",
            "toulouse_transport.trajets.vehicule", "antsirabe_koop.mpamboly.tanimbary",
            "uppsala_bibliotek.anstallda.avdelning", "gent_fabriek.sick_leave.shift", "nantes_ehpad.soignants.etage",
            "crm_contacts.accounts.segment", "brno_stk.prohlidky.spz", "fete_foraine.manege.nom_manege",
            "dc_inventory.assets.rack", "fleet_ops.vehicles.depot", "bordeaux_meteo.releves.temperature")
# With sampling only: a weather station's observation (`ciel couvert`) does not read as free text, nor an Italian
# payroll's CIN (a bank check letter, in a table of employees) as a national id; by name alone both are read (known
# risks, docs/classifier.md "Round 48").
SAMPLED_ONLY = ("bordeaux_meteo.releves.observation", "torino_paghe.dipendenti.cin")


@pytest.mark.parametrize("sampling", [True, False])
def test_round48_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ + (SAMPLED_ONLY if sampling else ()) if c in found] == []


# Every word round 48 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "secret_token": ("jeton", "jeton_api", "jeton_acces", "jeton_session"),
    "health": ("cim10", "cim_10", "code_cim", "cim11", "work_accident", "workplace_accident", "occupational_accident",
               "accident_du_travail", "arbetsolycka", "arbetsskada"),
    "person_name": ("nom_garant", "garant_nom", "nom_accompagnant", "accompagnante_nom"),
    "credentials": ("pinkod", "pinkoden"),
    "phone": ("tjanstetelefon", "tjanstemobil", "contact_numbers"),
    "birth_date": ("fodd",),
    "ethnic_origin": ("foko",),
    "free_text_may_contain_pii": ("observation", "observations", "anteckning", "anteckningar"),
}
# Read as weak (a person named by the role).
ROLES = ("garant", "garante", "accompagnant", "accompagnante", "valide_par", "validee_par")
# In a table of people only: the CIN, a Malagasy spouse (alone); not read in `signups`, nor a bare `cim` or `accident`,
# nor a spouse's word after another (`vady_vozidla`, Czech: a vehicle's defects).
CONTEXT_ONLY = ("cin", "numero_cin", "vady")
NOT_WORDS = ("cim", "accident", "vady_vozidla", "nb_jetons")


def test_round48_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + CONTEXT_ONLY + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(CONTEXT_ONLY + NOT_WORDS)
    roles = {c: names.hint_for(c, "text", None, "signups", None) for c in ROLES}
    assert {c: (h.category, h.strength) for c, h in roles.items() if h} == dict.fromkeys(ROLES, ("person_name", "weak"))
    people = {c: (h.category if (h := names.hint_for(c, "text", None, "members", None)) else None)
              for c in CONTEXT_ONLY}
    assert people == {"cin": "national_id", "numero_cin": "national_id", "vady": "person_name"}
    # the role's e-mail or phone stays an e-mail or a phone
    assert names.hint_for("email_garant", "text", None, "signups", None).category == "email"
    assert names.hint_for("telephone_accompagnant", "text", None, "signups", None).category == "phone"
