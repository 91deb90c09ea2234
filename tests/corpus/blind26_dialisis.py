"""ab_dialisis: an in-house system of a haemodialysis clinic network in Santo Domingo (Dominican Republic), with
Spanish names: patients, sessions, lab results, the transplant waiting list, staff and machines."""
from __future__ import annotations

from .blind26_gens import (C, amounts, any_mobile, any_name, dates, digits, fk, fkey, flag, hexs, ints, maybe,
                           one, person, rbytes, seq, sha1, stamps)
from .gens import Table

S = "ab_dialisis"
PAC, STAFF = "di.paciente", "di.personal"
N_PAC, N_STAFF, N_MAQ = 140, 30, 30


def _notas(c, i):
    return c.r.choice([None, None, None, "Sin incidencias.", "Llegó tarde por transporte.",
                       f"Llegó acompañado de su hija {person('do', 'di.familiar', 'first')(c, i)}, tel. 809-"
                       f"{digits(c, 3)}-{digits(c, 4)}",
                       f"Se avisó a la Dra. {person('do', STAFF, 'full')(c, c.r.randint(1, N_STAFF))} por hipotensión.",
                       "Paciente refiere dolor en fístula."])


def _hla(c, i):
    a = sorted(c.r.sample(["01:01", "02:01", "03:01", "23:01", "24:02", "30:01", "68:01", "33:03"], 2))
    b = sorted(c.r.sample(["07:02", "08:01", "35:01", "44:03", "51:01", "53:01", "15:03", "58:01"], 2))
    dr = sorted(c.r.sample(["03:01", "04:02", "07:01", "11:01", "13:01", "15:03", "01:02"], 2))
    return f"A*{a[0]}, A*{a[1]}; B*{b[0]}, B*{b[1]}; DRB1*{dr[0]}, DRB1*{dr[1]}"


