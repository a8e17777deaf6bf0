"""How the selected flow's figure moved: each claim's range at its published day.

The comparison chart's colours and marks: a claimant-coloured bar from low to
high (a dot for a single figure), "up to" fading in from 0, "at least" ending in
an arrow, a denial as the ✕ in the denial colour. Days share the timeline's
axis, so a claim sits under its mark. A flow of many claims is drawn as each
day's envelope (lowest to highest claimed that day).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QWidget

from .painting import painter_on

MOST_ONE_BY_ONE = 300
"""A flow with more claims than this is drawn as each day's envelope."""


class FigureHistory(QWidget):
    """Paints the flow of ``rows`` (claim rows of the view) against the timeline's days."""

    def __init__(self, canvas, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = canvas   # the timeline's canvas: its x axis
        self.rows = np.zeros(0, dtype=np.int64)
        self.selected_row: int | None = None
        self.number = lambda v: f"{int(v):,}"
        self.setMinimumHeight(44)
        self.setMaximumHeight(100)

    def set_rows(self, rows: np.ndarray, selected: int | None) -> None:
        self.rows, self.selected_row = rows, selected
        self.update()

    def paintEvent(self, _event) -> None:
        with painter_on(self) as painter:
            self._paint(painter)

    def _paint(self, painter: QPainter) -> None:
        canvas = self.canvas
        theme = canvas.theme
        painter.fillRect(self.rect(), QColor(theme.base))
        if canvas.marks is None or not len(self.rows):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = canvas.claims_index
        rows = self.rows[self.rows < len(canvas.marks.days_of_claims)]   # (claims added since: marks on their way)
        rows = rows[canvas.marks.days_of_claims[rows] >= canvas.marks.first_day]
        low, high = view.low[rows], view.high[rows]
        top_value = np.nanmax(np.concatenate([low, high, [0.0]]))
        top_value = top_value * 1.12 if top_value > 0 else 1.0
        plot = QRectF(canvas.plot_rect().left(), 8, canvas.plot_rect().width(), self.height() - 16)

        def y(value: float) -> float:
            return plot.bottom() - value / top_value * plot.height()

        # Axis: 0 and the top figure.
        painter.setPen(QPen(QColor(theme.muted), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for value in (0.0, top_value / 1.12):
            painter.drawText(QRectF(0, y(value) - 8, plot.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.number(value))
        if canvas.as_of is not None:   # what was not known yet is faint, as on the timeline
            x = canvas.x_of(canvas.as_of + 0.5)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        days = canvas.marks.days_of_claims[rows]
        if len(rows) > MOST_ONE_BY_ONE:
            self._envelopes(painter, days, low, high, y, theme)
        else:
            order = np.lexsort((rows, days))
            seen: dict[int, int] = {}
            stance = view.coded["stance"]
            kinds = view.coded["claimant_type"]
            for i in order.tolist():
                row = int(rows[i])
                k = seen.get(int(days[i]), 0)
                seen[int(days[i])] = k + 1
                x = canvas.x_of(float(days[i])) + (k % 5) * 5 - 10 * (k > 0)
                colour = QColor(theme.claimant(str(kinds.values[kinds.codes[row]])))
                denies = str(stance.values[stance.codes[row]]) == "denies"
                self._claim(painter, x, low[i], high[i], y, plot, colour, denies, theme)
                if row == self.selected_row:
                    painter.setPen(QPen(QColor(theme.flow_selected), 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    lo = low[i] if not np.isnan(low[i]) else 0.0
                    hi = high[i] if not np.isnan(high[i]) else top_value / 1.12
                    painter.drawRoundedRect(QRectF(x - 6, y(hi) - 6, 12, y(lo) - y(hi) + 12), 4, 4)
        painter.end()

    def _claim(self, painter, x, low, high, y, plot, colour, denies, theme) -> None:
        if denies:
            value = high if not np.isnan(high) else low
            at = y(value) if not np.isnan(value) else plot.top() + 6
            painter.setPen(QPen(QColor(theme.denial), 2.2))
            painter.drawLine(QPointF(x - 4, at - 4), QPointF(x + 4, at + 4))
            painter.drawLine(QPointF(x - 4, at + 4), QPointF(x + 4, at - 4))
            return
        if np.isnan(low) and np.isnan(high):   # no figure: a hollow mark on the axis
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, plot.bottom() - 4), 3, 3)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        if np.isnan(low):   # "up to": fades in from 0
            gradient = QLinearGradient(QPointF(x, y(0)), QPointF(x, y(high)))
            faint = QColor(colour)
            faint.setAlpha(0)
            gradient.setColorAt(0, faint)
            gradient.setColorAt(1, colour)
            painter.setBrush(gradient)
            painter.drawRect(QRectF(x - 3, y(high), 6, y(0) - y(high)))
            return
        if np.isnan(high):   # "at least": ends in an arrow
            painter.setBrush(colour)
            painter.drawRect(QRectF(x - 3, plot.top() + 6, 6, y(low) - plot.top() - 6))
            painter.drawPolygon([QPointF(x - 6, plot.top() + 7), QPointF(x + 6, plot.top() + 7), QPointF(x, plot.top())])
            return
        painter.setBrush(colour)
        if high - low <= 0:
            painter.drawEllipse(QPointF(x, y(high)), 4, 4)
        else:
            painter.drawRoundedRect(QRectF(x - 3, y(high), 6, max(y(low) - y(high), 2)), 2, 2)

    def _envelopes(self, painter, days, low, high, y, theme) -> None:
        pooled_low = np.fmin(low, high)
        pooled_high = np.fmax(low, high)
        uniq, group = np.unique(days, return_inverse=True)
        lo = np.full(len(uniq), np.nan)
        hi = np.full(len(uniq), np.nan)
        np.fmin.at(lo, group, pooled_low)
        np.fmax.at(hi, group, pooled_high)
        colour = QColor(theme.flow)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for day, a, b in zip(uniq.tolist(), lo.tolist(), hi.tolist()):
            if np.isnan(a):
                continue
            x = self.canvas.x_of(float(day))
            painter.drawRect(QRectF(x - 2, y(b), 4, max(y(a) - y(b), 2)))
