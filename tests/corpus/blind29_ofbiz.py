"""ae_ofbiz: Apache OFBiz's party, contact-mechanism, login and payment-method entities, as the author remembers them,
for a Baku trading company (Azerbaijan). Parties 10001-10100 are people, 10101-10140 companies (party_group)."""
from __future__ import annotations

from .blind29_gens import (card, code, cycle, day, fk, iban, ip4, maybe, money, num, pf, pfmt, pick,
                           pw_hash, spread, stamp, text, token)
from .blind29_people import AZ, az_voen, person
from .gens import Col, Table

S = "ae_ofbiz"
COMPANIES = ("Azersun Ticarət", "Xəzər Logistika", "Bakı Tikinti Servis", "Gəncə Aqro", "Şirvan Neft Xidmət",
             "Qafqaz Mebel", "Kür Elektrik", "Abşeron Qida", "Nur Tibb Avadanlıq", "Araz Tekstil")


def _stamps() -> list[Col]:
    return [Col("last_updated_stamp", "timestamp", "none", stamp(2022, 2025)),
            Col("last_updated_tx_stamp", "timestamp", "none", stamp(2022, 2025)),
            Col("created_stamp", "timestamp", "none", stamp(2019, 2022)),
            Col("created_tx_stamp", "timestamp", "none", stamp(2019, 2022))]


def _pid(start: int = 0):
    return lambda c, i: str(10000 + start + i)


def _fkey(table: str, col: str, ref: str, refcol: str = "party_id") -> str:
    return (f'ALTER TABLE {S}.{table} ADD CONSTRAINT {table}_{col}_fk FOREIGN KEY ({col}) '
            f'REFERENCES {S}.{ref} ({refcol})')


def _patronymic(c, i):
    """Father's given name and oğlu (son) or qızı (daughter)."""
    return f"{c.r.choice(AZ.male)} {'oğlu' if person(c, AZ, 'party', i)['sex'] == 'M' else 'qızı'}"


def _tx_name(c, i):
    return f"{person(c, AZ, 'party', i)['given']} {person(c, AZ, 'party', i)['family']}" if i <= 100 \
        else COMPANIES[i % len(COMPANIES)] + " MMC"


def party() -> Table:
    return Table(S, "party", [
        Col("party_id", "varchar(20) PRIMARY KEY", "none", _pid()),
        Col("party_type_id", "varchar(20)", "none", lambda c, i: "PERSON" if i <= 100 else "PARTY_GROUP"),
        Col("external_id", "varchar(20)", "none", code("1C-99999")),
        Col("preferred_currency_uom_id", "varchar(20)", "none", pick("AZN", "AZN", "USD", "EUR")),
        Col("description", "text", "none", pick(None, "Topdan alıcı", "Pərakəndə müştəri", "Təchizatçı")),
        Col("status_id", "varchar(20)", "none", pick("PARTY_ENABLED", "PARTY_ENABLED", "PARTY_DISABLED")),
        Col("created_date", "timestamp", "none", stamp(2019, 2024)),
        Col("created_by_user_login", "varchar(255)", "none", pick("admin", "system", "flexadmin")),
        Col("last_modified_date", "timestamp", "none", stamp(2023, 2025)),
        Col("data_source_id", "varchar(20)", "none", pick("ECOMMERCE_SITE", "PURCHASED_DATA", "LEAD_FORM")),
        *_stamps()], rows=140)


