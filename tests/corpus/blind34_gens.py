"""Hand-written value helpers for the thirty-fourth blind corpus part (schemas aj_*): no Faker, no word lists.

The generic draws (seq, fk, one, maybe, dates, bcrypt, ...) are reused from blind26_gens; the names, streets, phone
shapes and id shapes of the six places here (Aruba, Myanmar, Guyana, Angola, Eswatini, Tajikistan) were typed by hand.
One person's parts are drawn once per (entity, row) and cached, so a row's columns agree.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum import luhn

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "aw": {"m": ["Ruben", "Giovanni", "Jurick", "Edsel", "Ryan", "Shurendy", "Glenbert", "Mike", "Xander", "Rigoberto"],
           "f": ["Evelyn", "Jeanette", "Shaira", "Ingrid", "Merly", "Danielle", "Gisela", "Nathaly", "Rosalinda", "Elvira"],
           "last": ["Croes", "Kock", "Tromp", "Werleman", "Maduro", "Geerman", "Wever", "Oduber", "Lacle", "Ras",
                    "Dijkhoff", "Boekhoudt", "Arends", "Figaroa", "Kelly", "Lampe"],
           "street": ["Caya G.F. Betico Croes", "L.G. Smith Boulevard", "Caya Frans Figaroa", "Bushiri", "Sabana Basora",
                      "Palm Beach", "Noord", "Seroe Blanco", "Caya Ing. Roland H. Lacle", "Weg Fontein"],
           "city": ["Oranjestad", "Noord", "San Nicolas", "Santa Cruz", "Paradera", "Savaneta"],
           "mail": ["gmail.com", "setarnet.aw", "hotmail.com", "yahoo.com", "icloud.com"]},
    "us": {"m": ["Michael", "David", "Brian", "Kevin", "Jason", "Thomas", "Robert", "Scott"],
           "f": ["Jennifer", "Lisa", "Karen", "Michelle", "Amanda", "Stephanie", "Laura", "Heather"],
           "last": ["Sullivan", "Kowalski", "Brennan", "Hoffman", "Rivera", "Nguyen", "Patterson", "Caruso", "Goldberg",
                    "McCarthy"],
           "street": ["Maple Ave", "Old Post Rd", "Elm Street", "Route 9W", "Commonwealth Ave", "Hillcrest Dr"],
           "city": ["Hoboken NJ", "Stamford CT", "Quincy MA", "White Plains NY", "Cherry Hill NJ", "Columbus OH"],
           "mail": ["gmail.com", "aol.com", "comcast.net", "yahoo.com", "verizon.net"]},
    "mm": {"m": ["Aung Ko Ko", "Kyaw Zin Htet", "Min Thant", "Zaw Myo Htut", "Htet Aung", "Thura Naing", "Ye Lin Tun",
                 "Saw Eh Doh", "Nay Lin Aung", "Sai Kham Leik"],
           "f": ["Thandar Hlaing", "Su Myat Noe", "Ei Ei Phyo", "Nan Hsu Wai", "Khin Sandar Win", "May Thu Kyaw",
                 "Hnin Wai Phyo", "Naw Paw Htoo", "Yamin Aye", "Phyu Sin Thant"],
           "last": [""], "street": ["Bogyoke Aung San Rd", "Pyay Rd", "Anawrahta Rd", "Kabar Aye Pagoda Rd", "35th St",
                                    "Bo Myat Tun St", "Insein Rd", "Waizayanta Rd", "78th St"],
           "city": ["Yangon", "Mandalay", "Naypyitaw", "Taunggyi", "Mawlamyine", "Bago", "Pathein"],
           "mail": ["gmail.com", "yahoo.com", "mptmail.net.mm", "outlook.com"]},
    "gy": {"m": ["Devendra", "Rajesh", "Shawn", "Troy", "Ravindra", "Kwame", "Mohamed", "Leon", "Ganesh", "Andrew"],
           "f": ["Sharmila", "Natasha", "Chandra", "Donna", "Savitri", "Keisha", "Bibi", "Roxanne", "Indira", "Alicia"],
           "last": ["Persaud", "Singh", "Ramsaroop", "Williams", "Jagdeo", "Khan", "Chung", "Boodhoo", "Fraser", "Griffith",
                    "Ramdass", "DeFreitas", "Mohamed", "Bacchus", "Jordan", "Baksh"],
           "street": ["Regent Street", "Camp Street", "Sheriff Street", "Vlissengen Road", "Mandela Avenue", "Public Road",
                      "Barr Street", "Lamaha Street", "Croal Street", "Middle Road"],
           "city": ["Georgetown", "Linden", "New Amsterdam", "Anna Regina", "Bartica", "Corriverton", "Rose Hall"],
           "mail": ["gmail.com", "yahoo.com", "hotmail.com", "gtt.co.gy", "outlook.com"]},
    "ao": {"m": ["António", "Manuel", "Domingos", "Nelson", "Adilson", "Francisco", "Kiala", "Lukeny", "Edvaldo", "Mateus"],
           "f": ["Esperança", "Isabel", "Teresa", "Luzia", "Ngola", "Marisa", "Felismina", "Josefa", "Yuri", "Conceição"],
           "last": ["dos Santos", "Kiluange", "Sebastião", "da Silva", "Neto", "Mbemba", "Capitão", "Kassoma", "Lourenço",
                    "Chipenda", "Van-Dúnem", "Tchissola", "Manuel", "Pedro", "Ndala", "Cassinda"],
           "street": ["Rua Rainha Ginga", "Av. 4 de Fevereiro", "Rua Amílcar Cabral", "Rua Major Kanhangulo",
                      "Av. Deolinda Rodrigues", "Rua Ho Chi Min", "Rua Comandante Che Guevara", "Av. Lénine"],
           "city": ["Luanda", "Benguela", "Lobito", "Huambo", "Lubango", "Cabinda", "Viana", "Cacuaco"],
           "mail": ["gmail.com", "hotmail.com", "yahoo.com.br", "unitel.co.ao", "outlook.com"]},
    "sz": {"m": ["Sibusiso", "Mandla", "Sipho", "Bongani", "Mduduzi", "Themba", "Musa", "Sandile", "Nkosinathi", "Vusi"],
           "f": ["Nomvula", "Thandeka", "Lindiwe", "Nompumelelo", "Zanele", "Phindile", "Busisiwe", "Nokuthula", "Sinethemba",
                 "Gcinile"],
           "last": ["Dlamini", "Simelane", "Nxumalo", "Mamba", "Shongwe", "Mkhonta", "Magagula", "Zwane", "Tsabedze",
                    "Masilela", "Hlophe", "Khumalo", "Motsa", "Gamedze", "Mabuza", "Vilakati"],
           "street": ["Mahlokohla Street", "Gwamile Street", "Somhlolo Road", "Nkoseluhlaza Street", "Dzeliwe Street",
                      "Msakato Street", "Sozisa Road", "Ngwane Street"],
           "city": ["Mbabane", "Manzini", "Nhlangano", "Siteki", "Piggs Peak", "Matsapha", "Big Bend", "Ezulwini"],
           "mail": ["gmail.com", "yahoo.com", "realnet.co.sz", "swazi.net", "outlook.com"]},
    "tj": {"m": ["Firdavs", "Rustam", "Behruz", "Farrukh", "Jamshed", "Sunatullo", "Daler", "Shahrom", "Umed", "Kamol"],
           "f": ["Madina", "Nigina", "Zarina", "Malika", "Tahmina", "Gulnora", "Sitora", "Manizha", "Parvina", "Dilnoza"],
           "last": ["Rahmon", "Saidov", "Nazarov", "Karimov", "Sharipov", "Qodirov", "Mirzoev", "Davlatov", "Safarov",
                    "Ismoilov", "Boboev", "Nurov", "Hakimov", "Jurayev", "Salimov", "Olimov"],
           "street": ["khiyoboni Rudaki", "kuchai Bokhtar", "khiyoboni Ismoili Somoni", "kuchai Aini", "kuchai Shotemur",
                      "kuchai Mirzo Tursunzoda", "khiyoboni Sino", "kuchai Lohuti"],
           "city": ["Dushanbe", "Khujand", "Bokhtar", "Kulob", "Istaravshan", "Vahdat", "Khorugh", "Panjakent"],
           "mail": ["mail.ru", "gmail.com", "yandex.ru", "tojikiston.tj", "inbox.ru"]},
}
_ASCII = str.maketrans("áéíóúâêôãõçÁÉÍÓÚÇ' ", "aeiouaeoaocAEIOUC._")
MM_TOWNSHIP = ["12/LaMaNa", "12/KaMaYa", "12/BaHaNa", "9/MaHaMa", "9/AhMaZa", "13/TaKaNa", "10/MaLaMa", "14/PaThaNa"]


def slug(s: str) -> str:
    return s.translate(_ASCII).lower().replace("-", "").replace("__", "_")


def mobile(c: Ctx, cc: str) -> str:
    if cc == "aw":
        return f"+297 {c.r.choice(['56', '59', '73', '74'])}{digits(c, 1)} {digits(c, 4)}"
    if cc == "us":
        return f"+1 {c.r.choice(['201', '203', '617', '914', '856', '614'])}-{c.r.randint(200, 989)}-{digits(c, 4)}"
    if cc == "mm":
        return f"09 {c.r.choice('24579')}{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    if cc == "gy":
        return f"+592 6{c.r.choice('0123456789')}{digits(c, 1)}-{digits(c, 4)}"
    if cc == "ao":
        return f"+244 9{c.r.choice('1234')}{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}"
    if cc == "sz":
        return f"+268 7{c.r.choice('689')}{digits(c, 2)} {digits(c, 4)}"
    return f"+992 {c.r.choice(['90', '91', '92', '93', '98', '55'])} {digits(c, 3)} {digits(c, 4)}"


def natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "mm":   # NRC: state/township(N)number
        return f"{c.r.choice(MM_TOWNSHIP)}(N){digits(c, 6)}"
    if cc == "ao":   # bilhete de identidade: 9 digits, province letters, 3 digits
        return f"00{digits(c, 7)}{c.r.choice(['LA', 'BA', 'HO', 'HA', 'CA', 'BE'])}0{digits(c, 2)}"
    if cc == "sz":   # personal identification number: YYMMDD + 7
        return f"{birth:%y%m%d}{c.r.choice('15')}{digits(c, 6)}"
    if cc == "tj":   # passport of the Republic of Tajikistan
        return f"{c.r.choice(['A', '4'])}{digits(c, 8)}" if c.r.random() < 0.5 else f"40{digits(c, 7)}"
    if cc == "gy":   # national identification card number
        return f"{digits(c, 9)}"
    if cc == "aw":   # persoonsnummer: birth date + serial
        return f"{birth:%Y%m%d}{digits(c, 2)}"
    body = digits(c, 8)
    return f"{body}{luhn.calc_check_digit(body)}"


def address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    st, city, n = c.r.choice(p["street"]), c.r.choice(p["city"]), c.r.randint(1, 240)
    if cc == "aw":
        line, pc = f"{st} {n}", ""
    elif cc == "us":
        line, pc = f"{n * 13} {st}", f"0{c.r.randint(1000, 9999)}"
    elif cc == "mm":
        line, pc = f"No. {n}, {st}, {c.r.choice(['Kamayut', 'Sanchaung', 'Hlaing', 'Bahan', 'Chanayethazan'])} Tsp.", \
            f"11{digits(c, 3)}"
    elif cc == "gy":
        line, pc = f"Lot {n} {st}, {c.r.choice(['Kitty', 'Campbellville', 'Albertown', 'Bel Air Park', 'Diamond'])}", ""
    elif cc == "ao":
        line, pc = f"{st}, n.º {n}, Bairro {c.r.choice(['Maianga', 'Alvalade', 'Rangel', 'Cazenga', 'Talatona'])}", ""
    elif cc == "sz":
        line, pc = f"Plot {n}, {st}", f"{c.r.choice('HMLS')}{c.r.randint(100, 400)}"
    else:
        line, pc = f"{st}, h. {n}, kv. {c.r.randint(1, 90)}", f"73{digits(c, 4)}"
    return {"line": line, "city": city, "postcode": pc, "full": f"{line}, {city}{' ' + pc if pc else ''}"}


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    if cc == "tj" and sex == "F" and last.endswith(("ov", "ev")):
        last += "a"
    birth = date(c, y0, y1)
    full = f"{first} {last}".strip()
    user = slug(first.split()[0] + ("." + last.split()[-1] if last else digits(c, 2)))
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "full": full, "birth": birth, "mobile": mobile(c, cc),
              "email": email, "user": user, "natid": natid(c, cc, sex, birth), "ip": public_ip(c)}
    person.update({f"a_{k}": v for k, v in address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}".strip()


def any_mobile(cc: str) -> Gen:
    return lambda c, i: mobile(c, cc)
