"""a_adoption: an in-house case system of an Irish accredited adoption agency (offices, social workers, prospective
adopters, children, birth parents, placements and an access log): PPS numbers with their check letter, Eircodes,
08x mobiles, Garda vetting outcomes, Census ethnic groups and religions."""
from __future__ import annotations

from .blind24_gens import (IE_TOWNS, anyone, bcrypt_hash, ch, col, day, fk, flag, ip4, opt, people, person, pk, ref,
                           sha256_of, ts)
from .gens import Ctx, Table

S = "a_adoption"
N_OFFICE, N_WORKER, N_APPLICANT, N_CHILD, N_PARENT = 8, 30, 120, 90, 100
ETHNIC = ("White Irish", "White Irish", "Irish Traveller", "Any other White background", "Black or Black Irish - African",
          "Asian or Asian Irish - Chinese", "Asian or Asian Irish - Indian/Pakistani/Bangladeshi", "Roma", "Mixed")
RELIGION = ("Roman Catholic", "Roman Catholic", "Church of Ireland", "Presbyterian", "Muslim", "Orthodox",
            "No religion", "Methodist")


def office() -> Table:
    return Table(S, "office", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("name", "text", "none", lambda c, i: f"{IE_TOWNS[i - 1][0]} office"),
        col("address_line1", "text", "none", lambda c, i: c.r.choice(("Unit 4, Park West Business Park",
                                                                      "2nd Floor, Lapps Quay", "Eyre Square House",
                                                                      "14 O'Connell Street"))),
        col("town", "text", "none", lambda c, i: IE_TOWNS[i - 1][0]),
        col("county", "text", "none", lambda c, i: IE_TOWNS[i - 1][1]),
        col("eircode", "text", "none", lambda c, i: f"{IE_TOWNS[i - 1][2]} {c.r.randint(1000, 9999)}"),
        col("phone", "text", "none", lambda c, i: f"(0{c.r.choice(('1', '21', '91'))}) {c.r.randint(100, 999)} "
                                                 f"{c.r.randint(1000, 9999)}"),
        col("email", "text", "none", lambda c, i: f"{IE_TOWNS[i - 1][0].split()[0].lower()}@adoptionagency.ie")],
        rows=N_OFFICE)


def social_worker() -> Table:
    p = people("ie", "social_worker")
    return Table(S, "social_worker", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("office_id", "integer", "none", ref(N_OFFICE)),
        col("first_name", "text", "person_name", p("first")),
        col("last_name", "text", "person_name", p("last")),
        col("work_email", "text", "email", lambda c, i: f"{p('first')(c, i)[0].lower()}."
            f"{p('last')(c, i).lower().replace(chr(39), '').replace(' ', '')}@adoptionagency.ie"),
        col("password_hash", "text", "credentials", bcrypt_hash),
        col("role", "text", "none", ch("social_worker", "social_worker", "team_leader", "admin")),
        col("is_active", "boolean", "none", flag(0.9))], rows=N_WORKER,
        extra=[fk(S, "social_worker", "office_id", "office")])


def applicant() -> Table:
    p = people("ie", "applicant")
    return Table(S, "applicant", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("case_ref", "text", "none", lambda c, i: f"AD-{c.r.choice((2021, 2022, 2023))}-{i:04d}"),
        col("first_name", "text", "person_name", p("first")),
        col("last_name", "text", "person_name", p("last")),
        col("date_of_birth", "date", "birth_date", p("dob")),
        col("ppsn", "text", "national_id", p("pps")),
        col("address_line1", "text", "postal_address", p("line1")),
        col("town", "text", "none", p("town")),
        col("county", "text", "none", p("county")),
        col("eircode", "text", "postal_address", p("eircode")),
        col("mobile", "text", "phone", p("mobile")),
        col("email", "text", "email", opt(p("email"), 0.1)),
        col("marital_status", "text", "none", ch("Married", "Married", "Civil partnership", "Single", "Cohabiting")),
        col("religion", "text", "religious_belief", ch(*RELIGION)),
        col("ethnicity", "text", "ethnic_origin", ch(*ETHNIC)),
        col("relationship_type", "text", "sex_life", ch("Opposite-sex couple", "Opposite-sex couple", "Same-sex couple",
                                                        "Single applicant")),
        col("garda_vetting_outcome", "text", "criminal_record", ch(
            "No convictions", "No convictions", "No convictions", "Disclosure: drink driving conviction 2011",
            "Disclosure: public order offence 2004, District Court fine")),
        col("medical_summary", "text", "health", ch(
            "GP report: good health", "Type 1 diabetes, well controlled", "History of depression, stable since 2018",
            "Previous breast cancer, 5 years in remission", "Infertility following IVF cycles", "Asthma")),
        col("status", "text", "none", ch("enquiry", "information_session", "assessment", "approved", "withdrawn")),
        col("registered_on", "date", "none", day(2019, 2024))], rows=N_APPLICANT)


