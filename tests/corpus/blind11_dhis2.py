"""n_dhis2: a Sierra Leone district health team's DHIS2 2.38 tracker instance (immunisation and antenatal care) with
its lower-case run-together table and column names, the tracked-entity attribute EAV and the JSONB event data
values. Names, chiefdoms, facilities and phone shapes are Sierra Leonean and typed by hand."""
from __future__ import annotations

from .blind11_gens import (bcrypt, day, digits, fk, flag, jdump, maybe, money, part, per_row, person_maker, pick, pid,
                           rint, stamp, token)
from .gens import Col as C, Table as T

S = "n_dhis2"
MALE = ("Mohamed", "Abu", "Ibrahim", "Alhaji", "Sorie", "Foday", "Sahr", "Tamba", "Joseph", "Samuel", "Alimamy",
        "Musa", "Abdulai", "Santigie", "Komba", "Lansana", "Brima", "Augustine")
FEMALE = ("Fatmata", "Aminata", "Mariama", "Isatu", "Kadiatu", "Hawa", "Adama", "Zainab", "Mabinty", "Finda",
          "Christiana", "Jeneba", "Yeabu", "Memunatu", "Sia", "Kumba", "Haja", "Salamatu")
SURNAMES = ("Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Turay", "Kanu", "Mansaray", "Jalloh", "Kargbo",
            "Fofanah", "Lahai", "Sandi", "Bockarie", "Massaquoi", "Kallon", "Tucker", "Bundu", "Gbla", "Samura")
DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "mohs.gov.sl")
CHIEFDOMS = ("Kakua", "Tikonko", "Baoma", "Bumpe Ngao", "Nongowa", "Lower Bambara", "Small Bo", "Jawie",
             "Maforki", "Bombali Sebora", "Kholifa Rowalla", "Gbense")
VILLAGES = ("Gondama", "Sumbuya", "Mano Junction", "Yengema", "Ngolahun", "Kpetema", "Blama", "Sembehun",
            "Gerihun", "Taiama", "Mamusa", "Rokupr")
FACILITIES = ("Bo Govt Hospital", "Gondama MCHP", "Tikonko CHC", "Sumbuya CHP", "Blama CHC", "Kenema Govt Hospital",
              "Ngolahun MCHP", "Port Loko Govt Hospital", "Lunsar CHC", "Magburaka Govt Hospital", "Yengema CHP",
              "Taiama CHC")


