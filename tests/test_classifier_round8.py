"""Round 8's rules (docs/classifier.md, "Round 8"), on tables written for these tests in languages and applications
the sixth blind part does not use (a Danish union, a Norwegian congregation, a Czech party's CRM, a Turkish dating
app, a Spanish veterinary clinic, a Romanian employer): the GDPR special categories named in more languages and in
applications' own terms, person names and identity numbers in those languages, animals' clinical records, and
medicine lists linked to no one. Each verdict is asserted exactly, with and without sampling."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import animal, names

from .helpers import analysed_database, classified

SCHEMA = """
CREATE SCHEMA dk;
CREATE TABLE dk.medlemmer (id int PRIMARY KEY, fornavn text, efternavn text, cpr_nummer text, fagforening text,
       sygemeldt boolean, adresse text, postnummer text);
INSERT INTO dk.medlemmer SELECT g, 'Mette', 'Jensen', lpad((1 + g % 28)::text, 2, '0') || '0380-' || (1200 + g), '3F', false, 'Nørregade ' || g, '8000'
  FROM generate_series(1, 30) g;

CREATE SCHEMA no;
CREATE TABLE no.menighet (id int PRIMARY KEY, navn text, telefon text, epost text);
INSERT INTO no.menighet SELECT g, 'Domkirken', '+47 22 33 44 ' || lpad(g::text, 2, '0'), 'post@kirken.no'
  FROM generate_series(1, 10) g;
CREATE TABLE no.personer (id int PRIMARY KEY, fornavn text, etternavn text, fodselsnummer text, trossamfunn text,
       menighet_id int REFERENCES no.menighet);
INSERT INTO no.personer SELECT g, 'Ola', 'Nordmann', '01020312345', 'Den norske kirke', 1 + g % 10
  FROM generate_series(1, 30) g;

CREATE SCHEMA cz;
CREATE TABLE cz.kontakty (id int PRIMARY KEY, jmeno text, prijmeni text, rodne_cislo text, politicka_strana text,
       volebni_zamer text);
INSERT INTO cz.kontakty SELECT g, 'Jan', 'Novák', '800101/1234', 'ODS', 'ANO' FROM generate_series(1, 30) g;

CREATE SCHEMA tr;
CREATE TABLE tr.uyeler (id int PRIMARY KEY, ad_soyad text, tc_kimlik_no text, cinsel_yonelim text,
       interested_in text, mezhep text, politics text, sifre text);
INSERT INTO tr.uyeler SELECT g, 'Ayşe Yılmaz', '10000000146', 'heteroseksüel', 'men', 'Sünni', 'Liberal', 'gizli' || g
  FROM generate_series(1, 30) g;

CREATE SCHEMA vet;
CREATE TABLE vet.propietarios (id int PRIMARY KEY, nombre text, apellidos text, telefono text);
INSERT INTO vet.propietarios SELECT g, 'Lucía', 'Martín', '+34 612 345 ' || lpad(g::text, 3, '0')
  FROM generate_series(1, 30) g;
CREATE TABLE vet.mascotas (id int PRIMARY KEY, propietario_id int REFERENCES vet.propietarios, nombre text,
       especie text, raza text, fecha_nacimiento date, microchip text);
INSERT INTO vet.mascotas SELECT g, g, 'Toby', 'perro', 'Beagle', date '2019-01-01' + g, '9410000' || g
  FROM generate_series(1, 30) g;
CREATE TABLE vet.consultas (id int PRIMARY KEY, mascota_id int REFERENCES vet.mascotas, diagnostico text,
       peso numeric, tratamiento text);
INSERT INTO vet.consultas SELECT g, 1 + g % 30, 'otitis externa', 12.5, 'amoxicilina 250 mg'
  FROM generate_series(1, 30) g;
CREATE TABLE vet.medicamentos (id int PRIMARY KEY, nombre text, dosis text, indicaciones text);
INSERT INTO vet.medicamentos SELECT g, 'Amoxicilina', '250 mg', 'infecciones bacterianas'
  FROM generate_series(1, 20) g;

