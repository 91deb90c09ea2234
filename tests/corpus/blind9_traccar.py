"""l_traccar: a Polish haulage firm's Traccar GPS tracking server (tc_ tables, lower case as Liquibase creates them)."""
from __future__ import annotations

import json

from .blind9_gens import (digits, fk, fk_sql, full, hexstr, integer, luhn_digits, maybe, num, pesel_of, phone,
                          pick, stamp, street, token, town, who)
from .gens import Col, Ctx, Table, ident

S = "l_traccar"
N_DEV, N_POS, N_GEO, N_GRP = 90, 150, 90, 8
VEHICLES = ["Scania R450", "Volvo FH 500", "MAN TGX", "DAF XF 480", "Iveco Daily", "Renault Master", "Mercedes Actros"]
PLACES = ["Magazyn Stryków", "Baza Łódź Olechów", "Castorama Łódź", "Terminal DCT Gdańsk", "Parking TIR Wrocław Bielany",
          "Klient: Amazon POZ1", "Myjnia Tarnowo Podgórne", "Strefa zakazu - centrum Krakowa"]


def device_name(c: Ctx, i: int) -> str:
    plate = f"{c.r.choice(['EL', 'WGM', 'PO', 'KR', 'DW', 'GD'])} {c.r.randint(1000, 99999)}{c.r.choice(['', 'A', 'K'])}"
    if i % 7 == 0:
        return f"Telefon - {who('pl', 'tc_drivers', i).first}"
    return f"{plate} {c.r.choice(VEHICLES)}"


def device_contact(c: Ctx, i: int) -> str | None:
    p = who("pl", "tc_drivers", c.r.randint(1, 60))
    return c.r.choice([None, f"{p.first} {p.last} {phone('pl')(c, i)}", f"{p.first} {p.last}", phone("pl")(c, i),
                       "dyspozytor 42 612 33 00"])


