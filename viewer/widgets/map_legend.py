"""The map's legend: sample arrow widths on the map's one scale of totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..model.map_layout import width_px
from ..qt.i18n import Retranslating
from ..qt.words import number
from .palette import LIGHT, Theme


class WidthLegend(Retranslating, QWidget):
    """Sample arrow widths on the map's one scale of totals."""

    def __init__(self, theme: Theme = LIGHT):
        super().__init__()
        self.scale_max = 0.0
        self.theme = theme
        self.setMinimumHeight(34)

    def set_scale(self, scale_max: float) -> None:
        self.scale_max = scale_max
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setMinimumHeight(max(34, int(self.fontMetrics().height() * 2.2)))
        self.update()

    def texts(self) -> tuple[str, str, str]:
        """The legend's words in the interface language: title, key, denial mark."""
        return (self.tr("Width:"), self.tr("people · dotted: no figure · dashed: per day ·"), self.tr("✕ denied"))

    def retranslate(self) -> None:
        self.update()   # texts() are translated as they are painted

    def paintEvent(self, _event) -> None:
        title, note, denied = self.texts()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        middle = self.height() / 2
        baseline = int(middle + (metrics.ascent() - metrics.descent()) / 2)
        ink = QColor(self.theme.text)
        x = 6
        p.setPen(ink)
        p.drawText(x, baseline, title)
        x += metrics.horizontalAdvance(title) + 10
        samples = [self.scale_max * f for f in (0.1, 0.4, 1.0)] if self.scale_max else []
        line = metrics.height() * 2
        for value in samples:
            pen = QPen(QColor(self.theme.flow))
            pen.setWidthF(width_px(value, self.scale_max))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(x, int(middle), x + line, int(middle))
            p.setPen(ink)
            label = number(round(value))
            p.drawText(x + line + 6, baseline, label)
            x += line + 18 + metrics.horizontalAdvance(label)
        room = self.width() - x - metrics.horizontalAdvance(denied) - 12
        if metrics.horizontalAdvance(note) > room:   # a narrow window: the key shortened
            note = self.tr("people ·")
        p.drawText(x, baseline, note)
        x += metrics.horizontalAdvance(note) + 6
        p.setPen(QColor(self.theme.denial))
        p.drawText(x, baseline, denied)
        p.end()
