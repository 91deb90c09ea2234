"""Hand-written value pools and helpers for the twenty-first blind corpus part (schemas y_*).

Everything random comes from the context's seeded `c.r`; values that belong to one person in one row are drawn
once per (table key, row) with a per-row Random seeded from `c.r`, cached on the context and shared by that row's
columns. python-stdnum is used only to compute check digits (Canadian SIN via Luhn, Thai PIN, IBAN).
"""
from __future__ import annotations

import random
import string
from typing import Any, Callable

from stdnum import luhn
from stdnum.th import pin as th_pin

from .gens import Ctx, Gen

# --- per-row records -------------------------------------------------------------------------------------------


def _store(c: Ctx) -> dict:
    s = getattr(c, "_blind21", None)
    if s is None:
        s = {"base": c.r.getrandbits(48), "cache": {}}
        c._blind21 = s          # type: ignore[attr-defined]
    return s


def rec(c: Ctx, key: str, i: int, make: Callable[[random.Random, int], dict]) -> dict:
    """The record of row `i` of `key`, made once with its own seeded Random and shared by the row's columns."""
    s = _store(c)
    if (key, i) not in s["cache"]:
        s["cache"][(key, i)] = make(random.Random(f"{s['base']}:{key}:{i}"), i)
    return s["cache"][(key, i)]


def field(key: str, make: Callable[[random.Random, int], dict], name: str) -> Gen:
    return lambda c, i: rec(c, key, i, make)[name]


def fields(key: str, make: Callable[[random.Random, int], dict]) -> Callable[[str], Gen]:
    return lambda name: field(key, make, name)


# --- small generators ------------------------------------------------------------------------------------------


def pk(c: Ctx, i: int) -> int:
    return i


def ref(n: int) -> Gen:
    return lambda c, i: c.r.randint(1, n)


def one(pool: list | tuple) -> Gen:
    return lambda c, i: c.r.choice(pool)


def weighted(pairs: list[tuple[Any, int]]) -> Gen:
    vals, ws = zip(*pairs)
    return lambda c, i: c.r.choices(vals, ws)[0]


def maybe(p: float, gen: Gen) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def const(v: Any) -> Gen:
    return lambda c, i: v


def num(lo: float, hi: float, nd: int = 0) -> Gen:
    if nd == 0:
        return lambda c, i: c.r.randint(int(lo), int(hi))
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def day_r(r: random.Random, y0: int, y1: int) -> str:
    return f"{r.randint(y0, y1)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def ts_r(r: random.Random, y0: int, y1: int) -> str:
    return f"{day_r(r, y0, y1)} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def day(y0: int, y1: int) -> Gen:
    return lambda c, i: day_r(c.r, y0, y1)


def ts(y0: int, y1: int) -> Gen:
    return lambda c, i: ts_r(c.r, y0, y1)


