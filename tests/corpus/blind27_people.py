"""Hand-typed people of the twenty-seventh blind corpus part (schemas ac_*): names, streets, towns, phone and id
shapes of Mauritius (MU), Panama (PA), the Faroe Islands (FO), Montenegro (ME), Mozambique (MZ) and Botswana (BW).

The parts of one person are drawn once per (entity, row) from `c.r` and cached on the context, so the columns of a
row, and rows that share an id across tables, agree. The Mozambican NUIT's check digit is computed with python-stdnum
(stdnum.mz.nuit); Panamanian cédulas, Mozambican BI numbers and Botswana Omang numbers (fifth digit: sex) are random
in shape. Mauritian, Faroese and Montenegrin people get no national id: their schemas keep none.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Callable, Sequence

from stdnum.mz import nuit as mz_nuit

from .gens import Ctx, Gen

_GIVEN = {
    "MU": (("Ravi", "Vikash", "Anil", "Kevin", "Jean-Marc", "Yannick", "Shakeel", "Faisal", "Ashvin", "Rajesh",
            "Christophe", "Devanand", "Ludovic", "Irfan", "Sanjay", "Wong"),
           ("Priya", "Anjali", "Nadia", "Marie-Claire", "Sandrine", "Kavita", "Shabnam", "Vanessa", "Deepa",
            "Laetitia", "Oumila", "Sheela", "Nafeesa", "Josiane", "Poonam", "Mei Ling")),
    "PA": (("José", "Luis", "Carlos", "Ricardo", "Rubén", "Eduardo", "Aníbal", "Omar", "Rolando", "Abdiel",
            "Euclides", "Iván"),
           ("María", "Yariela", "Itzel", "Yamileth", "Kathia", "Anayansi", "Lourdes", "Marisol", "Dayana",
            "Yessenia", "Eyra", "Nitzia")),
    "FO": (("Jógvan", "Hans", "Heini", "Rógvi", "Sámal", "Bárður", "Eyðun", "Sjúrður", "Óli", "Tróndur", "Pætur",
            "Hallur", "Magnus", "Jens Kristian"),
           ("Guðrun", "Rakul", "Sólja", "Marjun", "Ragnhild", "Elin", "Turið", "Sigrid", "Brynhild", "Jórun",
            "Bjørg", "Kristina", "Annika", "Halla")),
    "ME": (("Marko", "Nikola", "Milan", "Stefan", "Luka", "Vuk", "Dejan", "Igor", "Nemanja", "Balša", "Miloš",
            "Andrija"),
           ("Jelena", "Milica", "Ana", "Tijana", "Maja", "Ivana", "Sanja", "Dragana", "Bojana", "Jovana", "Anđela",
            "Teodora")),
    "MZ": (("Armando", "Celso", "Fernando", "Hélder", "Jacinto", "Nelson", "Alberto", "Custódio", "Ernesto", "Abel",
            "Zacarias", "Domingos", "Amade", "Felizardo"),
           ("Albertina", "Graça", "Esperança", "Luísa", "Célia", "Ancha", "Felismina", "Joana", "Rosália", "Amélia",
            "Lurdes", "Teresa", "Atália", "Cacilda")),
    "BW": (("Kagiso", "Tebogo", "Thabo", "Kabelo", "Onkemetse", "Mpho", "Lesego", "Katlego", "Tshepo", "Oratile",
            "Gaolathe", "Kgomotso"),
           ("Masego", "Naledi", "Keabetswe", "Onalenna", "Gaone", "Boitumelo", "Lorato", "Kelebogile", "Tshiamo",
            "Refilwe", "Dineo", "Bontle")),
}
_FAMILY = {
    "MU": ("Ramdin", "Seetaram", "Bhugun", "Gopaul", "Appadoo", "Pillay", "Lebon", "Ah-Kee", "Li Ching", "Bholah",
           "Jhurry", "Dookhun", "Sookun", "Ramsurrun", "Perrine", "Rivet", "Hossenbux", "Peerbux", "Moutou",
           "Lam Po Tang", "Veerasamy", "Cateaux"),
    "PA": ("González", "Rodríguez", "Castillo", "Batista", "Quintero", "Pinzón", "Vergara", "Sánchez", "De León",
           "Barría", "Saavedra", "Arosemena", "Herrera", "Jaén", "Guerra", "Samudio", "Caballero", "Espino"),
    "FO": ("Joensen", "Hansen", "Jacobsen", "Olsen", "Poulsen", "Petersen", "Johannesen", "Dam", "Djurhuus",
           "Mortensen", "Nolsøe", "Simonsen", "Rasmussen", "Højgaard", "Ellefsen", "Midjord", "Debes", "Zachariasen"),
    "ME": ("Vujović", "Radulović", "Popović", "Đurović", "Marković", "Bulatović", "Vukčević", "Kaluđerović",
           "Šćekić", "Perović", "Radonjić", "Lekić", "Vujošević", "Mugoša", "Pejović", "Raičević", "Bošković"),
    "MZ": ("Macuácua", "Cossa", "Nhantumbo", "Sitoe", "Mabunda", "Tembe", "Langa", "Muianga", "Machava", "Cumbe",
           "Bila", "Mucavele", "Massinga", "Matsinhe", "Zandamela", "Guambe", "Chauque", "Uamusse", "Mussa"),
    "BW": ("Molefe", "Kgosi", "Mothibi", "Modise", "Sebego", "Moagi", "Masire", "Tau", "Phiri", "Nkwe", "Motsumi",
           "Seabo", "Mosweu", "Keitseng", "Baitshepi", "Ntshabe", "Ramatlapeng", "Dintwe"),
}
_STREETS = {
    "MU": ("Royal Road", "Avenue des Manguiers", "Rue St Georges", "Morcellement Raffray", "La Chaussée Street",
           "Avenue Victoria", "Rue Desforges", "Impasse Bissoondoyal", "Boulevard Rivaltz", "Avenue Berthaud",
           "Rue Labourdonnais", "Cité La Cure"),
    "PA": ("Calle 50", "Vía España", "Avenida Balboa", "Calle Uruguay", "Vía Porras", "Calle 74 San Francisco",
           "Avenida Justo Arosemena", "Vía Israel", "Calle Aquilino de la Guardia", "Calle Manuel María Icaza"),
    "FO": ("Niels Finsens gøta", "Dalavegur", "Jónas Broncks gøta", "Tróndargøta", "Undir Bakkanum", "Landavegur",
           "Hoyvíksvegur", "Úti á Bø", "Bakkavegur", "Kirkjubøvegur"),
    "ME": ("Bulevar Svetog Petra Cetinjskog", "Ulica Slobode", "Njegoševa", "Hercegovačka", "Bulevar Džordža "
           "Vašingtona", "Moskovska", "Ulica 13. jula", "Trg Republike", "Jadranski put", "Ulica Vaka Đurovića"),
    "MZ": ("Av. Eduardo Mondlane", "Rua da Resistência", "Av. Julius Nyerere", "Av. 24 de Julho", "Rua de Tchamba",
           "Av. Karl Marx", "Rua Dar-es-Salaam", "Av. Vladimir Lenine", "Av. Acordos de Lusaka"),
    "BW": ("Plot", "Plot", "Plot", "Lot"),
}
_TOWNS = {
    "MU": (("Port Louis", "11302"), ("Curepipe", "74403"), ("Quatre Bornes", "72201"), ("Rose Hill", "71368"),
           ("Vacoas", "73403"), ("Mahébourg", "50802"), ("Goodlands", "30401"), ("Triolet", "21504"),
           ("Beau Bassin", "71504"), ("Flacq", "40901")),
    "PA": (("Ciudad de Panamá", "0816"), ("Colón", "0301"), ("David", "0401"), ("Santiago", "0901"),
           ("Chitré", "0601"), ("La Chorrera", "1001"), ("Penonomé", "0201"), ("San Miguelito", "0819")),
    "FO": (("Tórshavn", "FO-100"), ("Klaksvík", "FO-700"), ("Runavík", "FO-620"), ("Tvøroyri", "FO-800"),
           ("Vágur", "FO-900"), ("Fuglafjørður", "FO-530"), ("Sørvágur", "FO-380"), ("Hoyvík", "FO-188")),
    "ME": (("Podgorica", "81000"), ("Nikšić", "81400"), ("Budva", "85310"), ("Bar", "85000"),
           ("Herceg Novi", "85340"), ("Cetinje", "81250"), ("Bijelo Polje", "84000"), ("Kotor", "85330")),
    "MZ": (("Maputo", "1100"), ("Matola", "1200"), ("Beira", "2100"), ("Nampula", "3100"), ("Quelimane", "2300"),
           ("Tete", "2500"), ("Chimoio", "2200"), ("Xai-Xai", "1200"), ("Pemba", "3200")),
    "BW": (("Gaborone", ""), ("Francistown", ""), ("Molepolole", ""), ("Mochudi", ""), ("Maun", ""),
           ("Serowe", ""), ("Kanye", ""), ("Palapye", ""), ("Tlokweng", ""), ("Mogoditshane", "")),
}
MZ_BAIRROS = ("Polana Caniço A", "Maxaquene C", "Chamanculo B", "Mafalala", "Hulene B", "Laulane", "Magoanine",
              "Munhuana", "Matola Gare", "Machava-Sede", "Inhamízua", "Muahivire")
_MAIL = {
    "MU": ("gmail.com", "yahoo.com", "intnet.mu", "orange.mu", "myt.mu", "hotmail.com"),
    "PA": ("gmail.com", "hotmail.com", "cwpanama.net", "yahoo.es", "outlook.com"),
    "FO": ("olivant.fo", "post.olivant.fo", "gmail.com", "hotmail.com", "kallnet.fo"),
    "ME": ("gmail.com", "t-com.me", "yahoo.com", "live.com", "ucg.ac.me"),
    "MZ": ("gmail.com", "tdm.co.mz", "yahoo.com.br", "hotmail.com", "teledata.mz"),
    "BW": ("gmail.com", "yahoo.com", "btcmail.co.bw", "botsnet.bw", "outlook.com"),
}


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "dj").replace("Đ", "Dj").replace("ð", "d").replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def _digits(c: Ctx, n: int) -> str:
    return "".join(str(c.r.randint(0, 9)) for _ in range(n))



def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the shapes each country writes them."""
    if cc == "MU":
        return f"+230 5{_digits(c, 3)} {_digits(c, 4)}", f"{c.r.choice('2464')}{_digits(c, 2)} {_digits(c, 4)}"
    if cc == "PA":
        return f"6{_digits(c, 3)}-{_digits(c, 4)}", f"+507 {c.r.choice(('2', '3'))}{_digits(c, 2)}-{_digits(c, 4)}"
    if cc == "FO":
        return (f"{c.r.choice('257')}{_digits(c, 1)} {_digits(c, 2)} {_digits(c, 2)}",
                f"+298 3{_digits(c, 1)} {_digits(c, 2)} {_digits(c, 2)}")
    if cc == "ME":
        return (f"+382 6{c.r.choice('789')} {_digits(c, 3)} {_digits(c, 3)}",
                f"020 {c.r.choice('2364')}{_digits(c, 2)} {_digits(c, 3)}")
    if cc == "MZ":
        return (f"+258 8{c.r.choice('234567')} {_digits(c, 3)} {_digits(c, 4)}",
                f"21 {c.r.choice('3448')}{_digits(c, 2)} {_digits(c, 3)}")
    return f"7{c.r.choice('1234567')} {_digits(c, 3)} {_digits(c, 3)}", f"3{_digits(c, 2)} {_digits(c, 4)}"


