"""People of the twenty-eighth blind corpus part: names, streets, towns, phone and id shapes of six countries, typed
by hand (Barbados, Curaçao, Kosovo, Isle of Man, Liberia, Cabo Verde). One person per (country, entity, row), cached
on the context so every column of a row, and every row that shares the id in another table, agrees."""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum import iban as std_iban

FOLD = str.maketrans("ëçéèêáàâãíóôõúüÉÇÁÓ'", "eceeeaaaaiooouuECAO ")

POOLS: dict[str, dict[str, list[str]]] = {
    "bb": {
        "male": "Dwayne Kemar Jamal Marlon Ricardo Andre Corey Jason Shamar Rommel Carlisle Dexter Ryan Shane Akeem "
                "Nigel Romario Tyrone Wendell Kirk".split(),
        "female": "Shanice Shakira Aaliyah Nikita Tamara Keisha Denise Natasha Kerry-Ann Renee Sherry-Ann Tricia "
                  "Charmaine Latoya Melissa Jody Antoinette Kimberley Stacia Rochelle".split(),
        "last": "Alleyne Best Blackman Boyce Bynoe Clarke Cumberbatch Forde Gittens Greenidge Haynes Holder Inniss "
                "Jordan Marshall Maynard Payne Phillips Quintyne Sealy Springer Walcott Worrell Yearwood Griffith "
                "Carrington Husbands Ifill Small Bourne".split(),
        "street": ["Ivy Road", "Bank Hall Main Road", "Rockley New Road", "Collymore Rock", "Passage Road",
                   "Black Rock Main Road", "Lower Estate", "Wildey Main Road", "Jackmans", "Clapham Heights",
                   "Deacons Road", "Kew Road", "Station Hill", "Brittons Hill", "Salters Road", "Rendezvous Terrace"],
        "town": ["St. Michael", "Christ Church", "St. James", "St. Philip", "St. George", "St. Lucy", "St. Peter",
                 "St. Andrew", "St. Joseph", "St. John", "St. Thomas"],
        "mail": ["gmail.com", "hotmail.com", "caribsurf.net", "yahoo.com", "outlook.com"],
    },
    "cw": {
        "male": "Jurgen Shurendy Giovanni Rignaldo Glenn Edsel Kenrick Quincy Gregory Shurwin Ruthsel Giandro Jeffrey "
                "Roderick Ivar Churandy Eldridge Dion".split(),
        "female": "Xiomara Sharon Jeanine Migdalia Ruthmila Suhaily Jacinta Raisa Ivanka Shudaika Gisela Marisol "
                  "Yanuska Chanella Nathaly Zuleika Iris Deborah".split(),
        "last": "Martina Isenia Statia Rosaria Cijntje Pietersz Girigorie Winklaar Juliana Doran Coffie Victorina "
                "Sille Maduro Rojer Schoop Fecunda Leito Cova Pieternella Tromp Wawoe Bernabela Mercelina Janga "
                "Sint Jago Goilo Koeiman Rosalia".split(),
        "street": ["Kaya Grandi", "Kaya Flamboyan", "Schottegatweg Oost", "Santa Rosaweg", "Kaya Kooyman",
                   "Caracasbaaiweg", "Kaya Jombi Mensing", "Penstraat", "Kaya Oro", "Seru Fortunaweg",
                   "Kaya Dr. Maalweg", "Brionplein", "Kaya Tanki Leendert", "Julianaplein", "Kaya Watapana"],
        "town": ["Willemstad", "Otrobanda", "Punda", "Salina", "Sta. Maria", "Barber", "Soto", "Tera Kora",
                 "Santa Rosa", "Brievengat", "Mahaai", "Westpunt"],
        "mail": ["gmail.com", "hotmail.com", "curinfo.cw", "yahoo.com", "live.com"],
    },
    "xk": {
        "male": "Arben Blerim Valon Liridon Agon Granit Albin Egzon Fatos Besnik Ilir Driton Kushtrim Artan Luan "
                "Shkelzen Faton Gentrit Dardan Visar".split(),
        "female": "Drita Besa Arta Fatmire Shpresa Donika Vjosa Kaltrina Lirie Mimoza Teuta Blerta Albulena Fjolla "
                  "Arbnora Valbona Hana Edona Merita Rina".split(),
        "last": "Krasniqi Gashi Berisha Morina Shala Hoxha Bytyqi Kastrati Rexhepi Hyseni Kelmendi Ahmeti Maliqi "
                "Sylejmani Osmani Rama Haziri Zeqiri Thaqi Kryeziu Mustafa Ibrahimi Salihu Dauti Jashari".split(),
        "street": ["Rr. Agim Ramadani", "Rr. Garibaldi", "Rr. Luan Haradinaj", "Bul. Nena Tereze", "Rr. Fehmi Agani",
                   "Rr. UCK", "Rr. Rexhep Luci", "Rr. Ilir Konushevci", "Rr. Dardania", "Rr. Tirana",
                   "Rr. Adem Jashari", "Rr. Skenderbeu"],
        "town": ["Prishtine", "Prizren", "Peje", "Gjakove", "Mitrovice", "Ferizaj", "Gjilan", "Vushtrri",
                 "Podujeve", "Suhareke"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "ipko.net", "outlook.com"],
    },
    "im": {
        "male": "James Thomas William Daniel Matthew Christopher Paul Robert Mark Stephen Andrew Richard Ian Philip "
                "Juan Alastair Callum Owen".split(),
        "female": "Hannah Sarah Emma Laura Rachel Catherine Jane Louise Claire Fiona Helen Ruth Alison Joanne "
                  "Victoria Aalin Breesha Morag".split(),
        "last": "Quayle Kermode Kelly Corlett Quirk Kinvig Cregeen Faragher Kneale Callister Christian Costain "
                "Skillicorn Clucas Gelling Quilliam Teare Mylchreest Crellin Cannell Kewley Craine Qualtrough Shimmin "
                "Sayle Kissack Karran Watterson Moore Radcliffe".split(),
        "street": ["Athol Street", "Bucks Road", "Victoria Road", "Ballaquayle Road", "Peel Road", "Tynwald Street",
                   "Derby Road", "Mooragh Promenade", "Summerhill Road", "Woodbourne Road", "Glencrutchery Road",
                   "Ballabrooie Drive", "Close Famman", "Reayrt ny Baie", "Main Road", "Albert Road"],
        "town": ["Douglas", "Onchan", "Ramsey", "Peel", "Castletown", "Port Erin", "Port St Mary", "Laxey",
                 "Ballasalla", "Kirk Michael", "Foxdale", "St John's"],
        "mail": ["manx.net", "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
    },
    "lr": {
        "male": "Emmanuel Moses Joseph Prince Augustine Momolu Varney Jallah Sekou Arthur Samuel Mulbah Boima "
                "Abraham Flomo Edwin Kollie Nathaniel Teage Archie".split(),
        "female": "Comfort Musu Mary Esther Hawa Martha Ma-Lorpu Yah Garmai Korto Miatta Patience Fatu Sarah Josephine "
                  "Wokie Satta Bendu Decontee Kebeh".split(),
        "last": "Kollie Flomo Kromah Sirleaf Weah Doe Tarr Gbowee Kpoto Sumo Zinnah Dolo Massaquoi Kamara Johnson "
                "Togba Kpadeh Wesseh Boakai Tubman Cooper Gray Karnley Saye Gono Sackor Koffa Mulbah Yarkpawolo "
                "Nyenswah".split(),
        "street": ["Camp Johnson Road", "Tubman Boulevard", "Randall Street", "Carey Street", "UN Drive",
                   "Benson Street", "Gurley Street", "Ashmun Street", "Somalia Drive", "Duport Road", "Old Road",
                   "Capitol Bypass", "Bernard Farm Road", "Airfield Shortcut", "Pipeline Road"],
        "town": ["Sinkor", "Congo Town", "Paynesville", "New Kru Town", "West Point", "Logan Town", "Jacob Town",
                 "Gardnersville", "Red Light", "ELWA", "Clara Town", "Duala", "Kakata", "Gbarnga", "Buchanan"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "libtelco.com.lr"],
    },
    "cv": {
        "male": "Adilson Edmilson Jailson Nilton Wilson Arlindo Stevenson Ailton Odair Evandro Admilson Carlos Joao "
                "Jose Elton Kevin Hernani Djaniny Dario Benvindo".split(),
        "female": "Elisangela Nadia Keila Lenira Helena Sonia Dulce Zuleica Maria Ana Carla Edna Janice Ivone Neusa "
                  "Wania Celeste Lucinda Filomena Odete".split(),
        "last": "Fortes Tavares Lopes Monteiro Semedo Varela Gomes Silva Andrade Delgado Furtado Mendes Rodrigues "
                "Fernandes Moreira Almeida Brito Cabral Evora Spencer Soares Duarte Barros Pina Sanches Livramento "
                "Correia Vaz Ramos Lima".split(),
        "street": ["Avenida Cidade de Lisboa", "Rua 5 de Julho", "Avenida Amilcar Cabral", "Rua Serpa Pinto",
                   "Rua de Lisboa", "Avenida Marginal", "Rua de Coco", "Rua Cristiano Sena Barcelos",
                   "Rua Andrade Corvo", "Rua Governador Calheiros", "Avenida Aristides Pereira", "Rua Baltasar Lopes"],
        "town": ["Praia", "Mindelo", "Assomada", "Tarrafal", "Espargos", "Sal Rei", "Sao Filipe", "Porto Novo",
                 "Ribeira Grande", "Pedra Badejo", "Vila do Maio", "Nova Sintra"],
        "mail": ["gmail.com", "hotmail.com", "cvtelecom.cv", "yahoo.com.br", "sapo.cv"],
    },
}


def d(c: Any, n: int) -> str:
    """n random decimal digits."""
    return "".join(str(c.r.randrange(10)) for _ in range(n))


def _birth(c: Any) -> dt.date:
    return dt.date(1948, 1, 1) + dt.timedelta(days=c.r.randrange(20000))


def _mobile(c: Any, cc: str) -> str:
    if cc == "bb":
        return c.r.choice(["+1 246 ", "(246) ", "246-"]) + c.r.choice(["82", "83", "84", "23", "25"]) + d(c, 1) + \
            c.r.choice([" ", "-"]) + d(c, 4)
    if cc == "cw":
        return c.r.choice(["+599 9 ", "5", "+5999 "]) + c.r.choice(["51", "52", "56", "68", "69"]) + d(c, 1) + " " + d(c, 4)
    if cc == "xk":
        return c.r.choice(["+383 ", "0"]) + c.r.choice(["44", "45", "49", "43"]) + " " + d(c, 3) + " " + d(c, 3)
    if cc == "im":
        return c.r.choice(["07624 ", "+44 7624 "]) + c.r.choice(["2", "3", "4", "8", "9"]) + d(c, 5)
    if cc == "lr":
        return c.r.choice(["0886 ", "0888 ", "0777 ", "0770 ", "+231 886 ", "+231 77 "]) + d(c, 3) + " " + d(c, 3)
    return c.r.choice(["+238 ", ""]) + c.r.choice(["99", "97", "95", "59", "58"]) + d(c, 1) + " " + d(c, 2) + " " + d(c, 2)


def _landline(c: Any, cc: str) -> str:
    return {"bb": lambda: "+1 246 4" + d(c, 2) + " " + d(c, 4), "cw": lambda: "+599 9 " + c.r.choice("4678") + d(c, 2)
            + " " + d(c, 4), "xk": lambda: "+383 38 5" + d(c, 2) + " " + d(c, 3),
            "im": lambda: "01624 " + c.r.choice("6842") + d(c, 5), "lr": lambda: "0" + c.r.choice(["22", "33"]) + d(c, 6),
            "cv": lambda: "+238 2" + c.r.choice(["61", "62", "63", "31", "32"]) + " " + d(c, 2) + " " + d(c, 2)}[cc]()


def _national_id(c: Any, cc: str, born: dt.date, sex: str) -> str:
    """Barbados and Curaçao numbers open with the birth date; the rest are random in the shape of the country."""
    if cc == "bb":
        return born.strftime("%y%m%d") + "-" + d(c, 4)
    if cc == "cw":
        return born.strftime("%Y%m%d") + d(c, 2)
    if cc == "xk":
        return "1" + d(c, 9)
    if cc == "im":
        return "MA" + d(c, 6) + c.r.choice("ABCD")
    if cc == "lr":
        return "LR" + born.strftime("%y") + d(c, 8) + ("M" if sex == "M" else "F")
    return born.strftime("%Y%m%d") + ("M" if sex == "M" else "F") + d(c, 3) + c.r.choice("ABCDEFGH")


def _street(c: Any, cc: str, pool: dict[str, list[str]]) -> str:
    s, n = c.r.choice(pool["street"]), c.r.randrange(1, 140)
    if cc == "bb":
        return c.r.choice([f"#{n} {s}", f"Lot {n}, {s}", f"{s}, No. {n}"])
    if cc in ("cw", "xk"):
        return f"{s} {n}" if cc == "cw" else f"{s} nr. {n}"
    if cc == "im":
        return f"{n} {s}"
    if cc == "lr":
        return c.r.choice([f"{s}, behind {c.r.choice(['Total station', 'the mosque', 'Jamaica Road market'])}",
                           f"House {n}, {s}", f"{s} opposite {c.r.choice(['ELWA junction', 'the school', 'Oldest Congo Town'])}"])
    return f"{s}, n.º {n}"


def _postcode(c: Any, cc: str) -> str:
    return {"bb": lambda: "BB" + c.r.choice(["11", "15", "17", "18", "20", "24"]) + d(c, 3),
            "im": lambda: f"IM{c.r.randrange(1, 10)} {c.r.randrange(1, 10)}{c.r.choice('ABDEFHJLNPRSTUW')}"
            f"{c.r.choice('ABDEFHJLNPQRSTUWXYZ')}", "xk": lambda: c.r.choice(["10000", "20000", "30000", "40000", "50000", "60000"]),
            "cv": lambda: c.r.choice(["7600", "2110", "4110", "5110", "8110", "1110"]),
            "cw": lambda: "", "lr": lambda: "1000"}[cc]()


def person(c: Any, cc: str, entity: str, i: int) -> dict[str, Any]:
    """The cached parts of person `i` of `entity` (a table family) in country `cc`."""
    store = c.__dict__.setdefault("_blind28_people", {})
    key = (cc, entity, i)
    if key not in store:
        pool = POOLS[cc]
        sex = c.r.choice("MF")
        first = c.r.choice(pool["male" if sex == "M" else "female"])
        last = c.r.choice(pool["last"])
        born = _birth(c)
        ascii_first, ascii_last = first.translate(FOLD).lower(), last.translate(FOLD).lower().replace(" ", "")
        town = c.r.choice(pool["town"])
        street = _street(c, cc, pool)
        postcode = _postcode(c, cc)
        store[key] = {
            "first": first, "last": last, "name": f"{first} {last}", "sex": sex, "born": born,
            "mobile": _mobile(c, cc), "landline": _landline(c, cc), "nid": _national_id(c, cc, born, sex),
            "email": c.r.choice([f"{ascii_first}.{ascii_last}", f"{ascii_first[0]}{ascii_last}{born.year % 100:02d}",
                                 f"{ascii_last}{ascii_first[:3]}{c.r.randrange(1, 99)}"]) + "@" + c.r.choice(pool["mail"]),
            "user": f"{ascii_first[:1]}{ascii_last}{i}", "street": street, "town": town, "postcode": postcode,
            "address": ", ".join(p for p in (street, town, postcode) if p),
        }
    return store[key]


def iban(c: Any, cc: str) -> str:
    """An IBAN of the country (GB shape for the Isle of Man), check digits by python-stdnum; Cabo Verde's NIB carries
    its own two check digits (the Portuguese NIB rule), after which the IBAN check digits always come out 64."""
    if cc == "cv":
        body = "000" + c.r.choice(["1", "3", "4", "5"]) + "0000" + d(c, 11)
        bban = body + "%02d" % (98 - int(body) * 100 % 97)
    else:
        bban = c.r.choice(["NWBK", "LOYD", "BARC", "HBUK"]) + "55" + d(c, 4) + d(c, 8)
    country = "CV" if cc == "cv" else "GB"
    return country + std_iban.calc_check_digits(country + "00" + bban) + bban
