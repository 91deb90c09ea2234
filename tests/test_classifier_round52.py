"""Round 52's words (docs/classifier.md, "Round 52"), on tables written for these tests in applications and places
the fiftieth blind part does not use (a Sneek physiotherapy practice's patients and staff, and a cheese list, in West
Frisian; a Bastia port's workers and boats, in Corsican; a Nuoro choir's members and songs, in Sardinian), not on
that part's names or values.
The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_FY = ["Hylkema", "de Boer", "Wijbenga", "Sikkema"]
_CO = ["Santoni", "Casanova", "Filippi", "Paoli"]
_SC = ["Maria Piras", "Giuanne Mele", "Antonia Sanna", "Bustianu Porcu"]

SCHEMA = f"""
CREATE SCHEMA snits_fysio;
CREATE TABLE snits_fysio.pasjinten (id int PRIMARY KEY, efternamme text, diagnoaze text, libbensbeskôging text,
    behanneling_oantal int);
INSERT INTO snits_fysio.pasjinten VALUES {_rows(lambda i: f"({i}, {_q(_FY[i % 4])}, "
    f"{_q(['hernia', 'frozen shoulder', 'artrose knibbel', 'tennisearm'][i % 4])}, "
    f"{_q(['protestantsk', 'roomsk', 'gjin'][i % 3])}, {3 + i % 9})")};
CREATE TABLE snits_fysio.meiwurkers (id int PRIMARY KEY, efternamme text, fakbûn text, oeren int);
INSERT INTO snits_fysio.meiwurkers VALUES {_rows(lambda i: f"({i}, {_q(_FY[(i + 1) % 4])}, "
    f"{_q(['FNV', 'CNV', 'gjin'][i % 3])}, {16 + i % 24})")};
CREATE TABLE snits_fysio.klinten (id int PRIMARY KEY, namme text, postkoade text);
INSERT INTO snits_fysio.klinten VALUES {_rows(lambda i: f"({i}, {_q('Sjoukje ' + _FY[i % 4])}, "
    f"{_q(f'86{i % 10}{(i + 3) % 10} A{chr(66 + i % 20)}')})")};
CREATE TABLE snits_fysio.leveransiers (id int PRIMARY KEY, bedriuw text, kontaktpersoan text, postkoade text);
INSERT INTO snits_fysio.leveransiers VALUES {_rows(lambda i: f"({i}, {_q(['Enraf', 'Fysiomed', 'Sanas'][i % 3])}, "
    f"{_q('Wytze ' + _FY[(i + 2) % 4])}, {_q(f'84{i % 10}{(i + 5) % 10} K{chr(66 + i % 20)}')})")};
CREATE TABLE snits_fysio.tsizen (id int PRIMARY KEY, namme text, komôf text, priis numeric(6,2));
INSERT INTO snits_fysio.tsizen VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Fryske nagelkaas', 'Goudse', 'Leidse'][i % 3])}, {_q(['Fryslân', 'Grinslân', 'Drinte'][i % 3])}, "
    f"{4 + i % 7})")};

CREATE SCHEMA bastia_portu;
CREATE TABLE bastia_portu.impiegati (id int PRIMARY KEY, cugnome text, nome_cumpletu text, sindicatu text,
    codice_pustale text, postu text);
INSERT INTO bastia_portu.impiegati VALUES {_rows(lambda i: f"({i}, {_q(_CO[i % 4])}, "
    f"{_q('Ghjuvan Battista ' + _CO[(i + 1) % 4])}, {_q(['STC', 'CGT', 'nisunu'][i % 3])}, "
    f"{_q(['20200', '20600', '20290'][i % 3])}, {_q(['gruista', 'amarratore', 'guardianu'][i % 3])})")};
CREATE TABLE bastia_portu.agenzie (id int PRIMARY KEY, ragione text, codice_pustale text);
INSERT INTO bastia_portu.agenzie VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Corsica Linea', 'Moby', 'La Méridionale'][i % 3])}, "
    f"{_q(['20200', '20000', '13002'][i % 3])})")};
CREATE TABLE bastia_portu.battelli (id int PRIMARY KEY, nome text, lunghezza numeric(6,2));
INSERT INTO bastia_portu.battelli VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Pascal Paoli', 'Monte d Oro', 'Kalliste'][i % 3])}, {20 + i % 150})")};

CREATE SCHEMA nuoro_coru;
CREATE TABLE nuoro_coru.sòcios (id int PRIMARY KEY, nùmene text, nùmene_cumpletu text, certificadu_penale text,
    boghe text);
