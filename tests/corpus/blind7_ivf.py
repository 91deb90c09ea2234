"""j_ivf: a US fertility clinic's IVF lab and practice database (in the style of the SART CORS reporting data):
sites, patients and partners, treatment cycles, stimulation drugs, embryos, PGT-A results, semen analyses,
gamete donors and consents."""
from __future__ import annotations

from .blind7_gens import (birth, code, day, email, fk, fkey, full_name, first, last, maybe, money, one, phone,
                          r_int, ssn, street, template, us_city, us_state, us_zip, seq_code)
from .gens import Col, Table

S = "j_ivf"
SITES = ["Midwest Fertility Center - Columbus", "Midwest Fertility Center - Dublin", "Midwest Fertility Center - Dayton",
         "MFC Egg Freezing Studio", "MFC Andrology Lab", "MFC Toledo Satellite", "MFC Cincinnati", "MFC Akron"]
DRUGS = [("Gonal-f RFF Pen", "225 IU"), ("Follistim AQ", "150 IU"), ("Menopur", "75 IU"), ("Cetrotide", "0.25 mg"),
         ("ganirelix", "250 mcg"), ("Ovidrel", "250 mcg"), ("leuprolide acetate", "10 units"),
         ("progesterone in oil", "1 mL IM"), ("Estrace", "2 mg PO BID"), ("letrozole", "5 mg")]
CARRIERS = ["Aetna", "Anthem BCBS", "UnitedHealthcare", "Cigna", "Progyny", "Self-pay", "Medical Mutual"]


def sites() -> Table:
    return Table(S, "clinic_site", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("name", "varchar(80)", "none", lambda c, i: SITES[i - 1]),
        Col("address1", "varchar(80)", "none", street("us")),
        Col("city", "varchar(40)", "none", us_city),
        Col("state", "char(2)", "none", us_state),
        Col("zip", "varchar(10)", "none", us_zip),
        Col("main_phone", "varchar(20)", "none", phone("us")),
        Col("sart_clinic_code", "char(4)", "none", code("9999")),
        Col("lab_director", "varchar(80)", "person_name", lambda c, i: full_name("us")(c, i) + ", PhD, HCLD"),
    ], rows=8)


