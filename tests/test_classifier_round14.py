"""Round 14's rules (docs/classifier.md, "Round 14"), on values and tables written for these tests in applications
the twelfth blind part does not use (a museum's kiosk sessions geolocated by an IP lookup service, a WordPress
plugin's visit log, a Kenyan micro-lender's borrowers), not on that part's names or values."""
from __future__ import annotations

import json

import pytest

from auditor.analysis.classify import names, structured, values

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 30


def test_a_serialised_object_with_a_latitude_and_a_longitude():
    assert structured.geo_object(json.dumps({"lng": 4.3517, "town": "Brussel", "lat": 50.8503}))
    assert structured.geo_object('a:3:{s:4:"town";s:4:"Gent";s:3:"lat";d:51.0543;s:3:"lon";d:3.7174;}')
    assert structured.geo_object('a:2:{s:8:"latitude";s:7:"51.0543";s:9:"longitude";s:6:"3.7174";}')
    assert values.strong_categories('a:2:{s:8:"latitude";d:51.0543;s:9:"longitude";d:3.7174;}') == ("geo_location",)
    assert not structured.geo_object(json.dumps({"lat": 51, "lon": 3}))              # whole numbers: a grid, a count
    assert not structured.geo_object(json.dumps({"latitude": 151.2, "longitude": 3.7}))   # out of range
    assert not structured.geo_object(json.dumps({"latitude": 51.05}))


def test_a_kra_pin_is_a_taxpayer_number():
    assert names.hint_for("kra_pin", "text", None, "borrowers", None).category == "national_id"
    assert names.hint_for("KraPinNo", "text", None, "borrowers", None).category == "national_id"
    assert names.hint_for("pin", "text", None, "cards", None).category == "credentials"      # a PIN is still one


def test_words_fitted_to_o():
    # fitted to o_*: Vietnamese column words (fitted14.py)
    assert names.hint_for("ho_ten", "text", None, "", None).category == "person_name"
    assert names.hint_for("so_dien_thoai", "text", None, "", None).category == "phone"
    assert names.hint_for("so_cccd", "text", None, "", None).category == "national_id"
    assert names.hint_for("bhyt_chi_tra", "numeric", None, "", None) is None     # what the insurance paid
    assert names.hint_for("tb_vacinacao", "text", None, "", None) is None       # no Vietnamese word glued in


def _lookup(i: int) -> str:
    # the lookup service writes the longitude first
    return json.dumps({"longitude": round(4.30 + i / 1000, 4), "city": "Brussel", "latitude": round(50.80 + i / 1000, 4),
                       "isp": "Proximus"})


def _visit(i: int) -> str:
    lat, lon = f"{51.00 + i / 1000:.4f}", f"{3.70 + i / 1000:.4f}"
    return f'a:3:{{s:4:"city";s:4:"Gent";s:8:"latitude";d:{lat};s:9:"longitude";d:{lon};}}'



SCHEMA = f"""
CREATE SCHEMA museum;
CREATE TABLE museum.kiosk_sessions (id int PRIMARY KEY, started timestamp, lookup text);
INSERT INTO museum.kiosk_sessions VALUES {", ".join(
    f"({i}, '2025-03-0{1 + i % 9} 10:00', {_q(_lookup(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA wp;
CREATE TABLE wp.plugin_visits (id int PRIMARY KEY, page text, extra text);
INSERT INTO wp.plugin_visits VALUES {", ".join(
    f"({i}, '/expo/{i}', {_q(_visit(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA lender;
CREATE TABLE lender.borrowers (id int PRIMARY KEY, kra_pin text, branch text);
INSERT INTO lender.borrowers VALUES {", ".join(
    f"({i}, 'A{100000000 + 7919 * i}{chr(65 + i % 26)}', 'Nyeri')" for i in range(1, _ROWS + 1))};
"""

NAMES = {"lender.borrowers.kra_pin": "national_id"}
SAMPLED = NAMES | {"museum.kiosk_sessions.lookup": "geo_location", "wp.plugin_visits.extra": "geo_location"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round14_rules", SCHEMA) as db:
        yield db


def test_round14_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round14_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES
