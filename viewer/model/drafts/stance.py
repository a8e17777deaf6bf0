"""Whether a sentence denies a figure: a denying verb or a word of falsehood in the figure's own clause.

A denial governs its own clause, not a figure after ";" or in a later clause with its own subject ("Kremlin denies
700,000 fled; Georgia counts nearly 100,000 arrivals"; "…, but the ministry said 200,000 had entered"; "…, adding
that no more than 100,000 had left"). A denial denied is none ("did not deny", "не стал опровергать").
"""

from __future__ import annotations

import re

from .sentences import FIGURE_LIKE

DENY = re.compile(
    r"(?<!\w)(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|"
    r"refuted|refutes|disputed|disputes|debunked|"
    r"отрица\w*|отверг\w*|опроверг\w*|опровер\w*|не\s+подтвержда\w*|не\s+подтвердил\w*|"
    r"заперечу\w*|заперечи\w*|спростув\w*|dementier\w*|bestritt\w*|wies\w* zurück)(?!\w)", re.I)
"""Verbs that deny what they govern ("не подтверждает" is how a Russian ministry denies; "could not confirm"
is not a denial)."""
FALSE = re.compile(
    r"(?<!\w)(?:not\s+true|untrue|false(?!\s+(?:passports?|documents?|papers|names?|identit\w+|IDs?|visas?|pretences?))|"
    r"(?:is|are|was|were|be)\s+(?:\w+ly\s+)?wrong|incorrect|inaccurate|неверн\w*|недостоверн\w*|"
    r"exaggerated|overstated|inflated|groundless|baseless|no\s+basis|"
    r"fake|fabricated|not\s+correspond\s+to\s+reality|"
    r"не\s+соответству\w*\s+действительности|не\s+соответству\w*\s+реальности|преувеличен\w*|завышен\w*|"
    r"фейк\w*|ложн(?!\w*\s+(?:паспорт|документ|им[её]н|виз|справк))\w*|ложь|ложью|неправд\w*|nonsense|чушь|чушью|не\s+правда|беспочвенн\w*|безосновательн\w*|"
    r"не\s+имеет\s+оснований|"
    r"не\s+имеют\s+оснований|не\s+имеет\s+отношения\s+к\s+действительности)(?!\w)", re.I)
"""Words that call a figure false ("is not true", "не соответствует действительности", "преувеличены"); not
"false passports", "ложные паспорта", "went wrong"."""
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bnor|(?<!\w)не|(?<!\w)нельзя)\s+(?:\w+\s+){0,2}$", re.I)
"""Before a denying word: the denial is itself denied ("did not deny", "neither confirm nor deny", "не стал
опровергать")."""
_NOT_NEGATED = re.compile(r"^не\s", re.I)
_ADMISSION = re.compile(r"(?<!\w)(?:entry|admission|visas?|asylum|applications?|requests?|permits?|passage|"
                        r"въезд\w*|виз\w*|убежищ\w*|заявлени\w*|ходатайств\w*|пропуск\w*)(?!\w)", re.I)
"""Near a denying verb: people refused entry, visas or asylum ("3,000 Russians were denied entry", "rejected 500
asylum applications"), no denial of a figure."""

SCOPE_BREAK = re.compile(
    r";\s*|,\s+(?:but|while|whereas|and|though|although|yet|а|но|однако|тогда как|в то время как|хотя)\s+|"
    r",\s+(?=(?:adding|saying|noting|denying|dismissing|rejecting|insisting|добавив|отметив|заявив|"
    r"(?:a|the)\s+(?:figure|number|estimate|claim)|which)\b)|\s+as\s+(?=(?:the\s+)?[A-Z])",
    re.I | re.U)
"""Where a clause that may have its own subject (and its own figure) begins: after a conjunction; at a participle
(", denying that 700,000 had left" keeps its verb) or an apposition (", a figure Moscow called inflated")."""


_NEW_SUBJECT = re.compile(r",\s+[A-ZА-ЯЁ][^,;]*$", re.U)


def _spliced(between: str) -> bool:
    """Between a denial and a later figure: an earlier figure, then a comma and a new subject (a headline's
    clauses, "… 700 тысяч россиян, Казахстан насчитал …")."""
    m = _NEW_SUBJECT.search(between)
    return m is not None and FIGURE_LIKE.search(between, 0, m.start()) is not None


def scope(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``sentence`` whose words may deny the figure at [start, end)."""
    lo, hi = 0, len(sentence)
    for m in SCOPE_BREAK.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def _negated(sentence: str, at: int, word: str) -> bool:
    return not _NOT_NEGATED.match(word) and _NEGATED.search(sentence[max(0, at - 40):at]) is not None


def denies(sentence: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence denies the figure at [start, end): a denying verb or a word calling it false in the
    figure's own clause, not itself negated."""
    end = start if end is None else end
    lo, hi = scope(sentence, start, end)
    for pattern in (DENY, FALSE):
        for m in pattern.finditer(sentence, lo, hi):
            if start <= m.start() < end:
                continue
            if pattern is DENY and _ADMISSION.search(sentence[max(0, m.start() - 45):m.end() + 20]):
                continue
            if m.end() <= start and _spliced(sentence[m.end():start]):
                continue      # "Кремль опроверг отъезд 700 тысяч, Казахстан насчитал 200 тысяч": the first figure's
            if not _negated(sentence, m.start(), m.group()):
                return True
    return False
