"""Hand-typed people of six countries for the thirtieth blind corpus part (schemas af_*): names, streets, towns,
phone shapes and id shapes of Qatar, Madagascar, Gibraltar, Costa Rica, Andorra and the Bahamas. No Faker.

`person(c, country, entity, row)` draws the parts of one person once and caches them per (entity, row), so the
columns of a row (and rows of other tables that point at the same entity row) agree.
"""
from __future__ import annotations

import datetime as dt
import random
import unicodedata
from typing import Any

_MEMO: dict[tuple, dict[str, Any]] = {}


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum() or ch in "-"))


# ---- Qatar (GLPI) ---------------------------------------------------------------------------------------------
QA = {
    "m": ["Mohammed", "Abdullah", "Khalid", "Hamad", "Jassim", "Ali", "Saad", "Nasser", "Fahad", "Tamim", "Rajesh",
          "Arjun", "Joel", "Mark Anthony", "Omar", "Yousef"],
    "f": ["Aisha", "Maryam", "Noora", "Hessa", "Moza", "Sheikha", "Fatima", "Reem", "Latifa", "Priya", "Maricel",
          "Jovelyn", "Dana", "Shaikha"],
    "l": ["Al-Thani", "Al-Kuwari", "Al-Marri", "Al-Mannai", "Al-Sulaiti", "Al-Naimi", "Al-Mohannadi", "Al-Emadi",
          "Al-Kaabi", "Al-Hajri", "Al-Dosari", "Al-Obaidly", "Nair", "Menon", "Santos", "Dela Cruz", "Haddad"],
    "towns": ["Doha", "Al Rayyan", "Al Wakrah", "Lusail", "Al Khor", "Umm Salal", "Al Daayen"],
    "mail": ["gmail.com", "outlook.com", "qatar.net.qa", "yahoo.com", "hotmail.com"],
}


