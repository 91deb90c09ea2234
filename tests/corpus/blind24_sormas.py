"""a_sormas: SORMAS (Surveillance Outbreak Response Management and Analysis System), the outbreak surveillance
application, recreated from memory in its PostgreSQL shape (lower-case column names, enum values stored as text),
with an Ethiopian deployment's values: three-part names, +251 mobiles, Fayda numbers, kebele/house-number addresses."""
from __future__ import annotations

from .blind24_gens import (ET_REGIONS, ET_SUBCITIES, ET_TOWNS, anyone, ch, col, dec, fk, flag, hexs, num, opt,
                           people, person, pk, ref, ts, uid)
from .gens import Ctx, Table

S = "a_sormas"
N_REGION, N_DISTRICT, N_FACILITY, N_USERS, N_LOCATION, N_PERSON = 12, 90, 90, 90, 140, 140
N_SYMPTOMS, N_CASES, N_SAMPLES = 140, 140, 120
DISEASES = ("CHOLERA", "MEASLES", "YELLOW_FEVER", "DENGUE", "MALARIA", "CORONAVIRUS", "ANTHRAX", "MONKEYPOX",
            "CSM", "AFP", "NEONATAL_TETANUS")
YNU = ("YES", "NO", "NO", "UNKNOWN")

FACILITY_NAMES = ("Black Lion Specialized Hospital", "St. Paul's Hospital Millennium Medical College", "Adama General "
                  "Hospital", "Bahir Dar Felege Hiwot Hospital", "Hawassa University Comprehensive Hospital",
                  "Dil Chora Referral Hospital", "Jimma Medical Center", "Bole Health Center", "Kality Health Center",
                  "Ethiopian Public Health Institute National Laboratory", "Amhara Public Health Institute Laboratory",
                  "Hiwot Fana Hospital", "Dessie Referral Hospital", "Gondar University Hospital")


def _meta() -> list:
    return [col("uuid", "varchar(36)", "none", uid()),
            col("changedate", "timestamp", "none", ts(2022, 2024)),
            col("creationdate", "timestamp", "none", ts(2021, 2023))]


def region() -> Table:
    return Table(S, "region", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("name", "varchar(512)", "none", lambda c, i: ET_REGIONS[(i - 1) % len(ET_REGIONS)]),
        col("epidcode", "varchar(512)", "none", lambda c, i: f"ETH-{ET_REGIONS[(i - 1) % len(ET_REGIONS)][:3].upper()}"),
        col("archived", "boolean", "none", flag(0.05)),
        col("externalid", "varchar(512)", "none", lambda c, i: f"ET{i:02d}"),
        col("population", "integer", "none", num(200000, 5000000)),
        *_meta()], rows=N_REGION)


def district() -> Table:
    return Table(S, "district", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("name", "varchar(512)", "none", lambda c, i: f"{c.r.choice(ET_SUBCITIES + ET_TOWNS)} Woreda {i % 13 + 1}"),
        col("region_id", "bigint", "none", ref(N_REGION)),
        col("epidcode", "varchar(512)", "none", lambda c, i: f"W{i:03d}"),
        col("risk", "varchar(255)", "none", ch("LOW_RISK", "MEDIUM_RISK", "HIGH_RISK")),
        col("archived", "boolean", "none", flag(0.03)),
        col("growthrate", "real", "none", dec(0.5, 3.2)),
        *_meta()], rows=N_DISTRICT,
        extra=[fk(S, "district", "region_id", "region")])


