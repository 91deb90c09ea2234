"""Round 33's rules (docs/classifier.md, "Round 33"), on tables written for these tests in applications and countries
the thirty-first blind part does not use (an Uzbek-language school in Osh, Kyrgyzstan; a Samarkand microlender; a
Kazan clinic; a Bishkek trading company's suppliers; a Baku bank; a Zagreb council's help desk; a Lisbon library; a
Trondheim hiking club's blog; an aeromedical examiner and a Spanish employer's medical checks; a sailing club; a
Ljubljana conference), not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import random

import pytest
from stdnum import luhn

from auditor.analysis.classify import clinical_event, entity, identifiers, names

from .helpers import analysed_database, classified, token_text
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


# Uzbek names as registers write them: surname, given name, the father's name and o‘g‘li (son of) or qizi (daughter
# of), with the typographic apostrophe of the letters oʻ and gʻ.
_UZ_LAST = ["Tursunov", "Qodirova", "Jo‘rayev", "Ergasheva"]
_UZ_FIRST = ["Bobur", "Gulnoza", "Ulug‘bek", "Dildora"]
_UZ_FATHER = ["Hamid o‘g‘li", "Karim qizi", "Nodir o‘g‘li", "Sherzod qizi"]
_UZ_FULL = [f"{a} {b} {c}" for a, b, c in zip(_UZ_LAST, _UZ_FIRST, _UZ_FATHER)]
_RU_LAST = ["Галиев", "Сафина", "Морозов", "Ахметова"]
_RU_FIRST = ["Ильдар", "Алсу", "Павел", "Гульнара"]
_AZ_PATRONYMIC = ["Elçin oğlu", "Rauf qızı", "Vüqar oğlu", "Tofiq qızı"]
_NO_NAMES = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Eirik Dahl"]
_MAILS = ["kari.nordmann@epost.no", "ola.h@uninett.no", "ingrid.berg@online.no", "eirik@dahl.no"]


def _bytea(seed: int) -> str:
    """A 48-byte template of a fingerprint (random-looking bytes, as an encoded template is) as a bytea literal."""
    return "'\\x" + random.Random(seed).randbytes(48).hex() + "'::bytea"


def _card(prefix: str, i: int) -> str:
    body = f"{prefix}{i:011d}"
    return body + luhn.calc_check_digit(body)


SCHEMA = f"""
CREATE SCHEMA osh_maktab;
CREATE TABLE osh_maktab.oquvchilar (id int PRIMARY KEY, familiya text, ism text, otasining_ismi text,
    tugilgan_sana date, tugilgan_joyi text, manzil text, uy_raqami text, pochta_indeksi text, elektron_pochta text,
    millati text, ota_fio text, nogironlik_guruhi smallint, izoh text);
INSERT INTO osh_maktab.oquvchilar VALUES {_rows(lambda i: f"({i}, {_q(_UZ_LAST[i % 4])}, {_q(_UZ_FIRST[i % 4])}, "
    f"{_q(_UZ_FATHER[i % 4])}, '{2008 + i % 8}-0{1 + i % 9}-1{i % 10}', 'O‘sh', "
    f"{_q(f'Navoiy ko‘chasi, {i + 3}-uy')}, {_q(f'{i + 3}-uy')}, {_q(str(723500 + i))}, "
    f"{_q(f'oquvchi{i}@mail.kg')}, {_q(['o‘zbek', 'qirg‘iz', 'rus', 'tojik'][i % 4])}, "
    f"{_q(_UZ_FULL[(i + 1) % 4])}, {1 + i % 3}, {_q(f'Ota-onasi bilan suhbat: {_UZ_FULL[i % 4]}, +996 555 {i:06d}')})")};
CREATE TABLE osh_maktab.tibbiy_korik (id int PRIMARY KEY, oquvchi_id int REFERENCES osh_maktab.oquvchilar,
    tashxis text, qon_guruhi text, dori_vositalari text, shifokor_fio text, sabab text, izoh text,
    tibbiy_muassasa text);
