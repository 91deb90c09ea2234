"""Blind corpus, retail part: Pagila (the PostgreSQL port of Sakila) and the Spanish "jardineria" teaching database.

See blind.py for the labelling rules and doubtful decisions.
"""
from __future__ import annotations

from .blind_gens import N, blob, day, fk, fkey, intr, num, opt, parent, sha1_hex, stamp
from .gens import Col, Ctx, Table, ident, pick

PG = "b_pagila"
_FILM_ADJ = ("Epic", "Astounding", "Fateful", "Taut", "Thoughtful", "Insightful", "Action-Packed", "Boring", "Lacklusture",
             "Beautiful", "Emotional", "Touching", "Unbelieveable", "Amazing", "Stunning", "Brilliant", "Intrepid", "Fast-Paced")
_FILM_KIND = ("Drama", "Epistle", "Reflection", "Story", "Saga", "Panorama", "Documentary", "Character Study", "Display",
              "Yarn", "Tale", "Drama", "Mystery")
_FILM_WHO = ("Feminist", "Mad Scientist", "Dentist", "Cat", "Moose", "Boat", "Robot", "Technical Writer", "Husband",
             "Database Administrator", "Crocodile", "Lumberjack", "Composer", "Hunter", "Astronaut", "Pioneer", "Monkey")
_FILM_DO = ("Battle", "Chase", "Outgun", "Reach", "Sink", "Overcome", "Conquer", "Pursue", "Confront", "Build", "Succumb", "Kill")
_FILM_WHERE = ("Canadian Rockies", "Gulf of Mexico", "Ancient India", "a Shark Tank", "Nigeria", "Soviet Georgia",
               "a Baloon", "The Outback", "a Manhattan Penthouse", "Berlin", "a U-Boat", "An Abandoned Fun House")


def _film_description(c: Ctx, i: int) -> str:
    r = c.r
    return (f"A {r.choice(_FILM_ADJ)} {r.choice(_FILM_KIND)} of a {r.choice(_FILM_WHO)} And a {r.choice(_FILM_WHO)} "
            f"who must {r.choice(_FILM_DO)} a {r.choice(_FILM_WHO)} in {r.choice(_FILM_WHERE)}")


def _upper(method: str) -> object:
    return lambda c, i: getattr(c.fake, method)().upper()