def _phone(c, i):
    n = f"{c.r.choice(['76', '77', '78', '79', '88', '30', '33', '99'])}{c.r.randint(100000, 999999)}"
    return c.r.choice([f"+232{n}", f"0{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"+232 {n[:2]} {n[2:]}"])


_P = person_maker(MALE, FEMALE, SURNAMES, DOMAINS, _phone, 1975, 30)
_CHILD = person_maker(MALE, FEMALE, SURNAMES, DOMAINS, _phone, 2022, 3)


def _nin(c, i):
    return "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))


def _tei(c, i):
    p = _CHILD(c, i)
    mother = _P(c, i)
    return dict(p, mother=f"{mother['first']} {p['last']}", mphone=mother["phone"], village=c.r.choice(VILLAGES),
                nin=_nin(c, i), lon=round(c.r.uniform(-12.9, -10.6), 6), lat=round(c.r.uniform(7.1, 9.6), 6))


TEI = per_row("dhis2.tei", _tei)
USR = per_row("dhis2.user", _P)
ATTRS = (("w75KJ2mc4zz", "First name", "TEXT"), ("zDhUuAYrxNC", "Last name", "TEXT"), ("cejWyOfXge6", "Sex", "TEXT"),
         ("iESIqZ0R0R0", "Date of birth", "DATE"), ("P2cwLGskgxn", "Mother/Caregiver phone", "PHONE_NUMBER"),
         ("lZGmxYbs97q", "NIN", "TEXT"), ("VqEFza8wbwA", "Village", "TEXT"),
         ("Qo571yj6Zcn", "Mother/Caregiver name", "TEXT"))


def _teav(c, i):
    tei = (i - 1) // 8 + 1
    k = (i - 1) % 8
    p = TEI(c, tei)
    value = [p["first"], p["last"], "Male" if p["sex"] == "M" else "Female", p["birth"].isoformat(), p["mphone"],
             p["nin"], p["village"], p["mother"]][k]
    return tei, k + 1, value


TEAV = per_row("dhis2.teav", _teav)
VACCINES = ("BCG", "OPV0", "Penta1", "Penta2", "Penta3", "PCV1", "Rota1", "Measles-Rubella 1", "Yellow fever")


def _event_values(c, i):
    if c.r.random() < 0.55:
        return jdump({"bx6fsa0t90x": {"value": c.r.choice(VACCINES), "storedBy": "vaccinator.bo"},
                      "GQY2lXrypjO": {"value": str(round(c.r.uniform(2.4, 14.0), 1))},
                      "vANAXwtLwcT": {"value": c.r.choice(["true", "false"])}})
    return jdump({"sWoqcoByYmD": {"value": str(c.r.randint(8, 39))},
                  "vV9UWAZohSf": {"value": str(round(c.r.uniform(7.0, 13.5), 1))},
                  "K6uUAvq500H": {"value": c.r.choice(["Negative", "Negative", "Positive", "Not tested"])},
                  "msodh3rEMJa": {"value": c.r.choice(["110/70", "120/80", "145/95", "100/60"])}})


NOTE_TEXTS = ("Mother {mother} called from {mphone}, child has fever, advised to come to the PHU.",
              "Defaulter tracing: CHW visited {village}, family relocated to Freetown.",
              "Caregiver {mother} says {first} is sick, will return next week.",
              "Wrong phone number given, new number {mphone}.", "Child weight low, referred to OTP.",
              "Follow up done by SECHN.")
SMS = ("Dear {mother}, {first} is due for the next vaccine on {due}. Please come to {fac}. MoHS",
       "Reminder: ANC visit for {mother} on {due} at {fac}.", "{first} {last} missed Penta 2. Call {mphone}?")


def _note(c, i):
    p = TEI(c, c.r.randint(1, 140))
    return c.r.choice(NOTE_TEXTS).format(**p)


def _sms(c, i):
    p = TEI(c, c.r.randint(1, 140))
    return c.r.choice(SMS).format(due=f"{c.r.randint(1, 28):02d}/0{c.r.randint(1, 9)}/2025",
                                  fac=c.r.choice(FACILITIES), **p), p["mphone"]


SMSROW = per_row("dhis2.sms", _sms)


def dhis2_tables() -> list[T]:
    n = S
    return [
        T(n, "organisationunit", [pid("organisationunitid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("code", "varchar(50)", "none", lambda c, i: f"OU_{170000 + i}"),
          C("name", "varchar(230)", "none", lambda c, i: FACILITIES[(i - 1) % len(FACILITIES)]),
          C("shortname", "varchar(50)", "none", lambda c, i: FACILITIES[(i - 1) % len(FACILITIES)][:20]),
          C("parentid", "int", "none", lambda c, i: None if i == 1 else 1),
          C("path", "varchar(255)", "none", lambda c, i: f"/ImspTQPwCqd/{token(11)(c, i)}"),
          C("hierarchylevel", "int", "none", pick(4)),
          C("openingdate", "date", "none", day(1970, 40)),
          C("closeddate", "date", "none", lambda c, i: None),
          C("address", "varchar(255)", "none", lambda c, i: f"{c.r.choice(CHIEFDOMS)} Chiefdom, {c.r.choice(['Bo', 'Kenema', 'Port Loko'])} District"),
          C("email", "varchar(150)", "none", lambda c, i: f"dhmt.{c.r.choice(['bo', 'kenema', 'portloko'])}@mohs.gov.sl"),
          C("phonenumber", "varchar(150)", "none", maybe(0.4, _phone)),
          C("contactperson", "varchar(255)", "person_name", lambda c, i: f"{_P(c, i)['full']} (In-charge)"),
          C("geometry", "text", "none", lambda c, i: f"POINT({c.r.uniform(-12.9, -10.6):.5f} {c.r.uniform(7.1, 9.6):.5f})"),
          C("created", "timestamp", "none", stamp(2015, 5)),
          C("lastupdated", "timestamp", "none", stamp())], rows=24,
          extra=[fk(n, "organisationunit", "parentid", "organisationunit", "organisationunitid")]),
        T(n, "trackedentityattribute", [pid("trackedentityattributeid"),
          C("uid", "varchar(11)", "none", lambda c, i: ATTRS[i - 1][0]),
          C("name", "varchar(230)", "none", lambda c, i: ATTRS[i - 1][1]),
          C("valuetype", "varchar(50)", "none", lambda c, i: ATTRS[i - 1][2]),
          C("confidential", "boolean", "none", lambda c, i: ATTRS[i - 1][1] == "NIN"),
          C("uniquefield", "boolean", "none", lambda c, i: ATTRS[i - 1][1] == "NIN"),
          C("created", "timestamp", "none", stamp(2018, 2))], rows=8),
        T(n, "userinfo", [pid("userinfoid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("code", "varchar(50)", "none", maybe(0.3, lambda c, i: f"HW{4000 + i}")),
          C("username", "varchar(255)", "none", lambda c, i: f"{USR(c, i)['first'][0].lower()}{USR(c, i)['last'].lower()}{i}"),
          C("password", "varchar(60)", "credentials", bcrypt),
          C("secret", "text", "secret_token", maybe(0.3, token(16, "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
          C("twofa", "boolean", "none", flag(0.3)),
          C("restoretoken", "varchar(255)", "secret_token", maybe(0.2, token(40))),
          C("restoreexpiry", "timestamp", "none", maybe(0.2, stamp())),
          C("lastlogin", "timestamp", "none", stamp()),
          C("passwordlastupdated", "timestamp", "none", stamp()),
          C("disabled", "boolean", "none", flag(0.1)),
          C("surname", "varchar(160)", "person_name", part(USR, "last")),
          C("firstname", "varchar(160)", "person_name", part(USR, "first")),
          C("email", "varchar(160)", "email", part(USR, "email")),
          C("phonenumber", "varchar(80)", "phone", part(USR, "phone")),
          C("jobtitle", "varchar(160)", "none", pick("Vaccinator", "SECHN", "CHO", "M&E Officer", "Midwife", "CHW")),
          C("gender", "varchar(50)", "none", lambda c, i: "gender_male" if USR(c, i)["sex"] == "M" else "gender_female"),
          C("birthday", "date", "birth_date", part(USR, "birth")),
          C("nationality", "varchar(160)", "none", pick("Sierra Leonean")),
          C("employer", "varchar(160)", "none", pick("MoHS", "UNICEF", "Partners In Health")),
          C("whatsapp", "varchar(255)", "phone", maybe(0.5, part(USR, "phone"))),
          C("organisationunitid", "int", "none", rint(1, 24)),
          C("created", "timestamp", "none", stamp(2019, 4))], rows=80,
          extra=[fk(n, "userinfo", "organisationunitid", "organisationunit", "organisationunitid")]),
        T(n, "trackedentityinstance", [pid("trackedentityinstanceid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("code", "varchar(50)", "none", lambda c, i: None),
          C("created", "timestamp", "none", stamp()),
          C("lastupdated", "timestamp", "none", stamp()),
          C("organisationunitid", "int", "none", rint(1, 24)),
          C("trackedentitytypeid", "int", "none", pick(1)),
          C("inactive", "boolean", "none", flag(0.02)),
          C("deleted", "boolean", "none", flag(0.02)),
          C("geometry", "text", "geo_location", lambda c, i: f"POINT({TEI(c, i)['lon']} {TEI(c, i)['lat']})"),
          C("featuretype", "varchar(255)", "none", pick("POINT")),
          C("storedby", "varchar(255)", "none", lambda c, i: f"vaccinator{c.r.randint(1, 80)}"),
          C("potentialduplicate", "boolean", "none", flag(0.03))], rows=140,
          extra=[fk(n, "trackedentityinstance", "organisationunitid", "organisationunit", "organisationunitid")]),
        T(n, "trackedentityattributevalue", [pid("teavid"),
          C("trackedentityinstanceid", "int", "none", lambda c, i: TEAV(c, i)[0]),
          C("trackedentityattributeid", "int", "none", lambda c, i: TEAV(c, i)[1]),
          C("value", "varchar(1200)", "person_name", lambda c, i: TEAV(c, i)[2]),
          C("encryptedvalue", "varchar(50000)", "none", lambda c, i: None),
          C("created", "timestamp", "none", stamp()),
          C("lastupdated", "timestamp", "none", stamp()),
          C("storedby", "varchar(255)", "none", lambda c, i: f"vaccinator{c.r.randint(1, 80)}")], rows=150,
          extra=[fk(n, "trackedentityattributevalue", "trackedentityinstanceid", "trackedentityinstance",
                    "trackedentityinstanceid"),
                 fk(n, "trackedentityattributevalue", "trackedentityattributeid", "trackedentityattribute",
                    "trackedentityattributeid")]),
        T(n, "programinstance", [pid("programinstanceid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("enrollmentdate", "timestamp", "none", stamp(2022, 3)),
          C("incidentdate", "timestamp", "none", stamp(2022, 3)),
          C("programid", "int", "none", pick(1, 2)),
          C("trackedentityinstanceid", "int", "none", lambda c, i: i),
          C("organisationunitid", "int", "none", rint(1, 24)),
          C("status", "varchar(50)", "none", pick("ACTIVE", "COMPLETED", "CANCELLED")),
          C("followup", "boolean", "none", flag(0.1)),
          C("completedby", "varchar(255)", "none", maybe(0.4, lambda c, i: f"sechn{c.r.randint(1, 80)}")),
          C("storedby", "varchar(255)", "none", lambda c, i: f"vaccinator{c.r.randint(1, 80)}"),
          C("deleted", "boolean", "none", flag(0.02)),
          C("createdatclient", "timestamp", "none", stamp())], rows=140,
          extra=[fk(n, "programinstance", "trackedentityinstanceid", "trackedentityinstance", "trackedentityinstanceid"),
                 fk(n, "programinstance", "organisationunitid", "organisationunit", "organisationunitid")]),
        T(n, "programstageinstance", [pid("programstageinstanceid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("programinstanceid", "int", "none", rint(1, 140)),
          C("programstageid", "int", "none", pick(11, 12, 21)),
          C("duedate", "timestamp", "none", stamp()),
          C("executiondate", "timestamp", "none", stamp()),
          C("organisationunitid", "int", "none", rint(1, 24)),
          C("status", "varchar(25)", "none", pick("COMPLETED", "ACTIVE", "SCHEDULE", "OVERDUE", "SKIPPED")),
          C("storedby", "varchar(255)", "none", lambda c, i: f"vaccinator{c.r.randint(1, 80)}"),
          C("completedby", "varchar(255)", "none", lambda c, i: f"sechn{c.r.randint(1, 80)}"),
          C("completeddate", "timestamp", "none", stamp()),
          C("eventdatavalues", "jsonb", "health", _event_values),
          C("geometry", "text", "geo_location",
            lambda c, i: f"POINT({c.r.uniform(-12.9, -10.6):.6f} {c.r.uniform(7.1, 9.6):.6f})"),
          C("deleted", "boolean", "none", flag(0.02)),
          C("attributeoptioncomboid", "int", "none", pick(16))], rows=150,
          extra=[fk(n, "programstageinstance", "programinstanceid", "programinstance", "programinstanceid"),
                 fk(n, "programstageinstance", "organisationunitid", "organisationunit", "organisationunitid")]),
        T(n, "note", [pid("noteid"),
          C("uid", "varchar(11)", "none", token(11)),
          C("notetext", "text", "free_text_may_contain_pii", _note),
          C("creator", "varchar(255)", "none", lambda c, i: f"chw{c.r.randint(1, 80)}"),
          C("created", "timestamp", "none", stamp()),
          C("lastupdatedby", "int", "none", rint(1, 80))], rows=100,
          extra=[fk(n, "note", "lastupdatedby", "userinfo", "userinfoid")]),
        T(n, "datavalue", [pid("datavalueid"),
          C("dataelementid", "int", "none", rint(100, 160)),
          C("periodid", "int", "none", rint(2000, 2030)),
          C("sourceid", "int", "none", rint(1, 24)),
          C("categoryoptioncomboid", "int", "none", rint(15, 40)),
          C("attributeoptioncomboid", "int", "none", pick(16)),
          C("value", "varchar(50000)", "none", lambda c, i: str(c.r.randint(0, 340))),
          C("storedby", "varchar(255)", "none", lambda c, i: f"me.officer{c.r.randint(1, 9)}"),
          C("created", "timestamp", "none", stamp()),
          C("lastupdated", "timestamp", "none", stamp()),
          C("comment", "varchar(50000)", "none", maybe(0.2, pick("Stock-out of BCG this month", "Outreach cancelled, rain",
                                                                    "Figures from the register, checked by DHMT"))),
          C("followup", "boolean", "none", flag(0.05)),
          C("deleted", "boolean", "none", flag(0.01))], rows=150,
          extra=[fk(n, "datavalue", "sourceid", "organisationunit", "organisationunitid")]),
        T(n, "outbound_sms", [pid(),
          C("date", "timestamp", "none", stamp()),
          C("message", "text", "free_text_may_contain_pii", lambda c, i: SMSROW(c, i)[0]),
          C("status", "varchar(255)", "none", pick("SENT", "DELIVERED", "FAILED")),
          C("sender", "varchar(255)", "none", pick("MoHS-EPI")),
          C("subject", "varchar(255)", "none", pick("Immunisation reminder", "ANC reminder")),
          C("recipient", "varchar(255)", "phone", lambda c, i: SMSROW(c, i)[1]),
          C("gateway_ref", "varchar(64)", "none", digits(12)),
          C("cost", "numeric(6,3)", "none", money(0.01, 0.2))], rows=120),
    ]
