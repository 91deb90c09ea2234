"""Round 11's rules (docs/classifier.md, "Round 11"), on values and tables written for these tests in applications
the ninth blind part does not use (a Japanese dental practice and its supplier list, a CRM's address book and
calendar, a conference's ticket holders, a directory sync, a firewall's block list, a forum's profile fields, a
web shop's billing addresses, a sports club's medical questionnaire), not on that part's names or values."""
from __future__ import annotations

import json

import pytest
from stdnum.jp import in_ as jp_individual

from auditor.analysis.classify import identifiers, names, shapes
from auditor.analysis.classify.analyse import analyse
from auditor.analysis.classify.crypto import blob_bytes

from .helpers import analysed_database, classified
from .helpers import sql_text as _q


def _my_number(i: int) -> str:
    body = f"{31000000000 + i * 7907:011d}"
    return body + jp_individual.calc_check_digit(body)


def test_japanese_values_by_their_layout():
    assert shapes.japanese_name("佐藤\u3000花子") and shapes.japanese_name("サトウ ハナコ")
    assert shapes.japanese_name("ｻﾄｳ ﾊﾅｺ")                                    # half-width, as banks write them
    assert not shapes.japanese_name("北斗商事株式会社") and not shapes.japanese_name("株式会社 北斗")
    assert not shapes.japanese_name("佐藤花子") and not shapes.japanese_name("Sato Hanako")
    assert shapes.strong("080-2345-6789") == ("phone",) and shapes.strong("03-5555-0101") == ()
    assert shapes.strong("福岡市中央区天神1-2-3") == ("postal_address",)
    assert shapes.strong("京都府京都市左京区岩倉12番地3") == ("postal_address",)
    assert shapes.strong("天神ビル5階") == ()
    assert shapes.japanese_company("北斗商事株式会社") and shapes.japanese_company("有限会社みどり薬局")
    assert identifiers.national_kind(_my_number(1)) == "jp_individual"
    bad = _my_number(1)[:-1] + str((int(_my_number(1)[-1]) + 1) % 10)
    assert identifiers.national_kind(bad) is None


def test_documents_directory_entries_networks_and_json_names():
    assert shapes.contact_document("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Emma Jones\r\nEND:VCARD")
    assert shapes.contact_document("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR")
    assert not shapes.contact_document("BEGIN TRANSACTION;")
    assert blob_bytes(b"BEGIN:VCARD\r\nFN:Emma Jones\r\nEND:VCARD") is None      # lines of text are no blob
    assert shapes.dn_person("CN=Emma Jones,OU=Staff,DC=example,DC=org")
    assert not shapes.dn_person("CN=Printers,OU=Devices,DC=example,DC=org")
    assert shapes.strong("203.0.113.0/24") == ("ip_address",) == shapes.strong("2001:db8:1:2::/64")
    assert shapes.small_network("2001:db8:1:2::/64") and not shapes.small_network("10.0.0.0/8")
    assert shapes.json_person_name('{"_scheme": "given_family", "given_name": "Emma", "family_name": "Jones"}')
    assert not shapes.json_person_name('{"name": "Emma Jones", "email": "emma@example.org", "id": 7}')   # a profile
    assert not shapes.json_person_name('{"de": "Eintritt", "en": "Admission"}')
    facts = analyse(["BEGIN:VCARD\r\nFN:Emma Jones\r\nEMAIL:emma.jones@example.org\r\nEND:VCARD"] * 5, None)
    assert facts.prose == 5 and facts.embedded == 5


def test_condition_flags_read_the_clinical_vocabulary():
    # fitted to l_*: romanised Japanese column words (romaji.py)
    assert names.hint_for("SHIMEI_KANA", "varchar", None, "", None).category == "person_name"
    assert names.hint_for("SEINENGAPPI", "char", None, "", None).category == "birth_date"
    from auditor.analysis.classify.clinical_event import condition_flag
    assert condition_flag("epilepsy") and condition_flag("chest_pain") and not condition_flag("photo_consent")


