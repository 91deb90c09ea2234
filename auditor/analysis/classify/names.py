"""What a column's name, comment, type and constraints say it holds, before any value is read.

Names are split into lower-case, accent-free tokens (`fechaNacimiento` -> fecha, nacimiento). Phrases
(several tokens in a row) are tried before single tokens, so `ip_address` is an IP and not a postal
address, and `card_holder` is a person. Flag and metadata words (`email_sent`, `password_changed_at`,
`phone_id`) veto a match, and the type gates what a column can hold at all (a boolean holds no e-mail).
Everything here is memoised per distinct (name, type): 200,000 columns cost a few thousand look-ups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.analysis.classify import fitted13, scripts, special, words26, words31, terms
from auditor.analysis.classify.vocab import (ABBREV, ADDRESS_PARTS, COMMENT_NEGATIVE, CONTEXT, EMPLOYER,
                                             GLUE_WORDS, HEALTH_TABLES, KEEP_NEGATIVE, NEGATIVE, NUMERIC_HEALTH,
                                             MATCHED, PERSON_TABLES, PHRASES, SHORT_PERSON, STOP, STRONG, TOKENS,
                                             WEAK, WORLD_ONLY)

ABBREV = {**ABBREV, **fitted13.ABBREV}      # round 13, fitted to `n_*`: an IBM i bank's field abbreviations

# Type classes: what PostgreSQL type families can hold.
TEXT, BINARY, NUMBER, DATE, BOOL, INET, GEO, UUID, OTHER = (
    "text", "binary", "number", "date", "bool", "inet", "geo", "uuid", "other")
_ALLOWED = {   # categories a type class can hold (TEXT and OTHER hold anything)
    BOOL: frozenset(special.NAMES) | {"health"},     # `union_member boolean` is trade-union membership
    NUMBER: frozenset({"phone", "national_id", "payment_card", "bank_account", "geo_location", "credentials",
                       "ip_address"}),     # an address as an integer (ip2long)
    DATE: frozenset({"birth_date"}),
    INET: frozenset({"ip_address"}),
    GEO: frozenset({"geo_location"}),
    UUID: frozenset({"secret_token"}),
}


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGITS_TAIL = re.compile(r"^([a-z]+)(\d+)$")
# Round 34: a counter glued between two words (`parent1surname`); `framedipv6address`, `base64data` stay whole.
_COUNTER = re.compile(r"^([a-z]{4,})(?<!ipv)(?<!sha)(?<!md)(?<!base)(?<!utf)(?<!icd)(\d)([a-z]{3,})(\d?)$")


def _parts(name: str) -> list[str]:
    """A name's lower-case words: accents off, as the clinical vocabulary folds them (`płeć` -> plec, `Größe` ->
    grosse, `fødsel` -> fodsel); Cyrillic and Greek romanised, other scripts kept (scripts.py)."""
    if name.isascii():       # most names, and every table of a 10,000-table cluster
        return _SPLIT.split(_CAMEL.sub(" ", name).lower())
    return scripts.parts(_CAMEL.sub(" ", scripts.folded(name)).lower(), _UNSPACED_KNOWN)


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """`fechaNacimiento2` -> ('fecha', 'nacimiento', '2'); accents dropped, stop words out, abbreviations expanded,
    glued words split (`nationalidnumber` -> national, id, number)."""
    out: list[str] = []
    for part in _parts(name):
        if not part or part in STOP:
            continue
        if (counted := _counted(part)) is not None:
            out.extend(counted)
        elif (m := _DIGITS_TAIL.match(part)) and m.group(1) not in ("icd", "cie", "cid", "ipv", "sha", "md"):
            out.extend(_word(m.group(1)))
            out.append(m.group(2))
        else:
            out.extend(_word(part))
    if "check" in out and out.index("check") + 1 < len(out) and out[out.index("check") + 1] in ("in", "out"):
        i = out.index("check")      # fitted to `n_*` (fitted13.py): `CheckInLat` is a check-in's, not a flag
        out[i:i + 2] = ["check" + out[i + 1]]
    return tuple(out)


def _counted(part: str) -> tuple[str, ...] | None:
    if not (m := _COUNTER.match(part)) or not (m.group(3) in _KNOWN or len(m.group(3)) >= 7 and _glued(m.group(3))):
        return None
    return (*_word(m.group(1)), m.group(2), *_word(m.group(3)), *((m.group(4),) if m.group(4) else ()))


def _word(part: str) -> tuple[str, ...]:
    if part in ABBREV:
        return ABBREV[part]
    pieces = _glued(part) if len(part) >= 7 and part not in _KNOWN else None
    return tuple(w for p in pieces if p not in _GLUED_STOP for w in ABBREV.get(p, (p,))) if pieces else (part,)


# Round 10: the connectors of glued phrases (`dateofbirth`, `fechadenacimiento`) are pieces, dropped like stop words.
_CONNECTORS = frozenset({"of", "de", "da", "do", "du", "des", "der", "at"})
_GLUED_STOP = STOP | {"at"}     # round 26: a glued `at` joins a phrase (`gestationageatbirth`)
_SHORT_PIECES = frozenset({"id", "no", "nr", "ip", "dl", "cd", "by", "dx", "rx", "hx"}) | _CONNECTORS
# Every word the vocabulary uses: the pieces a glued name may be made of.
_KNOWN = frozenset(w for w in ({w for phrase in PHRASES for w in phrase} | set(TOKENS) | NEGATIVE | PERSON_TABLES
                               | GLUE_WORDS | set(ABBREV) | set(SHORT_PERSON) | special.CLINICAL_GENERIC
                               | special.CODE_SYSTEMS | _CONNECTORS) if len(w) >= 3 or w in _SHORT_PIECES) - WORLD_ONLY


@lru_cache(maxsize=16384)
def _glued(part: str, depth: int = 0) -> tuple[str, ...] | None:
    """`passwordhash` -> ('password', 'hash'): the split into the fewest known words (at most four), longest first
    word first; None when some piece is no known word (`emailpromotion` stays one word)."""
    if part in _KNOWN:
        return (part,)
    if depth == 3:
        return None
    best: tuple[str, ...] | None = None
    for cut in range(len(part) - 2, 1, -1):
        head = part[:cut]
        if head not in _KNOWN and not (cut >= 7 and head[-1] == "s" and head[:-1] in _KNOWN) or (
                depth == 0 and head in _CONNECTORS):
            continue     # a German compound's linking s (`gesundheitsfragen`: gesundheit-s-fragen) is no word; a
            # connector joins two words, it does not start a name (`description`)
        if (tail := _glued(part[cut:], depth + 1)) is not None and (best is None or len(tail) + 1 < len(best)):
            best = (head if head in _KNOWN else head[:-1], *tail)
    return best


_MAX_PHRASE = max(len(p) for p in PHRASES)
_UNSPACED_KNOWN = frozenset(filter(scripts.has_unspaced, MATCHED))   # the words a run of Han, Thai... is cut into


def _find(toks: tuple[str, ...]) -> list[tuple[int, int, str | None, str]]:
    """Matches as (start, end, category, strength), longest phrase first, left to right, no overlaps."""
    found, i = [], 0
    while i < len(toks):
        for size in range(min(_MAX_PHRASE, len(toks) - i), 0, -1):
            words = toks[i:i + size]
            hit = PHRASES.get(words) if size > 1 else (PHRASES.get(words) or TOKENS.get(words[0]))
            if hit is not None:
                found.append((i, i + size, hit[0], hit[1]))
                i += size
                break
        else:
            i += 1
    return found


@dataclass(frozen=True, slots=True)
class NameHint:
    category: str
    strength: str          # strong | weak | context
    source: str            # name | comment | constraint | type
    word: str              # the words that matched, for evidence

    @property
    def signal(self) -> str:
        return f"{self.source}:{self.word}"


def _from_tokens(toks: tuple[str, ...], source: str) -> tuple[NameHint | None, bool]:
    """The hint the words give, and whether a flag/metadata word vetoed one."""
    found = _find(toks)
    matches = [m for m in found if m[2] is not None]
    if not matches:
        return None, len(found) > 0
    if len(matches) < len(found) and not any(m[1] - m[0] > 1 for m in matches):
        return None, True      # `username_email`: a known non-sensitive phrase next to a bare word
    # The last sensitive word is the head noun in English (password_reset_token); Spanish phrases are listed whole.
    start, end, category, strength = max(
        matches, key=lambda m: (m[3] == STRONG, m[2] != "free_text_may_contain_pii", m[0]))
    if category == "free_text_may_contain_pii":     # `comment_author`, `message_sender`: the head noun is a person
        later = [m for m in matches if m[0] >= end and m[2] == "person_name"]
        if later:
            start, end, category, strength = later[-1]
        elif not _MACHINE_HEADS.isdisjoint(toks[end:]):
            return None, True      # `comment_agent`, `message_host`: a user agent or host, not what people wrote
    covered = set(range(start, end))
    rest = {t for i, t in enumerate(toks) if i not in covered}
    if (category == "postal_address" and rest & ADDRESS_PARTS) or (
            strength == CONTEXT and category == "person_name" and rest & _THINGS) or (
            category in _EMPLOYER_VETO and rest & EMPLOYER):
        return None, True      # `address_city` is a city; `employer_street` is the employer's address
    keep = KEEP_NEGATIVE.get(category, set())
    negative = NEGATIVE if source == "name" else COMMENT_NEGATIVE
    vetoes = {t for i, t in enumerate(toks) if i not in covered and t in negative and t not in keep}
    word = " ".join(toks[start:end])
    if vetoes and vetoes <= _CODED and category in special.NAMES and strength == STRONG:
        # `race_concept_id`, `religion_id`: the category coded as a key, in a table of people only
        return NameHint(category, CONTEXT, source, word + " " + CODED_TAG), False
    if vetoes:
        return None, True
    return NameHint(category, strength, source, word), False


_MACHINE_HEADS = frozenset({"agent", "useragent", "browser", "host", "hostname"})
# `nome_municipio`, `name_city`, `nombre_sexo`: the name of a place or of a sex, not a person's
_THINGS = ADDRESS_PARTS | frozenset("sex sexo gender genero sexe geschlecht municipio municipality comune gemeinde".split())
_EMPLOYER_VETO = frozenset({"postal_address", "phone"})
_CODED = frozenset({"id", "code", "concept", "cd", "codigo", "cod"})
CODED_TAG = "(coded)"     # a special category kept as a code (`religion_id`, `ethnicity smallint`): people only
_COUNTED = frozenset("number no nr num count total amount sum score".split())
_DATE_PARTS = frozenset({"year", "month", "day", "ano", "anio", "mes", "dia", "yob"}) | words26.DATE_PARTS   # r26


@lru_cache(maxsize=4096)
def type_class(type_: str, base_type: str | None = None) -> str:
    t = (base_type or type_).lower()
    if t.endswith("[]"):
        return TEXT
    if t in ("boolean", "bool"):
        return BOOL
    if t.startswith(("character", "text", "varchar", "char", "citext", "name", "json", "xml", "\"char\"")):
        return TEXT
    if t == "bytea":
        return BINARY
    if t.startswith(("integer", "bigint", "smallint", "numeric", "real", "double", "decimal", "int", "money")):
        return NUMBER
    if t.startswith(("date", "timestamp", "time")):
        return DATE
    if t in ("inet", "cidr", "macaddr", "macaddr8"):
        return INET if t == "inet" else OTHER
    if t in ("point", "geometry", "geography", "box", "circle", "polygon") or t.startswith(("geometry", "geography")):
        return GEO
    if t == "uuid":
        return UUID
    if t.startswith(("tsvector", "interval", "bit", "int4range", "tsrange", "oid", "regclass", "money")):
        return NUMBER
    return OTHER     # enums, composite and extension types: sampled as text


@lru_cache(maxsize=16384)
def table_context(table: str) -> tuple[bool, bool]:
    """(person-like table, health-like table) from the table's name words."""
    toks = set(tokens(table))
    return bool(toks & PERSON_TABLES), bool(toks & HEALTH_TABLES)


