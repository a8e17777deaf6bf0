"""Panels plug in: one class on LinkedPanel and one registry entry give a dock, a View entry, an F6 stop,
a screen-reader name, a remembered layout, and the shared model's changes through the hooks."""


import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, SIGNAL, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QListWidget, QVBoxLayout

from tests.gui.conftest import bundled_window
from viewer.model.changes import ClaimsChanged, SourcesChanged
from viewer.widgets import registry
from viewer.widgets.panel import LinkedPanel


class TallyPanel(LinkedPanel):
    """A throwaway panel: a list of what the shared model said, and the claims it has counted."""

    def __init__(self, app):
        super().__init__(app)
        self.heard: list[tuple] = []
        self.count = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.log = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.log)

    def focus_target(self):
        return self.log

    def dataset_opened(self) -> None:
        self.heard.append(("dataset",))
        self.count.setText(f"{len(self.app.dataset.claims)} claims")

    def selection_changed(self, claim_id) -> None:
        self.heard.append(("selected", claim_id))
        self.log.addItem(str(claim_id))

    def filters_changed(self) -> None:
        self.heard.append(("filters", self.app.state.filters.destination))


TALLY = registry.Panel(
    "tally", TallyPanel, Qt.DockWidgetArea.LeftDockWidgetArea,
    registry.Text("Test", QT_TRANSLATE_NOOP("Test", "Tally of claims")),
    registry.Text("Test", QT_TRANSLATE_NOOP("Test", "Tally")),
    registry.Text("Test", QT_TRANSLATE_NOOP("Test", "&Tally")))


@pytest.fixture
def with_tally(monkeypatch, qtbot, settings):
    """The window with the throwaway panel registered after the comparison chart."""
    panels = list(registry.PANELS)
    after = next(i for i, p in enumerate(panels) if p.name == "chart") + 1
    monkeypatch.setattr(registry, "PANELS", panels[:after] + [TALLY] + panels[after:])
    model, win = bundled_window(qtbot, settings)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return model, win


def test_a_registered_panel_gets_a_dock_a_view_entry_a_name_and_an_f6_stop(with_tally, qtbot):
    model, win = with_tally
    tally = win.tally
    dock = win.findChild(QDockWidget, "dock-tally")
    assert dock is win.docks["tally"] and dock.widget() is tally and dock.isVisible()
    assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert dock.windowTitle() == "Tally" and tally.accessibleName() == "Tally of claims"
    entries = [a.text() for a in win.view_menu.actions()]
    assert entries[entries.index("Co&mparison") + 1] == "&Tally"   # listed in the registry's order
    assert dock.toggleViewAction() in win.view_menu.actions()
    assert win.panes.index(tally) == win.panes.index(win.chart) + 1
    win.chart.plot.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is tally.log
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is win.map.plot   # (problems and the presentation list are closed)
    dock.toggleViewAction().trigger()                    # View › Tally closes it; F6 then passes it by
    assert not dock.isVisible()
    win.chart.plot.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is win.map.plot


def test_a_registered_panel_hears_the_shared_model_through_its_hooks(with_tally, qtbot):
    model, win = with_tally
    tally = win.tally
    assert ("dataset",) in tally.heard and tally.count.text() == "19 claims"
    assert ("selected", model.state.claim_id) in tally.heard
    tally.heard.clear()
    model.state.select("bb-07")
    model.state.update_filters(destination="KAZ")
    assert tally.heard == [("selected", "bb-07"), ("filters", "KAZ")]
    tally.heard.clear()
    model.claimsChanged.emit(ClaimsChanged(ids=frozenset({"bb-07"})))   # no finer hook: the panel draws itself again
    model.sourcesChanged.emit(SourcesChanged(ids=frozenset({"bb"})))
    assert tally.heard == [("dataset",), ("dataset",)]


def test_the_layout_of_a_registered_panel_is_remembered(with_tally, qtbot, settings):
    model, win = with_tally
    win.docks["tally"].setFloating(True)
    win.close()
    _model, again = bundled_window(qtbot, settings)
    assert again.docks["tally"].isFloating()
    assert again.docks["chart"].isVisible() and not again.docks["chart"].isFloating()


def test_a_panel_hears_only_the_hooks_it_has(window):
    """The base connects what a panel overrides, and nothing else: a hook a panel lacks costs no call."""
    model, _win = window
    order, selected = SIGNAL("orderChanged()"), SIGNAL("claimSelected(PyObject)")
    before = model.receivers(order), model.receivers(selected)
    bare = LinkedPanel(model)                                # overrides nothing
    assert (model.receivers(order), model.receivers(selected)) == before
    tally = TallyPanel(model)                                # selection_changed, but no order_changed
    assert (model.receivers(order), model.receivers(selected)) == (before[0], before[1] + 1)
    assert bare.app is tally.app is model


def test_every_registered_panel_is_kept_from_the_others_by_the_import_contract(window):
    """A panel added to the registry must be added to the 'panels-independent' contract too."""
    from tests.test_layers import contracts
    _model, win = window
    independent = set(contracts()["panels-independent"]["modules"])
    assert {type(panel).__module__ for panel in win.panels.values()} <= independent
