"""Finding figures: candidates by one regular expression, then the words around each one decide.

A candidate is digits (with their grouping and multiplier), a range of two,
or a worded quantity ("tens of thousands", "half a million", "two million").
It is dropped when it is a year, date, time, percentage, sum of money, age,
ordinal, phone number or id, or when nothing near it says it counts people
(a noun such as "Russians"/"человек", a verb of moving such as "fled", or a
word such as "figure"/"число"). The words before it give the wording and
bounds (the format's table); "a day"/"в день" after it make it a daily rate.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from . import lexicon as L
from .before import (AGE_ID, AGE_ID_LAST, CURRENCY_WORDS, QUALIFIER_LAST, RANGE_OPENERS, YEAR_PREPS, ends_with,
                     is_month, last_word, last_words, qualifier)
from .numbers import number_value, whole, words_value

_I = re.I


def _num(name: str) -> str:
    """Digits with their grouping ("700,000", "2 317", "35.000") or a decimal ("1,5"); one separator kind."""
    return (rf"(?:\d{{1,3}}(?:(?P<{name}>[,.\u00a0\u202f\u2009 ])\d{{3}}(?:(?P={name})\d{{3}})*(?!\d))"
            r"|\d+(?:[.,]\d+)?)")


_MULT = r"(?:[ \u00a0\u202f]?(?:" + "|".join(w for w, _ in L.MULTIPLIERS[:2]) + r")(?:(?<=\.)|(?!\w))|[km]\b)"
_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|до|и|і|та|по|bis|und)\s+)"
_SMALL = "|".join(sorted((re.escape(w) for w in L.SMALL_WORDS), key=len, reverse=True))
_START = r"(?<![\w.,/#№:+-])"

NUMERIC = re.compile(
    rf"{_START}(?P<r1>{_num('g1')})"
    rf"(?P<m1>{_MULT})?(?P<sep>{_SEP})(?P<r2>{_num('g2')})(?P<m2>{_MULT})?(?![\w:/])"
    rf"|{_START}(?P<n>{_num('g3')})(?P<m>{_MULT})?(?![\w/]|[:]\d)",
    _I)
SINGLE = re.compile(rf"{_START}(?P<n>{_num('g3')})(?P<m>{_MULT})?(?![\w/]|[:]\d)", _I)
_MAY_RANGE = re.compile(rf"{_SEP}\d", _I)
WORDED = re.compile(
    r"(?<!\w)(?P<vague>" + "|".join(v for v, _, _ in L.VAGUE) + r")(?!\w)"
    r"|(?<!\w)(?P<exact>" + "|".join(v for v, _ in L.WORDED_EXACT) + r")(?!\w)"
    rf"|(?<!\w)(?P<words>{_SMALL})[ -](?P<wm>" + "|".join(w for w, _ in L.MULTIPLIERS[:2]) + r")(?!\w)",
    _I)
_AFTER_LEAST = re.compile(L.AFTER_AT_LEAST + r"(?!\w)", _I)
_NOT_PEOPLE = re.compile(r"[\s\u00a0]*(?:-\s*)?(?:" + L.NOT_PEOPLE_AFTER + r")(?!\w)", _I)
_MONTH_AFTER = re.compile(r"\.?[\s\u00a0]*(?:" + L.MONTHS + r")(?!\w)", _I)
_PHONE = re.compile(r"\+\d[\d\s().-]{7,}\d|\(\d{2,5}\)\s?\d[\d\s-]{4,}\d|\b\d{3}-\d{2}-\d{2}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
_CURRENCY_CHARS = frozenset("$€£¥₽₹₴₸")
_PEOPLE = re.compile(rf"(?:{L.PEOPLE})", _I)
_VERB = re.compile(rf"(?:{L.VERBS})", _I)
_AUX = re.compile(rf"(?:{L.AUX})", _I)
_COUNT = re.compile(rf"(?:{L.COUNT_WORDS})", _I)
_COUNT_BEFORE = re.compile(rf"(?<!\w)(?:{L.COUNT_WORDS}|{L.PEOPLE_VERBS_BEFORE})(?!\w)", _I)
_PER_DAY = re.compile(rf"(?<!\w)(?:{L.PER_DAY})(?!\w)", _I)
_DAILY_BEFORE = re.compile(r"(?<!\w)(?:daily|every day|each day|per day|ежедневно|ежесуточно|в день|в сутки|"
                           r"за сутки|на день|щодня|на добу|за добу|täglich|pro tag)(?!\w)", _I)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")
_SKIP = {"of", "the", "these", "those", "more", "other", "from", "из", "них", "з", "von", "de", "des", "who",
         "which", "that", "которые", "кто", "mostly", "mainly", "most", "many", "fleeing", "young", "military-age",
         "russian", "ukrainian", "and", "и", "or", "или"}


@dataclass(frozen=True)
class Figure:
    """One figure: where it is, its words, its bounds (None = open side) and unit, and how it is worded."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    unit: str = "people"          # people | people_per_day
    wording: str = "exact"        # exact | about | up to | at least | range | vague

    def as_dict(self) -> dict:
        return asdict(self)