def facility() -> Table:
    p = people("et", "facility")
    return Table(S, "facility", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("name", "varchar(512)", "none", lambda c, i: f"{FACILITY_NAMES[i % len(FACILITY_NAMES)]}"
            + ("" if i <= len(FACILITY_NAMES) else f" Annex {i}")),
        col("region_id", "bigint", "none", ref(N_REGION)),
        col("district_id", "bigint", "none", ref(N_DISTRICT)),
        col("city", "varchar(512)", "none", ch(*ET_TOWNS)),
        col("street", "varchar(4096)", "none", lambda c, i: c.r.choice(("Zambia Street", "Churchill Road",
                                                                         "Tikur Anbessa Road", "Hospital Road"))),
        col("housenumber", "varchar(512)", "none", num(1, 900)),
        col("postalcode", "varchar(512)", "none", ch("1000", "1110", "3000", "5000", "1250")),
        col("latitude", "double precision", "none", dec(3.5, 14.5, 6)),
        col("longitude", "double precision", "none", dec(34.0, 47.5, 6)),
        col("type", "varchar(255)", "none", ch("HOSPITAL", "LABORATORY", "OUTPATIENT_TREATMENT_FACILITY",
                                              "MEDICAL_PRACTICE", "POINT_OF_ENTRY")),
        col("publicownership", "boolean", "none", flag(0.8)),
        col("contactpersonfirstname", "varchar(512)", "person_name", p("first")),
        col("contactpersonlastname", "varchar(512)", "person_name", p("last")),
        col("contactpersonphone", "varchar(512)", "phone", p("phone")),
        col("contactpersonemail", "varchar(512)", "email", p("email")),
        col("externalid", "varchar(512)", "none", lambda c, i: f"MOH-HF-{10000 + i * 37}"),
        col("archived", "boolean", "none", flag(0.05)),
        *_meta()], rows=N_FACILITY,
        extra=[fk(S, "facility", "region_id", "region"), fk(S, "facility", "district_id", "district")])


def users() -> Table:
    p = people("et", "users")
    return Table(S, "users", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("username", "varchar(512)", "none", lambda c, i: f"{user_of(c, i)['first'].lower()}{i}"),
        col("password", "varchar(64)", "credentials", hexs(64), "SHA-256 of the password and the seed"),
        col("seed", "varchar(16)", "none", hexs(16)),
        col("active", "boolean", "none", flag(0.9)),
        col("firstname", "varchar(512)", "person_name", p("first")),
        col("lastname", "varchar(512)", "person_name", p("last")),
        col("useremail", "varchar(512)", "email", lambda c, i: f"{user_of(c, i)['first'].lower()}."
            f"{user_of(c, i)['last'].lower()}@moh.gov.et"),
        col("region_id", "bigint", "none", ref(N_REGION)),
        col("district_id", "bigint", "none", opt(ref(N_DISTRICT), 0.2)),
        col("healthfacility_id", "bigint", "none", opt(ref(N_FACILITY, 3), 0.5)),
        col("language", "varchar(255)", "none", ch("EN", "AM", "EN", "OM")),
        col("hasconsentedtogdpr", "boolean", "none", flag(0.7)),
        col("jurisdictionlevel", "varchar(255)", "none", ch("NATION", "REGION", "DISTRICT", "HEALTH_FACILITY",
                                                           "LABORATORY", "POINT_OF_ENTRY")),
        col("limiteddisease", "varchar(255)", "none", opt(ch(*DISEASES), 0.7)),
        *_meta()], rows=N_USERS,
        extra=[fk(S, "users", "region_id", "region"), fk(S, "users", "district_id", "district"),
               fk(S, "users", "healthfacility_id", "facility")])


def user_of(c: Ctx, i: int) -> dict:
    return person(c, "et", "users", i)


def location() -> Table:
    p = people("et", "location")

    def extra_info(c: Ctx, i: int) -> str | None:
        if c.r.random() < 0.3:
            return None
        o = anyone(c, "et")
        return c.r.choice((f"Blue gate behind the kiosk, ask for {o['first']} {o['last']}",
                           f"Compound of {o['full']}, second house on the left",
                           f"Call {o['first']} on {o['phone_local']} before visiting",
                           f"Near the church, landlord {o['first']} {o['last']}"))
    return Table(S, "location", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("details", "varchar(4096)", "postal_address", p("house")),
        col("city", "varchar(512)", "none", p("town")),
        col("region_id", "bigint", "none", ref(N_REGION)),
        col("district_id", "bigint", "none", ref(N_DISTRICT, 7)),
        col("latitude", "double precision", "geo_location", p("lat")),
        col("longitude", "double precision", "geo_location", p("lon")),
        col("latlonaccuracy", "real", "none", dec(3, 80, 1)),
        col("postalcode", "varchar(512)", "postal_address", p("postcode")),
        col("street", "varchar(4096)", "postal_address", p("street")),
        col("additionalinformation", "varchar(4096)", "free_text_may_contain_pii", extra_info),
        col("addresstype", "varchar(255)", "none", ch("HOME", "HOME", "PLACE_OF_RESIDENCE", "PLACE_OF_WORK")),
        col("areatype", "varchar(255)", "none", ch("URBAN", "RURAL", "UNKNOWN")),
        col("facility_id", "bigint", "none", opt(ref(N_FACILITY), 0.85)),
        *_meta()], rows=N_LOCATION,
        extra=[fk(S, "location", "region_id", "region"), fk(S, "location", "district_id", "district"),
               fk(S, "location", "facility_id", "facility")])


