"""Hand-written value pools and generators for the eighth blind part (schemas k_*); no Faker, no library word lists.

Names, streets, towns, postcodes, phone shapes and note templates were typed by the author for German, Brazilian
Portuguese, New Zealand English and Māori, Italian, British English, Indian, French and Dutch. python-stdnum only
computes check digits (CPF, CNPJ, BSN, Verhoeff for Aadhaar, Luhn for IMEI/ICCID). Values draw from the corpus RNG in
Ctx; the parts of one person (first name, surname, sex, e-mail) are drawn from a generator seeded with the table's
salt and the row number, so that they agree within a row and repeat between loads.
"""
from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from functools import lru_cache
from typing import Any

from stdnum import luhn, verhoeff
from stdnum.br import cnpj, cpf
from stdnum.nl import bsn

from .gens import Ctx, Gen, Table

MALE = {
    "de": "Thomas Michael Andreas Stefan Jürgen Klaus Markus Frank Uwe Jens Tobias Florian Lukas Maximilian Dieter "
          "Wolfgang Bernd Sven Matthias Holger Timo Felix Jonas Niklas Ralf",
    "pt": "José João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Gabriel Rafael Daniel Marcelo Bruno "
          "Eduardo Felipe Rodrigo Thiago Anderson Leandro Fábio Sérgio Raimundo Gustavo",
    "nz": "Hemi Wiremu Rawiri Tama Manaia Nikau Tane Jack Oliver James Liam Hamish Fraser Sione Mikaele Noah Lachlan "
          "Cameron Wei Arjun Daniel Ethan Ihaia Kauri Rangi",
    "it": "Giuseppe Marco Luca Alessandro Francesco Andrea Matteo Lorenzo Giovanni Paolo Stefano Davide Simone "
          "Roberto Federico",
    "en": "Oliver George Harry Jack Charlie Thomas William James Daniel Samuel Robert Edward Callum Ryan Mark",
    "in": "Rahul Amit Suresh Ramesh Vijay Arjun Rohit Sanjay Karthik Prakash Manoj Deepak Venkatesh Imran Harpreet "
          "Abhishek Srinivas Mohammed Naveen Anil",
    "fr": "Jean Pierre Michel Philippe Alain Nicolas Laurent Julien Sébastien Thomas Mohamed Karim Kévin Maxime "
          "Antoine Mamadou Jean-Luc Yannick Rachid Bernard",
    "nl": "Jan Pieter Kees Henk Bram Daan Sem Lucas Thijs Ruben Joost Wouter Mohammed Sander Gert-Jan Bas Martijn "
          "Erik Hans Koen",
}
FEMALE = {
    "de": "Sabine Petra Claudia Susanne Andrea Monika Birgit Katrin Anja Julia Lena Laura Sandra Nicole Heike Ute "
          "Gabriele Stefanie Karin Jana Anna Marie Leonie Ingrid Renate",
    "pt": "Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna "
          "Jéssica Letícia Júlia Luciana Vanessa Mariana Rosângela Cláudia Gabriela Tatiane Débora",
    "nz": "Aroha Mere Kiri Ngaio Anahera Hine Moana Olivia Charlotte Isla Amelia Ruby Sophie Emma Losa Talia Priya "
          "Mei Grace Harper Tui Maia Awhina Georgia Kate",
    "it": "Giulia Francesca Chiara Sara Valentina Federica Elena Martina Alessia Silvia Laura Anna Paola Roberta "
          "Ilaria",
    "en": "Emily Sophie Amelia Grace Jessica Charlotte Hannah Lucy Rebecca Sarah Emma Olivia Chloe Megan Victoria",
    "in": "Priya Pooja Anjali Sunita Lakshmi Kavitha Neha Divya Meena Shalini Fatima Ayesha Gurpreet Swati Revathi "
          "Sneha Deepika Bhavana Nandini Rekha",
    "fr": "Marie Nathalie Isabelle Sylvie Catherine Sandrine Céline Aurélie Camille Léa Manon Fatima Nadia Christine "
          "Valérie Aïcha Chantal Émilie Inès Fatoumata",
    "nl": "Anna Emma Sanne Lotte Fleur Anouk Marieke Ingrid Els Yvonne Sophie Femke Iris Noor Esther Linda Petra "
          "Wilma Janneke Fatima",
}
LAST = {
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer Klein Wolf "
          "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier "
          "Lehmann Schmid Huber Kaiser Fuchs Peters Scholz Möller Weiß Jung Hahn Vogel Keller Günther Berger "
          "Winkler Roth Beck Lorenz Baumann Franke Yılmaz Kowalski Nowak",
    "pt": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho "
          "Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques "
          "Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Cavalcanti Batista",
    "nz": "Smith Wilson Williams Brown Taylor Jones Ngata Tamihana Parata Walker Harris Thompson Campbell Anderson "
          "Clarke Mackenzie Tupou Singh Patel Chen Wang Ruawai Henare Paewai Stewart Robertson MacDonald Tāwhai "
          "Pōtae Fa'alogo Kereama Lee Kumar Nguyen Hohaia",
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini "
          "Costa Giordano Rizzo Lombardi Moretti Fontana Pichler Gruber Mair Oberhofer",
    "en": "Smith Jones Taylor Brown Williams Wilson Evans Davies Thomas Roberts Johnson Wright Walker Hughes Green "
          "O'Brien Murphy Patel Khan Robinson",
    "in": "Sharma Verma Gupta Singh Kumar Patel Shah Reddy Nair Iyer Rao Das Chatterjee Banerjee Mukherjee Khan "
          "Ansari Yadav Mishra Pandey Pillai Menon Joshi Deshmukh Kulkarni Naidu Gill Sandhu Agarwal Bhat",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
          "Garcia David Bertrand Roux Vincent Fournier Morel Girard Benali Diallo Nguyen Mercier Dupont Lambert "
          "Bonnet François Haddad Traoré Fontaine Lemaire",
    "nl": "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
          "Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Kok|"
          "Jacobs|Yılmaz|El Amrani|Koster|van Beek|Postma",
}
STREET = {
    "de": "Hauptstraße|Bahnhofstraße|Lindenweg|Schulstraße|Gartenstraße|Dorfstraße|Bergstraße|Kirchstraße|"
          "Waldstraße|Ringstraße|Am Sportplatz|Mühlenweg|Goethestraße|Schillerstr.|Friedrich-Ebert-Str.|Birkenallee|"
          "Rosenweg|Industriestraße|Mozartstr.|Im Neuenheimer Feld",
    "pt": "Rua das Flores|Av. Paulista|Rua XV de Novembro|Rua Sete de Setembro|Av. Brasil|Rua Tiradentes|"
          "Rua São José|Av. Getúlio Vargas|Rua Dom Pedro II|Rua Marechal Deodoro|Rua da Consolação|"
          "Rua Barão de Mauá|Travessa Santa Luzia|Rua Bahia|Estrada do Campo Limpo",
    "nz": "Queen Street|Great North Road|Dominion Road|Cuba Street|Riccarton Road|Colombo Street|Devonport Road|"
          "Victoria Avenue|Te Atatū Road|Ponsonby Road|Karangahape Road|Willis Street|Tay Street|George Street|"
          "Cameron Road|Kōwhai Grove|Rata Street|Pōhutukawa Drive",
    "it": "Via Roma|Corso Italia|Via Garibaldi|Via Giuseppe Mazzini|Piazza del Duomo|Via Dante Alighieri|"
          "Viale Europa|Via Museo|Laubengasse|Via della Stazione|Via Cavour",
    "en": "High Street|Station Road|Church Lane|Victoria Road|Park Avenue|Mill Lane|The Crescent|Kings Road|"
          "Manor Close|Queens Drive",
    "fr": "rue Jean Jaurès|avenue de la République|rue Victor Hugo|boulevard Gambetta|rue Pasteur|"
          "allée des Tilleuls|rue du Général Leclerc|place de la Mairie|rue Émile Zola|chemin des Vignes|"
          "rue Paul Éluard|avenue Henri Barbusse|rue de la Paix",
    "nl": "Dorpsstraat|Kerkstraat|Stationsweg|Molenweg|Julianalaan|Wilhelminastraat|Beatrixlaan|Oranjestraat|"
          "Nieuwe Gracht|Prinsengracht|Schoolstraat|Lindelaan|Burgemeester de Withstraat|Parallelweg",
}
TOWN = {   # (postcode, town) pairs
    "de": "69190 Walldorf|68159 Mannheim|69117 Heidelberg|76131 Karlsruhe|70173 Stuttgart|80331 München|"
          "60311 Frankfurt am Main|50667 Köln|20095 Hamburg|10115 Berlin|04109 Leipzig|90402 Nürnberg|"
          "66111 Saarbrücken|67059 Ludwigshafen|74072 Heilbronn|97070 Würzburg|69168 Wiesloch|01067 Dresden",
    "pt": "01310-100 São Paulo|20040-020 Rio de Janeiro|30130-010 Belo Horizonte|80010-000 Curitiba|"
          "90010-150 Porto Alegre|40020-000 Salvador|13015-904 Campinas|88010-400 Florianópolis|60060-440 Fortaleza|"
          "50030-230 Recife|70040-010 Brasília|09010-160 Santo André|14010-090 Ribeirão Preto|89010-100 Blumenau",
    "nz": "1010 Auckland|6011 Wellington|8011 Christchurch|3204 Hamilton|3110 Tauranga|9016 Dunedin|"
          "4410 Palmerston North|7010 Nelson|3010 Rotorua|0110 Whangārei|4110 Napier|9810 Invercargill|"
          "4010 Gisborne|0622 Takapuna|1025 Mount Albert",
    "it": "00184 Roma|20121 Milano|10121 Torino|40121 Bologna|50122 Firenze|39100 Bolzano|38122 Trento|"
          "37121 Verona|39012 Merano|35122 Padova",
    "en": "SW1A 2AA London|M1 1AE Manchester|B2 4QA Birmingham|LS1 5DT Leeds|BS1 4DJ Bristol|EH1 1YZ Edinburgh|"
          "CB2 1TN Cambridge|OX1 2JD Oxford",
    "fr": "93200 Saint-Denis|69008 Lyon|13013 Marseille|59000 Lille|31100 Toulouse|44300 Nantes|"
          "67100 Strasbourg|33000 Bordeaux|94000 Créteil|76600 Le Havre|35200 Rennes|38100 Grenoble|"
          "93140 Bondy|95200 Sarcelles",
    "nl": "1012 JS Amsterdam|3511 LX Utrecht|3011 AD Rotterdam|2511 CV Den Haag|5611 EM Eindhoven|"
          "9711 LM Groningen|8011 NA Zwolle|6511 KH Nijmegen|2311 EZ Leiden|3811 LT Amersfoort|2011 HN Haarlem|"
          "5038 CB Tilburg",
}
MAIL = {
    "de": "web.de gmx.de t-online.de gmail.com gmx.net freenet.de posteo.de outlook.de",
    "pt": "gmail.com hotmail.com yahoo.com.br uol.com.br bol.com.br terra.com.br outlook.com",
    "nz": "xtra.co.nz gmail.com hotmail.com outlook.co.nz slingshot.co.nz icloud.com",
    "it": "libero.it gmail.com virgilio.it alice.it hotmail.it tin.it",
    "en": "gmail.com btinternet.com hotmail.co.uk yahoo.co.uk outlook.com sky.com",
    "in": "gmail.com yahoo.co.in rediffmail.com hotmail.com outlook.com",
    "fr": "orange.fr free.fr gmail.com hotmail.fr laposte.net sfr.fr wanadoo.fr",
    "nl": "gmail.com hotmail.com ziggo.nl kpnmail.nl planet.nl live.nl xs4all.nl",
}


