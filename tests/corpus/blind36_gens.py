"""Hand-written value helpers for the thirty-sixth blind corpus part (schemas al_*): no Faker, no word lists.

Names, streets, places, mail domains, phone and id shapes of six countries (Micronesia, Guinea-Bissau, Saint Lucia,
Afghanistan, Solomon Islands, Cyprus) were typed by hand. Every random draw comes from the context's seeded `c.r`.
The parts of one person are drawn once per (entity, row) by `person` and cached (the cache of blind26_gens), so the
columns of a row agree. python-stdnum only computes check digits (Verhoeff for MOSIP UINs, the Cypriot TIC letter,
IBAN mod-97).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum import verhoeff
from stdnum.cy import vat as cy_vat

from .blind26_gens import Gen, ascii_slug, cached, date, digits, iban, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "fm": {   # Federated States of Micronesia (Pohnpei, Chuuk, Kosrae, Yap)
        "m": ["Kasio", "Joseph", "Peterson", "Ricky", "Bermin", "Dohsis", "Yosiro", "Kimo", "Lorin", "Johnny",
              "Marvin", "Alik", "Wesley", "Fritz", "Kensley", "Ioanis"],
        "f": ["Merleen", "Lerleen", "Emeliana", "Kathleen", "Mayleen", "Rosalinda", "Sihna", "Julita", "Lorensa",
              "Marcelina", "Anna Maria", "Kerleen", "Shirleen", "Eileen", "Lucy", "Serleen"],
        "last": ["Hadley", "Panuelo", "Mori", "Etscheit", "Olter", "Nakasone", "Samuel", "Hasiguchi", "Edwin", "Alik",
                 "Iehsi", "Santos", "Weilbacher", "Lippwe", "Christian", "Gallen", "Moses", "Albert"],
        "street": ["Kaselehlie St.", "Main St.", "Nanpohnmal Rd.", "Dolonier Rd.", "Palikir Rd.", "Sokehs Causeway",
                   "Ohmine Rd.", "Spanish Wall Rd.", "Pwoaipwoai Rd.", "Nett Point Rd."],
        "district": ["Nett", "Sokehs", "Kolonia Town", "Madolenihmw", "Kitti", "U", "Weno", "Tol", "Lelu", "Tafunsak"],
        "city": ["Kolonia", "Palikir", "Weno", "Tofol", "Colonia", "Lelu"],
        "mail": ["mail.fm", "gmail.com", "yahoo.com", "hotmail.com"],
    },
    "gw": {   # Guinea-Bissau
        "m": ["Braima", "Mamadú", "Domingos", "Aristides", "Umaro", "Iaia", "Sana", "Nuno", "Carlos", "Fernando",
              "Bacar", "Quintino", "Malam", "Suleimane", "Júlio", "Armando"],
        "f": ["Fatumata", "Cadi", "Maria", "Adiatu", "Aissatu", "Filomena", "Odete", "Suzi", "Mariama", "Isabel",
              "Binta", "Nhima", "Teresa", "Zinha", "Domingas", "Adama"],
        "last": ["Embaló", "Djaló", "Baldé", "Camará", "Sanhá", "Gomes", "Pereira", "Có", "Mané", "Cassamá", "Indjai",
                 "Nabiam", "Tavares", "Seidi", "Vieira", "Sambú", "Na Tchuto", "Mendes"],
        "street": ["Avenida Amílcar Cabral", "Avenida Pansau na Isna", "Rua Justino Lopes", "Estrada de Bor",
                   "Avenida dos Combatentes da Liberdade da Pátria", "Rua Guerra Mendes", "Avenida Francisco Mendes",
                   "Rua Vitorino Costa", "Rua Eduardo Mondlane", "Avenida Domingos Ramos"],
        "district": ["Bandim", "Cupelon de Baixo", "Pilum", "Bairro Militar", "Antula", "Plack 1", "Reno", "Belém",
                     "Missirá", "Ajuda"],
        "city": ["Bissau", "Bafatá", "Gabú", "Canchungo", "Cacheu", "Bolama", "Bubaque", "Mansôa", "Farim", "Catió"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.pt", "yahoo.fr"],
    },
    "lc": {   # Saint Lucia
        "m": ["Kenny", "Allen", "Philip", "Ernest", "Guy", "Shawn", "Jeremiah", "Dwight", "Kurt", "Lyndon", "Marcus",
              "Desmond", "Alvin", "Stephenson", "Moses", "Richard"],
        "f": ["Sarah", "Jacqueline", "Emma", "Virginia", "Alva", "Gale", "Dia", "Cheryl", "Lorraine", "Shirlene",
              "Kimberly", "Natasha", "Petula", "Ermine", "Julietta", "Verlinda"],
        "last": ["Anthony", "Pierre", "Joseph", "Jean", "Compton", "Louis", "Hilaire", "Flavien", "Francis", "St. Rose",
                 "Alexander", "Prospere", "Augustin", "Charlemagne", "Jn Baptiste", "Fontenelle", "Leonce", "Emmanuel"],
        "street": ["Jeremie St.", "Micoud St.", "Brazil St.", "Chaussee Rd.", "Bridge St.", "Laborie St.", "Manoel St.",
                   "Coral St.", "Vigie Rd.", "La Clery Rd."],
        "district": ["Marchand", "Bois d'Orange", "Rodney Bay", "Babonneau", "Monchy", "Ciceron", "La Clery",
                     "Vide Bouteille", "Beausejour", "Augier"],
        "city": ["Castries", "Gros Islet", "Vieux Fort", "Soufrière", "Micoud", "Dennery", "Laborie", "Choiseul",
                 "Anse La Raye", "Canaries"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "candw.lc", "outlook.com"],
    },
    "af": {   # Afghanistan (Pashto-speaking east)
        "m": ["Ahmadullah", "Gul Agha", "Noorullah", "Sayed Jan", "Abdul Wali", "Hayatullah", "Zabihullah",
              "Shir Mohammad", "Rahmatullah", "Najibullah", "Fazal Rahim", "Mirwais", "Habibullah", "Ajmal", "Khalid",
              "Bashir"],
        "f": ["Zarghuna", "Malalai", "Gulalai", "Nazia", "Bibi Hawa", "Shabana", "Palwasha", "Storay", "Mariam",
              "Fatima", "Nasima", "Zainab", "Freshta", "Lima", "Wagma", "Shakila"],
        "last": ["Shinwari", "Mohmand", "Popalzai", "Barakzai", "Achakzai", "Safi", "Khogyani", "Noorzai", "Ahmadzai",
                 "Stanikzai", "Hotak", "Sadat", "Wardak", "Niazi", "Mangal", "Zadran", "Hakimi", "Amarkhel"],
        "street": ["Hisarak", "Samarkhel", "Sheikh Misri", "Farm Hadda", "Kats", "Qala-e-Akhund", "Bagrami", "Girdi Kats",
                   "Torkham Road", "Chaparhar Bazaar"],
        "district": ["Behsud", "Surkh Rod", "Kama", "Batikot", "Shinwar", "Khogyani", "Rodat", "Chaparhar",
                     "Jalalabad Nahia 3", "Jalalabad Nahia 5"],
        "city": ["Jalalabad", "Asadabad", "Mehtarlam", "Kandahar", "Kabul", "Lashkargah"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com"],
    },
    "sb": {   # Solomon Islands
        "m": ["Manasseh", "Jeremiah", "Gordon", "Derek", "Peter", "Rick", "Snyder", "Moffat", "Jimmy", "Clement",
              "Walter", "Ezekiel", "Nelson", "Fred", "Lency", "Dudley"],
        "f": ["Ruth", "Lilly", "Freda", "Joy", "Sarah", "Ethel", "Hilda", "Florence", "Ella", "Rose", "Anika", "Delma",
              "Lorraine", "Martha", "Janet", "Lisa"],
        "last": ["Kwaiga", "Hou", "Sikua", "Lilo", "Rini", "Tuhanuku", "Kenilorea", "Manele", "Wale", "Zama",
                 "Ramofafia", "Tausinga", "Fono", "Maelanga", "Bosamata", "Tozaka", "Oti", "Kengava"],
        "street": ["Mendana Avenue", "Hibiscus Avenue", "Kukum Highway", "Lengakiki Road", "Tandai Highway",
                   "Chinatown Road", "Bahai Road", "Mbua Valu Road", "Panatina Road", "Ranadi Road"],
        "district": ["Kukum", "Vura", "White River", "Borderline", "Naha", "Tasahe", "Mbokona", "Henderson",
                     "Kola'a Ridge", "Burns Creek"],
        "city": ["Honiara", "Auki", "Gizo", "Tulagi", "Buala", "Kirakira", "Lata", "Munda", "Noro"],
        "mail": ["gmail.com", "yahoo.com", "solomon.com.sb", "hotmail.com"],
    },
    "cy": {   # Cyprus (Greek-speaking south)
        "m": ["Andreas", "Georgios", "Christos", "Panayiotis", "Kyriakos", "Michalis", "Nikos", "Savvas", "Costas",
              "Marios", "Demetris", "Stelios", "Loizos", "Charalambos", "Sotiris", "Pavlos"],
        "f": ["Maria", "Eleni", "Androulla", "Christina", "Georgia", "Panayiota", "Despo", "Stella", "Marina",
              "Katerina", "Kyriaki", "Skevi", "Niki", "Elena", "Myrto", "Froso"],
        "last": ["Georgiou", "Christodoulou", "Ioannou", "Charalambous", "Constantinou", "Nicolaou", "Papadopoulos",
                 "Kyriakou", "Michael", "Savva", "Antoniou", "Demetriou", "Hadjigeorgiou", "Loizou", "Panayiotou",
                 "Stylianou", "Theodorou", "Hadjinicolaou"],
        "street": ["Leoforos Makariou III", "Odos Ledras", "Leoforos Archiepiskopou Kyprianou", "Odos Anexartisias",
                   "Leoforos Griva Digeni", "Odos Agiou Andreou", "Leoforos Spyrou Kyprianou", "Odos Stasinou",
                   "Leoforos Athalassas", "Odos Gladstonos"],
        "district": ["Strovolos", "Aglantzia", "Engomi", "Latsia", "Germasogeia", "Agios Athanasios", "Aradippou",
                     "Kato Polemidia", "Geroskipou", "Dali"],
        "city": ["Lefkosia", "Lemesos", "Larnaka", "Pafos", "Paralimni", "Polis Chrysochous"],
        "mail": ["cytanet.com.cy", "gmail.com", "hotmail.com", "primehome.com", "outlook.com"],
    },
}


def _mobile(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the country's shapes."""
    if cc == "fm":
        return f"+691 {c.r.choice(['920', '921', '925', '926'])}-{digits(c, 4)}", f"(691) 320-{digits(c, 4)}"
    if cc == "gw":
        return (f"+245 9{c.r.choice('56')}{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}",
                f"+245 443 {digits(c, 3)} {digits(c, 3)}")
    if cc == "lc":
        return f"(758) {c.r.choice(['284', '285', '484', '518', '519', '712', '720'])}-{digits(c, 4)}", \
            f"758-45{digits(c, 1)}-{digits(c, 4)}"
    if cc == "af":
        return f"+93 7{c.r.choice('0789')} {digits(c, 3)} {digits(c, 4)}", f"0{c.r.choice(['60', '20'])} {digits(c, 3)} {digits(c, 4)}"
    if cc == "sb":
        return f"+677 7{c.r.choice('45')}{digits(c, 5)}", f"2{digits(c, 4)}"
    return f"+357 9{c.r.choice('6579')} {digits(c, 6)}", f"2{c.r.choice('2546')} {digits(c, 6)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, city = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n = c.r.randint(1, 180)
    if cc == "fm":
        line, postcode = f"Lot {n}, {street}, {district}", c.r.choice(["96941", "96942", "96943", "96944"])
    elif cc == "gw":
        line, postcode = f"{street}, n.º {n}, {district}", f"100{c.r.randint(0, 9)}"
    elif cc == "lc":
        line, postcode = f"{n} {street}, {district}", f"LC{c.r.choice(['01', '02', '04', '12'])} {c.r.randint(101, 601)}"
    elif cc == "af":
        line, postcode = f"Kor {n}, Kalay {street}, {district}", f"{c.r.choice(['26', '27', '10'])}{digits(c, 2)}"
    elif cc == "sb":
        line, postcode = f"Lot {n}, {street}, {district}", f"P.O. Box {c.r.randint(10, 2400)}"
    else:
        line, postcode = f"{street} {n}, Diam. {c.r.randint(1, 40)}1, {district}", \
            f"{c.r.choice('1368')}{digits(c, 3)}"
    return {"line": line, "district": district, "city": city, "postcode": postcode, "full": f"{line}, {postcode} {city}"}


