"""an_webtrees: the webtrees genealogy application (wt_* tables) as recalled from its public schema, for a family
history society of Grand Cayman and the Sister Islands: trees, users and their settings, individuals with their
GEDCOM records, families, names, dates, places, the log, messages and news."""
from __future__ import annotations

from .blind26_gens import C, bcrypt, const, digits, fkey, ints, maybe, one, stamps
from .blind38_gens import POOLS, any_address, person
from .gens import Table

S = "an_webtrees"
IND, USR = "an.webtrees.indi", "an.webtrees.user"
N_TREE, N_USR, N_IND, N_PLACE = 3, 40, 150, 80
_SDX = {**dict.fromkeys("BFPV", "1"), **dict.fromkeys("CGJKQSXZ", "2"), **dict.fromkeys("DT", "3"), "L": "4",
        "M": "5", "N": "5", "R": "6"}
PLACES = ["Cayman Islands", "Grand Cayman", "Cayman Brac", "Little Cayman", "George Town", "West Bay", "Bodden Town",
          "East End", "North Side", "Spot Bay", "Stake Bay", "Creek", "Savannah", "Prospect", "Hell"]
RELI = ["Presbyterian", "Church of God", "Baptist", "Seventh-day Adventist", "Methodist", "Roman Catholic"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _soundex(word: str) -> str:
    w = "".join(ch for ch in word.upper() if ch.isalpha())
    code, last = w[:1], _SDX.get(w[:1], "")
    for ch in w[1:]:
        d = _SDX.get(ch, "")
        if d and d != last:
            code += d
        if ch not in "HW":
            last = d
    return (code + "000")[:4]


def _ind(c, i, f):
    return person("ky", IND, f, 1850, 2020)(c, i)


def _gedcom(c, i):
    b = _ind(c, i, "birth")
    lines = [f"0 @I{i}@ INDI", f"1 NAME {_ind(c, i, 'first')} /{_ind(c, i, 'last')}/", f"2 GIVN {_ind(c, i, 'first')}",
             f"2 SURN {_ind(c, i, 'last')}", f"1 SEX {_ind(c, i, 'sex')}", "1 BIRT",
             f"2 DATE {b.day} {MON[b.month - 1]} {b.year}", f"2 PLAC {c.r.choice(PLACES[4:])}, Cayman Islands"]
    if c.r.random() < 0.6:
        lines.append(f"1 RELI {c.r.choice(RELI)}")
    if c.r.random() < 0.5:
        lines.append(f"1 OCCU {c.r.choice(['Seaman', 'Turtler', 'Schoolteacher', 'Shipwright', 'Rope maker'])}")
    if b.year < 1950:
        lines += ["1 DEAT", f"2 DATE {b.year + c.r.randint(40, 95)}"]
    if b.year > 1990 and c.r.random() < 0.5:
        lines += ["1 RESI", f"2 ADDR {any_address('ky')(c, i)}"]
    return "\n".join(lines)


def _log(c, i):
    u = person("ky", USR, "user")(c, c.r.randint(1, N_USR))
    return c.r.choice([f"Login successful ->{u}<-", f"Login failed ->{u}<-", f"Updated individual I{c.r.randint(1, 150)}",
                       "Search: surname=Ebanks", f"Mail sent to {person('ky', USR, 'email')(c, c.r.randint(1, N_USR))}",
                       "Cron job: clean old sessions"])


def _message(c, i):
    return c.r.choice([f"Hello, I believe {_ind(c, c.r.randint(1, N_IND), 'full')} was my great-grandmother. "
                       f"You can reach me on {person('ky', USR, 'mobile')(c, i)}.",
                       "Please correct the birth year of the Watler twins, it should be 1911.",
                       "Thanks for the photos of the 1932 storm.",
                       f"My uncle {POOLS['ky']['m'][i % 16]} {POOLS['ky']['last'][i % 20]} has the family bible, "
                       f"he lives at {any_address('ky')(c, i)}."])


def webtrees_tables() -> list[Table]:
    u = lambda f: person("ky", USR, f, 1945, 2000)           # noqa: E731
    return [
        Table(S, "wt_gedcom", [
            C("gedcom_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("gedcom_name", "varchar(255)", "none", lambda c, i: ["cayman_families.ged", "brac_roots.ged",
                                                                   "merren_line.ged"][i - 1]),
            C("sort_order", "integer", "none", lambda c, i: i),
        ], rows=N_TREE),
        Table(S, "wt_user", [
            C("user_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("user_name", "varchar(32)", "none", u("user")),
            C("real_name", "varchar(64)", "person_name", u("full")),
            C("email", "varchar(64)", "email", u("email")),
            C("password", "varchar(128)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
        ], rows=N_USR),
        Table(S, "wt_user_setting", [
            C("user_id", "integer", "none", lambda c, i: (i - 1) // 3 + 1),
            C("setting_name", "varchar(32)", "none", lambda c, i: ["language", "contactmethod", "comment"][i % 3]),
            C("setting_value", "varchar(255)", "free_text_may_contain_pii", lambda c, i: [
                c.r.choice(["en-GB", "en-US"]), c.r.choice(["messaging", "messaging2", "mailto", "none"]),
                c.r.choice(["Researching the Bodden line", f"Granddaughter of {u('first')(c, (i - 1) // 3 + 1)} "
                            f"{c.r.choice(POOLS['ky']['last'])}, tel {u('phone')(c, (i - 1) // 3 + 1)}",
                            "Brac families", ""])][i % 3]),
        ], rows=120, extra=[fkey(S, "wt_user_setting", "user_id", "wt_user", "user_id")]),
        Table(S, "wt_individuals", [
            C("i_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"I{i}"),
            C("i_file", "integer", "none", lambda c, i: 1 + (i % 5 == 0) + (i % 7 == 0)),
            C("i_rin", "varchar(20)", "none", lambda c, i: str(i)),
            C("i_sex", "char(1)", "none", lambda c, i: _ind(c, i, "sex")),
            C("i_gedcom", "text", "free_text_may_contain_pii", _gedcom),
        ], rows=N_IND, extra=[fkey(S, "wt_individuals", "i_file", "wt_gedcom", "gedcom_id")]),
        Table(S, "wt_families", [
            C("f_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"F{i}"),
            C("f_file", "integer", "none", const(1)),
            C("f_husb", "varchar(20)", "none", maybe(lambda c, i: f"I{2 * i - 1}", 0.9)),
            C("f_wife", "varchar(20)", "none", maybe(lambda c, i: f"I{2 * i}", 0.9)),
            C("f_gedcom", "text", "free_text_may_contain_pii", lambda c, i: (
                f"0 @F{i}@ FAM\n1 HUSB @I{2 * i - 1}@\n1 WIFE @I{2 * i}@\n1 MARR\n2 DATE "
                f"{c.r.randint(1870, 2015)}\n2 PLAC {c.r.choice(PLACES[4:])}, Cayman Islands"
                + c.r.choice(["", "\n1 DIV Y", f"\n1 NOTE Married by Rev. {c.r.choice(POOLS['ky']['last'])}"]))),
            C("f_numchil", "integer", "none", ints(0, 9)),
        ], rows=N_IND // 2, extra=[fkey(S, "wt_families", "f_file", "wt_gedcom", "gedcom_id"),
                           fkey(S, "wt_families", "f_husb", "wt_individuals", "i_id"),
                           fkey(S, "wt_families", "f_wife", "wt_individuals", "i_id")]),
        Table(S, "wt_name", [
            C("n_file", "integer", "none", const(1)),
            C("n_id", "varchar(20)", "none", lambda c, i: f"I{i}"),
            C("n_num", "integer", "none", const(0)),
            C("n_type", "varchar(15)", "none", one("NAME", "NAME", "NAME", "_MARNM", "_AKA")),
            C("n_sort", "varchar(255)", "person_name", lambda c, i: f"{_ind(c, i, 'last').upper()},{_ind(c, i, 'first')}"),
            C("n_full", "varchar(255)", "person_name", lambda c, i: _ind(c, i, "full")),
            C("n_surname", "varchar(255)", "person_name", lambda c, i: _ind(c, i, "last")),
            C("n_surn", "varchar(255)", "person_name", lambda c, i: _ind(c, i, "last").upper()),
            C("n_givn", "varchar(255)", "person_name", lambda c, i: _ind(c, i, "first")),
            C("n_soundex_givn_std", "varchar(255)", "none", lambda c, i: _soundex(_ind(c, i, "first"))),
            C("n_soundex_surn_std", "varchar(255)", "none", lambda c, i: _soundex(_ind(c, i, "last"))),
            C("n_soundex_surn_dm", "varchar(255)", "none", lambda c, i: digits(c, 6)),
        ], rows=N_IND, extra=[fkey(S, "wt_name", "n_id", "wt_individuals", "i_id")]),
        Table(S, "wt_dates", [
            C("d_day", "smallint", "none", lambda c, i: _ind(c, i, "birth").day),
            C("d_month", "char(5)", "none", lambda c, i: MON[_ind(c, i, "birth").month - 1]),
            C("d_mon", "smallint", "none", lambda c, i: _ind(c, i, "birth").month),
            C("d_year", "smallint", "none", lambda c, i: _ind(c, i, "birth").year),
            C("d_julianday1", "integer", "none", lambda c, i: _ind(c, i, "birth").toordinal() + 1721425),
            C("d_julianday2", "integer", "none", lambda c, i: _ind(c, i, "birth").toordinal() + 1721425),
            C("d_fact", "varchar(15)", "none", const("BIRT")),
            C("d_gid", "varchar(20)", "none", lambda c, i: f"I{i}"),
            C("d_file", "integer", "none", const(1)),
            C("d_type", "varchar(13)", "none", const("@#DGREGORIAN@")),
        ], rows=N_IND, extra=[fkey(S, "wt_dates", "d_gid", "wt_individuals", "i_id")]),
        Table(S, "wt_places", [
            C("p_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("p_place", "varchar(150)", "none", lambda c, i: PLACES[i % len(PLACES)] if i <= len(PLACES)
              else f"{c.r.choice(POOLS['ky']['street'])}"),
            C("p_parent_id", "integer", "none", lambda c, i: None if i == 1 else max(1, i // 3)),
            C("p_file", "integer", "none", const(1)),
            C("p_std_soundex", "text", "none", lambda c, i: _soundex(PLACES[i % len(PLACES)])),
            C("p_dm_soundex", "text", "none", lambda c, i: digits(c, 6)),
        ], rows=N_PLACE, extra=[fkey(S, "wt_places", "p_parent_id", "wt_places", "p_id"),
                                fkey(S, "wt_places", "p_file", "wt_gedcom", "gedcom_id")]),
        Table(S, "wt_log", [
            C("log_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("log_time", "timestamp", "none", stamps(2024, 2025)),
            C("log_type", "varchar(20)", "none", one("auth", "edit", "search", "error", "config")),
            C("log_message", "text", "free_text_may_contain_pii", _log),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: person("ky", USR, "ip")(c, (i * 7) % N_USR + 1)),
            C("user_id", "integer", "none", maybe(lambda c, i: (i * 7) % N_USR + 1, 0.8)),
            C("gedcom_id", "integer", "none", maybe(ints(1, N_TREE), 0.6)),
        ], rows=150, extra=[fkey(S, "wt_log", "user_id", "wt_user", "user_id"),
                            fkey(S, "wt_log", "gedcom_id", "wt_gedcom", "gedcom_id")]),
        Table(S, "wt_message", [
            C("message_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("sender", "varchar(64)", "email", lambda c, i: person("ky", "an.webtrees.visitor", "email")(c, i)),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: person("ky", "an.webtrees.visitor", "ip")(c, i)),
            C("user_id", "integer", "none", lambda c, i: (i * 3) % N_USR + 1),
            C("subject", "varchar(255)", "none", one("Family tree", "Correction", "Photos", "Cemetery records")),
            C("body", "text", "free_text_may_contain_pii", _message),
            C("created", "timestamp", "none", stamps(2022, 2025)),
        ], rows=100, extra=[fkey(S, "wt_message", "user_id", "wt_user", "user_id")]),
        Table(S, "wt_news", [
            C("news_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("user_id", "integer", "none", maybe(lambda c, i: (i * 11) % N_USR + 1, 0.5)),
            C("gedcom_id", "integer", "none", ints(1, N_TREE)),
            C("subject", "varchar(255)", "none", one("New records added", "Meeting at the library", "Brac reunion")),
            C("body", "text", "none", one("We have transcribed the 1911 census of Cayman Brac.",
                                          "Next meeting Thursday 7pm, bring your photos.",
                                          "Bodden Town cemetery survey finished.")),
            C("updated", "timestamp", "none", stamps(2022, 2025)),
        ], rows=80, extra=[fkey(S, "wt_news", "user_id", "wt_user", "user_id"),
                           fkey(S, "wt_news", "gedcom_id", "wt_gedcom", "gedcom_id")]),
    ]
