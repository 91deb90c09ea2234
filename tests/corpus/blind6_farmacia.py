"""i_farmacia: a Mexican community pharmacy chain's point-of-sale and dispensing database (Spanish, Mexican usage):
clientes with CURP and RFC, recetas, the COFEPRIS antibiotics control book, CFDI 4.0 invoices. Foreign keys declared."""
from __future__ import annotations

import uuid

from .blind6_gens import (LAST, city, curp, day, email, fill, first, fk, last, maybe, money, num, phone, postcode,
                          rfc_persona, street, table, ts, weighted)
from .gens import Col, ident, md5_hex, pick

S = "i_farmacia"
N_SUC, N_MED, N_DOC, N_CLI, N_REC, N_VTA = 8, 90, 80, 150, 150, 150
DRUGS = [("Amoxil", "Amoxicilina", "500 mg 12 cápsulas", "IV", True), ("Tempra", "Paracetamol", "500 mg 20 tabletas", "VI", False),
         ("Aspirina Protect", "Ácido acetilsalicílico", "100 mg 28 tabletas", "VI", False), ("Glucophage", "Metformina", "850 mg 30 tabletas", "IV", True),
         ("Cozaar", "Losartán", "50 mg 30 tabletas", "IV", True), ("Losec", "Omeprazol", "20 mg 14 cápsulas", "IV", False),
         ("Rivotril", "Clonazepam", "2 mg 30 tabletas", "III", True), ("Tramal", "Tramadol", "50 mg 10 cápsulas", "III", True),
         ("Ciproxina", "Ciprofloxacino", "500 mg 12 tabletas", "IV", True), ("Flanax", "Naproxeno", "550 mg 12 tabletas", "VI", False),
         ("Azitrocin", "Azitromicina", "500 mg 3 tabletas", "IV", True), ("Ventolin", "Salbutamol", "aerosol 100 mcg 200 dosis", "IV", True),
         ("Lantus", "Insulina glargina", "100 UI/ml pluma 3 ml", "IV", True), ("Voltaren", "Diclofenaco", "100 mg 20 grageas", "IV", False),
         ("Clarityne", "Loratadina", "10 mg 10 tabletas", "VI", False), ("Dolac", "Ketorolaco", "10 mg 10 tabletas", "IV", True),
         ("Viagra", "Sildenafil", "50 mg 4 tabletas", "IV", True), ("Genérico", "Ampicilina", "500 mg 20 cápsulas", "IV", True),
         ("Eutirox", "Levotiroxina", "100 mcg 50 tabletas", "IV", True), ("Sertex", "Sertralina", "50 mg 14 tabletas", "IV", True),
         ("Bactrim F", "Sulfametoxazol/trimetoprima", "800/160 mg 14 tabletas", "IV", True), ("Neo-Melubrina", "Metamizol", "500 mg 10 tabletas", "IV", False)]
LABS = ["Pfizer", "Bayer de México", "Laboratorios PiSA", "Liomont", "Sanofi-Aventis", "Senosiain", "Silanes", "Psicofarma", "Landsteiner", "Genomma Lab"]
DX = ["Infección de vías respiratorias altas", "Faringoamigdalitis aguda", "Diabetes mellitus tipo 2", "Hipertensión arterial sistémica",
      "Infección de vías urinarias", "Trastorno de ansiedad generalizada", "Lumbalgia mecánica", "Gastritis aguda", "Hipotiroidismo",
      "Otitis media aguda", "Disfunción eréctil", "Depresión moderada", "Asma bronquial", "Insomnio"]


def apellidos(c, i):
    return f"{c.r.choice(LAST['mx'])} {c.r.choice(LAST['mx'])}"