# Every candidate starts at a digit or holds one of these stems: the full expression is tried only there.
_DIGITS = re.compile(r"[0-9]+")
_STEMS = re.compile(r"housand|HOUSAND|illion|ILLION|ысяч|ЫСЯЧ|иллион|ИЛЛИОН|ільйон|исяч|ausend|undreds|UNDREDS|"
                    r"отни|отен|отні|underte|illiers|iles de")   # literal words only: the scan for them stays quick
_WORD_BACK = re.compile(r"(?<!\w)\w", re.U)


def find_figures(text: str) -> list[Figure]:
    """Every figure about people in ``text``, in order; see the module's docstring."""
    hints = [(m.start(), True) for m in _DIGITS.finditer(text)]
    stems = [(m.start(), False) for m in _STEMS.finditer(text)]
    if stems:
        hints = sorted(hints + stems)
    figures: list[Figure] = []
    pos = 0
    for at, digit in hints:
        if at < pos:
            continue
        found = None
        if digit:
            found = SINGLE.match(text, at)   # a range only where a separator follows the first number
            if found is None or _MAY_RANGE.match(text, found.end()) or text[found.end():found.end() + 1] in "-–—":
                found = NUMERIC.match(text, at) or found
        else:   # a worded quantity starts up to four words before its stem ("half a million", "tens of ...")
            starts = [w.start() for w in _WORD_BACK.finditer(text, max(pos, at - 30), at + 1)]
            for start in starts[-5:]:
                found = WORDED.match(text, start)
                if found is not None and found.end() > at:
                    break
                found = None
        if found is None:
            continue
        figure, resume = _read(text, found)
        pos = max(resume, found.start() + 1)
        if figure is not None:
            figures.append(figure)
    return figures


def _read(text: str, m: re.Match) -> tuple[Figure | None, int]:
    """The figure a candidate gives (or None) and where to look next."""
    s, e = m.start(), m.end()
    numeric = m.re is NUMERIC or m.re is SINGLE
    if numeric and _maybe_phone(text, s, e):
        for phone in _PHONE.finditer(text, max(0, s - 16), min(len(text), e + 20)):
            if phone.start() <= s < phone.end():
                return None, max(e, phone.end())
    if m.re is NUMERIC and m.group("r1") is not None:
        rng = _range(text, m)
        if rng is None:   # not a range: read the first number alone and carry on after it
            return _single(text, s, m.start("sep"), m.group("r1"), m.group("m1")), m.start("sep")
        return rng, e
    if numeric:
        return _single(text, s, e, m.group("n"), m.group("m")), e
    if m.group("vague") is not None:
        low, high = next((lo, hi) for v, lo, hi in L.VAGUE if re.fullmatch(v, m.group("vague"), _I))
        return _finish(text, s, e, low, high, "vague"), e
    if m.group("exact") is not None:
        value = next(v for w, v in L.WORDED_EXACT if re.fullmatch(w, m.group("exact"), _I))
        return _finish(text, s, e, value, value, None), e
    value = words_value(m.group("words"), m.group("wm"))
    return (_finish(text, s, e, value, value, None) if value else None), e


