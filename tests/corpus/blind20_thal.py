"""x_thal: in-house .NET register of a Cypriot thalassaemia prevention programme (premarital carrier screening,
DNA analysis, prenatal diagnosis, certificates for the wedding). PascalCase columns, Greek and Latin script."""
from __future__ import annotations

import random

from .blind20_gens import (b64tok, col, day, digits, field, fk, flag, maybe, num, pick, rdate, seq, stamp, texts,
                           uuid4)
from .gens import Table

S = "x_thal"
N_CLIN, N_PERS, N_COUP, N_STAFF = 6, 150, 75, 80

MEN = [("Andreas", "Ανδρέας"), ("Christos", "Χρήστος"), ("Georgios", "Γεώργιος"), ("Kyriakos", "Κυριάκος"),
       ("Marios", "Μάριος"), ("Panayiotis", "Παναγιώτης"), ("Savvas", "Σάββας"), ("Loizos", "Λοΐζος"),
       ("Charalambos", "Χαράλαμπος"), ("Michalis", "Μιχάλης"), ("Stelios", "Στέλιος"), ("Nikolas", "Νικόλας")]
WOMEN = [("Maria", "Μαρία"), ("Eleni", "Ελένη"), ("Androulla", "Ανδρούλλα"), ("Panayiota", "Παναγιώτα"),
         ("Christina", "Χριστίνα"), ("Despo", "Δέσπω"), ("Stavroula", "Σταυρούλα"), ("Katerina", "Κατερίνα"),
         ("Georgia", "Γεωργία"), ("Antigoni", "Αντιγόνη"), ("Myrto", "Μυρτώ")]
SURN = [("Georgiou", "Γεωργίου"), ("Christodoulou", "Χριστοδούλου"), ("Charalambous", "Χαραλάμπους"),
        ("Constantinou", "Κωνσταντίνου"), ("Ioannou", "Ιωάννου"), ("Kyriakou", "Κυριάκου"), ("Nicolaou", "Νικολάου"),
        ("Papadopoulos", "Παπαδόπουλος"), ("Hadjigeorgiou", "Χατζηγεωργίου"), ("Louca", "Λουκά"),
        ("Savva", "Σάββα"), ("Antoniou", "Αντωνίου"), ("Pavlides", "Παυλίδης"), ("Efthymiou", "Ευθυμίου")]
TOWNS = [("Lefkosia", "1", 0.35), ("Lemesos", "3", 0.3), ("Larnaka", "6", 0.15), ("Pafos", "8", 0.1),
         ("Paralimni", "5", 0.1)]
STREETS = ["Makariou III Ave", "Archiepiskopou Kyprianou", "Griva Digeni Ave", "Agiou Andreou", "Stasinou",
           "Themistokli Dervi", "Spyrou Kyprianou Ave", "Agias Fylaxeos", "Anexartisias", "Gladstonos"]
COMMUNITY = ["Greek Cypriot", "Greek Cypriot", "Greek Cypriot", "Greek Cypriot", "Greek Cypriot", "Maronite",
             "Armenian", "Latin", "Turkish Cypriot", "Other"]


def _phone(r: random.Random) -> str:
    n = r.choice(["99", "97", "96", "95"]) + digits(r, 6)
    return r.choice([n, f"+357 {n}", f"+357 {n[:2]} {n[2:]}", f"00357{n}"])


def _person(r: random.Random, i: int) -> dict:
    female = i % 2 == 1                  # couples are persons 2k-1 and 2k
    (fl, fg), (ll, lg) = r.choice(WOMEN if female else MEN), r.choice(SURN)
    if female and lg.endswith("ος"):
        lg, ll = lg[:-2] + "ου", ll[:-2] + "ou"         # Papadopoulos -> Papadopoulou
    elif female and lg.endswith("ης"):
        lg, ll = lg[:-1], ll[:-1]                       # Pavlides -> Pavlide
    town, pc, _ = r.choices(TOWNS, [t[2] for t in TOWNS])[0]
    resident = r.random() < 0.88
    return {"fl": fl, "fg": fg, "ll": ll, "lg": lg, "father": r.choice(MEN)[0], "sex": "F" if female else "M",
            "born": rdate(r, 1978, 2003), "id": str(r.randint(800_000, 1_399_999)) if resident else None,
            "arc": None if resident else f"ARC{r.randint(100000, 999999)}", "tel": _phone(r),
            "mail": f"{fl.lower()}{ll.lower()[:4]}{r.randint(1, 99)}@"
                    + r.choice(["cytanet.com.cy", "gmail.com", "hotmail.com"]) if r.random() < 0.75 else None,
            "addr": f"{r.randint(1, 120)} {r.choice(STREETS)}" + r.choice(["", f", Flat {r.randint(1, 40)}"]),
            "pc": pc + digits(r, 3), "town": town, "comm": r.choice(COMMUNITY)}


