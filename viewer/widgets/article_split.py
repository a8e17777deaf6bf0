"""The source pane's split between the article and the panes below it: the article gets what they do not need."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget


class ArticleSplit(QSplitter):
    """Vertical: ``first`` (the article) above ``second``. Until the reader drags the handle, ``second`` has
    its least height (and a third of the split at most) and ``first`` the rest; QSplitter alone would give
    ``second`` its stretch's share of every pixel gained, left blank below a short list. Once dragged, the
    reader's shares are kept as QSplitter keeps them."""

    def __init__(self, first: QWidget, second: QWidget):
        super().__init__(Qt.Orientation.Vertical)
        self.setChildrenCollapsible(False)   # neither the article nor what is below it vanishes under a drag
        self.addWidget(first)
        self.addWidget(second)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.dragged = False
        self.splitterMoved.connect(self._moved)   # (emitted only for a drag of the handle)

    def _moved(self, _pos: int, _index: int) -> None:
        self.dragged = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.dragged:
            QTimer.singleShot(0, self, self.share)   # once QSplitter has shared the pixels by its stretch

    def share(self) -> None:
        """The default shares for the current height (nothing once the reader has dragged the handle)."""
        if self.dragged or self.count() < 2:
            return
        first, second = self.widget(0), self.widget(1)
        height, handle = self.height(), self.handleWidth()
        lower = max(second.minimumSizeHint().height(), height // 3)
        lower = min(lower, max(0, height - first.minimumHeight() - handle))
        self.setSizes([max(0, height - lower - handle), lower])
