"""Small text helpers every renderer shares: labels, times, evidence formatting, XML-safe strings."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from auditor.model.results import Severity

SEVERITIES = tuple(s.value for s in Severity)
SEVERITY_RANK = {s.value: s.rank for s in Severity}
SEVERITY_LABEL = {"critical": "Critical", "high": "High", "medium": "Medium", "low": "Low", "info": "Info"}
STATUS_LABEL = {"fail": "Fail", "pass": "Pass", "not_assessable": "Not assessable", "error": "Error",
                "waived": "Waived", "not_applicable": "Not applicable", "not_run": "Not run", "manual": "Manual review"}
FRAMEWORK_LABEL = {"cis": "CIS", "gdpr": "GDPR", "pci_dss": "PCI DSS", "soc2": "SOC 2"}
EVIDENCE_MAX = 400                   # characters of one evidence value shown in HTML/PDF/Markdown

# XML 1.0 forbids C0 controls other than tab/newline/CR, lone surrogates and U+FFFE/U+FFFF. PostgreSQL names
# may contain any of the controls; they become U+FFFD so every format stays well-formed.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Bidirectional overrides and isolates would let a name reorder the text around it (a "Trojan Source" spoof):
# they are shown as their code point instead.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def xml_safe(text: Any) -> str:
    """Text every document format can carry and a reader cannot be fooled by: XML-invalid characters become
    U+FFFD, bidi controls become a visible [U+202E]."""
    s = _XML_INVALID.sub("\ufffd", str(text))
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", s)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")     # inside table cells and running text (# too: "- # x" is a heading); < > & become entities


def origin_label(f: dict[str, Any]) -> str:
    """Where a schema audit's finding comes from: 'migrations/V2__grants.sql:3', or '' when it is not traced."""
    o = f.get("origin")
    return f"{o['file']}:{o['line']}" if o else ""


def md_escape(text: Any, none: str = "-") -> str:
    """The one Markdown escaper (report.md, diff and fleet summaries): GitHub-flavoured Markdown also takes raw
    HTML, so & < > become entities; Markdown's specials are backslash-escaped; newlines become spaces. An object
    name can then neither break a table nor become a link, an image or HTML in a pull-request comment."""
    if text is None:
        return none
    s = xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return " ".join(s.split())


def fmt_time(iso: str | None) -> str:
    """'2026-11-25T14:03:12+00:00' -> '2026-11-25 14:03:12 UTC' (other offsets are kept as they are)."""
    if not iso:
        return "-"
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.utcoffset() == dt.timedelta(0):
        return t.strftime("%Y-%m-%d %H:%M:%S UTC")
    return t.isoformat(sep=" ")


def utc_z(iso: str | None) -> str | None:
    """ISO time in UTC with a Z, as SARIF wants."""
    if not iso:
        return None
    t = dt.datetime.fromisoformat(iso)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_value(value: Any, limit: int | None = EVIDENCE_MAX) -> str:
    """One evidence value as short text: lists joined, booleans as yes/no, dicts as "key: value; key: value"."""
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif value is None:
        text = "-"
    elif isinstance(value, (list, tuple)):
        text = ", ".join(fmt_value(v, None) for v in value) if value else "(none)"
    elif isinstance(value, dict):      # "no_fs: AES256-SHA; rc4: RC4-MD5", not raw JSON
        text = "; ".join(f"{k}: {fmt_value(v, None)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))) \
            if value else "(none)"
    else:
        text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def deviation_text(f: dict[str, Any]) -> str:
    """A setting finding's "log_connections: off, expected on" (Nessus's policy vs actual value), or ""."""
    return deviation_line(f.get("deviation"))


def deviation_line(d: dict[str, Any] | None) -> str:
    """A deviation as "setting: actual, expected value", or "" without one."""
    return f"{d['setting']}: {d['actual']}, expected {d['expected']}" if d else ""


def evidence_items(evidence: dict[str, Any] | None, limit: int | None = EVIDENCE_MAX) -> list[tuple[str, str]]:
    return [(str(k), fmt_value(v, limit)) for k, v in sorted((evidence or {}).items())]


def unwrap(text: str) -> str:
    """Prose hard-wrapped in a TOML file, as paragraphs of one line each: the page wraps it once, to its own width
    (wrapped again inside a narrower column, it would leave a short line at every source line end)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paragraphs)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def join_words(items: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


CATEGORY_LABEL = {
    "email": "Email", "phone": "Phone", "person_name": "Person name", "postal_address": "Postal address",
    "birth_date": "Birth date", "national_id": "National ID", "payment_card": "Payment card", "iban": "IBAN",
    "bank_account": "Bank account", "ip_address": "IP address", "geo_location": "Geolocation",
    "credentials": "Credentials", "secret_token": "Secret token", "health": "Health data",
    "free_text_may_contain_pii": "Free text (may hold personal data)", "genetic": "Genetic data",
    "biometric": "Biometric data", "ethnic_origin": "Racial or ethnic origin", "political_opinion": "Political opinion",
    "religious_belief": "Religious belief", "trade_union": "Trade-union membership",
    "sex_life": "Sex life or orientation", "criminal_record": "Criminal record",
}


CATEGORY_ORDER = {c: i for i, c in enumerate(CATEGORY_LABEL)}


def category_order(category: Any) -> tuple[int, str]:
    """Sort key: the classifier's category order, categories this version does not know after them by name.
    Renderers never rely on dict order: report.json sorts keys, and a re-render must give the same bytes."""
    return (CATEGORY_ORDER.get(category, len(CATEGORY_ORDER)), str(category))


def category_label(category: Any) -> str:
    """'person_name' -> 'Person name'; categories this version does not know are humanised the same way."""
    text = fmt_value(category, 80)
    return CATEGORY_LABEL.get(text) or text.replace("_", " ").capitalize()


def fmt_int(value: Any) -> str:
    """1234567 -> '1,234,567'; None -> '-'; anything else as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return fmt_value(value, 40)


def fmt_share(value: Any) -> str | None:
    """0.97 -> '97%' (a 0..1 ratio); None or not a number -> None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{round(value * 100)}%"
    return None


def score_range(score: dict[str, Any]) -> str:
    """'24-61 (3 checks not assessed; graded on the low end)' when unknown checks make the score a range, else ''.
    The graded score is the low end: every unassessed check counted as a critical failure (docs/scoring.md)."""
    rng = score.get("range") or {}
    n = rng.get("unknown_checks", 0)
    if not n or rng.get("low") is None:
        return ""
    return (f"{rng['low']}\u2013{rng['high']} ({n} check{'s' if n != 1 else ''} not assessed: {rng['low']} if "
            f"{'they all fail' if n != 1 else 'it fails'}, {rng['high']} if {'they all pass' if n != 1 else 'it passes'}; "
            "graded on the low end)")
