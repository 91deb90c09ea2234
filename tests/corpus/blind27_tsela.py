"""ac_tsela: an in-house system of a Botswana NGO's HIV-prevention programme for key populations (drop-in centres,
peer educators, PrEP, index-partner testing), written by a small team with short, terse snake_case names."""
from __future__ import annotations

from .blind27_gens import (b64blob, b64tok, bcrypt, cyc, day, dec, fk, fk_sql, flag, maybe, num, pick, rid, stamp,
                           wpick)
from .blind27_people import ascii_fold, other, person, pf, pfmt, say
from .gens import Col, Ctx, Table

S, CC, K, F = "ac_tsela", "BW", "bw_client", "bw_staff"
N_SITES, N_STAFF, N_CLIENTS = 12, 40, 150

_SITES = ("Gaborone Main Mall DIC", "Francistown DIC", "Tlokweng DIC", "Mogoditshane DIC", "Molepolole outreach "
          "hub", "Mochudi outreach hub", "Maun DIC", "Palapye truck-stop clinic", "Serowe outreach hub", "Kanye DIC",
          "Lobatse DIC", "Kasane border post hub")
_DIST = ("South-East", "North-East", "South-East", "Kweneng", "Kweneng", "Kgatleng", "North-West", "Central",
         "Central", "Southern", "South-East", "Chobe")
_CENTRE = {"Gaborone": (-24.654, 25.908), "Francistown": (-21.170, 27.508), "Molepolole": (-24.406, 25.495),
           "Mochudi": (-24.376, 26.152), "Maun": (-19.983, 23.416), "Serowe": (-22.387, 26.710),
           "Kanye": (-24.981, 25.332), "Palapye": (-22.546, 27.125), "Tlokweng": (-24.667, 25.981),
           "Mogoditshane": (-24.626, 25.866)}
_HOTSPOTS = (("Main Mall shebeen", -24.6545, 25.9085), ("Palapye truck stop", -22.5478, 27.1330),
             ("Kasane border queue", -17.8032, 25.1501), ("Game City parking", -24.6822, 25.8843),
             ("Francistown bus rank", -21.1701, 27.5085), ("Maun lodge strip", -19.9911, 23.4210))
_NOTES = ("Met {o_given} at the bar, referred for HTS; her cell {o_mobile}.", "Distributed condoms and lubricant "
          "at the truck stop.", "Police raid at the hotspot, few clients reached.", "{o_full} asked for PrEP "
          "refill at home, lives at {o_street}.", "Session on GBV with 14 peers.", "Rain, hotspot closed.")
_SMS = ("Dumela {given}, o gakologelwa go tla go tsaya dipilisi tsa gago kwa DIC.", "Hi {given}, your refill "
        "is due on Friday. Call {o_given} on {o_mobile} if you cannot come.", "Tsela: your appointment is "
        "confirmed.", "Dumela! Condoms are available at the DIC every weekday.")


def _gps(c: Ctx, i: int) -> str:
    """The client's home, jittered around the centre of the client's town."""
    lat, lon = _CENTRE[person(c, K, i, CC)["town"]]
    return f"{lat + c.r.uniform(-0.04, 0.04):.5f},{lon + c.r.uniform(-0.04, 0.04):.5f}"


def _uic(c: Ctx, i: int) -> str:
    """The programme's unique identifier code: two letters each of mother's and father's first names, date of
    birth (ddmmyy) and a sex digit."""
    p = person(c, K, i, CC)
    mother, father = other("given", "bw_parent", CC)(c, i), other("given", "bw_parent", CC)(c, i)
    return f"{mother[:2].upper()}{father[:2].upper()}{p['dob']:%d%m%y}{1 if p['sex'] == 'M' else 2}"


