"""v_albergue: the case-management web app (Prisma: PascalCase models, camelCase columns) of a migrant shelter in
Tapachula, Chiapas: staff, people received, stays, medical care, protection interviews, legal advice, calls home and
donors."""
from __future__ import annotations

import base64

from .blind18_gens import (bcrypt, boolean, ch, day, fk, maybe, money, num, pf, pfx, pick, seq, stamp,
                           text_from, wch, who)
from .gens import Col, Table

S = "v_albergue"
P = "ca:persona"
N = 150
PK = "integer PRIMARY KEY"


def _fk(table: str, col: str, ref: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" (id)'


_STAFF = ["Hna. Guadalupe Ramírez", "Lic. Mariana Velasco", "Dr. Rubén Coutiño", "Pbro. Ernesto Solís",
          "Dra. Itzel Maldonado", "Jorge Cancino", "Voluntaria Sophie Martin", "Lic. Abril Domínguez",
          "Enf. Karina Gordillo", "Luis Alberto Toledo", "Psic. Fernanda Ochoa", "Voluntario Tomás Kessler"]


def _staff_mail(c, i):
    n = _STAFF[(i - 1) % len(_STAFF)].split()[-2:]
    return (n[0][0] + n[1]).lower().translate(str.maketrans("áéíóúñ", "aeioun")) + "@albergue-belen.org.mx"


_RELIG = wch([("Católica", 42), ("Evangélica", 35), ("Testigo de Jehová", 3), ("Adventista", 4),
              ("Ninguna", 12), (None, 4)])
_PUEBLO = wch([(None, 70), ("Garífuna", 6), ("Maya K'iche'", 7), ("Maya Mam", 6), ("Lenca", 5), ("Q'eqchi'", 3),
               ("Miskito", 2), ("Afrodescendiente", 1)])
_LENGUA = wch([("Español", 82), ("K'iche'", 6), ("Mam", 5), ("Garífuna", 4), ("Q'eqchi'", 2), ("Kreyòl", 1)])
_ORIENT = wch([(None, 75), ("Heterosexual", 10), ("Gay", 5), ("Lesbiana", 2), ("Bisexual", 3),
               ("Prefiere no decir", 5)])
_MOTIVO = ch("Dolor abdominal", "Ampollas en pies", "Fiebre y tos", "Control prenatal", "Herida en pierna",
             "Deshidratación", "Dolor de muelas", "Crisis de ansiedad", "Diarrea", "Revisión general")
_DX = ch("Infección respiratoria aguda", "Flictenas plantares", "Gastroenteritis", "Embarazo 24 SDG",
         "Herida cortante infectada", "Trastorno de estrés postraumático", "Hipertensión arterial", "Dengue probable",
         "Sarna", "Absceso dental", "VIH en tratamiento ARV", "Sano")
_TX = ch("Paracetamol 500 mg c/8h 3 días", "Curación y amoxicilina 500 mg", "Suero oral", "Permetrina tópica",
         "Referencia a Hospital General Tapachula", "Acompañamiento psicológico", "Ácido fólico y hierro", None)
_RELATO = text_from([
    "Refiere que salió de {lugar} porque la pandilla le exigía renta. Viaja con su pareja {f} y sus hijos.",
    "Salió por amenazas después de denunciar a la policía. Su hermano {f} vive en {us}, tel. {t}.",
    "Perdió su trabajo y fue extorsionado. Lo asaltaron en Ciudad Hidalgo, le quitaron sus documentos.",
    "Huyó de su comunidad por persecución por haber apoyado a la oposición en las elecciones.",
    "Sufrió violencia por parte de su pareja {f}; denunció pero no hubo respuesta.",
    "Expresa que fue agredido por ser gay en {lugar}; pide no compartir su información."],
    lugar=["San Pedro Sula", "Choloma", "Tegucigalpa", "Huehuetenango", "San Salvador", "Managua", "Quetzaltenango"],
    f=["Yessenia", "Wilmer", "Dilcia", "Marvin"], us=["Houston", "Los Ángeles", "Charlotte", "Nueva Orleans"],
    t=["+1 713 555 0142", "+1 704 555 0199", "+1 504 555 0117"])
_ANTEC = wch([(None, 75), ("Sin antecedentes", 12), ("Deportado de EE.UU. 2019 por DUI", 4),
              ("Estuvo 2 años preso en Honduras por robo", 3), ("Detenido por INM en 2023, liberado", 4),
              ("Ex integrante de pandilla (tatuajes), salió en 2020", 2)])
_NOTAS = text_from(["Se agenda cita en COMAR {d}.", "Presentó amparo, juez 4o de Distrito.",
                    "Requiere constancia de domicilio del albergue.", "Llamar al solicitante al {t} para notificar.",
                    "Caso canalizado a ACNUR.", "Desistió, se fue hacia el norte."],
                   d=["12/03", "25/04", "07/06"], t=["+504 9876 1234", "+502 5512 8890"])


def _huella(c, i):
    return maybe(0.6, lambda c, i: base64.b64encode(bytes([0x46, 0x4D, 0x52, 0]) + c.r.randbytes(90)).decode())(c, i)


_ORGS = [("Parroquia San Agustín", "PSA", "parroquiasanagustin"),
         ("Fundación Cáritas Chiapas", "FCC", "caritaschiapas"),
         ("Café Tapachula S.A. de C.V.", "CTA", "cafetapachula"), ("Rotary Club Tapachula", "RCT", "rotarytap")]
_DON_F = ["María Elena", "Roberto", "Claudia", "Héctor", "Guadalupe", "Arturo", "Sofía", "Javier"]
_DON_S = [("Gómez", "Ruiz"), ("Pérez", "Velázquez"), ("Morales", "Coello"), ("Castillo", "Aguilar"), ("Díaz", "Ochoa")]


def _donor(c, i):
    """(is_org, name, RFC, e-mail, phone) of donor i, drawn once per row."""
    def draw(rr):
        ymd = f"{rr.randint(55, 99)}{rr.randint(1, 12):02d}{rr.randint(1, 28):02d}"
        homo = "".join(rr.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(3))
        phone = f"962 {rr.randint(100, 999)} {rr.randint(1000, 9999)}"
        if rr.random() < 0.3:
            name, abbr, dom = rr.choice(_ORGS)
            return True, name, abbr + ymd + homo, f"contacto@{dom}.org.mx", phone
        first, (a, b) = rr.choice(_DON_F), rr.choice(_DON_S)
        rfc = (a[0] + next(x for x in a[1:] if x in "aeiouáéíóú") + b[0] + first[0]).upper()
        rfc = rfc.translate(str.maketrans("ÁÉÍÓÚ", "AEIOU"))
        mail = f"{first.split()[0].lower()}.{a.lower()}{rr.randint(1, 99)}".translate(str.maketrans("áéíóú", "aeiou"))
        return False, f"{first} {a} {b}", rfc + ymd + homo, mail + "@" + rr.choice(["gmail.com", "hotmail.com",
                                                                                    "prodigy.net.mx"]), phone
    return pick(c, "don", i, "d", draw)


def _hasdoc(c, i):
    return pick(c, "per", i, "doc", lambda rr: rr.random() < 0.7)


def _emb(c, i):
    return pick(c, "med", i, "emb", lambda rr: pfx("med", P, N, "sex")(c, i) == "F" and rr.random() < 0.25)


def albergue_tables() -> list[Table]:
    usu = Table(S, "Usuario", [
        Col("id", PK, "none", seq),
        Col("email", "text", "email", _staff_mail),
        Col("nombre", "text", "person_name", lambda c, i: _STAFF[(i - 1) % len(_STAFF)]),
        Col("rol", "text", "none", ch("ADMIN", "TRABAJO_SOCIAL", "SALUD", "JURIDICO", "VOLUNTARIO")),
        Col("passwordHash", "text", "credentials", bcrypt),
        Col("telefono", "text", "phone", lambda c, i: f"+52 962 {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}"),
        Col("activo", "boolean", "none", boolean(0.85)),
        Col("tokenRecuperacion", "text", "secret_token", maybe(0.1, lambda c, i: c.r.randbytes(24).hex())),
        Col("ultimoAcceso", "timestamp(3)", "none", stamp(2024, 2024)),
        Col("createdAt", "timestamp(3)", "none", stamp(2021, 2024)),
    ], rows=len(_STAFF))
    per = Table(S, "Persona", [
        Col("id", PK, "none", seq),
        Col("folio", "text", "none", lambda c, i: f"TAP-{2022 + i % 3}-{i:05d}"),
        Col("nombres", "text", "person_name", pf(P, "first")),
        Col("apellidoPaterno", "text", "person_name", pf(P, "last1")),
        Col("apellidoMaterno", "text", "person_name", maybe(0.9, pf(P, "last2"))),
        Col("sexo", "text", "none", pf(P, "sex", lambda s: "HOMBRE" if s == "M" else "MUJER")),
        Col("identidadGenero", "text", "none", wch([(None, 85), ("Cisgénero", 10), ("Mujer trans", 4),
                                                    ("No binario", 1)])),
        Col("orientacionSexual", "text", "sex_life", _ORIENT),
        Col("fechaNacimiento", "date", "birth_date", maybe(0.9, pf(P, "born"))),
        Col("paisOrigen", "text", "none", pf(P, "country")),
        Col("tipoDocumento", "text", "none", lambda c, i: pf(P, "doc")(c, i)[0] if _hasdoc(c, i) else None),
        Col("numeroDocumento", "text", "national_id", lambda c, i: pf(P, "doc")(c, i)[1] if _hasdoc(c, i) else None),
        Col("puebloIndigena", "text", "ethnic_origin", _PUEBLO),
        Col("lenguaMaterna", "text", "ethnic_origin", _LENGUA),
        Col("religion", "text", "religious_belief", _RELIG),
        Col("escolaridad", "text", "none", ch("Primaria incompleta", "Primaria", "Secundaria", "Bachillerato", None)),
        Col("oficio", "text", "none", ch("Albañil", "Agricultor", "Comerciante", "Ama de casa", "Mecánico", None)),
        Col("telefonoWhatsapp", "text", "phone", maybe(0.6, pf(P, "phone"))),
        Col("contactoEmergencia", "text", "free_text_may_contain_pii",
            maybe(0.5, text_from(["{f} (mamá) {t}", "Hermano en {us}: {f} {t}", "{f} - esposa, {t}"],
                                 f=["Reina Orellana", "Marvin Zelaya", "Suyapa Cruz", "Glenda Ixcoy"],
                                 us=["Houston", "Atlanta"],
                                 t=["+504 3321 7788", "+1 832 555 0160", "+502 4411 2290"]))),
        Col("huellaDactilar", "text", "biometric", _huella),
        Col("fotoUrl", "text", "none", maybe(0.7, lambda c, i: f"https://storage.albergue-belen.org.mx/fotos/{i}.jpg")),
        Col("createdAt", "timestamp(3)", "none", stamp(2022, 2024)),
        Col("creadoPorId", "integer", "none", fk(len(_STAFF))),
    ], rows=N, extra=[_fk("Persona", "creadoPorId", "Usuario")])
    ing = Table(S, "Ingreso", [
        Col("id", PK, "none", seq),
        Col("personaId", "integer", "none", lambda c, i: (i - 1) % N + 1),
        Col("fechaIngreso", "timestamp(3)", "none", stamp(2022, 2024)),
        Col("fechaEgreso", "timestamp(3)", "none", maybe(0.8, stamp(2022, 2024))),
        Col("motivoEgreso", "text", "none", ch("Continúa su camino", "Obtuvo TVRH", "Traslado a otro albergue",
                                               "Expulsión por reglamento", None)),
        Col("cama", "text", "none", lambda c, i: f"{c.r.choice('HMF')}-{c.r.randint(1, 60):02d}"),
        Col("viajaCon", "text", "none", ch("Solo", "Solo", "Con familia", "Con pareja", "Menor no acompañado")),
        Col("numAcompanantes", "integer", "none", num(0, 5)),
        Col("observaciones", "text", "free_text_may_contain_pii",
            maybe(0.4, text_from(["Llega con {f}, dice ser su prima.", "Pide que no se informe a {f} de su ingreso.",
                                  "Sin observaciones", "Reingreso."], f=["Wendy Mejía", "Kevin Reyes", "Elvin Pú"]))),
    ], rows=150, extra=[_fk("Ingreso", "personaId", "Persona")])
    med = Table(S, "AtencionMedica", [
        Col("id", PK, "none", seq),
        Col("personaId", "integer", "none", who("med", N)),
        Col("fecha", "timestamp(3)", "none", stamp(2022, 2024)),
        Col("motivoConsulta", "text", "health", _MOTIVO),
        Col("diagnostico", "text", "health", _DX),
        Col("tratamiento", "text", "health", _TX),
        Col("presionArterial", "text", "health",
            maybe(0.7, lambda c, i: f"{c.r.randint(95, 160)}/{c.r.randint(55, 100)}")),
        Col("pesoKg", "numeric(5,1)", "health", maybe(0.6, lambda c, i: round(c.r.uniform(40, 95), 1))),
        Col("embarazada", "boolean", "health", _emb),
        Col("semanasGestacion", "integer", "health", lambda c, i: c.r.randint(6, 38) if _emb(c, i) else None),
        Col("atendidoPor", "text", "person_name",
            ch("Dr. Rubén Coutiño", "Dra. Itzel Maldonado", "Enf. Karina Gordillo",
                                                     "MSF - Dr. Paul Girard")),
        Col("referidoA", "text", "none", maybe(0.15, ch("Hospital General de Tapachula", "Centro de Salud Urbano",
                                                        "CAPASITS Tapachula"))),
    ], rows=130, extra=[_fk("AtencionMedica", "personaId", "Persona")])
    ent = Table(S, "EntrevistaProteccion", [
        Col("id", PK, "none", seq),
        Col("personaId", "integer", "none", fk(N)),
        Col("fechaEntrevista", "timestamp(3)", "none", stamp(2022, 2024)),
        Col("entrevistadorId", "integer", "none", fk(len(_STAFF))),
        Col("motivoSalida", "text", "none", ch("Violencia", "Económico", "Reunificación familiar", "Clima", "Otro")),
        Col("persecucionPolitica", "boolean", "political_opinion", boolean(0.06)),
        Col("victimaDelitoEnTransito", "boolean", "none", boolean(0.35)),
        Col("antecedentesPenales", "text", "criminal_record", _ANTEC),
        Col("relatoHechos", "text", "free_text_may_contain_pii", _RELATO),
        Col("nivelRiesgo", "text", "none", ch("BAJO", "MEDIO", "ALTO")),
        Col("requiereRefugio", "boolean", "none", boolean(0.5)),
    ], rows=110, extra=[_fk("EntrevistaProteccion", "personaId", "Persona"),
                        _fk("EntrevistaProteccion", "entrevistadorId", "Usuario")])
    leg = Table(S, "AsesoriaLegal", [
        Col("id", PK, "none", seq),
        Col("personaId", "integer", "none", fk(N)),
        Col("tipoTramite", "text", "none", ch("Solicitud de refugio COMAR", "TVRH", "Amparo",
                                              "Regularización por vínculo familiar", "CURP temporal")),
        Col("numeroExpediente", "text", "none", lambda c, i: f"TAP/{c.r.randint(1000, 99999)}/{c.r.choice([23, 24])}"),
        Col("estatus", "text", "none", ch("EN_TRAMITE", "RESUELTO_POSITIVO", "NEGADO", "ABANDONADO")),
        Col("fechaResolucion", "date", "none", maybe(0.4, day(2023, 2024))),
        Col("abogado", "text", "person_name", ch("Lic. Mariana Velasco", "Lic. Abril Domínguez", "Lic. Óscar Pineda")),
        Col("notas", "text", "free_text_may_contain_pii", maybe(0.7, _NOTAS)),
    ], rows=100, extra=[_fk("AsesoriaLegal", "personaId", "Persona")])
    lla = Table(S, "Llamada", [
        Col("id", PK, "none", seq),
        Col("personaId", "integer", "none", fk(N)),
        Col("fecha", "timestamp(3)", "none", stamp(2023, 2024)),
        Col("numeroMarcado", "text", "phone", lambda c, i: c.r.choice(["+504 ", "+502 ", "+503 ", "+1 "])
            + f"{c.r.randint(2000, 9999)} {c.r.randint(1000, 9999)}"),
        Col("parentesco", "text", "none", ch("Madre", "Esposa", "Hermano", "Hijo", "Tío", "Amigo")),
        Col("duracionMin", "integer", "none", num(1, 10)),
        Col("exitosa", "boolean", "none", boolean(0.75)),
    ], rows=120, extra=[_fk("Llamada", "personaId", "Persona")])
    don = Table(S, "Donante", [
        Col("id", PK, "none", seq),
        Col("tipo", "text", "none", lambda c, i: "MORAL" if _donor(c, i)[0] else "FISICA"),
        Col("nombreRazonSocial", "text", "person_name", lambda c, i: _donor(c, i)[1]),
        Col("rfc", "text", "national_id", maybe(0.6, lambda c, i: _donor(c, i)[2])),
        Col("email", "text", "email", maybe(0.8, lambda c, i: _donor(c, i)[3])),
        Col("telefono", "text", "phone", maybe(0.6, lambda c, i: _donor(c, i)[4])),
        Col("montoTotal", "numeric(12,2)", "none", money(200, 80000)),
        Col("recibeRecibo", "boolean", "none", boolean(0.5)),
        Col("createdAt", "timestamp(3)", "none", stamp(2020, 2024)),
    ], rows=90)
    return [usu, per, ing, med, ent, leg, lla, don]
