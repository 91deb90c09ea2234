"""A Spanish school-management schema, "gestión académica" (schema c_gestion): centros, profesores, alumnos, tutores,
matriculas, calificaciones, incidencias. Modelled on the regional systems (ITACA, Séneca, Raíces) and the small
open-source ones built like them."""
from __future__ import annotations

from .blind2_gens import col, day, dob, es_dni, es_nie, flag, intr, num, opt, pick_w, ref
from .clinical import es_cif
from .gens import Ctx, Table, iban_es, ident, phone_es, pick, prose_es

S = "c_gestion"
N_CENTROS, N_PROF, N_ALUM, N_MAT = 80, 110, 150, 150
PK = "integer PRIMARY KEY"
FK = lambda t, c, p, k: f"ALTER TABLE {S}.{t} ADD FOREIGN KEY ({c}) REFERENCES {S}.{p} ({k})"  # noqa: E731
ES = lambda m: (lambda c, i: getattr(c.es, m)())  # noqa: E731
ASIG = ["Lengua Castellana y Literatura", "Matemáticas", "Geografía e Historia", "Inglés", "Biología y Geología",
        "Educación Física", "Física y Química", "Tecnología", "Valenciano", "Música"]


def centros() -> Table:
    cols = [col("id_centro", PK, "none", ident),
            col("codigo_centro", "char(8)", "none", lambda c, i: f"{c.r.choice(['03', '12', '46', '28', '41'])}{c.r.randint(0, 999999):06d}"),
            col("denominacion", "varchar(150)", "none", lambda c, i: f"{c.r.choice(['CEIP', 'IES', 'CIPFP', 'CC'])} "
                                                                     f"{c.es.last_name()} {c.r.choice(['', 'de ' + c.es.city()])}".strip()),
            col("cif", "char(9)", "none", es_cif),
            col("direccion", "varchar(200)", "none", ES("street_address")),
            col("cp", "char(5)", "none", ES("postcode")),
            col("localidad", "varchar(100)", "none", ES("city")),
            col("telefono", "varchar(15)", "none", lambda c, i: f"96{c.r.randint(1000000, 9999999)}"),
            col("email", "varchar(100)", "none", lambda c, i: f"{c.r.randint(3000000, 46999999):08d}@edu.gva.es"),
            col("director_nombre", "varchar(150)", "person_name", ES("name"))]
    return Table(S, "centros", cols, rows=N_CENTROS)


def _nrp(c: Ctx, i: int) -> str:
    return f"{es_dni(c, i)[:8]}{c.r.randint(10, 99)}A{c.r.choice(['0590', '0597', '0591'])}"


def profesores() -> Table:
    cols = [col("id_profesor", PK, "none", ident), col("nrp", "varchar(16)", "national_id", _nrp),
            col("dni", "char(9)", "national_id", es_dni),
            col("nombre", "varchar(50)", "person_name", ES("first_name")),
            col("apellido1", "varchar(50)", "person_name", ES("last_name")),
            col("apellido2", "varchar(50)", "person_name", ES("last_name")),
            col("fecha_nacimiento", "date", "birth_date", dob(1960, 1998)),
            col("domicilio", "varchar(200)", "postal_address", ES("street_address")),
            col("cp", "char(5)", "postal_address", ES("postcode")),
            col("localidad", "varchar(100)", "none", ES("city")),
            col("telefono", "varchar(15)", "phone", phone_es),
            col("email", "varchar(100)", "email", lambda c, i: f"{c.es.user_name()}@edu.gva.es"),
            col("especialidad", "varchar(80)", "none", pick(*ASIG)),
            col("situacion_administrativa", "varchar(40)", "none", pick("Funcionario de carrera", "Interino",
                                                                         "En prácticas", "Comisión de servicios")),
            col("cuenta_bancaria", "varchar(34)", "iban", iban_es),
            col("afiliacion_sindical", "varchar(20)", "trade_union", opt(0.35, pick("STEPV", "CCOO", "UGT", "CSIF", "ANPE"))),
            col("id_centro", "integer", "none", ref(N_CENTROS)),
            ]
    return Table(S, "profesores", cols, rows=N_PROF, extra=[FK("profesores", "id_centro", "centros", "id_centro")])