def birth_parent() -> Table:
    p = people("ie", "birth_parent")
    return Table(S, "birth_parent", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("role", "text", "none", ch("mother", "mother", "father")),
        col("first_name", "text", "person_name", p("first")),
        col("last_name", "text", "person_name", opt(p("last"), 0.1)),
        col("date_of_birth", "date", "birth_date", opt(day(1975, 2006), 0.2)),
        col("last_known_address", "text", "postal_address", opt(lambda c, i: f"{p('line1')(c, i)}, {p('town')(c, i)}, "
                                                                     f"{p('eircode')(c, i)}", 0.3)),
        col("medical_history", "text", "health", opt(ch("No known conditions", "Opiate use during pregnancy",
                                                        "Bipolar disorder, on lithium", "Hepatitis C positive",
                                                        "Foetal alcohol exposure suspected"), 0.3)),
        col("genetic_conditions", "text", "genetic", opt(ch("Cystic fibrosis carrier (F508del)",
                                                            "Family history of Huntington's disease",
                                                            "BRCA1 pathogenic variant", "Fragile X premutation"), 0.6)),
        col("criminal_history", "text", "criminal_record", opt(ch("Convicted of possession, Dublin District Court 2016",
                                                                  "Suspended sentence for theft 2019",
                                                                  "Barring order 2020"), 0.75)),
        col("contact_preference", "text", "none", ch("Yes, direct contact", "Contact through intermediary",
                                                     "No contact at present", "Information only")),
        col("nationality", "text", "none", ch("Irish", "Irish", "Polish", "Nigerian", "Romanian", "Brazilian"))],
        rows=N_PARENT)


def child() -> Table:
    p = people("ie", "child")
    return Table(S, "child", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("case_ref", "text", "none", lambda c, i: f"CH-{c.r.choice((2020, 2021, 2022, 2023))}-{i:04d}"),
        col("first_name", "text", "person_name", p("first")),
        col("birth_surname", "text", "person_name", p("last")),
        col("date_of_birth", "date", "birth_date", day(2015, 2023)),
        col("sex", "text", "none", p("sex")),
        col("ethnicity", "text", "ethnic_origin", ch(*ETHNIC)),
        col("baptised_religion", "text", "religious_belief", opt(ch(*RELIGION[:4]), 0.4)),
        col("health_needs", "text", "health", opt(ch("Neonatal abstinence syndrome, resolved", "Cerebral palsy (GMFCS II)",
                                                     "Down syndrome, cardiac repair 2019", "Global developmental delay",
                                                     "Hearing impairment, bilateral aids"), 0.4)),
        col("legal_status", "text", "none", ch("Voluntary care", "Care order", "Placed for adoption",
                                               "Adoption order made")),
        col("placed", "boolean", "none", flag(0.6)),
        col("birth_parent_id", "integer", "none", ref(N_PARENT))], rows=N_CHILD,
        extra=[fk(S, "child", "birth_parent_id", "birth_parent")])


def placement() -> Table:
    def notes(c: Ctx, i: int) -> str:
        ch_ = person(c, "ie", "child", (i - 1) % N_CHILD + 1)
        a = person(c, "ie", "applicant", (i * 3) % N_APPLICANT + 1)
        o = anyone(c, "ie")
        return c.r.choice((f"Introductions went well; {ch_['first']} settled with {a['first']} {a['last']}.",
                           f"Foster carer {o['full']} ({o['mobile']}) to attend the handover.",
                           "Review meeting held, no concerns.",
                           f"{a['first']} asked about access visits with the birth mother."))
    return Table(S, "placement", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("child_id", "integer", "none", ref(N_CHILD, 1, -1)),
        col("applicant_id", "integer", "none", lambda c, i: (i * 3) % N_APPLICANT + 1),
        col("social_worker_id", "integer", "none", ref(N_WORKER, 7)),
        col("placed_on", "date", "none", day(2020, 2024)),
        col("ended_on", "date", "none", opt(day(2021, 2024), 0.85)),
        col("placement_type", "text", "none", ch("domestic_adoption", "long_term_foster_to_adopt",
                                                 "step_parent")),
        col("notes", "text", "free_text_may_contain_pii", notes),
        col("report_sha256", "text", "none", sha256_of("placement-report"), "Digest of the signed report PDF")],
        rows=110,
        extra=[fk(S, "placement", "child_id", "child"), fk(S, "placement", "applicant_id", "applicant"),
               fk(S, "placement", "social_worker_id", "social_worker")])


def access_log() -> Table:
    return Table(S, "access_log", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("social_worker_id", "integer", "none", ref(N_WORKER, 11)),
        col("at", "timestamptz", "none", ts(2024, 2024)),
        col("action", "text", "none", ch("view", "view", "edit", "export", "print")),
        col("record_ref", "text", "none", lambda c, i: c.r.choice((f"AD-2023-{c.r.randint(1, 120):04d}",
                                                                   f"CH-2022-{c.r.randint(1, 90):04d}"))),
        col("ip_address", "inet", "ip_address", ip4("86.40", "89.101", "109.77", "37.228"))], rows=150,
        extra=[fk(S, "access_log", "social_worker_id", "social_worker")])


def adoption_tables() -> list[Table]:
    return [office(), social_worker(), applicant(), birth_parent(), child(), placement(), access_log()]