INSERT INTO nuoro_coru.sòcios VALUES {_rows(lambda i: f"({i}, {_q(_SC[i % 4].split()[0])}, {_q(_SC[i % 4])}, "
    f"{_q(['presentadu', 'in abetu'][i % 2])}, {_q(['bassu', 'contra', 'boghe', 'mesu boghe'][i % 4])})")};
CREATE TABLE nuoro_coru.cantzones (id int PRIMARY KEY, nùmene text, annu int);
INSERT INTO nuoro_coru.cantzones VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['No potho reposare', 'Non ti fides', 'Deus ti salvet Maria'][i % 3])}, {1900 + i % 120})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round52_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "snits_fysio.pasjinten.efternamme": "person_name",
    "snits_fysio.pasjinten.diagnoaze": "health",
    "snits_fysio.pasjinten.libbensbeskôging": "religious_belief",
    "snits_fysio.meiwurkers.efternamme": "person_name",
    "snits_fysio.meiwurkers.fakbûn": "trade_union",
    "bastia_portu.impiegati.sindicatu": "trade_union",
    "bastia_portu.impiegati.nome_cumpletu": "person_name",
    "bastia_portu.impiegati.codice_pustale": "postal_address",
    "snits_fysio.klinten.namme": "person_name",
    "snits_fysio.klinten.postkoade": "postal_address",
    "snits_fysio.leveransiers.kontaktpersoan": "person_name",
    "nuoro_coru.sòcios.nùmene_cumpletu": "person_name",
    "nuoro_coru.sòcios.nùmene": "person_name",
    "nuoro_coru.sòcios.certificadu_penale": "criminal_record",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round52_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a cheese's name and where it comes from (Frisian `komôf`, "origin", also a person's descent: not added),
# a supplier's postcode and a shipping agency's (a postcode outside a table of people), a supplier's firm, a boat's
# name (Corsican `nome` outside a table of people), a song's name (Sardinian `nùmene` outside a table of people), a
# singer's voice part, a worker's post, counts and prices.
NOT_READ = ("snits_fysio.tsizen.namme", "snits_fysio.tsizen.komôf", "snits_fysio.tsizen.priis",
            "snits_fysio.pasjinten.behanneling_oantal", "snits_fysio.meiwurkers.oeren",
            "snits_fysio.leveransiers.postkoade", "snits_fysio.leveransiers.bedriuw",
            "bastia_portu.agenzie.codice_pustale", "bastia_portu.battelli.nome", "bastia_portu.battelli.lunghezza",
            "bastia_portu.impiegati.postu", "nuoro_coru.cantzones.nùmene", "nuoro_coru.cantzones.annu",
            "nuoro_coru.sòcios.boghe")


@pytest.mark.parametrize("sampling", [True, False])
def test_round52_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 52 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "person_name": ("efternamme", "kontaktpersoan", "nome_cumpletu", "nùmene_cumpletu"),
    "health": ("diagnoaze",),
    "religious_belief": ("libbensbeskôging",),
    "trade_union": ("fakbûn", "fakbûn_lid", "sindicatu"),
    "criminal_record": ("certificadu_penale",),
}
# Sardinian `nùmene` (a name, as `nomene`) is read only in a table of people, weak. Frisian `komôf` (origin), a bare
# `penale` and `certificadu` (any certificate), a name alone, Sardinian `naschida` (birth, also in `logu de naschida`,
# a birthplace: not added), a postcode outside a table of people: not read.
NOT_WORDS = ("nùmene", "komôf", "certificadu", "penale", "namme", "naschida", "logu_naschida", "postkoade",
             "codice_pustale")


def _hint(column: str, table: str = "signups"):
    return names.hint_for(column, "text", None, table, None)


def test_round52_words():
    got = {c: (h.category if (h := _hint(c)) else None) for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
    for table in ("sòcios", "membros", "malados"):
        hint = _hint("nùmene", table)
        assert hint is not None and (hint.category, hint.strength) == ("person_name", "weak"), table
    assert _hint("nùmene", "cantzones") is None
    for word, table in (("postkoade", "klinten"), ("postkoade", "learlingen"), ("codice_pustale", "impiegati")):
        hint = _hint(word, table)   # a postcode in a table of people, as Norwegian `postnr` (CONTEXT)
        assert hint is not None and (hint.category, hint.strength) == ("postal_address", "weak"), word
