"""The map's legend: sample arrow widths on the map's one scale, and what dotted, dashed and ✕ mean.

Its items wrap onto more lines in a narrow panel rather than lose words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.mapping.map_layout import width_px
from ..qt.i18n import Retranslating
from ..qt.words import number
from .palette import LIGHT, Theme

PAD = 6
"""Pixels from the legend's edges to its items."""
SEPARATOR = " · "
"""Between the words of the key (punctuation, the same in every language)."""


@dataclass
class Item:
    """One unbreakable piece of the legend: a sample width (``value``) with its figure, or words."""

    text: str
    value: float | None = None
    denial: bool = False
    separated: bool = False
    """Drawn after a separator when it follows another item on its line."""


def wrap(widths: list[float], separators: list[float], room: float, gap: float) -> list[list[int]]:
    """Items (by index) on each line: as many as fit in ``room``, ``gap`` apart, each item that
    follows another on its line after its separator's width. An item wider than the room gets a line alone."""
    lines: list[list[int]] = []
    x = 0.0
    for i, width in enumerate(widths):
        after = x + gap + separators[i] + width
        if lines and lines[-1] and after <= room:
            lines[-1].append(i)
            x = after
        else:
            lines.append([i])
            x = width
    return lines


class WidthLegend(Retranslating, QWidget):
    """Sample arrow widths on the map's one scale of totals, and the key to the arrows' lines."""

    def __init__(self, theme: Theme = LIGHT):
        super().__init__()
        self.scale_max = 0.0
        self.theme = theme
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_scale(self, scale_max: float) -> None:
        self.scale_max = scale_max
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.updateGeometry()
        self.update()

    def texts(self) -> tuple[str, ...]:
        """The legend's words in the interface language: title, unit, the two line styles, the denial mark."""
        return (self.tr("Width:"), self.tr("people"), self.tr("dotted: no figure"), self.tr("dashed: per day"),
                self.tr("✕ denied"))

    def description(self) -> str:
        """The legend in words, for a screen reader (the sample figures aside)."""
        title, *key = self.texts()
        return title + " " + SEPARATOR.join(key)

    def retranslate(self) -> None:
        self.updateGeometry()   # texts() are translated as they are painted; their widths set the height
        self.update()

    def items(self) -> list[Item]:
        title, people, dotted, dashed, denied = self.texts()
        samples = [self.scale_max * f for f in (0.1, 0.4, 1.0)] if self.scale_max else []
        if not samples:   # no figure on the map: no widths to explain ("Width:" with nothing after it)
            return [Item(dotted), Item(dashed, separated=True), Item(denied, denial=True, separated=True)]
        return ([Item(title)] + [Item(number(round(v)), value=v) for v in samples]
                + [Item(people), Item(dotted, separated=True), Item(dashed, separated=True),
                   Item(denied, denial=True, separated=True)])

    def _sample_line(self, metrics: QFontMetrics) -> int:
        return metrics.height() * 2

    def _width(self, item: Item, metrics: QFontMetrics) -> float:
        text = metrics.horizontalAdvance(item.text)
        return text if item.value is None else self._sample_line(metrics) + 6 + text

    def _row_height(self, metrics: QFontMetrics) -> float:
        return max(metrics.height() * 1.5, width_px(1.0, 1.0) + 6)

    def lines(self, width: int | None = None) -> list[list[tuple[Item, float]]]:
        """The items on each line, with where each starts (x in pixels), for a legend ``width`` wide."""
        metrics = self.fontMetrics()
        items = self.items()
        widths = [self._width(item, metrics) for item in items]
        gap = metrics.horizontalAdvance(" ") * 2
        sep = metrics.horizontalAdvance(SEPARATOR)
        separators = [sep - gap if item.separated else 0.0 for item in items]
        room = (self.width() if width is None else width) - 2 * PAD
        out = []
        for line in wrap(widths, separators, room, gap):
            x, placed = float(PAD), []
            for k, i in enumerate(line):
                if k:
                    x += gap + separators[i]
                placed.append((items[i], x))
                x += widths[i]
            out.append(placed)
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(len(self.lines(width)) * self._row_height(self.fontMetrics()) + PAD)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        items = self.items()
        width = sum(self._width(i, metrics) for i in items) + len(items) * metrics.horizontalAdvance(SEPARATOR)
        return QSize(int(width + 2 * PAD), self.heightForWidth(int(width + 2 * PAD)))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(self.width()))

    def resizeEvent(self, event) -> None:
        if len(self.lines(event.size().width())) != len(self.lines(event.oldSize().width())):
            self.updateGeometry()   # more or fewer lines: the height follows
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        row = self._row_height(metrics)
        ink = QColor(self.theme.text)
        lines = self.lines()
        top = (self.height() - len(lines) * row) / 2
        for n, line in enumerate(lines):
            middle = top + (n + 0.5) * row
            baseline = int(middle + (metrics.ascent() - metrics.descent()) / 2)
            for k, (item, x) in enumerate(line):
                if k and item.separated:
                    p.setPen(ink)
                    p.drawText(int(x - metrics.horizontalAdvance(SEPARATOR) + metrics.horizontalAdvance(" ")),
                               baseline, SEPARATOR.strip())
                if item.value is not None:
                    pen = QPen(QColor(self.theme.flow))
                    pen.setWidthF(width_px(item.value, self.scale_max))
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                    p.setPen(pen)
                    line_end = x + self._sample_line(metrics)
                    p.drawLine(int(x), int(middle), int(line_end), int(middle))
                    x = line_end + 6
                p.setPen(QColor(self.theme.denial if item.denial else self.theme.text))
                p.drawText(int(x), baseline, item.text)
        p.end()
