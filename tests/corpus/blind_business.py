"""Blind corpus, business part: Northwind, Chinook, Pagila and the Spanish "jardineria" teaching database.

See blind.py for the labelling rules and doubtful decisions.
"""
from __future__ import annotations

from .blind_gens import N, blob, day, fk, fkey, intr, letters_code, num, opt, parent, stamp, words
from .gens import Col, Ctx, Table, ident, pick

NW = "b_northwind"
_ADJ = ("Chef", "Grandma's", "Uncle", "Northwoods", "Sir", "Queso", "Gustaf's", "Mishi", "Tofu", "Sasquatch", "Steeleye",
        "Gula", "Rössle", "Thüringer", "Nord-Ost", "Gorgonzola", "Mascarpone", "Boston", "Inlagd", "Tourtière")
_NOUN = ("Anton's Cajun Seasoning", "Boysenberry Spread", "Cranberry Sauce", "Dried Pears", "Kobe Niku", "Ikura",
         "Cabrales", "Manchego La Pastora", "Konbu", "Chai", "Chang", "Aniseed Syrup", "Pavlova", "Knäckebröd",
         "Sauerkraut", "Crab Meat", "Lager", "Gnocchi", "Raclette", "Chocolade", "Scones", "Ale", "Biscuits")
_TITLES = ("Sales Representative", "Owner", "Order Administrator", "Marketing Manager", "Accounting Manager",
           "Sales Agent", "Sales Associate", "Marketing Assistant", "Purchasing Manager", "Export Administrator")


def _company(c: Ctx, i: int) -> str:
    kind = c.r.choice(["Delikatessen", "Comidas preparadas", "Markt", "Supermarket", "Importadora", "Specialties"])
    return c.r.choice([c.fake.company(), c.gb.company(), c.es.company(), f"{c.fake.last_name()} {kind}"])


def _intl_phone(c: Ctx, i: int) -> str:
    return c.r.choice([f"({c.r.randint(1, 999)}) {c.r.randint(100, 999)}-{c.r.randint(1000, 9999)}",
                       f"0{c.r.randint(21, 89)}-{c.r.randint(1000000, 9999999)}",
                       f"{c.r.randint(10, 99)}.{c.r.randint(10, 99)}.{c.r.randint(10, 99)}.{c.r.randint(10, 99)}"])


def _nw_notes(c: Ctx, i: int) -> str:
    first = c.fake.first_name()
    return (f"Education includes a {c.r.choice(['BA', 'BS', 'MA', 'Ph.D.'])} in {c.r.choice(['psychology', 'English', 'chemistry', 'economics', 'French'])}"
            f" from {c.fake.city()} {c.r.choice(['University', 'State University', 'College'])} in {c.r.randint(1965, 1992)}. "
            f"{first} {c.r.choice(['is a member of Toastmasters International', 'joined the company after completing a course in international marketing', 'speaks fluent French and German', 'was promoted to sales manager in 1994'])}."
            + (f" Home e-mail: {c.fake.free_email()}." if c.r.random() < 0.2 else ""))


def _company_cols() -> list[Col]:
    """The address block of Northwind's customers and suppliers: the companies' own contact data."""
    return [Col("address", "varchar(60)", N, lambda c, i: c.fake.street_address()),
            Col("city", "varchar(15)", N, lambda c, i: c.fake.city()[:15]),
            Col("region", "varchar(15)", N, opt(0.4, lambda c, i: c.fake.state_abbr())),
            Col("postal_code", "varchar(10)", N, lambda c, i: c.fake.postcode()),
            Col("country", "varchar(15)", N, pick("Germany", "Mexico", "UK", "Sweden", "France", "Spain", "USA", "Brazil")),
            Col("phone", "varchar(24)", N, _intl_phone), Col("fax", "varchar(24)", N, opt(0.6, _intl_phone))]


