"""q_vigilancia: the in-house personnel system of a Córdoba (Argentina) private security company, a PHP/Laravel
application moved from MySQL (Spanish snake_case): guards (DNI, CUIL, CBU, blood group, fingerprint template for the
biometric clock), client sites, clock-ins with GPS, criminal-record certificates from the Registro Nacional de
Reincidencia, psychophysical fitness exams, firearm credentials and pay slips with union dues."""
from __future__ import annotations

import datetime as dt

from .blind14_gens import (AR_F, AR_LAST, AR_M, Rec, ar_person, ar_phone, b64, boolean, cbu, const, digits, fk,
                           integer, ipv4, maybe, num, one, pk, ref, when)
from .gens import Col, Table

S = "q_vigilancia"
N_VIG, N_OBJ = 150, 90
CLIENTES = ("Supermercados Dino S.A.", "Universidad Blas Pascal", "Clínica Privada Vélez Sarsfield",
            "Paseo del Jockey Shopping", "Renault Argentina S.A. - Planta Santa Isabel", "Consorcio Torre Colón 1100",
            "Banco de Córdoba - Suc. Cerro", "Club Atlético Talleres", "Colegio Nuestra Señora del Huerto",
            "Fábrica Arcor Arroyito", "Barrio Cerrado Los Arces", "Hospital Privado Universitario", "EPEC Subestación Sur",
            "Obra Edificio Nuevocentro II", "Depósito Logístico Andreani", "Country Las Delicias")
CALLES_OBJ = ("Av. Colón 1100", "Av. Fuerza Aérea 3850", "Av. Vélez Sarsfield 1500", "Av. Naciones Unidas 346",
              "Ruta 9 km 695", "Av. Rafael Núñez 5220", "Av. Sabattini 4500", "Ituzaingó 94", "Av. Duarte Quirós 1400")


def _vig(c, i):
    p = ar_person(c)
    dni = p["dni"]
    return {**p, "legajo": f"{1000 + i}", "dni_fmt": f"{dni[:2]}.{dni[2:5]}.{dni[5:]}" if c.r.random() < 0.4 else dni,
            "sexo": "M" if p["sex"] == "m" else "F",
            "piso": maybe(0.2, lambda c2, j: f"{c2.r.randint(1, 12)}° {c2.r.choice('ABCDEF')}")(c, i),
            "huella": b64(c, 96) if c.r.random() < 0.9 else None, "afiliado": c.r.random() < 0.55}


def vigiladores() -> Table:
    r = Rec(_vig)
    return Table(S, "vigiladores", [
        pk("id", "integer"),
        Col("legajo", "varchar(10)", "none", r.f("legajo")),
        Col("apellido", "varchar(80)", "person_name", r.f("last")),
        Col("nombres", "varchar(80)", "person_name", r.f("first")),
        Col("dni", "varchar(12)", "national_id", r.f("dni_fmt")),
        Col("cuil", "varchar(13)", "national_id", r.f("cuil")),
        Col("fecha_nacimiento", "date", "birth_date", r.f("birth")),
        Col("sexo", "char(1)", "none", r.f("sexo")),
        Col("estado_civil", "varchar(20)", "none", one("soltero/a", "casado/a", "casado/a", "divorciado/a", "unión convivencial")),
        Col("nacionalidad", "varchar(30)", "none", one("argentina", "argentina", "argentina", "argentina", "paraguaya",
                                                        "boliviana", "peruana")),
        Col("domicilio_calle", "varchar(120)", "postal_address", r.f("street")),
        Col("domicilio_numero", "varchar(10)", "postal_address", r.f("nro")),
        Col("domicilio_piso_depto", "varchar(20)", "postal_address", r.f("piso")),
        Col("localidad", "varchar(60)", "none", r.f("town")),
        Col("provincia", "varchar(40)", "none", const("Córdoba")),
        Col("codigo_postal", "varchar(10)", "postal_address", r.f("pc")),
        Col("telefono_celular", "varchar(25)", "phone", r.f("phone")),
        Col("email", "varchar(120)", "email", maybe(0.8, r.f("email"))),
        Col("fecha_ingreso", "date", "none", lambda c, i: when(c, 2008, 2026).date()),
        Col("categoria", "varchar(40)", "none", one("Vigilador general", "Vigilador general", "Vigilador bombero",
                                                    "Vigilador principal", "Supervisor", "Operador de monitoreo")),
        Col("cbu", "char(22)", "bank_account", lambda c, i: cbu(c)),
        Col("obra_social", "varchar(60)", "none", one("OSPSIP", "OSPSIP", "OSDE", "APROSS", "Swiss Medical")),
        Col("afiliado_upsra", "boolean", "trade_union", r.f("afiliado")),
        Col("grupo_sanguineo", "varchar(4)", "health", one("0+", "0+", "A+", "B+", "AB+", "0-", "A-")),
        Col("huella_template", "text", "biometric", r.f("huella")),
        Col("foto_path", "varchar(200)", "none", lambda c, i: f"storage/legajos/{1000 + i}/foto.jpg"),
        Col("activo", "boolean", "none", boolean(0.85)),
    ], rows=N_VIG)