def person_t() -> Table:
    return Table(S, "person", [
        Col("party_id", "varchar(20) PRIMARY KEY", "none", _pid()),
        Col("salutation", "varchar(100)", "none", lambda c, i: "Cənab" if person(c, AZ, "party", i)["sex"] == "M"
            else "Xanım"),
        Col("first_name", "varchar(100)", "person_name", pf(AZ, "party", "given")),
        Col("middle_name", "varchar(100)", "person_name", _patronymic),
        Col("last_name", "varchar(100)", "person_name", pf(AZ, "party", "family")),
        Col("personal_title", "varchar(100)", "none", pick(None, "Dr.", "Prof.", None)),
        Col("nickname", "varchar(100)", "person_name", maybe(lambda c, i: person(c, AZ, "party", i)["given"][:4], 0.4)),
        Col("first_name_local", "varchar(100)", "person_name", pf(AZ, "party", "given")),
        Col("last_name_local", "varchar(100)", "person_name", pf(AZ, "party", "family")),
        Col("gender", "char(1)", "none", pf(AZ, "party", "sex")),
        Col("birth_date", "date", "birth_date", pf(AZ, "party", "birth")),
        Col("deceased_date", "date", "none", maybe(day(2020, 2024), 0.03)),
        Col("height", "double precision", "none", maybe(num(150, 195), 0.3)),
        Col("weight", "double precision", "none", maybe(num(48, 120), 0.3)),
        Col("mothers_maiden_name", "varchar(255)", "person_name", lambda c, i: person(c, AZ, "mother", i)["family"]),
        Col("marital_status_enum_id", "varchar(20)", "none", pick("MARRIED", "SINGLE", "DIVORCED", None)),
        Col("social_security_number", "varchar(255)", "national_id", pf(AZ, "party", "nid"),
            comment="FİN kodu (şəxsiyyət vəsiqəsi)"),
        Col("passport_number", "varchar(255)", "national_id", maybe(code("C99999999"), 0.6)),
        Col("passport_expire_date", "date", "none", day(2025, 2034)),
        Col("total_years_work_experience", "double precision", "none", num(0, 35)),
        Col("comments", "text", "free_text_may_contain_pii", text(
            "Zəmanətçi: {given} {family}, tel {mobile}", "Topdan qiymət razılaşdırılıb", "VIP müştəri",
            "Çatdırılma yalnız axşam, zəng: {mobile}", "", "Borc 2024-cü il üçün bağlanıb",
            country=AZ, entity="guarantor")),
        Col("employment_status_enum_id", "varchar(20)", "none", pick("EMPS_FULLTIME", "EMPS_SELF", "EMPS_RETIRED")),
        Col("residence_status_enum_id", "varchar(20)", "none", pick("PTYRES_OWN", "PTYRES_RENT", "PTYRES_FAMILY")),
        Col("occupation", "varchar(100)", "none", pick("Mühəndis", "Müəllim", "Sahibkar", "Həkim", "Sürücü", "Aşpaz")),
        Col("existing_customer", "char(1)", "none", pick("Y", "N")),
        Col("card_id", "varchar(255)", "none", code("BK-9999-9999")),
        *_stamps()], rows=100, extra=[_fkey("person", "party_id", "party")])


def party_group() -> Table:
    return Table(S, "party_group", [
        Col("party_id", "varchar(20) PRIMARY KEY", "none", _pid(100)),
        Col("group_name", "varchar(100)", "none", lambda c, i: f"{COMPANIES[i % len(COMPANIES)]} MMC"),
        Col("group_name_local", "varchar(100)", "none", lambda c, i: f'"{COMPANIES[i % len(COMPANIES)]}" MMC'),
        Col("office_site_name", "varchar(100)", "none", pick("Baş ofis", "Anbar", "Filial Gəncə")),
        Col("annual_revenue", "numeric(18,2)", "none", money(80000, 9000000)),
        Col("num_employees", "integer", "none", num(4, 900)),
        Col("comments", "text", "none", pick("Ödəniş 30 gün ərzində", "Dövlət tenderi iştirakçısı", None,
                                              "ƏDV ödəyicisi")),
        *_stamps()], rows=40, extra=[_fkey("party_group", "party_id", "party")])