def _maybe_phone(text: str, s: int, e: int) -> bool:
    near = text[max(0, s - 16):e + 20]
    return "+" in near or "(" in near or near.count("-") >= 2 or near.count(".") >= 2


def _single(text: str, s: int, e: int, raw: str, mult: str | None) -> Figure | None:
    value = whole(number_value(raw, mult))
    if value is None or _excluded(text, s, e, raw, mult, value):
        return None
    return _finish(text, s, e, value, value, None)


def _range(text: str, m: re.Match) -> Figure | None:
    sep = m.group("sep").strip().lower()
    words = last_words(text, m.start(), 1)
    opener = words[0][1] if words and words[0][0] in RANGE_OPENERS else None
    if sep in ("and", "и", "і", "та", "und", "по") and opener is None:
        return None
    m1, m2 = m.group("m1"), m.group("m2")
    second = number_value(m.group("r2"), m2)
    first_raw = number_value(m.group("r1"), None)
    if second is None or first_raw is None:
        return None
    first = number_value(m.group("r1"), m1) if m1 else first_raw
    if not m1 and m2 and first_raw * (second / max(number_value(m.group("r2"), None) or 1, 1)) <= second:
        first = first_raw * (second / (number_value(m.group("r2"), None) or 1))   # "600-700 тысяч"
    low, high = whole(first), whole(second)
    if low is None or high is None or low >= high:
        return None
    s = opener if opener is not None else m.start()
    if _excluded(text, m.start(), m.end(), m.group("r2"), m2 or m1, high) or \
            _excluded(text, m.start(), m.start("sep"), m.group("r1"), m1 or m2, low, range_part=True):
        return None
    return _finish(text, s, m.end(), low, high, "range")


def _excluded(text: str, s: int, e: int, raw: str, mult: str | None, value: int, range_part: bool = False) -> bool:
    """A year, date, time, percentage, money, age, ordinal, phone number or id: not a count of people."""
    last = last_word(text, s)
    after = text[e:e + 30]
    if text[s - 1:s] in _CURRENCY_CHARS or last in CURRENCY_WORDS or (
            last in AGE_ID_LAST and ends_with(last_words(text, s, 4), AGE_ID)):
        return True
    first = after.lstrip(" \u00a0")[:1]
    unit_next = first.isalpha() or first in "%-$€£₽"
    if not range_part and unit_next and _NOT_PEOPLE.match(after):
        return True
    if after[:1] in ("%", "$", "€", "£", "₽") or after[:2] in (" %", "\u00a0%"):
        return True
    if not mult:
        digits = raw.isdigit()
        if digits and len(raw) >= 7 or (digits and len(raw) > 1 and raw[0] == "0"):
            return True   # an id, or a zero-padded code
        if value <= 31 and ((last and is_month(last)) or (unit_next or first == ".") and _MONTH_AFTER.match(after)):
            return True   # a date
        if digits and len(raw) == 4 and 1000 <= value <= 2100 and (
                last in YEAR_PREPS or not _people_word_next(after)):
            return True   # a year
        if digits and len(raw) <= 4 and (unit_next or first == ".") and _MONTH_AFTER.match(after):
            return True
    return False


