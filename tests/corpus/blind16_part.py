"""s_part: a Hungarian opposition party's member and supporter registry (in-house Django app, Hungarian snake_case
without accents): local branches, members, membership dues, donations, events, attendance, door-to-door canvassing,
users."""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind16_gens import (HU_F, HU_L, Rec, day, digits, fk, hexs, hu_person, iban, idx, ipv4, maybe, num,
                           pick, ref, stamp, templ)
from .gens import Col, Table

S = "s_part"
BRANCHES = ("Budapest VIII. kerület", "Budapest XIII. kerület", "Budapest XI. kerület", "Szeged", "Debrecen", "Pécs",
            "Vác", "Veszprém", "Győr")
PARTIES = ("", "", "", "Fidesz", "MSZP", "Jobbik", "LMP", "DK", "Momentum", "Mi Hazánk")
INTENT = ("biztos támogató", "bizonytalan", "kormánypárti", "nem szavaz", "más ellenzéki párt", "elutasító")
CANVASS = ("{n} úr nyitott volt, rezsicsökkentés miatt aggódik. Tel: {t}", "Nem nyitott ajtót.",
           "Idős néni, a fia ({n}) Fidesz-szavazó, ő maga bizonytalan.", "Kérte, hogy többet ne keressük.",
           "Aláírta az ívet, önkéntesnek jelentkezne: {t}", "Hírlevélre feliratkozott, {n}.")
NAMES = ("Kovács", "Nagy Erzsébet", "Tóth László", "Zsófi")
TELS = ("+36 30 412 7781", "06-20-318-4402", "+36 70 555 1290")
BANKS = ("11773", "11600006", "10700", "12010", "10918", "11702")


def adoazonosito(c: Any, dob: dt.date) -> str:
    while True:
        body = "8" + f"{(dob - dt.date(1867, 1, 1)).days:05d}" + digits(c, 3)
        chk = sum(int(x) * (k + 1) for k, x in enumerate(body)) % 11
        if chk < 10:
            return body + str(chk)


def _w9731(d: str) -> str:
    return str((10 - sum(int(x) * (9, 7, 3, 1)[k % 4] for k, x in enumerate(d)) % 10) % 10)


def bankszamla(c: Any) -> str:
    b = (c.r.choice(BANKS) + digits(c, 7))[:7]
    rest = digits(c, 15)
    return f"{b}{_w9731(b)}-{rest[:8]}-{rest[8:]}{_w9731(rest)}"


def _member(c: Any, i: int) -> dict:
    p = hu_person(c, i)
    return {**p, "ado": adoazonosito(c, p["dob"]), "szhely": c.r.choice(("Budapest", "Szeged", "Miskolc", "Kaposvár",
                                                                          "Nyíregyháza", "Marosvásárhely"))}


def _donation(c: Any, i: int) -> dict:
    p = hu_person(c, i)
    acc = bankszamla(c)
    return {"name": p["name"], "addr": f"{p['irsz']} {p['town']}, {p['street']}", "acc": acc,
            "iban": iban("HU", acc.replace("-", ""))}


