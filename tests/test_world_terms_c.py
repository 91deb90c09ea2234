"""Personal-data words in the languages' own scripts (data/world_c.toml): tables written for this test, named in
Arabic (a Riyadh clinic), Hebrew (a Haifa insurer's customers), Hindi (a Lucknow firm's staff), Thai (a Chiang Mai
hospital), Japanese (an Osaka clinic and a company's staff register), Chinese (a Chengdu shop's customers, simplified,
and a Taipei member list, traditional) and Korean (a Busan clinic), read by name alone. Without world_c.toml not one
of these names says anything; the `not read` columns (an item's name, a quantity, a price, a plain date) guard the
words left out."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows

SCHEMA = f"""
CREATE SCHEMA riyadh;
CREATE TABLE riyadh."المرضى" (id int PRIMARY KEY, "الاسم_الكامل" text, "تاريخ_الميلاد" date, "رقم_الهاتف" text,
    "رقم_الهوية" text, "فصيلة_الدم" text, "التشخيص" text, "البريد_الإلكتروني" text, "رقم_الغرفة" int);
INSERT INTO riyadh."المرضى" VALUES {_rows(lambda i: f"({i}, 'محمد أحمد', '1980-01-{i:02d}', '0501234{i:03d}', "
    f"'10{i:08d}', 'O+', 'J06.9', 'p{i}@example.sa', {i % 20})")};
CREATE TABLE riyadh."المنتجات" (id int PRIMARY KEY, "اسم_المنتج" text, "الكمية" int, "السعر" numeric,
    "تاريخ" date);
INSERT INTO riyadh."المنتجات" VALUES {_rows(lambda i: f"({i}, 'صابون', {i}, {i}.50, '2025-03-{i:02d}')")};

CREATE SCHEMA haifa;
CREATE TABLE haifa."לקוחות" (id int PRIMARY KEY, "שם_משפחה" text, "שם_פרטי" text, "תאריך_לידה" date,
    "טלפון" text, "כתובת" text, "מספר_זהות" text, "סיסמה" text, "כמות" int, "מחיר" numeric);
INSERT INTO haifa."לקוחות" VALUES {_rows(lambda i: f"({i}, 'כהן', 'דנה', '1975-05-{i:02d}', '054-12345{i:02d}', "
    f"'הרצל {i}, חיפה', '0{i:08d}', 'x{i}', {i}, {i}.90)")};

CREATE SCHEMA lucknow;
CREATE TABLE lucknow."कर्मचारी" (id int PRIMARY KEY, "पूरा_नाम" text, "जन्म_तिथि" date, "मोबाइल_नंबर" text,
    "पिता_का_नाम" text, "धर्म" text, "मात्रा" int, "मूल्य" numeric, "तारीख" date);
INSERT INTO lucknow."कर्मचारी" VALUES {_rows(lambda i: f"({i}, 'राम कुमार', '1990-02-{i:02d}', '98765{i:05d}', "
    f"'श्याम कुमार', 'हिंदू', {i}, {i}.00, '2025-01-{i:02d}')")};

CREATE SCHEMA chiang_mai;
CREATE TABLE chiang_mai."ผู้ป่วย" (id int PRIMARY KEY, "นามสกุล" text, "วันเกิด" date, "เบอร์โทรศัพท์" text,
    "เลขบัตรประชาชน" text, "กรุ๊ปเลือด" text, "แพ้ยา" text);
INSERT INTO chiang_mai."ผู้ป่วย" VALUES {_rows(lambda i: f"({i}, 'ศรีสุข', '1985-07-{i:02d}', '08123456{i:02d}', "
    f"'11037{i:08d}', 'B', 'เพนิซิลลิน')")};
CREATE TABLE chiang_mai."สินค้า" (id int PRIMARY KEY, "ชื่อสินค้า" text, "จำนวน" int, "ราคา" numeric, "วันที่" date);
INSERT INTO chiang_mai."สินค้า" VALUES {_rows(lambda i: f"({i}, 'สบู่', {i}, {i}.25, '2025-04-{i:02d}')")};

CREATE SCHEMA osaka;
CREATE TABLE osaka."患者" (id int PRIMARY KEY, "患者氏名" text, "生年月日" date, "電話番号" text, "住所" text,
    "病名" text, "アレルギー" text, "病歴" text);
INSERT INTO osaka."患者" VALUES {_rows(lambda i: f"({i}, '山田 太郎', '1970-03-{i:02d}', '06-1234-56{i:02d}', "
    f"'大阪市北区{i}丁目', '糖尿病', 'そば', '高血圧')")};