def _split(text: str) -> list[str]:
    return text.split("|") if "|" in text else text.split()


def _pool(table: dict[str, str], lang: str) -> list[str]:
    return _split(table[lang])


def ascii_upper(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()


@lru_cache(maxsize=None)
def person(lang: str, salt: str, i: int) -> dict[str, str]:
    """One person per (language, table salt, row): first name, surname, sex and a matching e-mail address."""
    r = random.Random(f"{salt}:{i}")
    male = r.random() < 0.5
    first = r.choice(_pool(MALE if male else FEMALE, lang))
    last = r.choice(_pool(LAST, lang))
    if lang == "pt" and r.random() < 0.6:
        last = f"{last} {r.choice(_pool(LAST, lang))}"
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randint(1, 99)}",
                      f"{first}_{last[:4]}", f"{last}.{first[0]}"])
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower()
    local = local.replace(" ", "").replace("'", "")
    return {"first": first, "last": last, "sex": "M" if male else "F",
            "email": f"{local}@{r.choice(MAIL[lang].split())}", "x": str(r.random())}


def who(lang: str, salt: str, part: str, upper: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        value = person(lang, salt, i)[part]
        return ascii_upper(value) if upper else value
    return gen


def full(lang: str, salt: str, order: str = "{first} {last}", upper: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        value = order.format(**person(lang, salt, i))
        return ascii_upper(value) if upper else value
    return gen


def other_name(lang: str, upper: bool = False) -> Gen:
    """A name not tied to the row's person (a relative, a payee, a contact)."""
    def gen(c: Ctx, i: int) -> str:
        first = c.r.choice(_pool(MALE if c.r.random() < 0.5 else FEMALE, lang))
        value = f"{first} {c.r.choice(_pool(LAST, lang))}"
        return ascii_upper(value) if upper else value
    return gen


def given(lang: str) -> Gen:
    return lambda c, i: c.r.choice(_pool(MALE if c.r.random() < 0.5 else FEMALE, lang))


def surname(lang: str) -> Gen:
    return lambda c, i: c.r.choice(_pool(LAST, lang))


def street(lang: str, number: bool = True, upper: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        name = c.r.choice(_pool(STREET, lang))
        if number:
            n = str(c.r.randint(1, 180)) + (c.r.choice(["", "", "", "a", "b"]))
            name = {"pt": f"{name}, {n}", "fr": f"{n} {name}", "nz": f"{n} {name}", "en": f"{n} {name}",
                    "it": f"{name} {n}"}.get(lang, f"{name} {n}")
        return ascii_upper(name) if upper else name
    return gen


def _town(c: Ctx, lang: str) -> tuple[str, str]:
    entry = c.r.choice(_pool(TOWN, lang))
    if lang == "nl":
        return entry[:7], entry[8:]
    code, _, town = entry.partition(" ")
    if lang == "en":
        code2, _, town = town.partition(" ")
        code = f"{code} {code2}"
    return code, town


def town(lang: str, upper: bool = False) -> Gen:
    return lambda c, i: ascii_upper(_town(c, lang)[1]) if upper else _town(c, lang)[1]


def postcode(lang: str) -> Gen:
    return lambda c, i: _town(c, lang)[0]


def address_line(lang: str) -> Gen:
    """Street, postcode and town in one line, as a formatted address."""
    def gen(c: Ctx, i: int) -> str:
        code, name = _town(c, lang)
        return f"{street(lang)(c, i)}, {code} {name}"
    return gen


def nums(c: Ctx, n: int) -> str:
    return "".join(c.r.choice(string.digits) for _ in range(n))


PHONE = {
    "de": lambda c: c.r.choice([f"0{c.r.choice(['621', '6221', '711', '89', '30', '6227'])} {nums(c, 6)}",
                                f"+49 1{c.r.choice(['51', '52', '60', '70', '71', '76'])} {nums(c, 7)}",
                                f"01{c.r.choice(['57', '62', '72'])}/{nums(c, 7)}", f"06227/7-{nums(c, 5)}"]),
    "pt": lambda c: c.r.choice([f"({c.r.choice(['11', '21', '31', '41', '51', '71'])}) 9{nums(c, 4)}-{nums(c, 4)}",
                                f"{c.r.choice(['11', '19', '48'])}9{nums(c, 8)}", f"(11) 3{nums(c, 3)}-{nums(c, 4)}"]),
    "nz": lambda c: c.r.choice([f"02{c.r.choice('1279')} {nums(c, 3)} {nums(c, 4)}", f"(09) {nums(c, 3)} {nums(c, 4)}",
                                f"+64 {c.r.choice('3467')} {nums(c, 3)} {nums(c, 4)}", f"021{nums(c, 7)}"]),
    "it": lambda c: c.r.choice([f"+39 3{nums(c, 2)} {nums(c, 7)}", f"0471 {nums(c, 6)}", f"3{nums(c, 9)}"]),
    "en": lambda c: c.r.choice([f"07{nums(c, 3)} {nums(c, 6)}", f"+44 20 {nums(c, 4)} {nums(c, 4)}",
                                f"01{nums(c, 3)} {nums(c, 6)}"]),
    "in": lambda c: c.r.choice([f"9{nums(c, 9)}", f"+91 {c.r.choice('6789')}{nums(c, 4)} {nums(c, 5)}",
                                f"+91-{c.r.choice('789')}{nums(c, 9)}", f"0{c.r.choice(['22', '80', '40'])}-{nums(c, 8)}"]),
    "fr": lambda c: c.r.choice([f"0{c.r.choice('67')} {nums(c, 2)} {nums(c, 2)} {nums(c, 2)} {nums(c, 2)}",
                                f"01 {nums(c, 2)} {nums(c, 2)} {nums(c, 2)} {nums(c, 2)}",
                                f"+33 {c.r.choice('67')} {nums(c, 2)} {nums(c, 2)} {nums(c, 2)} {nums(c, 2)}",
                                f"0{c.r.choice('67')}{nums(c, 8)}"]),
    "nl": lambda c: c.r.choice([f"06-{nums(c, 8)}", f"06 {nums(c, 8)}", f"+31 6 {nums(c, 8)}",
                                f"0{c.r.choice(['20', '30', '10', '70'])}-{nums(c, 7)}"]),
}


def phone(lang: str) -> Gen:
    return lambda c, i: PHONE[lang](c)


def opt(p: float, gen: Gen, other: Any = None) -> Gen:
    """gen's value with probability p, else `other` (NULL or empty, as production tables have)."""
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def day(y0: int, y1: int, fmt: str | None = None) -> Gen:
    def gen(c: Ctx, i: int) -> Any:
        d = dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
        return d.strftime(fmt) if fmt else d
    return gen


def span(salt: str, y0: int, y1: int, end: bool, fmt: str | None = None, open_end: Any = None) -> Gen:
    """The start or the end of one period per row (start before end); open_end, when given, ends one period in five."""
    def gen(c: Ctx, i: int) -> Any:
        r = random.Random(f"span:{salt}:{i}")
        start = dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
        stop = start + dt.timedelta(days=r.choice([1, 2, 3, 4, 5, 7, 7, 10, 14, 30, 180, 700]))
        if end and open_end is not None and r.random() < 0.8:
            return open_end
        d = stop if end else start
        return d.strftime(fmt) if fmt else d
    return gen


def stamp(y0: int, y1: int) -> Gen:
    def gen(c: Ctx, i: int) -> dt.datetime:
        d = day(y0, y1)(c, i)
        return dt.datetime(d.year, d.month, d.day, c.r.randint(6, 22), c.r.randint(0, 59), c.r.randint(0, 59))
    return gen


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def seq(fmt: str, start: int = 0) -> Gen:
    """A running key: fmt.format(start + row)."""
    return lambda c, i: fmt.format(start + i)


def code(width: int, alphabet: str = string.digits, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(width))


def choose(*pools: str) -> Gen:
    """One value from a '|'-separated pool (weights by repetition)."""
    values = [v for p in pools for v in p.split("|")]
    return lambda c, i: c.r.choice(values)


def template(lang: str, *texts: str) -> Gen:
    """A note from templates with {name}, {first}, {last}, {phone}, {email}, {street}, {n}, {d} slots."""
    def gen(c: Ctx, i: int) -> str:
        p = person(lang, "note", c.r.randint(1, 10_000))
        return c.r.choice(texts).format(name=f"{p['first']} {p['last']}", first=p["first"], last=p["last"],
                                        phone=PHONE[lang](c), email=p["email"], street=street(lang if lang in STREET else "en")(c, i),
                                        n=c.r.randint(2, 40), d=day(2022, 2025, "%d.%m.%Y")(c, i))
    return gen


def fk(schema: str, table: str, col: str, ref: str, ref_col: str = "id") -> str:
    return f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {schema}."{ref}" ("{ref_col}")'


def with_fks(tables: list[Table], fks: list[str]) -> list[Table]:
    """Declare the schema's foreign keys after its last table, when every referenced table exists."""
    tables[-1].extra.extend(fks)
    return tables


# ---- identifiers with check digits --------------------------------------------------------------------------

def cpf_value(punctuated: bool = True) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        base = nums(c, 9)
        v = base + cpf._calc_check_digits(base)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if punctuated else v
    return gen


def cnpj_value(c: Ctx, i: int) -> str:
    base = nums(c, 8) + "0001"
    return base + cnpj.calc_check_digits(base)


def bsn_value(c: Ctx, i: int) -> str:
    while True:
        v = c.r.choice("123456") + nums(c, 8)
        if bsn.checksum(v) == 0:
            return v


def aadhaar_value(masked: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        base = c.r.choice("23456789") + nums(c, 10)
        v = base + verhoeff.calc_check_digit(base)
        return f"XXXX XXXX {v[8:]}" if masked else f"{v[:4]} {v[4:8]} {v[8:]}"
    return gen


def pan_value(c: Ctx, i: int) -> str:
    letters = string.ascii_uppercase
    return ("".join(c.r.choice(letters) for _ in range(3)) + "P" + c.r.choice(letters) + nums(c, 4)
            + c.r.choice(letters))


def luhn_value(prefix: str, length: int) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        body = prefix + nums(c, length - len(prefix) - 1)
        return body + luhn.calc_check_digit(body)
    return gen


def rv_nummer(c: Ctx, i: int) -> str:
    """German pension insurance number: area, birth date, surname initial, serial, check digit."""
    area = c.r.choice(["12", "13", "15", "18", "24", "28", "40", "53", "65"])
    born = day(1962, 2002, "%d%m%y")(c, i)
    letter = c.r.choice("ABDFGHKLMNPRSTWZ")
    serial = f"{c.r.choice([0, 1, 2, 3, 4, 50, 51, 52])}"[-2:].zfill(2)
    body = area + born + f"{ord(letter) - 64:02d}" + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    check = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(body, weights)) % 10
    return f"{area}{born}{letter}{serial}{check}"