def person_t() -> Table:
    p = people("et", "person")
    dead = {}

    def cond(c: Ctx, i: int) -> str:
        dead[i] = c.r.random() < 0.12
        return c.r.choice(("DEAD", "BURIED")) if dead[i] else "ALIVE"

    def if_dead(g):
        return lambda c, i: g(c, i) if dead.get(i) else None

    def gp(c: Ctx, i: int) -> str | None:
        if c.r.random() < 0.5:
            return None
        o = anyone(c, "et")
        return c.r.choice((f"Dr. {o['first']} {o['last']}, {c.r.choice(FACILITY_NAMES)}",
                           f"Health extension worker {o['first']} ({o['phone_local']})",
                           f"Sister {o['first']} {o['last']}, tel. {o['phone']}"))
    return Table(S, "person", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("firstname", "varchar(512)", "person_name", p("first")),
        col("lastname", "varchar(512)", "person_name", p("last")),
        col("sex", "varchar(255)", "none", lambda c, i: "MALE" if person_of(c, i)["sex"] == "M" else "FEMALE"),
        col("birthdate_dd", "integer", "birth_date", lambda c, i: person_of(c, i)["dob"].day),
        col("birthdate_mm", "integer", "birth_date", lambda c, i: person_of(c, i)["dob"].month),
        col("birthdate_yyyy", "integer", "birth_date", lambda c, i: person_of(c, i)["dob"].year),
        col("approximateage", "integer", "none", lambda c, i: 2024 - person_of(c, i)["dob"].year),
        col("approximateagetype", "varchar(255)", "none", const_years),
        col("presentcondition", "varchar(255)", "none", cond),
        col("deathdate", "timestamp", "none", if_dead(ts(2022, 2024))),
        col("causeofdeath", "varchar(255)", "health", if_dead(ch("EPIDEMIC_DISEASE", "OTHER_CAUSE"))),
        col("causeofdeathdisease", "varchar(255)", "health", if_dead(ch(*DISEASES))),
        col("deathplacetype", "varchar(255)", "none", if_dead(ch("COMMUNITY", "HOSPITAL", "OTHER"))),
        col("deathplacedescription", "varchar(512)", "none", if_dead(ch("At home", "On the way to the health centre",
                                                                        "Treatment centre ward 2", "Holy water site"))),
        col("burialdate", "date", "none", if_dead(lambda c, i: ts(2022, 2024)(c, i).date())),
        col("burialplacedescription", "varchar(512)", "none", if_dead(ch("Church compound cemetery",
                                                                         "Municipal cemetery", "Family land"))),
        col("burialconductor", "varchar(255)", "none", if_dead(ch("FAMILY_COMMUNITY", "OUTBREAK_TEAM"))),
        col("address_id", "bigint", "none", ref(N_LOCATION)),
        col("phone", "varchar(512)", "phone", opt(p("phone"), 0.2)),
        col("emailaddress", "varchar(512)", "email", opt(p("email"), 0.6)),
        col("occupationtype", "varchar(255)", "none", ch("FARMER", "BUSINESSMAN_WOMAN", "HEALTHCARE_WORKER",
                                                         "STUDENT", "CHILD", "HOUSEWIFE", "TRANSPORTER", "OTHER")),
        col("occupationdetails", "varchar(512)", "none", opt(ch("Bajaj driver", "Coffee trader", "Teacher",
                                                                "Day labourer", "Shoe shiner", "Nurse"), 0.5)),
        col("educationtype", "varchar(255)", "none", ch("NONE", "PRIMARY", "SECONDARY", "HIGHER", "UNKNOWN")),
        col("nationalhealthid", "varchar(512)", "national_id", opt(p("fayda"), 0.3)),
        col("passportnumber", "varchar(512)", "national_id", opt(p("passport"), 0.85)),
        col("generalpractitionerdetails", "varchar(512)", "free_text_may_contain_pii", gp),
        col("gestationageatbirth", "integer", "health", opt(num(28, 42), 0.8)),
        col("birthweight", "integer", "health", opt(num(1400, 4300), 0.8)),
        col("armedforcesrelationtype", "varchar(255)", "none", ch("UNKNOWN", "NO_RELATION", "CIVIL")),
        col("salutation", "varchar(255)", "none", opt(ch("MR", "MRS", "MS", "DEAR_SIR"), 0.4)),
        col("externalid", "varchar(512)", "none", opt(lambda c, i: f"EXT-{i * 913 % 99991:05d}", 0.5)),
        *_meta()], rows=N_PERSON,
        extra=[fk(S, "person", "address_id", "location")])


