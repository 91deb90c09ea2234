"""x_declara: in-house register of candidates' sworn résumés (hojas de vida) for Peruvian regional and municipal
elections, Oracle-style UPPER_CASE columns: parties, candidates, party history, sentences, income, users."""
from __future__ import annotations

import random

from stdnum.pe import cui, ruc

from .blind20_gens import col, day, digits, field, fk, hexstr, num, pick, rdate, row, seq, stamp, texts
from .gens import Table

S = "x_declara"
N_ORG, N_CAND = 80, 150

NOMBRES_M = ["Juan Carlos", "José Luis", "Luis Alberto", "Wilfredo", "Percy", "Edwin", "Rolando", "César Augusto",
             "Hugo", "Walter", "Elmer", "Jhon"]
NOMBRES_F = ["María Elena", "Rosa", "Carmen Rosa", "Yolanda", "Gladys", "Milagros", "Lourdes", "Sonia", "Katherine",
             "Nelly"]
APELLIDOS = ["Quispe", "Mamani", "Flores", "Huamán", "Rojas", "Chávez", "Vásquez", "Ramírez", "Torres", "Mendoza",
             "Condori", "Ccahuana", "Gutiérrez", "Salazar", "Cárdenas", "Huanca", "Paucar", "Villanueva"]
PARTIDOS = ["Alianza para el Progreso", "Fuerza Popular", "Acción Popular", "Perú Libre", "Somos Perú",
            "Renovación Popular", "Partido Morado", "Podemos Perú", "Movimiento Regional Kallpa", "Juntos por el Perú",
            "Movimiento Independiente Regional Fuerza Arequipeña", "Movimiento Regional Inca Pacha"]
DIRECCIONES = ["Av. Los Incas", "Jr. Ayacucho", "Calle Mercaderes", "Av. Ejército", "Jr. Lima", "Av. La Cultura",
               "Psje. Los Pinos", "Av. Túpac Amaru", "Jr. Huallaga"]
DISTRITOS = [("Cusco", "080101"), ("Wanchaq", "080108"), ("Arequipa", "040101"), ("Cerro Colorado", "040104"),
             ("Puno", "210101"), ("Juliaca", "211101"), ("Huancayo", "120101"), ("San Juan de Lurigancho", "150132")]
NATIVAS = ["Asháninka", "Awajún", "Shipibo-Konibo", "Quechua (comunidad campesina)", "Aymara", "Matsigenka"]
DELITOS = ["Peculado doloso", "Colusión agravada", "Omisión a la asistencia familiar", "Conducción en estado de "
           "ebriedad", "Lesiones leves", "Usurpación agravada", "Negociación incompatible", "Falsedad genérica"]


def _dni(r: random.Random) -> str:
    return digits(r, 8)


def _cand(r: random.Random, i: int) -> dict:
    fem = r.random() < 0.4
    dni = _dni(r)
    dist, ubi = r.choice(DISTRITOS)
    return {"dni": dni, "dig": cui.calc_check_digits(dni)[0], "pat": r.choice(APELLIDOS), "mat": r.choice(APELLIDOS),
            "nom": r.choice(NOMBRES_F if fem else NOMBRES_M), "sexo": "2" if fem else "1",
            "nac": rdate(r, 1950, 2001), "ubi": ubi,
            "dom": f"{r.choice(DIRECCIONES)} {r.randint(100, 1900)}" + r.choice(["", f" Int. {r.randint(1, 9)}",
                                                                                  f" Mz. {r.choice('ABCDE')} Lt. {r.randint(1, 20)}"]),
            "tel": "9" + digits(r, 8)}


def _ruc(r: random.Random) -> str:
    body = "20" + digits(r, 8)
    return body + ruc.calc_check_digit(body)


C = "declara.candidato"


def _mail(c, i):
    d = row_of(c, i)
    return (f"{d['nom'].split()[0].lower()}.{d['pat'].lower()}{c.r.randint(1, 99)}@"
            + c.r.choice(["gmail.com", "hotmail.com", "yahoo.es"])).translate(str.maketrans("áéíóú", "aeiou"))


def row_of(c, i):
    return row(c, C, i, _cand)


