"""Per-column analysis of sampled values: the counts a ColumnSample keeps, never the values themselves.

Identical values are checked once; after FULL_ANALYSIS values a column whose verdict is already clear stops
(free text keeps being scanned until personal data turns up in it). Opaque values (bytea, hex, base64) are
pooled so the whole column's byte statistics tell ciphertext from text.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from auditor.analysis.classify import crypto, identifiers, keyed, person_names, scripts, shapes, special
from auditor.analysis.classify.mask import mask
from auditor.analysis.classify.national_numbers import named_id_kind
from auditor.analysis.classify.values import MASKED, embedded_pii, is_prose, plausible, strong_categories

@dataclass
class ColumnFacts:
    """What one column's sampled values showed; becomes a model.ColumnSample."""

    non_null: int = 0
    matches: Counter = field(default_factory=Counter)      # category -> values that proved it
    plausible: int = 0                                     # values fitting the hinted category
    encrypted: int = 0
    schemes: Counter = field(default_factory=Counter)      # hash scheme / "truncated" -> values
    prose: int = 0
    embedded: int = 0                                      # prose values with a personal datum inside
    unread: int = 0                                        # values in a script no rule reads (decide)
    examples: dict[str, list[str]] = field(default_factory=dict)

    blob_hit: bool = False
    tries: Counter = field(default_factory=Counter)

    def wants_example(self, category: str) -> bool:
        return self.tries[category] < 8 and len(self.examples.get(category, ())) < 3

    def example(self, category: str, masked: str) -> None:
        self.tries[category] += 1
        seen = self.examples.setdefault(category, [])
        if len(seen) < 3 and masked not in seen:
            seen.append(masked)

    def leading_examples(self, category: str | None) -> tuple[str, ...]:
        return tuple(self.examples.get(category or "", ()))


_STRUCTURAL_ONLY = frozenset({"secret_token", "credentials"})   # random values there are the secret, not ciphertext
_DIGEST_SIZES = frozenset({16, 20, 28, 32, 48, 64})
FULL_ANALYSIS = 64      # values per column analysed in full when the verdict is already clear by then


def _clear(facts: ColumnFacts, seen: int, min_ratio: float) -> bool:
    """After FULL_ANALYSIS values, is every ratio far enough from the threshold that more values would not flip it?"""
    ratios = [c / seen for c in facts.matches.values()] + [facts.plausible / seen, facts.encrypted / seen]
    return all(abs(r - min_ratio) >= 0.2 for r in ratios)


def analyse(values: Iterable[str | bytes | None], hint: str | None, min_ratio: float = 0.6) -> ColumnFacts:
    """Count what the values of one column prove; raw values are dropped when this returns.

    Identical values are checked once. After FULL_ANALYSIS values, analysis stops when the verdict is
    clear; free text keeps being scanned until personal data is found in it. `non_null` is the number
    of values examined, so every count divides by it.
    """
    groups = Counter(v for v in values if v is not None and v != "" and v != b"")
    facts = ColumnFacts()
    seen = 0
    pool, blob_values, blob_sizes = bytearray(), 0, set()
    credential = hint == "credentials"
    prose_only = False
    for value, count in groups.most_common():
        if prose_only:                     # counted as hits only: ratios stay over the fully analysed values
            v = value.strip() if isinstance(value, str) else ""
            if v and _may_hold_pii(v) and (found := _embedded(v)):
                facts.embedded += count
                facts.example(FREE_TEXT, found[1])
            continue
        seen += count
        if isinstance(value, bytes):
            if crypto.ciphertext_kind(value):
                facts.encrypted += count
                if credential:
                    facts.schemes["pgp-encrypted"] += count
                continue
            raw = crypto.blob_bytes(value)
            if raw is not None:
                if len(pool) < 8192:
                    pool += raw[:256]
                blob_values += count
                blob_sizes.add(len(raw))
                continue
            value = value.decode("utf-8", "replace")
        v = value.strip()
        if not v:
            seen -= count
            continue
        if credential:
            scheme = crypto.hash_scheme(v, named_credential=True)
            if scheme is None and (kind := crypto.ciphertext_kind(v)):
                scheme = "pgp-encrypted" if kind == "pgp" else "encrypted"
                facts.encrypted += count
            facts.schemes[scheme or "plaintext"] += count
            facts.plausible += count
            if scheme and scheme != "plaintext":
                facts.matches["credentials"] += count
        elif crypto.ciphertext_kind(v):
            facts.encrypted += count
        elif ("*" in v or "X" in v or "x" in v or "#" in v or "•" in v) and MASKED.search(v) \
                and (sum(ch.isdigit() for ch in v) <= 6 or identifiers.masked_card(v)):
            facts.schemes["truncated"] += count
            if identifiers.masked_card(v):
                facts.matches["payment_card"] += count     # `XXXXXXXXXXXX8295`: a card number, truncated
        else:
            _one(facts, v, count, hint, pool_add=lambda raw: (pool.extend(raw[:256]) if len(pool) < 8192 else None,  # noqa: B023 - called in this iteration
                                                                blob_sizes.add(len(raw))))
            if facts.blob_hit:
                blob_values += count
                facts.blob_hit = False
        if seen >= FULL_ANALYSIS and _clear(facts, seen, min_ratio):
            if (facts.prose * 2 >= seen or hint == FREE_TEXT) and not facts.embedded:
                prose_only = True      # keep looking for personal data in the rest of the free text
                continue
            break
    facts.non_null = seen
    if hint == "geo_location" and seen >= 5 and len(groups) * 3 <= sum(groups.values()):
        facts.matches[identifiers.REPEATED_POINTS] += seen    # round 15: a few points again and again (see decide)
    if facts.matches["person_name"] and len(groups) * 3 < seen:
        del facts.matches["person_name"]    # names vary: a column repeating a few (cities, `Hamilton`) holds no names
    if facts.unread and max(groups.values()) * 4 > sum(groups.values()):
        facts.unread = 0       # one word in a quarter of the rows or more: an enumeration's (a title, a status), not
        # people's names, which vary (a father's given name repeats, but none that often)
    if blob_values and crypto.looks_random(bytes(pool)):
        if len(blob_sizes) == 1 and next(iter(blob_sizes)) in _DIGEST_SIZES:
            facts.schemes["digest"] += blob_values       # fixed-length digests: hashed (or encrypted) values
        else:
            facts.encrypted += blob_values
    return facts


