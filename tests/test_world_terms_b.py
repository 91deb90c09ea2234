"""The core words of world_b.toml (languages of Europe, East and Southeast Asia, the Pacific and the Americas), on
tables written for these tests by name alone: a Hungarian clinic's patients, a Vietnamese school's pupils, an
Indonesian firm's staff, a Maori health register, a Japanese club's members (romaji) and an Albanian school's
pupils; and, for the eight later concepts and deeper forms, a Polish clinic's patients, a Russian firm's staff
(romanised), a Japanese care home's residents (romaji) and a Fijian parish register. The `not read` assertions guard the false alarms: ordinary names of things in those languages, where a bare
word for `name` counts only in a table of people, and English identifiers that hold one of the words inside."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows

SCHEMA = f"""
CREATE SCHEMA budapest_rendelo;
CREATE TABLE budapest_rendelo.betegek (id int PRIMARY KEY, csaladnev text, utonev text, tajszam text,
    telefonszam text, betegsegek text, gyogyszerek text, vercsoport text, oltasok text, vallas text);
INSERT INTO budapest_rendelo.betegek VALUES {_rows(lambda i: f"({i}, 'Kovács', 'Anna', '0{i:02d}-456-789', "
    f"'+36 30 123 45{i:02d}', 'magas vérnyomás', 'enalapril', 'A+', 'influenza 2024', 'római katolikus')", 6)};
CREATE TABLE budapest_rendelo.termekek (id int PRIMARY KEY, megnevezes text, cikkszam text, keszlet int);
INSERT INTO budapest_rendelo.termekek VALUES {_rows(lambda i: f"({i}, 'Kesztyű M', 'K-{i}', {i * 10})", 6)};

CREATE SCHEMA hanoi_truong;
CREATE TABLE hanoi_truong.hocsinh (id int PRIMARY KEY, hoten text, ngaysinh date, diachi text, sodienthoai text,
    dantoc text, khuyet_tat text, ho_ten_cha text);
INSERT INTO hanoi_truong.hocsinh VALUES {_rows(lambda i: f"({i}, 'Nguyễn Văn An', '2012-03-{i:02d}', "
    f"'12 Phố Huế, Hà Nội', '09{i:08d}', 'Kinh', 'không', 'Nguyễn Văn Bình')", 6)};
CREATE TABLE hanoi_truong.san_pham (id int PRIMARY KEY, ten_san_pham text, gia_ban numeric, so_luong int);
INSERT INTO hanoi_truong.san_pham VALUES {_rows(lambda i: f"({i}, 'Vở kẻ ngang', {i * 5000}, {i})", 6)};

CREATE SCHEMA surabaya_pt;
CREATE TABLE surabaya_pt.pegawai (id int PRIMARY KEY, nama_lengkap text, tanggallahir date, alamat text,
    paspor text, npwp text, agama text, golongan_darah text, nomor_rekening text, kata_sandi text);
INSERT INTO surabaya_pt.pegawai VALUES {_rows(lambda i: f"({i}, 'Budi Santoso', '1990-01-{i:02d}', "
    f"'Jl. Darmo {i}, Surabaya', 'C{i:07d}', '09.254.294.3-407.00{i}', 'Islam', 'O', '12345678{i:02d}', 'x')", 6)};
CREATE TABLE surabaya_pt.barang (id int PRIMARY KEY, nama_barang text, harga numeric, stok int);
INSERT INTO surabaya_pt.barang VALUES {_rows(lambda i: f"({i}, 'Semen 50 kg', {i * 1000}, {i})", 6)};

CREATE SCHEMA rotorua_hauora;
CREATE TABLE rotorua_hauora.turoro (id int PRIMARY KEY, ingoa text, ingoa_whanau text, ra_whanau date,
    wahitau text, waea text, iwi text, rongoa text);
INSERT INTO rotorua_hauora.turoro VALUES {_rows(lambda i: f"({i}, 'Aroha', 'Ngata', '1985-06-{i:02d}', "
    f"'{i} Fenton Street', '027 555 01{i:02d}', 'Te Arawa', 'metformin')", 6)};
