"""ay_samediggi: an in-house system of a Sámi parliament office in Guovdageaidnu and Kárášjohka (northern Norway),
with Northern Sámi column names: the Sámi electoral roll with its registration grounds, candidate lists, votes cast,
grant applications of reindeer herders and duodji makers, and office staff."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           seq, stamps)
from .blind49_gens import any_name, person, work_email
from .gens import Table

S = "ay_samediggi"
VOT, STF = "sd.jienasteaddji", "sd.bargi"
N_VOT, N_STF, N_BIIRE = 150, 16, 7


def _ohcan(c, i):
    return c.r.choice(["Ohcan doarjaga ođđa skohterii.", "Søker tilskudd til gamme ved vårbeite.",
                       f"Ovttas {any_name('se')(c, i)} siiddas, gč. mildosa.",
                       f"Kontakt regnskapsfører {any_name('se')(c, i)} på +47 9{digits(c, 2)} {digits(c, 2)} "
                       f"{digits(c, 3)}", "Duodjebuvttadeapmi: gákti ja gápmagat.", None])


def _bio(c, i):
    return c.r.choice(["Boazodoalli ja áhčči golmma mánnái.", "Oahpaheaddji, lea leamaš suohkanstivrras.",
                       f"Náitalan {any_name('se')(c, i)} mielde, orru Kárášjogas.", "Duojár ja musihkkár."])


def samediggi_tables() -> list[Table]:
    v = lambda f: person("se", VOT, f, 1940, 2006)       # noqa: E731
    b = lambda f: person("se", STF, f, 1965, 1999)       # noqa: E731
    return [
        Table(S, "valgabiirret", [
            C("valgabiire_id", "integer PRIMARY KEY", "none", seq()),
            C("namma", "varchar(60)", "none", lambda c, i: ["Ávjovári", "Nuortaguovllu", "Gáisi", "Viestarmeara",
                                                           "Åarjel-Saepmie", "Lulli-Norga", "Davvi"][i - 1]),
            C("mandáhtat", "smallint", "none", ints(3, 7)),
        ], rows=N_BIIRE),
        Table(S, "bargit", [
            C("bargi_id", "integer PRIMARY KEY", "none", seq()),
            C("namma", "varchar(100)", "person_name", b("full")),
            C("e_poasta", "varchar(100)", "email", work_email("se", STF, "samediggi-kantuvra.example")),
            C("telefovdna", "varchar(20)", "phone", b("mobile")),
            C("geavaheaddjinamma", "varchar(40)", "none", b("user")),
            C("beassansatni", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "12", "2y")),
            C("totp_ciegus", "varchar(32)", "secret_token", lambda c, i: alnum(c, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        ], rows=N_STF),
        Table(S, "jienasteaddjit", [
            C("jienasteaddji_id", "integer PRIMARY KEY", "none", seq()),
            C("ovdanamma", "varchar(60)", "person_name", v("first")),
            C("goargu", "varchar(60)", "person_name", v("last")),
            C("fnr", "char(11)", "national_id", v("natid")),
            C("riegadan", "date", "birth_date", v("birth")),
            C("cujuhus", "varchar(120)", "postal_address", v("a_line")),
            C("poastanr", "char(4)", "postal_address", v("a_zip")),
            C("suohkan", "varchar(40)", "none", v("a_city")),
            C("valgabiire_id", "integer", "none", fk(N_BIIRE, 1)),
            C("vuoddu", "varchar(80)", "ethnic_origin",
              one("sámegiella ruovttugiellan", "váhnen/áhkku/ádjá ruovttugiella sámegiella",
                  "váhnen lea jienastuslogus"),
              comment="sámelága § 2-6: mii čájeha ahte olmmoš lea sápmelaš"),
            C("iezas_sapmelazzan", "boolean", "ethnic_origin", const(True),
              comment="dieđáhus: atná iežas sápmelažžan"),
            C("telefovdna", "varchar(20)", "phone", maybe(v("mobile"), 0.7)),
            C("e_poasta", "varchar(100)", "email", maybe(v("email"), 0.6)),
            C("giella", "varchar(5)", "none", one("se", "se", "nb", "sma", "smj")),
            C("registrerejuvvon", "date", "none", dates(1989, 2025)),
            C("dilli", "varchar(20)", "none", one("aktiiva", "aktiiva", "jápmán", "fárren")),
        ], rows=N_VOT, extra=[fkey(S, "jienasteaddjit", "valgabiire_id", "valgabiirret", "valgabiire_id")]),
        Table(S, "evttohasat", [
            C("evttohas_id", "integer PRIMARY KEY", "none", seq()),
            C("jienasteaddji_id", "integer", "none", lambda c, i: (i * 5) % N_VOT + 1),
            C("namma", "varchar(120)", "person_name", lambda c, i: v("full")(c, (i * 5) % N_VOT + 1)),
            C("listu", "varchar(80)", "political_opinion",
              one("Norgga Sámiid Riikkasearvi", "Bargiidbellodat", "Árja", "Ealát", "Guovddášbellodat",
                  "Olgešbellodat"), comment="evttohaslistu / bellodat"),
            C("sadji", "smallint", "none", ints(1, 12)),
            C("valgabiire_id", "integer", "none", fk(N_BIIRE, 1)),
            C("ammat", "varchar(60)", "none", one("boazodoalli", "oahpaheaddji", "studeanta", "duojár", "dálon",
                                                  "buohccedivššár")),
            C("biografiija", "text", "free_text_may_contain_pii", _bio),
            C("valljejuvvon", "boolean", "none", flag(0.3)),
        ], rows=90, extra=[fkey(S, "evttohasat", "jienasteaddji_id", "jienasteaddjit", "jienasteaddji_id"),
                           fkey(S, "evttohasat", "valgabiire_id", "valgabiirret", "valgabiire_id")]),
        Table(S, "jienasteamit", [
            C("jienasteapmi_id", "integer PRIMARY KEY", "none", seq()),
            C("jienasteaddji_id", "integer", "none", fk(N_VOT, 1)),
            C("jienastan", "timestamp", "none", stamps(2021, 2025)),
            C("baiki", "varchar(60)", "none", one("Guovdageainnu skuvla", "Kárášjoga suohkanviessu", "poasta")),
            C("ovdagihtii", "boolean", "none", flag(0.4)),
            C("dohkkehuvvon", "boolean", "none", flag(0.98)),
            C("bargi_id", "integer", "none", fk(N_STF, 3)),
        ], rows=140, extra=[fkey(S, "jienasteamit", "jienasteaddji_id", "jienasteaddjit", "jienasteaddji_id"),
                            fkey(S, "jienasteamit", "bargi_id", "bargit", "bargi_id")]),
        Table(S, "doarjjaohcamat", [
            C("ohcan_id", "integer PRIMARY KEY", "none", seq()),
            C("ohcci", "varchar(120)", "person_name", lambda c, i: v("full")(c, (i * 7) % N_VOT + 1)),
            C("fnr", "char(11)", "national_id", lambda c, i: v("natid")(c, (i * 7) % N_VOT + 1)),
            C("orgnr", "char(9)", "none", maybe(lambda c, i: f"9{digits(c, 8)}", 0.4),
              comment="enkeltpersonforetak / siida"),
            C("doarjjasladja", "varchar(60)", "none", one("Ealáhusdoarjja boazodollui", "Duodjedoarjja",
                                                          "Kulturdoarjja", "Stipeanda")),
            C("siida", "varchar(60)", "none", maybe(one("Siida 14 Beahcegealli", "Siida 19 Gávvir", "Siida 36"), 0.5)),
            C("supmi", "numeric(10,2)", "none", amounts(5000, 250000)),
            C("kontonr", "char(11)", "bank_account", lambda c, i: f"4{digits(c, 10)}"),
            C("teaksta", "text", "free_text_may_contain_pii", _ohcan),
            C("mearriduvvon", "varchar(20)", "none", one("dohkkehuvvon", "hilgojuvvon", "gieđahallamis")),
            C("sakseandi", "integer", "none", fk(N_STF, 5)),
            C("boahtan", "timestamp", "none", stamps(2022, 2025)),
            C("hash", "char(32)", "none", lambda c, i: hexs(c, 32)),
        ], rows=120, extra=[fkey(S, "doarjjaohcamat", "sakseandi", "bargit", "bargi_id")]),
    ]
