"""Hand-typed pools of the fortieth blind corpus part (schemas ap_*): Palau, São Tomé and Príncipe, Mayotte.

No Faker, no word lists: names, hamlets, streets, towns, mail domains, phone and id shapes were typed by hand. Every
random draw comes from the context's seeded `c.r`; the generic draws (seq, fk, one, maybe, bcrypt...) and the
per-row cache come from blind26_gens. One person's parts are drawn once per ("ap", entity, row) so a row agrees.
The French NIR key (97 - n mod 97) and the French RIB key are computed here by hand; IBAN check digits by stdnum.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind26_gens import Gen, cached, date, digits, iban, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "pw": {   # Palau
        "m": ["Surangel", "Kuniwo", "Yukiwo", "Hokkons", "Ikesakes", "Takeo", "Santy", "Lazarus", "Baules", "Isaac",
              "Tommy", "Johnson", "Ngiraibai", "Kaleb", "Masao", "Florencio", "Sabino", "Elbuchel"],
        "f": ["Dilmai", "Ilebrang", "Bilung", "Merii", "Ruth", "Sherilynn", "Leilani", "Rosania", "Iyar", "Swenny",
              "Maireng", "Ilong", "Ebil", "Kathleen", "Faustina", "Yuriko", "Dirkebai", "Ernestine"],
        "last": ["Ngirameketii", "Remengesau", "Whipps", "Ngiraingas", "Tmetuchl", "Sadang", "Rechebei", "Oiterong",
                 "Etpison", "Kesolei", "Ngirmekur", "Tellames", "Rengiil", "Ngiratkel", "Skebong", "Uchel", "Techitong",
                 "Mesubed", "Ngirchechol", "Obichang", "Blesam", "Kyota", "Adelbai", "Rdechor"],
        "hamlet": ["Ngerbeched", "Ngermid", "Idid", "Ngerkebesang", "Meketii", "Iyebukel", "Ngerchemai", "Ngerbodel",
                   "Dngeronger", "Malakal", "Medalaii", "Ngerikiil", "Ngetkib", "Ngerusar"],
        "state": ["Koror", "Koror", "Koror", "Airai", "Melekeok", "Ngarchelong", "Ngaraard", "Ngiwal", "Ngchesar",
                  "Aimeliik", "Ngatpang", "Ngeremlengui", "Ngardmau", "Peleliu", "Angaur", "Kayangel"],
        "mail": ["gmail.com", "palaunet.com", "yahoo.com", "hotmail.com", "outlook.com"],
    },
    "st": {   # São Tomé and Príncipe
        "m": ["Osvaldo", "Aurélio", "Nilton", "Edmilson", "Celestino", "Adelino", "Leonel", "Evaristo", "Sidónio",
              "Arlindo", "Hamilton", "Delfim", "Jerónimo", "Aldo", "Levy", "Danilson", "Ivo", "Américo"],
        "f": ["Alda", "Conceição", "Maria das Neves", "Elsa", "Filomena", "Idalina", "Julieta", "Nilza", "Celmira",
              "Domingas", "Albertina", "Lígia", "Natália", "Eugénia", "Zuleica", "Deolinda", "Ilza", "Quintina"],
        "last": ["Trovoada", "da Costa", "Pinto da Costa", "Neto", "Menezes", "dos Santos", "Bragança", "Graça",
                 "Espírito Santo", "Vaz", "Ceita", "Barros", "Quaresma", "Lima", "Rita", "Dias", "Afonso", "Tiny",
                 "Mandinga", "Bonfim", "Lopes", "Cassandra", "Viegas", "Boa Morte"],
        "street": ["Avenida Marginal 12 de Julho", "Rua de Moçambique", "Avenida da Independência", "Rua Patrice Lumumba",
                   "Rua Ayres de Menezes", "Avenida Kwame Nkrumah", "Rua 3 de Fevereiro", "Rua de Angola",
                   "Travessa do Pelourinho", "Rua Viriato da Cruz"],
        "bairro": ["Riboque", "Bairro da Liberdade", "Campo de Milho", "Ponte Graça", "Almeirim", "Quinta de Santo António",
                   "Bobô Forro", "Madre de Deus", "Pantufo", "Água Arroz", "Boa Morte", "Vila Maria"],
        "town": ["São Tomé", "Trindade", "Santana", "Neves", "Guadalupe", "Santo Amaro", "Porto Alegre",
                 "São João dos Angolares", "Ribeira Afonso", "Santo António", "Monte Café", "Batepá", "Madalena"],
        "distrito": ["Água Grande", "Mé-Zóchi", "Cantagalo", "Caué", "Lembá", "Lobata", "Pagué"],
        "mail": ["gmail.com", "hotmail.com", "cstome.net", "yahoo.com.br", "outlook.pt"],
    },
    "yt": {   # Mayotte
        "m": ["Ahamada", "Said", "Anli", "Madi", "Ibrahim", "Houssaini", "Soilihi", "Abdallah", "Attoumani", "Moussa",
              "Chaharoumani", "Mansour", "Nourdine", "Zaidou", "Fahardine", "Kamardine", "Toiyiba", "Bacar"],
        "f": ["Zaharia", "Mariama", "Faouzia", "Echati", "Anzizati", "Zalifa", "Mouniati", "Roukia", "Sitti", "Nasra",
              "Hadidja", "Raïssa", "Moinaecha", "Zainaba", "Oumouri", "Hafsoit", "Fatima", "Nadjima"],
        "last": ["Ahamadi", "Mohamed", "Combo", "Madi", "Soilihi", "Abdou", "Attoumani", "Ousseni", "Boina", "Hamada",
                 "Anli", "Mzé", "Youssouf", "Bacar", "Assani", "Daoud", "Chanfi", "Ben Ali", "Halidi", "Saindou",
                 "Houmadi", "Msa", "Toumbou", "Abdourahamane"],
        "street": ["Rue du Commerce", "Route nationale 1", "Rue Mahabou", "Boulevard Marcel Henry", "Rue de la Mairie",
                   "Chemin Bonovo", "Rue Mariazé", "Impasse des Manguiers", "Rue du Stade", "Rue de l'Hôpital",
                   "Rue Foundi Ahmed", "Chemin de la Pompe"],
        "village": ["Kawéni", "Cavani", "M'Tsapéré", "Passamainty", "Labattoir", "Tsoundzou", "Vahibé", "Majicavo",
                    "Combani", "Mronabéja", "Hamjago", "Kangani"],
        # commune, postcode, INSEE commune code (976xx)
        "commune": ["Mamoudzou|97600|611", "Koungou|97690|610", "Dzaoudzi|97615|608", "Pamandzi|97615|615",
                    "Sada|97640|616", "Chirongui|97620|603", "Bandraboua|97650|601", "Dembéni|97660|607",
                    "Tsingoni|97680|617", "Ouangani|97670|614", "Chiconi|97670|602", "Bouéni|97620|602"],
        "mail": ["gmail.com", "orange.fr", "hotmail.fr", "outlook.fr", "yahoo.fr", "wanadoo.fr"],
    },
}

_FOLD = str.maketrans("áéíóúàâãçêëïôõüÁÉÍÓÚÇ' ", "aeiouaaaceeioouAEIOUC._")


def slug(s: str) -> str:
    return s.translate(_FOLD).lower().replace("-", "")


def nir_key(body13: str) -> str:
    """The two-digit key of a French NIR: 97 minus the 13-digit number modulo 97."""
    return f"{97 - int(body13) % 97:02d}"


def nir(c: Ctx, sex: str, birth: dt.date, insee: str | None) -> str:
    """A French social-security number for someone born in Mayotte (976xx) or in the Comoros (99 397)."""
    place = f"97{insee}" if insee else "99397"
    body = f"{1 if sex == 'M' else 2}{birth:%y%m}{place}{digits(c, 3)}"
    return f"{body} {nir_key(body)}"


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def fr_iban(c: Ctx) -> str:
    bank, branch = c.r.choice(["18719", "12869", "11315", "30004"]), f"{c.r.randint(0, 99999):05d}"
    account = digits(c, 11)
    return iban("FR", bank + branch + account + rib_key(bank, branch, account))


def st_iban(c: Ctx) -> str:
    """A São Tomé IBAN: bank 4, branch 4, account 11, two national check digits (not computed: unknown rule)."""
    return iban("ST", c.r.choice(["0001", "0002", "0003", "0005"]) + "0001" + digits(c, 11) + digits(c, 2))


def mobile(c: Ctx, cc: str) -> str:
    if cc == "pw":
        return f"+680 {c.r.choice(['775', '779', '620', '778'])}-{digits(c, 4)}"
    if cc == "st":
        return f"+239 9{c.r.choice('89')}{digits(c, 1)} {digits(c, 4)}"
    return f"06 39 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"


def landline(c: Ctx, cc: str) -> str:
    if cc == "pw":
        return f"(680) 488-{digits(c, 4)}"
    if cc == "st":
        return f"222 {digits(c, 4)}"
    return f"02 69 {c.r.choice(['61', '62', '63', '60'])} {digits(c, 2)} {digits(c, 2)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    if cc == "pw":
        hamlet, state = c.r.choice(p["hamlet"]), c.r.choice(p["state"])
        box = f"P.O. Box {c.r.randint(10, 9999)}"
        line = c.r.choice([box, f"House {c.r.randint(1, 400)}, {hamlet}", f"{box}, {hamlet}"])
        return {"line": line, "town": state, "district": hamlet, "postcode": "96940",
                "full": f"{line}, {state}, Palau 96940"}
    if cc == "st":
        town, bairro = c.r.choice(p["town"]), c.r.choice(p["bairro"])
        line = c.r.choice([f"{c.r.choice(p['street'])}, n.º {c.r.randint(1, 180)}", f"Bairro {bairro}, casa {c.r.randint(1, 90)}",
                           f"Caixa Postal {c.r.randint(10, 999)}"])
        return {"line": line, "town": town, "district": c.r.choice(p["distrito"]), "postcode": "",
                "full": f"{line}, {town}"}
    commune, postcode, insee = c.r.choice(p["commune"]).split("|")
    village = c.r.choice(p["village"])
    line = f"{c.r.randint(1, 60)} {c.r.choice(p['street'])}, {village}"
    return {"line": line, "town": commune, "district": village, "postcode": postcode, "insee": insee,
            "full": f"{line}, {postcode} {commune}"}


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2005) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last = c.r.choice(p["last"])
    birth = date(c, y0, y1)
    user = slug(f"{first.split()[0]}.{last.split()[-1]}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    addr = _address(c, cc)
    if cc == "pw":
        natid = f"{c.r.randint(500, 599)}-{digits(c, 2)}-{digits(c, 4)}"       # Palau Social Security number
    elif cc == "st":
        natid = f"{c.r.randint(100000, 299999)}"                               # bilhete de identidade
    else:
        natid = nir(c, sex, birth, addr["insee"] if c.r.random() < 0.7 else None)
    out = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth,
           "mobile": mobile(c, cc), "phone": landline(c, cc), "email": email, "user": user, "natid": natid,
           "ip": public_ip(c, (103, 202, 197, 41, 154, 196, 92, 90))}
    out.update({f"a_{k}": v for k, v in addr.items()})
    return out


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2005) -> Gen:
    return lambda c, i: cached(c, ("ap", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: mobile(c, cc)


def near(lat: float, lon: float, spread: float = 0.05) -> Gen:
    return lambda c, i: f"{lat + c.r.uniform(-spread, spread):.6f},{lon + c.r.uniform(-spread, spread):.6f}"
