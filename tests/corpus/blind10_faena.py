"""m_faena: a Chilean copper mine's contractor control system (a local vendor's PHP/PostgreSQL application, Spanish
snake_case): contractor firms, workers with the RUT split into number and check digit, unions and union dues, site
accreditation, turnstile access with breathalyser readings, occupational medical exams (mutual insurers), sick leave
certificates (licencias médicas) and incident reports."""
from __future__ import annotations

from .blind10_gens import (chars, cl_person, cl_phone, cl_rut_text, day, fk, flag, ints, key, maybe,
                           money, part, pick, shared, stamp)
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_faena"
FIRMS = ("Constructora Andes Norte SpA", "Montajes Industriales Pacífico Ltda.", "Transportes Calama Express S.A.",
         "Servicios Mineros Atacama SpA", "Aseo Industrial El Salvador Ltda.", "Casino y Alimentación Cordillera S.A.",
         "Perforaciones Sondajes del Norte SpA", "Mantención Eléctrica Rancagua Ltda.", "Geotecnia Aplicada Chile SpA",
         "Andamios y Montajes Machalí Ltda.", "Seguridad Privada Centinela S.A.", "Ingeniería Hidráulica Copiapó SpA")
CIE10 = ("J06.9", "M54.5", "S93.4", "F32.1", "F43.2", "K52.9", "J11.1", "S62.6", "M75.1", "U07.1", "H10.9", "T67.0")
RESTRICT = (None, None, None, "No apto para trabajo en altura física", "Uso obligatorio de protección auditiva doble",
            "Control de presión arterial en 3 meses", "No conducir vehículos livianos hasta control", "Apto sin restricciones")


def _fk(col: str, table: str, ref: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} (id)"


def _incident(c: Ctx, i: int) -> str:
    p, q = cl_person(c), cl_person(c)
    return c.r.choice([f"Trabajador {p['first']} {p['p']} resbala en escalera de acceso a chancado, supervisor {q['first']} {q['p']} avisa a policlínico.",
                       f"Casi accidente: camioneta patente {chars(4, 'BCDFGHJKLPRSTVWXYZ')(c, i)}{ints(10, 99)(c, i)} retrocede sin señalero.",
                       f"Se informa a prevencionista {q['first']} {q['p']} ({q['phone']}). Trabajador derivado a mutual.",
                       "Corte en mano izquierda con herramienta manual, uso incorrecto de guantes.",
                       f"Testigo: {p['first']} {p['p']} {p['m']}, fono {p['phone']}"])


_emp = shared("faena_empresa", cl_person)
_trab = shared("faena_trabajador", cl_person)
_sind = shared("faena_sindicato", cl_person)


