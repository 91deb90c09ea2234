"""ae_odk: ODK Central's actors, users, sessions, forms, submissions and entities (quoted camelCase), as the author
remembers them, for a maternal and child health household survey in Timor-Leste. Actors 1-60 are web users,
61-150 app users (field keys) on the enumerators' tablets."""
from __future__ import annotations

import json

from .blind29_gens import (cycle, fk, flag, jsondoc, latlon, maybe, num, pf, pfmt, pick, pw_hash,
                           spread, stamp, text, token, uuid)
from .blind29_people import TL, TL_SUCOS, person
from .gens import Col, Table

S = "ae_odk"
TL_LAT, TL_LON = (-9.35, -8.35), (124.95, 127.25)
FORMS = ("saude_inan_labarik", "vizita_uma_kain", "tuberkulose_rastreiu", "vasinasaun_labarik", "nutrisaun_muac")


def _fkey(table: str, col: str, ref: str, refcol: str = "id") -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ("{col}") REFERENCES {S}.{ref} ("{refcol}")'


def actors() -> Table:
    def name(c, i):
        if i <= 60:
            return pfmt(TL, "staff", "{given} {family}")(c, i)
        p = person(c, TL, "enumerator", i)
        return c.r.choice((f"Tablet {c.r.choice(TL_SUCOS)} {c.r.randint(1, 9)}", f"{p['given']} {p['family']}",
                           f"Enumerador {p['given']}"))
    return Table(S, "actors", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("type", "varchar(15)", "none", lambda c, i: "user" if i <= 60 else "field_key"),
        Col("acteeId", "varchar(36)", "none", uuid()),
        Col("displayName", "varchar(64)", "person_name", name),
        Col("meta", "jsonb", "none", lambda c, i: None if i <= 60 else '{"projectId": %d}' % (i % 12 + 1)),
        Col("createdAt", "timestamptz", "none", stamp(2022, 2024)),
        Col("updatedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.5)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.05))], rows=150)


def users() -> Table:
    return Table(S, "users", [
        Col("actorId", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("password", "varchar(64)", "credentials", maybe(pw_hash("$2a"), 0.9)),
        Col("email", "varchar(320)", "email", pf(TL, "staff", "email"))],
        rows=60, extra=[_fkey("users", "actorId", "actors")])


def sessions() -> Table:
    return Table(S, "sessions", [
        Col("actorId", "integer", "none", fk(150, 7)),
        Col("token", "varchar(64)", "secret_token", token(64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$")),
        Col("csrf", "varchar(64)", "secret_token", token(64)),
        Col("expiresAt", "timestamptz", "none", stamp(2025, 2025)),
        Col("createdAt", "timestamptz", "none", stamp(2024, 2025))],
        rows=120, extra=[_fkey("sessions", "actorId", "actors")])


def projects() -> Table:
    return Table(S, "projects", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("name", "text", "none", lambda c, i: f"MdS {('Dili', 'Baucau', 'Ermera', 'Covalima')[i % 4]} {2021 + i % 4}"),
        Col("acteeId", "varchar(36)", "none", uuid()),
        Col("createdAt", "timestamptz", "none", stamp(2021, 2023)),
        Col("updatedAt", "timestamptz", "none", stamp(2024, 2025)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.1)),
        Col("archived", "boolean", "none", flag(0.2)),
        Col("keyId", "integer", "none", lambda c, i: i),
        Col("description", "text", "none", pick("Survey household saude inan no labarik", "Rastreiu TB", None))],
        rows=12, extra=[_fkey("projects", "keyId", "keys")])


def keys() -> Table:
    def private(c, i):
        return json.dumps({"salt": token(24)(c, i), "nonce": token(32)(c, i), "privkey": token(1640)(c, i)})
    return Table(S, "keys", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("public", "text", "none", lambda c, i: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + token(300)(c, i)),
        Col("private", "jsonb", "secret_token", private),
        Col("managed", "boolean", "none", pick(True)),
        Col("hint", "text", "credentials", pick("naran aman nian + tinan", "the usual one", "Dili office safe")),
        Col("createdAt", "timestamptz", "none", stamp(2021, 2023))],
        rows=12)


def forms() -> Table:
    return Table(S, "forms", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("projectId", "integer", "none", fk(12, 5)),
        Col("xmlFormId", "varchar(64)", "none", lambda c, i: f"{FORMS[i % 5]}_v{i // 5 + 1}"),
        Col("state", "text", "none", pick("open", "open", "closing", "closed")),
        Col("acteeId", "varchar(36)", "none", uuid()),
        Col("currentDefId", "integer", "none", lambda c, i: 1000 + i),
        Col("draftDefId", "integer", "none", maybe(num(2000, 2100), 0.1)),
        Col("enketoId", "varchar(255)", "none", token(8)),
        Col("enketoOnceId", "text", "none", maybe(token(64, "0123456789abcdef"), 0.5)),
        Col("createdAt", "timestamptz", "none", stamp(2022, 2024)),
        Col("updatedAt", "timestamptz", "none", stamp(2024, 2025)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.05)),
        Col("webformsEnabled", "boolean", "none", flag(0.2))],
        rows=80, extra=[_fkey("forms", "projectId", "projects")])