CREATE TABLE rotorua_hauora.kura (id int PRIMARY KEY, ingoa text);
INSERT INTO rotorua_hauora.kura VALUES {_rows(lambda i: f"({i}, 'Te Kura Kaupapa {i}')", 6)};

CREATE SCHEMA tokyo_club;
CREATE TABLE tokyo_club.kaiin (id int PRIMARY KEY, shimei text, myoji text, namae text, furigana text,
    seinengappi date, juusho text, denwabango text, pasuwado text, ketsuekigata text);
INSERT INTO tokyo_club.kaiin VALUES {_rows(lambda i: f"({i}, '山田 花子', '山田', '花子', 'ヤマダ ハナコ', '1992-04-{i:02d}', "
    f"'東京都新宿区{i}-1', '03-5555-01{i:02d}', 'x', 'A')", 6)};
CREATE TABLE tokyo_club.shohin (id int PRIMARY KEY, shohin_mei text, kakaku int, zaiko int);
INSERT INTO tokyo_club.shohin VALUES {_rows(lambda i: f"({i}, 'タオル', {i * 300}, {i})", 6)};

CREATE SCHEMA tirane_shkolla;
CREATE TABLE tirane_shkolla.nxenesit (id int PRIMARY KEY, emri text, mbiemri text, atesia text, datelindja date,
    vendbanimi text, feja text);
INSERT INTO tirane_shkolla.nxenesit VALUES {_rows(lambda i: f"({i}, 'Arta', 'Hoxha', 'Gjergj', "
    f"'2011-09-{i:02d}', 'Rruga e Kavajës {i}, Tiranë', 'myslimane')", 6)};

CREATE SCHEMA krakow_przychodnia;
CREATE TABLE krakow_przychodnia.pacjenci (id int PRIMARY KEY, osoba_do_powiadomienia text, nr_prawa_jazdy text,
    dokumentacja_medyczna text, przynaleznosc_zwiazkowa text, badanie_genetyczne text, kontakt_awaryjny text,
    zaswiadczenie_o_niekaralnosci text);
INSERT INTO krakow_przychodnia.pacjenci VALUES {_rows(lambda i: f"({i}, 'Jan Nowak', 'ABC{i:05d}', 'nadciśnienie', "
    f"'-', 'BRCA1 ujemny', 'Jan Kowalski', 'tak')", 6)};
CREATE TABLE krakow_przychodnia.towary (id int PRIMARY KEY, nazwa_towaru text, cena numeric, data_dostawy date);
INSERT INTO krakow_przychodnia.towary VALUES {_rows(lambda i: f"({i}, 'Bandaż', {i * 3}, '2024-01-0{i}')", 6)};

CREATE SCHEMA kazan_firma;
CREATE TABLE kazan_firma.sotrudniki (id int PRIMARY KEY, familiia text, data_rozhdeniia date, otcestvo text,
    polis_oms text, voditelskoe_udostoverenie text, mesto_prozhivaniya text, seksualnaya_orientatsiya text);
INSERT INTO kazan_firma.sotrudniki VALUES {_rows(lambda i: f"({i}, 'Ivanova', '1988-02-{i:02d}', 'Petrovna', "
    f"'770000000000{i:04d}', '77 1{i} 123456', 'Kazan, ul. Baumana {i}', '-')", 6)};
CREATE TABLE kazan_firma.tovary (id int PRIMARY KEY, nazvanie text, tsena numeric, kolichestvo int);
INSERT INTO kazan_firma.tovary VALUES {_rows(lambda i: f"({i}, 'Bolt M8', {i * 7}, {i})", 6)};

CREATE SCHEMA osaka_kaigo;
CREATE TABLE osaka_kaigo.nyukyosha (id int PRIMARY KEY, shimei text, kinkyu_renrakusaki text, hokensho_bango text,
    unten_menkyo text, idenshi_kensa text, seiteki_shiko text, jusyo text);
INSERT INTO osaka_kaigo.nyukyosha VALUES {_rows(lambda i: f"({i}, '佐藤 一郎', '佐藤 花子', '0{i}123456', "
    f"'30{i:010d}', 'なし', '-', '大阪市北区{i}-1')", 6)};