def _nid(c: Ctx, cc: str, male: bool) -> str:
    """The national id of the three countries whose schemas keep one (the forum, the wiki and the video site do not)."""
    if cc == "PA":
        return f"{c.r.choice('123456789')}-{c.r.randint(1, 999)}-{c.r.randint(1, 9999)}"
    if cc == "MZ":
        return f"{c.r.choice(('11', '10', '03', '05', '07'))}{_digits(c, 10)}{c.r.choice('ABCDEFGHIJKLMNPQ')}"
    return f"{_digits(c, 4)}{1 if male else 2}{_digits(c, 4)}"


def _street(c: Ctx, cc: str) -> str:
    s = c.r.choice(_STREETS[cc])
    if cc == "MU":
        return f"{c.r.randint(1, 88)} {s}"
    if cc == "PA":
        return f"{s}, Edificio {c.r.choice(('Los Robles', 'Bella Mar', 'Torre Sol', 'PH Vista'))}, Apto. " \
               f"{c.r.randint(1, 24)}{c.r.choice('ABCD')}"
    if cc in ("FO", "ME"):
        return f"{s} {c.r.randint(1, 60)}"
    if cc == "MZ":
        if c.r.random() < 0.5:
            return f"{s}, n.º {c.r.randint(10, 2400)}, {c.r.randint(1, 9)}.º andar"
        return f"Bairro {c.r.choice(MZ_BAIRROS)}, Q. {c.r.randint(1, 60)}, casa n.º {c.r.randint(1, 90)}"
    return f"{s} {c.r.randint(100, 39999)}, {c.r.choice(('Block 8', 'Extension 12', 'Phase 4', 'Ward Ntloedibe'))}"