INSERT INTO osh_maktab.tibbiy_korik VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Bronxial astma', 'Gastrit', 'Anemiya', 'Skolioz'][i % 4])}, {_q(['A(II)+', 'O(I)-'][i % 2])}, "
    f"{_q(['Salbutamol', 'Omeprazol 20 mg'][i % 2])}, {_q(_UZ_FULL[(i + 2) % 4])}, "
    f"{_q(['shikoyat', 'rejali tekshiruv'][i % 2])}, {_q(['Nazorat 1 oydan keyin.', 'Sport mashg‘ulotidan ozod.'][i % 2])}, "
    f"{_q(f'{i}-oilaviy poliklinika')})")};
CREATE TABLE osh_maktab.maktab (id int PRIMARY KEY, nomi text, direktor_fio text, maktab_manzili text);
INSERT INTO osh_maktab.maktab VALUES {_rows(lambda i: f"({i}, {_q(f'{i}-maktab')}, {_q(_UZ_FULL[i % 4])}, "
    f"{_q(f'Lenin ko‘chasi, {i}')})", 6)};

CREATE SCHEMA samarqand_kredit;
CREATE TABLE samarqand_kredit.mijozlar (id int PRIMARY KEY, fio text, jshshir text, pasport text, stir text,
    karta_raqami text, bank_hisobi text, parol_xesh text, sms_kod text, barmoq_izi bytea);
INSERT INTO samarqand_kredit.mijozlar VALUES {_rows(lambda i: f"({i}, {_q(_UZ_FULL[i % 4])}, "
    f"{_q(f'3{10 + i % 18:02d}0{1 + i % 9}9{i % 10}{26 + i:03d}{i:04d}{i % 10}')}, {_q(f'AC{4100000 + i * 37}')}, "
    f"{_q(str(400000000 + i * 7919))}, {_q(_card('8600', 3000 + i))}, {_q(f'20206000{i:012d}')}, "
    f"{_q('$2b$12$' + token_text(i, 53, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'))}, "
    f"{_q(f'{(i * 7919) % 1000000:06d}')}, {_bytea(i)})")};
CREATE TABLE samarqand_kredit.filiallar (id int PRIMARY KEY, nomi text, stir text);
INSERT INTO samarqand_kredit.filiallar VALUES {_rows(lambda i: f"({i}, {_q(f'Filial {i}')}, "
    f"{_q(str(300000000 + i * 7919))})", 8)};

CREATE SCHEMA kazan_klinika;
CREATE TABLE kazan_klinika.patsienty (id int PRIMARY KEY, familiya text, imya text, snils text, pasport text,
    inn text, nomer_karty text, gruppa_krovi text, beremennost boolean, data_rozhd date, mesto_rozhdeniya text,
    protez text, primechanie text);
INSERT INTO kazan_klinika.patsienty VALUES {_rows(lambda i: f"({i}, {_q(_RU_LAST[i % 4])}, {_q(_RU_FIRST[i % 4])}, "
    f"{_q(f'{112 + i:03d}-{233 + i:03d}-{445 + i:03d} {10 + i:02d}')}, {_q(f'92 1{i % 10} {600000 + i * 17}')}, "
    f"{_q(f'1655{i:08d}')}, {_q(_card('2200', 7000 + i))}, {_q(['O(I) Rh+', 'A(II) Rh-'][i % 2])}, {str(i % 5 == 0).lower()}, "
    f"'{1960 + i % 40}-0{1 + i % 9}-2{i % 8}', 'Казань', {_q(['нет', 'протез голени'][i % 2])}, "
    f"{_q(f'Позвонить дочери: {_RU_FIRST[(i + 1) % 4]} {_RU_LAST[(i + 1) % 4]}, +7 917 {i:07d}')})")};
