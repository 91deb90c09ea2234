"""Hand-written value helpers for the thirty-fifth blind corpus part (schemas ak_*): no Faker, no word lists.

Names, streets, cities, mail domains, phone and id shapes of Turkmenistan, Burundi, Eritrea, Bermuda, Brunei and
Libya, typed by hand. Every random draw comes from the context's seeded `c.r`; one person's parts are drawn once per
(entity, row) by `person` and cached (the cache of blind26_gens), so the columns of a row agree.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "tm": {   # Turkmenistan
        "m": ["Berdi", "Serdar", "Merdan", "Batyr", "Döwlet", "Myrat", "Annamyrat", "Kakajan", "Rustam", "Maksat",
              "Arslan", "Begenç", "Nury", "Ata", "Resul", "Täçmyrat"],
        "f": ["Ogulgerek", "Maýsa", "Aýna", "Bahar", "Jennet", "Gülşat", "Enejan", "Leýli", "Aýgül", "Nurjemal",
              "Mähri", "Selbi", "Ogulnabat", "Şirin", "Gözel", "Aýjemal"],
        "last": ["Orazow", "Berdiýew", "Annaýew", "Hojamuradow", "Gurbanow", "Atabaýew", "Durdyýew", "Çaryýew",
                 "Meredow", "Ataýew", "Rejepow", "Saparow", "Amanow", "Öwezow", "Baýramow", "Nepesow", "Geldiýew"],
        "street": ["Magtymguly şaýoly", "Atatürk köçesi", "Bitarap Türkmenistan şaýoly", "Garaşsyzlyk şaýoly",
                   "Oguzhan köçesi", "Görogly köçesi", "Andalyp köçesi", "Azady köçesi", "Çandybil şaýoly",
                   "Arçabil şaýoly", "Köpetdag köçesi", "Hojamyrat Baba köçesi"],
        "district": ["Bagtyýarlyk etraby", "Berkararlyk etraby", "Köpetdag etraby", "Büzmeýin etraby", "Parahat 7",
                     "Mir 2", "Howdan B", "Täze zaman"],
        "city": ["Aşgabat", "Türkmenabat", "Daşoguz", "Mary", "Balkanabat", "Türkmenbaşy", "Tejen", "Baýramaly"],
        "mail": ["online.tm", "mail.ru", "gmail.com", "yandex.ru", "sanly.tm"],
    },
    "bi": {   # Burundi
        "m": ["Jean Bosco", "Pierre Claver", "Emmanuel", "Léonidas", "Déo", "Gervais", "Révérien", "Aloys", "Égide",
              "Pacifique", "Fabrice", "Évariste", "Ferdinand", "Salvator", "Onesphore", "Prosper"],
        "f": ["Béatrice", "Immaculée", "Goreth", "Jeanine", "Claudine", "Godelive", "Spès", "Aline", "Espérance",
              "Chantal", "Divine", "Ange", "Perpétue", "Nadine", "Régine", "Scholastique"],
        "last": ["Niyonzima", "Ndayishimiye", "Nduwimana", "Hakizimana", "Niyonkuru", "Ntakirutimana", "Bizimana",
                 "Nshimirimana", "Irakoze", "Havyarimana", "Ndikumana", "Manirakiza", "Nibizi", "Ndayizeye", "Kwizera",
                 "Iradukunda", "Bigirimana", "Niyongabo", "Ciza", "Barutwanayo"],
        "street": ["Avenue de l'Université", "Boulevard du 28 Novembre", "Chaussée Prince Louis Rwagasore",
                   "Avenue de la Plage", "Boulevard de l'Uprona", "Avenue du Large", "Avenue Muyinga",
                   "Avenue de la JRR", "Chaussée d'Uvira"],
        "district": ["Rohero", "Kinindo", "Kigobe", "Ngagara", "Nyakabiga", "Buyenzi", "Kamenge", "Musaga", "Kanyosha"],
        "city": ["Bujumbura", "Gitega", "Ngozi", "Kayanza", "Muyinga", "Rumonge", "Kirundo", "Makamba"],
        "mail": ["gmail.com", "yahoo.fr", "hotmail.fr", "usan.bi", "outlook.fr"],
        "hill": ["Rubagabaga", "Kinyovu", "Gatara", "Muhanga", "Rango", "Kabarore", "Butaganzwa", "Matongo",
                 "Mwumba", "Busiga", "Gahombo", "Munanira"],
    },
    "er": {   # Eritrea
        "m": ["Tesfay", "Haile", "Yonas", "Mehari", "Tekle", "Berhane", "Dawit", "Filmon", "Samuel", "Kidane", "Habtom",
              "Yemane", "Amanuel", "Robel", "Ghirmay", "Tsegai", "Mussie", "Kibrom"],
        "f": ["Senait", "Helen", "Freweyni", "Mebrat", "Selam", "Saba", "Luwam", "Hiwet", "Tsega", "Abeba", "Ruta",
              "Mizan", "Yordanos", "Eden", "Winta", "Akberet"],
        "street": ["Harnet Avenue", "Sematat Avenue", "Denden Street", "Street 171-1", "Street 173-5", "Street 201-12",
                   "Bahti Meskerem Square", "Street 160-3", "Street 211-8", "Warsay Street"],
        "district": ["Tiravolo", "Godaif", "Mai Temenai", "Gejeret", "Edaga Hamus", "Sembel", "Akria", "Abashawl",
                     "Geza Banda", "Paradiso"],
        "city": ["Asmara", "Keren", "Massawa", "Mendefera", "Dekemhare", "Barentu", "Adi Keyh", "Ghinda"],
        "mail": ["gmail.com", "yahoo.com", "tse.com.er", "eol.com.er", "hotmail.com"],
    },
    "bm": {   # Bermuda
        "m": ["Craig", "Dwayne", "Kevin", "Troy", "Marcus", "Nigel", "Jahmal", "Stephen", "Wendell", "Colin", "Andre",
              "Gavin", "Delano", "Kyle", "Richard", "Ronan"],
        "f": ["Shirley", "Tamika", "Nicole", "Sharon", "Kimberley", "Denise", "LaKeisha", "Michelle", "Rachel",
              "Zakiya", "Elaine", "Claudette", "Sheena", "Jodie", "Carla", "Tiffany"],
        "last": ["Outerbridge", "Trott", "Darrell", "Tucker", "Simmons", "Burgess", "DeSilva", "Furbert", "Swan",
                 "Bascome", "Minors", "Robinson", "Ming", "Talbot", "Pearman", "Wainwright", "Symonds", "Richardson"],
        "street": ["Front Street", "Reid Street", "Church Street", "Victoria Street", "South Road", "Middle Road",
                   "Harbour Road", "North Shore Road", "Khyber Pass", "Cedar Avenue", "Pitts Bay Road", "Court Street"],
        "district": ["Pembroke", "Paget", "Warwick", "Southampton", "Sandys", "Devonshire", "Smith's", "St. George's"],
        "city": ["Hamilton", "St. George's", "Somerset", "Flatts"],
        "mail": ["logic.bm", "northrock.bm", "gmail.com", "cw.bm", "hotmail.com"],
        "post": ["HM 11", "HM 12", "PG 05", "WK 04", "SN 02", "MA 01", "DV 03", "FL 04", "GE 05", "CR 04"],
    },
    "bn": {   # Brunei
        "m": ["Mohd Hafiz", "Muhammad Amirul", "Abdul Rahman", "Haziq", "Khairul Anwar", "Azri", "Syafiq", "Hj Rosli",
              "Md Shahrin", "Aiman", "Zulkifli", "Faiz"],
        "f": ["Nurul Ain", "Siti Hajar", "Dk Nurhafizah", "Nur Syazwani", "Hjh Rosnah", "Aqilah", "Nur Amalina",
              "Fatin", "Norazah", "Siti Aminah", "Najihah", "Dyg Rozita"],
        "last": ["Ahmad", "Abdullah", "Hj Mahmud", "Yusof", "Hj Ismail", "Osman", "Ibrahim", "Pg Hj Tajuddin",
                 "Awg Damit", "Hamid", "Sulaiman", "Hj Bakar", "Jaafar", "Latif", "Matusin"],
        "street": ["Jalan Tutong", "Jalan Gadong", "Jalan Muara", "Jalan Kebangsaan", "Jalan Jerudong",
                   "Jalan Tungku Link", "Jalan Kiulap", "Jalan Berakas", "Jalan Pemancha", "Jalan Sultan"],
        "district": ["Kg Kiarong", "Kg Rimba", "Kg Beribi", "Kg Lambak Kanan", "Kg Sengkurong", "Kg Mentiri",
                     "Kg Tanjung Bunut", "Kg Jerudong"],
        "city": ["Bandar Seri Begawan", "Kuala Belait", "Seria", "Tutong", "Bangar", "Muara"],
        "mail": ["gmail.com", "hotmail.com", "brunet.bn", "yahoo.com", "simpur.net.bn"],
    },
    "ly": {   # Libya
        "m": ["Mohamed", "Ahmed", "Ali", "Abdelsalam", "Omar", "Mustafa", "Fathi", "Salem", "Khalifa", "Nouri", "Hussein",
              "Abdulhakim", "Moftah", "Faraj", "Ibrahim", "Mahmoud"],
        "f": ["Fatima", "Amal", "Hana", "Salma", "Aisha", "Mabruka", "Khadija", "Najat", "Huda", "Rabia", "Zainab",
              "Asma", "Nisreen", "Sumaya", "Laila", "Mariam"],
        "last": ["Al-Mismari", "Bugaighis", "El-Obeidi", "Al-Hasi", "Elmabrouk", "Al-Barasi", "Bensaud", "El-Mansouri",
                 "Al-Fakhri", "Bu Khamada", "Shallouf", "Al-Warfalli", "El-Sharif", "Gheriani", "Al-Drissi", "Bishti"],
        "street": ["Sharia Al-Fanar", "Sharia Al-Bahr", "Sharia Omar Al-Mukhtar", "Sharia Jamal Abdel Nasser",
                   "Sharia 23 July", "Sharia Dubai", "Sharia Al-Istiqlal", "Sharia Al-Sahaba"],
        "district": ["Al-Maghar", "Shiha", "Al-Bilad", "Al-Sahel Al-Sharqi", "Bab Tobruk", "Al-Jubaila", "Karsa",
                     "Wadi Al-Naga"],
        "city": ["Derna", "Al-Bayda", "Benghazi", "Susa", "Shahat", "Al-Marj", "Tobruk", "Ras Al-Hilal"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "ltt.ly", "outlook.com"],
    },
}

_ASCII = str.maketrans({"ä": "a", "ç": "c", "ý": "y", "ş": "s", "ň": "n", "ö": "o", "ü": "u", "ž": "z", "é": "e",
                        "è": "e", "É": "E", "Ç": "C", "Ş": "S", "Ö": "O", "Ü": "U", "'": "", " ": "."})


def slug(s: str) -> str:
    return s.translate(_ASCII).lower().replace("-", "").replace("..", ".")


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    if cc == "tm":
        return f"+993 6{c.r.choice('1234578')} {digits(c, 6)}", f"+993 12 {digits(c, 2)}-{digits(c, 2)}-{digits(c, 2)}"
    if cc == "bi":
        return (f"+257 {c.r.choice(['79', '71', '76', '61', '68', '69'])} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                f"+257 22 2{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}")
    if cc == "er":
        return f"+291 7 {digits(c, 3)} {digits(c, 3)}", f"+291 1 1{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}"
    if cc == "bm":
        return f"(441) {c.r.choice('357')}{digits(c, 2)}-{digits(c, 4)}", f"441-2{c.r.choice('3925')}{digits(c, 1)}-{digits(c, 4)}"
    if cc == "bn":
        return f"+673 {c.r.choice('78')}{digits(c, 6)}", f"+673 2{digits(c, 6)}"
    return f"+218 9{c.r.choice('1245')}-{digits(c, 7)}", f"+218 81-{digits(c, 6)}"


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "tm":    # domestic passport: series by province, number
        return f"I-{c.r.choice(['AŞ', 'AH', 'MR', 'LB', 'DZ', 'BN'])} {digits(c, 6)}"
    if cc == "bi":    # carte nationale d'identité: commune code / serial
        return f"{c.r.randint(101, 499)}.{c.r.randint(1, 99):02d}/{digits(c, 6)}"
    if cc == "er":    # national identity card number
        return f"{c.r.randint(1, 9)}{digits(c, 6)}"
    if cc == "bm":    # social insurance number
        return f"{c.r.randint(100, 999)}-{digits(c, 2)}-{digits(c, 4)}"
    if cc == "bn":    # yellow identity card
        return f"{c.r.choice(['00', '01'])}-{digits(c, 6)}"
    # Libyan national number: 1 (men) or 2 (women), birth year, serial
    return f"{'1' if sex == 'M' else '2'}{birth.year}{digits(c, 7)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, city = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n = c.r.randint(1, 180)
    if cc == "tm":
        line, pc = f"{street}, jaý {n}, öý {c.r.randint(1, 90)}", f"74{digits(c, 4)}"
    elif cc == "bi":
        line, pc = f"{district}, {street} n° {n}", f"BP {c.r.randint(100, 6999)}"
    elif cc == "er":
        line, pc = f"{street}, house no. {n}, {district}", f"P.O. Box {c.r.randint(100, 9999)}"
    elif cc == "bm":
        line, pc = f"{n} {street}, {district}", c.r.choice(p["post"])
    elif cc == "bn":
        line, pc = f"No. {n}, Spg {c.r.randint(1, 700)}, {street}, {district}", f"B{c.r.choice('ABCEFGH')}{digits(c, 4)}"
    else:
        line, pc = f"{street}, building {n}, {district}", ""
    full = ", ".join(x for x in (line, city, pc) if x)
    return {"line": line, "street": street, "house": str(n), "district": district, "city": city, "postcode": pc,
            "full": full}


def _names(c: Ctx, cc: str, sex: str) -> dict[str, str]:
    p = POOLS[cc]
    first = c.r.choice(p["m" if sex == "M" else "f"])
    if cc == "tm":
        last = c.r.choice(p["last"]) + ("a" if sex == "F" else "")
        father = c.r.choice(p["m"])
        return {"first": first, "last": last, "middle": father + ("owiç" if sex == "M" else "owna"),
                "full": f"{last} {first}"}
    if cc == "er":
        father, grand = c.r.choice(p["m"]), c.r.choice(p["m"])
        return {"first": first, "last": father, "middle": grand, "full": f"{first} {father} {grand}"}
    if cc == "bi":
        last = c.r.choice(p["last"])
        return {"first": first, "last": last, "middle": "", "full": f"{last.upper()} {first}"}
    if cc == "bn":
        last = c.r.choice(p["last"])
        return {"first": first, "last": last, "middle": "", "full": f"{first} {'bin' if sex == 'M' else 'binti'} {last}"}
    if cc == "ly":
        father, fam = c.r.choice(p["m"]), c.r.choice(p["last"])
        return {"first": first, "last": fam, "middle": father, "full": f"{first} {father} {fam}"}
    last = c.r.choice(p["last"])
    return {"first": first, "last": last, "middle": "", "full": f"{first} {last}"}


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    sex = c.r.choice("MF")
    n = _names(c, cc, sex)
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = slug(f"{n['first'].split()[-1]}.{n['last'].split()[-1]}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(POOLS[cc]['mail'])}"
    person = {"sex": sex, **n, "birth": birth, "mobile": mobile, "phone": landline, "email": email, "user": user,
              "natid": _natid(c, cc, sex, birth), "ip": public_ip(c)}
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, ("b35", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def work_email(cc: str, entity: str, domain: str) -> Gen:
    return lambda c, i: person(cc, entity, "user")(c, i) + "@" + domain


def any_name(cc: str, sex: str = "") -> Gen:
    """A full name tied to no row (a relative, a contact person, a witness); of either sex unless `sex` is given."""
    return lambda c, i: _names(c, cc, sex or c.r.choice("MF"))["full"]


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def city(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["city"])
