"""Values in scripts the value rules cannot read (docs/classifier.md, "Values in scripts the value rules cannot
read"), on tables written for these tests (a dental clinic in Tangier, in Arabic; a choir in Haifa, in Hebrew; a
school in Lucknow, in Hindi; a bakery's staff in Chiang Mai, in Thai; a ryokan in Kanazawa, in Japanese; a gym in
Daegu, in Korean), not on any corpus part's names or values. A column its name reads strongly, holding people's
names in a script no value rule reads, keeps its name's verdict with sampling as without; the `not read`
assertions guard the narrowing: a weak or context-only name, Latin-script codes under a strong name, things'
names."""
from __future__ import annotations

import pytest

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import sensitive_columns
from auditor.collect.collector import collect
from auditor.model.policy import Policy

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_AR = ["عبدالرحمن الشريف", "فاطمة الزهراء بنعلي", "يوسف القاسمي", "خديجة المنصوري", "إبراهيم الحداد",
       "سلمى العطار", "مصطفى بوزيد", "نعيمة الإدريسي"]
_HE = ["אברהם לוי", "רחל כהן", "יוסף מזרחי", "מרים פרץ", "דוד ביטון", "שרה אזולאי", "נחום גולדברג", "אסתר שפירא"]
_HI = ["अनन्या शर्मा", "राहुल वर्मा", "प्रिया गुप्ता", "विक्रम सिंह", "कविता जोशी", "अर्जुन मेहता", "सुनीता यादव",
       "दीपक त्रिपाठी"]
_TH = ["สมชาย ใจดี", "สุดารัตน์ วงศ์ทอง", "ประเสริฐ ศรีสุข", "วิไลวรรณ บุญมา", "ธนากร แก้วมณี", "อรุณี พรหมมา",
       "กิตติพงษ์ สายทอง", "จันทร์เพ็ญ ทองดี"]
_JA = ["佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健太", "伊藤 由美", "渡辺 翔太", "山本 さくら", "中村 大輔"]
_KO = ["김민준", "이서연", "박지훈", "최수아", "정예준", "강하은", "조도윤", "윤지아"]
_BREADS = ["خبز الشعير", "خبز القمح الكامل", "كعك العيد", "خبز التنور"]

