"""r_ojs: Open Journal Systems 3.4 on PostgreSQL hosting a Kyiv university's humanities journals (PKP's snake_case
schema with per-locale settings tables; Ukrainian and English values): users and their settings, submissions,
publications and their settings, authors and their settings, review assignments, submission comments, sessions."""
from __future__ import annotations

from typing import Any

from .blind15_gens import (Rec, alnum, bcrypt, const, fk, hexgen, idx, ipv4_public, maybe, moment, pick, ref,
                           rint, stamps, ua_person)
from .gens import Col, Table

S = "r_ojs"
N_USER, N_SUB = 150, 120
GOSSIP = ("Надійний рецензент, відповідає швидко.", "Просила писати лише на особисту пошту {e}, не на корпоративну.",
          "Не призначати рецензентом для статей {l2} (конфлікт інтересів, спільний грант).",
          "Затримує рецензії на 2-3 тижні, нагадувати телефоном {p}.", "Член редколегії з 2019 р.",
          "Aspirant, supervisor prof. {l2}. Do not assign more than 1 review per issue.",
          "Змінила прізвище після шлюбу (раніше {l2}), старі статті під попереднім прізвищем.")
TITLES = ("Гетьманська адміністрація Лівобережжя у 1720-х роках", "Листування Михайла Драгоманова з галицькими діячами",
          "Міська ратуша Львова XVI ст.: джерела та інтерпретації", "Українська діаспора в Канаді у міжвоєнний період",
          "Мовна політика в УРСР 1970-х років", "Козацькі літописи як джерело з історії повсякдення",
          "Semantic shifts in Ukrainian legal vocabulary, 1918-1921",
          "Trade routes of the Black Sea steppe in the 14th c.")
ABSTRACTS = ("У статті проаналізовано архівні матеріали ЦДІАК України, що дозволяє уточнити хронологію подій.",
             "Розглянуто маловідомі документи з фондів обласного архіву та запропоновано нову атрибуцію.",
             "The article reconstructs the network of correspondents on the basis of unpublished letters.",
             "Авторка простежує зміни в адміністративній термінології на матеріалі делових паперів.")
REVIEW = ("Стаття має наукову новизну, однак висновки потребують уточнення. Рекомендую доопрацювати розділ 2.",
          "Автор не враховує праці {f} {l} з цієї проблематики; варто додати посилання.",
          "Please check the transliteration of proper names and the archival signatures in notes 14-22.",
          "Прошу редакцію надіслати мені виправлений варіант на {e}, бо доступу до системи не маю.",
          "Як зазначив проф. {l} на засіданні кафедри, джерельна база недостатня.", "Рекомендую до друку без змін.",
          "Шановна редакціє, статтю доопрацьовано відповідно до зауважень. З повагою, {f} {l}, тел. {p}")
INTERESTS = ("", "", "", "Немає", "Конфліктів інтересів немає.", "Я працюю на тій самій кафедрі, що й автор.",
             "Був науковим керівником автора у 2015-2018 рр.", "None")


def _uref(c: Any, i: int) -> int:
    return c.r.randint(1, N_USER)


