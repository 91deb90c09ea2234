"""ac_suitecrm: SuiteCRM 7's tables (snake_case, char(36) ids, _cstm custom-field tables with the jjwg Maps
geocode fields) as a Panama City corporate-services firm keeps them: companies it registers (accounts, legal persons)
and the directors, beneficial owners and prospects behind them (contacts, leads)."""
from __future__ import annotations

from .blind27_gens import bcrypt, const, dec, fk, fk_sql, flag, maybe, pick, stamp, suid, wpick
from .blind27_people import other, pf, say
from .gens import Col, Ctx, Table

S, CC = "ac_suitecrm", "PA"
U, K, L = "pa_user", "pa_contact", "pa_lead"
N_USERS, N_ACC, N_CON, N_EMAIL = 25, 120, 140, 150
_NO = const(False)

_PRE = ("Inversiones", "Desarrollos", "Comercializadora", "Inmobiliaria", "Naviera", "Grupo", "Servicios "
        "Logísticos", "Agropecuaria", "Fundación")
_CORE = ("Altamar", "Los Pueblos", "Cerro Azul", "Boquete", "Chiriquí", "Istmo", "Canal", "Brisas del Mar",
         "Las Perlas", "Coclé", "Azuero", "Taboga", "Punta Pacífica", "Gatún", "Portobelo")
_SUF = (", S.A.", " Corp.", " Inc.", ", S. de R.L.", ", S.A.")
_INDUSTRY = ("Real Estate", "Shipping", "Finance", "Retail", "Agriculture", "Other", "Hospitality", "Consulting")
_ACC_STREETS = ("Calle 50, Torre Global Bank, Piso 12, Oficina 1203", "Avenida Balboa, Edificio BICSA, Piso 31",
                "Costa del Este, Avenida La Rotonda, Torre V, Piso 8", "Calle Aquilino de la Guardia, Ocean "
                "Business Plaza, Piso 15", "Zona Libre de Colón, Calle 16, Edificio 44", "Vía Israel, PH Plaza "
                "Pacífica, Local 3", "Panamá Pacífico, Edificio 3855, Oficina 201")


def company(c: Ctx, i: int) -> str:
    """A company name, the same for a row of accounts whenever asked."""
    return f"{_PRE[i % len(_PRE)]} {_CORE[(i * 7) % len(_CORE)]}{_SUF[(i * 3) % len(_SUF)]}".replace(
        "Fundación ", "Fundación de Interés Privado ")


def _slug(i: int) -> str:
    return _CORE[(i * 7) % len(_CORE)].lower().replace(" ", "")


def _email_row(c: Ctx, i: int) -> str:
    """email_addresses: the contacts' own addresses, then a few generic company mailboxes."""
    if i <= N_CON:
        return pf("email", K, CC)(c, i)
    return f"{c.r.choice(('info', 'legal', 'contabilidad'))}@{_slug(i)}.com.pa"


_CONTACT_NOTES = (
    "Esposa: {o_given}; prefiere llamadas después de las 5 pm al {mobile}.",
    "Beneficiario final de la sociedad. Enviar documentos a {email}.",
    "Cliente referido por {o_full}.",
    "Renovación anual de agente residente.",
    "Solicita apostilla de acta de directores.",
    "",
)
_CASE_DESC = (
    "El Sr. {family} solicita cambio de dignatarios; contactar a su asistente {o_full} al {o_mobile}.",
    "Favor actualizar la dirección del beneficiario: {street}, {town}.",
    "Solicitud de certificado de registro público.",
    "Cliente reporta que no recibió la factura de tasa única; escribir a {email}.",
    "Debida diligencia pendiente: falta copia de cédula {nid}.",
    "Cambio de agente residente aprobado.",
)
_FILES = ("Cedula_{nid}.pdf", "Pasaporte_{family}_{given}.pdf", "Acta_constitutiva.pdf", "Poder_general.pdf",
          "Recibo_luz_{family}.jpg", "Pacto_social_inscrito.pdf", "Referencia_bancaria.pdf")


