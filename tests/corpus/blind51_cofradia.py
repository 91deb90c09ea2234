"""ba_cofradia: an in-house system of a fishermen's guild (cofradía de pescadores) in Llanes (Asturias), with
Asturian table and column names: members, boats, crew lists, the fish auction, dues and the guild's buyers."""
from __future__ import annotations

from .blind26_gens import C, amounts, dates, digits, fk, fkey, flag, iban, ints, maybe, one, seq, stamps
from .blind51_gens import P, name
from .gens import Table

S = "ba_cofradia"
N_SO, N_BA, N_CO = 120, 36, 40


def _obs(c, i):
    return c.r.choice([None, None, "Marea mala, poca merluza.", "Revisar la balsa salvavides.",
                       f"Avisar a {name('as')(c, i)} del cambéu de tripulación, tlf 6{digits(c, 2)} {digits(c, 3)} "
                       f"{digits(c, 3)}.", "Descarga en Ribadesella.", "Sin incidencies."])


def _iban(c, i):
    return iban("ES", f"3059{digits(c, 4)}{digits(c, 2)}{digits(c, 10)}")


def cofradia_tables() -> list[Table]:
    so = lambda f: P("as", "co.sociu", f, 1950, 2004)      # noqa: E731
    return [
        Table(S, "socios", [
            C("id_sociu", "integer PRIMARY KEY", "none", seq()),
            C("nome", "varchar(60)", "person_name", so("first")),
            C("apellidos", "varchar(80)", "person_name", lambda c, i: f"{so('last')(c, i)} {so('last2')(c, i)}"),
            C("alcunna", "varchar(40)", "person_name", maybe(one("El Roxu", "Pinín", "Manolón", "La Guapa", "Cholo"), 0.4),
              comment="mote"),
            C("dni", "varchar(9)", "national_id", so("natid")),
            C("nss", "varchar(14)", "national_id", lambda c, i: f"33/{digits(c, 8)}/{digits(c, 2)}"),
            C("fecha_nacencia", "date", "birth_date", so("birth")),
            C("direicion", "varchar(160)", "postal_address", so("a_line")),
            C("conceyu", "varchar(40)", "none", so("a_city")),
            C("telefonu", "varchar(20)", "phone", so("mobile")),
            C("corr", "varchar(80)", "email", maybe(so("email"), 0.5)),
            C("cuenta", "varchar(24)", "iban", _iban),
            C("llibreta_maritima", "varchar(12)", "national_id", lambda c, i: f"GIJ-{digits(c, 6)}",
              comment="libreta de inscripción marítima"),
            C("categoria", "varchar(20)", "none", one("Patrón", "Marineru", "Mecánicu", "Rederu")),
            C("baxa", "boolean", "none", flag(0.1)),
            C("xubilau", "boolean", "none", flag(0.2)),
            C("alta_en", "date", "none", dates(1990, 2025)),
        ], rows=N_SO),
        Table(S, "barcos", [
            C("id_barcu", "integer PRIMARY KEY", "none", seq()),
            C("nome_barcu", "varchar(60)", "none", lambda c, i: f"{c.r.choice(['Nueva', 'Virxe de', 'Hermanos'])} "
                                                                f"{c.r.choice(['Guía', 'Covadonga', 'Llaneza', 'Mar'])} {i}"),
            C("matricula", "varchar(20)", "none", lambda c, i: f"3ª-GI-{ints(1, 9)(c, i)}-{digits(c, 2)}-{digits(c, 2)}"),
            C("eslora", "numeric(5,2)", "none", amounts(6, 24)),
            C("arte", "varchar(30)", "none", one("Palangre", "Cerco", "Nasa", "Enmalle")),
            C("patron_id", "integer", "none", fk(N_SO, 3)),
            C("mmsi", "varchar(9)", "none", lambda c, i: f"224{digits(c, 6)}"),
            C("seguro", "varchar(40)", "none", one("Mutua de Armadores", "Seguros Bilbao", "Mapfre Mar")),
        ], rows=N_BA, extra=[fkey(S, "barcos", "patron_id", "socios", "id_sociu")]),
        Table(S, "tripulacion", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("id_barcu", "integer", "none", fk(N_BA, 5)),
            C("id_sociu", "integer", "none", fk(N_SO, 7)),
            C("enrole", "date", "none", dates(2022, 2025)),
            C("reconocimientu_medicu", "date", "none", dates(2023, 2025), comment="fecha del reconocimiento ISM"),
            C("apto", "varchar(30)", "health", one("Apto", "Apto", "Apto con restricciones", "No apto temporal")),
            C("restricciones", "varchar(100)", "health", maybe(one("Hipoacusia, usar protectores", "Lumbalgia crónica",
                                                                   "No guardias nocturnas por diabetes"), 0.2)),
            C("afiliau_sindicatu", "varchar(20)", "trade_union", maybe(one("CCOO", "UGT", "USO"), 0.4)),
        ], rows=140, extra=[fkey(S, "tripulacion", "id_barcu", "barcos", "id_barcu"),
                            fkey(S, "tripulacion", "id_sociu", "socios", "id_sociu")]),
        Table(S, "compradores", [
            C("id_comprador", "integer PRIMARY KEY", "none", seq()),
            C("razon_social", "varchar(80)", "none", lambda c, i: f"{c.r.choice(['Pescados', 'Mariscos', 'Conservas'])} "
                                                                  f"{c.r.choice(['del Sella', 'Cantábricu', 'Llanes'])} S.L. {i}"),
            C("cif", "varchar(9)", "none", lambda c, i: f"B33{digits(c, 6)}"),
            C("telefonu", "varchar(20)", "none", lambda c, i: f"985 40{digits(c, 1)} {digits(c, 3)}"),
            C("corr", "varchar(80)", "none", lambda c, i: f"compres@pescados{i}.es"),
            C("persona_contactu", "varchar(80)", "person_name", name("as")),
            C("movil_contactu", "varchar(20)", "phone", lambda c, i: f"+34 6{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"),
            C("tarxeta_comprador", "varchar(10)", "none", lambda c, i: f"CMP{i:04d}"),
            C("limite_creditu", "numeric(10,2)", "none", amounts(1000, 40000)),
        ], rows=N_CO),
        Table(S, "subasta", [
            C("id_lote", "integer PRIMARY KEY", "none", seq()),
            C("id_barcu", "integer", "none", fk(N_BA, 3)),
            C("id_comprador", "integer", "none", fk(N_CO, 7)),
            C("especie", "varchar(30)", "none", one("Merluza", "Bonitu", "Xarda", "Andarica", "Llubricante", "Pixín")),
            C("kilos", "numeric(7,2)", "none", amounts(5, 900)),
            C("preciu_kilu", "numeric(6,2)", "none", amounts(1.2, 48)),
            C("hora", "timestamp", "none", stamps(2024, 2025)),
            C("observaciones", "text", "free_text_may_contain_pii", _obs),
        ], rows=150, extra=[fkey(S, "subasta", "id_barcu", "barcos", "id_barcu"),
                            fkey(S, "subasta", "id_comprador", "compradores", "id_comprador")]),
        Table(S, "cuotes", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("id_sociu", "integer", "none", fk(N_SO, 11)),
            C("periodu", "varchar(7)", "none", lambda c, i: f"202{c.r.randint(3, 5)}-{c.r.randint(1, 12):02d}"),
            C("importe", "numeric(8,2)", "none", amounts(20, 300)),
            C("pagada", "boolean", "none", flag(0.85)),
            C("referencia_sepa", "varchar(35)", "none", lambda c, i: f"COFLL{digits(c, 12)}"),
        ], rows=140, extra=[fkey(S, "cuotes", "id_sociu", "socios", "id_sociu")]),
    ]
