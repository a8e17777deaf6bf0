"""Every panel of the main window, in F6 order: adding a panel is one file and one line here.

The window (``main_window.py``) makes each panel with its ``factory``, puts
it in a dock (or in the middle), lists it in View and in F6's cycle, names it
for screen readers and titles it, all from this list. A dock's objectName is
``dock-NAME``: saved layouts are restored by it, so a name never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

Area = Qt.DockWidgetArea


@dataclass(frozen=True)
class Text:
    """A text translated when shown: lupdate finds it by QT_TRANSLATE_NOOP(context, source)."""

    context: str
    source: str

    def __str__(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


@dataclass(frozen=True)
class Panel:
    name: str
    """The window's attribute (``window.map``) and the dock's objectName (``dock-map``)."""
    factory: str | type[QWidget] | Callable[[MainWindow], QWidget]
    """The panel's class, made with the shared AppModel (``MapPanel(window.app)``), named as
    "module:Class" (a module of viewer.widgets, loaded when the panel is made: after the window's first
    paint), or, for a panel that needs more of the window, a function of the window that makes it."""

    area: Qt.DockWidgetArea | None
    """Where its dock starts; None: the central widget (no dock, always shown)."""
    accessible_name: Text
    """What a screen reader calls the panel."""
    title: Text | None = None
    """The dock's title."""
    toggle: Text | None = None
    """Its entry in View (with a mnemonic), which shows and hides the dock."""
    visible: bool = True
    """Shown when no layout is remembered."""
    tab_with: str | None = None
    """A panel whose dock this one shares as a tab (that one stays in front)."""

    def make(self, window: MainWindow) -> QWidget:
        if isinstance(self.factory, str):
            module, _, name = self.factory.partition(":")
            return getattr(import_module(f"{__package__}.{module}"), name)(window.app)
        return self.factory(window.app) if isinstance(self.factory, type) else self.factory(window)


def _presentation_list(window: MainWindow) -> QWidget:
    """The presentation list belongs to View › Presentation's controls, made with them."""
    from .presenting import PresentationControls
    window.presenting = PresentationControls(window, window.app, window.settings)
    return window.presenting.panel


PANELS: list[Panel] = [
    Panel("map", "map_panel:MapPanel", None, Text("MapPanel", QT_TRANSLATE_NOOP("MapPanel", "Map"))),
    Panel("timeline", "timeline:TimelinePanel", Area.BottomDockWidgetArea,
          Text("TimelinePanel", QT_TRANSLATE_NOOP("TimelinePanel", "Timeline")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Timeline")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Timeline by Da&y")), tab_with="table"),
    Panel("table", "claims_table:ClaimsPanel", Area.BottomDockWidgetArea,
          Text("ClaimsPanel", QT_TRANSLATE_NOOP("ClaimsPanel", "Claims")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Claims")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Cl&aims"))),
    Panel("source", "source_pane:SourcePane", Area.RightDockWidgetArea,
          Text("SourcePane", QT_TRANSLATE_NOOP("SourcePane", "Source pane")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Source")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Source"))),
    Panel("chart", "chart:ComparisonChart", Area.RightDockWidgetArea,
          Text("ComparisonChart", QT_TRANSLATE_NOOP("ComparisonChart", "Comparison")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Comparison")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Co&mparison"))),
    Panel("problems", "problems_panel:ProblemsPanel", Area.BottomDockWidgetArea,
          Text("ProblemsPanel", QT_TRANSLATE_NOOP("ProblemsPanel", "Problems")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Problems")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Pro&blems")), tab_with="table"),
    Panel("presentation", _presentation_list, Area.RightDockWidgetArea,
          Text("PresentationListPanel", QT_TRANSLATE_NOOP("PresentationListPanel", "Presentation List")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Presentation List")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Presentati&on List")), visible=False),
    Panel("history", "history_panel:HistoryPanel", Area.RightDockWidgetArea,
          Text("HistoryPanel", QT_TRANSLATE_NOOP("HistoryPanel", "History")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "History")),
          Text("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&History")), visible=False),
]
"""The panels in F6 order (also the order their docks are made in, and listed in View)."""
