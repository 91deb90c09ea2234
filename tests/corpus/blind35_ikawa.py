"""ak_ikawa: an in-house system of a coffee washing-station cooperative in Kayanza (Burundi), with Kirundi column
names: member associations, farmer members and their plots, cherry deliveries, payments by mobile money or bank,
input loans, the staff and the coffee buyers (exporting firms) with their sale contracts."""
from __future__ import annotations

from decimal import Decimal

from .blind26_gens import C, amounts, bcrypt, cached, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind35_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "ak_ikawa"
UM = "ik.umunyamuryango"
N_ISH, N_UM, N_UMU, N_ABA, N_ABG = 24, 150, 140, 25, 80
ABAGUZI = ["Kahawa Export SARL", "Great Lakes Specialty Coffee SA", "Ngozi Green Bean Trading", "Sucafina Burundi",
           "Tanganyika Roasters Ltd", "Kibira Heights Coffee SPRL", "Amahoro Import GmbH", "Burundi Mountain Beans SA"]


def _plot(c, i):
    return cached(c, ("ik.plot", i), lambda cx: {
        "lat": Decimal(str(round(-2.93 + cx.r.uniform(-0.08, 0.08), 6))),
        "lon": Decimal(str(round(29.63 + cx.r.uniform(-0.08, 0.08), 6)))})


def _icitonderwa(c, i):
    return c.r.choice([None, None, None, "Yatanze ikawa y'umuryango wiwe",
                       f"Amafaranga yahawe umugore wiwe {any_name('bi', 'F')(c, i)} kubera ari mu bitaro",
                       f"Hamagara umuhungu wiwe kuri {any_mobile('bi')(c, i)}", "Ikarata yatakaye, yahawe iyindi",
                       "Yimukiye komine Muhanga"])


def _ubumuga(c, i):
    return c.r.choice([None] * 8 + ["Ubumuga bw'amaguru", "Ntabona neza", "Ubumuga bwo kutumva", "Yaciwe ukuboko"])