def _obj(c, i):
    first, last = c.r.choice(AR_M + AR_F), c.r.choice(AR_LAST)
    return {"cliente": CLIENTES[(i - 1) % len(CLIENTES)], "contacto": f"{first} {last}", "tel": ar_phone(c),
            "cuit": f"30-{digits(c, 8)}-{c.r.randint(0, 9)}", "lat": round(-31.42 + c.r.uniform(-0.12, 0.12), 6),
            "lon": round(-64.19 + c.r.uniform(-0.15, 0.15), 6)}


def objetivos() -> Table:
    r = Rec(_obj)
    return Table(S, "objetivos", [
        pk("id", "integer"),
        Col("cliente_razon_social", "varchar(120)", "none", r.f("cliente")),
        Col("cuit_cliente", "varchar(13)", "none", r.f("cuit")),
        Col("direccion", "varchar(120)", "none", one(*CALLES_OBJ)),
        Col("localidad", "varchar(60)", "none", one("Córdoba", "Córdoba", "Córdoba", "Villa Allende", "Arroyito")),
        Col("latitud", "numeric(9,6)", "none", r.f("lat")),
        Col("longitud", "numeric(9,6)", "none", r.f("lon")),
        Col("contacto_nombre", "varchar(120)", "person_name", r.f("contacto")),
        Col("contacto_telefono", "varchar(25)", "phone", r.f("tel")),
        Col("tipo_servicio", "varchar(40)", "none", one("Fija 24 hs", "Fija 12 hs", "Rondín", "Monitoreo", "Evento")),
        Col("vigiladores_requeridos", "smallint", "none", integer(1, 8)),
        Col("activo", "boolean", "none", boolean(0.9)),
    ], rows=N_OBJ)


def _fichada(c, i):
    start = when(c, 2025, 2026)
    other = f"{c.r.choice(AR_LAST)}"
    obs = maybe(0.4, one(f"Releva a {other}, sin novedad.", "Sin novedad.", "Portón de carga roto, se avisó al cliente.",
                         f"Se retira antes por pedido del supervisor {c.r.choice(AR_M)} {c.r.choice(AR_LAST)}.",
                         f"Ingreso de proveedor sin autorización, tel. de contacto {ar_phone(c)}.",
                         "Corte de luz 02:10 a 03:40."))(c, i)
    return {"in": start, "out": start + dt.timedelta(hours=c.r.choice((8, 12, 12, 24)), minutes=c.r.randint(-20, 20)), "lat": round(-31.42 + c.r.uniform(-0.12, 0.12), 6),
            "lon": round(-64.19 + c.r.uniform(-0.15, 0.15), 6), "obs": obs,
            "metodo": c.r.choice(("huella", "huella", "huella", "app", "manual"))}


