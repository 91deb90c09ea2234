"""ae_housing: an in-house social-housing allocation system of a Maldivian housing authority (flats and land plots
in Hulhumalé and on the islands), with legacy UPPER-CASE table and column names. Applicants, their household
members, medical certificates that earn priority points, police clearances, leases, complaints and contractors."""
from __future__ import annotations

from .blind29_gens import code, cycle, day, fk, maybe, money, num, pf, pfmt, pick, spread, text
from .blind29_people import MV, person
from .gens import Col, Table

S = "ae_housing"
FIRMS = ("Maldives Builders Pvt Ltd", "Kuda Henveiru Construction", "Island Roofing Co", "Hulhumale Interiors",
         "Addu Engineering Works", "Blue Lagoon Plumbing")


def _fkey(table: str, col: str, ref: str, refcol: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("{refcol}")'


def _perm(c, i):
    """Permanent (island of birth) address: house name, island and atoll."""
    p = person(c, MV, "applicant", i)
    return f"{p['street'].split(',')[0]}, {c.r.choice(('Th. Veymandoo', 'Gdh. Thinadhoo', 'Ha. Dhidhdhoo', 'S. Hithadhoo', 'Lh. Naifaru'))}"


def applicant() -> Table:
    return Table(S, "APPLICANT", [
        Col("APPLICANT_ID", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("FULL_NAME", "varchar(120)", "person_name", pf(MV, "applicant", "name")),
        Col("NID", "varchar(10)", "national_id", pf(MV, "applicant", "nid")),
        Col("DOB", "date", "birth_date", pf(MV, "applicant", "birth")),
        Col("SEX", "char(1)", "none", pf(MV, "applicant", "sex")),
        Col("MOBILE_NO", "varchar(20)", "phone", pf(MV, "applicant", "mobile")),
        Col("EMAIL", "varchar(120)", "email", maybe(pf(MV, "applicant", "email"), 0.8)),
        Col("PERM_ADDR", "varchar(200)", "postal_address", _perm),
        Col("PRESENT_ADDR", "varchar(200)", "postal_address", pf(MV, "applicant", "street")),
        Col("ISLAND", "varchar(40)", "none", pf(MV, "applicant", "city")),
        Col("MARITAL_STAT", "varchar(10)", "none", pick("MARRIED", "SINGLE", "DIVORCED", "WIDOWED")),
        Col("EMPLOYER", "varchar(80)", "none", pick("MNDF", "STO", "IGMH", "Ministry of Education", "Self employed",
                                                    "Resort staff")),
        Col("MONTHLY_INCOME", "numeric(10,2)", "none", money(6000, 45000)),
        Col("SCHEME_CODE", "varchar(10)", "none", pick("HIYAA-3", "GEDHO-22", "VINARES", "FLAT-2BR")),
        Col("APPLIED_ON", "date", "none", day(2021, 2024)),
        Col("STATUS", "varchar(12)", "none", pick("PENDING", "SHORTLISTED", "ALLOCATED", "REJECTED")),
        Col("POINTS", "integer", "none", num(10, 95))], rows=150)


def hh_member() -> Table:
    kinds = {None: None, "PHY": "Wheelchair user since 2016", "VIS": "Blind, left eye", "HEAR": "Partial hearing loss",
             "INT": "Cerebral palsy", "AUT": "Autism, needs carer"}
    got = {}

    def dis(c, i):
        got[i] = c.r.choice((None, None, None, None, "PHY", "VIS", "HEAR", "INT", "AUT"))
        return got[i]
    return Table(S, "HH_MEMBER", [
        Col("MEMBER_ID", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("APPLICANT_ID", "integer", "none", fk(150, 7)),
        Col("NAME", "varchar(120)", "person_name", pf(MV, "member", "name")),
        Col("REL", "varchar(12)", "none", pick("SPOUSE", "CHILD", "CHILD", "PARENT", "SIBLING")),
        Col("NID", "varchar(10)", "national_id", maybe(pf(MV, "member", "nid"), 0.8)),
        Col("DOB", "date", "birth_date", pf(MV, "member", "birth")),
        Col("DISABILITY_CD", "varchar(5)", "health", dis),
        Col("DISABILITY_DESC", "varchar(200)", "health", lambda c, i: kinds[got.get(i)]),
        Col("CHRONIC_ILLNESS_YN", "char(1)", "health", pick("N", "N", "N", "Y")),
        Col("STUDENT_YN", "char(1)", "none", pick("N", "Y"))],
        rows=150, extra=[_fkey("HH_MEMBER", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")])


def med_cert() -> Table:
    dx = (("Thalassaemia major", "D56.1"), ("Chronic kidney disease stage 4", "N18.4"), ("Type 1 diabetes", "E10.9"),
          ("Paraplegia", "G82.2"), ("Schizophrenia", "F20.9"), ("Severe asthma", "J45.5"), ("Down syndrome", "Q90.9"))
    return Table(S, "MED_CERT", [
        Col("CERT_ID", "integer", "none", lambda c, i: i),
        Col("MEMBER_ID", "integer", "none", fk(150, 11)),
        Col("ISSUED_BY", "varchar(80)", "none", pick("IGMH", "Hulhumale Hospital", "ADK Hospital", "Tree Top Hospital")),
        Col("DOCTOR", "varchar(80)", "person_name", pfmt(MV, "doctor", "Dr. {given} {family}", spread(20, 3))),
        Col("DIAGNOSIS", "varchar(200)", "health", lambda c, i: dx[i % len(dx)][0]),
        Col("ICD10", "varchar(8)", "health", lambda c, i: dx[i % len(dx)][1]),
        Col("ISSUED_DT", "date", "none", day(2021, 2024)),
        Col("PRIORITY_PTS", "integer", "none", pick(5, 10, 15))],
        rows=90, extra=[_fkey("MED_CERT", "MEMBER_ID", "HH_MEMBER", "MEMBER_ID")])


def police_clearance() -> Table:
    rec = {}

    def has(c, i):
        rec[i] = c.r.random() < 0.15
        return "Y" if rec[i] else "N"
    return Table(S, "POLICE_CLEARANCE", [
        Col("CLEAR_ID", "integer", "none", lambda c, i: i),
        Col("APPLICANT_ID", "integer", "none", fk(150, 3)),
        Col("REQUEST_DT", "date", "none", day(2021, 2024)),
        Col("CERT_NO", "varchar(20)", "none", code("PCC/9999/2023")),
        Col("HAS_RECORD_YN", "char(1)", "criminal_record", has),
        Col("OFFENCE_SUMMARY", "varchar(300)", "criminal_record", lambda c, i: c.r.choice((
            "Possession of cannabis (Criminal Court 2019)", "Assault, 2017, fined", "Theft from resort, 2020",
            "Drug use, rehabilitation completed")) if rec.get(i) else None),
        Col("SENTENCE", "varchar(100)", "criminal_record", lambda c, i: c.r.choice((
            "6 months suspended", "Fine MVR 3,000", "12 months, served", "Rehabilitation order")) if rec.get(i) else None),
        Col("VALID_TILL", "date", "none", day(2024, 2026))],
        rows=100, extra=[_fkey("POLICE_CLEARANCE", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")])


def plot() -> Table:
    return Table(S, "PLOT", [
        Col("PLOT_ID", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("ISLAND", "varchar(40)", "none", pick("Hulhumalé", "Hulhumalé", "Villimalé", "Fuvahmulah", "Thinadhoo")),
        Col("LOT_NO", "varchar(12)", "none", lambda c, i: f"{10000 + i * 13}"),
        Col("AREA_SQFT", "integer", "none", pick(600, 800, 1200, 1500)),
        Col("LAT", "numeric(9,6)", "geo_location", lambda c, i: f"{c.r.uniform(4.20, 4.24):.6f}"),
        Col("LNG", "numeric(9,6)", "geo_location", lambda c, i: f"{c.r.uniform(73.53, 73.55):.6f}"),
        Col("ZONING", "varchar(12)", "none", pick("RES", "RES", "MIXED")),
        Col("STATUS", "varchar(12)", "none", pick("VACANT", "LEASED", "LEASED", "RESERVED"))], rows=120)


def lease() -> Table:
    tenant = spread(150, 1)
    return Table(S, "LEASE", [
        Col("LEASE_ID", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("APPLICANT_ID", "integer", "none", lambda c, i: tenant(i)),
        Col("PLOT_ID", "integer", "none", fk(120, 1)),
        Col("FLAT_NO", "varchar(10)", "postal_address", lambda c, i: f"{c.r.randint(1, 24)}-{c.r.randint(1, 12):02d}"),
        Col("START_DT", "date", "none", day(2021, 2024)),
        Col("END_DT", "date", "none", day(2040, 2045)),
        Col("RENT_MVR", "numeric(10,2)", "none", pick("4500.00", "6000.00", "7500.00")),
        Col("DEPOSIT_MVR", "numeric(10,2)", "none", pick("13500.00", "18000.00")),
        Col("BANK_ACC", "varchar(20)", "bank_account", code("77300009999999")),
        Col("GUARANTOR_NAME", "varchar(120)", "person_name", pf(MV, "guarantor", "name")),
        Col("GUARANTOR_NID", "varchar(10)", "national_id", pf(MV, "guarantor", "nid")),
        Col("GUARANTOR_MOBILE", "varchar(20)", "phone", pf(MV, "guarantor", "mobile"))],
        rows=120, extra=[_fkey("LEASE", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID"),
                         _fkey("LEASE", "PLOT_ID", "PLOT", "PLOT_ID")])


def complaint() -> Table:
    return Table(S, "COMPLAINT", [
        Col("COMP_ID", "integer", "none", lambda c, i: i),
        Col("LEASE_ID", "integer", "none", fk(120, 7)),
        Col("LODGED_BY", "varchar(120)", "person_name", pf(MV, "neighbour", "name")),
        Col("CONTACT", "varchar(20)", "phone", pf(MV, "neighbour", "mobile")),
        Col("DETAILS", "varchar(1000)", "free_text_may_contain_pii", text(
            "Water leaking from the flat above, owner {given} {family} does not respond",
            "Lift not working since {n} days", "Noise every night from flat 7-04, tenant's relative {given}",
            "Sub-letting to expatriate workers suspected", "Garbage room not cleaned",
            country=MV, entity="other", of=spread(150, 3))),
        Col("STATUS", "varchar(10)", "none", pick("OPEN", "CLOSED", "REFERRED")),
        Col("CLOSED_DT", "date", "none", maybe(day(2023, 2025), 0.6))],
        rows=110, extra=[_fkey("COMPLAINT", "LEASE_ID", "LEASE", "LEASE_ID")])


def contractor() -> Table:
    return Table(S, "CONTRACTOR", [
        Col("CONTR_ID", "integer", "none", lambda c, i: i),
        Col("COMPANY_NAME", "varchar(80)", "none", cycle(*FIRMS)),
        Col("REG_NO", "varchar(20)", "none", code("C-0999/2015")),
        Col("CONTACT_PERSON", "varchar(120)", "person_name", pf(MV, "contractor", "name")),
        Col("PHONE", "varchar(20)", "none", lambda c, i: f"33{c.r.randint(0, 9)}-{c.r.randint(1000, 9999)}"),
        Col("EMAIL", "varchar(120)", "none", lambda c, i: f"info@{FIRMS[(i - 1) % len(FIRMS)].split()[0].lower()}.com.mv"),
        Col("ADDRESS", "varchar(200)", "none", pick("M. Karanka Villa, 2nd floor, Malé", "Lot 20045, Hulhumalé",
                                                    "G. Bodufenvaadhoshuge, Malé")),
        Col("TIN", "varchar(20)", "none", code("1009999GST501"))], rows=40)


def housing_tables() -> list[Table]:
    return [applicant(), hh_member(), med_cert(), police_clearance(), plot(), lease(), complaint(), contractor()]


