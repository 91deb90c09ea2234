"""ah_sanatoriy: the in-house system of a health resort (санаторий) on the north shore of Issyk-Kul, Kyrgyzstan, with
transliterated Russian table and column names and Cyrillic values: guests, vouchers and the agencies that sell them,
health-resort cards (form 072/u), doctor visits, procedures, diet tables, payments and the guest Wi-Fi log. Trade
union members get a discounted voucher, so the guest card records the union."""
from __future__ import annotations

from .blind32_gens import (C, any_name, cached, dates, digits, fk, fkey, hexs, ints, make_person, maybe,
                           md5, mobile, one, seq, slug, stamps)
from .gens import Table

S = "ah_sanatoriy"
GUEST, STAFF = "sn.guest", "sn.staff"
N_GUEST, N_STAFF, N_AG, N_PUT, N_KARTA = 140, 30, 20, 150, 140
DIAG = [("M42.1", "Остеохондроз позвоночника"), ("M17.0", "Гонартроз двусторонний"), ("I11.9", "Гипертоническая "
        "болезнь II ст."), ("J45.0", "Бронхиальная астма, лёгкое течение"), ("K29.5", "Хронический гастрит"),
        ("E11.9", "Сахарный диабет 2 типа"), ("N11.9", "Хронический пиелонефрит, ремиссия"),
        ("G54.1", "Пояснично-крестцовая радикулопатия"), ("L40.0", "Псориаз вульгарный"),
        ("K80.2", "Желчнокаменная болезнь")]
PROC = ["Грязевые аппликации", "Радоновые ванны", "Массаж воротниковой зоны", "Электрофорез с новокаином",
        "Кумысолечение", "Ингаляции с минеральной водой", "ЛФК в группе", "Подводный душ-массаж", "Магнитотерапия",
        "Спелеокамера"]
AGENCIES = [("ОсОО «Ыссык-Кёль Тур»", "info@issykkoltour.kg"), ("ОсОО «Кочевник»", "booking@kochevnik.kg"),
            ("ТОО «Алатау Трэвел» (Алматы)", "sales@alatautravel.kz"), ("ОсОО «Жибек Жолу Сервис»",
                                                                         "zhibekzholu@mail.ru"),
            ("Соцфонд КР (льготные путёвки)", "kurort@socfond.kg"), ("ОсОО «Ак-Кеме Тревел»", "akkeme.travel@gmail.com"),
            ("ОсОО «Каракол Тур»", "karakol.tour@mail.ru"), ("ОсОО «Номад Экспресс»", "office@nomadexpress.kg")]
UNIONS = ["Профсоюз работников образования и науки КР", "Профсоюз работников здравоохранения КР",
          "Горно-металлургический профсоюз Кыргызстана", "Профсоюз работников энергетики КР"]


def guest(c, i: int) -> dict:
    def make(cx):
        p = make_person(cx, "kg", 1945, 2010)
        russian = p["last"].rstrip("а") in ("Иванов", "Кузнецов", "Петров", "Смирнов", "Волков", "Соколов", "Морозов")
        p["country"] = cx.r.choice(["Россия", "Кыргызстан"]) if russian else cx.r.choice(
            ["Кыргызстан"] * 6 + ["Казахстан"])
        p["passport"] = {"Кыргызстан": f"{cx.r.choice(['ID', 'ID', 'AC', 'AN'])}{digits(cx, 7)}",
                         "Казахстан": f"N{digits(cx, 8)}",
                         "Россия": f"{digits(cx, 2)} {digits(cx, 2)} {digits(cx, 6)}"}[p["country"]]
        return p
    return cached(c, (GUEST, i), make)


def G(field: str):
    return lambda c, i: guest(c, i)[field]


def staff(c, i: int) -> dict:
    return cached(c, (STAFF, i), lambda cx: make_person(cx, "kg", 1960, 1998))


def _pin(c, i):
    return guest(c, i)["natid"] if guest(c, i)["country"] == "Кыргызстан" else ""


def _complaint(c, i):
    return c.r.choice(["Боли в поясничной области, усиливаются при нагрузке", "Головные боли по утрам, шум в ушах",
                       "Боли в коленных суставах при ходьбе по лестнице", "Одышка при подъёме, кашель по ночам",
                       "Изжога, тяжесть в эпигастрии после еды", "Жалоб активно не предъявляет",
                       "Сухость во рту, жажда, учащённое мочеиспускание"])


