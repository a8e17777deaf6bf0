"""Words and type sizes of the presentation: the flow's heading, the quote, a size that fits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from ..model.countries import country_name, destination_name
from .source_pane import readable_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def flow_heading(claim: dict) -> str:
    """What the claim counts, in words: "Leaving Russia, all destinations", "Arriving in Kazakhstan"."""
    origin = country_name(claim["origin"])
    dest = claim["destination"]
    place = destination_name(dest)
    metric = claim["metric"]
    if metric == "left":
        text = _tr("Leaving {origin} for {place}") if dest else _tr("Leaving {origin}, all destinations")
    elif metric == "entered":
        text = _tr("Arriving in {place} from {origin}") if dest else _tr("Arriving abroad from {origin}")
    elif metric == "exited":
        text = _tr("Leaving {place} again")
    elif metric == "registered":
        text = _tr("Registering in {place}")
    elif metric == "stayed":
        text = _tr("Staying in {place}")
    else:
        text = _tr("From {origin} to {place}: other statements")
    if claim.get("unit") == "people_per_day":
        text += _tr(" (a day)")
    return text.format(origin=origin, place=place)


def claim_details(claim: dict, figure: str) -> str:
    """The figure as worded (where it says more than the number), the period counted, the kind of claimant."""
    lines = []
    worded = str(claim.get("value_text") or "")
    if worded and worded.replace(",", "") not in figure.replace(",", ""):
        lines.append(_tr("as worded: “{text}”").format(text=worded))
    start, end = claim.get("period_start") or "", claim.get("period_end") or ""
    if start and end:
        lines.append(_tr("counted from {start} to {end}").format(start=_day(start), end=_day(end)))
    elif start:
        lines.append(_tr("counted from {start}").format(start=_day(start)))
    elif end:
        lines.append(_tr("counted until {end}").format(end=_day(end)))
    if claim.get("claimant_type"):
        lines.append(_tr("claimant: {kind}").format(kind=claim["claimant_type"]))
    return "\n".join(lines)


def _day(iso: str) -> str:
    return readable_time(iso[:10])


def quote_text(quote: str) -> str:
    """The quote on one line of running text, in quotation marks."""
    return "“" + " ".join(str(quote).split()) + "”"


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