SCHEMA = f"""
CREATE SCHEMA tanja_asnan;
CREATE TABLE tanja_asnan.المرضى (id int PRIMARY KEY, الاسم_الكامل text, البريد_الإلكتروني text, الاسم_الرباعي text,
    الاسم text, اللقب text);
INSERT INTO tanja_asnan.المرضى VALUES {_rows(lambda i: f"({i}, {_q(_AR[i % 8] + ('' if i < 9 else ' ' + _AR[(i + 3) % 8].split()[0]))}, "
    f"{_q(f'patient{i}@tanja-dent.ma')}, {_q(f'TD-{4000 + i * 7}')}, {_q(_AR[(i + 2) % 8])}, {_q(['السيد', 'السيدة'][i % 2])})")};
CREATE TABLE tanja_asnan.المنتجات (id int PRIMARY KEY, الاسم text);
INSERT INTO tanja_asnan.المنتجات VALUES {_rows(lambda i: f"({i}, {_q(_BREADS[i % 4] + ' ' + str(i))})")};

CREATE SCHEMA haifa_makhela;
CREATE TABLE haifa_makhela.חברים (id int PRIMARY KEY, שם_מלא text, טלפון text);
INSERT INTO haifa_makhela.חברים VALUES {_rows(lambda i: f"({i}, {_q(_HE[i % 8] + ('' if i < 9 else ' ' + _HE[(i + 5) % 8].split()[0]))}, "
    f"{_q(f'+972 4 {8300000 + i * 137}')})")};

CREATE SCHEMA lucknow_vidyalaya;
CREATE TABLE lucknow_vidyalaya.छात्र (id int PRIMARY KEY, पूरा_नाम text, नाम text);
INSERT INTO lucknow_vidyalaya.छात्र VALUES {_rows(lambda i: f"({i}, "
    f"{_q(_HI[i % 8] + ('' if i < 9 else ' ' + _HI[(i + 3) % 8].split()[0]))}, {_q(_HI[(i + 1) % 8].split()[0])})")};

CREATE SCHEMA chiangmai_bakery;
CREATE TABLE chiangmai_bakery.พนักงาน (id int PRIMARY KEY, ชื่อเต็ม text);
INSERT INTO chiangmai_bakery.พนักงาน VALUES {_rows(lambda i: f"({i}, {_q(_TH[i % 8])})")};

CREATE SCHEMA kanazawa_ryokan;
CREATE TABLE kanazawa_ryokan.宿泊者 (id int PRIMARY KEY, 氏名 text);
INSERT INTO kanazawa_ryokan.宿泊者 VALUES {_rows(lambda i: f"({i}, {_q(_JA[i % 8])})")};

CREATE SCHEMA daegu_gym;
CREATE TABLE daegu_gym.회원 (id int PRIMARY KEY, 성명 text);
INSERT INTO daegu_gym.회원 VALUES {_rows(lambda i: f"({i}, {_q(_KO[i % 8])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "scripts_values", SCHEMA) as db:
        yield db


# Read with sampling, as they are without: full names in Arabic, Hebrew and Devanagari letters, which no value rule
# reads (main's rules let those values overrule the name).
NAMED = {
    "tanja_asnan.المرضى.الاسم_الكامل": "person_name",
    "haifa_makhela.חברים.שם_מלא": "person_name",
    "lucknow_vidyalaya.छात्र.पूरा_नाम": "person_name",
}
# Guards: values that prove themselves in these tables (an e-mail, a phone) and names in scripts the value rules do
# read (Thai, Japanese, Korean names: read on main too) keep their verdict on their values.
BY_VALUES = {
    "tanja_asnan.المرضى.البريد_الإلكتروني": "email",
    "haifa_makhela.חברים.טלפון": "phone",
    "chiangmai_bakery.พนักงาน.ชื่อเต็ม": "person_name",
    "kanazawa_ryokan.宿泊者.氏名": "person_name",
    "daegu_gym.회원.성명": "person_name",
}


def _sampled(db) -> dict[str, tuple[str, str]]:
    snap = collect(db.dsn(), Policy(sampling=True), databases=[db.name])
    return {f"{c.schema}.{c.table}.{c.column}": (c.category, c.basis) for c in sensitive_columns(Context(snap, Policy()))}


def test_names_in_scripts_no_value_rule_reads(cluster_db):
    found = _sampled(cluster_db)
    assert {k: found.get(k) for k in NAMED} == {k: (v, "name") for k, v in NAMED.items()}   # the name's verdict


def test_values_that_validate_still_decide(cluster_db):
    found = _sampled(cluster_db)
    assert {k: found.get(k) for k in BY_VALUES} == {k: (v, "name+values") for k, v in BY_VALUES.items()}


def test_read_without_sampling(cluster_db):
    found = classified(cluster_db, False)
    assert {k: found.get(k) for k in {**NAMED, **BY_VALUES}} == {**NAMED, **BY_VALUES}


# Not read with sampling: a weak bare `الاسم` and `नाम` (a name) holding names, a strong name over Latin-script
# codes, titles repeated in every row (`السيد`, `السيدة`: an enumeration, not names), a bread's name.
NOT_READ = ("tanja_asnan.المرضى.الاسم", "lucknow_vidyalaya.छात्र.नाम", "tanja_asnan.المرضى.الاسم_الرباعي",
            "tanja_asnan.المرضى.اللقب", "tanja_asnan.المنتجات.الاسم")


def test_not_read_with_sampling(cluster_db):
    found = classified(cluster_db, True)
    assert [c for c in NOT_READ if c in found] == []
