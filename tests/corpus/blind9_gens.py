"""Hand-written value pools and generators for the ninth blind part (schemas l_*): no Faker, no library word lists.

A row's person (first name, surname, sex, e-mail) comes from a generator seeded with the table's salt and the row
number, so that the parts agree within a row and repeat between loads; everything else uses the corpus RNG.
"""
from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass
from typing import Any

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.jp import in_ as jp_in
from stdnum.pl import pesel

from .gens import Ctx, Gen

FIRST = {
    "de": (["Lukas", "Jonas", "Felix", "Maximilian", "Tobias", "Jürgen", "Uwe", "Stefan", "Matthias", "Ömer"],
           ["Anna", "Lea", "Sabine", "Katharina", "Julia", "Birgit", "Monika", "Sophie", "Jana", "Ayşe"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Grzegorz", "Łukasz", "Marcin", "Andrzej", "Jakub"],
           ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Ewa", "Magdalena", "Zofia", "Beata", "Iwona"]),
    "ke": (["Brian", "Kevin", "Dennis", "Otieno", "Kipchoge", "Mwangi", "Wafula", "Juma", "Collins", "Samuel"],
           ["Wanjiku", "Achieng", "Faith", "Mercy", "Nyokabi", "Akinyi", "Chebet", "Grace", "Wairimu", "Atieno"]),
    "jp": (["Hiroshi", "Takeshi", "Kenji", "Daisuke", "Shota", "Yuto", "Naoki", "Kazuya", "Ryo", "Satoshi"],
           ["Yuki", "Akiko", "Haruka", "Misaki", "Naomi", "Keiko", "Ayaka", "Sakura", "Emi", "Tomoko"]),
    "au": (["Jack", "Liam", "Cooper", "Mitchell", "Brendan", "Lachlan", "Hamish", "Nguyen", "Dimitri", "Oliver"],
           ["Chloe", "Isla", "Matilda", "Kylie", "Sharon", "Tahlia", "Mai", "Georgia", "Jess", "Priya"]),
}
LAST = {
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Yılmaz",
           "Bauer", "Richter", "Klein", "Wolf", "Neumann"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
           "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski"],
    "ke": ["Kamau", "Otieno", "Wanjala", "Mutua", "Kiprotich", "Njoroge", "Odhiambo", "Mwangi", "Cheruiyot", "Onyango",
           "Kariuki", "Wekesa"],
    "jp": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
           "Yoshida", "Yamada"],
    "au": ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Papadopoulos", "O'Brien", "Kelly",
           "Martin", "Anderson", "Tran"],
}
MAIL = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "ke": ["gmail.com", "yahoo.com", "safaricom.co.ke", "outlook.com"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "softbank.ne.jp"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
}
KANJI_LAST = {"Sato": "佐藤", "Suzuki": "鈴木", "Takahashi": "高橋", "Tanaka": "田中", "Watanabe": "渡辺", "Ito": "伊藤",
              "Yamamoto": "山本", "Nakamura": "中村", "Kobayashi": "小林", "Kato": "加藤", "Yoshida": "吉田",
              "Yamada": "山田"}
KANA_LAST = {"Sato": "サトウ", "Suzuki": "スズキ", "Takahashi": "タカハシ", "Tanaka": "タナカ", "Watanabe": "ワタナベ",
             "Ito": "イトウ", "Yamamoto": "ヤマモト", "Nakamura": "ナカムラ", "Kobayashi": "コバヤシ", "Kato": "カトウ",
             "Yoshida": "ヨシダ", "Yamada": "ヤマダ"}
KANJI_FIRST = {"Hiroshi": "浩", "Takeshi": "武", "Kenji": "健二", "Daisuke": "大輔", "Shota": "翔太", "Yuto": "悠斗",
               "Naoki": "直樹", "Kazuya": "和也", "Ryo": "亮", "Satoshi": "聡", "Yuki": "由紀", "Akiko": "明子",
               "Haruka": "遥", "Misaki": "美咲", "Naomi": "直美", "Keiko": "恵子", "Ayaka": "彩花", "Sakura": "さくら",
               "Emi": "恵美", "Tomoko": "智子"}
