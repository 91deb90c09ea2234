"""Masked examples for reports: enough shape to recognise the category, never enough to identify anyone.

Invariant (tests/test_classifier.py checks it with hypothesis): a masked value keeps at most
MAX_REVEALED letters or digits of the original, and never more than a third of them, so no value
can be rebuilt from its mask. Short values are masked completely.
"""
from __future__ import annotations

import re

MAX_REVEALED = 5
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def _budget(value: str) -> int:
    return min(MAX_REVEALED, len(_ALNUM.findall(value)) // 3)


def _star(text: str) -> str:
    return _ALNUM.sub("*", text)


def _keep_last(value: str, n: int) -> str:
    """Every letter/digit starred except the last n, separators kept (`************1111`)."""
    out, kept = [], 0
    for ch in reversed(value):
        if _ALNUM.match(ch) and kept < n:
            out.append(ch)
            kept += 1
        else:
            out.append("*" if _ALNUM.match(ch) else ch)
    return "".join(reversed(out))


def _email(value: str, budget: int) -> str:
    local, _, domain = value.rpartition("@")
    host, _, tld = domain.rpartition(".")
    if not local or not host or len(tld) + 2 > budget or not tld.isalpha():
        return "***@***"
    return f"{local[0]}***@{host[0]}***.{tld}" if _ALNUM.match(local[0]) and _ALNUM.match(host[0]) else f"***@***.{tld}"


def _digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def mask(value: str, category: str) -> str:
    """A masked rendering of one value of `category` (`j***@e***.com`, `************1111`, `ES******...234`)."""
    value = value.strip()[:64]
    budget = _budget(value)
    if budget <= 0:
        return "*" * min(max(len(value), 3), 8)
    if category == "email" and "@" in value:
        return _email(value, budget)
    if category == "payment_card":
        return "*" * (len(_digits_only(value)) - min(4, budget)) + _digits_only(value)[-min(4, budget):]
    if category == "iban" and budget >= 2:
        compact = value.replace(" ", "")
        keep = budget - 2
        return _star(compact[:2]) if not _ALNUM.match(compact[0]) or not _ALNUM.match(compact[1]) else \
            compact[:2] + _star(compact[2:len(compact) - keep]) + (compact[len(compact) - keep:] if keep else "")
    if category in ("phone", "national_id", "bank_account"):
        return _keep_last(value, min(2, budget))
    if category == "ip_address":
        return re.sub(r"[^\W_]+", "*", value.split("/")[0])
    if category in ("person_name", "postal_address", "free_text_may_contain_pii", "health"):
        words = value.split()
        return " ".join(w[0] + "***" if i < budget and _ALNUM.match(w[0]) else "***" for i, w in enumerate(words[:4]))
    if category in ("secret_token", "credentials"):
        return _star(value[:8])[:8] + "***"
    return _keep_last(value[:16], min(2, budget))
