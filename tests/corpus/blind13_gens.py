"""Hand-written value pools and helpers for the thirteenth blind corpus part (schemas p_*).

Names, streets, towns and phone shapes are typed by hand per country; python-stdnum only computes check digits.
Everything is drawn from the corpus RNG `c.r`. `Rec` draws the values that must agree within one row once per row.
"""
from __future__ import annotations

import datetime as dt
import string
from typing import Any, Callable

from stdnum import luhn
from stdnum.iso7064 import mod_97_10

from .gens import Col

Gen = Callable[[Any, int], Any]
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


class Rec:
    """One record per row: `draw(c, i)` runs once for row i, and every column built with `rec.f(key)` reads it."""

    def __init__(self, draw: Callable[[Any, int], dict]) -> None:
        self.draw, self.key, self.cur = draw, None, {}

    def f(self, key: str) -> Gen:
        def gen(c: Any, i: int) -> Any:
            if self.key is None or self.key[0] is not c or self.key[1] != i:
                self.key, self.cur = (c, i), self.draw(c, i)
            return self.cur[key]
        return gen


def fk(schema: str, table: str, column: str, target: str, target_col: str = "id") -> str:
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{column}") '
            f'REFERENCES {schema}."{target}" ("{target_col}")')


def pk(name: str = "id", type_: str = "bigint") -> Col:
    return Col(name, f"{type_} PRIMARY KEY", "none", lambda c, i: i)


