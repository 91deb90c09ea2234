"""Value generators for the third blind corpus (blind3.py): locale people, addresses and phones that look like the
contents of real installations (not Faker's obviously invented towns and streets), password-hash and token formats of
the recreated applications, and national identifiers with real check digits. Everything is seeded through Ctx.r."""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
from typing import Any

from faker import Faker

from .gens import Col, Ctx, Gen

_FAKERS: dict[str, Faker] = {}
_WIDTH = re.compile(r"^\s*(?:varchar|character varying|char|character)\((\d+)\)", re.I)


def C(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    """A column whose string values are cut to its declared varchar/char width."""
    m = _WIDTH.match(type_)
    if m:
        width, inner = int(m.group(1)), gen

        def cut(c: Ctx, i: int) -> Any:
            v = inner(c, i)
            return v[:width] if isinstance(v, str) else v

        return Col(name, type_, label, cut, comment)
    return Col(name, type_, label, gen, comment)


def fk(loc: str, c: Ctx) -> Faker:
    """The Faker of a locale, reseeded from c.r so that values stay repeatable."""
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    f.seed_instance(c.r.getrandbits(32))
    return f


def opt(p: float, gen: Gen) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def const(v: Any) -> Gen:
    return lambda c, i: v


def ref(n: int) -> Gen:
    """A foreign key into a parent of n rows numbered 1..n."""
    return lambda c, i: c.r.randint(1, n)


def num(lo: float, hi: float, nd: int = 0) -> Gen:
    return (lambda c, i: c.r.randint(int(lo), int(hi))) if nd == 0 else (lambda c, i: round(c.r.uniform(lo, hi), nd))


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


# ---- people -------------------------------------------------------------------------------------------------------


def first(loc: str = "en_US") -> Gen:
    return lambda c, i: fk(loc, c).first_name()


def last(loc: str = "en_US") -> Gen:
    return lambda c, i: fk(loc, c).last_name()


def full(loc: str = "en_US", female: bool = False) -> Gen:
    if female:
        return lambda c, i: f"{fk(loc, c).first_name_female()} {fk(loc, c).last_name()}"
    return lambda c, i: f"{fk(loc, c).first_name()} {fk(loc, c).last_name()}"


def company(c: Ctx, i: int) -> str:
    """A US company name as customers type it (not Faker's "X, Y and Z" pattern)."""
    word = c.r.choice(["Summit", "Pioneer", "Bluewater", "Keystone", "Evergreen", "Atlas", "Redwood", "Harbor", "Vertex"])
    head = c.r.choice([fk("en_US", c).last_name(), word])
    trade = c.r.choice(["Logistics", "Manufacturing", "Software", "Supply", "Foods", "Construction", "Consulting", "Dental"])
    return f"{head} {trade}" + c.r.choice([" Inc.", " LLC", " Corp.", " Co.", " Group", ""])


def row_random(tag: str, i: int) -> random.Random:
    """A generator private to row i of one table, so that several columns of the row agree (dates, amounts, kinds)."""
    return random.Random(f"{tag}/{i}")


MAIL = {
    "en_US": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "it_IT": ["gmail.com", "libero.it", "hotmail.it", "alice.it", "virgilio.it", "yahoo.it"],
    "fr_FR": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr"],
}


def email(loc: str = "en_US", domains: list[str] | None = None) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        f = fk(loc, c)
        a, b = ascii_(f.first_name()), ascii_(f.last_name())
        user = c.r.choice(
            [
                f"{a}.{b}",
                f"{a}{b}",
                f"{a[0]}{b}",
                f"{a}_{b}{c.r.randint(1, 99)}",
                f"{b}.{a}",
                f"{a}{c.r.randint(70, 2005)}",
            ]
        )
        return f"{user}@{c.r.choice(domains or MAIL[loc])}"

    return gen


def phone(loc: str = "en_US", mobile: bool | None = None) -> Gen:
    def d(c: Ctx, n: int) -> str:
        return "".join(c.r.choice(string.digits) for _ in range(n))

    def gen(c: Ctx, i: int) -> str:
        mob = c.r.random() < 0.5 if mobile is None else mobile
        if loc == "en_US":
            a, e, n = (
                c.r.choice(["212", "312", "415", "617", "713", "404", "503", "614", "919", "720"]),
                str(c.r.randint(2, 9)) + d(c, 2),
                d(c, 4),
            )
            return c.r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}"])
        if loc == "de_DE":
            if mob:
                p = c.r.choice(["0151", "0160", "0170", "0171", "0172", "0176", "0157", "0162"])
                return c.r.choice([f"{p} {d(c, 7)}", f"+49 {p[1:]} {d(c, 7)}", f"{p}/{d(c, 7)}"])
            p = c.r.choice(["030", "089", "040", "0221", "069", "0711", "0911", "0341", "0351"])
            return c.r.choice([f"{p} {d(c, 7)}", f"{p}/{d(c, 6)}", f"+49 {p[1:]} {d(c, 6)}"])
        if loc == "it_IT":
            if mob:
                p = c.r.choice(["333", "335", "338", "340", "347", "348", "349", "320", "328", "366"])
                return c.r.choice([f"{p} {d(c, 7)}", f"+39 {p} {d(c, 3)} {d(c, 4)}", f"{p}{d(c, 7)}"])
            p = c.r.choice(["06", "02", "011", "081", "051", "055", "091"])
            return c.r.choice([f"{p} {d(c, 7)}", f"{p}-{d(c, 7)}", f"+39 {p} {d(c, 7)}"])
        p = "0" + (c.r.choice("67") if mob else c.r.choice("12345"))
        return c.r.choice(
            [
                f"{p} " + " ".join(d(c, 2) for _ in range(4)),
                f"+33 {p[1]} " + " ".join(d(c, 2) for _ in range(4)),
                f"{p}." + ".".join(d(c, 2) for _ in range(4)),
                p + d(c, 8),
            ]
        )

    return gen