def pagila() -> list[Table]:
    upd = Col("last_update", "timestamptz NOT NULL", N, stamp(2006, 2022))
    country = Table(PG, "country", [Col("country_id", "int PRIMARY KEY", N, ident),
                                    Col("country", "text NOT NULL", N, lambda c, i: c.fake.country()), upd], rows=100)
    city = Table(PG, "city", [Col("city_id", "int PRIMARY KEY", N, ident), Col("city", "text NOT NULL", N, lambda c, i: c.fake.city()),
                              Col("country_id", "int NOT NULL", N, fk(100)), upd], rows=150,
                 extra=[fkey(f"{PG}.city", "country_id", f"{PG}.country", "country_id")])
    address = Table(PG, "address", [
        Col("address_id", "int PRIMARY KEY", N, ident),
        Col("address", "text NOT NULL", "postal_address", lambda c, i: f"{c.r.randint(1, 1999)} {c.fake.street_name()}"),
        Col("address2", "text", "postal_address", lambda c, i: c.fake.secondary_address() if c.r.random() < 0.3 else ""),
        Col("district", "text NOT NULL", N, lambda c, i: c.fake.state()),
        Col("city_id", "int NOT NULL", N, fk(150)),
        Col("postal_code", "text", "postal_address", lambda c, i: c.fake.postcode()),
        Col("phone", "text NOT NULL", "phone", lambda c, i: str(c.r.randint(10**10, 10**12 - 1))), upd], rows=200,
        extra=[fkey(f"{PG}.address", "city_id", f"{PG}.city", "city_id")])
    staff = Table(PG, "staff", [
        Col("staff_id", "int PRIMARY KEY", N, ident),
        Col("first_name", "text NOT NULL", "person_name", lambda c, i: c.fake.first_name()),
        Col("last_name", "text NOT NULL", "person_name", lambda c, i: c.fake.last_name()),
        Col("address_id", "int NOT NULL", N, fk(200)),
        Col("email", "text", "email", lambda c, i: f"{c.fake.first_name()}.{c.fake.last_name()}@sakilastaff.com"),
        Col("store_id", "int NOT NULL", N, fk(80)), Col("active", "boolean NOT NULL", N, pick(True, True, False)),
        Col("username", "text NOT NULL", N, lambda c, i: c.fake.first_name()),
        Col("password", "text", "credentials", sha1_hex),
        upd, Col("picture", "bytea", N, opt(0.2, blob(60, 200, b"\x89PNG\r\n\x1a\n")))], rows=80,
        extra=[fkey(f"{PG}.staff", "address_id", f"{PG}.address", "address_id")])
    store = Table(PG, "store", [Col("store_id", "int PRIMARY KEY", N, ident), Col("manager_staff_id", "int NOT NULL", N, ident),
                                Col("address_id", "int NOT NULL", N, fk(200)), upd], rows=80,
                  extra=[fkey(f"{PG}.store", "manager_staff_id", f"{PG}.staff", "staff_id"),
                         fkey(f"{PG}.store", "address_id", f"{PG}.address", "address_id"),
                         fkey(f"{PG}.staff", "store_id", f"{PG}.store", "store_id")])
    customer = Table(PG, "customer", [
        Col("customer_id", "int PRIMARY KEY", N, ident), Col("store_id", "int NOT NULL", N, fk(80)),
        Col("first_name", "text NOT NULL", "person_name", _upper("first_name")),
        Col("last_name", "text NOT NULL", "person_name", _upper("last_name")),
        Col("email", "text", "email", lambda c, i: f"{c.fake.first_name()}.{c.fake.last_name()}@sakilacustomer.org".upper()),
        Col("address_id", "int NOT NULL", N, fk(200)), Col("activebool", "boolean NOT NULL", N, pick(True, True, True, False)),
        Col("create_date", "date NOT NULL", N, day(2006, 2006)), upd, Col("active", "int", N, pick(1, 1, 1, 0))], rows=200,
        extra=[fkey(f"{PG}.customer", "store_id", f"{PG}.store", "store_id"),
               fkey(f"{PG}.customer", "address_id", f"{PG}.address", "address_id")])
    lang = Table(PG, "language", [Col("language_id", "int PRIMARY KEY", N, ident),
                                  Col("name", "char(20) NOT NULL", N, pick("English", "Italian", "Japanese", "Mandarin", "French", "German")), upd], rows=80)
    film = Table(PG, "film", [
        Col("film_id", "int PRIMARY KEY", N, ident),
        Col("title", "text NOT NULL", N, lambda c, i: " ".join(c.fake.words(2)).upper()),
        Col("description", "text", N, _film_description), Col("release_year", "int", N, pick(2006)),
        Col("language_id", "int NOT NULL", N, fk(80)), Col("original_language_id", "int", N, pick(None)),
        Col("rental_duration", "smallint NOT NULL", N, intr(3, 7)), Col("rental_rate", "numeric(4,2) NOT NULL", N, pick(0.99, 2.99, 4.99)),
        Col("length", "smallint", N, intr(46, 185)), Col("replacement_cost", "numeric(5,2) NOT NULL", N, num(9.99, 29.99)),
        Col("rating", "text", N, pick("G", "PG", "PG-13", "R", "NC-17")), upd,
        Col("special_features", "text[]", N, lambda c, i: c.r.sample(["Trailers", "Commentaries", "Deleted Scenes", "Behind the Scenes"], c.r.randint(1, 3))),
        Col("fulltext", "tsvector NOT NULL", N, lambda c, i: " ".join(f"'{w.lower()}':{k + 1}" for k, w in enumerate(c.fake.words(5))))],
        rows=200, extra=[fkey(f"{PG}.film", "language_id", f"{PG}.language", "language_id")])
    actor = Table(PG, "actor", [Col("actor_id", "int PRIMARY KEY", N, ident),
                                Col("first_name", "text NOT NULL", "person_name", _upper("first_name")),
                                Col("last_name", "text NOT NULL", "person_name", _upper("last_name")), upd], rows=200)
    film_actor = Table(PG, "film_actor", [Col("actor_id", "int NOT NULL", N, fk(200)), Col("film_id", "int NOT NULL", N, fk(200)), upd],
                       rows=200, extra=[fkey(f"{PG}.film_actor", "actor_id", f"{PG}.actor", "actor_id"),
                                        fkey(f"{PG}.film_actor", "film_id", f"{PG}.film", "film_id")])
    category = Table(PG, "category", [Col("category_id", "int PRIMARY KEY", N, ident),
                                      Col("name", "text NOT NULL", N, pick("Action", "Animation", "Children", "Classics", "Comedy", "Documentary", "Drama", "Family", "Horror", "Sci-Fi")), upd], rows=80)
    rental = Table(PG, "rental", [
        Col("rental_id", "int PRIMARY KEY", N, ident), Col("rental_date", "timestamptz NOT NULL", N, stamp(2022, 2022)),
        Col("inventory_id", "int NOT NULL", N, intr(1, 4581)), Col("customer_id", "int NOT NULL", N, fk(200)),
        Col("return_date", "timestamptz", N, opt(0.9, stamp(2022, 2022))), Col("staff_id", "int NOT NULL", N, fk(80)), upd],
        rows=200, extra=[fkey(f"{PG}.rental", "customer_id", f"{PG}.customer", "customer_id"),
                         fkey(f"{PG}.rental", "staff_id", f"{PG}.staff", "staff_id")])
    payment = Table(PG, "payment", [
        Col("payment_id", "int PRIMARY KEY", N, ident), Col("customer_id", "int NOT NULL", N, fk(200)),
        Col("staff_id", "int NOT NULL", N, fk(80)), Col("rental_id", "int NOT NULL", N, fk(200)),
        Col("amount", "numeric(5,2) NOT NULL", N, pick(0.99, 2.99, 3.99, 4.99, 5.99, 7.99)),
        Col("payment_date", "timestamptz NOT NULL", N, stamp(2022, 2022))], rows=200,
        extra=[fkey(f"{PG}.payment", "customer_id", f"{PG}.customer", "customer_id"),
               fkey(f"{PG}.payment", "rental_id", f"{PG}.rental", "rental_id")])
    return [country, city, address, staff, store, customer, lang, film, actor, film_actor, category, rental, payment]


