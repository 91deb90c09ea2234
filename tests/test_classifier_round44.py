"""Round 44's rules (docs/classifier.md, "Round 44"), on tables written for these tests in applications and countries
the forty-second blind part does not use (an American Samoan rugby club's players; a Kazan dental clinic's
patients, payments and partners, in Russian; a Cork parking app's permits; an Omani camel-racing registry, in Arabic;
a Chilean federation of cooperatives), not on that part's names or values. The `not read` assertions guard the
narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_FIRST = ["Siaosi", "Malia", "Tupe", "Fetu"]
_FAMILY = ["Fuimaono", "Tauiliili", "Soliai", "Amituanai"]
_RU = ["Гарипов Рустам Ильдарович", "Сафина Алсу Маратовна", "Петров Игорь Сергеевич", "Хабибуллина Дина Рамилевна"]

SCHEMA = f"""
CREATE SCHEMA pago_lakapi;
CREATE TABLE pago_lakapi.tagata_taaalo (id int PRIMARY KEY, igoa_muamua text, igoa_kaiga text, aho_fanau date,
    ekalesia text, nuu text);
INSERT INTO pago_lakapi.tagata_taaalo VALUES {_rows(lambda i: f"({i}, {_q(_FIRST[i % 4])}, "
    f"{_q(_FAMILY[(i // 4) % 4])}, date '1998-01-01' + {i * 41}, "
    f"{_q(['EFKAS', 'Katoliko', 'Metotisi', 'LDS'][i % 4])}, {_q(['Nuuuli', 'Leone', 'Fagatogo'][i % 3])})")};

CREATE SCHEMA kazan_stomat;
CREATE TABLE kazan_stomat.карты (id int PRIMARY KEY, пациент_id int, противопоказания text, кабинет int);
INSERT INTO kazan_stomat.карты VALUES {_rows(lambda i: f"({i}, {700 + i}, "
    f"{_q(['аллергия на лидокаин', 'беременность', 'гемофилия', 'нет'][i % 4])}, {1 + i % 5})")};
CREATE TABLE kazan_stomat.платежи (id int PRIMARY KEY, плательщик text, сумма numeric(9,2));
INSERT INTO kazan_stomat.платежи VALUES {_rows(lambda i: f"({i}, {_q(_RU[i % 4])}, {1500 + i * 250})")};
CREATE TABLE kazan_stomat.лаборатории (id int PRIMARY KEY, название text, api_ключ text);
INSERT INTO kazan_stomat.лаборатории VALUES {_rows(lambda i: f"({i}, {_q(f'Лаборатория {i}')}, "
    f"{_q(f'{(i * 2654435761) % (1 << 32):08x}{(i * 40503) % 65536:04x}')})")};

CREATE SCHEMA cork_parking;
CREATE TABLE cork_parking.permits (id int PRIMARY KEY, payer text, payer_id int, zone text);
INSERT INTO cork_parking.permits VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Aoife Murphy', 'Cian O Sullivan', 'Niamh Walsh', 'Darragh Byrne'][i % 4])}, {900 + i}, "
    f"{_q(['Zone A', 'Zone B', 'Blackrock'][i % 3])})")};

CREATE SCHEMA muscat_hujun;
CREATE TABLE muscat_hujun.الملاك (id int PRIMARY KEY, القبيلة text, الولاية text);
INSERT INTO muscat_hujun.الملاك VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['البوسعيدي', 'الحارثي', 'المعولي', 'الكندي'][i % 4])}, {_q(['صحار', 'نزوى', 'صور'][i % 3])})")};

CREATE SCHEMA chile_coop;
CREATE TABLE chile_coop.cooperativas (id int PRIMARY KEY, razon_social text, presidente text, comuna text);
INSERT INTO chile_coop.cooperativas VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Coop. Lechera Sur', 'Coop. Pesquera Quellón', 'Coop. Agrícola Ñuble', 'Coop. Vitivinícola Maule'][i % 4])}"
    f" || ' {i}', {_q(['Marcela Troncoso', 'Juan Carlos Fuentealba', 'Rosa Huenchumilla', 'Pedro Saavedra'][i % 4])}, "
    f"{_q(['Osorno', 'Quellón', 'Chillán'][i % 3])})")};
CREATE TABLE chile_coop.votaciones (id int PRIMARY KEY, presidente int, tesorero int);
INSERT INTO chile_coop.votaciones VALUES {_rows(lambda i: f"({i}, {10 + i % 40}, {5 + i % 30})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round44_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "pago_lakapi.tagata_taaalo.igoa_muamua": "person_name",
    "pago_lakapi.tagata_taaalo.igoa_kaiga": "person_name",
    "pago_lakapi.tagata_taaalo.aho_fanau": "birth_date",
    "pago_lakapi.tagata_taaalo.ekalesia": "religious_belief",
    "kazan_stomat.карты.противопоказания": "health",
    "kazan_stomat.платежи.плательщик": "person_name",
    "muscat_hujun.الملاك.القبيلة": "ethnic_origin",
    "chile_coop.cooperativas.presidente": "person_name",
}
# Read without sampling (with sampling the values decide).
NAMED_BY_NAME = {
    "kazan_stomat.лаборатории.api_ключ": "secret_token",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round44_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    want = NAMED if sampling else NAMED | NAMED_BY_NAME
    assert {k: v for k, v in found.items() if k in want} == want


# Not read: a village, a surgery's room, an amount, an English payer (an organisation as often as a person) and its
# key, a parking zone, a governorate, a municipality,
# and a count of votes for a president (in a table that is no organisation's).
NOT_READ = ("pago_lakapi.tagata_taaalo.nuu", "kazan_stomat.карты.кабинет", "kazan_stomat.платежи.сумма",
            "cork_parking.permits.payer",
            "cork_parking.permits.payer_id", "cork_parking.permits.zone", "muscat_hujun.الملاك.الولاية",
            "chile_coop.cooperativas.comuna", "chile_coop.votaciones.presidente", "chile_coop.votaciones.tesorero")


@pytest.mark.parametrize("sampling", [True, False])
def test_round44_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 44 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "person_name": ("igoa_muamua", "igoa_kaiga", "igoa_kaaiga", "плательщик"),
    "birth_date": ("aho_fanau", "aso_fanau"),
    "religious_belief": ("ekalehia", "ekalesia"),
    "ethnic_origin": ("قبيلة", "القبيلة"),
    "secret_token": ("api_ключ", "ключ_api"),
    "health": ("противопоказания", "противопоказание", "contraindications", "contraindication"),
}
# A president is no name by itself (only in an organisation's record); an English payer is not read.
NOT_WORDS = ("presidente", "payer", "payer_id")


def test_round44_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