def one(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def ref(n: int) -> Gen:
    """A foreign key into a table of n rows."""
    return lambda c, i: c.r.randint(1, n)


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def maybe(p: float, gen: Gen) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def digits(c: Any, n: int) -> str:
    return "".join(c.r.choice(string.digits) for _ in range(n))


def token(n: int, alphabet: str = ALNUM, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def bcrypt(c: Any, i: int) -> str:
    return "$2y$10$" + "".join(c.r.choice(ALNUM + "./") for _ in range(53))


def pbkdf2_gitea(c: Any, i: int) -> str:
    return "".join(c.r.choice(HEX) for _ in range(100))


def uuid4(c: Any, i: int) -> str:
    h = "".join(c.r.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ts(start: int = 2022, years: int = 3) -> Gen:
    base = dt.datetime(start, 1, 1, tzinfo=dt.timezone.utc)
    return lambda c, i: base + dt.timedelta(seconds=c.r.randint(0, years * 365 * 86400))


def day(start: int = 2022, years: int = 3) -> Gen:
    base = dt.date(start, 1, 1)
    return lambda c, i: base + dt.timedelta(days=c.r.randint(0, years * 365))


def birth(c: Any, lo: int = 1945, hi: int = 2004) -> dt.date:
    return dt.date(c.r.randint(lo, hi), c.r.randint(1, 12), c.r.randint(1, 28))


def ipv4(c: Any, i: int) -> str:
    return f"{c.r.choice((41, 62, 77, 85, 94, 102, 105, 114, 154, 176, 188, 197, 213))}.{c.r.randint(0, 255)}." \
           f"{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def luhn_digits(c: Any, prefix: str, length: int) -> str:
    body = prefix + digits(c, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def iban(country: str, bban: str) -> str:
    check = mod_97_10.calc_check_digits(bban + country + "00")
    return f"{country}{check}{bban}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("ăâîșşțţÁÉÍÓÚáéíóúàãõçêôÀÇÊŌōūŪ", "aaissttAEIOUaeiouaaoceoACEOouU")
    return s.lower().translate(table).replace(" ", "").replace("'", "")


# ---- Portugal -------------------------------------------------------------------------------------------------
PT_FIRST_F = ("Maria", "Ana", "Beatriz", "Inês", "Mariana", "Catarina", "Sofia", "Joana", "Rita", "Margarida",
              "Carolina", "Leonor", "Filipa", "Teresa", "Helena", "Matilde", "Francisca", "Sara")
PT_FIRST_M = ("João", "José", "António", "Francisco", "Rodrigo", "Tiago", "Pedro", "Miguel", "Duarte", "Gonçalo",
              "Rui", "Nuno", "Afonso", "Diogo", "Tomás", "Manuel", "Luís", "Bernardo")
PT_LAST = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
           "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha",
           "Baptista", "Magalhães", "Antunes", "Quintela", "Sequeira")
PT_STREETS = ("Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Rua do Almada", "Rua de Cedofeita",
              "Avenida Almirante Reis", "Rua Garrett", "Rua da Prata", "Travessa do Carmo", "Rua Miguel Bombarda",
              "Avenida dos Aliados", "Rua Ferreira Borges", "Rua de Camões", "Largo do Rato", "Rua Sá da Bandeira",
              "Avenida de Roma", "Rua Direita", "Rua 25 de Abril")
PT_TOWNS = (("Lisboa", "1250", "Lisboa"), ("Porto", "4000", "Porto"), ("Braga", "4700", "Braga"),
            ("Coimbra", "3000", "Coimbra"), ("Aveiro", "3810", "Aveiro"), ("Faro", "8000", "Faro"),
            ("Vila Nova de Gaia", "4400", "Porto"), ("Matosinhos", "4450", "Porto"), ("Setúbal", "2900", "Setúbal"),
            ("Viseu", "3500", "Viseu"), ("Guimarães", "4800", "Braga"), ("Funchal", "9000", "Madeira"),
            ("Cascais", "2750", "Lisboa"), ("Évora", "7000", "Évora"))
PT_MAIL = ("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt", "iol.pt", "gmail.com")

# ---- Japan ----------------------------------------------------------------------------------------------------
JP_FAMILY = (("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
             ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
             ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
             ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
             ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
             ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"))
JP_GIVEN = (("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
            ("拓也", "タクヤ", "Takuya"), ("誠", "マコト", "Makoto"), ("陽菜", "ヒナ", "Hina"),
            ("美咲", "ミサキ", "Misaki"), ("由美子", "ユミコ", "Yumiko"), ("直子", "ナオコ", "Naoko"),
            ("さくら", "サクラ", "Sakura"), ("恵", "メグミ", "Megumi"), ("浩二", "コウジ", "Koji"),
            ("和也", "カズヤ", "Kazuya"), ("真由美", "マユミ", "Mayumi"), ("悠斗", "ユウト", "Yuto"))
JP_ADDR = (("150-0002", "東京都", "渋谷区渋谷"), ("530-0001", "大阪府", "大阪市北区梅田"),
           ("460-0008", "愛知県", "名古屋市中区栄"), ("812-0011", "福岡県", "福岡市博多区博多駅前"),
           ("060-0042", "北海道", "札幌市中央区大通西"), ("980-0021", "宮城県", "仙台市青葉区中央"),
           ("220-0011", "神奈川県", "横浜市西区高島"), ("730-0011", "広島県", "広島市中区基町"),
           ("600-8216", "京都府", "京都市下京区東塩小路町"), ("370-0841", "群馬県", "高崎市栄町"),
           ("330-0854", "埼玉県", "さいたま市大宮区桜木町"), ("900-0015", "沖縄県", "那覇市久茂地"))
JP_MAIL = ("docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "i.softbank.jp")
FOREIGN_GUESTS = (("Emma", "Thompson", "GB", "British"), ("Liam", "O'Connor", "IE", "Irish"),
                  ("Chen", "Wei", "CN", "Chinese"), ("Kim", "Minjun", "KR", "Korean"),
                  ("Sarah", "Miller", "US", "American"), ("Lukas", "Hofer", "AT", "Austrian"),
                  ("Nguyen", "Thi Lan", "VN", "Vietnamese"), ("Chloé", "Lambert", "FR", "French"),
                  ("Jack", "Wilson", "AU", "Australian"), ("Wang", "Hsin-yi", "TW", "Taiwanese"),
                  ("Ananya", "Iyer", "IN", "Indian"), ("Mateo", "Rossi", "IT", "Italian"))

# ---- Greece ---------------------------------------------------------------------------------------------------
GR_FIRST_M = ("ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΠΑΝΑΓΙΩΤΗΣ", "ΒΑΣΙΛΕΙΟΣ",
              "ΧΡΗΣΤΟΣ", "ΑΘΑΝΑΣΙΟΣ", "ΕΥΑΓΓΕΛΟΣ", "ΣΠΥΡΙΔΩΝ", "ΜΙΧΑΗΛ")
GR_FIRST_F = ("ΜΑΡΙΑ", "ΕΛΕΝΗ", "ΑΙΚΑΤΕΡΙΝΗ", "ΒΑΣΙΛΙΚΗ", "ΣΟΦΙΑ", "ΑΓΓΕΛΙΚΗ", "ΓΕΩΡΓΙΑ", "ΔΗΜΗΤΡΑ",
              "ΚΩΝΣΤΑΝΤΙΝΑ", "ΠΑΡΑΣΚΕΥΗ", "ΔΕΣΠΟΙΝΑ", "ΕΥΑΓΓΕΛΙΑ")
GR_LAST = (("ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΥ"), ("ΝΙΚΟΛΑΟΥ", "ΝΙΚΟΛΑΟΥ"), ("ΓΕΩΡΓΙΟΥ", "ΓΕΩΡΓΙΟΥ"),
           ("ΟΙΚΟΝΟΜΟΥ", "ΟΙΚΟΝΟΜΟΥ"), ("ΠΑΠΑΓΕΩΡΓΙΟΥ", "ΠΑΠΑΓΕΩΡΓΙΟΥ"), ("ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ", "ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ"),
           ("ΒΛΑΧΟΣ", "ΒΛΑΧΟΥ"), ("ΑΛΕΞΙΟΥ", "ΑΛΕΞΙΟΥ"), ("ΜΑΚΡΗΣ", "ΜΑΚΡΗ"), ("ΚΑΡΑΓΙΑΝΝΗΣ", "ΚΑΡΑΓΙΑΝΝΗ"),
           ("ΔΗΜΗΤΡΙΟΥ", "ΔΗΜΗΤΡΙΟΥ"), ("ΙΩΑΝΝΙΔΗΣ", "ΙΩΑΝΝΙΔΟΥ"), ("ΣΤΑΥΡΟΠΟΥΛΟΣ", "ΣΤΑΥΡΟΠΟΥΛΟΥ"),
           ("ΑΘΑΝΑΣΙΑΔΗΣ", "ΑΘΑΝΑΣΙΑΔΟΥ"), ("ΜΙΧΑΗΛΙΔΗΣ", "ΜΙΧΑΗΛΙΔΟΥ"), ("ΤΣΙΡΙΓΩΤΗΣ", "ΤΣΙΡΙΓΩΤΗ"))
GR_STREETS = ("ΕΓΝΑΤΙΑΣ", "ΤΣΙΜΙΣΚΗ", "ΒΑΣ. ΟΛΓΑΣ", "ΚΑΡΑΜΑΝΛΗ", "ΛΑΓΚΑΔΑ", "ΔΕΛΦΩΝ", "ΠΑΠΑΝΑΣΤΑΣΙΟΥ",
              "ΑΓ. ΔΗΜΗΤΡΙΟΥ", "ΜΗΤΡΟΠΟΛΕΩΣ", "25ΗΣ ΜΑΡΤΙΟΥ", "ΚΑΣΣΑΝΔΡΟΥ", "ΙΝΟΜΑΚΗ Π.", "ΑΝ. ΘΡΑΚΗΣ")
GR_TOWNS = (("ΘΕΣΣΑΛΟΝΙΚΗ", "546"), ("ΚΑΛΑΜΑΡΙΑ", "551"), ("ΕΥΟΣΜΟΣ", "562"), ("ΝΕΑΠΟΛΗ", "567"),
            ("ΠΥΛΑΙΑ", "555"), ("ΣΥΚΙΕΣ", "566"), ("ΘΕΡΜΗ", "570"), ("ΠΕΡΑΙΑ", "570"))

# ---- Nigeria --------------------------------------------------------------------------------------------------
NG_FIRST = ("Chinedu", "Oluwaseun", "Adebayo", "Ngozi", "Funmilayo", "Emeka", "Aisha", "Ibrahim", "Tolulope",
            "Chiamaka", "Babajide", "Yetunde", "Obinna", "Zainab", "Kelechi", "Temitope", "Uchenna", "Halima",
            "Olumide", "Ifeoma", "Segun", "Amaka", "Musa", "Damilola")
NG_LAST = ("Okafor", "Adeyemi", "Balogun", "Okonkwo", "Eze", "Bello", "Adebayo", "Nwosu", "Ogunleye", "Abubakar",
           "Olawale", "Chukwu", "Ibekwe", "Akinola", "Danjuma", "Oyelaran", "Uzoma", "Fashola", "Onyekachi")
NG_ADDR = (("14 Admiralty Way", "Lekki Phase 1", "Lagos", "106104"),
           ("27B Adeola Odeku Street", "Victoria Island", "Lagos", "101241"),
           ("3 Allen Avenue", "Ikeja", "Lagos", "100271"), ("45 Herbert Macaulay Way", "Yaba", "Lagos", "101212"),
           ("8 Aminu Kano Crescent", "Wuse 2", "FCT Abuja", "904101"),
           ("19 Awolowo Road", "Ikoyi", "Lagos", "101233"), ("6 Ring Road", "Ibadan", "Oyo", "200211"),
           ("12 Trans-Amadi Road", "Port Harcourt", "Rivers", "500272"),
           ("52 Ogui Road", "Enugu", "Enugu", "400103"), ("2 Opebi Road", "Ikeja", "Lagos", "100281"))
NG_BANKS = (("058", "GTBank"), ("044", "Access Bank"), ("057", "Zenith Bank"), ("033", "UBA"),
            ("011", "First Bank"), ("232", "Sterling Bank"), ("070", "Fidelity Bank"))
NG_PHONE = ("803", "806", "813", "816", "703", "706", "805", "807", "802", "808", "809", "817", "810")

# ---- Romania --------------------------------------------------------------------------------------------------
RO_FIRST_F = ("Maria", "Elena", "Ioana", "Andreea", "Mihaela", "Cristina", "Gabriela", "Alina", "Simona",
              "Daniela", "Raluca", "Loredana", "Roxana", "Florentina", "Adriana", "Camelia", "Luminița")
RO_FIRST_M = ("Ion", "Andrei", "Mihai", "Alexandru", "Gheorghe", "Constantin", "Florin", "Bogdan", "Cătălin",
              "Vasile", "Marius", "Ionuț", "Dan", "Sorin", "Adrian", "Radu")
RO_LAST = ("Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Matei",
           "Constantin", "Șerban", "Moldovan", "Lungu", "Dinu", "Ciobanu", "Ungureanu", "Nistor", "Tănase",
           "Mureșan", "Bălan", "Cozma", "Vlad", "Toma")
RO_COUNTIES = (("Iași", "IS", "22", "700"), ("Cluj", "CJ", "12", "400"), ("București", "B", "41", "010"),
               ("Suceava", "SV", "33", "720"), ("Bacău", "BC", "04", "600"), ("Neamț", "NT", "27", "610"),
               ("Vaslui", "VS", "37", "730"), ("Botoșani", "BT", "07", "710"))
RO_STREETS = ("Str. Ștefan cel Mare", "Bd. Independenței", "Str. Lăpușneanu", "Str. Mihai Eminescu",
              "Str. Zorilor", "Bd. Carol I", "Aleea Tudor Neculai", "Str. Florilor", "Șos. Păcurari",
              "Str. Primăverii", "Str. Libertății", "Calea Națională")
RO_BANKS = ("BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE")