def submissions() -> Table:
    return Table(S, "submissions", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("formId", "integer", "none", fk(80, 3)),
        Col("instanceId", "varchar(64)", "none", lambda c, i: "uuid:" + uuid()(c, i)),
        Col("submitterId", "integer", "none", fk(90, 7, start=60)),
        Col("deviceId", "varchar(255)", "none", lambda c, i: f"collect:{token(16)(c, i)}"),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2025)),
        Col("updatedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.3)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2025, 2025), 0.02)),
        Col("draft", "boolean", "none", flag(0.05)),
        Col("reviewState", "text", "none", pick(None, "approved", "hasIssues", "edited", "rejected")),
        Col("userAgent", "varchar(255)", "none", pick("org.odk.collect.android/v2024.2.3 Dalvik/2.1.0 (Linux; U; Android 11)"))],
        rows=150, extra=[_fkey("submissions", "formId", "forms"), _fkey("submissions", "submitterId", "actors")])


def _xml(c, i):
    p = person(c, TL, "mother", i)
    r = c.r
    pregnant = r.random() < 0.4
    lab = (f"<isin_rua>sim</isin_rua><semana_gestasaun>{r.randint(8, 38)}</semana_gestasaun>"
           f"<tensaun_arterial>{r.randint(95, 160)}/{r.randint(60, 100)}</tensaun_arterial>" if pregnant
           else f"<isin_rua>lae</isin_rua><muac_labarik>{r.uniform(10.5, 15.5):.1f}</muac_labarik>")
    return (f'<data id="{FORMS[i % 5]}" version="2024031201"><naran_inan>{p["given"]} {p["family"]}</naran_inan>'
            f"<tinan>{2025 - p['birth'].year}</tinan><suco>{r.choice(TL_SUCOS)}</suco>"
            f"<gps>{r.uniform(*TL_LAT):.6f} {r.uniform(*TL_LON):.6f} {r.randint(5, 900)} {r.uniform(3, 15):.1f}</gps>"
            f"{lab}<teste_malaria>{r.choice(('negativu', 'negativu', 'pozitivu', 'la halo'))}</teste_malaria>"
            f"<telefone>{p['mobile']}</telefone><meta><instanceID>uuid:{uuid()(c, i)}</instanceID></meta></data>")


def submission_defs() -> Table:
    return Table(S, "submission_defs", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("submissionId", "integer", "none", lambda c, i: i),
        Col("xml", "text", "health", _xml),
        Col("formDefId", "integer", "none", fk(80, 3, start=1000)),
        Col("submitterId", "integer", "none", fk(90, 7, start=60)),
        Col("localKey", "jsonb", "none", pick(None)),
        Col("encDataAttachmentName", "varchar(255)", "none", pick(None)),
        Col("signature", "text", "none", pick(None)),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2025)),
        Col("instanceName", "text", "person_name", pfmt(TL, "mother", "Uma-kain - {given} {family}")),
        Col("instanceId", "varchar(64)", "none", lambda c, i: "uuid:" + uuid()(c, i)),
        Col("current", "boolean", "none", pick(True)),
        Col("root", "boolean", "none", pick(True)),
        Col("deviceId", "varchar(255)", "none", lambda c, i: f"collect:{token(16)(c, i)}"),
        Col("userAgent", "varchar(255)", "none", pick("org.odk.collect.android/v2024.2.3"))],
        rows=150, extra=[_fkey("submission_defs", "submissionId", "submissions")])


def datasets() -> Table:
    return Table(S, "datasets", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("name", "text", "none", cycle("uma_kain", "inan_isin_rua", "labarik")),
        Col("acteeId", "varchar(36)", "none", uuid()),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2024)),
        Col("projectId", "integer", "none", fk(12, 5)),
        Col("publishedAt", "timestamptz", "none", stamp(2023, 2024)),
        Col("approvalRequired", "boolean", "none", flag(0.3))],
        rows=10, extra=[_fkey("datasets", "projectId", "projects")])


