"""The words just before a figure, read backwards from it (one short match per word, not a search)."""

from __future__ import annotations

import re

from . import lexicon as L

_REV_TOKEN = re.compile(r"[\s\u00a0\u202f]*([^\s\u00a0\u202f]+)")
_STRIP = "()[]«»\"'“”„,:;"


def last_word(text: str, s: int) -> str:
    """The word just before offset ``s``, lower-cased and without quotes or brackets ("" if none)."""
    parts = text[max(0, s - 24):s].rsplit(None, 1)
    return parts[-1].strip(_STRIP).lower() if parts else ""


_memo: list = [None, None, None]   # the last text asked about, (s, n), and the answer


def last_words(text: str, s: int, n: int = 4) -> list[tuple[str, int]]:
    """Up to ``n`` words before offset ``s``, nearest first, lower-cased, each with its start offset."""
    if _memo[0] is text and _memo[1] == (s, n):
        return _memo[2]
    out = _last_words(text, s, n)
    _memo[:] = [text, (s, n), out]
    return out


def _last_words(text: str, s: int, n: int) -> list[tuple[str, int]]:
    lo = max(0, s - 40)
    window = text[lo:s]
    parts = window.rsplit(None, n)
    if len(parts) > n:
        parts = parts[1:]
    elif lo > 0 and parts and not window[:1].isspace():
        parts = parts[1:]   # cut by the window
    out: list[tuple[str, int]] = []
    pos = len(window)
    for word in reversed(parts):
        pos = window.rfind(word, 0, pos)
        stripped = word.lstrip(_STRIP)
        out.append((stripped.rstrip(_STRIP).lower(), lo + pos + len(word) - len(stripped)))
        if len(out) > 1 and word[-1] in ".!?;":
            break
    return out


def _phrases(spec: str) -> dict[tuple[str, ...], int]:
    return {tuple(p.split()): len(p.split()) for p in spec.split("|")}


QUALIFIERS: dict[tuple[str, ...], str] = {}
for _kind, _spec in (("up to", L.UP_TO), ("at least", L.AT_LEAST), ("about", L.ABOUT)):
    for _phrase in _spec.replace("\\.", ".").split("|"):
        QUALIFIERS.setdefault(tuple(_phrase.split()), _kind)
_LONGEST = max(len(k) for k in QUALIFIERS)
RANGE_OPENERS = frozenset("between from от между між від zwischen von entre de".split())
YEAR_PREPS = frozenset("in since by until from of during в с до по к у з im seit bis".split())
AGE_ID = _phrases(L.BEFORE_AGE_OR_ID)
CURRENCY_WORDS = frozenset("rs rs. usd eur rub us$ $ € £ ¥ ₽ ₹ ₴ ₸ uah kzt gel".split())
_MONTH = re.compile(rf"(?:{L.MONTHS})\.?", re.I)


QUALIFIER_LAST = frozenset(k[-1] for k in QUALIFIERS)
AGE_ID_LAST = frozenset(k[-1] for k in AGE_ID)


def qualifier(words: list[tuple[str, int]]) -> tuple[str, int] | None:
    """("up to", start) when the words before a figure are a qualifier of the format's table, else None."""
    if not words or words[0][0] not in QUALIFIER_LAST:
        return None
    for k in range(min(_LONGEST, len(words)), 0, -1):
        phrase = tuple(w for w, _ in reversed(words[:k]))
        kind = QUALIFIERS.get(phrase)
        if kind is not None:
            return kind, words[k - 1][1]
    return None


_LAST_OF: dict[int, frozenset[str]] = {}


def ends_with(words: list[tuple[str, int]], table) -> bool:
    """Whether the words before a figure end with one of the phrases of ``table``."""
    last = _LAST_OF.get(id(table))
    if last is None:
        last = _LAST_OF[id(table)] = frozenset(k[-1] for k in table)
    if not words or words[0][0] not in last:
        return False
    for k in range(min(4, len(words)), 0, -1):
        if tuple(w for w, _ in reversed(words[:k])) in table:
            return True
    return False


def is_month(word: str) -> bool:
    return _MONTH.fullmatch(word) is not None
