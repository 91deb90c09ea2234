"""People of the thirty-first blind corpus part (schemas ag_*): hand-typed name, street and number pools of six
countries (Monaco, Fiji, Belarus, North Macedonia, Uzbekistan, Seychelles) and one builder per country.

Each builder draws every part of one person from the seeded random.Random it is given; blind31_gens.person caches
the result per (entity, row), so the columns of a row agree. No Faker, no word lists from libraries.
"""
from __future__ import annotations

import datetime as dt
import random

from stdnum import luhn

_ASCII = str.maketrans({"é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c", "ï": "i", "î": "i",
                        "ô": "o", "ö": "o", "ü": "u", "É": "E", "'": "", "ʻ": "", " ": "", "-": ""})


def _ascii(s: str) -> str:
    return s.translate(_ASCII).lower()


def _birth(r: random.Random, lo: int = 1948, hi: int = 2005) -> dt.date:
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _mail(r: random.Random, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, la = _ascii(first), _ascii(last)
    local = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}{la[:3]}{r.randint(1, 99)}", f"{f}_{la}"))
    return f"{local}@{r.choice(domains)}"


# --- Monaco ------------------------------------------------------------------------------------------------------
MC_M = ("Louis", "Jean-Charles", "Stéphane", "Pierre", "Marco", "Christophe", "Philippe", "Olivier", "Antoine",
        "Laurent", "Frédéric", "Guillaume", "Rémy", "Thierry")
MC_F = ("Hélène", "Camille", "Laurence", "Chiara", "Élodie", "Isabelle", "Sophie", "Valérie", "Caroline",
        "Nathalie", "Giulia", "Béatrice", "Anne-Sophie", "Mireille")
MC_LAST = ("Boisson", "Pastor", "Notari", "Gastaud", "Rinaldi", "Passeron", "Crovetto", "Marsan", "Lorenzi",
           "Giordano", "Pallanca", "Bellando", "Fissore", "Médecin", "Campora", "Lanteri", "Soccal", "Vatrican",
           "Marquet", "Orecchia", "Bertani", "Palmaro", "Rossi-Gastaud", "Cellario")
MC_STREETS = ("boulevard des Moulins", "avenue Princesse Grace", "rue Grimaldi", "boulevard Princesse Charlotte",
              "avenue de la Costa", "boulevard d'Italie", "rue Comte Félix Gastaldi", "quai Antoine Ier",
              "boulevard Albert Ier", "rue de Millo", "avenue Saint-Michel", "rue Caroline", "boulevard du Larvotto",
              "avenue de Grande-Bretagne", "rue Suffren Reymond", "avenue Hector Otto", "rue Plati")
MC_BUILDINGS = ("Le Millefiori", "Le Panorama", "Les Floralies", "Le Formentor", "Château Périgord", "Le Schuylkill",
                "Villa Ida", "Le Continental", "")
MC_QUARTERS = ("Monte-Carlo", "La Condamine", "Fontvieille", "Monaco-Ville", "Larvotto", "Jardin Exotique",
               "Les Moneghetti", "Saint-Roman")


def monaco(r: random.Random) -> dict:
    sex = r.choice("MF")
    first, last = r.choice(MC_M if sex == "M" else MC_F), r.choice(MC_LAST)
    street, building = f"{r.randint(1, 48)} {r.choice(MC_STREETS)}", r.choice(MC_BUILDINGS)
    line = f"{building}, {street}" if building else street
    mobile = r.choice((f"+377 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                       f"+33 6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                       f"06 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"))
    return dict(first=first, last=last, full=f"{first} {last.upper()}", sex=sex, birth=_birth(r), street=line,
                postcode="98000", city=r.choice(MC_QUARTERS), address=f"{line}, 98000 Monaco", mobile=mobile,
                phone=f"+377 {r.choice(('93', '92', '97', '98', '99'))} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                email=_mail(r, first, last, ("monaco.mc", "gmail.com", "orange.fr", "libello.mc", "outlook.fr")),
                username=f"{_ascii(first)[:6]}{_ascii(last)[:2]}{r.randint(1, 9)}")


