"""Round 41's rules (docs/classifier.md, "Round 41"), on tables written for these tests in applications and countries
the thirty-ninth blind part does not use (a Macau gym's members and a Macau physiotherapy clinic's visits, in
Cantonese romanised in Jyutping; a Tahitian church choir in Nouméa, New Caledonia; a banana planters' group in
Martinique, in Antillean creole), not on that part's names or values. The `not read` assertions guard the narrowing
(Tahitian `ioa`, a name, is a person's only in a table of people) and words beside the new ones."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_MO_NAMES = ["陳家輝", "梁美玲", "黃志強", "何詠詩", "林國華", "鄭淑儀"]
_MO_STREETS = ["新馬路15號3樓", "高士德大馬路88號", "白馬行22號地下", "提督馬路41號5樓A"]
_TY_NAMES = ["Teiva Tehaamoana", "Hinano Temauri", "Manutea Teriierooiterai", "Vaimiti Tauraa"]
_MQ_NAMES = ["Josué", "Léonce", "Mireille", "Rosan", "Ghislaine"]


def _luhn(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if k % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _nir(i: int) -> str:
    body = f"{1 + i % 2}{70 + i % 20:02d}{1 + i % 12:02d}972{100 + i:03d}{200 + i * 7:03d}"
    return body + f"{97 - int(body) % 97:02d}"


SCHEMA = f"""
CREATE SCHEMA macau_gym;
CREATE TABLE macau_gym.wui_jyun (id int PRIMARY KEY, sing_ming text, zung_man_meng text, din_wa text, sau_gei text,
    din_jau text, dei_zi text, ceot_sang_jat_kei date, san_fan_zing text, mat_maa text, seon_jung_kaat text,
    bei_zyu text, lyun_lok_jan text, kap_bit text);
INSERT INTO macau_gym.wui_jyun VALUES {_rows(lambda i: f"({i}, {_q(_MO_NAMES[i % 6])}, "
    f"{_q(['Chan Ka Fai', 'Leung Mei Ling', 'Wong Chi Keung', 'Ho Wing Sze', 'Lam Kwok Wah', 'Cheng Suk Yi'][i % 6])}, "
    f"{_q(f'2855 {1000 + i * 37}')}, {_q(f'66{10 + i:02d} {3000 + i * 91}')}, {_q(f'member{i}@macaumail.mo')}, "
    f"{_q(_MO_STREETS[i % 4])}, date '1980-01-01' + {i * 401}, {_q(f'{1 + i % 7}/{100000 + i * 4567}/{i % 10}')}, "
    f"{_q('$2b$12$' + f'{i:04d}' * 13 + 'abcdef')}, {_q(_luhn(f'45398812{i:07d}'))}, "
    f"{_q(['想減肥', '膝頭舊傷，請聯絡太太 6688 1234', '', '星期六上堂'][i % 4])}, "
    f"{_q(_MO_NAMES[(i + 2) % 6])}, {_q(['gam', 'ngan', 'tung'][i % 3])})")};

CREATE SCHEMA macau_physio;
CREATE TABLE macau_physio.zau_zan (id int PRIMARY KEY, wui_jyun_id int, zeon_dyun text, zing_zong text,
    gwo_man text, zam_gau text, mak_zoeng text, sit_toi text, jat_kei date);
INSERT INTO macau_physio.zau_zan VALUES {_rows(lambda i: f"({i}, {i % 12 + 1}, "
    f"{_q(['腰肌勞損', '肩周炎', '頸椎病'][i % 3])}, {_q(['腰痛', '肩膊痛', '頭暈'][i % 3])}, "
    f"{_q(['青黴素', '', '花粉'][i % 3])}, {_q(['腎俞', '肩井', '風池'][i % 3])}, {_q(['弦脈', '滑脈', '沉脈'][i % 3])}, "
    f"{_q(['薄白', '黃膩', '白膩'][i % 3])}, date '2025-04-01' + {i})")};

CREATE SCHEMA noumea_himene;
CREATE TABLE noumea_himene.taata_himene (id int PRIMARY KEY, ioa text, ioa_fetii text, niuniu text, rata_uira text,
    mahana_fanauraa date, faaroo text, vahi_noho text, afata_rata text);
INSERT INTO noumea_himene.taata_himene VALUES {_rows(lambda i: f"({i}, {_q(_TY_NAMES[i % 4])}, "
    f"{_q(_TY_NAMES[(i + 1) % 4])}, {_q(f'{75 + i % 5} {10 + i:02d} {20 + i:02d}')}, "
    f"{_q(f'choriste{i}@lagoon.nc')}, date '1975-05-01' + {i * 377}, "
    f"{_q(['Porotetani', 'Katorika', 'Mormona'][i % 3])}, {_q(f'{i} rue Higginson, Nouméa')}, "
    f"{_q(f'BP {1000 + i * 13}, 98845 Nouméa')})")};
CREATE TABLE noumea_himene.himene (id int PRIMARY KEY, ioa text, api int);
INSERT INTO noumea_himene.himene VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Te Atua e', 'Ia ora na Maria', 'Mauruuru roa', 'E Iesu here'][i % 4] + f' {i}')}, {i * 3})")};
CREATE TABLE noumea_himene.taata_faaohipa (id int PRIMARY KEY, parau_huna text);
INSERT INTO noumea_himene.taata_faaohipa VALUES {_rows(lambda i: f"({i}, "
    f"{_q('$2y$10$' + f'{i:03d}Q' * 13 + 'z')})")};

