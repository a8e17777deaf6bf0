"""The column rules of the dataset format, as data."""

from __future__ import annotations

import re

from ..mapping.countries import closest_code, code_for
from .problems import Message, msg, quoted

ID_PATTERN = r"[a-z0-9][a-z0-9_-]*"
NAME_PATTERN = r"[a-z0-9._-]+"
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
DATETIME_PATTERN = DATE_PATTERN + r"(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?"
URL_PATTERN = r"https?://[^\s/?#]+[^\s]*"
BCP47_PATTERN = r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*|[A-Za-z]{4,8}(-[A-Za-z0-9]{1,8})*"
DIGITS_PATTERN = r"[0-9]+"
MAX_DIGITS = 15
"""Bounds longer than this cannot be held exactly; nobody counts that many people."""

SOURCE_REQUIRED = ("source_id", "outlet", "title", "published")
SOURCE_COLUMNS = SOURCE_REQUIRED + ("url", "byline", "language", "text_path")

CLAIM_REQUIRED = ("claim_id", "source_id", "quote", "claimant", "stance", "metric")
CLAIM_COLUMNS = CLAIM_REQUIRED + (
    "quote_prefix", "quote_suffix", "claimant_type", "origin", "destination",
    "value_low", "value_high", "value_text", "unit", "period_start", "period_end", "note")

CLAIMANT_TYPES = ("government", "anonymous", "media", "organization", "other")
STANCES = ("asserts", "denies")
METRICS = ("left", "entered", "exited", "registered", "stayed", "other")
UNITS = ("people", "people_per_day")


def explain_number(value: str) -> Message:
    """Why a bound is not a whole number of digits, in words a person can act on."""
    v = value.strip()
    if v.startswith("-") and re.fullmatch(r"-[0-9]+", v):
        return msg("is negative; a bound counts people, so it is 0 or more")
    if v.startswith("+"):
        return msg("has a sign; write digits only, e.g. 70000")
    if re.fullmatch(r"[0-9]+(\.[0-9]*)?[eE][+-]?[0-9]+", v):
        return msg("is written with an exponent (a spreadsheet may do this); write all digits, e.g. 700000")
    if re.fullmatch(r"[0-9]{1,3}([, .'\u00a0\u202f][0-9]{3})+", v):
        return msg("has thousands separators; write digits only, e.g. 70000")
    if re.fullmatch(r"[0-9]+\.[0-9]+", v):
        return msg("is not a whole number; a bound counts people")
    if value != v:
        return msg("has spaces around it; write digits only")
    return msg("is not a whole number; write digits only, e.g. 70000 (the wording goes in value_text)")


def explain_code(value: str, codes: frozenset[str] | set[str], guess: bool = True) -> Message:
    """Why ``value`` is not a country code of the format (an upper-case ISO 3166-1 alpha-3 code), to act on;
    ``guess``: a misspelt name gets the code of the name it is closest to (0.1 ms each: a caller with thousands
    of wrong values asks for the first ones only)."""
    if value.upper() in codes:
        return msg("{value} is not an upper-case ISO 3166-1 alpha-3 code: write it {code}",
                   value=quoted(value), code=value.upper())
    meant = code_for(value) or (closest_code(value) if guess else None)
    if meant is not None and meant in codes:
        return msg("{value} is not an ISO 3166-1 alpha-3 code; did you mean {code}?", value=quoted(value), code=meant)
    if re.fullmatch(r"[A-Z]{3}", value):
        return msg("{value} is not an ISO 3166-1 alpha-3 code: no country has it", value=quoted(value))
    return msg("{value} is not an upper-case ISO 3166-1 alpha-3 code such as RUS", value=quoted(value))


def compile_full(pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern})\\Z")
