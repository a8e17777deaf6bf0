"""Publication dates as pages write them ("Oct 06, 2022 06:42 PM IST", "6 октября 2022, 18:42") to ISO 8601."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "окт": 10, "ноя": 11, "дек": 12,
}
ZONES = {"IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
         "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "МСК": "+03:00", "EST": "-05:00", "EDT": "-04:00",
         "CST": "-06:00", "CDT": "-05:00", "PST": "-08:00", "PDT": "-07:00", "Z": "+00:00"}

_MONTH = r"(?P<mon>[A-Za-zА-Яа-яёЁ]{3,9})\.?"
_TIME = (r"(?:[,\s]+(?:at\s+|в\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*\(?(?P<tz>[A-ZА-Я]{1,4}|[+-]\d{2}:?\d{2})\)?)?)?")
_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
               r"(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})(?:\s*(?:г\.|года))?" + _TIME),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME),
]


def parse_date(text: str) -> str:
    """The first date in ``text`` as ISO 8601 (with its time and zone when given), or ""."""
    best = None
    for pattern in _PATTERNS:
        for found in pattern.finditer(text):
            iso = _iso(found)
            if iso and (best is None or found.start() < best[0]):
                best = (found.start(), iso)
                break
    return best[1] if best else ""


def _iso(found: re.Match) -> str:
    parts = found.groupdict()
    if parts.get("mon"):
        month = MONTHS.get(parts["mon"].lower()[:4]) or MONTHS.get(parts["mon"].lower()[:3])
    else:
        month = int(parts["m"])
    if not month:
        return ""
    try:
        day = date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return ""
    if not 1990 <= day.year <= 2100:
        return ""
    if parts.get("h") is None:
        return day.isoformat()
    hour, minute = int(parts["h"]), int(parts["mi"])
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.isoformat()
    tz = parts.get("tz") or ""
    zone = ZONES.get(tz, "") if not tz[:1] in "+-" or not tz else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    if tz == "Z":
        zone = "Z"
    seconds = int(parts.get("s") or 0)
    if not zone:
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}" + (f":{seconds:02d}" if parts.get("s") else "")
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{seconds:02d}{zone}"
