"""Round 24's rules (docs/classifier.md, "Round 24"), on tables written for these tests in applications the
twenty-second blind part does not use (a password manager's vault of another make, a CalDAV server's events, a
mobile wallet's key store and its users' KDF settings, an Italian clinic's care pathways), not on that part's names
or values. The `not read` assertions guard the narrowing: a wallet's public key (random-looking, no secret), an
e-mail column named for a user's uid, the clinic's `iter_diagnostico` (a care pathway, not an iteration count)."""
from __future__ import annotations

import base64
import random

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_R = random.Random(24)


def _b64(n: int) -> str:
    return base64.b64encode(bytes(_R.getrandbits(8) for _ in range(n))).decode()


_MAIL = ["ana.kovac@posteo.de", "t.nakamura@fastmail.jp", "ravi.menon@proton.me", "lise.berg@online.no"]
SCHEMA = f"""
CREATE SCHEMA keeper;
CREATE TABLE keeper.accounts (id int PRIMARY KEY, email text, user_key text, passphrase_iter integer, public_key text);
INSERT INTO keeper.accounts VALUES {_rows(lambda i: f"({i}, {_q(_MAIL[i % 4].replace('@', f'{i}@'))}, "
    f"{_q(f'2.{_b64(16)}|{_b64(64)}|{_b64(32)}')}, {[310000, 600000][i % 2]}, {_q(_b64(294))})")};
CREATE TABLE keeper.org_members (id int PRIMARY KEY, account_id int REFERENCES keeper.accounts, akey text);
INSERT INTO keeper.org_members VALUES {_rows(lambda i: f"({i}, {i}, {_q('4.' + _b64(256))})")};

CREATE SCHEMA caldav;
CREATE TABLE caldav.events (id int PRIMARY KEY, summary text, ical_uid text, organizer_uid text);
INSERT INTO caldav.events VALUES {_rows(lambda i: f"({i}, {_q(f'Sprint review {i}')}, "
    f"{_q(f'{_b64(12).replace(chr(47), chr(120)).replace(chr(43), chr(121))}@caldav.example.org')}, "
    f"{_q(_MAIL[i % 4].replace('@', f'{i}@'))})")};

CREATE SCHEMA clinica;
CREATE TABLE clinica.pazienti (id int PRIMARY KEY, nome text, iter_diagnostico text);
INSERT INTO clinica.pazienti VALUES {_rows(lambda i: f"({i}, {_q(['Giulia Bianchi', 'Marco Rossi'][i % 2])}, "
    f"{_q(['Sospetta celiachia: EGDS', 'Ipertensione: holter pressorio'][i % 2])})")};
"""

# What names read alone: e-mail and person's names, the clinic's care pathway (the `iter` veto keeps health), and a
# uid column holding e-mail addresses stays an e-mail column.
NAMED = {"keeper.accounts.email": "email", "clinica.pazienti.nome": "person_name",
         "clinica.pazienti.iter_diagnostico": "health"}
# With sampling: the wrapped keys (Bitwarden EncStrings under `key`/`akey`) are secrets; the iCalendar UID is no
# e-mail, the organiser's uid holding addresses is; the public key and the KDF iteration count (`passphrase_iter`)
# are read as nothing.
SAMPLED = {"keeper.accounts.user_key": "secret_token", "keeper.org_members.akey": "secret_token",
           "caldav.events.organizer_uid": "email"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round24_rules", SCHEMA) as db:
        yield db


def test_round24_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | SAMPLED


def test_round24_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