CREATE TABLE kazan_klinika.soiskateli (id int PRIMARY KEY, dolzhnost text, prigovor text, nakazanie text,
    otpechatok_paltsa bytea);
INSERT INTO kazan_klinika.soiskateli VALUES {_rows(lambda i: f"({i}, 'медсестра', "
    f"{_q(['нет', 'ст. 158 ч. 1 УК РФ'][i % 2])}, {_q(['нет', 'условно, 1 год'][i % 2])}, "
    f"{_bytea(i + 5)})")};
CREATE TABLE kazan_klinika.vyzovy_skoroy (id int PRIMARY KEY, patsient_id int REFERENCES kazan_klinika.patsienty,
    shirota numeric(9,6), dolgota numeric(9,6));
INSERT INTO kazan_klinika.vyzovy_skoroy VALUES {_rows(lambda i: f"({i}, {i}, {55.70 + i * 0.0037:.6f}, "
    f"{49.05 + i * 0.0041:.6f})")};
CREATE TABLE kazan_klinika.postavshchiki (id int PRIMARY KEY, nazvanie text, inn text);
INSERT INTO kazan_klinika.postavshchiki VALUES {_rows(lambda i: f"({i}, {_q(f'ООО Медтехника {i}')}, "
    f"{_q(f'16{i:08d}')})", 8)};

CREATE SCHEMA bishkek_trade;
CREATE TABLE bishkek_trade.suppliers (id int PRIMARY KEY, company_name text, direktor_fio text, rahbar_telefon text,
    telefon text);
INSERT INTO bishkek_trade.suppliers VALUES {_rows(lambda i: f"({i}, {_q(f'Ala-Too Textile {i} LLC')}, "
    f"{_q(_UZ_FULL[i % 4])}, {_q(f'+996 700 {i:06d}')}, {_q(f'+996 312 {i:06d}')})")};

CREATE SCHEMA baku_bank;
CREATE TABLE baku_bank.customers (id int PRIMARY KEY, first_name text, middle_name text, last_name text);
INSERT INTO baku_bank.customers VALUES {_rows(lambda i: f"({i}, {_q(['Anar', 'Leyla', 'Rəşad', 'Aysel'][i % 4])}, "
    f"{_q(_AZ_PATRONYMIC[i % 4])}, {_q(['Məmmədov', 'Həsənova', 'Quliyev', 'Əliyeva'][i % 4])})")};

CREATE SCHEMA zagreb_helpdesk;
CREATE TABLE zagreb_helpdesk.ticket_mails (id int PRIMARY KEY, subject text, "from" text, "to" text, cc text,
    body text);
INSERT INTO zagreb_helpdesk.ticket_mails VALUES {_rows(lambda i: f"({i}, 'Javna rasvjeta', "
    f"{_q(f'gradjanin{i}@gmail.com')}, {_q(f'referent{i % 5}@zagreb.hr')}, "
    f"{_q(f'nadzor{i % 3}@zagreb.hr') if i % 3 == 0 else 'NULL'}, 'Lampa ne radi u Ilici.')")};
CREATE TABLE zagreb_helpdesk.mail_log (id int PRIMARY KEY, "from" text, "to" text, subject text);
INSERT INTO zagreb_helpdesk.mail_log VALUES {_rows(lambda i: f"({i}, {_q(f'gradjanin{i}@gmail.com')}, "
    f"{_q(f'referent{i % 5}@zagreb.hr')}, 'Javna rasvjeta')")};
CREATE TABLE zagreb_helpdesk.sms_outbox (id int PRIMARY KEY, "to" text, body text);
INSERT INTO zagreb_helpdesk.sms_outbox VALUES {_rows(lambda i: f"({i}, {_q(f'+385 91 {i:07d}')}, 'Prijava zaprimljena')")};
CREATE TABLE zagreb_helpdesk.chat_messages (id int PRIMARY KEY, ticket_id int, content text);
INSERT INTO zagreb_helpdesk.chat_messages VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(f'Dobar dan, ovdje {_NO_NAMES[i % 4]}, moj broj je +385 98 {i:07d}. Lampa i dalje ne radi.')})")};

