"""Hand-written value pools for the forty-second blind corpus part (schemas ar_*): no Faker, no word lists.

Names, streets, towns, phone shapes and id shapes of Tokelau, Abkhazia (and the Russian guests of its sanatoria),
the Sahrawi refugee camps near Tindouf, Spain and Australia, typed by hand. Check digits (Luhn, IBAN mod 97, Spanish
DNI letter, Russian INN and SNILS, Australian ABN) are computed here by hand. Every random draw comes from the
context's seeded `c.r`; one person's parts are drawn once per (entity, row) through the shared cache of
blind26_gens, under keys that start with "ar".
"""
from __future__ import annotations

from typing import Any

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "tk": {   # Tokelau (Atafu, Nukunonu, Fakaofo)
        "m": ["Ioane", "Sione", "Petelo", "Falani", "Tavita", "Pita", "Iosefa", "Mikaele", "Paulo", "Kelihiano",
              "Lino", "Siopili", "Aleki", "Foua", "Kuresa", "Tealofi", "Kolouei", "Hakai"],
        "f": ["Malia", "Lotomau", "Hina", "Teleise", "Selina", "Lesieli", "Siniva", "Meleane", "Mele", "Fetuao",
              "Kalolaine", "Luisa", "Ana", "Telesia", "Lusia", "Salote", "Matagi", "Pelenise"],
        "last": ["Perez", "Kalolo", "Toloa", "Pasilio", "Tinielu", "Hope", "Tuia", "Lemisio", "Iosefa", "Aukuso",
                 "Kupa", "Ihaia", "Lopa", "Simi", "Sakaria", "Vaelua", "Tafito", "Kalapu", "Tuumuli", "Ineleo",
                 "Isaia", "Kolo", "Faraimo", "Pedro"],
        "village": ["Atafu", "Nukunonu", "Fale, Fakaofo", "Fenua Fala, Fakaofo"],
        "mail": ["gmail.com", "yahoo.co.nz", "hotmail.com", "xtra.co.nz", "outlook.com"],
    },
    "ab": {   # Abkhazia
        "m": ["Аслан", "Астамур", "Даур", "Беслан", "Адгур", "Инал", "Тимур", "Рауль", "Алхас", "Баграт", "Леон",
              "Ахра", "Кан", "Батал", "Саид", "Гудиса", "Мурман", "Алмасбей"],
        "f": ["Асида", "Мадина", "Саида", "Гунда", "Амра", "Нателла", "Инга", "Лейла", "Наала", "Аида", "Диана",
              "Мадона", "Сария", "Хатуна", "Алиса", "Ляна", "Зарема", "Эсма"],
        "last": ["Ардзинба", "Багапш", "Квициния", "Лакоба", "Ашуба", "Аршба", "Гумба", "Цвижба", "Хагба", "Шамба",
                 "Чачхалия", "Анкваб", "Жиба", "Кварчия", "Бганба", "Агрба", "Гицба", "Эшба", "Тарба", "Ченгелия"],
        "street": ["ул. Лакоба", "ул. Ардзинба", "пр. Мира", "ул. Абазинская", "ул. Агрба", "ул. Чанба",
                   "пр. Леона", "ул. Гулиа", "ул. Эшба", "ул. Аидгылара", "ул. Руставели", "ул. Шинкуба"],
        "city": ["Сухум", "Гагра", "Пицунда", "Новый Афон", "Гудаута", "Очамчыра", "Ткуарчал", "Гал"],
        "mail": ["mail.ru", "yandex.ru", "gmail.com", "list.ru", "inbox.ru"],
    },
    "ru": {   # Russian guests
        "m": ["Алексей", "Дмитрий", "Сергей", "Андрей", "Максим", "Игорь", "Николай", "Павел", "Владимир",
              "Евгений", "Олег", "Роман"],
        "f": ["Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Анна", "Юлия", "Светлана", "Марина", "Галина",
              "Людмила", "Екатерина"],
        "last": ["Иванов", "Смирнов", "Кузнецов", "Попов", "Волков", "Морозов", "Соколов", "Лебедев", "Козлов",
                 "Новиков", "Фёдоров", "Орлов", "Зайцев", "Павлов", "Семёнов", "Голубев"],
        "patr": ["Александрович", "Сергеевич", "Николаевич", "Викторович", "Петрович", "Юрьевич", "Михайлович",
                 "Владимирович"],
        "street": ["ул. Ленина", "ул. Гагарина", "ул. Садовая", "пр. Победы", "ул. Мира", "ул. Советская",
                   "ул. Молодёжная", "ул. Красная", "ул. Пушкина", "Ленинградский пр."],
        "city": ["Москва", "Санкт-Петербург", "Краснодар", "Ростов-на-Дону", "Воронеж", "Самара", "Екатеринбург",
                 "Нижний Новгород", "Ставрополь", "Тула"],
        "mail": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    },
    "eh": {   # Sahrawi refugee camps: (Arabic script, Spanish transliteration)
        "m": ["محمد سالم|Mohamed Salem", "إبراهيم|Brahim", "السالك|Salek", "البشير|Bachir", "أحمد بابا|Ahmed Baba",
              "الخليل|Jalil", "سيدي محمد|Sidi Mohamed", "لحبيب|Lehbib", "محمد لمين|Mohamed Lamin", "الولي|Luali",
              "حمدي|Hamdi", "بوجمعة|Buyema", "مولود|Mulud", "عالي|Ali", "الحافظ|Hafed", "الحسين|Hosein"],
        "f": ["فاطمتو|Fatimetu", "مريم|Mariam", "خديجتو|Jadiyetu", "النانة|Nana", "الغالية|Galia", "أمينة|Aminetu",
              "السالكة|Salka", "منتو|Mentu", "عيشتو|Aichetu", "الزهرة|Zahra", "ازوينة|Zuina", "لالة|Lala",
              "النعمة|Naama", "السالمة|Salma", "اغلانة|Glana", "مينة|Mina"],
        "wilaya": ["العيون|El Aaiún", "السمارة|Smara", "أوسرد|Auserd", "الداخلة|Dajla", "بوجدور|Bojador"],
        "daira": ["المحبس", "الفرسية", "بئر لحلو", "تفاريتي", "الجديرية", "امحيريز", "أكتي", "الدشيرة", "الكلتة",
                  "أمكالا", "بئر كندوز", "لكويرة", "تيشلة", "زوك", "الحكونية"],
        "tribe": ["الركيبات", "أولاد دليم", "العروسيين", "تكنة", "أولاد تيدرارين", "لعروسيين", "آيت الحسن",
                  "يكوت", "أهل الشيخ ماء العينين", "لمناصير"],
    },
    "es": {   # Spanish host families
        "m": ["Juan", "José Luis", "Antonio", "Francisco Javier", "Manuel", "Miguel Ángel", "Jesús", "David",
              "Íñigo", "Jordi", "Rafael", "Alberto", "Pedro", "Óscar"],
        "f": ["María Carmen", "Ana Isabel", "Lucía", "Pilar", "Rosa María", "Montserrat", "Laura", "Cristina",
              "Ainhoa", "Begoña", "Inmaculada", "Nerea", "Marta", "Elena"],
        "last": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                 "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero",
                 "Etxeberria", "Puig", "Navarro", "Domínguez", "Urrutia", "Castaño"],
        "street": ["Calle Mayor", "Avda. de la Constitución", "Calle Real", "Plaza de España", "Calle San Juan",
                   "Calle Nueva", "Avda. de Andalucía", "Calle del Carmen", "Carrer Major", "Calle Iglesia",
                   "Paseo de la Estación", "Calle Cervantes"],
        "city": ["Sevilla|41", "Zaragoza|50", "Vitoria-Gasteiz|01", "Getafe|28", "Valladolid|47", "Jaén|23",
                 "Badajoz|06", "Oviedo|33", "Pamplona|31", "Logroño|26", "Cádiz|11", "Albacete|02"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
    },
    "au": {   # Australia
        "m": ["Liam", "Jack", "Noah", "Oliver", "Cooper", "Lachlan", "Hamish", "Riley", "Thomas", "Darcy", "Mitchell",
              "Angus", "Callum", "Brodie"],
        "f": ["Chloe", "Olivia", "Matilda", "Charlotte", "Isla", "Ruby", "Georgia", "Sienna", "Grace", "Zara",
              "Tahlia", "Ella", "Jessica", "Holly"],
        "last": ["Nguyen", "Smith", "Kelly", "O'Brien", "Papadopoulos", "Thompson", "Walsh", "Murphy", "Tran",
                 "Campbell", "Singh", "McDonald", "Rossi", "Anderson", "Chen", "Fitzgerald", "Doyle", "Harris"],
        "street": ["Sydney Rd", "Lygon St", "Smith St", "High St", "Brunswick St", "Chapel St", "Barkly St",
                   "Glenferrie Rd", "Victoria St", "Sturt St", "Mount Alexander Rd", "Gertrude St"],
        "suburb": ["Brunswick|VIC|3056", "Fitzroy|VIC|3065", "Northcote|VIC|3070", "Castlemaine|VIC|3450",
                   "Ballarat|VIC|3350", "Newtown|NSW|2042", "Marrickville|NSW|2204", "Fremantle|WA|6160",
                   "West End|QLD|4101", "Hobart|TAS|7000", "Daylesford|VIC|3460", "Bendigo|VIC|3550"],
        "mail": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"],
    },
}