def person_of(c: Ctx, i: int) -> dict:
    return person(c, "et", "person", i)


def const_years(c: Ctx, i: int) -> str:
    return "YEARS"


def symptoms() -> Table:
    def ynu(name: str) -> object:
        return col(name, "varchar(255)", "health", ch(*YNU))
    return Table(S, "symptoms", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("onsetdate", "timestamp", "none", ts(2022, 2024)),
        col("onsetsymptom", "varchar(255)", "health", ch("Fever", "Diarrhoea", "Rash", "Cough", "Headache",
                                                         "Vomiting")),
        col("symptomatic", "boolean", "health", flag(0.85)),
        col("temperature", "real", "health", dec(36.0, 40.5, 1)),
        col("temperaturesource", "varchar(255)", "none", ch("AXILLARY", "ORAL", "RECTAL", "NON_CONTACT")),
        ynu("fever"), ynu("diarrhea"),
        col("bloodpressuresystolic", "integer", "health", opt(num(85, 170), 0.3)),
        col("othernonhemorrhagicsymptomstext", "varchar(512)", "health", opt(ch(
            "Rice-water stools", "Sunken eyes", "Koplik spots seen", "Conjunctivitis", "Swollen lymph nodes",
            "Painful lesions on the palms"), 0.5)),
        col("symptomscomments", "varchar(4096)", "health", opt(ch(
            "Unable to drink, lethargic", "Fever resolved on day 4", "Rash started behind the ears and spread",
            "Reports loss of taste", "Child refusing breastfeeding"), 0.5)),
        col("changedate", "timestamp", "none", ts(2022, 2024)),
        col("creationdate", "timestamp", "none", ts(2021, 2023))], rows=N_SYMPTOMS)


def cases() -> Table:
    def followup(c: Ctx, i: int) -> str | None:
        if c.r.random() < 0.4:
            return None
        o = anyone(c, "et")
        return c.r.choice((f"Reached sister {o['first']} on {o['phone_local']}, patient at home",
                           f"Neighbour {o['full']} says family moved to {c.r.choice(ET_TOWNS)}",
                           "No answer on three attempts", "Follow-up completed, no new symptoms"))
    return Table(S, "cases", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("uuid", "varchar(36)", "none", uid()),
        col("person_id", "bigint", "none", ref(N_PERSON)),
        col("disease", "varchar(255)", "health", ch(*DISEASES)),
        col("reportdate", "timestamp", "none", ts(2022, 2024)),
        col("reportinguser_id", "bigint", "none", ref(N_USERS, 3)),
        col("caseclassification", "varchar(255)", "health", ch("NOT_CLASSIFIED", "SUSPECT", "PROBABLE",
                                                               "CONFIRMED", "NO_CASE")),
        col("investigationstatus", "varchar(255)", "none", ch("PENDING", "DONE", "DISCARDED")),
        col("outcome", "varchar(255)", "health", ch("NO_OUTCOME", "RECOVERED", "RECOVERED", "DECEASED", "UNKNOWN")),
        col("outcomedate", "timestamp", "none", opt(ts(2022, 2024), 0.4)),
        col("healthfacility_id", "bigint", "none", ref(N_FACILITY, 5)),
        col("healthfacilitydetails", "varchar(512)", "none", opt(ch("Cholera treatment centre tent B",
                                                                    "Isolation unit", "Outpatient"), 0.6)),
        col("region_id", "bigint", "none", ref(N_REGION)),
        col("district_id", "bigint", "none", ref(N_DISTRICT, 11)),
        col("epidnumber", "varchar(512)", "none", lambda c, i: f"ETH-{c.r.choice(('AA', 'ORO', 'AMH', 'SID'))}-"
            f"{c.r.randint(1, 40):03d}-{c.r.choice((22, 23, 24))}-{i:04d}"),
        col("externalid", "varchar(512)", "none", opt(lambda c, i: f"DHIS-{c.r.randint(10**9, 10**10 - 1)}", 0.6)),
        col("reportlat", "double precision", "geo_location", dec(3.5, 14.5, 6)),
        col("reportlon", "double precision", "geo_location", dec(34.0, 47.5, 6)),
        col("reportlatlonaccuracy", "real", "none", dec(3, 60, 1)),
        col("symptoms_id", "bigint", "none", ref(N_SYMPTOMS)),
        col("quarantinefrom", "timestamp", "none", opt(ts(2022, 2024), 0.5)),
        col("quarantineto", "timestamp", "none", opt(ts(2022, 2024), 0.5)),
        col("additionaldetails", "text", "health", opt(ch(
            "Admitted with severe dehydration, 6 L ringer lactate", "Known HIV positive on ART",
            "Contact with sick goats the week before", "Referred after positive RDT", "Malnourished child"), 0.4)),
        col("followupstatus", "varchar(255)", "none", ch("FOLLOW_UP", "COMPLETED", "CANCELED", "LOST", "NO_FOLLOW_UP")),
        col("followupcomment", "varchar(4096)", "free_text_may_contain_pii", followup),
        col("caseorigin", "varchar(255)", "none", ch("IN_COUNTRY", "IN_COUNTRY", "POINT_OF_ENTRY")),
        col("deleted", "boolean", "none", flag(0.02)),
        col("archived", "boolean", "none", flag(0.1)),
        col("changedate", "timestamp", "none", ts(2022, 2024)),
        col("creationdate", "timestamp", "none", ts(2021, 2023))], rows=N_CASES,
        extra=[fk(S, "cases", "person_id", "person"), fk(S, "cases", "reportinguser_id", "users"),
               fk(S, "cases", "healthfacility_id", "facility"), fk(S, "cases", "region_id", "region"),
               fk(S, "cases", "district_id", "district"), fk(S, "cases", "symptoms_id", "symptoms")])


