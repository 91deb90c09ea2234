"""Hand-written value pools for the fifty-first blind corpus part (schemas ba_*): no Faker, no word lists.

Three regions, typed by hand: Asturias (Asturian/Spanish names, Spanish DNI), Occitania (Occitan/French names,
French NIR) and Friuli (Friulian/Italian names, Italian codice fiscale shape). Every random draw comes from the
context's seeded `c.r`; the parts of one person are drawn once per ("ba", entity, row) and cached, so the columns of
a row agree. Generic builders (seq, fk, one, ...) are imported from blind26_gens.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind26_gens import cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "as": {   # Asturias
        "m": ["Xuan", "Pelayo", "Xosé", "Nel", "Llucas", "Iyán", "Fernando", "Adrián", "Marcos", "Alfonso", "Xabel",
              "Rubén", "Íñigo", "Tomás"],
        "f": ["Xuana", "Covadonga", "Llucía", "Uxía", "Aitana", "Belén", "Nerea", "Olaya", "Xenara", "Rosa María",
              "Eva", "Pilar", "Sheila", "Noelia"],
        "last": ["Fernández", "Menéndez", "Suárez", "Álvarez", "García", "Rodríguez", "Valdés", "Cuesta", "Llaneza",
                 "Fueyo", "Argüelles", "Bances", "Carreño", "Quirós", "Solís", "Vigil", "Tuñón", "Canteli"],
        "street": ["Calle Corrida", "Avenida de la Costa", "Calle Uría", "Calle Cabrales", "Camín de la Providencia",
                   "Calle Marqués de San Esteban", "Avenida de Galicia", "Calle Ezcurdia", "Calle Manso"],
        "city": ["Xixón", "Avilés", "Mieres", "Llanes", "Llangréu", "Siero", "Cangues d'Onís", "Ribadesella"],
        "mail": ["gmail.com", "hotmail.es", "telecable.es", "yahoo.es", "outlook.es"],
    },
    "oc": {   # Occitania
        "m": ["Joan", "Pèire", "Jòrdi", "Guilhèm", "Bernat", "Ramon", "Marçal", "Tòni", "Loís", "Julien", "Mathieu",
              "Thomas", "Nicolas", "Cédric"],
        "f": ["Joana", "Maria", "Bernadeta", "Alienòr", "Clara", "Magali", "Laura", "Nadaleta", "Sylvie", "Camille",
              "Émilie", "Sandrine", "Marion", "Aurélie"],
        "last": ["Vidal", "Roux", "Fabre", "Bonnafous", "Carrière", "Bousquet", "Marty", "Teulier", "Delmas",
                 "Cabanes", "Roumieu", "Escande", "Lacombe", "Serres", "Castan", "Pujol", "Azaïs", "Mas"],
        "street": ["Rue de l'Ostal", "Carrièra de la Loba", "Avenue de Lodève", "Rue du Faubourg Figuerolles",
                   "Boulevard Gambetta", "Rue Béteille", "Avenue Tarayre", "Place du Bourg", "Chemin de la Crouzette"],
        "city": ["Montpellier", "Rodez", "Millau", "Lodève", "Sète", "Lunel", "Espalion", "Saint-Affrique"],
        "mail": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    },
    "fu": {   # Friuli
        "m": ["Zuan", "Pieri", "Toni", "Checo", "Bepi", "Gjovanin", "Denis", "Luca", "Stefano", "Mauro", "Daniele",
              "Fabio", "Elia", "Matteo"],
        "f": ["Marie", "Catine", "Agnul", "Line", "Mariute", "Laura", "Elisa", "Giulia", "Chiara", "Sabrina",
              "Federica", "Silvia", "Erika", "Arianna"],
        "last": ["Tonutti", "Zanin", "Del Fabbro", "Cescutti", "Della Schiava", "Pittana", "Cicuttini", "Martinis",
                 "Ermacora", "Zorzenon", "Cozzi", "Picotti", "Tomat", "Venuti", "Bearzi", "Gortan", "Fabris", "Zuliani"],
        "street": ["Via Mazzini", "Borc di Sot", "Via Cavour", "Viale Grigoletti", "Via San Quirino", "Contrade Grande",
                   "Via Montereale", "Piazza Duomo", "Via Udin"],
        "city": ["Pordenone", "Codroipo", "Spilimbergo", "Gemona", "Maniago", "Sacile", "Tolmezzo", "Cividale"],
        "mail": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    },
}
_ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑçÇèòàëïü' ", "aeiounAEIOUNcCeoaeiu._")
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def slug(s: str) -> str:
    return s.translate(_ASCII).lower()


def _natid(c: Ctx, cc: str, p: dict[str, Any]) -> str:
    b: dt.date = p["birth"]
    if cc == "as":   # DNI with its control letter
        n = c.r.randrange(9_000_000, 53_999_999)
        return f"{n:08d}{_DNI[n % 23]}"
    if cc == "oc":   # NIR: sex, yy, mm, département, commune, order, key
        body = f"{1 if p['sex'] == 'M' else 2}{b:%y%m}{c.r.choice(['12', '34'])}{digits(c, 3)}{digits(c, 3)}"
        return f"{body}{97 - int(body) % 97:02d}"
    cons = "BCDFGLMNPRSTVZ"   # codice fiscale shape (check letter not computed)
    return (f"{''.join(c.r.choice(cons) for _ in range(6))}{b:%y}{'ABCDEHLMPRST'[b.month - 1]}"
            f"{b.day + (40 if p['sex'] == 'F' else 0):02d}{c.r.choice(['G888', 'C817', 'I904', 'D962'])}"
            f"{c.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")


def mobile(c: Ctx, cc: str) -> str:
    if cc == "as":
        return f"+34 6{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    if cc == "oc":
        return f"+33 6 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    return f"+39 3{c.r.choice(['33', '40', '47', '49'])} {digits(c, 3)} {digits(c, 4)}"


def address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    n, city = c.r.randint(1, 180), c.r.choice(p["city"])
    pc = {"as": f"33{digits(c, 3)}", "oc": f"{c.r.choice(['12', '34'])}{digits(c, 3)}", "fu": f"33{digits(c, 3)}"}[cc]
    line = f"{c.r.choice(p['street'])}, {n}" if cc != "oc" else f"{n} {c.r.choice(p['street'])}"
    return {"line": line, "city": city, "postcode": pc, "full": f"{line}, {pc} {city}"}


def make(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    pool = POOLS[cc]
    sex = c.r.choice("MF")
    first, last, last2 = c.r.choice(pool["m" if sex == "M" else "f"]), c.r.choice(pool["last"]), c.r.choice(pool["last"])
    p: dict[str, Any] = {"sex": sex, "first": first, "last": last, "last2": last2, "full": f"{first} {last}",
                         "birth": date(c, y0, y1), "mobile": mobile(c, cc), "ip": public_ip(c, (80, 83, 88, 93, 151))}
    p["user"] = slug(f"{first.split()[0]}.{last}").replace(" ", "")
    p["email"] = f"{p['user']}{c.r.choice(['', str(c.r.randint(1, 99))])}@{c.r.choice(pool['mail'])}"
    p["natid"] = _natid(c, cc, p)
    p.update({f"a_{k}": v for k, v in address(c, cc).items()})
    return p


def P(cc: str, entity: str, fld: str, y0: int = 1940, y1: int = 2006):
    """One field of the person of row i of `entity`, cached under ("ba", entity, i)."""
    return lambda c, i: cached(c, ("ba", entity, i), lambda cx: make(cx, cc, y0, y1))[fld]


def name(cc: str):
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def any_mobile(cc: str):
    return lambda c, i: mobile(c, cc)


def city(cc: str):
    return lambda c, i: c.r.choice(POOLS[cc]["city"])
