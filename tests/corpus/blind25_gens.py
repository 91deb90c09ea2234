"""Hand-written value helpers for the twenty-fifth blind corpus part (schemas aa_*).

No Faker, no word-list libraries: every pool below was typed by hand, and every draw comes from the context's
seeded `c.r`. The parts of one person in one row (name, birth date, phone, e-mail, address, national number) are
drawn once per (key, row, country) by `person` and cached, so the columns of a row agree with each other. Ids that
foreign keys point at are derived from the row index (`ref`). python-stdnum only computes check digits (EAN-13,
Luhn for IMEIs, IBAN).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import string
import uuid
from typing import Any

from stdnum import ean, iban, luhn

from .gens import Ctx, Gen

# ---------------------------------------------------------------------------------------------------------------
# generic helpers


def const(v: Any) -> Gen:
    return lambda c, i: v


def idx(off: int = 0) -> Gen:
    return lambda c, i: i + off


def ref(n: int, step: int = 7, off: int = 0) -> Gen:
    """An id in 1..n derived from the row index: what a foreign key to a table of n rows holds."""
    return lambda c, i: 1 + (i * step + off) % n


def one(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def integer(a: int, b: int) -> Gen:
    return lambda c, i: c.r.randint(a, b)


def decimal(a: float, b: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(a, b), nd)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def maybe(gen: Gen, p_null: float = 0.25) -> Gen:
    def g(c: Ctx, i: int) -> Any:
        v = gen(c, i)
        return None if c.r.random() < p_null else v
    return g


def day(y0: int = 2019, y1: int = 2025) -> Gen:
    def g(c: Ctx, i: int) -> dt.date:
        return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))
    return g


def stamp(y0: int = 2021, y1: int = 2025) -> Gen:
    def g(c: Ctx, i: int) -> dt.datetime:
        return dt.datetime(y0, 1, 1, 6) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 365 * 86400 - 1))
    return g


def epoch(y0: int = 2021, y1: int = 2025) -> Gen:
    s = stamp(y0, y1)
    return lambda c, i: int(s(c, i).replace(tzinfo=dt.timezone.utc).timestamp())


def chars(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> Gen:
    return chars(n, "0123456789abcdef")


def b64(nbytes: int, urlsafe: bool = False) -> Gen:
    def g(c: Ctx, i: int) -> str:
        raw = bytes(c.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else base64.b64encode(raw).decode())
    return g


def uid() -> Gen:
    return lambda c, i: str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def pattern(p: str) -> Gen:
    """'#' a digit, 'A' an upper-case letter, 'a' a lower-case letter, 'x' a hex digit; the rest is kept."""
    def g(c: Ctx, i: int) -> str:
        out = []
        for ch in p:
            out.append(c.r.choice(string.digits) if ch == "#" else c.r.choice(string.ascii_uppercase) if ch == "A"
                       else c.r.choice(string.ascii_lowercase) if ch == "a" else c.r.choice("0123456789abcdef")
                       if ch == "x" else ch)
        return "".join(out)
    return g


def bcrypt(prefix: str = "$2y$10$") -> Gen:
    alpha = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return lambda c, i: prefix + "".join(c.r.choice(alpha) for _ in range(53))


def sha256_of(gen: Gen) -> Gen:
    return lambda c, i: hashlib.sha256(str(gen(c, i)).encode()).hexdigest()


def md5_hex() -> Gen:
    return lambda c, i: hashlib.md5(str(c.r.random()).encode()).hexdigest()


def js(make: Any) -> Gen:
    """A json text from a function (c, i) -> python object."""
    return lambda c, i: json.dumps(make(c, i), ensure_ascii=False)


def ean13(prefix: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        body = prefix + "".join(c.r.choice(string.digits) for _ in range(12 - len(prefix)))
        return body + ean.calc_check_digit(body)
    return g


def imei(tac: str = "35693803") -> Gen:
    def g(c: Ctx, i: int) -> str:
        body = tac + "".join(c.r.choice(string.digits) for _ in range(14 - len(tac)))
        return body + luhn.calc_check_digit(body)
    return g


def mn_iban(bank: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        bban = bank + "".join(c.r.choice(string.digits) for _ in range(12))
        return "MN" + iban.calc_check_digits("MN00" + bban) + bban
    return g


IPV4_FIRST = {"am": (37, 46, 87, 185), "tn": (41, 102, 196, 197), "jm": (63, 72, 190, 208),
              "mn": (43, 103, 124, 202), "np": (27, 103, 110, 202), "ug": (41, 102, 154, 196)}


def ipv4(cc: str) -> Gen:
    return lambda c, i: (f"{c.r.choice(IPV4_FIRST[cc])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}."
                         f"{c.r.randint(1, 254)}")


USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
)


def agent() -> Gen:
    return one(*USER_AGENTS)


# ---------------------------------------------------------------------------------------------------------------
# country pools, typed by hand

AM = dict(
    male=("Aram", "Davit", "Tigran", "Hayk", "Narek", "Gor", "Arman", "Vahe", "Levon", "Karen", "Artur", "Samvel",
          "Ashot", "Hrant", "Sevak", "Edgar"),
    female=("Ani", "Lilit", "Anahit", "Mariam", "Nare", "Gayane", "Armine", "Tatevik", "Siranush", "Hasmik",
            "Lusine", "Knarik", "Astghik", "Meri", "Zaruhi", "Syuzanna"),
    last=("Hovhannisyan", "Harutyunyan", "Sargsyan", "Grigoryan", "Khachatryan", "Petrosyan", "Vardanyan",
          "Avetisyan", "Karapetyan", "Mkrtchyan", "Ghazaryan", "Manukyan", "Hakobyan", "Poghosyan", "Simonyan",
          "Martirosyan", "Abrahamyan", "Galstyan"),
    streets=("Abovyan St", "Tumanyan St", "Mashtots Ave", "Sayat-Nova Ave", "Baghramyan Ave", "Komitas Ave",
             "Teryan St", "Nalbandyan St", "Pushkin St", "Amiryan St", "Arshakunyats Ave", "Vazgen Sargsyan St"),
    cities=(("Yerevan", "0010"), ("Yerevan", "0025"), ("Yerevan", "0051"), ("Yerevan", "0014"), ("Gyumri", "3101"),
            ("Vanadzor", "2001"), ("Vagharshapat", "1101"), ("Abovyan", "2201"), ("Dilijan", "3901")),
    mail=("gmail.com", "mail.ru", "yandex.ru", "yahoo.com", "outlook.com"),
)
TN = dict(
    male=("Mohamed", "Ahmed", "Youssef", "Amine", "Sami", "Karim", "Hichem", "Walid", "Anis", "Slim", "Mehdi",
          "Bilel", "Riadh", "Nizar", "Fethi", "Hatem"),
    female=("Amira", "Salma", "Ines", "Rim", "Sonia", "Nour", "Yosra", "Olfa", "Mouna", "Leila", "Hela", "Emna",
            "Wafa", "Sarra", "Rania", "Asma"),
    last=("Trabelsi", "Ben Salah", "Gharbi", "Jebali", "Mejri", "Hammami", "Chaabane", "Ben Amor", "Ayari",
          "Khelifi", "Jendoubi", "Mansouri", "Ferchichi", "Sassi", "Bouzid", "Dridi", "Ben Youssef", "Guesmi"),
    streets=("Rue de Marseille", "Avenue Habib Bourguiba", "Rue Ibn Khaldoun", "Avenue de la Liberté",
             "Rue d'Alger", "Rue de Palestine", "Avenue Mohamed V", "Rue Ali Belhouane", "Rue Farhat Hached",
             "Avenue Taieb Mhiri", "Rue du Lac Léman", "Rue Hédi Nouira"),
    cities=(("Tunis", "1000"), ("La Marsa", "2070"), ("Ariana", "2080"), ("Sfax", "3000"), ("Sousse", "4000"),
            ("Monastir", "5000"), ("Bizerte", "7000"), ("Nabeul", "8000"), ("Gabès", "6000"), ("Le Bardo", "2000"),
            ("Les Berges du Lac", "1053")),
    mail=("gmail.com", "yahoo.fr", "topnet.tn", "planet.tn", "hotmail.com"),
)
JM = dict(
    male=("Andre", "Marlon", "Dwayne", "Kemar", "Romaine", "Omar", "Shane", "Devon", "Jermaine", "Garfield",
          "Oneil", "Damion", "Tajay", "Rohan", "Kirk", "Leon"),
    female=("Shanique", "Tameka", "Kadian", "Sasha-Gaye", "Keisha", "Tashana", "Nadine", "Monique", "Shelly-Ann",
            "Ayesha", "Kerry-Ann", "Jodian", "Trudy-Ann", "Simone", "Annakay", "Stacy-Ann"),
    last=("Campbell", "Brown", "Williams", "Clarke", "Thompson", "Reid", "Grant", "McKenzie", "Forbes", "Bailey",
          "Lewis", "Morgan", "Henry", "Wright", "Francis", "Gordon", "Spence", "Powell", "Bryan", "Ellis"),
    streets=("Hope Road", "Constant Spring Road", "Barbican Road", "Red Hills Road", "Molynes Road",
             "Old Hope Road", "Half Way Tree Road", "Waltham Park Road", "Mannings Hill Road", "Bogue Road",
             "Main Street", "Manchester Road"),
    cities=(("Kingston 10", "St. Andrew"), ("Kingston 6", "St. Andrew"), ("Kingston 8", "St. Andrew"),
            ("Spanish Town", "St. Catherine"), ("Portmore", "St. Catherine"), ("Montego Bay", "St. James"),
            ("Mandeville", "Manchester"), ("May Pen", "Clarendon"), ("Ocho Rios", "St. Ann"),
            ("Savanna-la-Mar", "Westmoreland")),
    mail=("gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com"),
)
# Mongolian names in Cyrillic with the transliteration used for e-mail addresses
MN = dict(
    male=(("Батбаяр", "batbayar"), ("Ганболд", "ganbold"), ("Энхболд", "enkhbold"), ("Тэмүүлэн", "temuulen"),
          ("Бат-Эрдэнэ", "baterdene"), ("Төмөрбаатар", "tumurbaatar"), ("Мөнхбат", "munkhbat"),
          ("Эрдэнэбат", "erdenebat"), ("Ганзориг", "ganzorig"), ("Сүхбат", "sukhbat"), ("Билгүүн", "bilguun"),
          ("Анар", "anar")),
    female=(("Оюунчимэг", "oyunchimeg"), ("Сарангэрэл", "sarangerel"), ("Энхжаргал", "enkhjargal"),
            ("Болормаа", "bolormaa"), ("Номин", "nomin"), ("Алтанцэцэг", "altantsetseg"), ("Цэцэгмаа", "tsetsegmaa"),
            ("Ариунаа", "ariunaa"), ("Хулан", "khulan"), ("Уранчимэг", "uranchimeg"), ("Мөнхзул", "munkhzul"),
            ("Солонго", "solongo")),
    last=(("Дорж", "dorj"), ("Болд", "bold"), ("Гантулга", "gantulga"), ("Цэнд", "tsend"), ("Пүрэв", "purev"),
          ("Дамдин", "damdin"), ("Жаргал", "jargal"), ("Баатар", "baatar"), ("Намсрай", "namsrai"),
          ("Лхагва", "lkhagva"), ("Очир", "ochir"), ("Ганбаатар", "ganbaatar"), ("Энхтайван", "enkhtaivan"),
          ("Сэр-Од", "serod")),
    streets=("Энхтайвны өргөн чөлөө", "Чингисийн өргөн чөлөө", "Сөүлийн гудамж", "Их тойруу", "Бага тойруу",
             "Токиогийн гудамж", "Жуулчны гудамж", "Нарны зам"),
    cities=(("Сүхбаатар дүүрэг", "14200"), ("Баянзүрх дүүрэг", "13380"), ("Хан-Уул дүүрэг", "17010"),
            ("Чингэлтэй дүүрэг", "15160"), ("Баянгол дүүрэг", "16050"), ("Сонгинохайрхан дүүрэг", "18080")),
    letters="АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ",
    mail=("gmail.com", "yahoo.com", "mail.mn", "outlook.com"),
)
# Nepali names in Latin script with Devanagari
NP = dict(
    male=(("Ram", "राम"), ("Hari", "हरि"), ("Bikash", "विकास"), ("Prakash", "प्रकाश"), ("Suman", "सुमन"),
          ("Rajesh", "राजेश"), ("Nabin", "नबिन"), ("Dipesh", "दिपेश"), ("Aayush", "आयुष"), ("Anish", "अनिश"),
          ("Sujal", "सुजल"), ("Bishal", "विशाल"), ("Sandesh", "सन्देश"), ("Aarav", "आरव")),
    female=(("Sita", "सीता"), ("Gita", "गीता"), ("Sunita", "सुनिता"), ("Anita", "अनिता"), ("Kabita", "कविता"),
            ("Sabina", "सबिना"), ("Puja", "पूजा"), ("Asmita", "अस्मिता"), ("Sushmita", "सुस्मिता"),
            ("Srijana", "सृजना"), ("Samikshya", "समीक्षा"), ("Nisha", "निशा"), ("Kritika", "कृतिका"),
            ("Prasansa", "प्रशंसा")),
    last=(("Shrestha", "श्रेष्ठ"), ("Tamang", "तामाङ"), ("Gurung", "गुरुङ"), ("Magar", "मगर"), ("Rai", "राई"),
          ("Limbu", "लिम्बु"), ("Thapa", "थापा"), ("Adhikari", "अधिकारी"), ("Sharma", "शर्मा"), ("Poudel", "पौडेल"),
          ("Karki", "कार्की"), ("Maharjan", "महर्जन"), ("Bhattarai", "भट्टराई"), ("Yadav", "यादव"),
          ("Chaudhary", "चौधरी"), ("Lama", "लामा"), ("Khadka", "खड्का"), ("Bista", "बिष्ट"), ("Sunar", "सुनार")),
    toles=("Baneshwor", "Pulchowk", "Kalanki", "Chabahil", "Koteshwor", "Jawalakhel", "Balkhu", "Sinamangal",
           "Bhaisepati", "Gwarko", "Thimi", "Bhaktapur Durbar Square", "Sanepa", "Kupondole"),
    cities=(("Kathmandu", "Kathmandu"), ("Lalitpur", "Lalitpur"), ("Bhaktapur", "Bhaktapur"),
            ("Madhyapur Thimi", "Bhaktapur"), ("Kirtipur", "Kathmandu"), ("Godawari", "Lalitpur")),
    mail=("gmail.com", "yahoo.com", "hotmail.com"),
)
UG = dict(
    male=("John", "Moses", "Ivan", "Joseph", "Robert", "Denis", "Ronald", "Godfrey", "Isaac", "Emmanuel", "Brian",
          "Patrick", "Charles", "Henry", "Samuel", "Peter"),
    female=("Sarah", "Grace", "Brenda", "Patience", "Esther", "Agnes", "Florence", "Immaculate", "Harriet",
            "Juliet", "Prossy", "Annet", "Winnie", "Doreen", "Rebecca", "Betty"),
    last=("Okello", "Nakato", "Babirye", "Mugisha", "Tumusiime", "Namubiru", "Kato", "Wasswa", "Nansubuga",
          "Ssempijja", "Atim", "Akello", "Opio", "Byaruhanga", "Kyomuhendo", "Nalwoga", "Mukasa", "Ochieng",
          "Kiggundu", "Nabukenya", "Tumwine", "Asiimwe", "Ouma", "Namutebi"),
    villages=(("Kisenyi II", "Kisenyi", "Kampala Central", "Kampala"), ("Ntinda", "Ntinda", "Nakawa", "Kampala"),
              ("Kazo", "Kawempe I", "Kawempe", "Kampala"), ("Namasuba", "Ndejje", "Makindye-Ssabagabo", "Wakiso"),
              ("Seeta", "Goma", "Goma", "Mukono"), ("Kireka", "Kireka", "Kira", "Wakiso"),
              ("Bugembe", "Bugembe", "Jinja North", "Jinja"), ("Kakoba", "Kakoba", "Mbarara City", "Mbarara"),
              ("Layibi", "Layibi", "Bardege-Layibi", "Gulu"), ("Nyendo", "Nyendo", "Nyendo-Mukungwa", "Masaka")),
    landmarks=("behind the Shell petrol station", "opposite the Catholic church", "near the borehole",
               "after the trading centre, blue gate", "next to the primary school", "behind Ntinda market",
               "near the boda-boda stage", "opposite the health centre III"),
    mail=("gmail.com", "yahoo.com", "hotmail.com"),
)


def _pick_first(c: Ctx, pool: dict, sex: str) -> Any:
    return c.r.choice(pool["male"] if sex == "M" else pool["female"])


def _dob(c: Ctx, y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0) * 365))


def _email(c: Ctx, first: str, last: str, domains: tuple) -> str:
    f, ln = first.lower().replace(" ", "").replace("-", ""), last.lower().replace(" ", "").replace("-", "")
    shape = c.r.randint(0, 3)
    local = (f"{f}.{ln}", f"{f}{ln[:1]}{c.r.randint(1, 99)}", f"{ln}.{f}", f"{f[:1]}{ln}")[shape]
    return f"{local}@{c.r.choice(domains)}"


def _am(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    first, last = _pick_first(c, AM, sex), c.r.choice(AM["last"])
    city, post = c.r.choice(AM["cities"])
    street = f"{c.r.randint(1, 60)} {c.r.choice(AM['streets'])}, apt {c.r.randint(1, 90)}"
    mob = f"{c.r.choice(('91', '93', '94', '95', '96', '98', '99', '77', '55', '41'))}{c.r.randint(100000, 999999)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, dob=_dob(c, y0, y1),
                email=_email(c, first, last, AM["mail"]), phone=f"0{mob[:2]} {mob[2:4]} {mob[4:6]} {mob[6:]}",
                intl=f"+374{mob}", street=street, city=city, postcode=post, addr=f"{street}, {city} {post}",
                natid=f"A{c.r.choice('NKT')}{c.r.randint(1000000, 9999999)}", user=f"{first[0]}.{last}".lower())


def _tn(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    first, last = _pick_first(c, TN, sex), c.r.choice(TN["last"])
    city, post = c.r.choice(TN["cities"])
    street = f"{c.r.randint(1, 120)} {c.r.choice(TN['streets'])}"
    mob = f"{c.r.choice('2592')}{c.r.randint(0, 9)}{c.r.randint(100000, 999999)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, dob=_dob(c, y0, y1),
                email=_email(c, first, last, TN["mail"]), phone=f"{mob[:2]} {mob[2:5]} {mob[5:]}",
                intl=f"+216{mob}", street=street, city=city, postcode=post, addr=f"{street}, {post} {city}",
                natid=f"{c.r.choice('01')}{c.r.randint(1000000, 9999999)}", user=f"{first}.{last}".lower())


def _jm(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    first, last = _pick_first(c, JM, sex), c.r.choice(JM["last"])
    city, parish = c.r.choice(JM["cities"])
    street = (f"{c.r.randint(1, 140)} {c.r.choice(JM['streets'])}" if c.r.random() < 0.7
              else f"Lot {c.r.randint(10, 900)} {c.r.choice(('Greater Portmore', 'Old Harbour Glade', 'Ironshore', 'Innswood Village', 'Hellshire'))}")
    mob = f"{c.r.choice(('3', '4', '5', '8'))}{c.r.randint(10, 99)}{c.r.randint(1000, 9999)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, dob=_dob(c, y0, y1),
                email=_email(c, first, last, JM["mail"]), phone=f"(876) {mob[:3]}-{mob[3:]}", intl=f"+1876{mob}",
                street=street, city=city, postcode=parish, addr=f"{street}, {city}, {parish}",
                natid=f"1{c.r.randint(10, 99)}-{c.r.randint(100, 999)}-{c.r.randint(100, 999)}",
                user=f"{first}{last[0]}".lower())


def _mn(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    (first, f_lat), (last, l_lat) = _pick_first(c, MN, sex), c.r.choice(MN["last"])
    district, post = c.r.choice(MN["cities"])
    street = (f"{c.r.randint(1, 30)}-р хороо, {c.r.choice(MN['streets'])} {c.r.randint(1, 80)}-р байр, "
              f"{c.r.randint(1, 120)} тоот")
    mob = f"{c.r.choice(('88', '89', '99', '95', '94', '91', '80', '86'))}{c.r.randint(100000, 999999)}"
    dob = _dob(c, y0, y1)
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    reg = f"{c.r.choice(MN['letters'])}{c.r.choice(MN['letters'])}{dob.year % 100:02d}{mm:02d}{dob.day:02d}" \
          f"{c.r.randint(10, 99)}"
    return dict(first=first, last=last, full=f"{last[0]}. {first}", sex=sex, dob=dob,
                email=_email(c, f_lat, l_lat, MN["mail"]), phone=f"{mob[:4]}-{mob[4:]}", intl=f"+976{mob}",
                street=street, city="Улаанбаатар", postcode=post, addr=f"Улаанбаатар, {district}, {street}",
                natid=reg, user=f"{f_lat}.{l_lat[0]}", district=district)


def _np(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    (first, f_dev), (last, l_dev) = _pick_first(c, NP, sex), c.r.choice(NP["last"])
    city, district = c.r.choice(NP["cities"])
    ward, tole = c.r.randint(1, 32), c.r.choice(NP["toles"])
    mob = f"98{c.r.choice('0124568')}{c.r.randint(1000000, 9999999)}"
    return dict(first=first, last=last, full=f"{first} {last}", dev=f"{f_dev} {l_dev}", sex=sex, dob=_dob(c, y0, y1),
                email=_email(c, first, last, NP["mail"]), phone=mob, intl=f"+977{mob}", street=tole, ward=ward,
                city=city, postcode=district, addr=f"{city}-{ward}, {tole}, {district}",
                natid=f"{c.r.randint(11, 75)}-{c.r.randint(1, 9):02d}-{c.r.randint(60, 80)}-{c.r.randint(1, 99999):05d}",
                user=f"{first}.{last}".lower())


def _ug(c: Ctx, y0: int, y1: int) -> dict:
    sex = c.r.choice("MF")
    first, last = _pick_first(c, UG, sex), c.r.choice(UG["last"])
    village, parish, sub_county, district = c.r.choice(UG["villages"])
    mob = f"7{c.r.choice('0145678')}{c.r.randint(1000000, 9999999)}"
    dob = _dob(c, y0, y1)
    nin = f"C{sex}{dob.year % 100:02d}{c.r.randint(10000, 99999)}" + "".join(
        c.r.choice(string.ascii_uppercase + string.digits) for _ in range(5))
    street = f"{village} village, {c.r.choice(UG['landmarks'])}"
    return dict(first=first, last=last, full=f"{last} {first}", sex=sex, dob=dob,
                email=_email(c, first, last, UG["mail"]), phone=f"0{mob[:3]} {mob[3:]}", intl=f"+256{mob}",
                street=street, village=village, parish=parish, sub_county=sub_county, city=district,
                postcode=district, addr=f"{street}, {parish} parish, {sub_county}, {district}", natid=nin,
                user=f"{first[0]}{last}".lower())


_MAKERS = {"am": _am, "tn": _tn, "jm": _jm, "mn": _mn, "np": _np, "ug": _ug}
_CACHE: dict[tuple, dict] = {}


def person(c: Ctx, key: str, i: int, cc: str, y0: int = 1955, y1: int = 2003) -> dict:
    """The person of row i of `key` (a table, or table/role), drawn once and cached by (context, key, row, country)."""
    k = (id(c.r), key, i, cc)
    if k not in _CACHE:
        _CACHE[k] = _MAKERS[cc](c, y0, y1)
    return _CACHE[k]


def P(cc: str, key: str, fld: str, y0: int = 1955, y1: int = 2003) -> Gen:
    return lambda c, i: person(c, key, i, cc, y0, y1)[fld]


def text(cc: str, key: str, *templates: str) -> Gen:
    """Free text from templates; {full}, {first}, {phone}, {email} ... are the fields of a person of row i of key."""
    def g(c: Ctx, i: int) -> str:
        return c.r.choice(templates).format(**person(c, key, i, cc), n=c.r.randint(2, 40))
    return g


CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid_id(prefix: str, i: int) -> str:
    """A Medusa-style id (`cus_01H...`) that is a pure function of the row index, so foreign keys can point at it."""
    h = hashlib.sha256(f"{prefix}{i}".encode()).digest()
    return f"{prefix}_01H" + "".join(CROCKFORD[b % 32] for b in h[:23])


def ulid_ref(prefix: str, n: int, step: int = 7, off: int = 0) -> Gen:
    return lambda c, i: ulid_id(prefix, 1 + (i * step + off) % n)
