"""The comparison chart's words: a bar's label shortened to its room, and the legend (kept apart from the chart
so that its module stays readable; the legend keeps the ComparisonChart translation context)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

from ..qt.words import claimant_type_labels
from .palette import Theme


def bar_label(metrics: QFontMetrics, who: str, rest: str, room: int) -> str:
    """A bar's label in ``room`` pixels. The claimant is what the row is about: when the label does not
    fit, the name keeps up to half the room (all it needs, if what follows is short) and what follows
    is shortened at its end (the outlet first, then the metric)."""
    elide = Qt.TextElideMode.ElideRight
    who_width, rest_width = metrics.horizontalAdvance(who), metrics.horizontalAdvance(rest)
    if who_width + rest_width <= room:
        return who + rest
    short = metrics.elidedText(who, elide, max(min(who_width, room // 2), room - rest_width))
    return short + metrics.elidedText(rest, elide, max(0, room - metrics.horizontalAdvance(short)))


def legend_html(theme: Theme) -> str:
    """The legend in the interface language (our own words, escaped all the same); it wraps between its
    entries, never within one."""
    translate = QCoreApplication.translate
    labels = claimant_type_labels()

    def whole(text: str) -> str:
        return html.escape(text).replace(" ", "&nbsp;")
    parts = [f'<span style="color:{c}">■</span>&nbsp;{whole(labels.get(t, t))}'
             for t, c in theme.claimant_colours().items() if t]
    denial = whole(translate("ComparisonChart", "denial"))
    parts.append(f'<span style="color:{theme.denial}">✕&nbsp;▨</span>&nbsp;{denial}')
    parts += [whole(translate("ComparisonChart", "● one figure (not a range)")),
              whole(translate("ComparisonChart", "◇ no figure")),
              whole(translate("ComparisonChart", "░▒▓ fades in from 0 = “up to”")),
              whole(translate("ComparisonChart", "▶ = “at least”"))]
    return " &nbsp; ".join(parts)
