"""Hand-written value pools for the forty-sixth blind corpus part (schemas av_*): no Faker, no library word lists.

Names, streets, villages, mail domains, phone shapes and id shapes of five places were typed by hand: Brittany
(Breton names), Åland (Swedish), Cusco (Peru, Quechua names), Wallis and Futuna, and Madagascar. Every random draw
comes from the context's seeded `c.r`; one person's parts are drawn once per ("av", entity, row) and cached, so the
columns of a row agree. The generic draws (seq, fk, one, maybe, dates, ...) come from blind26_gens.py.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

from .blind26_gens import Gen, b64, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "bzh": {   # Brittany: Breton and French names
        "m": ["Yann", "Erwan", "Gwenaël", "Loïc", "Tanguy", "Ronan", "Maël", "Goulven", "Yannick", "Corentin", "Tugdual",
              "Alan", "Gwendal", "Riwal", "Brieuc", "Hervé", "Per", "Jakez"],
        "f": ["Nolwenn", "Soazig", "Annaïg", "Gwenola", "Maïwenn", "Katell", "Morgane", "Enora", "Rozenn", "Gaïd",
              "Anna", "Nolwenn", "Klervi", "Azilis", "Aziliz", "Mona", "Tifenn", "Youna"],
        "last": ["Le Gall", "Le Goff", "Kerhervé", "Le Bihan", "Tanguy", "Quéméneur", "Le Floc'h", "Guivarc'h", "Morvan",
                 "Le Du", "Cadiou", "Kervella", "Riou", "Le Roux", "Jaouen", "Le Borgne", "Prigent", "Coatanéa",
                 "Le Meur", "Kerdraon", "Guéguen", "Le Corre"],
        "street": ["rue de Kerfeunteun", "rue Saint-Mathieu", "hent Sant-Weltaz", "rue des Réguaires", "straed ar Vered",
                   "avenue de la Libération", "rue Jean Jaurès", "chemin de Kerlagatu", "rue du Chapeau Rouge",
                   "impasse de Penhars", "rue de Brest", "venelle du Pouldu"],
        "city": ["Quimper", "Brest", "Lorient", "Vannes", "Saint-Brieuc", "Morlaix", "Carhaix-Plouguer", "Lannion",
                 "Douarnenez", "Pontivy", "Landerneau", "Quimperlé"],
        "zip": ["29000", "29200", "56100", "56000", "22000", "29600", "29270", "22300", "29100", "56300", "29800", "29300"],
        "mail": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "wanadoo.fr", "bzh.me"],
    },
    "ax": {   # Åland: Swedish names
        "m": ["Johan", "Mikael", "Anders", "Kaj", "Fredrik", "Henrik", "Stefan", "Jan-Erik", "Mats", "Tomas", "Björn",
              "Linus", "Roger", "Patrik", "Kim", "Ulf", "Göran", "Niklas"],
        "f": ["Anna", "Maria", "Lena", "Camilla", "Ulrika", "Sofia", "Johanna", "Katarina", "Ann-Sofie", "Elin", "Ida",
              "Malin", "Gunilla", "Birgitta", "Pia", "Susanne", "Jessica", "Britt-Marie"],
        "last": ["Eriksson", "Karlsson", "Mattsson", "Sundblom", "Lindholm", "Nordlund", "Jansson", "Gustafsson",
                 "Söderlund", "Holmström", "Mörn", "Fellman", "Sjöblom", "Sundström", "Husell", "Dahlén", "Lundqvist",
                 "Sjölund", "Blomqvist", "Östling", "Grönlund", "Aspelin"],
        "street": ["Torggatan", "Storagatan", "Norra Esplanadgatan", "Ålandsvägen", "Skarpansvägen", "Strandgatan",
                   "Södragatan", "Nygatan", "Österleden", "Styrmansgatan", "Övernäsvägen", "Bygatan", "Kyrkvägen",
                   "Ringvägen", "Näfsbyvägen"],
        "city": ["Mariehamn", "Mariehamn", "Jomala", "Finström", "Saltvik", "Sund", "Lemland", "Hammarland", "Eckerö",
                 "Geta", "Vårdö", "Föglö", "Kökar", "Brändö", "Lumparland"],
        "zip": ["AX-22100", "AX-22120", "AX-22150", "AX-22410", "AX-22430", "AX-22520", "AX-22610", "AX-22240",
                "AX-22270", "AX-22340", "AX-22550", "AX-22710", "AX-22730", "AX-22940", "AX-22630"],
        "mail": ["aland.net", "gmail.com", "hotmail.com", "outlook.com", "multi.fi", "icloud.com"],
    },
    "pe": {   # Cusco, Peru: Spanish and Quechua names
        "m": ["Wilber", "Yuri", "Edwin", "Rubén", "Inti", "Américo", "Hilario", "Walter", "Fredy", "Percy", "Julio César",
              "Abel", "Nilo", "Vidal", "Efraín", "Ronald"],
        "f": ["Yeny", "Nélida", "Rosa Luz", "Sumaq", "Killa", "Yesica", "Maribel", "Felícitas", "Luz Marina", "Nilda",
              "Karina", "Delia", "Gladys", "Ruth", "Sonia", "Yolanda"],
        "last": ["Huamán", "Ccori", "Quispe", "Ttito", "Huillca", "Cusihuallpa", "Ccoa", "Puma", "Yupanqui", "Sayre",
                 "Huarancca", "Condori", "Villena", "Zamalloa", "Farfán", "Cáceres", "Loayza", "Paucar", "Chillihuani",
                 "Mamani"],
        "street": ["Av. El Sol", "Calle Plateros", "Calle Tecsecocha", "Av. de la Cultura", "Calle Saphi", "Calle Tullumayo",
                   "Av. Tomasa Ttito Condemayta", "Calle Choquechaca", "Av. Pachacútec", "Calle Recoleta", "Jr. Ayacucho"],
        "city": ["Cusco", "Cusco", "Wanchaq", "San Sebastián", "Santiago", "Urubamba", "Pisac", "Ollantaytambo",
                 "Calca", "Sicuani", "Quillabamba", "Chinchero"],
        "zip": ["08001", "08002", "08003", "08006", "08004", "08661", "08420", "08675", "08431", "08251", "08741", "08605"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "live.com"],
    },
    "wf": {   # Wallis and Futuna: Wallisian and Futunian names, French forms
        "m": ["Sosefo", "Petelo", "Soane", "Atonio", "Mikaele", "Malakai", "Felise", "Kamilo", "Setefano", "Lutoviko",
              "Tomasi", "Aloisio", "Paulo", "Silio", "Manuele", "Vitolio"],
        "f": ["Malia", "Kalolaine", "Lusia", "Telesia", "Falakika", "Elisapeta", "Sisilia", "Akata", "Losa", "Seini",
              "Veronika", "Temaleti", "Alesia", "Mele", "Kolotita", "Anatalia"],
        "last": ["Falelavaki", "Tauvale", "Takaniko", "Manufekai", "Folituu", "Lie", "Talomafaia", "Mulikihaamea",
                 "Tialetagi", "Muliakaaka", "Tuulaki", "Lauhea", "Taofifenua", "Vaitanoa", "Mau", "Sako", "Tukumuli",
                 "Halagahu", "Fulilagi", "Moefana"],
        "street": ["route de Liku", "route de Vaitupu", "chemin de Mala'e", "route de Halalo", "route de Mu'a",
                   "chemin de Ha'afuasia", "route de Leava", "chemin de Kolia", "route d'Ono", "route de Tavai"],
        "city": ["Mata-Utu", "Liku", "Vaitupu", "Mala'e", "Ha'afuasia", "Akaaka", "Halalo", "Utufua", "Lavegahau",
                 "Leava", "Ono", "Poi", "Kolia", "Vele", "Tavai"],
        "zip": ["98600"],
        "mail": ["mail.wf", "gmail.com", "hotmail.fr", "yahoo.fr", "outlook.fr"],
    },
    "mg": {   # Madagascar: Malagasy names
        "m": ["Hery", "Tiana", "Mamy", "Njaka", "Fidy", "Rivo", "Tojo", "Faly", "Haja", "Andry", "Toky", "Naina",
              "Rado", "Solofo", "Zo", "Lova"],
        "f": ["Fanja", "Voahangy", "Lalao", "Haingo", "Miora", "Nirina", "Soa", "Ony", "Volatiana", "Holy", "Hanitra",
              "Malala", "Rindra", "Tahina", "Sitraka", "Noro"],
        "last": ["Rakotomalala", "Randrianarisoa", "Rasoanirina", "Andriamanantena", "Razafindrakoto", "Rabemananjara",
                 "Ravelojaona", "Rakotonirina", "Andrianaivo", "Ratsimbazafy", "Rasolofomanana", "Razanamparany",
                 "Rajaonarison", "Ramanantsoa", "Raharimalala", "Andrianjafy", "Rafanomezantsoa", "Rabarison"],
        "street": ["Lalana Rainandriamampandry", "Lalana Ratsimilaho", "Arabe Andrianampoinimerina", "Lalana Dok. Villette",
                   "Arabe Ramanantsoa", "Lalana Rabezavana", "Lot IVG 204", "Lot II M 85", "Lot VB 43", "Lot IBG 12"],
        "district": ["Analakely", "Isotry", "Ambohipo", "Andravoahangy", "Ankadifotsy", "67 Ha", "Ampefiloha", "Behoririka",
                     "Ankorondrano", "Itaosy", "Ambohimanarina", "Mahamasina"],
        "city": ["Antananarivo", "Antananarivo", "Antsirabe", "Toamasina", "Fianarantsoa", "Mahajanga", "Ambatolampy",
                 "Moramanga"],
        "zip": ["101", "101", "110", "501", "301", "401", "111", "514"],
        "mail": ["gmail.com", "yahoo.fr", "moov.mg", "hotmail.com", "telma.net"],
    },
}

def slug(s: str) -> str:
    """Lower-case ASCII for user names and mailboxes (accents dropped, spaces and apostrophes removed)."""
    flat = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return flat.lower().replace(" ", "").replace("'", "")


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(c: Ctx, sex: str, birth: dt.date) -> str:
    """A Finnish personal identity code (Åland uses it): DDMMYY, century sign, serial (odd for men), mod-31 check."""
    n = c.r.randrange(2, 899)
    n += (n % 2 == 0) if sex == "M" else (n % 2 == 1)
    body = f"{birth:%d%m%y}{n:03d}"
    sign = "-" if birth.year < 2000 else "A"
    return f"{birth:%d%m%y}{sign}{n:03d}{_HETU_CHECK[int(body) % 31]}"


def nir(c: Ctx, sex: str, birth: dt.date, place: str) -> str:
    """A French NIR (sécurité sociale) with its mod-97 key; place is the 5-character birth commune code."""
    body = f"{1 if sex == 'M' else 2}{birth:%y%m}{place}{c.r.randrange(1, 999):03d}"
    return f"{body} {97 - int(body) % 97:02d}"


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "ax":
        return hetu(c, sex, birth)
    if cc == "bzh":
        return nir(c, sex, birth, c.r.choice(["29232", "29019", "56121", "22278", "29151"]))
    if cc == "wf":
        return nir(c, sex, birth, c.r.choice(["98611", "98612", "98613"]))
    if cc == "pe":   # DNI, eight digits
        return f"{c.r.choice('4724')}{digits(c, 7)}"
    # Madagascar CIN: province, district, sex digit, serial
    return f"{c.r.choice('1123')}{c.r.randint(1, 19):02d} {1 if sex == 'M' else 2}{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the place's shapes."""
    if cc == "bzh":
        return (f"06 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                f"02 98 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}")
    if cc == "ax":
        return (f"+358 {c.r.choice(['40', '457', '50', '44'])} {digits(c, 3)} {digits(c, 4)}", f"018 {digits(c, 5)}")
    if cc == "pe":
        return (f"+51 9{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}", f"(084) {c.r.choice('2')}{digits(c, 5)}")
    if cc == "wf":
        return (f"+681 {c.r.choice(['82', '83', '84'])} {digits(c, 2)} {digits(c, 2)}",
                f"{c.r.choice(['72', '48'])} {digits(c, 2)} {digits(c, 2)}")
    return (f"+261 3{c.r.choice('2348')} {digits(c, 2)} {digits(c, 3)} {digits(c, 2)}", f"020 22 {digits(c, 3)} {digits(c, 2)}")


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    k = c.r.randrange(len(p["city"]))
    city, zipc = p["city"][k], p["zip"][k % len(p["zip"])]
    n, street = c.r.randint(1, 180), c.r.choice(p["street"])
    if cc == "bzh":
        line = f"{n} {street}"
    elif cc == "ax":
        line = f"{street} {n}" + (f" {c.r.choice('ABC')} {c.r.randint(1, 14)}" if c.r.random() < 0.4 else "")
    elif cc == "pe":
        line = f"{street} {n * 3}" + (f" Int. {c.r.randint(1, 12)}" if c.r.random() < 0.3 else "")
    elif cc == "wf":
        line = f"{street}, BP {c.r.randint(1, 900)}"
    else:
        line = f"{street} {c.r.choice(p['district'])}"
    return {"line": line, "city": city, "zip": zipc, "full": f"{line}, {zipc} {city}"}


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = slug(f"{first.split()[0]}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(2, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
              "phone": landline, "email": email, "user": user, "natid": _natid(c, cc, sex, birth), "ip": public_ip(c)}
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1945, y1: int = 2004) -> Gen:
    """One field of the person of row i of `entity` (drawn once per ("av", entity, row))."""
    return lambda c, i: cached(c, ("av", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    """A full name tied to no row (a relative, a contact person, a substitute)."""
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def any_landline(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[1]


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def city(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["city"])


def geo(lat: float, lon: float, spread: float, axis: int) -> Gen:
    """Latitude (axis 0) or longitude (axis 1) near a point, six decimals."""
    centre = (lat, lon)[axis]
    return lambda c, i: Decimal(str(round(centre + c.r.uniform(-spread, spread), 6)))


def argon2(c: Ctx) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"