JA = "b_jardineria"
_GAMAS = ("Herbaceas", "Herramientas", "Aromáticas", "Frutales", "Ornamentales", "Semillas", "Abonos", "Macetas")
_ES_CITIES = ("Madrid", "Barcelona", "Valencia", "Sevilla", "Fuenlabrada", "Humanes", "Talavera de la Reina", "Getafe")


def _codigo_producto(i: int) -> str:
    return f"{('OR', 'FR', 'AR', 'HE', '11')[i % 5]}-{i}"


def _cliente(c: Ctx, i: int) -> str:
    return c.r.choice([c.es.company(), f"Jardinería {c.es.first_name()}", f"Viveros {c.es.last_name()} S.L.",
                       f"{c.r.choice(['Agro', 'Natura', 'Flores', 'Golf'])}{c.r.choice(['jardin', 'gua', ' S.A.', ' Marivi'])}"])


def _comentario(c: Ctx, i: int) -> str | None:
    return c.r.choice([None, None, "Pagado a plazos", "La entrega llego con retraso", "El pedido fue anulado por el cliente",
                       "El cliente pide que se le entregue por la mañana", "Las plantas estaban en mal estado",
                       "El proveedor nos indica que no hay existencias", "Pedido entregado antes de lo previsto"])


def jardineria() -> list[Table]:
    oficina = Table(JA, "oficina", [
        Col("codigo_oficina", "varchar(10) PRIMARY KEY", N, lambda c, i: f"OF{i:03d}-ES"),
        Col("ciudad", "varchar(30) NOT NULL", N, pick(*_ES_CITIES)), Col("pais", "varchar(50) NOT NULL", N, pick("España", "Francia", "Inglaterra", "EEUU")),
        Col("region", "varchar(50)", N, pick("Madrid", "Barcelona", "Castilla-La Mancha", None)),
        Col("codigo_postal", "varchar(10) NOT NULL", N, lambda c, i: c.es.postcode()),
        Col("telefono", "varchar(20) NOT NULL", N, lambda c, i: f"+34 91 {c.r.randint(1000000, 9999999)}"),
        Col("linea_direccion1", "varchar(50) NOT NULL", N, lambda c, i: c.es.street_address()),
        Col("linea_direccion2", "varchar(50)", N, opt(0.5, lambda c, i: c.es.secondary_address()))], rows=80)
    empleado = Table(JA, "empleado", [
        Col("codigo_empleado", "int PRIMARY KEY", N, ident),
        Col("nombre", "varchar(50) NOT NULL", "person_name", lambda c, i: c.es.first_name()),
        Col("apellido1", "varchar(50) NOT NULL", "person_name", lambda c, i: c.es.last_name()),
        Col("apellido2", "varchar(50)", "person_name", lambda c, i: c.es.last_name()),
        Col("extension", "varchar(10) NOT NULL", N, lambda c, i: str(c.r.randint(1000, 9999))),
        Col("email", "varchar(100) NOT NULL", "email", lambda c, i: f"{c.es.first_name()[0].lower()}{c.es.last_name().lower().replace(' ', '')}@jardineria.es"),
        Col("codigo_oficina", "varchar(10) NOT NULL", N, lambda c, i: f"OF{c.r.randint(1, 80):03d}-ES"),
        Col("codigo_jefe", "int", N, parent),
        Col("puesto", "varchar(50)", N, pick("Director General", "Subdirector Marketing", "Subdirector Ventas", "Secretaria", "Representante Ventas", "Director Oficina"))],
        rows=90, extra=[fkey(f"{JA}.empleado", "codigo_oficina", f"{JA}.oficina", "codigo_oficina"),
                        fkey(f"{JA}.empleado", "codigo_jefe", f"{JA}.empleado", "codigo_empleado")])
    gama = Table(JA, "gama_producto", [
        Col("gama", "varchar(50) PRIMARY KEY", N, lambda c, i: f"{_GAMAS[i % len(_GAMAS)]} {i}"),
        Col("descripcion_texto", "text", N, pick("Plantas para jardin decorativas", "Herramientas para todo tipo de acción", "Plantas aromáticas", "Árboles pequeños de producción frutal")),
        Col("descripcion_html", "text", N, pick(None, "<p>Plantas para jardin decorativas</p>")),
        Col("imagen", "varchar(256)", N, pick(None))], rows=80)
    producto = Table(JA, "producto", [
        Col("codigo_producto", "varchar(15) PRIMARY KEY", N, lambda c, i: _codigo_producto(i)),
        Col("nombre", "varchar(70) NOT NULL", N, pick("Sierra de Poda 400MM", "Pala", "Rastrillo de Jardín", "Azadón", "Ajedrea", "Lavándula Dentata", "Mejorana", "Melissa", "Nectarina", "Naranjo calamondin", "Peral", "Camelia Blanco", "Kentia (Howea Forsteriana)")),
        Col("gama", "varchar(50) NOT NULL", N, lambda c, i: (lambda k: f"{_GAMAS[k % len(_GAMAS)]} {k}")(c.r.randint(1, 80))),
        Col("dimensiones", "varchar(25)", N, pick(None, "15-20", "40-60", "80-100", "170-200")),
        Col("proveedor", "varchar(50)", N, pick("HiperGarden Tools", "Murcia Seasons", "Frutales Talavera S.A", "NaranjasValencianas.com", "Viveros EL OASIS")),
        Col("descripcion", "text", N, pick("Planta aromática que se utiliza en cocina", "Herramienta para trabajos de jardinería", "Árbol frutal de hoja caduca", "Arbusto de floración invernal", None)),
        Col("cantidad_en_stock", "smallint NOT NULL", N, intr(0, 400)), Col("precio_venta", "numeric(15,2) NOT NULL", N, num(1, 462)),
        Col("precio_proveedor", "numeric(15,2)", N, num(1, 370))], rows=120,
        extra=[fkey(f"{JA}.producto", "gama", f"{JA}.gama_producto", "gama")])
    cliente = Table(JA, "cliente", [
        Col("codigo_cliente", "int PRIMARY KEY", N, ident), Col("nombre_cliente", "varchar(50) NOT NULL", N, _cliente),
        Col("nombre_contacto", "varchar(30)", "person_name", lambda c, i: c.es.first_name()),
        Col("apellido_contacto", "varchar(30)", "person_name", lambda c, i: c.es.last_name()),
        Col("telefono", "varchar(15) NOT NULL", N, lambda c, i: f"{c.r.choice(['91', '93', '96', '6'])}{c.r.randint(1000000, 99999999)}"),
        Col("fax", "varchar(15) NOT NULL", N, lambda c, i: f"{c.r.choice(['91', '93', '96'])}{c.r.randint(1000000, 9999999)}"),
        Col("linea_direccion1", "varchar(50) NOT NULL", N, lambda c, i: c.es.street_address()),
        Col("linea_direccion2", "varchar(50)", N, opt(0.3, lambda c, i: c.es.secondary_address())),
        Col("ciudad", "varchar(50) NOT NULL", N, pick(*_ES_CITIES)), Col("region", "varchar(50)", N, pick("Madrid", "Cataluña", None)),
        Col("pais", "varchar(50)", N, pick("Spain", "España", "USA", "France", "Australia")),
        Col("codigo_postal", "varchar(10)", N, lambda c, i: c.es.postcode()),
        Col("codigo_empleado_rep_ventas", "int", N, fk(90)), Col("limite_credito", "numeric(15,2)", N, pick(0, 1500, 3000, 8000, 20000, 60000))],
        rows=120, extra=[fkey(f"{JA}.cliente", "codigo_empleado_rep_ventas", f"{JA}.empleado", "codigo_empleado")])
    pedido = Table(JA, "pedido", [
        Col("codigo_pedido", "int PRIMARY KEY", N, ident), Col("fecha_pedido", "date NOT NULL", N, day(2006, 2009)),
        Col("fecha_esperada", "date NOT NULL", N, day(2006, 2009)), Col("fecha_entrega", "date", N, opt(0.8, day(2006, 2009))),
        Col("estado", "varchar(15) NOT NULL", N, pick("Entregado", "Rechazado", "Pendiente")),
        Col("comentarios", "text", N, _comentario), Col("codigo_cliente", "int NOT NULL", N, fk(120))], rows=150,
        extra=[fkey(f"{JA}.pedido", "codigo_cliente", f"{JA}.cliente", "codigo_cliente")])
    detalle = Table(JA, "detalle_pedido", [
        Col("codigo_pedido", "int NOT NULL", N, fk(150)), Col("codigo_producto", "varchar(15) NOT NULL", N, lambda c, i: _codigo_producto(c.r.randint(1, 120))),
        Col("cantidad", "int NOT NULL", N, intr(1, 150)), Col("precio_unidad", "numeric(15,2) NOT NULL", N, num(1, 100)),
        Col("numero_linea", "smallint NOT NULL", N, intr(1, 9))], rows=200,
        extra=[fkey(f"{JA}.detalle_pedido", "codigo_pedido", f"{JA}.pedido", "codigo_pedido"),
               fkey(f"{JA}.detalle_pedido", "codigo_producto", f"{JA}.producto", "codigo_producto")])
    pago = Table(JA, "pago", [
        Col("codigo_cliente", "int NOT NULL", N, fk(120)), Col("forma_pago", "varchar(40) NOT NULL", N, pick("PayPal", "Transferencia", "Cheque")),
        Col("id_transaccion", "varchar(50) NOT NULL", N, lambda c, i: f"ak-std-{i:06d}"),
        Col("fecha_pago", "date NOT NULL", N, day(2006, 2009)), Col("total", "numeric(15,2) NOT NULL", N, num(50, 10000))], rows=120,
        extra=[fkey(f"{JA}.pago", "codigo_cliente", f"{JA}.cliente", "codigo_cliente")])
    return [oficina, empleado, gama, producto, cliente, pedido, detalle, pago]
