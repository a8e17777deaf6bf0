"""The timeline's drawing: a row per destination, a mark per claim at its published day (or one mark
with a count where many crowd), period spans, the event, the date range and the "as of" handle.

It paints from :class:`~viewer.model.timeline.layout.TimelineMarks` binned by
pixel (kept until the size or the filters change), so a paint never looks at
each claim. Mouse: click a mark to select its claim, drag across dates to filter
every view to them, drag the handle (or click the date axis) to move "as of".
"""

from __future__ import annotations


import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ..model.timeline.as_of import day_of
from ..model.timeline.layout import TimelineMarks
from ..qt.plain import tooltip
from .painting import painter_on
from .palette import Theme
from .timeline_painting import HANDLE, MARK, TimelinePainting

AXIS = 34          # pixels above the rows: date ticks and the event's label
MIN_ROW, MAX_ROW = 12, 30


class TimelineCanvas(TimelinePainting, QWidget):
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
        self.first_row = 0   # the first row shown: where the rows do not all fit, the wheel and Page Up/Down scroll them
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

    def min_row(self) -> int:
        """The least height of a row: its name's line (12 px at least)."""
        return max(MIN_ROW, QFontMetrics(self.font()).height() + 1)

    def height_for(self, rows: int) -> int:
        """The height that shows ``rows`` rows at their smallest."""
        return AXIS + max(rows, 2) * self.min_row() + 4

    def plot_rect(self) -> QRectF:
        left = self.label_width()
        return QRectF(left, AXIS, max(self.width() - left - 14, 10), max(self.height() - AXIS - 4, 10))

    def row_height(self) -> float:
        n = max(self.marks.n_rows, 1) if self.marks is not None else 1
        return float(min(MAX_ROW, max(self.min_row(), self.plot_rect().height() / n)))

    def rows_fitting(self) -> int:
        """How many rows are shown whole at once."""
        return max(1, int(self.plot_rect().height() / self.row_height() + 1e-6))   # (160 // (160 / 6) is 5.0)

    def rows_shown(self) -> range:
        """The rows shown now (all of them, or a window of them scrolled to ``first_row``)."""
        n = self.marks.n_rows if self.marks is not None else 0
        self.first_row = min(max(self.first_row, 0), max(n - self.rows_fitting(), 0))
        return range(self.first_row, min(n, self.first_row + self.rows_fitting()))

    def scroll_rows(self, by: int) -> bool:
        """Scroll the rows by ``by`` (clamped); True if they moved."""
        before = self.first_row
        self.first_row += by
        self.rows_shown()
        if self.first_row != before:
            self.update()
        return self.first_row != before

    def show_row(self, row: int) -> None:
        """Scroll so that ``row`` is shown (a claim selected elsewhere)."""
        shown = self.rows_shown()
        if row < shown.start:
            self.scroll_rows(row - shown.start)
        elif row >= shown.stop:
            self.scroll_rows(row - shown.stop + 1)

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
        return self.plot_rect().top() + (row - self.first_row + 0.5) * self.row_height()

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
        with painter_on(self) as painter:
            self._paint(painter)

    def _paint(self, painter: QPainter) -> None:
        theme = self.theme
        painter.fillRect(self.rect(), QColor(theme.base))
        if self.marks is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        row_h = self.row_height()
        metrics = QFontMetrics(self.font())
        # Rows: stripes and names.
        shown = self.rows_shown()
        for row in shown:
            label = self.marks.row_labels[row]
            top = rect.top() + (row - shown.start) * row_h
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
        self._paint_more_rows(painter, rect, shown)

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

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() // 120 or (1 if event.angleDelta().y() < 0 else -1 if event.angleDelta().y() else 0)
        if steps and self.scroll_rows(-steps):
            event.accept()
        else:
            event.ignore()   # (nothing to scroll: the panel's parent may)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            page = max(self.rows_fitting() - 1, 1)
            self.scroll_rows(-page if key == Qt.Key.Key_PageUp else page)
            return
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
