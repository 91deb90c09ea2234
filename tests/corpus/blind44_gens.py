"""Hand-written value pools for the forty-fourth blind corpus part (schemas at_*): no Faker, no word lists.

Four pools: the Turks and Caicos Islands ("tc"), Haitians living there ("ht"), Karakalpakstan ("kk") and Gagauzia
("gg"). Every random draw comes from the context's seeded `c.r`; the parts of one person are drawn once per
(entity, row) with the shared cache of blind26_gens, under keys that start with "at". Check digits of the Uzbek
PINFL and the Moldovan IDNP/IDNO are computed here by hand (weights 7, 3, 1 modulo 10);
python-stdnum computes only the Luhn digit of the Uzbek bank cards.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Callable

from stdnum import luhn

from .blind26_gens import cached, date, digits, iban, public_ip
from .gens import Ctx

Gen = Callable[[Ctx, int], Any]

POOLS: dict[str, dict[str, list[str]]] = {
    "tc": {   # Turks and Caicos Islanders
        "m": ["Delroy", "Kendrick", "Calvin", "Tremaine", "Shawn", "Rickardo", "Lionel", "Wendal", "Jermaine", "Cardinal",
              "Hayden", "Oswald", "Clement", "Dwayne", "Marcus", "Lindsey"],
        "f": ["Shaniqua", "Latoya", "Rochelle", "Deandra", "Kimberly", "Tamika", "Veronica", "Sharlene", "Althea",
              "Ednamae", "Jasmine", "Nadia", "Sherlene", "Portia", "Kerry-Ann", "Lorraine"],
        "last": ["Forbes", "Gardiner", "Missick", "Hall", "Williams", "Robinson", "Ewing", "Swann", "Garland", "Taylor",
                 "Butterfield", "Handfield", "Lightbourne", "Francis", "Stubbs", "Arthur", "Malcolm", "Basden",
                 "Talbot", "Saunders"],
        "street": ["Leeward Highway", "Millennium Highway", "Grace Bay Road", "Five Cays Road", "Blue Hills Road",
                   "Old Airport Road", "Pond Street", "Front Street", "Duke Street", "Venetian Road", "Sunset Drive",
                   "Turtle Cove Road"],
        "area": ["The Bight", "Five Cays", "Blue Hills", "Kew Town", "Wheeland", "Long Bay", "Chalk Sound", "Leeward",
                 "Cockburn Town", "Palm Grove", "Bottle Creek", "Overback"],
        "town": ["Providenciales", "Providenciales", "Providenciales", "Grand Turk", "North Caicos", "South Caicos",
                 "Middle Caicos", "Salt Cay"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "icloud.com", "live.com"],
    },
    "ht": {   # Haitian migrants in the islands
        "m": ["Jean-Baptiste", "Wilner", "Fritznel", "Jean Robert", "Rony", "Wisler", "Evens", "Dieudonné", "Jocelin",
              "Frantz", "Mackenson", "Lesly", "Guerby", "Ronald", "Jean-Claude", "Wilfrid"],
        "f": ["Mirlande", "Nadège", "Rose-Marie", "Guerline", "Fabienne", "Nathalie", "Wideline", "Marie-Ange",
              "Lovely", "Jésula", "Dieula", "Roseline", "Chrismène", "Sherlande", "Yolette", "Magalie"],
        "last": ["Pierre", "Joseph", "Jean-Louis", "Saint-Fleur", "Dorvil", "Augustin", "Desir", "Fleurant", "Etienne",
                 "Charles", "Bazile", "Louissaint", "Noël", "Dorsainvil", "Saint-Hilaire", "Thélusma", "Jean-Pierre",
                 "Cadet", "Métellus", "Orélien"],
        "street": ["Leeward Highway", "Blue Hills Road", "Five Cays Road", "Church Folly", "Millennium Highway",
                   "Old Airport Road", "Sunshine Street", "Back Street", "Bay Road", "Rock Hill Road"],
        "area": ["Five Cays", "Kew Town", "Blue Hills", "Wheeland", "Bight Settlement", "Richmond Hill", "Overback",
                 "Millennium", "Cheshire Hall"],
        "town": ["Providenciales", "Providenciales", "Providenciales", "Grand Turk", "North Caicos", "South Caicos"],
        "mail": ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "yahoo.com"],
        "home": ["Cap-Haïtien", "Port-de-Paix", "Gonaïves", "Fort-Liberté", "Ouanaminthe", "Jean-Rabel",
                 "Saint-Louis du Nord", "Port-au-Prince", "Limbé", "Anse-à-Foleur"],
    },
    "kk": {   # Karakalpakstan (Karakalpak Latin)
        "m": ["Ájiniyaz", "Berdaq", "Qayrat", "Dáwlet", "Bekzat", "Jaqsılıq", "Azamat", "Murat", "Serjan", "Ilyas",
              "Baxtiyar", "Marat", "Nurlan", "Ernazar", "Quwanısh", "Saparbay"],
        "f": ["Gúlnara", "Aynura", "Zuxra", "Gúlsara", "Ayjamal", "Sáwle", "Shiyrin", "Aqmaral", "Gúlbahar", "Nasiba",
              "Roza", "Bibigúl", "Jamila", "Aliya", "Dilfuza", "Tamara"],
        "last": ["Tleumuratov", "Kamalov", "Utepov", "Seytmuratov", "Aytmuratov", "Allambergenov", "Jumabaev",
                 "Pirimbetov", "Ismaylov", "Qurbanbaev", "Orazbaev", "Qdirbaev", "Embergenov", "Dosjanov",
                 "Bekmuratov", "Yusupov", "Nurjanov", "Saparov", "Tajimuratov", "Genjemuratov"],
        "street": ["Berdaq", "Dosnazarov", "Qaraqalpaqstan", "Amir Temur", "Allambergenov", "Tatibaev", "Gárezsizlik",
                   "Ernazar Alakóz", "Ájiniyaz", "Pirjanov", "Nawayı", "Jipek jolı"],
        "area": ["Qaraterek MPJ", "Samanbay MPJ", "Jaylaw MPJ", "Shımbay gúzar MPJ", "Aqmanǵıt MPJ", "Dosnazarov MPJ",
                 "Qızketken MPJ", "Ǵárezsizlik MPJ"],
        "town": ["Nókis", "Nókis", "Nókis", "Xojeli", "Shımbay", "Tórtkúl", "Beruniy", "Qońırat", "Moynaq", "Kegeyli",
                 "Taxiatash", "Ellikqala"],
        "mail": ["mail.ru", "gmail.com", "umail.uz", "inbox.ru", "yandex.ru"],
    },
    "gg": {   # Gagauzia (Gagauz Latin)
        "m": ["Todur", "Mihail", "Petri", "Vasi", "Dimitri", "İvan", "Konstantin", "Nikolay", "Georgi", "Stepan",
              "Födor", "Aleksandr", "Sergey", "Andrey", "Pavel", "Yuri"],
        "f": ["Mariya", "Anna", "Yelena", "Tatyana", "Nataliya", "Olga", "Galina", "Vera", "Svetlana", "Lüdmila",
              "İrina", "Stepanida", "Zinoviya", "Varvara", "Nina", "Dina"],
        "last": ["Kara", "Topal", "Uzun", "Çakır", "Manol", "Yanioglu", "Kuroglu", "Dimoglu", "Arnaut", "Gaydarci",
                 "Bozbey", "Mitioglu", "Stoyanov", "Kösä", "Tanasoglu", "Marinov", "Kristev", "Caraman", "Kiosä",
                 "Chebotar"],
        "street": ["Lenin", "Pobeda", "Gagarin", "Budjak", "Mihail Çakır", "Komrat", "Çadır", "Galaţan", "Şkolnaya",
                   "Dokuçaev", "Pervomayskaya", "Kotovski"],
        "area": ["merkez", "Baş maala", "Aşaa maala", "Kırlangıç", "Yeni maala"],
        "town": ["Komrat", "Komrat", "Çadır-Lunga", "Valkaneş", "Kongaz", "Beşalma", "Tomay", "Kıpçak", "Avdarma",
                 "Kazayak", "Kirsova", "Baurçu"],
        "mail": ["mail.ru", "gmail.com", "yandex.ru", "mail.md", "yahoo.com"],
    },
}
_POST = {"Komrat": "3801", "Çadır-Lunga": "6101", "Valkaneş": "5301", "Kongaz": "3824", "Beşalma": "3811",
         "Tomay": "6125", "Kıpçak": "6120", "Avdarma": "3820", "Kazayak": "6115", "Kirsova": "3825", "Baurçu": "6110"}
_TRANSLIT = str.maketrans("áÁǵǴıİńŃóÓúÚçÇşŞţŢäÄöÖüÜéÉèëï'- ", "aAgGiInNoOuUcCsStTaAoOuUeEeei__.")


def slug(s: str) -> str:
    return s.translate(_TRANSLIT).lower().replace("__", "_")


def check731(body: str) -> str:
    """The check digit of the Uzbek PINFL and the Moldovan IDNP/IDNO: weights 7, 3, 1 repeated, modulo 10."""
    return str(sum(int(d) * (7, 3, 1)[k % 3] for k, d in enumerate(body)) % 10)


def pinfl(c: Ctx, sex: str, birth: dt.date) -> str:
    """Uzbek JShShIR: century-and-sex digit, DDMMYY, district code, serial, check digit."""
    first = ("3" if sex == "M" else "4") if birth.year < 2000 else ("5" if sex == "M" else "6")
    body = f"{first}{birth:%d%m%y}{c.r.choice(['350', '351', '352', '355', '358'])}{digits(c, 3)}"
    return body + check731(body)


def idnp(c: Ctx) -> str:
    body = "2" + c.r.choice(["001", "002", "003", "004", "005", "008", "010"]) + c.r.choice(["038", "061", "053"]) \
        + digits(c, 5)
    return body + check731(body)


def idno(c: Ctx) -> str:
    body = "10" + c.r.choice(["03", "06", "09", "12", "16"]) + "6" + c.r.choice(["038", "061"]) + digits(c, 4)
    return body + check731(body)


def stir(c: Ctx, firm: bool = True) -> str:
    """Uzbek taxpayer number (STIR/INN): 9 digits, 2-3 for firms, 4-6 for persons (no checksum computed)."""
    return c.r.choice("23" if firm else "456") + digits(c, 8)


def mobile(c: Ctx, cc: str) -> str:
    if cc in ("tc", "ht"):
        return f"+1 649 {c.r.choice(['231', '232', '241', '242', '243', '244', '247', '331', '332', '333', '341', '342', '344', '347'])} {digits(c, 4)}"
    if cc == "kk":
        return f"+998 {c.r.choice(['90', '91', '93', '94', '97', '99', '88', '33'])} {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}"
    return c.r.choice([f"+373 {c.r.choice(['60', '67', '68', '69', '78', '79'])}{digits(c, 1)} {digits(c, 2)} {digits(c, 3)}",
                       f"0{c.r.choice(['68', '69', '78', '79', '60'])}{digits(c, 1)}{digits(c, 5)}"])


def landline(c: Ctx, cc: str) -> str:
    if cc in ("tc", "ht"):
        return f"649-{c.r.choice(['941', '946', '947'])}-{digits(c, 4)}"
    if cc == "kk":
        return f"(61) 22{digits(c, 1)}-{digits(c, 2)}-{digits(c, 2)}"
    return f"0{c.r.choice(['298', '291', '293'])} {c.r.choice('2345')}{digits(c, 1)} {digits(c, 3)}"


def haiti_phone(c: Ctx) -> str:
    return f"+509 {c.r.choice(['31', '34', '36', '37', '38', '40', '41', '46', '47', '48'])} {digits(c, 2)} {digits(c, 4)}"


def address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, area, town = c.r.choice(p["street"]), c.r.choice(p["area"]), c.r.choice(p["town"])
    n = c.r.randint(1, 180)
    if cc in ("tc", "ht"):
        line = c.r.choice([f"{n} {street}", f"House {n}, {street}", f"Apt {c.r.randint(1, 12)}, {street}"])
        post = c.r.choice(["TKCA 1ZZ", f"P.O. Box {c.r.randint(100, 2900)}"])
        return {"line": line, "street": street, "house": str(n), "area": area, "town": town, "post": post,
                "full": f"{line}, {area}, {town}, Turks and Caicos Islands"}
    if cc == "kk":
        line = f"{street} kóshesi, {n}-úy" + (f", {c.r.randint(1, 60)}-xonadan" if c.r.random() < 0.5 else "")
        post = f"2301{digits(c, 2)}" if town == "Nókis" else f"23{c.r.randint(10, 19)}00"
        return {"line": line, "street": f"{street} kóshesi", "house": str(n), "area": area, "town": town, "post": post,
                "full": f"{town} q., {area}, {line}"}
    line = f"{street} sokaa, {n}"
    post = f"MD-{_POST.get(town, '3801')}"
    return {"line": line, "street": f"{street} sokaa", "house": str(n), "area": area, "town": town, "post": post,
            "full": f"{post} {town}, {line}"}


def _surname(cc: str, last: str, sex: str) -> str:
    if sex == "F" and cc in ("kk", "gg") and last.endswith(("ov", "ev")):
        return last + "a"
    return last


def _patronymic(c: Ctx, cc: str, sex: str) -> str:
    father = c.r.choice(POOLS[cc]["m"])
    if cc == "kk":
        return f"{father} {'ulı' if sex == 'M' else 'qızı'}"
    stem = {"Todur": "Fodorov", "Mihail": "Mihaylov", "Petri": "Petrov", "Vasi": "Vasilyev", "Dimitri": "Dmitriyev",
            "İvan": "İvanov", "Konstantin": "Konstantinov", "Nikolay": "Nikolayev", "Georgi": "Georgiyev",
            "Stepan": "Stepanov", "Födor": "Fodorov", "Aleksandr": "Aleksandrov", "Sergey": "Sergeyev",
            "Andrey": "Andreyev", "Pavel": "Pavlov", "Yuri": "Yuryev"}[father]
    return stem + ("iç" if sex == "M" else "na")


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last = _surname(cc, c.r.choice(p["last"]), sex)
    birth = date(c, y0, y1)
    user = slug(f"{first.split()[0]}.{last}").replace("..", ".")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    if cc == "kk":
        natid, passport = pinfl(c, sex, birth), f"{c.r.choice(['KA', 'KA', 'AA', 'AB', 'AD'])}{digits(c, 7)}"
    elif cc == "gg":
        natid, passport = idnp(c), f"{c.r.choice(['B', 'A'])}{digits(c, 8)}"
    elif cc == "ht":
        natid, passport = f"0{digits(c, 2)}-{digits(c, 3)}-{digits(c, 3)}-{digits(c, 1)}", f"R{c.r.choice('DP')}{digits(c, 7)}"
    else:
        natid, passport = f"{c.r.randint(100000, 689999)}", f"{c.r.choice(['TC', 'P'])}{digits(c, 6)}"
    person = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth,
              "patronymic": _patronymic(c, cc, sex) if cc in ("kk", "gg") else "", "mobile": mobile(c, cc),
              "phone": landline(c, cc), "email": email, "user": user, "natid": natid, "passport": passport,
              "ip": public_ip(c, (64, 66, 98, 162, 185, 195, 213, 217, 84, 89, 92))}
    person.update({f"a_{k}": v for k, v in address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    return lambda c, i: cached(c, ("at", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def md_iban(c: Ctx) -> str:
    return iban("MD", c.r.choice(["AG", "ML", "VI", "MO"]) + digits(c, 18))


def uzcard(c: Ctx) -> str:
    """A Uzcard (8600) or Humo (9860) card number with its Luhn check digit."""
    body = c.r.choice(["8600", "9860"]) + digits(c, 11)
    return body + luhn.calc_check_digit(body)


def geo(lat: float, lon: float, spread: float = 0.05) -> Callable[[Ctx], tuple[Decimal, Decimal]]:
    return lambda c: (Decimal(str(round(lat + c.r.uniform(-spread, spread), 6))),
                      Decimal(str(round(lon + c.r.uniform(-spread, spread), 6))))
