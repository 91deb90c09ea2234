"""q_biopank: the in-house participant and sample system of a Tartu population biobank (a Python/Flask research
application, English snake_case, Estonian and Russian values): staff, participants (isikukood, ethnicity, native
language), broad consents, samples, genotype results, the lifestyle questionnaire, diagnoses linked from the health
insurance fund and cancer registry, and pharmacogenetic reports returned to participants."""
from __future__ import annotations

from .blind14_gens import (EE_F, EE_LAST, EE_M, Rec, argon2id, boolean, const, digits, ee_person, fk, integer, ipv4,
                           maybe, num, one, pk, ref, ts, when)
from .gens import Col, Table

S = "q_biopank"
N_STAFF, N_PART, N_SAMPLE = 12, 150, 150
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
STAFF = (("kadri.tamm", "Kadri Tamm", "admin"), ("andres.m", "Andres Mägi", "data_manager"),
         ("liis.k", "Liis Kask", "nurse"), ("tiina.sepp", "Tiina Sepp", "nurse"), ("olga.p", "Olga Petrova", "nurse"),
         ("margus.r", "Margus Rebane", "lab"), ("kertu.o", "Kertu Oja", "lab"), ("priit.i", "Priit Ilves", "geneticist"),
         ("helen.l", "Helen Luik", "counsellor"), ("jelena.v", "Jelena Vassiljeva", "counsellor"),
         ("siim.k", "Siim Kallas", "developer"), ("svc_lims", "LIMS integratsioon", "service"))


def _staff(c, i):
    user, name, role = STAFF[i - 1]
    return {"user": user, "name": name, "role": role,
            "email": f"{user.replace('svc_', '')}@biopank.example.ee" if role != "service" else "lims@biopank.example.ee"}


def staff() -> Table:
    r = Rec(_staff)
    return Table(S, "staff", [
        pk("id", "integer"),
        Col("username", "varchar(40)", "none", r.f("user")),
        Col("full_name", "varchar(120)", "person_name", r.f("name")),
        Col("email", "varchar(120)", "email", r.f("email")),
        Col("password_hash", "varchar(200)", "credentials", lambda c, i: argon2id(c)),
        Col("role", "varchar(20)", "none", r.f("role")),
        Col("totp_secret", "varchar(32)", "secret_token", lambda c, i: "".join(c.r.choice(B32) for _ in range(32))),
        Col("last_login", "timestamp", "none", ts(2025, 2026)),
        Col("last_login_ip", "inet", "ip_address", lambda c, i: ipv4(c, ("193.40.12", "193.40.13", "90.191", "84.50"))),
        Col("active", "boolean", "none", boolean(0.9)),
    ], rows=N_STAFF)


def participants() -> Table:
    r = Rec(lambda c, i: ee_person(c))
    return Table(S, "participant", [
        pk("id", "integer"),
        Col("personal_code", "char(11)", "national_id", r.f("ik")),
        Col("first_name", "varchar(80)", "person_name", r.f("first")),
        Col("last_name", "varchar(80)", "person_name", r.f("last")),
        Col("birth_date", "date", "birth_date", r.f("birth")),
        Col("sex", "char(1)", "none", lambda c, i: "M" if r.f("sex")(c, i) == "m" else "N"),
        Col("ethnicity", "varchar(40)", "ethnic_origin", r.f("eth")),
        Col("native_language", "varchar(20)", "none", r.f("lang")),
        Col("street_address", "varchar(200)", "postal_address", r.f("street")),
        Col("postal_code", "char(5)", "postal_address", r.f("pc")),
        Col("city", "varchar(60)", "none", r.f("town")),
        Col("county", "varchar(40)", "none", r.f("county")),
        Col("phone", "varchar(20)", "phone", r.f("phone")),
        Col("email", "varchar(120)", "email", maybe(0.7, r.f("email"))),
        Col("recruited_at", "timestamp", "none", ts(2002, 2020)),
        Col("recruiter_id", "integer", "none", one(3, 4, 5)),
        Col("recruitment_site", "varchar(60)", "none", one("Tartu Ülikooli Kliinikum", "Perearstikeskus Annelinn",
                                                          "Ida-Viru Keskhaigla", "Pärnu Haigla", "Apteek Tallinn")),
        Col("consent_version", "varchar(10)", "none", one("2001.1", "2018.2", "2018.2", "2022.1")),
        Col("withdrawn_at", "date", "none", lambda c, i: when(c, 2015, 2026).date() if c.r.random() < 0.03 else None),
        Col("deceased_date", "date", "none", lambda c, i: when(c, 2010, 2026).date() if c.r.random() < 0.06 else None),
    ], rows=N_PART, extra=[fk(S, "participant", "recruiter_id", "staff")])