def ojs_tables() -> list[Table]:
    def draw_user(c: Any, i: int) -> dict:
        p = ua_person(c, i)
        o = ua_person(c, i)
        p["gossip"] = c.r.choice(GOSSIP).format(e=p["email"], l2=o["luk"], p=p["phone"]) if c.r.random() < 0.3 \
            else None
        p["pw"] = bcrypt(c) if c.r.random() < 0.85 else hexgen(40)(c, i)
        return p
    u = Rec(draw_user)
    users = Table(S, "users", [
        Col("user_id", "bigint PRIMARY KEY", "none", idx),
        Col("username", "varchar(32)", "none", lambda c, i: "admin" if i == 1 else u.f("username")(c, i)),
        Col("password", "varchar(255)", "credentials", u.f("pw")),
        Col("email", "varchar(255)", "email", u.f("email")),
        Col("url", "varchar(2047)", "none", maybe(0.1, pick("https://knu.academia.edu", "https://scholar.google.com"))),
        Col("phone", "varchar(32)", "phone", lambda c, i: u.f("phone")(c, i) if c.r.random() < 0.5 else None),
        Col("mailing_address", "varchar(255)", "postal_address", lambda c, i: u.f("addr")(c, i) if c.r.random() < 0.4
            else None),
        Col("billing_address", "varchar(255)", "postal_address", lambda c, i: u.f("addr")(c, i)
            if c.r.random() < 0.05 else None),
        Col("country", "varchar(90)", "none", pick("UA", "UA", "UA", "UA", "PL", "CA", "DE")),
        Col("locales", "varchar(255)", "none", pick('["uk","en"]', '["uk"]', '["en"]')),
        Col("gossip", "text", "free_text_may_contain_pii", u.f("gossip")),
        Col("date_last_email", "timestamp", "none", stamps(2021, 2026, 0.3)),
        Col("date_registered", "timestamp", "none", stamps(2016, 2025)),
        Col("date_validated", "timestamp", "none", stamps(2016, 2025, 0.2)),
        Col("date_last_login", "timestamp", "none", stamps(2023, 2026)),
        Col("must_change_password", "smallint", "none", pick(0, 0, 0, 1)),
        Col("disabled", "smallint", "none", pick(0, 0, 0, 0, 0, 1)),
        Col("disabled_reason", "text", "none", lambda c, i: c.r.choice(("Спам-реєстрація", "Дублікат облікового запису",
                                                                        "spam")) if c.r.random() < 0.08 else None),
    ], rows=N_USER)

    def setting(c: Any, i: int) -> dict:
        p = ua_person(c, i)
        name = c.r.choice(("givenName",) * 3 + ("familyName",) * 3 + ("affiliation", "affiliation", "orcid",
                                                                      "preferredPublicName", "biography"))
        loc = c.r.choice(("uk", "en"))
        val = {"givenName": p["uk"] if loc == "uk" else p["en"], "familyName": p["luk"] if loc == "uk" else p["len"],
               "affiliation": p["affil_uk"] if loc == "uk" else p["affil_en"],
               "orcid": f"https://orcid.org/{p['orcid']}",
               "preferredPublicName": f"{p['uk']} {p['patr']} {p['luk']}" if loc == "uk" else f"{p['en']} {p['len']}",
               "biography": f"<p>Кандидат історичних наук, доцент. {p['affil_uk']}.</p>" if loc == "uk" else
               f"<p>PhD in History, associate professor at {p['affil_en']}.</p>"}[name]
        return {"name": name, "loc": "" if name == "orcid" else loc, "val": val}
    us = Rec(setting)
    user_settings = Table(S, "user_settings", [
        Col("user_setting_id", "bigint PRIMARY KEY", "none", idx),
        Col("user_id", "bigint", "none", _uref),
        Col("locale", "varchar(14)", "none", us.f("loc")),
        Col("setting_name", "varchar(255)", "none", us.f("name")),
        Col("setting_value", "text", "person_name", us.f("val")),
    ], rows=150, extra=[fk(S, "user_settings", "user_id", "users", "user_id")])
    submissions = Table(S, "submissions", [
        Col("submission_id", "bigint PRIMARY KEY", "none", idx),
        Col("context_id", "bigint", "none", pick(1, 1, 2)),
        Col("current_publication_id", "bigint", "none", idx),
        Col("date_last_activity", "timestamp", "none", stamps(2023, 2026)),
        Col("date_submitted", "timestamp", "none", stamps(2021, 2026)),
        Col("last_modified", "timestamp", "none", stamps(2023, 2026)),
        Col("stage_id", "bigint", "none", pick(1, 3, 4, 5, 5)),
        Col("locale", "varchar(14)", "none", pick("uk", "uk", "uk", "en")),
        Col("status", "smallint", "none", pick(1, 3, 3, 4)),
        Col("submission_progress", "varchar(50)", "none", pick("", "", "", "details", "files")),
        Col("work_type", "smallint", "none", const(0)),
    ], rows=N_SUB)
    publications = Table(S, "publications", [
        Col("publication_id", "bigint PRIMARY KEY", "none", idx),
        Col("access_status", "bigint", "none", const(0)),
        Col("date_published", "date", "none",
            lambda c, i: None if c.r.random() < 0.3 else moment(c, 2021, 2026).date()),
        Col("last_modified", "timestamp", "none", stamps(2022, 2026)),
        Col("primary_contact_id", "bigint", "none", lambda c, i: min(150, i + c.r.randint(0, 20))),
        Col("section_id", "bigint", "none", pick(1, 2, 3, 4)),
        Col("seq", "double precision", "none", rint(0, 12)),
        Col("submission_id", "bigint", "none", idx),
        Col("status", "smallint", "none", pick(1, 3, 3)),
        Col("url_path", "varchar(64)", "none", const(None)),
        Col("version", "bigint", "none", pick(1, 1, 1, 2)),
        Col("doi_id", "bigint", "none", maybe(0.6, rint(1, 400))),
    ], rows=N_SUB, extra=[fk(S, "publications", "submission_id", "submissions", "submission_id"),
                          fk(S, "submissions", "current_publication_id", "publications", "publication_id")])

    au = Rec(ua_person)
    authors = Table(S, "authors", [
        Col("author_id", "bigint PRIMARY KEY", "none", idx),
        Col("email", "varchar(90)", "email", au.f("email")),
        Col("include_in_browse", "smallint", "none", const(1)),
        Col("publication_id", "bigint", "none", ref(N_SUB)),
        Col("seq", "double precision", "none", rint(0, 3)),
        Col("user_group_id", "bigint", "none", const(14)),
    ], rows=150, extra=[fk(S, "authors", "publication_id", "publications", "publication_id"),
                        fk(S, "publications", "primary_contact_id", "authors", "author_id")])
    as_ = Rec(setting)
    author_settings = Table(S, "author_settings", [
        Col("author_setting_id", "bigint PRIMARY KEY", "none", idx),
        Col("author_id", "bigint", "none", ref(150)),
        Col("locale", "varchar(14)", "none", as_.f("loc")),
        Col("setting_name", "varchar(255)", "none", as_.f("name")),
        Col("setting_value", "text", "person_name", as_.f("val")),
    ], rows=150, extra=[fk(S, "author_settings", "author_id", "authors", "author_id")])
    done = stamps(2021, 2026, 0.3)
    review_assignments = Table(S, "review_assignments", [
        Col("review_id", "bigint PRIMARY KEY", "none", idx),
        Col("submission_id", "bigint", "none", ref(N_SUB)),
        Col("reviewer_id", "bigint", "none", _uref),
        Col("competing_interests", "text", "none", pick(*INTERESTS)),
        Col("recommendation", "smallint", "none", maybe(0.7, rint(1, 6))),
        Col("date_assigned", "timestamp", "none", stamps(2021, 2026)),
        Col("date_notified", "timestamp", "none", stamps(2021, 2026)),
        Col("date_confirmed", "timestamp", "none", stamps(2021, 2026, 0.2)),
        Col("date_completed", "timestamp", "none", done),
        Col("date_acknowledged", "timestamp", "none", done),
        Col("date_due", "timestamp", "none", stamps(2021, 2026)),
        Col("date_response_due", "timestamp", "none", stamps(2021, 2026)),
        Col("last_modified", "timestamp", "none", stamps(2021, 2026)),
        Col("reminder_was_automatic", "smallint", "none", pick(0, 1)),
        Col("declined", "smallint", "none", pick(0, 0, 0, 1)),
        Col("cancelled", "smallint", "none", pick(0, 0, 0, 0, 1)),
        Col("date_rated", "timestamp", "none", stamps(2021, 2026, 0.6)),
        Col("date_reminded", "timestamp", "none", stamps(2021, 2026, 0.5)),
        Col("quality", "smallint", "none", maybe(0.4, rint(1, 5))),
        Col("review_round_id", "bigint", "none", rint(1, 160)),
        Col("stage_id", "smallint", "none", const(3)),
        Col("review_method", "smallint", "none", pick(1, 2, 2)),
        Col("round", "smallint", "none", pick(1, 1, 2)),
        Col("step", "smallint", "none", rint(1, 4)),
        Col("review_form_id", "bigint", "none", const(None)),
        Col("considered", "smallint", "none", pick(0, 1, 2)),
        Col("request_resent", "smallint", "none", pick(0, 0, 1)),
    ], rows=140, extra=[fk(S, "review_assignments", "submission_id", "submissions", "submission_id"),
                        fk(S, "review_assignments", "reviewer_id", "users", "user_id")])

    def draw_comment(c: Any, i: int) -> dict:
        p = ua_person(c, i)
        return {"text": c.r.choice(REVIEW).format(f=p["uk"], l=p["luk"], e=p["email"], p=p["phone"])}
    cm = Rec(draw_comment)
    submission_comments = Table(S, "submission_comments", [
        Col("comment_id", "bigint PRIMARY KEY", "none", idx),
        Col("comment_type", "bigint", "none", pick(1, 1, 3)),
        Col("role_id", "bigint", "none", pick(4096, 4096, 16, 65536)),
        Col("submission_id", "bigint", "none", ref(N_SUB)),
        Col("assoc_id", "bigint", "none", rint(1, 140)),
        Col("author_id", "bigint", "none", _uref),
        Col("comment_title", "text", "none", pick("", "Рецензія", "Зауваження до статті", "Re: revisions")),
        Col("comments", "text", "free_text_may_contain_pii", cm.f("text")),
        Col("date_posted", "timestamp", "none", stamps(2021, 2026)),
        Col("date_modified", "timestamp", "none", stamps(2021, 2026, 0.7)),
        Col("viewable", "smallint", "none", pick(0, 1)),
    ], rows=120, extra=[fk(S, "submission_comments", "submission_id", "submissions", "submission_id"),
                        fk(S, "submission_comments", "author_id", "users", "user_id")])

    def draw_session(c: Any, i: int) -> dict:
        tok = alnum(c, 32)
        user = f"s:{c.r.randint(6, 12)}:\"{c.r.choice(('okovalenko', 'admin', 'tmoroz', 'editor_uis'))}\""
        stamp = c.r.randint(1700000000, 1780000000)
        return {"sid": alnum(c, 26).lower(), "data": f'csrf|a:2:{{s:9:"timestamp";i:{stamp};'
                                                    f's:5:"token";s:32:"{tok}";}}username|{user};'}
    se = Rec(draw_session)
    sessions = Table(S, "sessions", [
        Col("session_id", "varchar(128) PRIMARY KEY", "secret_token", se.f("sid")),
        Col("user_id", "bigint", "none", lambda c, i: c.r.randint(1, N_USER) if c.r.random() < 0.7 else None),
        Col("ip_address", "varchar(39)", "ip_address", lambda c, i: ipv4_public(c, (31, 37, 46, 77, 91, 176, 193))),
        Col("user_agent", "varchar(255)", "none", pick(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 "
            "Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148")),
        Col("created", "bigint", "none", rint(1700000000, 1780000000)),
        Col("last_used", "bigint", "none", rint(1700000000, 1780000000)),
        Col("remember", "smallint", "none", pick(0, 1)),
        Col("data", "text", "secret_token", se.f("data")),
        Col("domain", "varchar(255)", "none", pick("journals.univ.kyiv.ua", "uis.history.kyiv.ua")),
    ], rows=120, extra=[fk(S, "sessions", "user_id", "users", "user_id")])
    return [users, user_settings, submissions, publications, authors, author_settings,
            review_assignments, submission_comments, sessions]
