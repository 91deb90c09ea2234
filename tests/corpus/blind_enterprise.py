"""Blind corpus, enterprise part: an AdventureWorks subset (the PostgreSQL port's lower-case schemas person,
humanresources, sales, purchasing) and Oracle's HR sample schema.

See blind.py for the labelling rules and doubtful decisions.
"""
from __future__ import annotations

import base64

from .blind_gens import N, day, fk, fkey, intr, num, opt, sqlserver_point, stamp, uid, xml_escape
from .gens import Col, Ctx, Table, card, ident, pick

AP, AH, AS, AU = "b_aw_person", "b_aw_hr", "b_aw_sales", "b_aw_purchasing"
_NS = "http://schemas.microsoft.com/sqlserver/2004/07/adventure-works"


def _contact_info(c: Ctx, i: int) -> str | None:
    if c.r.random() > 0.3:
        return None
    street, city = xml_escape(c.fake.street_address()), xml_escape(c.fake.city())
    return (f'<AdditionalContactInfo xmlns="{_NS}/ContactInfo" xmlns:act="{_NS}/ContactTypes">'
            f"<act:telephoneNumber><act:number>{c.fake.phone_number()}</act:number>"
            f"<act:SpecialInstructions>Call only after 5:00 p.m.</act:SpecialInstructions></act:telephoneNumber>"
            f"Note that the customer has a secondary home address.<act:homePostalAddress><act:Street>{street}</act:Street>"
            f"<act:City>{city}</act:City><act:StateProvince>{c.fake.state_abbr()}</act:StateProvince>"
            f"<act:PostalCode>{c.fake.postcode()}</act:PostalCode><act:CountryRegion>USA</act:CountryRegion>"
            f"</act:homePostalAddress><act:eMail><act:eMailAddress>{c.fake.email()}</act:eMailAddress></act:eMail>"
            f"</AdditionalContactInfo>")


def _individual_survey(c: Ctx, i: int) -> str:
    r = c.r
    return (f'<IndividualSurvey xmlns="{_NS}/IndividualSurvey"><TotalPurchaseYTD>{r.uniform(-50, 9000):.2f}</TotalPurchaseYTD>'
            f"<DateFirstPurchase>{day(2001, 2004)(c, i)}Z</DateFirstPurchase><BirthDate>{day(1930, 1985)(c, i)}Z</BirthDate>"
            f"<MaritalStatus>{r.choice('MS')}</MaritalStatus><YearlyIncome>{r.choice(['0-25000', '25001-50000', '50001-75000', 'greater than 100000'])}</YearlyIncome>"
            f"<Gender>{r.choice('MF')}</Gender><TotalChildren>{r.randint(0, 5)}</TotalChildren>"
            f"<Education>{r.choice(['Bachelors', 'Partial College', 'High School', 'Graduate Degree'])}</Education>"
            f"<Occupation>{r.choice(['Professional', 'Skilled Manual', 'Management', 'Clerical'])}</Occupation>"
            f"<HomeOwnerFlag>{r.randint(0, 1)}</HomeOwnerFlag><NumberCarsOwned>{r.randint(0, 4)}</NumberCarsOwned>"
            f"<CommuteDistance>{r.choice(['0-1 Miles', '2-5 Miles', '5-10 Miles', '10+ Miles'])}</CommuteDistance></IndividualSurvey>")


def _store_survey(c: Ctx, i: int) -> str:
    r = c.r
    return (f'<StoreSurvey xmlns="{_NS}/StoreSurvey"><AnnualSales>{r.choice([300000, 800000, 1500000, 3000000])}</AnnualSales>'
            f"<AnnualRevenue>{r.choice([30000, 80000, 150000, 300000])}</AnnualRevenue><BankName>{r.choice(['Primary Bank & Reserve', 'International Bank', 'United Security'])}</BankName>"
            f"<BusinessType>{r.choice(['BM', 'BS', 'OS'])}</BusinessType><YearOpened>{r.randint(1970, 2000)}</YearOpened>"
            f"<Specialty>{r.choice(['Mountain', 'Road', 'Touring'])}</Specialty><SquareFeet>{r.randint(6000, 80000)}</SquareFeet>"
            f"<Brands>{r.choice(['2', '3', '4+', 'AW'])}</Brands><Internet>{r.choice(['ISDN', 'DSL', 'T1', 'T3'])}</Internet>"
            f"<NumberEmployees>{r.randint(2, 100)}</NumberEmployees></StoreSurvey>").replace("&", "&amp;")