CREATE TABLE osaka."社員名簿" (id int PRIMARY KEY, "氏名" text, "メールアドレス" text, "口座番号" text,
    "マイナンバー" text, "社員番号" int);
INSERT INTO osaka."社員名簿" VALUES {_rows(lambda i: f"({i}, '佐藤 花子', 's{i}@example.jp', '12345{i:02d}', "
    f"'1234567890{i:02d}', {1000 + i})")};
CREATE TABLE osaka."商品" (id int PRIMARY KEY, "名称" text, "商品名称" text, "数量" int, "価格" numeric,
    "日付" date, "番号" int);
INSERT INTO osaka."商品" VALUES {_rows(lambda i: f"({i}, '石鹸', '石鹸', {i}, {i}.00, '2025-05-{i:02d}', {i})")};

CREATE SCHEMA chengdu;
CREATE TABLE chengdu."客户" (id int PRIMARY KEY, "姓名" text, "身份证号码" text, "手机号码" text, "联系地址" text,
    "出生日期" date, "民族" text, "客户编号" int);
INSERT INTO chengdu."客户" VALUES {_rows(lambda i: f"({i}, '张伟', '51010519900101{i:04d}', '138000000{i:02d}', "
    f"'成都市武侯区{i}号', '1990-01-{i:02d}', '汉族', {i})")};
CREATE TABLE chengdu."产品" (id int PRIMARY KEY, "名称" text, "数量" int, "单价" numeric, "日期" date);
INSERT INTO chengdu."产品" VALUES {_rows(lambda i: f"({i}, '茶叶', {i}, {i}.80, '2025-06-{i:02d}')")};

CREATE SCHEMA taipei;
CREATE TABLE taipei."會員" (id int PRIMARY KEY, "身分證字號" text, "電子郵件" text, "密碼" text);
INSERT INTO taipei."會員" VALUES {_rows(lambda i: f"({i}, 'A1234567{i:02d}', 'm{i}@example.tw', 'x{i}')")};

CREATE SCHEMA busan;
CREATE TABLE busan."환자" (id int PRIMARY KEY, "성명" text, "주민등록번호" text, "전화번호" text, "주소" text,
    "생년월일" date, "병명" text, "병실번호" int);
INSERT INTO busan."환자" VALUES {_rows(lambda i: f"({i}, '김민준', '800101-1{i:06d}', '010-1234-56{i:02d}', "
    f"'부산시 해운대구 {i}', '1980-01-{i:02d}', 'J06.9', {i})")};
