"""Figures that are not a count of people who moved: a call-up ("300,000 reservists will be called up", "призваны
300 тысяч") or a plan, forecast or possibility ("could reach 1 million", "может достичь 1 млн").

Such a figure is still drafted (the analyst asked for its draft, and may keep it), but its draft says what it
is in its note and is less sure of its metric: a call-up is metric ``other``, a forecast keeps the metric its
verb gives. Words about people who fled a call-up ("who fled the call-up", "to avoid being called up",
"уехавших после объявления мобилизации") do not make their figure a call-up; a hedged past ("could have left",
"могли уехать") is not a forecast.
"""

from __future__ import annotations

import re

from .verbs import METRICS

CALL_UP_NOTE = "A call-up, not people who left (a future or hypothetical figure for a flow): check the metric."
FUTURE_NOTE = "A future or hypothetical figure (a plan, forecast or possibility), not a count: check it."

_CALL_UP = re.compile(r"(?<!\w)(?:call(?:ed|ing)?[- ]up|mobili[sz]\w*|conscript\w*|draft(?:ed|ing)?(?![- ]?(?:dodg|evad|age))|reservists?|"
                      r"призва\w*|призов\w*|призыв(?!н\w*\s+возраст)\w*|мобилиз\w*|резервист\w*|військовозобов.язан\w*|"
                      r"мобіліз\w*)(?!\w)", re.I | re.U)
# (an age is no call-up: "draft-age men", "мужчин призывного возраста")
# What, just before a call-up word, makes it the reason people left rather than what the figure counts.
_FLED_FROM = re.compile(r"(?:fled|flee\w*|avoid\w*|escap\w*|dodg\w*|evad\w*|after|since|before|from|against|"
                        r"announced|announcement of|бежа\w*|сбежа\w*|уклон\w*|после|из-за|от|с момента|"
                        r"объявлен\w*|избежать|спасаясь от)(?:\s+\w+){0,3}\s*$", re.I | re.U)
_FLOW = re.compile(r"(?<!\w)(?:" + "|".join(p for p, _m, _c in METRICS) + r")(?!\w)", re.I | re.U)
_FUTURE = re.compile(r"(?<!\w)(?:could|(?-i:may)|might|will|would|shall|expected to|expects?|is set to|are set to|"
                     r"likely to|projected|forecasts?|predict\w*|plans? to|planned|planning to|intends? to|aims? to|"
                     r"может|могут|сможет|будет|будут|планиру\w*|намерен\w*|ожида\w*|прогноз\w*|предполага\w*|"
                     r"може|можуть|буде|будуть|планує)(?!\w)", re.I | re.U)
_HEDGED_PAST = re.compile(r"(?:could|may|might|would)\s+(?:not\s+)?have\b", re.I | re.U)   # ("могли" is not a _FUTURE word)
_WINDOW = 45
# What a future word before a figure must govern to be about it: the figure itself ("expect up to 20,000"), or a
# verb of amount or of moving ("could reach 1 million", "могут покинуть еще 100 тысяч"); not another verb
# ("would not extradite the 200,000 who had entered").
_AMOUNT = re.compile(r"\s+(?:(?:not|still|even|ещё|еще|не)\s+)?(?:reach|exceed|top|hit|rise|grow|climb|be|total|"
                     r"number|surpass|double|cross|emigrate|достичь|достигнуть|превысить|составить|вырасти|дойти|быть|"
                     r"покинуть|уехать|выехать|въехать|пересечь|прибыть|бежать|эмигрировать|остаться|"
                     r"(?:" + "|".join(p for p, _m, _c in METRICS) + r"))(?!\w)", re.I | re.U)


def _call_up(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) counts people called up: a call-up word next to it ("300,000
    reservists", "to mobilise 300,000", "призваны 300 тысяч"), or one its own verb ("… will be called up") with
    no flow verb between."""
    near = [m for m in _CALL_UP.finditer(sentence)
            if start - 30 <= m.end() <= start or end <= m.start() <= end + 60]
    for m in near:
        if _FLED_FROM.search(sentence[max(0, m.start() - 40):m.start()]):
            continue
        between = sentence[end:m.start()] if m.start() >= end else sentence[m.end():start]
        if _FLOW.search(between) or re.search(r"[,;]", between):
            continue
        if m.start() >= end and _FLOW.search(re.split(r"[,;]", sentence[m.end():])[0]):
            continue     # "5,000 conscripts fled to Georgia": people who moved
        return True
    return False


def _forecast(sentence: str, start: int, end: int) -> bool:
    """Whether a modal or future word governs the figure: in the words just before it, or between it and its
    own verb."""
    before = sentence[max(0, start - _WINDOW):start]
    before = re.split(r"[,;:]\s", before)[-1]
    verb = _FLOW.search(sentence, end)
    after = sentence[end:verb.end() if verb else min(len(sentence), end + _WINDOW)]
    after = re.split(r"[,;:]\s", after)[0]
    for m in _FUTURE.finditer(before):
        if _HEDGED_PAST.match(before, m.start()):
            continue
        if len(before[m.end():].split()) <= 1 or _AMOUNT.match(before, m.end()):
            return True
    return any(not _HEDGED_PAST.match(after, m.start()) for m in _FUTURE.finditer(after))


def prospect(sentence: str, start: int, end: int) -> str:
    """"call-up", "future" or "" for the figure at [start, end) of ``sentence``."""
    if _call_up(sentence, start, end):
        return "call-up"
    if _forecast(sentence, start, end):
        return "future"
    return ""
