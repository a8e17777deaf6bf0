"""Keyboard only: the main tasks without a mouse, and every menu item reachable from the keyboard."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import DATA

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def active(window, qtbot):
    model, win = window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return model, win


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    """Press a key where the focus is (as a user does)."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, modifier)


def test_search_walk_and_clear_with_the_keyboard(active, qtbot):
    model, win = active
    win.table.table.setFocus()
    key(qtbot, Qt.Key.Key_F, CTRL)                            # Ctrl+F: to the search box
    assert QApplication.focusWidget() is win.table.search
    qtbot.keyClicks(win.table.search, "Kazakh")
    qtbot.waitUntil(lambda: model.state.filters.text == "Kazakh")
    shown = len(model.claims_index)
    assert 0 < shown < model.claims_index.n
    for _ in range(7):                                        # Tab past the five filters and Clear into the table
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.table.table
    first = model.state.claim_id
    key(qtbot, Qt.Key.Key_Down)                               # walk the claims
    second = model.state.claim_id
    assert second != first and model.claims_index.visible_row_of(second) == model.claims_index.visible_row_of(first) + 1
    quote = " ".join(model.claim(second)["quote"].split())
    marked = [s for s in win.source.article.extraSelections() if s.format.fontWeight() == 700]
    assert len(marked) == 1 and " ".join(marked[0].cursor.selectedText().replace("\u2029", " ").split()) == quote
    assert model.claim(second)["claimant"] in win.source.claim_line.text()
    key(qtbot, Qt.Key.Key_L, CTRL | SHIFT)                    # clear the filters
    assert model.state.filters.text == "" and win.table.search.text() == ""
    assert len(model.claims_index) == model.claims_index.n and model.state.claim_id == second


def test_enter_in_the_search_box_moves_to_the_table(active, qtbot):
    _model, win = active
    win.table.search.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is win.table.table


def test_f6_cycles_the_panes_both_ways(active, qtbot):
    _model, win = active
    win.table.table.setFocus()
    seen = []
    for _ in range(5):
        key(qtbot, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    # (the problems pane is closed: the bundled dataset has none)
    assert seen == [win.source.article, win.chart.plot, win.map.plot, win.timeline.canvas, win.table.table]
    key(qtbot, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is win.timeline.canvas
    key(qtbot, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is win.map.plot
    win.docks["chart"].close()
    key(qtbot, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is win.source.article   # a closed pane is skipped


def test_map_and_chart_walk_with_arrow_keys(active, qtbot):
    model, win = active
    win.map.plot.setFocus()
    flows = win.map.flows_in_order()
    destinations = []
    for _ in range(len(flows)):
        key(qtbot, Qt.Key.Key_Right)
        destinations.append(model.claim(model.state.claim_id)["destination"])
    assert sorted(destinations) == sorted(a.destination for a in flows)   # every flow once
    key(qtbot, Qt.Key.Key_Left)
    assert model.claim(model.state.claim_id)["destination"] == destinations[-2]
    box = win.map.plot.getPlotItem().getViewBox()
    width = box.viewRange()[0][1] - box.viewRange()[0][0]
    key(qtbot, Qt.Key.Key_Plus)
    assert box.viewRange()[0][1] - box.viewRange()[0][0] < width * 0.9
    key(qtbot, Qt.Key.Key_0, CTRL)
    assert abs(box.viewRange()[0][1] - box.viewRange()[0][0] - width) < width * 0.01

    model.state.select("bb-03")                               # abroad as a whole: eight claims in the chart
    win.chart.plot.setFocus()
    bars = [bar["claim_id"] for bar in win.chart._bar_data]
    assert len(bars) > 2
    model.state.select(bars[0])
    key(qtbot, Qt.Key.Key_Up)
    assert model.state.claim_id == bars[1]
    key(qtbot, Qt.Key.Key_Down)
    assert model.state.claim_id == bars[0]


def test_ctrl_o_opens_the_folder_dialog(active, qtbot, monkeypatch):
    model, win = active
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or str(DATA)))
    with qtbot.waitSignal(model.datasetChanged, timeout=20000):
        key(qtbot, Qt.Key.Key_O, CTRL)
    assert asked


def _menu_actions(menu):
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from _menu_actions(action.menu())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_menu_item_has_a_mnemonic_or_shortcut(active, lang):
    from viewer.qt import i18n
    _model, win = active
    win._remember(DATA)
    i18n.apply(lang)
    QApplication.processEvents()
    actions = list(_menu_actions(win.menuBar()))
    assert len(actions) > 15
    mnemonic = re.compile(r"&[^&\s]")
    missing = [a.text() for a in actions if not mnemonic.search(a.text().replace("&&", "")) and a.shortcut().isEmpty()]
    assert missing == []
    # Within each menu, no two items share a mnemonic.
    for menu in [win.menuBar()] + [a.menu() for a in actions if a.menu() is not None]:
        letters = [mnemonic.search(a.text().replace("&&", "")).group()[1].lower()
                   for a in menu.actions() if not a.isSeparator() and mnemonic.search(a.text().replace("&&", ""))]
        assert len(letters) == len(set(letters)), (menu.title(), letters)