_ROWS = 30
_FAMILY = [("佐藤", "サトウ", "ｻﾄｳ"), ("鈴木", "スズキ", "ｽｽﾞｷ"), ("高橋", "タカハシ", "ﾀｶﾊｼ"), ("田中", "タナカ", "ﾀﾅｶ"),
           ("伊藤", "イトウ", "ｲﾄｳ"), ("渡辺", "ワタナベ", "ﾜﾀﾅﾍﾞ")]
_GIVEN = [("花子", "ハナコ", "ﾊﾅｺ"), ("一郎", "イチロウ", "ｲﾁﾛｳ"), ("美咲", "ミサキ", "ﾐｻｷ"), ("健", "ケン", "ｹﾝ"),
          ("直子", "ナオコ", "ﾅｵｺ")]


def _jp(i: int, script: int) -> str:      # 30 distinct people: names vary, a few repeated values are no names
    return _FAMILY[i % 6][script] + ("\u3000" if script == 0 else " ") + _GIVEN[(i // 6) % 5][script]


_ADDR = ["福岡市中央区天神1-2-3", "京都市左京区岩倉4-5", "仙台市青葉区一番町2-7-1", "横浜市中区山下町8-1"]
_PEOPLE = [(first, last) for last in ("Jones", "Smith", "Brown", "Taylor", "Wilson")
           for first in ("Emma", "Noah", "Olivia", "Liam", "Ava", "Mia")]


def _vcard(i: int) -> str:
    first, last = _PEOPLE[i % 30]
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{first} {last}\r\nEMAIL:{first.lower()}.{last.lower()}{i}@example.org" \
           "\r\nEND:VCARD"


def _ics(i: int) -> str:
    first, last = _PEOPLE[i % 30]
    return f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Review\nATTENDEE;CN={first} {last}:mailto:" \
           f"{first.lower()}{i}@example.org\nEND:VEVENT\nEND:VCALENDAR"


def _field(i: int) -> str:
    first, last = _PEOPLE[i % 30]
    return [f"{first.lower()}.{last.lower()}{i}@example.org", f"{first} {last}", f"+44 20 7946 {i:04d}",
            f"{last.lower()}{i}@mail.example", "light"][i % 5]


SCHEMA = f"""
CREATE SCHEMA shika;
CREATE TABLE shika.kanja (kanja_id int PRIMARY KEY, hyoji text, yomi text, renraku text, ref_code char(12),
       sumai text);
INSERT INTO shika.kanja VALUES {", ".join(
    f"({i}, {_q(_jp(i, 0))}, {_q(_jp(i, 1))}, '080-{2000 + i}-{5000 + i * 7}', '{_my_number(i)}',"
    f" {_q(_ADDR[i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE shika.furikomi (id int PRIMARY KEY, kanja_id int REFERENCES shika.kanja, meigi text);
INSERT INTO shika.furikomi VALUES {", ".join(f"({i}, {i}, {_q(_jp(i, 2))})" for i in range(1, _ROWS + 1))};
CREATE TABLE shika.shiiresaki (cd int PRIMARY KEY, meisho text, renraku text, sumai text);
INSERT INTO shika.shiiresaki VALUES {", ".join(
    f"({i}, {_q(['北斗商事株式会社', '有限会社みどり薬局', 'さくら歯材合同会社'][i % 3])}, '090-{3000 + i}-{4000 + i}',"
    f" {_q(_ADDR[i % 4])})" for i in range(1, 10))};

CREATE SCHEMA crm;
CREATE TABLE crm.address_book (id int PRIMARY KEY, card_data bytea);
INSERT INTO crm.address_book VALUES {", ".join(
    f"({i}, convert_to({_q(_vcard(i))}, 'UTF8'))" for i in range(1, _ROWS + 1))};
CREATE TABLE crm.agenda (id int PRIMARY KEY, ics text);
INSERT INTO crm.agenda VALUES {", ".join(f"({i}, {_q(_ics(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA conf;
CREATE TABLE conf.badges (id int PRIMARY KEY, holder_parts text, printed boolean);
INSERT INTO conf.badges VALUES {", ".join(
    f"({i}, {_q(json.dumps({'_scheme': 'given_family', 'given_name': _PEOPLE[i % 30][0], 'family_name': _PEOPLE[i % 30][1]}))}, true)"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA sync;
CREATE TABLE sync.directory_map (dn text, local_uid text);
INSERT INTO sync.directory_map VALUES {", ".join(
    f"('CN={' '.join(_PEOPLE[i % 30])},OU=Staff,DC=example,DC=org', 'u{i}')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA fw;
CREATE TABLE fw.blocked (id int PRIMARY KEY, net text);
INSERT INTO fw.blocked SELECT g, '198.51.' || g || '.0/24' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE fw.routes (id int PRIMARY KEY, net text);
INSERT INTO fw.routes SELECT g, '10.' || g || '.0.0/16' FROM generate_series(1, {_ROWS}) g;

CREATE SCHEMA forum;
CREATE TABLE forum.profile_fields (id int PRIMARY KEY, field text, val text);
INSERT INTO forum.profile_fields VALUES {", ".join(
    f"({i}, {_q(['email', 'display', 'phone', 'email2', 'theme'][i % 5])}, {_q(_field(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA shop;
CREATE TABLE shop.billing_addresses (id int PRIMARY KEY, company text, vat_number text, full_name text, street text,
       postcode text);
INSERT INTO shop.billing_addresses VALUES {", ".join(
    f"({i}, {'NULL' if i % 6 else _q('Blue Agency Ltd')}, {'NULL' if i % 6 else _q('GB123456789')},"
    f" {_q(' '.join(_PEOPLE[i % 30]))}, '{i} Mill Lane', 'M{i % 9} {i % 9}AB')" for i in range(1, _ROWS + 1))};

CREATE SCHEMA club;
CREATE TABLE club.members (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO club.members SELECT g, 'Emma', 'Jones' FROM generate_series(1, {_ROWS}) g;
CREATE TABLE club.medical_questionnaire (id int PRIMARY KEY, member_id int REFERENCES club.members,
       epilepsy boolean, migraine boolean, photo_consent boolean);
INSERT INTO club.medical_questionnaire SELECT g, g, g % 7 = 0, g % 5 = 0, true FROM generate_series(1, {_ROWS}) g;
"""

# Names alone: the sports club's questionnaire flags, its members' names, and the billing table's names (an
# organisation's by its company columns, its address not reported without values)
NAMES = {
    "club.members.first_name": "person_name", "club.members.last_name": "person_name",
    "club.medical_questionnaire.epilepsy": "health", "club.medical_questionnaire.migraine": "health",
}
SAMPLED = NAMES | {
    "shika.kanja.hyoji": "person_name", "shika.kanja.yomi": "person_name", "shika.kanja.renraku": "phone",
    "shika.kanja.ref_code": "national_id", "shika.kanja.sumai": "postal_address",
    "shika.furikomi.meigi": "person_name",
    "crm.address_book.card_data": "free_text_may_contain_pii", "crm.agenda.ics": "free_text_may_contain_pii",
    "conf.badges.holder_parts": "person_name", "sync.directory_map.dn": "person_name",
    "fw.blocked.net": "ip_address", "forum.profile_fields.val": "email",
    "shop.billing_addresses.full_name": "person_name", "shop.billing_addresses.street": "postal_address",
    "shop.billing_addresses.postcode": "postal_address",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round11_rules", SCHEMA) as db:
        yield db


def test_round11_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round11_rules_names_only(cluster_db):
    got = classified(cluster_db, False)
    assert {k: v for k, v in got.items() if k in NAMES} == NAMES
    assert not any(k.startswith(("shop.billing_addresses.street", "shika.shiiresaki")) for k in got)