def _tarjeta_sanitaria(c: Ctx, i: int) -> str:
    letters = "".join(c.r.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(4))
    return f"{letters}{c.r.randint(0, 1)}{c.r.randint(0, 99):02d}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}" \
           f"{c.r.randint(100, 999)}"


def alumnos() -> Table:
    cols = [col("id_alumno", PK, "none", ident),
            col("nia", "char(8)", "none", lambda c, i: f"{c.r.randint(10_000_000, 19_999_999)}"),
            col("tipo_documento", "varchar(10)", "none", lambda c, i: "NIE" if i % 6 == 0 else "DNI"),
            col("dni", "char(9)", "national_id", lambda c, i: None if i % 6 == 0 or c.r.random() < 0.3 else es_dni(c, i)),
            col("nie", "char(9)", "national_id", lambda c, i: es_nie(c, i) if i % 6 == 0 else None),
            col("tarjeta_sanitaria", "varchar(16)", "national_id", opt(0.8, _tarjeta_sanitaria)),
            col("nombre", "varchar(50)", "person_name", ES("first_name")),
            col("primer_apellido", "varchar(50)", "person_name", ES("last_name")),
            col("segundo_apellido", "varchar(50)", "person_name", opt(0.9, ES("last_name"))),
            col("sexo", "char(1)", "none", pick("H", "M")),
            col("fecha_nacimiento", "date", "birth_date", dob(2006, 2019)),
            col("lugar_nacimiento", "varchar(100)", "none", ES("city")),
            col("nacionalidad", "varchar(50)", "none", pick_w(("Española", 8), ("Marroquí", 1), ("Rumana", 1), ("Colombiana", 1))),
            col("domicilio", "varchar(200)", "postal_address", ES("street_address")),
            col("cp", "char(5)", "postal_address", ES("postcode")),
            col("localidad", "varchar(100)", "none", ES("city")),
            col("telefono", "varchar(15)", "phone", opt(0.5, phone_es)),
            col("telefono_tutor", "varchar(15)", "phone", phone_es),
            col("email_tutor", "varchar(100)", "email", ES("free_email")),
            col("necesidades_educativas", "varchar(100)", "health", opt(0.25, pick(
                "TEA", "TDAH", "Dislexia", "Discapacidad auditiva", "Discapacidad motora", "Altas capacidades"))),
            col("alergias", "varchar(200)", "health", opt(0.3, pick("Frutos secos", "Lactosa", "Gluten (celiaquía)",
                                                                    "Penicilina", "Polen; lleva inhalador"))),
            col("observaciones_medicas", "text", "health", opt(0.2, pick("Diabetes tipo 1, lleva bomba de insulina",
                                                                         "Epilepsia controlada con medicación",
                                                                         "Asma leve"))),
            col("religion_optativa", "varchar(40)", "religious_belief", pick_w(
                ("Religión Católica", 5), ("Atención Educativa", 4), ("Religión Islámica", 1), ("Religión Evangélica", 1))),
            col("id_centro", "integer", "none", ref(N_CENTROS))]
    return Table(S, "alumnos", cols, rows=N_ALUM, extra=[FK("alumnos", "id_centro", "centros", "id_centro")])


def tutores() -> Table:
    cols = [col("id_tutor", PK, "none", ident), col("id_alumno", "integer", "none", ref(N_ALUM)),
            col("parentesco", "varchar(20)", "none", pick_w(("Madre", 5), ("Padre", 4), ("Tutor legal", 1))),
            col("nombre", "varchar(50)", "person_name", ES("first_name")),
            col("apellidos", "varchar(100)", "person_name", lambda c, i: f"{c.es.last_name()} {c.es.last_name()}"),
            col("dni", "varchar(9)", "national_id", lambda c, i: es_nie(c, i) if i % 7 == 0 else es_dni(c, i)),
            col("telefono", "varchar(15)", "phone", phone_es),
            col("telefono_trabajo", "varchar(15)", "phone", opt(0.4, phone_es)),
            col("email", "varchar(100)", "email", ES("email")),
            col("domicilio", "varchar(200)", "postal_address", opt(0.6, ES("street_address"))),
            col("profesion", "varchar(80)", "none", opt(0.6, ES("job"))),
            ]
    return Table(S, "tutores", cols, rows=150, extra=[FK("tutores", "id_alumno", "alumnos", "id_alumno")])


