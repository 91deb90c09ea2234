"""GitHub code scanning's documented SARIF ingestion rules ("SARIF support for code scanning" and "SARIF results
exceed limits"), with GitLab's stricter ones where they differ, as a checker the tests run on every SARIF we write.

Returns a list of problems (empty = acceptable), so a failing test shows all of them at once.
"""
from __future__ import annotations

import re
from typing import Any

LEVELS = {"error", "warning", "note", "none"}
RULE_LEVELS = {"error", "warning", "note"}            # defaultConfiguration.level: GitHub lists only these three
PRECISIONS = {"very-high", "high", "medium", "low"}
MAX_RUNS, MAX_RESULTS, MAX_RULES, MAX_LOCATIONS, MAX_TAGS = 20, 25_000, 25_000, 1_000, 20
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
LINE_HASH = re.compile(r"^[0-9a-f]{16}:\d+$")


def _text(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _nonempty(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def uri_problems(uri: Any) -> list[str]:
    """A location's uri: present, relative, no scheme, no absolute or escaping path, no raw unsafe characters."""
    if not _nonempty(uri):
        return ["uri missing or empty"]
    out = []
    if uri.startswith("/") or uri.startswith("\\"):
        out.append(f"uri {uri!r} is absolute")
    if "://" in uri or SCHEME.match(uri):
        out.append(f"uri {uri!r} has a scheme")
    segments = uri.split("/")
    if any(s in ("", ".", "..") for s in segments):
        out.append(f"uri {uri!r} has an empty, '.' or '..' segment")
    if re.search(r"[^A-Za-z0-9\-._~%/]", uri):
        out.append(f"uri {uri!r} has characters that are not percent-encoded")
    if re.search(r"%(?![0-9A-Fa-f]{2})", uri):
        out.append(f"uri {uri!r} has a broken percent escape")
    return out


def github_problems(doc: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if doc.get("version") != "2.1.0":
        out.append("version is not 2.1.0")
    if not _nonempty(doc.get("$schema")):
        out.append("$schema missing")
    runs = doc.get("runs")
    if not isinstance(runs, list) or not runs:
        return out + ["runs missing or empty"]
    if len(runs) > MAX_RUNS:
        out.append(f"{len(runs)} runs > {MAX_RUNS}")
    for r, run in enumerate(runs):
        driver = _text(run, "tool", "driver") or {}
        if not _nonempty(driver.get("name")):
            out.append(f"run {r}: tool.driver.name missing")
        rules = driver.get("rules") or []
        ids = [rule.get("id") for rule in rules]
        if len(ids) != len(set(ids)):
            out.append(f"run {r}: rule ids are not unique")
        if len(rules) > MAX_RULES:
            out.append(f"run {r}: {len(rules)} rules > {MAX_RULES}")
        for rule in rules:
            rid = rule.get("id")
            if not _nonempty(rid):
                out.append(f"run {r}: a rule has no id")
            for key in ("shortDescription", "fullDescription", "help"):
                text = _text(rule, key, "text")
                if not _nonempty(text):
                    out.append(f"rule {rid}: {key}.text missing or empty")
                elif key != "help" and len(text) > 1024:
                    out.append(f"rule {rid}: {key}.text longer than 1024 characters")
            if not _nonempty(_text(rule, "help", "markdown")):
                out.append(f"rule {rid}: help.markdown missing")
            if len(rule.get("name") or "") > 255:
                out.append(f"rule {rid}: name longer than 255 characters")
            level = _text(rule, "defaultConfiguration", "level")
            if level is not None and level not in RULE_LEVELS:
                out.append(f"rule {rid}: defaultConfiguration.level {level!r}")
            props = rule.get("properties") or {}
            tags = props.get("tags") or []
            if len(tags) > MAX_TAGS or not all(isinstance(t, str) for t in tags):
                out.append(f"rule {rid}: tags must be at most {MAX_TAGS} strings")
            if "precision" in props and props["precision"] not in PRECISIONS:
                out.append(f"rule {rid}: precision {props['precision']!r}")
            if "security-severity" in props:
                sev = props["security-severity"]
                try:
                    ok = isinstance(sev, str) and 0.0 <= float(sev) <= 10.0
                except ValueError:
                    ok = False
                if not ok:
                    out.append(f"rule {rid}: security-severity {sev!r} is not a string from 0.0 to 10.0")
        results = run.get("results")
        if not isinstance(results, list):
            out.append(f"run {r}: results missing")
            continue
        if len(results) > MAX_RESULTS:
            out.append(f"run {r}: {len(results)} results > {MAX_RESULTS}")
        known = set(ids)
        for i, res in enumerate(results):
            where = f"run {r} result {i} ({res.get('ruleId')})"
            if not _nonempty(res.get("ruleId")):                   # GitLab drops results without a ruleId
                out.append(f"{where}: ruleId missing")
            elif res["ruleId"] not in known:
                out.append(f"{where}: ruleId names no rule")
            if "ruleIndex" in res and not (0 <= res["ruleIndex"] < len(rules) and ids[res["ruleIndex"]] == res["ruleId"]):
                out.append(f"{where}: ruleIndex does not point at ruleId")
            if res.get("level", "warning") not in LEVELS:
                out.append(f"{where}: level {res.get('level')!r}")
            if not _nonempty(_text(res, "message", "text")):
                out.append(f"{where}: message.text missing or empty")
            fps = res.get("partialFingerprints")
            if not isinstance(fps, dict) or not fps:
                out.append(f"{where}: partialFingerprints missing")
            else:
                if not all(isinstance(v, str) and v for v in fps.values()):
                    out.append(f"{where}: partialFingerprints values must be non-empty strings")
                if "primaryLocationLineHash" in fps and not LINE_HASH.match(str(fps["primaryLocationLineHash"])):
                    out.append(f"{where}: primaryLocationLineHash is not 'hash:occurrence'")
            locs = res.get("locations")
            if not isinstance(locs, list) or not locs:
                out.append(f"{where}: no location")
                continue
            if len(locs) > MAX_LOCATIONS:
                out.append(f"{where}: {len(locs)} locations > {MAX_LOCATIONS}")
            for loc in locs:
                phys = loc.get("physicalLocation")
                if not isinstance(phys, dict):
                    out.append(f"{where}: location without physicalLocation")
                    continue
                out += [f"{where}: {p}" for p in uri_problems(_text(phys, "artifactLocation", "uri"))]
                region = phys.get("region") or {}
                if not (isinstance(region.get("startLine"), int) and region["startLine"] >= 1):
                    out.append(f"{where}: region.startLine missing")
    return out