def tsela_tables() -> list[Table]:
    site = Table(S, "site", [
        Col("site_id", "integer PRIMARY KEY", "none", rid()),
        Col("site_nm", "varchar(60)", "none", cyc(_SITES)),
        Col("dist", "varchar(30)", "none", cyc(_DIST)),
        Col("plot_addr", "varchar(80)", "none", lambda c, i: f"Plot {1000 + 37 * i}, {_SITES[i - 1].split()[0]}"),
        Col("tel", "varchar(20)", "none", lambda c, i: f"3{c.r.randint(10, 99)} {c.r.randint(1000, 9999)}"),
        Col("mgr", "varchar(60)", "person_name", pf("full", "bw_manager", CC)),
        Col("mgr_cell", "varchar(20)", "phone", pf("mobile", "bw_manager", CC)),
    ], rows=N_SITES)
    staff = Table(S, "staff", [
        Col("stf_id", "integer PRIMARY KEY", "none", rid()),
        Col("site_id", "integer", "none", fk(N_SITES, 1, -1)),
        Col("fn", "varchar(40)", "person_name", pf("given", F, CC)),
        Col("sn", "varchar(40)", "person_name", pf("family", F, CC)),
        Col("role", "varchar(20)", "none", wpick(("peer educator", "nurse", "HTS counsellor", "site manager",
                                                  "data clerk"), (50, 15, 20, 5, 10))),
        Col("cell", "varchar(20)", "phone", pf("mobile", F, CC)),
        Col("email", "varchar(80)", "email", lambda c, i: f"{ascii_fold(pfmt('{given}.{family}', F, CC)(c, i))}"
                                                          f"@tsela.example.org.bw"),
        Col("pin_hash", "varchar(72)", "credentials", bcrypt("$2b$10$")),
        Col("tab_tok", "varchar(64)", "secret_token", b64tok(32)),
        Col("active", "boolean", "none", flag(0.9, True, False)),
    ], rows=N_STAFF, extra=[fk_sql(S, "staff", "site_id", "site", "site_id")])
    client = Table(S, "client", [
        Col("cid", "integer PRIMARY KEY", "none", rid()),
        Col("uic", "varchar(12)", "none", _uic),
        Col("fn", "varchar(40)", "person_name", pf("given", K, CC)),
        Col("sn", "varchar(40)", "person_name", pf("family", K, CC)),
        Col("nick", "varchar(40)", "person_name", maybe(pick(("Lulu", "Sexy T", "Mma Boi", "Queen B", "DJ Neo",
                                                              "Tiny", "Stoko", "Lady K")), 0.5)),
        Col("dob", "date", "birth_date", pf("dob", K, CC)),
        Col("sx", "char(1)", "none", pf("sex", K, CC)),
        Col("omang", "varchar(9)", "national_id", maybe(pf("nid", K, CC), 0.15)),
        Col("cell", "varchar(20)", "phone", pf("mobile", K, CC)),
        Col("vlg", "varchar(40)", "none", pf("town", K, CC)),
        Col("plot", "varchar(60)", "postal_address", pf("street", K, CC)),
        Col("gps", "varchar(30)", "geo_location", maybe(_gps, 0.2)),
        Col("kp_typ", "varchar(10)", "sex_life", wpick(("FSW", "MSM", "TG", "PWID", "AGYW"), (40, 25, 8, 7, 20))),
        Col("fp_tmpl", "text", "biometric", maybe(b64blob(250, 600), 0.3)),
        Col("enrl_dt", "date", "none", day(2019, 2024)),
        Col("site_id", "integer", "none", fk(N_SITES, 5)),
    ], rows=N_CLIENTS, extra=[fk_sql(S, "client", "site_id", "site", "site_id")])
    risk = Table(S, "risk_scr", [
        Col("rs_id", "integer PRIMARY KEY", "none", rid()),
        Col("cid", "integer", "none", fk(N_CLIENTS, 7)),
        Col("vdt", "date", "none", day(2021, 2024)),
        Col("n_ptnr", "smallint", "sex_life", num(0, 30)),
        Col("cndm", "varchar(10)", "sex_life", pick(("always", "sometimes", "never", "refused"))),
        Col("sti_sx", "varchar(40)", "health", pick(("none", "none", "discharge", "genital ulcer", "lower abdominal "
                                                     "pain"))),
        Col("audit_c", "smallint", "health", num(0, 12)),
    ], rows=150, extra=[fk_sql(S, "risk_scr", "cid", "client", "cid")])
    hts = Table(S, "hts", [
        Col("tid", "integer PRIMARY KEY", "none", rid()),
        Col("cid", "integer", "none", fk(N_CLIENTS, 11)),
        Col("tdt", "date", "none", day(2021, 2024)),
        Col("kit", "varchar(20)", "none", pick(("Determine", "Unigold", "OraQuick (self-test)"))),
        Col("res", "varchar(12)", "health", wpick(("NR", "R", "IND"), (85, 13, 2))),
        Col("linked", "char(1)", "health", wpick(("Y", "N", ""), (12, 3, 85))),
        Col("art_no", "varchar(20)", "none", maybe(lambda c, i: f"BW-ART-{c.r.randint(10000, 99999)}", 0.85)),
        Col("tester", "integer", "none", fk(N_STAFF, 3)),
    ], rows=150, extra=[fk_sql(S, "hts", "cid", "client", "cid"), fk_sql(S, "hts", "tester", "staff", "stf_id")])
    prep = Table(S, "prep", [
        Col("pid", "integer PRIMARY KEY", "none", rid()),
        Col("cid", "integer", "none", fk(N_CLIENTS, 13)),
        Col("start_dt", "date", "none", day(2020, 2024)),
        Col("regimen", "varchar(20)", "health", pick(("TDF/FTC", "TDF/FTC", "TDF/3TC", "CAB-LA"))),
        Col("crcl", "numeric(5,1)", "health", dec(55, 140, 1)),
        Col("stop_rsn", "varchar(40)", "health", maybe(pick(("side effects", "seroconverted", "no longer at risk",
                                                             "renal function")), 0.7)),
        Col("nxt_appt", "date", "none", day(2024, 2025)),
    ], rows=120, extra=[fk_sql(S, "prep", "cid", "client", "cid")])
    idx = Table(S, "idx_tst", [
        Col("it_id", "integer PRIMARY KEY", "none", rid()),
        Col("cid", "integer", "none", fk(N_CLIENTS, 17)),
        Col("p_nm", "varchar(60)", "person_name", pf("full", "bw_partner", CC)),
        Col("p_cell", "varchar(20)", "phone", maybe(pf("mobile", "bw_partner", CC), 0.25)),
        Col("rel", "varchar(20)", "sex_life", pick(("sexual partner", "spouse", "casual partner", "client"))),
        Col("notif", "varchar(20)", "none", pick(("client", "provider", "contract", "dual"))),
        Col("p_res", "varchar(12)", "health", maybe(pick(("NR", "R", "known +")), 0.4)),
    ], rows=100, extra=[fk_sql(S, "idx_tst", "cid", "client", "cid")])
    outreach = Table(S, "outreach", [
        Col("ol_id", "integer PRIMARY KEY", "none", rid()),
        Col("stf_id", "integer", "none", fk(N_STAFF, 7)),
        Col("dt", "date", "none", day(2022, 2024)),
        Col("hotspot", "varchar(40)", "none", lambda c, i: _HOTSPOTS[i % len(_HOTSPOTS)][0]),
        Col("hs_lat", "numeric(8,5)", "none", lambda c, i: _HOTSPOTS[i % len(_HOTSPOTS)][1]),
        Col("hs_lon", "numeric(8,5)", "none", lambda c, i: _HOTSPOTS[i % len(_HOTSPOTS)][2]),
        Col("reached", "smallint", "none", num(0, 60)),
        Col("cndms", "integer", "none", num(0, 500)),
        Col("notes", "text", "free_text_may_contain_pii", say(_NOTES, K, CC)),
    ], rows=120, extra=[fk_sql(S, "outreach", "stf_id", "staff", "stf_id")])
    sms = Table(S, "sms_q", [
        Col("sms_id", "integer PRIMARY KEY", "none", rid()),
        Col("cid", "integer", "none", fk(N_CLIENTS, 19)),
        Col("msisdn", "varchar(15)", "phone",
            lambda c, i: "267" + pf("mobile", K, CC, fk(N_CLIENTS, 19))(c, i).replace(" ", "")),
        Col("body", "varchar(320)", "free_text_may_contain_pii", say(_SMS, K, CC, fk(N_CLIENTS, 19))),
        Col("st", "varchar(10)", "none", wpick(("SENT", "QUEUED", "FAILED"), (85, 10, 5))),
        Col("sent_at", "timestamp", "none", stamp(2023, 2024)),
        Col("gw_ref", "varchar(40)", "none", lambda c, i: f"BWSMS{c.r.randint(10**8, 10**9)}"),
    ], rows=150, extra=[fk_sql(S, "sms_q", "cid", "client", "cid")])
    return [site, staff, client, risk, hts, prep, idx, outreach, sms]
