"""ar_dspace: DSpace 7 (PostgreSQL) as recalled from memory, for the institutional repository of a Spanish
university: e-people (their names and phones live in metadatavalue), groups, items, the generic metadatavalue table,
the field registry, bitstreams, handles, DOIs, registration tokens, copy requests and ORCID tokens."""
from __future__ import annotations

from .blind26_gens import (C, const, digits, fkey, flag, hexs, ints, maybe, md5, one, seq,
                           stamps, uuid)
from .blind42_gens import any_name, person
from .gens import Table

S = "ar_dspace"
EP = "es.eperson"
N_EP, N_ITEM, N_FIELD, N_BS, N_GROUP = 120, 140, 24, 150, 12
DOM = "ubu.es"
FIELDS = [("dc", "contributor", "author"), ("dc", "title", None), ("dc", "description", "abstract"),
          ("dc", "date", "issued"), ("dc", "subject", None), ("dc", "identifier", "uri"), ("dc", "type", None),
          ("dc", "language", "iso"), ("dc", "rights", None), ("dc", "publisher", None),
          ("eperson", "firstname", None), ("eperson", "lastname", None), ("eperson", "phone", None),
          ("eperson", "language", None), ("dc", "contributor", "advisor"), ("dc", "identifier", "doi"),
          ("dc", "relation", "ispartof"), ("dc", "format", "mimetype"), ("dc", "description", "provenance"),
          ("dspace", "entity", "type"), ("person", "identifier", "orcid"), ("dc", "date", "accessioned"),
          ("dc", "description", "sponsorship"), ("dc", "subject", "unesco")]


def _orcid(c) -> str:
    body = "0000000" + digits(c, 8)
    total = 0
    for ch in body:
        total = (total + int(ch)) * 2
    chk = (12 - total % 11) % 11
    s = body + ("X" if chk == 10 else str(chk))
    return "-".join(s[k:k + 4] for k in range(0, 16, 4))


def _value(c, i):
    f = FIELDS[(i * 5) % N_FIELD]
    key = ".".join(x for x in f if x)
    ep = person("es", EP, "first")
    if key == "dc.contributor.author" or key == "dc.contributor.advisor":
        return f"{person('es', 'es.autor', 'last')(c, i)}, {person('es', 'es.autor', 'first')(c, i)}"
    if key == "eperson.firstname":
        return ep(c, i % N_EP + 1)
    if key == "eperson.lastname":
        return person("es", EP, "last")(c, i % N_EP + 1)
    if key == "eperson.phone":
        return person("es", EP, "phone")(c, i % N_EP + 1)
    if key == "person.identifier.orcid":
        return _orcid(c)
    if key == "dc.description.provenance":
        return (f"Submitted by {any_name('es')(c, i)} ({person('es', EP, 'email')(c, i % N_EP + 1)}) on "
                f"2024-0{c.r.randint(1, 9)}-1{c.r.randint(0, 9)}T10:2{c.r.randint(0, 9)}:00Z")
    return c.r.choice(["Análisis del comportamiento hídrico de suelos calizos", "Historia del Camino de Santiago",
                       "es", "Attribution-NonCommercial 4.0 International", "info:eu-repo/semantics/doctoralThesis",
                       f"https://hdl.handle.net/10259/{c.r.randint(1000, 9999)}", "2023", "Universidad de Burgos",
                       "application/pdf", f"10.36443/{c.r.randint(10000, 99999)}", "Publication"])


def _request_msg(c, i):
    return c.r.choice(["Estimado autor, necesito el texto completo para mi TFM.",
                       f"Soy {any_name('es')(c, i)}, doctoranda en la Universidad de Valladolid; gracias.",
                       "Please send me a copy of the full text.",
                       f"Contacto alternativo: {person('es', 'es.requester', 'mobile')(c, i)}", None])