def _resume(c: Ctx, i: int) -> str:
    first, last = xml_escape(c.fake.first_name()), xml_escape(c.fake.last_name())
    return (f'<ns:Resume xmlns:ns="{_NS}/Resume"><ns:Name><ns:Name.Prefix>{c.r.choice(["Mr.", "Ms.", ""])}</ns:Name.Prefix>'
            f"<ns:Name.First>{first}</ns:Name.First><ns:Name.Last>{last}</ns:Name.Last></ns:Name>"
            f"<ns:Skills>{xml_escape(c.fake.paragraph(nb_sentences=2))}</ns:Skills><ns:Employment><ns:Emp.StartDate>{day(1990, 2000)(c, i)}Z</ns:Emp.StartDate>"
            f"<ns:Emp.OrgName>{xml_escape(c.fake.company())}</ns:Emp.OrgName><ns:Emp.JobTitle>{xml_escape(c.fake.job())}</ns:Emp.JobTitle></ns:Employment>"
            f"<ns:Address><ns:Addr.Type>Home</ns:Addr.Type><ns:Addr.Street>{xml_escape(c.fake.street_address())}</ns:Addr.Street>"
            f"<ns:Addr.Location><ns:Location><ns:Loc.City>{xml_escape(c.fake.city())}</ns:Loc.City></ns:Location></ns:Addr.Location>"
            f"<ns:Addr.PostalCode>{c.fake.postcode()}</ns:Addr.PostalCode><ns:Addr.Telephone><ns:Telephone><ns:Tel.Type>Voice</ns:Tel.Type>"
            f"<ns:Tel.Number>{c.fake.phone_number()}</ns:Tel.Number></ns:Telephone></ns:Addr.Telephone></ns:Address>"
            f"<ns:EMail>{c.fake.email()}</ns:EMail></ns:Resume>")


def _aw_phone(c: Ctx, i: int) -> str:
    return c.r.choice([f"{c.r.randint(200, 999)}-555-0{c.r.randint(100, 199)}",
                       f"1 (11) 500 555-0{c.r.randint(100, 199)}"])


def _b64(n: int) -> object:
    return lambda c, i: base64.b64encode(c.r.randbytes(n)).decode()