def farmacia_tables():
    return [
        table(S, "sucursal", N_SUC, [
            Col("id_sucursal", "int PRIMARY KEY", "none", ident),
            Col("nombre", "varchar(60)", "none", lambda c, i: f"Farmacia San Judas {['Centro', 'Analco', 'La Paz', 'Angelópolis', 'Cholula', 'Tlaxcala', 'Atlixco', 'Huexotitla'][i - 1]}"),
            Col("calle", "varchar(80)", "none", street("mx")),
            Col("colonia", "varchar(60)", "none", pick("Centro", "La Paz", "Analco", "Huexotitla", "San Manuel")),
            Col("cp", "char(5)", "none", postcode("mx")),
            Col("municipio", "varchar(60)", "none", pick("Puebla", "San Andrés Cholula", "Tlaxcala", "Atlixco")),
            Col("estado", "varchar(30)", "none", pick("Puebla", "Puebla", "Tlaxcala")),
            Col("telefono", "varchar(20)", "none", lambda c, i: f"222 {c.r.randint(200, 299)} {c.r.randint(1000, 9999)}"),
            Col("licencia_sanitaria", "varchar(30)", "none", lambda c, i: f"{c.r.randint(10, 99)}-AM-{c.r.randint(21000, 21999)}-{c.r.randint(10000, 99999)}"),
            Col("responsable_sanitario", "varchar(100)", "person_name", lambda c, i: f"Q.F.B. {first('mx')(c, i)} {apellidos(c, i)}")]),
        table(S, "medicamento", N_MED, [
            Col("id_medicamento", "int PRIMARY KEY", "none", ident),
            Col("codigo_barras", "varchar(14)", "none", lambda c, i: f"750{c.r.randint(10 ** 9, 10 ** 10 - 1)}"),
            Col("nombre_comercial", "varchar(80)", "none", lambda c, i: DRUGS[(i - 1) % len(DRUGS)][0]),
            Col("sustancia_activa", "varchar(80)", "none", lambda c, i: DRUGS[(i - 1) % len(DRUGS)][1]),
            Col("presentacion", "varchar(80)", "none", lambda c, i: DRUGS[(i - 1) % len(DRUGS)][2]),
            Col("fraccion_lgs", "varchar(4)", "none", lambda c, i: DRUGS[(i - 1) % len(DRUGS)][3]),
            Col("requiere_receta", "boolean", "none", lambda c, i: DRUGS[(i - 1) % len(DRUGS)][4]),
            Col("precio_publico", "numeric(10,2)", "none", money(19, 1450)),
            Col("laboratorio", "varchar(60)", "none", lambda c, i: c.r.choice(LABS))]),
        table(S, "medico", N_DOC, [
            Col("id_medico", "int PRIMARY KEY", "none", ident),
            Col("nombre", "varchar(60)", "person_name", first("mx")),
            Col("apellido_paterno", "varchar(60)", "person_name", last("mx")),
            Col("apellido_materno", "varchar(60)", "person_name", last("mx")),
            Col("cedula_profesional", "varchar(10)", "none", lambda c, i: str(c.r.randint(1000000, 12999999))),
            Col("especialidad", "varchar(60)", "none", pick("Medicina General", "Medicina General", "Pediatría", "Medicina Interna", "Ginecología", "Psiquiatría", "Urología")),
            Col("tel_consultorio", "varchar(20)", "phone", maybe(0.8, phone("mx"))),
            Col("domicilio_consultorio", "varchar(150)", "postal_address", maybe(0.7, lambda c, i: f"{street('mx')(c, i)}, C.P. {postcode('mx')(c, i)}")),
            Col("email", "varchar(100)", "email", maybe(0.5, email("mx")))]),
        table(S, "cliente", N_CLI, [
            Col("id_cliente", "int PRIMARY KEY", "none", ident),
            Col("nombre", "varchar(60)", "person_name", first("mx")),
            Col("ap_paterno", "varchar(60)", "person_name", last("mx")),
            Col("ap_materno", "varchar(60)", "person_name", maybe(0.9, last("mx"), "")),
            Col("curp", "char(18)", "national_id", maybe(0.6, curp)),
            Col("rfc", "varchar(13)", "national_id", maybe(0.3, rfc_persona)),
            Col("fecha_nac", "date", "birth_date", day(1935, 2015, 0.7)),
            Col("sexo", "char(1)", "none", pick("H", "M")),
            Col("tel_cel", "varchar(20)", "phone", maybe(0.9, phone("mx"))),
            Col("correo", "varchar(100)", "email", maybe(0.5, email("mx"))),
            Col("calle", "varchar(80)", "postal_address", street("mx")),
            Col("num_ext", "varchar(10)", "postal_address", lambda c, i: c.r.choice([str(c.r.randint(1, 4500)), f"{c.r.randint(1, 300)}-B", "S/N"])),
            Col("colonia", "varchar(60)", "none", pick("Centro", "La Paz", "Santa María", "Bosques de San Sebastián", "Infonavit Amalucan", "San Baltazar Campeche")),
            Col("cp", "char(5)", "postal_address", postcode("mx")),
            Col("municipio", "varchar(60)", "none", city("mx")),
            Col("estado", "varchar(30)", "none", pick("Puebla", "Tlaxcala", "CDMX", "Veracruz")),
            Col("tarjeta_monedero", "varchar(16)", "none", lambda c, i: f"6001{c.r.randint(10 ** 11, 10 ** 12 - 1)}"),
            Col("puntos", "int", "none", num(0, 4000)),
            Col("padecimientos", "varchar(200)", "health", weighted(("", 50), ("Diabetes tipo 2", 12), ("Hipertensión", 12), ("DM2, HAS", 8), ("Hipotiroidismo", 5),
                                                                        ("Asma", 5), ("Epilepsia", 2), ("Artritis reumatoide", 3), ("VIH en tratamiento", 1), ("Depresión", 2))),
            Col("alergias", "varchar(200)", "health", weighted(("", 60), ("Penicilina", 12), ("Sulfas", 6), ("AINEs", 6), ("NEGADAS", 16))),
            Col("fecha_alta", "timestamp", "none", ts(2015, 2026))]),
        table(S, "receta", N_REC, [
            Col("id_receta", "int PRIMARY KEY", "none", ident),
            Col("folio_receta", "varchar(20)", "none", lambda c, i: f"R{c.r.randint(100000, 999999)}"),
            Col("id_cliente", "int", "none", fk(N_CLI, 0.8)),
            Col("id_medico", "int", "none", fk(N_DOC)),
            Col("fecha", "date", "none", day(2023, 2026)),
            Col("diagnostico", "varchar(200)", "health", maybe(0.7, lambda c, i: c.r.choice(DX))),
            Col("indicaciones", "text", "health", pick("Amoxicilina 500 mg 1 cápsula c/8 h por 7 días", "Metformina 850 mg 1 tab c/12 h con alimentos",
                "Clonazepam 2 mg 1/2 tab por la noche", "Paracetamol 500 mg c/6 h si hay fiebre", "Losartán 50 mg 1 tab c/24 h, control en 1 mes",
                "Ciprofloxacino 500 mg c/12 h 5 días, abundantes líquidos")),
            Col("tipo", "varchar(30)", "none", weighted(("Simple", 60), ("Antibiótico (retenida)", 30), ("Psicotrópico grupo III", 8), ("Estupefaciente", 2))),
            Col("imagen", "varchar(120)", "none", maybe(0.5, lambda c, i: f"recetas/{c.r.randint(2023, 2026)}/{uuid.UUID(int=c.r.getrandbits(128))}.jpg"))],
            fks=(("id_cliente", "cliente", "id_cliente"), ("id_medico", "medico", "id_medico"))),
        table(S, "venta", N_VTA, [
            Col("id_venta", "int PRIMARY KEY", "none", ident),
            Col("folio_ticket", "varchar(20)", "none", lambda c, i: f"T{c.r.randint(1, 8):02d}-{c.r.randint(100000, 999999)}"),
            Col("id_sucursal", "int", "none", fk(N_SUC)),
            Col("id_cliente", "int", "none", fk(N_CLI, 0.4)),
            Col("fecha_hora", "timestamp", "none", ts(2024, 2026)),
            Col("total", "numeric(10,2)", "none", money(19, 3800)),
            Col("forma_pago", "varchar(20)", "none", pick("Efectivo", "Efectivo", "Tarjeta débito", "Tarjeta crédito", "Transferencia", "Vales")),
            Col("ultimos4", "char(4)", "none", maybe(0.4, lambda c, i: f"{c.r.randint(0, 9999):04d}")),
            Col("cajero", "varchar(20)", "none", pick("caja1", "caja2", "mgarcia", "jlopez", "supervisor"))],
            fks=(("id_sucursal", "sucursal", "id_sucursal"), ("id_cliente", "cliente", "id_cliente"))),
        table(S, "libro_antibioticos", 120, [
            Col("id_registro", "int PRIMARY KEY", "none", ident),
            Col("fecha", "date", "none", day(2024, 2026)),
            Col("id_sucursal", "int", "none", fk(N_SUC)),
            Col("medicamento", "varchar(120)", "health", lambda c, i: " ".join(c.r.choice([d for d in DRUGS if d[4] and d[3] in ("IV", "III")])[1:3])),
            Col("lote", "varchar(20)", "none", lambda c, i: f"{c.r.choice('ABCKLMX')}{c.r.randint(10000, 99999)}"),
            Col("cantidad", "int", "none", num(1, 3)),
            Col("nombre_paciente", "varchar(150)", "person_name", lambda c, i: f"{first('mx')(c, i)} {apellidos(c, i)}".upper()),
            Col("domicilio_paciente", "varchar(200)", "postal_address", fill("{s}, Col. {c}", s=street("mx"), c=pick("Centro", "La Paz", "Amalucan", "El Carmen"))),
            Col("medico_prescriptor", "varchar(150)", "person_name", lambda c, i: f"Dr. {first('mx')(c, i)} {c.r.choice(LAST['mx'])}"),
            Col("cedula_medico", "varchar(10)", "none", lambda c, i: str(c.r.randint(1000000, 12999999))),
            Col("folio_receta", "varchar(20)", "none", lambda c, i: f"R{c.r.randint(100000, 999999)}")],
            fks=(("id_sucursal", "sucursal", "id_sucursal"),)),
        table(S, "factura_cfdi", 100, [
            Col("id_factura", "int PRIMARY KEY", "none", ident),
            Col("uuid_timbre", "uuid", "none", lambda c, i: str(uuid.UUID(int=c.r.getrandbits(128))).upper()),
            Col("id_venta", "int", "none", fk(N_VTA)),
            Col("rfc_receptor", "varchar(13)", "national_id", lambda c, i: rfc_persona(c, i) if c.r.random() < 0.8 else "XAXX010101000"),
            Col("nombre_receptor", "varchar(200)", "person_name", lambda c, i: f"{first('mx')(c, i)} {apellidos(c, i)}".upper()),
            Col("cp_receptor", "char(5)", "postal_address", postcode("mx")),
            Col("regimen_fiscal_receptor", "char(3)", "none", pick("605", "612", "626", "616")),
            Col("uso_cfdi", "char(4)", "none", pick("D01", "D01", "G03", "S01")),
            Col("correo_envio", "varchar(120)", "email", email("mx")),
            Col("total", "numeric(12,2)", "none", money(50, 3800)),
            Col("fecha_timbrado", "timestamp", "none", ts(2024, 2026))], fks=(("id_venta", "venta", "id_venta"),)),
        table(S, "usuario", 12, [
            Col("id_usuario", "int PRIMARY KEY", "none", ident),
            Col("usuario", "varchar(20)", "none", lambda c, i: ["admin", "caja1", "caja2", "mgarcia", "jlopez", "supervisor", "qfb_centro", "qfb_cholula", "inventarios", "contador", "soporte", "gerente"][i - 1]),
            Col("nombre_completo", "varchar(120)", "person_name", lambda c, i: f"{first('mx')(c, i)} {apellidos(c, i)}"),
            Col("password", "char(32)", "credentials", md5_hex),
            Col("rol", "varchar(20)", "none", pick("Cajero", "Farmacéutico", "Gerente", "Administrador")),
            Col("ultimo_acceso", "timestamp", "none", ts(2025, 2026))]),
    ]