def dspace_tables() -> list[Table]:
    e = lambda f: person("es", EP, f, 1955, 2002)       # noqa: E731
    return [
        Table(S, "eperson", [
            C("eperson_id", "integer", "none", seq()),
            C("uuid", "uuid PRIMARY KEY", "none", lambda c, i: f"00000000-0000-4000-8000-{i:012d}"),
            C("email", "varchar(64)", "email", lambda c, i: e("email")(c, i) if i % 3 else f"{e('user')(c, i)}@{DOM}"),
            C("password", "varchar(128)", "credentials", lambda c, i: hexs(c, 128)),
            C("salt", "varchar(32)", "none", lambda c, i: hexs(c, 32)),
            C("digest_algorithm", "varchar(16)", "none", const("SHA-512")),
            C("netid", "varchar(64)", "none", maybe(e("user"), 0.4)),
            C("last_active", "timestamp", "none", stamps(2023, 2025)),
            C("can_log_in", "boolean", "none", flag(0.95)),
            C("require_certificate", "boolean", "none", flag(0.0)),
            C("self_registered", "boolean", "none", flag(0.6)),
        ], rows=N_EP),
        Table(S, "epersongroup", [
            C("eperson_group_id", "integer", "none", seq()),
            C("uuid", "uuid PRIMARY KEY", "none", lambda c, i: f"00000000-0000-4000-9000-{i:012d}"),
            C("permanent", "boolean", "none", lambda c, i: i <= 2),
            C("name", "varchar(250)", "none", lambda c, i: ["Anonymous", "Administrator"][i - 1] if i <= 2
              else f"COLLECTION_{i}_SUBMIT"),
        ], rows=N_GROUP),
        Table(S, "epersongroup2eperson", [
            C("eperson_group_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-9000-{(i * 7) % N_GROUP + 1:012d}"),
            C("eperson_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-8000-{(i - 1) % N_EP + 1:012d}"),
        ], rows=140, extra=[fkey(S, "epersongroup2eperson", "eperson_group_id", "epersongroup", "uuid"),
                            fkey(S, "epersongroup2eperson", "eperson_id", "eperson", "uuid")]),
        Table(S, "metadatafieldregistry", [
            C("metadata_field_id", "integer PRIMARY KEY", "none", seq()),
            C("metadata_schema_id", "integer", "none", lambda c, i: {"dc": 1, "eperson": 2, "dspace": 3,
                                                                     "person": 4}[FIELDS[i - 1][0]]),
            C("element", "varchar(64)", "none", lambda c, i: FIELDS[i - 1][1]),
            C("qualifier", "varchar(64)", "none", lambda c, i: FIELDS[i - 1][2]),
            C("scope_note", "text", "none", maybe(one("Metadata field", "Contact phone of the e-person",
                                                      "Abstract or summary"), 0.4)),
        ], rows=N_FIELD),
        Table(S, "item", [
            C("item_id", "integer", "none", seq()),
            C("uuid", "uuid PRIMARY KEY", "none", lambda c, i: f"00000000-0000-4000-a000-{i:012d}"),
            C("in_archive", "boolean", "none", flag(0.9)),
            C("withdrawn", "boolean", "none", flag(0.03)),
            C("discoverable", "boolean", "none", flag(0.95)),
            C("last_modified", "timestamp", "none", stamps(2020, 2025)),
            C("submitter_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-8000-{(i * 11) % N_EP + 1:012d}"),
            C("owning_collection", "uuid", "none", lambda c, i: uuid(c)),
        ], rows=N_ITEM, extra=[fkey(S, "item", "submitter_id", "eperson", "uuid")]),
        Table(S, "metadatavalue", [
            C("metadata_value_id", "integer PRIMARY KEY", "none", seq()),
            C("metadata_field_id", "integer", "none", lambda c, i: (i * 5) % N_FIELD + 1),
            C("text_value", "text", "free_text_may_contain_pii", _value),
            C("text_lang", "varchar(24)", "none", one("es", "en", None)),
            C("place", "integer", "none", ints(0, 3)),
            C("authority", "varchar(100)", "none", maybe(lambda c, i: uuid(c), 0.2)),
            C("confidence", "integer", "none", one(-1, 600)),
            C("dspace_object_id", "uuid", "none", lambda c, i: uuid(c)),
        ], rows=150, extra=[fkey(S, "metadatavalue", "metadata_field_id", "metadatafieldregistry", "metadata_field_id")]),
        Table(S, "bitstream", [
            C("bitstream_id", "integer", "none", seq()),
            C("uuid", "uuid PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("bitstream_format_id", "integer", "none", one(2, 4, 16, 33)),
            C("checksum", "varchar(64)", "none", lambda c, i: md5(c)),
            C("checksum_algorithm", "varchar(32)", "none", const("MD5")),
            C("internal_id", "varchar(256)", "none", lambda c, i: digits(c, 38)),
            C("deleted", "boolean", "none", flag(0.02)),
            C("store_number", "integer", "none", const(0)),
            C("sequence_id", "integer", "none", ints(1, 6)),
            C("size_bytes", "bigint", "none", ints(20_000, 90_000_000)),
        ], rows=N_BS),
        Table(S, "handle", [
            C("handle_id", "integer PRIMARY KEY", "none", seq()),
            C("handle", "varchar(256)", "none", lambda c, i: f"10259/{i + 4000}"),
            C("resource_type_id", "integer", "none", one(2, 3, 4)),
            C("resource_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-a000-{(i - 1) % N_ITEM + 1:012d}"),
        ], rows=N_ITEM, extra=[fkey(S, "handle", "resource_id", "item", "uuid")]),
        Table(S, "doi", [
            C("doi_id", "integer PRIMARY KEY", "none", seq()),
            C("doi", "varchar(256)", "none", lambda c, i: f"10.36443/{i + 10000}"),
            C("resource_type_id", "integer", "none", const(2)),
            C("status", "integer", "none", one(3, 3, 1, 9)),
            C("dspace_object", "uuid", "none", lambda c, i: f"00000000-0000-4000-a000-{i:012d}"),
        ], rows=100, extra=[fkey(S, "doi", "dspace_object", "item", "uuid")]),
        Table(S, "registrationdata", [
            C("registrationdata_id", "integer PRIMARY KEY", "none", seq()),
            C("email", "varchar(64)", "email", lambda c, i: person("es", "es.registrant", "email")(c, i)),
            C("token", "varchar(48)", "secret_token", lambda c, i: hexs(c, 32)),
            C("expires", "timestamp", "none", stamps(2024, 2026)),
            C("registration_type", "varchar(20)", "none", one("REGISTER", "FORGOT", "ORCID")),
        ], rows=90),
        Table(S, "requestitem", [
            C("requestitem_id", "integer PRIMARY KEY", "none", seq()),
            C("token", "varchar(48)", "secret_token", lambda c, i: hexs(c, 32)),
            C("item_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-a000-{(i * 3) % N_ITEM + 1:012d}"),
            C("bitstream_id", "uuid", "none", lambda c, i: uuid(c)),
            C("allfiles", "boolean", "none", flag(0.3)),
            C("request_email", "varchar(64)", "email", lambda c, i: person("es", "es.requester", "email")(c, i)),
            C("request_name", "varchar(64)", "person_name", lambda c, i: person("es", "es.requester", "full")(c, i)),
            C("request_date", "timestamp", "none", stamps(2023, 2025)),
            C("accept_request", "boolean", "none", flag(0.6)),
            C("decision_date", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("expires", "timestamp", "none", maybe(stamps(2024, 2026))),
            C("request_message", "text", "free_text_may_contain_pii", _request_msg),
            C("access_period", "integer", "none", maybe(one(7, 30, 90), 0.5)),
        ], rows=90, extra=[fkey(S, "requestitem", "item_id", "item", "uuid")]),
        Table(S, "orcid_token", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("eperson_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-8000-{(i * 3) % N_EP + 1:012d}"),
            C("profile_item_id", "uuid", "none", lambda c, i: f"00000000-0000-4000-a000-{(i * 5) % N_ITEM + 1:012d}"),
            C("access_token", "varchar(100)", "secret_token", lambda c, i: uuid(c)),
        ], rows=80, extra=[fkey(S, "orcid_token", "eperson_id", "eperson", "uuid"),
                           fkey(S, "orcid_token", "profile_item_id", "item", "uuid")]),
        Table(S, "checksum_history", [
            C("check_id", "bigint PRIMARY KEY", "none", seq()),
            C("bitstream_id", "uuid", "none", lambda c, i: uuid(c)),
            C("process_start_date", "timestamp", "none", stamps(2024, 2025)),
            C("checksum_expected", "varchar(64)", "none", lambda c, i: md5(c)),
            C("checksum_calculated", "varchar(64)", "none", lambda c, i: md5(c)),
            C("result", "varchar(64)", "none", one("CHECKSUM_MATCH", "CHECKSUM_MATCH", "BITSTREAM_NOT_FOUND")),
        ], rows=120),
    ]