CREATE SCHEMA matinik_bannann;
CREATE TABLE matinik_bannann.plante (id int PRIMARY KEY, tinon text, potab text, nimewo_sekirite text,
    kod_postal text, pasel text);
INSERT INTO matinik_bannann.plante VALUES {_rows(lambda i: f"({i}, {_q(_MQ_NAMES[i % 5])}, "
    f"{_q(f'0696 {10 + i:02d} {30 + i:02d} {40 + i % 50:02d}')}, {_q(_nir(i))}, "
    f"{_q(['97250', '97218', '97220'][i % 3])}, {_q(f'P-{i:03d}')})")};
CREATE TABLE matinik_bannann.aksidan_travay (id int PRIMARY KEY, plante_id int, blesi text, dat date);
INSERT INTO matinik_bannann.aksidan_travay VALUES {_rows(lambda i: f"({i}, {i % 10 + 1}, "
    f"{_q(['koupe koutla anlo men', 'do ka fe mal', 'pye foule'][i % 3])}, date '2025-02-01' + {i})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round41_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "macau_gym.wui_jyun.sing_ming": "person_name",
    "macau_gym.wui_jyun.zung_man_meng": "person_name",
    "macau_gym.wui_jyun.lyun_lok_jan": "person_name",
    "macau_gym.wui_jyun.din_wa": "phone",
    "macau_gym.wui_jyun.sau_gei": "phone",
    "macau_gym.wui_jyun.din_jau": "email",
    "macau_gym.wui_jyun.dei_zi": "postal_address",
    "macau_gym.wui_jyun.ceot_sang_jat_kei": "birth_date",
    "macau_gym.wui_jyun.san_fan_zing": "national_id",
    "macau_gym.wui_jyun.mat_maa": "credentials",
    "macau_gym.wui_jyun.seon_jung_kaat": "payment_card",
    "macau_gym.wui_jyun.bei_zyu": "free_text_may_contain_pii",
    "macau_physio.zau_zan.zeon_dyun": "health",
    "macau_physio.zau_zan.zing_zong": "health",
    "macau_physio.zau_zan.gwo_man": "health",
    "macau_physio.zau_zan.zam_gau": "health",
    "macau_physio.zau_zan.mak_zoeng": "health",
    "macau_physio.zau_zan.sit_toi": "health",
    "noumea_himene.taata_himene.ioa": "person_name",
    "noumea_himene.taata_himene.ioa_fetii": "person_name",
    "noumea_himene.taata_himene.niuniu": "phone",
    "noumea_himene.taata_himene.rata_uira": "email",
    "noumea_himene.taata_himene.mahana_fanauraa": "birth_date",
    "noumea_himene.taata_himene.faaroo": "religious_belief",
    "noumea_himene.taata_himene.vahi_noho": "postal_address",
    "noumea_himene.taata_himene.afata_rata": "postal_address",
    "noumea_himene.taata_faaohipa.parau_huna": "credentials",
    "matinik_bannann.plante.tinon": "person_name",
    "matinik_bannann.plante.potab": "phone",
    "matinik_bannann.plante.nimewo_sekirite": "national_id",
    "matinik_bannann.plante.kod_postal": "postal_address",
    "matinik_bannann.aksidan_travay.blesi": "health",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round41_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a hymn's name (`ioa` outside a table of people), a hymn's page, a member's class, a visit's date, a
# parcel's number.
NOT_READ = ("noumea_himene.himene.ioa", "noumea_himene.himene.api", "macau_gym.wui_jyun.kap_bit",
            "macau_physio.zau_zan.jat_kei", "matinik_bannann.plante.pasel")


@pytest.mark.parametrize("sampling", [True, False])
def test_round41_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 41 adds, as a column of an invented table (`signups`, no table of people), by name alone; `ioa`
# needs a table of people, and the short words left out stay unread.
WORDS = {
    "person_name": ("sing_ming", "zung_man_meng", "lyun_lok_jan", "ioa_fetii", "tinon"),
    "postal_address": ("dei_zi", "vahi_noho", "afata_rata", "kod_postal"),
    "phone": ("din_wa", "sau_gei", "niuniu", "potab"),
    "email": ("din_jau", "rata_uira"),
    "birth_date": ("ceot_sang_jat_kei", "mahana_fanauraa"),
    "national_id": ("san_fan_zing", "nimewo_sekirite"),
    "credentials": ("mat_maa", "parau_huna"),
    "payment_card": ("seon_jung_kaat",),
    "health": ("zeon_dyun", "zing_zong", "gwo_man", "zam_gau", "mak_zoeng", "sit_toi", "blesi"),
    "free_text_may_contain_pii": ("bei_zyu",),
    "religious_belief": ("faaroo",),
}
NOT_WORDS = ("ioa", "non", "toto", "mai", "kap_bit")


def test_round41_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# `ioa` is a person's name in a table of people.
def test_round41_ioa_in_people():
    assert (h := names.hint_for("ioa", "text", None, "members", None)) and h.category == "person_name"