CREATE SCHEMA lisboa_biblioteca;
CREATE TABLE lisboa_biblioteca.persistent_logins (username text, series text PRIMARY KEY, token text,
    last_used timestamptz);
INSERT INTO lisboa_biblioteca.persistent_logins VALUES {_rows(lambda i: f"({_q(f'leitor{i}')}, "
    f"{_q(token_text(i, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))}, "
    f"{_q(token_text(i + 99, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))}, now())")};
CREATE TABLE lisboa_biblioteca.periodicals (id int PRIMARY KEY, title text, series text, volume int);
INSERT INTO lisboa_biblioteca.periodicals VALUES {_rows(lambda i: f"({i}, 'Revista de História', "
    f"{_q(f'Série {i % 3 + 1}')}, {i})")};
CREATE TABLE lisboa_biblioteca.users (id int PRIMARY KEY, username text, otp_key text);
INSERT INTO lisboa_biblioteca.users VALUES {_rows(lambda i: f"({i}, {_q(f'leitor{i}')}, "
    f"{_q(token_text(i, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))})")};

CREATE SCHEMA turlag;
CREATE TABLE turlag.posts (id int PRIMARY KEY, title text);
INSERT INTO turlag.posts VALUES {_rows(lambda i: f"({i}, {_q(f'Tur til Bymarka {i}')})")};
CREATE TABLE turlag.comments (id int PRIMARY KEY, post_id int REFERENCES turlag.posts, author text, email text,
    website text, content text);
INSERT INTO turlag.comments VALUES {_rows(lambda i: f"({i}, {i}, {_q(_NO_NAMES[i % 4])}, {_q(_MAILS[i % 4])}, "
    f"{_q(f'https://blogg{i}.example.no')}, "
    f"{_q(f'Fin tur! Ring meg gjerne, {_NO_NAMES[(i + 1) % 4]}, på 9{i:07d}.')})")};
CREATE TABLE turlag.sponsors (id int PRIMARY KEY, name text, website text, email text);
INSERT INTO turlag.sponsors VALUES {_rows(lambda i: f"({i}, {_q(f'Sport {i} AS')}, "
    f"{_q(f'https://sport{i}.example.no')}, {_q(f'post@sport{i}.example.no')})", 8)};
CREATE TABLE turlag.reviews (id int PRIMARY KEY, hut text, text text);
INSERT INTO turlag.reviews VALUES {_rows(lambda i: f"({i}, 'Kobberdammen', "
    f"{_q(f'Vi var der med {_NO_NAMES[i % 4]}, koselig hytte. Spør meg på {_MAILS[i % 4]}.')})")};
CREATE TABLE turlag.pages (id int PRIMARY KEY, title text, content text);
INSERT INTO turlag.pages VALUES {_rows(lambda i: f"({i}, 'Om oss', 'Turlaget ble stiftet i 1887.')", 6)};