def _history(c, i):
    return c.r.choice(["Болеет около 5 лет, ухудшение после переохлаждения.", "Наблюдается у эндокринолога с 2019 г.",
                       "В 2022 г. операция по поводу грыжи диска L4-L5.", "Перенесла COVID-19 в 2021 г., пневмония.",
                       "Принимает эналаприл 10 мг, нерегулярно.", "Аллергоанамнез не отягощён."])


def _exam(c, i):
    return (f"АД {c.r.randint(105, 175)}/{c.r.randint(60, 105)} мм рт. ст., ЧСС {c.r.randint(58, 96)}, "
            f"{c.r.choice(['отёков нет', 'пастозность голеней', 'болезненность паравертебральных точек'])}")


def _recommend(c, i):
    return c.r.choice(["ЛФК, массаж №10, радоновые ванны через день", "Стол №9, контроль глюкозы утром",
                       "Грязевые аппликации на коленные суставы №8", "Консультация кардиолога по месту жительства",
                       "Кумысолечение, прогулки у озера 40 мин"])


def sanatoriy_tables() -> list[Table]:
    return [
        Table(S, "korpusa", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nazvanie", "varchar(80)", "none", lambda c, i: ["Корпус №1 «Ала-Тоо»", "Корпус №2 «Тянь-Шань»",
                                                               "Корпус №3 (лечебный)", "Коттеджи «Жайлоо»",
                                                               "Детский корпус"][i - 1]),
            C("etazhey", "integer", "none", lambda c, i: [5, 4, 2, 1, 3][i - 1]),
            C("kolvo_nomerov", "integer", "none", lambda c, i: [120, 90, 0, 24, 40][i - 1]),
            C("lyuks", "boolean", "none", lambda c, i: i in (1, 4)),
        ], rows=5),
        Table(S, "otdyhayushchie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("familiya", "varchar(60)", "person_name", G("last")),
            C("imya", "varchar(60)", "person_name", G("first")),
            C("otchestvo", "varchar(60)", "person_name", G("otch")),
            C("fio_lat", "varchar(120)", "person_name", lambda c, i: f"{slug(guest(c, i)['last']).upper()} "
                                                                     f"{slug(guest(c, i)['first']).upper()}"),
            C("data_rozhdeniya", "date", "birth_date", G("birth")),
            C("pol", "char(1)", "none", lambda c, i: "М" if guest(c, i)["sex"] == "M" else "Ж"),
            C("grazhdanstvo", "varchar(40)", "none", G("country")),
            C("pin", "varchar(14)", "national_id", _pin, comment="ПИН"),
            C("pasport", "varchar(20)", "national_id", G("passport")),
            C("pasport_kem_vydan", "varchar(40)", "none", lambda c, i: {"Кыргызстан": f"SRS {digits(c, 6)}",
                                                                        "Казахстан": "МВД РК",
                                                                        "Россия": f"ГУ МВД {digits(c, 3)}-"
                                                                                  f"{digits(c, 3)}"}
              [guest(c, i)["country"]]),
            C("telefon", "varchar(20)", "phone", G("mobile")),
            C("email", "varchar(80)", "email", maybe(G("email"), 0.6, "")),
            C("adres", "varchar(200)", "postal_address", G("a_line")),
            C("gorod", "varchar(60)", "none", G("a_city")),
            C("mesto_raboty", "varchar(120)", "none", one("СШ №61 г. Бишкек", "Кумтор Голд Компани", "пенсионер",
                                                          "ОАО «Электрические станции»", "ИП", "КГМА", "")),
            C("profsoyuz", "varchar(120)", "trade_union", maybe(lambda c, i: c.r.choice(UNIONS), 0.35, "")),
            C("invalidnost", "varchar(20)", "health", maybe(one("II группа", "III группа", "I группа"), 0.1, "")),
            C("sozdan", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_GUEST),
        Table(S, "agentstva", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("naimenovanie", "varchar(120)", "none", lambda c, i: AGENCIES[i % len(AGENCIES)][0]
              + (f", филиал №{i // len(AGENCIES)}" if i >= len(AGENCIES) else "")),
            C("inn", "varchar(14)", "none", lambda c, i: f"0{c.r.randint(1, 2)}{digits(c, 12)}"),
            C("adres", "varchar(200)", "none", one("г. Бишкек, ул. Токтогула, 89, офис 12", "г. Алматы, пр. Абая, 52",
                                                   "г. Чолпон-Ата, ул. Советская, 4")),
            C("telefon", "varchar(20)", "none", lambda c, i: f"(0312) {c.r.randint(30, 69)}-{digits(c, 2)}-{digits(c, 2)}"),
            C("kontaktnoe_litso", "varchar(120)", "person_name", any_name("kg")),
            C("telefon_kontakta", "varchar(20)", "phone", lambda c, i: mobile(c, "kg")),
            C("email", "varchar(80)", "none", lambda c, i: AGENCIES[i % len(AGENCIES)][1]),
            C("komissiya_procent", "numeric(4,1)", "none", one(8, 10, 12.5, 15)),
        ], rows=N_AG),
        Table(S, "putevki", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nomer", "varchar(20)", "none", lambda c, i: f"ПТ-2025-{i + 300:05d}"),
            C("otdyhayushchiy_id", "integer", "none", lambda c, i: (i - 1) % N_GUEST + 1),
            C("agentstvo_id", "integer", "none", fk(N_AG, 3, 4)),
            C("korpus_id", "integer", "none", ints(1, 5)),
            C("nomer_komnaty", "varchar(6)", "none", lambda c, i: f"{c.r.randint(1, 5)}{c.r.randint(1, 30):02d}"),
            C("data_zaezda", "date", "none", dates(2024, 2025)),
            C("data_vyezda", "date", "none", dates(2024, 2025)),
            C("tip", "varchar(30)", "none", one("лечебная", "лечебная", "оздоровительная", "мать и дитя")),
            C("stoimost", "numeric(10,2)", "none", lambda c, i: c.r.choice([3200, 3800, 4500, 6200]) * 12),
            C("oplacheno", "boolean", "none", one(True, True, False)),
            C("status", "varchar(20)", "none", one("забронирована", "заселён", "выбыл", "аннулирована")),
        ], rows=N_PUT, extra=[fkey(S, "putevki", "otdyhayushchiy_id", "otdyhayushchie", "id"),
                              fkey(S, "putevki", "agentstvo_id", "agentstva", "id"),
                              fkey(S, "putevki", "korpus_id", "korpusa", "id")]),
        Table(S, "personal", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("fio", "varchar(120)", "person_name", lambda c, i: staff(c, i)["full"]),
            C("dolzhnost", "varchar(60)", "none", one("врач-терапевт", "врач-физиотерапевт", "медсестра", "массажист",
                                                      "администратор", "диетсестра")),
            C("kabinet", "varchar(10)", "none", lambda c, i: str(c.r.randint(101, 240))),
            C("telefon", "varchar(20)", "phone", lambda c, i: staff(c, i)["mobile"]),
            C("login", "varchar(40)", "none", lambda c, i: staff(c, i)["user"]),
            C("parol_hash", "char(32)", "credentials", lambda c, i: md5(c)),
        ], rows=N_STAFF),
        Table(S, "sk_karty", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("otdyhayushchiy_id", "integer", "none", seq()),
            C("nomer_karty", "varchar(20)", "none", lambda c, i: f"072/у-{digits(c, 5)}"),
            C("kem_vydana", "varchar(80)", "none", one("ЦСМ №6 г. Бишкек", "ГСВ Аламедин", "ЦОВП г. Каракол",
                                                       "Поликлиника КГМА", "ГП №25 г. Алматы")),
            C("vrach_napravivshiy", "varchar(120)", "person_name", any_name("kg")),
            C("data_vydachi", "date", "none", dates(2024, 2025)),
            C("diagnoz_osnovnoy", "varchar(200)", "health", lambda c, i: " ".join(DIAG[i % len(DIAG)])),
            C("diagnoz_soputstvuyushchiy", "varchar(200)", "health", maybe(lambda c, i: " ".join(
                DIAG[(i * 3 + 1) % len(DIAG)]), 0.5, "")),
            C("gruppa_krovi", "varchar(10)", "health", one("O(I) Rh+", "A(II) Rh+", "B(III) Rh+", "AB(IV) Rh+",
                                                           "A(II) Rh-", "")),
            C("allergii", "varchar(120)", "health", one("нет", "нет", "нет", "пенициллин", "новокаин", "пыльца полыни")),
            C("ad", "varchar(10)", "health", lambda c, i: f"{c.r.randint(100, 180)}/{c.r.randint(60, 110)}"),
            C("flyuorografiya", "varchar(60)", "health", lambda c, i: c.r.choice(["норма", "норма", "пневмофиброз"])
              + f", {c.r.randint(1, 28):02d}.{c.r.randint(1, 12):02d}.2025"),
            C("epid_okruzhenie", "varchar(120)", "health", one("Контактов с инфекционными больными не было",
                                                               "Контакт с больным туберкулёзом (сосед), 2023 г.")),
        ], rows=N_KARTA, extra=[fkey(S, "sk_karty", "otdyhayushchiy_id", "otdyhayushchie", "id")]),
        Table(S, "priemy", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("karta_id", "integer", "none", fk(N_KARTA, 3)),
            C("vrach_id", "integer", "none", fk(N_STAFF, 7)),
            C("data", "timestamp", "none", stamps(2024, 2025)),
            C("zhaloby", "text", "health", _complaint),
            C("anamnez", "text", "health", _history),
            C("obektivno", "text", "health", _exam),
            C("zaklyuchenie", "text", "health", lambda c, i: DIAG[(i * 3) % len(DIAG)][1] + (
                "" if "ремиссия" in DIAG[(i * 3) % len(DIAG)][1] else c.r.choice([", обострение", ", ремиссия", ""]))),
            C("rekomendacii", "text", "health", _recommend),
        ], rows=150, extra=[fkey(S, "priemy", "karta_id", "sk_karty", "id"),
                            fkey(S, "priemy", "vrach_id", "personal", "id")]),
        Table(S, "naznacheniya", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("karta_id", "integer", "none", fk(N_KARTA, 11)),
            C("procedura", "varchar(80)", "health", lambda c, i: PROC[i % len(PROC)]),
            C("kolichestvo", "integer", "none", one(5, 8, 10, 12)),
            C("kabinet", "varchar(10)", "none", lambda c, i: str(c.r.randint(101, 240))),
            C("vrach_id", "integer", "none", fk(N_STAFF, 5)),
            C("data_nachala", "date", "none", dates(2024, 2025)),
            C("vypolneno", "integer", "none", ints(0, 12)),
        ], rows=150, extra=[fkey(S, "naznacheniya", "karta_id", "sk_karty", "id")]),
        Table(S, "pitanie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("otdyhayushchiy_id", "integer", "none", seq()),
            C("stol", "varchar(20)", "health", one("Стол №5", "Стол №9", "Стол №10", "Стол №1", "Общий стол",
                                                   "Общий стол")),
            C("zal", "varchar(20)", "none", one("Зал 1", "Зал 2", "Летняя веранда")),
            C("smena", "integer", "none", one(1, 2)),
            C("osobye_ukazaniya", "varchar(120)", "health", maybe(one("без лактозы", "без глютена (целиакия)",
                                                                      "протёртое", "аллергия на мёд"), 0.3, "")),
        ], rows=N_GUEST, extra=[fkey(S, "pitanie", "otdyhayushchiy_id", "otdyhayushchie", "id")]),
        Table(S, "oplaty", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("putevka_id", "integer", "none", fk(N_PUT, 7)),
            C("summa", "numeric(10,2)", "none", lambda c, i: c.r.choice([3200, 3800, 4500, 6200]) * c.r.randint(3, 12)),
            C("valyuta", "char(3)", "none", one("KGS", "KGS", "KGS", "KZT")),
            C("sposob", "varchar(20)", "none", lambda c, i: ["наличные", "Элсом", "MBank", "Visa", "О!Деньги"][i % 5]),
            C("nomer_koshelka", "varchar(20)", "phone", lambda c, i: mobile(c, "kg") if i % 5 in (1, 2, 4) else ""),
            C("karta_posl4", "char(4)", "none", lambda c, i: digits(c, 4) if i % 5 == 3 else ""),
            C("kvitanciya", "varchar(20)", "none", lambda c, i: f"ЧК-{i + 1200:06d}"),
            C("data", "timestamp", "none", stamps(2024, 2025)),
            C("kassir_id", "integer", "none", fk(N_STAFF, 3)),
        ], rows=150, extra=[fkey(S, "oplaty", "putevka_id", "putevki", "id")]),
        Table(S, "wifi_sessii", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("otdyhayushchiy_id", "integer", "none", fk(N_GUEST, 9)),
            C("mac", "varchar(17)", "none", lambda c, i: ":".join(hexs(c, 2) for _ in range(6))),
            C("ip", "varchar(15)", "ip_address", lambda c, i: f"10.10.{c.r.randint(0, 7)}.{c.r.randint(2, 254)}"),
            C("nachalo", "timestamp", "none", stamps(2025, 2025)),
            C("trafik_mb", "integer", "none", ints(1, 4000)),
        ], rows=150, extra=[fkey(S, "wifi_sessii", "otdyhayushchiy_id", "otdyhayushchie", "id")]),
    ]
