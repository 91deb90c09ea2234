"""s_flores: a Sabana de Bogotá cut-flower grower's personnel, time-clock and occupational-health system, migrated
from Oracle Forms to PostgreSQL with its upper-case quoted names (Spanish): farms, workers, fingerprint enrolment,
clockings, sick notes, occupational exams, payroll, users."""
from __future__ import annotations

import base64
from typing import Any

from .blind16_gens import (CO_F, CO_L, Rec, alnum, co_person, day, digits, fk, hexs, idx, maybe, money, num, pick,
                           ref, stamp, templ)
from .gens import Col, Table

S = "s_flores"
FINCAS = (("Flores La Sabana S.A.S.", "Madrid"), ("Rosas del Rosal C.I.", "El Rosal"), ("Claveles Funza", "Funza"),
          ("Hortensias Tocancipá", "Tocancipá"), ("Finca San Rafael", "Facatativá"))
EPS = ("Famisanar", "Sanitas", "Nueva EPS", "Compensar", "Salud Total", "Sura")
AFP = ("Porvenir", "Protección", "Colfondos", "Colpensiones")
CIE = (("M545", "Lumbago no especificado"), ("M751", "Síndrome del manguito rotatorio"),
       ("G560", "Síndrome del túnel carpiano"), ("T600", "Envenenamiento por insecticidas organofosforados"),
       ("J069", "Infección aguda de las vías respiratorias superiores"), ("O800", "Parto único espontáneo"),
       ("L235", "Dermatitis alérgica de contacto por otros productos químicos"), ("S610", "Herida de dedo de la mano"),
       ("A090", "Diarrea y gastroenteritis de presunto origen infeccioso"))
CARGOS = ("Operario de cultivo", "Operario de poscosecha", "Fumigador", "Supervisor de bloque", "Clasificador",
          "Conductor", "Auxiliar de mantenimiento")
OBS = ("Trabajadora en embarazo, reubicar fuera de fumigación hasta licencia. Jefe: {n}.",
       "Refiere dolor lumbar, recomendación de pausas activas.", "Colinesterasa baja, retirar de fumigación 15 días.",
       "Apto sin restricciones.", "Llamar a {n} al {t} para resultados.", "Usa lentes, control en 6 meses.")
NOMS = ("Luz Marina", "Jairo Cifuentes", "la enfermera Yurany", "Don Fabio")
TELS = ("3124458812", "+57 310 442 1177", "3204471230")


def nit(c: Any) -> str:
    body = "9" + digits(c, 8)
    w = (3, 7, 13, 17, 19, 23, 29, 37, 41)
    r = sum(int(x) * w[k] for k, x in enumerate(reversed(body))) % 11
    return f"{body}-{11 - r if r > 1 else r}"


def _worker(c: Any, i: int) -> dict:
    p = co_person(c, i)
    p["etnia"] = c.r.choice(("Ninguna", "Ninguna", "Ninguna", "Afrocolombiano", "Indígena", "Raizal", "Rrom"))
    p["rh"] = c.r.choice(("O+", "O+", "A+", "B+", "O-", "AB+", "A-"))
    p["cuenta"] = c.r.choice((digits(c, 11), f"{digits(c, 3)}-{digits(c, 6)}-{digits(c, 2)}"))
    p["banco"] = c.r.choice(("BANCOLOMBIA", "DAVIVIENDA", "BANCO AGRARIO", "NEQUI"))
    p["emerg"] = f"{c.r.choice(CO_F)} {c.r.choice(CO_L)}"
    p["emerg_t"] = f"3{c.r.choice(('11', '13', '15'))}{digits(c, 7)}"
    return p


def _incap(c: Any, i: int) -> dict:
    code, desc = c.r.choice(CIE)
    return {"code": code, "desc": desc, "origen": "LABORAL" if code in ("T600", "S610", "L235", "G560") else "COMUN"}


def _template(c: Any, i: int) -> str:
    return base64.b64encode(b"FMR\x00 20\x00" + bytes(c.r.randrange(256) for _ in range(240))).decode()