# --- Fiji --------------------------------------------------------------------------------------------------------
FJ_ITAUKEI = (("Josefa", "Apisalome", "Viliame", "Jone", "Semi", "Tevita", "Waisale", "Isoa", "Maika", "Peni"),
              ("Sereana", "Litia", "Mere", "Salote", "Akanisi", "Losana", "Ana", "Unaisi", "Vasemaca", "Adi"),
              ("Vunibola", "Naivalu", "Qarase", "Waqa", "Nadolo", "Tikoduadua", "Koroi", "Vakaloloma", "Seruvakula",
               "Tuisawau", "Delana", "Matanitobua", "Ravuvu", "Nawalu", "Cakobau", "Bulitavu"))
FJ_INDO = (("Rohit", "Vikash", "Ravinesh", "Sanjay", "Ashwin", "Praneel", "Shalendra", "Kamal"),
           ("Anjali", "Shalini", "Priya", "Sunita", "Kavita", "Roshni", "Nileshni", "Asha"),
           ("Prasad", "Kumar", "Naidu", "Sharma", "Chand", "Lal", "Reddy", "Singh", "Narayan", "Goundar"))
FJ_STREETS = ("Ratu Sukuna Road", "Waimanu Road", "Victoria Parade", "Queens Road", "Princes Road", "Grantham Road",
              "Kings Road", "Vitogo Parade", "Naviti Street", "Fletcher Road", "Nasese Road", "Nadawa Road")
FJ_TOWNS = ("Suva", "Nadi", "Lautoka", "Labasa", "Nausori", "Sigatoka", "Ba", "Savusavu", "Levuka", "Rakiraki")


def fiji(r: random.Random) -> dict:
    sex = r.choice("MF")
    m, f, lasts = r.choice((FJ_ITAUKEI, FJ_ITAUKEI, FJ_INDO))
    first, last = r.choice(m if sex == "M" else f), r.choice(lasts)
    town = r.choice(FJ_TOWNS)
    street = f"Lot {r.randint(1, 90)} {r.choice(FJ_STREETS)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, birth=_birth(r), street=street, city=town,
                address=f"{street}, {town}", mobile=f"+679 {r.choice('978')}{_digits(r, 2)} {_digits(r, 4)}",
                phone=f"+679 {r.choice(('330', '331', '670', '666', '881'))} {_digits(r, 4)}",
                email=_mail(r, first, last, ("connect.com.fj", "gmail.com", "yahoo.com", "outlook.com")),
                username=f"{_ascii(first)}{r.randint(10, 99)}")


# --- Belarus -----------------------------------------------------------------------------------------------------
BY_M = (("Андрей", "Andrei"), ("Дмитрий", "Dzmitry"), ("Сергей", "Siarhei"), ("Павел", "Pavel"), ("Артём", "Artsiom"),
        ("Максим", "Maksim"), ("Алесь", "Ales"), ("Никита", "Mikita"), ("Владислав", "Uladzislau"))
BY_F = (("Ольга", "Volha"), ("Наталья", "Natallia"), ("Анастасия", "Anastasiya"), ("Татьяна", "Tatsiana"),
        ("Ирина", "Iryna"), ("Юлия", "Yuliya"), ("Екатерина", "Katsiaryna"), ("Дарья", "Darya"))
BY_LAST = (("Кухарчик", "Kukharchyk"), ("Лукашевич", "Lukashevich"), ("Богданович", "Bahdanovich"),
           ("Ярошевич", "Yaroshevich"), ("Короткевич", "Karatkevich"), ("Климович", "Klimovich"),
           ("Петрушко", "Petrushka"), ("Савченко", "Sauchanka"), ("Бондарчук", "Bandarchuk"), ("Ткачук", "Tkachuk"),
           ("Мельник", "Melnik"), ("Станкевич", "Stankevich"), ("Жук", "Zhuk"), ("Котович", "Katovich"),
           ("Гончарик", "Hancharyk"), ("Шинкевич", "Shynkevich"))


def belarus(r: random.Random) -> dict:
    sex = r.choice("MF")
    (first, f_lat), (last, l_lat) = r.choice(BY_M if sex == "M" else BY_F), r.choice(BY_LAST)
    mobile = f"+375 {r.choice(('29', '33', '44', '25'))} {_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, lat=f"{f_lat} {l_lat}", mobile=mobile,
                email=_mail(r, f_lat, l_lat, ("gmail.com", "tut.by", "mail.ru", "yandex.by", "outlook.com")),
                username=f"{_ascii(f_lat)[0]}.{_ascii(l_lat)}")