def contact() -> Table:
    def descr(c: Ctx, i: int) -> str | None:
        if c.r.random() < 0.3:
            return None
        o = anyone(c, "et")
        return c.r.choice(("Shared a minibus from Adama with the case", "Attended the same funeral",
                           f"Cared for the case at home together with {o['first']} {o['last']}",
                           f"Works at the same coffee stall; owner {o['full']} informed",
                           "Same household, sleeps in the same room"))
    return Table(S, "contact", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("person_id", "bigint", "none", ref(N_PERSON, 7, 3)),
        col("caze_id", "bigint", "none", ref(N_CASES)),
        col("reportdatetime", "timestamp", "none", ts(2022, 2024)),
        col("lastcontactdate", "timestamp", "none", ts(2022, 2024)),
        col("contactproximity", "varchar(255)", "none", ch("FACE_TO_FACE_LONG", "TOUCHED_FLUID", "AEROSOL",
                                                           "MEDICAL_UNSAFE", "SAME_ROOM", "PHYSICAL_CONTACT")),
        col("contactclassification", "varchar(255)", "health", ch("UNCONFIRMED", "CONFIRMED", "NO_CONTACT")),
        col("contactstatus", "varchar(255)", "none", ch("ACTIVE", "CONVERTED", "DROPPED")),
        col("relationtocase", "varchar(255)", "none", ch("SAME_HOUSEHOLD", "FAMILY_MEMBER_OR_FRIEND",
                                                         "SAME_ENVIRONMENT", "MEDICAL_CARE", "OTHER")),
        col("description", "varchar(4096)", "free_text_may_contain_pii", descr),
        col("followupstatus", "varchar(255)", "none", ch("FOLLOW_UP", "COMPLETED", "LOST")),
        col("followupuntil", "timestamp", "none", ts(2022, 2024)),
        col("contactofficer_id", "bigint", "none", ref(N_USERS, 5)),
        col("highpriority", "boolean", "none", flag(0.2)),
        col("immunosuppressivetherapybasicdisease", "varchar(255)", "health", ch(*YNU)),
        col("careforpeopleover60", "varchar(255)", "none", ch(*YNU)),
        col("externalid", "varchar(512)", "none", opt(lambda c, i: f"CT-{i:05d}", 0.5)),
        *_meta()], rows=130,
        extra=[fk(S, "contact", "person_id", "person"), fk(S, "contact", "caze_id", "cases"),
               fk(S, "contact", "contactofficer_id", "users")])


