"""The timeline's parts drawn one by one: the date axis, the event's line, the marks (one per claim, or
one with a count where many crowd) with their period spans, and the "as of" handle (a part of
TimelineCanvas, which sets up the painter and the rows)."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen

from ..model.timeline.as_of import day_number, day_of
from ..model.timeline.layout import FEW, TYPES

MARK = 7           # diameter of one claim's mark
HANDLE = 7         # half-width of the grip of the "as of" handle


class TimelinePainting:
    """TimelineCanvas's drawing of its parts (uses its marks, scale, rows, theme and selection)."""

    def _paint_axis(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics) -> None:
        theme = self.theme
        painter.setPen(QPen(QColor(theme.muted), 1))
        painter.drawLine(QPointF(rect.left(), rect.top() - 1), QPointF(rect.right(), rect.top() - 1))
        label_w = metrics.horizontalAdvance(self.day_words(date(2022, 12, 28))) + 16
        pill = self._as_of_pill(rect, metrics)
        for day in self._tick_days(label_w / (rect.width() / self.days_shown())):
            x = self.x_of(day)
            painter.drawLine(QPointF(x, rect.top() - 5), QPointF(x, rect.top() - 1))
            text = self.day_words(day_of(day))
            box = QRectF(x - label_w / 2, rect.top() - 20, label_w, 16)
            if pill is None or not box.adjusted(8, 0, -8, 0).intersects(pill[0]):   # the handle says its own day
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _tick_days(self, least: float) -> list[int]:
        """The axis's ticks (day numbers), at least ``least`` days apart: every day, week (on Mondays) or few
        weeks; beyond a year, on 1 January of every 1, 2, 5, 10, 25, … years (sources may lie centuries apart)."""
        first, last = self.marks.first_day, self.marks.last_day
        step = next((s for s in (1, 2, 7, 14, 28, 56, 91, 182) if s >= least), None)
        if step is not None:
            start = first + (-(first - 4) % 7 if 7 <= step < 28 else 0)   # weekly ticks on Mondays
            return list(range(start, last + 1, step))
        years = next(y for y in (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000) if y * 365.25 >= least or y == 5000)
        begin, end = day_of(first).year, day_of(last).year
        return [day_number(date(y, 1, 1)) for y in range(-(-begin // years) * years, end + 1, years)
                if 1 <= y <= 9999 and first <= day_number(date(y, 1, 1)) <= last]

    def _paint_more_rows(self, painter: QPainter, rect: QRectF, shown: range) -> None:
        """Where rows are scrolled out of sight, say how many above and below, over the names (the wheel or
        Page Up/Down scrolls them)."""
        above, below = shown.start, self.marks.n_rows - shown.stop
        if not above and not below:
            return
        painter.setPen(QColor(self.theme.muted))
        parts = []
        if above:
            parts.append(QCoreApplication.translate("TimelineCanvas", "▲ {n} more").format(n=above))
        if below:
            parts.append(QCoreApplication.translate("TimelineCanvas", "▼ {n} more").format(n=below))
        text = "  ".join(parts)
        painter.drawText(QRectF(4, rect.top() - 20, rect.left() - 8, 16), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, text)

    def _as_of_day_and_x(self, rect: QRectF) -> tuple[int, float] | None:
        """The day "as of" (or the one dragged to) and the x of its handle: the end of that day."""
        day = self.as_of if self._drag != "as_of" or self._drag_to is None else self.day_at(self._drag_to)
        if day is None:
            return None
        return day, (self.x_of(day + 0.5) if day < self.marks.last_day else rect.right())

    def _as_of_pill(self, rect: QRectF, metrics: QFontMetrics) -> tuple[QRectF, str] | None:
        """Where the handle's grip says its day, in the axis's row (kept inside the canvas), and the words."""
        at = self._as_of_day_and_x(rect)
        if at is None:
            return None
        text = self.day_words(day_of(at[0]))
        width = metrics.horizontalAdvance(text) + 12
        left = min(max(at[1] - width / 2, 1), self.width() - width - 1)
        return QRectF(left, rect.top() - 21, width, 15), text

    def _paint_event_line(self, painter: QPainter, rect: QRectF) -> None:
        if self.event_mark is None:
            return
        label, day = self.event_mark
        x = self.x_of(day)
        pen = QPen(QColor(self.theme.text), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, rect.top() - 18), QPointF(x, rect.bottom()))
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        width = QFontMetrics(font).horizontalAdvance(label) + 6
        left = x + 3 if x + 3 + width < self.width() else x - 3 - width
        painter.fillRect(QRectF(left, 1, width, 15), QColor(self.theme.base))
        painter.drawText(QRectF(left, 1, width, 15), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         label)
        painter.setFont(self.font())

    def _paint_marks(self, painter: QPainter, rect: QRectF, row_h: float) -> None:
        """Few claims: one mark each. Many: one bar per bin, its height by its count, in the colour of its
        most frequent claimant type (a denial's colour on its top when it holds denials). The bars' places
        are computed on arrays and drawn a colour at a time, so a paint costs the same at any size."""
        theme = self.theme
        bins = self.bins()
        if not len(bins):
            return
        left, width = self._x_scale()
        n_days = self.days_shown()
        xs = left + (bins.day - self.marks.first_day + 0.5) / n_days * width
        shown = self.rows_shown()
        ys = rect.top() + (bins.row - shown.start + 0.5) * row_h
        visible = (bins.row >= shown.start) & (bins.row < shown.stop)
        few = (bins.count <= FEW) & visible
        many = (bins.count > FEW) & visible
        biggest = max(int(bins.count.max()), 1)
        heights = np.maximum(MARK, (row_h - 4) * np.sqrt(bins.count / biggest))
        selected = self.selected_row
        selected_at = ((self.marks.row_of_claim(selected), float(self.marks.days_of_claims[selected]))
                       if selected is not None and self.marks.counted(selected) else None)
        ring: QRectF | None = None
        per_day = width / n_days
        areas = {}
        painter.setPen(Qt.PenStyle.NoPen)
        for kind in range(len(TYPES)):
            pick = np.flatnonzero(many & (bins.kind == kind))
            if not len(pick):
                continue
            rects = [QRectF(x - MARK / 2 - 1, y - h / 2, MARK + 2, h)
                     for x, y, h in zip(xs[pick].tolist(), ys[pick].tolist(), heights[pick].tolist())]
            painter.setBrush(QColor(theme.claimant(TYPES[kind])))
            painter.drawRects(rects)
            areas.update(zip(pick.tolist(), rects))
        denied = np.flatnonzero(many & (bins.denials > 0))
        if len(denied):
            painter.setPen(QPen(QColor(theme.denial), 2))
            painter.drawLines([QLineF(areas[i].topLeft(), areas[i].topRight()) for i in denied.tolist()])
        for i, area in areas.items():
            self._hits.append((area, 1, i))
        if selected_at is not None:
            near = np.flatnonzero(many & (bins.row == selected_at[0])
                                  & (np.abs(bins.day - selected_at[1]) * per_day < MARK + 3))
            if len(near):
                ring = areas[int(near[0])]
        # Few claims: a dot each (a round point of the claimant's colour), a denial's ✕, the period behind,
        # gathered first and drawn a colour at a time.
        marks = self.marks
        first_day = marks.first_day
        dots: dict[int, list[QPointF]] = {}
        crosses: list[QLineF] = []
        spans: list[QRectF] = []
        chosen_span = None
        r = MARK / 2
        for i in np.flatnonzero(few).tolist():
            count, y = int(bins.count[i]), float(ys[i])
            for k, claim in enumerate(bins.claims(i).tolist()):
                x = left + (float(marks.days_of_claims[claim]) - first_day + 0.5) / n_days * width
                dx = (k // 3 - (count - 1) // 6) * (MARK + 1) if count > 3 else 0
                dy = ((k % 3) - (min(count, 3) - 1) / 2) * min(MARK, row_h / 3)
                cx, cy = x + dx, y + dy
                period = self._period(claim)
                if period is not None:
                    x0 = self.x_of(max(period[0], first_day) - 0.5)
                    x1 = self.x_of(min(period[1], marks.last_day) + 0.5)
                    span = QRectF(x0, y - 2, max(x1 - x0, 1), 4)
                    if claim == selected:
                        chosen_span = span
                    else:
                        spans.append(span)
                area = QRectF(cx - r, cy - r, MARK, MARK)
                if marks.claim_denies[claim]:
                    crosses += [QLineF(area.topLeft(), area.bottomRight()), QLineF(area.bottomLeft(), area.topRight())]
                else:
                    dots.setdefault(int(marks.claim_kind[claim]), []).append(QPointF(cx, cy))
                self._hits.append((area, 0, claim))
                if claim == selected:
                    ring = area
        faint = QColor(theme.muted)
        faint.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faint)
        painter.drawRects(spans)
        if chosen_span is not None:
            faint.setAlpha(150)
            painter.setBrush(faint)
            painter.drawRect(chosen_span)
        for kind, points in dots.items():
            pen = QPen(QColor(theme.claimant(TYPES[kind])), MARK)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(points)
        if crosses:   # the chart's denial mark: an ✕ in the denial colour
            painter.setPen(QPen(QColor(theme.denial), 2.2))
            painter.drawLines(crosses)
        if ring is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(theme.flow_selected), 2))
            if ring.height() <= MARK + 2:
                painter.drawEllipse(ring.adjusted(-3, -3, 3, 3))
            else:
                painter.drawRoundedRect(ring.adjusted(-3, -3, 3, 3), 3, 3)

    def _period(self, claim: int) -> tuple[int, int] | None:
        if claim not in self._periods:
            start, end = self.claims_index.col["period_start"][claim], self.claims_index.col["period_end"][claim]
            try:
                first = day_number(date.fromisoformat(start)) if start else None
                last = day_number(date.fromisoformat(end)) if end else None
            except ValueError:
                first = last = None
            if first is None and last is None:
                self._periods[claim] = None
            else:
                day = int(self.marks.days_of_claims[claim])
                self._periods[claim] = (first if first is not None else day, last if last is not None else day)
        return self._periods[claim]

    def _paint_as_of(self, painter: QPainter, rect: QRectF) -> None:
        theme = self.theme
        at = self._as_of_day_and_x(rect)
        if at is None:
            return
        x = at[1]
        later = QColor(theme.base)
        later.setAlpha(170)
        painter.fillRect(QRectF(x, rect.top(), rect.right() - x + 10, rect.height()), later)   # not known yet
        painter.setPen(QPen(QColor(theme.flow), 2))
        painter.drawLine(QPointF(x, rect.top() - 6), QPointF(x, rect.bottom()))
        # The grip: the day in a pill above the line, pointing at it.
        pill, text = self._as_of_pill(rect, QFontMetrics(self.font()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.flow))
        painter.drawRoundedRect(pill, 4, 4)
        grip = QPainterPath()
        grip.moveTo(x - 4, pill.bottom() - 1)
        grip.lineTo(x + 4, pill.bottom() - 1)
        grip.lineTo(x, rect.top() - 1)
        grip.closeSubpath()
        painter.drawPath(grip)
        painter.setPen(QColor(theme.base))   # (white on the light themes, dark on the dark)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