# --- North Macedonia ---------------------------------------------------------------------------------------------
MK_M = (("Марко", "Marko"), ("Александар", "Aleksandar"), ("Никола", "Nikola"), ("Бојан", "Bojan"), ("Дарко", "Darko"),
        ("Филип", "Filip"), ("Горан", "Goran"), ("Стефан", "Stefan"), ("Владимир", "Vladimir"))
MK_F = (("Ивана", "Ivana"), ("Марија", "Marija"), ("Елена", "Elena"), ("Сања", "Sanja"), ("Билјана", "Biljana"),
        ("Катерина", "Katerina"), ("Ана", "Ana"), ("Јована", "Jovana"), ("Драгана", "Dragana"))
MK_LAST = (("Петровски", "Petrovski"), ("Трајковски", "Trajkovski"), ("Николовски", "Nikolovski"),
           ("Јовановски", "Jovanovski"), ("Димитриевски", "Dimitrievski"), ("Ристевски", "Ristevski"),
           ("Ангеловски", "Angelovski"), ("Илиевски", "Ilievski"), ("Костовски", "Kostovski"),
           ("Стојанов", "Stojanov"), ("Георгиев", "Georgiev"), ("Атанасов", "Atanasov"), ("Митрев", "Mitrev"),
           ("Тодоров", "Todorov"))


def macedonia(r: random.Random) -> dict:
    sex = r.choice("MF")
    (first, f_lat), (last, l_lat) = r.choice(MK_M if sex == "M" else MK_F), r.choice(MK_LAST)
    if sex == "F":
        last, l_lat = (last[:-1] + "а", l_lat[:-1] + "a") if last.endswith("и") else (last + "а", l_lat + "a")
    latin = r.random() < 0.4
    return dict(first=f_lat if latin else first, last=l_lat if latin else last, sex=sex,
                full=f"{f_lat} {l_lat}" if latin else f"{first} {last}",
                mobile=f"+389 7{r.choice('0125678')} {_digits(r, 3)} {_digits(r, 3)}",
                email=_mail(r, f_lat, l_lat, ("gmail.com", "yahoo.com", "t-home.mk", "finki.ukim.mk", "outlook.com")),
                username=f"{_ascii(f_lat)}{_ascii(l_lat)[:1]}")


# --- Uzbekistan --------------------------------------------------------------------------------------------------
UZ_M = ("Akmal", "Bekzod", "Jasur", "Sardor", "Otabek", "Rustam", "Dilshod", "Sherzod", "Farrux", "Ulug'bek",
        "Shavkat", "Bahodir", "Anvar", "Islom")
UZ_F = ("Dilnoza", "Gulnora", "Malika", "Nilufar", "Shahnoza", "Zarina", "Madina", "Feruza", "Mohira", "Sevara",
        "Muxlisa", "Barno", "Oydin")
UZ_LAST = ("Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullayev", "Xolmatov", "Ergashev", "Nazarov", "Mirzayev",
           "Sobirov", "Qodirov", "Aliyev", "Saidov", "Jo'rayev", "Usmonov", "Hamidov")
UZ_STREETS = ("Amir Temur ko'chasi", "Navoiy ko'chasi", "Bobur ko'chasi", "Mustaqillik ko'chasi",
              "Shota Rustaveli ko'chasi", "Mirzo Ulug'bek ko'chasi", "Beruniy ko'chasi", "Farg'ona yo'li",
              "Qatortol ko'chasi", "Bunyodkor shoh ko'chasi", "Chilonzor ko'chasi", "Lutfiy ko'chasi")
UZ_DISTRICTS = (("Yunusobod", "100084"), ("Chilonzor", "100115"), ("Mirobod", "100015"), ("Sergeli", "100022"),
                ("Yakkasaroy", "100031"), ("Shayxontohur", "100128"), ("Olmazor", "100095"), ("Uchtepa", "100193"))