CREATE SCHEMA aeromed;
CREATE TABLE aeromed.applicants (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO aeromed.applicants VALUES {_rows(lambda i: f"({i}, {_q(_NO_NAMES[i % 4].split()[0])}, "
    f"{_q(_NO_NAMES[i % 4].split()[1])})")};
CREATE TABLE aeromed.medical_exams (id int PRIMARY KEY, applicant_id int REFERENCES aeromed.applicants,
    exam_date date, fit_to_fly char(1));
INSERT INTO aeromed.medical_exams VALUES {_rows(lambda i: f"({i}, {i}, '2024-0{1 + i % 9}-01', {_q('YYNC'[i % 4])})")};
CREATE TABLE aeromed.uniforms (id int PRIMARY KEY, size text, fit text);
INSERT INTO aeromed.uniforms VALUES {_rows(lambda i: f"({i}, {_q('SML'[i % 3])}, {_q(['slim', 'regular'][i % 2])})")};

CREATE SCHEMA sante_travail;
CREATE TABLE sante_travail.salaries (id int PRIMARY KEY, prenom text, nom text);
INSERT INTO sante_travail.salaries VALUES {_rows(lambda i: f"({i}, 'Camille', 'Lefèvre')")};
CREATE TABLE sante_travail.visites_sante (id int PRIMARY KEY, salarie_id int REFERENCES sante_travail.salaries,
    date_visite date, aptitude text);
INSERT INTO sante_travail.visites_sante VALUES {_rows(lambda i: f"({i}, {i}, '2024-03-0{1 + i % 9}', "
    f"{_q(['Apte', 'Apte avec restrictions', 'Inapte temporaire'][i % 3])})")};

CREATE SCHEMA sailing;
CREATE TABLE sailing.regatta_entries (id int PRIMARY KEY, boat text, sail_number text, skipper text, buddy_name text);
INSERT INTO sailing.regatta_entries VALUES {_rows(lambda i: f"({i}, {_q(f'Sjøsprøyt {i}')}, {_q(f'NOR {100 + i}')}, "
    f"{_q(_NO_NAMES[i % 4])}, {_q(_NO_NAMES[(i + 2) % 4])})")};

CREATE SCHEMA konferenca;
CREATE TABLE konferenca.events (id int PRIMARY KEY, title text, contact_email text);
INSERT INTO konferenca.events VALUES {_rows(lambda i: f"({i}, 'DevDays Ljubljana', "
    f"{_q(['program@devdays.si', 'orga@devdays.si', 'archive@devdays.si'][i % 3])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round33_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    # Uzbek: a given name in a table of people, the father's name, birth, address, ethnicity, a father's full name,
    # a disability group as a number; a diagnosis, blood group, medicines, a doctor's full name and a note and a
    # reason in a clinical check; a director's full name; a personal number, passport, taxpayer number, card, bank
    # account and fingerprint in a table of people.
    "osh_maktab.oquvchilar.ism": "person_name",
    "osh_maktab.oquvchilar.otasining_ismi": "person_name",
    "osh_maktab.oquvchilar.tugilgan_sana": "birth_date",
    "osh_maktab.oquvchilar.manzil": "postal_address",
    "osh_maktab.oquvchilar.uy_raqami": "postal_address",
    "osh_maktab.oquvchilar.pochta_indeksi": "postal_address",
    "osh_maktab.oquvchilar.millati": "ethnic_origin",
    "osh_maktab.oquvchilar.ota_fio": "person_name",
    "osh_maktab.oquvchilar.nogironlik_guruhi": "health",
    "osh_maktab.tibbiy_korik.tashxis": "health",
    "osh_maktab.tibbiy_korik.qon_guruhi": "health",
    "osh_maktab.tibbiy_korik.dori_vositalari": "health",
    "osh_maktab.tibbiy_korik.shifokor_fio": "person_name",
    "osh_maktab.tibbiy_korik.sabab": "health",
    "osh_maktab.tibbiy_korik.izoh": "health",
    "osh_maktab.maktab.direktor_fio": "person_name",
    "samarqand_kredit.mijozlar.fio": "person_name",
    "samarqand_kredit.mijozlar.jshshir": "national_id",
    "samarqand_kredit.mijozlar.pasport": "national_id",
    "samarqand_kredit.mijozlar.stir": "national_id",
    "samarqand_kredit.mijozlar.karta_raqami": "payment_card",
    "samarqand_kredit.mijozlar.bank_hisobi": "bank_account",
    "samarqand_kredit.mijozlar.barmoq_izi": "biometric",
    # Russian: SNILS, a passport and a taxpayer number in a table of people, blood group, pregnancy, a birth date
    # abbreviated, a prosthesis; a sentence and a punishment, a fingerprint; latitude and longitude.
    "kazan_klinika.patsienty.snils": "national_id",
    "kazan_klinika.patsienty.pasport": "national_id",
    "kazan_klinika.patsienty.inn": "national_id",
    "kazan_klinika.patsienty.gruppa_krovi": "health",
    "kazan_klinika.patsienty.beremennost": "health",
    "kazan_klinika.patsienty.data_rozhd": "birth_date",
    "kazan_klinika.patsienty.protez": "health",
    "kazan_klinika.soiskateli.prigovor": "criminal_record",
    "kazan_klinika.soiskateli.nakazanie": "criminal_record",
    "kazan_klinika.soiskateli.otpechatok_paltsa": "biometric",
    "kazan_klinika.vyzovy_skoroy.shirota": "geo_location",
    "kazan_klinika.vyzovy_skoroy.dolgota": "geo_location",
    # A head of an organisation by role (Russian, Uzbek) in a supplier's record: a person's name and phone.
    "bishkek_trade.suppliers.direktor_fio": "person_name",
    "bishkek_trade.suppliers.rahbar_telefon": "phone",
    # A remember-me login's series beside its token; a TOTP key.
    "lisboa_biblioteca.persistent_logins.series": "secret_token",
    "lisboa_biblioteca.users.otp_key": "secret_token",
    # A comment's author and e-mail (its website is the author's, not a company's), its content.
    "turlag.comments.author": "person_name",
    "turlag.comments.email": "email",
    "turlag.comments.content": "free_text_may_contain_pii",
    # Fitness verdicts of medical examinations (English, French).
    "aeromed.medical_exams.fit_to_fly": "health",
    "sante_travail.visites_sante.aptitude": "health",
    # A skipper and a buddy.
    "sailing.regatta_entries.skipper": "person_name",
    "sailing.regatta_entries.buddy_name": "person_name",
}
# Read without sampling by these rules; with sampling their values read them anyway (an e-mail address, a note with
# a phone, a password hash, a card number's Luhn digit, a mail's addresses, prose naming people), except the
# six-digit SMS code, whose values refute a secret token (a limit: a one-time code is short).
NAMES_ONLY = {
    "osh_maktab.oquvchilar.elektron_pochta": "email",
    "osh_maktab.oquvchilar.izoh": "free_text_may_contain_pii",
    "samarqand_kredit.mijozlar.parol_xesh": "credentials",
    "samarqand_kredit.mijozlar.sms_kod": "secret_token",
    "kazan_klinika.patsienty.nomer_karty": "payment_card",
    "kazan_klinika.patsienty.primechanie": "free_text_may_contain_pii",
    "zagreb_helpdesk.ticket_mails.from": "email",            # a mail's sender and recipient beside its copies
    "zagreb_helpdesk.ticket_mails.to": "email",
    "zagreb_helpdesk.chat_messages.content": "free_text_may_contain_pii",     # a message's content
    "turlag.reviews.text": "free_text_may_contain_pii",       # a review's text
}
# Read with sampling by a value rule: a Turkic patronymic after the father's name (Azerbaijani `oğlu`, `qızı`) is a
# name's (so is the Uzbek `o‘g‘li`, `otasining_ismi` above). Without sampling `middle_name` is a name by its name.
SAMPLED = {"baku_bank.customers.middle_name": "person_name"}


@pytest.mark.parametrize("sampling", [True, False])
def test_round33_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | (SAMPLED if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: the place of birth, a school's own address (the possessive `manzili` names its owner), a medical
# institution's name, a branch's and a supplier's taxpayer number (no table of people), a supplier's own phone, a
# periodical's series, a sponsor's e-mail (a website alone still marks a company outside what people write), a page's
# content, a uniform's fit.
NOT_READ = ("osh_maktab.oquvchilar.tugilgan_joyi", "osh_maktab.maktab.maktab_manzili",
            "osh_maktab.tibbiy_korik.tibbiy_muassasa", "samarqand_kredit.filiallar.stir",
            "kazan_klinika.patsienty.mesto_rozhdeniya", "kazan_klinika.postavshchiki.inn",
            "bishkek_trade.suppliers.telefon", "lisboa_biblioteca.periodicals.series", "turlag.sponsors.email",
            "turlag.pages.content", "aeromed.uniforms.fit")


@pytest.mark.parametrize("sampling", [True, False])
def test_round33_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
    assert found.get("zagreb_helpdesk.sms_outbox.to") != "email"       # a text message's recipient is a phone


# Without sampling, a mail log without copies is not read as mail by its columns (`to`, `from`): round 32's narrowing.
def test_round33_headers_need_copies(cluster_db):
    found = classified(cluster_db, False)
    assert "zagreb_helpdesk.mail_log.to" not in found and "zagreb_helpdesk.mail_log.from" not in found


# With sampling, a conference's function mailboxes (program@, orga@, archive@) are no one's.
def test_round33_role_mailboxes(cluster_db):
    assert "konferenca.events.contact_email" not in classified(cluster_db, True)


# Every word round 33 adds, as a column of an invented table, by name alone (no database): the hint it gives. A table
# of people (`talabalar`, students; `klienty`, clients) reads the words that need one; a branch (`filiallar`) does not.
WORDS = {
    "person_name": ("ism", "ismi", "otasining_ismi", "ota_ismi", "sharif", "sharifi", "ismi_sharifi", "toliq_ismi",
                    "toliq_ism", "ism_familiya", "familiya_ism", "familiyasi", "oila_boshligi", "glava_semi",
                    "rais_fio", "rahbar_fio", "mudir_fio", "boshliq_fio", "direktor_fio", "nachalnik_fio",
                    "inspektor_fio", "shifokor_fio", "xodim_fio", "sotrudnik_fio", "bemor_fio", "patsient_fio",
                    "mijoz_fio", "klient_fio", "fuqaro_fio", "talaba_fio", "oquvchi_fio", "ota_fio", "ona_fio",
                    "otets_fio", "kassir_fio", "buxgalter_fio", "bukhgalter_fio", "skipper", "buddy", "buddy_name",
                    "skipper_name"),
    "birth_date": ("tugilgan_sana", "tugilgan_kun", "tugilgan", "data_rozhdeniya_rebenka", "den_rozhdeniya",
                   "data_rozhd"),
    "postal_address": ("manzil", "yashash_manzili", "yashash_joyi", "doimiy_manzil", "uy_manzili", "uy_raqami",
                       "xonadon_raqami", "kocha", "pochta_indeksi", "pochta_indeks", "pochtovyy_indeks", "ulitsa",
                       "kvartira"),
    "email": ("elektron_pochta", "elektron_pochtasi", "el_pochta", "elektronnaya_pochta", "elektron_manzil"),
    "national_id": ("pasport", "nomer_pasporta", "jshshir", "pinfl", "snils", "inn", "stir"),
    "payment_card": ("karta_raqami", "karta_raqam", "karta_nomer", "karta_nomeri", "nomer_karty", "plastik_karta",
                     "bank_kartasi"),
    "bank_account": ("bank_hisob", "bank_hisobi", "bank_hisob_raqami", "hisob_raqami", "hisob_raqam",
                     "raschetnyy_schet", "bankovskiy_schet"),
    "credentials": ("parol", "parol_xesh", "parol_xeshi"),
    "secret_token": ("sms_kod", "sms_kodi", "sms_code", "otp_key", "tasdiqlash_kodi", "kod_podtverzhdeniya"),
    "health": ("tashxis", "tashxisi", "kasallik", "kasalligi", "nogironlik", "nogironligi", "nogironlik_guruhi",
               "qon_guruhi", "homiladorlik", "homilador", "allergiya", "dori", "dorilar", "dori_vositalari",
               "davolash", "emlash", "tibbiy_xulosa", "protez", "prosthesis", "prostheses", "gruppa_krovi",
               "beremennost", "zabolevanie", "bolezn", "gruppa_invalidnosti"),
    "ethnic_origin": ("millat", "millati"),
    "criminal_record": ("sudlanganlik", "sudlangan", "sudlanganligi", "jinoyat", "jinoiy_ish", "jazo", "hukm",
                        "nakazanie", "prigovor", "prestuplenie"),
    "biometric": ("barmoq_izi", "barmoq_izlari", "otpechatok_paltsa", "otpechatki_paltsev"),
    "geo_location": ("shirota", "dolgota"),
    "free_text_may_contain_pii": ("izoh", "izohlar", "sharh", "primechanie", "primechaniya"),
}
# The place of birth, a medical institution or centre, a disciplinary penalty, Uzbek width and length, an office's
# address and phone (the possessive names the owner first): not read, in a table of people either.
NOT_WORDS = ("tugilgan_joyi", "tugilgan_joy", "mesto_rozhdeniya", "tibbiy_muassasa", "tibbiy_markaz",
             "tibbiy_muassasasi", "intizomiy_jazo", "kenglik", "uzunlik", "idora_manzili", "idora_telefoni")


@pytest.mark.parametrize("table", ["talabalar", "klienty"])
def test_round33_words(table):
    got = {c: (h.category if (h := names.hint_for(c, "text", None, table, None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# A given name alone, a full name alone and a taxpayer number are a person's only in a table of people: a branch's
# `stir` and `inn` are its own; the tables of people and of health of round 33 read so.
def test_round33_context_words():
    for column in ("ism", "fio", "inn", "stir"):
        assert names.hint_for(column, "text", None, "filiallar", None) is None
    people = "fuqaro fuqarolar xodim xodimlar bemor bemorlar mijoz mijozlar talaba talabalar oquvchi oquvchilar"
    for table in (people + " foydalanuvchilar arizachilar klienty patsienty polzovateli").split():
        assert names.table_context(table)[0], table
    for table in ("tibbiy_korik", "bemorlar", "kasalliklar", "patsienty"):
        assert names.table_context(table)[1], table


# Heads of an organisation by role (Uzbek, Russian): their name and phone in its record are a person's; the
# organisation's own phone is not.
def test_round33_roles():
    for column in ("rais_fio", "rahbar_telefon", "mudir_fio", "boshliq_fio", "direktor_fio", "rukovoditel_fio",
                   "nachalnik_telefon"):
        assert entity.personal_in(entity.ORG, "phone", column), column
    assert not entity.personal_in(entity.ORG, "phone", "telefon")


# Generic columns of a clinical event (health there only): Uzbek and Russian notes, causes, results, conclusions,
# descriptions and codes, and fitness verdicts in several languages; none of them is health outside one.
CLINICAL_WORDS = ("izoh", "izohlar", "sabab", "sababi", "natija", "natijasi", "xulosa", "tavsif", "kodi",
                  "primechanie", "kommentariy", "prichina", "zaklyuchenie", "opisanie", "fit", "fit_to_work",
                  "fitness", "unfit", "apto", "apta", "inapto", "aptitud", "aptidao", "apte", "aptitude", "tauglich",
                  "tauglichkeit", "geschikt", "geschiktheid", "goden", "godnost")


def test_round33_clinical_generic():
    for column in CLINICAL_WORDS:
        h, _ = clinical_event.hint_in(entity.CLINICAL, column, "text", None, (False, True), None)
        assert h is not None and h.category == "health", column
        other, _ = clinical_event.hint_in(entity.UNKNOWN, column, "text", None, (False, False), None)
        assert other is None or other.category != "health", column


# Function mailboxes of a programme committee, organisers and an archive: no one person's.
def test_round33_function_mailboxes():
    for local in ("program", "programme", "orga", "organisers", "organizers", "archive", "archives"):
        assert identifiers.role_mailbox(f"{local}@conference.example")
    assert not identifiers.role_mailbox("ana.petrovska@conference.example")
