"""at_bagcilik: the in-house system of a wine-growers' cooperative and its small winery near Komrat (Gagauzia),
written in Gagauz (Latin letters) with Russian and Romanian words from the Moldovan forms: member growers, their
vineyard plots, grape deliveries, workers with their union and medical records, buyer firms, wines, sales, a log."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps)
from .blind44_gens import POOLS, any_name, geo, idno, landline, md_iban, mobile, person
from .gens import Table

S = "at_bagcilik"
AZ, IS = "bg.aza", "bg.isci"
N_AZ, N_PAR, N_IS, N_FIR, N_URUN = 130, 150, 90, 40, 80
SORTLAR = ["Feteasca Neagra", "Rara Neagra", "Cabernet Sauvignon", "Merlot", "Aligote", "Rkatsiteli", "Muscat Ottonel",
           "Saperavi", "Isabella"]


def az(f: str):
    return person("gg", AZ, f, 1945, 1995)


def _not(c, i):
    return c.r.choice([None, None, "Üzüm çürük, %10 indirim.", "Teslim gecä, kantar kapalıydı.",
                       f"Kızı {any_name('gg')(c, i)} getirdi, tel. {mobile(c, 'gg')}",
                       "Brix aşaa, ikinci sort.", f"Şofer {any_name('gg')(c, i)} beklemedi."])


def bagcilik_tables() -> list[Table]:
    w = lambda f: person("gg", IS, f, 1960, 2005)            # noqa: E731
    plot = geo(46.29, 28.66, 0.12)
    return [
        Table(S, "azalar", [
            C("aza_id", "integer PRIMARY KEY", "none", seq()),
            C("soyadı", "varchar(60)", "person_name", az("last")),
            C("adı", "varchar(60)", "person_name", az("first")),
            C("bobasının_adı", "varchar(60)", "person_name", az("patronymic"), comment="отчество"),
            C("duuma_günü", "date", "birth_date", az("birth")),
            C("idnp", "char(13)", "national_id", az("natid")),
            C("buletin_seriya", "varchar(12)", "national_id", maybe(az("passport"), 0.6), comment="buletin de identitate"),
            C("telefon", "varchar(20)", "phone", maybe(az("phone"), 0.5)),
            C("mobil", "varchar(20)", "phone", az("mobile")),
            C("adres", "varchar(150)", "postal_address", az("a_line")),
            C("poçta_kodu", "varchar(10)", "postal_address", az("a_post")),
            C("küü", "varchar(40)", "none", az("a_town")),
            C("iban", "char(24)", "iban", lambda c, i: md_iban(c)),
            C("pay_sayısı", "integer", "none", ints(1, 40)),
            C("girdi_tarihi", "date", "none", dates(1998, 2024)),
            C("aktiv", "boolean", "none", flag(0.9)),
        ], rows=N_AZ),
        Table(S, "bag_parselleri", [
            C("parsel_id", "integer PRIMARY KEY", "none", seq()),
            C("aza_id", "integer", "none", lambda c, i: (i - 1) % N_AZ + 1),
            C("kadastr_nomer", "varchar(20)", "none", lambda c, i: f"96{c.r.randint(10, 40)}{digits(c, 3)}.{digits(c, 3)}"),
            C("suprafaţa_ha", "numeric(6,2)", "none", amounts(0.2, 6, 2)),
            C("sort", "varchar(40)", "none", one(*SORTLAR)),
            C("ekildi_yıl", "integer", "none", ints(1975, 2020)),
            C("lat", "numeric(9,6)", "geo_location", lambda c, i: plot(c)[0]),
            C("lon", "numeric(9,6)", "geo_location", lambda c, i: plot(c)[1]),
            C("sulama_var", "boolean", "none", flag(0.15)),
        ], rows=N_PAR, extra=[fkey(S, "bag_parselleri", "aza_id", "azalar", "aza_id")]),
        Table(S, "firmalar", [
            C("firma_id", "integer PRIMARY KEY", "none", seq()),
            C("adı", "varchar(120)", "none", lambda c, i: f"{c.r.choice(['Vinuri', 'Budjak', 'Kazayak', 'Gagauz'])}"
                                                          f" {c.r.choice(['Vin', 'Trade', 'Export', 'Market'])}"
                                                          f" {c.r.choice(['SRL', 'SA', 'ÎI'])}"),
            C("idno", "char(13)", "none", lambda c, i: idno(c)),
            C("adres", "varchar(150)", "none", lambda c, i: f"{c.r.choice(['Komrat', 'Chişinău', 'Bălţi', 'Çadır-Lunga'])}"
                                                            f", str. {c.r.choice(POOLS['gg']['street'])} "
                                                            f"{c.r.randint(1, 150)}"),
            C("telefon", "varchar(20)", "none", lambda c, i: landline(c, "gg")),
            C("e_poçta", "varchar(100)", "none", lambda c, i: f"office@firma{i}.md"),
            C("direktor", "varchar(120)", "person_name", any_name("gg")),
            C("iban", "char(24)", "none", lambda c, i: md_iban(c)),
            C("kontrakt_nomer", "varchar(20)", "none", lambda c, i: f"K-{c.r.randint(1, 300)}/{c.r.choice(['24', '25'])}"),
        ], rows=N_FIR),
        Table(S, "isçilär", [
            C("isçi_id", "integer PRIMARY KEY", "none", seq()),
            C("ad_soyad", "varchar(120)", "person_name", w("full")),
            C("idnp", "char(13)", "national_id", w("natid")),
            C("duuma_günü", "date", "birth_date", w("birth")),
            C("mobil", "varchar(20)", "phone", w("mobile")),
            C("adres", "varchar(150)", "postal_address", w("a_full")),
            C("vazifa", "varchar(40)", "none", one("bagçı", "şarapçı", "şofer", "bekçi", "buhgalter", "laborant")),
            C("maaş_lei", "numeric(10,2)", "none", amounts(4500, 14000)),
            C("maaş_iban", "char(24)", "iban", lambda c, i: md_iban(c)),
            C("profsoyuz_azası", "boolean", "trade_union", flag(0.55), comment="член профсоюза"),
            C("profsoyuz_vznos", "numeric(8,2)", "trade_union", lambda c, i: round(c.r.uniform(40, 140), 2)
              if c.r.random() < 0.55 else 0),
            C("invalidlik_grupası", "varchar(10)", "health", maybe(one("II grupa", "III grupa"), 0.1)),
            C("sudimost", "varchar(80)", "criminal_record", one("yok", "yok", "yok", "yok", "var, 2016, st. 186 CP",
                                                               "var, şartlı 2019")),
            C("login", "varchar(40)", "none", maybe(w("user"), 0.3)),
            C("parol_hash", "varchar(100)", "credentials", maybe(lambda c, i: bcrypt(c, "11", "2y"), 0.3)),
            C("işä_girdi", "date", "none", dates(2005, 2025)),
        ], rows=N_IS),
        Table(S, "saalık_kontrol", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("isçi_id", "integer", "none", fk(N_IS, 3)),
            C("tarih", "date", "none", dates(2022, 2025)),
            C("doktor", "varchar(120)", "person_name", lambda c, i: "dr. " + any_name("gg")(c, i)),
            C("sonuç", "varchar(120)", "health", one("saa", "saa", "hipertoniya I st.", "alergiya sülfitlerä",
                                                   "lumbago, aar iş yasak", "diabet tip 2")),
            C("arterial_basınç", "varchar(10)", "health", lambda c, i: f"{c.r.randint(105, 165)}/{c.r.randint(65, 100)}"),
            C("işä_yarar", "boolean", "health", flag(0.95)),
        ], rows=140, extra=[fkey(S, "saalık_kontrol", "isçi_id", "isçilär", "isçi_id")]),
        Table(S, "üzüm_teslim", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("aza_id", "integer", "none", fk(N_AZ, 7)),
            C("parsel_id", "integer", "none", fk(N_PAR, 7)),
            C("tarih", "date", "none", dates(2023, 2025)),
            C("kg", "numeric(10,1)", "none", amounts(300, 9000, 1)),
            C("brix", "numeric(4,1)", "none", amounts(17, 25, 1)),
            C("fiat_lei_kg", "numeric(6,2)", "none", amounts(3, 9)),
            C("şofer", "varchar(100)", "person_name", maybe(any_name("gg"), 0.6)),
            C("maşina_nomer", "varchar(12)", "none", lambda c, i: f"GE {c.r.choice('ABCKMT')}{c.r.choice('ABCKMT')} "
                                                                  f"{digits(c, 3)}"),
            C("not", "text", "free_text_may_contain_pii", _not),
        ], rows=150, extra=[fkey(S, "üzüm_teslim", "aza_id", "azalar", "aza_id"),
                            fkey(S, "üzüm_teslim", "parsel_id", "bag_parselleri", "parsel_id")]),
        Table(S, "ürünnär", [
            C("ürün_id", "integer PRIMARY KEY", "none", seq()),
            C("adı", "varchar(120)", "none", lambda c, i: f"{SORTLAR[i % len(SORTLAR)]} {c.r.choice(['sek', 'demisec', 'dulce'])}"
                                                          f" {2018 + i % 7}"),
            C("sort", "varchar(40)", "none", lambda c, i: SORTLAR[i % len(SORTLAR)]),
            C("yıl", "integer", "none", lambda c, i: 2018 + i % 7),
            C("şişä_l", "numeric(4,2)", "none", one(0.75, 0.75, 1.5, 3.0)),
            C("fiat_lei", "numeric(8,2)", "none", amounts(60, 450)),
            C("barkod", "char(13)", "none", lambda c, i: "484" + digits(c, 10)),
            C("stokta", "integer", "none", ints(0, 3000)),
        ], rows=N_URUN),
        Table(S, "satışlar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("firma_id", "integer", "none", fk(N_FIR, 3)),
            C("ürün_id", "integer", "none", fk(N_URUN, 7)),
            C("tarih", "date", "none", dates(2023, 2025)),
            C("mikdar", "integer", "none", ints(12, 2400)),
            C("toplam_lei", "numeric(12,2)", "none", amounts(1000, 600000)),
            C("factura_nomer", "varchar(20)", "none", lambda c, i: f"EAA{digits(c, 7)}"),
            C("not", "text", "none", maybe(one("Predoplata 30%", "Export Rusiya - durgun", "Livrare Chişinău"), 0.3)),
        ], rows=140, extra=[fkey(S, "satışlar", "firma_id", "firmalar", "firma_id"),
                            fkey(S, "satışlar", "ürün_id", "ürünnär", "ürün_id")]),
        Table(S, "jurnal", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("isçi_id", "integer", "none", fk(N_IS, 5)),
            C("aksiya", "varchar(40)", "none", one("girdi", "çıktı", "teslim ekledi", "maaş export")),
            C("ip", "varchar(45)", "ip_address", lambda c, i: f"{c.r.choice(['188.237', '89.28', '178.168', '95.65'])}."
                                                              f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("zaman", "timestamp", "none", stamps(2025, 2025)),
            C("session", "varchar(64)", "secret_token", lambda c, i: digits(c, 8) + "".join(
                c.r.choice("abcdef0123456789") for _ in range(32))),
        ], rows=150, extra=[fkey(S, "jurnal", "isçi_id", "isçilär", "isçi_id")]),
    ]