CREATE SCHEMA crm;
CREATE TABLE crm.people (id int PRIMARY KEY, first_name text, last_name text, segment text, faith text, school text);
INSERT INTO crm.people SELECT g, 'Anna', 'Berg', (ARRAY['Sympathisant', 'Militant', 'Militant', 'Sympathisant'])[1 + g % 4],
       (ARRAY['Roman Catholic', 'Lutheran', 'Muslim', 'Jewish', 'Atheist'])[1 + g % 5],
       (ARRAY['Catholic University of Leuven', 'Christian Brothers College'])[1 + g % 2] FROM generate_series(1, 30) g;
CREATE TABLE crm.canvass (id int PRIMARY KEY, person_id int REFERENCES crm.people, nivel_apoyo int, geohash text,
       officiant text);
INSERT INTO crm.canvass SELECT g, 1 + g % 30, 1 + g % 5, (ARRAY['u4pruydqqvj', 'dr5ru7c', 'gcpvj0d'])[1 + g % 3],
       (ARRAY['Rev. Anna Lindqvist', 'pastori Matti Virtanen', 'Pfarrer Hans Keller'])[1 + g % 3]
  FROM generate_series(1, 30) g;
CREATE TABLE crm.patients (id int PRIMARY KEY, forename text, surname text);
INSERT INTO crm.patients SELECT g, 'Oliver', 'Smith' FROM generate_series(1, 30) g;
CREATE TABLE crm.care_problem (id int PRIMARY KEY, "PatientGuid" text, "Comment" text);
INSERT INTO crm.care_problem SELECT g, 'a' || g, (ARRAY['diet controlled', 'on CPAP', 'in remission'])[1 + g % 3]
  FROM generate_series(1, 30) g;

CREATE SCHEMA ro;
CREATE TABLE ro.angajati (id int PRIMARY KEY, nume text, prenume text, cnp text, email_adresse text,
       cazier_judiciar text, religie text);
INSERT INTO ro.angajati SELECT g, 'Popescu', 'Ioana', '1800101221144', 'ioana' || g || '@example.ro', 'curat', 'ortodox'
  FROM generate_series(1, 30) g;