def matriculas() -> Table:
    cols = [col("id_matricula", PK, "none", ident), col("id_alumno", "integer", "none", ref(N_ALUM)),
            col("id_centro", "integer", "none", ref(N_CENTROS)),
            col("curso_escolar", "char(9)", "none", pick("2022-2023", "2023-2024", "2024-2025")),
            col("nivel", "varchar(20)", "none", pick("1º ESO", "2º ESO", "3º ESO", "4º ESO", "1º BACH", "5º EP", "6º EP")),
            col("grupo", "char(1)", "none", pick("A", "B", "C", "D")),
            col("fecha_matricula", "date", "none", day(2022, 2024)),
            ]
    return Table(S, "matriculas", cols, rows=N_MAT, extra=[FK("matriculas", "id_alumno", "alumnos", "id_alumno"),
                                                           FK("matriculas", "id_centro", "centros", "id_centro")])


def _obs(c: Ctx, i: int) -> str | None:
    roll = c.r.random()
    if roll < 0.2:
        return None
    if roll < 0.5:
        return c.r.choice(["Buen progreso.", "Debe mejorar la entrega de tareas.", "Trabaja bien en clase."])
    return c.r.choice([f"{c.es.first_name()} ha mejorado mucho este trimestre.",
                       f"Se ha hablado con su madre, {c.es.name()}, por teléfono ({phone_es(c, i)}).",
                       f"{c.es.first_name()} {c.es.last_name()} no entrega los deberes; avisar a {c.es.free_email()}."])


def calificaciones() -> Table:
    cols = [col("id_calificacion", PK, "none", ident), col("id_matricula", "integer", "none", ref(N_MAT)),
            col("asignatura", "varchar(60)", "none", pick(*ASIG)),
            col("evaluacion", "varchar(10)", "none", pick("1ª", "2ª", "3ª", "Final", "Extraord.")),
            col("nota", "numeric(4,2)", "none", num(0, 10)),
            col("faltas_justificadas", "smallint", "none", intr(0, 12)),
            col("observaciones", "text", "free_text_may_contain_pii", _obs),
            col("id_profesor", "integer", "none", ref(N_PROF)),
            ]
    return Table(S, "calificaciones", cols, rows=150, extra=[
        FK("calificaciones", "id_matricula", "matriculas", "id_matricula"),
        FK("calificaciones", "id_profesor", "profesores", "id_profesor")])


def incidencias() -> Table:
    cols = [col("id_incidencia", PK, "none", ident), col("id_alumno", "integer", "none", ref(N_ALUM)),
            col("fecha", "date", "none", day(2022, 2024)),
            col("tipo", "varchar(30)", "none", pick("Leve", "Grave", "Muy grave", "Retraso")),
            col("descripcion", "text", "free_text_may_contain_pii", prose_es(0.6)),
            col("comunicada_familia", "boolean", "none", flag(0.8)),
            col("id_profesor", "integer", "none", ref(N_PROF)),
            col("sancion", "varchar(80)", "none", opt(0.3, pick("Amonestación escrita", "Expulsión 3 días",
                                                                "Pérdida de recreo"))),
            ]
    return Table(S, "incidencias", cols, rows=120, extra=[FK("incidencias", "id_alumno", "alumnos", "id_alumno")])


def gestion_tables() -> list[Table]:
    return [centros(), profesores(), alumnos(), tutores(), matriculas(), calificaciones(), incidencias()]
