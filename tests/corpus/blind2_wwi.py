"""WideWorldImporters, PostgreSQL port with lower-case names (schemas c_wwi_application, c_wwi_sales,
c_wwi_purchasing): application.people, sales.customers, purchasing.suppliers, sales.invoices."""
from __future__ import annotations

import json

from .blind2_gens import col, const, day, flag, intr, opt, ref, ts
from .gens import Ctx, Table, ident, lat, lon, pick

A, SA, PU = "c_wwi_application", "c_wwi_sales", "c_wwi_purchasing"
N_PEOPLE, N_CUST, N_SUPP = 120, 140, 80
PK = "integer PRIMARY KEY"
TOWNS = ["Sylvanite, MT", "Peeples Valley, AZ", "Medicine Lodge, KS", "Gasport, NY", "Jessie, ND", "Frankewing, TN"]


def _phone(c: Ctx, i: int) -> str:
    return f"({c.r.randint(201, 989)}) 555-{c.r.randint(100, 999):04d}"


def _temporal() -> list:
    return [col("lasteditedby", "integer", "none", intr(1, 20)), col("validfrom", "timestamp", "none", ts(2013, 2016)),
            col("validto", "timestamp", "none", const("9999-12-31 23:59:59.999999"))]


def _customfields(c: Ctx, i: int) -> str | None:
    if i % 5 == 0:
        return None
    return json.dumps({"OtherLanguages": c.r.sample(["Polish", "Chinese", "Japanese", "Greek", "Finnish"], c.r.randint(0, 2)),
                       "HireDate": str(day(2008, 2015)(c, i)), "Title": c.r.choice(["Team Member", "Manager", "General Manager"]),
                       "PrimarySalesTerritory": c.r.choice(["Plains", "Mideast", "Southeast", "Far West"]),
                       "CommissionRate": f"{c.r.uniform(0, 5):.2f}"})


def people() -> Table:
    names = {}

    def full(c: Ctx, i: int) -> str:
        return names.setdefault(i, c.fake.name())

    cols = [
        col("personid", PK, "none", ident),
        col("fullname", "varchar(50)", "person_name", full),
        col("preferredname", "varchar(50)", "person_name", lambda c, i: full(c, i).split()[0]),
        col("searchname", "varchar(101)", "person_name", lambda c, i: f"{full(c, i).split()[0]} {full(c, i)}"),
        col("ispermittedtologon", "boolean", "none", flag(0.4)),
        col("logonname", "varchar(50)", "email", lambda c, i: full(c, i).split()[0].lower() + "@wideworldimporters.com"
            if i % 2 else c.fake.email()),
        col("hashedpassword", "bytea", "credentials", opt(0.6, lambda c, i: c.r.randbytes(32))),
        col("isemployee", "boolean", "none", flag(0.15)),
        col("issalesperson", "boolean", "none", flag(0.1)),
        col("userpreferences", "text", "none", opt(0.2, const('{"theme":"ui-darkness","dateFormat":"yy-mm-dd",'
                                                              '"timeZone": "PST","table":{"pagingType":"full"}}'))),
        col("phonenumber", "varchar(20)", "phone", _phone),
        col("faxnumber", "varchar(20)", "phone", _phone),
        col("emailaddress", "varchar(256)", "email", lambda c, i: c.fake.email()),
        col("photo", "bytea", "none", opt(0.1, lambda c, i: b"\xff\xd8\xff\xe0\x00\x10JFIF" + c.r.randbytes(64))),
        col("customfields", "text", "none", _customfields),
        *_temporal(),
    ]
    return Table(A, "people", cols, rows=N_PEOPLE)


def _org_address(prefix: str) -> list:
    return [col(f"{prefix}addressline1", "varchar(60)", "none", lambda c, i: f"{c.r.choice(['Shop', 'Suite', 'Unit'])} "
                                                                        f"{c.r.randint(1, 40)}"),
            col(f"{prefix}addressline2", "varchar(60)", "none", lambda c, i: c.fake.street_address()),
            col(f"{prefix}postalcode", "varchar(10)", "none", lambda c, i: c.fake.zipcode())]


def customers() -> Table:
    cols = [
        col("customerid", PK, "none", ident),
        col("customername", "varchar(100)", "none", lambda c, i: f"{c.r.choice(['Tailspin Toys', 'Wingtip Toys'])} "
                                                               f"({c.r.choice(TOWNS)})" if i > 2 else "Tailspin Toys (Head Office)"),
        col("billtocustomerid", "integer", "none", lambda c, i: 1 if i % 2 else 2),
        col("primarycontactpersonid", "integer", "none", ref(N_PEOPLE)),
        col("alternatecontactpersonid", "integer", "none", ref(N_PEOPLE, 0.5)),
        col("phonenumber", "varchar(20)", "none", _phone),
        col("faxnumber", "varchar(20)", "none", _phone),
        col("websiteurl", "varchar(256)", "none", lambda c, i: f"http://www.{c.r.choice(['tailspintoys', 'wingtiptoys'])}.com/"
                                                             f"{c.fake.city().replace(' ', '')}"),
        *_org_address("delivery"),
        col("deliverylocation", "text", "none", lambda c, i: f"POINT ({lon(c, i):.7f} {lat(c, i):.7f})"),
        *_org_address("postal"),
        *_temporal(),
    ]
    return Table(SA, "customers", cols, rows=N_CUST, extra=[
        f"ALTER TABLE {SA}.customers ADD FOREIGN KEY (primarycontactpersonid) REFERENCES {A}.people (personid)",
        f"ALTER TABLE {SA}.customers ADD FOREIGN KEY (alternatecontactpersonid) REFERENCES {A}.people (personid)",
        f"ALTER TABLE {SA}.customers ADD FOREIGN KEY (billtocustomerid) REFERENCES {SA}.customers (customerid)"])