def samples() -> Table:
    return Table(S, "samples", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("uuid", "varchar(36)", "none", uid()),
        col("associatedcase_id", "bigint", "none", ref(N_CASES, 1, 7)),
        col("samplecode", "varchar(512)", "none", lambda c, i: f"S-{c.r.choice((22, 23, 24))}-{i * 17:05d}"),
        col("labsampleid", "varchar(512)", "none", opt(lambda c, i: f"EPHI/{c.r.randint(1000, 99999)}", 0.3)),
        col("sampledatetime", "timestamp", "none", ts(2022, 2024)),
        col("samplematerial", "varchar(255)", "health", ch("BLOOD", "SERA", "STOOL", "NASAL_SWAB", "THROAT_SWAB",
                                                           "NP_SWAB", "CSF", "URINE", "RECTAL_SWAB")),
        col("samplepurpose", "varchar(255)", "none", ch("EXTERNAL", "INTERNAL")),
        col("lab_id", "bigint", "none", ref(N_FACILITY, 2)),
        col("shipped", "boolean", "none", flag(0.8)),
        col("shipmentdate", "timestamp", "none", opt(ts(2022, 2024), 0.2)),
        col("shipmentdetails", "varchar(512)", "none", opt(lambda c, i: f"Cold box via EPHI courier, waybill "
                                                           f"{c.r.randint(10**9, 10**10 - 1)}", 0.3)),
        col("received", "boolean", "none", flag(0.75)),
        col("receiveddate", "timestamp", "none", opt(ts(2022, 2024), 0.25)),
        col("specimencondition", "varchar(255)", "none", ch("ADEQUATE", "ADEQUATE", "NOT_ADEQUATE")),
        col("pathogentestresult", "varchar(255)", "health", ch("PENDING", "POSITIVE", "NEGATIVE", "INDETERMINATE")),
        col("reportinguser_id", "bigint", "none", ref(N_USERS, 7)),
        col("deleted", "boolean", "none", flag(0.02)),
        col("changedate", "timestamp", "none", ts(2022, 2024)),
        col("creationdate", "timestamp", "none", ts(2021, 2023))], rows=N_SAMPLES,
        extra=[fk(S, "samples", "associatedcase_id", "cases"), fk(S, "samples", "lab_id", "facility"),
               fk(S, "samples", "reportinguser_id", "users")])


def pathogentest() -> Table:
    return Table(S, "pathogentest", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("uuid", "varchar(36)", "none", uid()),
        col("sample_id", "bigint", "none", ref(N_SAMPLES)),
        col("testtype", "varchar(255)", "health", ch("PCR_RT_PCR", "CULTURE", "RAPID_TEST", "IGM_SERUM_ANTIBODY",
                                                     "MICROSCOPY", "ANTIGEN_DETECTION")),
        col("testeddisease", "varchar(255)", "health", ch(*DISEASES)),
        col("testresult", "varchar(255)", "health", ch("POSITIVE", "NEGATIVE", "PENDING", "INDETERMINATE")),
        col("testresultverified", "boolean", "none", flag(0.7)),
        col("testdatetime", "timestamp", "none", ts(2022, 2024)),
        col("lab_id", "bigint", "none", ref(N_FACILITY, 4)),
        col("labuser_id", "bigint", "none", ref(N_USERS, 9)),
        col("serotype", "varchar(512)", "health", opt(ch("O1 Ogawa", "O1 Inaba", "DENV-2", "W135"), 0.6)),
        col("typingid", "varchar(512)", "health", opt(lambda c, i: f"clade {c.r.choice(('Ia', 'Ib', 'IIb'))}", 0.7),
            "Genotype or clade of the pathogen"),
        col("changedate", "timestamp", "none", ts(2022, 2024)),
        col("creationdate", "timestamp", "none", ts(2021, 2023))], rows=N_SAMPLES,
        extra=[fk(S, "pathogentest", "sample_id", "samples"), fk(S, "pathogentest", "lab_id", "facility"),
               fk(S, "pathogentest", "labuser_id", "users")])


def sormas_tables() -> list[Table]:
    return [region(), district(), facility(), users(), location(), person_t(), symptoms(), cases(), contact(),
            samples(), pathogentest()]

