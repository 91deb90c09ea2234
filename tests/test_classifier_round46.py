"""Round 46's rules (docs/classifier.md, "Round 46"), on tables written for these tests in applications and countries
the forty-fourth blind part does not use (a Ceadîr-Lunga (Gagauzia) library's readers, in Gagauz; a Bursa hiking
club's members, in Turkish; a Xojeli (Karakalpakstan) microfinance office's clients, staff and branches, in
Karakalpak; a Kazan clinic's prescriptions and staff, in Russian; a Jacmel (Haiti) youth association's members,
sponsors and suppliers, in Haitian creole; a Kisumu clinic's text messages and visits, in English), not on that
part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names
from auditor.analysis.classify.entity import ORG_TABLES

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_GAG = ["Todur Kara", "Marina Dobra", "Ivan Topal", "Olga Çakır"]
_GIVEN = ["Todur", "Marina", "Ivan", "Olga", "Petri", "Stepan"]
_TR = ["Hakan", "Elif", "Murat", "Selin", "Burak", "Derya"]
_KAA = ["Bazarbay Qojaniyazov", "Gulnara Tursinbaeva", "Ayimxan Seytmuratova", "Jalgas Kdirbaev"]
_KAA_GIVEN = ["Bazarbay", "Gulnara", "Ayimxan", "Jalgas", "Perdebay", "Roza"]
_RU = ["Иванов Пётр Сергеевич", "Сафина Алсу Ринатовна", "Гарипов Рустам Ильдарович", "Орлова Анна Павловна"]
_HT = ["Jean-Robert Pierre", "Mirlande Joseph", "Wilner Augustin", "Nadège Louis"]

SCHEMA = f"""
CREATE SCHEMA ceadir_kitaphane;
CREATE TABLE ceadir_kitaphane.azalar (id int PRIMARY KEY, adı text, bobasının_adı text, duuma_günü date,
    idnp char(13), poçta_kodu text, kiyat_sayısı int);
INSERT INTO ceadir_kitaphane.azalar VALUES {_rows(lambda i: f"({i}, {_q(_GIVEN[i % 6])}, {_q(_GIVEN[(i + 2) % 6])}, "
    f"date '1961-04-02' + {i * 211}, {_q(f'{2002000000000 + i * 104729}')}, {_q(f'MD-{3800 + i % 9}')}, {i % 12})")};

CREATE SCHEMA bursa_doga;
CREATE TABLE bursa_doga.uyeler (id int PRIMARY KEY, babasının_adı text, doğum_günü date, rozet text);
INSERT INTO bursa_doga.uyeler VALUES {_rows(lambda i: f"({i}, {_q(_TR[i % 6])}, date '1980-01-09' + {i * 173}, "
    f"{_q(['zirve', 'vadi', 'orman'][i % 3])})")};

CREATE SCHEMA xojeli_mikro;
CREATE TABLE xojeli_mikro.klientler (id int PRIMARY KEY, fio text, tuwılǵan_kúni date, kredit_summa numeric(12,2));
INSERT INTO xojeli_mikro.klientler VALUES {_rows(lambda i: f"({i}, {_q(_KAA[i % 4])}, date '1970-06-11' + {i * 301}, "
    f"{1000000 + i * 250000})")};
CREATE TABLE xojeli_mikro.xizmetkerler (id int PRIMARY KEY, atı text, ákesiniń_atı text, tuwılǵan_sáne date,
    lawazım text);
INSERT INTO xojeli_mikro.xizmetkerler VALUES {_rows(lambda i: f"({i}, {_q(_KAA_GIVEN[i % 6])}, "
    f"{_q(_KAA_GIVEN[(i + 3) % 6])}, date '1985-02-20' + {i * 97}, {_q(['kassir', 'kredit ofitser'][i % 2])})")};