def contact_mech() -> Table:
    def info(c, i):
        if i <= 100:
            return person(c, AZ, "party", i)["email"]
        return f"https://www.{COMPANIES[i % len(COMPANIES)].split()[0].lower()}.az"
    return Table(S, "contact_mech", [
        Col("contact_mech_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(20000 + i)),
        Col("contact_mech_type_id", "varchar(20)", "none",
            lambda c, i: "EMAIL_ADDRESS" if i <= 100 else "WEB_ADDRESS"),
        Col("info_string", "varchar(255)", "email", info),
        *_stamps()], rows=140)


def postal_address() -> Table:
    def attn(c, i):
        return None if i <= 90 else f"{person(c, AZ, 'buyer', i)['given']} {person(c, AZ, 'buyer', i)['family']}"
    return Table(S, "postal_address", [
        Col("contact_mech_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(30000 + i)),
        Col("to_name", "varchar(100)", "person_name", lambda c, i: _tx_name(c, i if i <= 90 else i + 10)),
        Col("attn_name", "varchar(100)", "person_name", attn),
        Col("address1", "varchar(255)", "postal_address", lambda c, i: person(c, AZ, "party", i)["street"].split(",")[0]),
        Col("address2", "varchar(255)", "postal_address", lambda c, i: person(c, AZ, "party", i)["street"].split(", ")[1]),
        Col("house_number", "integer", "postal_address", num(1, 160)),
        Col("house_number_ext", "varchar(60)", "postal_address", maybe(pick("A", "B", "1", "2"), 0.3)),
        Col("directions", "text", "none", pick(None, "Gənclik metrosunun yanı", "28 May metrosundan 5 dəq.",
                                                   "Gömrük binasının arxası", "Domofon işləmir, zəng edin")),
        Col("city", "varchar(100)", "none", pf(AZ, "party", "city")),
        Col("postal_code", "varchar(60)", "postal_address", pf(AZ, "party", "postcode")),
        Col("country_geo_id", "varchar(20)", "none", pick("AZE")),
        Col("state_province_geo_id", "varchar(20)", "none", pick("AZE-BA", "AZE-SM", "AZE-GA", "AZE-SA")),
        *_stamps()], rows=120)


def telecom_number() -> Table:
    return Table(S, "telecom_number", [
        Col("contact_mech_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(40000 + i)),
        Col("country_code", "varchar(10)", "none", pick("994")),
        Col("area_code", "varchar(10)", "none", lambda c, i: person(c, AZ, "party", i)["mobile"].split()[1]),
        Col("contact_number", "varchar(60)", "phone",
            lambda c, i: "".join(person(c, AZ, "party", i)["mobile"].split()[2:])),
        Col("ask_for_name", "varchar(100)", "person_name", maybe(pf(AZ, "party", "given"), 0.5)),
        *_stamps()], rows=100)


def party_contact_mech() -> Table:
    return Table(S, "party_contact_mech", [
        Col("party_id", "varchar(20)", "none", _pid()),
        Col("contact_mech_id", "varchar(20)", "none", lambda c, i: str(20000 + i)),
        Col("from_date", "timestamp", "none", stamp(2019, 2023)),
        Col("thru_date", "timestamp", "none", maybe(stamp(2024, 2025), 0.1)),
        Col("role_type_id", "varchar(20)", "none", pick("CUSTOMER", "SUPPLIER", "BILL_TO_CUSTOMER")),
        Col("allow_solicitation", "char(1)", "none", pick("Y", "N")),
        Col("extension", "varchar(255)", "none", maybe(num(100, 499), 0.2)),
        Col("verified", "char(1)", "none", pick("Y", "N")),
        Col("comments", "varchar(255)", "none", pick(None, "Əsas", "Köhnə ünvan", "Yalnız iş saatı")),
        *_stamps()], rows=140,
        extra=[_fkey("party_contact_mech", "party_id", "party"),
               _fkey("party_contact_mech", "contact_mech_id", "contact_mech", "contact_mech_id")])


def user_login() -> Table:
    return Table(S, "user_login", [
        Col("user_login_id", "varchar(255) PRIMARY KEY", "none", lambda c, i: f"{person(c, AZ, 'party', i)['login']}{i}"),
        Col("current_password", "varchar(255)", "credentials", pw_hash("sha")),
        Col("password_hint", "varchar(255)", "credentials", pick(None, "pişiyimin adı + doğum ili", "Murad1985",
                                                                  "ad günüm", "Qarabağ + 4 rəqəm", None)),
        Col("is_system", "char(1)", "none", pick("N")),
        Col("enabled", "char(1)", "none", pick("Y", "Y", "N")),
        Col("has_logged_out", "char(1)", "none", pick("Y", "N")),
        Col("require_password_change", "char(1)", "none", pick("N", "N", "Y")),
        Col("last_locale", "varchar(10)", "none", pick("az", "ru", "en")),
        Col("last_time_zone", "varchar(60)", "none", pick("Asia/Baku")),
        Col("disabled_date_time", "timestamp", "none", maybe(stamp(2024, 2025), 0.1)),
        Col("successive_failed_logins", "integer", "none", num(0, 4)),
        Col("party_id", "varchar(20)", "none", _pid()),
        *_stamps()], rows=100, extra=[_fkey("user_login", "party_id", "party")])


def user_login_history() -> Table:
    ok = {}

    def success(c, i):
        ok[i] = c.r.random() < 0.8
        return "Y" if ok[i] else "N"
    return Table(S, "user_login_history", [
        Col("user_login_id", "varchar(255)", "none",
            lambda c, i: f"{person(c, AZ, 'party', spread(100, 13)(i))['login']}{spread(100, 13)(i)}"),
        Col("visit_id", "varchar(20)", "none", lambda c, i: str(50000 + i)),
        Col("from_date", "timestamp", "none", stamp(2024, 2025)),
        Col("thru_date", "timestamp", "none", maybe(stamp(2024, 2025), 0.7)),
        Col("successful_login", "char(1)", "none", success),
        Col("password_used", "varchar(255)", "credentials",
            lambda c, i: None if ok.get(i) else c.r.choice(("Baku2024!", "qwerty123", "Leyla1990", "parol12",
                                                             "Nizami45", "xezer_2023"))),
        Col("party_id", "varchar(20)", "none", lambda c, i: str(10000 + spread(100, 13)(i))),
        *_stamps()], rows=150, extra=[_fkey("user_login_history", "user_login_id", "user_login", "user_login_id"),
                                  _fkey("user_login_history", "visit_id", "visit", "visit_id")])


def visit() -> Table:
    return Table(S, "visit", [
        Col("visit_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(50000 + i)),
        Col("user_login_id", "varchar(255)", "none",
            lambda c, i: f"{person(c, AZ, 'party', spread(100, 13)(i))['login']}{spread(100, 13)(i)}"),
        Col("party_id", "varchar(20)", "none", lambda c, i: str(10000 + spread(100, 13)(i))),
        Col("session_id", "varchar(255)", "secret_token", token(32, "0123456789ABCDEF")),
        Col("server_ip_address", "varchar(20)", "none", pick("10.20.0.11", "10.20.0.12")),
        Col("initial_locale", "varchar(60)", "none", pick("az_AZ", "ru_RU", "en_US")),
        Col("initial_request", "text", "none", pick("https://shop.example.az/control/main",
                                                    "https://shop.example.az/control/product?product_id=WG-1111")),
        Col("initial_referrer", "text", "none", pick("https://www.google.az/", None, "https://instagram.com/")),
        Col("initial_user_agent", "varchar(255)", "none", pick("Mozilla/5.0 (Linux; Android 13) Chrome/124.0",
                                                               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4) Safari/604.1")),
        Col("client_ip_address", "varchar(60)", "ip_address", ip4(("5.197.", "85.132.", "94.20.", "188.253."))),
        Col("client_host_name", "varchar(255)", "ip_address",
            lambda c, i: f"{c.r.randint(2, 250)}-{c.r.randint(2, 250)}-{c.r.randint(2, 250)}.pool.azeronline.com"),
        Col("cookie", "varchar(60)", "none", code("xxxxxxxxxxxxxxxx")),
        Col("from_date", "timestamp", "none", stamp(2024, 2025)),
        Col("thru_date", "timestamp", "none", maybe(stamp(2024, 2025), 0.6)),
        *_stamps()], rows=150)


def payment_method() -> Table:
    return Table(S, "payment_method", [
        Col("payment_method_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(70000 + i)),
        Col("payment_method_type_id", "varchar(20)", "none",
            lambda c, i: "CREDIT_CARD" if i <= 80 else "EFT_ACCOUNT"),
        Col("party_id", "varchar(20)", "none", lambda c, i: str(10000 + spread(100, 3)(i))),
        Col("description", "varchar(255)", "none", pick(None, "Əsas kart", "Maaş kartı", "Biznes hesab")),
        Col("from_date", "timestamp", "none", stamp(2020, 2024)),
        Col("thru_date", "timestamp", "none", maybe(stamp(2024, 2025), 0.1)),
        *_stamps()], rows=150, extra=[_fkey("payment_method", "party_id", "party")])


def credit_card() -> Table:
    owner = spread(100, 3)
    return Table(S, "credit_card", [
        Col("payment_method_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(70000 + i)),
        Col("card_type", "varchar(20)", "none", pick("CCT_VISA", "CCT_MASTERCARD")),
        Col("card_number", "varchar(255)", "payment_card", card()),
        Col("expire_date", "varchar(7)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(2025, 2030)}"),
        Col("company_name_on_card", "varchar(100)", "none", maybe(cycle(*COMPANIES), 0.1)),
        Col("first_name_on_card", "varchar(100)", "person_name", pf(AZ, "party", "given", owner)),
        Col("last_name_on_card", "varchar(100)", "person_name", pf(AZ, "party", "family", owner)),
        Col("consecutive_failed_auths", "integer", "none", num(0, 3)),
        Col("last_failed_auth_date", "timestamp", "none", maybe(stamp(2024, 2025), 0.2)),
        *_stamps()], rows=80, extra=[_fkey("credit_card", "payment_method_id", "payment_method", "payment_method_id")])


def eft_account() -> Table:
    owner = spread(100, 3)
    return Table(S, "eft_account", [
        Col("payment_method_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(70080 + i)),
        Col("bank_name", "varchar(100)", "none", pick("Kapital Bank", "PAŞA Bank", "ABB", "Bank Respublika")),
        Col("routing_number", "varchar(60)", "none", pick("200026", "505141", "805250", "509664")),
        Col("account_type", "varchar(100)", "none", pick("Cari", "Əmanət")),
        Col("account_number", "varchar(255)", "iban",
            iban("AZ", lambda r: r.choice(("AIIB", "PAHA", "IBAZ", "BRES")) + "".join(
                r.choice("0123456789") for _ in range(20)))),
        Col("name_on_account", "varchar(100)", "person_name", pfmt(AZ, "party", "{given} {family}",
                                                                   lambda i: owner(i + 80))),
        Col("company_name_on_account", "varchar(100)", "none", maybe(cycle(*COMPANIES), 0.1)),
        Col("years_at_bank", "integer", "none", num(0, 15)),
        *_stamps()], rows=70, extra=[_fkey("eft_account", "payment_method_id", "payment_method", "payment_method_id")])


def note_data() -> Table:
    return Table(S, "note_data", [
        Col("note_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: str(90000 + i)),
        Col("note_name", "varchar(100)", "none", pick("Zəng", "Şikayət", "Görüş", "Ödəniş")),
        Col("note_info", "text", "free_text_may_contain_pii", text(
            "{given} {family} zəng etdi, sifarişi ləğv etmək istəyir. Geri zəng: {mobile}",
            "Müştəri qaimənin surətini {email} ünvanına istədi",
            "Çatdırılma gecikdi, müştəri narazıdır", "Endirim 5% razılaşdırıldı",
            "{given} xanım/bəy ilə görüş {n} noyabr", country=AZ, entity="caller")),
        Col("note_date_time", "timestamp", "none", stamp(2023, 2025)),
        Col("note_party", "varchar(20)", "none", lambda c, i: str(10000 + fk(140, 11)(c, i))),
        *_stamps()], rows=120, extra=[_fkey("note_data", "note_party", "party")])


def party_tax_auth_info() -> Table:
    return Table(S, "party_tax_auth_info", [
        Col("party_id", "varchar(20)", "none", lambda c, i: str(10100 + i)),
        Col("tax_auth_geo_id", "varchar(20)", "none", pick("AZE")),
        Col("tax_auth_party_id", "varchar(20)", "none", pick("AZE_DVX")),
        Col("from_date", "timestamp", "none", stamp(2019, 2023)),
        Col("party_tax_id", "varchar(40)", "none", lambda c, i: az_voen(c.r, natural=False),
            comment="VÖEN"),
        Col("is_exempt", "char(1)", "none", pick("N", "N", "Y")),
        Col("is_nexus", "char(1)", "none", pick("Y", "N", "N")),
        *_stamps()], rows=40, extra=[_fkey("party_tax_auth_info", "party_id", "party")])


def ofbiz_tables() -> list[Table]:
    return [party(), person_t(), party_group(), contact_mech(), postal_address(), telecom_number(),
            party_contact_mech(), user_login(), visit(), user_login_history(), payment_method(), credit_card(),
            eft_account(), note_data(), party_tax_auth_info()]
