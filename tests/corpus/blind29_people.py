"""Hand-typed people of the twenty-ninth blind corpus part: names, streets, phones and id shapes of six countries.

One person is drawn once per (country, entity, row) from the context's seeded random and cached, so the columns of a
row agree, and so do rows of other tables that point at the same (entity, row).
"""
from __future__ import annotations

import random
import string
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from stdnum import luhn
from stdnum.az import voen

_PEOPLE: "weakref.WeakKeyDictionary[random.Random, dict]" = weakref.WeakKeyDictionary()


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def ascii_of(text: str) -> str:
    """Lower-case ASCII of a name, for e-mail local parts and logins."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum())


@dataclass(frozen=True)
class Country:
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    domains: tuple[str, ...]
    mobile: Callable[[random.Random], str]
    landline: Callable[[random.Random], str]
    street: Callable[[random.Random], str]
    cities: tuple[str, ...]
    postcode: Callable[[random.Random], str]
    nid: Callable[[random.Random, dict], str]
    feminine: Callable[[str], str] = lambda family: family


# --- Azerbaijan -------------------------------------------------------------------------------------------------
_AZ_STREETS = ("Nizami küç.", "Füzuli küç.", "Azadlıq pr.", "Neftçilər pr.", "Səməd Vurğun küç.", "Təbriz küç.",
               "Rəşid Behbudov küç.", "Bülbül pr.", "Həsən bəy Zərdabi pr.", "Atatürk pr.", "Xətai pr.",
               "Zərifə Əliyeva küç.", "Cəfər Cabbarlı küç.", "Mirzə İbrahimov küç.")


def _az_fin(r: random.Random, p: dict) -> str:
    """The seven-character personal code (FIN) printed on the ID card: random in shape, no check computed."""
    return "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))


def az_voen(r: random.Random, natural: bool = True) -> str:
    """A VÖEN tax number: region, serial, stdnum-computed check digit, then 2 (natural) or 1 (legal person)."""
    tail = "2" if natural else "1"
    while True:
        head = r.choice(("14", "15", "17", "19", "20", "13")) + _d(r, 6)
        for k in "0123456789":
            if voen.is_valid(head + k + tail):
                return head + k + tail


AZ = Country(
    male=("Elvin", "Rashad", "Tural", "Orkhan", "Kamran", "Farid", "Nijat", "Ilkin", "Ramil", "Samir", "Vugar",
          "Anar", "Elnur", "Javid", "Ruslan", "Emin", "Fuad", "Zaur"),
    female=("Leyla", "Gunel", "Aysel", "Nigar", "Sevinj", "Lala", "Narmin", "Aynur", "Konul", "Sabina", "Gulnar",
            "Ulviyya", "Fidan", "Khadija", "Aytan", "Turkan"),
    family=("Aliyev", "Mammadov", "Hasanov", "Guliyev", "Huseynov", "Ismayilov", "Abbasov", "Jafarov", "Rzayev",
            "Karimov", "Babayev", "Safarov", "Mustafayev", "Valiyev", "Gasimov", "Ahmadov", "Nabiyev", "Orujov"),
    domains=("mail.ru", "gmail.com", "box.az", "yahoo.com", "rambler.ru"),
    mobile=lambda r: f"+994 {r.choice(('50', '51', '55', '70', '77', '99'))} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    landline=lambda r: f"(012) 4{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    street=lambda r: f"{r.choice(_AZ_STREETS)} {r.randint(1, 160)}, mən. {r.randint(1, 90)}",
    cities=("Bakı", "Bakı", "Bakı", "Sumqayıt", "Gəncə", "Mingəçevir", "Şəki", "Lənkəran", "Şirvan", "Quba"),
    postcode=lambda r: f"AZ{r.randint(1000, 1150)}",
    nid=_az_fin,
    feminine=lambda family: family + "a",
)

# --- Lebanon ----------------------------------------------------------------------------------------------------
_LB_STREETS = ("Rue Hamra", "Rue Bliss", "Rue Gouraud", "Rue Monot", "Rue Abdel Aziz", "Avenue Charles Helou",
               "Rue Verdun", "Rue Mar Elias", "Rue de Damas", "Rue Armenia", "Rue Pasteur", "Rue Sursock",
               "Rue Makdessi", "Rue Jeanne d'Arc", "Rue Clemenceau")
_LB_BLDGS = ("Bldg Saroulla", "Imm. Khoury", "Bldg Najjar", "Imm. Rizk", "Bldg Azar", "Imm. Farah", "Bldg Tabet",
             "Imm. Daouk", "Bldg Chehab", "Imm. Salam")

LB = Country(
    male=("Karim", "Rami", "Ziad", "Elie", "Georges", "Hussein", "Ali", "Mohammad", "Tarek", "Nadim", "Fadi",
          "Walid", "Joseph", "Bilal", "Samir", "Hadi", "Antoine", "Khaled", "Charbel", "Omar"),
    female=("Maya", "Rana", "Nour", "Lara", "Rita", "Zeinab", "Fatima", "Hiba", "Carla", "Nadine", "Rima", "Joelle",
            "Layal", "Maha", "Sara", "Yara", "Mireille", "Dima"),
    family=("Haddad", "Khoury", "Saad", "Nassar", "Hamdan", "Khalil", "Fakhoury", "Sleiman", "Abi Nader", "Mansour",
            "Daher", "Harb", "Younes", "Kassem", "Fares", "Moussa", "Rizk", "Bou Saab", "Achkar", "Jaber", "Issa",
            "Tannous", "Zaarour", "Chidiac"),
    domains=("gmail.com", "hotmail.com", "idm.net.lb", "yahoo.com", "outlook.com"),
    mobile=lambda r: (lambda p: f"+961 {p} {_d(r, 3)} {_d(r, 3)}")(r.choice(("3", "70", "71", "76", "78", "81"))),
    landline=lambda r: f"01 {r.choice(('34', '35', '74', '75', '36'))}{_d(r, 1)} {_d(r, 3)}",
    street=lambda r: f"{r.choice(_LB_STREETS)}, {r.choice(_LB_BLDGS)}, {r.randint(1, 9)}e étage",
    cities=("Beirut", "Beirut", "Tripoli", "Sidon", "Tyre", "Jounieh", "Zahle", "Byblos", "Baabda", "Aley",
            "Nabatieh", "Batroun"),
    postcode=lambda r: f"{r.randint(1100, 1700)} {r.randint(2000, 9000)}",
    nid=lambda r, p: _d(r, 12),               # ID card number: random in shape, no checksum known to the author
)

# --- Timor-Leste -------------------------------------------------------------------------------------------------
TL_SUCOS = ("Bidau Lecidere", "Becora", "Comoro", "Bairo Pite", "Vila Verde", "Caicoli", "Farol", "Tibar", "Hera",
            "Metinaro", "Maubara", "Vemasse", "Gleno", "Railaco", "Letefoho", "Same", "Uatolari", "Lospalos")
_TL_ALDEIAS = ("20 de Setembro", "Ailok Laran", "Mota Ulun", "Fatu Hada", "Rai Kotu", "Aimeti Laran", "Lemocari",
               "Bebonuk", "Manleuana", "Beto Tasi", "Hali Dolar", "Kampung Baru")

TL = Country(
    male=("Joaquim", "Domingos", "Mateus", "Agostinho", "Francisco", "José", "António", "Manuel", "Marcelino",
          "Abílio", "Tomás", "Lourenço", "Zeferino", "Cipriano", "Alarico", "Gaspar"),
    female=("Maria", "Ana", "Jacinta", "Natália", "Zélia", "Olinda", "Filomena", "Rosalina", "Madalena", "Teresa",
            "Ermelinda", "Joana", "Áurea", "Lúcia", "Angelina", "Delfina"),
    family=("da Silva", "Soares", "Guterres", "Ximenes", "Pereira", "Amaral", "da Costa", "Freitas", "Belo",
            "dos Santos", "Fernandes", "Martins", "Mendonça", "Sarmento", "Pinto", "Alves", "Lopes", "de Araújo",
            "Barreto", "do Rosário"),
    domains=("gmail.com", "yahoo.com", "hotmail.com"),
    mobile=lambda r: f"+670 7{r.choice('3678')}{_d(r, 2)} {_d(r, 4)}",
    landline=lambda r: f"+670 33{_d(r, 2)} {_d(r, 3)}",
    street=lambda r: f"Aldeia {r.choice(_TL_ALDEIAS)}, Suco {r.choice(TL_SUCOS)}",
    cities=("Dili", "Dili", "Baucau", "Ermera", "Liquiçá", "Aileu", "Manufahi", "Viqueque", "Lautém", "Bobonaro",
            "Covalima", "Ainaro", "Manatuto"),
    postcode=lambda r: "",
    nid=lambda r, p: f"{r.randint(1, 13):02d}-{_d(r, 7)}",    # electoral card shape as the author imagines it
)

# --- Guernsey -----------------------------------------------------------------------------------------------------
_GG_HOUSES = ("Le Courtil", "Les Landes Cottage", "Sunnyside", "La Maison Blanche", "Belle Vue", "Les Hougues",
              "Le Vieux Moulin", "Rose Cottage", "La Chaumière", "Les Câches", "Seaview", "Le Douit")
_GG_ROADS = ("Les Banques", "Le Pollet", "Les Vardes", "Rue des Frênes", "La Route de la Lague", "Rue du Pré",
             "Les Gravées", "Mount Durand", "Vauvert", "Rue de la Cache", "La Grande Rue", "Route de Cobo",
             "Rue des Marais", "Les Effards")

GG = Country(
    male=("Paul", "Mark", "James", "Nigel", "Richard", "Simon", "Peter", "David", "Andrew", "Matthew", "Gavin",
          "Colin", "Stuart", "Jonathan", "Tony"),
    female=("Sarah", "Claire", "Emma", "Louise", "Rachel", "Helen", "Joanne", "Nicola", "Kate", "Julie", "Sophie",
            "Amy", "Gemma", "Lisa"),
    family=("Le Page", "Ogier", "Le Prevost", "Brehaut", "Le Tissier", "De Garis", "Mahy", "Robilliard",
            "Le Cheminant", "Tostevin", "Bichard", "Falla", "Le Noury", "Martel", "Gallienne", "Dorey",
            "Le Poidevin", "Ozanne", "Torode", "Queripel"),
    domains=("cwgsy.net", "gmail.com", "suremail.gg", "hotmail.co.uk", "icloud.com"),
    mobile=lambda r: f"{r.choice(('07781', '07911', '07839', '07700'))} {_d(r, 6)}",
    landline=lambda r: f"01481 {r.choice('2457')}{_d(r, 5)}",
    street=lambda r: f"{r.choice(_GG_HOUSES)}, {r.choice(_GG_ROADS)}",
    cities=("St Peter Port", "St Sampson", "Vale", "Castel", "St Saviour", "St Pierre du Bois", "Torteval",
            "Forest", "St Martin", "St Andrew"),
    postcode=lambda r: f"GY{r.randint(1, 8)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
                       f"{r.choice('ABDEFGHJLNPQRSTUWXY')}",
    nid=lambda r, p: f"GY{_d(r, 6)}",        # social security number shape as remembered, random digits
)

# --- Maldives -----------------------------------------------------------------------------------------------------
_MV_HOUSES = ("Fehivina", "Sunny Side", "Dhilkusha", "Ranfaru", "Maahoa", "Asurumaage", "Kudhiruvaadhee",
              "Orchid Villa", "Bluebell", "Nooraanee", "Feyrumaage", "Gulisthaanuge", "Hithigasdhoshuge",
              "Moonimaage")
_MV_MAGU = ("Majeedhee Magu", "Sosun Magu", "Chaandhanee Magu", "Boduthakurufaanu Magu", "Orchid Magu",
            "Ameenee Magu", "Fareedhee Magu", "Shaheed Ali Higun", "Buruzu Magu", "Janavaree Magu")

MV = Country(
    male=("Mohamed", "Ahmed", "Ibrahim", "Hassan", "Ali", "Hussain", "Moosa", "Abdulla", "Ismail", "Adam", "Yoosuf",
          "Shifau", "Naseem", "Riyaz", "Shiyam", "Azim", "Ahusan"),
    female=("Aishath", "Mariyam", "Fathimath", "Hawwa", "Aminath", "Khadheeja", "Shiuna", "Mausooma", "Raheema",
            "Zuleykha", "Nashidha", "Shaheema", "Ramiza", "Thasleema"),
    family=("Rasheed", "Naseer", "Manik", "Didi", "Waheed", "Shakeel", "Zahir", "Saeed", "Latheef", "Hameed",
            "Shareef", "Mohamed", "Ibrahim", "Adam", "Hassan", "Moosa"),
    domains=("gmail.com", "hotmail.com", "dhivehinet.net.mv", "yahoo.com", "outlook.com"),
    mobile=lambda r: f"+960 {r.choice('79')}{_d(r, 2)}-{_d(r, 4)}",
    landline=lambda r: f"33{_d(r, 1)}-{_d(r, 4)}",
    street=lambda r: r.choice((f"{r.choice(('H.', 'M.', 'G.', 'Ma.'))} {r.choice(_MV_HOUSES)}, {r.choice(_MV_MAGU)}",
                               f"Flat {r.randint(1, 24)}-{r.randint(1, 12):02d}, Lot {r.randint(10001, 11900)}")),
    cities=("Malé", "Malé", "Hulhumalé", "Villimalé", "Addu City", "Fuvahmulah", "Kulhudhuffushi", "Thinadhoo",
            "Naifaru", "Eydhafushi"),
    postcode=lambda r: f"{r.randint(20001, 20400)}",
    nid=lambda r, p: f"A{r.randint(10000, 399999):06d}",   # national ID card: letter and six digits, no checksum
)

# --- Gabon ----------------------------------------------------------------------------------------------------------
GA_QUARTIERS = ("Akébé", "Nzeng-Ayong", "Louis", "Glass", "Lalala", "Oloumi", "Mont-Bouët", "Batterie IV",
                "Charbonnages", "Owendo", "Akanda", "PK8", "Sotega", "Plein Ciel", "Awendjé", "Derrière la Prison")
_GA_REPERES = ("face école publique", "derrière le marché", "carrefour Bellevue", "après la station Total",
               "près de l'église Saint-Michel", "montée Petit Paris", "à côté du dispensaire", "fin goudron")

GA = Country(
    male=("Jean-Pierre", "Serge", "Rodrigue", "Ghislain", "Brice", "Landry", "Yannick", "Arsène", "Fabrice",
          "Hervé", "Cédric", "Régis", "Wilfried", "Thierry", "Ulrich"),
    female=("Nadège", "Prisca", "Chantal", "Sandrine", "Gisèle", "Laetitia", "Mireille", "Aurélie", "Flore",
            "Raïssa", "Ornella", "Liliane", "Carine", "Dorothée", "Grâce"),
    family=("Ndong", "Obame", "Mba", "Nze", "Ondo", "Moussavou", "Mouckagni", "Boussougou", "Nguema", "Ella",
            "Mintsa", "Ngoma", "Mabika", "Mapangou", "Koumba", "Nzamba", "Ekomie", "Akue", "Mebiame", "Oyane",
            "Engone", "Ndong Mba"),
    domains=("gmail.com", "yahoo.fr", "hotmail.fr", "gabontelecom.ga"),
    mobile=lambda r: f"+241 0{r.choice(('62', '66', '74', '77'))} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    landline=lambda r: f"011 7{_d(r, 1)} {_d(r, 2)} {_d(r, 2)}",
    street=lambda r: f"Quartier {r.choice(GA_QUARTIERS)}, {r.choice(_GA_REPERES)}",
    cities=("Libreville", "Libreville", "Libreville", "Port-Gentil", "Franceville", "Oyem", "Moanda", "Lambaréné",
            "Mouila", "Tchibanga"),
    postcode=lambda r: f"BP {r.randint(100, 20999)}",
    nid=lambda r, p: f"{r.randint(1, 9)}{_d(r, 9)}",          # CNI number: random in shape
)


def person(c: Any, country: Country, entity: str, row: int) -> dict:
    """The parts of one natural person, drawn once per (context, country, entity, row); mothers are women."""
    cache = _PEOPLE.setdefault(c.r, {})
    key = (id(country), entity, row)
    if key not in cache:
        r = c.r
        sex = "F" if entity == "mother" else r.choice("MF")
        given = r.choice(country.male if sex == "M" else country.female)
        family = r.choice(country.family)
        if sex == "F":
            family = country.feminine(family)
        p = {"sex": sex, "given": given, "family": family,
             "birth": date(1948, 1, 1) + timedelta(days=r.randint(0, 20400)),
             "mobile": country.mobile(r), "landline": country.landline(r),
             "street": country.street(r), "city": r.choice(country.cities), "postcode": country.postcode(r)}
        sep = r.choice((".", "_", ""))
        p["email"] = (f"{ascii_of(given)}{sep}{ascii_of(family)}{r.choice(('', str(r.randint(1, 99))))}"
                      f"@{r.choice(country.domains)}")
        p["login"] = f"{ascii_of(given)[:1]}{ascii_of(family)}{r.randint(1, 9)}"
        p["nid"] = country.nid(r, p)
        p["name"] = f"{given} {family}"
        cache[key] = p
    return cache[key]


def card_number(r: random.Random) -> str:
    """A Visa or Mastercard number with a Luhn check digit computed by stdnum."""
    head = r.choice(("4", "51", "53", "55"))
    head += "".join(r.choice(string.digits) for _ in range(15 - len(head)))
    return head + luhn.calc_check_digit(head)