def _qa(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"+974 {r.choice('3567')}{_d(r, 3)} {_d(r, 4)}"
    p["landline"] = f"+974 44{_d(r, 2)} {_d(r, 4)}"
    nat = r.choice(["634", "634", "634", "356", "608", "400", "586"])          # Qatar, India, Philippines, Jordan...
    p["nid"] = ("2" if p["birth"].year < 2000 else "3") + f"{p['birth'].year % 100:02d}{nat}{_d(r, 5)}"
    p["street"] = f"Building {r.randint(1, 120)}, Street {r.randint(200, 990)}, Zone {r.randint(1, 98)}"
    p["postcode"] = f"P.O. Box {r.randint(1000, 39999)}"


# ---- Madagascar (Ushahidi) ------------------------------------------------------------------------------------
MG = {
    "m": ["Hery", "Jean", "Rivo", "Tiana", "Andry", "Mamy", "Haja", "Njaka", "Toky", "Faly", "Rado", "Solofo",
          "Tojo", "Fidy"],
    "f": ["Voahangy", "Lalao", "Hanta", "Nirina", "Fara", "Soa", "Tahina", "Miora", "Holy", "Onja", "Fanja",
          "Vola", "Nomena"],
    "l": ["Rakotomalala", "Randrianarisoa", "Rasoanaivo", "Razafindrakoto", "Andrianjafy", "Rabemananjara",
          "Ravelomanana", "Rakotondrabe", "Ramanantsoa", "Razanamparany", "Rajaonarison", "Andriamahefa",
          "Rasolofoniaina", "Randriamampionona"],
    "towns": ["Antananarivo", "Toamasina", "Mahajanga", "Fianarantsoa", "Toliara", "Antsiranana", "Morondava",
              "Manakara", "Ambositra", "Sambava"],
    "mail": ["gmail.com", "yahoo.fr", "moov.mg", "outlook.fr"],
}
_MG_QUARTERS = ["Antsakaviro", "Ankadifotsy", "Isotry", "Ambohijatovo", "Analakely", "Ampefiloha", "Andravoahangy",
                "Mahamasina", "Ankorondrano", "Ivandry", "Tsaralalana", "Besarety"]


def _mg(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"+261 {r.choice(['32', '33', '34', '38'])} {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}"
    p["landline"] = f"+261 20 22 {_d(r, 3)} {_d(r, 2)}"
    p["nid"] = f"{r.randint(1, 7)}{_d(r, 4)}{1 if p['sex'] == 'M' else 2}{_d(r, 6)}"
    p["street"] = (f"Lot {r.choice(['II', 'IV', 'VI', 'III'])} {r.choice('ABGMK')} {r.randint(1, 300)} "
                   f"{r.choice(_MG_QUARTERS)}")
    p["postcode"] = str(r.choice([101, 102, 103, 105, 501, 401, 301, 601, 201]))


# ---- Gibraltar (Documenso) ------------------------------------------------------------------------------------
GI = {
    "m": ["James", "Daniel", "Luis", "Joseph", "Nicholas", "Mark", "Albert", "Christian", "Julian", "Keith",
          "Charles", "Adrian"],
    "f": ["Sarah", "Nadine", "Rebecca", "Marie", "Gemma", "Kelly", "Claire", "Jessica", "Samantha", "Lourdes",
          "Giselle"],
    "l": ["Caruana", "Bossano", "Garcia", "Linares", "Feetham", "Cortes", "Mascarenhas", "Sacramento", "Vasquez",
          "Holliday", "Netto", "Olivero", "Balban", "Montegriffo", "Azopardi", "Reyes", "Sanchez", "Hassan"],
    "towns": ["Gibraltar", "Gibraltar", "Gibraltar", "Catalan Bay"],
    "mail": ["gibtelecom.net", "gmail.com", "sapphire.gi", "hotmail.co.uk", "outlook.com"],
}
_GI_STREETS = ["Main Street", "Irish Town", "Line Wall Road", "Queensway", "Europa Road", "Engineer Lane",
               "Governor's Street", "Cornwall's Lane", "Devil's Gap Road", "Witham's Road", "Castle Road",
               "Town Range", "Rosia Road"]
_GI_ESTATES = ["Harbour Views", "Laguna Estate", "Glacis Estate", "Varyl Begg Estate", "Mid-Harbour Estate",
               "Ocean Village", "Gib V Estate", "Kings Wharf"]


def _gi(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"+350 5{r.choice('4678')}{_d(r, 2)} {_d(r, 4)}"
    p["landline"] = f"+350 200 {_d(r, 5)}"
    p["nid"] = f"{_d(r, 6)}{r.choice('ABCDEFGH')}"
    p["street"] = (f"{r.randint(1, 240)} {r.choice(_GI_STREETS)}" if r.random() < 0.5 else
                   f"Flat {r.randint(1, 90)}, {r.choice(['Block', 'House'])} {r.randint(1, 12)}, "
                   f"{r.choice(_GI_ESTATES)}")
    p["postcode"] = "GX11 1AA"


# ---- Costa Rica (FreeScout) -----------------------------------------------------------------------------------
CR = {
    "m": ["José", "Luis", "Carlos", "Jorge", "Andrés", "Esteban", "Diego", "Mauricio", "Randall", "Minor", "Greivin",
          "Alonso"],
    "f": ["María", "Ana", "Laura", "Sofía", "Daniela", "Karla", "Marcela", "Yorleny", "Hazel", "Adriana", "Melissa",
          "Katherine"],
    "l": ["Rodríguez", "Vargas", "Jiménez", "Mora", "Rojas", "Solís", "Araya", "Chaves", "Quesada", "Alvarado",
          "Zúñiga", "Villalobos", "Brenes", "Monge", "Calderón", "Ulate", "Murillo", "Cordero"],
    "towns": ["San José", "Escazú", "Heredia", "Alajuela", "Cartago", "Liberia", "Puntarenas", "Limón",
              "Desamparados", "Curridabat", "San Ramón", "Grecia"],
    "mail": ["gmail.com", "hotmail.com", "racsa.co.cr", "ice.co.cr", "yahoo.com"],
}
_CR_MARKS = ["del Palí", "de la iglesia católica", "del antiguo Higuerón", "de la plaza de deportes",
             "del AyA", "de la escuela", "del Más x Menos", "de la bomba Shell", "del parque central"]


def _cr(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"+506 {r.choice('678')}{_d(r, 3)}-{_d(r, 4)}"
    p["landline"] = f"+506 2{_d(r, 3)}-{_d(r, 4)}"
    p["nid"] = f"{r.randint(1, 7)}-{r.randint(100, 1999):04d}-{r.randint(1, 999):04d}"
    mark = r.choice(_CR_MARKS)
    p["street"] = (f"{mark[0].upper()}{mark[1:]} {r.choice([100, 200, 300, 400, 50, 75])} m "
                   f"{r.choice(['norte', 'sur', 'este', 'oeste'])}, casa {r.choice(['esquinera', 'color verde', 'portón negro', str(r.randint(1, 40))])}")
    p["postcode"] = f"{r.randint(1, 7)}0{r.randint(1, 20):02d}{r.randint(1, 9):01d}"


# ---- Andorra (estació d'esquí) --------------------------------------------------------------------------------
AD = {
    "m": ["Jordi", "Marc", "Pere", "Joan", "Xavier", "Oriol", "Pau", "Albert", "Josep", "Ferran", "Arnau", "Gerard"],
    "f": ["Montserrat", "Núria", "Meritxell", "Laia", "Anna", "Marta", "Judit", "Carme", "Mireia", "Roser", "Clara"],
    "l": ["Pujol", "Puig", "Cerqueda", "Riba", "Casal", "Font", "Vila", "Torres", "Mas", "Armengol", "Naudi",
          "Tomàs", "Gelabert", "Fiter", "Espot", "Marticella", "Call", "Moles"],
    "towns": ["Canillo", "Encamp", "Ordino", "La Massana", "Andorra la Vella", "Sant Julià de Lòria",
              "Escaldes-Engordany", "Soldeu", "Arinsal", "Pas de la Casa"],
    "mail": ["andorra.ad", "gmail.com", "hotmail.es", "mypic.ad", "outlook.es"],
}
_AD_STREETS = ["Avinguda Meritxell", "Carrer de la Unió", "Avinguda Carlemany", "Carretera General",
               "Carrer Prat de la Creu", "Avinguda del Fener", "Carrer Major", "Avinguda de Sant Antoni",
               "Carrer dels Escalls", "Plaça del Poble"]


def _ad(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"+376 {r.choice('36')}{_d(r, 2)} {_d(r, 3)}"
    p["landline"] = f"+376 8{_d(r, 2)} {_d(r, 3)}"
    p["nid"] = f"F-{_d(r, 6)}-{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"          # NRT of a natural person
    p["street"] = f"{r.choice(_AD_STREETS)}, {r.randint(1, 120)}, {r.randint(1, 6)}r {r.randint(1, 4)}a"
    p["postcode"] = f"AD{r.randint(1, 7)}00"


# ---- Bahamas (firearms licensing) -----------------------------------------------------------------------------
BS = {
    "m": ["Dwayne", "Kendrick", "Philip", "Perry", "Hubert", "Chavez", "Anthon", "Dion", "Marvin", "Shane",
          "Tyrone", "Godfrey"],
    "f": ["Shavonne", "Keva", "Latoya", "Deandra", "Tamika", "Sheniqua", "Pamela", "Lakeisha", "Cheryl", "Tanya"],
    "l": ["Rolle", "Knowles", "Ferguson", "Smith", "Pinder", "Strachan", "Bethel", "Cartwright", "Moss", "Sands",
          "Darville", "Major", "Munnings", "Bain", "Mackey", "Thompson", "Saunders", "Deveaux"],
    "towns": ["Nassau", "Nassau", "Freeport", "Marsh Harbour", "George Town", "Andros Town", "Spanish Wells",
              "Rock Sound", "Governor's Harbour"],
    "mail": ["gmail.com", "yahoo.com", "coralwave.com", "batelnet.bs", "hotmail.com"],
}
_BS_STREETS = ["Soldier Road", "Carmichael Road", "East Street South", "Wulff Road", "Blue Hill Road",
               "Prince Charles Drive", "Baillou Hill Road", "Robinson Road", "Marathon Road", "Fox Hill Road",
               "Queen's Highway", "Coral Road"]


def _bs(r: random.Random, p: dict[str, Any]) -> None:
    p["mobile"] = f"(242) {r.choice(['42', '43', '44', '52', '55', '80', '81'])}{_d(r, 1)}-{_d(r, 4)}"
    p["landline"] = f"(242) 3{r.choice('2346')}{_d(r, 1)}-{_d(r, 4)}"
    p["nid"] = _d(r, 9)                                                      # NIB number, random in shape
    p["street"] = f"#{r.randint(1, 90)} {r.choice(_BS_STREETS)}"
    p["postcode"] = f"P.O. Box {r.choice('NSFNNC')}-{r.randint(1000, 9999)}"


_COUNTRIES = {"QA": (QA, _qa), "MG": (MG, _mg), "GI": (GI, _gi), "CR": (CR, _cr), "AD": (AD, _ad), "BS": (BS, _bs)}


def person(c: Any, country: str, entity: str, row: int) -> dict[str, Any]:
    """The parts of one person of `country`, drawn once per (context, entity, row)."""
    key = (c.r, country, entity, row)
    if key not in _MEMO:
        data, fill = _COUNTRIES[country]
        r = c.r
        sex = r.choice("MF")
        first = r.choice(data["m" if sex == "M" else "f"])
        last = r.choice(data["l"])
        if country == "CR":
            last = f"{last} {r.choice(data['l'])}"
        p: dict[str, Any] = {"first": first, "last": last, "full": f"{first} {last}", "sex": sex,
                             "birth": dt.date(1940, 1, 1) + dt.timedelta(days=r.randint(0, 23000)),
                             "town": r.choice(data["towns"])}
        p["user"] = (_ascii(first)[:1] + _ascii(last.split()[0])).lower().replace("-", "")
        p["email"] = (f"{_ascii(first).lower()}.{_ascii(last.split()[0]).lower().replace('al-', '')}"
                      f"{r.choice(['', '', str(r.randint(1, 99))])}@{r.choice(data['mail'])}")
        fill(r, p)
        p["address"] = f"{p['street']}, {p['postcode']} {p['town']}"
        _MEMO[key] = p
    return _MEMO[key]
