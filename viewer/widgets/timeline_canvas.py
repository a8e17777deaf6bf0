"""The timeline's drawing: a row per destination, a mark per claim at its published day (or one mark
with a count where many crowd), period spans, the event, the date range and the "as of" handle.

It paints from :class:`~viewer.model.timeline.layout.TimelineMarks` binned by
pixel (kept until the size or the filters change), so a paint never looks at
each claim. Mouse: click a mark to select its claim, drag across dates to filter
every view to them, drag the handle (or click the date axis) to move "as of".
"""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..model.timeline.as_of import day_number, day_of
from ..model.timeline.layout import FEW, TYPES, TimelineMarks
from ..qt.plain import tooltip
from .palette import Theme

AXIS = 34          # pixels above the rows: date ticks and the event's label
MIN_ROW, MAX_ROW = 12, 30
MARK = 7           # diameter of one claim's mark
HANDLE = 7         # half-width of the grip of the "as of" handle


class TimelineCanvas(QWidget):
    """Paints the marks; tells the panel what the mouse chose (it writes to the state)."""

    claimClicked = Signal(int)           # the claim's row in the view
    asOfDragged = Signal(object)         # a date
    rangeChosen = Signal(object, object) # first and last date
    stepRequested = Signal(int)          # -1 / +1 day (arrow keys)
    keyPressed = Signal(int)             # any other key, for the panel

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(AXIS + 2 * MIN_ROW + 4)
        self.marks: TimelineMarks | None = None
        self.claims_index = None
        self.theme: Theme | None = None
        self.day_words = lambda d: d.isoformat()
        self.event_mark: tuple[str, int] | None = None   # the dataset's event: label and day
        self.as_of: int | None = None
        self.range: tuple[int, int] | None = None
        self.selected_row: int | None = None
        self._bins = None
        self._bins_for: tuple | None = None
        self._hits: list[tuple[QRectF, int, int]] = []   # (area, kind: 0 claim / 1 bin, claim row or bin)
        self._press: QPointF | None = None
        self._drag: str | None = None                    # "as_of" or "range"
        self._drag_to: float | None = None
        self._periods: dict[int, tuple[int, int] | None] = {}
        self._label_width: tuple | None = None

    # --- geometry -------------------------------------------------------------------------------
    def label_width(self) -> int:
        if self.marks is None or not self.marks.row_labels:
            return 60
        key = (id(self.marks), self.font().key())
        if self._label_width is None or self._label_width[0] != key:
            metrics = QFontMetrics(self.font())
            width = min(180, max(metrics.horizontalAdvance(label) for label in self.marks.row_labels) + 14)
            self._label_width = (key, width)
        return self._label_width[1]

    @staticmethod
    def height_for(rows: int) -> int:
        """The height that shows ``rows`` rows at their smallest."""
        return AXIS + max(rows, 2) * MIN_ROW + 4

    def plot_rect(self) -> QRectF:
        left = self.label_width()
        return QRectF(left, AXIS, max(self.width() - left - 14, 10), max(self.height() - AXIS - 4, 10))

    def row_height(self) -> float:
        n = max(self.marks.n_rows, 1) if self.marks is not None else 1
        return float(min(MAX_ROW, max(MIN_ROW, self.plot_rect().height() / n)))

    def days_shown(self) -> int:
        return self.marks.last_day - self.marks.first_day + 1 if self.marks is not None else 1

    def x_of(self, day: float) -> float:
        left, width = self._x_scale()
        return left + (day - self.marks.first_day + 0.5) / self.days_shown() * width

    def _x_scale(self) -> tuple[float, float]:
        rect = self.plot_rect()
        return rect.left(), rect.width()

    def day_at(self, x: float) -> int:
        rect = self.plot_rect()
        day = self.marks.first_day + np.floor((x - rect.left()) / rect.width() * self.days_shown())
        return int(min(max(day, self.marks.first_day), self.marks.last_day))

    def y_of(self, row: int) -> float:
        return self.plot_rect().top() + (row + 0.5) * self.row_height()

    def bins(self):
        """The marks binned for the width now (made again only when the width or the marks change)."""
        per_day = self.plot_rect().width() / self.days_shown()
        days_per_bin = max(1.0, (MARK + 3) / per_day)
        key = (id(self.marks), round(days_per_bin, 3))
        if self._bins_for != key:
            self._bins = self.marks.bins(days_per_bin)
            self._bins_for = key
        return self._bins

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        theme = self.theme
        painter.fillRect(self.rect(), QColor(theme.base))
        if self.marks is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        row_h = self.row_height()
        metrics = QFontMetrics(self.font())
        # Rows: stripes and names.
        for row, label in enumerate(self.marks.row_labels):
            top = rect.top() + row * row_h
            if top > self.height():
                break
            if row % 2:
                painter.fillRect(QRectF(0, top, self.width(), row_h), QColor(theme.alternate_base))
            painter.setPen(QColor(theme.text))
            painter.drawText(QRectF(4, top, rect.left() - 8, row_h), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignLeft, metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                                              int(rect.left() - 10)))
        self._paint_axis(painter, rect, metrics)
        # The date range chosen (or being dragged).
        span = self._shown_range()
        if span is not None:
            band = QColor(theme.selection)
            band.setAlpha(45)
            x0, x1 = self.x_of(span[0] - 0.5), self.x_of(span[1] + 0.5)
            painter.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), band)
        self._paint_event_line(painter, rect)
        self._hits = []
        self._paint_marks(painter, rect, row_h)
        self._paint_as_of(painter, rect)

    def _paint_axis(self, painter: QPainter, rect: QRectF, metrics: QFontMetrics) -> None:
        theme = self.theme
        painter.setPen(QPen(QColor(theme.muted), 1))
        painter.drawLine(QPointF(rect.left(), rect.top() - 1), QPointF(rect.right(), rect.top() - 1))
        label_w = metrics.horizontalAdvance(self.day_words(date(2022, 12, 28))) + 16
        per_day = rect.width() / self.days_shown()
        step = next((s for s in (1, 2, 7, 14, 28, 56, 91, 182, 365, 730) if s * per_day >= label_w), 1461)
        first = self.marks.first_day
        day = first + (-(first - 4) % 7 if step >= 7 and step < 28 else 0)   # weekly ticks on Mondays
        while day <= self.marks.last_day:
            x = self.x_of(day)
            painter.drawLine(QPointF(x, rect.top() - 5), QPointF(x, rect.top() - 1))
            text = self.day_words(day_of(day))
            painter.drawText(QRectF(x - label_w / 2, rect.top() - 20, label_w, 16), Qt.AlignmentFlag.AlignCenter, text)
            day += step

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
        ys = rect.top() + (bins.row + 0.5) * row_h
        visible = ys <= self.height()
        few = (bins.count <= FEW) & visible
        many = (bins.count > FEW) & visible
        biggest = max(int(bins.count.max()), 1)
        heights = np.maximum(MARK, (row_h - 4) * np.sqrt(bins.count / biggest))
        selected = self.selected_row
        selected_at = ((self.marks.row_of_claim(selected), float(self.marks.days_of_claims[selected]))
                       if selected is not None else None)
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
        day = self.as_of if self._drag != "as_of" or self._drag_to is None else self.day_at(self._drag_to)
        if day is None:
            return
        x = self.x_of(day + 0.5) if day < self.marks.last_day else rect.right()
        later = QColor(theme.base)
        later.setAlpha(170)
        painter.fillRect(QRectF(x, rect.top(), rect.right() - x + 10, rect.height()), later)   # not known yet
        painter.setPen(QPen(QColor(theme.flow), 2))
        painter.drawLine(QPointF(x, rect.top() - 4), QPointF(x, rect.bottom()))
        grip = QPainterPath()
        grip.moveTo(x - HANDLE, rect.top() - 12)
        grip.lineTo(x + HANDLE, rect.top() - 12)
        grip.lineTo(x, rect.top() - 2)
        grip.closeSubpath()
        painter.setBrush(QColor(theme.flow))
        painter.drawPath(grip)

    def _shown_range(self) -> tuple[int, int] | None:
        if self._drag == "range" and self._press is not None and self._drag_to is not None:
            a, b = self.day_at(self._press.x()), self.day_at(self._drag_to)
            return min(a, b), max(a, b)
        return self.range

    # --- the mouse and the keys ---------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[int, int] | None:
        for area, kind, what in reversed(self._hits):
            if area.adjusted(-2, -2, 2, 2).contains(pos):
                return kind, what
        return None

    def _near_handle(self, pos: QPointF) -> bool:
        if self.marks is None:
            return False
        if pos.y() < AXIS:   # the date axis: click or drag there to move "as of"
            return True
        if self.as_of is None:
            return False
        x = self.x_of(self.as_of + 0.5) if self.as_of < self.marks.last_day else self.plot_rect().right()
        return abs(pos.x() - x) <= HANDLE

    def mousePressEvent(self, event) -> None:
        if self.marks is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press = event.position()
        self._drag = "as_of" if self._near_handle(self._press) else None
        self._drag_to = self._press.x() if self._drag else None
        self.update()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None:
            if self._drag is None and abs(pos.x() - self._press.x()) > 4:
                self._drag = "range"
            if self._drag is not None:
                self._drag_to = pos.x()
                if self._drag == "as_of":
                    self.asOfDragged.emit(day_of(self.day_at(pos.x())))
                self.update()
            return
        self.setCursor(Qt.CursorShape.SizeHorCursor if self._near_handle(pos) else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None:
            return
        pos = event.position()
        drag, press = self._drag, self._press
        self._press, self._drag, self._drag_to = None, None, None
        if drag == "as_of":
            self.asOfDragged.emit(day_of(self.day_at(pos.x())))
        elif drag == "range":
            a, b = sorted((self.day_at(press.x()), self.day_at(pos.x())))
            self.rangeChosen.emit(day_of(a), day_of(b))
        else:
            hit = self.hit(pos)
            if hit is not None:
                kind, what = hit
                self.claimClicked.emit(what if kind == 0 else int(self.bins().claims(what, 1)[0]))
        self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and getattr(self, "marks", None) is not None:
            text = self.describe_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    describe_at = staticmethod(lambda _pos: "")
    """Set by the panel: the hover text at a point (who, what, when)."""

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.stepRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End):
            self.keyPressed.emit(int(key.value) if hasattr(key, "value") else int(key))
            return
        super().keyPressEvent(event)

    def invalidate(self) -> None:
        """The marks or their labels changed: bin and paint again."""
        self._bins_for = None
        self._periods = {}
        self.update()
