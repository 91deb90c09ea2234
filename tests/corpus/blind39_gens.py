"""Hand-written value helpers for the thirty-ninth blind corpus part (schemas ao_*): no Faker, no word lists.

Names, streets, towns, mail domains, phone shapes and id shapes of Anguilla, Saint Helena, Equatorial Guinea, Hong
Kong, French Polynesia and Guadeloupe were typed by hand. Every random draw comes from the context's seeded `c.r`.
The parts of one person are drawn once per (entity, row) by `person` and cached (the cache of blind26_gens), so the
columns of a row agree. Check digits are computed by hand (HKID mod 11, French NIR key 97 - n mod 97).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from .blind26_gens import ascii_slug, cached, date, digits
from .gens import Ctx

Gen = Callable[[Ctx, int], Any]

POOLS: dict[str, dict[str, list[str]]] = {
    "ai": {   # Anguilla
        "m": ["Kenroy", "Dwayne", "Shamal", "Kelvin", "Alwyn", "Jerome", "Rondell", "Kieron", "Vernon", "Elvis"],
        "f": ["Verna", "Shirlene", "Delphine", "Natasha", "Kerisha", "Avonelle", "Joycelyn", "Tamika", "Lorna", "Icilma"],
        "last": ["Richardson", "Hodge", "Gumbs", "Webster", "Lake", "Connor", "Carty", "Fleming", "Harrigan", "Rogers",
                 "Banks", "Brooks", "Hughes", "Mussington", "Proctor", "Romney"],
        "street": ["Landsome Road", "Back Street", "Albert Lake Drive", "Rey Hill Road", "Long Path", "Airport Road",
                   "Stoney Ground Road", "Church Road"],
        "city": ["The Valley", "Sandy Ground", "Blowing Point", "Island Harbour", "West End", "East End", "North Hill",
                 "South Hill", "George Hill", "The Farrington"],
        "mail": ["gmail.com", "hotmail.com", "anguillanet.ai", "yahoo.com", "caribcable.ai"],
    },
    "sh": {   # Saint Helena
        "m": ["Derek", "Gavin", "Merrill", "Ivan", "Clint", "Stedson", "Cyril", "Basil", "Trevor", "Kenny"],
        "f": ["Doreen", "Sharon", "Loretta", "Vilma", "Gillian", "Tracy", "Bernice", "Hazel", "Kerry", "Maureen"],
        "last": ["Thomas", "Yon", "Benjamin", "Leo", "George", "Henry", "Duncan", "Crowie", "Stevens", "Williams",
                 "Peters", "Joshua", "Fowler", "Young", "Plato", "Coleman"],
        "street": ["Main Street", "Market Street", "Napoleon Street", "Back Path", "Ladder Hill Road", "Piccolo Hill",
                   "Cow Path", "Sisters' Walk", "New Ground Road", "Barracks Square"],
        "city": ["Jamestown", "Half Tree Hollow", "Longwood", "Levelwood", "Blue Hill", "Alarm Forest", "St Paul's",
                 "Sandy Bay", "Briars", "Rupert's"],
        "mail": ["helanta.co.sh", "gmail.com", "sure.co.sh", "hotmail.co.uk", "yahoo.co.uk"],
    },
    "gq": {   # Equatorial Guinea
        "m": ["Teodoro", "Gabriel", "Fortunato", "Agapito", "Pastor", "Crisantos", "Salvador", "Marcelino", "Tomás",
              "Anacleto"],
        "f": ["Milagrosa", "Trinidad", "Eulalia", "Purificación", "Consolación", "Bonifacia", "Remedios", "Angustias",
              "Pilar", "Genoveva"],
        "last": ["Nguema", "Obiang", "Mba", "Ndong", "Esono", "Ondo", "Nsue", "Abeso", "Bacale", "Mangue", "Ela",
                 "Edjang", "Owono", "Mikue", "Bolekia", "Riloha", "Borico", "Eyang"],
        "street": ["Calle de Argelia", "Avenida de la Independencia", "Calle de Kenia", "Carretera del Aeropuerto",
                   "Calle Rey Malabo", "Avenida Hassan II", "Calle de Nigeria", "Carretera de Luba"],
        "district": ["Ela Nguema", "Los Ángeles", "Paraíso", "Semu", "Campo Yaundé", "Sampaka", "Ukomba", "Comandachina"],
        "city": ["Malabo", "Bata", "Ebebiyín", "Mongomo", "Evinayong", "Luba", "Riaba", "Aconibe", "Mbini"],
        "mail": ["gmail.com", "yahoo.es", "hotmail.com", "getesa.gq", "outlook.es"],
    },
    "hk": {   # Hong Kong (given names romanised and in characters, paired by index)
        "m": ["Ka Ho", "Chi Keung", "Siu Ming", "Tsz Kin", "Kwok Wai", "Man Kit", "Wai Lun", "Chun Hei"],
        "f": ["Wing Yan", "Mei Ling", "Hoi Yan", "Pui Shan", "Suk Fan", "Yuk Lan", "Ka Man", "Sze Wing"],
        "m_zh": ["家豪", "志強", "小明", "子健", "國偉", "文傑", "偉倫", "俊希"],
        "f_zh": ["詠欣", "美玲", "凱欣", "佩珊", "淑芬", "玉蘭", "嘉敏", "思穎"],
        "last": ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Leung", "Ho", "Tsang", "Yeung", "Lam", "Chow", "Tang",
                 "Mak", "Kwok"],
        "last_zh": ["陳", "黃", "李", "張", "劉", "吳", "梁", "何", "曾", "楊", "林", "周", "鄧", "麥", "郭"],
        "street": ["Nathan Road", "Fa Yuen Street", "Hennessy Road", "King's Road", "Castle Peak Road",
                   "Ngau Tau Kok Road", "Shan Tung Street", "Ap Liu Street", "Tai Po Road", "Sha Tsui Road"],
        "estate": ["Tai Koo Shing", "Mei Foo Sun Chuen", "Lok Fu Estate", "Choi Hung Estate", "Sha Tin Wai",
                   "Kwai Chung Estate", "On Ting Estate", "Heng Fa Chuen"],
        "city": ["Sham Shui Po", "Mong Kok", "Kwun Tong", "Sha Tin", "Tsuen Wan", "Tuen Mun", "Wan Chai", "North Point",
                 "Yuen Long", "Tai Po"],
        "mail": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com", "outlook.com"],
    },
    "pf": {   # French Polynesia
        "m": ["Teiva", "Manaarii", "Heimana", "Tehei", "Raiarii", "Moana", "Teva", "Tamatoa", "Hiro", "Vaihere"],
        "f": ["Hinatea", "Vaimiti", "Tiare", "Heiata", "Maeva", "Poehere", "Teura", "Ranitea", "Titaina", "Moerani"],
        "last": ["Teriitahi", "Tehaamoana", "Tauotaha", "Temauri", "Tetuanui", "Maraetaata", "Amaru", "Tapu",
                 "Teihotu", "Vairaaroa", "Mahai", "Tinorua", "Lehartel", "Chin Foo", "Bonnefin", "Teriierooiterai"],
        "street": ["Servitude Teroro", "Route de Outumaoro", "Avenue Pomare V", "Rue du Commandant Destremau",
                   "Servitude Tepapa", "Chemin vicinal de Tipaerui", "Rue des Poilus Tahitiens", "Route de ceinture"],
        "city": ["Papeete", "Faa'a", "Punaauia", "Pirae", "Arue", "Mahina", "Paea", "Taravao", "Uturoa", "Vaitape"],
        "mail": ["mail.pf", "gmail.com", "hotmail.fr", "vini.pf", "yahoo.fr"],
    },
    "gp": {   # Guadeloupe
        "m": ["Jean-Claude", "Dany", "Yannick", "Félix", "Rudy", "Willy", "Joël", "Harry", "Max", "Gilbert"],
        "f": ["Marie-Line", "Ghislaine", "Josiane", "Nadège", "Sandrine", "Marlène", "Lucette", "Murielle", "Rosan",
              "Viviane"],
        "last": ["Jalton", "Bélénus", "Lubin", "Nestor", "Bélair", "Lacroix", "Théodore", "Pierre-Louis", "Zou",
                 "Maran", "Anzala", "Gaydu", "Rinaldo", "Sylvestre", "Dorville", "Ibéné"],
        "street": ["Section Boisvin", "Lotissement Les Palmiers", "Rue Frébault", "Chemin de Blanchet",
                   "Route de Grand-Camp", "Section Bellevue", "Rue Achille René-Boisneuf", "Chemin de Bois-Debout"],
        "city": ["Les Abymes", "Pointe-à-Pitre", "Baie-Mahault", "Le Gosier", "Sainte-Anne", "Le Moule",
                 "Capesterre-Belle-Eau", "Petit-Bourg", "Sainte-Rose", "Grand-Bourg"],
        "mail": ["wanadoo.fr", "orange.fr", "gmail.com", "hotmail.fr", "outremer-telecom.fr"],
    },
}
POSTCODES = {"gp": {"Les Abymes": "97139", "Pointe-à-Pitre": "97110", "Baie-Mahault": "97122", "Le Gosier": "97190",
                    "Sainte-Anne": "97180", "Le Moule": "97160", "Capesterre-Belle-Eau": "97130",
                    "Petit-Bourg": "97170", "Sainte-Rose": "97115", "Grand-Bourg": "97112"}}
INSEE = {"Les Abymes": "101", "Pointe-à-Pitre": "120", "Baie-Mahault": "103", "Le Gosier": "113", "Sainte-Anne": "128",
         "Le Moule": "117", "Capesterre-Belle-Eau": "107", "Petit-Bourg": "118", "Sainte-Rose": "129", "Grand-Bourg": "112"}


def hkid(c: Ctx) -> str:
    """A Hong Kong identity card number with its mod-11 check digit (single-letter prefix, space counts 36)."""
    letter, six = c.r.choice("ACDEGHKPRVYZ"), digits(c, 6)
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(six, range(7, 1, -1)))
    check = (11 - total % 11) % 11
    return f"{letter}{six}({'A' if check == 10 else check})"


def nir(c: Ctx, sex: str, birth: dt.date, town: str) -> str:
    """A French social-security number born in Guadeloupe (department 971) with its key (97 - n mod 97)."""
    body = f"{1 if sex == 'M' else 2}{birth:%y%m}971{INSEE[town][1:]}{digits(c, 3)}"
    return f"{body} {97 - int(body) % 97:02d}"


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    if cc == "ai":
        return f"+1 264 {c.r.choice(['235', '476', '729', '772'])} {digits(c, 4)}", f"264-497-{digits(c, 4)}"
    if cc == "sh":
        return f"+290 {c.r.choice('56')}{digits(c, 4)}", f"+290 2{digits(c, 4)}"
    if cc == "gq":
        return f"+240 {c.r.choice(['222', '551', '555'])} {digits(c, 3)} {digits(c, 3)}", f"+240 333 09{digits(c, 1)} {digits(c, 3)}"
    if cc == "hk":
        return f"+852 {c.r.choice('569')}{digits(c, 3)} {digits(c, 4)}", f"2{digits(c, 3)} {digits(c, 4)}"
    if cc == "pf":
        return f"+689 87 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", f"40 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    return f"0690 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", f"0590 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, town, n = c.r.choice(p["street"]), c.r.choice(p["city"]), c.r.randint(1, 180)
    if cc == "hk":
        line = f"Flat {c.r.randint(1, 40)}{c.r.choice('ABCDEFGH')}, {c.r.randint(2, 38)}/F, " + c.r.choice(
            [f"Block {c.r.randint(1, 12)}, {c.r.choice(p['estate'])}", f"{n} {street}"])
        post = ""
    elif cc == "gq":
        line, post = f"{street} {n}, barrio {c.r.choice(p['district'])}", f"Apdo. {c.r.randint(100, 999)}"
    elif cc == "pf":
        line = c.r.choice([f"PK {c.r.randint(1, 40)},{c.r.randint(0, 9)} côté {c.r.choice(['mer', 'montagne'])}",
                           f"{street}, lot {n}"])
        post = f"BP {c.r.randint(100, 9999)} - 987{c.r.choice(['13', '14', '18', '01', '02', '09'])}"
    elif cc == "gp":
        line, post = f"{n} {street}", POSTCODES["gp"][town]
    elif cc == "sh":
        line, post = f"{n} {street}", "STHL 1ZZ"
    else:
        line, post = f"{c.r.choice(['Lot', 'House'])} {n}, {street}", "AI-2640"
    return {"a_line": line, "a_city": town, "a_post": post, "a_full": f"{line}, {town} {post}".strip()}


def make_person(c: Ctx, cc: str, y0: int = 1945, y1: int = 2005) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    k, j = c.r.randrange(len(p["m" if sex == "M" else "f"])), c.r.randrange(len(p["last"]))
    first, last = p["m" if sex == "M" else "f"][k], p["last"][j]
    birth = date(c, y0, y1)
    mobile, phone = _phones(c, cc)
    user = ascii_slug(f"{first.split()[0]}.{last}").replace("'", "")
    pers = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
            "phone": phone, "user": user, "email": f"{user}{c.r.choice(['', str(birth.year % 100)])}@"
                                                  f"{c.r.choice(p['mail'])}"}
    if cc == "hk":
        pers["zh"] = p["last_zh"][j] + p[("m" if sex == "M" else "f") + "_zh"][k]
        pers["full"] = f"{last} {first}"
    pers.update(_address(c, cc))
    if cc == "hk":
        pers["natid"] = hkid(c)
    elif cc == "gp":
        pers["natid"] = nir(c, sex, birth, pers["a_city"])
    elif cc == "gq":
        pers["natid"] = f"{c.r.randint(100, 999)}.{digits(c, 3)}"
    elif cc == "pf":
        pers["natid"] = digits(c, 7)
    return pers


def person(cc: str, entity: str, field: str, y0: int = 1945, y1: int = 2005) -> Gen:
    """One field of the person of row i of `entity` (drawn once per row and cached)."""
    return lambda c, i: cached(c, ("ao", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    """A full name not tied to any row (a relative, a contact person)."""
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_phone(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def town(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["city"])