def person(c: Ctx, ent: str, i: int, cc: str) -> dict[str, Any]:
    """One person of country cc, the same for every column that asks for (ent, i)."""
    cache = c.__dict__.setdefault("_blind27", {})
    key = (ent, i)
    if key not in cache:
        male = c.r.random() < 0.5
        given = c.r.choice(_GIVEN[cc][0 if male else 1])
        family = c.r.choice(_FAMILY[cc])
        born = dt.date(c.r.randint(1950, 2005), c.r.randint(1, 12), c.r.randint(1, 28))
        mobile, landline = _phones(c, cc)
        town, post = c.r.choice(_TOWNS[cc])
        g, f = ascii_fold(given), ascii_fold(family)
        local = c.r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}{born:%y}", f"{g}_{f[:3]}{c.r.randint(1, 99)}"))
        cache[key] = {
            "given": given, "family": family, "full": f"{given} {family}", "sex": "M" if male else "F",
            "dob": born, "mobile": mobile, "landline": landline, "email": f"{local}@{c.r.choice(_MAIL[cc])}",
            "nid": _nid(c, cc, male), "street": _street(c, cc), "town": town, "post": post,
            "login": c.r.choice((f"{g}{f[:1]}{born:%y}", f"{g}_{f}", f"{f[:4]}{c.r.randint(10, 999)}")),
            "nuit": "", "initials": f"{given[0]}. {family}",
        }
        if cc == "MZ":
            body = f"1{_digits(c, 7)}"
            cache[key]["nuit"] = body + mz_nuit.calc_check_digit(body)
    return cache[key]


