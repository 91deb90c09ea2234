"""af_estacio: the in-house system of an Andorran ski resort, with Catalan table and column names: clients and
lift passes (with a face template checked at the turnstiles), gate passages, ski-patrol accidents, the ski school,
equipment rental, online sales, partner businesses and staff."""
from __future__ import annotations

from .blind30_gens import (alnum, bcrypt, card, code, coord, day, fk, fkey, iban_ad, ipv4, maybe, money, num, pick,
                           pp, row_id, say, stamp, work_mail)
from .gens import Col as C
from .gens import Table

S = "af_estacio"
CLI, STAFF, FORF, ALUM = 140, 80, 150, 130
PK = "integer PRIMARY KEY"
LAT, LON = (42.53, 42.60), (1.60, 1.73)

_ACCIDENT = ["L'esquiador {full} cau a la pista {0} i es queixa del genoll dret. Avisada la seva parella al {mobile}.",
             "Xoc entre dos esquiadors sota el telecadira. Un d'ells, {first} {last}, marxa pel seu propi peu.",
             "Caiguda en zona de bumps, dolor a l'espatlla, es trasllada amb motoneu.",
             "Snowboarder desorientat fora pista, localitzat pel gos de rescat.",
             "Nen de sis anys perdut, retrobat a l'escola d'esquí. Avisat el familiar {full}.",
             "Mareig a la cua del telecabina, es recupera després de 20 minuts."]
_OBS = ["En {first} ha millorat molt el gir en paral·lel.", "Li fa por el telesquí, treballar-ho demà.",
        "La {first} vol passar al grup d'estrella de bronze.", "Cansat a la tarda, acabem abans.",
        "Trucar a la família si la {first} torna a plorar.", "Bon nivell, pot anar a pistes vermelles."]


def _t(templates: list[str], entity: str, n: int | None = None, k: int = 7):
    fill = say("AD", entity, [t.replace("{0}", "{{pista}}") for t in templates], n, k)

    def g(c, i):
        return fill(c, i).replace("{pista}", c.r.choice(["Avet", "Tubs", "Gall de bosc", "Llop", "Àliga", "6"]))
    return g


