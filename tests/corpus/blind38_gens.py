"""Hand-written value helpers for the thirty-eighth blind corpus part (schemas an_*): no Faker, no word lists.

Names, streets, villages, cities, mail domains, phone shapes and id shapes of Nauru, South Sudan, the Cayman Islands,
Tuvalu, the Central African Republic and San Marino were typed by hand. Every random draw comes from the context's
seeded `c.r`; the parts of one person are drawn once per (entity, row) by `person` and cached (with the cache of
blind26_gens), so the columns of a row agree. The generic draws are imported from blind26_gens.
"""
from __future__ import annotations

from typing import Any

from .blind26_gens import Gen, alnum, ascii_slug, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "nr": {   # Nauru: no street names, addresses are a location or block within one of the fourteen districts
        "m": ["Baron", "Marcus", "Russ", "Lionel", "Sprent", "Kieren", "Dogabe", "Roland", "Shadlog", "Aaron",
              "Valdon", "Rennier", "Tawaki", "Isaac", "Delvin", "Jaden"],
        "f": ["Charmaine", "Joanne", "Rubina", "Mereiam", "Bernadette", "Fiona", "Daphne", "Tamara", "Kalinda",
              "Jessie", "Leilani", "Lucina", "Deirdre", "Fernanda", "Gwen", "Roxanne"],
        "last": ["Adeang", "Dabwido", "Waqa", "Scotty", "Kun", "Aingimea", "Detenamo", "Harris", "Stephen",
                 "Clodumar", "Dowiyogo", "Agir", "Deiye", "Itsimaera", "Menke", "Akua", "Cain", "Gioura", "Tom",
                 "Hiram"],
        "street": ["Location", "Block", "Settlement Lot", "Top Side Lot"],
        "district": ["Aiwo", "Anabar", "Anetan", "Anibare", "Baitsi", "Boe", "Buada", "Denigomodu", "Ewa", "Ijuw",
                     "Meneng", "Nibok", "Uaboe", "Yaren"],
        "city": ["Yaren", "Aiwo", "Denigomodu", "Meneng", "Boe", "Anibare"],
        "mail": ["gmail.com", "cenpac.net.nr", "yahoo.com", "hotmail.com", "outlook.com"],
    },
    "ss": {   # South Sudan
        "m": ["Deng", "Garang", "Majok", "Mabior", "Lual", "Kuol", "Akol", "Wani", "Lado", "Ladu", "Taban",
              "Lokosang", "Gatluak", "Riek", "Chol", "Mayen"],
        "f": ["Nyandeng", "Achol", "Ayen", "Abuk", "Nyibol", "Adut", "Nyakuoth", "Nyachuol", "Rebecca", "Mary",
              "Poni", "Keji", "Jane", "Sarah", "Akuol", "Awut"],
        "last": ["Deng", "Garang", "Mayardit", "Machar", "Lado", "Akech", "Bol", "Wani", "Lomoro", "Gatkuoth",
                 "Ajak", "Kuol", "Tombe", "Manyang", "Lual", "Aguer", "Jada", "Modi"],
        "street": ["Ministries Road", "Airport Road", "Hai Cinema Road", "Nimule Road", "Yei Road", "Gudele Road",
                   "Kololo Road", "Tong Ping Road", "Juba Na Bari Road", "Bilpam Road"],
        "district": ["Hai Malakal", "Munuki", "Gudele", "Hai Jalaba", "Thongpiny", "Jebel", "Hai Referendum", "Kator",
                     "Lologo", "Hai Cinema"],
        "city": ["Juba", "Wau", "Malakal", "Yei", "Bor", "Torit", "Rumbek", "Aweil", "Bentiu", "Yambio"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    },
    "ky": {   # Cayman Islands
        "m": ["Kirkland", "Ezzard", "Alden", "Dwayne", "Rayal", "Orrett", "Wendell", "Kenneth", "Jervis", "Lemuel",
              "Delroy", "Clifton", "Arden", "Theodore", "Ryan", "Omar"],
        "f": ["Juliana", "Tara", "Sharon", "Verna", "Elvie", "Carmena", "Shirley", "Mabry", "Darlene", "Maxine",
              "Wendy", "Yvonne", "Catherine", "Nasha", "Lucille", "Roxanne"],
        "last": ["Ebanks", "Bodden", "McLaughlin", "Connolly", "Tibbetts", "Rivers", "Scott", "Jackson", "Powery",
                 "Seymour", "Whittaker", "Merren", "Solomon", "Bush", "Watler", "Yates", "Panton", "Hurlston",
                 "Kirkconnell", "Foster"],
        "street": ["Shedden Road", "Fort Street", "Crewe Road", "Walkers Road", "Eastern Avenue", "Hospital Road",
                   "Mary Street", "Elgin Avenue", "North Church Street", "Bodden Town Road", "Shamrock Road",
                   "Frank Sound Road"],
        "district": ["George Town", "West Bay", "Bodden Town", "North Side", "East End", "Cayman Brac",
                     "Little Cayman"],
        "city": ["George Town", "West Bay", "Bodden Town", "Savannah", "Stake Bay", "Blossom Village"],
        "mail": ["candw.ky", "gmail.com", "hotmail.com", "icloud.com", "yahoo.com"],
    },
    "tv": {   # Tuvalu: village and island, no street names
        "m": ["Apisai", "Enele", "Kausea", "Taukelina", "Saufatu", "Faimalaga", "Maatia", "Lotoala", "Monise", "Seve",
              "Tavau", "Ielemia", "Namoliki", "Falesa", "Kitiona", "Fuatino"],
        "f": ["Pelenike", "Katalina", "Lagi", "Tufoua", "Silafaga", "Losaline", "Maina", "Fakavae", "Meleane",
              "Temukisa", "Naama", "Saini", "Leota", "Selepa", "Teuleala", "Fulitua"],
        "last": ["Ielemia", "Natano", "Sopoaga", "Toafa", "Puapua", "Tafia", "Teo", "Paeniu", "Latasi", "Italeli",
                 "Kofe", "Seluka", "Tausi", "Malona", "Pita", "Simeona", "Vaguna", "Taafaki", "Homasi", "Panapa"],
        "street": ["Alapi", "Senala", "Fakaifou", "Vaiaku", "Lofeagai", "Teone", "Tekavatoetoe"],
        "district": ["Fongafale", "Funafala", "Amatuku", "Tengako"],
        "city": ["Funafuti", "Nanumea", "Nanumaga", "Niutao", "Nui", "Vaitupu", "Nukufetau", "Nukulaelae"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    },
    "cf": {   # Central African Republic
        "m": ["Faustin", "Anicet", "Thierry", "Firmin", "Sylvain", "Ange", "Simplice", "Jean-Serge", "Théodore",
              "Gervais", "Blaise", "Crépin", "Rodrigue", "Eloi", "Aristide", "Prosper"],
        "f": ["Catherine", "Odette", "Mireille", "Clarisse", "Brigitte", "Bernadette", "Léa", "Joséphine", "Nadège",
              "Flore", "Ghislaine", "Solange", "Pulchérie", "Aimée", "Chantal", "Gisèle"],
        "last": ["Ngaïkoïsset", "Kolingba", "Dologuélé", "Ngbangouma", "Yakété", "Mbaïkoua", "Gbadin", "Nzapayéké",
                 "Sarandji", "Ngrébada", "Doumta", "Kossi", "Zanga", "Gbazi", "Namkoïsse", "Malendoma", "Yangongo",
                 "Wanzet", "Ouamba", "Sélémby"],
        "street": ["Avenue Boganda", "Avenue des Martyrs", "Avenue de l'Indépendance", "Rue de la Kouanga",
                   "Avenue de France", "Rue Yakité", "Avenue Koudoukou", "Rue Ndrès"],
        "district": ["Boy-Rabe", "PK5", "Lakouanga", "Combattant", "Gobongo", "Fatima", "Ouango", "Benz-Vi",
                     "Miskine", "Galabadja"],
        "city": ["Bangui", "Bimbo", "Berbérati", "Bambari", "Bouar", "Bossangoa", "Carnot", "Kaga-Bandoro", "Bria"],
        "mail": ["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.fr"],
    },
    "sm": {   # San Marino
        "m": ["Marino", "Gian Carlo", "Stefano", "Luca", "Davide", "Matteo", "Federico", "Andrea", "Giacomo", "Nicola",
              "Paolo", "Alessandro", "Filippo", "Michele", "Roberto", "Teodoro"],
        "f": ["Giulia", "Francesca", "Elena", "Chiara", "Federica", "Valentina", "Silvia", "Marina", "Antonella",
              "Sara", "Alessia", "Barbara", "Monica", "Eleonora", "Martina", "Lucia"],
        "last": ["Gasperoni", "Mularoni", "Guidi", "Casali", "Giardi", "Zonzini", "Ugolini", "Renzi", "Berardi",
                 "Canti", "Valentini", "Gatti", "Selva", "Belluzzi", "Bollini", "Macina", "Righi", "Crescentini",
                 "Ceccoli", "Stolfi"],
        "street": ["Via Piana", "Strada di Paderna", "Via del Serrone", "Via 3 Settembre", "Via Ca' dei Lunghi",
                   "Strada Rovereta", "Via Consiglio dei Sessanta", "Via XXVIII Luglio", "Strada del Bargello",
                   "Via Gino Giacomini"],
        "district": ["Dogana", "Murata", "Falciano", "Rovereta", "Cailungo", "Galazzano", "Gualdicciolo", "Torraccia"],
        "city": ["Città di San Marino", "Borgo Maggiore", "Serravalle", "Domagnano", "Fiorentino", "Acquaviva",
                 "Faetano", "Montegiardino", "Chiesanuova"],
        "mail": ["omniway.sm", "libero.it", "gmail.com", "alice.it", "tiscali.it"],
    },
}
_CAP = {"Città di San Marino": "47890", "Borgo Maggiore": "47893", "Serravalle": "47899", "Domagnano": "47895",
        "Fiorentino": "47897", "Acquaviva": "47892", "Faetano": "47896", "Montegiardino": "47898",
        "Chiesanuova": "47894"}


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the country's shapes."""
    if cc == "nr":
        return f"+674 55{c.r.choice('4579')} {digits(c, 4)}", f"444 {digits(c, 4)}"
    if cc == "ss":
        return (f"+211 9{c.r.choice('1225')}{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}",
                f"09{c.r.choice('125')}{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}")
    if cc == "ky":
        return (f"(345) {c.r.choice(['916', '925', '926', '938', '329', '547'])}-{digits(c, 4)}",
                f"345-{c.r.choice(['949', '945', '947', '948'])}-{digits(c, 4)}")
    if cc == "tv":
        return f"+688 {c.r.choice(['90', '70', '71'])}{digits(c, 4)}", f"20{digits(c, 3)}"
    if cc == "cf":
        return (f"+236 {c.r.choice(['72', '75', '70', '77'])} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                f"21 61 {digits(c, 2)} {digits(c, 2)}")
    return f"+378 66 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", f"0549 9{digits(c, 2)} {digits(c, 3)}"


def _natid(c: Ctx, cc: str) -> str:
    """The identity-document number most used in the country (a passport where there is no national card)."""
    if cc == "nr":
        return f"RN{digits(c, 6)}"
    if cc == "ss":
        return f"{c.r.choice(['R', 'S'])}{digits(c, 8)}"
    if cc == "ky":
        return f"{c.r.choice(['C', 'K'])}{digits(c, 7)}"
    if cc == "tv":
        return f"TV{digits(c, 6)}"
    if cc == "cf":
        return f"{digits(c, 4)}/{digits(c, 5)}/{c.r.choice(['BG', 'OP', 'NA', 'MB'])}"
    return digits(c, c.r.choice([5, 6]))     # San Marino "codice ISS"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, town = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n = c.r.randint(1, 160)
    if cc == "nr":
        line, postcode = f"{street} {n}, {district}", ""
    elif cc == "ss":
        line, postcode = f"Plot {n}, Block {c.r.choice('ABCDEF')}, {street}, {district}", ""
    elif cc == "ky":
        line, postcode = f"{n} {street}", f"KY{c.r.choice('123')}-{c.r.choice('1234')}{digits(c, 3)}"
    elif cc == "tv":
        line, postcode = f"Fale {n}, {street}, {district}", ""
    elif cc == "cf":
        line, postcode = f"{street}, parcelle {n}, {district}", ""
    else:
        line, postcode = f"{street}, {n}", _CAP[town]
    full = ", ".join(x for x in (line, f"{postcode} {town}".strip()) if x)
    return {"line": line, "district": district, "city": town, "postcode": postcode, "full": full}


def make_person(c: Ctx, cc: str, y0: int = 1945, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = ascii_slug(f"{first.split()[0]}.{last}").replace("ï", "i").replace("é", "e")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
              "phone": landline, "email": email, "user": user, "natid": _natid(c, cc), "ip": public_ip(c),
              "token": alnum(c, 32, "abcdefghijklmnopqrstuvwxyz0123456789")}
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1945, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    """A person's full name not tied to any row (a relative, a contact person, a witness)."""
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def any_natid(cc: str) -> Gen:
    return lambda c, i: _natid(c, cc)


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]