def address(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.15:
        return None
    return c.r.choice([f"{street('pl')(c, i)}, {town('pl', 1)(c, i)}, Województwo łódzkie, {town('pl', 0)(c, i)}, PL",
                       f"A2, {town('pl', 1)(c, i)}, PL", f"DK{c.r.randint(1, 94)}, gmina {town('pl', 1)(c, i)}, PL",
                       f"{street('pl')(c, i)}, {town('pl', 1)(c, i)}, PL"])


def pos_attributes(c: Ctx, i: int) -> str:
    a = {"sat": c.r.randint(3, 14), "ignition": c.r.random() < 0.7, "motion": c.r.random() < 0.6,
         "odometer": c.r.randint(100_000, 900_000_000), "hours": c.r.randint(0, 30_000_000),
         "fuel": round(c.r.uniform(10, 100), 1), "distance": round(c.r.uniform(0, 900), 2)}
    if c.r.random() < 0.2:
        a["driverUniqueId"] = f"{c.r.randint(0, 2**40):010X}"
    return json.dumps(a)


def driver_attributes(c: Ctx, i: int) -> str:
    a: dict[str, str] = {}
    if c.r.random() < 0.8:
        a["phone"] = phone("pl")(c, i)
    if c.r.random() < 0.5:
        a["prawoJazdy"] = f"{c.r.randint(0, 99999):05d}/{c.r.randint(10, 24)}/{c.r.randint(1000, 9999)}"
    if c.r.random() < 0.3:
        a["pesel"] = pesel_of(c, i)
    if c.r.random() < 0.3:
        a["kartaKierowcy"] = "PL" + digits(14)(c, i)
    return json.dumps(a)


def area(c: Ctx, i: int) -> str:
    la, lo = c.r.uniform(50.0, 54.4), c.r.uniform(14.5, 23.5)
    if c.r.random() < 0.6:
        return f"CIRCLE ({la:.6f} {lo:.6f}, {c.r.choice([100, 200, 350, 500])})"
    pts = [f"{la + c.r.uniform(-0.01, 0.01):.6f} {lo + c.r.uniform(-0.01, 0.01):.6f}" for _ in range(4)]
    return f"POLYGON (({', '.join(pts + pts[:1])}))"


def traccar_tables() -> list[Table]:
    fks = [fk_sql(S, "tc_devices", "groupid", "tc_groups"), fk_sql(S, "tc_positions", "deviceid", "tc_devices"),
           fk_sql(S, "tc_events", "deviceid", "tc_devices"), fk_sql(S, "tc_events", "positionid", "tc_positions"),
           fk_sql(S, "tc_events", "geofenceid", "tc_geofences"),
           fk_sql(S, "tc_user_device", "userid", "tc_users"), fk_sql(S, "tc_user_device", "deviceid", "tc_devices")]
    return [
        Table(S, "tc_groups", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(128)", "none", lambda c, i: ["Chłodnie", "Plandeki", "Dostawcze", "Kierowcy - telefony",
                                                              "Oddział Poznań", "Oddział Gdańsk", "Serwis", "Wynajem"][i - 1]),
            Col("groupid", "integer", "none", lambda c, i: None),
            Col("attributes", "varchar(4000)", "none", pick("{}", '{"speedLimit":48.6}'))], rows=N_GRP),
        Table(S, "tc_users", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(128)", "person_name", lambda c, i: "admin" if i == 1 else full("pl", "tc_users")(c, i)),
            Col("email", "varchar(128)", "email", lambda c, i: "admin" if i == 1 else
                who("pl", "tc_users", i).email if i % 3 else
                f"{who('pl', 'tc_users', i).last.lower()[:3]}{i}@transbud-logistyka.pl"),
            Col("hashedpassword", "varchar(128)", "credentials", hexstr(48)),
            Col("salt", "varchar(128)", "none", hexstr(48)),
            Col("readonly", "boolean", "none", pick(False, True)),
            Col("administrator", "boolean", "none", lambda c, i: i <= 2),
            Col("map", "varchar(128)", "none", pick(None, "osm", "carto")),
            Col("latitude", "double precision", "none", pick(0.0, 51.759, 52.406)),
            Col("longitude", "double precision", "none", pick(0.0, 19.457, 16.925)),
            Col("zoom", "integer", "none", pick(0, 8, 12)),
            Col("attributes", "varchar(4000)", "none", pick("{}", '{"speedUnit":"kmh","timezone":"Europe/Warsaw"}')),
            Col("coordinateformat", "varchar(128)", "none", pick(None, "dd")),
            Col("disabled", "boolean", "none", pick(False, False, True)),
            Col("expirationtime", "timestamp", "none", maybe(0.1, stamp(2025))),
            Col("devicelimit", "integer", "none", pick(-1, 0, 5)),
            Col("phone", "varchar(128)", "phone", maybe(0.5, phone("pl"))),
            Col("login", "varchar(128)", "none", lambda c, i: None),
            Col("totpkey", "varchar(64)", "secret_token", maybe(0.3, token(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
            Col("temporary", "boolean", "none", pick(False))], rows=85),
        Table(S, "tc_devices", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(128)", "none", device_name),
            Col("uniqueid", "varchar(128)", "none", luhn_digits(15, "86")),
            Col("lastupdate", "timestamp", "none", stamp(2025)),
            Col("positionid", "integer", "none", fk(N_POS)),
            Col("groupid", "integer", "none", fk(N_GRP, 0.2)),
            Col("attributes", "varchar(4000)", "none", pick("{}", '{"speedLimit":48.6}', '{"deviceInactivityStart":1}')),
            Col("phone", "varchar(128)", "phone", maybe(0.7, phone("pl"))),
            Col("model", "varchar(128)", "none", pick("Teltonika FMB920", "Teltonika FMC130", "Traccar Client",
                                                      "Concox GT06N", None)),
            Col("contact", "varchar(512)", "free_text_may_contain_pii", device_contact),
            Col("category", "varchar(128)", "none", pick("truck", "van", "person", None)),
            Col("disabled", "boolean", "none", pick(False, False, False, True))], rows=N_DEV),
        Table(S, "tc_positions", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("protocol", "varchar(128)", "none", pick("teltonika", "osmand", "gt06")),
            Col("deviceid", "integer", "none", fk(N_DEV)),
            Col("servertime", "timestamp", "none", stamp(2025)),
            Col("devicetime", "timestamp", "none", stamp(2025)),
            Col("fixtime", "timestamp", "none", stamp(2025)),
            Col("valid", "boolean", "none", pick(True, True, True, False)),
            Col("latitude", "double precision", "geo_location", num(49.3, 54.6, 6)),
            Col("longitude", "double precision", "geo_location", num(14.3, 23.9, 6)),
            Col("altitude", "double precision", "none", num(0, 600, 1)),
            Col("speed", "double precision", "none", num(0, 49, 4)),
            Col("course", "double precision", "none", num(0, 359, 0)),
            Col("address", "varchar(512)", "postal_address", address),
            Col("attributes", "varchar(4000)", "none", pos_attributes),
            Col("accuracy", "double precision", "none", pick(0.0, 5.0, 12.9)),
            Col("network", "varchar(4000)", "none", pick(None, '{"radioType":"gsm","considerIp":false,'
                                                               '"cellTowers":[{"mcc":260,"mnc":2,"lac":5120}]}'))],
              rows=N_POS),
        Table(S, "tc_geofences", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(128)", "none", lambda c, i: PLACES[(i - 1) % len(PLACES)] + ("" if i <= 8 else f" {i}")),
            Col("description", "varchar(128)", "none", pick(None, "rozładunek 6-14", "brama 3", "limit 30 km/h")),
            Col("area", "varchar(4096)", "none", area),
            Col("attributes", "varchar(4000)", "none", pick("{}", '{"color":"#3f51b5"}')),
            Col("calendarid", "integer", "none", lambda c, i: None)], rows=N_GEO),
        Table(S, "tc_events", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("type", "varchar(128)", "none", pick("deviceOnline", "deviceOffline", "geofenceEnter", "geofenceExit",
                                                     "deviceOverspeed", "ignitionOn", "ignitionOff", "alarm")),
            Col("eventtime", "timestamp", "none", stamp(2025)),
            Col("deviceid", "integer", "none", fk(N_DEV)),
            Col("positionid", "integer", "none", fk(N_POS, 0.3)),
            Col("geofenceid", "integer", "none", fk(N_GEO, 0.6)),
            Col("attributes", "varchar(4000)", "none", pick("{}", '{"speed":52.3,"speedLimit":48.6}', '{"alarm":"sos"}')),
            Col("maintenanceid", "integer", "none", lambda c, i: None)], rows=140),
        Table(S, "tc_drivers", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(128)", "person_name", full("pl", "tc_drivers")),
            Col("uniqueid", "varchar(128)", "none", lambda c, i: f"{i * 7919:010X}"),
            Col("attributes", "varchar(4000)", "free_text_may_contain_pii", driver_attributes)], rows=60),
        Table(S, "tc_user_device", [
            Col("userid", "integer", "none", fk(85)),
            Col("deviceid", "integer", "none", fk(N_DEV))], rows=130, extra=fks),
        Table(S, "tc_statistics", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("capturetime", "timestamp", "none", stamp(2024)),
            Col("activeusers", "integer", "none", integer(3, 40)),
            Col("activedevices", "integer", "none", integer(30, 90)),
            Col("requests", "integer", "none", integer(1000, 90000)),
            Col("messagesreceived", "integer", "none", integer(10000, 900000)),
            Col("messagesstored", "integer", "none", integer(10000, 900000)),
            Col("mailsent", "integer", "none", integer(0, 40)),
            Col("smssent", "integer", "none", integer(0, 10)),
            Col("geocoderrequests", "integer", "none", integer(0, 5000)),
            Col("protocols", "varchar(4096)", "none", pick('{"teltonika":812331,"osmand":4410}'))], rows=100),
        Table(S, "tc_servers", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("registration", "boolean", "none", pick(False)),
            Col("latitude", "double precision", "none", pick(51.759)),
            Col("longitude", "double precision", "none", pick(19.457)),
            Col("map", "varchar(128)", "none", pick("osm")),
            Col("bingkey", "varchar(128)", "secret_token", token(64)),
            Col("attributes", "varchar(4000)", "none", pick('{"ui.disableMaintenance":true}')),
            Col("announcement", "varchar(4000)", "none", pick("Przerwa serwisowa w sobotę 22:00-23:00"))],
              rows=1),
    ]
