"""z_vault: Vaultwarden (the Rust Bitwarden server, Diesel on PostgreSQL) as run by a Montevideo accountancy firm,
recreated from memory: users, organizations, users_organizations, collections, folders, ciphers, devices,
twofactor, sends, invitations and event. Vault items are client-side encrypted Bitwarden strings."""
from __future__ import annotations

import json
import random

from .blind22_gens import (alnum, b64, boolean, bw_enc, det_uuid, fkey, ipv4, maybe, part, pick, ref_uuid,
                           row, rut_uy, slug, ts, weighted)
from .gens import Col, Ctx, Table

S = "z_vault"
FIRM = "estudiobentancor.com.uy"
FIRST = ["Martín", "Santiago", "Federico", "Gonzalo", "Diego", "Nicolás", "Joaquín", "Rodrigo", "Sebastián",
         "Matías", "Florencia", "Lucía", "Valentina", "Camila", "Sofía", "Carolina", "Natalia", "Verónica", "Andrea",
         "Mariana", "Agustina", "Micaela", "Inés", "Rosario", "Guzmán", "Ignacio"]
LAST = ["Rodríguez", "González", "Fernández", "Pereira", "Martínez", "García", "López", "Silva", "Sosa", "Suárez",
        "Pérez", "Núñez", "Cabrera", "Olivera", "Méndez", "Techera", "De León", "Acosta", "Píriz", "Castro",
        "Laborde", "Etchevarren", "Arrospide", "Bentancor", "Viera", "Machado", "Rocha", "Dutra"]
PERSONAL = ["gmail.com", "adinet.com.uy", "hotmail.com", "vera.com.uy", "outlook.com"]
ORGS = ["Estudio Bentancor Laborde", "Liquidación de sueldos", "Clientes DGI/BPS", "Auditoría", "Sistemas",
        "Dirección", "Clientes agro", "Zona franca"]
CLIENTS = ["Frigorífico Tacuarembó S.A.", "Molino Florida SRL", "Transporte Cerro Largo Ltda.", "Barraca Durazno S.A.",
           "Vinos Canelones S.A.", "Inmobiliaria Pocitos SRL", "Agropecuaria Río Negro S.A.", "Farmacia Malvín SRL",
           "Cooperativa de Viviendas La Teja", "Panadería El Prado", "Logística Zonamerica S.A.", "Estancia San Pedro"]
HINTS = ["el de siempre", "perro + año", "Peñarol1891", "cumple de mamá", "mismo que el banco", "la calle de la "
         "abuela", None, None, None, "Nacional campeón", "número de socio + !", "Montevideo2019"]


def _user(rr: random.Random, i: int) -> dict:
    first, last = rr.choice(FIRST), rr.choice(LAST)
    staff = i <= 70
    local = f"{slug(first)[0]}{slug(last.replace(' ', ''))}" if staff else rr.choice(
        [f"{slug(first)}.{slug(last.replace(' ', ''))}", f"{slug(first)}{rr.randint(70, 99)}"])
    return {"name": f"{first} {last}", "email": f"{local}@{FIRM if staff else rr.choice(PERSONAL)}",
            "new": f"{slug(first)}.{slug(last.replace(' ', ''))}{rr.randint(1, 9)}@{rr.choice(PERSONAL)}"}


def U(name: str):
    return part("vault.user", _user, name)


def U_uuid(c: Ctx, i: int) -> str:
    return det_uuid("vault.user", i)


def data_login(c: Ctx, i: int) -> str:
    d = {"Name": bw_enc(24)(c, i), "Notes": None, "Username": bw_enc(32)(c, i), "Password": bw_enc(32)(c, i),
         "PasswordRevisionDate": None, "Totp": bw_enc(48)(c, i) if c.r.random() < .2 else None,
         "Uris": [{"Uri": bw_enc(48)(c, i), "Match": None}], "AutofillOnPageLoad": None}
    return json.dumps(d)


def pw_history(c: Ctx, i: int):
    if c.r.random() < .6:
        return None
    return json.dumps([{"LastUsedDate": f"2024-0{c.r.randint(1, 9)}-1{c.r.randint(0, 9)}T12:00:00Z",
                        "Password": bw_enc(32)(c, i)} for _ in range(c.r.randint(1, 3))])