"""

NAMES = {
    "dk.medlemmer.fornavn": "person_name", "dk.medlemmer.efternavn": "person_name",
    "dk.medlemmer.cpr_nummer": "national_id", "dk.medlemmer.fagforening": "trade_union",
    "dk.medlemmer.sygemeldt": "health", "dk.medlemmer.adresse": "postal_address",
    "dk.medlemmer.postnummer": "postal_address",
    # the congregation is an organisation: its name, phone and e-mail are no one's personal data
    "no.personer.fornavn": "person_name", "no.personer.etternavn": "person_name",
    "no.personer.fodselsnummer": "national_id", "no.personer.trossamfunn": "religious_belief",
    "cz.kontakty.jmeno": "person_name", "cz.kontakty.prijmeni": "person_name",
    "cz.kontakty.rodne_cislo": "national_id", "cz.kontakty.politicka_strana": "political_opinion",
    "cz.kontakty.volebni_zamer": "political_opinion",
    "tr.uyeler.ad_soyad": "person_name", "tr.uyeler.tc_kimlik_no": "national_id",
    "tr.uyeler.cinsel_yonelim": "sex_life", "tr.uyeler.interested_in": "sex_life",
    "tr.uyeler.mezhep": "religious_belief", "tr.uyeler.politics": "political_opinion",
    "tr.uyeler.sifre": "credentials",
    # the owner is the person; the pet's name, birth date, diagnosis and weight are not a human's data, and the
    # medicine list is a catalogue
    "vet.propietarios.nombre": "person_name", "vet.propietarios.apellidos": "person_name",
    "vet.propietarios.telefono": "phone",
    "ro.angajati.nume": "person_name", "ro.angajati.prenume": "person_name", "ro.angajati.cnp": "national_id",
    "ro.angajati.email_adresse": "email", "ro.angajati.cazier_judiciar": "criminal_record",
    "ro.angajati.religie": "religious_belief",
}
NAMES |= {
    # a patient's problems keyed by `PatientGuid`: a clinical event, its comment health data
    "crm.people.first_name": "person_name", "crm.people.last_name": "person_name", "crm.people.faith": "religious_belief",
    "crm.canvass.nivel_apoyo": "political_opinion", "crm.canvass.geohash": "geo_location",
    "crm.canvass.officiant": "person_name", "crm.patients.forename": "person_name",
    "crm.patients.surname": "person_name", "crm.care_problem.Comment": "health",
}
# With values: a segment of militants and sympathisers is a political opinion; schools named for a faith are no belief.
SAMPLED = NAMES | {"crm.people.segment": "political_opinion"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round8_rules", SCHEMA) as db:
        yield db


def test_round8_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round8_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES


@pytest.mark.parametrize("column, category", [
    ("politisk_parti", "political_opinion"), ("poliittinen_puolue", "political_opinion"),
    ("voting_intention", "political_opinion"), ("fackforbund", "trade_union"), ("ammattiliitto", "trade_union"),
    ("sendika_uyesi", "trade_union"), ("uskonto", "religious_belief"), ("nabozenske_vyznani", "religious_belief"),
    ("thriskevma", "religious_belief"), ("sexuell_laggning", "sex_life"), ("seksuaalinen_suuntautuminen", "sex_life"),
    ("etnisk_oprindelse", "ethnic_origin"), ("etnik_koken", "ethnic_origin"), ("sormenjalki", "biometric"),
    ("parmak_izi", "biometric"), ("rikosrekisteriote", "criminal_record"), ("straffeattest", "criminal_record"),
    ("adli_sicil_kaydi", "criminal_record"), ("dbs_check", "criminal_record"), ("sukunimi", "person_name"),
    ("etternavn", "person_name"), ("prijmeni", "person_name"), ("soyadi", "person_name"),
    ("henkilotunnus", "national_id"), ("personnummer", "national_id"), ("sahkoposti", "email"),
    ("puhelinnumero", "phone"), ("lahiosoite", "postal_address"), ("sairausloma", "health"),
    ("geohash", "geo_location"), ("ip_adresse", "ip_address"), ("salasana", "credentials"),
])
def test_special_and_personal_words(column, category):
    hint = names.hint_for(column, "text", None, "customers", None)
    assert hint is not None and hint.category == category, (column, hint)


@pytest.mark.parametrize("column", ["folio_receta", "requiere_receta", "tarjeta_monedero", "school_name",
                                    "preferred_communication_method", "LastReviewUserInRoleGuid", "support_level"])
def test_things_named_like_personal_data(column):
    assert names.hint_for(column, "text", None, "customers", None) is None


def test_animals_and_catalogues():
    assert animal.animal_columns(("id", "name", "species", "breed", "date_of_birth"))
    assert animal.animal_named("client_pets") and not animal.animal_named("pet_owners")
    assert not animal.animal_columns(("id", "name", "sex", "date_of_birth"))     # a human patient
    assert animal.catalogue_named("medication") and animal.catalogue_named("diseasedef")
    assert not animal.catalogue_named("patient_medication")


def test_special_values():
    from auditor.analysis.classify.special import special_value
    assert special_value("\x01Militante\x01Voluntario\x01") == "political_opinion"
    assert special_value("Roman Catholic") == "religious_belief" and special_value("bisexual") == "sex_life"
    assert special_value("Catholic University") is None and special_value("Eleitor") is None


def test_number_and_value_shapes():
    from auditor.analysis.classify.national_numbers import named_id_kind
    from auditor.analysis.classify.values import plausible
    assert names.hint_for("nivel_apoio", "int", None, "x", None).category == "political_opinion"
    assert names.hint_for("support_level", "int", None, "x", None) is None       # a helpdesk's tier
    assert plausible("geo_location", "u4pruydqqvj") and not plausible("geo_location", "hello")
    assert named_id_kind("131052-308T") == "fi_hetu" and named_id_kind("1800101221144") == "ro_cnp"


@pytest.mark.parametrize("value", ["Mette Nielsen", "Korhonen, Aino", "Jiří Dvořák", "Ioana Popescu", "Mehmet Öztürk",
                                   "Giorgos Papadopoulos", "Kari Johansen"])
def test_names_of_more_languages(value):
    from auditor.analysis.classify.person_names import known_name
    assert known_name(value)
