"""at_kominote: the in-house database of a small Providenciales (Turks and Caicos Islands) charity that helps Haitian
migrants with work permits, detention visits, court dates and clinic referrals. Written by a local developer in
English with Haitian Creole names where the caseworkers use Creole (kliyan, dosye, vizit, legliz...)."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, bcrypt, dates, digits, fk, fkey, flag, hexs, maybe, one,
                           seq, sha256, stamps)
from .blind44_gens import any_name, haiti_phone, landline, mobile, person
from .gens import Table

S = "at_kominote"
KL, STF, DON = "tc.kliyan", "tc.staff", "tc.donor"
N_KL, N_STF, N_DOS, N_PAT = 140, 24, 150, 30
PARTNERS = ["Provo Seventh-day Adventist Church", "Haitian Community Association TCI", "Cheshire Hall Medical Centre",
            "TCI Red Cross", "Legal Aid Clinic Grand Turk", "Église Baptiste Bethel Five Cays", "IOM Nassau office",
            "Kew Town Food Bank", "Rotary Club of Providenciales", "Catholic Church of Our Lady of Divine Providence"]


def k(f: str):
    return person("ht", KL, f, 1960, 2006)


def _nòt(c, i):
    return c.r.choice([None, "Dokiman yo konplè.", "Waiting on employer letter.",
                       f"Kliyan an rele madanm li {any_name('ht')(c, i)} nan {haiti_phone(c)} pou batistè a.",
                       f"Employer {any_name('tc')(c, i)} ({mobile(c, 'tc')}) pa vle siyen.",
                       "Pa gen nouvèl depi 2 semèn.", f"Met ak {k('full')(c, fk(N_KL, 3)(c, i))} nan Detention Centre."])


def _sms(c, i):
    return c.r.choice(["Bonjou, randevou w la demen 10h nan biwo a.", "Reminder: court date Monday 9am, Grand Turk.",
                       f"Bonjou {k('first')(c, fk(N_KL, 5)(c, i))}, papye w la pare, vin chèche l.",
                       "Biwo a fèmen jodi a.", f"Rele {any_name('tc')(c, i)} nan {mobile(c, 'tc')} pou travay la."])


def kominote_tables() -> list[Table]:
    s = lambda f: person("tc", STF, f, 1965, 2000)            # noqa: E731
    d = lambda f: person("tc", DON, f, 1950, 1995)            # noqa: E731
    return [
        Table(S, "staff", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("full_name", "varchar(100)", "person_name", s("full")),
            C("role", "varchar(30)", "none", one("caseworker", "volunteer", "interpreter", "director")),
            C("work_email", "varchar(100)", "email", lambda c, i: f"{s('user')(c, i)}@kominote.tc"),
            C("cell", "varchar(20)", "phone", s("mobile")),
            C("speaks_kreyol", "boolean", "none", flag(0.6)),
            C("police_record_checked", "boolean", "none", flag(0.9), comment="police certificate seen on hiring"),
            C("password_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_STF),
        Table(S, "patners", [
            C("patner_id", "integer PRIMARY KEY", "none", seq()),
            C("non_oganizasyon", "varchar(120)", "none", lambda c, i: PARTNERS[(i - 1) % len(PARTNERS)]
              + ("" if i <= len(PARTNERS) else f" ({['Grand Turk', 'North Caicos'][i % 2]})")),
            C("kalite", "varchar(30)", "none", one("legliz", "klinik", "legal", "NGO", "gouvènman")),
            C("email_biwo", "varchar(100)", "none", lambda c, i: f"info@partner{i}.tc"),
            C("telefòn_biwo", "varchar(20)", "none", lambda c, i: landline(c, "tc")),
            C("adrès_biwo", "varchar(150)", "none", one("Leeward Highway, Providenciales", "Front Street, Grand Turk",
                                                        "Butterfield Square, Provo", "Kew, North Caicos")),
            C("moun_kontak", "varchar(100)", "person_name", any_name("tc")),
            C("selil_moun_kontak", "varchar(20)", "phone", lambda c, i: mobile(c, "tc")),
        ], rows=N_PAT),
        Table(S, "kliyan", [
            C("kliyan_id", "integer PRIMARY KEY", "none", seq()),
            C("non", "varchar(60)", "person_name", k("first")),
            C("siyati", "varchar(60)", "person_name", k("last")),
            C("dat_nesans", "date", "birth_date", k("birth")),
            C("seks", "char(1)", "none", k("sex")),
            C("nasyonalite", "varchar(30)", "none", one("Ayisyen", "Ayisyen", "Ayisyen", "Dominiken")),
            C("vil_orijin", "varchar(60)", "none", lambda c, i: c.r.choice(["Cap-Haïtien", "Port-de-Paix", "Gonaïves",
                                                                             "Ouanaminthe", "Jean-Rabel"])),
            C("nimewo_paspo", "varchar(20)", "national_id", maybe(k("passport"), 0.7)),
            C("nif", "varchar(20)", "national_id", maybe(k("natid"), 0.5), comment="NIF Ayiti"),
            C("work_permit_no", "varchar(20)", "national_id", maybe(lambda c, i: f"WP{digits(c, 6)}", 0.5)),
            C("telefòn", "varchar(20)", "phone", k("mobile")),
            C("telefon_fanmi_ayiti", "varchar(25)", "phone", maybe(lambda c, i: haiti_phone(c), 0.6)),
            C("adrès", "varchar(150)", "postal_address", k("a_line")),
            C("katye", "varchar(60)", "none", k("a_area")),
            C("zile", "varchar(30)", "none", k("a_town")),
            C("legliz", "varchar(60)", "religious_belief", maybe(one("Katolik", "Batis", "Advantis", "Pentkotis",
                                                                     "Temwen Jewova", "Vodou"), 0.7)),
            C("lang", "varchar(20)", "none", one("Kreyòl", "Kreyòl", "Kreyòl, Anglè", "Fransè")),
            C("estati_imigrasyon", "varchar(40)", "none", one("san papye", "work permit", "work permit ekspire",
                                                              "residence permit", "Belonger spouse")),
            C("estati_hiv", "varchar(20)", "health", maybe(one("negatif", "pozitif - sou ARV", "pa konnen"), 0.3)),
            C("ansent", "boolean", "health", lambda c, i: k("sex")(c, i) == "F" and c.r.random() < 0.12),
            C("kontak_ijans", "varchar(100)", "person_name", any_name("ht")),
            C("created_by", "integer", "none", fk(N_STF, 3)),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_KL, extra=[fkey(S, "kliyan", "created_by", "staff", "staff_id")]),
        Table(S, "dosye", [
            C("dosye_id", "integer PRIMARY KEY", "none", seq()),
            C("kliyan_id", "integer", "none", fk(N_KL, 1)),
            C("caseworker_id", "integer", "none", fk(N_STF, 5)),
            C("kalite", "varchar(40)", "none", one("work permit renewal", "detention visit", "deportation appeal",
                                                   "birth registration", "employer dispute", "school enrolment")),
            C("ouvri_le", "date", "none", dates(2021, 2025)),
            C("fèmen_le", "date", "none", maybe(dates(2024, 2025), 0.4)),
            C("estati", "varchar(20)", "none", one("ouvè", "fèmen", "an atant")),
            C("nòt", "text", "free_text_may_contain_pii", _nòt),
            C("referal_patner_id", "integer", "none", fk(N_PAT, 3, 2)),
        ], rows=N_DOS, extra=[fkey(S, "dosye", "kliyan_id", "kliyan", "kliyan_id"),
                              fkey(S, "dosye", "caseworker_id", "staff", "staff_id"),
                              fkey(S, "dosye", "referal_patner_id", "patners", "patner_id")]),
        Table(S, "ka_tribinal", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("dosye_id", "integer", "none", fk(N_DOS, 3)),
            C("tribinal", "varchar(60)", "none", one("Magistrate's Court Providenciales", "Magistrate's Court Grand Turk",
                                                     "Supreme Court TCI")),
            C("chaj", "varchar(120)", "criminal_record", one("Illegal landing", "Overstaying (Immigration Ordinance s.47)",
                                                             "Working without a permit", "Possession of cannabis",
                                                             "Assault", "Harbouring illegal immigrants")),
            C("dat_odyans", "date", "none", dates(2023, 2025)),
            C("rezilta", "varchar(80)", "criminal_record", maybe(one("Koupab - amann $500", "Koupab - 3 mwa prizon",
                                                                     "Libere", "Depòte", "Ranvwaye"), 0.7)),
            C("avoka", "varchar(100)", "person_name", maybe(lambda c, i: "Atty. " + any_name("tc")(c, i), 0.6)),
            C("numero_ka", "varchar(30)", "none", lambda c, i: f"CR {c.r.randint(100, 999)}/{c.r.choice(['23', '24', '25'])}"),
        ], rows=90, extra=[fkey(S, "ka_tribinal", "dosye_id", "dosye", "dosye_id")]),
        Table(S, "vizit_klinik", [
            C("vizit_id", "integer PRIMARY KEY", "none", seq()),
            C("kliyan_id", "integer", "none", fk(N_KL, 7)),
            C("patner_id", "integer", "none", lambda c, i: 3),
            C("dat", "date", "none", dates(2023, 2025)),
            C("rezon", "varchar(120)", "health", one("tansyon wo", "dyabèt", "swivi gwosès", "TB screening",
                                                     "blesi nan travay", "doulè vant", "HIV test")),
            C("medikaman", "varchar(120)", "health", maybe(one("Amlodipine 5mg", "Metformin 500mg", "Fer + asid folik",
                                                              "Ibuprofen", "Isoniazid"), 0.6)),
            C("koute", "numeric(8,2)", "none", amounts(0, 250)),
            C("peye_pa_kominote", "boolean", "none", flag(0.6)),
        ], rows=110, extra=[fkey(S, "vizit_klinik", "kliyan_id", "kliyan", "kliyan_id"),
                            fkey(S, "vizit_klinik", "patner_id", "patners", "patner_id")]),
        Table(S, "donations", [
            C("don_id", "integer PRIMARY KEY", "none", seq()),
            C("donor_name", "varchar(100)", "person_name", lambda c, i: "Anonymous" if i % 9 == 0 else d("full")(c, i)),
            C("donor_email", "varchar(100)", "email", maybe(d("email"), 0.8)),
            C("donor_address", "varchar(150)", "postal_address", maybe(d("a_full"), 0.5)),
            C("amount_usd", "numeric(10,2)", "none", amounts(10, 2500)),
            C("method", "varchar(20)", "none", one("card", "cash", "bank transfer", "cheque")),
            C("card_last4", "varchar(4)", "none", maybe(lambda c, i: digits(c, 4), 0.5)),
            C("gift_aid_church", "varchar(60)", "none", maybe(one("St. Monica's Anglican", "Blue Hills Methodist"), 0.2),
              comment="church that forwarded the gift"),
            C("received_on", "date", "none", dates(2022, 2025)),
            C("receipt_no", "varchar(20)", "none", lambda c, i: f"KOM-{i + 5000}"),
        ], rows=100),
        Table(S, "sms_log", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kliyan_id", "integer", "none", fk(N_KL, 11)),
            C("to_number", "varchar(20)", "phone", lambda c, i: k("mobile")(c, fk(N_KL, 11)(c, i))),
            C("mesaj", "text", "free_text_may_contain_pii", _sms),
            C("provider_sid", "varchar(40)", "none", lambda c, i: "SM" + hexs(c, 32)),
            C("status", "varchar(15)", "none", one("delivered", "delivered", "failed", "queued")),
            C("sent_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "sms_log", "kliyan_id", "kliyan", "kliyan_id")]),
        Table(S, "api_tokens", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("staff_id", "integer", "none", fk(N_STF, 1)),
            C("token_hash", "char(64)", "secret_token", lambda c, i: sha256(c)),
            C("label", "varchar(40)", "none", one("phone app", "sms gateway", "backup script")),
            C("last_used", "timestamp", "none", maybe(stamps(2025, 2025))),
        ], rows=80, extra=[fkey(S, "api_tokens", "staff_id", "staff", "staff_id")]),
        Table(S, "audit_log", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("staff_id", "integer", "none", fk(N_STF, 7)),
            C("aksyon", "varchar(40)", "none", one("login", "view kliyan", "edit dosye", "export", "logout")),
            C("ip", "inet", "ip_address", lambda c, i: f"{c.r.choice(['66.197', '162.248', '208.85'])}.{c.r.randrange(256)}"
                                                       f".{c.r.randrange(1, 255)}"),
            C("detay", "text", "none", maybe(lambda c, i: f"kliyan_id={fk(N_KL, 5)(c, i)}", 0.6)),
            C("session_key", "varchar(64)", "secret_token", lambda c, i: b64(c, 24)),
            C("at", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "audit_log", "staff_id", "staff", "staff_id")]),
    ]
