"""ag_pretalx: pretalx call-for-papers tables (Django, its real table and column names) of a Skopje developer conference."""
from __future__ import annotations

import json

from .blind31_gens import (django_hash, fill, fk, fkv, maybe, moment, num, person, pick, pv, seq, token)
from .gens import Col, Table

S = "ag_pretalx"
U = "mk_user"           # users 1..30 are organisers and reviewers, 31..150 speakers
N_EVENTS, N_USERS, N_SUBS, N_QUESTIONS = 10, 150, 140, 12


def _fk(table: str, col: str, ref: str) -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ("{col}") REFERENCES {S}.{ref} ("id")'


def _speaker(i: int, mult: int) -> int:
    return 31 + fkv(i, N_USERS - 30, mult) - 1


BIOS = ("{first} is a backend developer in Skopje who maintains two open-source Django packages.",
        "{full} leads the data team at a fintech start-up and teaches evening classes at FINKI.",
        "Frontend engineer, speaker and organiser of the local JavaScript meetup.",
        "{first} {last} has been writing Go since 2015. Reach out at {email}.")
SPEAKER_NOTES = ("{first} asked for an invoice for the travel costs; call {mobile}.", "Prefers the Friday slot.",
                 "{full} will bring her own adapter (USB-C to HDMI).", "Hotel booked for two nights.")
SUB_NOTES = ("I can only present on Saturday, my phone during the event is {mobile}.", "", "Happy to co-present with "
             "{first} {last} if there is time.", "Slides will be in English.", "Please contact me at {email}.")
INTERNAL = ("{first} confirmed by phone.", "Sponsor talk - check with the sponsor team.", "", "Moved from room B.",
            "{full} cancelled once before, keep a backup.")
REVIEWS = ("Solid topic, well-structured abstract.", "Too similar to last year's talk by {first} {last}.",
           "Would fit the beginner track.", "{first} is an excellent speaker, accept.", "Abstract is vague.")
MAILS = ("Dear {full},\n\nwe are happy to accept your proposal for the conference. Please confirm by Friday.\n\n"
         "The programme committee", "Hello {first},\n\nunfortunately we could not accept your proposal this year.",
         "Dear {full},\n\nyour slot is on Saturday at 11:00 in the main hall. Your registered phone: {mobile}.")
QUESTIONS = ("Dietary requirements or food allergies", "Accessibility needs at the venue",
             "Phone number during the conference", "T-shirt size", "Do you need a visa invitation letter?", "Company")


def _answer(c, i):
    p = person(c, U, _speaker(i, 3), "mk")
    return (c.r.choice(("vegetarian", "none", "allergic to peanuts", "coeliac disease - gluten free please", "vegan")),
            c.r.choice(("none", "I use a wheelchair, need step-free access to the stage", "hearing aid loop please",
                        "none", "reserved seat near the exit (epilepsy)")),
            p["mobile"], c.r.choice(("S", "M", "L", "XL")), c.r.choice(("no", "yes", "no")),
            c.r.choice(("Netcetera", "Seavus", "freelance", "Codechem", "Intertec")))[(i - 1) % 6]


