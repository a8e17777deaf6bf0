"""Sentences and clauses: where the words about one figure start and end."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (with a closing quote) before a space and a capital, a quote or a digit; or at a
# line break. "Sept. 21", "U.S. officials" and "Mr. Peskov" do not end one.
_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bSept)(?<!\bJan)(?<!\bFeb)(?<!\bAug)"
                  r"(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bинт)(?<!\bтыс)(?<!\bмлн)(?<!\bг)"
                  r"[.!?…][\"'”»)]*(?=\s+[\"'“«(]?[A-ZА-ЯЁІЇЄ0-9])|\n")
_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas|although|а|но|и|однако|хотя|тогда как|while)\s+|\s+[—–-]\s+"
                     r"(?=[a-zа-я])")

_SPLICE = re.compile(r",\s+(?=[A-ZА-ЯЁ][\w-]*\s+[a-zа-яё])")
"""A comma before a new subject: a clause of its own when figures stand on both sides (a headline's two clauses)."""
FIGURE_LIKE = re.compile(r"\d{1,3}(?:[,. \u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?\s*(?:тыс|млн|thousand|million)", re.I)
"""A number that may be a figure of people (not a day or a year)."""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end): its bounds, without the final stop or the line break."""
    lo = 0
    for m in _END.finditer(text, max(0, start - 1500), start + 1):   # (+1: the lookahead sees a sentence that
        if m.end() <= start:                                            # starts with the figure, "About 700,000")
            lo = m.end()
    m = _END.search(text, end)
    hi = m.start() if m else len(text)
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end): the sentence cut at "; ", ", and/but/while ...", " — "."""
    lo, hi = sentence_around(text, start, end)
    cut_lo, cut_hi = lo, hi
    for m in _CLAUSE.finditer(text, lo, hi):
        if m.end() <= start:
            cut_lo = m.end()
        elif m.start() >= end:
            cut_hi = m.start()
            break
    for m in _SPLICE.finditer(text, cut_lo, cut_hi):   # "Кремль опроверг отъезд 700 тысяч, Казахстан насчитал 200 тысяч"
        if m.end() <= start and FIGURE_LIKE.search(text, cut_lo, m.start()):
            cut_lo = m.end()
        elif m.start() >= end and FIGURE_LIKE.search(text, m.end(), cut_hi):
            cut_hi = m.start()
            break
    s, e = cut_lo, cut_hi
    while s < e and text[s] in " \t“\"'«":
        s += 1
    while e > s and text[e - 1] in " \t\r,;:.":
        e -= 1
    if text[s:e].count("“") > text[s:e].count("”") and text[e:e + 1] == "”":
        e += 1
    return s, e
