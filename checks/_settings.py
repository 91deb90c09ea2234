"""Setting values as numbers: pg_settings gives a number and its unit, ALTER ROLE ... SET keeps the text typed."""
from __future__ import annotations

import re

from auditor.model.snapshot import Setting

_SECONDS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.I)


def duration_s(text: str | None, base_unit: str) -> float | None:
    """'30min', '900000' (in the setting's base unit), '15 s' -> seconds; None when it is not a duration."""
    m = _DURATION.match(text or "")
    if not m:
        return None
    unit = (m[2] or base_unit).lower()
    if unit not in _SECONDS:
        return None
    return float(m[1]) * _SECONDS[unit]


def setting_s(s: Setting | None) -> float | None:
    """A time setting from pg_settings, in seconds."""
    if s is None:
        return None
    return duration_s(s.value, s.unit or "s")