def uin(c: Ctx) -> str:
    """A MOSIP UIN: ten digits, not starting with 0 or 1, the last a Verhoeff check digit."""
    body = str(c.r.randint(2, 9)) + digits(c, 8)
    return body + verhoeff.calc_check_digit(body)


def _natid(c: Ctx, cc: str, birth: dt.date) -> str:
    if cc == "fm":    # FSM social security number
        return f"{digits(c, 3)}-{digits(c, 2)}-{digits(c, 4)}"
    if cc == "gw":
        return uin(c)
    if cc == "lc":    # national insurance number
        return f"{c.r.randint(100000, 899999)}"
    if cc == "af":    # e-tazkira
        return f"{c.r.choice(['1398', '1399', '1400', '1401'])}-{digits(c, 4)}-{digits(c, 5)}"
    if cc == "sb":    # NPF member number
        return f"NPF{digits(c, 6)}"
    return f"{c.r.randint(300000, 1299999):07d}"          # Cypriot identity card


def tic(c: Ctx) -> str:
    """A Cypriot tax identification code: eight digits and a computed check letter."""
    body = c.r.choice("0159") + digits(c, 7)
    return body + cy_vat.calc_check_digit(body)


def cy_iban(c: Ctx) -> str:
    return iban("CY", f"{c.r.choice(['002', '005', '018'])}{digits(c, 5)}{digits(c, 16)}")


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _mobile(c, cc)
    user = ascii_slug(f"{first.split()[0]}.{last.split()[-1]}").replace("'", "")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    father = c.r.choice(p["m"])
    out = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
           "phone": landline, "email": email, "user": user, "natid": _natid(c, cc, birth), "ip": public_ip(c),
           "father": f"{father} {last}" if cc != "af" else father}
    out.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return out


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2005) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    """A full name tied to no row (a relative, a contact person, a witness)."""
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _mobile(c, cc)[0]


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def pick(cc: str, pool: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc][pool])