def fichadas() -> Table:
    r = Rec(_fichada)
    return Table(S, "fichadas", [
        pk("id", "bigint"),
        Col("vigilador_id", "integer", "none", ref(N_VIG)),
        Col("objetivo_id", "integer", "none", ref(N_OBJ)),
        Col("fecha_hora_entrada", "timestamp", "none", r.f("in")),
        Col("fecha_hora_salida", "timestamp", "none", r.f("out")),
        Col("lat_entrada", "numeric(9,6)", "geo_location", r.f("lat")),
        Col("lon_entrada", "numeric(9,6)", "geo_location", r.f("lon")),
        Col("metodo", "varchar(10)", "none", r.f("metodo")),
        Col("score_huella", "smallint", "none", integer(40, 99)),
        Col("ip_dispositivo", "inet", "ip_address", lambda c, i: ipv4(c, ("181.15", "190.138", "186.109", "200.45"))),
        Col("observaciones", "text", "free_text_may_contain_pii", r.f("obs")),
    ], rows=150, extra=[fk(S, "fichadas", "vigilador_id", "vigiladores"), fk(S, "fichadas", "objetivo_id", "objetivos")])


CAUSAS = ("Hurto simple (art. 162 CP) - sobreseído", "Lesiones leves (art. 89 CP) - suspensión de juicio a prueba",
          "Amenazas (art. 149 bis CP) - condena 1 año en suspenso", "Conducción peligrosa - multa",
          "Violencia de género, causa en trámite", "Robo calificado - condena cumplida 2009")
JUZGADOS = ("Juzgado de Control N° 3 Córdoba", "Cámara en lo Criminal 7ª Nom.", "Juzgado Correccional N° 2",
            "Fiscalía de Instrucción Distrito 1 Turno 4")


def _ant(c, i):
    registra = c.r.random() < 0.1
    return {"res": "REGISTRA ANTECEDENTES" if registra else "NO REGISTRA ANTECEDENTES",
            "det": c.r.choice(CAUSAS) if registra else None, "juz": c.r.choice(JUZGADOS) if registra else None}


def antecedentes() -> Table:
    r = Rec(_ant)
    return Table(S, "antecedentes_penales", [
        pk("id", "integer"),
        Col("vigilador_id", "integer", "none", ref(N_VIG)),
        Col("nro_certificado", "varchar(20)", "none", lambda c, i: f"RNR-{c.r.randint(2019, 2026)}-{digits(c, 8)}"),
        Col("fecha_emision", "date", "none", lambda c, i: when(c, 2019, 2026).date()),
        Col("fecha_vencimiento", "date", "none", lambda c, i: when(c, 2020, 2027).date()),
        Col("resultado", "varchar(30)", "criminal_record", r.f("res")),
        Col("detalle_causas", "text", "criminal_record", r.f("det")),
        Col("juzgado", "varchar(120)", "criminal_record", r.f("juz")),
        Col("archivo_pdf", "varchar(200)", "none", lambda c, i: f"storage/reincidencia/{c.r.randint(1000, 1150)}_{i}.pdf"),
        Col("verificado_por", "integer", "none", one(3, 5, 8)),
    ], rows=150, extra=[fk(S, "antecedentes_penales", "vigilador_id", "vigiladores")])


def _medico(c, i):
    if c.r.random() < 0.5:
        return f"Dr. {c.r.choice(AR_M)} {c.r.choice(AR_LAST)}"
    return f"Dra. {c.r.choice(AR_F)} {c.r.choice(AR_LAST)}"


def aptitudes() -> Table:
    return Table(S, "aptitud_psicofisica", [
        pk("id", "integer"),
        Col("vigilador_id", "integer", "none", ref(N_VIG)),
        Col("fecha_examen", "date", "none", lambda c, i: when(c, 2020, 2026).date()),
        Col("medico", "varchar(120)", "person_name", _medico),
        Col("matricula_medico", "varchar(15)", "none", lambda c, i: f"MP {c.r.randint(18000, 42000)}"),
        Col("apto", "boolean", "health", boolean(0.93)),
        Col("presion_arterial", "varchar(10)", "health", lambda c, i: f"{c.r.randint(105, 165)}/{c.r.randint(60, 100)}"),
        Col("agudeza_visual", "varchar(20)", "health", one("10/10 AO", "9/10 OD 10/10 OI", "8/10 AO c/c", "10/10 c/c")),
        Col("imc", "numeric(4,1)", "health", num(19, 38, 1)),
        Col("evaluacion_psicologica", "text", "health", one("Apto. Sin indicadores de patología.",
                                                            "Apto. Rasgos de impulsividad leves, reevaluar en 12 meses.",
                                                            "No apto temporal: cuadro ansioso-depresivo en tratamiento.",
                                                            "Apto con observaciones: consumo de alcohol referido.",
                                                            "Apto. Test de Bender y HTP normales.")),
        Col("observaciones", "text", "health", maybe(0.4, one("Hipertensión controlada con enalapril.", "Usa lentes.",
                                                               "Hipoacusia leve oído izquierdo.", "Diabetes tipo 2.",
                                                               "Lumbalgia crónica, evitar rondines largos."))),
        Col("vencimiento", "date", "none", lambda c, i: when(c, 2025, 2028).date()),
    ], rows=140, extra=[fk(S, "aptitud_psicofisica", "vigilador_id", "vigiladores")])