def suppliers() -> Table:
    cols = [
        col("supplierid", PK, "none", ident),
        col("suppliername", "varchar(100)", "none", lambda c, i: f"{c.fake.company()}"),
        col("primarycontactpersonid", "integer", "none", ref(N_PEOPLE)),
        col("alternatecontactpersonid", "integer", "none", ref(N_PEOPLE)),
        col("supplierreference", "varchar(20)", "none", lambda c, i: f"{c.fake.lexify('??????').upper()}{c.r.randint(10, 99)}"),
        col("bankaccountname", "varchar(50)", "none", lambda c, i: c.fake.company()),
        col("bankaccountbranch", "varchar(50)", "none", lambda c, i: f"{c.r.choice(['Woodgrove', 'Contoso'])} Bank "
                                                                   f"{c.fake.city()}"),
        col("bankaccountcode", "varchar(20)", "none", lambda c, i: f"{c.r.randint(100000, 999999)}"),
        col("bankaccountnumber", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10**9, 10**10 - 1)}"),
        col("bankinternationalcode", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10000, 99999)}"),
        col("internalcomments", "text", "none", opt(0.4, pick("Marketing agency", "Pays on time",
                                                               "Preferred supplier for novelty items"))),
        col("phonenumber", "varchar(20)", "none", _phone),
        col("faxnumber", "varchar(20)", "none", _phone),
        col("websiteurl", "varchar(256)", "none", lambda c, i: f"http://www.{c.fake.domain_name()}"),
        *_org_address("delivery"),
        col("deliverylocation", "text", "none", lambda c, i: f"POINT ({lon(c, i):.7f} {lat(c, i):.7f})"),
        *_org_address("postal"),
        *_temporal(),
    ]
    return Table(PU, "suppliers", cols, rows=N_SUPP, extra=[
        f"ALTER TABLE {PU}.suppliers ADD FOREIGN KEY (primarycontactpersonid) REFERENCES {A}.people (personid)"])


def _returned(c: Ctx, i: int) -> str:
    when = ts(2016, 2016)(c, i)
    events = [{"Event": "Ready for collection", "EventTime": when.isoformat(), "ConNote": f"EAN-125-{1000 + i}"},
              {"Event": "DeliveryAttempt", "EventTime": when.isoformat(), "ConNote": f"EAN-125-{1000 + i}",
               "DriverID": c.r.randint(1, 20), "Latitude": round(lat(c, i), 7), "Longitude": round(lon(c, i), 7),
               "Status": "Delivered"}]
    return json.dumps({"Events": events, "DeliveredWhen": when.isoformat(), "ReceivedBy": c.fake.name()})


def invoices() -> Table:
    cols = [
        col("invoiceid", PK, "none", ident),
        col("customerid", "integer", "none", ref(N_CUST)),
        col("contactpersonid", "integer", "none", ref(N_PEOPLE)),
        col("salespersonpersonid", "integer", "none", ref(N_PEOPLE)),
        col("invoicedate", "date", "none", day(2013, 2016)),
        col("customerpurchaseordernumber", "varchar(20)", "none", lambda c, i: str(c.r.randint(10000, 20000))),
        col("comments", "text", "none", opt(0.1, pick("Urgent", "Part shipment", "Reissued invoice"))),
        col("deliveryinstructions", "text", "none", lambda c, i: f"{c.r.choice(['Shop', 'Suite', 'Unit'])} {c.r.randint(1, 40)}, "
                                                                f"{c.fake.street_address()}"),
        col("returneddeliverydata", "text", "free_text_may_contain_pii", _returned),
        col("confirmedreceivedby", "varchar(4000)", "person_name", lambda c, i: c.fake.name()),
        col("lasteditedby", "integer", "none", intr(1, 20)),
        col("lasteditedwhen", "timestamp", "none", ts(2013, 2016)),
    ]
    return Table(SA, "invoices", cols, rows=150, extra=[
        f"ALTER TABLE {SA}.invoices ADD FOREIGN KEY (customerid) REFERENCES {SA}.customers (customerid)",
        f"ALTER TABLE {SA}.invoices ADD FOREIGN KEY (contactpersonid) REFERENCES {A}.people (personid)",
        f"ALTER TABLE {SA}.invoices ADD FOREIGN KEY (salespersonpersonid) REFERENCES {A}.people (personid)"])


def wwi_tables() -> list[Table]:
    return [people(), customers(), suppliers(), invoices()]
