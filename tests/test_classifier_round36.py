"""Round 36's rules (docs/classifier.md, "Round 36"), on tables written for these tests in applications and countries
the thirty-fourth blind part does not use (a Tajik-language school in Samarkand, Uzbekistan; a Durban taxi
association's drivers, in Zulu; a Mpumalanga savings club, in siSwati; an optometrist's practice in Wellington; a
Mongolian coding club's forum; a Gaborone credit union; a Nairobi payroll office; a Suva blood bank), not on that
part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_TJ_LAST = ["Rahimov", "Karimova", "Nazarov", "Saidova"]
_TJ_FATHER = ["Rustam", "Jamshed", "Farhod", "Bahrom"]
_ZU_LAST = ["Dlamini", "Ngcobo", "Mkhize", "Zulu"]
_ZU_FIRST = ["Sipho", "Thandeka", "Bongani", "Nomvula"]
_NZ_FULL = ["Aroha Ngata", "James Wilson", "Mere Tipene", "Olivia Chen"]
_VA = ["6/6", "6/9", "6/12", "6/18", "6/60", "CF"]


def _ip4(i: int) -> str:
    """An IPv4 address kept as four bytes (a forum's `inet_pton` in a binary column) as a bytea literal."""
    return f"'\\x{(103 << 24 | i * 7919 % 16777216):08x}'::bytea"


SCHEMA = f"""
CREATE SCHEMA samarqand_maktab;
CREATE TABLE samarqand_maktab.pupils (id int PRIMARY KEY, nasabi text, nomi_padar text, ruzi_tavallud date,
    joi_tavallud text, surogai_zist text, shinosnoma text, guruhi_khun text, emlashho text, holati_salomati text,
    padar_dar_zindon boolean);
INSERT INTO samarqand_maktab.pupils VALUES {_rows(lambda i: f"({i}, {_q(_TJ_LAST[i % 4])}, "
    f"{_q(_TJ_FATHER[i % 4])}, '2012-0{1 + i % 9}-{1 + i % 27:02d}', {_q(['Самарқанд', 'Панҷакент'][i % 2])}, "
    f"{_q(f'кӯчаи Рӯдакӣ, {10 + i}')}, {_q(f'FA{5000000 + i * 37}')}, {_q(['I (0) Rh+', 'II (A) Rh+'][i % 2])}, "
    f"{_q(['БЦЖ, сурхча', 'гепатити B'][i % 2])}, {_q(['солим', 'астма'][i % 2])}, {['false', 'true'][i % 5 == 0]})")};
CREATE TABLE samarqand_maktab.tibbi_nazorat (id int PRIMARY KEY, pupil_id int REFERENCES samarqand_maktab.pupils,
    sana date, tashkhis text, tavsiya text);
INSERT INTO samarqand_maktab.tibbi_nazorat VALUES {_rows(lambda i: f"({i}, {i}, '2025-03-{1 + i % 27:02d}', "
    f"{_q(['Камхунӣ', 'Зуком', 'Солим'][i % 3])}, {_q(['Ғизои пурра', 'Назорат баъди 3 моҳ'][i % 2])})")};
CREATE TABLE samarqand_maktab.mahsulot (id int PRIMARY KEY, nom text, tavsiya text);
INSERT INTO samarqand_maktab.mahsulot VALUES {_rows(lambda i: f"({i}, {_q(f'Дафтар {i}')}, "
    f"{_q(['барои синфи 5', 'барои рассомӣ'][i % 2])})")};

CREATE SCHEMA durban_taxi;
CREATE TABLE durban_taxi.drivers (id int PRIMARY KEY, isibongo text, igama text, inombolo_yocingo text);
INSERT INTO durban_taxi.drivers VALUES {_rows(lambda i: f"({i}, {_q(_ZU_LAST[i % 4])}, {_q(_ZU_FIRST[i % 4])}, "
    f"{_q(f'08{2 + i % 3} {100 + i:03d} {2000 + i:04d}')})")};

CREATE SCHEMA mpumalanga_stokvel;
CREATE TABLE mpumalanga_stokvel.members (id int PRIMARY KEY, sibongo_lelilungu text, libito_lelilungu text,
    inombolo_yelucingo text);
INSERT INTO mpumalanga_stokvel.members VALUES {_rows(lambda i: f"({i}, {_q(_ZU_LAST[(i + 1) % 4])}, "
    f"{_q(_ZU_FIRST[(i + 2) % 4])}, {_q(f'07{2 + i % 3} {300 + i:03d} {4000 + i:04d}')})")};

CREATE SCHEMA wellington_optometry;
CREATE TABLE wellington_optometry.patients (id int PRIMARY KEY, full_name text, diabetic boolean,
    in_blind_register boolean);
INSERT INTO wellington_optometry.patients VALUES {_rows(lambda i: f"({i}, {_q(_NZ_FULL[i % 4])}, "
    f"{['false', 'true'][i % 3 == 0]}, {['false', 'true'][i % 7 == 0]})")};
CREATE TABLE wellington_optometry.eye_tests (id int PRIMARY KEY, patient_id int REFERENCES wellington_optometry.patients,
    visual_acuity text, bcva_od text, bcva_os text, iop_od smallint, iop_os smallint, sph_od numeric(5,2),
    cyl_od numeric(5,2), axis_od smallint, add_ou numeric(4,2), intraocular_pressure smallint);
INSERT INTO wellington_optometry.eye_tests VALUES {_rows(lambda i: f"({i}, {i}, {_q(_VA[i % 6])}, "
    f"{_q(_VA[(i + 1) % 6])}, {_q(_VA[(i + 2) % 6])}, {10 + i % 20}, {11 + i % 19}, {(i % 16 - 8) / 4}, "
    f"{-(i % 8) / 4}, {(i * 15) % 180}, {1 + (i % 5) / 2}, {12 + i % 15})")};
CREATE TABLE wellington_optometry.cataract_ops (id int PRIMARY KEY, patient_id int
    REFERENCES wellington_optometry.patients, iol_power numeric(4,1), preop_va text, consent_signed_by text);
INSERT INTO wellington_optometry.cataract_ops VALUES {_rows(lambda i: f"({i}, {i}, {18 + (i % 10) / 2}, "
    f"{_q(_VA[(i + 3) % 6])}, {_q(_NZ_FULL[(i + 1) % 4])})")};
CREATE TABLE wellington_optometry.dashboard_charts (id int PRIMARY KEY, title text, y_axis text, os_version text,
    add_on text);
INSERT INTO wellington_optometry.dashboard_charts VALUES {_rows(lambda i: f"({i}, {_q(f'Chart {i}')}, "
    f"{_q(['bookings', 'revenue'][i % 2])}, {_q(['iOS 17', 'Android 14'][i % 2])}, "
    f"{_q(['none', 'lens coating'][i % 2])})")};

CREATE SCHEMA ulaanbaatar_forum;
CREATE TABLE ulaanbaatar_forum.users (id int PRIMARY KEY, handle text, createip bytea, lastip bytea);
INSERT INTO ulaanbaatar_forum.users VALUES {_rows(lambda i: f"({i}, {_q(f'coder{i}')}, {_ip4(i)}, {_ip4(i + 50)})")};
CREATE TABLE ulaanbaatar_forum.threads (id int PRIMARY KEY, title text, writeip bytea);
INSERT INTO ulaanbaatar_forum.threads VALUES {_rows(lambda i: f"({i}, {_q(f'Python асуулт {i}')}, {_ip4(i + 9)})")};

CREATE SCHEMA gaborone_credit_union;
CREATE TABLE gaborone_credit_union.members (id int PRIMARY KEY, full_name text, po_box text);
INSERT INTO gaborone_credit_union.members VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Kagiso Molefe', 'Naledi Sebego', 'Tebogo Kgosi', 'Lesego Pule'][i % 4])}, {_q(f'{100 + i * 13}')})")};

CREATE SCHEMA nairobi_payroll;
CREATE TABLE nairobi_payroll.employees (id int PRIMARY KEY, full_name text, other_id text);
INSERT INTO nairobi_payroll.employees VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Wanjiru Kamau', 'Otieno Odhiambo', 'Achieng Njeri', 'Kipchoge Ruto'][i % 4])}, "
    f"{_q(f'{20000000 + i * 4111}')})")};
CREATE TABLE nairobi_payroll.journal_links (id int PRIMARY KEY, other_id int);
INSERT INTO nairobi_payroll.journal_links VALUES {_rows(lambda i: f"({i}, {100 + i})")};

CREATE SCHEMA suva_blood_bank;
CREATE TABLE suva_blood_bank.specimens (id int PRIMARY KEY, taken_at date, collected_by text);
INSERT INTO suva_blood_bank.specimens VALUES {_rows(lambda i: f"({i}, '2025-04-{1 + i % 27:02d}', "
    f"{_q(['Litia Vakaloloma', 'Ratu Seru Naivalu', 'Ana Tuisawau', 'Josefa Rokovada'][i % 4])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round36_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    # Tajik: a pupil's surname, father's name, birth date, address, identity document, blood group, vaccinations,
    # health state, a father in prison; a school's medical check's diagnosis and recommendation.
    "samarqand_maktab.pupils.nasabi": "person_name",
    "samarqand_maktab.pupils.nomi_padar": "person_name",
    "samarqand_maktab.pupils.ruzi_tavallud": "birth_date",
    "samarqand_maktab.pupils.surogai_zist": "postal_address",
    "samarqand_maktab.pupils.shinosnoma": "national_id",
    "samarqand_maktab.pupils.guruhi_khun": "health",
    "samarqand_maktab.pupils.emlashho": "health",
    "samarqand_maktab.pupils.holati_salomati": "health",
    "samarqand_maktab.pupils.padar_dar_zindon": "criminal_record",
    "samarqand_maktab.tibbi_nazorat.tashkhis": "health",
    "samarqand_maktab.tibbi_nazorat.tavsiya": "health",
    # Zulu and siSwati: a surname, a name, a phone number.
    "durban_taxi.drivers.isibongo": "person_name",
    "durban_taxi.drivers.igama": "person_name",
    "mpumalanga_stokvel.members.sibongo_lelilungu": "person_name",
    "mpumalanga_stokvel.members.libito_lelilungu": "person_name",
    # An eye examination: visual acuity, intraocular pressure, a prescription per eye, a lens's power; a diabetic
    # and the register of the blind.
    "wellington_optometry.patients.diabetic": "health",
    "wellington_optometry.patients.in_blind_register": "health",
    "wellington_optometry.eye_tests.visual_acuity": "health",
    "wellington_optometry.eye_tests.bcva_od": "health",
    "wellington_optometry.eye_tests.bcva_os": "health",
    "wellington_optometry.eye_tests.iop_od": "health",
    "wellington_optometry.eye_tests.iop_os": "health",
    "wellington_optometry.eye_tests.sph_od": "health",
    "wellington_optometry.eye_tests.cyl_od": "health",
    "wellington_optometry.eye_tests.axis_od": "health",
    "wellington_optometry.eye_tests.add_ou": "health",
    "wellington_optometry.eye_tests.intraocular_pressure": "health",
    "wellington_optometry.cataract_ops.iol_power": "health",
    "wellington_optometry.cataract_ops.preop_va": "health",
    # Who signed a consent form, who collected a specimen.
    "wellington_optometry.cataract_ops.consent_signed_by": "person_name",
    "suva_blood_bank.specimens.collected_by": "person_name",
    # A P.O. box; an employee's other id.
    "gaborone_credit_union.members.po_box": "postal_address",
    "nairobi_payroll.employees.other_id": "national_id",
}
# Read by these rules without sampling. With sampling, the phone numbers' values read them anyway; an IP address
# kept as four opaque bytes is left to what its values' bytes say (not read in these tables: docs/classifier.md,
# "Round 36", what is not fixed).
NAMES_ONLY = {
    # An IP address kept as four bytes, glued to the action it records.
    "ulaanbaatar_forum.users.createip": "ip_address",
    "ulaanbaatar_forum.users.lastip": "ip_address",
    "ulaanbaatar_forum.threads.writeip": "ip_address",
    "durban_taxi.drivers.inombolo_yocingo": "phone",
    "mpumalanga_stokvel.members.inombolo_yelucingo": "phone",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round36_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | (NAMES_ONLY if not sampling else {k: v for k, v in NAMES_ONLY.items() if v == "phone"})
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: a place of birth, a shop's product recommendation (no medical record), a chart's axis, an operating
# system's version, an add-on, a link's other id (no table of people).
NOT_READ = ("samarqand_maktab.pupils.joi_tavallud", "samarqand_maktab.mahsulot.tavsiya",
            "wellington_optometry.dashboard_charts.y_axis", "wellington_optometry.dashboard_charts.os_version",
            "wellington_optometry.dashboard_charts.add_on", "nairobi_payroll.journal_links.other_id")


@pytest.mark.parametrize("sampling", [True, False])
def test_round36_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 36 adds, as a column of an invented table of people (Tajik `kormandon`, staff; `volidon`, parents:
# tables of people from this round), by name alone: the hint it gives.
WORDS = {
    "person_name": ("nasab", "nasabi", "nomi_padar", "nasab_nom", "nomu_nasab", "nom_nasab", "nasabu_nom", "duktur",
                    "mehmon", "sibongo", "isibongo", "libito", "igama", "signed_by", "consent_signed_by",
                    "collected_by", "canvassed_by"),
    "birth_date": ("sanai_tavallud", "ruzi_tavallud", "tarikhi_tavallud", "tarikh_tavallod"),
    "national_id": ("shinosnoma", "raqami_shinosnoma", "shahodatnomai_tavallud", "shahodatnoma_tavallud",
                    "other_id", "other_id2"),
    "postal_address": ("suroga", "surogai_zist", "surogai_istiqomat", "po_box", "postal_box", "post_office_box"),
    "health": ("guruhi_khun", "tashkhis", "emlashho", "holati_salomati", "visual_acuity",
               "intraocular_pressure", "iop", "iol_power", "blind_register", "add_power", "postop_va", "preop_va",
               "va_re", "le_va", "bcva_od", "ucva_os", "iop_ou", "sph_le", "cyl_re", "axis_os", "add_od",
               "diabetic", "diabete", "is_diabetic"),
    "criminal_record": ("dar_zindon", "zindon", "kodeksi_jinoi", "moddai_kodeksi_jinoi"),
    "phone": ("inombolo_yelucingo", "inombolo_yocingo", "lucingo", "ucingo"),
    "ip_address": ("lastip", "createip", "writeip"),
}
# A place of birth, an axis, an operating system, an add-on, a right or left alone: not read in a table of people
# either.
NOT_WORDS = ("joi_tavallud", "mahalli_tavallud", "axis", "os", "os_version", "add_on", "right", "left", "va")


@pytest.mark.parametrize("table", ["kormandon", "volidon"])
def test_round36_words(table):
    got = {c: (h.category if (h := names.hint_for(c, "text", None, table, None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# An eye's measures kept as numbers are health; an employee's other id only in a table of people; a recommendation
# only in a medical table (`tibbi`); Tajik tables of people.
def test_round36_numbers_and_context():
    for column in ("iop_re", "sph_od", "axis_le", "add_power", "iol_power"):
        h = names.hint_for(column, "smallint", None, "eye_tests", None)
        assert h is not None and h.category == "health", column
    assert names.hint_for("other_id", "text", None, "journal_links", None) is None
    assert names.hint_for("tavsiya", "text", None, "mahsulot", None) is None
    for column in ("tavsiya", "tavsiyaho"):
        h = names.hint_for(column, "text", None, "tibbi_nazorat", None)
        assert h is not None and h.category == "health", column
    for table in "kudakon kudak kormandon korman volidon kheshovandon".split():
        assert names.table_context(table)[0], table
    assert names.table_context("tibbi_nazorat")[1]


# Tokens: `right` and `left` are no pieces of glued names; `other` is one now (`otherphone`: other, phone); the glued
# IPs of an action are whole words.
def test_round36_tokens():
    for whole in ("timeleft", "copyright", "lastip", "createip", "writeip"):
        assert names.tokens(whole) == (whole,), whole
    assert names.tokens("otherphone") == ("other", "phone")
    assert names.tokens("loginip") == ("login", "ip")