CREATE TABLE xojeli_mikro.filiallar (id int PRIMARY KEY, manzil text, telefon text, menejer_fio text);
INSERT INTO xojeli_mikro.filiallar VALUES {_rows(lambda i: f"({i}, {_q(f'Xojeli, Dosliq guzari {i}')}, "
    f"{_q(f'+998 61 {300 + i} {10 + i % 80:02d} {20 + i % 70:02d}')}, {_q(_KAA[i % 4])})")};

CREATE SCHEMA kazan_klinika;
CREATE TABLE kazan_klinika.рецепты (id int PRIMARY KEY, пациент_id int, дозировка text, аптека text);
INSERT INTO kazan_klinika.рецепты VALUES {_rows(lambda i: f"({i}, {200 + i}, "
    f"{_q(['по 1 таблетке 2 раза в день', '5 мл 3 раза в день', '500 мг на ночь'][i % 3])}, "
    f"{_q(['Аптека №3', 'Аптека №12'][i % 2])})")};
CREATE TABLE kazan_klinika.сотрудники (id int PRIMARY KEY, фио text, профсоюз_взнос numeric(8,2), оклад numeric(9,2));
INSERT INTO kazan_klinika.сотрудники VALUES {_rows(lambda i: f"({i}, {_q(_RU[i % 4])}, {150 + i % 40}, "
    f"{42000 + i * 900})")};
CREATE TABLE kazan_klinika.работники (id int PRIMARY KEY, invalidlik_guruhi text, smena int);
INSERT INTO kazan_klinika.работники VALUES {_rows(lambda i: f"({i}, {_q(['II', 'III', 'yoq'][i % 3])}, {i % 3})")};

CREATE SCHEMA jakmel_jen;
CREATE TABLE jakmel_jen.manm (id int PRIMARY KEY, kontak_ijans text, katye text);
INSERT INTO jakmel_jen.manm VALUES {_rows(lambda i: f"({i}, {_q(_HT[i % 4])}, "
    f"{_q(['Bel Air', 'Lafond', 'Bas Cayes'][i % 3])})")};
CREATE TABLE jakmel_jen.sponsors (id int PRIMARY KEY, moun_kontak text, selil_moun_kontak text, lajan int);
INSERT INTO jakmel_jen.sponsors VALUES {_rows(lambda i: f"({i}, {_q(_HT[(i + 1) % 4])}, "
    f"{_q(f'+509 3{i % 10}{40 + i % 50:02d} {1000 + i * 37}')}, {500 + i * 25})")};
CREATE TABLE jakmel_jen.suppliers (id int PRIMARY KEY, adrès text, moun_kontak text, potab_kontak text);
INSERT INTO jakmel_jen.suppliers VALUES {_rows(lambda i: f"({i}, {_q(f'{10 + i} Ri Sainte-Anne, Jakmèl')}, "
    f"{_q(_HT[(i + 2) % 4])}, {_q(f'+509 4{i % 10}{20 + i % 60:02d} {2000 + i * 41}')})")};

CREATE SCHEMA kisumu_clinic;
CREATE TABLE kisumu_clinic.sms_outbox (id int PRIMARY KEY, to_number text, status text);
INSERT INTO kisumu_clinic.sms_outbox VALUES {_rows(lambda i: f"({i}, {_q(f'+254 7{i % 10}{10 + i:02d} {200000 + i * 331}')}, "
    f"{_q(['sent', 'queued', 'failed'][i % 3])})")};