def entities() -> Table:
    return Table(S, "entities", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("uuid", "varchar(255)", "none", uuid()),
        Col("datasetId", "integer", "none", fk(10, 3)),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2025)),
        Col("creatorId", "integer", "none", fk(90, 11, start=60)),
        Col("updatedAt", "timestamptz", "none", maybe(stamp(2024, 2025), 0.4)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2025, 2025), 0.02)),
        Col("conflict", "text", "none", pick(None, None, None, "soft"))],
        rows=120, extra=[_fkey("entities", "datasetId", "datasets")])


def entity_defs() -> Table:
    head = spread(120, 1)
    return Table(S, "entity_defs", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("entityId", "integer", "none", lambda c, i: head(i)),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2025)),
        Col("current", "boolean", "none", lambda c, i: i > 30),
        Col("data", "jsonb", "free_text_may_contain_pii", jsondoc(
            naran_xefe=pfmt(TL, "household", "{given} {family}", head), telefone=pf(TL, "household", "mobile", head),
            aldeia=pf(TL, "household", "street", head), membru=num(1, 11),
            geometry=latlon(TL_LAT, TL_LON))),
        Col("creatorId", "integer", "none", fk(90, 11, start=60)),
        Col("userAgent", "varchar(255)", "none", pick("Enketo/7.2.1", "org.odk.collect.android/v2024.2.3")),
        Col("label", "text", "person_name", pfmt(TL, "household", "Uma-kain {family} ({given})", head)),
        Col("root", "boolean", "none", lambda c, i: i <= 120),
        Col("version", "integer", "none", lambda c, i: 1 if i <= 120 else 2),
        Col("baseVersion", "integer", "none", lambda c, i: None if i <= 120 else 1),
        Col("conflictingProperties", "jsonb", "none", pick(None))],
        rows=150, extra=[_fkey("entity_defs", "entityId", "entities")])


def comments() -> Table:
    return Table(S, "comments", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("submissionId", "integer", "none", fk(150, 7)),
        Col("actorId", "integer", "none", fk(60, 3)),
        Col("body", "text", "free_text_may_contain_pii", text(
            "GPS accuracy too low, please revisit", "Inan {given} {family} la iha uma, viziñu dehan nia muda ba Baucau",
            "Approved after phone check with {given} ({mobile})", "Duplicate of previous visit",
            "Check MUAC, value looks wrong", country=TL, entity="mother", of=spread(150, 7))),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2025))],
        rows=100, extra=[_fkey("comments", "submissionId", "submissions"), _fkey("comments", "actorId", "actors")])


def audits() -> Table:
    def details(c, i):
        if c.r.random() < 0.2:
            p = person(c, TL, "staff", spread(60, 3)(i))
            return json.dumps({"data": {"email": p["email"], "displayName": f"{p['given']} {p['family']}"}})
        return json.dumps({"submissionId": fk(150, 7)(c, i), "instanceId": "uuid:" + uuid()(c, i)})
    return Table(S, "audits", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("actorId", "integer", "none", fk(150, 7)),
        Col("action", "text", "none", pick("submission.create", "submission.update", "user.update", "form.update.publish")),
        Col("acteeId", "varchar(36)", "none", uuid()),
        Col("details", "jsonb", "free_text_may_contain_pii", details),
        Col("loggedAt", "timestamptz", "none", stamp(2023, 2025)),
        Col("claimed", "timestamptz", "none", maybe(stamp(2023, 2025), 0.2)),
        Col("processed", "timestamptz", "none", maybe(stamp(2023, 2025), 0.8)),
        Col("lastFailure", "timestamptz", "none", maybe(stamp(2024, 2025), 0.02)),
        Col("failures", "integer", "none", pick(0, 0, 0, 1)),
        Col("notes", "text", "none", pick(None, None, "bulk approve", "fixed typo"))],
        rows=150, extra=[_fkey("audits", "actorId", "actors")])


def field_keys() -> Table:
    return Table(S, "field_keys", [
        Col("actorId", "integer", "none", lambda c, i: 60 + i),
        Col("createdBy", "integer", "none", fk(60, 3)),
        Col("projectId", "integer", "none", fk(12, 5))],
        rows=90, extra=[_fkey("field_keys", "actorId", "actors"), _fkey("field_keys", "projectId", "projects")])


def odk_tables() -> list[Table]:
    return [actors(), users(), sessions(), keys(), projects(), forms(), submissions(), submission_defs(),
            datasets(), entities(), entity_defs(), comments(), audits(), field_keys()]
