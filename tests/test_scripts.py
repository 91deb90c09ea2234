"""Names in Cyrillic and Greek letters (scripts.py): romanised before they are split, so a 1C-style staff register
or a Greek clinic's table named in its own letters is read as its transliterated names are. Tables written for
this test (a Yekaterinburg firm's staff, a Lviv clinic, a Thessaloniki pharmacy's customers)."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names, scripts

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


@pytest.mark.parametrize("name,latin", [
    ("Фамилия", "Familiya"), ("ДатаРождения", "DataRozhdeniya"), ("ВРАЧ", "VRACH"), ("Жанна", "Zhanna"),
    ("ЩИТ", "SHCHIT"), ("Прізвище", "Prizvyshche"), ("Қала", "Qala"), ("επώνυμο", "eponymo"),
    ("ΟΝΟΜΑ", "ONOMA"), ("customer_name", "customer_name"), ("straße", "straße"),
])
def test_romanised(name, latin):
    assert scripts.romanised(name) == latin


def test_capitals_keep_their_words_apart():
    assert names.tokens("ДатаРождения") == ("data", "rozhdeniya")
    assert names.tokens("НОМЕР_ПАСПОРТА") == ("nomer", "pasporta")
    assert names.tokens("ημερομηνία_γέννησης") == ("imerominia", "gennisis")


_RU = ["Петров", "Сидорова", "Ким", "Абрамов"]
_RU_FIRST = ["Олег", "Анна", "Виктор", "Мария"]
_GR = ["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Οικονόμου"]

SCHEMA = f"""
CREATE SCHEMA "Екатеринбург";
CREATE TABLE "Екатеринбург"."Сотрудники" (id int PRIMARY KEY, "Фамилия" text, "Имя" text, "Отчество" text,
    "ДатаРождения" date, "Телефон" text, "Адрес" text, "Город" text, "Должность" text, "КодОтдела" int);
INSERT INTO "Екатеринбург"."Сотрудники" VALUES {_rows(lambda i: f"({i}, {_q(_RU[i % 4])}, {_q(_RU_FIRST[i % 4])}, "
    f"'Иванович', '198{i % 10}-0{1 + i % 9}-1{i % 10}', '+7 912 {100 + i} 22 {10 + i}', "
    f"{_q(f'ул. Ленина, {i}')}, 'Екатеринбург', 'инженер', {i % 5})")};
CREATE SCHEMA "Львів";
CREATE TABLE "Львів"."пацієнти" (id int PRIMARY KEY, "прізвище" text, "діагноз" text, "палата" int);
INSERT INTO "Львів"."пацієнти" VALUES {_rows(lambda i: f"({i}, {_q(_RU[i % 4])}, 'J06.9', {i % 12})")};
CREATE SCHEMA thessaloniki;
CREATE TABLE thessaloniki."πελάτες" (id int PRIMARY KEY, "επώνυμο" text, "τηλέφωνο" text, "διεύθυνση" text,
    "ποσότητα" int);
INSERT INTO thessaloniki."πελάτες" VALUES {_rows(lambda i: f"({i}, {_q(_GR[i % 4])}, '+30 2310 {100000 + i}', "
    f"{_q(f'Εγνατίας {i}')}, {i % 7})")};
"""

READ = {
    "Екатеринбург.Сотрудники.Фамилия": "person_name", "Екатеринбург.Сотрудники.Имя": "person_name",
    "Екатеринбург.Сотрудники.Отчество": "person_name", "Екатеринбург.Сотрудники.ДатаРождения": "birth_date",
    "Екатеринбург.Сотрудники.Телефон": "phone", "Екатеринбург.Сотрудники.Адрес": "postal_address",
    "Львів.пацієнти.діагноз": "health",
    "thessaloniki.πελάτες.επώνυμο": "person_name", "thessaloniki.πελάτες.τηλέφωνο": "phone",
    "thessaloniki.πελάτες.διεύθυνση": "postal_address",
}
NOT_READ = ["Екатеринбург.Сотрудники.Город", "Екатеринбург.Сотрудники.Должность", "Екатеринбург.Сотрудники.КодОтдела",
            "Львів.пацієнти.палата", "thessaloniki.πελάτες.ποσότητα"]


@pytest.fixture(scope="module")
def scripts_db(pg15):
    with analysed_database(pg15, "scripts_names", SCHEMA) as db:
        yield db


def test_names_in_cyrillic_and_greek_letters_are_read(scripts_db):
    """By name alone: without romanising, every one of these names folded to nothing and said nothing."""
    got = classified(scripts_db, sampling=False)
    assert {k: got.get(k) for k in READ} == READ
    assert [k for k in NOT_READ if k in got] == []


def test_sampling_reads_such_tables_too(scripts_db):
    """The sampler quotes the names it reads (psycopg.sql), so a table named in Cyrillic or Greek letters is sampled
    like any other, and its values agree with its names."""
    got = classified(scripts_db, sampling=True)
    assert {k: got.get(k) for k in READ} == READ
    assert [k for k in NOT_READ if k in got] == []


def test_other_scripts_keep_their_words():
    """Arabic, Hebrew, Devanagari and Thai letters are kept (before, accent folding dropped them), and Latin accents
    still come off as before."""
    assert names.tokens("تاريخ_الميلاد") == ("تاريخ", "الميلاد")
    assert names.tokens("שם_משפחה") == ("שם", "משפחה")
    assert names.tokens("जन्म_तिथि") == ("जन्म", "तिथि")
    assert names.tokens("fechaNacimiento") == ("fecha", "nacimiento")
    assert names.tokens("płeć_pacjenta") == ("plec", "pacjenta")
    assert names.tokens("Nº") == names.tokens("No")


def test_runs_without_spaces_are_cut_into_known_words():
    known = frozenset({"氏名", "患者", "電話番号"})
    assert scripts.segmented("患者氏名", known) == ("患者", "氏名")
    assert scripts.segmented("顧客電話番号", known) == ("顧", "客", "電話番号")
    assert scripts.parts("患者氏名_abc", known) == ["患者", "氏名", "abc"]
    assert scripts.parts("patient患者", known) == ["patient", "患者"]


def test_thai_lao_khmer_and_myanmar_runs_are_cut_too():
    """Scripts of mainland Southeast Asia write no spaces between words either: a customer's address or a patient's
    birth date is one run of letters, cut into the words the vocabulary knows like a run of Han."""
    assert names.tokens("ที่อยู่ลูกค้า") == ("ที่อยู่", "ลูกค้า")          # address, customer
    assert names.tokens("วันเกิดผู้ป่วย") == ("วันเกิด", "ผู้ป่วย")        # birth date, patient
    assert names.tokens("เบอร์โทร_ลูกค้า") == ("เบอร์โทร", "ลูกค้า")      # phone, customer (a separator still splits)
    assert names.tokens("ชื่อผู้ป่วย") == ("ชื่อผู้ป่วย",)                 # a whole known word stays whole
    assert scripts.segmented("ឈ្មោះអតិថិជន", frozenset({"ឈ្មោះ"}))[0] == "ឈ្មោះ"   # Khmer: a name, then the rest
    assert scripts.is_unspaced("ລ") and scripts.is_unspaced("က") and not scripts.is_unspaced("a")
    assert not scripts.has_cjk("ที่อยู่")          # length rules for short words stay those of Latin letters
    hint = names.hint_for("ที่อยู่ลูกค้า", "text", None, "ลูกค้า", None)     # None before: one unknown word
    assert hint is not None and hint.category == "postal_address"


def test_world_terms_take_words_in_their_own_script():
    from auditor.analysis.classify import world_terms
    got = world_terms.parse('[ja]\nfull_name = ["氏名"]\n[ar]\nbirth_date = ["تاريخ_الميلاد"]\n', "t.toml")
    assert got == {"ja": {"full_name": ["氏名"]}, "ar": {"birth_date": ["تاريخ الميلاد"]}}
    with pytest.raises(ValueError, match="too short"):
        world_terms.parse('[ja]\nname = ["名"]\n', "t.toml")
