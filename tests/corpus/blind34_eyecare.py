"""aj_eyecare_sz: the in-house patient register of a mission-hospital eye unit in the Lubombo region of Eswatini
(a plausible institution, not a product). A local developer's PostgreSQL tables mix English and siSwati column
names (sibongo = surname, libito = given name, inombolo_yelucingo = phone number, umphakatsi = chiefdom)."""
from __future__ import annotations

from .blind26_gens import C, cached, amounts, bcrypt, dates, digits, fk, fkey, hexs, ints, maybe, one, seq, stamps
from .blind34_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "aj_eyecare_sz"
P, ST = "sz.patient", "sz.staff"
N_PAT, N_VIS, N_STAFF = 150, 150, 14
CHIEFDOMS = ["Lomahasha", "Mhlume", "Siphofaneni", "Mpaka", "Lubuli", "Sigcaweni", "Maphungwane", "Hlane"]
DX = [("H25.1", "Age-related nuclear cataract"), ("H40.1", "Primary open-angle glaucoma"), ("H52.1", "Myopia"),
      ("H52.4", "Presbyopia"), ("E11.3", "Type 2 diabetes with ophthalmic complications"), ("H10.3", "Acute conjunctivitis"),
      ("H18.6", "Keratoconus"), ("A71.1", "Trachoma, active stage"), ("H54.0", "Blindness, both eyes")]
VA = ["6/6", "6/9", "6/12", "6/18", "6/24", "6/36", "6/60", "3/60", "CF", "HM", "PL", "NPL"]


def pt(f: str):
    return person("sz", P, f, 1938, 2020)


def _notes(c, i):
    return c.r.choice(["Dense cataract RE, fundus not visible. Listed for MSICS.", "IOP raised both eyes, start timolol 0.5% bd.",
                       "Known diabetic on metformin; background retinopathy LE. Review 6 months.",
                       "Child failed school screening; cycloplegic refraction done.", "Trachoma TF, azithromycin given.",
                       "Post-op day 1: mild corneal oedema, VA 6/18."])


def _dx(k: int):
    return lambda c, i: cached(c, ("sz.dx", i), lambda cx: {"dx": cx.r.choice(DX)})["dx"][k]