US_CITY = [("New York", "NY", "100"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Phoenix", "AZ", "850"),
           ("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Atlanta", "GA", "303"), ("Denver", "CO", "802"),
           ("Raleigh", "NC", "276"), ("Boston", "MA", "021"), ("Madison", "WI", "537"), ("Tampa", "FL", "336")]
DE_CITY = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Frankfurt am Main", "60"),
           ("Stuttgart", "70"), ("Nürnberg", "90"), ("Leipzig", "04"), ("Dresden", "01"), ("Bremen", "28"),
           ("Augsburg", "86"), ("Mainz", "55"), ("Kassel", "34"), ("Münster", "48")]
IT_CITY = [("Roma", "RM", "001", "H501"), ("Milano", "MI", "201", "F205"), ("Napoli", "NA", "801", "F839"),
           ("Torino", "TO", "101", "L219"), ("Bologna", "BO", "401", "A944"), ("Firenze", "FI", "501", "D612"),
           ("Palermo", "PA", "901", "G273"), ("Bari", "BA", "701", "A662"), ("Verona", "VR", "371", "L781")]
FR_CITY = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"),
           ("Bordeaux", "3300"), ("Lille", "5900"), ("Rennes", "3500"), ("Strasbourg", "6700"), ("Grenoble", "3800")]
STREETS = {
    "en_US": ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Washington Blvd", "Park Ave", "Elm St", "Lakeview Rd",
              "2nd St", "Pine St", "Highland Ave", "Sunset Blvd", "Hillcrest Dr", "Jefferson St"],
    "de_DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße", "Kirchweg",
              "Goethestraße", "Am Mühlbach", "Ringstraße", "Friedrich-Ebert-Str.", "Waldweg", "Birkenallee"],
    "it_IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Dante", "Via Verdi",
              "Viale dei Mille", "Via Cavour", "Via XX Settembre", "Via Matteotti"],
    "fr_FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue des Lilas",
              "place de la Mairie", "rue Pasteur", "allée des Tilleuls", "chemin du Moulin"],
}


def street(loc: str = "en_US") -> Gen:
    def gen(c: Ctx, i: int) -> str:
        s, n = c.r.choice(STREETS[loc]), c.r.randint(1, 180)
        if loc == "en_US":
            return f"{c.r.randint(100, 9899)} {s}" + c.r.choice(["", "", "", f" Apt {c.r.randint(1, 40)}"])
        if loc == "fr_FR":
            return f"{n}{c.r.choice(['', '', ' bis'])} {s}"
        if loc == "it_IT":
            return f"{s}, {n}" + c.r.choice(["", "", f"/{c.r.choice('ABC')}"])
        return f"{s} {n}" + c.r.choice(["", "", "a", "b"])

    return gen


def postcode(loc: str = "en_US") -> Gen:
    def gen(c: Ctx, i: int) -> str:
        if loc == "en_US":
            return c.r.choice(US_CITY)[2] + f"{c.r.randint(1, 99):02d}"
        if loc == "de_DE":
            return c.r.choice(DE_CITY)[1] + f"{c.r.randint(100, 999)}"
        if loc == "it_IT":
            return c.r.choice(IT_CITY)[2] + f"{c.r.randint(0, 99):02d}"
        p = c.r.choice(FR_CITY)[1]
        return p + "".join(c.r.choice(string.digits) for _ in range(5 - len(p)))

    return gen


def city(loc: str = "en_US") -> Gen:
    table = {"en_US": US_CITY, "de_DE": DE_CITY, "it_IT": IT_CITY, "fr_FR": FR_CITY}[loc]
    return lambda c, i: c.r.choice(table)[0]


def address(loc: str = "en_US") -> Gen:
    """A full address on one line (or two, for US/FR), as typed into a single field."""

    def gen(c: Ctx, i: int) -> str:
        s, n = street(loc)(c, i), f"{c.r.randint(0, 999):03d}"
        if loc == "en_US":
            t, st, p = c.r.choice(US_CITY)
            return f"{s}, {t}, {st} {p}{n[1:]}"
        if loc == "de_DE":
            t, p = c.r.choice(DE_CITY)
            return f"{s}, {p}{n} {t}"
        if loc == "it_IT":
            t, pr, p, _ = c.r.choice(IT_CITY)
            return f"{s}, {p}{n[1:]} {t} ({pr})"
        t, p = c.r.choice(FR_CITY)
        return f"{s}, {p}{n[: 5 - len(p)]} {t}"

    return gen


def us_state(c: Ctx, i: int) -> str:
    return c.r.choice(US_CITY)[1]


def birth(lo: int = 1942, hi: int = 2004) -> Gen:
    return lambda c, i: dt.date(c.r.randint(lo, hi), c.r.randint(1, 12), c.r.randint(1, 28))


def when(lo: int = 2016, hi: int = 2025) -> Gen:
    return lambda c, i: dt.datetime(
        c.r.randint(lo, hi),
        c.r.randint(1, 12),
        c.r.randint(1, 28),
        c.r.randint(0, 23),
        c.r.randint(0, 59),
        c.r.randint(0, 59),
    )


def day(lo: int = 2016, hi: int = 2025) -> Gen:
    return lambda c, i: dt.date(c.r.randint(lo, hi), c.r.randint(1, 12), c.r.randint(1, 28))


def epoch_ms(c: Ctx, i: int) -> int:
    return c.r.randint(1_550_000_000_000, 1_760_000_000_000)