CREATE TABLE kisumu_clinic.medical_visits (id int PRIMARY KEY, reason text, room text);
INSERT INTO kisumu_clinic.medical_visits VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['malaria follow-up', 'persistent cough', 'antenatal check', 'wound dressing'][i % 4])}, "
    f"{_q(['A1', 'A2', 'B1'][i % 3])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round46_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "ceadir_kitaphane.azalar.adı": "person_name",
    "ceadir_kitaphane.azalar.bobasının_adı": "person_name",
    "ceadir_kitaphane.azalar.duuma_günü": "birth_date",
    "ceadir_kitaphane.azalar.idnp": "national_id",
    "ceadir_kitaphane.azalar.poçta_kodu": "postal_address",
    "bursa_doga.uyeler.babasının_adı": "person_name",
    "bursa_doga.uyeler.doğum_günü": "birth_date",
    "xojeli_mikro.klientler.fio": "person_name",
    "xojeli_mikro.klientler.tuwılǵan_kúni": "birth_date",
    "xojeli_mikro.xizmetkerler.atı": "person_name",
    "xojeli_mikro.xizmetkerler.ákesiniń_atı": "person_name",
    "xojeli_mikro.xizmetkerler.tuwılǵan_sáne": "birth_date",
    "xojeli_mikro.filiallar.menejer_fio": "person_name",
    "kazan_klinika.рецепты.дозировка": "health",
    "kazan_klinika.сотрудники.профсоюз_взнос": "trade_union",
    "kazan_klinika.работники.invalidlik_guruhi": "health",
    "jakmel_jen.manm.kontak_ijans": "person_name",
    "jakmel_jen.sponsors.moun_kontak": "person_name",
    "jakmel_jen.sponsors.selil_moun_kontak": "phone",
    "jakmel_jen.suppliers.moun_kontak": "person_name",
    "jakmel_jen.suppliers.potab_kontak": "phone",
    "kisumu_clinic.sms_outbox.to_number": "phone",
    "kisumu_clinic.medical_visits.reason": "health",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round46_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a count of books, a hiking badge, a loan's amount, a job title, a branch's own address and phone (an
# organisation's), a pharmacy, a salary, a shift, a neighbourhood, a sponsor's amount, a supplier's own address, a message's status, a room.
NOT_READ = ("ceadir_kitaphane.azalar.kiyat_sayısı", "bursa_doga.uyeler.rozet", "xojeli_mikro.klientler.kredit_summa",
            "xojeli_mikro.xizmetkerler.lawazım", "xojeli_mikro.filiallar.manzil", "xojeli_mikro.filiallar.telefon",
            "kazan_klinika.рецепты.аптека", "kazan_klinika.сотрудники.оклад", "kazan_klinika.работники.smena",
            "jakmel_jen.manm.katye", "jakmel_jen.sponsors.lajan", "jakmel_jen.suppliers.adrès", "kisumu_clinic.sms_outbox.status",
            "kisumu_clinic.medical_visits.room")


@pytest.mark.parametrize("sampling", [True, False])
def test_round46_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 46 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "birth_date": ("duuma_günü", "doğum_günü", "tuwılǵan_kúni", "tuwılǵan_sáne"),
    "postal_address": ("poçta_kodu",),
    "person_name": ("bobasının_adı", "babasının_adı", "ákesiniń_atı", "anasınıń_atı", "menejer_fio",
                    "менеджер_фио", "shipaker_fio", "doktor", "moun_kontak", "kontak_ijans"),
    "national_id": ("idnp",),
    "health": ("invalidlik",),
    "trade_union": ("профсоюзный_взнос", "profsoyuz_vznos"),
    "phone": ("to_number", "selil", "selil_moun_kontak"),
}
# Names only in a table of people (`atı`, `adı`) or of health (a dosage, a reason): not read in `signups`; a manager,
# an accountant and the person responsible alone are roles, not columns of a name.
NOT_WORDS = ("atı", "adı", "дозировка", "reason", "rezon", "menejer", "buxgalter", "sorumlu", "kontak")


def test_round46_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# The tables: people (Gagauz and Turkish members, Karakalpak clients and staff), health (prescriptions, a clinic) and
# organisations (branches, firms, suppliers).
def test_round46_tables():
    assert [names.table_context(t) for t in ("azalar", "klientler", "xizmetkerler", "retseptler", "рецепты",
                                             "vizit_klinik")] == [(True, False)] * 3 + [(False, True)] * 3
    assert {"filiallar", "subeler", "firmalar", "jetkiziwshiler"} <= ORG_TABLES
