"""Every direction of every link between the views, through the one shared state."""

import pytest
from PySide6.QtCore import QPointF, Qt

from viewer.model.index.claims_index import COLUMNS


def click_scene(qtbot, plot, scene_point):
    view_point = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=view_point)


def arrow_for(win, destination):
    return next(i for i in win.map.arrow_items if i.arrow.destination == destination)


def test_opening_selects_the_first_claim_and_fills_every_view(window, qtbot):
    model, win = window
    qtbot.waitUntil(lambda: model.state.claim_id is not None)
    assert win.table.model.rowCount() == 19
    assert win.windowTitle().endswith("— Claims Atlas")
    assert len(win.map.arrow_items) == 5


def test_table_to_map_source_and_chart(window, qtbot):
    model, win = window
    row = model.claims_index.visible_row_of("bb-07")
    win.table.table.selectRow(row)
    assert model.state.claim_id == "bb-07"
    assert arrow_for(win, "KAZ").selected and not arrow_for(win, "GEO").selected
    assert "Kremlin Denies Reports" in win.source.heading.text()
    cursor = win.source.article.textCursor()
    assert "200,000 Russians have entered" in win.source.article.toPlainText()[cursor.position():cursor.position() + 200]
    assert win.chart.destination == "KAZ" and win.chart.bars.selected == "bb-07"


def test_map_click_selects_the_flow_in_the_table(window, qtbot):
    model, win = window
    item = arrow_for(win, "GEO")
    end = item.arrow.ends[0]
    mid = item._curve(end).pointAtPercent(0.6)
    click_scene(qtbot, win.map.plot, item.mapToScene(mid))
    assert model.state.claim_id in {"bb-13", "ht-05"}
    current = win.table.table.currentIndex()
    assert model.claims_index.claim_id_at(current.row()) == model.state.claim_id


def country_point(win, code):
    """A point of ``code`` on screen that no label or arrow covers: where a click reaches the country."""
    plot, countries = win.map.plot, win.map.countries
    path = countries.paths[code]
    rect = path.boundingRect()
    seen = plot.viewport().rect()
    steps = sorted((i / 16 for i in range(1, 16)), key=lambda f: abs(f - 0.5))   # from the middle out
    for fy in steps:
        for fx in steps:
            point = QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height())
            scene = countries.mapToScene(point)
            # (the scene offers a click to the items under it that take clicks, topmost first)
            on_top = [i for i in plot.scene().items(scene) if i.isVisible() and hasattr(i, "mouseClickEvent")]
            if (countries.country_at(point) == code and on_top and on_top[0] is countries
                    and seen.contains(plot.mapFromScene(scene))):
                return scene
    raise AssertionError(f"no point of {code} is clear of labels")


def test_map_country_click_filters_table_and_chart(window, qtbot):
    model, win = window
    model.state.clear_filters()
    click_scene(qtbot, win.map.plot, country_point(win, "KAZ"))
    assert model.state.filters.destination == "KAZ"
    dest = COLUMNS.index("destination")
    rows = win.table.model.rowCount()
    assert rows == 6
    assert {win.table.model.index(r, dest).data() for r in range(rows)} == {"Kazakhstan"}
    assert win.chart.destination == "KAZ" and "Kazakhstan" in win.chart.title.text()
    assert win.table.destination.currentText() == "Kazakhstan"
    assert "KAZ" in win.map.highlight.codes


def test_destination_combo_filters_and_map_follows(window, qtbot):
    model, win = window
    combo = win.table.destination
    combo.setCurrentIndex(combo.findText("Georgia"))
    assert model.state.filters.destination == "GEO"
    assert win.table.model.rowCount() == 2
    assert win.map.highlight.codes == {"GEO"}


def test_chart_click_selects_claim_and_source_follows(window, qtbot):
    model, win = window
    model.state.update_filters(destination="")
    qtbot.wait(50)  # let the plot apply its new range before aiming
    spots = win.chart.points.points()
    target = next(s for s in spots if s.data() == "bb-03")
    scene = win.chart.points.mapToScene(target.pos())
    click_scene(qtbot, win.chart.plot, scene)
    assert model.state.claim_id == "bb-03"
    assert "Forbes Russia" in win.source.claim_line.text()