def pretalx_tables() -> list[Table]:
    events = Table(S, "event_event", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "jsonb", "none", lambda c, i: json.dumps({"en": f"Skopje DevDays {2014 + i}"})),
        Col("slug", "varchar(50)", "none", lambda c, i: f"devdays{2014 + i}"),
        Col("organiser_id", "integer", "none", pick(1)),
        Col("is_public", "boolean", "none", pick(True, True, False)),
        Col("date_from", "date", "none", lambda c, i: f"{2014 + i}-10-0{1 + i % 8}"),
        Col("date_to", "date", "none", lambda c, i: f"{2014 + i}-10-0{2 + i % 8}"),
        Col("timezone", "varchar(30)", "none", pick("Europe/Skopje")),
        Col("email", "varchar(254)", "none", pick("program@devdays.mk", "orga@devdays.mk"),
            comment="the organisers' mailbox"),
        Col("primary_color", "varchar(7)", "none", pick("#c0392b", "#2c3e50")),
        Col("locale", "varchar(32)", "none", pick("en", "mk")),
        Col("locale_array", "text", "none", pick("en,mk", "en")),
        Col("landing_page_text", "text", "none", pick("Two days of talks and workshops in Skopje.", "")),
    ], rows=N_EVENTS)
    users = Table(S, "person_user", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("password", "varchar(128)", "credentials", django_hash()),
        Col("last_login", "timestamptz", "none", maybe(moment(2023, 2024), 0.8)),
        Col("is_superuser", "boolean", "none", lambda c, i: i <= 2),
        Col("code", "varchar(16)", "none", token(5, "ABCDEFGHJKLMNPQRSTUVWXYZ3789")),
        Col("name", "varchar(120)", "person_name", pv(U, "mk", "full")),
        Col("email", "varchar(254)", "email", pv(U, "mk", "email")),
        Col("is_active", "boolean", "none", pick(True, True, True, False)),
        Col("is_staff", "boolean", "none", lambda c, i: i <= 5),
        Col("is_administrator", "boolean", "none", lambda c, i: i <= 2),
        Col("locale", "varchar(32)", "none", pick("en", "mk", "sq")),
        Col("timezone", "varchar(30)", "none", pick("Europe/Skopje", "UTC")),
        Col("avatar", "varchar(100)", "none", maybe(lambda c, i: f"avatars/{i}_{c.r.randint(1000, 9999)}.jpg", 0.4)),
        Col("get_gravatar", "boolean", "none", pick(False, True)),
        Col("pw_reset_token", "varchar(160)", "secret_token", maybe(token(40), 0.2)),
        Col("pw_reset_time", "timestamptz", "none", maybe(moment(2023, 2024), 0.2)),
    ], rows=N_USERS)
    profiles = Table(S, "person_speakerprofile", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("biography", "text", "free_text_may_contain_pii",
            lambda c, i: c.r.choice(BIOS).format(**person(c, U, 30 + i, "mk"))),
        Col("has_arrived", "boolean", "none", pick(False, True)),
        Col("event_id", "integer", "none", fk(N_EVENTS, 1)),
        Col("user_id", "integer", "none", lambda c, i: 30 + i),
        Col("internal_notes", "text", "free_text_may_contain_pii",
            lambda c, i: c.r.choice(SPEAKER_NOTES).format(**person(c, U, 30 + i, "mk"))),
    ], rows=120, extra=[_fk("person_speakerprofile", "event_id", "event_event"),
                        _fk("person_speakerprofile", "user_id", "person_user")])
    subs = Table(S, "submission_submission", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("code", "varchar(16)", "none", token(6, "ABCDEFGHJKLMNPQRSTUVWXYZ3789")),
        Col("title", "varchar(200)", "none", pick("Postgres for the impatient", "Rust in production", "Scaling Django",
                                                  "Accessibility on the web", "Kafka without tears", "Testing legacy PHP")),
        Col("submission_type_id", "integer", "none", pick(1, 2, 3)),
        Col("state", "varchar(32)", "none", pick("submitted", "accepted", "confirmed", "rejected", "withdrawn")),
        Col("pending_state", "varchar(32)", "none", pick(None, None, "accepted")),
        Col("abstract", "text", "none", pick("How we moved a monolith to a queue-based design.",
                                             "Lessons from three years of on-call.", "A hands-on intro for beginners.")),
        Col("description", "text", "none", pick("Live demo included.", "", "Workshop, bring a laptop.")),
        Col("notes", "text", "free_text_may_contain_pii", fill(U, "mk", SUB_NOTES, N_USERS - 30, 5)),
        Col("internal_notes", "text", "free_text_may_contain_pii", fill(U, "mk", INTERNAL, N_USERS - 30, 5)),
        Col("duration", "integer", "none", pick(None, 30, 45)),
        Col("slot_count", "integer", "none", pick(1)),
        Col("content_locale", "varchar(32)", "none", pick("en", "mk")),
        Col("is_featured", "boolean", "none", pick(False, False, True)),
        Col("do_not_record", "boolean", "none", pick(False, False, True)),
        Col("image", "varchar(100)", "none", maybe(lambda c, i: f"submissions/{i}.png", 0.2)),
        Col("invitation_token", "varchar(32)", "secret_token", token(32)),
        Col("review_code", "varchar(32)", "secret_token", maybe(token(32), 0.3)),
        Col("anonymised_data", "text", "none", pick("{}", '{"_anonymised": true, "abstract": "[redacted]"}')),
        Col("event_id", "integer", "none", fk(N_EVENTS, 3)),
    ], rows=N_SUBS, extra=[_fk("submission_submission", "event_id", "event_event")])
    speakers = Table(S, "submission_submission_speakers", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("submission_id", "integer", "none", fk(N_SUBS, 1)),
        Col("user_id", "integer", "none", lambda c, i: _speaker(i, 5)),
    ], rows=150, extra=[_fk("submission_submission_speakers", "submission_id", "submission_submission"),
                        _fk("submission_submission_speakers", "user_id", "person_user")])
    questions = Table(S, "submission_question", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("event_id", "integer", "none", fk(N_EVENTS, 1)),
        Col("variant", "varchar(31)", "none", lambda c, i: ("choices", "text", "string", "choices", "boolean",
                                                            "string")[(i - 1) % 6]),
        Col("question", "jsonb", "none", lambda c, i: json.dumps({"en": QUESTIONS[(i - 1) % 6]})),
        Col("required", "boolean", "none", pick(False, True)),
        Col("position", "integer", "none", lambda c, i: (i - 1) % 6),
    ], rows=N_QUESTIONS, extra=[_fk("submission_question", "event_id", "event_event")])
    answers = Table(S, "submission_answer", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("question_id", "integer", "none", lambda c, i: (i - 1) % 6 + 1 + 6 * (i % 2)),
        Col("submission_id", "integer", "none", maybe(fk(N_SUBS, 7), 0.3)),
        Col("person_id", "integer", "none", lambda c, i: _speaker(i, 3)),
        Col("answer", "text", "free_text_may_contain_pii", _answer,
            comment="answer to the speaker question in question_id"),
        Col("answer_file", "varchar(100)", "none", pick(None)),
    ], rows=150, extra=[_fk("submission_answer", "question_id", "submission_question"),
                        _fk("submission_answer", "person_id", "person_user")])
    reviews = Table(S, "submission_review", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("submission_id", "integer", "none", fk(N_SUBS, 11)),
        Col("user_id", "integer", "none", lambda c, i: (i % 25) + 3),
        Col("text", "text", "free_text_may_contain_pii", fill(U, "mk", REVIEWS, N_USERS - 30, 11)),
        Col("score", "numeric(3,1)", "none", maybe(num(0, 3), 0.9)),
        Col("created", "timestamptz", "none", moment(2023, 2024)),
        Col("updated", "timestamptz", "none", moment(2023, 2024)),
        Col("override_vote", "boolean", "none", pick(None, None, True)),
    ], rows=140, extra=[_fk("submission_review", "submission_id", "submission_submission"),
                        _fk("submission_review", "user_id", "person_user")])
    mails = Table(S, "mail_queuedmail", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("event_id", "integer", "none", fk(N_EVENTS, 3)),
        Col("to", "varchar(1000)", "email", lambda c, i: person(c, U, _speaker(i, 13), "mk")["email"]),
        Col("reply_to", "varchar(1000)", "none", pick("program@devdays.mk", "")),
        Col("cc", "varchar(1000)", "none", pick("", "", "orga@devdays.mk")),
        Col("bcc", "varchar(1000)", "none", pick("", "archive@devdays.mk")),
        Col("subject", "varchar(200)", "none", pick("Your proposal was accepted", "Your proposal for DevDays",
                                                    "Your slot in the schedule")),
        Col("text", "text", "free_text_may_contain_pii",
            lambda c, i: c.r.choice(MAILS).format(**person(c, U, _speaker(i, 13), "mk"))),
        Col("sent", "timestamptz", "none", maybe(moment(2023, 2024), 0.8)),
        Col("locale", "varchar(32)", "none", pick("en", "mk")),
        Col("attachments", "jsonb", "none", pick(None, '[{"name": "invitation.pdf"}]')),
    ], rows=130, extra=[_fk("mail_queuedmail", "event_id", "event_event")])
    invites = Table(S, "event_teaminvite", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("team_id", "integer", "none", pick(1, 2, 3, 4)),
        Col("email", "varchar(254)", "email", pv("mk_invitee", "mk", "email")),
        Col("token", "varchar(64)", "secret_token", token(32)),
    ], rows=80)
    log = Table(S, "common_activitylog", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("event_id", "integer", "none", fk(N_EVENTS, 3)),
        Col("person_id", "integer", "none", fk(N_USERS, 17)),
        Col("content_type_id", "integer", "none", pick(12, 31, 33)),
        Col("object_id", "integer", "none", num(1, 150)),
        Col("timestamp", "timestamptz", "none", moment(2023, 2024)),
        Col("action_type", "varchar(200)", "none", pick("pretalx.submission.create", "pretalx.submission.accept",
                                                        "pretalx.user.password.reset", "pretalx.speaker.arrived")),
        Col("is_orga_action", "boolean", "none", pick(False, True)),
        Col("data", "text", "none", pick("{}", '{"state": "accepted"}', '{"previous": "submitted"}')),
    ], rows=150, extra=[_fk("common_activitylog", "event_id", "event_event"),
                        _fk("common_activitylog", "person_id", "person_user")])
    slots = Table(S, "schedule_talkslot", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("submission_id", "integer", "none", maybe(fk(N_SUBS, 1), 0.9)),
        Col("room_id", "integer", "none", pick(1, 2, 3)),
        Col("start", "timestamptz", "none", moment(2023, 2024)),
        Col("end", "timestamptz", "none", moment(2023, 2024)),
        Col("is_visible", "boolean", "none", pick(True, False)),
        Col("description", "jsonb", "none", pick(None, '{"en": "Coffee break"}', '{"en": "Lunch"}')),
    ], rows=140, extra=[_fk("schedule_talkslot", "submission_id", "submission_submission")])
    return [events, users, profiles, subs, speakers, questions, answers, reviews, mails, invites, log, slots]