STREETS = {
    "de": ["Hauptstraße", "Bahnhofstr.", "Lindenweg", "Schillerstraße", "Am Mühlbach", "Goethestr.", "Kirchgasse"],
    "pl": ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jana Pawła II", "ul. Kościuszki", "os. Tysiąclecia"],
    "au": ["Smith St", "Beach Rd", "Parramatta Road", "Glenferrie Rd", "Wattle Ave", "Brunswick St"],
}
TOWNS = {
    "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("70173", "Stuttgart"), ("04109", "Leipzig"),
           ("28195", "Bremen"), ("90402", "Nürnberg")],
    "pl": [("00-950", "Warszawa"), ("90-001", "Łódź"), ("30-001", "Kraków"), ("80-001", "Gdańsk"), ("61-001", "Poznań"),
           ("50-001", "Wrocław")],
}
JP_ADDR = [("160-0022", "東京都", "新宿区新宿3-1-7"), ("530-0001", "大阪府", "大阪市北区梅田2-4-9"),
           ("460-0008", "愛知県", "名古屋市中区栄4-16-3"), ("812-0011", "福岡県", "福岡市博多区博多駅前1-2-5"),
           ("060-0001", "北海道", "札幌市中央区北一条西5-2"), ("220-0011", "神奈川県", "横浜市西区高島2-19-12")]
ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ś": "s", "ź": "z", "ż": "z",
                       "ą": "a", "ę": "e", "ó": "o", "ć": "c", "ń": "n", "ı": "i", "'": "", "ş": "s", "Ö": "o"})
