"""Round 14: values whose structure proves what they are, whatever the column is called.

* a serialised object with a latitude and a longitude, in either order, as JSON (`{"longitude": 174.77, "city":
  "Wellington", "latitude": -41.29}`) or as PHP's `serialize()` writes it (`s:8:"latitude";d:52.52;`): where
  someone was, as IP geolocation services and device logs record it.
"""
from __future__ import annotations

import re

_NUM = r'"?(-?\d{1,3}(?:\.\d+)?)"?'
_LAT = re.compile(r'"(?:lat|latitude)"\s*(?::\s*|;[di]:|;s:\d+:)' + _NUM)
_LON = re.compile(r'"(?:lon|lng|long|longitude)"\s*(?::\s*|;[di]:|;s:\d+:)' + _NUM)


def geo_object(v: str) -> bool:
    """A JSON or PHP-serialised object holding a latitude and a longitude, at least one with decimals."""
    if len(v) > 2000:
        return False
    lat, lon = _LAT.search(v), _LON.search(v)
    return lat is not None and lon is not None and "." in lat.group(1) + lon.group(1) and abs(
        float(lat.group(1))) <= 90 and abs(float(lon.group(1))) <= 180

