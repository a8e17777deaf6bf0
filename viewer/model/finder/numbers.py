"""Reading one figure's digits, multiplier and number words into a whole number."""

from __future__ import annotations

import re

from .lexicon import MULTIPLIERS, SMALL_WORDS

SPACES = " \u00a0\u202f\u2009"
_GROUPED = re.compile(r"\d{1,3}(?:([,. \u00a0\u202f\u2009])\d{3})(?:\1\d{3})*")
_MULTS = [(re.compile(rf"(?:{words})", re.I), factor) for words, factor in MULTIPLIERS]


def multiplier(word: str | None) -> int:
    if not word:
        return 1
    word = word.strip(SPACES).lower()
    for pattern, factor in _MULTS:
        if pattern.fullmatch(word):
            return factor
    return 1


def number_value(raw: str, mult: str | None) -> float | None:
    """The value of digits as written ("35.000", "2 317", "1,5" with "млн"), times the multiplier."""
    factor = multiplier(mult)
    if _GROUPED.fullmatch(raw):   # "35.000", "2 317", "9,481": groups of three are never decimals
        value = float(raw.translate({ord(c): None for c in ",." + SPACES}))
    else:
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            return None
    return value * factor


def whole(value: float | None) -> int | None:
    """``value`` as a whole number, or None when it is not one (2.5 people)."""
    if value is None:
        return None
    rounded = round(value)
    return rounded if abs(value - rounded) < 1e-6 else None


def words_value(words: str, mult: str) -> int | None:
    """ "two million" -> 2000000; "сто тысяч" -> 100000."""
    small = SMALL_WORDS.get(" ".join(words.lower().split()))
    if small is None:
        return None
    return small * multiplier(mult)