def test_chart_bar_click(window, qtbot):
    model, win = window
    model.state.update_filters(destination="")
    qtbot.wait(50)
    bar = next(b for b in win.chart.bars.bars if b["claim_id"] == "bb-05")
    scene = win.chart.bars.mapToScene(QPointF((bar["lo"] + bar["hi"]) / 2, bar["y"]))
    click_scene(qtbot, win.chart.plot, scene)
    assert model.state.claim_id == "bb-05"


def test_source_click_on_another_quote_selects_it_in_the_table(window, qtbot):
    model, win = window
    model.state.select("bb-07")
    text = win.source.article.toPlainText()
    position = text.index("147,000 Russians left") + 3
    win.source.clicked_at(position)
    assert model.state.claim_id == "bb-08"
    assert model.claims_index.claim_id_at(win.table.table.currentIndex().row()) == "bb-08"


def test_source_click_through_the_mouse(window, qtbot):
    model, win = window
    model.state.select("bb-07")
    article = win.source.article
    cursor = article.textCursor()
    cursor.setPosition(article.toPlainText().index("147,000 Russians left") + 3)
    rect = article.cursorRect(cursor)
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.state.claim_id == "bb-08"


def test_related_claims_are_one_click_away(window, qtbot):
    model, win = window
    model.state.select("bb-03")
    shown = [(tag, button) for tag, button in win.source._related_rows if not tag.isHidden()]
    tags = [tag.text() for tag, _button in shown]
    assert tags.count("denies") == 2 and "agrees" in tags and "differs" in tags
    button = shown[0][1]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert model.state.claim_id != "bb-03"
    model.state.select("bb-04")  # a claim alone on its flow: the list says so, no stale rows
    assert all(tag.isHidden() for tag, _b in win.source._related_rows)
    assert win.source.related_note.text() == "No other claim on this flow."


def test_keyboard_walks_the_claims_and_every_view_follows(window, qtbot):
    model, win = window
    table = win.table.table
    table.setFocus()
    table.selectRow(0)
    first = model.state.claim_id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = model.state.claim_id
    assert second != first and second == model.claims_index.claim_id_at(1)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    third = model.state.claim_id
    assert third == model.claims_index.claim_id_at(2)
    assert model.claim(third)["claimant"] in win.source.claim_line.text()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert model.state.claim_id == second


def test_no_echo_loops(window, qtbot):
    model, win = window
    seen = []
    model.claimSelected.connect(seen.append)
    win.table.table.selectRow(model.claims_index.visible_row_of("bb-10"))
    model.state.select("bb-10")
    assert seen == ["bb-10"]


def test_search_box_filters(window, qtbot):
    model, win = window
    qtbot.keyClicks(win.table.search, "peskov")
    qtbot.waitUntil(lambda: model.state.filters.text == "peskov")
    assert win.table.model.rowCount() == 3  # ht-01, bb-01, bb-02: claimant, quote or note
    win.table.clear.click()
    assert win.table.model.rowCount() == 19 and win.table.search.text() == ""


def test_sorting_by_header_writes_the_state(window, qtbot):
    model, win = window
    win.table.table.sortByColumn(COLUMNS.index("figure"), Qt.SortOrder.DescendingOrder)
    assert (model.state.sort_column, model.state.sort_ascending) == ("figure", False)
    assert win.table.model.index(0, 0).data() in {"700,000", "up to 700,000"}


def test_table_model_contract(window, qtmodeltester):
    _model, win = window
    qtmodeltester.check(win.table.model, force_py=True)


@pytest.mark.parametrize("lang, agrees, denies", [("en", "agrees", "✕ denies"), ("ru", "согласуется", "✕ отрицает")])
def test_a_figures_denial_does_not_deny_tens_of_thousands(qtbot, settings, monkeypatch, lang, agrees, denies):
    """Reuters' "tens of thousands" selected: Peskov's denials of (up to) 700,000 agree with it, and
    their rows say they are denials."""
    from tests.gui.conftest import window_at
    model, win = window_at(qtbot, settings, monkeypatch, lang, (1500, 950))
    for selected in ("ht-03", "bb-02"):
        model.state.select(selected)
        rows = [(tag.text(), button.text()) for tag, button in win.source._related_rows if not tag.isHidden()]
        peskov = [(tag, text) for tag, text in rows if "Peskov" in text and text.startswith(denies)]
        assert len(peskov) == 2, rows
        assert all(tag == agrees for tag, _text in peskov), rows
