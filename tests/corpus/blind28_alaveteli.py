"""ad_alaveteli: Alaveteli (the freedom-of-information request site of mySociety) recreated from memory, as a Kosovo
instance where citizens write to municipalities and directorates under the law on access to public documents."""
from __future__ import annotations

from .blind28_gens import (bcrypt, const, fill, fk, fk_sql, flag, hexstr, ident, ipv4, maybe, num, one_of, per, pick,
                           shared, token, when)
from .blind28_people import POOLS
from .gens import Col, Table

S, CC = "ad_alaveteli", "xk"
N_USERS, N_BODIES, N_REQ, N_IN, N_OUT, N_COMM = 130, 90, 150, 140, 150, 100
TOWNS = POOLS["xk"]["town"]
KINDS = ["Komuna e {t}", "Drejtoria e Arsimit {t}", "Drejtoria e Shendetesise {t}", "Drejtoria e Urbanizmit {t}",
         "Gjykata Themelore {t}", "QKMF {t}", "Stacioni Policor {t}", "Zyra e Gjendjes Civile {t}",
         "Drejtoria e Financave {t}"]
USER_OF_REQ = fk(N_USERS, 7)
REQ = fk(N_REQ, 3)


def _body_name(c, i):
    return KINDS[(i - 1) // 10 % 9].format(t=TOWNS[(i - 1) % 10])


def _slug(c, i):
    return _body_name(c, i).lower().replace(" ", "_")


LETTER = fill("I nderuar zyrtar per informim,\n\nNe baze te Ligjit per qasje ne dokumente publike kerkoj kopjet e "
              "kontratave per mirembajtjen e rrugeve 2023-2024.\n\nMe respekt,\n{n}\n{a}",
              n=per(CC, "user", "name", USER_OF_REQ), a=per(CC, "user", "address", USER_OF_REQ))
REPLY = one_of(
    fill("Te nderuar {n},\n\nNe pergjigje te kerkeses suaj ju dergojme kontratat ne shtojce.\n\n{o}\nZyrtar per "
         "informim\ntel. {p}", n=per(CC, "user", "name", USER_OF_REQ), o=per(CC, "official", "name"),
         p=per(CC, "official", "landline")),
    const("Kerkesa juaj eshte pranuar dhe do te trajtohet brenda 7 diteve pune."),
    const("Dokumentet e kerkuara nuk jane ne posedim te ketij institucioni."))


def alaveteli_tables() -> list[Table]:
    in_reply = shared("reply", REPLY)
    bodies = Table(S, "public_bodies", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "text", "none", _body_name),
        Col("short_name", "text", "none", lambda c, i: _body_name(c, i).split(" ")[0] + f" {TOWNS[(i - 1) % 10]}"),
        Col("request_email", "text", "none", lambda c, i: _slug(c, i) + "@rks-gov.example"),
        Col("version", "integer", "none", num(1, 12)),
        Col("last_edit_editor", "varchar(255)", "none", pick("admin", "import", "moderator_1")),
        Col("last_edit_comment", "text", "none", pick("Import from CSV", "Fixed request email", "Added QKMF")),
        Col("created_at", "timestamp", "none", when(2015, 2019)),
        Col("updated_at", "timestamp", "none", when(2022, 2025)),
        Col("url_name", "text", "none", _slug),
        Col("home_page", "text", "none", lambda c, i: "https://" + TOWNS[(i - 1) % 10].lower() + ".rks-gov.example"),
        Col("notes", "text", "none", maybe(pick("Responds by post only.", "Information officer changed in 2024."),
                                           0.6)),
        Col("api_key", "varchar(255)", "secret_token", token(43)),
        Col("info_requests_count", "integer", "none", num(0, 60)),
    ], rows=N_BODIES)
    users = Table(S, "users", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("email", "text", "email", per(CC, "user", "email")),
        Col("name", "text", "person_name", per(CC, "user", "name")),
        Col("hashed_password", "text", "credentials", bcrypt(12)),
        Col("created_at", "timestamp", "none", when(2016, 2023)),
        Col("updated_at", "timestamp", "none", when(2024, 2025)),
        Col("email_confirmed", "boolean", "none", flag(0.9)),
        Col("url_name", "text", "person_name", lambda c, i: per(CC, "user", "name")(c, i).lower().replace(" ", "_")
            + ("" if i % 4 else f"_{i}")),
        Col("last_daily_track_email", "timestamp", "none", maybe(when(2025, 2025))),
        Col("ban_text", "text", "none", maybe(pick("Spam", "Abusive messages to officials"), 0.95)),
        Col("about_me", "text", "free_text_may_contain_pii", one_of(
            const(""), const("Gazetar i pavarur."), fill("Aktivist per transparence ne {t}. Kontakt: {m}",
                                                           t=per(CC, "user", "town"), m=per(CC, "user", "mobile")),
            const("Student i drejtesise."))),
        Col("locale", "text", "none", pick("sq", "sq", "sr", "en")),
        Col("email_bounced_at", "timestamp", "none", maybe(when(2023, 2025), 0.9)),
        Col("email_bounce_message", "text", "free_text_may_contain_pii", maybe(fill(
            "550 5.1.1 <{e}>: Recipient address rejected: User unknown", e=per(CC, "user", "email")), 0.9)),
        Col("receive_email_alerts", "boolean", "none", flag(0.8)),
        Col("otp_enabled", "boolean", "none", flag(0.2)),
        Col("otp_secret_key", "text", "secret_token", maybe(token(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 0.8)),
        Col("otp_counter", "integer", "none", num(1, 40)),
        Col("info_requests_count", "integer", "none", num(0, 25)),
        Col("login_token", "text", "secret_token", token(22)),
    ], rows=N_USERS)
    requests = Table(S, "info_requests", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("title", "text", "none", pick("Kontratat per mirembajtjen e rrugeve", "Buxheti i shkollave 2024",
                                          "Lista e pagave te zyrtareve", "Lejet e ndertimit ne lagjen Dardania",
                                          "Shpenzimet per udhetime zyrtare", "Numri i mjekeve ne QKMF")),
        Col("user_id", "integer", "none", USER_OF_REQ),
        Col("public_body_id", "integer", "none", fk(N_BODIES, 11)),
        Col("created_at", "timestamp", "none", when(2018, 2025)),
        Col("described_state", "varchar(255)", "none", pick("waiting_response", "successful", "not_held", "rejected",
                                                            "partially_successful", "waiting_clarification")),
        Col("awaiting_description", "boolean", "none", flag(0.3)),
        Col("prominence", "varchar(255)", "none", pick("normal", "normal", "backpage", "hidden")),
        Col("url_title", "text", "none", lambda c, i: f"kerkesa_{i}"),
        Col("law_used", "varchar(255)", "none", const("foi")),
        Col("allow_new_responses_from", "varchar(255)", "none", pick("anybody", "authority_only", "nobody")),
        Col("idhash", "varchar(255)", "none", hexstr(8)),
        Col("external_user_name", "varchar(255)", "person_name", maybe(per(CC, "external", "name"), 0.8)),
        Col("external_url", "varchar(255)", "none", maybe(const("https://pyetshtetin.example/import"), 0.8)),
        Col("public_token", "varchar(255)", "secret_token", maybe(token(32), 0.5)),
        Col("date_response_required_by", "date", "none", lambda c, i: when(2018, 2025)(c, i).date()),
    ], rows=N_REQ, extra=[fk_sql(S, "info_requests", "user_id", "users"),
                          fk_sql(S, "info_requests", "public_body_id", "public_bodies")])
    outgoing = Table(S, "outgoing_messages", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("info_request_id", "integer", "none", ident),
        Col("body", "text", "free_text_may_contain_pii", LETTER),
        Col("status", "varchar(255)", "none", pick("sent", "sent", "ready", "failed")),
        Col("message_type", "varchar(255)", "none", pick("initial_request", "followup")),
        Col("created_at", "timestamp", "none", when(2018, 2025)),
        Col("last_sent_at", "timestamp", "none", when(2018, 2025)),
        Col("what_doing", "varchar(255)", "none", pick("normal_sort", "internal_review", "new_information")),
        Col("prominence", "varchar(255)", "none", const("normal")),
        Col("from_name", "text", "person_name", per(CC, "user", "name", USER_OF_REQ)),
    ], rows=N_OUT, extra=[fk_sql(S, "outgoing_messages", "info_request_id", "info_requests")])
    incoming = Table(S, "incoming_messages", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("info_request_id", "integer", "none", ident),
        Col("raw_email_id", "integer", "none", ident),
        Col("created_at", "timestamp", "none", when(2018, 2025)),
        Col("cached_attachment_text_clipped", "text", "free_text_may_contain_pii", maybe(fill(
            "Kontrata nr. {k} - Nenshkruar nga: {o}, Drejtor", k=num(100, 999), o=per(CC, "official", "name")), 0.3)),
        Col("cached_main_body_text_folded", "text", "free_text_may_contain_pii", in_reply),
        Col("cached_main_body_text_unfolded", "text", "free_text_may_contain_pii", in_reply),
        Col("subject", "text", "none", pick("RE: Kerkese per qasje ne dokumente publike", "Pergjigje", "Auto reply")),
        Col("mail_from_domain", "text", "none", const("rks-gov.example")),
        Col("valid_to_reply_to", "boolean", "none", flag(0.9)),
        Col("sent_at", "timestamp", "none", when(2018, 2025)),
        Col("mail_from", "text", "person_name", per(CC, "official", "name")),
        Col("from_email", "text", "email", lambda c, i: per(CC, "official", "email")(c, i).split("@")[0]
            + "@rks-gov.example"),
    ], rows=N_IN, extra=[fk_sql(S, "incoming_messages", "info_request_id", "info_requests")])
    attach = Table(S, "foi_attachments", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("content_type", "text", "none", pick("application/pdf", "image/jpeg", "application/vnd.ms-excel")),
        Col("filename", "text", "none", lambda c, i: f"pergjigje_{i}.pdf"),
        Col("charset", "text", "none", maybe(const("utf-8"), 0.6)),
        Col("display_size", "text", "none", pick("120K", "1.2M", "45K")),
        Col("url_part_number", "integer", "none", num(2, 5)),
        Col("incoming_message_id", "integer", "none", fk(N_IN)),
        Col("hexdigest", "varchar(32)", "none", hexstr(32)),
        Col("masked_at", "timestamp", "none", maybe(when(2019, 2025), 0.2)),
    ], rows=120, extra=[fk_sql(S, "foi_attachments", "incoming_message_id", "incoming_messages")])
    comments = Table(S, "comments", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", fk(N_USERS, 9)),
        Col("comment_type", "varchar(255)", "none", const("request")),
        Col("info_request_id", "integer", "none", REQ),
        Col("body", "text", "free_text_may_contain_pii", one_of(
            const("Fat te mbare!"), const("Edhe une mora te njejten pergjigje nga ministria."),
            fill("Zyrtari {o} me tha ne telefon se dokumentet do te publikohen. Me shkruani ne {e}",
                 o=per(CC, "official", "name"), e=per(CC, "user", "email", fk(N_USERS, 9))))),
        Col("visible", "boolean", "none", flag(0.95)),
        Col("created_at", "timestamp", "none", when(2018, 2025)),
        Col("locale", "text", "none", pick("sq", "en")),
        Col("attention_requested", "boolean", "none", flag(0.05)),
    ], rows=N_COMM, extra=[fk_sql(S, "comments", "user_id", "users"),
                           fk_sql(S, "comments", "info_request_id", "info_requests")])
    events = Table(S, "info_request_events", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("info_request_id", "integer", "none", REQ),
        Col("event_type", "text", "none", pick("sent", "response", "status_update", "edit", "comment", "overdue")),
        Col("params", "jsonb", "none", one_of(
            lambda c, i: '{"email": "%s@rks-gov.example", "outgoing_message_id": %d}' % (_slug(c, fk(N_BODIES)(c, i)),
                                                                                      i),
            const('{"editor": "admin", "old_prominence": "normal", "prominence": "backpage"}'),
            const('{"old_described_state": "waiting_response", "described_state": "successful"}'))),
        Col("created_at", "timestamp", "none", when(2018, 2025)),
        Col("described_state", "varchar(255)", "none", maybe(pick("successful", "not_held", "rejected"), 0.5)),
        Col("calculated_state", "varchar(255)", "none", maybe(pick("waiting_response", "successful"), 0.5)),
        Col("incoming_message_id", "integer", "none", maybe(fk(N_IN), 0.6)),
        Col("outgoing_message_id", "integer", "none", maybe(fk(N_OUT), 0.6)),
    ], rows=150, extra=[fk_sql(S, "info_request_events", "info_request_id", "info_requests"),
                        fk_sql(S, "info_request_events", "incoming_message_id", "incoming_messages")])
    censor = Table(S, "censor_rules", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("info_request_id", "integer", "none", maybe(REQ, 0.3)),
        Col("user_id", "integer", "none", maybe(fk(N_USERS, 5), 0.7)),
        Col("text", "text", "free_text_may_contain_pii", one_of(per(CC, "user", "name", fk(N_USERS, 5)),
                                                                per(CC, "user", "mobile", fk(N_USERS, 5)),
                                                                per(CC, "user", "address", fk(N_USERS, 5)),
                                                                const("numri i protokollit"))),
        Col("replacement", "text", "none", pick("[emri u hoq]", "[telefoni u hoq]", "[REDACTED]")),
        Col("last_edit_editor", "varchar(255)", "none", pick("admin", "moderator_1")),
        Col("last_edit_comment", "text", "none", pick("Requester asked to hide personal details", "GDPR request")),
        Col("regexp", "boolean", "none", flag(0.1)),
    ], rows=80, extra=[fk_sql(S, "censor_rules", "info_request_id", "info_requests")])
    signins = Table(S, "user_sign_ins", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", fk(N_USERS, 13)),
        Col("ip", "inet", "ip_address", ipv4("46.99", "84.22", "185.67", "217.24")),
        Col("created_at", "timestamp", "none", when(2024, 2025)),
        Col("country", "varchar", "none", pick("XK", "XK", "XK", "AL", "DE", "CH")),
    ], rows=150, extra=[fk_sql(S, "user_sign_ins", "user_id", "users")])
    redirects = Table(S, "post_redirects", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("token", "text", "secret_token", token(26, "abcdefghijklmnopqrstuvwxyz0123456789")),
        Col("uri", "text", "none", lambda c, i: f"/request/kerkesa_{REQ(c, i)}/annotate"),
        Col("post_params_yaml", "text", "free_text_may_contain_pii", fill(
            "---\ncomment:\n  body: Zyrtari {o} nuk pergjigjet ne telefon {p}\nsubmitted_comment: '1'\n",
            o=per(CC, "official", "name"), p=per(CC, "official", "landline"))),
        Col("created_at", "timestamp", "none", when(2024, 2025)),
        Col("email_token", "text", "secret_token", token(16, "abcdefghijklmnopqrstuvwxyz0123456789")),
        Col("user_id", "integer", "none", maybe(fk(N_USERS, 3), 0.4)),
        Col("circumstance", "text", "none", pick("normal", "change_password", "change_email")),
    ], rows=90, extra=[fk_sql(S, "post_redirects", "user_id", "users")])
    return [bodies, users, requests, outgoing, incoming, attach, comments, events, censor, signins, redirects]
