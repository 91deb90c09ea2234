"""Hand-written value helpers for the thirty-seventh blind corpus part (schemas am_*): no Faker, no word lists.

Names, streets, villages, cities, mail domains, phone shapes and id shapes of Grenada (gd), Antigua and Barbuda (ag),
Mauritania (mr), Kiribati (ki), Iraq's Kurdistan Region (iq, with Sorani spellings) and Yemen (ye, with Arabic
spellings) were typed by hand. Every draw comes from the context's seeded `c.r`; one person's parts are drawn once
per (entity, row) through blind26_gens.cached, so the columns of a row agree.
"""
from __future__ import annotations

from typing import Any

from stdnum import luhn

from .blind26_gens import Gen, ascii_slug, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "gd": {   # Grenada
        "m": ["Kwame", "Devon", "Shem", "Akeem", "Kirani", "Lyndon", "Rondell", "Jerome", "Keron", "Denis", "Tillman",
              "Anderson", "Kellon", "Roxan"],
        "f": ["Shirlene", "Keisha", "Nadia", "Camille", "Tessa", "Jasmine", "Ruth-Ann", "Kezia", "Alicia", "Grace",
              "Marisa", "Janelle", "Coreen", "Petal"],
        "last": ["Mitchell", "Charles", "St. Bernard", "Noel", "Joseph", "Francis", "Alexis", "Bain", "Thomas",
                 "Phillip", "Antoine", "La Touche", "Modeste", "Hosten", "Bartholomew", "Gibbs", "Fletcher", "Redhead"],
        "street": ["Church Street", "Young Street", "Lagoon Road", "Grand Anse Main Road", "Melville Street",
                   "Tyrrel Street", "Halifax Street", "Scott Street", "Morne Jaloux Road", "Belmont Road"],
        "district": ["Grand Anse", "Morne Rouge", "Tanteen", "Belmont", "Woburn", "Springs", "River Road", "Paddock"],
        "city": ["St. George's", "Grenville", "Gouyave", "Sauteurs", "Victoria", "Hillsborough", "St. David's"],
        "mail": ["gmail.com", "yahoo.com", "spiceisle.com", "hotmail.com", "caribsurf.com"],
    },
    "ag": {   # Antigua and Barbuda
        "m": ["Lester", "Gaston", "Asot", "Kelvin", "Desmond", "Sherwin", "Colin", "Vivian", "Trevor", "Dwayne",
              "Rawdon", "Jermaine", "Hilroy", "Elvis"],
        "f": ["Shawn-Marie", "Lornette", "Gisele", "Novelle", "Samantha", "Althea", "Yvette", "Charmaine", "Delia",
              "Petra", "Kamilah", "Rosalie", "Joycelyn", "Zahra"],
        "last": ["Benjamin", "Lovell", "Michael", "Simon", "Hurst", "Spencer", "Greene", "Jarvis", "Samuel",
                 "Christian", "Edwards", "Richards", "Walter", "Roberts", "Henry", "Payne", "Bird", "Weston"],
        "street": ["Redcliffe Street", "High Street", "Market Street", "Old Parham Road", "Friars Hill Road",
                   "Fort Road", "All Saints Road", "Factory Road", "Sir George Walter Highway", "Independence Avenue"],
        "district": ["Villa", "Gray's Farm", "Ottos", "Cedar Grove", "Jennings", "Liberta", "Bolans", "Piggotts",
                     "Potters Village", "Falmouth"],
        "city": ["St. John's", "All Saints", "Liberta", "Parham", "English Harbour", "Bolans", "Codrington"],
        "mail": ["gmail.com", "yahoo.com", "candw.ag", "hotmail.com", "apua.ag"],
    },
    "mr": {   # Mauritania
        "m": ["Mohamed Lemine", "Sidi Mohamed", "Ahmedou", "Cheikh", "Mohamed Vall", "Brahim", "Isselmou",
              "Abdallahi", "Moctar", "Mamadou", "Oumar", "Yahya", "El Hacen", "Bouna"],
        "f": ["Mariem", "Aïchetou", "Fatimetou", "Khadijetou", "Mounina", "Vatimetou", "Zeinabou", "Oumou", "Coumba",
              "Lalla", "Toutou", "Hawa", "Mekfoula", "Salka"],
        "last": ["Abdallahi", "Cheikh", "Sidi", "Mohamed Vall", "Ahmedou", "Boubacar", "Moctar", "El Moustapha",
                 "Isselmou", "Sy", "Ba", "Diallo", "Kane", "Sall", "Wane", "Camara", "Dia", "Ndiaye"],
        "street": ["Avenue Gamal Abdel Nasser", "Avenue Charles de Gaulle", "Rue de l'Espoir", "Avenue du Roi Fayçal",
                   "Rue Mamadou Konaté", "Avenue Kennedy", "Route de Rosso", "Rue 42-100", "Avenue de l'Indépendance"],
        "district": ["Tevragh Zeina", "Ksar", "Sebkha", "El Mina", "Arafat", "Dar Naïm", "Toujounine", "Teyarett",
                     "Riyad", "Las Palmas"],
        "city": ["Nouakchott", "Nouadhibou", "Rosso", "Kiffa", "Kaédi", "Atar", "Zouérate", "Néma", "Aleg"],
        "mail": ["gmail.com", "yahoo.fr", "hotmail.fr", "mauritel.mr", "outlook.com"],
    },
    "ki": {   # Kiribati
        "m": ["Teuea", "Tebwebwe", "Taneti", "Bwebwe", "Tekaie", "Rikiaua", "Iotebwa", "Baraniko", "Kaure", "Tiaon",
              "Tauanga", "Kaitara", "Teburoro", "Ioane"],
        "f": ["Teretia", "Tebwaa", "Meeri", "Tiiroa", "Rabaua", "Teima", "Kaaro", "Taabeia", "Akka", "Tiarite",
              "Maria", "Bwenawa", "Teniku", "Raobeia"],
        "last": ["Tabai", "Tito", "Maamau", "Teannaki", "Tong", "Kaitu", "Tekeraoi", "Tamwere", "Teiwaki", "Kirata",
                 "Bauro", "Tebano", "Aomoro", "Karotu", "Rimon", "Kamoriki", "Uriam", "Tioti"],
        "street": ["Bairiki", "Betio", "Bikenibeu", "Bonriki", "Eita", "Teaoraereke", "Nanikai", "Ambo", "Banraeaba",
                   "Bangantebure", "Temaiku", "Tanaea", "Abaokoro", "Taborio"],
        "district": ["South Tarawa", "North Tarawa", "Abemama", "Butaritari", "Tabiteuea North", "Abaiang", "Marakei",
                     "Kiritimati", "Beru", "Nonouti", "Onotoa", "Maiana"],
        "city": ["South Tarawa", "Betio", "London (Kiritimati)", "Tabwakea", "Abaiang", "Abemama"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "tskl.net.ki", "outlook.com"],
    },
}

