"""Application password storage (area passwords): how the application's own user passwords are kept.

The scheme is read from each sampled value's format (auditor/analysis/classify/crypto.py): plaintext, unsalted fast
digests (md5/sha1/sha2 hex or base64), salted-but-fast ones (md5-crypt, phpass, {SSHA}, DES crypt), reversible
encryption, and the strong ones (bcrypt, argon2, scrypt, yescrypt, pbkdf2, sha256/512-crypt). Only scheme
names and counts reach the findings.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.classify import crypto
from auditor.analysis.context import Context
from auditor.model.results import Outcome, Severity
from auditor.analysis.sensitivity import reported_columns, sample_gap

_SEVERITY = {crypto.PLAINTEXT: Severity.CRITICAL, crypto.FAST_UNSALTED: Severity.HIGH,
             crypto.FAST_SALTED: Severity.MEDIUM, crypto.LOW_WORK: Severity.MEDIUM, crypto.REVERSIBLE: Severity.MEDIUM}
_WHY = {crypto.PLAINTEXT: "passwords are readable as they are",
        crypto.FAST_UNSALTED: "unsalted fast digests fall to rainbow tables and GPU cracking at billions per second",
        crypto.FAST_SALTED: "the scheme is salted but fast (or broken): offline cracking stays cheap",
        crypto.LOW_WORK: "the algorithm is sound but its work factor is too low",
        crypto.REVERSIBLE: "passwords are encrypted, not hashed: whoever holds the key reads all of them"}
_ORDER = (crypto.PLAINTEXT, crypto.FAST_UNSALTED, crypto.REVERSIBLE, crypto.FAST_SALTED, crypto.LOW_WORK)
_FIX = ("-- rehash at next login: verify against the old scheme, store argon2id (or bcrypt cost >= 12), and\n"
        "-- force a reset for accounts that do not log in; never derive the new hash from the old digest alone")


def app_password_storage(ctx: Context) -> Iterator[Outcome]:
    """Weak application password storage found by the format of sampled values."""
    for c in reported_columns(ctx):
        if c.category != "credentials":
            continue
        obj = c.object
        schemes = {s: n for s, n in c.schemes if s not in ("truncated", "digest")}
        if not schemes:
            rel = ctx.relation(c.database, c.schema, c.table)
            gap = sample_gap(ctx, rel) if rel is not None else None
            if gap:
                yield Outcome.not_assessable(obj, gap.missing, f"values of {c.schema}.{c.table}.{c.column} could not "
                                             f"be sampled ({gap.detail}): the password scheme is unknown")
            elif ctx.snap.samples is None:
                yield Outcome.not_assessable(obj, "value sampling (run without --no-sample)",
                                             f"{c.schema}.{c.table}.{c.column} looks like a password column; only "
                                             "its values show the scheme")
            elif any(s.startswith("name-only:rls-filtered") for s in c.signals):
                yield Outcome.not_assessable(obj, "BYPASSRLS (row-level security hid every row from the auditing role)",
                                             f"row-level security hid the rows of {c.schema}.{c.table} from the sample")
            else:
                yield Outcome.not_applicable(obj, f"{c.schema}.{c.table}.{c.column} had no values to examine")
            continue
        verdicts = {s: crypto.verdict(s) for s in schemes}
        weak = [v for v in _ORDER if v in verdicts.values()]
        total = sum(schemes.values())
        if not weak:
            yield Outcome.ok(obj, schemes=schemes)
            continue
        worst = weak[0]
        weak_n = sum(n for s, n in schemes.items() if verdicts[s] in weak)
        names = ", ".join(sorted(s for s in schemes if verdicts[s] in weak))
        yield Outcome.fail(
            obj, f"{c.schema}.{c.table}.{c.column} stores application passwords as {names} "
                 f"({weak_n} of {total} sampled values): {_WHY[worst]}",
            severity=_SEVERITY[worst], fix=_FIX, schemes=schemes, weakest=worst, weak_values=weak_n,
            sampled_values=total, confidence=c.confidence, signals=list(c.signals))