def _one(facts: ColumnFacts, v: str, count: int, hint: str | None, pool_add) -> None:
    """Analyse one distinct plaintext-looking value."""
    if v[0] == "R" and hint is None and identifiers.minutiae_template(v):
        facts.matches["biometric"] += count    # round 18: a finger minutiae record (ISO/IEC 19794-2), base64, not
        return                                 # a random token
    cats = strong_categories(v)
    if not cats and (cats := shapes.strong(v)) == ("secret_token",):
        facts.matches[identifiers.RANDOM_TOKENS] += count      # random-looking only: see decide.names_identifier
    if hint == "national_id" and "national_id" not in cats and named_id_kind(v):
        cats = ("national_id",)               # an NHS number is phone-shaped: the column's name decides
    elif not cats and special.is_clinical(v):
        facts.matches["health"] += count      # a clinical code or term: health data when the table is about a person
    elif not cats and (hint is None or hint in _REFUTABLE) and (
            person_names.known_name(v) or shapes.person_name(v)):
        facts.matches["person_name"] += count     # a common given name or surname (or `山田　太郎`): evidence of people
    elif not cats and hint is None and (category := special.special_value(v)):
        facts.matches[category] += count       # `Catholic`, `Militante`: evidence in a table of people
    elif not cats and hint is None and identifiers.street_name(v):
        facts.matches["postal_address"] += count     # `Gartenstraße`, `Rua Bahia`: a street line without its number
    elif not cats and hint is None and identifiers.hla_typing(v):
        facts.matches["genetic"] += count      # HLA alleles (`A*24:02`): a genotype, in a table about a person
    for cat in cats:
        facts.matches[cat] += count
        if cat == "email" and identifiers.role_mailbox(v):
            facts.matches[identifiers.ROLE_MAILBOX] += count
        if facts.wants_example(cat):
            facts.example(cat, mask(v, cat) if cat != "credentials" else crypto.hash_scheme(v, False) or "hash")
        if cat == "credentials":
            facts.schemes[crypto.hash_scheme(v, False) or "hash"] += count
    if not cats and hint is None and v[0] in _PHONE_OPENERS and plausible("phone", v):
        facts.matches[identifiers.PHONE_SHAPED] += count     # round 12: `912345678` beside `+56 9 1234 5678`: the same numbers
    if not cats and hint is None and v[0] == "{" and (category := keyed.keyed_category(v)):
        facts.matches[keyed.PREFIX + category] += count     # round 15: `{"data_nascimento": "1960-06-18"}`
    if not cats and hint is None and (identifiers.organisation_name(v) or shapes.japanese_company(v)):
        facts.matches[identifiers.ORG_NAME] += count     # `Spedition Roth AG`: the row is an organisation
    if hint is not None and (plausible(hint, v) or hint == "person_name" and shapes.person_name(v)):
        facts.plausible += count
        if hint not in cats and hint in _NAME_ONLY_EXAMPLES and facts.wants_example(hint):
            facts.example(hint, mask(v, hint))
    elif hint is not None and not cats and scripts.caseless_text(v):
        facts.unread += count     # people's names in Arabic or Hebrew letters, Devanagari: what no value rule reads
    if hint == "secret_token" and not cats and (digest := crypto.hash_scheme(v, named_credential=True)):
        facts.schemes[digest] += count     # a digest of a token, or a random hex token: the column name decides
    if not cats and hint not in _STRUCTURAL_ONLY and len(v) >= 24 and " " not in v:
        raw = crypto.blob_bytes(v)
        if raw is not None:
            pool_add(raw)
            facts.blob_hit = True
            return
    prose = is_prose(v) or shapes.contact_document(v)     # a vCard or iCalendar object: read like prose
    if prose:
        facts.prose += count
    if (prose or (hint == FREE_TEXT and _may_hold_pii(v))) and (found := _embedded(v)):
        facts.embedded += count
        facts.example(FREE_TEXT, found[1])


def _embedded(v: str) -> tuple[str, str] | None:
    """values.embedded_pii, and (round 12) a Korean or Japanese mobile number written as those countries do."""
    found = embedded_pii(v)
    if found is None and (masked := shapes.embedded_mobile(v)):
        return "phone", masked
    return found


def _may_hold_pii(v: str) -> bool:
    """Worth an embedded-PII scan: prose, or a short note with an @ or a run of digits (`tel 612345678`)."""
    return is_prose(v) or "@" in v or sum(ch.isdigit() for ch in v) >= 7


FREE_TEXT = "free_text_may_contain_pii"
_PHONE_OPENERS = frozenset("0123456789+(")
# Round 10: hints a person's name refutes and may replace (a card's `CREDIT_CARD_HOLDER`: `GIULIA ROSSI`)
# and (round 12) health: a clinical table's `medico_nombre` holding doctors' names is no one's condition
_REFUTABLE = frozenset({"payment_card", "iban", "bank_account", "national_id", "phone", "health"})
_NAME_ONLY_EXAMPLES = frozenset({"person_name", "postal_address", "birth_date", "health"})