# Sorani (Kurdistan Region of Iraq) and Yemeni Arabic names: (native spelling, Latin spelling) pairs.
KU = {
    "m": [("کاروان", "Karwan"), ("ڕێبوار", "Rebwar"), ("هێمن", "Hemin"), ("شوان", "Shwan"), ("دلشاد", "Dilshad"),
          ("سیروان", "Sirwan"), ("ئاراس", "Aras"), ("بارزان", "Barzan"), ("کاوە", "Kawa"), ("ئازاد", "Azad"),
          ("خدێدا", "Khudeda"), ("موراد", "Murad"), ("حوسێن", "Hussein"), ("عەلی", "Ali")],
    "f": [("شیلان", "Shilan"), ("نەسرین", "Nasreen"), ("بەهار", "Bahar"), ("چنار", "Chnar"), ("ئاواز", "Awaz"),
          ("لانا", "Lana"), ("سۆزان", "Sozan"), ("هێرۆ", "Hero"), ("ڕووناک", "Runak"), ("دیلان", "Dilan"),
          ("نادیە", "Nadia"), ("جەمیلە", "Jamila"), ("لەیلا", "Layla"), ("زەینەب", "Zainab")],
    "last": [("مەحمود", "Mahmoud"), ("عەبدوڵڵا", "Abdullah"), ("قادر", "Qadir"), ("ڕەسوڵ", "Rasul"), ("عەزیز", "Aziz"),
             ("عوسمان", "Othman"), ("ساڵح", "Salih"), ("کەریم", "Karim"), ("مستەفا", "Mustafa"),
             ("ئیبراهیم", "Ibrahim"), ("خەلیل", "Khalil"), ("ئیسماعیل", "Ismail"), ("حەسەن", "Hassan"),
             ("خەلەف", "Khalaf"), ("ئەلیاس", "Elias"), ("حەجی", "Haji")],
}
AR = {
    "m": [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("علي", "Ali"), ("عبدالله", "Abdullah"), ("صالح", "Saleh"),
          ("يحيى", "Yahya"), ("عبدالرحمن", "Abdulrahman"), ("فيصل", "Faisal"), ("ناصر", "Nasser"), ("هاني", "Hani"),
          ("عمر", "Omar"), ("منصور", "Mansour"), ("خالد", "Khaled"), ("طه", "Taha")],
    "f": [("فاطمة", "Fatima"), ("أمل", "Amal"), ("سمية", "Sumaya"), ("نجلاء", "Najla"), ("هدى", "Huda"),
          ("رحمة", "Rahma"), ("أروى", "Arwa"), ("بلقيس", "Balqees"), ("ذكرى", "Thikra"), ("سماح", "Samah"),
          ("نوال", "Nawal"), ("وفاء", "Wafa")],
    "last": [("الحميري", "Al-Humairi"), ("العريقي", "Al-Areeqi"), ("الأهدل", "Al-Ahdal"), ("باوزير", "Bawazir"),
             ("الشميري", "Al-Shamiri"), ("العولقي", "Al-Awlaqi"), ("المخلافي", "Al-Mikhlafi"), ("السقاف", "Al-Saqqaf"),
             ("الحداد", "Al-Haddad"), ("القباطي", "Al-Qubati"), ("الصبري", "Al-Sabri"), ("الزبيري", "Al-Zubairi"),
             ("العمودي", "Al-Amoudi"), ("الوصابي", "Al-Wesabi"), ("الكبسي", "Al-Kibsi")],
    "street": ["شارع الزبيري", "شارع حدة", "شارع تعز", "شارع الستين", "شارع جمال", "شارع المعلا الرئيسي",
               "شارع الخمسين", "شارع هائل", "شارع القصر", "شارع الدائري"],
    "district": ["التحرير", "السبعين", "معين", "الشيخ عثمان", "المنصورة", "كريتر", "القاهرة", "الصافية", "الديس",
                 "الحوك"],
    "city": ["صنعاء", "عدن", "تعز", "الحديدة", "المكلا", "إب", "ذمار", "سيئون", "مأرب"],
}