def adventureworks() -> list[Table]:
    guid, mod = Col("rowguid", "uuid NOT NULL", N, uid("aw")), Col("modifieddate", "timestamp NOT NULL", N, stamp(2006, 2014))
    person = Table(AP, "person", [
        Col("businessentityid", "int PRIMARY KEY", N, ident), Col("persontype", "char(2) NOT NULL", N, pick("IN", "IN", "IN", "EM", "SC", "VC", "GC", "SP")),
        Col("namestyle", "boolean NOT NULL", N, pick(False)), Col("title", "varchar(8)", N, opt(0.1, pick("Mr.", "Ms.", "Sr.", "Mrs."))),
        Col("firstname", "varchar(50) NOT NULL", "person_name", lambda c, i: c.fake.first_name()),
        Col("middlename", "varchar(50)", "person_name", opt(0.6, lambda c, i: c.r.choice([c.fake.first_name(), c.r.choice("ABCDEFGHJKLMRST") + "."]))),
        Col("lastname", "varchar(50) NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("suffix", "varchar(10)", N, opt(0.05, pick("Jr.", "Sr.", "II", "III", "IV", "PhD"))),
        Col("emailpromotion", "int NOT NULL", N, pick(0, 1, 2)),
        Col("additionalcontactinfo", "xml", "free_text_may_contain_pii", _contact_info),
        Col("demographics", "xml", "free_text_may_contain_pii", _individual_survey), guid, mod], rows=200)
    email = Table(AP, "emailaddress", [
        Col("businessentityid", "int NOT NULL", N, ident), Col("emailaddressid", "int NOT NULL", N, ident),
        Col("emailaddress", "varchar(50)", "email", lambda c, i: f"{c.fake.first_name().lower()}{c.r.randint(0, 99)}@adventure-works.com"),
        guid, mod], rows=200, extra=[fkey(f"{AP}.emailaddress", "businessentityid", f"{AP}.person", "businessentityid")])
    ptype = Table(AP, "phonenumbertype", [Col("phonenumbertypeid", "int PRIMARY KEY", N, ident),
                                          Col("name", "varchar(50) NOT NULL", N, pick("Cell", "Home", "Work")), mod], rows=80)
    phone = Table(AP, "personphone", [
        Col("businessentityid", "int NOT NULL", N, ident), Col("phonenumber", "varchar(25) NOT NULL", "phone", _aw_phone),
        Col("phonenumbertypeid", "int NOT NULL", N, fk(80)), mod], rows=200,
        extra=[fkey(f"{AP}.personphone", "businessentityid", f"{AP}.person", "businessentityid"),
               fkey(f"{AP}.personphone", "phonenumbertypeid", f"{AP}.phonenumbertype", "phonenumbertypeid")])
    password = Table(AP, "password", [
        Col("businessentityid", "int PRIMARY KEY", N, ident), Col("passwordhash", "varchar(128) NOT NULL", "credentials", _b64(32)),
        Col("passwordsalt", "varchar(10) NOT NULL", N, _b64(5)), guid, mod], rows=200,
        extra=[fkey(f"{AP}.password", "businessentityid", f"{AP}.person", "businessentityid")])
    state = Table(AP, "stateprovince", [
        Col("stateprovinceid", "int PRIMARY KEY", N, ident), Col("stateprovincecode", "char(3) NOT NULL", N, lambda c, i: c.fake.state_abbr()),
        Col("countryregioncode", "varchar(3) NOT NULL", N, pick("US", "CA", "FR", "DE", "GB", "AU")),
        Col("isonlystateprovinceflag", "boolean NOT NULL", N, pick(False, True)),
        Col("name", "varchar(50) NOT NULL", N, lambda c, i: c.fake.state()), Col("territoryid", "int NOT NULL", N, intr(1, 10)), guid, mod], rows=80)
    address = Table(AP, "address", [
        Col("addressid", "int PRIMARY KEY", N, ident),
        Col("addressline1", "varchar(60) NOT NULL", "postal_address", lambda c, i: c.fake.street_address()),
        Col("addressline2", "varchar(60)", "postal_address", opt(0.15, lambda c, i: c.fake.secondary_address())),
        Col("city", "varchar(30) NOT NULL", N, lambda c, i: c.fake.city()), Col("stateprovinceid", "int NOT NULL", N, fk(80)),
        Col("postalcode", "varchar(15) NOT NULL", "postal_address", lambda c, i: c.fake.postcode()),
        Col("spatiallocation", "bytea", "geo_location", sqlserver_point), guid, mod], rows=200,
        extra=[fkey(f"{AP}.address", "stateprovinceid", f"{AP}.stateprovince", "stateprovinceid")])
    bea = Table(AP, "businessentityaddress", [
        Col("businessentityid", "int NOT NULL", N, ident), Col("addressid", "int NOT NULL", N, ident),
        Col("addresstypeid", "int NOT NULL", N, pick(2, 2, 3, 5)), guid, mod], rows=200,
        extra=[fkey(f"{AP}.businessentityaddress", "addressid", f"{AP}.address", "addressid")])

    emp = Table(AH, "employee", [
        Col("businessentityid", "int PRIMARY KEY", N, ident),
        Col("nationalidnumber", "varchar(15) NOT NULL", "national_id", lambda c, i: str(c.r.randint(10_000_000, 999_999_999))),
        Col("loginid", "varchar(256) NOT NULL", N, lambda c, i: f"adventure-works\\{c.fake.first_name().lower()}{c.r.randint(0, 9)}"),
        Col("organizationnode", "varchar", N, lambda c, i: "/" + "/".join(str(c.r.randint(1, 5)) for _ in range(c.r.randint(1, 4))) + "/"),
        Col("jobtitle", "varchar(50) NOT NULL", N, pick("Production Technician - WC60", "Design Engineer", "Marketing Specialist", "Buyer", "Stocker", "Network Manager")),
        Col("birthdate", "date NOT NULL", "birth_date", day(1951, 1991)), Col("maritalstatus", "char(1) NOT NULL", N, pick("M", "S")),
        Col("gender", "char(1) NOT NULL", N, pick("M", "F")), Col("hiredate", "date NOT NULL", N, day(2006, 2013)),
        Col("salariedflag", "boolean NOT NULL", N, pick(True, False)), Col("vacationhours", "smallint NOT NULL", N, intr(0, 99)),
        Col("sickleavehours", "smallint NOT NULL", N, intr(20, 80)), Col("currentflag", "boolean NOT NULL", N, pick(True)), guid, mod],
        rows=120, extra=[fkey(f"{AH}.employee", "businessentityid", f"{AP}.person", "businessentityid")])
    pay = Table(AH, "employeepayhistory", [
        Col("businessentityid", "int NOT NULL", N, fk(120)), Col("ratechangedate", "timestamp NOT NULL", N, stamp(2006, 2013)),
        Col("rate", "numeric NOT NULL", N, num(6.5, 125.5, 4)), Col("payfrequency", "smallint NOT NULL", N, pick(1, 2)), mod], rows=150,
        extra=[fkey(f"{AH}.employeepayhistory", "businessentityid", f"{AH}.employee", "businessentityid")])
    dept = Table(AH, "department", [
        Col("departmentid", "int PRIMARY KEY", N, ident),
        Col("name", "varchar(50) NOT NULL", N, pick("Engineering", "Tool Design", "Sales", "Marketing", "Purchasing", "Production", "Finance", "Human Resources")),
        Col("groupname", "varchar(50) NOT NULL", N, pick("Research and Development", "Sales and Marketing", "Manufacturing", "Executive General and Administration")), mod], rows=80)
    edh = Table(AH, "employeedepartmenthistory", [
        Col("businessentityid", "int NOT NULL", N, fk(120)), Col("departmentid", "int NOT NULL", N, fk(80)),
        Col("shiftid", "smallint NOT NULL", N, pick(1, 2, 3)), Col("startdate", "date NOT NULL", N, day(2006, 2013)),
        Col("enddate", "date", N, opt(0.1, day(2010, 2014))), mod], rows=150,
        extra=[fkey(f"{AH}.employeedepartmenthistory", "businessentityid", f"{AH}.employee", "businessentityid"),
               fkey(f"{AH}.employeedepartmenthistory", "departmentid", f"{AH}.department", "departmentid")])
    cand = Table(AH, "jobcandidate", [
        Col("jobcandidateid", "int PRIMARY KEY", N, ident), Col("businessentityid", "int", N, opt(0.2, fk(120))),
        Col("resume", "xml", "free_text_may_contain_pii", _resume), mod], rows=80)

    cc = Table(AS, "creditcard", [
        Col("creditcardid", "int PRIMARY KEY", N, ident), Col("cardtype", "varchar(50) NOT NULL", N, pick("SuperiorCard", "Distinguish", "ColonialVoice", "Vista")),
        Col("cardnumber", "varchar(25) NOT NULL", "payment_card", card), Col("expmonth", "smallint NOT NULL", N, intr(1, 12)),
        Col("expyear", "smallint NOT NULL", N, intr(2005, 2008)), mod], rows=200)
    pcc = Table(AS, "personcreditcard", [Col("businessentityid", "int NOT NULL", N, ident), Col("creditcardid", "int NOT NULL", N, ident), mod],
                rows=200, extra=[fkey(f"{AS}.personcreditcard", "businessentityid", f"{AP}.person", "businessentityid"),
                                 fkey(f"{AS}.personcreditcard", "creditcardid", f"{AS}.creditcard", "creditcardid")])
    store = Table(AS, "store", [
        Col("businessentityid", "int PRIMARY KEY", N, lambda c, i: 1000 + i),
        Col("name", "varchar(50) NOT NULL", N, lambda c, i: f"{c.r.choice(['Next-Door', 'Professional', 'Metro', 'Sports', 'Vigorous'])} {c.r.choice(['Bike Store', 'Sales and Service', 'Cycles', 'Bike Outfitters', 'Exercise Company'])}"),
        Col("salespersonid", "int", N, fk(120)), Col("demographics", "xml", N, _store_survey), guid, mod], rows=100)
    cust = Table(AS, "customer", [
        Col("customerid", "int PRIMARY KEY", N, ident), Col("personid", "int", N, fk(200, 0.1)),
        Col("storeid", "int", N, opt(0.3, lambda c, i: 1000 + c.r.randint(1, 100))), Col("territoryid", "int", N, intr(1, 10)), guid, mod], rows=200,
        extra=[fkey(f"{AS}.customer", "personid", f"{AP}.person", "businessentityid"),
               fkey(f"{AS}.customer", "storeid", f"{AS}.store", "businessentityid")])
    soh = Table(AS, "salesorderheader", [
        Col("salesorderid", "int PRIMARY KEY", N, lambda c, i: 43658 + i), Col("revisionnumber", "smallint NOT NULL", N, pick(8, 9)),
        Col("orderdate", "timestamp NOT NULL", N, stamp(2011, 2014)), Col("duedate", "timestamp NOT NULL", N, stamp(2011, 2014)),
        Col("shipdate", "timestamp", N, stamp(2011, 2014)), Col("status", "smallint NOT NULL", N, pick(5)),
        Col("onlineorderflag", "boolean NOT NULL", N, pick(True, False)),
        Col("purchaseordernumber", "varchar(25)", N, opt(0.3, lambda c, i: f"PO{c.r.randint(10**9, 10**11)}")),
        Col("accountnumber", "varchar(15)", N, lambda c, i: f"10-4020-{c.r.randint(1, 30118):06d}"),
        Col("customerid", "int NOT NULL", N, fk(200)), Col("salespersonid", "int", N, fk(120, 0.5)), Col("territoryid", "int", N, intr(1, 10)),
        Col("billtoaddressid", "int NOT NULL", N, fk(200)), Col("shiptoaddressid", "int NOT NULL", N, fk(200)),
        Col("shipmethodid", "int NOT NULL", N, pick(1, 5)), Col("creditcardid", "int", N, fk(200, 0.05)),
        Col("creditcardapprovalcode", "varchar(15)", N, lambda c, i: f"{c.r.randint(100000, 999999)}Vi{c.r.randint(10000, 99999)}"),
        Col("subtotal", "numeric NOT NULL", N, num(1, 20000)), Col("taxamt", "numeric NOT NULL", N, num(0, 1600)),
        Col("freight", "numeric NOT NULL", N, num(0, 500)), Col("totaldue", "numeric NOT NULL", N, num(1, 22000)),
        Col("comment", "varchar(128)", N, pick(None)), guid, mod], rows=200,
        extra=[fkey(f"{AS}.salesorderheader", "customerid", f"{AS}.customer", "customerid"),
               fkey(f"{AS}.salesorderheader", "billtoaddressid", f"{AP}.address", "addressid"),
               fkey(f"{AS}.salesorderheader", "shiptoaddressid", f"{AP}.address", "addressid"),
               fkey(f"{AS}.salesorderheader", "creditcardid", f"{AS}.creditcard", "creditcardid")])
    vendor = Table(AU, "vendor", [
        Col("businessentityid", "int PRIMARY KEY", N, lambda c, i: 1400 + i),
        Col("accountnumber", "varchar(15) NOT NULL", N, lambda c, i: f"{c.fake.last_name().upper()[:8]}{i:04d}"),
        Col("name", "varchar(50) NOT NULL", N, lambda c, i: f"{c.fake.last_name()} {c.r.choice(['Bicycles', 'Bike Works', 'Cycling', 'Components', 'Sport Goods'])}"),
        Col("creditrating", "smallint NOT NULL", N, intr(1, 5)), Col("preferredvendorstatus", "boolean NOT NULL", N, pick(True, False)),
        Col("activeflag", "boolean NOT NULL", N, pick(True, True, False)),
        Col("purchasingwebserviceurl", "varchar(1024)", N, opt(0.1, lambda c, i: f"www.{c.fake.domain_name()}/")), mod], rows=100)
    return [person, email, ptype, phone, password, state, address, bea, emp, pay, dept, edh, cand, cc, pcc, store, cust, soh, vendor]


HR = "b_hr"


def _job(i: int) -> str:
    return f"{('AD', 'FI', 'SA', 'ST', 'IT', 'MK')[i % 6]}_{i:03d}"


def oracle_hr() -> list[Table]:
    regions = Table(HR, "regions", [Col("region_id", "int PRIMARY KEY", N, ident),
                                    Col("region_name", "varchar(25)", N, pick("Europe", "Americas", "Asia", "Middle East and Africa"))], rows=80)
    countries = Table(HR, "countries", [Col("country_id", "char(2) PRIMARY KEY", N, lambda c, i: f"{chr(65 + i // 26)}{chr(65 + i % 26)}"),
                                        Col("country_name", "varchar(40)", N, lambda c, i: c.fake.country()),
                                        Col("region_id", "int", N, fk(80))], rows=100,
                          extra=[fkey(f"{HR}.countries", "region_id", f"{HR}.regions", "region_id")])
    locations = Table(HR, "locations", [
        Col("location_id", "int PRIMARY KEY", N, lambda c, i: 1000 + 100 * i),
        Col("street_address", "varchar(40)", N, lambda c, i: c.fake.street_address()[:40]),
        Col("postal_code", "varchar(12)", N, lambda c, i: c.fake.postcode()), Col("city", "varchar(30) NOT NULL", N, lambda c, i: c.fake.city()),
        Col("state_province", "varchar(25)", N, opt(0.7, lambda c, i: c.fake.state())),
        Col("country_id", "char(2)", N, lambda c, i: (lambda k: f"{chr(65 + k // 26)}{chr(65 + k % 26)}")(c.r.randint(1, 100)))], rows=80,
        extra=[fkey(f"{HR}.locations", "country_id", f"{HR}.countries", "country_id")])
    jobs = Table(HR, "jobs", [Col("job_id", "varchar(10) PRIMARY KEY", N, lambda c, i: _job(i)),
                              Col("job_title", "varchar(35) NOT NULL", N, pick("President", "Accountant", "Sales Manager", "Stock Clerk", "Programmer", "Marketing Representative")),
                              Col("min_salary", "int", N, pick(2000, 4000, 6000, 8200, 20080)), Col("max_salary", "int", N, pick(5000, 9000, 16000, 40000))], rows=80)
    depts = Table(HR, "departments", [
        Col("department_id", "int PRIMARY KEY", N, lambda c, i: 10 * i),
        Col("department_name", "varchar(30) NOT NULL", N, pick("Administration", "Marketing", "Purchasing", "Human Resources", "Shipping", "IT", "Sales", "Executive", "Finance")),
        Col("manager_id", "int", N, opt(0.8, lambda c, i: 99 + c.r.randint(1, 150))),
        Col("location_id", "int", N, lambda c, i: 1000 + 100 * c.r.randint(1, 80))], rows=80,
        extra=[fkey(f"{HR}.departments", "location_id", f"{HR}.locations", "location_id")])

    def _email(c: Ctx, i: int) -> str:
        return (c.fake.first_name()[0] + c.fake.last_name()).upper()[:25]

    def _phone(c: Ctx, i: int) -> str:
        if c.r.random() < 0.7:
            return f"{c.r.choice([515, 590, 650, 603])}.{c.r.randint(100, 999)}.{c.r.randint(1000, 9999)}"
        return f"011.44.{c.r.randint(1000, 1999)}.{c.r.randint(100000, 999999)}"
    emps = Table(HR, "employees", [
        Col("employee_id", "int PRIMARY KEY", N, lambda c, i: 99 + i),
        Col("first_name", "varchar(20)", "person_name", lambda c, i: c.fake.first_name()),
        Col("last_name", "varchar(25) NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("email", "varchar(25) NOT NULL", "email", _email), Col("phone_number", "varchar(20)", "phone", _phone),
        Col("hire_date", "date NOT NULL", N, day(2001, 2008)), Col("job_id", "varchar(10) NOT NULL", N, lambda c, i: _job(c.r.randint(1, 80))),
        Col("salary", "numeric(8,2)", N, num(2100, 24000)), Col("commission_pct", "numeric(2,2)", N, opt(0.3, pick(0.1, 0.15, 0.2, 0.25, 0.3))),
        Col("manager_id", "int", N, lambda c, i: None if i == 1 else 99 + c.r.randint(1, min(i - 1, 10))),
        Col("department_id", "int", N, lambda c, i: 10 * c.r.randint(1, 80))], rows=150,
        extra=[fkey(f"{HR}.employees", "manager_id", f"{HR}.employees", "employee_id"),
               fkey(f"{HR}.employees", "department_id", f"{HR}.departments", "department_id"),
               fkey(f"{HR}.departments", "manager_id", f"{HR}.employees", "employee_id"),
               fkey(f"{HR}.employees", "job_id", f"{HR}.jobs", "job_id")])
    history = Table(HR, "job_history", [
        Col("employee_id", "int NOT NULL", N, lambda c, i: 99 + c.r.randint(1, 150)), Col("start_date", "date NOT NULL", N, day(1995, 2004)),
        Col("end_date", "date NOT NULL", N, day(2005, 2008)), Col("job_id", "varchar(10) NOT NULL", N, lambda c, i: _job(c.r.randint(1, 80))),
        Col("department_id", "int", N, lambda c, i: 10 * c.r.randint(1, 80))], rows=80,
        extra=[fkey(f"{HR}.job_history", "employee_id", f"{HR}.employees", "employee_id"),
               fkey(f"{HR}.job_history", "job_id", f"{HR}.jobs", "job_id")])
    return [regions, countries, locations, jobs, depts, emps, history]