def ikawa_tables() -> list[Table]:
    m = lambda f: person("bi", UM, f, 1945, 2003)                 # noqa: E731
    k = lambda f: person("bi", "ik.umukozi", f, 1975, 2001)       # noqa: E731
    g = lambda f: person("bi", "ik.abaguzi", f, 1965, 1995)       # noqa: E731
    return [
        Table(S, "amashirahamwe", [
            C("ishirahamwe_id", "integer PRIMARY KEY", "none", seq()),
            C("izina", "varchar(80)", "none", lambda c, i: f"Ishirahamwe {c.r.choice(POOLS['bi']['hill'])} {i}"),
            C("umutumba", "varchar(40)", "none", lambda c, i: c.r.choice(POOLS["bi"]["hill"])),
            C("komine", "varchar(40)", "none", one("Kayanza", "Muhanga", "Gatara", "Rango", "Kabarore", "Matongo")),
            C("umukuru", "varchar(100)", "person_name", person("bi", "ik.umukuru", "full")),
            C("telefone_y_umukuru", "varchar(20)", "phone", person("bi", "ik.umukuru", "mobile")),
            C("itariki_yashinzwe", "date", "none", dates(2008, 2020)),
        ], rows=N_ISH),
        Table(S, "abanyamuryango", [
            C("umunyamuryango_id", "integer PRIMARY KEY", "none", seq()),
            C("inomero_y_ikarata", "varchar(12)", "none", lambda c, i: f"KY-{i + 400:05d}"),
            C("izina", "varchar(60)", "person_name", m("last")),
            C("amazina_mato", "varchar(60)", "person_name", m("first")),
            C("igitsina", "varchar(5)", "none", lambda c, i: "Gabo" if m("sex")(c, i) == "M" else "Gore"),
            C("itariki_yavutse", "date", "birth_date", m("birth")),
            C("indangamuntu", "varchar(16)", "national_id", m("natid")),
            C("intara", "varchar(30)", "none", const("Kayanza")),
            C("komine", "varchar(30)", "none", one("Kayanza", "Muhanga", "Gatara", "Rango", "Kabarore", "Matongo")),
            C("umutumba", "varchar(40)", "none", lambda c, i: c.r.choice(POOLS["bi"]["hill"])),
            C("telefone", "varchar(20)", "phone", maybe(m("mobile"), 0.8)),
            C("lumicash", "varchar(20)", "phone", maybe(lambda c, i: m("mobile")(c, i).replace(" ", ""), 0.6)),
            C("ubwoko", "varchar(12)", "ethnic_origin", maybe(one("Umutwa"), 0.08),
              comment="programme ya Batwa: abanyamuryango b'Abatwa"),
            C("ubumuga", "varchar(60)", "health", _ubumuga),
            C("ishirahamwe_id", "integer", "none", fk(N_ISH, 5)),
            C("yinjiye", "date", "none", dates(2010, 2025)),
            C("abana", "smallint", "none", ints(0, 9)),
            C("arakora", "boolean", "none", flag(0.92)),
            C("icitonderwa", "text", "free_text_may_contain_pii", _icitonderwa),
        ], rows=N_UM, extra=[fkey(S, "abanyamuryango", "ishirahamwe_id", "amashirahamwe", "ishirahamwe_id")]),
        Table(S, "imirima", [
            C("umurima_id", "integer PRIMARY KEY", "none", seq()),
            C("umunyamuryango_id", "integer", "none", fk(N_UM, 3)),
            C("ubuso_ha", "numeric(6,2)", "none", amounts(0.05, 2.5)),
            C("ibiti_vy_ikawa", "integer", "none", ints(80, 3500)),
            C("ubwoko_bw_ibiti", "varchar(20)", "none", one("Bourbon", "Jackson", "Mibirizi", "SL28")),
            C("uburebure_m", "integer", "none", ints(1550, 2050)),
            C("latitude", "numeric(9,6)", "geo_location", lambda c, i: _plot(c, i)["lat"]),
            C("longitude", "numeric(9,6)", "geo_location", lambda c, i: _plot(c, i)["lon"]),
            C("itariki_yapimwe", "date", "none", dates(2019, 2025)),
        ], rows=N_UMU, extra=[fkey(S, "imirima", "umunyamuryango_id", "abanyamuryango", "umunyamuryango_id")]),
        Table(S, "abakozi", [
            C("umukozi_id", "integer PRIMARY KEY", "none", seq()),
            C("amazina", "varchar(100)", "person_name", k("full")),
            C("telefone", "varchar(20)", "phone", k("mobile")),
            C("imeyili", "varchar(80)", "email", lambda c, i: k("user")(c, i) + "@kayanzacoop.bi"),
            C("uruhara", "varchar(30)", "none", one("Umucungamari", "Uwakira ikawa", "Umuyobozi", "Umuzamu")),
            C("izina_ryo_kwinjira", "varchar(40)", "none", k("user")),
            C("ijambo_banga", "varchar(72)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("token_ya_telefone", "varchar(40)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.5)),
        ], rows=N_ABA),
        Table(S, "ivyatanzwe", [
            C("ivyatanzwe_id", "integer PRIMARY KEY", "none", seq()),
            C("umunyamuryango_id", "integer", "none", fk(N_UM, 11)),
            C("itariki", "timestamp", "none", stamps(2024, 2025)),
            C("ibiro", "numeric(7,1)", "none", amounts(5, 480, 1)),
            C("igiciro_kuri_kilo", "numeric(8,0)", "none", one(2800, 3000, 3200)),
            C("ubwiza", "varchar(4)", "none", one("A", "A", "B", "C")),
            C("uwakiriye", "integer", "none", fk(N_ABA, 3)),
            C("inomero_y_inyemezabuguzi", "varchar(14)", "none", lambda c, i: f"RC{digits(c, 8)}"),
        ], rows=150, extra=[fkey(S, "ivyatanzwe", "umunyamuryango_id", "abanyamuryango", "umunyamuryango_id"),
                            fkey(S, "ivyatanzwe", "uwakiriye", "abakozi", "umukozi_id")]),
        Table(S, "amaliho", [
            C("iriho_id", "integer PRIMARY KEY", "none", seq()),
            C("umunyamuryango_id", "integer", "none", fk(N_UM, 13)),
            C("amafaranga", "numeric(12,0)", "none", amounts(15000, 1_500_000, 0)),
            C("uburyo", "varchar(12)", "none", one("Lumicash", "Lumicash", "Ecocash", "Banki", "Amafaranga")),
            C("konti_ya_banki", "varchar(20)", "bank_account", maybe(lambda c, i: f"{digits(c, 4)}-{digits(c, 7)}-{digits(c, 2)}",
                                                                     0.3), comment="konti ya COOPEC canke BANCOBU"),
            C("telefone_yakiriye", "varchar(20)", "phone", maybe(any_mobile("bi"), 0.6)),
            C("indangamuhirwa", "varchar(24)", "none", lambda c, i: f"LC{digits(c, 12)}"),
            C("itariki", "date", "none", dates(2024, 2025)),
            C("uwishuye", "integer", "none", fk(N_ABA, 7)),
        ], rows=150, extra=[fkey(S, "amaliho", "umunyamuryango_id", "abanyamuryango", "umunyamuryango_id"),
                            fkey(S, "amaliho", "uwishuye", "abakozi", "umukozi_id")]),
        Table(S, "inguzanyo", [
            C("inguzanyo_id", "integer PRIMARY KEY", "none", seq()),
            C("umunyamuryango_id", "integer", "none", fk(N_UM, 17)),
            C("amafaranga", "numeric(12,0)", "none", amounts(20000, 600000, 0)),
            C("impamvu", "varchar(60)", "none", one("Ifumbire", "Imiti yica udukoko", "Amafaranga y'ishure",
                                                   "Gusakara inzu", "Ibiti bishasha")),
            C("itariki_yatanzwe", "date", "none", dates(2023, 2025)),
            C("itariki_yo_kwishura", "date", "none", dates(2024, 2026)),
            C("yishuwe", "boolean", "none", flag(0.6)),
            C("umwishingizi", "varchar(100)", "person_name", any_name("bi"), comment="umuntu yemeye kwishingira"),
        ], rows=120, extra=[fkey(S, "inguzanyo", "umunyamuryango_id", "abanyamuryango", "umunyamuryango_id")]),
        Table(S, "abaguzi", [
            C("umuguzi_id", "integer PRIMARY KEY", "none", seq()),
            C("izina_ry_isosiyete", "varchar(100)", "none", lambda c, i: ABAGUZI[i % len(ABAGUZI)]
              + ("" if i <= len(ABAGUZI) else f" ({i})")),
            C("nif", "varchar(12)", "none", lambda c, i: f"400{digits(c, 7)}"),
            C("aderese", "varchar(160)", "none", lambda c, i: f"{c.r.choice(POOLS['bi']['street'])} n° {c.r.randint(1, 90)}, "
                                                              f"Bujumbura"),
            C("telefone", "varchar(20)", "none", lambda c, i: f"+257 22 2{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}"),
            C("imeyili", "varchar(80)", "none", lambda c, i: f"trading@buyer{i}.bi"),
            C("uwo_kuvugana", "varchar(100)", "person_name", g("full")),
            C("telefone_yiwe", "varchar(20)", "phone", g("mobile")),
            C("imeyili_yiwe", "varchar(80)", "email", g("email")),
            C("igihugu", "varchar(30)", "none", one("Burundi", "Burundi", "Ubusuwisi", "Ubudage", "Ubuyapani")),
        ], rows=N_ABG),
        Table(S, "amasezerano", [
            C("isezerano_id", "integer PRIMARY KEY", "none", seq()),
            C("umuguzi_id", "integer", "none", fk(N_ABG, 7)),
            C("inomero", "varchar(20)", "none", lambda c, i: f"KAY/{c.r.randint(2023, 2025)}/{i:03d}"),
            C("ibiro", "integer", "none", ints(19200, 57600)),
            C("igiciro_usd", "numeric(8,2)", "none", amounts(3.2, 6.8)),
            C("itariki_yo_gupakira", "date", "none", dates(2024, 2025)),
            C("kontineri", "varchar(12)", "none", lambda c, i: f"MSKU{digits(c, 7)}"),
        ], rows=100, extra=[fkey(S, "amasezerano", "umuguzi_id", "abaguzi", "umuguzi_id")]),
    ]