def consents() -> Table:
    return Table(S, "consent", [
        pk("id", "integer"),
        Col("participant_id", "integer", "none", ref(N_PART)),
        Col("version", "varchar(10)", "none", one("2001.1", "2018.2", "2022.1")),
        Col("signed_at", "timestamp", "none", ts(2002, 2026)),
        Col("allows_recontact", "boolean", "none", boolean(0.9)),
        Col("allows_genetic_research", "boolean", "none", boolean(0.97)),
        Col("allows_registry_linkage", "boolean", "none", boolean(0.95)),
        Col("allows_return_of_results", "boolean", "none", boolean(0.8)),
        Col("witness_name", "varchar(120)", "person_name",
            lambda c, i: f"{c.r.choice(EE_F + EE_M)} {c.r.choice(EE_LAST)}"),
        Col("signed_place", "varchar(60)", "none", one("Tartu", "Tallinn", "Narva", "Pärnu", "digitaalselt (ID-kaart)")),
        Col("document_scan", "varchar(200)", "none", lambda c, i: f"/archive/consent/{c.r.randint(2002, 2026)}/{digits(c, 8)}.pdf"),
    ], rows=150, extra=[fk(S, "consent", "participant_id", "participant")])


def samples() -> Table:
    return Table(S, "sample", [
        pk("id", "integer"),
        Col("participant_id", "integer", "none", ref(N_PART)),
        Col("barcode", "varchar(20)", "none", lambda c, i: f"EGV{digits(c, 9)}"),
        Col("sample_type", "varchar(30)", "none", one("täisveri EDTA", "plasma", "seerum", "DNA", "DNA", "buffy coat")),
        Col("collected_at", "timestamp", "none", ts(2002, 2026)),
        Col("collection_site", "varchar(60)", "none", one("Tartu", "Tallinn", "Narva", "Pärnu")),
        Col("freezer", "varchar(10)", "none", one("F-80-01", "F-80-02", "F-80-03", "LN2-01")),
        Col("rack_position", "varchar(20)", "none", lambda c, i: f"R{c.r.randint(1, 12)}-B{c.r.randint(1, 20)}-{c.r.choice('ABCDEFGH')}{c.r.randint(1, 12)}"),
        Col("volume_ul", "integer", "none", integer(50, 4000)),
        Col("dna_conc_ng_ul", "numeric(7,2)", "none", num(5, 450)),
        Col("a260_280", "numeric(4,2)", "none", num(1.6, 2.05)),
        Col("status", "varchar(20)", "none", one("stored", "stored", "genotyped", "sequenced", "depleted")),
        Col("processed_by", "integer", "none", one(6, 7)),
    ], rows=N_SAMPLE, extra=[fk(S, "sample", "participant_id", "participant"), fk(S, "sample", "processed_by", "staff")])


SNPS = (("rs429358", "19", 44908684, "APOE", ("TT", "TC", "CC"), "risk factor"),
        ("rs7412", "19", 44908822, "APOE", ("CC", "CT", "TT"), "risk factor"),
        ("rs1801133", "1", 11796321, "MTHFR", ("GG", "GA", "AA"), "benign"),
        ("rs4149056", "12", 21178615, "SLCO1B1", ("TT", "TC", "CC"), "drug response"),
        ("rs6025", "1", 169549811, "F5", ("CC", "CT"), "pathogenic"),
        ("rs1799963", "11", 46739505, "F2", ("GG", "GA"), "pathogenic"),
        ("rs80357906", "17", 43057051, "BRCA1", ("--", "-G"), "pathogenic"),
        ("rs4244285", "10", 94781859, "CYP2C19", ("GG", "GA", "AA"), "drug response"),
        ("rs9923231", "16", 31096368, "VKORC1", ("CC", "CT", "TT"), "drug response"),
        ("rs1800562", "6", 26092913, "HFE", ("GG", "GA", "AA"), "pathogenic"),
        ("rs113993960", "7", 117559590, "CFTR", ("CTT/CTT", "CTT/-"), "pathogenic"))