def estacio_tables() -> list[Table]:
    cl, st, al = "client", "treballador", "alumne"
    return [
        Table(S, "clients", [
            C("id_client", PK, "none", row_id()),
            C("nom", "varchar(60)", "person_name", pp("AD", cl, "first")),
            C("cognoms", "varchar(120)", "person_name", pp("AD", cl, "last")),
            C("data_naixement", "date", "birth_date", pp("AD", cl, "birth")),
            C("sexe", "char(1)", "none", pp("AD", cl, "sex")),
            C("nrt", "varchar(12)", "national_id", maybe(pp("AD", cl, "nid"), 0.3)),
            C("telefon_mobil", "varchar(20)", "phone", pp("AD", cl, "mobile")),
            C("correu", "varchar(120)", "email", pp("AD", cl, "email")),
            C("adreca", "varchar(200)", "postal_address", pp("AD", cl, "street")),
            C("codi_postal", "varchar(8)", "postal_address", pp("AD", cl, "postcode")),
            C("parroquia", "varchar(40)", "none", pp("AD", cl, "town")),
            C("idioma", "char(2)", "none", pick("ca", "ca", "es", "fr", "en")),
            C("data_alta", "date", "none", day(2015, 2025)),
            C("accepta_publicitat", "boolean", "none", pick(True, False)),
            C("plantilla_facial", "bytea", "biometric", maybe(lambda c, i: bytes(c.r.getrandbits(8) for _ in range(256)), 0.2),
              comment="Vector facial (128 floats) per validar el forfet al torn"),
        ], rows=CLI),
        Table(S, "forfets", [
            C("id_forfet", PK, "none", row_id()),
            C("id_client", "integer", "none", fk(CLI, 3)),
            C("tipus", "varchar(20)", "none", pick("dia", "mig_dia", "3_dies", "temporada", "temporada")),
            C("codi_chip", "varchar(24)", "none", lambda c, i: f"01-{c.r.getrandbits(64):016X}"),
            C("data_inici", "date", "none", day(2024, 2025)),
            C("data_fi", "date", "none", day(2024, 2025)),
            C("preu", "numeric(8,2)", "none", money(25, 790)),
            C("descompte_motiu", "varchar(40)", "health",
              pick(None, None, "infantil", "senior", "familia_nombrosa", "discapacitat_33", "discapacitat_65",
                   "resident"), comment="Motiu del descompte aplicat"),
            C("actiu", "boolean", "none", pick(True, True, False)),
        ], rows=FORF, extra=[fkey(S, "forfets", "id_client", "clients", "id_client")]),
        Table(S, "passos_remuntador", [
            C("id_pas", PK, "none", row_id()),
            C("id_forfet", "integer", "none", fk(FORF, 7)),
            C("remuntador", "varchar(40)", "none", pick("TC Soldeu", "TSD Espiolets", "TSD Tarter", "TK Riba Escorxada",
                                                         "TSD Solanelles", "TC Grandvalira")),
            C("torn", "smallint", "none", num(1, 8)),
            C("data_hora", "timestamp", "none", stamp(2025, 2025)),
            C("coincidencia_facial", "numeric(4,3)", "none", lambda c, i: round(c.r.uniform(0.5, 0.999), 3)),
        ], rows=150, extra=[fkey(S, "passos_remuntador", "id_forfet", "forfets", "id_forfet")]),
        Table(S, "personal", [
            C("id_treballador", PK, "none", row_id()),
            C("nom", "varchar(60)", "person_name", pp("AD", st, "first")),
            C("cognoms", "varchar(120)", "person_name", pp("AD", st, "last")),
            C("lloc", "varchar(40)", "none", pick("pister_socorrista", "monitor", "monitor", "taquilla", "remuntador")),
            C("telefon", "varchar(20)", "phone", pp("AD", st, "mobile")),
            C("correu_feina", "varchar(120)", "email", work_mail("AD", st, "neuvalls.ad")),
            C("num_cass", "varchar(10)", "national_id", lambda c, i: f"{c.r.randint(100000, 999999)}"),
            C("titulacio", "varchar(60)", "none", pick("TD2 esquí alpí", "TD1 surf de neu", "Socorrisme en pistes",
                                                       None, "TD3 esquí alpí")),
            C("iban", "varchar(34)", "iban", iban_ad()),
        ], rows=STAFF),
        Table(S, "accidents", [
            C("id_accident", PK, "none", row_id()),
            C("id_client", "integer", "none", maybe(fk(CLI, 11), 0.15)),
            C("id_pister", "integer", "none", fk(STAFF, 5)),
            C("data_hora", "timestamp", "none", stamp(2024, 2025)),
            C("pista", "varchar(40)", "none", pick("Avet", "Tubs", "Gall de bosc", "Llop", "Àliga", "fora pista")),
            C("latitud", "double precision", "geo_location", coord(*LAT)),
            C("longitud", "double precision", "geo_location", coord(*LON)),
            C("lesio", "varchar(80)", "health", pick("esquinç lligament creuat", "fractura de tíbia", "luxació d'espatlla",
                                                     "contusió", "traumatisme cranial lleu", "hipotèrmia", "cap")),
            C("part_cos", "varchar(30)", "health", pick("genoll", "canell", "espatlla", "cap", "turmell", "esquena")),
            C("gravetat", "smallint", "health", num(1, 4), comment="1 lleu ... 4 molt greu"),
            C("trasllat", "varchar(60)", "health", pick("alta in situ", "centre mèdic Soldeu",
                                                         "Hospital Nostra Senyora de Meritxell", "helicòpter SUM")),
            C("descripcio", "text", "free_text_may_contain_pii", _t(_ACCIDENT, cl, CLI, 11)),
        ], rows=120, extra=[fkey(S, "accidents", "id_client", "clients", "id_client"),
                            fkey(S, "accidents", "id_pister", "personal", "id_treballador")]),
        Table(S, "escola_alumnes", [
            C("id_alumne", PK, "none", row_id()),
            C("id_tutor", "integer", "none", fk(CLI, 13)),
            C("nom_alumne", "varchar(120)", "person_name",
              lambda c, i: f"{pp('AD', al, 'first')(c, i)} {pp('AD', cl, 'last', CLI, 13)(c, i)}"),
            C("data_naixement", "date", "birth_date", lambda c, i: day(2013, 2021)(c, i)),
            C("nivell", "varchar(20)", "none", pick("debutant", "floc", "estrella_bronze", "estrella_plata")),
            C("alergies", "varchar(120)", "health", pick(None, None, None, "fruits secs", "penicil·lina", "làtex",
                                                         "celiaquia")),
            C("medicacio", "varchar(120)", "health", pick(None, None, None, "Ventolin si cal", "insulina",
                                                          "antihistamínic")),
            C("dieta", "varchar(40)", "religious_belief", pick(None, None, None, "halal", "kosher", "sense porc")),
            C("contacte_emergencia", "varchar(120)", "free_text_may_contain_pii",
              lambda c, i: f"{'Mare' if pp('AD', cl, 'sex', CLI, 13)(c, i) == 'F' else 'Pare'}: {pp('AD', cl, 'full', CLI, 13)(c, i)} "
                           f"{pp('AD', cl, 'mobile', CLI, 13)(c, i)}"),
            C("autoritzacio_fotos", "boolean", "none", pick(True, False)),
        ], rows=ALUM, extra=[fkey(S, "escola_alumnes", "id_tutor", "clients", "id_client")]),
        Table(S, "classes", [
            C("id_classe", PK, "none", row_id()),
            C("id_alumne", "integer", "none", fk(ALUM, 1)),
            C("id_monitor", "integer", "none", fk(STAFF, 3)),
            C("data", "date", "none", day(2025, 2025)),
            C("hora", "varchar(5)", "none", pick("09:30", "11:30", "14:00")),
            C("nivell", "varchar(20)", "none", pick("debutant", "floc", "estrella_bronze")),
            C("observacions", "text", "free_text_may_contain_pii", say("AD", al, _OBS, ALUM, 1)),
        ], rows=140, extra=[fkey(S, "classes", "id_alumne", "escola_alumnes", "id_alumne"),
                            fkey(S, "classes", "id_monitor", "personal", "id_treballador")]),
        Table(S, "vendes", [
            C("id_venda", PK, "none", row_id()),
            C("id_client", "integer", "none", fk(CLI, 17)),
            C("data", "timestamp", "none", stamp(2024, 2025)),
            C("import", "numeric(10,2)", "none", money(30, 1600)),
            C("targeta", "varchar(19)", "payment_card", maybe(card(), 0.3)),
            C("caducitat", "varchar(5)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}"),
            C("codi_autoritzacio", "varchar(8)", "none", alnum(6)),
            C("iban_domiciliacio", "varchar(34)", "iban", maybe(iban_ad(), 0.7)),
            C("ip_client", "inet", "ip_address", ipv4()),
        ], rows=150, extra=[fkey(S, "vendes", "id_client", "clients", "id_client")]),
        Table(S, "lloguer_material", [
            C("id_lloguer", PK, "none", row_id()),
            C("id_client", "integer", "none", fk(CLI, 19)),
            C("pes_kg", "smallint", "none", num(18, 110)),
            C("alcada_cm", "smallint", "none", num(100, 198)),
            C("talla_bota", "numeric(3,1)", "none", lambda c, i: c.r.choice(range(36, 92)) / 2),
            C("din", "numeric(3,1)", "none", lambda c, i: c.r.choice(range(5, 22)) / 2),
            C("data_retorn", "date", "none", day(2025, 2025)),
            C("fianca", "numeric(8,2)", "none", pick(0, 50, 100)),
        ], rows=130, extra=[fkey(S, "lloguer_material", "id_client", "clients", "id_client")]),
        Table(S, "comercos", [
            C("id_comerc", PK, "none", row_id()),
            C("nom_comercial", "varchar(80)", "none", lambda c, i: f"{pick('Hotel', 'Restaurant', 'Botiga', 'Apartaments')(c, i)} "
                                                                    f"{pick('Font', 'Pic', 'Vall', 'Coma', 'Roc')(c, i)} {i}"),
            C("nrt", "varchar(12)", "none", lambda c, i: f"L-{c.r.randint(700000, 799999)}-{c.r.choice('ABCDEFGH')}"),
            C("adreca", "varchar(200)", "none", lambda c, i: f"Carretera General {i}, Soldeu"),
            C("telefon", "varchar(20)", "none", lambda c, i: f"+376 87{c.r.randint(0, 9)} {c.r.randint(100, 999)}"),
            C("correu", "varchar(120)", "none", lambda c, i: f"reserves@comerc{i}.ad"),
            C("iban", "varchar(34)", "none", iban_ad()),
            C("persona_contacte", "varchar(120)", "person_name", pp("AD", "contacte", "full")),
            C("comissio_pct", "numeric(4,2)", "none", pick(5, 7.5, 10)),
        ], rows=80),
        Table(S, "usuaris_app", [
            C("usuari", "varchar(30) PRIMARY KEY", "none", lambda c, i: f"{pp('AD', st, 'user')(c, i)}{i}"),
            C("id_treballador", "integer", "none", row_id()),
            C("contrasenya_hash", "varchar(80)", "credentials", bcrypt("12", "2b")),
            C("token_sessio", "varchar(64)", "secret_token", maybe(alnum(48), 0.4)),
            C("ultim_acces", "timestamp", "none", stamp(2025, 2025)),
        ], rows=30, extra=[fkey(S, "usuaris_app", "id_treballador", "personal", "id_treballador")]),
        Table(S, "tiquets_taquilla", [
            C("num_tiquet", "varchar(14) PRIMARY KEY", "none", code("TQ25-", 6)),
            C("id_forfet", "integer", "none", row_id()),
            C("caixer", "integer", "none", fk(STAFF, 7)),
            C("import", "numeric(8,2)", "none", money(25, 790)),
            C("forma_pagament", "varchar(12)", "none", pick("efectiu", "targeta", "targeta", "bizum")),
        ], rows=FORF, extra=[fkey(S, "tiquets_taquilla", "id_forfet", "forfets", "id_forfet")]),
    ]