KE_TOWNS = ["Nairobi", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Kakamega", "Nyeri"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str
    email: str


def who(loc: str, salt: str, i: int) -> Person:
    r = random.Random(f"{salt}:{i}")
    sex = r.choice("MF")
    first = r.choice(FIRST[loc][sex == "F"])
    last = r.choice(LAST[loc])
    if loc == "pl" and sex == "F" and last[-3:] in ("ski", "cki"):
        last = last[:-1] + "a"
    plain = (first + "." + last).lower().translate(ASCII)
    local = r.choice([plain, plain.replace(".", ""), f"{plain[0]}{plain.split('.')[-1]}{r.randint(1, 99)}"])
    return Person(first, last, sex, f"{local}@{r.choice(MAIL[loc])}")


def first(loc: str, salt: str) -> Gen:
    return lambda c, i: who(loc, salt, i).first


def last(loc: str, salt: str) -> Gen:
    return lambda c, i: who(loc, salt, i).last


def full(loc: str, salt: str, last_first: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        p = who(loc, salt, i)
        return f"{p.last}, {p.first}" if last_first else f"{p.first} {p.last}"
    return gen


def email(loc: str, salt: str) -> Gen:
    return lambda c, i: who(loc, salt, i).email


def phone(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        d = lambda n: "".join(c.r.choice(string.digits) for _ in range(n))  # noqa: E731
        if loc == "de":
            return c.r.choice([f"+49 15{c.r.randint(1, 9)} {d(8)}", f"0{c.r.choice(['30', '89', '221'])}/{d(7)}",
                               f"017{c.r.randint(0, 9)}-{d(7)}"])
        if loc == "pl":
            return c.r.choice([f"+48 {c.r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"{c.r.choice('5678')}{d(8)}"])
        if loc == "ke":
            return c.r.choice([f"+2547{d(8)}", f"07{d(2)} {d(3)} {d(3)}", f"2541{d(8)}"])
        if loc == "jp":
            return c.r.choice([f"090-{d(4)}-{d(4)}", f"080{d(8)}", f"03-{d(4)}-{d(4)}"])
        return c.r.choice([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}"])
    return gen


def street(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        s = c.r.choice(STREETS[loc])
        n = c.r.randint(1, 180)
        if loc == "pl":
            return f"{s} {n}" + (f"/{c.r.randint(1, 60)}" if c.r.random() < 0.6 else "")
        if loc == "au":
            return (f"Unit {c.r.randint(1, 20)}/" if c.r.random() < 0.3 else "") + f"{n} {s}"
        return f"{s} {n}" + (c.r.choice("abc") if c.r.random() < 0.1 else "")
    return gen


def town(loc: str, part: int) -> Gen:
    return lambda c, i: c.r.choice(TOWNS[loc])[part]


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def pick(*choices: Any) -> Gen:
    return lambda c, i: c.r.choice(choices)


def weighted(pairs: dict[Any, int]) -> Gen:
    keys, weights = list(pairs), list(pairs.values())
    return lambda c, i: c.r.choices(keys, weights)[0]


def fk(n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < p_null else c.r.randint(1, n)


def num(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def integer(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def day(y0: int, y1: int) -> Gen:
    def gen(c: Ctx, i: int) -> dt.date:
        return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))
    return gen


def stamp(y0: int = 2021, y1: int = 2025) -> Gen:
    def gen(c: Ctx, i: int) -> dt.datetime:
        return dt.datetime(y0, 1, 1) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 365 * 86400))
    return gen


def epoch(y0: int = 2021, y1: int = 2025) -> Gen:
    base = int(dt.datetime(y0, 1, 1).timestamp())
    return lambda c, i: base + c.r.randint(0, (y1 - y0 + 1) * 365 * 86400)


def digits(n: int, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(string.digits) for _ in range(n))


def token(n: int, alphabet: str = string.ascii_letters + string.digits, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def hexstr(n: int) -> Gen:
    return token(n, "0123456789abcdef")


def ipv4(c: Ctx, i: int) -> str:
    return c.r.choice([f"{c.r.choice([77, 91, 188, 31, 84])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}."
                       f"{c.r.randint(1, 254)}", f"192.168.{c.r.randint(0, 3)}.{c.r.randint(2, 254)}",
                       f"2a02:810d:{c.r.randint(0, 0xffff):x}:{c.r.randint(0, 0xffff):x}::{c.r.randint(1, 0xff):x}"])


def pesel_of(c: Ctx, i: int) -> str:
    y, m, d = c.r.randint(1950, 2004), c.r.randint(1, 12), c.r.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{c.r.randint(0, 9999):04d}"
    return body + pesel.calc_check_digit(body)


def my_number(c: Ctx, i: int) -> str:
    body = "".join(c.r.choice(string.digits) for _ in range(11))
    return body + jp_in.calc_check_digit(body)


def iban(country: str, bban_len: int) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        bban = "".join(c.r.choice(string.digits) for _ in range(bban_len))
        return country + std_iban.calc_check_digits(country + "00" + bban) + bban
    return gen


def luhn_digits(n: int, prefix: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        body = prefix + "".join(c.r.choice(string.digits) for _ in range(n - len(prefix) - 1))
        return body + luhn.calc_check_digit(body)
    return gen


def template(*texts: str, **pools: Gen) -> Gen:
    """One of `texts` with {name} filled from the generator `pools[name]` (row-level, from the corpus RNG)."""
    def gen(c: Ctx, i: int) -> str:
        text = c.r.choice(texts)
        return text.format(**{k: g(c, i) for k, g in pools.items() if "{" + k + "}" in text})
    return gen


def split(key: str, gen: Gen, n: int) -> Gen:
    """Column n of a tuple-valued generator, drawn once per row so that the columns of one row agree."""
    def col(c: Ctx, i: int) -> Any:
        if (id(c), key, i) not in _MEMO:
            _MEMO[(id(c), key, i)] = (c, gen(c, i))      # the context is kept so that its id is not reused
        return _MEMO[(id(c), key, i)][1][n]
    return col


_MEMO: dict[tuple[int, str, int], Any] = {}


def fk_sql(schema: str, table: str, col: str, ref: str, refcol: str = "id") -> str:
    return f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {schema}."{ref}" ("{refcol}")'