def _geno(c, i):
    rs, ch, pos, gene, gts, sig = c.r.choice(SNPS)
    gt = c.r.choice(gts)
    zyg = "homozygous" if gt[0] == gt[-1] else "heterozygous"
    acmg = "5" if sig == "pathogenic" else ("1" if sig == "benign" else "-")
    return {"rs": rs, "ch": ch, "pos": pos, "gene": gene, "gt": gt, "zyg": zyg, "sig": sig, "acmg": acmg}


def genotypes() -> Table:
    r = Rec(_geno)
    return Table(S, "genotype_result", [
        pk("id", "bigint"),
        Col("sample_id", "integer", "none", ref(N_SAMPLE)),
        Col("array_type", "varchar(40)", "none", one("Illumina GSA v3", "Illumina GSA v3", "Illumina OmniExpress", "WGS 30x")),
        Col("rsid", "varchar(20)", "none", r.f("rs")),
        Col("chromosome", "varchar(2)", "none", r.f("ch")),
        Col("position", "integer", "none", r.f("pos")),
        Col("genotype", "varchar(10)", "genetic", r.f("gt")),
        Col("gene", "varchar(20)", "none", r.f("gene")),
        Col("zygosity", "varchar(20)", "genetic", r.f("zyg")),
        Col("clinical_significance", "varchar(30)", "genetic", r.f("sig")),
        Col("acmg_class", "varchar(2)", "genetic", r.f("acmg")),
        Col("call_rate", "numeric(5,4)", "none", num(0.97, 1.0, 4)),
        Col("reported_at", "timestamp", "none", ts(2018, 2026)),
    ], rows=150, extra=[fk(S, "genotype_result", "sample_id", "sample")])


def questionnaires() -> Table:
    return Table(S, "questionnaire", [
        pk("id", "integer"),
        Col("participant_id", "integer", "none", ref(N_PART)),
        Col("completed_at", "timestamp", "none", ts(2002, 2026)),
        Col("height_cm", "smallint", "health", integer(150, 200)),
        Col("weight_kg", "numeric(5,1)", "health", num(45, 140, 1)),
        Col("waist_cm", "smallint", "health", integer(60, 130)),
        Col("smoking_status", "varchar(20)", "health", one("never", "never", "former", "current", "occasional")),
        Col("cigarettes_per_day", "smallint", "health", maybe(0.2, integer(2, 30))),
        Col("alcohol_units_week", "smallint", "health", integer(0, 30)),
        Col("education_level", "varchar(40)", "none", one("põhiharidus", "keskharidus", "kutseharidus", "kõrgharidus")),
        Col("marital_status", "varchar(20)", "none", one("abielus", "vallaline", "lahutatud", "lesk", "vabaabielus")),
        Col("children_count", "smallint", "none", integer(0, 5)),
        Col("religion", "varchar(40)", "religious_belief", maybe(0.8, one("puudub", "puudub", "puudub", "luterlus",
                                                                          "õigeusk", "õigeusk", "katoliiklus",
                                                                          "maausk", "Jehoova tunnistajad"))),
        Col("lifetime_sexual_partners", "smallint", "sex_life", maybe(0.85, integer(0, 25))),
        Col("same_sex_partner_ever", "boolean", "sex_life", maybe(0.85, boolean(0.05))),
        Col("self_rated_health", "varchar(20)", "health", one("väga hea", "hea", "hea", "rahuldav", "halb")),
        Col("family_history", "text", "health", maybe(0.5, one("Ema: rinnavähk 52-aastaselt", "Isa: infarkt 60 a",
                                                               "Vend: I tüüpi diabeet", "Vanaema: Alzheimeri tõbi",
                                                               "Isa ja onu: soolevähk", "Õde: skisofreenia"))),
        Col("physical_activity_hours_week", "numeric(4,1)", "none", num(0, 15, 1)),
        Col("language", "varchar(2)", "none", one("et", "et", "et", "ru")),
    ], rows=140, extra=[fk(S, "questionnaire", "participant_id", "participant")])


DX = (("E11", "II tüüpi diabeet"), ("I10", "Essentsiaalne (primaarne) hüpertensioon"), ("J45", "Astma"),
      ("F32", "Depressiivne episood"), ("C50", "Rinna pahaloomuline kasvaja"), ("M17", "Gonartroos"),
      ("E78", "Lipoproteiinide ainevahetuse häired"), ("I25", "Krooniline isheemiline südamehaigus"),
      ("K21", "Gastroösofageaalne reflukshaigus"), ("F41", "Muud ärevushäired"), ("G43", "Migreen"),
      ("E03", "Muu hüpotüreoos"), ("N18", "Krooniline neeruhaigus"), ("C61", "Eesnäärme pahaloomuline kasvaja"),
      ("I48", "Kodade virvendus ja laperdus"), ("F10", "Alkoholi tarvitamisest tingitud psüühika- ja käitumishäired"))