CREATE TABLE busan."상품" (id int PRIMARY KEY, "상품명" text, "수량" int, "가격" numeric, "등록일" date);
INSERT INTO busan."상품" VALUES {_rows(lambda i: f"({i}, '비누', {i}, {i}.00, '2025-07-{i:02d}')")};
"""

READ = {
    "riyadh.المرضى.الاسم_الكامل": "person_name", "riyadh.المرضى.تاريخ_الميلاد": "birth_date",
    "riyadh.المرضى.رقم_الهاتف": "phone", "riyadh.المرضى.رقم_الهوية": "national_id",
    "riyadh.المرضى.فصيلة_الدم": "health", "riyadh.المرضى.التشخيص": "health",
    "riyadh.المرضى.البريد_الإلكتروني": "email",
    "haifa.לקוחות.שם_משפחה": "person_name", "haifa.לקוחות.שם_פרטי": "person_name",
    "haifa.לקוחות.תאריך_לידה": "birth_date", "haifa.לקוחות.טלפון": "phone",
    "haifa.לקוחות.כתובת": "postal_address", "haifa.לקוחות.מספר_זהות": "national_id",
    "haifa.לקוחות.סיסמה": "credentials",
    "lucknow.कर्मचारी.पूरा_नाम": "person_name", "lucknow.कर्मचारी.जन्म_तिथि": "birth_date",
    "lucknow.कर्मचारी.मोबाइल_नंबर": "phone", "lucknow.कर्मचारी.पिता_का_नाम": "person_name",
    "lucknow.कर्मचारी.धर्म": "religious_belief",
    "chiang_mai.ผู้ป่วย.นามสกุล": "person_name", "chiang_mai.ผู้ป่วย.วันเกิด": "birth_date",
    "chiang_mai.ผู้ป่วย.เบอร์โทรศัพท์": "phone", "chiang_mai.ผู้ป่วย.เลขบัตรประชาชน": "national_id",
    "chiang_mai.ผู้ป่วย.กรุ๊ปเลือด": "health", "chiang_mai.ผู้ป่วย.แพ้ยา": "health",
    "osaka.患者.患者氏名": "person_name", "osaka.患者.生年月日": "birth_date", "osaka.患者.電話番号": "phone",
    "osaka.患者.住所": "postal_address", "osaka.患者.病名": "health", "osaka.患者.アレルギー": "health",
    "osaka.患者.病歴": "health",
    "osaka.社員名簿.氏名": "person_name", "osaka.社員名簿.メールアドレス": "email",
    "osaka.社員名簿.口座番号": "bank_account", "osaka.社員名簿.マイナンバー": "national_id",
    "chengdu.客户.姓名": "person_name", "chengdu.客户.身份证号码": "national_id", "chengdu.客户.手机号码": "phone",
    "chengdu.客户.联系地址": "postal_address", "chengdu.客户.出生日期": "birth_date",
    "chengdu.客户.民族": "ethnic_origin",
    "taipei.會員.身分證字號": "national_id", "taipei.會員.電子郵件": "email", "taipei.會員.密碼": "credentials",
    "busan.환자.성명": "person_name", "busan.환자.주민등록번호": "national_id", "busan.환자.전화번호": "phone",
    "busan.환자.주소": "postal_address", "busan.환자.생년월일": "birth_date", "busan.환자.병명": "health",
}
NOT_READ = [
    "riyadh.المرضى.رقم_الغرفة", "riyadh.المنتجات.اسم_المنتج", "riyadh.المنتجات.الكمية", "riyadh.المنتجات.السعر",
    "riyadh.المنتجات.تاريخ", "haifa.לקוחות.כמות", "haifa.לקוחות.מחיר",
    "lucknow.कर्मचारी.मात्रा", "lucknow.कर्मचारी.मूल्य", "lucknow.कर्मचारी.तारीख",
    "chiang_mai.สินค้า.ชื่อสินค้า", "chiang_mai.สินค้า.จำนวน", "chiang_mai.สินค้า.ราคา", "chiang_mai.สินค้า.วันที่",
    "osaka.社員名簿.社員番号", "osaka.商品.名称", "osaka.商品.商品名称", "osaka.商品.数量", "osaka.商品.価格",
    "osaka.商品.日付", "osaka.商品.番号",
    "chengdu.客户.客户编号", "chengdu.产品.名称", "chengdu.产品.数量", "chengdu.产品.单价", "chengdu.产品.日期",
    "busan.환자.병실번호", "busan.상품.상품명", "busan.상품.수량", "busan.상품.가격", "busan.상품.등록일",
]


@pytest.fixture(scope="module")
def world_c_db(pg15):
    with analysed_database(pg15, "world_terms_c", SCHEMA) as db:
        yield db


def test_names_in_their_own_scripts_are_read(world_c_db):
    """By name alone: each of these names said nothing before world_c.toml."""
    got = classified(world_c_db, sampling=False)
    assert {k: got.get(k) for k in READ} == READ
    assert [k for k in NOT_READ if k in got] == []


@pytest.mark.parametrize("name,words", [
    ("患者氏名", ("患者", "氏名")), ("社員名簿", ("社員", "名", "簿")), ("疾病名称", ("疾病", "名", "称")),
    ("상품이름", ("상", "품", "이름")), ("이메일주소", ("이메일주소",)), ("邮箱地址", ("邮箱地址",)),
])
def test_runs_are_cut_into_the_listed_words(name, words):
    """The pieces a run of Han, kana or hangul is cut into: the longest listed word from the left, so a compound
    listed whole (이메일주소, an e-mail address) is not read as its last piece (주소, a postal address)."""
    assert names.tokens(name) == words


@pytest.mark.parametrize("table,person,health", [
    ("患者", True, True), ("社員名簿", True, False), ("客户", True, False), ("환자", True, True),
    ("ผู้ป่วย", True, True), ("المرضى", True, True), ("לקוחות", True, False), ("कर्मचारी", True, False),
    ("商品", False, False), ("产品", False, False), ("المنتجات", False, False),
])
def test_table_words(table, person, health):
    assert names.table_context(table) == (person, health)


def test_a_bare_name_word_needs_a_table_of_people():
    """`名字`, `이름`, `الاسم`, `नाम`, `ชื่อ`: a person's name in a table of people, an item's anywhere else."""
    for word, people, items in [("名字", "员工", "产品"), ("이름", "고객", "상품"), ("الاسم", "الموظفين", "المنتجات"),
                                ("नाम", "कर्मचारी", "उत्पाद"), ("ชื่อ", "ลูกค้า", "สินค้า")]:
        assert names.hint_for(word, "text", None, people, None) is not None
        assert names.hint_for(word, "text", None, items, None) is None
