"""m_openimis: a Tanzanian district Community Health Fund on openIMIS (legacy `tbl` tables, PascalCase columns over
PostgreSQL): locations, health facilities, enrolment officers (with their village executive officer), ICD codes,
families, insurees, policies, premiums, claims and users."""
from __future__ import annotations

from .blind10_gens import (chars, day, digits, fk, flag, guid, ints, key, maybe, money, part, pick, shared, stamp,
                           tz_address, tz_person, tz_phone)
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_openimis"
TS = "timestamp without time zone"
V50 = "character varying(50)"
V100 = "character varying(100)"
ETHNIC = ("Gogo", "Gogo", "Rangi", "Sukuma", "Chagga", "Nyamwezi", "Zigua", "Luguru", "Hehe", "Makonde", "Maasai",
          "Burunge", "Kaguru", "Haya")
ICD = (("B54", "Unspecified malaria"), ("B50.9", "Plasmodium falciparum malaria, unspecified"),
       ("J18.9", "Pneumonia, unspecified"), ("A09", "Diarrhoea and gastroenteritis of infectious origin"),
       ("J06.9", "Acute upper respiratory infection"), ("N39.0", "Urinary tract infection"),
       ("I10", "Essential (primary) hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"),
       ("O80", "Single spontaneous delivery"), ("O82", "Delivery by caesarean section"), ("B20", "HIV disease"),
       ("A15.0", "Tuberculosis of lung"), ("D50.9", "Iron deficiency anaemia"), ("L02.9", "Cutaneous abscess"),
       ("S52.5", "Fracture of lower end of radius"), ("K29.7", "Gastritis, unspecified"), ("H10.9", "Conjunctivitis"),
       ("B65.0", "Schistosomiasis due to S. haematobium"), ("E43", "Severe protein-energy malnutrition"),
       ("O03.9", "Spontaneous abortion, complete"), ("T63.0", "Toxic effect of snake venom"), ("K35.8", "Acute appendicitis"),
       ("B77.9", "Ascariasis"), ("G40.9", "Epilepsy, unspecified"), ("F20.9", "Schizophrenia, unspecified"),
       ("A01.0", "Typhoid fever"), ("B05.9", "Measles"), ("M54.5", "Low back pain"), ("Z34.9", "Supervision of normal pregnancy"),
       ("A90", "Dengue fever"))
PLACES = ("Dodoma", "Morogoro", "Kongwa", "Mpwapwa", "Chamwino", "Kilosa", "Mvomero", "Gairo", "Bahi", "Chemba")
FACILITIES = ("Kongwa District Hospital", "Mvumi Mission Hospital", "Chamwino Health Centre", "Mbuyuni Dispensary",
              "Kibaigwa Health Centre", "Mlali Dispensary", "St. Kizito Hospital Mikumi", "Gairo Health Centre",
              "Berega Mission Hospital", "Ihumwa Dispensary")
EXPLAIN = ("Fever 3 days, mRDT positive, ALu given", "Productive cough, chest indrawing, amoxicillin", "ANC 2nd visit, normal",
           "Watery diarrhoea, ORS and zinc", "BP 168/104, started amlodipine", "Referred for caesarean, prolonged labour",
           "Snake bite left foot, observed 24h", "Follow-up CTC clinic, ARV refill", "Wound dressing, abscess drained",
           "Convulsions, known epileptic, phenobarbital refill", "Severe malnutrition, admitted for F-75 feeding", "")