def diagnoses() -> Table:
    r = Rec(lambda c, i: dict(zip(("code", "text"), c.r.choice(DX))))
    return Table(S, "diagnosis", [
        pk("id", "bigint"),
        Col("participant_id", "integer", "none", ref(N_PART)),
        Col("icd10_code", "varchar(8)", "health", lambda c, i: r.f("code")(c, i) + c.r.choice(("", ".0", ".9", ".1"))),
        Col("diagnosis_text", "varchar(200)", "health", r.f("text")),
        Col("diagnosis_date", "date", "none", lambda c, i: when(c, 2005, 2026).date()),
        Col("source", "varchar(30)", "none", one("Tervisekassa", "Tervisekassa", "Vähiregister", "Surma põhjuste register")),
        Col("provider", "varchar(80)", "none", one("SA Tartu Ülikooli Kliinikum", "SA Põhja-Eesti Regionaalhaigla",
                                                   "SA Ida-Viru Keskhaigla", "Perearstikeskus", "SA Pärnu Haigla")),
    ], rows=150, extra=[fk(S, "diagnosis", "participant_id", "participant")])


PGX = (("CYP2C19", "*1/*2", "intermediate metabolizer", "Klopidogreeli asemel kaaluda prasugreeli või tikagreloori."),
       ("CYP2C19", "*2/*2", "poor metabolizer", "Vältida klopidogreeli. Tsitalopraami annust vähendada 50%."),
       ("SLCO1B1", "*1/*5", "decreased function", "Simvastatiini annus kuni 20 mg või valida teine statiin."),
       ("CYP2D6", "*4/*4", "poor metabolizer", "Vältida kodeiini ja tramadooli."),
       ("DPYD", "*1/*2A", "intermediate metabolizer", "Fluorouratsiili algannust vähendada 50%."),
       ("TPMT", "*1/*3A", "intermediate metabolizer", "Asatiopriini annust vähendada 30-80%."),
       ("CYP2C9", "*1/*3", "intermediate metabolizer", "Varfariini algannus madalam, jälgida INR-i."))


def _pgx(c, i):
    gene, dip, phen, rec = c.r.choice(PGX)
    first, last = c.r.choice(EE_F + EE_M), c.r.choice(EE_LAST)
    note = maybe(0.6, one(f"Arutasime tulemusi telefoni teel, osaleja soovib koopiat ka perearstile dr {last}ile.",
                          f"Osaleja tütar {first} helistas, palus saata kiri uuele aadressile.",
                          "Osaleja mõistis tulemusi, küsimusi ei olnud.",
                          f"Helistada uuesti numbril 5{digits(c, 3)} {digits(c, 4)} pärast 17.00.",
                          "Osaleja ärevil, suunatud geneetiku vastuvõtule."))(c, i)
    return {"gene": gene, "dip": dip, "phen": phen, "rec": rec, "note": note}


def pgx_reports() -> Table:
    r = Rec(_pgx)
    return Table(S, "pgx_report", [
        pk("id", "integer"),
        Col("participant_id", "integer", "none", ref(N_PART)),
        Col("gene", "varchar(20)", "none", r.f("gene")),
        Col("diplotype", "varchar(20)", "genetic", r.f("dip")),
        Col("phenotype", "varchar(40)", "genetic", r.f("phen")),
        Col("recommendation", "text", "health", r.f("rec")),
        Col("counsellor_id", "integer", "none", one(9, 10)),
        Col("delivered_at", "timestamp", "none", ts(2019, 2026, 0.1)),
        Col("delivery_channel", "varchar(20)", "none", one("portaal", "vastuvõtt", "telefon", "post")),
        Col("counsellor_notes", "text", "free_text_may_contain_pii", r.f("note")),
        Col("sent_to_gp", "boolean", "none", const(True)),
    ], rows=100, extra=[fk(S, "pgx_report", "participant_id", "participant"), fk(S, "pgx_report", "counsellor_id", "staff")])


def biopank_tables() -> list[Table]:
    return [staff(), participants(), consents(), samples(), genotypes(), questionnaires(), diagnoses(), pgx_reports()]
