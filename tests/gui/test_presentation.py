"""Presentation mode: F5 enters, clicker keys step, Esc leaves, reveal, orders, the presentation list."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.conftest import DATA
from tests.gui.test_hostile_text import MARKUP, RLO, hostile  # noqa: F401 (a fixture)


def _enter(qtbot, win, key=Qt.Key.Key_F5, modifier=Qt.KeyboardModifier.NoModifier):
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, key, modifier)
    view = win.presenting.view
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible() and QApplication.activeWindow() is view)
    assert view.hasFocus()
    return view


def _ids(model, view):
    return [model.claims_index.col["claim_id"][r] for r in view.steps.rows]


def test_f5_enters_full_screen_and_esc_restores_the_window(qtbot, window):
    model, win = window
    win.docks["chart"].hide()
    qtbot.wait(20)
    docks = {name: (d.isVisible(), d.isFloating(), d.geometry()) for name, d in win.docks.items()}
    geometry = win.geometry()
    view = _enter(qtbot, win)
    assert view.isFullScreen() and view.isWindow()
    assert view.findChildren(type(win.menuBar())) == [] and not view.findChildren(type(win.docks["table"]))
    assert view.counter.text() == "1 / 19"
    # By date: Breitbart's date alone comes first, and that day's figures before its denials.
    assert model.state.claim_id == "bb-02" and view.stance.text() != "✕ denies"
    assert "Peskov admitted there have been some hasty defections" in view.quote.text()
    assert (view.stance.text(), view.figure.text()) == ("asserts", "no figure given")   # not "claims no figure"
    assert "Breitbart" in view.attribution.text() and "6 Oct 2022" in view.attribution.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert win.isVisible() and win.geometry() == geometry and not win.isFullScreen()
    assert {name: (d.isVisible(), d.isFloating(), d.geometry()) for name, d in win.docks.items()} == docks
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_clicker_keys_step_and_select_in_the_shared_state(qtbot, window):
    model, win = window
    view = _enter(qtbot, win)
    order = _ids(model, view)
    steps = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Left,
                Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_End, Qt.Key.Key_Right, Qt.Key.Key_Home,
                Qt.Key.Key_Left):
        qtbot.keyClick(view, key)
        steps.append(view.step)
        assert model.state.claim_id == order[view.step]
        assert view.counter.text() == f"{view.step + 1} / 19"
    assert steps == [1, 2, 3, 4, 3, 2, 1, 18, 18, 0, 0]
    # The normal views follow: the table's current row and the source pane show the claim.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    row = win.table.table.currentIndex().row()
    assert model.claims_index.claim_id_at(row) == order[1] == model.state.claim_id
    assert "hasty defections" in win.source.article.extraSelections()[0].cursor.document().toPlainText()
    # A click is "next" too, as in a slide show; Tab is no step.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert view.step == 2
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.step == 2 and view.hasFocus()


def test_shift_f5_starts_at_the_selected_claim(qtbot, window):
    model, win = window
    model.state.select("bb-12")
    view = _enter(qtbot, win, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert model.state.claim_id == "bb-12" and view.counter.text() == "11 / 19"


def test_reveal_shows_the_figure_before_the_denial(qtbot, window):
    model, win = window
    win.presenting.reveal_action.trigger()
    assert win.presenting.store.reveal and win.settings.value("presentation/reveal") in (True, "true")
    view = _enter(qtbot, win)
    order = _ids(model, view)
    assert order[:7] == ["bb-02", "bb-03", "bb-05", "ht-02", "ht-03", "bb-01", "ht-01"]
    abroad = next(t for t in view.map.labels if t[0].destination == "")

    def mark():
        return next(t for t in view.map.labels if t[0].destination == "")[2]

    assert abroad[2] is None and "denied" not in abroad[1].toPlainText()   # nothing gives the denial away yet
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.state.claim_id == "bb-03" and view.figure.text() == "700,000"
    assert view.flow_note.text() == "claim 2 of 7 on this flow"
    shown = [label.text() for label in view.revealed if not label.isHidden()]
    assert len(shown) == 2 and "no figure" in shown[0] and "700,000" in shown[1]
    assert mark() is None
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.state.claim_id == "bb-01" and view.stance.text() == "✕ denies"
    assert mark() is not None and mark().toPlainText() == "✕ denied by 1"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert mark().toPlainText() == "✕ denied by 2"
    shown = [label.text() for label in view.revealed if not label.isHidden()]
    assert len(shown) == 6 and view.earlier.text() == "… and 1 earlier"
    qtbot.keyClick(view, Qt.Key.Key_Right)   # the next flow: a group of its own
    assert view.flow_note.text() == "claim 1 of 1 on this flow"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert mark() is None


def _labels(map_panel) -> dict[str, str]:
    return {arrow.destination: label.toPlainText() for arrow, label, _mark in map_panel.labels}


def test_a_reveal_keeps_the_map_to_the_figures_shown_so_far(qtbot, window):
    model, win = window
    win.presenting.reveal_action.setChecked(True)
    view = _enter(qtbot, win)
    # Slide 1: Peskov's "hasty defections", no figure. The map tells nothing of 10,000 or 700,000 yet.
    labels = _labels(view.map)
    assert labels[""] == "Abroad, all destinations\nleft no figure"
    assert labels["GEO"] == "Georgia" and labels["KAZ"] == "Kazakhstan"     # flows not reached: their name
    assert not any(c.isdigit() for text in labels.values() for c in text)
    assert view.map.legend.scale_max == 0 and {a.width for a in view.map.shown[0]} == {2.0}
    qtbot.keyClick(view, Qt.Key.Key_Right)            # the 700,000 figure
    assert _labels(view.map)[""] == "Abroad, all destinations\nleft 700,000"
    assert view.map.legend.scale_max == 700000
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)        # 600,000–700,000, up to 700,000, tens of thousands
    assert _labels(view.map)[""] == "Abroad, all destinations\nleft 10,000–700,000"
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)        # both denials, then Kazakhstan's 200,000
    labels = _labels(view.map)
    assert labels["KAZ"] == "Kazakhstan\nleft 200,000" and labels["GEO"] == "Georgia"
    kaz = next(item for item in view.map.arrow_items if item.arrow.destination == "KAZ")
    assert 2.0 < kaz.arrow.width < 16.0
    qtbot.keyClick(view, Qt.Key.Key_End)              # every claim shown: the whole map
    assert _labels(view.map)["KAZ"] == "Kazakhstan\nentered 200,000\nexited 147,000\nleft 200,000\nregistered 70,000"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert _labels(view.map)[""] == "Abroad, all destinations\nleft no figure"
    # The window's own map is never held back.
    assert _labels(win.map)[""] == "Abroad, all destinations\nleft 10,000–700,000\nother no figure"
    assert win.map.legend.scale_max == 700000


def test_the_abroad_flow_is_marked_on_the_map_when_shown(qtbot, window):
    model, win = window
    view = _enter(qtbot, win)
    theme = view.map.theme

    def frame(map_panel, destination):
        label = next(label for arrow, label, _m in map_panel.labels if arrow.destination == destination)
        return label.border.color().name(), label.border.widthF()

    assert model.state.claim_id == "bb-02"            # abroad as a whole: no arrow to mark
    assert frame(view.map, "") == (theme.flow_selected.lower(), 3)
    assert view.map.origin_mark.codes == {"RUS"} and frame(view.map, "GEO")[0] == theme.label_border.lower()
    image = view.map.plot.grab().toImage()
    from PySide6.QtGui import QColor
    yellow = QColor(theme.flow_selected).rgb()
    assert sum(image.pixel(x, y) == yellow for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)) > 200
    view.go(view.steps.step_of(model.claims_index.row_of("bb-13")))   # Georgia: its arrow and its label
    assert view.map.origin_mark.codes == set() and frame(view.map, "") == (theme.label_border.lower(), 1)
    assert frame(view.map, "GEO")[0] == theme.flow_selected.lower()
    assert next(i for i in view.map.arrow_items if i.arrow.destination == "GEO").selected
    # The window's map marks abroad the same way.
    model.state.select("bb-03")
    assert win.map.origin_mark.codes == {"RUS"} and frame(win.map, "")[0] == win.map.theme.flow_selected.lower()


def test_orders_are_menu_choices_and_remembered(qtbot, window, settings):
    model, win = window
    assert win.presenting.order_actions["date"].isChecked()
    win.presenting.order_actions["destination"].trigger()
    assert settings.value("presentation/order") == "destination"
    view = _enter(qtbot, win)
    order = _ids(model, view)
    assert order[:7] == ["bb-02", "bb-03", "bb-05", "ht-02", "ht-03", "bb-01", "ht-01"]   # abroad first, denials last
    assert view.heading.text() == "Leaving Russia, all destinations"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    # The table's order, with its filters.
    model.state.update_filters(destination="KAZ")
    win.presenting.order_actions["table"].trigger()
    view = _enter(qtbot, win)
    assert len(view.steps) == 6 and view.heading.text().startswith("Leaving Russia for Kazakhstan")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    from viewer.app import build_window
    _m, again = build_window(None, settings)
    qtbot.addWidget(again)
    assert again.presenting.order_actions["table"].isChecked()


def test_presentation_list_add_remove_persist_and_present(qtbot, window, settings):
    model, win = window
    panel = win.presenting.panel
    win.activateWindow()
    for claim_id in ("bb-13", "ht-01", "bb-03"):
        model.state.select(claim_id)
        qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert win.presenting.store.chosen.ids == ["bb-13", "ht-01", "bb-03"]
    assert panel.list.count() == 3 and "Added bb-03" in win.statusBar().currentMessage()
    assert not win.presenting.add_action.isEnabled() and win.presenting.remove_action.isEnabled()
    model.state.select("ht-01")
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.presenting.store.chosen.ids == ["bb-13", "bb-03"]
    # Reorder in the panel: the selected claim moves up.
    model.state.select("bb-03")
    assert panel.list.currentItem().data(Qt.ItemDataRole.UserRole) == "bb-03"
    panel.up.click()
    assert win.presenting.store.chosen.ids == ["bb-03", "bb-13"]
    # Presented in the list's order.
    win.presenting.order_actions["list"].trigger()
    view = _enter(qtbot, win)
    assert _ids(model, view) == ["bb-03", "bb-13"]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    # Remembered per dataset: a new window on the same data finds the list again.
    from viewer.app import build_window
    from viewer.model import load_dataset
    model2, again = build_window(None, settings)
    qtbot.addWidget(again)
    model2.set_dataset(load_dataset(DATA))
    assert again.presenting.store.chosen.ids == ["bb-03", "bb-13"]
    assert again.presenting.panel.list.count() == 2
    again.presenting.panel.clear.click()
    assert settings.value(f"presentation/lists/{again.presenting.store._key}") in ([], None, "")


def test_starting_a_list_makes_it_the_presentation_order_and_says_so(qtbot, window, settings):
    model, win = window
    controls, panel = win.presenting, win.presenting.panel
    assert controls.store.order == "date" and not len(controls.store.chosen)
    assert panel.use_order.isHidden()
    win.activateWindow()
    model.state.select("bb-13")
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    # The first claim of a list: presentations follow the list from now on, and the status bar says how to go back.
    assert controls.store.order == "list" and controls.order_actions["list"].isChecked()
    assert settings.value("presentation/order") == "list"
    message = win.statusBar().currentMessage()
    assert "Added bb-13" in message and "in the order of this list" in message and "By Date" in message
    assert "F5 presents them in this order" in panel.note.text() and panel.use_order.isHidden()
    # The teacher goes back to "by date" on purpose: adding more keeps it, and the panel offers the list's order.
    controls.order_actions["date"].trigger()
    model.state.select("ht-01")
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert controls.store.order == "date" and controls.store.chosen.ids == ["bb-13", "ht-01"]
    assert "by date" in panel.note.text() and not panel.use_order.isHidden()
    panel.use_order.click()
    assert controls.store.order == "list" and controls.order_actions["list"].isChecked()
    assert panel.use_order.isHidden()
    view = _enter(qtbot, win)
    assert _ids(model, view) == ["bb-13", "ht-01"]


def test_an_empty_list_says_what_to_do(qtbot, window):
    model, win = window
    win.presenting.order_actions["list"].trigger()
    win.presenting.present_action.trigger()
    assert win.presenting.view is None or not win.presenting.view.isVisible()
    assert "presentation list is empty" in win.statusBar().currentMessage()


def test_type_scales_with_the_screen_and_b_blanks(qtbot, window):
    _model, win = window
    view = _enter(qtbot, win)
    view.showNormal()
    sizes = {}
    for w, h in ((1920, 1080), (960, 540)):
        view.resize(w, h)
        QApplication.processEvents()
        sizes[w] = (view.quote.font().pixelSize(), view.heading.font().pixelSize(), view.map.label_scale)
    assert sizes[1920][0] >= 50 and sizes[1920][1] == 40
    for big, small in zip(sizes[1920], sizes[960]):
        assert small == pytest.approx(big / 2, rel=0.15)
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.blank.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)          # first Esc only unblanks
    assert not view.blank.isVisible() and view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_reload_keeps_the_claim_shown(qtbot, window):
    model, win = window
    view = _enter(qtbot, win)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    claim = model.state.claim_id
    from viewer.model import load_dataset
    model.set_dataset(load_dataset(DATA), keep_state=True)
    assert view.isVisible() and model.state.claim_id == claim and view.step == 4


def test_dataset_text_is_plain_in_the_presentation(qtbot, hostile):  # noqa: F811
    model, win, _folder = hostile
    view = _enter(qtbot, win, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert model.state.claim_id == "h1"
    for label in (view.quote, view.attribution, view.heading, view.figure, view.details):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in view.quote.text() and RLO not in view.quote.text() + view.attribution.text()
    assert "<a href='x'>Outlet</a>" in view.attribution.text()


def test_f11_toggles_full_screen_and_the_toolbar_is_remembered(qtbot, window, settings):
    _model, win = window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_F11)
    qtbot.waitUntil(win.isFullScreen)
    assert win.full_screen_action.isChecked()
    qtbot.keyClick(win, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert [a.iconText() for a in win.toolbar.actions()] == ["Open", "Export", "Present", "Add to Presentation"]
    assert win.toolbar.actions()[1] is win.exports.dialog_action
    assert win.exports.dialog_action.shortcut() == QKeySequence("Ctrl+E")
    win.toolbar.hide()
    win.docks["presentation"].show()
    win.close()
    from viewer.app import build_window
    _m, again = build_window(None, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.toolbar.isHidden() and again.docks["presentation"].isVisible()


def test_a_hidden_presentation_leaves_the_selection_alone_and_closes_with_the_window(qtbot, window):
    model, win = window
    view = _enter(qtbot, win)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    model.state.select("ht-03")
    from viewer.model import load_dataset
    model.set_dataset(load_dataset(DATA), keep_state=True)
    assert model.state.claim_id == "ht-03" and not view.isVisible()
    view = _enter(qtbot, win)
    win.close()
    assert not view.isVisible()


def test_the_worded_figure_is_shown_only_where_it_says_more(qapp):
    from viewer.widgets.presentation_text import claim_details
    claim = {"value_text": "200,000", "claimant_type": ""}
    assert claim_details(claim, "200,000") == ""
    assert claim_details(claim, "200\u00a0000") == ""   # the same number, grouped as in Russian
    claim["value_text"] = "up to 700,000"
    assert claim_details(claim, "700,000") == "as worded: “up to 700,000”"


def test_a_quote_in_quotation_marks_gets_the_other_level_around_it(qapp):
    from viewer.model.flows.wording import Wording
    from viewer.widgets.presentation_text import claim_details, quote_text
    russian = Wording(language="ru")
    confirmed = "A second Kremlin source confirmed the number as “600,000 to 700,000,”"
    assert quote_text("Peskov  admitted\nit") == "“Peskov admitted it”"
    assert quote_text(confirmed) == "‘" + confirmed + "’"          # not “…“600,000 to 700,000,””
    assert quote_text("“tourists” they said") == "‘“tourists” they said’"
    assert quote_text("'a' and “b”") == "'a' and “b”"            # both levels taken: no outer pair
    assert quote_text(confirmed, russian) == "«" + confirmed + "»"  # «…“…”» mixes no two of a kind
    assert quote_text("«Мы уехали»", russian) == "„«Мы уехали»“"
    assert quote_text("Мы уехали", russian) == "«Мы уехали»"
    assert claim_details({"value_text": "“about 66,000”"}, "66,000") == "as worded: ‘“about 66,000”’"


def test_a_resized_presentation_places_its_labels_for_the_new_size(qtbot, window):
    _model, win = window
    win.presenting.reveal_action.setChecked(True)
    view = _enter(qtbot, win)
    view.go(5)
    win.presenting.lit_room_action.setChecked(True)
    win.presenting.present()
    view.showNormal()
    view.resize(1920, 1080)
    view.go(9)   # a step before the layout has settled
    qtbot.wait(50)
    fixed = [view.map._scene_rect(item) for item in view.map.fixed_labels]
    placed = [view.map._scene_rect(label) for _arrow, label, _mark in view.map.labels]
    assert fixed and not any(f.intersects(p) for f in fixed for p in placed)


def test_the_presentation_goes_to_another_screen_when_there_is_one(qtbot, window, monkeypatch):
    """With a projector plugged in, the slides go there and the window stays on the laptop's screen."""
    from PySide6.QtGui import QGuiApplication
    from viewer.widgets import presentation
    _model, win = window
    own = win.screen()
    assert presentation.pick_screen(win) is own   # one screen (offscreen): present on it
    projector = object()   # stands for a second QScreen (offscreen Qt has only one)
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [own, projector]))
    assert presentation.pick_screen(win) is projector
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [projector, own]))
    assert presentation.pick_screen(win) is projector


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_the_presentation_map_is_legible_from_the_back_and_fills_its_part(qtbot, window, size):
    """Its labels were 18 px at 1080 lines and the map, framed in a column wider than the flows need, left a
    broad strip of empty sea beside them."""
    from PySide6.QtGui import QFontInfo
    from viewer.widgets.slide_fitting import MAP_TYPE
    _model, win = window
    view = _enter(qtbot, win)
    view.showNormal()
    view.resize(*size)
    qtbot.wait(80)
    panel = view.map
    least = MAP_TYPE * size[1]
    items = [item for _arrow, label, mark in panel.labels for item in (label, mark) if item is not None]
    items += panel.fixed_labels + panel.country_labels
    for item in items:
        assert QFontInfo(item.textItem.font()).pixelSize() >= least - 0.5, item.textItem.toPlainText()
    x0, y0, x1, y1 = panel.layout_.view
    shown = panel.plot.getPlotItem().getViewBox().viewRect()
    assert shown.width() <= 1.05 * (x1 - x0) and shown.height() <= 1.05 * (y1 - y0)
    assert panel.plot.height() >= 0.45 * size[1]    # and it is no smaller for it
