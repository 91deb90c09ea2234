"""Round 31's rules (docs/classifier.md, "Round 31"), on tables written for these tests in applications the
twenty-ninth blind part does not use (a marina's members and their cards on file, a courier's deliveries, a private
security firm's vetting, a Belgian parcel depot, a Bangladeshi microlender's members, a Drupal 7 site's comments),
not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


_NAMES = ["Aroha Ngata", "Bruno Teixeira", "Mele Tupou", "Sione Fifita"]
_FIRST = ["Aroha", "Bruno", "Mele", "Sione"]
_LAST = ["Ngata", "Teixeira", "Tupou", "Fifita"]
_HINTS = ["my first boat", "mother's town", "favourite reef + year", "dog's name"]


SCHEMA = f"""
CREATE SCHEMA marina;
CREATE TABLE marina.members (id int PRIMARY KEY, full_name text, email text, password_hint text,
    require_password_change char(1), must_change_password boolean, show_password_hint boolean);
INSERT INTO marina.members VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, {_q(f'm{i}@marina.example')}, "
    f"{_q(_HINTS[i % 4])}, {_q('YN'[i % 2])}, false, true)")};
CREATE TABLE marina.suppliers (id int PRIMARY KEY, company text, name_on_account text, house_number text,
    pobox text);
INSERT INTO marina.suppliers VALUES {_rows(lambda i: f"({i}, {_q(f'Reef Chandlery {i} Ltd')}, "
    f"{_q(f'Reef Chandlery {i} Ltd')}, {_q(str(i + 10))}, {_q(f'PO Box {300 + i}')})")};
CREATE TABLE marina.cards_on_file (id int PRIMARY KEY, member_id int REFERENCES marina.members, name_on_card text,
    card_last4 text, expiry text, routing_number text,
    printed_on_card text);
INSERT INTO marina.cards_on_file VALUES {_rows(lambda i: f"({i}, {i}, {_q(_NAMES[(i + 1) % 4])}, "
    f"{_q(str(1000 + i))}, '12/29', {_q(str(21000021 + i * 1000))}, 'MEMBER')")};

CREATE SCHEMA courier;
CREATE TABLE courier.recipients (id int PRIMARY KEY, first_name text, last_name text, street text, house_no text,
    housenumber_suffix text, pobox text, city text);
INSERT INTO courier.recipients VALUES {_rows(lambda i: f"({i}, {_q(_FIRST[i % 4])}, {_q(_LAST[i % 4])}, "
    f"'Kingsway', {_q(str(i + 3))}, {_q('ab'[i % 2])}, {_q(f'PO Box {100 + i}')}, 'Suva')")};

CREATE SCHEMA vetting;
CREATE TABLE vetting.guards (id int PRIMARY KEY, nom text);
INSERT INTO vetting.guards VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])})")};
CREATE TABLE vetting.police_clearances (id int PRIMARY KEY, guard_id int REFERENCES vetting.guards,
    certificate_no text, outcome text, record_found char(1), issued date);
CREATE TABLE vetting.background_checks (id int PRIMARY KEY, guard_id int REFERENCES vetting.guards,
    police_clearance_no text, result text);
INSERT INTO vetting.police_clearances VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'PC-{9000 + i}')}, "
    f"{_q(['No record', 'Convicted of theft 2019', 'No record'][i % 3])}, {_q('NY'[i % 3 == 1])}, '2025-01-01')")};
INSERT INTO vetting.background_checks VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'PC-{9000 + i}')}, 'passed')")};

CREATE SCHEMA depot;
CREATE TABLE depot.clients (id int PRIMARY KEY, nom text, prenom text, boite_postale_client text, commune text);
INSERT INTO depot.clients VALUES {_rows(lambda i: f"({i}, {_q(_LAST[i % 4])}, {_q(_FIRST[i % 4])}, "
    f"{_q(f'BP {200 + i}')}, 'Namur')")};

CREATE SCHEMA microlend;
CREATE TABLE microlend.members (id int PRIMARY KEY, full_name text, nid text, mobile text);
INSERT INTO microlend.members VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, "
    f"{_q(str(1990123456789 + i * 7919))}, {_q(f'+8801711{i:06d}')})")};

CREATE SCHEMA drupal;
CREATE TABLE drupal.node (nid int PRIMARY KEY, title text);
INSERT INTO drupal.node VALUES {_rows(lambda i: f"({i}, 'Post {i}')")};
CREATE TABLE drupal.comment (cid int PRIMARY KEY, nid int REFERENCES drupal.node, name text, mail text,
    subject text);
INSERT INTO drupal.comment VALUES {_rows(lambda i: f"({i}, {i}, {_q(_NAMES[i % 4])}, {_q(f'c{i}@site.example')}, "
    f"'Nice post')")};
"""

@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round31_rules", SCHEMA) as db:
        yield db


# Read with and without sampling (`full_name`, `first_name`, `street`, `nom` and `prenom` are context).
NAMED = {
    "marina.members.full_name": "person_name",
    "marina.members.password_hint": "credentials",           # a password's hint gives the password away
    "marina.cards_on_file.name_on_card": "person_name",       # the cardholder's name, read through `on`
    "courier.recipients.house_no": "postal_address",         # a house number, its values short numbers
    "courier.recipients.pobox": "postal_address",            # a post-office box, glued
    "depot.clients.boite_postale_client": "postal_address",  # a boîte postale
    "microlend.members.nid": "national_id",                  # Bangladesh's NID, in a table of people
    "vetting.police_clearances.outcome": "criminal_record",  # a police clearance's outcome
    "vetting.police_clearances.record_found": "criminal_record",
}
# Read without sampling by these rules (with sampling the values, single letters, are no address).
NAMES_ONLY = {"courier.recipients.housenumber_suffix": "postal_address"}


@pytest.mark.parametrize("sampling", [True, False])
def test_round31_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | ({} if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# A Y/N flag that the password must be changed, or that its hint is shown, is no credential; a supplier's account
# name, house number and PO box are an organisation's; a bank's routing number is no one's account; what is
# printed on a card is no card number; a Drupal node's
# `nid` is no national id; a police clearance's certificate number, and a background check's result outside a
# police clearance, are not criminal records.
NOT_READ = ("marina.members.require_password_change", "marina.members.must_change_password",
            "marina.members.show_password_hint", "marina.suppliers.pobox",
            "marina.suppliers.name_on_account", "marina.suppliers.house_number",
            "marina.cards_on_file.routing_number", "marina.cards_on_file.printed_on_card", "drupal.node.nid",
            "drupal.comment.nid", "vetting.police_clearances.certificate_no", "vetting.background_checks.result")


@pytest.mark.parametrize("sampling", [True, False])
def test_round31_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
