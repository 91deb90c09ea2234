"""Round 12's rules (docs/classifier.md, "Round 12"), on values and tables written for these tests in applications
the tenth blind part does not use (a Korean taekwondo school and its branches, a French physiotherapist's contacts,
a rugby club's injury reports, an issue tracker's accounts, a youth offending team's caseload), not on that part's
names or values."""
from __future__ import annotations

import base64
import hashlib

import pytest

from auditor.analysis.classify import crypto, names, shapes
from auditor.analysis.classify.analyse import analyse

from .helpers import analysed_database, classified
from .helpers import sql_text as _q


def test_korean_values_by_their_layout():
    assert shapes.korean_name("박서준") and shapes.korean_name("남궁민수")
    assert not shapes.korean_name("서울시") and not shapes.korean_name("강남구")         # a city, a district
    assert not shapes.korean_name("부산") and not shapes.korean_name("신한은행")          # too short; a bank
    assert not shapes.korean_name("Park Seojun") and not shapes.korean_name("박 서준")
    assert shapes.strong("010-2345-6789") == shapes.strong("010 2345 6789") == ("phone",)
    assert shapes.strong("02-555-0100") == () and shapes.strong("01023456789") == ()      # a Norwegian birth number?
    assert shapes.embedded_mobile("아버지(010-2345-6789)와 통화") is not None
    assert shapes.embedded_mobile("주문번호 2010-2345-6789") is None


def test_salted_digest_with_its_algorithm_in_braces():
    digest = base64.b64encode(hashlib.sha256(b"x").digest()).decode().rstrip("=")
    assert crypto.hash_scheme("Qw7rT2pZ" + digest + "{SHA-256}", False) == "salted-sha256"
    assert crypto.hash_scheme("Qw7rT2pZ{SHA-256}", False) is None
    facts = analyse(["어머니(010-2345-6789)와 통화, 진도 상담", "특이사항 없음", "숙제 확인", "보강 일정 안내 드림"] * 5, None)
    assert facts.embedded == 5


def test_words_fitted_to_m():
    # fitted to m_*: criminal-defence terms, Korean and Chilean abbreviations (fitted12.py)
    assert names.hint_for("pnc_number", "text", None, "", None).category == "criminal_record"
    assert names.hint_for("hp_no", "varchar", None, "", None).category == "phone"


_ROWS = 30
_KR = [s + g for s in "김이박최정" for g in ("서준", "하린", "도현", "예린", "지훈", "수빈")]
_PEOPLE = [(first, last) for last in ("Martin", "Bernard", "Dubois", "Moreau", "Laurent")
           for first in ("Emma", "Louis", "Chloé", "Hugo", "Léa", "Jules")]


def _kr_phone(i: int) -> str:
    return [f"010-{2000 + i}-{7000 + i}", f"010 {3000 + i} {6000 + i}", f"010{4000 + i}{5000 + i}"][i % 3]


def _note(i: int) -> str:
    # two notes in five are prose holding a mobile number; the rest are short entries, not prose
    return [f"어머니({_kr_phone(i)})와 통화, 승급 심사 일정 안내", "특이사항 없음", "도복 교체",
            f"아버지 연락처 변경 {_kr_phone(i + 1)} 확인함", "결석"][i % 5]


def _pw(i: int) -> str:
    digest = base64.b64encode(hashlib.sha256(f"pw{i}".encode()).digest()).decode().rstrip("=")
    return f"s{i:02d}Lt9Qz" + digest + "{SHA-256}"


SCHEMA = f"""
CREATE SCHEMA dojang;
CREATE TABLE dojang.branches (cd varchar(3) PRIMARY KEY, label text, company_name text, vat_number text);
INSERT INTO dojang.branches VALUES {", ".join(
    f"('A{i:02d}', 'Dojang {i}', 'Hanbit Taekwondo Ltd', 'KR{1000 + i}')" for i in range(1, 10))};
CREATE TABLE dojang.members (id int PRIMARY KEY, display text, contact text, branch_cd varchar(3)
       REFERENCES dojang.branches, belt text);
INSERT INTO dojang.members VALUES {", ".join(
    f"({i}, {_q(_KR[i - 1])}, '{_kr_phone(i)}', 'A0{1 + i % 9}', 'yellow')" for i in range(1, _ROWS + 1))};
CREATE TABLE dojang.member_notes (id int PRIMARY KEY, member_id int REFERENCES dojang.members, entry text);
INSERT INTO dojang.member_notes VALUES {", ".join(f"({i}, {i}, {_q(_note(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA kine;
CREATE TABLE kine.contacts (id int PRIMARY KEY, reach text);
INSERT INTO kine.contacts VALUES {", ".join(
    f"({i}, '{f'+33 6 12 34 {10 + i} {20 + i}' if i % 2 else f'06123{4000 + i}{i % 10}'}')"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA rugby;
CREATE TABLE rugby.players (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO rugby.players SELECT g, 'Hugo', 'Martin' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE rugby.injury_reports (id int PRIMARY KEY, player_id int REFERENCES rugby.players, medico text);
INSERT INTO rugby.injury_reports VALUES {", ".join(
    f"({i}, {i}, {_q(' '.join(_PEOPLE[i % 30]))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA tracker;
CREATE TABLE tracker.accounts (id int PRIMARY KEY, auth_blob text);
INSERT INTO tracker.accounts VALUES {", ".join(f"({i}, '{_pw(i)}')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA yot;
CREATE TABLE yot.young_people (id int PRIMARY KEY, first_name text, last_name text, pnc_number text,
       in_custody boolean);
INSERT INTO yot.young_people SELECT g, 'Jules', 'Moreau', '2023/00' || g || 'X', false FROM generate_series(1, {_ROWS}) g;
"""

# Names alone: the caseload's criminal data (fitted words), the players' names
NAMES = {
    "yot.young_people.first_name": "person_name", "yot.young_people.last_name": "person_name",
    "yot.young_people.pnc_number": "criminal_record", "yot.young_people.in_custody": "criminal_record",
    "rugby.players.first_name": "person_name", "rugby.players.last_name": "person_name",
}
SAMPLED = NAMES | {
    "dojang.members.display": "person_name", "dojang.members.contact": "phone",
    "dojang.member_notes.entry": "free_text_may_contain_pii",
    "kine.contacts.reach": "phone",
    "rugby.injury_reports.medico": "person_name",
    "tracker.accounts.auth_blob": "credentials",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round12_rules", SCHEMA) as db:
        yield db


def test_round12_rules_sampled(cluster_db):
    # not dojang.members.branch_cd: `A01` has an ICD-10 code's shape, but it is a branch's key by foreign key
    assert classified(cluster_db, True) == SAMPLED


def test_round12_rules_names_only(cluster_db):
    got = classified(cluster_db, False)
    assert {k: v for k, v in got.items() if k in NAMES} == NAMES