@lru_cache(maxsize=65536)
def _column_hint(column: str, type_: str, base_type: str | None) -> tuple[NameHint | None, bool, str]:
    """(hint from the name alone, vetoed by a flag word, type class); shared by every table with this column."""
    toks = tokens(column)
    toks = tuple(t for i, t in enumerate(toks) if t != "on" or toks[i - 1:i] != ("name",) or (
        toks[i + 1:i + 2] not in _ON_WHAT))      # round 31: `name_on_card` (not `printed_on_card`)
    if toks and toks[0] in SHORT_PERSON and (len(toks) == 1 or toks[1:] in (("1",), ("2",))):
        return NameHint(SHORT_PERSON[toks[0]], CONTEXT, "name", toks[0]), False, type_class(type_, base_type)
    hint, vetoed = _from_tokens(toks, "name")
    if hint is None and not vetoed and (bare := tuple(t for t in toks[:-1] if not t.isdigit()) + toks[-1:]) != toks:
        hint, vetoed = _from_tokens(bare, "name")      # round 34: a counter between words (`emergency1Number1`)
    tclass = type_class(type_, base_type)
    if vetoed and tclass == BOOL and len(toks) > 1 and toks[0] in _FLAG_VERBS:
        # round 17: `has_disability`, `is_infectious`: a yes/no on a special category says the person has it
        flag, _ = _from_tokens(toks[1:], "name")
        if flag is not None and flag.strength == STRONG and flag.category in _ALLOWED[BOOL]:
            return flag, False, tclass
    if hint is None and not vetoed and base_type:      # a domain named for its content: `contact public.email`
        hint, _ = _from_tokens(tokens(type_.rsplit(".", 1)[-1]), "type")
    return hint, vetoed, tclass


