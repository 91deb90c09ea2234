"""i_vet: a UK small-animal veterinary practice management system (snake_case, PostgreSQL, foreign keys declared).

The clients (owners) are people; the patients are animals, so their clinical records, weights, microchips and
dates of birth are not a human's data (none)."""
from __future__ import annotations

from .blind6_gens import (city, day, digits, email, fill, first, fk, last, maybe, money, num, phone, postcode, street,
                          table, ts, weighted)
from .gens import Col, bcrypt_like, ident, pick

S = "i_vet"
N_CLINIC, N_VET, N_CLIENT, N_PET, N_PROD, N_SUP, N_INS = 5, 16, 150, 150, 90, 10, 12
PET_NAMES = ["Bella", "Poppy", "Alfie", "Daisy", "Charlie", "Luna", "Milo", "Teddy", "Bailey", "Max", "Rosie", "Coco",
             "Willow", "Oscar", "Tilly", "Bruno", "Nala", "Simba", "Smudge", "Biscuit", "Pepper", "Misty", "Loki", "Ziggy"]
BREEDS = {"Canine": ["Labrador Retriever", "Cocker Spaniel", "Cockapoo", "French Bulldog", "Border Collie", "Jack Russell Terrier",
                     "Staffordshire Bull Terrier", "Golden Retriever", "Dachshund", "Crossbreed", "Springer Spaniel"],
          "Feline": ["DSH", "DLH", "British Shorthair", "Bengal", "Ragdoll", "Maine Coon", "Siamese"],
          "Lagomorph": ["Netherland Dwarf", "Lop", "Lionhead"], "Rodent": ["Guinea Pig", "Syrian Hamster"]}
PRODUCTS = [("VAC-DHP", "Nobivac DHP", "Vaccine"), ("VAC-L4", "Nobivac L4", "Vaccine"), ("VAC-KC", "Nobivac KC intranasal", "Vaccine"),
            ("VAC-RCP", "Purevax RCP", "Vaccine"), ("VAC-FeLV", "Purevax FeLV", "Vaccine"), ("VAC-RHD", "Nobivac Myxo-RHD Plus", "Vaccine"),
            ("MED-MLX", "Metacam 1.5mg/ml oral susp 32ml", "Medicine"), ("MED-ONS", "Onsior 6mg tablets", "Medicine"),
            ("MED-SYN", "Synulox 250mg tablets", "Medicine"), ("MED-APO", "Apoquel 5.4mg tablets", "Medicine"),
            ("MED-VET", "Vetmedin 5mg chewable", "Medicine"), ("MED-CAR", "Carprieve 50mg", "Medicine"),
            ("MED-FRT", "Frontline Plus Dog M", "Parasiticide"), ("MED-BRV", "Bravecto 500mg 10-20kg", "Parasiticide"),
            ("MED-MLB", "Milbemax Cat", "Parasiticide"), ("MED-ADV", "Advocate Cat 4-8kg", "Parasiticide"),
            ("SRV-CON", "Consultation", "Service"), ("SRV-REX", "Re-examination", "Service"), ("SRV-OOH", "Out of hours consultation", "Service"),
            ("SRV-SPY", "Bitch spay", "Procedure"), ("SRV-CAS", "Dog castrate", "Procedure"), ("SRV-DEN", "Dental scale and polish", "Procedure"),
            ("SRV-XR", "Radiography per plate", "Diagnostic"), ("SRV-HAEM", "In-house haematology", "Diagnostic"),
            ("SRV-EUTH", "Euthanasia", "Procedure"), ("SRV-CREM", "Individual cremation", "Service"), ("SRV-CHIP", "Microchip implant", "Service"),
            ("FD-RCR", "Royal Canin Renal 2kg", "Diet"), ("FD-HCD", "Hill's c/d Urinary 1.5kg", "Diet"), ("INS-GA", "General anaesthetic up to 1hr", "Procedure")]
_DX = ["Otitis externa", "Gastroenteritis", "Atopic dermatitis", "Periodontal disease grade 2", "Osteoarthritis hips",
       "Hyperthyroidism", "CKD IRIS stage 2", "Cruciate ligament rupture", "Healthy - booster", "Anal gland impaction",
       "Conjunctivitis", "Flea allergy dermatitis", "Lameness LH", "Diabetes mellitus", "Mitral valve disease"]


def species(i: int) -> str:          # per animal, so that the breed agrees with it
    return ["Canine", "Feline", "Canine", "Feline", "Canine", "Lagomorph", "Canine", "Feline", "Canine", "Rodent"][(i * 7) % 10]


