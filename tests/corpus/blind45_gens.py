"""Hand-written value pools for the forty-fifth blind corpus part (schemas au_*): no Faker, no word lists.

Names, streets, towns, mail domains, phone shapes and id shapes of the Basque Country (Gipuzkoa), Italy and the
pilgrims of the Vatican Museums, the British Virgin Islands and the owners of its companies, the Falkland Islands and
the crews of its licensed fishing fleet, the Gambella refugee camps of Ethiopia (Amharic in Ge'ez script, Nuer and
Anuak names) and Welsh-speaking Wales were typed by hand. The generic draws (`seq`, `fk`, `one`, `maybe`, `fkey`,
the cache) come from blind26_gens.py. All randomness is the context's seeded `c.r`; one person's parts are drawn
once per ("au", entity, row) and cached, so the columns of a row agree. python-stdnum only computes check digits
(Spanish DNI letters, Italian codici fiscali, IBANs, Luhn).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from stdnum.es import dni as es_dni
from stdnum.it import codicefiscale as it_cf

from .blind26_gens import cached, date, digits
from .gens import Ctx

Gen = Callable[[Ctx, int], Any]

POOLS: dict[str, dict[str, list[str]]] = {
    "eu": {   # Gipuzkoa, Basque Country
        "m": ["Iker", "Unai", "Jon", "Mikel", "Aitor", "Ander", "Gorka", "Xabier", "Eneko", "Asier", "Julen", "Oier",
              "Ibai", "Markel", "Joseba", "Iñaki"],
        "f": ["Ane", "Nahia", "Irati", "Leire", "Maialen", "Amaia", "Garazi", "Nerea", "Uxue", "Miren", "Itziar",
              "June", "Haizea", "Ainhoa", "Arantxa", "Maddi"],
        "last": ["Etxeberria", "Agirre", "Goikoetxea", "Urkiola", "Zubizarreta", "Arrieta", "Elizondo", "Olaizola",
                 "Iturbe", "Larrañaga", "Mendizabal", "Aranburu", "Ugarte", "Garmendia", "Otegi", "Lizarralde",
                 "Azpiazu", "Berasategi", "Irazabal", "Zabaleta", "Arregi", "Egaña"],
        "street": ["Nagusia kalea", "San Frantzisko kalea", "Kale Berria", "Foruen ibilbidea", "Zumalakarregi kalea",
                   "Elkano kalea", "Errebal kalea", "Iparragirre kalea", "Loiola auzoa", "Euskal Herria plaza"],
        "town": ["Tolosa|20400", "Azpeitia|20730", "Zumarraga|20700", "Beasain|20200", "Ordizia|20240",
                 "Bergara|20570", "Oñati|20560", "Hernani|20120", "Zarautz|20800", "Azkoitia|20720"],
        "mail": ["gmail.com", "euskaltel.net", "hotmail.com", "telefonica.net", "yahoo.es"],
    },
    "it": {   # Italy (Vatican Museums staff and Italian visitors)
        "m": ["Marco", "Giuseppe", "Luca", "Francesco", "Alessandro", "Matteo", "Lorenzo", "Davide", "Stefano",
              "Giovanni", "Paolo", "Riccardo", "Simone", "Andrea"],
        "f": ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Federica", "Elisa",
              "Silvia", "Paola", "Beatrice", "Ilaria", "Roberta"],
        "last": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                 "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"],
        "street": ["Via della Conciliazione", "Via Cola di Rienzo", "Viale Giulio Cesare", "Via Ottaviano",
                   "Borgo Pio", "Via Tuscolana", "Via Appia Nuova", "Corso Vittorio Emanuele II", "Via Nazionale",
                   "Via dei Gracchi"],
        "town": ["Roma|00192", "Roma|00165", "Milano|20121", "Napoli|80134", "Torino|10121", "Firenze|50123",
                 "Bologna|40121", "Bari|70121", "Palermo|90133", "Fiumicino|00054"],
        "mail": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    },
    "vg": {   # British Virgin Islands (registered agent staff)
        "m": ["Kareem", "Delroy", "Glenroy", "Andre", "Marlon", "Shamari", "Kenrick", "Dwayne", "Elvis", "Ronnie"],
        "f": ["Shernelle", "Tamika", "Keisha", "Latoya", "Sharlene", "Dionne", "Vernice", "Janelle", "Chantal",
              "Ayana"],
        "last": ["Vanterpool", "Fahie", "Malone", "Frett", "Stoutt", "Wheatley", "Penn", "Christopher", "Hodge",
                 "Romney", "Lettsome", "Creque", "Maduro", "Smith", "George", "Chalwell"],
        "street": ["Waterfront Drive", "Main Street", "Wickhams Cay I", "Wickhams Cay II", "Road Reef Plaza",
                   "Station Avenue", "Fleming Street", "Pasea Estate", "Duff's Bottom", "Sea Cows Bay"],
        "town": ["Road Town, Tortola|VG1110", "East End, Tortola|VG1120", "Spanish Town, Virgin Gorda|VG1150",
                 "The Settlement, Anegada|VG1170", "Great Harbour, Jost Van Dyke|VG1160"],
        "mail": ["gmail.com", "surfbvi.com", "yahoo.com", "hotmail.com"],
    },
    "fk": {   # Falkland Islands (islanders: fisheries officers, observers)
        "m": ["Stuart", "Neil", "Tim", "Hamish", "Leon", "Roger", "Darren", "Kyle", "Mark", "Ian"],
        "f": ["Shona", "Lisa", "Vicky", "Tanya", "Kelly", "Siobhan", "Teena", "Arlette", "Sally", "Nikki"],
        "last": ["Biggs", "Short", "Berntsen", "McKay", "Betts", "Summers", "Goss", "Jaffray", "Clifton", "Pitaluga",
                 "Poole", "Watson", "Hirtle", "Stewart", "Ford", "Alazia"],
        "street": ["Ross Road", "John Street", "Dean Street", "Davis Street", "Fitzroy Road", "Brandon Road",
                   "Philomel Street", "Callaghan Road", "Villiers Street", "Jersey Estate"],
        "town": ["Stanley|FIQQ 1ZZ", "Stanley|FIQQ 1ZZ", "Fox Bay|FIQQ 1ZZ", "Goose Green|FIQQ 1ZZ"],
        "mail": ["horizon.co.fk", "gmail.com", "sure.co.fk"],
    },
    "es": {   # Galician and Chilean crew of the licensed trawlers and jiggers
        "m": ["Manuel", "José Luis", "Ramón", "Xosé", "Jesús", "Cristian", "Rodrigo", "Patricio", "Juan Pablo",
              "Alberto", "Sergio", "Fernando"],
        "f": ["Carmen", "Uxía", "Rosa", "Marta", "Javiera", "Constanza"],
        "last": ["Otero", "Pereira", "Lago", "Outeiral", "Castro", "Fernández", "Vázquez", "Iglesias", "Soliño",
                 "Muñoz", "Rojas", "Contreras", "Sepúlveda", "Araya", "Valenzuela", "Barreiro"],
        "street": ["Rúa do Areal", "Avenida de Beiramar", "Rúa Real", "Calle Colón", "Avenida Prat", "Calle Serrano"],
        "town": ["Vigo|36202", "Marín|36900", "Cangas|36940", "Ribeira|15960", "Talcahuano|4260000",
                 "Punta Arenas|6200000"],
        "mail": ["gmail.com", "hotmail.es", "yahoo.es", "gmail.cl"],
    },
    "nu": {   # Nuer and Anuak refugees and hosts, Gambella (Latin spellings)
        "m": ["Gatluak", "Chuol", "Duol", "Gatwech", "Both", "Kuol", "Ruach", "Tut", "Ojulu", "Omot", "Okello",
              "Obang", "Ochan", "Puok", "Lual", "Gai"],
        "f": ["Nyakuoth", "Nyaluak", "Nyadak", "Nyabuot", "Nyachuol", "Nyawech", "Akway", "Abang", "Ariet", "Ajulu",
              "Nyagoa", "Nyamuch", "Nyakim", "Achan", "Nyaboth", "Nyanhial"],
        "last": ["Gatkuoth", "Riek", "Jock", "Kor", "Puok", "Deng", "Tang", "Wal", "Bol", "Lony", "Kang", "Ojwok",
                 "Omot", "Ochalla", "Kier", "Yien"],
        "street": ["Zone A", "Zone B", "Zone C", "Zone D", "Block 3", "Block 7", "Block 12", "Village 4"],
        "town": ["Nguenyyiel camp|", "Kule camp|", "Tierkidi camp|", "Jewi camp|", "Pugnido camp|", "Gambella town|"],
        "mail": ["gmail.com", "yahoo.com"],
    },
    "am": {   # Ethiopian staff, Ge'ez script (given name and father's name)
        "m": ["ዮሐንስ|Yohannes", "ተስፋዬ|Tesfaye", "ብርሃኑ|Birhanu", "ዳዊት|Dawit", "አበበ|Abebe", "ሰለሞን|Solomon",
              "ሚካኤል|Mikael", "ዮናስ|Yonas", "ኤርሚያስ|Ermias", "ታምራት|Tamrat"],
        "f": ["ሰላም|Selam", "ማርታ|Marta", "ሄለን|Helen", "መሰረት|Meseret", "ቤተልሄም|Betelhem", "ሕይወት|Hiwot",
              "ትዕግስት|Tigist", "ፍሬሕይወት|Frehiwot", "ብሩክታዊት|Bruktawit", "ራሔል|Rahel"],
        "last": ["ከበደ|Kebede", "ወልዴ|Wolde", "ታደሰ|Tadesse", "ጌታቸው|Getachew", "አለሙ|Alemu", "በቀለ|Bekele",
                 "ደስታ|Desta", "ኃይሌ|Haile", "ገብሬ|Gebre", "አሰፋ|Assefa", "ተክሌ|Tekle", "መንግስቱ|Mengistu"],
        "street": ["ቀበሌ 01", "ቀበሌ 02", "ቀበሌ 03", "ቀበሌ 05"],
        "town": ["ጋምቤላ|", "አዲስ አበባ|1000", "ኢታንግ|"],
        "mail": ["gmail.com", "unhcr.org", "yahoo.com"],
    },
    "cy": {   # Welsh-speaking Wales
        "m": ["Rhys", "Dafydd", "Gethin", "Iwan", "Owain", "Emyr", "Gareth", "Huw", "Aled", "Llŷr", "Geraint", "Cai",
              "Ioan", "Tomos"],
        "f": ["Angharad", "Gwenllian", "Siân", "Ffion", "Nia", "Eleri", "Catrin", "Mererid", "Lowri", "Heledd", "Elin",
              "Gwawr", "Bethan", "Non"],
        "last": ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
                 "Pritchard", "ap Iorwerth", "Llwyd", "Puw", "Parri", "Owen", "Bowen", "Prys", "Rowlands", "Wyn"],
        "street": ["Stryd Fawr", "Ffordd y Môr", "Heol y Bont", "Lôn Las", "Stryd y Castell", "Ffordd Penlan",
                   "Heol yr Eglwys", "Maes y Dre", "Rhodfa'r Gogledd", "Lôn Glan Môr"],
        "town": ["Caernarfon|LL55", "Aberystwyth|SY23", "Bangor|LL57", "Pwllheli|LL53", "Machynlleth|SY20",
                 "Caerfyrddin|SA31", "Llanelli|SA15", "Y Bala|LL23", "Dolgellau|LL40", "Aberteifi|SA43"],
        "mail": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"],
    },
}

_ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑçŷâôûêëà' ", "aeiounAEIOUNcyaoueea._")
_CF_MONTHS = "ABCDEHLMPRST"


def slug(s: str) -> str:
    return s.translate(_ASCII).lower().replace("-", "").replace("__", "_")


def mobile(c: Ctx, cc: str) -> str:
    if cc == "eu":
        return f"+34 6{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    if cc == "it":
        return f"+39 3{c.r.choice('234789')}{digits(c, 1)} {digits(c, 3)} {digits(c, 4)}"
    if cc == "vg":
        return f"+1 (284) {c.r.choice(['340', '341', '346', '442', '443', '496'])}-{digits(c, 4)}"
    if cc == "fk":
        return f"+500 5{digits(c, 4)}"
    if cc == "es":
        return c.r.choice([f"+34 6{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}", f"+56 9 {digits(c, 4)} {digits(c, 4)}"])
    if cc in ("nu", "am"):
        return f"+251 9{c.r.choice('12')} {digits(c, 3)} {digits(c, 4)}"
    return f"07{c.r.choice('4789')}{digits(c, 2)} {digits(c, 6)}"


def landline(c: Ctx, cc: str) -> str:
    return {"eu": lambda: f"943 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
            "it": lambda: f"06 {digits(c, 4)} {digits(c, 4)}",
            "vg": lambda: f"+1 (284) 494-{digits(c, 4)}",
            "fk": lambda: f"+500 2{digits(c, 4)}",
            "cy": lambda: f"01{c.r.choice(['286', '970', '248', '758', '654', '267'])} {digits(c, 6)}"}.get(
                cc, lambda: mobile(c, cc))()


def dni(c: Ctx) -> str:
    n = f"{c.r.randrange(15_000_000, 79_999_999):08d}"
    return n + es_dni.calc_check_digit(n)


def codice_fiscale(c: Ctx, first: str, last: str, sex: str, birth: dt.date) -> str:
    def cons(s: str) -> str:
        s = slug(s).upper().replace(" ", "").replace(".", "").replace("_", "")
        cs = [ch for ch in s if ch.isalpha() and ch not in "AEIOU"]
        vs = [ch for ch in s if ch in "AEIOU"]
        return "".join(cs + vs + ["X", "X", "X"])[:3]
    day = birth.day + (40 if sex == "F" else 0)
    body = (f"{cons(last)}{cons(first)}{birth:%y}{_CF_MONTHS[birth.month - 1]}{day:02d}"
            f"{c.r.choice(['H501', 'F205', 'F839', 'L219', 'D612', 'A662'])}")
    return body + it_cf.calc_check_digit(body)


def passport(c: Ctx, cc: str) -> str:
    shapes = {"eu": lambda: f"PA{digits(c, 7)}"[:9], "it": lambda: f"Y{c.r.choice('ABCD')}{digits(c, 7)}",
              "es": lambda: c.r.choice([f"PA{digits(c, 7)}", f"F{digits(c, 8)}"]),
              "cy": lambda: digits(c, 9), "fk": lambda: f"FK{digits(c, 7)}"}
    return shapes.get(cc, lambda: f"{c.r.choice('EPG')}{digits(c, 8)}")()


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street = c.r.choice(p["street"])
    town, post = c.r.choice(p["town"]).split("|")
    n = c.r.randint(1, 160)
    if cc == "eu":
        line, post = f"{street} {n}, {c.r.randint(1, 6)}. {c.r.choice('ABCD')}", post
    elif cc == "it":
        line = f"{street} {n}" + c.r.choice(["", f", int. {c.r.randint(1, 20)}", f", scala {c.r.choice('ABC')}"])
    elif cc == "cy":
        line, post = f"{n} {street}", f"{post} {c.r.randint(1, 9)}{c.r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                                      f"{c.r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    elif cc in ("nu", "am"):
        line = f"{street}, {c.r.choice(['ቤት', 'Shelter', 'HH'])} {n}"
    elif cc == "es":
        line = f"{street} {n}"
    else:
        line = f"{n} {street}"
    return {"line": line, "town": town, "post": post, "full": f"{line}, {town} {post}".strip()}


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last, last2 = c.r.choice(p["last"]), c.r.choice(p["last"])
    first, first_lat = (first.split("|") + [first])[:2]      # Ge'ez entries carry their Latin spelling after "|"
    last, last_lat = (last.split("|") + [last])[:2]
    last2 = last2.split("|")[0]
    birth = date(c, y0, y1)
    user = slug(f"{first_lat.split()[0]}.{last_lat.replace(' ', '')}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "last2": last2, "full": f"{first} {last}", "birth": birth,
              "mobile": mobile(c, cc), "phone": landline(c, cc), "email": email, "user": user,
              "passport": passport(c, cc)}
    if cc == "eu":
        person["natid"] = dni(c)
    elif cc == "it":
        person["natid"] = codice_fiscale(c, first, last, sex, birth)
    elif cc == "cy":
        person["natid"] = (f"{c.r.choice('ABCEGHJKLMNPRSTWXYZ')}{c.r.choice('ABCEGHJKLMNPRSTWXYZ')} {digits(c, 2)} "
                           f"{digits(c, 2)} {digits(c, 2)} {c.r.choice('ABCD')}")
    elif cc == "nu":
        person["natid"] = f"{c.r.choice(['GMB', 'NGY', 'TRK'])}-{c.r.randint(10, 24)}C{digits(c, 5)}"
    else:
        person["natid"] = person["passport"]
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    """One field of the person of row i of `entity`, drawn once per ("au", entity, row)."""
    return lambda c, i: cached(c, ("au", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f']).split('|')[0]} {c.r.choice(p['last']).split('|')[0]}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: mobile(c, cc)


# --- owners of BVI companies: Latin and native script, typed by hand ------------------------------------------------
OWNERS = {
    "CN": {"family": [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Chen", "陈"), ("Liu", "刘"), ("Huang", "黄"),
                      ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙")],
           "given": [("Wei", "伟"), ("Jing", "静"), ("Ming", "明"), ("Xiaoyan", "晓燕"), ("Jianguo", "建国"),
                     ("Lihua", "丽华"), ("Hao", "浩"), ("Yuting", "雨婷"), ("Zhiqiang", "志强"), ("Fang", "芳")],
           "addr": ["Room 1802, Block B, Xinghe Plaza, Futian District, Shenzhen 518048",
                    "No. 88 Century Avenue, Pudong New Area, Shanghai 200120",
                    "Flat 6C, Tower 2, The Harbourfront, Hung Hom, Kowloon, Hong Kong"],
           "phone": "+86 13{d}", "mail": ["163.com", "qq.com", "gmail.com"]},
    "RU": {"family": [("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"), ("Popov", "Попов"),
                      ("Volkov", "Волков"), ("Sokolov", "Соколов"), ("Morozov", "Морозов"), ("Lebedev", "Лебедев")],
           "given": [("Aleksandr", "Александр"), ("Dmitry", "Дмитрий"), ("Sergey", "Сергей"), ("Andrey", "Андрей"),
                     ("Oleg", "Олег"), ("Igor", "Игорь"), ("Pavel", "Павел"), ("Maxim", "Максим")],
           "addr": ["ul. Tverskaya 12, kv. 45, Moscow 125009", "Nevsky prospekt 101, kv. 7, St Petersburg 191025",
                    "Villa 14, Palm Jumeirah Frond K, Dubai"],
           "phone": "+7 9{d}", "mail": ["mail.ru", "yandex.ru", "gmail.com"]},
    "BR": {"family": [("Silva", "Silva"), ("Oliveira", "Oliveira"), ("Souza", "Souza"), ("Pereira", "Pereira"),
                      ("Almeida", "Almeida"), ("Carvalho", "Carvalho"), ("Ribeiro", "Ribeiro"), ("Gomes", "Gomes")],
           "given": [("João Pedro", "João Pedro"), ("Luiz Fernando", "Luiz Fernando"), ("Ana Paula", "Ana Paula"),
                     ("Mariana", "Mariana"), ("Rafael", "Rafael"), ("Camila", "Camila"), ("Thiago", "Thiago")],
           "addr": ["Rua Oscar Freire 1200, apto 81, Jardins, São Paulo SP 01426-001",
                    "Av. Atlântica 3000, apto 502, Copacabana, Rio de Janeiro RJ 22070-001"],
           "phone": "+55 11 {d}", "mail": ["uol.com.br", "gmail.com", "terra.com.br"]},
}


def make_owner(c: Ctx) -> dict[str, Any]:
    nat = c.r.choice(["CN", "CN", "CN", "RU", "BR"])
    o = OWNERS[nat]
    (fam, fam_l), (giv, giv_l) = c.r.choice(o["family"]), c.r.choice(o["given"])
    local = fam_l + giv_l if nat == "CN" else f"{giv_l} {fam_l}"
    birth = date(c, 1952, 1995)
    return {"family": fam, "given": giv, "local": local, "nat": nat, "birth": birth, "addr": c.r.choice(o["addr"]),
            "passport": {"CN": f"E{digits(c, 8)}", "RU": f"7{digits(c, 8)}", "BR": f"F{c.r.choice('ABGH')}{digits(c, 6)}"}[nat],
            "mobile": o["phone"].format(d=digits(c, 9)),
            "email": f"{slug(giv.split()[0])}.{slug(fam)}{c.r.randint(1, 99)}@{c.r.choice(o['mail'])}"}


def owner(field: str) -> Gen:
    return lambda c, i: cached(c, ("au", "kyc.owner", i), make_owner)[field]
