"""ar_vacaciones: an in-house system of a Sahrawi-Spanish association running a summer hosting programme (children
from the refugee camps near Tindouf spend the summer with Spanish families), written with Hassaniya/Arabic names in
Arabic script and Spanish names: children, host families, medical checks in Spain, volunteers, partner
associations, flights, the call log with the families in the camps, donations and the access log."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, public_ip, seq,
                           stamps)
from .blind42_gens import POOLS, any_name, card, dni, es_bban, iban, mobile, person
from .gens import Table

S = "ar_vacaciones"
NINO, FAM, VOL = "eh.nino", "es.familia", "es.voluntario"
N_NINO, N_FAM, N_VOL, N_ASO, N_VUELO = 150, 120, 60, 24, 20
ASOCS = ["Asociación de Amigos del Pueblo Saharaui de", "Asociación Solidaria con el Sáhara de",
         "Coordinadora de Apoyo al Pueblo Saharaui de"]


def _ccc_iban(c, i):
    return iban("ES", es_bban(c.r.choice(["2100", "0049", "0182", "2085", "3058"]), digits(c, 4), digits(c, 10)))


def _llamada(c, i):
    return c.r.choice(["الطفل بخير ويسلم على أهله.", "لا جديد.",
                       f"اتصلت الأم {person('eh', NINO, 'first')(c, c.r.randint(1, N_NINO))} وطلبت رقم العائلة.",
                       f"الخال {any_name('eh')(c, i)} يطلب الاتصال على {mobile(c, 'eh')}",
                       "تأخر الاتصال بسبب انقطاع الشبكة في المخيم.", None])


def vacaciones_tables() -> list[Table]:
    n = lambda f: person("eh", NINO, f, 2013, 2018)      # noqa: E731
    fa = lambda f: person("es", FAM, f, 1960, 1992)      # noqa: E731
    v = lambda f: person("es", VOL, f, 1955, 2003)       # noqa: E731
    return [
        Table(S, "asociaciones", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nombre", "varchar(100)", "none", lambda c, i: f"{ASOCS[i % 3]} {POOLS['es']['city'][i % 12].split('|')[0]}"),
            C("cif", "char(9)", "none", lambda c, i: f"G{POOLS['es']['city'][i % 12].split('|')[1]}{digits(c, 6)}"),
            C("telefono", "varchar(16)", "none", lambda c, i: f"9{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"),
            C("email", "varchar(60)", "none", lambda c, i: f"sahara{i}@asociacion-saharaui.org"),
            C("iban_cuenta", "varchar(34)", "none", _ccc_iban),
            C("presidente", "varchar(80)", "person_name", any_name("es")),
            C("provincia", "varchar(30)", "none", lambda c, i: POOLS["es"]["city"][i % 12].split("|")[0]),
        ], rows=N_ASO),
        Table(S, "familias_acogida", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("asociacion_id", "integer", "none", fk(N_ASO, 5)),
            C("nombre_titular", "varchar(40)", "person_name", fa("first")),
            C("apellidos", "varchar(60)", "person_name", lambda c, i: f"{fa('last')(c, i)} {fa('last2')(c, i)}"),
            C("dni", "char(9)", "national_id", fa("natid")),
            C("movil", "varchar(16)", "phone", fa("mobile")),
            C("telefono_fijo", "varchar(14)", "phone", maybe(fa("phone"), 0.5)),
            C("email", "varchar(80)", "email", fa("email")),
            C("domicilio", "varchar(120)", "postal_address", fa("a_line")),
            C("codigo_postal", "char(5)", "postal_address", fa("a_postcode")),
            C("localidad", "varchar(40)", "none", fa("a_city")),
            C("iban", "varchar(34)", "iban", maybe(_ccc_iban, 0.6)),
            C("num_miembros", "smallint", "none", ints(2, 7)),
            C("cert_delitos_sexuales_entregado", "boolean", "none", flag(0.9)),
            C("anios_acogiendo", "smallint", "none", ints(0, 15)),
        ], rows=N_FAM, extra=[fkey(S, "familias_acogida", "asociacion_id", "asociaciones", "id")]),
        Table(S, "الأطفال", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("الاسم", "varchar(40)", "person_name", n("first")),
            C("اسم_الأب", "varchar(60)", "person_name", n("last")),
            C("nombre_latino", "varchar(80)", "person_name", n("full_lat")),
            C("تاريخ_الميلاد", "date", "birth_date", n("birth")),
            C("الجنس", "varchar(6)", "none", lambda c, i: "ذكر" if n("sex")(c, i) == "M" else "أنثى"),
            C("جواز_السفر", "char(9)", "national_id", n("natid")),
            C("الولاية", "varchar(20)", "none", lambda c, i: c.r.choice(POOLS["eh"]["wilaya"]).split("|")[0]),
            C("الدائرة", "varchar(20)", "none", lambda c, i: c.r.choice(POOLS["eh"]["daira"])),
            C("الحي", "smallint", "none", ints(1, 6)),
            C("القبيلة", "varchar(40)", "ethnic_origin", maybe(n("tribe"), 0.8)),
            C("هاتف_العائلة", "varchar(20)", "phone", n("mobile")),
            C("solo_halal", "boolean", "religious_belief", flag(0.95), comment="no come cerdo, solo carne halal"),
            C("familia_id", "integer", "none", fk(N_FAM, 7, 9)),
            C("anio_programa", "smallint", "none", one(2023, 2024, 2025)),
            C("veces_en_espana", "smallint", "none", ints(1, 5)),
        ], rows=N_NINO, extra=[fkey(S, "الأطفال", "familia_id", "familias_acogida", "id")]),
        Table(S, "reconocimiento_medico", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nino_id", "integer", "none", fk(N_NINO, 3)),
            C("fecha", "date", "none", dates(2023, 2025)),
            C("peso_kg", "numeric(4,1)", "health", amounts(18, 45, 1)),
            C("talla_cm", "smallint", "health", ints(105, 160)),
            C("hemoglobina", "numeric(3,1)", "health", amounts(8.2, 14.1, 1)),
            C("diagnostico", "varchar(80)", "health", one("Anemia ferropénica", "Sano", "Sano", "Celiaquía",
                                                          "Parasitosis intestinal", "Caries múltiples",
                                                          "Déficit de vitamina D", "Hipoacusia leve")),
            C("celiaco", "boolean", "health", flag(0.1)),
            C("vacunas_al_dia", "boolean", "health", flag(0.8)),
            C("medico", "varchar(80)", "person_name", any_name("es")),
            C("centro_salud", "varchar(60)", "none", one("CS La Candelaria", "CS Delicias Sur", "CS Olaguíbel",
                                                         "CS El Greco", "CS Pumarín")),
        ], rows=140, extra=[fkey(S, "reconocimiento_medico", "nino_id", "الأطفال", "id")]),
        Table(S, "voluntarios", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nombre", "varchar(40)", "person_name", v("first")),
            C("apellidos", "varchar(60)", "person_name", lambda c, i: f"{v('last')(c, i)} {v('last2')(c, i)}"),
            C("nif", "char(9)", "national_id", v("natid")),
            C("movil", "varchar(16)", "phone", v("mobile")),
            C("email", "varchar(80)", "email", v("email")),
            C("sindicato", "varchar(20)", "trade_union", maybe(one("CCOO", "UGT", "CGT", "ELA", "LAB"), 0.5)),
            C("monitor_vuelo", "boolean", "none", flag(0.3)),
            C("password", "varchar(72)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("ultimo_acceso", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_VOL),
        Table(S, "vuelos", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("fecha", "date", "none", dates(2023, 2025)),
            C("origen", "varchar(30)", "none", one("Tinduf (TIN)", "Argel (ALG)")),
            C("destino", "varchar(30)", "none", one("Madrid (MAD)", "Bilbao (BIO)", "Sevilla (SVQ)", "Zaragoza (ZAZ)")),
            C("compania", "varchar(20)", "none", one("Air Algérie", "Binter", "Swiftair")),
            C("plazas", "smallint", "none", ints(60, 180)),
            C("localizador", "char(6)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                                       for _ in range(6))),
        ], rows=N_VUELO),
        Table(S, "pasajeros_vuelo", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("vuelo_id", "integer", "none", fk(N_VUELO, 3)),
            C("nino_id", "integer", "none", lambda c, i: i),
            C("asiento", "varchar(4)", "none", lambda c, i: f"{c.r.randint(1, 30)}{c.r.choice('ABCDEF')}"),
            C("monitor_id", "integer", "none", fk(N_VOL, 11)),
        ], rows=140, extra=[fkey(S, "pasajeros_vuelo", "vuelo_id", "vuelos", "id"),
                            fkey(S, "pasajeros_vuelo", "nino_id", "الأطفال", "id"),
                            fkey(S, "pasajeros_vuelo", "monitor_id", "voluntarios", "id")]),
        Table(S, "سجل_الاتصالات", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nino_id", "integer", "none", fk(N_NINO, 13)),
            C("التاريخ", "timestamp", "none", stamps(2024, 2025)),
            C("المتصل", "varchar(60)", "person_name", any_name("eh")),
            C("المدة_دقائق", "smallint", "none", ints(1, 25)),
            C("ملاحظات", "text", "free_text_may_contain_pii", _llamada),
        ], rows=130, extra=[fkey(S, "سجل_الاتصالات", "nino_id", "الأطفال", "id")]),
        Table(S, "donaciones", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("donante", "varchar(80)", "person_name", any_name("es")),
            C("nif_donante", "char(9)", "national_id", maybe(lambda c, i: dni(c.r.randrange(1_000_000, 79_999_999)), 0.7)),
            C("importe", "numeric(8,2)", "none", amounts(10, 600)),
            C("numero_tarjeta", "varchar(19)", "payment_card", maybe(lambda c, i: card(c), 0.4)),
            C("fecha", "date", "none", dates(2023, 2025)),
            C("recibo_fiscal", "boolean", "none", flag(0.6)),
            C("campana", "varchar(30)", "none", one("Vacaciones en Paz", "Caravana por la Paz", "Agua para los campamentos")),
        ], rows=120),
        Table(S, "accesos", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("voluntario_id", "integer", "none", fk(N_VOL, 7)),
            C("fecha", "timestamp", "none", stamps(2024, 2025)),
            C("ip", "varchar(15)", "ip_address", lambda c, i: public_ip(c, (31, 37, 79, 83, 88, 95))),
            C("correcto", "boolean", "none", flag(0.92)),
        ], rows=150, extra=[fkey(S, "accesos", "voluntario_id", "voluntarios", "id")]),
    ]