def dialisis_tables() -> list[Table]:
    p = lambda f: person("do", PAC, f, 1942, 2005)            # noqa: E731
    s = lambda f: person("do", STAFF, f, 1965, 2000)          # noqa: E731
    return [
        Table(S, "personal", [
            C("empleado_id", "integer PRIMARY KEY", "none", seq()),
            C("nombre_completo", "varchar(120)", "person_name", s("full")),
            C("exequatur", "varchar(12)", "none", lambda c, i: f"{c.r.randint(100, 999)}-{c.r.randint(10, 99)}"),
            C("cargo", "varchar(40)", "none", one("Nefrólogo(a)", "Enfermera(o)", "Técnico de diálisis", "Recepción")),
            C("correo", "varchar(80)", "email", lambda c, i: s("user")(c, i) + "@renalcaribe.com.do"),
            C("celular", "varchar(20)", "phone", s("mobile")),
            C("clave_hash", "varchar(100)", "credentials", lambda c, i: f"pbkdf2_sha256$600000${hexs(c, 12)}$"
                                                                      f"{hexs(c, 43)}="),
        ], rows=N_STAFF),
        Table(S, "maquinas", [
            C("maquina_id", "integer PRIMARY KEY", "none", seq()),
            C("serie", "varchar(20)", "none", lambda c, i: f"4008S-{digits(c, 6)}"),
            C("modelo", "varchar(40)", "none", one("Fresenius 4008S", "Fresenius 5008", "Nipro Surdial X")),
            C("sala", "varchar(20)", "none", one("Sala A", "Sala B", "Aislados HBV")),
            C("ultimo_mantenimiento", "date", "none", dates(2024, 2025)),
            C("desinfeccion_ok", "boolean", "none", flag(0.95)),
        ], rows=N_MAQ),
        Table(S, "pacientes", [
            C("paciente_id", "integer PRIMARY KEY", "none", seq()),
            C("expediente", "varchar(12)", "none", lambda c, i: f"HD-{i + 1200:06d}"),
            C("nombres", "varchar(60)", "person_name", p("first")),
            C("apellidos", "varchar(80)", "person_name", lambda c, i: f"{p('last')(c, i)} {p('last2')(c, i)}"),
            C("cedula", "varchar(13)", "national_id", p("natid")),
            C("nss", "varchar(12)", "national_id", lambda c, i: digits(c, 9), comment="número de seguridad social"),
            C("fecha_nacimiento", "date", "birth_date", p("birth")),
            C("sexo", "char(1)", "none", p("sex")),
            C("raza", "varchar(20)", "ethnic_origin", one("Mestiza", "Mestiza", "Negra", "Blanca"),
              comment="para la ecuación CKD-EPI"),
            C("religion", "varchar(40)", "religious_belief",
              maybe(one("Católica", "Evangélica", "Testigo de Jehová", "Adventista"), 0.7)),
            C("acepta_transfusion", "boolean", "health", flag(0.9)),
            C("celular", "varchar(20)", "phone", p("mobile")),
            C("correo", "varchar(80)", "email", maybe(p("email"), 0.5)),
            C("direccion", "varchar(200)", "postal_address", p("a_line")),
            C("sector", "varchar(60)", "none", p("a_district")),
            C("municipio", "varchar(60)", "none", p("a_city")),
            C("provincia", "varchar(60)", "none", one("Distrito Nacional", "Santo Domingo", "San Cristóbal")),
            C("ars", "varchar(40)", "none", one("ARS Humano", "ARS Universal", "SeNaSa", "ARS Reservas")),
            C("numero_afiliado", "varchar(16)", "none", lambda c, i: digits(c, 11)),
            C("grupo_sanguineo", "varchar(3)", "health", one("O+", "O+", "A+", "B+", "AB+", "O-", "A-")),
            C("causa_erc", "varchar(80)", "health", one("Nefropatía diabética", "Nefroesclerosis hipertensiva",
                                                        "Glomerulonefritis crónica", "Riñón poliquístico",
                                                        "Nefropatía mesoamericana", "Desconocida")),
            C("vih_positivo", "boolean", "health", flag(0.05)),
            C("contacto_emergencia", "varchar(120)", "person_name", any_name("do")),
            C("telefono_emergencia", "varchar(20)", "phone", any_mobile("do")),
            C("huella_template", "bytea", "biometric", lambda c, i: b"FMR\x00 20\x00" + rbytes(c, 120),
              comment="plantilla ISO 19794-2 para la entrada a la sala"),
            C("activo", "boolean", "none", flag(0.85)),
            C("creado_en", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_PAC),
        Table(S, "sesiones", [
            C("sesion_id", "integer PRIMARY KEY", "none", seq()),
            C("paciente_id", "integer", "none", fk(N_PAC, 3)),
            C("maquina_id", "integer", "none", fk(N_MAQ, 7)),
            C("enfermera_id", "integer", "none", fk(N_STAFF, 11)),
            C("fecha", "date", "none", dates(2024, 2025)),
            C("turno", "varchar(10)", "none", one("mañana", "tarde", "noche")),
            C("peso_pre", "numeric(5,1)", "health", amounts(42, 118, 1)),
            C("pa_pre", "varchar(7)", "health", lambda c, i: f"{c.r.randint(95, 190)}/{c.r.randint(50, 110)}"),
            C("ktv", "numeric(4,2)", "health", amounts(0.9, 1.8)),
            C("complicaciones", "varchar(200)", "health",
              maybe(one("Hipotensión intradiálisis", "Calambres", "Coagulación del circuito", "Fiebre"), 0.3)),
            C("notas", "text", "free_text_may_contain_pii", _notas),
            C("sms_recordatorio_enviado", "boolean", "none", flag(0.7)),
        ], rows=150, extra=[fkey(S, "sesiones", "paciente_id", "pacientes", "paciente_id"),
                            fkey(S, "sesiones", "maquina_id", "maquinas", "maquina_id"),
                            fkey(S, "sesiones", "enfermera_id", "personal", "empleado_id")]),
        Table(S, "laboratorios", [
            C("lab_id", "integer PRIMARY KEY", "none", seq()),
            C("paciente_id", "integer", "none", fk(N_PAC, 5)),
            C("fecha_muestra", "date", "none", dates(2024, 2025)),
            C("hemoglobina", "numeric(4,1)", "health", amounts(6.5, 13.8, 1)),
            C("potasio", "numeric(3,1)", "health", amounts(3.1, 7.2, 1)),
            C("informe_sha1", "char(40)", "none", lambda c, i: sha1(c)),
            C("validado_por", "varchar(120)", "person_name", lambda c, i: s("full")(c, c.r.randint(1, N_STAFF))),
        ], rows=150, extra=[fkey(S, "laboratorios", "paciente_id", "pacientes", "paciente_id")]),
        Table(S, "lista_trasplante", [
            C("registro_id", "integer PRIMARY KEY", "none", seq()),
            C("paciente_id", "integer", "none", lambda c, i: i + 30),
            C("fecha_ingreso", "date", "none", dates(2018, 2025)),
            C("tipificacion_hla", "varchar(120)", "genetic", _hla),
            C("estado", "varchar(20)", "none", one("Activo", "Activo", "Suspendido", "Trasplantado")),
            C("donante_vivo_nombre", "varchar(120)", "person_name", maybe(any_name("do"), 0.3)),
            C("donante_parentesco", "varchar(20)", "none", maybe(one("Hermano(a)", "Madre", "Esposo(a)", "Hijo(a)"), 0.3)),
            C("prioridad", "smallint", "none", ints(1, 5)),
        ], rows=80, extra=[fkey(S, "lista_trasplante", "paciente_id", "pacientes", "paciente_id")]),
    ]