def ivf_tables() -> list[Table]:
    pat = Table(S, "patient", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("mrn", "varchar(12)", "none", seq_code("MFC{:06d}")),
        Col("last_name", "varchar(40)", "person_name", last("us")),
        Col("first_name", "varchar(40)", "person_name", first("us")),
        Col("dob", "date", "birth_date", birth(1978, 2002)),
        Col("ssn", "varchar(11)", "national_id", maybe(0.7, ssn, "")),
        Col("cell_phone", "varchar(20)", "phone", phone("us")),
        Col("email", "varchar(80)", "email", email("us")),
        Col("address1", "varchar(80)", "postal_address", street("us")),
        Col("city", "varchar(40)", "none", us_city),
        Col("state", "char(2)", "none", us_state),
        Col("zip", "varchar(10)", "postal_address", us_zip),
        Col("marital_status", "varchar(12)", "none", one("Married", "Single", "Partnered", "Divorced", None)),
        Col("partner_type", "varchar(20)", "sex_life", one("Male partner", "Male partner", "Female partner", "None (single)", "Male partner")),
        Col("race_ethnicity", "varchar(40)", "ethnic_origin", one("White", "Black or African American", "Asian", "Hispanic/Latina", "Declined", "White")),
        Col("insurance_carrier", "varchar(30)", "none", one(*CARRIERS)),
        Col("referring_md", "varchar(60)", "person_name", maybe(0.7, lambda c, i: "Dr. " + full_name("us")(c, i), "")),
        Col("site_id", "int", "none", fk(8)),
    ], rows=130, extra=[fkey(S, "patient", "site_id", "clinic_site")])
    partner = Table(S, "partner", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("patient_id", "int", "none", fk(130)),
        Col("last_name", "varchar(40)", "person_name", last("us")),
        Col("first_name", "varchar(40)", "person_name", first("us")),
        Col("dob", "date", "birth_date", birth(1970, 2001)),
        Col("sex", "char(1)", "none", one("M", "M", "M", "F")),
        Col("phone", "varchar(20)", "phone", maybe(0.8, phone("us"), "")),
        Col("email", "varchar(80)", "email", maybe(0.7, email("us"), "")),
        Col("relationship", "varchar(20)", "none", one("Spouse", "Spouse", "Partner", "Known donor")),
    ], rows=110, extra=[fkey(S, "partner", "patient_id", "patient")])
    cycle = Table(S, "treatment_cycle", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("patient_id", "int", "none", fk(130)),
        Col("cycle_no", "smallint", "none", r_int(1, 6)),
        Col("cycle_type", "varchar(20)", "health", one("IVF", "IVF/ICSI", "FET", "IUI", "Oocyte cryo", "Donor egg IVF")),
        Col("start_date", "date", "none", day(2022, 2025)),
        Col("protocol", "varchar(40)", "health", one("Antagonist", "Long Lupron", "Microflare", "Natural FET", "Letrozole IUI", "Mini-stim")),
        Col("amh_ng_ml", "numeric(5,2)", "health", money(0.1, 9.5)),
        Col("afc", "smallint", "health", r_int(2, 35)),
        Col("outcome", "varchar(30)", "health", maybe(0.85, one("Clinical pregnancy", "Negative", "Biochemical", "Ectopic", "Live birth", "Miscarriage"))),
        Col("cancel_reason", "varchar(60)", "health", maybe(0.1, one("Poor response", "OHSS risk", "Premature LH surge", "Patient choice"), "")),
        Col("physician_initials", "varchar(4)", "none", one("KLM", "RDS", "AJP", "TW")),
    ], rows=150, extra=[fkey(S, "treatment_cycle", "patient_id", "patient")])

    def drug(k: int):
        return lambda c, i: DRUGS[(i * 7 + i // 3) % len(DRUGS)][k]
    stim = Table(S, "stim_medication", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("cycle_id", "int", "none", fk(150)),
        Col("drug_name", "varchar(40)", "health", drug(0)),
        Col("dose", "varchar(20)", "health", drug(1)),
        Col("start_cd", "smallint", "none", r_int(1, 12)),
        Col("days", "smallint", "none", r_int(1, 11)),
    ], rows=150, extra=[fkey(S, "stim_medication", "cycle_id", "treatment_cycle")])
    emb = Table(S, "embryo", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("cycle_id", "int", "none", fk(150)),
        Col("embryo_no", "smallint", "none", r_int(1, 12)),
        Col("day", "smallint", "none", one(3, 5, 5, 6, 7)),
        Col("grade", "varchar(6)", "health", one("4AA", "5AB", "4BB", "3BC", "6AA", "8-cell", "4CC")),
        Col("status", "varchar(15)", "health", one("Transferred", "Vitrified", "Vitrified", "Discarded", "Biopsied", "Arrested")),
        Col("straw_label", "varchar(20)", "none", code("AA-9999-E9")),
        Col("tank", "varchar(6)", "none", one("T1", "T2", "T3", "DEWAR4")),
        Col("cane", "varchar(6)", "none", code("C99")),
    ], rows=150, extra=[fkey(S, "embryo", "cycle_id", "treatment_cycle")])
    pgt = Table(S, "pgt_result", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("embryo_id", "int", "none", fk(150)),
        Col("reference_lab", "varchar(40)", "none", one("CooperGenomics", "Igenomix", "Juno Genetics", "Natera Spectrum")),
        Col("accession_no", "varchar(16)", "none", code("AA9999999")),
        Col("result", "varchar(40)", "genetic", one("Euploid", "Euploid", "Aneuploid +21", "Aneuploid -16", "Mosaic +7 (30%)", "No result")),
        Col("karyotype", "varchar(30)", "genetic", one("46,XX", "46,XY", "47,XY,+21", "45,X", "47,XXY", "46,XX,del(5p)")),
        Col("sex_chromosomes", "varchar(4)", "genetic", one("XX", "XY", "X", "XXY")),
        Col("mosaic_pct", "smallint", "genetic", maybe(0.2, r_int(20, 80))),
    ], rows=120, extra=[fkey(S, "pgt_result", "embryo_id", "embryo")])
    semen = Table(S, "semen_analysis", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("partner_id", "int", "none", fk(110)),
        Col("collected_on", "date", "none", day(2022, 2025)),
        Col("abstinence_days", "smallint", "sex_life", r_int(1, 9)),
        Col("volume_ml", "numeric(4,1)", "health", money(0.5, 6.0)),
        Col("conc_m_per_ml", "numeric(6,1)", "health", money(0, 140)),
        Col("total_motility_pct", "smallint", "health", r_int(0, 80)),
        Col("strict_morph_pct", "smallint", "health", r_int(0, 14)),
        Col("collection_site", "varchar(10)", "none", one("Clinic", "Home", "Clinic")),
    ], rows=110, extra=[fkey(S, "semen_analysis", "partner_id", "partner")])
    donor = Table(S, "gamete_donor", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("donor_code", "varchar(10)", "none", code("D-99999")),
        Col("donor_type", "varchar(6)", "none", one("Egg", "Egg", "Sperm")),
        Col("ethnicity", "varchar(40)", "ethnic_origin", one("Caucasian", "Ashkenazi Jewish", "Korean", "Mexican", "Nigerian", "Irish/Italian", "Puerto Rican")),
        Col("eye_color", "varchar(10)", "none", one("Brown", "Blue", "Green", "Hazel")),
        Col("hair_color", "varchar(10)", "none", one("Brown", "Blonde", "Black", "Red")),
        Col("height_in", "smallint", "none", r_int(60, 76)),
        Col("blood_type", "varchar(3)", "health", one("O+", "A+", "B+", "AB+", "O-", "A-")),
        Col("carrier_screen", "varchar(60)", "genetic", one("Negative (283 genes)", "CFTR carrier dF508", "SMN1 1 copy (SMA carrier)", "GJB2 carrier", "Negative")),
        Col("cmv_status", "varchar(8)", "health", one("Neg", "Pos", "Neg")),
        Col("anonymous", "boolean", "none", one(True, True, False)),
    ], rows=90)
    consent = Table(S, "consent", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("patient_id", "int", "none", fk(130)),
        Col("form", "varchar(40)", "none", one("IVF/ICSI consent v7", "Embryo cryopreservation", "PGT-A consent", "Financial agreement")),
        Col("signed_on", "date", "none", day(2022, 2025)),
        Col("embryo_disposition", "varchar(40)", "none", one("Donate to research", "Thaw and discard", "Donate to another couple", "")),
        Col("witness", "varchar(60)", "person_name", full_name("us")),
        Col("comments", "text", "free_text_may_contain_pii", template(
            "", "", "Signed electronically via portal", "Pt asked that {name} be allowed to pick up records",
            "Spouse signed at 2nd visit, call {phone} with questions", name=full_name("us"), phone=phone("us"))),
    ], rows=120, extra=[fkey(S, "consent", "patient_id", "patient")])
    return [sites(), pat, partner, cycle, stim, emb, pgt, semen, donor, consent]