class _Words:
    """What a lower-case word is (people, verb of moving, auxiliary, count word), remembered once read."""

    def __init__(self):
        self.kinds: dict[str, int] = {}

    PEOPLE, VERB, AUX, COUNT = 1, 2, 4, 8

    def kind(self, word: str) -> int:
        k = self.kinds.get(word)
        if k is None:
            k = ((self.PEOPLE if _PEOPLE.fullmatch(word) else 0) | (self.VERB if _VERB.fullmatch(word) else 0)
                 | (self.AUX if _AUX.fullmatch(word) or word in _SKIP else 0)
                 | (self.COUNT if _COUNT.fullmatch(word) else 0))
            if len(self.kinds) > 100_000:
                self.kinds.clear()
            self.kinds[word] = k
        return k


_WORDS = _Words()


def _people_word_next(after: str) -> bool:
    token = _TOKEN.search(after[:25])
    return (token is not None and after[:token.start()].strip() == ""
            and bool(_WORDS.kind(token.group().lower()) & _Words.PEOPLE))


def _about_people(text: str, s: int, after: str) -> bool:
    """Whether the words after a figure (to the clause's end) or just before it say it counts people."""
    kinds = [_WORDS.kind(t.lower()) for t in _TOKEN.findall(after, 0, 90)[:6]]
    if kinds and (kinds[0] & _Words.COUNT or _mentions_day(after[:16]) and _PER_DAY.match(after.strip())):
        return True
    for k in kinds:
        if k & _Words.PEOPLE:
            return True
        if not k & _Words.AUX:
            break
    for k in kinds[:4]:
        if k & _Words.VERB:
            return True
        if not k & _Words.AUX:
            break
    return _COUNT_BEFORE.search(text, _clause_start(text, s), s) is not None


_DAY_STEMS = ("day", "dail", "дн", "ден", "сутк", "ежедн", "ежесут", "щодн", "добу", "tag", "tägl", "jour", "día")


_DAY_RE = re.compile("|".join(_DAY_STEMS))   # literal stems, on lower-cased text: a quick scan


def _mentions_day(words: str) -> bool:
    return _DAY_RE.search(words.lower()) is not None


def _finish(text: str, s: int, e: int, low: int | None, high: int | None, wording: str | None) -> Figure | None:
    """The figure at [s, e) with its qualifier, if the words around it say it counts people; else None.

    ``wording`` is None for a figure whose qualifier is still to be read
    ("about", "up to", ...), "range" or "vague" when the candidate gave it.
    """
    start = s
    if wording is None:
        q = qualifier(last_words(text, s, 4)) if last_word(text, s) in QUALIFIER_LAST else None
        wording = "exact"
        if q is not None:
            wording, start = q
            if wording == "up to":
                low = None
            elif wording == "at least":
                high = None
        elif (tail := _AFTER_LEAST.match(text, e)) is not None:
            high, wording, e = None, "at least", tail.end()
    elif wording == "vague":
        q = qualifier(last_words(text, s, 4))
        if q is not None and q[0] == "up to":
            start = q[1]
    elif wording == "range" and last_word(text, s) in QUALIFIER_LAST:
        q = qualifier(last_words(text, s, 4))
        if q is not None and q[0] == "about":
            start = q[1]   # "about 5,000 to 6,000": the hedge is part of the words an analyst quotes
    end_clause = _CLAUSE_END.search(text, e, e + 90)
    window = text[e:end_clause.start() if end_clause else e + 90]
    if not _about_people(text, start, window):
        return None
    opening = _clause_start(text, start)
    per_day = False
    if _mentions_day(text[opening:start] + " " + window):
        per_day = _PER_DAY.search(window) is not None or _DAILY_BEFORE.search(text, opening, start) is not None
    return Figure(start, e, text[start:e], low, high, "people_per_day" if per_day else "people", wording)


def _clause_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most 120 characters back)."""
    lo = max(0, start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("; ", lo, start), text.rfind("! ", lo, start),
              text.rfind("? ", lo, start), text.rfind("\n", lo, start))
    return cut + 1 if cut >= 0 else lo