def northwind() -> list[Table]:
    cust = Table(NW, "customers", [
        Col("customer_id", "bpchar PRIMARY KEY", N, letters_code(5)),
        Col("company_name", "varchar(40) NOT NULL", N, _company),
        Col("contact_name", "varchar(30)", "person_name", lambda c, i: c.fake.name()),
        Col("contact_title", "varchar(30)", N, pick(*_TITLES)), *_company_cols()], rows=110)
    sup = Table(NW, "suppliers", [
        Col("supplier_id", "smallint PRIMARY KEY", N, ident),
        Col("company_name", "varchar(40) NOT NULL", N, _company),
        Col("contact_name", "varchar(30)", "person_name", lambda c, i: c.gb.name()),
        Col("contact_title", "varchar(30)", N, pick(*_TITLES)), *_company_cols(),
        Col("homepage", "text", N, opt(0.3, lambda c, i: f"{c.fake.company()}#http://www.{c.fake.domain_name()}/#"))],
        rows=90)
    ship = Table(NW, "shippers", [
        Col("shipper_id", "smallint PRIMARY KEY", N, ident),
        Col("company_name", "varchar(40) NOT NULL", N, lambda c, i: f"{c.fake.last_name()} {c.r.choice(['Express', 'Shipping', 'Package', 'Freight'])}"),
        Col("phone", "varchar(24)", N, lambda c, i: c.fake.phone_number())], rows=80)
    emp = Table(NW, "employees", [
        Col("employee_id", "smallint PRIMARY KEY", N, ident),
        Col("last_name", "varchar(20) NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("first_name", "varchar(10) NOT NULL", "person_name", lambda c, i: c.fake.first_name()[:10]),
        Col("title", "varchar(30)", N, pick("Sales Representative", "Vice President, Sales", "Sales Manager", "Inside Sales Coordinator")),
        Col("title_of_courtesy", "varchar(25)", N, pick("Ms.", "Mr.", "Mrs.", "Dr.")),
        Col("birth_date", "date", "birth_date", day(1937, 1975)),
        Col("hire_date", "date", N, day(1992, 1996)),
        Col("address", "varchar(60)", "postal_address", lambda c, i: c.r.choice([c.fake.street_address(), c.gb.street_address()])),
        Col("city", "varchar(15)", N, lambda c, i: c.fake.city()[:15]),
        Col("region", "varchar(15)", N, opt(0.6, lambda c, i: c.fake.state_abbr())),
        Col("postal_code", "varchar(10)", "postal_address", lambda c, i: c.r.choice([c.fake.postcode(), c.gb.postcode()])),
        Col("country", "varchar(15)", N, pick("USA", "UK")),
        Col("home_phone", "varchar(24)", "phone", lambda c, i: c.r.choice([c.fake.phone_number(), c.gb.phone_number()])),
        Col("extension", "varchar(4)", N, lambda c, i: str(c.r.randint(100, 9999))),
        Col("photo", "bytea", N, blob(40, 200, b"\x15\x1c\x2f\x00\x02\x00\x00\x00\x0d\x00\x0e\x00\x14\x00")),
        Col("notes", "text", "free_text_may_contain_pii", _nw_notes),
        Col("reports_to", "smallint", N, parent),
        Col("photo_path", "varchar(255)", N, lambda c, i: f"http://accweb/emmployees/{c.fake.last_name().lower()}.bmp")],
        rows=80, extra=[fkey(f"{NW}.employees", "reports_to", f"{NW}.employees", "employee_id")])
    cat = Table(NW, "categories", [
        Col("category_id", "smallint PRIMARY KEY", N, ident),
        Col("category_name", "varchar(15) NOT NULL", N, pick("Beverages", "Condiments", "Confections", "Dairy Products", "Grains/Cereals", "Meat/Poultry", "Produce", "Seafood")),
        Col("description", "text", N, pick("Soft drinks, coffees, teas, beers, and ales", "Sweet and savory sauces, relishes, spreads, and seasonings",
                                           "Desserts, candies, and sweet breads", "Cheeses", "Breads, crackers, pasta, and cereal",
                                           "Prepared meats", "Dried fruit and bean curd", "Seaweed and fish")),
        Col("picture", "bytea", N, blob(30, 120, b"\x15\x1c\x2f\x00\x02\x00\x00\x00"))], rows=80)
    prod = Table(NW, "products", [
        Col("product_id", "smallint PRIMARY KEY", N, ident),
        Col("product_name", "varchar(40) NOT NULL", N, words(_ADJ, _NOUN)),
        Col("supplier_id", "smallint", N, fk(90)), Col("category_id", "smallint", N, fk(80)),
        Col("quantity_per_unit", "varchar(20)", N, lambda c, i: f"{c.r.randint(6, 48)} - {c.r.choice(['12 oz jars', '500 g pkgs.', '1 kg pkg.', '550 ml bottles', 'boxes x 20 bags'])}"[:20]),
        Col("unit_price", "real", N, num(2.5, 263.5)), Col("units_in_stock", "smallint", N, intr(0, 125)),
        Col("units_on_order", "smallint", N, pick(0, 0, 10, 40, 70)), Col("reorder_level", "smallint", N, pick(0, 5, 10, 25)),
        Col("discontinued", "integer NOT NULL", N, pick(0, 0, 0, 1))], rows=120,
        extra=[fkey(f"{NW}.products", "supplier_id", f"{NW}.suppliers", "supplier_id"),
               fkey(f"{NW}.products", "category_id", f"{NW}.categories", "category_id")])
    orders = Table(NW, "orders", [
        Col("order_id", "smallint PRIMARY KEY", N, lambda c, i: 10247 + i),
        Col("customer_id", "bpchar", N, lambda c, i: letters_code(5)(c, c.r.randint(1, 110))),
        Col("employee_id", "smallint", N, fk(80)), Col("order_date", "date", N, day(1996, 1998)),
        Col("required_date", "date", N, day(1996, 1998)), Col("shipped_date", "date", N, opt(0.9, day(1996, 1998))),
        Col("ship_via", "smallint", N, fk(80)), Col("freight", "real", N, num(0.02, 1007.64)),
        Col("ship_name", "varchar(40)", N, _company),
        Col("ship_address", "varchar(60)", N, lambda c, i: c.fake.street_address()),
        Col("ship_city", "varchar(15)", N, lambda c, i: c.fake.city()[:15]),
        Col("ship_region", "varchar(15)", N, opt(0.4, lambda c, i: c.fake.state_abbr())),
        Col("ship_postal_code", "varchar(10)", N, lambda c, i: c.fake.postcode()),
        Col("ship_country", "varchar(15)", N, pick("Germany", "Mexico", "UK", "Sweden", "France", "Spain", "USA", "Brazil"))],
        rows=160, extra=[fkey(f"{NW}.orders", "customer_id", f"{NW}.customers", "customer_id"),
                         fkey(f"{NW}.orders", "employee_id", f"{NW}.employees", "employee_id"),
                         fkey(f"{NW}.orders", "ship_via", f"{NW}.shippers", "shipper_id")])
    details = Table(NW, "order_details", [
        Col("order_id", "smallint NOT NULL", N, lambda c, i: 10247 + c.r.randint(1, 160)),
        Col("product_id", "smallint NOT NULL", N, fk(120)), Col("unit_price", "real NOT NULL", N, num(2.0, 263.5)),
        Col("quantity", "smallint NOT NULL", N, intr(1, 120)), Col("discount", "real NOT NULL", N, pick(0, 0, 0.05, 0.1, 0.15, 0.25))],
        rows=200, extra=[fkey(f"{NW}.order_details", "order_id", f"{NW}.orders", "order_id"),
                         fkey(f"{NW}.order_details", "product_id", f"{NW}.products", "product_id")])
    region = Table(NW, "region", [Col("region_id", "smallint PRIMARY KEY", N, ident),
                                  Col("region_description", "bpchar NOT NULL", N, pick("Eastern", "Western", "Northern", "Southern"))], rows=80)
    terr = Table(NW, "territories", [
        Col("territory_id", "varchar(20) PRIMARY KEY", N, lambda c, i: f"{i:05d}"),
        Col("territory_description", "bpchar NOT NULL", N, lambda c, i: c.fake.city()),
        Col("region_id", "smallint NOT NULL", N, fk(80))], rows=100,
        extra=[fkey(f"{NW}.territories", "region_id", f"{NW}.region", "region_id")])
    et = Table(NW, "employee_territories", [
        Col("employee_id", "smallint NOT NULL", N, fk(80)),
        Col("territory_id", "varchar(20) NOT NULL", N, lambda c, i: f"{c.r.randint(1, 100):05d}")], rows=120,
        extra=[fkey(f"{NW}.employee_territories", "employee_id", f"{NW}.employees", "employee_id"),
               fkey(f"{NW}.employee_territories", "territory_id", f"{NW}.territories", "territory_id")])
    states = Table(NW, "us_states", [
        Col("state_id", "smallint PRIMARY KEY", N, ident), Col("state_name", "varchar(100)", N, lambda c, i: c.fake.state()),
        Col("state_abbr", "varchar(2)", N, lambda c, i: c.fake.state_abbr()),
        Col("state_region", "varchar(50)", N, pick("west", "south", "midwest", "north"))], rows=80)
    return [cust, sup, ship, emp, cat, prod, orders, details, region, terr, et, states]


CH = "b_chinook"
_BANDS = ("AC/DC", "Accept", "Aerosmith", "Alice In Chains", "Apocalyptica", "Audioslave", "Black Sabbath", "Body Count",
          "Led Zeppelin", "Iron Maiden", "Metallica", "Os Paralamas Do Sucesso", "Titãs", "Various Artists",
          "Berliner Philharmoniker & Herbert Von Karajan", "Academy of St. Martin in the Fields & Sir Neville Marriner")


def _artist(c: Ctx, i: int) -> str:
    return c.r.choice(_BANDS) if c.r.random() < 0.5 else c.r.choice([c.fake.name(), c.es.name()])


def _composers(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.25:
        return None
    return ", ".join(c.fake.name() for _ in range(c.r.randint(1, 3)))


def chinook() -> list[Table]:
    def person_block(prefix: str) -> list[Col]:
        return [Col(f"{prefix}Address", "varchar(70)", "postal_address", lambda c, i: c.fake.street_address()),
                Col(f"{prefix}City", "varchar(40)", N, lambda c, i: c.fake.city()),
                Col(f"{prefix}State", "varchar(40)", N, opt(0.5, lambda c, i: c.fake.state_abbr())),
                Col(f"{prefix}Country", "varchar(40)", N, pick("USA", "Canada", "Brazil", "France", "Germany", "United Kingdom", "Portugal")),
                Col(f"{prefix}PostalCode", "varchar(10)", "postal_address", lambda c, i: c.fake.postcode())]
    cust = Table(CH, "Customer", [
        Col("CustomerId", "int PRIMARY KEY", N, ident),
        Col("FirstName", "varchar(40) NOT NULL", "person_name", lambda c, i: c.fake.first_name()),
        Col("LastName", "varchar(20) NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("Company", "varchar(80)", N, opt(0.2, lambda c, i: c.fake.company())), *person_block(""),
        Col("Phone", "varchar(24)", "phone", lambda c, i: c.fake.phone_number()),
        Col("Fax", "varchar(24)", "phone", opt(0.25, lambda c, i: c.fake.phone_number())),
        Col("Email", "varchar(60) NOT NULL", "email", lambda c, i: c.fake.email()),
        Col("SupportRepId", "int", N, fk(80))], rows=140)
    emp = Table(CH, "Employee", [
        Col("EmployeeId", "int PRIMARY KEY", N, ident),
        Col("LastName", "varchar(20) NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("FirstName", "varchar(20) NOT NULL", "person_name", lambda c, i: c.fake.first_name()),
        Col("Title", "varchar(30)", N, pick("General Manager", "Sales Manager", "Sales Support Agent", "IT Manager", "IT Staff")),
        Col("ReportsTo", "int", N, parent), Col("BirthDate", "timestamp", "birth_date", stamp(1947, 1990)),
        Col("HireDate", "timestamp", N, stamp(2002, 2004)), *person_block(""),
        Col("Phone", "varchar(24)", "phone", lambda c, i: c.fake.phone_number()),
        Col("Fax", "varchar(24)", "phone", lambda c, i: c.fake.phone_number()),
        Col("Email", "varchar(60)", "email", lambda c, i: f"{c.fake.first_name().lower()}@chinookcorp.com")], rows=80,
        extra=[fkey(f"{CH}.Employee", "ReportsTo", f"{CH}.Employee", "EmployeeId"),
               fkey(f"{CH}.Customer", "SupportRepId", f"{CH}.Employee", "EmployeeId")])
    inv = Table(CH, "Invoice", [
        Col("InvoiceId", "int PRIMARY KEY", N, ident), Col("CustomerId", "int NOT NULL", N, fk(140)),
        Col("InvoiceDate", "timestamp NOT NULL", N, stamp(2009, 2013)), *person_block("Billing"),
        Col("Total", "numeric(10,2) NOT NULL", N, num(0.99, 25.86))], rows=200,
        extra=[fkey(f"{CH}.Invoice", "CustomerId", f"{CH}.Customer", "CustomerId")])
    simple = [Table(CH, "Artist", [Col("ArtistId", "int PRIMARY KEY", N, ident),
                                   Col("Name", "varchar(120)", "person_name", _artist)], rows=100),
              Table(CH, "Album", [Col("AlbumId", "int PRIMARY KEY", N, ident),
                                  Col("Title", "varchar(160) NOT NULL", N, lambda c, i: c.fake.catch_phrase()),
                                  Col("ArtistId", "int NOT NULL", N, fk(100))], rows=120,
                    extra=[fkey(f"{CH}.Album", "ArtistId", f"{CH}.Artist", "ArtistId")]),
              Table(CH, "Genre", [Col("GenreId", "int PRIMARY KEY", N, ident),
                                  Col("Name", "varchar(120)", N, pick("Rock", "Jazz", "Metal", "Alternative & Punk", "Rock And Roll", "Blues", "Latin", "Reggae", "Pop", "Soundtrack", "Bossa Nova"))], rows=80),
              Table(CH, "MediaType", [Col("MediaTypeId", "int PRIMARY KEY", N, ident),
                                      Col("Name", "varchar(120)", N, pick("MPEG audio file", "Protected AAC audio file", "Protected MPEG-4 video file", "Purchased AAC audio file", "AAC audio file"))], rows=80)]
    track = Table(CH, "Track", [
        Col("TrackId", "int PRIMARY KEY", N, ident),
        Col("Name", "varchar(200) NOT NULL", N, lambda c, i: c.fake.sentence(nb_words=c.r.randint(1, 4)).rstrip(".").title()),
        Col("AlbumId", "int", N, fk(120)), Col("MediaTypeId", "int NOT NULL", N, fk(80)), Col("GenreId", "int", N, fk(80)),
        Col("Composer", "varchar(220)", "person_name", _composers),
        Col("Milliseconds", "int NOT NULL", N, intr(60_000, 600_000)), Col("Bytes", "int", N, intr(1_000_000, 12_000_000)),
        Col("UnitPrice", "numeric(10,2) NOT NULL", N, pick(0.99, 1.99))], rows=200,
        extra=[fkey(f"{CH}.Track", "AlbumId", f"{CH}.Album", "AlbumId"),
               fkey(f"{CH}.Track", "MediaTypeId", f"{CH}.MediaType", "MediaTypeId"),
               fkey(f"{CH}.Track", "GenreId", f"{CH}.Genre", "GenreId")])
    line = Table(CH, "InvoiceLine", [
        Col("InvoiceLineId", "int PRIMARY KEY", N, ident), Col("InvoiceId", "int NOT NULL", N, fk(200)),
        Col("TrackId", "int NOT NULL", N, fk(200)), Col("UnitPrice", "numeric(10,2) NOT NULL", N, pick(0.99, 1.99)),
        Col("Quantity", "int NOT NULL", N, pick(1))], rows=200,
        extra=[fkey(f"{CH}.InvoiceLine", "InvoiceId", f"{CH}.Invoice", "InvoiceId"),
               fkey(f"{CH}.InvoiceLine", "TrackId", f"{CH}.Track", "TrackId")])
    pl = Table(CH, "Playlist", [Col("PlaylistId", "int PRIMARY KEY", N, ident),
                                Col("Name", "varchar(120)", N, pick("Music", "Movies", "TV Shows", "Audiobooks", "90’s Music", "Classical", "Grunge", "Brazilian Music"))], rows=80)
    plt = Table(CH, "PlaylistTrack", [Col("PlaylistId", "int NOT NULL", N, fk(80)), Col("TrackId", "int NOT NULL", N, fk(200))],
                rows=150, extra=[fkey(f"{CH}.PlaylistTrack", "PlaylistId", f"{CH}.Playlist", "PlaylistId"),
                                 fkey(f"{CH}.PlaylistTrack", "TrackId", f"{CH}.Track", "TrackId")])
    return [cust, emp, inv, *simple, track, line, pl, plt]
