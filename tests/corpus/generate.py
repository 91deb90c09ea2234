"""A labelled corpus for measuring the sensitive-data classifier: several schemas of realistic generated rows.

Every column carries the category a careful human reviewer would give it ("none" when it holds nothing
sensitive). Traps are deliberate: flags named like data (`email_sent boolean`), data under neutral names
(`contact` full of e-mails, `field_a`), digits that fail their checksums (`reference_code`), phone-shaped
order numbers, enums, digests, pgcrypto/AES/Fernet ciphertext, Spanish and camelCase names, comments.
Values come from Faker and python-stdnum check-digit functions with fixed seeds, so runs are repeatable.
"""
from __future__ import annotations

import base64
import random

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from faker import Faker
from psycopg import sql

from .blind import blind_tables
from .blind2 import blind2_tables
from .blind3 import blind3_tables
from .blind4 import blind4_tables
from .blind5 import blind5_tables
from .blind6 import blind6_tables
from .blind7 import blind7_tables
from .blind8 import blind8_tables
from .blind9 import blind9_tables
from .blind10 import blind10_tables
from .blind11 import blind11_tables
from .blind12 import blind12_tables
from .blind13 import blind13_tables
from .blind14 import blind14_tables
from .blind15 import blind15_tables
from .blind16 import blind16_tables
from .blind17 import blind17_tables
from .blind18 import blind18_tables
from .blind19 import blind19_tables
from .blind20 import blind20_tables
from .blind21 import blind21_tables
from .blind22 import blind22_tables
from .blind23 import blind23_tables
from .blind24 import blind24_tables
from .blind25 import blind25_tables
from .blind26 import blind26_tables
from .blind27 import blind27_tables
from .blind28 import blind28_tables
from .blind29 import blind29_tables
from .blind30 import blind30_tables
from .blind31 import blind31_tables
from .blind32 import blind32_tables
from .blind33 import blind33_tables
from .blind34 import blind34_tables
from .blind35 import blind35_tables
from .blind36 import blind36_tables
from .blind37 import blind37_tables
from .blind38 import blind38_tables
from .blind39 import blind39_tables
from .blind40 import blind40_tables
from .blind41 import blind41_tables
from .blind42 import blind42_tables
from .blind43 import blind43_tables
from .blind44 import blind44_tables
from .blind45 import blind45_tables
from .blind46 import blind46_tables
from .blind47 import blind47_tables
from .blind48 import blind48_tables
from .blind49 import blind49_tables
from .blind50 import blind50_tables
from .blind51 import blind51_tables
from .gens import SEED, Ctx, Table
from .domains import tuning_tables
from .holdout import holdout_tables
from .tables import build_tables
from .wild import wild_tables