def eyecare_tables() -> list[Table]:
    s = lambda f: person("sz", ST, f, 1965, 1998)    # noqa: E731
    return [
        Table(S, "staff", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("full_name", "varchar(120)", "person_name", s("full")),
            C("cadre", "varchar(40)", "none", one("Ophthalmologist", "Ophthalmic nurse", "Optometrist", "Receptionist")),
            C("cell", "varchar(20)", "phone", s("mobile")),
            C("email", "varchar(120)", "email", lambda c, i: f"{s('user')(c, i)}@goodshepherd.org.sz"),
            C("login", "varchar(40)", "none", s("user")),
            C("pwd_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c)),
            C("is_active", "boolean", "none", one(True, True, False)),
        ], rows=N_STAFF),
        Table(S, "eye_patients", [
            C("patient_id", "integer PRIMARY KEY", "none", seq()),
            C("file_no", "varchar(20)", "none", lambda c, i: f"EYE/{2015 + i % 10}/{i:04d}"),
            C("pin", "varchar(13)", "national_id", maybe(pt("natid"), 0.8), "Eswatini personal identification number"),
            C("sibongo", "varchar(60)", "person_name", pt("last")),
            C("libito", "varchar(60)", "person_name", pt("first")),
            C("date_of_birth", "date", "birth_date", pt("birth")),
            C("sex", "char(1)", "none", pt("sex")),
            C("inombolo_yelucingo", "varchar(20)", "phone", maybe(pt("mobile"), 0.85)),
            C("next_of_kin", "varchar(120)", "person_name", any_name("sz")),
            C("nok_relationship", "varchar(30)", "none", one("Mother", "Son", "Daughter", "Husband", "Wife", "Gogo")),
            C("nok_phone", "varchar(20)", "phone", maybe(any_mobile("sz"), 0.8)),
            C("umphakatsi", "varchar(60)", "none", lambda c, i: c.r.choice(CHIEFDOMS)),
            C("inkhundla", "varchar(60)", "none", one("Lomahasha", "Siphofaneni", "Mhlangatane", "Dvokodvweni")),
            C("home_address", "varchar(200)", "postal_address", maybe(pt("a_full"), 0.5)),
            C("postal_box", "varchar(40)", "postal_address", maybe(lambda c, i: f"P.O. Box {c.r.randint(1, 900)}, Siteki", 0.3)),
            C("region", "varchar(20)", "none", one("Lubombo", "Lubombo", "Manzini", "Shiselweni")),
            C("email", "varchar(120)", "email", maybe(pt("email"), 0.1)),
            C("blind_register", "boolean", "health", one(False, False, False, True), "registered as visually impaired"),
            C("registered_on", "date", "none", dates(2015, 2025)),
        ], rows=N_PAT),
        Table(S, "eye_consultations", [
            C("visit_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 7)),
            C("visit_date", "date", "none", dates(2021, 2025)),
            C("visit_type", "varchar(20)", "none", one("New", "Review", "Outreach", "Post-op")),
            C("va_re_unaided", "varchar(8)", "health", one(*VA)),
            C("va_le_unaided", "varchar(8)", "health", one(*VA)),
            C("va_re_pinhole", "varchar(8)", "health", maybe(one(*VA[:8]), 0.6)),
            C("va_le_pinhole", "varchar(8)", "health", maybe(one(*VA[:8]), 0.6)),
            C("iop_re", "smallint", "health", ints(9, 38), "mmHg"),
            C("iop_le", "smallint", "health", ints(9, 38)),
            C("diagnosis_icd10", "varchar(8)", "health", _dx(0)),
            C("diagnosis_text", "varchar(200)", "health", _dx(1)),
            C("is_diabetic", "boolean", "health", one(False, False, True)),
            C("clinical_notes", "text", "health", _notes),
            C("clinician_id", "integer", "none", fk(N_STAFF, 3)),
            C("fee_paid_sze", "numeric(8,2)", "none", one(0, 30, 50, 80)),
        ], rows=N_VIS, extra=[fkey(S, "eye_consultations", "patient_id", "eye_patients", "patient_id"),
                              fkey(S, "eye_consultations", "clinician_id", "staff", "staff_id")]),
        Table(S, "refractions", [
            C("rx_id", "integer PRIMARY KEY", "none", seq()),
            C("visit_id", "integer", "none", fk(N_VIS, 3)),
            C("sph_re", "numeric(5,2)", "health", lambda c, i: c.r.choice(range(-32, 17)) / 4),
            C("cyl_re", "numeric(5,2)", "health", lambda c, i: -c.r.choice(range(0, 13)) / 4),
            C("axis_re", "smallint", "health", ints(0, 180)),
            C("sph_le", "numeric(5,2)", "health", lambda c, i: c.r.choice(range(-32, 17)) / 4),
            C("cyl_le", "numeric(5,2)", "health", lambda c, i: -c.r.choice(range(0, 13)) / 4),
            C("axis_le", "smallint", "health", ints(0, 180)),
            C("add_power", "numeric(4,2)", "health", maybe(one(1.0, 1.5, 2.0, 2.5, 3.0), 0.5)),
            C("pd_mm", "smallint", "none", ints(54, 70), "pupillary distance, for the frame"),
            C("refracted_by", "integer", "none", fk(N_STAFF, 5)),
        ], rows=130, extra=[fkey(S, "refractions", "visit_id", "eye_consultations", "visit_id"),
                              fkey(S, "refractions", "refracted_by", "staff", "staff_id")]),
        Table(S, "spectacle_orders", [
            C("order_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 11)),
            C("frame_code", "varchar(20)", "none", lambda c, i: f"FR-{c.r.choice(['A', 'B', 'K'])}{c.r.randint(10, 99)}"),
            C("lens_type", "varchar(30)", "none", one("Single vision", "Bifocal", "Reading only", "Photochromic SV")),
            C("price_sze", "numeric(8,2)", "none", amounts(150, 900)),
            C("momo_number", "varchar(20)", "phone", maybe(lambda c, i: f"7{c.r.choice('68')}{digits(c, 6)}", 0.6),
              "MTN MoMo wallet that paid"),
            C("momo_txn_id", "varchar(20)", "none", maybe(lambda c, i: f"MP{digits(c, 6)}.{digits(c, 4)}.{hexs(c, 6).upper()}",
                                                          0.6)),
            C("collected_on", "date", "none", maybe(dates(2021, 2025), 0.8)),
            C("collected_by", "varchar(120)", "person_name", maybe(any_name("sz"), 0.3), "if not the patient"),
        ], rows=120, extra=[fkey(S, "spectacle_orders", "patient_id", "eye_patients", "patient_id")]),
        Table(S, "surgery_list", [
            C("surgery_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 13)),
            C("eye", "char(2)", "none", one("RE", "LE")),
            C("procedure", "varchar(60)", "health", one("MSICS + PCIOL", "Phaco + PCIOL", "Trabeculectomy", "Trichiasis surgery (BLTR)")),
            C("iol_power", "numeric(4,1)", "health", maybe(lambda c, i: c.r.choice(range(36, 50)) / 2, 0.7)),
            C("anaesthesia", "varchar(20)", "none", one("Peribulbar", "Topical", "General")),
            C("theatre_date", "date", "none", dates(2021, 2025)),
            C("surgeon_id", "integer", "none", fk(N_STAFF, 1)),
            C("complications", "text", "health", maybe(one("Posterior capsule rupture, anterior vitrectomy",
                                                           "Iris prolapse", "Hyphaema day 1, resolved"), 0.2)),
            C("postop_va", "varchar(8)", "health", maybe(one(*VA[:8]), 0.8)),
            C("consent_signed_by", "varchar(120)", "person_name", lambda c, i: pt("full")(c, fk(N_PAT, 13)(c, i))
              if i % 4 else any_name("sz")(c, i)),
            C("sponsor", "varchar(60)", "none", one("Self", "Phalala Fund", "Lions Club Manzini", "CBM")),
        ], rows=90, extra=[fkey(S, "surgery_list", "patient_id", "eye_patients", "patient_id"),
                              fkey(S, "surgery_list", "surgeon_id", "staff", "staff_id")]),
        Table(S, "outreach_sites", [
            C("site_id", "integer PRIMARY KEY", "none", seq()),
            C("site_name", "varchar(80)", "none", lambda c, i: f"{c.r.choice(CHIEFDOMS)} {c.r.choice(['Clinic', 'Umphakatsi', 'Primary School'])}"),
            C("gps_lat", "numeric(9,6)", "none", lambda c, i: round(-26.3 + c.r.uniform(-0.5, 0.3), 6), "the site, a public place"),
            C("gps_lon", "numeric(9,6)", "none", lambda c, i: round(31.9 + c.r.uniform(-0.2, 0.2), 6)),
            C("contact_person", "varchar(120)", "person_name", any_name("sz")),
            C("contact_cell", "varchar(20)", "phone", any_mobile("sz")),
            C("last_visit", "date", "none", dates(2023, 2025)),
            C("screened_total", "integer", "none", ints(20, 400)),
        ], rows=80),
        Table(S, "sms_log", [
            C("sms_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 3)),
            C("to_number", "varchar(20)", "phone", lambda c, i: pt("mobile")(c, fk(N_PAT, 3)(c, i))),
            C("message", "varchar(320)", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                f"Sawubona {pt('first')(c, fk(N_PAT, 3)(c, i))}, your eye review is on {dates(2025, 2025)(c, i)}.",
                "Your spectacles are ready for collection at Good Shepherd Eye Unit.",
                f"Khumbula: umhlaka {dates(2025, 2025)(c, i)} ekuseni. Letsa {POOLS['sz']['m'][0]} ku 2343 4133."])),
            C("sent_at", "timestamp", "none", stamps(2023, 2025)),
            C("status", "varchar(12)", "none", one("DELIVERED", "DELIVERED", "FAILED")),
        ], rows=140, extra=[fkey(S, "sms_log", "patient_id", "eye_patients", "patient_id")]),
    ]
