"""Round 50's rules (docs/classifier.md, "Round 50"), on tables written for these tests in applications and countries
the forty-eighth blind part does not use (a Tromsø kayak rental's guests, in Norwegian; a Skagen holiday-cottage
agency's guests, in Danish; a Nice apartment concierge, in French; a Penang housing cooperative's tenants and a Johor
factory's workers, in Malay; a Bandung courier's customers, in Indonesian; an Auckland FHIR store's patients and
SIM cards), not on that part's names or values.
The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_NO = ["Ingrid Solheim", "Torbjørn Aas", "Sigrid Lunde", "Magnus Berntsen"]
_DK = ["Mette Kjær", "Rasmus Holm", "Freja Lindgaard", "Anders Bech"]
_FR = ["Odile Marchand", "Yannick Ferrand", "Solène Bertin", "Gaëtan Roux"]
_MY = ["Nurul Aisyah binti Razak", "Lim Wei Jie", "Kavitha a/p Subramaniam", "Ahmad Faiz bin Osman"]

SCHEMA = f"""
CREATE SCHEMA tromso_kajakk;
CREATE TABLE tromso_kajakk.gjester (id int PRIMARY KEY, navn text, fdato date, hjemadresse text, parorende text,
    parorende_relasjon text, kajakk text);
INSERT INTO tromso_kajakk.gjester VALUES {_rows(lambda i: f"({i}, {_q(_NO[i % 4])}, "
    f"{_q(f'19{60 + i % 40}-0{1 + i % 9}-1{i % 10}')}, {_q(f'Storgata {10 + i}, 9008 Tromsø')}, "
    f"{_q(_NO[(i + 1) % 4])}, {_q(['ektefelle', 'sønn', 'datter', 'søster'][i % 4])}, "
    f"{_q(['Prijon Kodiak', 'Valley Etain', 'P&H Cetus'][i % 3])})")};

CREATE SCHEMA skagen_sommerhus;
CREATE TABLE skagen_sommerhus.gaester (id int PRIMARY KEY, fdato date, hjemadresse text, antal_personer int);
INSERT INTO skagen_sommerhus.gaester VALUES {_rows(lambda i: f"({i}, "
    f"{_q(f'19{55 + i % 45}-1{i % 3}-0{1 + i % 9}')}, {_q(f'Vestergade {3 + i}, 8000 Aarhus C')}, {1 + i % 6})")};

CREATE SCHEMA nice_conciergerie;
CREATE TABLE nice_conciergerie.appartements (id int PRIMARY KEY, code_boite_a_cles text, code_alarme text,
    type_alarme text, etage int);
INSERT INTO nice_conciergerie.appartements VALUES {_rows(lambda i: f"({i}, {_q(f'{(i * 7919) % 10000:04d}')}, "
    f"{_q(f'{(i * 104729) % 1000000:06d}')}, {_q(['intrusion', 'incendie', 'inondation'][i % 3])}, {i % 7})")};
CREATE TABLE nice_conciergerie.prestataires (id int PRIMARY KEY, raison_sociale text, contact_nom text, metier text);
INSERT INTO nice_conciergerie.prestataires VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Azur Piscines SARL', 'Riviera Ménage', 'Cimiez Jardins'][i % 3])}, {_q(_FR[i % 4])}, "
    f"{_q(['piscine', 'ménage', 'jardin'][i % 3])})")};
CREATE TABLE nice_conciergerie.passages (id int PRIMARY KEY, intervenante text, intervention text, duree_min int);
INSERT INTO nice_conciergerie.passages VALUES {_rows(lambda i: f"({i}, {_q(_FR[(i + 2) % 4])}, "
    f"{_q(['ménage complet', 'changement du linge', 'vitres'][i % 3])}, {30 + i % 90})")};

CREATE SCHEMA penang_koperasi;
CREATE TABLE penang_koperasi.penghuni (id int PRIMARY KEY, nama text, poskod text, suku text, unit text);
INSERT INTO penang_koperasi.penghuni VALUES {_rows(lambda i: f"({i}, {_q(_MY[i % 4])}, "
    f"{_q(['10450', '11700', '11900'][i % 3])}, {_q(['Melayu', 'Cina', 'India', 'Siam'][i % 4])}, "
    f"{_q(f'B-{i % 12}-{i % 8}')})")};
CREATE TABLE penang_koperasi.jualan (id int PRIMARY KEY, tahun int, suku int, jumlah numeric(10,2));
INSERT INTO penang_koperasi.jualan VALUES {_rows(lambda i: f"({i}, {2019 + i % 5}, {1 + i % 4}, {1000 + i * 37})")};

CREATE SCHEMA johor_kilang;
CREATE TABLE johor_kilang.pekerja (id int PRIMARY KEY, nama text, semakan_polis text, syif text);
INSERT INTO johor_kilang.pekerja VALUES {_rows(lambda i: f"({i}, {_q(_MY[(i + 1) % 4])}, "
    f"{_q(['Tiada rekod', 'Tiada rekod', 'Rekod trafik 2019'][i % 3])}, {_q(['pagi', 'petang', 'malam'][i % 3])})")};

CREATE SCHEMA bandung_kurir;
CREATE TABLE bandung_kurir.pelanggan (id int PRIMARY KEY, nama text, kode_pos text, kota text);
INSERT INTO bandung_kurir.pelanggan VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Dewi Lestari', 'Budi Santoso', 'Siti Rahmawati'][i % 3])}, {_q(f'{40111 + i % 60}')}, "
    f"{_q(['Bandung', 'Cimahi'][i % 2])})")};