PGP_KEY = "corpus-key"          # pgcrypto columns are encrypted in the database with this key
TABLES = build_tables() + wild_tables()   # the curated part, then the randomised `wild` schema
TUNING = tuning_tables()                  # domain corpus, tuned on (schemas d_*)
HOLDOUT = holdout_tables()                # domain corpus, untouched in the first round (schemas u_*)
BLIND = blind_tables()                    # public sample schemas, written and labelled blind to the rules (b_*)
BLIND2 = blind2_tables()                  # open-source application schemas, second blind part, never tuned on (c_*)
BLIND3 = blind3_tables()                  # open-source application schemas, third blind part, never tuned on (e_*)
BLIND4 = blind4_tables()                  # open-source application schemas, fourth blind part, never measured by its author (g_*)
BLIND5 = blind5_tables()                  # application schemas, fifth blind part, never measured by its author (h_*)
BLIND6 = blind6_tables()                  # application schemas, sixth blind part, never measured by its author (i_*)
BLIND7 = blind7_tables()                  # application schemas, seventh blind part, never measured by its author (j_*)
BLIND8 = blind8_tables()                  # application schemas, eighth blind part, never measured by its author (k_*)
BLIND9 = blind9_tables()                  # application schemas, ninth blind part, never measured by its author (l_*)
BLIND10 = blind10_tables()                # application schemas, tenth blind part, never measured by its author (m_*)
BLIND11 = blind11_tables()                # application schemas, eleventh blind part, never measured by its author (n_*)
BLIND12 = blind12_tables()                # application schemas, twelfth blind part, never measured by its author (o_*)
BLIND13 = blind13_tables()                # application schemas, thirteenth blind part, never measured by its author (p_*)
BLIND14 = blind14_tables()                # application schemas, fourteenth blind part, never measured by its author (q_*)
BLIND15 = blind15_tables()                # application schemas, fifteenth blind part, never measured by its author (r_*)
BLIND16 = blind16_tables()                # application schemas, sixteenth blind part, never measured by its author (s_*)
BLIND17 = blind17_tables()                # application schemas, seventeenth blind part, never measured by its author (t_*)
BLIND18 = blind18_tables()                # application schemas, eighteenth blind part, never measured by its author (v_*)
BLIND19 = blind19_tables()                # application schemas, nineteenth blind part, never measured by its author (w_*)
BLIND20 = blind20_tables()                # application schemas, twentieth blind part, never measured by its author (x_*)
BLIND21 = blind21_tables()                # application schemas, twenty-first blind part, never measured by its author (y_*)
BLIND22 = blind22_tables()                # application schemas, twenty-second blind part, never measured by its author (z_*)
BLIND23 = blind23_tables()                # application schemas, twenty-third blind part, never measured by its author (f_*)
BLIND24 = blind24_tables()                # application schemas, twenty-fourth blind part, never measured by its author (a_*)
BLIND25 = blind25_tables()                # application schemas, twenty-fifth blind part, never measured by its author (aa_*)
BLIND26 = blind26_tables()                # application schemas, twenty-sixth blind part, never measured by its author (ab_*)
BLIND27 = blind27_tables()                # application schemas, twenty-seventh blind part, never measured by its author (ac_*)
BLIND28 = blind28_tables()                # application schemas, twenty-eighth blind part, never measured by its author (ad_*)
BLIND29 = blind29_tables()                # application schemas, twenty-ninth blind part, never measured by its author (ae_*)
BLIND30 = blind30_tables()                # application schemas, thirtieth blind part, never measured by its author (af_*)
BLIND31 = blind31_tables()                # application schemas, thirty-first blind part, never measured by its author (ag_*)
BLIND32 = blind32_tables()                # application schemas, thirty-second blind part, never measured by its author (ah_*)
BLIND33 = blind33_tables()                # application schemas, thirty-third blind part, never measured by its author (ai_*)
BLIND34 = blind34_tables()                # application schemas, thirty-fourth blind part, never measured by its author (aj_*)
BLIND35 = blind35_tables()                # application schemas, thirty-fifth blind part, never measured by its author (ak_*)
BLIND36 = blind36_tables()                # application schemas, thirty-sixth blind part, never measured by its author (al_*)
BLIND37 = blind37_tables()                # application schemas, thirty-seventh blind part, never measured by its author (am_*)
BLIND38 = blind38_tables()                # application schemas, thirty-eighth blind part, never measured by its author (an_*)
BLIND39 = blind39_tables()                # application schemas, thirty-ninth blind part, never measured by its author (ao_*)
BLIND40 = blind40_tables()                # application schemas, fortieth blind part, never measured by its author (ap_*)
BLIND41 = blind41_tables()                # application schemas, forty-first blind part, never measured by its author (aq_*)
BLIND42 = blind42_tables()                # application schemas, forty-second blind part, never measured by its author (ar_*)
BLIND43 = blind43_tables()                # application schemas, forty-third blind part, never measured by its author (as_*)
BLIND44 = blind44_tables()                # application schemas, forty-fourth blind part, never measured by its author (at_*)
BLIND45 = blind45_tables()                # application schemas, forty-fifth blind part, never measured by its author (au_*)
BLIND46 = blind46_tables()                # application schemas, forty-sixth blind part, never measured by its author (av_*)
BLIND47 = blind47_tables()                # application schemas, forty-seventh blind part, never measured by its author (aw_*)
BLIND48 = blind48_tables()                # application schemas, forty-eighth blind part, never measured by its author (ax_*)
BLIND49 = blind49_tables()                # application schemas, forty-ninth blind part, never measured by its author (ay_*)
BLIND50 = blind50_tables()                # application schemas, fiftieth blind part, never measured by its author (az_*)
BLIND51 = blind51_tables()                # application schemas, fifty-first blind part, never measured by its author (ba_*)


def labels(tables: list[Table] | None = None) -> dict[tuple[str, str, str], str]:
    """(schema, table, column) -> category or "none", for every column of the corpus (or of `tables`)."""
    return {(t.schema, t.name, c.name): c.label for t in (TABLES if tables is None else tables) for c in t.cols}


def _ctx() -> Ctx:
    fake, es, gb = Faker("en_US"), Faker("es_ES"), Faker("en_GB")
    for i, f in enumerate((fake, es, gb)):
        f.seed_instance(SEED + i)
    r = random.Random(SEED)
    return Ctx(fake, es, gb, r, Fernet(base64.urlsafe_b64encode(bytes(range(32)))), AESGCM(bytes(range(32, 64))))


def rows(table: Table, c: Ctx) -> list[tuple]:
    return [tuple(col.gen(c, i) for col in table.cols) for i in range(1, table.rows + 1)]


def load(conn, tables: list[Table] | None = None) -> None:
    """Create and fill every corpus table (or `tables`) in the connected database (pgcrypto for the pgp columns)."""
    c = _ctx()
    tables = TABLES if tables is None else tables
    conn.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    for schema in dict.fromkeys(t.schema for t in tables):
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    for t in tables:
        name = sql.Identifier(t.schema, t.name)
        defs = [sql.SQL("{} {}").format(sql.Identifier(col.name), sql.SQL("text" if col.pgp else col.type))
                for col in t.cols]
        conn.execute(sql.SQL("CREATE TABLE {} ({})").format(name, sql.SQL(", ").join(defs)))
        with conn.cursor().copy(sql.SQL("COPY {} FROM STDIN").format(name)) as copy:
            for row in rows(t, c):
                copy.write_row(row)
        for col in t.cols:
            if col.pgp:
                conn.execute(sql.SQL("ALTER TABLE {} ALTER COLUMN {} TYPE bytea USING pgp_sym_encrypt({}, {})").format(
                    name, sql.Identifier(col.name), sql.Identifier(col.name), sql.Literal(PGP_KEY)))
            if col.comment:
                conn.execute(sql.SQL("COMMENT ON COLUMN {} IS {}").format(
                    sql.Identifier(t.schema, t.name, col.name), sql.Literal(col.comment)))
        for stmt in t.extra:
            conn.execute(stmt)
    conn.execute("ANALYZE")
