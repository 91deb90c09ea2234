"""Round 32's rules (docs/classifier.md, "Round 32"), on tables written for these tests in applications the
thirtieth blind part does not use (an Andorran bookshop's loyalty members, a Catalan co-operative's market stalls,
a football league's clubs, a property manager's mail threads), not on that part's names or values. The `not read`
assertions guard the narrowing."""
from __future__ import annotations

import json

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


_FIRST = ["Pere", "Montserrat", "Jordi", "Núria"]
_LAST = ["Vilanova i Pujol", "Casals Riba", "Ferrer Soler", "Puig Camps"]
_MAILS = ["pere.vilanova@correu.ad", "montse.casals@andorra.ad", "jordi.ferrer@mail.ad", "nuria.puig@correu.ad"]


SCHEMA = f"""
CREATE SCHEMA llibreria;
CREATE TABLE llibreria.clients (id int PRIMARY KEY, nom text, cognoms text, data_naixement date, adreca text,
    codi_postal text, correu_electronic text, nrt text, num_cass text);
INSERT INTO llibreria.clients VALUES {_rows(lambda i: f"({i}, {_q(_FIRST[i % 4])}, {_q(_LAST[i % 4])}, "
    f"'{1960 + i % 40}-0{1 + i % 9}-1{i % 10}', {_q(f'Carrer Major {i + 1}, 2n')}, {_q(f'AD{100 + (i % 7) * 100}')}, "
    f"{_q(_MAILS[i % 4])}, {_q(f'F{100000 + i * 37}{chr(65 + i % 26)}')}, {_q(str(300000 + i * 53))})")};
CREATE TABLE llibreria.cass_nodes (id int PRIMARY KEY, cass text, nrt text);
INSERT INTO llibreria.cass_nodes VALUES {_rows(lambda i: f"({i}, {_q(f'node-{i}')}, {_q(str(i * 3))})")};

CREATE SCHEMA mercat;
CREATE TABLE mercat.comercos (id int PRIMARY KEY, nom text, adreca text, telefon text, correu text);
INSERT INTO mercat.comercos VALUES {_rows(lambda i: f"({i}, {_q(f'Fruites Casals {i}')}, "
    f"{_q(f'Plaça del Mercat {i + 1}')}, {_q(f'+376 8{i:05d}')}, {_q(f'botiga{i}@mercat.example')})")};

CREATE SCHEMA league;
CREATE TABLE league.clubs (id int PRIMARY KEY, club_name text, club_email text, club_phone text, coach_phone text);
INSERT INTO league.clubs VALUES {_rows(lambda i: f"({i}, {_q(f'FC Riverside {i}')}, "
    f"{_q(f'office{i}@fcriverside.example')}, {_q(f'+44 20 7946 {i:04d}')}, {_q(f'+44 7700 9{i:05d}')})")};

CREATE SCHEMA lettings;
CREATE TABLE lettings.mail_threads (id int PRIMARY KEY, subject text, cc text, bcc text);
INSERT INTO lettings.mail_threads VALUES {_rows(lambda i: f"({i}, 'Boiler repair', "
    f"{_q(json.dumps([_MAILS[i % 4]])) if i % 4 == 0 else 'NULL'}, {_q(json.dumps(_MAILS[:1 + i % 3]))})")};
CREATE TABLE lettings.ledger (id int PRIMARY KEY, cc text, amount numeric);
INSERT INTO lettings.ledger VALUES {_rows(lambda i: f"({i}, {_q(f'CC{100 + i % 9}')}, {i * 10})")};
"""

@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round32_rules", SCHEMA) as db:
        yield db


# Read with and without sampling (`nom` is context).
NAMED = {
    "llibreria.clients.cognoms": "person_name",              # Catalan surnames
    "llibreria.clients.data_naixement": "birth_date",        # Catalan date of birth
    "llibreria.clients.codi_postal": "postal_address",       # Catalan postcode
    "llibreria.clients.nrt": "national_id",                  # Andorra's NRT, in a table of people
    "llibreria.clients.num_cass": "national_id",             # Andorra's CASS number, in a table of people
    "lettings.mail_threads.cc": "email",                     # a message's copy addresses, not a card
    "lettings.mail_threads.bcc": "email",
}
# Read without sampling by these rules (with sampling their values, a street and e-mail addresses, read them).
NAMES_ONLY = {"llibreria.clients.adreca": "postal_address", "llibreria.clients.correu_electronic": "email"}


@pytest.mark.parametrize("sampling", [True, False])
def test_round32_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | ({} if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# A club's own contact columns are the club's, not the table: its coach's phone stays personal.
@pytest.mark.parametrize("sampling", [True, False])
def test_round32_club_people_kept(cluster_db, sampling):
    assert classified(cluster_db, sampling).get("league.clubs.coach_phone") == "phone"


# A shop's (comerç) own address, phone and e-mail and a club's own e-mail and phone are an organisation's; `cass`
# and `nrt` outside a table of people are no national id; a ledger's cost centre `cc` is no e-mail.
NOT_READ = ("llibreria.cass_nodes.cass", "llibreria.cass_nodes.nrt", "mercat.comercos.adreca",
            "mercat.comercos.telefon", "mercat.comercos.correu", "league.clubs.club_email", "league.clubs.club_phone")


@pytest.mark.parametrize("sampling", [True, False])
def test_round32_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
    assert found.get("lettings.ledger.cc") != "email"