def faena_tables() -> list[T]:
    return [
        T(S, "empresa_contratista", [key("id"),
          C("rut_empresa", "varchar(12)", "none", lambda c, i: f"76.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}-{c.r.choice('0123456789K')}"),
          C("razon_social", "varchar(150)", "none", lambda c, i: FIRMS[i - 1]),
          C("giro", "varchar(150)", "none", pick("Construcción", "Transporte de carga", "Servicios de aseo", "Alimentación", "Montaje industrial")),
          C("direccion", "varchar(200)", "none", lambda c, i: f"Parque Industrial Apiac, Lote {c.r.randint(1, 90)}"),
          C("comuna", "varchar(60)", "none", pick("Calama", "Rancagua", "Antofagasta", "Copiapó")),
          C("region", "varchar(60)", "none", pick("Antofagasta", "O'Higgins", "Atacama")),
          C("telefono", "varchar(20)", "none", lambda c, i: f"+56 55 2{c.r.randint(100000, 999999)}"),
          C("email_contacto", "varchar(120)", "none", lambda c, i: f"contacto@{FIRMS[i - 1].split()[0].lower()}{i}.cl"),
          C("representante_legal", "varchar(150)", "person_name", lambda c, i: f"{_emp(c, i)['first']} {_emp(c, i)['p']} {_emp(c, i)['m']}"),
          C("rut_representante", "varchar(12)", "national_id", lambda c, i: cl_rut_text(c)),
          C("vigente", "boolean", "none", flag(0.85))], rows=len(FIRMS)),
        T(S, "sindicato", [key("id"),
          C("nombre", "varchar(200)", "none", lambda c, i: ("Sindicato N°1 de Trabajadores Contratistas", "Sindicato Interempresa Minero del Cobre",
                                                             "Sindicato de Conductores Transportes Calama", "Sindicato de Trabajadores de Casino Cordillera",
                                                             "Sindicato Nacional de Montajistas")[i - 1]),
          C("rsu", "varchar(20)", "none", lambda c, i: f"02.01.{c.r.randint(1000, 9999)}"),
          C("presidente", "varchar(150)", "person_name", lambda c, i: f"{_sind(c, i)['first']} {_sind(c, i)['p']}"),
          C("fono", "varchar(20)", "phone", part(_sind, "phone")),
          C("email", "varchar(120)", "none", lambda c, i: f"directiva.sindicato{i}@gmail.com")], rows=5),
        T(S, "trabajador", [key("id"),
          C("rut_numero", "integer", "national_id", part(_trab, "rut")),
          C("rut_dv", "char(1)", "none", part(_trab, "dv")),
          C("nombres", "varchar(100)", "person_name", part(_trab, "first")),
          C("apellido_paterno", "varchar(60)", "person_name", part(_trab, "p")),
          C("apellido_materno", "varchar(60)", "person_name", part(_trab, "m")),
          C("fecha_nacimiento", "date", "birth_date", day(1962, 42)),
          C("sexo", "char(1)", "none", part(_trab, "sex")),
          C("nacionalidad", "varchar(40)", "none", pick("Chilena", "Chilena", "Chilena", "Peruana", "Boliviana", "Venezolana")),
          C("estado_civil", "varchar(20)", "none", pick("Soltero(a)", "Casado(a)", "Conviviente civil", "Divorciado(a)")),
          C("direccion", "varchar(200)", "postal_address", part(_trab, "street")),
          C("comuna", "varchar(60)", "none", part(_trab, "comuna")),
          C("region", "varchar(60)", "none", part(_trab, "region")),
          C("telefono_movil", "varchar(20)", "phone", part(_trab, "phone")),
          C("correo", "varchar(120)", "email", maybe(0.7, part(_trab, "email"))),
          C("empresa_id", "integer", "none", fk(len(FIRMS))),
          C("cargo", "varchar(80)", "none", pick("Operador de equipo pesado", "Maestro eléctrico", "Ayudante", "Conductor", "Soldador", "Prevencionista", "Manipuladora de alimentos")),
          C("fecha_ingreso", "date", "none", day(2015, 9)),
          C("afp", "varchar(30)", "none", pick("Habitat", "Capital", "Provida", "Modelo", "PlanVital", "Cuprum", "Uno")),
          C("prevision_salud", "varchar(30)", "none", pick("FONASA", "FONASA", "Banmédica", "Colmena", "Cruz Blanca", "Consalud", "Isalud")),
          C("licencia_conducir", "varchar(10)", "none", pick(None, "B", "A4", "A5", "D")),
          C("grupo_sanguineo", "varchar(4)", "health", pick("O+", "O+", "A+", "B+", "AB+", "O-", "A-")),
          C("contacto_emergencia", "varchar(150)", "person_name", lambda c, i: f"{cl_person(c)['first']} {_trab(c, i)['p']}"),
          C("fono_emergencia", "varchar(20)", "phone", lambda c, i: cl_phone(c)),
          C("sindicato_id", "integer", "trade_union", maybe(0.45, fk(5))),
          C("activo", "boolean", "none", flag(0.88))], rows=150,
          extra=[_fk("empresa_id", "trabajador", "empresa_contratista"), _fk("sindicato_id", "trabajador", "sindicato")]),
        T(S, "cuota_sindical", [key("id"),
          C("trabajador_id", "integer", "none", fk(150)),
          C("sindicato_id", "integer", "trade_union", fk(5)),
          C("periodo", "char(7)", "none", pick("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")),
          C("monto_descuento", "numeric(10)", "trade_union", lambda c, i: c.r.choice([8500, 9200, 12000, 15500]))], rows=130,
          extra=[_fk("trabajador_id", "cuota_sindical", "trabajador"), _fk("sindicato_id", "cuota_sindical", "sindicato")]),
        T(S, "acreditacion", [key("id"),
          C("trabajador_id", "integer", "none", fk(150)),
          C("faena", "varchar(80)", "none", pick("División El Teniente", "Mina Chuquicamata Subterránea", "Radomiro Tomic", "Salvador")),
          C("tarjeta_nfc", "varchar(20)", "none", chars(14, "0123456789ABCDEF")),
          C("fecha_inicio", "date", "none", day(2023, 2)),
          C("fecha_termino", "date", "none", day(2024, 2)),
          C("estado", "varchar(20)", "none", pick("VIGENTE", "VIGENTE", "VENCIDA", "BLOQUEADA")),
          C("induccion_aprobada", "boolean", "none", flag(0.92)),
          C("examen_altura_vigente", "boolean", "health", flag(0.8))], rows=140,
          extra=[_fk("trabajador_id", "acreditacion", "trabajador")]),
        T(S, "control_acceso", [key("id", "bigint"),
          C("trabajador_id", "integer", "none", fk(150)),
          C("torniquete", "varchar(30)", "none", pick("GARITA-1 Colón", "GARITA-2 Maitenes", "TORN-CASINO", "TORN-MINA-N")),
          C("sentido", "char(1)", "none", pick("E", "S")),
          C("fecha_hora", "timestamp", "none", stamp(2024, 200)),
          C("latitud", "numeric(9,6)", "none", lambda c, i: round(-34.08 - c.r.random() * 0.02, 6)),
          C("longitud", "numeric(9,6)", "none", lambda c, i: round(-70.38 - c.r.random() * 0.02, 6)),
          C("alcotest_resultado", "numeric(4,2)", "health", lambda c, i: 0 if c.r.random() < 0.9 else round(c.r.uniform(0.05, 1.2), 2)),
          C("patente_vehiculo", "varchar(8)", "none", maybe(0.3, lambda c, i: f"{chars(4, 'BCDFGHJKLPRSTVWXYZ')(c, i)}{c.r.randint(10, 99)}"))], rows=150,
          extra=[_fk("trabajador_id", "control_acceso", "trabajador")]),
        T(S, "examen_ocupacional", [key("id"),
          C("trabajador_id", "integer", "none", fk(150)),
          C("tipo_examen", "varchar(40)", "none", pick("Preocupacional", "Ocupacional sílice", "Altura geográfica", "Ruido (PREXOR)")),
          C("fecha", "date", "none", day(2022, 3)),
          C("mutualidad", "varchar(30)", "none", pick("ACHS", "Mutual de Seguridad", "IST")),
          C("presion_arterial", "varchar(10)", "health", lambda c, i: f"{c.r.randint(105, 170)}/{c.r.randint(65, 105)}"),
          C("imc", "numeric(4,1)", "health", lambda c, i: round(c.r.uniform(19, 38), 1)),
          C("audiometria", "varchar(60)", "health", pick("Normal", "Normal", "Hipoacusia leve bilateral", "Trauma acústico OD", "Hipoacusia moderada OI")),
          C("espirometria_vef1", "numeric(4,2)", "health", lambda c, i: round(c.r.uniform(2.1, 4.8), 2)),
          C("rx_torax_oit", "varchar(10)", "health", pick("0/0", "0/0", "0/0", "0/1", "1/0", "1/1")),
          C("resultado", "varchar(40)", "health", pick("Apto", "Apto", "Apto", "Apto con restricciones", "No apto", "Pendiente")),
          C("restricciones", "varchar(300)", "health", pick(*RESTRICT)),
          C("medico_examinador", "varchar(150)", "person_name", lambda c, i: f"Dr(a). {cl_person(c)['first'].split()[0]} {cl_person(c)['p']}")], rows=130,
          extra=[_fk("trabajador_id", "examen_ocupacional", "trabajador")]),
        T(S, "licencia_medica", [key("id"),
          C("trabajador_id", "integer", "none", fk(150)),
          C("folio", "varchar(15)", "none", lambda c, i: f"{c.r.randint(2, 3)}{c.r.randint(10**8, 10**9 - 1)}"),
          C("fecha_inicio", "date", "none", day(2023, 2)),
          C("dias", "smallint", "none", ints(1, 30)),
          C("tipo_licencia", "smallint", "health", pick(1, 1, 1, 5, 6, 3)),
          C("diagnostico_cie10", "varchar(10)", "health", pick(*CIE10)),
          C("medico_rut", "varchar(12)", "national_id", lambda c, i: cl_rut_text(c)),
          C("medico_nombre", "varchar(150)", "person_name", lambda c, i: f"{cl_person(c)['first']} {cl_person(c)['p']}"),
          C("estado", "varchar(20)", "none", pick("Tramitada", "Autorizada", "Rechazada", "En COMPIN")),
          C("monto_subsidio", "numeric(12)", "none", maybe(0.5, money(50000, 900000)))], rows=100,
          extra=[_fk("trabajador_id", "licencia_medica", "trabajador")]),
        T(S, "incidente", [key("id"),
          C("fecha", "timestamp", "none", stamp(2023, 600)),
          C("faena", "varchar(80)", "none", pick("División El Teniente", "Radomiro Tomic", "Salvador")),
          C("trabajador_id", "integer", "none", maybe(0.8, fk(150))),
          C("tipo", "varchar(40)", "none", pick("Casi accidente", "Accidente sin tiempo perdido", "Accidente CTP", "Daño material")),
          C("descripcion", "text", "free_text_may_contain_pii", _incident),
          C("lesion", "varchar(120)", "health", pick(None, "Contusión rodilla derecha", "Esguince tobillo izquierdo", "Herida cortante mano", "Quemadura 1er grado antebrazo")),
          C("dias_perdidos", "smallint", "none", pick(0, 0, 0, 2, 5, 15)),
          C("reportado_por", "varchar(150)", "person_name", lambda c, i: f"{cl_person(c)['first']} {cl_person(c)['p']}")], rows=90,
          extra=[_fk("trabajador_id", "incidente", "trabajador")]),
    ]