def declara_tables() -> list[Table]:
    orgs = Table(S, "ORGANIZACION_POLITICA", [
        col("ID_ORG", "integer PRIMARY KEY", "none", seq),
        col("TXNOMBRE", "varchar(200)", "none", lambda c, i: PARTIDOS[(i - 1) % len(PARTIDOS)]
            + ("" if i <= len(PARTIDOS) else f" - Comité {c.r.choice(DISTRITOS)[0]}")),
        col("TXSIGLAS", "varchar(20)", "none", pick(["APP", "FP", "AP", "PL", "SP", "RP", "PM", "MRK"])),
        col("TIPO_ORG", "varchar(30)", "none", pick(["PARTIDO POLITICO", "MOVIMIENTO REGIONAL"])),
        col("RUC", "char(11)", "none", lambda c, i: _ruc(c.r)),
        col("TXDIRECCION", "varchar(200)", "none", lambda c, i: f"{c.r.choice(DIRECCIONES)} {c.r.randint(100, 999)}, "
                                                                f"{c.r.choice(DISTRITOS)[0]}"),
        col("TXTELEFONO", "varchar(20)", "none", lambda c, i: f"(0{c.r.choice(['1', '84', '54', '51'])}) "
                                                              f"{digits(c.r, 6)}"),
        col("TXCORREO", "varchar(120)", "none", lambda c, i: f"secretaria.{i}@{c.r.choice(['app', 'ap', 'sp'])}.org.pe"),
        col("PERSONERO_LEGAL", "varchar(200)", "person_name", lambda c, i: f"{c.r.choice(APELLIDOS).upper()} "
                                                                           f"{c.r.choice(APELLIDOS).upper()}, "
                                                                           f"{c.r.choice(NOMBRES_M + NOMBRES_F)}"),
        col("PERSONERO_DNI", "char(8)", "national_id", lambda c, i: _dni(c.r)),
        col("FLAG_VIGENTE", "char(1)", "none", pick(["1", "1", "0"])),
    ], rows=N_ORG)
    cand = Table(S, "CANDIDATO", [
        col("ID_CANDIDATO", "integer PRIMARY KEY", "none", seq),
        col("ID_ORG", "integer NOT NULL", "none", fk(N_ORG)),
        col("TXDOCUMENTO_IDENTIDAD", "char(8)", "national_id", field(C, _cand, "dni")),
        col("TXDIGITO_VERIFICACION", "char(1)", "none", field(C, _cand, "dig")),
        col("TXAPELLIDO_PATERNO", "varchar(60)", "person_name", field(C, _cand, "pat")),
        col("TXAPELLIDO_MATERNO", "varchar(60)", "person_name", field(C, _cand, "mat")),
        col("TXNOMBRES", "varchar(100)", "person_name", field(C, _cand, "nom")),
        col("IDSEXO", "char(1)", "none", field(C, _cand, "sexo")),
        col("FENACIMIENTO", "date", "birth_date", field(C, _cand, "nac")),
        col("UBIGEO_DOMICILIO", "char(6)", "none", field(C, _cand, "ubi")),
        col("TXDOMICILIO", "varchar(250)", "postal_address", field(C, _cand, "dom")),
        col("TXTELEFONO", "varchar(20)", "phone", field(C, _cand, "tel")),
        col("TXCORREO", "varchar(120)", "email", _mail),
        col("CARGO_POSTULA", "varchar(60)", "none", pick(["ALCALDE DISTRITAL", "REGIDOR DISTRITAL", "ALCALDE PROVINCIAL",
                                                         "CONSEJERO REGIONAL", "GOBERNADOR REGIONAL"])),
        col("CUOTA_NATIVA", "varchar(60)", "ethnic_origin", lambda c, i: c.r.choice(NATIVAS) if c.r.random() < 0.2
            else None),
        col("FLAG_DISCAPACIDAD", "char(1)", "health", pick(["0"] * 14 + ["1"])),
        col("ESTADO", "varchar(20)", "none", pick(["INSCRITO", "INSCRITO", "EXCLUIDO", "IMPROCEDENTE", "EN PROCESO"])),
        col("FEREGISTRO", "timestamp", "none", stamp("2022-05-01", "2022-07-15")),
    ], rows=N_CAND, extra=[
        f'ALTER TABLE {S}."CANDIDATO" ADD FOREIGN KEY ("ID_ORG") REFERENCES {S}."ORGANIZACION_POLITICA" ("ID_ORG")'])
    afil = Table(S, "AFILIACION", [
        col("ID_AFILIACION", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("TXORGANIZACION", "varchar(200)", "political_opinion", pick(PARTIDOS)),
        col("FEINICIO", "date", "none", day("1995-01-01", "2019-12-31")),
        col("FEFIN", "date", "none", lambda c, i: None if c.r.random() < 0.5 else day("2010-01-01", "2022-04-30")(c, i)),
        col("CARGO_PARTIDARIO", "varchar(120)", "political_opinion", pick(
            ["Afiliado", "Afiliado", "Secretario general distrital", "Personero", "Secretaria de la mujer",
             "Militante fundador", "Presidente del comité provincial"])),
        col("MOTIVO_RENUNCIA", "varchar(200)", "political_opinion", pick(
            [None, None, "Discrepancias con la línea del partido", "Renuncia irrevocable por la vacancia presidencial",
             "Desacuerdo con alianza electoral"])),
    ], rows=130, extra=[
        f'ALTER TABLE {S}."AFILIACION" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" ("ID_CANDIDATO")'])
    penal = Table(S, "SENTENCIA_PENAL", [
        col("ID_SENTENCIA", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("NRO_EXPEDIENTE", "varchar(40)", "criminal_record", lambda c, i: f"{c.r.randint(1, 9999):05d}-"
            f"{c.r.randint(2005, 2021)}-0-{c.r.choice(['1001', '0401', '2101', '1501'])}-JR-PE-{c.r.randint(1, 9):02d}"),
        col("FESENTENCIA", "date", "none", day("2005-01-01", "2022-03-31")),
        col("ORGANO_JUDICIAL", "varchar(150)", "criminal_record", pick(
            ["1° Juzgado Penal Unipersonal del Cusco", "Juzgado de Investigación Preparatoria de Juliaca",
             "Sala Penal de Apelaciones de Arequipa", "2° Juzgado Penal Liquidador de Huancayo"])),
        col("TXDELITO", "varchar(150)", "criminal_record", pick(DELITOS)),
        col("TXFALLO", "varchar(250)", "criminal_record", pick(
            ["Condenatoria: 2 años de pena privativa suspendida", "Condenatoria: 4 años efectiva",
             "Reserva de fallo condenatorio", "Condenatoria: prestación de servicios comunitarios 40 jornadas"])),
        col("TXCUMPLIMIENTO", "varchar(60)", "criminal_record", pick(["CUMPLIDO", "REHABILITADO", "EN EJECUCION"])),
    ], rows=90, extra=[
        f'ALTER TABLE {S}."SENTENCIA_PENAL" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" '
        f'("ID_CANDIDATO")'])
    ingresos = Table(S, "INGRESO_BIEN", [
        col("ID_INGRESO", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", lambda c, i: i),
        col("ANIO_DECLARADO", "smallint", "none", lambda c, i: 2021),
        col("REMUN_BRUTA_PUBLICO", "numeric(12,2)", "none", num(0, 180000)),
        col("REMUN_BRUTA_PRIVADO", "numeric(12,2)", "none", num(0, 250000)),
        col("RENTA_INDIVIDUAL", "numeric(12,2)", "none", num(0, 90000)),
        col("INMUEBLE_DIRECCION", "varchar(250)", "postal_address", lambda c, i: f"{c.r.choice(DIRECCIONES)} "
                                                                                 f"{c.r.randint(100, 1900)}, "
                                                                                 f"{c.r.choice(DISTRITOS)[0]}"),
        col("INMUEBLE_PARTIDA_SUNARP", "varchar(20)", "none", lambda c, i: f"P{digits(c.r, 8)}"),
        col("VEHICULO_PLACA", "varchar(10)", "none", lambda c, i: f"{c.r.choice('VXABCDF')}{c.r.choice('0123456789')}"
                                                                  f"{c.r.choice('ABCDEFGHJK')}-{digits(c.r, 3)}"),
        col("VEHICULO_VALOR", "numeric(12,2)", "none", num(8000, 120000)),
    ], rows=N_CAND, extra=[
        f'ALTER TABLE {S}."INGRESO_BIEN" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" ("ID_CANDIDATO")'])
    info = Table(S, "INFO_ADICIONAL", [
        col("ID_INFO", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("TXINFO", "text", "free_text_may_contain_pii", texts(
            "Dirigente de la comunidad campesina de {d}. Referencias: Sr. {n} {a}, cel. 9{t}.",
            "Fui regidor 2015-2018. Para consultas escribir a {n2}@gmail.com",
            "Presidente de la APAFA de la I.E. N° {k}.", "Ninguna.",
            d=[x[0] for x in DISTRITOS], n=NOMBRES_M, a=APELLIDOS, t=["84512367", "73110982", "51234876"],
            n2=["wquispe", "rosa.mamani", "hflores78"], k=["50012", "56120", "40187"])),
        col("FEREGISTRO", "timestamp", "none", stamp("2022-05-01", "2022-07-15")),
    ], rows=100, extra=[
        f'ALTER TABLE {S}."INFO_ADICIONAL" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" '
        f'("ID_CANDIDATO")'])
    users = Table(S, "USUARIO", [
        col("ID_USUARIO", "integer PRIMARY KEY", "none", seq),
        col("TXUSUARIO", "varchar(20)", "national_id", lambda c, i: _dni(c.r)),
        col("TXCLAVE", "varchar(64)", "credentials", hexstr(32)),
        col("TXTOKEN_RECUPERACION", "varchar(64)", "secret_token", lambda c, i: hexstr(64)(c, i)
            if c.r.random() < 0.3 else None),
        col("ID_ORG", "integer", "none", fk(N_ORG)),
        col("ROL", "varchar(20)", "none", pick(["PERSONERO", "PERSONERO", "FISCALIZADOR", "ADMIN_JEE"])),
        col("FEULTIMO_ACCESO", "timestamp", "none", stamp("2022-05-01", "2022-10-02")),
        col("IP_ULTIMO_ACCESO", "varchar(45)", "ip_address", lambda c, i: f"{c.r.choice(['190.232', '179.7', '200.48'])}"
                                                                           f".{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"),
        col("FLAG_BLOQUEADO", "char(1)", "none", pick(["0"] * 9 + ["1"])),
        col("AUDIT_OBS", "varchar(200)", "none", pick(["", "Cambio de clave", "Alta por JEE Cusco", "Reactivado"])),
    ], rows=110, extra=[
        f'ALTER TABLE {S}."USUARIO" ADD FOREIGN KEY ("ID_ORG") REFERENCES {S}."ORGANIZACION_POLITICA" ("ID_ORG")'])
    civil = Table(S, "SENTENCIA_OBLIGACION", [
        col("ID_SENTENCIA", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("TXMATERIA", "varchar(60)", "none", pick(["ALIMENTOS", "LABORAL", "CONTRACTUAL", "ALIMENTOS"])),
        col("NRO_EXPEDIENTE", "varchar(40)", "none", lambda c, i: f"{c.r.randint(1, 9999):05d}-"
            f"{c.r.randint(2005, 2021)}-0-{c.r.choice(['1001', '0401', '2101'])}-JP-FC-{c.r.randint(1, 4):02d}"),
        col("TXFALLO", "varchar(250)", "none", pick(["Fundada: pensión de alimentos S/ 600 mensuales",
                                                     "Fundada en parte: pago de beneficios sociales",
                                                     "Conciliación homologada"])),
        col("FESENTENCIA", "date", "none", day("2005-01-01", "2022-03-31")),
    ], rows=85, extra=[
        f'ALTER TABLE {S}."SENTENCIA_OBLIGACION" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" '
        f'("ID_CANDIDATO")'])
    work = Table(S, "EXPERIENCIA_LABORAL", [
        col("ID_EXPERIENCIA", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("TXCENTRO_TRABAJO", "varchar(200)", "none", pick(["Municipalidad Distrital de Wanchaq", "Gobierno Regional "
                                                              "Puno", "Minera Las Bambas S.A.", "Independiente",
                                                              "UGEL Huancayo", "Caja Municipal Cusco"])),
        col("TXOCUPACION", "varchar(120)", "none", pick(["Docente", "Ingeniero civil", "Abogado", "Comerciante",
                                                        "Gerente municipal", "Contador"])),
        col("RUC_EMPLEADOR", "char(11)", "none", lambda c, i: _ruc(c.r)),
        col("ANIO_DESDE", "smallint", "none", lambda c, i: c.r.randint(1985, 2018)),
        col("ANIO_HASTA", "smallint", "none", lambda c, i: c.r.choice([None, 2019, 2020, 2021, 2022])),
    ], rows=150, extra=[
        f'ALTER TABLE {S}."EXPERIENCIA_LABORAL" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" '
        f'("ID_CANDIDATO")'])
    edu = Table(S, "FORMACION_ACADEMICA", [
        col("ID_FORMACION", "integer PRIMARY KEY", "none", seq),
        col("ID_CANDIDATO", "integer NOT NULL", "none", fk(N_CAND)),
        col("NIVEL", "varchar(40)", "none", pick(["SECUNDARIA", "TECNICO", "UNIVERSITARIO", "POSGRADO"])),
        col("TXCENTRO_ESTUDIOS", "varchar(200)", "none", pick(["UNSAAC", "UNSA", "Universidad Nacional del Altiplano",
                                                              "Universidad Continental", "IESTP Túpac Amaru"])),
        col("TXCARRERA", "varchar(120)", "none", pick(["Derecho", "Educación", "Contabilidad", "Ing. Agronómica", ""])),
        col("FLAG_CONCLUIDO", "char(1)", "none", pick(["1", "1", "0"])),
    ], rows=140, extra=[
        f'ALTER TABLE {S}."FORMACION_ACADEMICA" ADD FOREIGN KEY ("ID_CANDIDATO") REFERENCES {S}."CANDIDATO" '
        f'("ID_CANDIDATO")'])
    return [orgs, cand, afil, penal, civil, ingresos, info, work, edu, users]