_FLAG_VERBS = frozenset({"is", "has"})
_ON_WHAT = frozenset((w,) for w in words31.ON_WHAT)


@lru_cache(maxsize=16384)
def _comment_hint(comment: str) -> NameHint | None:
    hint, _ = _from_tokens(tokens(comment[:200]), "comment")
    if hint is None or hint.strength != STRONG or hint.category == "free_text_may_contain_pii":
        return None
    return hint


def hint_for(column: str, type_: str, base_type: str | None, table: str, comment: str | None) -> NameHint | None:
    """The category name, comment and type suggest for one column (None: nothing, or vetoed)."""
    return column_signals(column, type_, base_type, table, comment)[0]


_PASSWORD_FLAG = frozenset("change changed expired expires expiry must need force".split())
# round 31: a one-character column (`require_password_change char(1)`, Y or N) holds a flag, never the password
_ONE_CHAR = frozenset({"character(1)", "char(1)", "\"char\"", "character", "bpchar"})
_PERSON_HASH = NameHint("secret_token", CONTEXT, "name", "hash")


def column_signals(column: str, type_: str, base_type: str | None, table: str, comment: str | None,
                   context: tuple[bool, bool] | None = None) -> tuple[NameHint | None, str]:
    """(hint, type class) for one column; the type class comes free with the memoised name analysis.

    `context` is (person table, health table) when the caller inferred the table's entity (entity.py);
    otherwise the table's name decides."""
    hint, vetoed, tclass = _column_hint(column, type_, base_type)
    if hint is not None and hint.category == "credentials" and (tclass == NUMBER or type_.lower() in _ONE_CHAR) and (
            not _PASSWORD_FLAG.isdisjoint(tokens(column))):
        hint = None     # round 17: `need_password_change smallint` is a 0/1 flag where MySQL or SQL Server lack a boolean
    elif hint is None and not vetoed and tokens(column) == ("hash",):
        hint = _PERSON_HASH     # round 17: a person's bare `hash` (CiviCRM's contact checksum key, Shopware's customer
        # hash) is a random key that opens their record by link; in a table of people only (a file's hash is no one's)
    if hint is None and (vetoed or not comment) and tclass not in (INET, GEO):
        return None, tclass
    if tclass == NUMBER and hint is not None and hint.strength == STRONG and hint.category in special.NAMES and (
            hint.category != "health") and hint.word not in terms.NUMERIC_SPECIAL and _COUNTED.isdisjoint(tokens(column)):
        # `ethnicity smallint`, `religion integer`: the category as a code (a federal ethnicity flag), as
        # `race_concept_id` is, and like it only in a table of people; a `race_number` is a runner's bib
        hint = NameHint(hint.category, CONTEXT, hint.source, hint.word + " " + CODED_TAG)
    return _resolve(hint, vetoed, tclass, type_, context or table_context(table), comment), tclass