def vet_tables():
    return [
        table(S, "clinic", N_CLINIC, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(80)", "none", lambda c, i: ["Oakwood Vets - Headingley", "Oakwood Vets - Horsforth", "Oakwood Vets - Otley",
                                                             "Oakwood Vets 24hr Hospital", "Oakwood Vets - Ilkley"][i - 1]),
            Col("address_line1", "varchar(120)", "none", street("en")),
            Col("town", "varchar(60)", "none", city("en")),
            Col("postcode", "varchar(10)", "none", postcode("en")),
            Col("phone", "varchar(20)", "none", lambda c, i: f"0113 {c.r.randint(200, 299)} {c.r.randint(1000, 9999)}"),
            Col("email", "varchar(120)", "none", lambda c, i: f"{['headingley', 'horsforth', 'otley', 'hospital', 'ilkley'][i - 1]}@oakwoodvets.co.uk"),
            Col("rcvs_premises_ref", "varchar(12)", "none", lambda c, i: f"PSS{c.r.randint(10000, 99999)}")]),
        table(S, "staff", N_VET, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("initials", "varchar(4)", "none", lambda c, i: "".join(c.r.choice("ABCDEHJKLMRST") for _ in range(c.r.choice([2, 3])))),
            Col("forename", "varchar(40)", "person_name", first("en")),
            Col("surname", "varchar(40)", "person_name", last("en")),
            Col("role", "varchar(20)", "none", pick("Vet Surgeon", "Vet Surgeon", "RVN", "RVN", "Receptionist", "Practice Manager", "SVN")),
            Col("rcvs_number", "varchar(10)", "none", lambda c, i: str(c.r.randint(4000000, 7999999)) if c.r.random() < 0.7 else None),
            Col("work_email", "varchar(120)", "email", lambda c, i: f"{c.r.choice(['sarah', 'tom', 'priya', 'gareth', 'nicola', 'callum'])}.{c.r.choice(['hughes', 'patel', 'wood', 'clarke'])}@oakwoodvets.co.uk"),
            Col("mobile", "varchar(20)", "phone", maybe(0.8, phone("en"))),
            Col("login", "varchar(30)", "none", lambda c, i: f"oak{i:02d}"),
            Col("password_hash", "varchar(72)", "credentials", bcrypt_like),
            Col("clinic_id", "int", "none", fk(N_CLINIC))], fks=(("clinic_id", "clinic", "id"),)),
        table(S, "client", N_CLIENT, [
            Col("client_no", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("title", "varchar(10)", "none", pick("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr & Mrs", "")),
            Col("first_name", "varchar(40)", "person_name", first("en")),
            Col("surname", "varchar(40)", "person_name", last("en")),
            Col("address1", "varchar(80)", "postal_address", street("en")),
            Col("address2", "varchar(80)", "postal_address", maybe(0.3, lambda c, i: c.r.choice(["Far Headingley", "West Park", "Adel", "Bramhope", "Meanwood"]), "")),
            Col("town", "varchar(40)", "none", city("en")),
            Col("county", "varchar(40)", "none", pick("West Yorkshire", "West Yorkshire", "North Yorkshire", "")),
            Col("postcode", "varchar(10)", "postal_address", postcode("en")),
            Col("home_tel", "varchar(20)", "phone", maybe(0.4, lambda c, i: f"0113 {c.r.randint(200, 399)} {c.r.randint(1000, 9999)}", "")),
            Col("mobile_tel", "varchar(20)", "phone", maybe(0.9, phone("en"), "")),
            Col("work_tel", "varchar(20)", "phone", maybe(0.1, phone("en"), "")),
            Col("email", "varchar(120)", "email", maybe(0.8, email("en"))),
            Col("account_balance", "numeric(10,2)", "none", lambda c, i: round(c.r.choice([0, 0, 0, c.r.uniform(-20, 900)]), 2)),
            Col("on_stop", "boolean", "none", weighted((False, 95), (True, 5))),
            Col("sms_reminders", "boolean", "none", pick(True, True, False)),
            Col("email_reminders", "boolean", "none", pick(True, False)),
            Col("notes", "text", "free_text_may_contain_pii", weighted((None, 50), ("Prefers female vet", 6), ("Pays by BACS only", 4),
                (fill("Daughter {f} brings pets in - can consent, mob {p}", f=first("en"), p=phone("en")), 8),
                (fill("Ex-partner {f} {l} NOT to collect animals", f=first("en"), l=last("en")), 4),
                ("Aggressive on phone - manager only", 3), (fill("Alt contact neighbour {p}", p=phone("en")), 5))),
            Col("registered_on", "date", "none", day(2005, 2026)),
            Col("clinic_id", "int", "none", fk(N_CLINIC)),
            Col("marketing_consent", "boolean", "none", pick(True, False))], fks=(("clinic_id", "clinic", "id"),)),
        table(S, "insurer", N_INS, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(60)", "none", lambda c, i: ["Petplan", "Animal Friends", "Agria", "ManyPets", "Direct Line Pet", "More Than",
                                                             "Tesco Bank Pet", "Sainsbury's Pet", "PetGuard", "Waggel", "Bought By Many", "John Lewis Pet"][i - 1]),
            Col("claims_email", "varchar(120)", "none", lambda c, i: f"vetclaims{i}@{c.r.choice(['petplan.co.uk', 'agriapet.co.uk', 'animalfriends.co.uk'])}"),
            Col("claims_phone", "varchar(20)", "none", lambda c, i: f"0800 {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}"),
            Col("direct_claims", "boolean", "none", pick(True, False))]),
        table(S, "patient", N_PET, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("client_no", "int", "none", fk(N_CLIENT)),
            Col("name", "varchar(40)", "none", lambda c, i: c.r.choice(PET_NAMES)),
            Col("species", "varchar(20)", "none", lambda c, i: species(i)),
            Col("breed", "varchar(40)", "none", lambda c, i: c.r.choice(BREEDS[species(i)])),
            Col("sex", "char(2)", "none", pick("M", "MN", "F", "FN")),
            Col("colour", "varchar(30)", "none", pick("Black", "Black/White", "Tabby", "Ginger", "Liver & White", "Golden", "Tricolour", "Blue")),
            Col("date_of_birth", "date", "none", day(2008, 2025)),
            Col("microchip", "varchar(15)", "none", maybe(0.8, lambda c, i: "9" + digits(14)(c, i), "")),
            Col("weight_kg", "numeric(5,2)", "none", lambda c, i: round(c.r.uniform(0.8, 42), 2)),
            Col("insurer_id", "int", "none", fk(N_INS, 0.45)),
            Col("policy_no", "varchar(20)", "none", maybe(0.4, lambda c, i: f"PP{c.r.randint(10000000, 99999999)}")),
            Col("deceased", "boolean", "none", weighted((False, 92), (True, 8))),
            Col("alert", "varchar(80)", "none", weighted((None, 75), ("BITES - muzzle", 8), ("Nervous - sedate for nails", 6), ("Reacts to Metacam", 3), ("Fractious cat", 8)))],
            fks=(("client_no", "client", "client_no"), ("insurer_id", "insurer", "id"))),
        table(S, "consultation", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("patient_id", "int", "none", fk(N_PET)),
            Col("vet_id", "int", "none", fk(N_VET)),
            Col("seen_at", "timestamp", "none", ts(2023, 2026)),
            Col("presented_by", "varchar(60)", "person_name", lambda c, i: f"{c.r.choice(['Mr', 'Mrs', 'Ms', 'Miss'])} {c.r.choice(['Taylor', 'Hughes', 'Patel', 'Wood', 'Okafor', 'Clarke', 'Murphy'])}" if c.r.random() < 0.7 else "owner"),
            Col("reason", "varchar(120)", "none", pick("Booster", "V/D 2 days", "Itchy ears", "Lame LH", "Lump check", "Post-op check", "Not eating", "Repeat meds")),
            Col("history", "text", "none", pick("O reports inappetent 48h, vomited x3, drinking more. No access to toxins.", "Scratching ears, head shaking since walk in long grass.",
                                                   "Due annual vacc, O happy, no concerns.", "Intermittently lame after exercise, worse mornings.")),
            Col("clinical_exam", "text", "none", pick("BAR, MMs pink, CRT<2s, HR 100, RR 24, T 38.6, abdo soft non-painful", "QAR, mild dehydration 5%, cranial abdo discomfort",
                                                         "Both ears erythematous, brown waxy discharge, TMs intact", "Crepitus R hip, reduced ROM")),
            Col("diagnosis", "varchar(80)", "none", lambda c, i: c.r.choice(_DX)),
            Col("plan", "text", "none", pick("Metacam 7d, re-exam 1 wk", "Bland diet, maropitant inj, recheck if not improving", "Bloods + T4, call O with results", "Vacc given, next due 12m")),
            Col("temperature_c", "numeric(4,1)", "none", lambda c, i: round(c.r.uniform(37.6, 40.2), 1)),
            Col("heart_rate", "int", "none", num(60, 220)),
            Col("weight_kg", "numeric(5,2)", "none", lambda c, i: round(c.r.uniform(0.8, 42), 2))],
            fks=(("patient_id", "patient", "id"), ("vet_id", "staff", "id"))),
        table(S, "supplier", N_SUP, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(60)", "none", lambda c, i: ["NVS", "Covetrus", "MWI Animal Health", "Zoetis UK", "MSD Animal Health", "Boehringer Ingelheim",
                                                             "Dechra", "Royal Canin", "Hill's Pet Nutrition", "Vetoquinol"][i - 1]),
            Col("account_ref", "varchar(20)", "none", lambda c, i: f"OAK{c.r.randint(1000, 9999)}"),
            Col("order_email", "varchar(120)", "none", lambda c, i: f"orders@{['nvs', 'covetrus', 'mwi', 'zoetis', 'msd', 'bi', 'dechra', 'royalcanin', 'hills', 'vetoquinol'][i - 1]}.co.uk"),
            Col("order_phone", "varchar(20)", "none", lambda c, i: f"0{c.r.choice([800, 845, 1908, 1293])} {c.r.randint(100000, 999999)}")]),
        table(S, "product", N_PROD, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("code", "varchar(12)", "none", lambda c, i: PRODUCTS[(i - 1) % len(PRODUCTS)][0] + ("" if i <= len(PRODUCTS) else f"-{(i - 1) // len(PRODUCTS) + 1}")),
            Col("description", "varchar(80)", "none", lambda c, i: PRODUCTS[(i - 1) % len(PRODUCTS)][1]),
            Col("product_type", "varchar(20)", "none", lambda c, i: PRODUCTS[(i - 1) % len(PRODUCTS)][2]),
            Col("unit_price", "numeric(8,2)", "none", money(2, 480)),
            Col("vat_rate", "numeric(4,2)", "none", pick(20.0, 0.0)),
            Col("supplier_id", "int", "none", fk(N_SUP, 0.8)),
            Col("legal_category", "varchar(8)", "none", pick("POM-V", "NFA-VPS", "AVM-GSL", "POM-VPS", ""))],
            fks=(("supplier_id", "supplier", "id"),)),
        table(S, "vaccination", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("patient_id", "int", "none", fk(N_PET)),
            Col("product_id", "int", "none", num(1, 6)),
            Col("batch_no", "varchar(20)", "none", lambda c, i: f"A{c.r.randint(100, 999)}{c.r.choice('ABCDE')}{c.r.randint(1, 9)}"),
            Col("given_on", "date", "none", day(2022, 2026)),
            Col("next_due", "date", "none", day(2025, 2027)),
            Col("vet_id", "int", "none", fk(N_VET))],
            fks=(("patient_id", "patient", "id"), ("product_id", "product", "id"), ("vet_id", "staff", "id"))),
        table(S, "reminder", 150, [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("patient_id", "int", "none", fk(N_PET)),
            Col("client_no", "int", "none", fk(N_CLIENT)),
            Col("reminder_type", "varchar(20)", "none", pick("Booster", "Flea/Worm", "Dental check", "Nurse clinic")),
            Col("due_date", "date", "none", day(2025, 2027)),
            Col("sent_via", "varchar(6)", "none", pick("SMS", "EMAIL", "POST")),
            Col("message", "text", "free_text_may_contain_pii", lambda c, i: f"Dear {c.r.choice(['Mr', 'Mrs', 'Ms'])} {c.r.choice(['Taylor', 'Hughes', 'Patel', 'Wood', 'Singh', 'Green'])}, "
                f"{c.r.choice(PET_NAMES)} is due {c.r.choice(['their annual booster', 'flea & worm treatment', 'a dental check'])}. "
                f"Book at oakwoodvets.co.uk or call 0113 {c.r.randint(200, 299)} {c.r.randint(1000, 9999)}."),
            Col("sent_at", "timestamp", "none", ts(2024, 2026, 0.8))],
            fks=(("patient_id", "patient", "id"), ("client_no", "client", "client_no"))),
        table(S, "invoice", 150, [
            Col("invoice_no", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("client_no", "int", "none", fk(N_CLIENT)),
            Col("clinic_id", "int", "none", fk(N_CLINIC)),
            Col("invoice_date", "date", "none", day(2023, 2026)),
            Col("total_net", "numeric(10,2)", "none", money(12, 2600)),
            Col("vat", "numeric(10,2)", "none", money(2, 520)),
            Col("payment_method", "varchar(12)", "none", pick("Card", "Card", "Cash", "BACS", "Insurance", "Direct Debit")),
            Col("card_last4", "char(4)", "none", maybe(0.5, digits(4))),
            Col("insurance_claim_ref", "varchar(20)", "none", maybe(0.2, lambda c, i: f"CLM-{c.r.randint(1000000, 9999999)}")),
            Col("comment", "varchar(120)", "none", weighted((None, 80), ("Paid on collection", 8), ("Part payment, rest Friday", 6), ("Written off - euthanasia goodwill", 2), ("Staff discount", 4)))],
            fks=(("client_no", "client", "client_no"), ("clinic_id", "clinic", "id"))),
    ]