def suitecrm_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("user")),
        Col("user_name", "varchar(60)", "none", pf("login", U, CC)),
        Col("user_hash", "varchar(255)", "credentials", bcrypt()),
        Col("system_generated_password", "boolean", "none", flag(0.1, True, False)),
        Col("pwd_last_changed", "timestamp", "none", stamp(2022, 2024)),
        Col("first_name", "varchar(255)", "person_name", pf("given", U, CC)),
        Col("last_name", "varchar(255)", "person_name", pf("family", U, CC)),
        Col("is_admin", "boolean", "none", flag(0.12, True, False)),
        Col("title", "varchar(50)", "none", pick(("Abogada asociada", "Paralegal", "Oficial de cumplimiento",
                                                  "Socio", "Asistente administrativa", "Contador"))),
        Col("department", "varchar(50)", "none", pick(("Corporativo", "Cumplimiento", "Fideicomisos",
                                                       "Administración"))),
        Col("phone_work", "varchar(50)", "phone", lambda c, i: f"+507 340-{1200 + i}"),
        Col("phone_mobile", "varchar(50)", "phone", pf("mobile", U, CC)),
        Col("status", "varchar(100)", "none", wpick(("Active", "Inactive"), (90, 10))),
        Col("address_street", "varchar(150)", "postal_address", pf("street", U, CC)),
        Col("address_city", "varchar(100)", "none", pf("town", U, CC)),
        Col("employee_status", "varchar(100)", "none", wpick(("Active", "Leave of Absence", "Terminated"),
                                                             (88, 4, 8))),
        Col("date_entered", "timestamp", "none", stamp(2015, 2023)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_USERS)
    accounts = Table(S, "accounts", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("account")),
        Col("name", "varchar(150)", "none", company),
        Col("date_entered", "timestamp", "none", stamp(2012, 2024)),
        Col("assigned_user_id", "char(36)", "none", suid("user", fk(N_USERS, 3))),
        Col("account_type", "varchar(50)", "none", pick(("Customer", "Customer", "Prospect", "Partner"))),
        Col("industry", "varchar(50)", "none", pick(_INDUSTRY)),
        Col("annual_revenue", "varchar(100)", "none", lambda c, i: f"{c.r.randint(1, 900) * 10000:,} USD"),
        Col("employees", "varchar(10)", "none", lambda c, i: str(c.r.choice((0, 1, 3, 12, 45, 230)))),
        Col("billing_address_street", "varchar(150)", "none", pick(_ACC_STREETS)),
        Col("billing_address_city", "varchar(100)", "none", pick(("Panamá", "Panamá", "Colón", "David"))),
        Col("billing_address_postalcode", "varchar(20)", "none", pick(("0816", "0823", "0301", "0832-00123"))),
        Col("billing_address_country", "varchar(255)", "none", pick(("Panamá", "PANAMA"))),
        Col("phone_office", "varchar(100)", "none", lambda c, i: f"+507 {c.r.choice('23')}{c.r.randint(10, 99)}-"
                                                                 f"{c.r.randint(1000, 9999)}"),
        Col("phone_fax", "varchar(100)", "none", lambda c, i: c.r.choice(("", f"+507 2{c.r.randint(10, 99)}-"
                                                                             f"{c.r.randint(1000, 9999)}"))),
        Col("website", "varchar(255)", "none", lambda c, i: f"https://www.{_slug(i)}.com.pa"),
        Col("ownership", "varchar(100)", "none", pick(("Privada", "Subsidiaria", "Offshore"))),
        Col("sic_code", "varchar(10)", "none", pick(("6512", "4412", "6719", "0100", "7011"))),
        Col("description", "text", "none", pick(("Sociedad anónima inscrita en el Registro Público.",
                                                 "Sociedad tenedora de acciones.", "Opera en Zona Libre de Colón.",
                                                 "Fundación para planificación patrimonial.", ""))),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_ACC, extra=[fk_sql(S, "accounts", "assigned_user_id", "users", "id")])
    accounts_cstm = Table(S, "accounts_cstm", [
        Col("id_c", "char(36) PRIMARY KEY", "none", suid("account")),
        Col("ruc_c", "varchar(30)", "none", lambda c, i: f"{c.r.randint(155000000, 155799999)}-2-"
                                                         f"{c.r.randint(2008, 2024)}"),
        Col("dv_c", "varchar(2)", "none", lambda c, i: f"{c.r.randint(0, 99):02d}"),
        Col("folio_registro_c", "varchar(30)", "none", lambda c, i: f"Folio {c.r.randint(10**5, 10**6)}"),
        Col("jjwg_maps_lat_c", "numeric(10,8)", "none", dec(8.95, 9.05, 6)),
        Col("jjwg_maps_lng_c", "numeric(11,8)", "none", dec(-79.56, -79.47, 6)),
        Col("jjwg_maps_geocode_status_c", "varchar(255)", "none", pick(("OK", "OK", "ZERO_RESULTS", ""))),
        Col("jjwg_maps_address_c", "varchar(255)", "none", pick(_ACC_STREETS)),
    ], rows=N_ACC, extra=[fk_sql(S, "accounts_cstm", "id_c", "accounts", "id")])
    contacts = Table(S, "contacts", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("contact")),
        Col("salutation", "varchar(255)", "none", lambda c, i: "Sr." if pf("sex", K, CC)(c, i) == "M" else "Sra."),
        Col("first_name", "varchar(100)", "person_name", pf("given", K, CC)),
        Col("last_name", "varchar(100)", "person_name", pf("family", K, CC)),
        Col("title", "varchar(100)", "none", pick(("Presidente", "Director", "Tesorera", "Secretario",
                                                   "Beneficiario final", "Apoderada"))),
        Col("birthdate", "date", "birth_date", pf("dob", K, CC)),
        Col("lead_source", "varchar(255)", "none", pick(("Existing Customer", "Word of mouth", "Partner", "Web Site"))),
        Col("phone_home", "varchar(100)", "phone", maybe(pf("landline", K, CC), 0.4)),
        Col("phone_mobile", "varchar(100)", "phone", pf("mobile", K, CC)),
        Col("phone_work", "varchar(100)", "phone", maybe(lambda c, i: f"+507 2{c.r.randint(10, 99)}-"
                                                                      f"{c.r.randint(1000, 9999)}", 0.5)),
        Col("primary_address_street", "varchar(150)", "postal_address", pf("street", K, CC)),
        Col("primary_address_city", "varchar(100)", "none", pf("town", K, CC)),
        Col("primary_address_state", "varchar(100)", "none", pick(("Panamá", "Panamá Oeste", "Chiriquí", "Colón",
                                                                   "Herrera", "Coclé"))),
        Col("primary_address_postalcode", "varchar(20)", "postal_address", pf("post", K, CC)),
        Col("primary_address_country", "varchar(255)", "none", const("Panamá")),
        Col("assistant", "varchar(75)", "person_name", maybe(other("full", "pa_assistant", CC), 0.6)),
        Col("assistant_phone", "varchar(100)", "phone", maybe(other("mobile", "pa_assistant", CC), 0.6)),
        Col("do_not_call", "boolean", "none", flag(0.1, True, False)),
        Col("lawful_basis", "text", "none", pick(("^contract^", "^legal_obligation^", "^consent^", ""))),
        Col("description", "text", "free_text_may_contain_pii", say(_CONTACT_NOTES, K, CC)),
        Col("assigned_user_id", "char(36)", "none", suid("user", fk(N_USERS, 7))),
        Col("date_entered", "timestamp", "none", stamp(2012, 2024)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_CON, extra=[fk_sql(S, "contacts", "assigned_user_id", "users", "id")])
    contacts_cstm = Table(S, "contacts_cstm", [
        Col("id_c", "char(36) PRIMARY KEY", "none", suid("contact")),
        Col("cedula_c", "varchar(20)", "national_id", pf("nid", K, CC)),
        Col("pasaporte_c", "varchar(20)", "national_id",
            maybe(lambda c, i: f"PA{c.r.choice('ABCDE')}{c.r.randint(100000, 999999)}", 0.5)),
        Col("nacionalidad_c", "varchar(50)", "none", wpick(("Panameña", "Panameño", "Panamá"), (5, 4, 1))),
        Col("pep_c", "boolean", "none", flag(0.07, True, False)),
        Col("ocupacion_c", "varchar(100)", "none", pick(("Empresario", "Abogada", "Médico", "Comerciante",
                                                         "Ingeniero", "Jubilada"))),
        Col("cuenta_bancaria_c", "varchar(30)", "bank_account",
            lambda c, i: f"{c.r.choice(('03', '04', '10'))}-{c.r.randint(10, 99)}-{c.r.randint(10, 99)}-"
                         f"{c.r.randint(100000, 999999)}-{c.r.randint(0, 9)}"),
        Col("jjwg_maps_lat_c", "numeric(10,8)", "geo_location", dec(7.9, 9.4, 6)),
        Col("jjwg_maps_lng_c", "numeric(11,8)", "geo_location", dec(-82.5, -79.0, 6)),
    ], rows=N_CON, extra=[fk_sql(S, "contacts_cstm", "id_c", "contacts", "id")])
    acc_con = Table(S, "accounts_contacts", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("acc_con")),
        Col("contact_id", "char(36)", "none", suid("contact", fk(N_CON, 1, -1))),
        Col("account_id", "char(36)", "none", suid("account", fk(N_ACC, 11))),
        Col("date_modified", "timestamp", "none", stamp(2018, 2024)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_CON, extra=[fk_sql(S, "accounts_contacts", "contact_id", "contacts", "id"),
                          fk_sql(S, "accounts_contacts", "account_id", "accounts", "id")])
    emails = Table(S, "email_addresses", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("email")),
        Col("email_address", "varchar(255)", "email", _email_row),
        Col("email_address_caps", "varchar(255)", "email", lambda c, i: _email_row(c, i).upper()),
        Col("invalid_email", "boolean", "none", flag(0.04, True, False)),
        Col("opt_out", "boolean", "none", flag(0.15, True, False)),
        Col("confirm_opt_in", "varchar(255)", "none", pick(("not-opt-in", "opt-in", "confirmed-opt-in"))),
        Col("date_created", "timestamp", "none", stamp(2012, 2024)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_EMAIL)
    rel = Table(S, "email_addr_bean_rel", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("eabr")),
        Col("email_address_id", "char(36)", "none", suid("email")),
        Col("bean_id", "char(36)", "none", lambda c, i: suid("contact")(c, i) if i <= N_CON
            else suid("account")(c, i - N_CON)),
        Col("bean_module", "varchar(100)", "none", lambda c, i: "Contacts" if i <= N_CON else "Accounts"),
        Col("primary_address", "boolean", "none", const(True)),
        Col("reply_to_address", "boolean", "none", flag(0.05, True, False)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=N_EMAIL, extra=[fk_sql(S, "email_addr_bean_rel", "email_address_id", "email_addresses", "id")])
    cases = Table(S, "cases", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("case")),
        Col("name", "varchar(255)", "none", pick(("Cambio de dignatarios", "Renovación de agente residente",
                                                  "Certificado de registro", "Tasa única anual", "Debida diligencia",
                                                  "Apostilla"))),
        Col("case_number", "integer", "none", lambda c, i: 3000 + i),
        Col("type", "varchar(255)", "none", pick(("User", "Administration", "Product"))),
        Col("status", "varchar(100)", "none", pick(("Open_New", "Open_Assigned", "Closed_Closed",
                                                    "Open_Pending Input"))),
        Col("priority", "varchar(100)", "none", pick(("P1", "P2", "P3"))),
        Col("description", "text", "free_text_may_contain_pii", say(_CASE_DESC, K, CC, fk(N_CON, 5))),
        Col("work_log", "text", "none", pick(("Documentos enviados a notaría.", "Pendiente firma.",
                                              "Inscrito en Registro Público.", ""))),
        Col("account_id", "char(36)", "none", suid("account", fk(N_ACC, 13))),
        Col("assigned_user_id", "char(36)", "none", suid("user", fk(N_USERS, 2))),
        Col("date_entered", "timestamp", "none", stamp(2019, 2024)),
        Col("deleted", "boolean", "none", _NO),
    ], rows=120, extra=[fk_sql(S, "cases", "account_id", "accounts", "id")])
    notes = Table(S, "notes", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("note")),
        Col("name", "varchar(255)", "none", pick(("Documento de identidad", "Acta", "Poder", "Comprobante de "
                                                  "domicilio", "Referencia bancaria"))),
        Col("filename", "varchar(255)", "free_text_may_contain_pii", say(_FILES, K, CC, fk(N_CON, 3))),
        Col("file_mime_type", "varchar(100)", "none", pick(("application/pdf", "image/jpeg"))),
        Col("parent_type", "varchar(255)", "none", const("Contacts")),
        Col("contact_id", "char(36)", "none", suid("contact", fk(N_CON, 3))),
        Col("description", "text", "none", pick(("Copia autenticada", "Vence en 2026", "", "Recibido por "
                                                 "mensajería"))),
        Col("embed_flag", "boolean", "none", _NO),
        Col("deleted", "boolean", "none", _NO),
    ], rows=100, extra=[fk_sql(S, "notes", "contact_id", "contacts", "id")])
    leads = Table(S, "leads", [
        Col("id", "char(36) PRIMARY KEY", "none", suid("lead")),
        Col("first_name", "varchar(100)", "person_name", pf("given", L, CC)),
        Col("last_name", "varchar(100)", "person_name", pf("family", L, CC)),
        Col("title", "varchar(100)", "none", pick(("Gerente", "Inversionista", "Director financiero", ""))),
        Col("phone_mobile", "varchar(100)", "phone", pf("mobile", L, CC)),
        Col("phone_work", "varchar(100)", "phone", maybe(pf("landline", L, CC), 0.5)),
        Col("primary_address_city", "varchar(100)", "none", pf("town", L, CC)),
        Col("status", "varchar(100)", "none", pick(("New", "Assigned", "In Process", "Converted", "Dead"))),
        Col("lead_source", "varchar(100)", "none", pick(("Web Site", "Conference", "Cold Call", "Email"))),
        Col("account_name", "varchar(255)", "none", lambda c, i: company(c, i + 200)),
        Col("refered_by", "varchar(100)", "person_name", maybe(other("full", K, CC), 0.5)),
        Col("birthdate", "date", "birth_date", maybe(pf("dob", L, CC), 0.5)),
        Col("description", "text", "none", pick(("Interesado en fundación de interés privado.", "Quiere abrir "
                                                 "una S.A. para bienes raíces.", "Consulta por naves.", ""))),
        Col("converted", "boolean", "none", flag(0.2, True, False)),
        Col("assigned_user_id", "char(36)", "none", suid("user", fk(N_USERS, 5))),
        Col("deleted", "boolean", "none", _NO),
    ], rows=100, extra=[fk_sql(S, "leads", "assigned_user_id", "users", "id")])
    return [users, accounts, accounts_cstm, contacts, contacts_cstm, acc_con, emails, rel, cases, notes, leads]