# --- check digits, by hand -----------------------------------------------------------------------------------------
def luhn_digit(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if k % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def es_bban(bank: str, branch: str, account: str) -> str:
    """A Spanish CCC: bank, branch, two control digits (weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 mod 11), account."""
    def dc(ten: str) -> str:
        d = 11 - sum(int(a) * w for a, w in zip(ten, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
        return str({11: 0, 10: 1}.get(d, d))
    return bank + branch + dc("00" + bank + branch) + dc(account) + account


def dni(n: int) -> str:
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def inn12(c: Ctx, region: str = "77") -> str:
    body = region + digits(c, 8)
    w11, w12 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(body, w11)) % 11 % 10
    body += str(d11)
    return body + str(sum(int(a) * b for a, b in zip(body, w12)) % 11 % 10)


def inn10(c: Ctx, region: str = "23") -> str:
    body = region + digits(c, 7)
    return body + str(sum(int(a) * b for a, b in zip(body, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def snils(c: Ctx) -> str:
    body = str(c.r.randint(100_000_000, 999_999_999))
    s = sum(int(d) * (9 - k) for k, d in enumerate(body))
    chk = s if s < 100 else (0 if s in (100, 101) else s % 101)
    chk = 0 if chk == 100 else chk
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {chk:02d}"


def abn(c: Ctx) -> str:
    rest = [int(d) for d in digits(c, 9)]
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    for lead in range(10, 100):
        ds = [lead // 10 - 1, lead % 10] + rest
        if sum(a * b for a, b in zip(ds, w)) % 89 == 0:
            s = f"{lead}{''.join(map(str, rest))}"
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return abn(c)


def card(c: Ctx) -> str:
    body = c.r.choice(["4", "51", "53", "55"]) + digits(c, 14)
    body = body[:15]
    return body + luhn_digit(body)


# --- phones, ids, addresses ----------------------------------------------------------------------------------------
def mobile(c: Ctx, cc: str) -> str:
    if cc == "tk":
        return f"+690 7{digits(c, 4)}"
    if cc == "ab":
        return f"+7 (940) {c.r.choice('79')}{digits(c, 2)}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "ru":
        return f"+7 9{c.r.choice(['15', '16', '26', '03', '05', '18', '88', '64'])} {digits(c, 3)}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "eh":
        return f"+213 {c.r.choice('567')}{digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    if cc == "es":
        return f"+34 6{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    return f"04{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"


def landline(c: Ctx, cc: str) -> str:
    if cc == "tk":
        return f"+690 {c.r.choice('234')}{digits(c, 3)}"
    if cc == "ab":
        return f"+7 (840) 22{digits(c, 1)}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "ru":
        return f"8 (4{digits(c, 2)}) {digits(c, 3)}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "eh":
        return f"+213 49 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    if cc == "es":
        return f"9{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    return f"(03) {c.r.choice('59')}{digits(c, 3)} {digits(c, 4)}"


def _natid(c: Ctx, cc: str) -> str:
    if cc == "tk":      # New Zealand passport
        return f"L{c.r.choice('ABCDEFGHKM')}{digits(c, 6)}"
    if cc == "ab":      # Abkhaz citizen's passport, series and number
        return f"{c.r.choice(['ВА', 'ВБ', 'АА'])} {digits(c, 7)}"
    if cc == "ru":      # Russian internal passport: series (region, year) and number
        return f"{digits(c, 2)} {c.r.randint(0, 24):02d} {digits(c, 6)}"
    if cc == "eh":      # Algerian passport issued to refugees
        return digits(c, 9)
    if cc == "es":
        return dni(c.r.randrange(1_000_000, 79_999_999))
    return f"{digits(c, 4)} {digits(c, 5)} {c.r.randint(1, 5)}"   # Medicare-like, unused


def address(c: Ctx, cc: str) -> dict[str, str]:
    n = c.r.randint(1, 140)
    if cc == "tk":
        v = c.r.choice(POOLS["tk"]["village"])
        line = f"Fale {n}"
        return {"line": line, "city": v, "postcode": "", "full": f"{line}, {v}, Tokelau"}
    if cc in ("ab", "ru"):
        p = POOLS[cc]
        street, city = c.r.choice(p["street"]), c.r.choice(p["city"])
        line = f"{street}, д. {n}" + (f", кв. {c.r.randint(1, 90)}" if c.r.random() < 0.6 else "")
        pc = f"3849{digits(c, 2)}" if cc == "ab" else f"{c.r.choice(['1', '3', '4', '6'])}{digits(c, 5)}"
        return {"line": line, "city": city, "postcode": pc, "full": f"{pc}, г. {city}, {line}"}
    if cc == "es":
        p = POOLS["es"]
        city, prov = c.r.choice(p["city"]).split("|")
        line = f"{c.r.choice(p['street'])} {n}" + (f", {c.r.randint(1, 8)}º {c.r.choice('ABCD')}" if c.r.random() < 0.6
                                                    else "")
        pc = f"{prov}{c.r.randint(0, 99):03d}"
        return {"line": line, "city": city, "postcode": pc, "full": f"{line}, {pc} {city}"}
    if cc == "au":
        p = POOLS["au"]
        suburb, state, pc = c.r.choice(p["suburb"]).split("|")
        line = (f"{c.r.randint(1, 12)}/" if c.r.random() < 0.3 else "") + f"{n} {c.r.choice(p['street'])}"
        return {"line": line, "city": suburb, "state": state, "postcode": pc, "full": f"{line}, {suburb} {state} {pc}"}
    w = c.r.choice(POOLS["eh"]["wilaya"]).split("|")[0]
    d = c.r.choice(POOLS["eh"]["daira"])
    return {"line": f"الحي {c.r.randint(1, 6)}", "city": w, "postcode": d, "full": f"ولاية {w}، دائرة {d}"}


_LAT = str.maketrans("áéíóúñÁÉÍÓÚÑ' ", "aeiounAEIOUN._")
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def latin(s: str) -> str:
    return "".join(_CYR.get(ch, ch) for ch in s.lower()).translate(_LAT).replace("-", "")


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    birth = date(c, y0, y1)
    out: dict[str, Any] = {"sex": sex, "birth": birth, "mobile": mobile(c, cc), "phone": landline(c, cc),
                           "natid": _natid(c, cc), "ip": public_ip(c, (5, 31, 37, 46, 49, 58, 79, 85, 91, 95))}
    if cc == "eh":
        ar, lat = first.split("|")
        fa, fl = c.r.choice(p["m"]).split("|")
        ga, gl = c.r.choice(p["m"]).split("|")
        out.update({"first": ar, "last": f"{fa} {ga}", "full": f"{ar} {'ولد' if sex == 'M' else 'منت'} {fa}",
                    "first_lat": lat, "last_lat": f"{fl} {gl}", "full_lat": f"{lat} {fl} {gl}",
                    "father": fa, "tribe": c.r.choice(p["tribe"])})
        user = latin(f"{lat.split()[0]}.{fl.split()[0]}")
        out["email"] = f"{user}{c.r.randint(1, 99)}@{c.r.choice(['gmail.com', 'hotmail.com', 'yahoo.fr'])}"
    else:
        last = c.r.choice(p["last"])
        if cc == "ru" and sex == "F":
            last += "а"
        first_l = first.split()[0]
        out.update({"first": first, "last": last, "full": f"{first} {last}"})
        if cc == "es":
            out["last2"] = c.r.choice(p["last"])
            out["full"] = f"{first} {last} {out['last2']}"
        if cc == "ru":
            patr = c.r.choice(p["patr"])
            out["patr"] = patr if sex == "M" else patr[:-2] + "на"
        user = latin(f"{first_l}.{last}" if c.r.random() < 0.6 else f"{first_l[0]}{last}")
        out["user"] = user
        out["email"] = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    out.update({f"a_{k}": v for k, v in address(c, cc).items()})
    return out


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    """One field of the person of row i of `entity` (drawn once per row, cached under ("ar", entity, i))."""
    return lambda c, i: cached(c, ("ar", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        if cc == "eh":
            return f"{c.r.choice(p['m'] + p['f']).split('|')[0]} {c.r.choice(p['m']).split('|')[0]}"
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g
