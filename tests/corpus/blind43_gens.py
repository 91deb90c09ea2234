"""Hand-written value pools for the forty-third blind corpus part (schemas as_*): no Faker, no word lists.

Three places: Transnistria (Russian and Moldovan in Cyrillic), Northern Cyprus (Turkish) and French Guiana (French,
French Guianese creole). The generic draws come from blind26_gens; the parts of one person are drawn once per
(entity, row) and cached under keys that start with "as". Check digits are computed here by hand (Moldovan IDNP,
Turkish T.C. kimlik no, French NIR and RIB key) or with python-stdnum (Luhn, IBAN).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from stdnum import luhn

from .blind26_gens import cached, date, digits, iban
from .gens import Ctx

Gen = Callable[[Ctx, int], Any]

PATRONYMIC = {"Александр": "Александров", "Сергей": "Сергеев", "Дмитрий": "Дмитриев", "Виталий": "Витальев",
              "Игорь": "Игорев", "Андрей": "Андреев", "Николай": "Николаев", "Вадим": "Вадимов", "Ион": "Ионов",
              "Василий": "Васильев", "Олег": "Олегов", "Евгений": "Евгеньев", "Григорий": "Григорьев",
              "Константин": "Константинов", "Руслан": "Русланов", "Павел": "Павлов"}

POOLS: dict[str, dict[str, list]] = {
    "md": {   # Transnistria: Russian, Ukrainian and Moldovan names in Cyrillic
        "m": list(PATRONYMIC),
        "f": ["Елена", "Наталья", "Ольга", "Татьяна", "Ирина", "Светлана", "Мария", "Анна", "Людмила", "Юлия",
              "Виктория", "Оксана", "Екатерина", "Галина", "Кристина", "Дойна"],
        "last": [("Иванов", "Иванова"), ("Гуцул", "Гуцул"), ("Мунтян", "Мунтян"), ("Ткаченко", "Ткаченко"),
                 ("Чебан", "Чебан"), ("Кравченко", "Кравченко"), ("Смирнов", "Смирнова"), ("Бондаренко", "Бондаренко"),
                 ("Попа", "Попа"), ("Русу", "Русу"), ("Мельник", "Мельник"), ("Сырбу", "Сырбу"), ("Кучер", "Кучер"),
                 ("Кузнецов", "Кузнецова"), ("Шевчук", "Шевчук"), ("Морару", "Морару"), ("Волков", "Волкова"),
                 ("Чобану", "Чобану"), ("Левченко", "Левченко"), ("Гросу", "Гросу"), ("Бурла", "Бурла")],
        "street": ["ул. 25 Октября", "ул. Карла Либкнехта", "ул. Шевченко", "ул. Ленина", "ул. Правды", "ул. Мира",
                   "ул. Юности", "ул. Краснодонская", "пер. Набережный", "ул. Одесская", "ул. Свердлова", "ул. Федько",
                   "ул. Суворова", "ул. Каховская", "ул. Бендерского восстания"],
        "town": [("Тирасполь", "3300"), ("Тирасполь", "3300"), ("Бендеры", "3200"), ("Рыбница", "5500"),
                 ("Дубоссары", "4500"), ("Слободзея", "5700"), ("Григориополь", "4000"), ("Днестровск", "3300"),
                 ("Каменка", "5000"), ("Парканы", "3300")],
        "mail": ["mail.ru", "yandex.ru", "gmail.com", "idknet.com", "rambler.ru", "list.ru"],
    },
    "tr": {   # Northern Cyprus
        "m": ["Mehmet", "Ahmet", "Hüseyin", "Mustafa", "Ali", "Hasan", "Erdem", "Serdar", "Kemal", "Cemal", "Özgür",
              "Tansu", "Ersin", "Derviş", "Ulaş", "Oğuz"],
        "f": ["Ayşe", "Fatma", "Emine", "Zehra", "Hatice", "Elif", "Derya", "Gülsen", "Meltem", "Aslı", "Şerife",
              "Nazife", "Ebru", "Pembe", "Sevgül", "Cemile"],
        "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Özkan", "Arslan", "Kurt", "Hasipoğlu", "Sadıkoğlu",
                 "Beyoğlu", "Tekman", "Gürsel", "Osmanağaoğlu", "Doğruer", "Karaca", "Hüdaoğlu", "Menteş", "Raifoğlu", "Ülgür"],
        "street": ["Mareşal Fevzi Çakmak Cad.", "Dereboyu Cad.", "Ziya Rızkı Cad.", "Girne Cad.",
                   "Bedrettin Demirel Cad.", "Osman Paşa Cad.", "Atatürk Cad.", "Ecevit Cad.", "Salamis Yolu",
                   "İsmet İnönü Bulvarı", "Şehit Mustafa Ruso Cad.", "Kurtuluş Sok."],
        "district": ["Köşklüçiftlik", "Yenişehir", "Ortaköy", "Gönyeli", "Karakum", "Karaoğlanoğlu", "Zeytinlik",
                     "Sakarya", "Baykal", "Kaymaklı"],
        "town": [("Lefkoşa", "99010"), ("Girne", "99300"), ("Gazimağusa", "99450"), ("Güzelyurt", "99700"),
                 ("İskele", "99850"), ("Lefke", "99780"), ("Alsancak", "99310"), ("Lapta", "99350")],
        "mail": ["hotmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com.tr"],
    },
    "gf": {   # French Guiana
        "m": ["Jean-Claude", "Rodolphe", "Steeve", "Josué", "Kévin", "Dimitri", "Loïc", "Fabrice", "Mickaël",
              "Yannick", "Kwasi", "Ronaldo", "Wilfried", "Teddy", "Chong", "Jhonny"],
        "f": ["Marie-Line", "Gaëlle", "Sandrine", "Murielle", "Sylvie", "Christiane", "Nadège", "Mélissa", "Océane",
              "Yolande", "Fabienne", "Jennifer", "Loane", "Anaïs", "Ketty", "Maïté"],
        "last": ["Labrador", "Bellony", "Chocho", "Patient", "Rimane", "Horth", "Létard", "Robo", "Bérard",
                 "Ho-A-Chuck", "Pindard", "Edouard", "Sabajo", "Amania", "Tolinga", "Gros-Désirs", "Jean-Baptiste",
                 "Vang", "Thao", "Da Silva", "Pierre-Louis", "Apatout", "Lamaze", "Karam"],
        "street": ["rue Lallouette", "avenue du Général de Gaulle", "rue François Arago", "boulevard Jubelin",
                   "rue Christophe Colomb", "rue Justin Catayée", "avenue Léopold Héder", "chemin de la Chaumière",
                   "route de Baduel", "rue Thiers", "avenue Gaston Monnerville", "rue Hector Rivierez",
                   "chemin Saint-Maurice", "lotissement Les Ibis", "route de Montabo"],
        "town": [("Cayenne", "97300", "302"), ("Cayenne", "97300", "302"), ("Kourou", "97310", "304"),
                 ("Saint-Laurent-du-Maroni", "97320", "311"), ("Matoury", "97351", "307"),
                 ("Remire-Montjoly", "97354", "309"), ("Macouria", "97355", "305"), ("Mana", "97360", "306"),
                 ("Apatou", "97317", "360"), ("Saint-Georges", "97313", "308")],
        "mail": ["orange.fr", "gmail.com", "wanadoo.fr", "hotmail.fr", "yahoo.fr", "outlook.fr"],
    },
}

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))
_LAT = str.maketrans("çğıöşüéèêëïîôàâÉÖÜŞÇİ' ", "cgiosueeeeiioaaEOUSCI._")


def slug(s: str) -> str:
    """ASCII of a name for logins and mailboxes (Cyrillic transliterated)."""
    s = "".join(_CYR.get(ch, _CYR.get(ch.lower(), ch)) for ch in s.lower())
    return s.translate(_LAT).replace("-", "").replace("__", "_")


def idnp(c: Ctx) -> str:
    """Moldovan IDNP: 12 digits and a check digit (weights 7, 3, 1; sum mod 10)."""
    body = c.r.choice(["0972", "0982", "2002", "2004", "2009", "0991"]) + digits(c, 8)
    return body + str(sum(int(d) * (7, 3, 1)[k % 3] for k, d in enumerate(body)) % 10)


def tckn(c: Ctx) -> str:
    """Turkish T.C. kimlik no: 9 digits, then the 10th and 11th check digits."""
    d = [c.r.randint(1, 9)] + [c.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + f"{d10}{d11}"


def nir(c: Ctx, sex: str, birth: dt.date, commune: str) -> str:
    """French NIR of a person born in French Guiana (department 97, commune 3xx) with its key 97 - n mod 97."""
    body = f"{1 if sex == 'M' else 2}{birth:%y%m}97{commune}{c.r.randint(1, 899):03d}"
    return f"{body} {97 - int(body) % 97:02d}"


def rib_iban(c: Ctx, bank: str, branch: str) -> str:
    """A French IBAN (FR76...) of a Guianese bank account with the RIB key computed by hand."""
    account = digits(c, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def card(c: Ctx) -> str:
    body = c.r.choice(["4", "51", "54", "4976"]) + digits(c, 14)
    return body[:15] + luhn.calc_check_digit(body[:15])


def mobile(c: Ctx, cc: str) -> str:
    if cc == "md":
        return c.r.choice([f"+373 77{c.r.choice('789')} {digits(c, 5)}", f"0 77{c.r.choice('789')} {digits(c, 2)} {digits(c, 3)}"])
    if cc == "tr":
        return c.r.choice([f"+90 5{c.r.choice(['33', '42', '48', '38'])} {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}",
                           f"05{c.r.choice(['33', '42', '48'])} {digits(c, 3)} {digits(c, 4)}"])
    return c.r.choice([f"06 94 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", f"+594 694 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"])


def landline(c: Ctx, cc: str) -> str:
    if cc == "md":
        return f"(0533) {c.r.choice('5679')}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "tr":
        return f"+90 392 {c.r.choice('2268')}{digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    return f"05 94 {c.r.choice(['25', '29', '30', '31', '34', '38'])} {digits(c, 2)} {digits(c, 2)}"


def address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, town = c.r.choice(p["street"]), c.r.choice(p["town"])
    n = c.r.randint(1, 180)
    if cc == "md":
        line = f"{street}, д. {n}" + (f", кв. {c.r.randint(1, 90)}" if c.r.random() < 0.6 else "")
        postcode = f"MD-{town[1]}"
    elif cc == "tr":
        line = f"{c.r.choice(p['district'])} Mah., {street} No:{n}" + (f" D:{c.r.randint(1, 12)}" if c.r.random() < 0.4 else "")
        postcode = town[1]
    else:
        line = f"{n} {street}" if c.r.random() < 0.8 else f"{n} bis {street}"
        postcode = town[1]
    return {"line": line, "street": street, "house": str(n), "town": town[0], "postcode": postcode,
            "commune": town[2] if cc == "gf" else "", "full": f"{line}, {postcode} {town[0]}"}


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last = c.r.choice(p["last"])
    patr = ""
    if cc == "md":
        last = last[0] if sex == "M" else last[1]
        father = PATRONYMIC[c.r.choice(p["m"])]
        patr = father[:-2] + ("ович" if father.endswith("ов") else "евич") if sex == "M" else \
            father[:-2] + ("овна" if father.endswith("ов") else "евна")
    birth = date(c, y0, y1)
    a = address(c, cc)
    user = slug(f"{first.split('-')[0]}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    if cc == "md":
        natid = idnp(c) if c.r.random() < 0.5 else f"I-ПР {c.r.randint(1, 9)}{digits(c, 6)}"
    elif cc == "tr":
        natid = tckn(c) if c.r.random() < 0.4 else f"{c.r.randint(1, 9)}{digits(c, 6)}"
    else:
        natid = nir(c, sex, birth, a["commune"])
    full = f"{last} {first} {patr}".strip() if cc == "md" else f"{first} {last}"
    person = {"sex": sex, "first": first, "last": last, "patr": patr, "full": full, "birth": birth,
              "mobile": mobile(c, cc), "phone": landline(c, cc), "email": email, "user": user, "natid": natid}
    person.update({f"a_{k}": v for k, v in a.items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2005) -> Gen:
    """One field of the person of row i of `entity`, drawn once per (entity, row)."""
    return lambda c, i: cached(c, ("as", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        last = c.r.choice(p["last"])
        if cc == "md":
            sex = c.r.choice("MF")
            return f"{last[0] if sex == 'M' else last[1]} {c.r.choice(p['m' if sex == 'M' else 'f'])}"
        return f"{c.r.choice(p['m'] + p['f'])} {last}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: mobile(c, cc)