def digits_r(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def hex_r(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def hexs(n: int) -> Gen:
    return lambda c, i: hex_r(c.r, n)


_B64 = string.ascii_letters + string.digits + "+/"
_BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
_PHPASS = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
_URLSAFE = string.ascii_letters + string.digits + "-_"


def b64_r(r: random.Random, nbytes: int) -> str:
    n = (nbytes + 2) // 3 * 4
    pad = (3 - nbytes % 3) % 3
    return "".join(r.choice(_B64) for _ in range(n - pad)) + "=" * pad


def urlsafe_r(r: random.Random, n: int) -> str:
    return "".join(r.choice(_URLSAFE) for _ in range(n))


def bcrypt_r(r: random.Random, prefix: str = "$2y$10$") -> str:
    return prefix + "".join(r.choice(_BCRYPT) for _ in range(53))


def phpass_r(r: random.Random) -> str:
    return "$P$B" + "".join(r.choice(_PHPASS) for _ in range(31))


def uuid_r(r: random.Random) -> str:
    h = hex_r(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ipv4_r(r: random.Random, prefixes: tuple[str, ...]) -> str:
    p = r.choice(prefixes)
    return p + "".join(f".{r.randint(1, 254)}" for _ in range(4 - p.count(".") - 1))


def ipv4(prefixes: tuple[str, ...]) -> Gen:
    return lambda c, i: ipv4_r(c.r, prefixes)


# --- check-digit identifiers -----------------------------------------------------------------------------------


def sin_r(r: random.Random) -> str:
    """A Canadian Social Insurance Number (Luhn), formatted 123 456 782."""
    body = str(r.choice((1, 2, 3, 4, 5, 6, 7))) + digits_r(r, 7)
    n = body + luhn.calc_check_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def thai_pin_r(r: random.Random) -> str:
    """A Thai personal identification number (13 digits, mod-11 check digit), formatted 1-2345-67890-12-3."""
    body = str(r.choice((1, 1, 1, 3, 5))) + digits_r(r, 11)
    n = body + th_pin.calc_check_digit(body)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def nuban_r(r: random.Random, bank: str) -> str:
    """A Nigerian NUBAN account number: 9 serial digits and a check digit over the 3-digit bank code + serial."""
    serial = digits_r(r, 9)
    s = sum(int(d) * w for d, w in zip(bank + serial, (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)))
    return serial + str((10 - s % 10) % 10)


# --- name and place pools --------------------------------------------------------------------------------------

CA_F = ["Emily", "Sarah", "Megan", "Jessica", "Ashley", "Nicole", "Amanda", "Brianne", "Kayla", "Heather", "Colleen",
        "Dianne", "Tanya", "Chantal", "Nathalie", "Josée", "Mélanie", "Geneviève", "Renée", "Maria", "Rosalie",
        "Analyn", "Marites", "Priya", "Mi'sel", "Kateri", "Tracy", "Wendy", "Shauna", "Krista"]
CA_M = ["Ryan", "Justin", "Tyler", "Kyle", "Brandon", "Darren", "Trevor", "Shawn", "Cody", "Jason", "Kevin", "Blair",
        "Gerald", "Rodney", "Luc", "Réjean", "Marc-André", "Yvon", "Gilles", "Jean-Guy", "Noel", "Jericho", "Ramon",
        "Arjun", "Amir", "Tomás", "Wade", "Lloyd", "Clayton", "Dwayne"]
CA_SUR = ["MacDonald", "MacLeod", "MacKenzie", "Fraser", "Campbell", "Chisholm", "Boudreau", "LeBlanc", "Cormier",
          "Arsenault", "Doucette", "Comeau", "Thibodeau", "Gallant", "Richard", "Robichaud", "Landry", "Poirier",
          "d'Entremont", "Saulnier", "Paul", "Francis", "Googoo", "Marshall", "Sylliboy", "Bernard", "Reyes",
          "Dela Cruz", "Santos", "Sharma", "Johnson", "Crowell", "Nickerson", "Smith", "Murphy", "Hubley", "Zwicker",
          "Langille", "Rafuse", "Conrad"]
CA_STREETS = ["Main St", "Water St", "Church St", "Victoria Rd", "Pleasant St", "Hwy 3", "Route 335", "Chemin Ste-Anne",
              "Lighthouse Rd", "Shore Rd", "Cape Forchu Rd", "Forest Glen Dr", "Pubnico Point Rd", "Oak St",
              "Brunswick St", "King St", "Portland St", "Wharf Rd", "Old Post Rd", "Tusket Falls Rd"]
CA_TOWNS = [("Yarmouth", "NS", "B5A"), ("Shelburne", "NS", "B0T"), ("Digby", "NS", "B0V"), ("Lunenburg", "NS", "B0J"),
            ("Clare", "NS", "B0W"), ("Lower West Pubnico", "NS", "B0W"), ("Barrington", "NS", "B0W"),
            ("Halifax", "NS", "B3K"), ("Dartmouth", "NS", "B2Y"), ("Shediac", "NB", "E4P"), ("Caraquet", "NB", "E1W"),
            ("Saint John", "NB", "E2L"), ("Souris", "PE", "C0A"), ("Eskasoni", "NS", "B1W"), ("Bear River", "NS",
                "B0S")]

CI_F = ["Aya", "Adjoua", "Akissi", "Amenan", "Affoué", "Ahou", "Fatoumata", "Awa", "Mariam", "Aminata", "Salimata",
        "Marie-Laure", "Christelle", "Grâce", "Estelle", "Nadège", "Bintou", "Rokia", "Yolande", "Prisca"]
CI_M = ["Koffi", "Kouadio", "Kouamé", "Yao", "Konan", "Kouassi", "N'Dri", "Mamadou", "Seydou", "Ibrahim", "Drissa",
        "Lassina", "Yves", "Serge", "Hervé", "Arsène", "Jean-Baptiste", "Didier", "Modeste", "Guy-Roland"]
CI_SUR = ["Kouassi", "Koné", "Traoré", "Yao", "N'Guessan", "Bamba", "Ouattara", "Coulibaly", "Aka", "Konan",
          "Diabaté", "Touré", "Kouamé", "Gnagne", "Zadi", "Gbagbo", "Bléhoué", "Kakou", "Soro", "Dosso", "Fofana",
          "Yapi", "Assi", "Djédjé", "Tanoh", "Ahoua", "Brou", "Ekra", "Séri", "Loukou"]
CI_QUARTIERS = ["Yopougon Sicogi", "Abobo Avocatier", "Cocody Angré 8e tranche", "Adjamé Williamsville",
                "Koumassi Remblais", "Treichville Av. 16", "Marcory Zone 4", "Port-Bouët Vridi",
                    "Bingerville Résidentiel",
                "Bouaké Air France 2", "Daloa Lobia", "Korhogo Soba", "San-Pédro Bardot", "Man Domoraud",
                "Yamoussoukro Habitat", "Gagnoa Dioulabougou", "Abengourou Agnikro", "Divo Konankro"]

TH_F = [("นางสาว", "สุภาพร", "Supaporn"), ("นาง", "วิไลวรรณ", "Wilaiwan"), ("นางสาว", "กนกวรรณ", "Kanokwan"),
        ("นาง", "ศิริพร", "Siriporn"), ("นางสาว", "ปวีณา", "Paweena"), ("นาง", "มาลี", "Malee"),
        ("นางสาว", "ณัฐธิดา", "Nattida"), ("นาง", "จันทร์เพ็ญ", "Chanpen"), ("นางสาว", "พิมพ์ชนก", "Pimchanok"),
        ("นาง", "รัตนา", "Rattana"), ("นางสาว", "อรอุมา", "Onuma"), ("นาง", "บุญมี", "Boonmee")]
TH_M = [("นาย", "สมชาย", "Somchai"), ("นาย", "ประเสริฐ", "Prasert"), ("นาย", "วีระพงษ์", "Weerapong"),
        ("นาย", "ธนากร", "Thanakorn"), ("นาย", "สุริยา", "Suriya"), ("นาย", "อนุชา", "Anucha"),
        ("นาย", "ณัฐพล", "Nattapon"), ("นาย", "กิตติศักดิ์", "Kittisak"), ("นาย", "บุญเลิศ", "Boonlert"),
        ("นาย", "ชัยวัฒน์", "Chaiwat"), ("นาย", "สมศักดิ์", "Somsak"), ("นาย", "ภาณุวัฒน์", "Panuwat")]
TH_CHILD = [("เด็กหญิง", "ขวัญข้าว", "Khwankhao"), ("เด็กชาย", "ภูมิ", "Phum"), ("เด็กหญิง", "น้ำฝน", "Namfon"),
            ("เด็กชาย", "ธีรภัทร", "Teerapat"), ("เด็กหญิง", "ปุณยาพร", "Punyaporn"), ("เด็กชาย", "กันต์", "Kan")]
TH_SUR = [("ศรีสุข", "Srisuk"), ("แก้วมณี", "Kaewmanee"), ("ทองดี", "Thongdee"), ("บุญมา", "Boonma"),
          ("สุขสวัสดิ์", "Suksawat"), ("วงศ์ใหญ่", "Wongyai"), ("จันทร์แก้ว", "Chankaew"), ("พรหมสุวรรณ", "Phromsuwan"),
          ("ศรีวงศ์", "Sriwong"), ("ปัญญาดี", "Panyadee"), ("รัตนพันธ์", "Rattanaphan"), ("อินทร์ช่วย", "Inchuai"),
          ("เพชรรัตน์", "Phetcharat"), ("มีสุข", "Meesuk"), ("ชัยมงคล", "Chaimongkol"), ("นาคสวัสดิ์", "Naksawat")]
TH_ADDR = ["ถ.พหลโยธิน แขวงจตุจักร เขตจตุจักร กรุงเทพฯ 10900",
    "ซ.ลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310",
           "ถ.รัตนาธิเบศร์ ต.บางกระสอ อ.เมือง จ.นนทบุรี 11000", "ม.4 ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120",
           "ถ.มิตรภาพ ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000", "ถ.ห้วยแก้ว ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200",
           "ม.7 ต.หนองปรือ อ.บางละมุง จ.ชลบุรี 20150", "ถ.กาญจนวนิช ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110",
           "ซ.อ่อนนุช 17 แขวงสวนหลวง เขตสวนหลวง กรุงเทพฯ 10250", "ม.2 ต.ท่าตูม อ.ศรีมหาโพธิ จ.ปราจีนบุรี 25140"]

RS_F = [("Milica", "Милица"), ("Jelena", "Јелена"), ("Ana", "Ана"), ("Marija", "Марија"), ("Jovana", "Јована"),
        ("Teodora", "Теодора"), ("Dragana", "Драгана"), ("Snežana", "Снежана"), ("Ivana", "Ивана"),
        ("Tijana", "Тијана"), ("Katarina", "Катарина"), ("Sanja", "Сања"), ("Nevena", "Невена"), ("Gordana", "Гордана")]
RS_M = [("Nikola", "Никола"), ("Marko", "Марко"), ("Stefan", "Стефан"), ("Miloš", "Милош"), ("Lazar", "Лазар"),
        ("Dušan", "Душан"), ("Aleksandar", "Александар"), ("Nemanja", "Немања"), ("Vladimir", "Владимир"),
        ("Dragan", "Драган"), ("Uroš", "Урош"), ("Đorđe", "Ђорђе"), ("Zoran", "Зоран"), ("Bojan", "Бојан")]
RS_SUR = [("Jovanović", "Јовановић"), ("Petrović", "Петровић"), ("Nikolić", "Николић"), ("Marković", "Марковић"),
          ("Đorđević", "Ђорђевић"), ("Stojanović", "Стојановић"), ("Ilić", "Илић"), ("Stanković", "Станковић"),
          ("Pavlović", "Павловић"), ("Milošević", "Милошевић"), ("Todorović", "Тодоровић"), ("Kovačević", "Ковачевић"),
          ("Popović", "Поповић"), ("Živković", "Живковић"), ("Radovanović", "Радовановић"), ("Vasić", "Васић")]
RS_STREETS = [("Bulevar oslobođenja", "21000", "Novi Sad"), ("Knez Mihailova", "11000", "Beograd"),
              ("Nemanjina", "11000", "Beograd"), ("Cara Dušana", "18000", "Niš"), ("Kralja Petra I", "34000",
              "Kragujevac"), ("Zmaj Jovina", "21000", "Novi Sad"), ("Bulevar kralja Aleksandra", "11120", "Beograd"),
              ("Vojvode Stepe", "11010", "Beograd"), ("Glavna", "11080", "Zemun"), ("Korzo", "24000", "Subotica"),
              ("Obrenovićeva", "18000", "Niš"), ("Gospodar Jovanova", "11000", "Beograd"), ("Hajduk Veljkova",
              "19000", "Zaječar"), ("Svetog Save", "32000", "Čačak")]

NG_F = [("Chiamaka", "Igbo"), ("Ngozi", "Igbo"), ("Adaeze", "Igbo"), ("Funmilayo", "Yoruba"), ("Aisha", "Hausa"),
        ("Zainab", "Hausa"), ("Folake", "Yoruba"), ("Blessing", "Ijaw"), ("Hauwa", "Kanuri"), ("Esther", "Tiv")]
NG_M = [("Chukwuemeka", "Igbo"), ("Obinna", "Igbo"), ("Ikenna", "Igbo"), ("Oluwaseun", "Yoruba"), ("Babatunde",
    "Yoruba"),
        ("Adewale", "Yoruba"), ("Musa", "Hausa"), ("Ibrahim", "Hausa"), ("Abdullahi", "Fulani"), ("Usman", "Fulani"),
        ("Tamuno", "Ijaw"), ("Ebiere", "Ijaw"), ("Terver", "Tiv"), ("Efosa", "Edo"), ("Osagie", "Edo"),
        ("Emeka", "Igbo"), ("Yakubu", "Kanuri"), ("Kelechi", "Igbo"), ("Godwin", "Ibibio"), ("Uduak", "Ibibio")]
NG_SUR = {"Igbo": ["Okafor", "Nwankwo", "Eze", "Obi", "Okonkwo", "Chukwu", "Nwachukwu", "Okeke"],
          "Yoruba": ["Adeyemi", "Ogunleye", "Balogun", "Adebayo", "Olaniyan", "Ojo", "Akinola"],
          "Hausa": ["Abubakar", "Bello", "Sani", "Danjuma", "Garba", "Lawal"], "Fulani": ["Bello", "Jalo", "Buba"],
          "Ijaw": ["Ebiakpo", "Timipre", "Dikibo"], "Tiv": ["Iorliam", "Tersoo", "Akaa"], "Kanuri": ["Modu", "Bukar"],
          "Edo": ["Osagie", "Igbinedion", "Ehigiator"], "Ibibio": ["Udoh", "Etim", "Akpan"]}
NG_STATES = {"Igbo": ["Anambra", "Enugu", "Imo"], "Yoruba": ["Oyo", "Ogun", "Osun", "Lagos"], "Hausa": ["Kano",
    "Kaduna"],
             "Fulani": ["Adamawa", "Gombe"], "Ijaw": ["Bayelsa", "Rivers"], "Tiv": ["Benue"], "Kanuri": ["Borno"],
             "Edo": ["Edo"], "Ibibio": ["Akwa Ibom"]}
NG_STREETS = ["Agege Motor Road, Mushin", "Ikorodu Road, Ketu", "Ojuelegba Road, Surulere",
    "Bode Thomas Street, Surulere",
              "Old Ojo Road, Alaba", "Ogui Road, Enugu", "Zoo Road, Kano", "Ahmadu Bello Way, Kaduna",
              "Aba Road, Port Harcourt", "Ring Road, Ibadan", "Upper Iweka, Onitsha", "Sapele Road, Benin City"]
NG_MOBILE = ("0803", "0806", "0813", "0816", "0703", "0706", "0802", "0808", "0812", "0805", "0807", "0815", "0909")

TW_F = ["怡君", "雅婷", "佳穎", "詩涵", "宜蓁", "欣妤", "郁婷", "品妍", "子晴", "思妤", "筱涵", "婉瑜"]
TW_M = ["冠宇", "家豪", "柏翰", "承恩", "宇軒", "俊傑", "彥廷", "建宏", "志明", "哲瑋", "品睿", "宗翰"]
TW_SUR = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖"]
TW_ROMAN = {"陳": "Chen", "林": "Lin", "黃": "Huang", "張": "Chang", "李": "Li", "王": "Wang", "吳": "Wu", "劉": "Liu",
            "蔡": "Tsai", "楊": "Yang", "許": "Hsu", "鄭": "Cheng", "謝": "Hsieh", "郭": "Kuo", "洪": "Hung",
            "曾": "Tseng", "邱": "Chiu", "廖": "Liao"}



def fk(schema: str, table: str, col: str, target: str) -> str:
    """One FOREIGN KEY as a table-level statement for Table.extra (names are quoted by the caller where needed)."""
    return f"ALTER TABLE {schema}.{table} ADD FOREIGN KEY ({col}) REFERENCES {schema}.{target}"
