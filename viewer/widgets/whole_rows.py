"""A scroll area over rows of one height that never shows a row cut in half."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea


class WholeRowsScroll(QScrollArea):
    """Its viewport is as many whole rows high as fit (what height is left over stays blank below it),
    and it scrolls by whole rows: wheel, keys, scroll bar or a Tab to a row out of sight.

    The rows are ``row`` pixels high, ``gap`` apart, from the top of the content with no margin;
    the owner says so with :meth:`set_rows` (0 rows high: an ordinary scroll area)."""

    def __init__(self):
        super().__init__(widgetResizable=True)
        self._row = self._gap = 0
        self.verticalScrollBar().valueChanged.connect(self._snap)

    @property
    def pitch(self) -> int:
        """From the top of one row to the top of the next."""
        return self._row + self._gap

    def set_rows(self, row: int, gap: int) -> None:
        if (row, gap) != (self._row, self._gap):
            self._row, self._gap = row, gap
            self._fit()

    def rows_shown(self) -> int:
        """How many whole rows the viewport is high."""
        return (self.viewport().height() + self._gap) // self.pitch if self._row else 0

    def resizeEvent(self, event) -> None:
        self._fit()
        super().resizeEvent(event)

    def _fit(self) -> None:
        room = self.height() - 2 * self.frameWidth()
        spare = 0
        if self._row and room >= self._row:
            rows = (room + self._gap) // self.pitch
            spare = room - (rows * self.pitch - self._gap)
        if self.viewportMargins().bottom() != spare:
            self.setViewportMargins(0, 0, 0, spare)
        self._snap(self.verticalScrollBar().value())

    def _snap(self, value: int) -> None:
        if not self._row:
            return
        bar = self.verticalScrollBar()
        whole = min(round(value / self.pitch) * self.pitch, bar.maximum() // self.pitch * self.pitch)
        if whole != value:
            bar.setValue(whole)