def _resolve(hint: NameHint | None, vetoed: bool, tclass: str, type_: str, context: tuple[bool, bool],
             comment: str | None) -> NameHint | None:
    if tclass == BOOL and (hint is None or hint.category not in _ALLOWED[BOOL]):
        return None
    if not vetoed and comment and (hint is None or (hint.strength == WEAK and hint.category == "person_name")):
        hint = _comment_hint(comment) or hint   # round 48: a comment's strong category over a weak role's name
    if tclass == NUMBER and hint is not None and _number_allowed(hint):
        tclass = OTHER
    if hint is not None and hint.strength == CONTEXT:
        person, health = context
        if (hint.category != "health" and person) or (hint.category == "health" and health):
            hint = NameHint(hint.category, WEAK, hint.source, hint.word)
        else:
            hint = None
    if tclass == INET and (hint is None or hint.category != "ip_address"):
        return None if vetoed else NameHint("ip_address", WEAK if hint is None else STRONG, "type", "inet")
    if tclass == GEO and not vetoed:
        return NameHint("geo_location", STRONG, "type", type_)
    if hint is None:
        return None
    allowed = _ALLOWED.get(tclass)
    if allowed is not None and hint.category not in allowed:
        return None
    if hint.category == "free_text_may_contain_pii" and tclass not in (TEXT, OTHER):
        return None
    return hint


