"""The source pane's list of the figures no claim uses yet ("7 figures not yet claimed"), and their marks.

Up/Down walk the list and the article follows (the figure's words are selected in it); A or Enter asks for a
claim made from the figure's draft (``claimRequested`` with the figure's index in the article's figures).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..model.finder import Figure, unclaimed
from ..qt.plain import plain, tooltip
from .palette import Theme, contrast


def figure_format(theme: Theme) -> QTextCharFormat:
    """A figure's mark: a line over its words (a shape, not a colour alone; no quote sets one), its words in
    the flows' colour where that reads 4.5:1 on the page. It sets no background and comes before the quotes'
    marks, so a quote's highlight, underline and ink over a figure stay as they are."""
    fmt = QTextCharFormat()
    fmt.setFontOverline(True)
    if contrast(theme.flow, theme.base) >= 4.5:
        fmt.setForeground(QColor(theme.flow))
    return fmt


class FigureList(QListWidget):
    """The list itself: A or Enter on a figure asks for its claim."""

    def __init__(self, owner: "FiguresPanel"):
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event) -> None:
        plain_key = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain_key and event.key() in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.owner.request_claim():
                return
        super().keyPressEvent(event)


class FiguresPanel(QWidget):
    """The count, and the figures not yet claimed, in the article's order."""

    figureShown = Signal(int, int)       # start, end (code points) of the current figure
    claimRequested = Signal(int)         # the figure's index among the article's figures

    def __init__(self):
        super().__init__()
        self.count = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.count.setStyleSheet("font-weight: 600;")
        self.list = FigureList(self)
        self.count.setBuddy(self.list)
        self.figures: list[Figure] = []
        self.open: list[int] = []        # indexes into figures of those not yet claimed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        self.list.currentRowChanged.connect(self._current)
        self.list.itemClicked.connect(lambda _item: self._current(self.list.currentRow()))
        self.list.itemDoubleClicked.connect(lambda _item: self.request_claim())
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Figures not yet claimed"))
        self.list.setAccessibleDescription(self.tr("Up and Down show a figure in the article; A or Enter makes a "
                                                   "claim of it"))
        self.list.setToolTip(self.tr("A or Enter: a new claim from this figure, filled in from its draft"))
        self._say_count()

    def _say_count(self) -> None:
        self.count.setText(self.tr("%Ln figure(s) not yet claimed", "", len(self.open)))

    def show_figures(self, text: str, figures: list[Figure], claims) -> None:
        """The figures of the shown article, and its claims as (quote_start, quote_end, low, high)."""
        row = max(self.list.currentRow(), 0)
        self.figures = figures
        left = {(f.start, f.end) for f in unclaimed(figures, claims)}
        self.open = [i for i, f in enumerate(figures) if (f.start, f.end) in left]
        self.list.blockSignals(True)
        self.list.clear()
        for i in self.open:
            fig = figures[i]
            line = text[max(0, fig.start - 40):fig.end + 40].replace("\n", " ").strip()
            item = QListWidgetItem(plain(f"{fig.text} — …{line}…"))
            item.setToolTip(tooltip(line))
            self.list.addItem(item)
        if self.open:
            self.list.setCurrentRow(min(row, len(self.open) - 1))
        self.list.blockSignals(False)
        self._say_count()

    def clear(self) -> None:
        self.show_figures("", [], [])

    def _current(self, row: int) -> None:
        if 0 <= row < len(self.open):
            fig = self.figures[self.open[row]]
            self.figureShown.emit(fig.start, fig.end)

    def request_claim(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.open):
            return False
        self.claimRequested.emit(self.open[row])
        return True