def credenciales() -> Table:
    return Table(S, "credenciales_armas", [
        pk("id", "integer"),
        Col("vigilador_id", "integer", "none", ref(N_VIG)),
        Col("clu_anmac", "varchar(15)", "national_id", lambda c, i: f"CLU-{digits(c, 7)}"),
        Col("vencimiento_clu", "date", "none", lambda c, i: when(c, 2025, 2030).date()),
        Col("arma_marca", "varchar(30)", "none", one("Bersa", "Bersa", "Taurus", "Glock", "Browning")),
        Col("arma_modelo", "varchar(30)", "none", one("Thunder 9", "TPR9", "PT 92", "G17", "Hi-Power")),
        Col("arma_serie", "varchar(20)", "none", lambda c, i: f"{c.r.choice(('E', 'TKZ', 'BA', 'ACX'))}{digits(c, 6)}"),
        Col("calibre", "varchar(10)", "none", one("9x19", "9x19", ".38 SPL")),
        Col("fecha_asignacion", "date", "none", lambda c, i: when(c, 2018, 2026).date()),
        Col("tenencia_domicilio", "boolean", "none", boolean(0.1)),
    ], rows=90, extra=[fk(S, "credenciales_armas", "vigilador_id", "vigiladores")])


def _recibo(c, i):
    basico = round(c.r.uniform(780000, 1150000), 2)
    extra = round(c.r.uniform(0, 350000), 2)
    bruto = basico + extra + round(basico * 0.0833, 2)
    sind = round(bruto * 0.02, 2) if c.r.random() < 0.55 else 0
    neto = round(bruto * 0.83 - sind, 2)
    return {"basico": basico, "extra": extra, "pres": round(basico * 0.0833, 2), "jub": round(bruto * 0.11, 2),
            "os": round(bruto * 0.03, 2), "sind": sind, "neto": neto}


def recibos() -> Table:
    r = Rec(_recibo)
    return Table(S, "recibos_sueldo", [
        pk("id", "integer"),
        Col("vigilador_id", "integer", "none", ref(N_VIG)),
        Col("periodo", "char(7)", "none", lambda c, i: f"{c.r.randint(2024, 2026)}-{c.r.randint(1, 12):02d}"),
        Col("basico", "numeric(12,2)", "none", r.f("basico")),
        Col("horas_extra", "numeric(12,2)", "none", r.f("extra")),
        Col("presentismo", "numeric(12,2)", "none", r.f("pres")),
        Col("aporte_jubilatorio", "numeric(12,2)", "none", r.f("jub")),
        Col("aporte_obra_social", "numeric(12,2)", "none", r.f("os")),
        Col("cuota_sindical_upsra", "numeric(12,2)", "trade_union", r.f("sind")),
        Col("neto", "numeric(12,2)", "none", r.f("neto")),
        Col("cbu_destino", "char(22)", "bank_account", lambda c, i: cbu(c)),
        Col("fecha_pago", "date", "none", lambda c, i: when(c, 2024, 2026).date()),
    ], rows=150, extra=[fk(S, "recibos_sueldo", "vigilador_id", "vigiladores")])


def vigilancia_tables() -> list[Table]:
    return [vigiladores(), objetivos(), fichadas(), antecedentes(), aptitudes(), credenciales(), recibos()]