def twofactor_data(c: Ctx, i: int) -> str:
    kind = c.r.choice([0, 0, 0, 1, 7])
    if kind == 1:
        u = row(c, "vault.user", (i - 1) % 90 + 1, _user)
        return json.dumps({"email": u["email"], "last_token": str(c.r.randint(100000, 999999)),
                           "token_sent": c.r.randint(1700000000, 1740000000), "attempts": 0})
    if kind == 7:
        return json.dumps({"sk": alnum(40)(c, i), "ik": "DI" + alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")(c, i),
                           "host": "api-3f1e2d7a.duosecurity.com"})
    return alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")(c, i)


def vault_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("uuid", "char(36) PRIMARY KEY", "none", U_uuid),
        Col("enabled", "boolean", "none", boolean(.95)),
        Col("created_at", "timestamp", "none", ts(2021, 2023)),
        Col("updated_at", "timestamp", "none", ts(2024, 2025)),
        Col("verified_at", "timestamp", "none", maybe(ts(2021, 2024), .9)),
        Col("last_verifying_at", "timestamp", "none", maybe(ts(2021, 2024), .3)),
        Col("login_verify_count", "integer", "none", pick(0, 0, 1, 2)),
        Col("email", "text NOT NULL", "email", U("email")),
        Col("email_new", "text", "email", maybe(U("new"), .08)),
        Col("email_new_token", "text", "secret_token", maybe(lambda c, i: str(c.r.randint(100000, 999999)), .08)),
        Col("name", "text NOT NULL", "person_name", U("name")),
        Col("password_hash", "bytea NOT NULL", "credentials", lambda c, i: bytes(c.r.getrandbits(8) for _ in range(32))),
        Col("salt", "bytea NOT NULL", "none", lambda c, i: bytes(c.r.getrandbits(8) for _ in range(64))),
        Col("password_iterations", "integer", "none", pick(600000, 600000, 100000)),
        Col("password_hint", "text", "credentials", lambda c, i: c.r.choice(HINTS)),
        Col("akey", "text NOT NULL", "secret_token", bw_enc(64)),
        Col("private_key", "text", "secret_token", bw_enc(1232)),
        Col("public_key", "text", "none", b64(294)),
        Col("totp_secret", "text", "secret_token", maybe(alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), .15)),
        Col("totp_recover", "text", "secret_token", maybe(alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), .3)),
        Col("security_stamp", "text NOT NULL", "none", lambda c, i: det_uuid("vault.stamp", c.r.randint(1, 10**9))),
        Col("stamp_exception", "text", "none", const_null),
        Col("equivalent_domains", "text NOT NULL", "none", pick("[]", '[["dgi.gub.uy","servicios.dgi.gub.uy"]]')),
        Col("excluded_globals", "text NOT NULL", "none", pick("[]")),
        Col("client_kdf_type", "integer", "none", pick(0, 0, 0, 1)),
        Col("client_kdf_iter", "integer", "none", pick(600000, 600000, 3)),
        Col("client_kdf_memory", "integer", "none", maybe(pick(64), .2)),
        Col("client_kdf_parallelism", "integer", "none", maybe(pick(4), .2)),
        Col("api_key", "text", "secret_token", maybe(alnum(30), .2)),
        Col("avatar_color", "text", "none", maybe(pick("#2a7ab0", "#e06c75", "#98c379", "#c678dd"), .3)),
        Col("external_id", "text", "none", maybe(lambda c, i: f"CN={slug(row(c, 'vault.user', i, _user)['name'])}", .1))],
        rows=90)
    orgs = Table(S, "organizations", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.org", i)),
        Col("name", "text NOT NULL", "none", lambda c, i: ORGS[i - 1]),
        Col("billing_email", "text NOT NULL", "none", lambda c, i: f"sistemas@{FIRM}"),
        Col("private_key", "text", "secret_token", bw_enc(1232)),
        Col("public_key", "text", "none", b64(294))],
        rows=len(ORGS))
    members = Table(S, "users_organizations", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.member", i)),
        Col("user_uuid", "char(36) NOT NULL", "none", lambda c, i: det_uuid("vault.user", (i - 1) % 90 + 1)),
        Col("org_uuid", "char(36) NOT NULL", "none", ref_uuid("vault.org", len(ORGS))),
        Col("access_all", "boolean", "none", boolean(.2)),
        Col("akey", "text NOT NULL", "secret_token", lambda c, i: "4." + b64(256)(c, i)),
        Col("status", "integer", "none", weighted([(2, 9), (1, 1), (0, 1)])),
        Col("atype", "integer", "none", weighted([(2, 8), (1, 1), (0, 1), (3, 1)])),
        Col("reset_password_key", "text", "secret_token", maybe(lambda c, i: "4." + b64(256)(c, i), .3)),
        Col("external_id", "text", "none", const_null),
        Col("invited_by_email", "text", "email", lambda c, i: row(c, "vault.user", c.r.randint(1, 5), _user)["email"])],
        rows=130, extra=[fkey(S, "users_organizations", "user_uuid", "users", "uuid"),
                         fkey(S, "users_organizations", "org_uuid", "organizations", "uuid")])
    collections = Table(S, "collections", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.coll", i)),
        Col("org_uuid", "char(36) NOT NULL", "none", ref_uuid("vault.org", len(ORGS))),
        Col("name", "text NOT NULL", "none", bw_enc(32)),
        Col("external_id", "text", "none", lambda c, i: f"RUT-{rut_uy(c.r)} "
                                                        f"{CLIENTS[i % len(CLIENTS)]}")],
        rows=90, extra=[fkey(S, "collections", "org_uuid", "organizations", "uuid")])
    folders = Table(S, "folders", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.folder", i)),
        Col("created_at", "timestamp", "none", ts(2021, 2024)),
        Col("updated_at", "timestamp", "none", ts(2024, 2025)),
        Col("user_uuid", "char(36) NOT NULL", "none", ref_uuid("vault.user", 90)),
        Col("name", "text NOT NULL", "none", bw_enc(16))],
        rows=110, extra=[fkey(S, "folders", "user_uuid", "users", "uuid")])
    ciphers = Table(S, "ciphers", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.cipher", i)),
        Col("created_at", "timestamp", "none", ts(2021, 2024)),
        Col("updated_at", "timestamp", "none", ts(2024, 2025)),
        Col("user_uuid", "char(36)", "none", maybe(ref_uuid("vault.user", 90), .4)),
        Col("organization_uuid", "char(36)", "none", maybe(ref_uuid("vault.org", len(ORGS)), .6)),
        Col("key", "text", "secret_token", maybe(bw_enc(64), .5)),
        Col("atype", "integer", "none", weighted([(1, 8), (2, 1), (3, 1), (4, 1)])),
        Col("name", "text NOT NULL", "none", bw_enc(24)),
        Col("notes", "text", "none", maybe(bw_enc(120), .3)),
        Col("fields", "text", "none", maybe(lambda c, i: json.dumps([{"Name": bw_enc(16)(c, i), "Type": 1,
                                                                       "Value": bw_enc(32)(c, i)}]), .2)),
        Col("data", "text NOT NULL", "credentials", data_login),
        Col("password_history", "text", "credentials", pw_history),
        Col("deleted_at", "timestamp", "none", maybe(ts(2024, 2025), .05)),
        Col("reprompt", "integer", "none", pick(0, 0, 0, 1))],
        rows=150, extra=[fkey(S, "ciphers", "user_uuid", "users", "uuid"),
                         fkey(S, "ciphers", "organization_uuid", "organizations", "uuid")])
    devices = Table(S, "devices", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.device", i)),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
        Col("updated_at", "timestamp", "none", ts(2025, 2025)),
        Col("user_uuid", "char(36) NOT NULL", "none", ref_uuid("vault.user", 90)),
        Col("name", "text NOT NULL", "none", pick("firefox", "chrome", "Android", "iOS", "windows", "edge")),
        Col("atype", "integer", "none", pick(0, 2, 3, 1, 6, 9, 10)),
        Col("push_uuid", "text", "none", maybe(lambda c, i: det_uuid("vault.push", i), .4)),
        Col("push_token", "text", "secret_token", maybe(lambda c, i: f"{alnum(11)(c, i)}:APA91b{alnum(134)(c, i)}", .3)),
        Col("refresh_token", "text NOT NULL", "secret_token", b64(64, urlsafe=True)),
        Col("twofactor_remember", "text", "secret_token", maybe(b64(180), .2))],
        rows=150, extra=[fkey(S, "devices", "user_uuid", "users", "uuid")])
    twofactor = Table(S, "twofactor", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.2fa", i)),
        Col("user_uuid", "char(36) NOT NULL", "none", lambda c, i: det_uuid("vault.user", (i - 1) % 90 + 1)),
        Col("atype", "integer", "none", pick(0, 1, 7)),
        Col("enabled", "boolean", "none", boolean(.9)),
        Col("data", "text NOT NULL", "secret_token", twofactor_data),
        Col("last_used", "bigint", "none", lambda c, i: c.r.randint(1700000000, 1750000000))],
        rows=80, extra=[fkey(S, "twofactor", "user_uuid", "users", "uuid")])
    sends = Table(S, "sends", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.send", i)),
        Col("user_uuid", "char(36)", "none", ref_uuid("vault.user", 90)),
        Col("organization_uuid", "char(36)", "none", const_null),
        Col("name", "text NOT NULL", "none", bw_enc(24)),
        Col("notes", "text", "none", maybe(bw_enc(64), .3)),
        Col("atype", "integer", "none", pick(0, 1)),
        Col("data", "text NOT NULL", "none", lambda c, i: json.dumps({"Text": bw_enc(200)(c, i), "Hidden": False})),
        Col("akey", "text NOT NULL", "secret_token", bw_enc(64)),
        Col("password_hash", "bytea", "credentials", lambda c, i: bytes(c.r.getrandbits(8) for _ in range(32))
            if c.r.random() < .4 else None),
        Col("password_salt", "bytea", "none", lambda c, i: bytes(c.r.getrandbits(8) for _ in range(64))),
        Col("password_iter", "integer", "none", pick(100000)),
        Col("max_access_count", "integer", "none", maybe(pick(1, 3, 5))),
        Col("access_count", "integer", "none", pick(0, 1, 2, 3)),
        Col("creation_date", "timestamp", "none", ts(2024, 2025)),
        Col("revision_date", "timestamp", "none", ts(2024, 2025)),
        Col("expiration_date", "timestamp", "none", maybe(ts(2025, 2025))),
        Col("deletion_date", "timestamp", "none", ts(2025, 2025)),
        Col("disabled", "boolean", "none", boolean(.05)),
        Col("hide_email", "boolean", "none", boolean(.3))],
        rows=100, extra=[fkey(S, "sends", "user_uuid", "users", "uuid")])
    invitations = Table(S, "invitations", [
        Col("email", "text PRIMARY KEY", "email", lambda c, i: row(c, "vault.invite", i, lambda rr, k: {
            "e": f"{slug(rr.choice(FIRST))}.{slug(rr.choice(LAST).replace(' ', ''))}{k}@{rr.choice(PERSONAL)}"})["e"])],
        rows=80)
    event = Table(S, "event", [
        Col("uuid", "char(36) PRIMARY KEY", "none", lambda c, i: det_uuid("vault.event", i)),
        Col("event_type", "integer", "none", pick(1000, 1000, 1005, 1100, 1107, 1114, 1501, 1600)),
        Col("user_uuid", "char(36)", "none", ref_uuid("vault.user", 90)),
        Col("org_uuid", "char(36)", "none", maybe(ref_uuid("vault.org", len(ORGS)), .6)),
        Col("cipher_uuid", "char(36)", "none", maybe(ref_uuid("vault.cipher", 150), .5)),
        Col("collection_uuid", "char(36)", "none", maybe(ref_uuid("vault.coll", 90), .1)),
        Col("group_uuid", "char(36)", "none", const_null),
        Col("org_user_uuid", "char(36)", "none", maybe(ref_uuid("vault.member", 130), .2)),
        Col("act_user_uuid", "char(36)", "none", ref_uuid("vault.user", 90)),
        Col("device_type", "integer", "none", pick(0, 2, 9, 10, 14)),
        Col("ip_address", "text", "ip_address", ipv4),
        Col("event_date", "timestamp NOT NULL", "none", ts(2024, 2025)),
        Col("policy_uuid", "char(36)", "none", const_null),
        Col("provider_uuid", "char(36)", "none", const_null)],
        rows=150, extra=[fkey(S, "event", "user_uuid", "users", "uuid")])
    return [users, orgs, members, collections, folders, ciphers, devices, twofactor, sends, invitations, event]


def const_null(c: Ctx, i: int):
    return None
