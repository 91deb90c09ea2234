"""Document control for the HTML and PDF: which audit, which report.json, which tool and checks, who signs.

An auditor files the PDF next to report.json; the SHA-256 printed here is that of report.json exactly as
`auditor.render.json` writes it, so `sha256sum report.json` shows whether the two belong together."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from auditor.analysis.classify.mask import MAX_REVEALED
from auditor.render.json import dumps

MASKING = f"at most {MAX_REVEALED} letters or digits of a value, never more than a third of it"


@dataclass(frozen=True)
class DocControl:
    audit_id: str
    report_sha256: str
    tool_version: str
    catalogue: str                    # "97 checks, catalogue 1a2b3c4d5e6f" or why it is not known
    masking: str = MASKING            # what of a sampled value a masked example shows (the footer says so)
    bundle: dict[str, str] | None = None   # the signed evidence bundle written with this report, if any


def audit_id(report: dict[str, Any]) -> str:
    """PGC-<start, UTC digits>-<8 hex of start, target and databases>: stable for one audit, distinct between
    two audits of one cluster and two clusters audited in the same second."""
    started = str(report.get("started_at") or "")
    t = report.get("target") or {}
    seed = "\n".join([started, str(t.get("dsn") or ""), str(t.get("host") or ""), str(t.get("port") or ""),
                      ",".join(t.get("databases") or [])])
    stamp = "".join(ch for ch in started[:19] if ch.isdigit()) or "undated"
    return f"PGC-{stamp}-{hashlib.sha256(seed.encode('utf-8')).hexdigest()[:8]}"


def report_sha256(report: dict[str, Any]) -> str:
    """The SHA-256 of report.json as written for this report (the same bytes `pgcomply render` would write)."""
    return hashlib.sha256(dumps(report).encode("utf-8")).hexdigest()


def _catalogue(tool: dict[str, Any]) -> str:
    cat = tool.get("catalogue")
    if not cat:
        return "not recorded (report.json written before pgcomply recorded its check catalogue)"
    return f"{cat['checks']} checks, catalogue {cat['digest']}"


def document_control(report: dict[str, Any]) -> DocControl:
    tool = report.get("tool") or {}
    return DocControl(audit_id=audit_id(report), report_sha256=report_sha256(report),
                      tool_version=str(tool.get("version", "?")), catalogue=_catalogue(tool),
                      bundle=_bundle(report.get("evidence_bundle")))


def _bundle(record: Any) -> dict[str, str] | None:
    if not isinstance(record, dict) or not record.get("directory"):
        return None
    return {k: str(record.get(k) or "") for k in ("directory", "public_key_fingerprint", "algorithm", "verify")}
