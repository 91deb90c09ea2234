"""Combining the signals into one verdict per column: category, confidence, protection, evidence.

Values outrank names both ways: a name alone never convicts a column whose sampled values say otherwise
(`email_sent` flags, `phone` holding "landline"/"mobile"), and values alone convict a neutrally named
column (`contact` full of e-mail addresses) when enough of them validate. Without values a verdict rests
on the name and is marked so (`basis = "name"`, lower confidence, protection unknown).
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor.model.snapshot import ColumnSample
from auditor.analysis.classify import crypto, names, words30
from auditor.analysis.classify.identifiers import PHONE_SHAPED, RANDOM_TOKENS, REPEATED_POINTS
from auditor.analysis.classify.values import VALUE_PROVABLE

FREE_TEXT = "free_text_may_contain_pii"
# When several categories validate equally, the more specific wins.
_PRIORITY = ("payment_card", "iban", "national_id", "bank_account", "credentials", "secret_token", "email", "phone",
             "ip_address", "geo_location", "postal_address")
_PROTECTED = ("encrypted", "hashed", "truncated")
_WEAK_HASHES = frozenset({crypto.FAST_UNSALTED, crypto.FAST_SALTED, crypto.LOW_WORK})


@dataclass(frozen=True, slots=True)
class Verdict:
    category: str
    confidence: float
    signals: tuple[str, ...]
    protection: str                       # plaintext | encrypted | hashed | weak_hash | truncated | partial | unknown
    basis: str                            # values | name+values | name | name+type
    match_ratio: float | None = None
    examples: tuple[str, ...] = ()
    schemes: tuple[tuple[str, int], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "confidence", round(self.confidence, 2))
        if self.match_ratio is not None:
            object.__setattr__(self, "match_ratio", round(self.match_ratio, 3))


_NOT_HASHED = ("truncated", "plaintext", "pgp-encrypted")


def protection_of(sample: ColumnSample, n: int, digests: bool = True) -> tuple[str, float]:
    """How the values are kept, and the share of them that is protected.

    `digests=False` ignores bare hex/base64 digest shapes: a random hex API token looks like a SHA-1 digest,
    so only a column named as hashed (`token_hash`) counts them as protection.
    """
    schemes = dict(sample.hash_schemes)
    hashed = sum(c for s, c in schemes.items() if s not in _NOT_HASHED and (digests or not s.endswith(("-hex", "-base64"))))
    parts = {"encrypted": sample.encrypted, "truncated": schemes.get("truncated", 0), "hashed": hashed}
    protected = sum(parts.values())
    ratio = protected / n if n else 0.0
    if ratio >= 0.95:
        return max(parts, key=lambda k: parts[k]), ratio
    return ("partial" if ratio >= 0.05 else "plaintext"), ratio


def _credential_protection(sample: ColumnSample) -> str:
    schemes = dict(sample.hash_schemes)
    if schemes.get("plaintext"):
        return "plaintext" if len(schemes) == 1 else "partial"
    if sample.encrypted and sample.encrypted >= sum(schemes.values()):
        return "encrypted"
    if any(crypto.verdict(s) in _WEAK_HASHES for s in schemes):
        return "weak_hash"     # unsalted md5 is no protection: the inventory must not call it "Hashed" (PWD-020)
    return "hashed"


def _best(sample: ColumnSample, n: int) -> tuple[str | None, float]:
    if not sample.matches:
        return None, 0.0
    cat, count = max(((c, k) for c, k in sample.matches if ":" not in c), default=(None, 0), key=lambda m: (m[1], -_PRIORITY.index(m[0]) if m[0] in _PRIORITY else -99))
    return cat, count / n


def _name_only(hint: names.NameHint, tclass: str, reason: str) -> Verdict:
    typed = tclass in (names.DATE, names.INET, names.GEO, names.NUMBER, names.BOOL)
    conf = {names.STRONG: 0.6, names.WEAK: 0.45}.get(hint.strength, 0.45)
    if typed:   # a date, inet or point column cannot hold ciphertext: its type tells the protection
        return Verdict(hint.category, conf + 0.2, (hint.signal, f"type:{tclass}"),
                       "plaintext" if tclass != names.NUMBER else "unknown", "name+type")
    return Verdict(hint.category, conf, (hint.signal, f"name-only:{reason}"), "unknown", "name")


def decide(hint: names.NameHint | None, tclass: str, sample: ColumnSample | None, reason: str,
           min_ratio: float = 0.6, column: str = "") -> Verdict | None:
    """The verdict for one column; `reason` says why there are no values when `sample` has none."""
    n = sample.non_null if sample else 0
    if n == 0 or tclass in (names.DATE, names.INET, names.GEO, names.BOOL) or (
            tclass == names.NUMBER and hint is not None and hint.category == "birth_date"):   # `year_of_birth`
        if hint is None:
            return None
        if sample is not None and sample.rows and not n and tclass not in (names.DATE, names.INET, names.GEO):
            reason = "all sampled values null"
        return _name_only(hint, tclass, reason)
    rows_note = f"sampled:{n}/{sample.rows}"
    best, best_ratio = _best(sample, n)
    examples = sample.examples
    schemes = sample.hash_schemes
    cat = hint.category if hint else None
    if cat == "credentials" or (cat in (None, "secret_token") and best == "credentials" and best_ratio >= min_ratio):
        protection = _credential_protection(sample)
        sig = (hint.signal,) if cat == "credentials" else (f"values:credentials={best_ratio:.2f}",)
        return Verdict("credentials", 0.95 if hint and sample.matches else 0.8 if hint else 0.85,
                       sig + (rows_note, "schemes:" + ",".join(s for s, _ in schemes)), protection,
                       "name+values" if hint else "values", best_ratio if best == "credentials" else None,
                       (), schemes)
    digests = cat != "secret_token" or names.says_hashed(column)
    protection, protected_ratio = protection_of(sample, n, digests)
    if hint is not None:
        if cat == "geo_location" and tclass == names.NUMBER and dict(sample.matches).get(REPEATED_POINTS):
            return None      # round 15: a person's whereabouts vary; a latitude or longitude repeating a few values is
            # a venue's or a map's default
        strong = hint.strength == names.STRONG
        hinted_ratio = dict(sample.matches).get(cat, 0) / n
        plausible_ratio = sample.plausible / n if sample.hinted == cat else 0.0
        if protected_ratio >= min_ratio:
            return Verdict(cat, 0.85 if strong else 0.7, (hint.signal, f"values:{protection}={protected_ratio:.2f}",
                           rows_note), protection, "name+values", protected_ratio, examples, schemes)
        if hinted_ratio >= min_ratio:
            return Verdict(cat, 0.97 if strong else 0.92, (hint.signal, f"values:{cat}={hinted_ratio:.2f}", rows_note),
                           protection, "name+values", hinted_ratio, examples, schemes)
        if best is not None and best_ratio >= min_ratio and best in VALUE_PROVABLE:
            return Verdict(best, 0.85, (f"values:{best}={best_ratio:.2f}", f"{hint.signal} overruled by values",
                                        rows_note), protection, "values", best_ratio, examples, schemes)
        if cat == FREE_TEXT:
            prose = sample.prose / n
            if strong or prose >= 0.3:
                conf = 0.85 if sample.embedded else 0.7
                return Verdict(cat, conf, (hint.signal, f"values:prose={prose:.2f}", f"values:embedded_pii={sample.embedded}",
                                           rows_note), protection, "name+values", None, examples, schemes)
            return None
        if plausible_ratio + protected_ratio >= min_ratio and (cat not in ("national_id", "payment_card", "iban")
                                                               or plausible_ratio >= min_ratio):
            signals = (hint.signal, f"values:plausible={plausible_ratio:.2f}", rows_note)
            if cat == "secret_token" and not digests:
                shaped = sum(c for s, c in schemes if s.endswith("-hex")) / n
                if shaped >= min_ratio:   # 64 hex digits: a raw random token, or its SHA-256 (Devise, Django)
                    signals += (f"values:digest-shaped={shaped:.2f}",)
            return Verdict(cat, 0.75 if strong else 0.6, signals, protection, "name+values", plausible_ratio,
                           examples, schemes)
        if strong and cat not in VALUE_PROVABLE and sample.hinted == cat and sample.unread and (
                plausible_ratio + sample.unread / n >= min_ratio):
            return _name_only(hint, tclass, "values in a script the value rules cannot read")   # no evidence either way
        # the name said so; the values say otherwise (round 11: unless they are prose holding personal data, a
        # `carddata` column of vCards)
        return _prose(sample, n, rows_note, protection) if cat in VALUE_PROVABLE else None
    if protected_ratio >= min_ratio and protection == "encrypted" and _wrapped_key(column):
        return Verdict("secret_token", 0.7, (f"values:encrypted={protected_ratio:.2f}", "name:key", rows_note),
                       protection, "values", protected_ratio, examples, schemes)
    if best == "email" and "".join(names.tokens(column)).endswith("icaluid"):
        return None      # round 24: an iCalendar UID (RFC 5545, Google Calendar's and Cal.com's `iCalUID`) is written
        # `<unique>@<host>` and names no mailbox
    if best == "email" and not words30.XMPP.isdisjoint(names.tokens(column)):
        return None      # round 30: an XMPP address (RFC 7622's JID, `user@host`) names a chat account, not a mailbox
    if best is not None and best_ratio >= min_ratio and best in VALUE_PROVABLE and not (
            best == "secret_token" and _random_only(sample) and names_identifier(column)):
        return Verdict(best, 0.85 if best_ratio >= 0.9 else 0.75, (f"values:{best}={best_ratio:.2f}", rows_note),
                       protection, "values", best_ratio, examples, schemes)
    if best == "phone" and best_ratio >= _MIXED_FLOOR and (
            phones := best_ratio + dict(sample.matches).get(PHONE_SHAPED, 0) / n) >= min_ratio:
        # round 12: numbers typed in several formats, the international ones proving the rest (`+56 9 ...`, `9...`)
        return Verdict(best, 0.6, (f"values:{best}={best_ratio:.2f}", f"values:phone_shaped_rest={phones:.2f}",
                                   rows_note), protection, "values", best_ratio, examples, schemes)
    if best in VALUE_PROVABLE and best_ratio >= _MIXED_FLOOR and (mixed := _personal(sample) / n) >= min_ratio:
        return Verdict(best, 0.6, (f"values:{best}={best_ratio:.2f}", f"values:mixed_personal={mixed:.2f}", rows_note),
                       protection, "values", best_ratio, examples, schemes)
    return _prose(sample, n, rows_note, protection)


# A random-looking value proves a secret only where the name does not call the column an identifier: KSUIDs,
# short UUIDs and other base62 ids (`id`, `public_id`, `sku`, `order_number`) are random letters and digits too,
# and a key the application shows or joins on. A secret word in the name (`sessions_id`) keeps it a secret.
_IDENTIFIER_WORDS = frozenset({"id", "ids", "uid", "uuid", "guid", "ksuid", "ulid", "sku", "slug", "ref", "reference",
                               "number"})
_SECRET_WORDS = frozenset({"session", "sessions", "token", "key", "secret", "nonce", "cookie", "auth", "hash", "otp",
                           "password", "pass", "salt", "signature", "csrf", "api"})


def _wrapped_key(column: str) -> bool:
    """Round 24: a key kept encrypted is a wrapped key (Bitwarden's `akey`), the secret that opens the data; a public
    key looks as random and is no secret."""
    words = names.tokens(column)
    return words[-1:] in (("key",), ("akey",)) and "public" not in words


def _random_only(sample: ColumnSample) -> bool:
    """Most of the secrets its values proved, proved only by looking random (not a format: a JWT, a Stripe key)."""
    matches = dict(sample.matches)
    return matches.get(RANDOM_TOKENS, 0) * 2 > matches.get("secret_token", 0)


def names_identifier(column: str) -> bool:
    words = names.tokens(column)
    return bool(words) and words[-1] in _IDENTIFIER_WORDS and _SECRET_WORDS.isdisjoint(words)


def _prose(sample: ColumnSample, n: int, rows_note: str, protection: str) -> Verdict | None:
    """Free text, when half the values or more are prose and some hold personal data, or (round 12) when a fifth
    or more hold personal data and a third or more are prose (a notes column of short entries, `특이사항 없음`)."""
    if sample.embedded and (sample.prose / n >= 0.5 or sample.embedded / n >= 0.2 and sample.prose / n >= 0.3):
        return Verdict(FREE_TEXT, 0.6, (f"values:prose={sample.prose / n:.2f}", f"values:embedded_pii={sample.embedded}",
                                        rows_note), protection, "values", min(1.0, sample.embedded / n), sample.examples,
                       sample.hash_schemes)
    return None


# Round 11: a key-value store's `value` column (a profile's fields, a vCard's properties) holds personal data of
# several kinds, none of them in most rows: e-mail addresses, people's names, phones together in most of its values,
# with the commonest kind in at least _MIXED_FLOOR of them, make it personal data of that kind.
_MIXED_FLOOR = 0.3
_PERSONAL = frozenset({"email", "phone", "person_name", "postal_address", "national_id", "payment_card", "iban",
                       "bank_account"})


def _personal(sample: ColumnSample) -> int:
    return sum(count for cat, count in sample.matches if cat in _PERSONAL)


# Round 13: in a key-value table (attribute_store.py) a personal category in a tenth of the values, at least
# _ATTRIBUTE_MIN of them, is enough: the rows of one key hold it. When a second category comes close (e-mails and
# phones of a contact-mechanism table), the sample cannot tell which the column is: round 11's mixed rule decides.
_ATTRIBUTE_FLOOR = 0.1
_ATTRIBUTE_MIN = 5


def attribute_values(sample: ColumnSample) -> Verdict | None:
    """The verdict on a key-value table's value column: its commonest personal category, if common enough."""
    n = sample.non_null
    found = sorted(((c, k) for k, c in sample.matches if k in _PERSONAL), reverse=True) + [(0, ""), (0, "")]
    (count, cat), (second, _) = found[0], found[1]
    if not n or count < _ATTRIBUTE_MIN or count < _ATTRIBUTE_FLOOR * n or count < 2 * second:
        return None
    protection, _ = protection_of(sample, n)
    return Verdict(cat, 0.55, (f"values:{cat}={count / n:.2f}", "structure:attribute_store", f"sampled:{n}/{sample.rows}"),
                   protection, "values", count / n, sample.examples, sample.hash_schemes)
