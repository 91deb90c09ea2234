"""at_darixana: the in-house system of a small pharmacy chain in Nókis (Karakalpakstan), written in Karakalpak
(Latin letters) with Russian and Uzbek words where the developer or the tax forms use them: branches, staff,
loyalty customers, prescriptions, medicines, sales, suppliers, SMS and the login journal."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps)
from .blind44_gens import POOLS, any_name, geo, landline, mobile, person, stir, uzcard
from .gens import Table

S = "at_darixana"
XZ, KL = "dx.xizmetker", "dx.klient"
N_FIL, N_XZ, N_KL, N_DARI, N_SAT, N_JET, N_RET = 12, 60, 150, 120, 150, 40, 130
DARILAR = ["Paratsetamol 500 mg", "Analgin 500 mg", "Amoksitsillin 500 mg", "Metformin 850 mg", "Enalapril 10 mg",
           "Insulin Rinsulin R", "Omeprazol 20 mg", "Ibuprofen 400 mg", "Tserukal", "Vitamin D3 2000 ME",
           "Nimesil", "Sumamed 500 mg", "Loratadin 10 mg", "Amlodipin 5 mg", "Ferrum Lek", "Kagotsel"]


def kl(f: str):
    return person("kk", KL, f, 1940, 2006)


def _sms(c, i):
    kid = fk(N_KL, 3)(c, i)
    return c.r.choice([f"Húrmetli {kl('first')(c, kid)}, buyırtpańız tayar. Darixana №{c.r.randint(1, 12)}",
                       "Aksiya! Barlıq vitaminlerge 10% shegirme.",
                       f"Sizdiń bonus ballarıńız: {c.r.randint(10, 900)}",
                       f"Уважаемый(ая) {kl('full')(c, kid)}, ваш заказ готов."])


def darixana_tables() -> list[Table]:
    x = lambda f: person("kk", XZ, f, 1965, 2003)            # noqa: E731
    fil_geo = geo(42.46, 59.61, 0.03)
    return [
        Table(S, "filiallar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ati", "varchar(80)", "none", lambda c, i: f"Shipa Darixana №{i}"),
            C("manzil", "varchar(150)", "none", lambda c, i: f"Nókis q., {c.r.choice(POOLS['kk']['street'])} kóshesi, "
                                                             f"{c.r.randint(1, 120)}"),
            C("telefon", "varchar(20)", "none", lambda c, i: landline(c, "kk")),
            C("menejer_fio", "varchar(120)", "person_name", any_name("kk")),
            C("menejer_tel", "varchar(20)", "phone", lambda c, i: mobile(c, "kk")),
            C("litsenziya_nomer", "varchar(30)", "none", lambda c, i: f"FL-{digits(c, 6)}"),
            C("lat", "numeric(9,6)", "none", lambda c, i: fil_geo(c)[0]),
            C("lng", "numeric(9,6)", "none", lambda c, i: fil_geo(c)[1]),
        ], rows=N_FIL),
        Table(S, "xizmetkerler", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("familiyasi", "varchar(60)", "person_name", x("last")),
            C("ati", "varchar(60)", "person_name", x("first")),
            C("akesinin_ati", "varchar(60)", "person_name", x("patronymic")),
            C("tuwilgan_sane", "date", "birth_date", x("birth")),
            C("jshshir", "char(14)", "national_id", x("natid")),
            C("pasport", "varchar(12)", "national_id", x("passport")),
            C("inn", "char(9)", "national_id", lambda c, i: stir(c, False)),
            C("telefon", "varchar(20)", "phone", x("mobile")),
            C("uy_manzili", "varchar(150)", "postal_address", x("a_full")),
            C("lawazimi", "varchar(40)", "none", one("farmatsevt", "provizor", "kassir", "menejer", "kuryer")),
            C("filial_id", "integer", "none", fk(N_FIL, 1)),
            C("login", "varchar(40)", "none", x("user")),
            C("parol_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("ayliq_karta", "varchar(19)", "payment_card", lambda c, i: uzcard(c), comment="zarplata kartası"),
            C("mediko_kitapsha_muddeti", "date", "none", dates(2025, 2026),
              comment="санитарная книжка: срок годности"),
            C("islep_basladi", "date", "none", dates(2012, 2025)),
        ], rows=N_XZ, extra=[fkey(S, "xizmetkerler", "filial_id", "filiallar", "id")]),
        Table(S, "klientler", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("fio", "varchar(150)", "person_name", lambda c, i: f"{kl('last')(c, i)} {kl('first')(c, i)} "
                                                                 f"{kl('patronymic')(c, i)}"),
            C("telefon", "varchar(20)", "phone", kl("mobile")),
            C("tuwilgan_kuni", "date", "birth_date", maybe(kl("birth"), 0.8)),
            C("jinsi", "varchar(6)", "none", lambda c, i: {"M": "er", "F": "hayal"}[kl("sex")(c, i)]),
            C("email", "varchar(100)", "email", maybe(kl("email"), 0.3)),
            C("manzil", "varchar(150)", "postal_address", maybe(kl("a_line"), 0.6)),
            C("qala", "varchar(40)", "none", kl("a_town")),
            C("bonus_karta", "char(13)", "none", lambda c, i: f"2990{i:09d}", comment="sadıqlıq kartası shtrix-kodı"),
            C("bonus_ball", "integer", "none", ints(0, 2500)),
            C("sms_razilik", "boolean", "none", flag(0.7)),
            C("imtiyaz_toparı", "varchar(60)", "health", maybe(one("I topar múgedeklik", "II topar múgedeklik",
                                                                  "Qant diabeti (dispanser)", "Onkologiya"), 0.2),
              comment="льготная категория"),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_KL),
        Table(S, "darilar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ati", "varchar(120)", "none", lambda c, i: f"{DARILAR[i % len(DARILAR)]} №{c.r.choice([10, 20, 30])}"),
            C("mnn", "varchar(80)", "none", lambda c, i: DARILAR[i % len(DARILAR)].split()[0]),
            C("islep_shigariwshi", "varchar(80)", "none", one("Nika Pharm", "Remedy Group", "KRKA", "Gedeon Richter",
                                                              "Farmstandart", "Jurabek Laboratories")),
            C("shtrix_kod", "char(13)", "none", lambda c, i: "478" + digits(c, 10)),
            C("baha", "numeric(12,2)", "none", amounts(3000, 250000, 0)),
            C("retsept_kerek", "boolean", "none", flag(0.3)),
            C("saqlaw_temp", "varchar(20)", "none", one("15-25 °C", "2-8 °C")),
            C("qaldiq", "integer", "none", ints(0, 400)),
        ], rows=N_DARI),
        Table(S, "retseptler", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KL, 3)),
            C("shipaker_fio", "varchar(120)", "person_name", lambda c, i: any_name("kk")(c, i)),
            C("emlewxana", "varchar(80)", "none", one("Nókis qalalıq 1-poliklinikası", "Respublika kóp tarmaqlı "
                                                     "medicina orayı", "Respublika perinatal orayı", "Xojeli TMB")),
            C("diagnoz_kodi", "varchar(10)", "health", one("E11.9", "I10", "J45.0", "K29.7", "N39.0", "E10.9", "D50.9",
                                                          "C50.9")),
            C("dari_id", "integer", "none", fk(N_DARI, 5)),
            C("dozirovka", "varchar(80)", "health", one("1 tabletka kúnine 2 ret", "10 ED tańerten", "1x3, 7 kún",
                                                       "по 1 таб. на ночь")),
            C("berilgen_sane", "date", "none", dates(2024, 2025)),
            C("tegin", "boolean", "none", flag(0.2), comment="бесплатно по льготе"),
            C("skan_fayl", "varchar(120)", "none", maybe(lambda c, i: f"/retsept/2025/{i:06d}.jpg", 0.6)),
        ], rows=N_RET, extra=[fkey(S, "retseptler", "klient_id", "klientler", "id"),
                              fkey(S, "retseptler", "dari_id", "darilar", "id")]),
        Table(S, "satiwlar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("chek_nomer", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}-{i + 80000}"),
            C("filial_id", "integer", "none", fk(N_FIL, 5)),
            C("klient_id", "integer", "none", fk(N_KL, 7, 3)),
            C("xizmetker_id", "integer", "none", fk(N_XZ, 7)),
            C("retsept_id", "integer", "none", fk(N_RET, 11, 2)),
            C("summa", "numeric(14,2)", "none", amounts(5000, 900000, 0)),
            C("tolew_turi", "varchar(20)", "none", one("naqd", "Uzcard", "Humo", "Click", "Payme")),
            C("karta_mask", "varchar(19)", "none", maybe(lambda c, i: f"8600 **** **** {digits(c, 4)}", 0.4)),
            C("terminal_rrn", "varchar(12)", "none", maybe(lambda c, i: digits(c, 12), 0.4)),
            C("fiskal_belgi", "varchar(20)", "none", lambda c, i: digits(c, 12)),
            C("waqit", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_SAT, extra=[fkey(S, "satiwlar", "filial_id", "filiallar", "id"),
                              fkey(S, "satiwlar", "klient_id", "klientler", "id"),
                              fkey(S, "satiwlar", "xizmetker_id", "xizmetkerler", "id"),
                              fkey(S, "satiwlar", "retsept_id", "retseptler", "id")]),
        Table(S, "satiw_qatarlari", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("satiw_id", "integer", "none", fk(N_SAT, 1)),
            C("dari_id", "integer", "none", fk(N_DARI, 7)),
            C("muğdar", "integer", "none", ints(1, 5)),
            C("baha", "numeric(12,2)", "none", amounts(3000, 250000, 0)),
        ], rows=150, extra=[fkey(S, "satiw_qatarlari", "satiw_id", "satiwlar", "id"),
                            fkey(S, "satiw_qatarlari", "dari_id", "darilar", "id")]),
        Table(S, "jetkiziwshiler", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kompaniya_ati", "varchar(120)", "none", lambda c, i: f"\"{c.r.choice(['Farm', 'Med', 'Shipa', 'Dori'])}"
                                                                    f"{c.r.choice(['Invest', 'Lux', 'Trade', 'Servis'])}\""
                                                                    f" {c.r.choice(['MChJ', 'JShJ', 'XK'])}"),
            C("stir", "char(9)", "none", lambda c, i: stir(c)),
            C("hisob_raqam", "char(20)", "none", lambda c, i: "20208000" + digits(c, 12)),
            C("mfo", "char(5)", "none", lambda c, i: f"00{digits(c, 3)}"),
            C("direktor", "varchar(120)", "person_name", any_name("kk")),
            C("buxgalter_tel", "varchar(20)", "phone", lambda c, i: mobile(c, "kk"), comment="bas buxgalterdiń mobili"),
            C("email", "varchar(100)", "none", lambda c, i: f"info@supplier{i}.uz"),
            C("manzil", "varchar(150)", "none", lambda c, i: f"{c.r.choice(['Tashkent sh.', 'Nókis q.', 'Urganch sh.'])}"
                                                             f", Sanoat ko'chasi, {c.r.randint(1, 60)}"),
            C("shartnama_nomer", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1, 99)}/{c.r.choice(['24', '25'])}"),
        ], rows=N_JET),
        Table(S, "sms_xabarlar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KL, 3)),
            C("telefon", "varchar(20)", "phone", lambda c, i: kl("mobile")(c, fk(N_KL, 3)(c, i))),
            C("tekst", "text", "free_text_may_contain_pii", _sms),
            C("holat", "varchar(15)", "none", one("DELIVERED", "DELIVERED", "FAILED", "SENT")),
            C("eskiz_id", "varchar(20)", "none", lambda c, i: digits(c, 9)),
            C("jiberildi", "timestamp", "none", stamps(2024, 2025)),
        ], rows=140, extra=[fkey(S, "sms_xabarlar", "klient_id", "klientler", "id")]),
        Table(S, "kiriw_jurnali", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("xizmetker_id", "integer", "none", fk(N_XZ, 3)),
            C("ip", "varchar(45)", "ip_address", lambda c, i: f"{c.r.choice(['213.230', '84.54', '195.158', '90.156'])}."
                                                              f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("user_agent", "text", "none", one("Mozilla/5.0 (Windows NT 10.0) Chrome/122.0", "1C:Enterprise 8.3")),
            C("natiyje", "varchar(10)", "none", one("OK", "OK", "OK", "QATE")),
            C("waqit", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "kiriw_jurnali", "xizmetker_id", "xizmetkerler", "id")]),
    ]
