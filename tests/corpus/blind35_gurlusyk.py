"""ak_gurlusyk: an in-house personnel system of an Ashgabat (Turkmenistan) building contractor, with Turkmen column
names: departments, workers, pre-employment and periodic medical examinations, certificates of no conviction,
fingerprint templates of the site turnstiles, payroll, subcontractor firms and their contracts, and logins."""
from __future__ import annotations

from stdnum import luhn

from .blind26_gens import (C, amounts, b64, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           public_ip, seq, stamps)
from .blind35_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "ak_gurlusyk"
ISG = "gu.isgar"
N_BOL, N_ISG, N_POT, N_ULA = 12, 150, 90, 30
BOLUMLER = ["Ýolbaşçylyk", "Buhgalteriýa", "Işgärler bölümi", "Taslama bölümi", "Gurluşyk meýdançasy 1",
            "Gurluşyk meýdançasy 2", "Awtoulag", "Ammar", "Tehniki gözegçilik", "Zähmeti goramak", "Elektrik",
            "Suw üpjünçiligi"]
FIRMALAR = ["Ak Öý HJ", "Altyn Gurluşyk HK", "Nusaý Beton HJ", "Ýyldyz Inžener HK", "Berkarar Lift HJ",
            "Gündogar Äýnek HJ", "Köpetdag Elektrik HK", "Arkadag Suw Geçiriji HJ", "Merw Kerpiç HK"]


def _kesel(c, i):
    return c.r.choice([None, None, "Saglygy kadaly", "Gan basyşy ýokary, gözegçilikde",
                       "Şeker keseli 2-nji görnüşi, insulin", "Bel agyrysy (osteohondroz)", "Gulak eşidişi peselen",
                       "Öňki inçekesel (2019), bejerildi", "Gözüň görşi -3.5, äýnek", "Gepatit B göterijisi"])


def _netije(c, i):
    return c.r.choice(["Işe ýaramly", "Işe ýaramly", "Işe ýaramly", "Beýiklikde işlemek gadagan",
                       "Wagtlaýyn ýaramsyz", "Agyr iş gadagan"])


def _bellik(c, i):
    return c.r.choice([None, None, "Gaýtadan barlag 6 aýdan",
                       f"Aýaly {any_name('tm', 'F')(c, i)} bilen habarlaşyldy, tel. {any_mobile('tm')(c, i)}",
                       f"Lukman {any_name('tm')(c, i)} bilen maslahatlaşyldy", "Kardiolog ýollanmasy berildi"])


def _sud(c, i):
    return c.r.choice(["Sudlanmadyk", "Sudlanmadyk", "Sudlanmadyk", "Sudlanmadyk",
                       "2016 ý. ogurlyk, JK 228-nji madda, 2 ýyl şertli", "2019 ý. huligançylyk, jerime",
                       "Sudlanyşy aýryldy (2012)", "Barlag dowam edýär"])


def _kart(c, i):
    body = "9934" + digits(c, 11)
    return body + luhn.calc_check_digit(body)