def _phone(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the country's shapes."""
    if cc == "gd":
        return (f"(473) {c.r.choice(['403', '405', '409', '414', '415', '533', '534'])}-{digits(c, 4)}",
                f"473-44{c.r.choice('0234')}-{digits(c, 4)}")
    if cc == "ag":
        return (f"+1 268 {c.r.choice(['720', '724', '727', '764', '770', '772', '785'])} {digits(c, 4)}",
                f"268-46{c.r.choice('0234')}-{digits(c, 4)}")
    if cc == "mr":
        return (f"+222 {c.r.choice('234')}{digits(c, 1)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                f"45 2{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}")
    if cc == "ki":
        return (f"+686 7{c.r.choice('23')}{digits(c, 2)} {digits(c, 4)}", f"7502{digits(c, 4)}")
    if cc == "iq":
        return (f"0{c.r.choice(['750', '751', '770', '771', '780'])} {digits(c, 3)} {digits(c, 4)}",
                f"066 2{digits(c, 2)} {digits(c, 4)}")
    return (f"+967 7{c.r.choice('1378')} {digits(c, 3)} {digits(c, 4)}", f"0{c.r.choice('12')} {digits(c, 6)}")


def _natid(c: Ctx, cc: str) -> str:
    if cc == "gd":    # National Insurance Scheme number
        return f"{c.r.randint(1, 9)}{digits(c, 5)}"
    if cc == "ag":    # Social Security number
        return f"{c.r.randint(10, 99)}{digits(c, 4)}"
    if cc == "mr":    # numéro national d'identification (NNI)
        return f"{c.r.randint(1, 9)}{digits(c, 9)}"
    if cc == "ki":    # Kiribati Provident Fund membership number
        return f"KPF{c.r.randint(10000, 99999)}"
    if cc == "iq":    # unified national card number
        return f"19{c.r.choice(['88', '90', '93', '97', '01'])}{digits(c, 8)}"
    return f"0{c.r.choice(['1', '2', '3', '4'])}0{digits(c, 8)}"    # Yemeni national identity card


def _address(c: Ctx, cc: str) -> dict[str, str]:
    if cc == "ye":
        street, district, city = c.r.choice(AR["street"]), c.r.choice(AR["district"]), c.r.choice(AR["city"])
        n = c.r.randint(1, 90)
        return {"line": f"{district}، {street}، عمارة {n}", "city": city}
    if cc == "iq":    # a place in a camp: sector, block, tent
        return {"line": f"کەرتی {c.r.randint(1, 9)}، بلۆکی {c.r.randint(1, 40)}، چادری {c.r.randint(1, 600)}",
                "city": c.r.choice(["دهۆک", "زاخۆ", "سێمێل", "شێخان", "ئاکرێ"])}
    p = POOLS[cc]
    n = c.r.randint(1, 180)
    if cc == "ki":
        village, island = c.r.choice(p["street"]), c.r.choice(p["district"])
        line = c.r.choice([f"Mweenga {n}, {village}", f"Lot {n}, {village}", f"near the maneaba, {village}"])
        return {"line": line, "city": island}
    if cc == "mr":
        line = f"Îlot {c.r.choice('ABCDEFGK')}, lot {n}, {c.r.choice(p['district'])}"
        return {"line": line, "city": c.r.choice(p["city"])}
    line = f"{c.r.choice(['', 'Lot ', '#'])}{n} {c.r.choice(p['street'])}, {c.r.choice(p['district'])}"
    return {"line": line, "city": c.r.choice(p["city"])}


def _given_family(c: Ctx, cc: str, sex: str) -> tuple[str, str]:
    """A given name and a family name; Moorish Mauritanians carry their father's name after Ould (son) / Mint."""
    pool = POOLS[cc]
    first, last = c.r.choice(pool["m" if sex == "M" else "f"]), c.r.choice(pool["last"])
    if cc == "mr" and last not in ("Sy", "Ba", "Diallo", "Kane", "Sall", "Wane", "Camara", "Dia", "Ndiaye"):
        last = ("Ould " if sex == "M" else "Mint ") + last
    return first, last


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    sex = c.r.choice("MF")
    if cc in ("iq", "ye"):
        pool = KU if cc == "iq" else AR
        first, father, grand = (c.r.choice(pool["m" if sex == "M" else "f"]), c.r.choice(pool["m"]),
                                c.r.choice(pool["last"]))
        native = f"{first[0]} {father[0]} {grand[0]}"
        latin = f"{first[1]} {father[1]} {grand[1]}"
        p = {"first": first[0], "father": father[0], "grand": grand[0], "full": native, "latin": latin,
             "user": ascii_slug(f"{first[1]}.{grand[1]}")}
    else:
        first, last = _given_family(c, cc, sex)
        p = {"first": first, "last": last, "full": f"{first} {last}",
             "user": ascii_slug(f"{first.split()[0]}.{last.split()[-1]}")}
    birth = date(c, y0, y1)
    mobile, landline = _phone(c, cc)
    mail = c.r.choice(POOLS[cc]["mail"] if cc in POOLS else ["gmail.com", "yahoo.com", "hotmail.com"])
    p.update({"sex": sex, "birth": birth, "mobile": mobile, "phone": landline, "natid": _natid(c, cc),
              "email": f"{p['user']}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(2, 99))])}@{mail}",
              "ip": public_ip(c, (41, 82, 154, 185, 196, 197, 200, 202))})
    p.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return p


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2005) -> Gen:
    """One field of the person of row i of `entity`, drawn once per (entity, row)."""
    return lambda c, i: cached(c, ("am", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def someone(cc: str) -> Gen:
    """A full name tied to no row (a relative, a contact person), in the country's usual spelling."""
    def g(c: Ctx, i: int) -> str:
        if cc in ("iq", "ye"):
            pool = KU if cc == "iq" else AR
            return f"{c.r.choice(pool['m'] + pool['f'])[0]} {c.r.choice(pool['last'])[0]}"
        return " ".join(_given_family(c, cc, c.r.choice("MF")))
    return g


def any_phone(cc: str) -> Gen:
    return lambda c, i: _phone(c, cc)[0]


def qi_card(c: Ctx) -> str:
    """A 16-digit payment card (Iraqi Qi Card / Mastercard ranges) with its Luhn digit."""
    body = c.r.choice(["627681", "530910", "512345"]) + digits(c, 9)
    return body + luhn.calc_check_digit(body)