def _fk(col: str, table: str, ref: str, refcol: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("{refcol}")'


def _parent(c: Ctx, i: int) -> int | None:
    return None if i <= 2 else c.r.randint(1, 2) if i <= 10 else c.r.randint(3, 10)


def _location_name(c: Ctx, i: int) -> str:
    return ("Dodoma", "Morogoro")[i - 1] if i <= 2 else PLACES[i - 1] if i <= 10 else f"{c.r.choice(PLACES)} {['Mjini', 'Kati', 'Juu', 'Magharibi'][i % 4]} {i}"


def _nida(c: Ctx, i: int) -> str:
    return f"{c.r.randint(1950, 2005)}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}-{digits(c, 5)}-{digits(c, 5)}-{digits(c, 2)}"


def _geo(c: Ctx, i: int) -> str | None:
    return f"{-c.r.uniform(5.6, 7.4):.5f} {c.r.uniform(35.5, 37.9):.5f}" if c.r.random() < 0.6 else None


_ins = shared("imis_insuree", tz_person)
_off = shared("imis_officer", tz_person)
_veo = shared("imis_veo", tz_person)
_usr = shared("imis_user", tz_person)


def imis_tables() -> list[T]:
    return [
        T(S, "tblLocations", [key("LocationId"),
          C("LocationCode", "character varying(8)", "none", lambda c, i: f"L{i:04d}"),
          C("LocationName", V50, "none", _location_name),
          C("ParentLocationId", "integer", "none", _parent),
          C("LocationType", "character(1)", "none", lambda c, i: "R" if i <= 2 else "D" if i <= 10 else "V"),
          C("ValidityFrom", TS, "none", stamp(2016, 300)),
          C("ValidityTo", TS, "none", lambda c, i: None),
          C("AuditUserId", "integer", "none", pick(1)),
          C("MalePopulation", "integer", "none", ints(300, 90000)),
          C("FemalePopulation", "integer", "none", ints(300, 90000))], rows=40,
          extra=[_fk("ParentLocationId", "tblLocations", "tblLocations", "LocationId")]),
        T(S, "tblHF", [key("HfID"),
          C("HFCode", "character varying(8)", "none", lambda c, i: f"DOD{i:03d}"),
          C("HFName", V100, "none", lambda c, i: FACILITIES[(i - 1) % 10] + ("" if i <= 10 else f" Annex {i}")),
          C("LegalForm", "character(1)", "none", pick("G", "G", "C", "P")),
          C("HFLevel", "character(1)", "none", pick("H", "C", "D", "D")),
          C("HFSublevel", "character(1)", "none", pick(None, "1", "2")),
          C("HFAddress", V100, "none", lambda c, i: f"S.L.P {c.r.randint(10, 900)}, {c.r.choice(PLACES)}"),
          C("LocationId", "integer", "none", ints(3, 10)),
          C("Phone", V50, "none", lambda c, i: f"026 23{digits(c, 5)}"),
          C("Fax", V50, "none", lambda c, i: None),
          C("eMail", V50, "none", lambda c, i: f"hf{i:03d}@dodomarrh.go.tz"),
          C("HFCareType", "character(1)", "none", pick("I", "O", "B")),
          C("AccCode", "character varying(25)", "none", lambda c, i: f"CHF-{c.r.randint(1000, 9999)}"),
          C("ValidityFrom", TS, "none", stamp(2016, 300)),
          C("AuditUserID", "integer", "none", pick(1))], rows=30,
          extra=[_fk("LocationId", "tblHF", "tblLocations", "LocationId")]),
        T(S, "tblOfficer", [key("OfficerID"),
          C("OfficerUUID", "uuid", "none", guid),
          C("Code", "character varying(8)", "none", lambda c, i: f"E{i:05d}"),
          C("LastName", V100, "person_name", part(_off, "last")),
          C("OtherNames", V100, "person_name", part(_off, "first")),
          C("DOB", "date", "birth_date", day(1965, 30)),
          C("Phone", V50, "phone", part(_off, "phone")),
          C("LocationId", "integer", "none", ints(3, 10)),
          C("OfficerIDSubst", "integer", "none", maybe(0.1, fk(80))),
          C("WorksTo", TS, "none", maybe(0.2, stamp(2025, 300))),
          C("VEOCode", V50, "none", lambda c, i: f"VEO{c.r.randint(100, 999)}"),
          C("VEOLastName", V100, "person_name", part(_veo, "last")),
          C("VEOOtherNames", V100, "person_name", part(_veo, "first")),
          C("VEODOB", "date", "birth_date", day(1960, 30)),
          C("VEOPhone", V50, "phone", part(_veo, "phone")),
          C("ValidityFrom", TS, "none", stamp(2017, 1500)),
          C("ValidityTo", TS, "none", lambda c, i: None),
          C("AuditUserID", "integer", "none", ints(1, 5)),
          C("EmailId", "character varying(200)", "email", part(_off, "email")),
          C("PhoneCommunication", "boolean", "none", flag(0.7)),
          C("permanentaddress", "character varying(250)", "postal_address", tz_address),
          C("HasLogin", "boolean", "none", flag(0.4))], rows=80,
          extra=[_fk("LocationId", "tblOfficer", "tblLocations", "LocationId")]),
        T(S, "tblICDCodes", [key("ICDID"),
          C("ICDCode", "character varying(6)", "none", lambda c, i: ICD[i - 1][0]),
          C("ICDName", "character varying(255)", "none", lambda c, i: ICD[i - 1][1]),
          C("ValidityFrom", TS, "none", stamp(2016, 10)),
          C("AuditUserID", "integer", "none", pick(1))], rows=len(ICD)),
        T(S, "tblFamilies", [key("FamilyID"),
          C("FamilyUUID", "uuid", "none", guid),
          C("InsureeID", "integer", "none", fk(140)),
          C("LocationId", "integer", "none", ints(11, 40)),
          C("Poverty", "boolean", "none", flag(0.3)),
          C("FamilyType", "character varying(2)", "none", pick("H", "H", "P", "O")),
          C("FamilyAddress", "character varying(200)", "postal_address", tz_address),
          C("Ethnicity", V50, "ethnic_origin", maybe(0.7, pick(*ETHNIC))),
          C("ConfirmationNo", "character varying(12)", "none", maybe(0.3, lambda c, i: f"TASAF{digits(c, 6)}")),
          C("ConfirmationType", "character varying(3)", "none", pick(None, "A", "B")),
          C("isOffline", "boolean", "none", flag(0.1)),
          C("ValidityFrom", TS, "none", stamp(2018, 2000)),
          C("ValidityTo", TS, "none", lambda c, i: None),
          C("LegacyID", "integer", "none", lambda c, i: None),
          C("AuditUserID", "integer", "none", ints(1, 20))], rows=110,
          extra=[_fk("LocationId", "tblFamilies", "tblLocations", "LocationId")]),
    ] + _insuree_tables()


def _insuree_tables() -> list[T]:
    return [
        T(S, "tblInsuree", [key("InsureeID"),
          C("InsureeUUID", "uuid", "none", guid),
          C("FamilyID", "integer", "none", fk(110)),
          C("CHFID", "character varying(12)", "national_id", lambda c, i: digits(c, 9)),
          C("LastName", V100, "person_name", part(_ins, "last")),
          C("OtherNames", V100, "person_name", part(_ins, "first")),
          C("DOB", "date", "birth_date", day(1940, 84)),
          C("Gender", "character(1)", "none", part(_ins, "sex")),
          C("Marital", "character(1)", "none", pick("M", "S", "D", "W", None)),
          C("IsHead", "boolean", "none", flag(0.4)),
          C("passport", "character varying(25)", "national_id", maybe(0.6, _nida)),
          C("Phone", V50, "phone", maybe(0.7, part(_ins, "phone"))),
          C("PhotoID", "integer", "none", maybe(0.5, ints(1, 5000))),
          C("PhotoDate", "date", "none", maybe(0.5, day(2019, 5))),
          C("CardIssued", "boolean", "none", flag(0.6)),
          C("Relationship", "smallint", "none", pick(None, 1, 2, 3, 4, 7)),
          C("Profession", "smallint", "none", pick(None, 1, 2, 3, 6)),
          C("Education", "smallint", "none", pick(None, 1, 2, 3, 4)),
          C("Email", V100, "email", maybe(0.25, part(_ins, "email"))),
          C("TypeOfId", "character varying(1)", "none", pick("N", "N", "V", "D", None)),
          C("HFID", "integer", "none", fk(30)),
          C("CurrentAddress", "character varying(200)", "postal_address", maybe(0.5, tz_address)),
          C("GeoLocation", "character varying(250)", "geo_location", _geo),
          C("CurrentVillage", "integer", "none", maybe(0.5, ints(11, 40))),
          C("ValidityFrom", TS, "none", stamp(2018, 2000)),
          C("ValidityTo", TS, "none", lambda c, i: None),
          C("LegacyID", "integer", "none", lambda c, i: None),
          C("AuditUserID", "integer", "none", ints(1, 20)),
          C("isOffline", "boolean", "none", flag(0.1))], rows=140,
          extra=[_fk("FamilyID", "tblInsuree", "tblFamilies", "FamilyID"), _fk("HFID", "tblInsuree", "tblHF", "HfID"),
                 _fk("InsureeID", "tblFamilies", "tblInsuree", "InsureeID")]),
        T(S, "tblPolicy", [key("PolicyID"),
          C("PolicyUUID", "uuid", "none", guid),
          C("FamilyID", "integer", "none", fk(110)),
          C("EnrollDate", "date", "none", day(2021, 4)),
          C("StartDate", "date", "none", day(2021, 4)),
          C("EffectiveDate", "date", "none", day(2021, 4)),
          C("ExpiryDate", "date", "none", day(2022, 4)),
          C("PolicyStatus", "smallint", "none", pick(1, 2, 2, 2, 4, 8)),
          C("PolicyValue", "numeric(18,2)", "none", pick(30000, 30000, 10000, 60000)),
          C("ProdID", "integer", "none", pick(1, 2, 3)),
          C("OfficerID", "integer", "none", fk(80)),
          C("PolicyStage", "character(1)", "none", pick("N", "R")),
          C("ValidityFrom", TS, "none", stamp(2021, 1400)),
          C("ValidityTo", TS, "none", lambda c, i: None),
          C("AuditUserID", "integer", "none", ints(1, 20)),
          C("isOffline", "boolean", "none", flag(0.1))],
          extra=[_fk("FamilyID", "tblPolicy", "tblFamilies", "FamilyID"), _fk("OfficerID", "tblPolicy", "tblOfficer", "OfficerID")]),
        T(S, "tblPremium", [key("PremiumId"),
          C("PolicyID", "integer", "none", fk(120)),
          C("PayerID", "integer", "none", lambda c, i: None),
          C("Amount", "numeric(18,2)", "none", pick(30000, 10000, 15000, 60000)),
          C("Receipt", V50, "none", lambda c, i: f"R-{c.r.randint(2021, 2024)}-{i:05d}"),
          C("PayDate", "date", "none", day(2021, 4)),
          C("PayType", "character(1)", "none", pick("C", "C", "M", "B")),
          C("TransactionNo", V50, "none", maybe(0.4, chars(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", "MP"))),
          C("isPhotoFee", "boolean", "none", flag(0.05)),
          C("isOffline", "boolean", "none", flag(0.1)),
          C("ReportingId", "integer", "none", maybe(0.3, ints(1, 40))),
          C("ValidityFrom", TS, "none", stamp(2021, 1400)),
          C("AuditUserID", "integer", "none", ints(1, 20))],
          extra=[_fk("PolicyID", "tblPremium", "tblPolicy", "PolicyID")]),
        T(S, "tblClaim", [key("ClaimID"),
          C("ClaimUUID", "uuid", "none", guid),
          C("InsureeID", "integer", "none", fk(140)),
          C("ClaimCode", V50, "none", lambda c, i: f"KNG-{i:06d}"),
          C("DateFrom", "date", "none", day(2022, 3)),
          C("DateTo", "date", "none", maybe(0.4, day(2022, 3))),
          C("ICDID", "integer", "health", fk(len(ICD))),
          C("ICDID1", "integer", "health", maybe(0.3, fk(len(ICD)))),
          C("ICDID2", "integer", "health", maybe(0.1, fk(len(ICD)))),
          C("ClaimStatus", "smallint", "none", pick(1, 2, 4, 8, 16, 16)),
          C("Claimed", "numeric(18,2)", "none", money(2000, 450000)),
          C("Approved", "numeric(18,2)", "none", maybe(0.7, money(2000, 400000))),
          C("Valuated", "numeric(18,2)", "none", maybe(0.5, money(2000, 400000))),
          C("Explanation", "text", "health", pick(*EXPLAIN)),
          C("Adjustment", "text", "none", pick(None, None, "Price exceeds ceiling", "Item not in price list", "Duplicate service")),
          C("DateClaimed", "date", "none", day(2022, 3)),
          C("DateProcessed", "date", "none", maybe(0.6, day(2022, 3))),
          C("HFID", "integer", "none", fk(30)),
          C("ClaimAdminId", "integer", "none", maybe(0.9, ints(1, 30))),
          C("VisitType", "character(1)", "none", pick("O", "O", "E", "R")),
          C("GuaranteeId", V50, "none", maybe(0.1, lambda c, i: f"GN{digits(c, 6)}")),
          C("FeedbackStatus", "smallint", "none", pick(1, 2, 4)),
          C("ReviewStatus", "smallint", "none", pick(1, 2, 4, 8)),
          C("ValidityFrom", TS, "none", stamp(2022, 1000)),
          C("AuditUserID", "integer", "none", ints(1, 20))], rows=130,
          extra=[_fk("InsureeID", "tblClaim", "tblInsuree", "InsureeID"), _fk("ICDID", "tblClaim", "tblICDCodes", "ICDID"),
                 _fk("HFID", "tblClaim", "tblHF", "HfID")]),
        T(S, "tblUsers", [key("UserID"),
          C("UserUUID", "uuid", "none", guid),
          C("LanguageID", "character varying(5)", "none", pick("en", "sw", "sw")),
          C("LastName", V100, "person_name", part(_usr, "last")),
          C("OtherNames", V100, "person_name", part(_usr, "first")),
          C("Phone", V50, "phone", lambda c, i: tz_phone(c)),
          C("LoginName", "character varying(25)", "none", lambda c, i: f"{_usr(c, i)['last'].lower()}{c.r.randint(1, 99)}"),
          C("RoleID", "integer", "none", pick(1, 2, 4, 8, 16, 64)),
          C("HFID", "integer", "none", maybe(0.6, fk(30))),
          C("AuditUserID", "integer", "none", pick(1)),
          C("password", "character varying(256)", "credentials", chars(64, "0123456789ABCDEF")),
          C("DummyPwd", "character varying(25)", "credentials", maybe(0.4, pick("Admin@123", "Kongwa2022!", "chf12345", "Welcome@2023"))),
          C("EmailId", "character varying(200)", "email", part(_usr, "email")),
          C("PrivateKey", "character varying(256)", "none", chars(32, "0123456789ABCDEF")),
          C("ValidityFrom", TS, "none", stamp(2018, 2000)),
          C("IsAssociated", "boolean", "none", flag(0.2))], rows=80,
          extra=[_fk("HFID", "tblUsers", "tblHF", "HfID")]),
    ]
