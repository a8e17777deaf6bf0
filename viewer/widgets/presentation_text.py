"""Words and type sizes of the presentation: the flow's heading, the quote, a size that fits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..model.mapping.countries import country_name, destination_name
from ..model.flows.wording import ENGLISH, Wording
from ..qt.words import readable_time


translate = QCoreApplication.translate   # lupdate finds translate("Context", "text") calls

QUOTATION_MARKS = {"en": ("“”", "‘’"), "ru": ("«»", "„“")}
"""Per language, the outer pair of quotation marks and the pair for a quotation within it."""
KIN = {"“": "“”„‟\"", "‘": "‘’‚‛'", "«": "«»", "„": "„“”\""}
"""Marks of the same kind as each pair's opening one: a quotation starting or ending with one takes the other pair."""


def flow_heading(claim: dict, words: Wording = ENGLISH) -> str:
    """What the claim counts, in words: "Leaving Russia, all destinations", "Arriving in Kazakhstan".

    Country names are in the language of ``words``.
    """
    origin = country_name(claim["origin"], words)
    dest = claim["destination"]
    place = destination_name(dest, words)
    metric = claim["metric"]
    if metric == "left":
        text = (translate("Presentation", "Leaving {origin} for {place}") if dest
                else translate("Presentation", "Leaving {origin}, all destinations"))
    elif metric == "entered":
        text = (translate("Presentation", "Arriving in {place} from {origin}") if dest
                else translate("Presentation", "Arriving abroad from {origin}"))
    elif metric == "exited":
        text = translate("Presentation", "Leaving {place} again")
    elif metric == "registered":
        text = translate("Presentation", "Registering in {place}")
    elif metric == "stayed":
        text = translate("Presentation", "Staying in {place}")
    else:
        text = translate("Presentation", "From {origin} to {place}: other statements")
    if claim.get("unit") == "people_per_day":
        text += translate("Presentation", " (a day)")
    return text.format(origin=origin, place=place)


def claim_details(claim: dict, figure: str, words: Wording = ENGLISH) -> str:
    """The figure as worded (where it says more than the number), the period counted, the kind of claimant
    (in the words of ``words``)."""
    lines = []
    worded = str(claim.get("value_text") or "")
    if worded and _bare(worded) not in _bare(figure):
        lines.append(translate("Presentation", "as worded: {text}").format(text=quoted(worded, words)))
    start, end = claim.get("period_start") or "", claim.get("period_end") or ""
    if start and end:
        lines.append(translate("Presentation", "counted from {start} to {end}").format(
            start=_day(start), end=_day(end)))
    elif start:
        lines.append(translate("Presentation", "counted from {start}").format(start=_day(start)))
    elif end:
        lines.append(translate("Presentation", "counted until {end}").format(end=_day(end)))
    if claim.get("claimant_type"):
        lines.append(translate("Presentation", "claimant: {kind}").format(
            kind=words.claimant_type(claim["claimant_type"])))
    return "\n".join(lines)


def _bare(text: str) -> str:
    """Text without spaces and digit grouping ("200,000" and "200 000" alike)."""
    return "".join(c for c in text if c != "," and not c.isspace())


def _day(iso: str) -> str:
    return readable_time(iso[:10])


def quote_text(quote: str, words: Wording = ENGLISH) -> str:
    """The quote on one line of running text, in the quotation marks of the language of ``words``."""
    return quoted(" ".join(str(quote).split()), words)


def quoted(text: str, words: Wording = ENGLISH) -> str:
    """``text`` in quotation marks: the language's outer pair, or, where the text itself starts or ends with a
    mark of that kind, the inner pair (‘…“…”’, „…«…»“); none where it clashes with both."""
    ends = text[:1] + text[-1:]
    for pair in QUOTATION_MARKS.get(words.language, QUOTATION_MARKS["en"]):
        if not any(mark in KIN[pair[0]] for mark in ends):
            return pair[0] + text + pair[1]
    return text


def fit_pixel_size(text: str, width: int, height: int, largest: int, smallest: int, bold: bool = False) -> int:
    """The largest pixel size from ``largest`` down to ``smallest`` at which ``text``,
    wrapped at word boundaries to ``width``, fits in ``height``."""
    size = max(largest, smallest)
    font = QFont()
    font.setBold(bold)
    while size > smallest:
        font.setPixelSize(size)
        box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 100000),
                                              int(Qt.TextFlag.TextWordWrap), text)
        if box.height() <= height and box.width() <= width:
            return size
        size = max(smallest, int(size * 0.92))
    return smallest