CREATE SCHEMA auckland_fhir;
CREATE TABLE auckland_fhir.patients (id int PRIMARY KEY, family text, telecom text, gender text);
INSERT INTO auckland_fhir.patients VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Ngata', 'Tuhiwai', 'McKenzie', 'Patel'][i % 4])}, {_q(f'+64 21 {300 + i} {4100 + i * 7}')}, "
    f"{_q(['female', 'male'][i % 2])})")};
CREATE TABLE auckland_fhir.sim_cards (id int PRIMARY KEY, telecom text, plan text);
INSERT INTO auckland_fhir.sim_cards VALUES {_rows(lambda i: f"({i}, {_q(['One NZ', 'Spark', '2degrees'][i % 3])}, "
    f"{_q(['prepay', 'business'][i % 2])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round50_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "tromso_kajakk.gjester.navn": "person_name",
    "tromso_kajakk.gjester.fdato": "birth_date",
    "tromso_kajakk.gjester.hjemadresse": "postal_address",
    "skagen_sommerhus.gaester.fdato": "birth_date",
    "skagen_sommerhus.gaester.hjemadresse": "postal_address",
    "nice_conciergerie.prestataires.contact_nom": "person_name",
    "penang_koperasi.penghuni.nama": "person_name",
    "penang_koperasi.penghuni.poskod": "postal_address",
    "penang_koperasi.penghuni.suku": "ethnic_origin",
    "johor_kilang.pekerja.semakan_polis": "criminal_record",
    "bandung_kurir.pelanggan.kode_pos": "postal_address",
    "auckland_fhir.patients.telecom": "phone",
}
# Read by name without sampling; with sampling, values of digits alone (a key box's or an alarm's code), or a name
# that its values already tell, decide.
NAME_ONLY = {
    "tromso_kajakk.gjester.parorende": "person_name",
    "nice_conciergerie.appartements.code_boite_a_cles": "secret_token",
    "nice_conciergerie.appartements.code_alarme": "secret_token",
    "nice_conciergerie.passages.intervenante": "person_name",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round50_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED if sampling else NAMED | NAME_ONLY
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: the next of kin's relationship, a kayak, a number of guests, an alarm's type (intrusion, fire), a floor, a
# supplier's trade and company name, a cleaner's task and its length, a housing unit, a quarter of the year (Malay
# `suku` outside a table of people) and its year and amount, a shift, a city, a SIM card's operator (`telecom`
# outside a table of people) and its plan.
NOT_READ = ("tromso_kajakk.gjester.parorende_relasjon", "tromso_kajakk.gjester.kajakk",
            "skagen_sommerhus.gaester.antal_personer", "nice_conciergerie.appartements.type_alarme",
            "nice_conciergerie.appartements.etage", "nice_conciergerie.prestataires.metier",
            "nice_conciergerie.prestataires.raison_sociale", "nice_conciergerie.passages.intervention",
            "nice_conciergerie.passages.duree_min", "penang_koperasi.penghuni.unit", "penang_koperasi.jualan.suku",
            "penang_koperasi.jualan.tahun", "penang_koperasi.jualan.jumlah", "johor_kilang.pekerja.syif",
            "bandung_kurir.pelanggan.kota", "auckland_fhir.sim_cards.telecom", "auckland_fhir.sim_cards.plan")


@pytest.mark.parametrize("sampling", [True, False])
def test_round50_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 50 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "secret_token": ("code_boite_cles", "code_boite_a_cles", "code_de_la_boite_a_cles", "boite_a_cles_code",
                     "code_alarme", "code_d_alarme", "code_de_l_alarme", "digicode"),
    "person_name": ("contact_nom", "nom_contact", "nom_du_contact", "contact_prenom", "prenom_contact"),
    "postal_address": ("poskod", "kode_pos", "kodepos", "hjemadresse"),
    "criminal_record": ("semakan_polis", "semakan_rekod_polis"),
    "birth_date": ("fdato",),
}
# Read only in a table of people (weak): Malay `suku`, Norwegian `pårørende`, FHIR's `telecom`; `intervenant(e)` is
# weak anywhere.
IN_PEOPLE = {"suku": "ethnic_origin", "parorende": "person_name", "telecom": "phone"}
# An alarm alone, an alarm's type, a code alone, an intervention, `suku` and `pårørende` outside a table of people,
# the next of kin's relationship, a guest book, `telecom` outside a table of people and a telecom operator: not read
# (a post-office box stays an address, below).
NOT_WORDS = ("alarme", "type_alarme", "code", "intervention", "suku", "parorende", "parorende_relasjon", "gjestebok",
             "telecom", "telecom_operator")


def _hint(column: str, table: str = "signups"):
    return names.hint_for(column, "text", None, table, None)


def test_round50_words():
    got = {c: (h.category if (h := _hint(c)) else None) for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
    people = {c: _hint(c, "members") for c in IN_PEOPLE}
    assert {c: (h.category, h.strength) for c, h in people.items() if h} == {
        c: (cat, "weak") for c, cat in IN_PEOPLE.items()}
    for word in ("intervenant", "intervenante"):
        hint = _hint(word)
        assert hint is not None and (hint.category, hint.strength) == ("person_name", "weak")
    # Norwegian and Danish guests are people: a guest's `navn` is a name; `navn` alone is not.
    assert _hint("navn") is None
    assert _hint("navn", "gjester").category == "person_name"
    assert _hint("navn", "gaester").category == "person_name"
    assert _hint("boite_postale").category == "postal_address"      # a post-office box stays an address