def flores_tables() -> list[Table]:
    w = Rec(_worker)
    inc = Rec(_incap)
    return [
        Table(S, "FINCA", [
            Col("ID_FINCA", "integer PRIMARY KEY", "none", idx),
            Col("NOMBRE", "varchar(80)", "none", lambda c, i: FINCAS[(i - 1) % 5][0] + ("" if i <= 5 else f" bloque {i}")),
            Col("NIT", "varchar(15)", "none", lambda c, i: nit(c)),
            Col("MUNICIPIO", "varchar(40)", "none", lambda c, i: FINCAS[(i - 1) % 5][1]),
            Col("DIRECCION", "varchar(120)", "none", pick("Km 3 vía Madrid-Subachoque", "Km 1.5 vía El Rosal-Subachoque",
                                                           "Vereda La Florida, Funza")),
            Col("HECTAREAS", "numeric(6,2)", "none", money(8, 95)),
            Col("CERTIFICACION", "varchar(40)", "none", pick("Florverde", "Rainforest Alliance", "Fairtrade")),
        ], rows=10),
        Table(S, "TRABAJADOR", [
            Col("ID_TRABAJADOR", "integer PRIMARY KEY", "none", idx),
            Col("ID_FINCA", "integer", "none", ref(10)),
            Col("TIPO_DOCUMENTO", "varchar(3)", "none", pick("CC", "CC", "CC", "CE", "PPT")),
            Col("NUMERO_DOCUMENTO", "varchar(15)", "national_id", w.f("cc")),
            Col("NOMBRES", "varchar(60)", "person_name", w.f("first")),
            Col("PRIMER_APELLIDO", "varchar(40)", "person_name", w.f("l1")),
            Col("SEGUNDO_APELLIDO", "varchar(40)", "person_name", w.f("l2")),
            Col("FECHA_NACIMIENTO", "date", "birth_date", w.f("dob")),
            Col("SEXO", "char(1)", "none", w.f("sex")),
            Col("ESTADO_CIVIL", "varchar(15)", "none", pick("SOLTERO", "UNION LIBRE", "UNION LIBRE", "CASADO", "SEPARADO")),
            Col("NIVEL_EDUCATIVO", "varchar(20)", "none", pick("PRIMARIA", "BACHILLERATO", "BACHILLERATO", "TECNICO")),
            Col("NUMERO_HIJOS", "smallint", "none", num(0, 5)),
            Col("ESTRATO", "smallint", "none", pick(1, 2, 2, 3)),
            Col("TALLA_BOTAS", "smallint", "none", num(35, 44)),
            Col("GRUPO_ETNICO", "varchar(20)", "ethnic_origin", w.f("etnia")),
            Col("GRUPO_SANGUINEO_RH", "varchar(3)", "health", w.f("rh")),
            Col("DIRECCION", "varchar(120)", "postal_address", w.f("addr")),
            Col("MUNICIPIO", "varchar(40)", "none", w.f("town")),
            Col("CELULAR", "varchar(20)", "phone", w.f("phone")),
            Col("CORREO", "varchar(100)", "email", maybe(0.4, w.f("email"))),
            Col("EPS", "varchar(30)", "none", pick(*EPS)),
            Col("FONDO_PENSIONES", "varchar(30)", "none", pick(*AFP)),
            Col("ARL", "varchar(30)", "none", pick("Positiva", "Sura ARL", "Colmena")),
            Col("CAJA_COMPENSACION", "varchar(30)", "none", pick("Compensar", "Cafam", "Colsubsidio")),
            Col("VACUNA_TETANO", "varchar(20)", "health", pick("COMPLETA", "2 DOSIS", "SIN DATO")),
            Col("CERT_ANTECEDENTES", "varchar(40)", "criminal_record", pick("NO REGISTRA ANTECEDENTES", "NO REGISTRA ANTECEDENTES",
                                                                             "REGISTRA - SENTENCIA CUMPLIDA")),
            Col("CARGO", "varchar(40)", "none", pick(*CARGOS)),
            Col("FECHA_INGRESO", "date", "none", day(2008, 2024)),
            Col("SALARIO_BASICO", "numeric(12,2)", "none", pick(1300000, 1300000, 1450000, 1900000)),
            Col("BANCO", "varchar(30)", "none", w.f("banco")),
            Col("CUENTA_NOMINA", "varchar(20)", "bank_account", w.f("cuenta")),
            Col("AFILIADO_SINDICATO", "char(1)", "trade_union", pick("S", "N", "N")),
            Col("SINDICATO", "varchar(60)", "trade_union", maybe(0.3, pick("UNTRAFLORES", "SINTRAINAGRO seccional Madrid"))),
            Col("CONTACTO_EMERGENCIA", "varchar(80)", "person_name", w.f("emerg")),
            Col("TEL_EMERGENCIA", "varchar(20)", "phone", w.f("emerg_t")),
            Col("DISCAPACIDAD", "varchar(60)", "health", pick("NINGUNA", "NINGUNA", "NINGUNA", "AUDITIVA LEVE", "PERDIDA FALANGE")),
            Col("ESTADO", "char(1)", "none", pick("A", "A", "A", "R")),
        ], rows=150, extra=[fk(S, "TRABAJADOR", "ID_FINCA", "FINCA", "ID_FINCA")]),
        Table(S, "HUELLA_DACTILAR", [
            Col("ID_HUELLA", "integer", "none", idx),
            Col("ID_TRABAJADOR", "integer", "none", idx),
            Col("DEDO", "varchar(20)", "none", pick("INDICE DERECHO", "PULGAR DERECHO", "INDICE IZQUIERDO")),
            Col("PLANTILLA_ISO", "text", "biometric", _template),
            Col("CALIDAD", "smallint", "none", num(40, 100)),
            Col("FECHA_ENROLAMIENTO", "timestamp", "none", stamp(2018, 2024)),
        ], rows=150, extra=[fk(S, "HUELLA_DACTILAR", "ID_TRABAJADOR", "TRABAJADOR", "ID_TRABAJADOR")]),
        Table(S, "MARCACION", [
            Col("ID_MARCACION", "bigint", "none", idx),
            Col("ID_TRABAJADOR", "integer", "none", ref(150)),
            Col("RELOJ", "varchar(20)", "none", pick("ZK-POSCOSECHA-1", "ZK-PORTERIA", "ZK-BLOQUE-7")),
            Col("FECHA_HORA", "timestamp", "none", stamp(2024, 2024)),
            Col("TIPO", "char(1)", "none", pick("E", "S")),
            Col("PUNTAJE_COINCIDENCIA", "smallint", "none", num(55, 99)),
            Col("LATITUD", "numeric(9,6)", "geo_location", lambda c, i: round(4.73 + c.r.uniform(-0.002, 0.002), 6)),
            Col("LONGITUD", "numeric(9,6)", "geo_location", lambda c, i: round(-74.26 + c.r.uniform(-0.002, 0.002), 6)),
        ], rows=150, extra=[fk(S, "MARCACION", "ID_TRABAJADOR", "TRABAJADOR", "ID_TRABAJADOR")]),
        Table(S, "INCAPACIDAD", [
            Col("ID_INCAPACIDAD", "integer", "none", idx),
            Col("ID_TRABAJADOR", "integer", "none", ref(150)),
            Col("NUMERO_INCAPACIDAD", "varchar(20)", "none", lambda c, i: digits(c, 9)),
            Col("COD_DIAGNOSTICO_CIE10", "varchar(6)", "health", inc.f("code")),
            Col("DIAGNOSTICO", "varchar(120)", "health", inc.f("desc")),
            Col("ORIGEN", "varchar(10)", "none", inc.f("origen")),
            Col("FECHA_INICIO", "date", "none", day(2023, 2024)),
            Col("DIAS", "smallint", "none", num(1, 30)),
            Col("IPS", "varchar(60)", "none", pick("Hospital San Rafael de Facatativá", "Clínica Cajicá", "Famisanar Madrid")),
            Col("MEDICO", "varchar(80)", "person_name", lambda c, i: f"Dr(a). {c.r.choice(CO_F)} {c.r.choice(CO_L)}"),
        ], rows=120, extra=[fk(S, "INCAPACIDAD", "ID_TRABAJADOR", "TRABAJADOR", "ID_TRABAJADOR")]),
        Table(S, "EXAMEN_OCUPACIONAL", [
            Col("ID_EXAMEN", "integer", "none", idx),
            Col("ID_TRABAJADOR", "integer", "none", ref(150)),
            Col("TIPO_EXAMEN", "varchar(20)", "none", pick("INGRESO", "PERIODICO", "EGRESO", "POST INCAPACIDAD")),
            Col("FECHA", "date", "none", day(2022, 2024)),
            Col("COLINESTERASA_UI_L", "integer", "health", num(3100, 12900)),
            Col("AUDIOMETRIA", "varchar(30)", "health", pick("NORMAL", "NORMAL", "HIPOACUSIA LEVE OD", "TRAUMA ACUSTICO")),
            Col("ESPIROMETRIA", "varchar(30)", "health", pick("NORMAL", "PATRON RESTRICTIVO LEVE")),
            Col("PRUEBA_EMBARAZO", "varchar(10)", "health", maybe(0.4, pick("NEGATIVA", "NEGATIVA", "POSITIVA"))),
            Col("CONCEPTO", "varchar(40)", "health", pick("APTO", "APTO", "APTO CON RESTRICCIONES", "NO APTO TEMPORAL")),
            Col("OBSERVACIONES", "text", "free_text_may_contain_pii", templ(OBS, n=NOMS, t=TELS)),
        ], rows=130, extra=[fk(S, "EXAMEN_OCUPACIONAL", "ID_TRABAJADOR", "TRABAJADOR", "ID_TRABAJADOR")]),
        Table(S, "NOMINA", [
            Col("ID_NOMINA", "integer", "none", idx),
            Col("ID_TRABAJADOR", "integer", "none", ref(150)),
            Col("PERIODO", "varchar(7)", "none", pick("2024-01", "2024-02", "2024-03", "2024-04")),
            Col("DIAS_LABORADOS", "smallint", "none", num(10, 30)),
            Col("HORAS_EXTRA", "numeric(5,1)", "none", lambda c, i: round(c.r.uniform(0, 48), 1)),
            Col("DEVENGADO", "numeric(12,2)", "none", money(700000, 3200000)),
            Col("DESCUENTO_SALUD", "numeric(12,2)", "none", money(30000, 120000)),
            Col("DESCUENTO_PENSION", "numeric(12,2)", "none", money(30000, 120000)),
            Col("CUOTA_SINDICAL", "numeric(10,2)", "trade_union", maybe(0.3, money(12000, 25000))),
            Col("EMBARGO_JUDICIAL", "numeric(12,2)", "none", maybe(0.08, money(90000, 400000))),
            Col("NETO_PAGAR", "numeric(12,2)", "none", money(600000, 2900000)),
        ], rows=150, extra=[fk(S, "NOMINA", "ID_TRABAJADOR", "TRABAJADOR", "ID_TRABAJADOR")]),
        Table(S, "USUARIO_SISTEMA", [
            Col("ID_USUARIO", "integer", "none", idx),
            Col("LOGIN", "varchar(30)", "none", lambda c, i: f"{c.r.choice(CO_F)[0].lower()}{c.r.choice(CO_L)[:6].lower()}{i}"),
            Col("CLAVE_MD5", "char(32)", "credentials", hexs(32)),
            Col("NOMBRE_COMPLETO", "varchar(100)", "person_name", lambda c, i: f"{c.r.choice(CO_F)} {c.r.choice(CO_L)}"),
            Col("PERFIL", "varchar(20)", "none", pick("NOMINA", "SST", "ADMIN", "PORTERIA")),
            Col("TOKEN_RELOJ", "varchar(40)", "secret_token", alnum(40)),
            Col("ULTIMO_ACCESO", "timestamp", "none", stamp(2024, 2024)),
        ], rows=14),
    ]