P = "thal.persons"
RESULTS = ["Normal", "Normal", "Normal", "Normal", "β-thalassaemia carrier", "β-thalassaemia carrier",
           "Suspected α-thalassaemia carrier", "HbS carrier", "δβ-thalassaemia carrier", "Iron deficiency, re-test"]
MUTATIONS = [("HBB", "IVSI-110 (G>A)"), ("HBB", "IVSI-6 (T>C)"), ("HBB", "CD39 (C>T)"), ("HBB", "IVSII-745 (C>G)"),
             ("HBB", "IVSI-1 (G>A)"), ("HBA1/HBA2", "-α3.7 deletion"), ("HBA1/HBA2", "--MED I"),
             ("HBB", "HbS CD6 (A>T)")]


def thal_tables() -> list[Table]:
    clinics = Table(S, "Clinics", [
        col("ClinicId", "integer PRIMARY KEY", "none", seq),
        col("Name", "varchar(120)", "none", lambda c, i: ["Thalassaemia Centre Lefkosia", "Thalassaemia Unit Lemesos",
                                                          "Larnaka Prevention Clinic", "Pafos Thalassaemia Unit",
                                                          "Famagusta Clinic Paralimni", "Molecular Genetics Lab"][i - 1]),
        col("District", "varchar(40)", "none", lambda c, i: ["Lefkosia", "Lemesos", "Larnaka", "Pafos", "Ammochostos",
                                                             "Lefkosia"][i - 1]),
        col("Address", "varchar(200)", "none", lambda c, i: f"{c.r.choice(STREETS)} {c.r.randint(1, 60)}"),
        col("Phone", "varchar(30)", "none", lambda c, i: f"22{digits(c.r, 6)}"),
        col("Email", "varchar(120)", "none", lambda c, i: f"thal{i}@moh.gov.cy"),
        col("HeadDoctor", "varchar(120)", "person_name", lambda c, i: f"Dr {c.r.choice(MEN + WOMEN)[0]} "
                                                                      f"{c.r.choice(SURN)[0]}"),
    ], rows=N_CLIN)
    persons = Table(S, "Persons", [
        col("PersonId", "integer PRIMARY KEY", "none", seq),
        col("IdCardNo", "varchar(12)", "national_id", field(P, _person, "id")),
        col("ArcNo", "varchar(12)", "national_id", field(P, _person, "arc")),
        col("FirstName", "varchar(60)", "person_name", field(P, _person, "fl")),
        col("LastName", "varchar(60)", "person_name", field(P, _person, "ll")),
        col("FirstNameGr", "varchar(60)", "person_name", field(P, _person, "fg")),
        col("LastNameGr", "varchar(60)", "person_name", field(P, _person, "lg")),
        col("FatherName", "varchar(60)", "person_name", field(P, _person, "father")),
        col("Sex", "char(1)", "none", field(P, _person, "sex")),
        col("DateOfBirth", "date", "birth_date", field(P, _person, "born")),
        col("Community", "varchar(30)", "ethnic_origin", field(P, _person, "comm")),
        col("MobilePhone", "varchar(20)", "phone", field(P, _person, "tel")),
        col("Email", "varchar(120)", "email", field(P, _person, "mail")),
        col("AddressLine", "varchar(200)", "postal_address", field(P, _person, "addr")),
        col("PostCode", "varchar(4)", "postal_address", field(P, _person, "pc")),
        col("Town", "varchar(40)", "none", field(P, _person, "town")),
        col("ClinicId", "integer", "none", fk(N_CLIN)),
        col("CreatedAt", "timestamp", "none", stamp("2019-01-01", "2024-11-30")),
    ], rows=N_PERS, extra=[f'ALTER TABLE {S}."Persons" ADD FOREIGN KEY ("ClinicId") REFERENCES {S}."Clinics" ("ClinicId")'])
    couples = Table(S, "Couples", [
        col("CoupleId", "integer PRIMARY KEY", "none", seq),
        col("PartnerAId", "integer NOT NULL", "none", lambda c, i: 2 * i - 1),
        col("PartnerBId", "integer NOT NULL", "none", lambda c, i: 2 * i),
        col("PlannedWeddingDate", "date", "none", day("2019-05-01", "2025-09-30")),
        col("WeddingRite", "varchar(40)", "religious_belief", pick(["Greek Orthodox", "Greek Orthodox", "Greek Orthodox",
                                                                    "Civil only", "Maronite Catholic",
                                                                    "Armenian Apostolic", "Roman Catholic"])),
        col("RiskStatus", "varchar(40)", "genetic", pick(["No risk", "No risk", "No risk", "One partner carrier",
                                                          "At-risk couple (both carriers)"])),
        col("CounsellingDate", "date", "none", maybe(0.4, day("2019-06-01", "2024-11-30"))),
        col("Notes", "text", "free_text_may_contain_pii", texts(
            "", "", "Partner abroad (UK); sample sent via {n} {s}.", "Call bride's mother {n} on {p} re results.",
            "Interpreter needed (Russian). Contact {m}", "Re-test booked after iron therapy.",
            n=[w[0] for w in WOMEN + MEN], s=[x[0] for x in SURN], p=["99 614520", "+357 96 118203"],
            m=["elena.k@cytanet.com.cy", "gkou@gmail.com"])),
    ], rows=N_COUP, extra=[
        f'ALTER TABLE {S}."Couples" ADD FOREIGN KEY ("PartnerAId") REFERENCES {S}."Persons" ("PersonId")',
        f'ALTER TABLE {S}."Couples" ADD FOREIGN KEY ("PartnerBId") REFERENCES {S}."Persons" ("PersonId")'])
    screenings = Table(S, "Screenings", [
        col("ScreeningId", "integer PRIMARY KEY", "none", seq),
        col("PersonId", "integer NOT NULL", "none", lambda c, i: i),
        col("SampleDate", "date", "none", day("2019-01-10", "2024-11-28")),
        col("SampleBarcode", "varchar(14)", "none", lambda c, i: f"TH{c.r.randint(19, 24)}{c.r.randint(1, 999999):06d}"),
        col("Hb", "numeric(4,1)", "health", num(9.8, 17.2, 1)),
        col("MCV", "numeric(4,1)", "health", num(58, 96, 1)),
        col("MCH", "numeric(4,1)", "health", num(18, 33, 1)),
        col("HbA2", "numeric(3,1)", "health", num(1.8, 6.2, 1)),
        col("HbF", "numeric(3,1)", "health", num(0.1, 4.5, 1)),
        col("Ferritin", "integer", "health", lambda c, i: c.r.randint(6, 320)),
        col("Result", "varchar(60)", "genetic", pick(RESULTS)),
        col("ValidatedBy", "integer", "none", fk(N_STAFF)),
    ], rows=N_PERS, extra=[
        f'ALTER TABLE {S}."Screenings" ADD FOREIGN KEY ("PersonId") REFERENCES {S}."Persons" ("PersonId")'])

    def mut(k: int):
        return lambda c, i: MUTATIONS[(i * 5 + (i * i) % 3) % len(MUTATIONS)][k]

    dna = Table(S, "DnaAnalyses", [
        col("AnalysisId", "integer PRIMARY KEY", "none", seq),
        col("PersonId", "integer NOT NULL", "none", fk(N_PERS)),
        col("Gene", "varchar(20)", "genetic", mut(0)),
        col("Variant", "varchar(40)", "genetic", mut(1)),
        col("Zygosity", "varchar(20)", "genetic", pick(["heterozygous"] * 9 + ["homozygous"])),
        col("Method", "varchar(40)", "none", pick(["ARMS-PCR", "Sanger sequencing", "Gap-PCR", "MLPA"])),
        col("ReportedAt", "timestamp", "none", stamp("2019-02-01", "2024-11-30")),
        col("LabRef", "varchar(20)", "none", lambda c, i: f"MG/{c.r.randint(2019, 2024)}/{i:04d}"),
    ], rows=110, extra=[
        f'ALTER TABLE {S}."DnaAnalyses" ADD FOREIGN KEY ("PersonId") REFERENCES {S}."Persons" ("PersonId")'])
    pnd = Table(S, "PrenatalDiagnoses", [
        col("PndId", "integer PRIMARY KEY", "none", seq),
        col("CoupleId", "integer NOT NULL", "none", fk(N_COUP)),
        col("GestationWeeks", "smallint", "health", lambda c, i: c.r.randint(10, 18)),
        col("Procedure", "varchar(30)", "health", pick(["CVS", "CVS", "Amniocentesis", "NIPT (cffDNA)"])),
        col("FetalResult", "varchar(60)", "genetic", pick(["Unaffected", "Carrier (heterozygous)",
                                                           "Affected (β-thal major)", "Inconclusive, repeat"])),
        col("Outcome", "varchar(40)", "health", pick(["Pregnancy continued", "Pregnancy continued",
                                                      "Termination requested", "Miscarriage"])),
        col("CounsellorNote", "text", "free_text_may_contain_pii", texts(
            "Couple informed in person.", "Results given by phone to {n} ({p}).", "Husband {n} {s} refused CVS.",
            "Referred to Makarios Hospital obstetrics.", n=[m[0] for m in MEN + WOMEN], s=[x[0] for x in SURN],
            p=["99 218 774", "97 601 332"])),
        col("PerformedAt", "timestamp", "none", stamp("2019-03-01", "2024-11-30")),
    ], rows=90, extra=[
        f'ALTER TABLE {S}."PrenatalDiagnoses" ADD FOREIGN KEY ("CoupleId") REFERENCES {S}."Couples" ("CoupleId")'])
    certs = Table(S, "Certificates", [
        col("CertificateNo", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"CY-TH-{2019 + i % 6}-{i:05d}"),
        col("CoupleId", "integer NOT NULL", "none", lambda c, i: (i - 1) % N_COUP + 1),
        col("IssuedAt", "date", "none", day("2019-05-01", "2024-11-30")),
        col("IssuedBy", "integer", "none", fk(N_STAFF)),
        col("VerificationCode", "varchar(12)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
                                                                            for _ in range(10))),
        col("ParishOfWedding", "varchar(80)", "religious_belief", maybe(0.8, pick(
            ["Ιερός Ναός Αγίου Ιωάννου, Λευκωσία", "Ayios Lazaros Church, Larnaka", "Panagia Katholiki, Lemesos",
             "Maronite Church of Our Lady of Graces", "Sourp Asdvadzadzin, Strovolos"]))),
        col("Printed", "boolean", "none", flag(0.9)),
    ], rows=85, extra=[
        f'ALTER TABLE {S}."Certificates" ADD FOREIGN KEY ("CoupleId") REFERENCES {S}."Couples" ("CoupleId")'])
    staff = Table(S, "AspNetUsers", [
        col("Id", "varchar(36) PRIMARY KEY", "none", uuid4),
        col("UserName", "varchar(256)", "none", lambda c, i: f"{c.r.choice(MEN + WOMEN)[0][0].lower()}"
                                                             f"{c.r.choice(SURN)[0].lower()}"),
        col("Email", "varchar(256)", "email", lambda c, i: f"{c.r.choice(MEN + WOMEN)[0][0].lower()}."
                                                           f"{c.r.choice(SURN)[0].lower()}@moh.gov.cy"),
        col("EmailConfirmed", "boolean", "none", flag(0.95)),
        col("PasswordHash", "text", "credentials", lambda c, i: "AQAAAAIAAYagAAAAE" + b64tok(58, False)(c, i)[:77]),
        col("SecurityStamp", "text", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                                                                          for _ in range(32))),
        col("ConcurrencyStamp", "text", "none", uuid4),
        col("PhoneNumber", "text", "phone", lambda c, i: _phone(c.r)),
        col("TwoFactorEnabled", "boolean", "none", flag(0.5)),
        col("LockoutEnd", "timestamptz", "none", maybe(0.05, stamp("2024-11-01", "2024-12-31"))),
        col("AccessFailedCount", "integer", "none", pick([0, 0, 0, 1, 2])),
    ], rows=N_STAFF)
    transf = Table(S, "TransfusionEpisodes", [
        col("EpisodeId", "integer PRIMARY KEY", "none", seq),
        col("PersonId", "integer NOT NULL", "none", fk(N_PERS)),
        col("EpisodeDate", "date", "none", day("2023-01-02", "2024-11-29")),
        col("PreTransfusionHb", "numeric(4,1)", "health", num(7.8, 10.4, 1)),
        col("UnitsRbc", "smallint", "health", pick([1, 2, 2, 3])),
        col("BloodGroup", "varchar(4)", "health", pick(["O+", "A+", "B+", "AB+", "O-", "A-"])),
        col("Chelation", "varchar(40)", "health", pick(["Deferasirox 20 mg/kg", "Deferiprone", "Desferal s.c.",
                                                        "Deferasirox + Deferiprone"])),
        col("Remarks", "varchar(200)", "none", pick(["", "", "Unit swap at ward", "Late start, pump fault"])),
    ], rows=120, extra=[
        f'ALTER TABLE {S}."TransfusionEpisodes" ADD FOREIGN KEY ("PersonId") REFERENCES {S}."Persons" ("PersonId")'])
    return [clinics, persons, couples, screenings, dna, pnd, certs, staff, transf]
