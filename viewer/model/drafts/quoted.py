"""Who speaks a quotation a figure stands in, named after it closes: “The figure of 700,000 is not true,” Peskov said.

The quotation may run over several sentences (“… 700,000 is not true. Nothing like it happened,” Peskov said) and
its speaker may come before or after the verb («…», — заявил Песков журналистам). Read only when the figure's own
sentence names no one.
"""

from __future__ import annotations

import re

from .attribution import _clean

_OPEN, _CLOSE = "“«", "”»"
_SPEAKER = r"[A-ZА-ЯЁ][^,.;:!?“”\"«»]{1,70}?"
_SPOKE = (r"said|says|told|added|insisted|stated|wrote|explained|replied|declared|denied|claimed|warned|noted|"
          r"(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|написал|уточнил|ответил)[аио]?")
AFTER_QUOTE = re.compile(
    rf"[”»]\s*,?\s*(?:[—–-]\s*)?(?:(?:{_SPOKE})\s+(?P<who>{_SPEAKER})|(?P<who2>{_SPEAKER})\s+(?:{_SPOKE}))"
    rf"(?=\s|[,.;:!?]|$)", re.U)
"""A speaker after a quotation, in the same sentence: “…,” Peskov said; «…», — заявил Песков (not “….” The
ministry gave no detail)."""
_SPOKE_BEFORE = (_SPOKE + r"|(?:опроверг|отрицал|назвал|возразил|признал)[аио]?|rejected|dismissed|admitted|said of")
BEFORE_QUOTE = re.compile(
    rf"(?:^|(?<=[.!?…]\s)|(?<=\n))(?P<who>{_SPEAKER})\s+(?:{_SPOKE_BEFORE})(?:\s[^“«”»:.!?]{{0,60}})?:\s*$", re.U)
"""A speaker before the quotation, named in the sentence that opens it: Peskov told reporters: “…”; Песков
опроверг эти данные: «…» (the figure may stand sentences into the quotation)."""
_COMMA_AFTER = re.compile(r"[”»]\s*[,—–-]", re.U)
_TAIL = re.compile(r"(?:\s+(?:журналистам|репортёрам|репортерам|(?:в|во|on|last|this)\s+\w+|to reporters|reporters))+$",
                   re.U)
_REACH = 800


def quote_speaker(text: str, start: int, end: int, sentence_end: int) -> str:
    """The speaker named just after the quotation holding [start, end) of ``text`` (or the first quotation that
    closes after it in its sentence, which ends at ``sentence_end``), or "" (no quotation, none named).

    The quotation holding the figure is the one opened before it in its paragraph and not closed before it; it
    may close sentences later."""
    lo = text.rfind("\n", 0, start) + 1
    opened = max(text.rfind(c, lo, start) for c in _OPEN)
    inside = opened >= 0 and not any(text.find(c, opened, start) != -1 for c in _CLOSE)
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    reach = min(hi, end + _REACH) if inside else sentence_end + 1
    closes = [i for i in (text.find(c, end, reach) for c in _CLOSE) if i != -1]
    if closes:
        close = min(closes)
        m = AFTER_QUOTE.match(text, close, hi)
        if m and (text[close - 1:close] in ",!?…" or _COMMA_AFTER.match(text, close)):
            return _clean(_TAIL.sub("", m.group("who") or m.group("who2")))
    if inside:
        before = BEFORE_QUOTE.search(text[lo:opened])
        if before:
            return _clean(_TAIL.sub("", before.group("who")))
    return ""
