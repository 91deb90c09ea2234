"""au_openslides: OpenSlides (the Django assembly and conference system, version 3 schema as recalled from memory) run
by a fictional Welsh-speaking political party for its annual conference (cynhadledd flynyddol) in Aberystwyth, with
Welsh values and two in-house tables in Welsh: the membership register linked to the delegates and the direct debits
of their membership fees."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps)
from .blind45_gens import any_name, person
from .gens import Table

S = "au_openslides"
DEL = "os.delegate"
N_USER, N_MOTION, N_POLL, N_ASSIGN, N_ITEM = 150, 80, 30, 12, 40
BRANCHES = ["Cangen Arfon", "Cangen Ceredigion", "Cangen Dwyfor", "Cangen Meirionnydd", "Cangen Caerfyrddin",
            "Cangen Llanelli", "Cangen Bangor", "Cangen Aberteifi", "Ieuenctid", "Cangen Môn"]
MOTIONS = ["Tai fforddiadwy i bobl leol", "Ail gartrefi a threth gyngor", "Addysg Gymraeg i bawb",
           "Datganoli darlledu", "Ynni cymunedol", "Trafnidiaeth gyhoeddus wledig", "Iechyd meddwl pobl ifanc",
           "Dyfodol amaeth yng Nghymru"]


def _about(c, i):
    return c.r.choice([None, None, "Cynghorydd sir ers 2017.", "Athrawes gynradd a mam i dri.",
                       f"Cysylltwch â fi ar {person('cy', DEL, 'email')(c, i)}",
                       "Ffermwr defaid ym Mhenllyn.", f"Asiant etholiad i {any_name('cy')(c, i)} yn 2021."])


def _chat(c, i):
    return c.r.choice(["Ydy'r meicroffon ymlaen?", "Pwynt o drefn!", "Diolch i'r cadeirydd",
                       f"{any_name('cy')(c, i)}, wyt ti'n dod i'r cyfarfod ymylol?",
                       f"Ffonia fi: 07{c.r.choice('4789')}{digits(c, 2)} {digits(c, 6)}", "Cytuno'n llwyr",
                       "Bydd y bleidlais ar ôl cinio"])


def _pnote(c, i):
    return c.r.choice(['{"note": "Siarad o blaid"}', '{"note": "Gwrthwynebu gwelliant 3", "star": true}',
                       '{"note": "Holi %s am y gyllideb"}' % any_name("cy")(c, i), '{"star": true}'])


def openslides_tables() -> list[Table]:
    d = lambda f: person("cy", DEL, f, 1945, 2006)           # noqa: E731
    return [
        Table(S, "users_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(255)", "none", lambda c, i: d("user")(c, i)),
            C("password", "varchar(128)", "credentials",
              lambda c, i: f"pbkdf2_sha256$260000${hexs(c, 22)}${hexs(c, 43)}="),
            C("first_name", "varchar(255)", "person_name", d("first")),
            C("last_name", "varchar(255)", "person_name", d("last")),
            C("title", "varchar(50)", "none", maybe(one("Dr", "Cyng.", "Parch.", "AS", "AoS"), 0.2)),
            C("structure_level", "varchar(255)", "none", lambda c, i: BRANCHES[i % len(BRANCHES)]),
            C("number", "varchar(50)", "none", lambda c, i: f"C{i:03d}", comment="rhif cynrychiolydd"),
            C("about_me", "text", "free_text_may_contain_pii", _about),
            C("comment", "text", "none", maybe(one("Angen sedd ger y drws", "Talwyd", "Gwestai"), 0.2)),
            C("gender", "varchar(255)", "none", lambda c, i: {"M": "gwryw", "F": "benyw"}[d("sex")(c, i)]),
            C("email", "varchar(255)", "email", d("email")),
            C("last_email_send", "timestamp", "none", maybe(stamps(2024, 2025), 0.6)),
            C("is_present", "boolean", "none", flag(0.7)),
            C("is_committee", "boolean", "none", flag(0.05)),
            C("default_password", "varchar(100)", "credentials",
              lambda c, i: "".join(c.r.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(8))),
            C("vote_weight", "numeric(15,6)", "none", const(1)),
            C("is_active", "boolean", "none", flag(0.95)),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
            C("auth_type", "varchar(64)", "none", const("default")),
        ], rows=N_USER),
        Table(S, "aelodaeth", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("rhif_aelod", "varchar(10)", "none", lambda c, i: f"A{100000 + i * 37}"),
            C("math_aelodaeth", "varchar(30)", "political_opinion", one("Aelod llawn", "Aelod llawn", "Aelod ifanc",
                                                                        "Aelod cyswllt", "Cyn-ymgeisydd")),
            C("aelod_ers", "date", "none", dates(1974, 2024)),
            C("dyddiad_geni", "date", "birth_date", d("birth")),
            C("cyfeiriad", "varchar(200)", "postal_address", d("a_line")),
            C("tref", "varchar(60)", "none", d("a_town")),
            C("cod_post", "varchar(10)", "postal_address", d("a_post")),
            C("ffon_symudol", "varchar(20)", "phone", d("mobile")),
            C("ffon_cartref", "varchar(20)", "phone", maybe(d("phone"), 0.3)),
            C("rhif_yswiriant", "varchar(14)", "national_id", maybe(d("natid"), 0.2),
              comment="rhif Yswiriant Gwladol, ar gyfer ymgeiswyr yn unig"),
            C("undeb", "varchar(20)", "trade_union", maybe(one("UCAC", "NEU Cymru", "Unsain", "Unite", "UAC"), 0.3),
              comment="undeb llafur cysylltiedig"),
            C("caniatad_ebost", "boolean", "none", flag(0.8)),
            C("iaith_ddewisol", "varchar(10)", "none", one("cy", "cy", "cy", "en")),
        ], rows=N_USER, extra=[fkey(S, "aelodaeth", "user_id", "users_user", "id")]),
        Table(S, "debyd_uniongyrchol", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("aelod_id", "integer", "none", lambda c, i: (i * 3) % N_USER + 1),
            C("enw_deiliad", "varchar(120)", "person_name", lambda c, i: d("full")(c, (i * 3) % N_USER + 1)),
            C("cod_didoli", "varchar(8)", "bank_account", lambda c, i: f"{c.r.choice(['30', '40', '20', '09', '60'])}-"
                                                                        f"{digits(c, 2)}-{digits(c, 2)}"),
            C("rhif_cyfrif", "varchar(8)", "bank_account", lambda c, i: digits(c, 8)),
            C("cyfeirnod", "varchar(18)", "none", lambda c, i: f"AELOD{i:06d}"),
            C("swm_misol", "numeric(6,2)", "none", one(2, 3, 5, 10, 20)),
            C("dechrau", "date", "none", dates(2010, 2025)),
            C("statws", "varchar(20)", "none", one("gweithredol", "gweithredol", "wedi'i ganslo", "methwyd")),
        ], rows=110, extra=[fkey(S, "debyd_uniongyrchol", "aelod_id", "aelodaeth", "id")]),
        Table(S, "agenda_item", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("item_number", "varchar(255)", "none", lambda c, i: str(i)),
            C("title", "varchar(255)", "none", lambda c, i: f"Sesiwn {i}: {MOTIONS[i % len(MOTIONS)]}"),
            C("closed", "boolean", "none", flag(0.5)),
            C("duration", "integer", "none", one(15, 30, 45, 60)),
            C("weight", "integer", "none", seq()),
        ], rows=N_ITEM),
        Table(S, "motions_motion", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("identifier", "varchar(255)", "none", lambda c, i: f"C{i:02d}"),
            C("title", "varchar(255)", "none", lambda c, i: MOTIONS[i % len(MOTIONS)]),
            C("text", "text", "none", lambda c, i: f"Mae'r Gynhadledd hon yn galw ar y Senedd i {c.r.choice(['weithredu', 'ddeddfu', 'ariannu'])} ..."),
            C("reason", "text", "none", maybe(one("Mae argyfwng tai yn ein cymunedau.", "Er lles y Gymraeg."), 0.7)),
            C("state_id", "integer", "none", one(1, 2, 3, 4)),
            C("category_id", "integer", "none", ints(1, 6)),
            C("agenda_item_id", "integer", "none", fk(N_ITEM, 3)),
            C("created", "timestamp", "none", stamps(2025, 2025)),
            C("sort_weight", "integer", "none", seq()),
        ], rows=N_MOTION, extra=[fkey(S, "motions_motion", "agenda_item_id", "agenda_item", "id")]),
        Table(S, "motions_submitter", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("motion_id", "integer", "none", fk(N_MOTION, 1)),
            C("user_id", "integer", "none", fk(N_USER, 7)),
            C("weight", "integer", "none", ints(1, 3)),
        ], rows=120, extra=[fkey(S, "motions_submitter", "motion_id", "motions_motion", "id"),
                            fkey(S, "motions_submitter", "user_id", "users_user", "id")]),
        Table(S, "motions_motionpoll", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("motion_id", "integer", "none", fk(N_MOTION, 3)),
            C("type", "varchar(64)", "none", one("named", "named", "analog", "pseudoanonymous")),
            C("state", "integer", "none", one(1, 2, 3, 4)),
            C("votesvalid", "numeric(15,6)", "none", ints(40, 150)),
            C("votescast", "numeric(15,6)", "none", ints(40, 150)),
            C("onehundred_percent_base", "varchar(8)", "none", const("YNA")),
        ], rows=N_POLL, extra=[fkey(S, "motions_motionpoll", "motion_id", "motions_motion", "id")]),
        Table(S, "motions_motionvote", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("poll_id", "integer", "none", fk(N_POLL, 7)),
            C("user_id", "integer", "none", fk(N_USER, 11)),
            C("delegated_user_id", "integer", "none", maybe(fk(N_USER, 13), 0.1)),
            C("value", "varchar(1)", "political_opinion", one("Y", "Y", "N", "A")),
            C("weight", "numeric(15,6)", "none", const(1)),
            C("user_token", "varchar(16)", "none", lambda c, i: hexs(c, 16)),
        ], rows=150, extra=[fkey(S, "motions_motionvote", "poll_id", "motions_motionpoll", "id"),
                            fkey(S, "motions_motionvote", "user_id", "users_user", "id")]),
        Table(S, "assignments_assignment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(100)", "none", lambda c, i: ["Llywydd", "Cadeirydd", "Trysorydd", "Ysgrifennydd"][i % 4]
              + f" ({2025 + i // 4})"),
            C("open_posts", "integer", "none", one(1, 1, 2)),
            C("phase", "integer", "none", one(0, 1, 2)),
        ], rows=N_ASSIGN),
        Table(S, "assignments_assignmentrelateduser", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("assignment_id", "integer", "none", fk(N_ASSIGN, 5)),
            C("user_id", "integer", "none", fk(N_USER, 17)),
            C("weight", "integer", "none", ints(1, 6)),
        ], rows=80, extra=[fkey(S, "assignments_assignmentrelateduser", "assignment_id", "assignments_assignment", "id"),
                           fkey(S, "assignments_assignmentrelateduser", "user_id", "users_user", "id")]),
        Table(S, "agenda_speaker", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 19)),
            C("item_id", "integer", "none", fk(N_ITEM, 7)),
            C("begin_time", "timestamp", "none", maybe(stamps(2025, 2025), 0.7)),
            C("end_time", "timestamp", "none", maybe(stamps(2025, 2025), 0.6)),
            C("weight", "integer", "none", ints(1, 30)),
            C("marked", "boolean", "none", flag(0.1)),
            C("point_of_order", "boolean", "none", flag(0.05)),
            C("speech_state", "varchar(20)", "political_opinion", one("pro", "contra", "contribution", "")),
        ], rows=150, extra=[fkey(S, "agenda_speaker", "user_id", "users_user", "id"),
                            fkey(S, "agenda_speaker", "item_id", "agenda_item", "id")]),
        Table(S, "users_personalnote", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("notes", "jsonb", "free_text_may_contain_pii", _pnote),
        ], rows=90, extra=[fkey(S, "users_personalnote", "user_id", "users_user", "id")]),
        Table(S, "chat_chatmessage", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("text", "varchar(512)", "free_text_may_contain_pii", _chat),
            C("timestamp", "timestamp", "none", stamps(2025, 2025)),
            C("user_id", "integer", "none", fk(N_USER, 23)),
            C("chatgroup_id", "integer", "none", ints(1, 4)),
            C("read_count", "integer", "none", ints(0, 150)),
            C("pinned", "boolean", "none", flag(0.02)),
            C("attachment_id", "integer", "none", const(None)),
            C("size_kb", "numeric(6,1)", "none", amounts(0.1, 2, 1)),
        ], rows=120, extra=[fkey(S, "chat_chatmessage", "user_id", "users_user", "id")]),
    ]