CREATE SCHEMA suva_parish;
CREATE TABLE suva_parish.lewe (id int PRIMARY KEY, yaca text, mataqali text, yavusa text, itikotiko text);
INSERT INTO suva_parish.lewe VALUES {_rows(lambda i: f"({i}, 'Mere', 'Nadrukuta', 'Burebasaga', 'Lami {i}')", 6)};

CREATE SCHEMA ops;
CREATE TABLE ops.nodes (id int PRIMARY KEY, passive boolean, mimalloc_pages int, nikon_model text,
    kanban_lane text);
INSERT INTO ops.nodes VALUES {_rows(lambda i: f"({i}, true, {i * 64}, 'D850', 'todo')", 6)};
"""


@pytest.fixture(scope="module")
def world_db(pg15):
    with analysed_database(pg15, "world_terms_b", SCHEMA) as db:
        yield db


# Read by name alone (without sampling): each of these is read so only because of world_b.toml.
NAMED = {
    # Hungarian: family and given name, social-security (TAJ) number, phone, diseases, medicines, blood group,
    # vaccinations, religion.
    "budapest_rendelo.betegek.csaladnev": "person_name",
    "budapest_rendelo.betegek.utonev": "person_name",
    "budapest_rendelo.betegek.tajszam": "national_id",
    "budapest_rendelo.betegek.telefonszam": "phone",
    "budapest_rendelo.betegek.betegsegek": "health",
    "budapest_rendelo.betegek.gyogyszerek": "health",
    "budapest_rendelo.betegek.vercsoport": "health",
    "budapest_rendelo.betegek.oltasok": "health",
    "budapest_rendelo.betegek.vallas": "religious_belief",
    # Vietnamese, written glued as such schemas do: full name, address, phone, ethnic group, disability.
    "hanoi_truong.hocsinh.hoten": "person_name",
    "hanoi_truong.hocsinh.diachi": "postal_address",
    "hanoi_truong.hocsinh.sodienthoai": "phone",
    "hanoi_truong.hocsinh.dantoc": "ethnic_origin",
    "hanoi_truong.hocsinh.khuyet_tat": "health",
    # Indonesian: address, passport, tax number, religion, blood group, bank account, password.
    "surabaya_pt.pegawai.paspor": "national_id",
    "surabaya_pt.pegawai.alamat": "postal_address",
    "surabaya_pt.pegawai.npwp": "national_id",
    "surabaya_pt.pegawai.agama": "religious_belief",
    "surabaya_pt.pegawai.golongan_darah": "health",
    "surabaya_pt.pegawai.nomor_rekening": "bank_account",
    "surabaya_pt.pegawai.kata_sandi": "credentials",
    # Maori: name, family name, birthday, address, phone, tribe (three letters, in a table of patients), medicine.
    "rotorua_hauora.turoro.ingoa": "person_name",
    "rotorua_hauora.turoro.ingoa_whanau": "person_name",
    "rotorua_hauora.turoro.ra_whanau": "birth_date",
    "rotorua_hauora.turoro.wahitau": "postal_address",
    "rotorua_hauora.turoro.waea": "phone",
    "rotorua_hauora.turoro.iwi": "ethnic_origin",
    "rotorua_hauora.turoro.rongoa": "health",
    # Japanese romaji: surname, name (in a table of members), a name's reading, address, password, blood type.
    "tokyo_club.kaiin.myoji": "person_name",
    "tokyo_club.kaiin.namae": "person_name",
    "tokyo_club.kaiin.furigana": "person_name",
    "tokyo_club.kaiin.juusho": "postal_address",
    "tokyo_club.kaiin.pasuwado": "credentials",
    "tokyo_club.kaiin.ketsuekigata": "health",
    # Albanian (definite forms): name, surname, father's name, date of birth, residence, religion.
    "tirane_shkolla.nxenesit.emri": "person_name",
    "tirane_shkolla.nxenesit.mbiemri": "person_name",
    "tirane_shkolla.nxenesit.atesia": "person_name",
    "tirane_shkolla.nxenesit.datelindja": "birth_date",
    "tirane_shkolla.nxenesit.vendbanimi": "postal_address",
    "tirane_shkolla.nxenesit.feja": "religious_belief",
    # The later concepts and deeper forms. Polish: the person to notify, a driving licence (`nr`, read as
    # `number`), medical records, union membership, a genetic test, an emergency contact, a clean-record certificate.
    "krakow_przychodnia.pacjenci.osoba_do_powiadomienia": "person_name",
    "krakow_przychodnia.pacjenci.nr_prawa_jazdy": "national_id",
    "krakow_przychodnia.pacjenci.dokumentacja_medyczna": "health",
    "krakow_przychodnia.pacjenci.przynaleznosc_zwiazkowa": "trade_union",
    "krakow_przychodnia.pacjenci.badanie_genetyczne": "genetic",
    "krakow_przychodnia.pacjenci.kontakt_awaryjny": "person_name",
    "krakow_przychodnia.pacjenci.zaswiadczenie_o_niekaralnosci": "criminal_record",
    # Russian in the scholarly and BGN romanisations: surname, birth date, patronymic, health-insurance policy,
    # driving licence, place of residence, sexual orientation.
    "kazan_firma.sotrudniki.familiia": "person_name",
    "kazan_firma.sotrudniki.data_rozhdeniia": "birth_date",
    "kazan_firma.sotrudniki.otcestvo": "person_name",
    "kazan_firma.sotrudniki.polis_oms": "national_id",
    "kazan_firma.sotrudniki.voditelskoe_udostoverenie": "national_id",
    "kazan_firma.sotrudniki.mesto_prozhivaniya": "postal_address",
    "kazan_firma.sotrudniki.seksualnaya_orientatsiya": "sex_life",
    # Japanese romaji: emergency contact, health-insurance card number, driving licence, genetic test, sexual
    # orientation, address in the wapuro spelling.
    "osaka_kaigo.nyukyosha.kinkyu_renrakusaki": "person_name",
    "osaka_kaigo.nyukyosha.hokensho_bango": "national_id",
    "osaka_kaigo.nyukyosha.unten_menkyo": "national_id",
    "osaka_kaigo.nyukyosha.idenshi_kensa": "genetic",
    "osaka_kaigo.nyukyosha.seiteki_shiko": "sex_life",
    "osaka_kaigo.nyukyosha.jusyo": "postal_address",
    # Fijian: clan and tribe, and the residence.
    "suva_parish.lewe.mataqali": "ethnic_origin",
    "suva_parish.lewe.yavusa": "ethnic_origin",
    "suva_parish.lewe.itikotiko": "postal_address",
}


def test_world_b_words_are_read(world_db):
    found = classified(world_db, sampling=False)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a Hungarian clinic's stock, a Vietnamese school shop's goods, an Indonesian warehouse's goods, a Maori
# school's own name (`ingoa`, a name, is a person's only in a table of people), a Japanese shop's goods; English
# identifiers holding `passi`, `mima` or `nik` inside a longer word, and a kanban lane; a Polish clinic's and a
# Russian firm's goods.
NOT_READ = ("budapest_rendelo.termekek.megnevezes", "budapest_rendelo.termekek.cikkszam",
            "hanoi_truong.san_pham.ten_san_pham", "hanoi_truong.san_pham.so_luong",
            "surabaya_pt.barang.harga", "surabaya_pt.barang.stok", "rotorua_hauora.kura.ingoa",
            "tokyo_club.shohin.shohin_mei", "tokyo_club.shohin.kakaku", "ops.nodes.passive",
            "ops.nodes.mimalloc_pages", "ops.nodes.nikon_model", "ops.nodes.kanban_lane",
            "krakow_przychodnia.towary.nazwa_towaru", "krakow_przychodnia.towary.cena",
            "krakow_przychodnia.towary.data_dostawy", "kazan_firma.tovary.nazvanie", "kazan_firma.tovary.tsena",
            "kazan_firma.tovary.kolichestvo")


def test_world_b_not_read(world_db):
    found = classified(world_db, sampling=False)
    assert [c for c in NOT_READ if c in found] == []