def _number_allowed(hint: NameHint) -> bool:
    """A number holding a year/month/day of birth, or a special category coded as a key (`race_concept_id`)."""
    if hint.category == "birth_date":
        return not _DATE_PARTS.isdisjoint(hint.word.split())
    if hint.category == "health":        # a degree or percentage of disability (`gdb`, `disability_pct`)
        return hint.strength == STRONG and hint.word in NUMERIC_HEALTH
    return hint.word.endswith(CODED_TAG) or hint.word in terms.NUMERIC_SPECIAL     # a canvass's support level 1-5


_EMAIL_CHECK = re.compile(r"~\*?\s*'[^']*@|like\s+'%@%'|@", re.I)


def constraint_hint(definition: str) -> str | None:
    """A CHECK constraint that only an e-mail column would carry (email ~ '@', LIKE '%@%')."""
    if "@" in definition and _EMAIL_CHECK.search(definition):
        return "email"
    return None


def is_sampleable(tclass: str, hint: NameHint | None) -> bool:
    """Which columns the sampler reads: text-like ones always, numbers and uuids only when a name points at them."""
    if tclass in (TEXT, OTHER, BINARY):
        return True
    return hint is not None and tclass in (NUMBER, UUID)


_HASHED_WORDS = frozenset({"hash", "hashed", "digest", "sha1", "sha256", "sha512", "md5", "hmac", "fingerprint"})


def says_hashed(column: str) -> bool:
    """`token_hash`, `api_key_sha256`: the name says the column keeps a digest, not the secret."""
    return bool(_HASHED_WORDS & set(tokens(column)))