def part_tables() -> list[Table]:
    m = Rec(_member)
    u = Rec(hu_person)
    dn = Rec(_donation)
    ls = Rec(hu_person)
    rs = Rec(hu_person)
    return [
        Table(S, "szervezet", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("nev", "varchar(120)", "none", lambda c, i: BRANCHES[(i - 1) % len(BRANCHES)] + " alapszervezet"),
            Col("szekhely", "varchar(200)", "none", lambda c, i: f"{c.r.choice(('1072 Budapest, Akácfa u. 18.', '6720 Szeged, Kárász u. 5.', '4025 Debrecen, Hatvan u. 2.'))}"),
            Col("elnok_nev", "varchar(120)", "person_name", lambda c, i: f"{c.r.choice(HU_L)} {c.r.choice(HU_F)}"),
            Col("elnok_telefon", "varchar(30)", "phone", lambda c, i: f"+36 30 {digits(c, 3)} {digits(c, 4)}"),
            Col("email", "varchar(120)", "none", lambda c, i: f"alapszervezet{i}@part.hu"),
            Col("adoszam", "varchar(13)", "none", lambda c, i: f"{digits(c, 8)}-1-{c.r.randint(2, 44):02d}"),
            Col("bankszamla", "varchar(26)", "none", lambda c, i: bankszamla(c)),
            Col("valasztokerulet", "varchar(60)", "none", lambda c, i: f"{c.r.choice(('Budapest', 'Csongrád-Csanád', 'Hajdú-Bihar'))} {c.r.randint(1, 18):02d}. OEVK"),
        ], rows=18),
        Table(S, "tag", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("szervezet_id", "integer", "none", ref(18)),
            Col("tagszam", "varchar(12)", "none", lambda c, i: f"T-{2015 + i % 9}-{i:05d}"),
            Col("vezeteknev", "varchar(60)", "person_name", m.f("last")),
            Col("keresztnev", "varchar(60)", "person_name", m.f("first")),
            Col("anyja_neve", "varchar(120)", "person_name", m.f("mother")),
            Col("szuletesi_hely", "varchar(60)", "none", m.f("szhely")),
            Col("szuletesi_datum", "date", "birth_date", m.f("dob")),
            Col("nem", "varchar(5)", "none", lambda c, i: {"F": "nő", "M": "férfi"}[m.f("sex")(c, i)]),
            Col("adoazonosito_jel", "char(10)", "national_id", m.f("ado")),
            Col("szemelyi_igazolvany", "char(8)", "national_id", lambda c, i: f"{digits(c, 6)}{c.r.choice('ABCEHLMNPTZ')}{c.r.choice('ABEKLMNT')}"),
            Col("foglalkozas", "varchar(60)", "none", pick("tanár", "nyugdíjas", "mérnök", "ápoló", "egyetemi hallgató", "vállalkozó")),
            Col("munkahely", "varchar(80)", "none", pick("", "Semmelweis Egyetem", "BKV Zrt.", "Szegedi Tudományegyetem", "MÁV")),
            Col("ajanlo_tag_id", "integer", "none", maybe(0.3, ref(150))),
            Col("adatkezelesi_hozzajarulas", "timestamp", "none", stamp(2018, 2024)),
            Col("onkentes_teruletek", "varchar(120)", "none", pick("", "plakátolás", "szavazatszámláló bizottság", "online kampány")),
            Col("iranyitoszam", "char(4)", "postal_address", m.f("irsz")),
            Col("telepules", "varchar(60)", "none", m.f("town")),
            Col("utca_hazszam", "varchar(120)", "postal_address", m.f("street")),
            Col("telefon", "varchar(30)", "phone", m.f("phone")),
            Col("email", "varchar(120)", "email", m.f("email")),
            Col("belepes_datuma", "date", "none", day(2015, 2024)),
            Col("korabbi_part", "varchar(40)", "political_opinion", pick(*PARTIES)),
            Col("tisztseg", "varchar(60)", "none", pick("", "", "", "alapszervezeti elnök", "küldött", "önkormányzati képviselő")),
            Col("szakszervezeti_tag", "boolean", "trade_union", pick(True, False, False)),
            Col("tagsag_allapota", "varchar(20)", "none", pick("aktív", "aktív", "szüneteltetett", "kilépett")),
            Col("hirlevel", "boolean", "none", pick(True, False)),
            Col("megjegyzes", "text", "free_text_may_contain_pii", maybe(0.5, templ(CANVASS, n=NAMES, t=TELS))),
            Col("letrehozva", "timestamp", "none", stamp(2015, 2024)),
        ], rows=150, extra=[fk(S, "tag", "szervezet_id", "szervezet")]),
        Table(S, "tagdij_befizetes", [
            Col("id", "integer", "none", idx),
            Col("tag_id", "integer", "none", ref(150)),
            Col("ev", "smallint", "none", num(2019, 2024)),
            Col("osszeg", "integer", "none", pick(1000, 2000, 6000, 12000)),
            Col("befizetes_modja", "varchar(20)", "none", pick("átutalás", "készpénz", "bankkártya")),
            Col("bankszamlaszam", "varchar(26)", "bank_account", maybe(0.6, lambda c, i: bankszamla(c))),
            Col("kozlemeny", "varchar(140)", "none", lambda c, i: f"tagdíj {c.r.randint(2019, 2024)} T-{c.r.randint(1, 150):05d}"),
            Col("befizetve", "date", "none", day(2019, 2024)),
        ], rows=150, extra=[fk(S, "tagdij_befizetes", "tag_id", "tag")]),
        Table(S, "adomany", [
            Col("id", "integer", "none", idx),
            Col("tag_id", "integer", "none", maybe(0.4, ref(150))),
            Col("adomanyozo_neve", "varchar(120)", "person_name", dn.f("name")),
            Col("lakcim", "varchar(200)", "postal_address", dn.f("addr")),
            Col("bankszamlaszam", "varchar(26)", "bank_account", dn.f("acc")),
            Col("iban", "varchar(34)", "iban", dn.f("iban")),
            Col("osszeg", "integer", "none", num(2000, 500000)),
            Col("kampany", "varchar(60)", "none", pick("2024 EP/önkormányzati", "Kerületi plakátkampány", "Általános")),
            Col("nyilatkozat_alairva", "boolean", "none", pick(True, True, False)),
            Col("erkezett", "date", "none", day(2022, 2024)),
        ], rows=120, extra=[fk(S, "adomany", "tag_id", "tag")]),
        Table(S, "rendezveny", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("szervezet_id", "integer", "none", ref(18)),
            Col("cim", "varchar(200)", "none", pick("Lakossági fórum", "Aláírásgyűjtés a piacon", "Tüntetés a Kossuth téren",
                                                     "Jelöltbemutató", "Önkéntes képzés")),
            Col("helyszin", "varchar(200)", "none", pick("Rákóczi tér", "Művelődési ház", "Dóm tér", "Kossuth tér")),
            Col("kezdete", "timestamp", "none", stamp(2022, 2024)),
            Col("letszam", "integer", "none", num(8, 900)),
        ], rows=80, extra=[fk(S, "rendezveny", "szervezet_id", "szervezet")]),
        Table(S, "reszvetel", [
            Col("id", "integer", "none", idx),
            Col("rendezveny_id", "integer", "none", ref(80)),
            Col("tag_id", "integer", "none", maybe(0.6, ref(150))),
            Col("nev", "varchar(120)", "person_name", rs.f("name")),
            Col("telefon", "varchar(30)", "phone", rs.f("phone")),
            Col("szerep", "varchar(30)", "none", pick("résztvevő", "önkéntes", "felszólaló", "rendező")),
            Col("fenykep_hozzajarulas", "boolean", "none", pick(True, False)),
        ], rows=150, extra=[fk(S, "reszvetel", "rendezveny_id", "rendezveny"), fk(S, "reszvetel", "tag_id", "tag")]),
        Table(S, "kopogtatas", [
            Col("id", "integer", "none", idx),
            Col("onkentes_tag_id", "integer", "none", ref(150)),
            Col("lakos_nev", "varchar(120)", "person_name", maybe(0.7, ls.f("name"))),
            Col("lakcim", "varchar(200)", "postal_address", lambda c, i: f"{ls.f('irsz')(c, i)} {ls.f('town')(c, i)}, {ls.f('street')(c, i)} {c.r.randint(1, 4)}/{c.r.randint(1, 12)}"),
            Col("telefon", "varchar(30)", "phone", maybe(0.3, ls.f("phone"))),
            Col("korcsoport", "varchar(10)", "none", pick("18-29", "30-44", "45-64", "65+")),
            Col("haztartas_letszam", "smallint", "none", num(1, 6)),
            Col("szavazasi_szandek", "varchar(40)", "political_opinion", pick(*INTENT)),
            Col("legfontosabb_tema", "varchar(60)", "none", pick("egészségügy", "infláció", "oktatás", "korrupció", "lakhatás")),
            Col("megjegyzes", "text", "free_text_may_contain_pii", templ(CANVASS, n=NAMES, t=TELS)),
            Col("gps", "point", "geo_location", lambda c, i: f"({round(19.07 + c.r.uniform(-0.06, 0.06), 6)},{round(47.49 + c.r.uniform(-0.04, 0.04), 6)})"),
            Col("rogzitve", "timestamp", "none", stamp(2024, 2024)),
        ], rows=150, extra=[fk(S, "kopogtatas", "onkentes_tag_id", "tag")]),
        Table(S, "auth_felhasznalo", [
            Col("id", "integer", "none", idx),
            Col("felhasznalonev", "varchar(150)", "none", lambda c, i: f"{u.f('last')(c, i).lower()[:5]}{i}"),
            Col("jelszo", "varchar(128)", "credentials", lambda c, i: f"pbkdf2_sha256$600000${hexs(22)(c, i)}${hexs(43)(c, i)}="),
            Col("teljes_nev", "varchar(150)", "person_name", u.f("name")),
            Col("email", "varchar(254)", "email", u.f("email")),
            Col("utolso_ip", "inet", "ip_address", ipv4),
            Col("api_token", "varchar(40)", "secret_token", hexs(40)),
            Col("szerepkor", "varchar(30)", "none", pick("országos admin", "szervező", "adatrögzítő")),
        ], rows=20),
    ]