def uzbekistan(r: random.Random) -> dict:
    sex = r.choice("MF")
    first, base = r.choice(UZ_M if sex == "M" else UZ_F), r.choice(UZ_LAST)
    last = base if sex == "M" else base + "a"
    father = r.choice(UZ_M)
    birth = _birth(r, 1940, 2015)
    district, postcode = r.choice(UZ_DISTRICTS)
    street, house = r.choice(UZ_STREETS), f"{r.randint(1, 120)}-uy"
    century = (3 if sex == "M" else 4) if birth.year < 2000 else (5 if sex == "M" else 6)
    pinfl = f"{century}{birth:%d%m%y}{r.randint(100, 999)}{_digits(r, 3)}{r.randint(0, 9)}"
    card = r.choice(("9860", "8600")) + _digits(r, 11)
    return dict(first=first, last=last, middle=f"{father} {'o‘g‘li' if sex == 'M' else 'qizi'}", sex=sex,
                full=f"{last} {first} {father} {'o‘g‘li' if sex == 'M' else 'qizi'}", birth=birth, district=district,
                street=street, house=house, postcode=postcode, address=f"{postcode}, Toshkent sh., {district} tumani, "
                f"{street}, {house}", pinfl=pinfl,
                passport=f"{r.choice(('AA', 'AB', 'AC', 'AD', 'FA'))}{_digits(r, 7)}",
                mobile=f"+998 {r.choice(('90', '91', '93', '94', '97', '99', '33', '88'))} {_digits(r, 3)}-"
                       f"{_digits(r, 2)}-{_digits(r, 2)}",
                email=_mail(r, first, base, ("mail.ru", "gmail.com", "umail.uz", "inbox.uz")),
                card=card + luhn.calc_check_digit(card), account=f"20206000{_digits(r, 12)}")


# --- Seychelles --------------------------------------------------------------------------------------------------
SC_M = ("Jean-Paul", "Wavel", "Danny", "Terence", "Ralph", "Gerard", "Joel", "Bernard", "Marc", "Steve", "Patrick")
SC_F = ("Marie-France", "Sheryl", "Nadia", "Vicky", "Sybille", "Jeannette", "Lyndy", "Brenda", "Ruth", "Cindy")
SC_LAST = ("Hoareau", "Payet", "Morel", "Labiche", "Albert", "Pillay", "Michel", "Rose", "Savy", "Lablache",
           "Bristol", "Marie", "Confait", "Gappy", "Jumeau", "Dogley", "Esparon", "Laporte", "Barbe", "Camille")
SC_PLACES = ("Anse aux Pins", "Anse Boileau", "Baie Lazare", "Beau Vallon", "Bel Ombre", "Cascade", "Glacis",
             "Grand Anse Mahé", "Takamaka", "Pointe Larue", "Mont Fleuri", "English River", "Baie Sainte Anne, Praslin",
             "Grand Anse, Praslin", "La Passe, La Digue")
SC_ROADS = ("Sans Souci Road", "Providence Highway", "Bel Air Road", "La Misère Road", "Forêt Noire Road",
            "Les Mamelles Road", "Ma Constance Estate", "Perseverance Estate", "Mont Buxton", "Roche Caïman Estate")


def seychelles(r: random.Random) -> dict:
    sex = r.choice("MF")
    first, last = r.choice(SC_M if sex == "M" else SC_F), r.choice(SC_LAST)
    birth = _birth(r, 1955, 2008)
    line = f"{r.choice(('House', 'Flat', 'Unit'))} {r.randint(1, 60)}, {r.choice(SC_ROADS)}"
    return dict(first=first, last=last, full=f"{first} {last}", sex=sex, birth=birth, street=line,
                address=f"{line}, {r.choice(SC_PLACES)}", mobile=f"+248 2 {_digits(r, 3)} {_digits(r, 3)}",
                phone=f"+248 4 {_digits(r, 3)} {_digits(r, 3)}",
                email=_mail(r, first, last, ("gmail.com", "seychelles.net", "hotmail.com", "intelvision.sc")),
                nin=f"{birth:%y}{r.randint(0, 9)}-{_digits(r, 4)}-{r.randint(1, 2)}-{r.randint(1, 9)}-{_digits(r, 2)}",
                passport=f"A{_digits(r, 7)}")


BUILDERS = {"mc": monaco, "fj": fiji, "by": belarus, "mk": macedonia, "uz": uzbekistan, "sc": seychelles}