def pf(field: str, ent: str, cc: str, via: Gen | None = None) -> Gen:
    """One part of a person; via maps the row to the person's row (a foreign key), NULL when it is NULL."""
    def g(c: Ctx, i: int) -> Any:
        row = via(c, i) if via else i
        return None if row is None else person(c, ent, row, cc)[field]
    return g


def pfmt(fmt: str, ent: str, cc: str, via: Gen | None = None) -> Gen:
    """A value formatted from one person's parts: "{family}, {given}", "{dob:%d-%m-%Y}"."""
    def g(c: Ctx, i: int) -> Any:
        row = via(c, i) if via else i
        return None if row is None else fmt.format(**person(c, ent, row, cc))
    return g


def other(field: str, ent: str, cc: str, pool: int = 150) -> Gen:
    """A part of some other person of the same entity (a relative, a witness, a guest)."""
    return lambda c, i: person(c, ent, c.r.randint(1, pool), cc)[field]


def say(templates: Sequence[str], ent: str, cc: str, via: Gen | None = None,
        extra: Callable[[Ctx], dict[str, Any]] | None = None) -> Gen:
    """Free text: a template filled with a person's parts ({full}, {mobile}, ...), plus {o_*} parts of another
    person of the same entity and whatever extra adds. Templates without fields give text with no personal data."""
    def g(c: Ctx, i: int) -> str:
        row = via(c, i) if via else i
        me = person(c, ent, row or 1, cc)
        o = person(c, ent, c.r.randint(1, 150), cc)
        parts = dict(me, **{f"o_{k}": v for k, v in o.items()}, **(extra(c) if extra else {}))
        return c.r.choice(templates).format(**parts)
    return g
