"""How large the window's panes are: their default sizes for the window's size, the least each may have, and
their shares of the window kept when it is resized.

Every pane stays useful from 1024×700 up: the article shows at least five lines, "Other claims on this flow"
three rows, the chart three bars, the table five rows and the search box room to type. A small window (under
1280×800) gives the right-hand panes the whole height (the table goes under the map alone); a large one runs
the table under everything. When the window is resized, each pane keeps its share of it (QMainWindow would give
every pixel gained to the map, and a table shrunk once would stay small); a share changes when the reader drags
a separator.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLayout, QMainWindow

COMPACT = (1280, 800)
"""Below this width or height the window is small: the right-hand panes take its whole height."""
ARTICLE_LINES = 5
"""Lines of the article the source pane always shows."""
OTHER_ROWS = 3
"""Rows of "Other claims on this flow" always shown."""
CHART_BARS = 3
"""Bars the comparison chart always shows."""
TABLE_ROWS = 5
"""Rows the claims table always shows."""
SEARCH_CHARACTERS = 24
"""The search box is never narrower than this many average characters."""


def is_compact(width: int, height: int) -> bool:
    return width < COMPACT[0] or height < COMPACT[1]


def minimums(window: QMainWindow) -> None:
    """The least each pane's parts may have (in lines and rows of their own fonts)."""
    source, chart, table = window.source, window.chart, window.table
    article = source.article
    article.setMinimumHeight(ARTICLE_LINES * article.fontMetrics().lineSpacing()
                             + 2 * article.frameWidth() + int(article.document().documentMargin() * 2))
    source.set_least_rows(OTHER_ROWS)
    chart.set_least_bars(CHART_BARS)
    view = table.table
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height()
                          + TABLE_ROWS * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth()
                          + view.horizontalScrollBar().sizeHint().height())
    table.search.setMinimumWidth(SEARCH_CHARACTERS * table.search.fontMetrics().averageCharWidth())


def balance(window: QMainWindow) -> None:
    """The default layout for the window's size: the map with the source and the chart beside it, the table
    below."""
    w, h = window.width(), window.height()
    docks = window.docks
    compact = is_compact(w, h)
    set_corner(window, compact)
    window.resizeDocks([docks["source"]], [int(w * (0.46 if compact else 0.42))], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["source"], docks["chart"]], [int(h * 0.58), int(h * 0.42)] if compact
                       else [int(h * 0.44), int(h * 0.23)], Qt.Orientation.Vertical)
    window.resizeDocks([docks["table"]], [int(h * (0.36 if compact else 0.30))], Qt.Orientation.Vertical)
    keeper = getattr(window, "_dock_shares", None)
    if keeper is not None:
        keeper.remember_later()


def set_corner(window: QMainWindow, compact: bool) -> bool:
    """Small, the right-hand panes take the window's whole height; large, the table runs under everything.
    True when that changed the layout."""
    area = Qt.DockWidgetArea.RightDockWidgetArea if compact else Qt.DockWidgetArea.BottomDockWidgetArea
    if window.corner(Qt.Corner.BottomRightCorner) == area:
        return False
    window.setCorner(Qt.Corner.BottomRightCorner, area)
    return True


def install(window: QMainWindow) -> None:
    """Set the panes' minimums, and keep their shares of the window as it is resized."""
    minimums(window)
    # The window's least size is the small layout's: stacked as in a large window, the panes' least heights
    # would stop a shrinking window short of 700 px before it could switch to the small layout.
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setMinimumSize(800, 560)
    window._dock_shares = Shares(window)


class Shares(QObject):
    """Each pane's share of the window (the table's of its height, the right-hand panes' of its width, the
    source's of the right-hand column), put back after the window is resized."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.shares: dict[str, float] | None = None
        self.size = window.size()
        self._apply = QTimer(self, singleShot=True, interval=40)   # once the window has laid out its new size
        self._apply.timeout.connect(self.apply)
        window.installEventFilter(self)
        for dock in window.docks.values():
            dock.installEventFilter(self)
        window.docks["table"].topLevelChanged.connect(lambda _floating: self.remember_later())

    def _docks(self):
        docks = self.window.docks
        return docks["table"], docks["source"], docks["chart"]

    def remember_later(self) -> None:
        QTimer.singleShot(0, self, self.remember)

    def remember(self) -> None:
        """Take the panes' present sizes as their shares."""
        w, h = self.window.width(), self.window.height()
        if w <= 0 or h <= 0:
            return
        table, source, chart = self._docks()
        shares = {}
        if table.isVisible() and not table.isFloating():
            shares["table"] = table.height() / h
        if source.isVisible() and not source.isFloating():
            shares["right"] = source.width() / w
            if chart.isVisible() and not chart.isFloating():
                shares["source"] = source.height() / max(source.height() + chart.height(), 1)
        self.shares = shares
        self.size = self.window.size()

    def apply(self) -> None:
        """Give each pane its share of the window's new size."""
        if self.shares is None:
            self.remember()
            return
        window, (table, source, chart) = self.window, self._docks()
        layout = window.layout()
        layout.invalidate()   # the docks laid out at the window's present size first, then given their shares
        layout.activate()
        w, h = window.width(), window.height()
        if "right" in self.shares and source.isVisible():
            window.resizeDocks([source], [int(w * self.shares["right"])], Qt.Orientation.Horizontal)
        if "source" in self.shares and source.isVisible() and chart.isVisible():
            column = source.height() + chart.height()
            upper = int(column * self.shares["source"])
            window.resizeDocks([source, chart], [upper, column - upper], Qt.Orientation.Vertical)
        if "table" in self.shares and table.isVisible():
            window.resizeDocks([table], [int(h * self.shares["table"])], Qt.Orientation.Vertical)
        layout.activate()
        self.size = window.size()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Resize:
                # At once: stacked, the panes' least heights would stop the window short of 700 px.
                if set_corner(self.window, is_compact(event.size().width(), event.size().height())):
                    # Another layout (small or large): Qt will not give tabbed panes their share across the
                    # switch, so the window takes that layout's default sizes, then their shares anew.
                    self._apply.stop()
                    QTimer.singleShot(40, self.window, lambda: balance(self.window))
                elif self.shares is None:
                    self.remember_later()
                else:
                    self._apply.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self.remember_later()   # the reader may have dragged a separator between the panes
        elif event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and self.shares is not None:
            self.remember_later()       # a pane shown or hidden: the others' sizes are the reader's
        return False