def gurlusyk_tables() -> list[Table]:
    w = lambda f: person("tm", ISG, f, 1962, 2005)            # noqa: E731
    d = lambda f: person("tm", "gu.direktor", f, 1955, 1990)  # noqa: E731
    u = lambda f: person("tm", "gu.ulanyjy", f, 1970, 2000)   # noqa: E731
    return [
        Table(S, "bolumler", [
            C("bolum_id", "integer PRIMARY KEY", "none", seq()),
            C("ady", "varchar(80)", "none", lambda c, i: BOLUMLER[i - 1]),
            C("gysga_ady", "varchar(10)", "none", lambda c, i: f"B{i:02d}"),
            C("yolbascy", "varchar(100)", "person_name", person("tm", "gu.bolumbasy", "full")),
            C("ichki_telefon", "varchar(6)", "none", lambda c, i: f"{100 + i}"),
        ], rows=N_BOL),
        Table(S, "isgarler", [
            C("isgar_id", "integer PRIMARY KEY", "none", seq()),
            C("tabel_belgisi", "varchar(10)", "none", lambda c, i: f"T-{i + 2000:05d}"),
            C("familiyasy", "varchar(60)", "person_name", w("last")),
            C("ady", "varchar(60)", "person_name", w("first")),
            C("atasynyn_ady", "varchar(60)", "person_name", w("middle")),
            C("doglan_senesi", "date", "birth_date", w("birth")),
            C("jynsy", "char(1)", "none", lambda c, i: "E" if w("sex")(c, i) == "M" else "A"),
            C("milleti", "varchar(20)", "ethnic_origin", one("Türkmen", "Türkmen", "Türkmen", "Türkmen", "Özbek", "Rus",
                                                            "Gazak", "Beluç", "Azerbaýjan")),
            C("pasport", "varchar(14)", "national_id", w("natid")),
            C("pasport_berlen_senesi", "date", "none", dates(2010, 2024)),
            C("yasayan_salgysy", "varchar(200)", "postal_address", w("a_full")),
            C("welayaty", "varchar(40)", "none", one("Aşgabat şäheri", "Ahal welaýaty", "Mary welaýaty",
                                                     "Lebap welaýaty", "Balkan welaýaty")),
            C("ykjam_telefon", "varchar(20)", "phone", w("mobile")),
            C("oy_telefony", "varchar(20)", "phone", maybe(w("phone"), 0.5)),
            C("e_poct", "varchar(80)", "email", maybe(w("email"), 0.6)),
            C("maslahat_beriji", "varchar(100)", "person_name", maybe(any_name("tm"), 0.3),
              comment="işe kabul edilende kepil geçen adam"),
            C("bolum_id", "integer", "none", fk(N_BOL, 5)),
            C("wezipesi", "varchar(60)", "none", one("Kerpiç örüji", "Betonçy", "Elektrik", "Kran operatory",
                                                     "Sürüji", "Inžener", "Buhgalter", "Garawul", "Kaşinçi")),
            C("ise_kabul_edilen_senesi", "date", "none", dates(2010, 2025)),
            C("ise_kabul_sebabi", "varchar(40)", "none", one("Bäsleşik", "Göçürme", "Şertnama")),
            C("harby_bellige_alnan", "boolean", "none", flag(0.6)),
            C("harby_derejesi", "varchar(30)", "none", maybe(one("Esger", "Seržant", "Leýtenant"), 0.5)),
            C("mayyplyk_topary", "varchar(30)", "health", maybe(one("II topar", "III topar"), 0.06)),
            C("surat", "bytea", "none", maybe(lambda c, i: bytes.fromhex("ffd8ffe0") + bytes.fromhex(hexs(c, 30)), 0.5)),
            C("isleyar", "boolean", "none", flag(0.9)),
        ], rows=N_ISG, extra=[fkey(S, "isgarler", "bolum_id", "bolumler", "bolum_id")]),
        Table(S, "lukman_barlaglary", [
            C("barlag_id", "integer PRIMARY KEY", "none", seq()),
            C("isgar_id", "integer", "none", fk(N_ISG, 7)),
            C("barlag_senesi", "date", "none", dates(2021, 2025)),
            C("gornusi", "varchar(20)", "none", one("Işe girende", "Yzygiderli", "Gaýtadan")),
            C("lukman", "varchar(100)", "person_name", any_name("tm")),
            C("gan_basysy", "varchar(10)", "health", lambda c, i: f"{c.r.randint(100, 175)}/{c.r.randint(60, 105)}"),
            C("gan_topary", "varchar(4)", "health", one("I+", "II+", "III+", "IV+", "I-", "II-")),
            C("boyy_sm", "smallint", "health", ints(150, 195)),
            C("agramy_kg", "numeric(5,1)", "health", amounts(48, 125, 1)),
            C("kesel_taryhy", "text", "health", _kesel),
            C("netije", "varchar(40)", "health", _netije),
            C("bellik", "text", "free_text_may_contain_pii", _bellik),
            C("keselhana", "varchar(80)", "none", one("Aşgabat şäher 3-nji saglyk öýi", "Halkara lukmançylyk merkezi",
                                                      "Zähmet kesel merkezi")),
        ], rows=150, extra=[fkey(S, "lukman_barlaglary", "isgar_id", "isgarler", "isgar_id")]),
        Table(S, "sudlanmadyk_guwanamalar", [
            C("guwanama_id", "integer PRIMARY KEY", "none", seq()),
            C("isgar_id", "integer", "none", seq()),
            C("guwanama_belgisi", "varchar(20)", "none", lambda c, i: f"IIM-{digits(c, 6)}"),
            C("berlen_senesi", "date", "none", dates(2010, 2025)),
            C("beren_edara", "varchar(80)", "none", const("Içeri işler ministrligi, Maglumat merkezi")),
            C("netijesi", "text", "criminal_record", _sud),
            C("barlan", "varchar(100)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_ULA))),
        ], rows=120, extra=[fkey(S, "sudlanmadyk_guwanamalar", "isgar_id", "isgarler", "isgar_id")]),
        Table(S, "barmak_yzlary", [
            C("yz_id", "integer PRIMARY KEY", "none", seq()),
            C("isgar_id", "integer", "none", lambda c, i: (i - 1) % N_ISG + 1),
            C("barmak", "smallint", "none", one(1, 2, 6, 7)),
            C("sablon", "text", "biometric", lambda c, i: b64(c, 384), comment="ISO 19794-2"),
            C("hili", "smallint", "none", ints(40, 100)),
            C("yazylan_wagty", "timestamp", "none", stamps(2020, 2025)),
            C("enjam", "varchar(20)", "none", one("ZK-F18 derwezesi", "ZK-F18 ammar", "SF-420 ofis")),
        ], rows=150, extra=[fkey(S, "barmak_yzlary", "isgar_id", "isgarler", "isgar_id")]),
        Table(S, "zahmet_haky", [
            C("toleg_id", "integer PRIMARY KEY", "none", seq()),
            C("isgar_id", "integer", "none", fk(N_ISG, 11)),
            C("ay", "date", "none", dates(2024, 2025)),
            C("aylyk", "numeric(10,2)", "none", amounts(1800, 9500)),
            C("sertlik_goshundy", "numeric(10,2)", "none", amounts(0, 900)),
            C("salgyt", "numeric(10,2)", "none", amounts(150, 950)),
            C("kart_belgisi", "varchar(19)", "payment_card", _kart),
            C("hasap_belgisi", "varchar(23)", "bank_account", lambda c, i: f"23202934{digits(c, 15)}"),
            C("bank", "varchar(60)", "none", one("Türkmenistan Daýhanbank", "Halkbank", "Senagatbank", "Rysgalbank")),
        ], rows=150, extra=[fkey(S, "zahmet_haky", "isgar_id", "isgarler", "isgar_id")]),
        Table(S, "potratcylar", [
            C("potratcy_id", "integer PRIMARY KEY", "none", seq()),
            C("karhana_ady", "varchar(120)", "none", lambda c, i: FIRMALAR[i % len(FIRMALAR)]
              + ("" if i <= len(FIRMALAR) else f" {i}")),
            C("salgyt_belgisi", "varchar(12)", "none", lambda c, i: f"10{digits(c, 9)}"),
            C("yuridik_salgysy", "varchar(200)", "none",
              lambda c, i: f"{c.r.choice(POOLS['tm']['street'])}, {c.r.randint(1, 120)}, Aşgabat"),
            C("telefon", "varchar(20)", "none", lambda c, i: f"+993 12 {digits(c, 2)}-{digits(c, 2)}-{digits(c, 2)}"),
            C("e_poct", "varchar(80)", "none", lambda c, i: f"info@potratcy{i}.tm"),
            C("hasaplasyk_hasaby", "varchar(23)", "none", lambda c, i: f"20208934{digits(c, 15)}"),
            C("direktor", "varchar(100)", "person_name", d("full")),
            C("direktoryn_telefony", "varchar(20)", "phone", d("mobile")),
            C("ygtyyarnama", "varchar(20)", "none", lambda c, i: f"GM-{digits(c, 5)}"),
            C("reyting", "smallint", "none", ints(1, 5)),
        ], rows=N_POT),
        Table(S, "sertnamalar", [
            C("sertnama_id", "integer PRIMARY KEY", "none", seq()),
            C("potratcy_id", "integer", "none", fk(N_POT, 7)),
            C("belgisi", "varchar(20)", "none", lambda c, i: f"Ş-{c.r.randint(2021, 2025)}/{i:03d}"),
            C("desgasy", "varchar(120)", "none", one("12 gatly ýaşaýyş jaýy, Parahat 7", "Mekdep, 720 orunlyk",
                                                     "Söwda merkezi, Çandybil", "Köpri, Garagum derýasy")),
            C("bahasy", "numeric(14,2)", "none", amounts(50_000, 9_000_000)),
            C("baslanan_senesi", "date", "none", dates(2021, 2025)),
            C("tamamlanmaly_senesi", "date", "none", dates(2025, 2027)),
            C("yagdayy", "varchar(20)", "none", one("Işjeň", "Tamamlandy", "Togtadyldy")),
        ], rows=110, extra=[fkey(S, "sertnamalar", "potratcy_id", "potratcylar", "potratcy_id")]),
        Table(S, "ulanyjylar", [
            C("ulanyjy_id", "integer PRIMARY KEY", "none", seq()),
            C("login", "varchar(40)", "none", u("user")),
            C("parol_hash", "varchar(72)", "credentials", lambda c, i: bcrypt(c, "11", "2y")),
            C("doly_ady", "varchar(100)", "person_name", u("full")),
            C("rol", "varchar(20)", "none", one("admin", "kadr", "buhgalter", "lukman")),
            C("sessiya_acary", "varchar(64)", "secret_token", maybe(lambda c, i: hexs(c, 64), 0.5)),
            C("sonky_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (95, 217, 93))),
            C("isjen", "boolean", "none", flag(0.9)),
        ], rows=N_ULA),
        Table(S, "gatnaw", [
            C("gatnaw_id", "bigint PRIMARY KEY", "none", seq()),
            C("isgar_id", "integer", "none", fk(N_ISG, 13)),
            C("giris", "timestamp", "none", stamps(2025, 2025)),
            C("cykys", "timestamp", "none", maybe(stamps(2025, 2025), 0.9)),
            C("enjam", "varchar(20)", "none", one("ZK-F18 derwezesi", "ZK-F18 ammar")),
            C("gabat_gelme", "smallint", "none", ints(55, 100)),
        ], rows=150, extra=[fkey(S, "gatnaw", "isgar_id", "isgarler", "isgar_id")]),
    ]


