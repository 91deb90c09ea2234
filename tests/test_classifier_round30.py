"""Round 30's rules (docs/classifier.md, "Round 30"), on tables written for these tests in applications the
twenty-eighth blind part does not use (a mail server's accounts and presence list, pilots' fitness examinations),
not on that part's names or values. The `not read` assertions guard the narrowing: an integration's server key, XMPP
addresses; a medical opinion (`parecer_medico`) stays health."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q
from .helpers import token_text


_NAMES = ["Aroha Ngata", "Bruno Teixeira", "Mele Tupou", "Sione Fifita"]
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _token(i: int, n: int = 28) -> str:
    return token_text(i, n, _B64)


SCHEMA = f"""
CREATE SCHEMA mailsrv;
CREATE TABLE mailsrv.users (login text PRIMARY KEY, display_name text, stored_key text, server_key text,
    iterations int);
INSERT INTO mailsrv.users VALUES {_rows(lambda i: f"({_q(f'user{i}')}, {_q(_NAMES[i % 4])}, {_q(_token(i))}, "
    f"{_q(_token(i + 5))}, 4096)")};
CREATE TABLE mailsrv.integrations (id int PRIMARY KEY, provider text, server_key text);
INSERT INTO mailsrv.integrations VALUES {_rows(lambda i: f"({i}, 'push', {_q(_token(i + 11, 40))})")};
CREATE TABLE mailsrv.presence (id int PRIMARY KEY, jid text, peer_jid text, status text);
INSERT INTO mailsrv.presence VALUES {_rows(lambda i: f"({i}, {_q(f'user{i}@chat.example.org')}, "
    f"{_q(f'user{i + 1}@chat.example.org/phone')}, 'away')")};

CREATE SCHEMA pilotos;
CREATE TABLE pilotos.pilotos (id int PRIMARY KEY, nome text);
INSERT INTO pilotos.pilotos VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])})")};
CREATE TABLE pilotos.exame_aptidao (id int PRIMARY KEY, piloto_id int REFERENCES pilotos.pilotos,
    acuidade_visual text, daltonismo boolean, tensao_arterial text, pressao_arterial text, medico_nome text,
    medico text, parecer_medico text);
INSERT INTO pilotos.exame_aptidao VALUES {_rows(lambda i: f"({i}, {i}, {_q(['10/10', '8/10'][i % 2])}, "
    f"{'true' if i % 9 == 0 else 'false'}, {_q(f'{110 + i}/{70 + i % 20}')}, {_q(f'{120 + i}/{75 + i % 15}')}, "
    f"{_q(_NAMES[i % 4])}, {_q('Dra. ' + _NAMES[(i + 2) % 4])}, "
    f"{_q(['Apto', 'Apto com restrições', 'Inapto temporário'][i % 3])})")};
"""

# Read with and without sampling (`display_name` and `parecer_medico` are context: a medical opinion stays health).
NAMED = {
    "mailsrv.users.display_name": "person_name",
    "mailsrv.users.stored_key": "credentials",            # SCRAM's StoredKey (RFC 5802), in a table of people
    "mailsrv.users.server_key": "credentials",            # and its ServerKey
    "pilotos.exame_aptidao.acuidade_visual": "health",    # visual acuity
    "pilotos.exame_aptidao.daltonismo": "health",         # colour blindness
    "pilotos.exame_aptidao.medico_nome": "person_name",   # the doctor's name, not a health fact
    "pilotos.exame_aptidao.medico": "person_name",
    "pilotos.exame_aptidao.parecer_medico": "health",     # a medical opinion stays health
}
# Read without sampling by these rules (with sampling the values, blood pressure readings, already say so).
NAMES_ONLY = {"pilotos.exame_aptidao.tensao_arterial": "health",    # blood pressure
              "pilotos.exame_aptidao.pressao_arterial": "health"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round30_rules", SCHEMA) as db:
        yield db


@pytest.mark.parametrize("sampling", [True, False])
def test_round30_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | ({} if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# An integration's server key is no person's credential; XMPP addresses are no e-mail addresses.
NOT_READ = ("mailsrv.integrations.server_key", "mailsrv.presence.jid", "mailsrv.presence.peer_jid")


@pytest.mark.parametrize("sampling", [True, False])
def test_round30_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
