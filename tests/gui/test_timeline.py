"""The timeline: marks, drag to filter, "as of" with every view following, step and play, presentation by date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_presentation import _enter
from tests.timeline_data import write_story


def _timeline_window(qtbot, settings, folder, size=(1500, 950)):
    """The window at ``size`` with the dataset in ``folder`` open and the Timeline tab raised."""
    from viewer.app import build_window
    from viewer.model import load_dataset
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.balance_docks()
    model.set_dataset(load_dataset(folder))
    qtbot.waitUntil(lambda: model.state.claim_id is not None)
    win.docks["timeline"].raise_()   # (a tab beside the claims table)
    QApplication.processEvents()
    return model, win


@pytest.fixture
def story_window(qtbot, settings, tmp_path):
    return _timeline_window(qtbot, settings, write_story(tmp_path / "story"))


def _x(canvas, day: date) -> int:
    from viewer.model.timeline.as_of import day_number
    return int(canvas.x_of(day_number(day)))


def _y(canvas, code: str) -> int:
    return int(canvas.y_of(canvas.marks.row_codes.index(code)))


def _shown_ids(model) -> set[str]:
    return {model.claims_index.claim_id_at(i) for i in range(len(model.claims_index))}


def test_a_mark_per_claim_in_its_destinations_row_and_the_event_line(story_window):
    model, win = story_window
    canvas = win.timeline.canvas
    assert canvas.marks.row_labels == ["Abroad", "Finland", "Georgia", "Kazakhstan"]
    assert canvas.event_mark is not None and canvas.event_mark[0] == "Partial mobilisation announced"
    canvas.grab()   # paint: the marks are laid out
    hits = {canvas.claims_index.col["claim_id"][what] for _area, kind, what in canvas._hits if kind == 0}
    assert hits == {"fin-1", "geo-1", "left-1", "left-2", "left-3", "kaz-1"}


def test_clicking_a_mark_selects_its_claim_and_hover_says_who_what_when(qtbot, story_window):
    model, win = story_window
    canvas = win.timeline.canvas
    canvas.grab()
    area = next(area for area, kind, what in canvas._hits if kind == 0 and canvas.claims_index.col["claim_id"][what] == "geo-1")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    assert model.state.claim_id == "geo-1"
    text = win.timeline.describe_at(area.center())
    assert "Georgian officials" in text and "10,000 a day" in text and "27 Sep 2022" in text and "Civil.ge" in text
    assert "Georgia" in win.timeline.history_title.text()


def test_dragging_across_dates_filters_every_view_and_clear_filters_clears_it(qtbot, story_window):
    model, win = story_window
    canvas = win.timeline.canvas
    y = _y(canvas, "FIN") + 3
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(_x(canvas, date(2022, 9, 26)), y))
    qtbot.mouseMove(canvas, QPoint(_x(canvas, date(2022, 10, 1)), y))
    qtbot.mouseMove(canvas, QPoint(_x(canvas, date(2022, 10, 4)), y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(_x(canvas, date(2022, 10, 4)), y))
    filters = model.state.filters
    assert (filters.published_from, filters.published_to) == (date(2022, 9, 26), date(2022, 10, 4))
    assert _shown_ids(model) == {"geo-1", "left-1"}
    assert win.table.dates.isVisible() and win.table.dates.text() == "published 26 Sep 2022 – 4 Oct 2022"
    from viewer.widgets.export_pictures import describe_filters
    assert "published 26 Sep 2022 – 4 Oct 2022" in describe_filters(filters, model.words)
    win.table.clear.click()
    assert model.state.filters.published_from is None and not win.table.dates.isVisible()
    assert len(_shown_ids(model)) == 6


def test_as_of_from_the_date_field_and_every_view_follows(qtbot, story_window):
    model, win = story_window
    panel = win.timeline
    model.state.select("left-1")
    panel.date.setDate(QDate(2022, 10, 4))
    assert model.state.filters.as_of == date(2022, 10, 4)
    # The table and the flows: claims published by then (New York's late evening counts on its own date).
    assert _shown_ids(model) == {"fin-1", "geo-1", "left-1"}
    assert win.map.title.text() == "Flows from Russia as of 4 Oct 2022"
    assert win.table.dates.isVisible() and win.table.dates.text() == "as of 4 Oct 2022"   # the table says why
    abroad = win.map.shown[1]
    assert abroad.lines == ["left up to 700,000"] and list(abroad.denied_by) == []   # not denied yet
    kaz = next(a for a in win.map.shown[0] if a.destination == "KAZ")
    assert kaz.lines == [] and kaz.value is None    # named, with no figure yet
    assert [bar["claim_id"] for bar in win.chart.bars.bars] == ["left-1"]
    panel.date.setDate(QDate(2022, 10, 6))
    assert win.map.shown[1].lines == ["left 600,000–700,000"] and list(win.map.shown[1].denied_by) == ["left-3"]
    assert [a for a in win.map.arrow_items if a.arrow.destination == "KAZ"][0].arrow.value == 200000
    assert sorted(bar["claim_id"] for bar in win.chart.bars.bars) == ["left-1", "left-2", "left-3"]
    panel.now.click()
    assert model.state.filters.as_of is None and win.map.title.text() == "Flows from Russia"
    # Clearing the filters leaves "as of" alone: it has its own Now.
    panel.date.setDate(QDate(2022, 9, 27))
    win.table.clear.click()
    assert model.state.filters.as_of == date(2022, 9, 27)


def test_as_of_a_day_the_map_draws_only_the_flows_claimed_by_then(qtbot, story_window):
    model, win = story_window
    panel = win.map

    def drawn():
        arrows = {item.arrow.destination for item in panel.arrow_items if item.isVisible()}
        labels = {arrow.destination for arrow, label, _m in panel.labels if label.isVisible()}
        return arrows, labels

    assert drawn() == ({"FIN", "GEO", "KAZ"}, {"FIN", "GEO", "KAZ", ""})
    assert panel.countries.waiting == frozenset() and panel.countries.role("KAZ") == "destination"
    model.state.set_as_of(date(2022, 9, 24))   # before any claim: the title says why the map is empty
    assert drawn() == (set(), set())
    assert panel.title.text() == "Flows from Russia as of 24 Sep 2022 — no claim had been published yet"
    model.state.set_as_of(date(2022, 9, 27))   # Finland and Georgia named; Kazakhstan and abroad not yet
    assert drawn() == ({"FIN", "GEO"}, {"FIN", "GEO"})
    # Kazakhstan is drawn as a neighbour, with its name, until a claim names it: the map gives nothing away.
    assert panel.countries.waiting == frozenset({"KAZ"}) and panel.countries.role("KAZ") == "neighbour"
    assert panel.destination_names["KAZ"].isVisible() and not panel.destination_names["FIN"].isVisible()
    assert [a.destination for a in panel.flows_in_order()] == ["FIN", "GEO"]   # the keyboard walks what is drawn
    frame = panel.plot.getPlotItem().getViewBox().viewRect()
    model.state.set_as_of(date(2022, 10, 4))   # "up to 700,000" abroad
    assert drawn() == ({"FIN", "GEO"}, {"FIN", "GEO", ""})
    abroad = next(label for arrow, label, _m in panel.labels if arrow.destination == "")
    assert abroad.pos() != (0, 0) and panel.plot.getPlotItem().getViewBox().viewRect() == frame   # placed; no jump
    model.state.set_as_of(None)
    assert drawn() == ({"FIN", "GEO", "KAZ"}, {"FIN", "GEO", "KAZ", ""})
    assert panel.countries.waiting == frozenset() and not panel.destination_names["KAZ"].isVisible()


def test_as_of_a_day_the_source_pane_lists_the_other_claims_known_then(qtbot, story_window):
    model, win = story_window
    pane = win.source
    model.state.select("left-1")
    assert pane._related_ids == ["left-2", "left-3"]
    model.state.set_as_of(date(2022, 10, 4))
    assert pane._related_ids == [] and not pane.related_scroll.isVisible()
    assert pane.related_note.text() == "No other claim on this flow by then. Published after 4 Oct 2022: 2 more."
    model.state.set_as_of(date(2022, 10, 5))
    assert pane._related_ids == ["left-2"] and pane.related_note.text() == "Published after 5 Oct 2022: 1 more."
    model.state.set_as_of(None)
    assert pane._related_ids == ["left-2", "left-3"] and not pane.related_note.isVisible()


def test_exporting_a_flow_as_of_a_day_covers_its_claims_published_by_then(qtbot, story_window):
    model, win = story_window
    model.state.select("left-1")
    model.state.set_as_of(date(2022, 10, 5))
    scope = win.exports.scope("flow")
    assert sorted(model.claims_index.col["claim_id"][r] for r in scope.rows) == ["left-1", "left-2"]
    assert scope.as_of == date(2022, 10, 5) and "as of 5 Oct 2022" in scope.description
    model.state.set_as_of(None)
    assert len(win.exports.scope("flow").rows) == 3


def test_the_figures_history_counts_the_claims_known_by_the_day(qtbot, story_window):
    model, win = story_window
    model.state.select("left-1")
    assert win.timeline.history_title.text() == "How the figure moved: Abroad, left (3 claims)"
    model.state.set_as_of(date(2022, 10, 4))
    assert win.timeline.history_title.text() == "How the figure moved: Abroad, left (1 of 3 claims by 4 Oct 2022)"
    model.state.set_as_of(date(2022, 10, 5))
    assert win.timeline.history_title.text() == "How the figure moved: Abroad, left (2 of 3 claims by 5 Oct 2022)"


def test_rows_that_just_fit_are_all_shown(qtbot, story_window):
    """Rows sized to share the height exactly: every one shown (a division one part in a million short hid
    the last row)."""
    _model, win = story_window
    canvas = win.timeline.canvas
    rows = canvas.marks.n_rows
    try:
        for n in (3, 6, 7):
            canvas.marks.n_rows = n   # (as many rows as that, for the geometry)
            for height in range(canvas.height_for(n), canvas.height_for(n) + 120):
                canvas.resize(canvas.width(), height)
                assert len(canvas.rows_shown()) == n, (n, height)
    finally:
        canvas.marks.n_rows = rows


def test_a_chart_emptied_by_the_day_says_so_and_draws_no_grid(qtbot, story_window):
    model, win = story_window
    model.state.select("left-1")
    model.state.set_as_of(date(2022, 9, 27))   # before any claim about abroad as a whole
    chart = win.chart
    assert chart.bars.bars == []
    assert chart.empty.text() == "No claim about Abroad had been published by 27 Sep 2022; 3 claims came later."
    assert not chart.plot.getAxis("bottom").grid
    assert model.state.claim_id == "left-1"   # hidden by the day alone: still selected, its flow still followed
    assert "Abroad" in win.timeline.history_title.text()
    assert win.status_label.text().endswith("selected left-1 (published after 27 Sep 2022: Now in the timeline shows it)")
    model.state.set_filters(replace(model.state.filters, text="Peskov"))   # another filter hides some too
    assert chart.empty.text() == "No claim about Abroad had been published by 27 Sep 2022; 1 claim came later."
    model.state.set_as_of(None)
    assert [bar["claim_id"] for bar in chart.bars.bars] == ["left-3"] and chart.plot.getAxis("bottom").grid
    assert model.state.claim_id == "left-3"   # the search hid the selected claim: the selection followed it
    model.state.set_filters(replace(model.state.filters, text=""))
    model.state.set_as_of(date(2022, 9, 27))
    assert model.state.claim_id == "left-3"
    model.state.set_filters(replace(model.state.filters, text="Finnish"))
    assert model.state.claim_id == "fin-1" and win.status_label.text().endswith("selected fin-1")


def test_dragging_the_handle_moves_as_of(qtbot, story_window):
    model, win = story_window
    canvas = win.timeline.canvas
    axis = 10   # the date axis above the rows
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(_x(canvas, date(2022, 10, 6)), axis))
    qtbot.mouseMove(canvas, QPoint(_x(canvas, date(2022, 9, 30)), axis))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(_x(canvas, date(2022, 9, 27)), axis))
    assert model.state.filters.as_of == date(2022, 9, 27)
    assert _shown_ids(model) == {"fin-1", "geo-1"}


def test_arrow_keys_step_a_day_and_end_returns_to_now(qtbot, story_window):
    model, win = story_window
    canvas = win.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)          # from now: the last day... then a day earlier
    assert model.state.filters.as_of == date(2022, 10, 6)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert model.state.filters.as_of == date(2022, 10, 5)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)         # never past the last day
    assert model.state.filters.as_of == date(2022, 10, 6)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert model.state.filters.as_of == date(2022, 9, 25)   # the first day a claim was published
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert model.state.filters.as_of == date(2022, 9, 24)   # the axis opens earlier, at the event's day
    for _ in range(6):
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert model.state.filters.as_of == date(2022, 9, 21)
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert model.state.filters.as_of is None


def test_play_goes_day_by_day_to_the_last_and_stops(qtbot, story_window):
    model, win = story_window
    panel = win.timeline
    panel.speed.setCurrentIndex(panel.speed.count() - 1)   # the fastest
    seen = []
    model.filtersChanged.connect(lambda: seen.append(model.state.filters.as_of))
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    assert panel.play.isChecked() and panel.play.text() == "Pause"
    qtbot.waitUntil(lambda: not panel.play.isChecked(), timeout=10000)
    assert seen[0] == date(2022, 9, 25) and seen[-1] == date(2022, 10, 6)   # from the first claim's day
    assert all((b - a).days == 1 for a, b in zip(seen, seen[1:]))
    assert panel.play.text() == "Play"


@pytest.mark.parametrize("how", ["end", "now", "date"])
def test_a_day_set_by_hand_stops_playing(qtbot, story_window, how):
    model, win = story_window
    panel = win.timeline
    panel.speed.setCurrentIndex(0)   # the slowest: no tick comes within the test
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Space)
    assert panel.play.isChecked() and model.state.filters.as_of == date(2022, 9, 25)
    if how == "end":
        qtbot.keyClick(panel.canvas, Qt.Key.Key_End)
    elif how == "now":
        panel.now.click()
    else:
        panel.date.setDate(QDate(2022, 10, 2))
    assert not panel.play.isChecked() and not panel._timer.isActive() and panel.play.text() == "Play"
    assert model.state.filters.as_of == (date(2022, 10, 2) if how == "date" else None)


def test_rows_that_do_not_fit_scroll_and_follow_the_selection(qtbot, tmp_path, settings):
    """Many destinations in a short panel: rows keep their names' height, the wheel and Page Down scroll them,
    the count out of sight is said, and a claim selected elsewhere brings its row into view."""
    from tests.conftest import write_dataset
    codes = ["ARM", "AZE", "BLR", "CHN", "EST", "FIN", "GEO", "ISR", "KAZ", "KGZ", "LVA", "MNG", "NOR", "POL",
             "SRB", "TUR", "UZB", "ARE"]
    sources = [{"source_id": "s1", "outlet": "Wire", "title": "Everywhere", "published": "2022-10-01", "byline": ""}]
    text = " ".join(f"In {c} there were {i + 1},000 arrivals." for i, c in enumerate(codes)) + "\n"
    claims = [{"claim_id": f"c-{c.lower()}", "source_id": "s1", "quote": f"In {c} there were {i + 1},000 arrivals",
               "claimant": "Officials", "claimant_type": "government", "stance": "asserts", "metric": "entered",
               "destination": c, "value_low": str((i + 1) * 1000), "value_high": str((i + 1) * 1000)}
              for i, c in enumerate(codes)]
    folder = write_dataset(tmp_path / "many", sources=sources, claims=claims, articles={"s1": text})
    model, win = _timeline_window(qtbot, settings, folder, (1200, 800))
    canvas = win.timeline.canvas
    assert not model.dataset.problems, model.dataset.problems[:3]
    assert canvas.row_height() >= canvas.fontMetrics().height()   # names never overlap
    fitting = canvas.rows_fitting()
    assert fitting < 18 and list(canvas.rows_shown()) == list(range(fitting))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.first_row == fitting - 1
    canvas.first_row = 0
    canvas.update()
    model.state.select(f"c-{canvas.marks.row_codes[-1].lower()}")
    assert canvas.rows_shown().stop == 18   # the selected claim's row scrolled into view
    canvas.grab()   # painted: the selected claim's mark is where its row is shown, and can be clicked
    area = next(a for a, kind, what in canvas._hits if kind == 0
                and canvas.claims_index.col["claim_id"][what] == model.state.claim_id)
    model.state.select("c-arm")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    assert model.state.claim_id == f"c-{canvas.marks.row_codes[-1].lower()}"


def test_presentation_in_date_order_sets_as_of_and_says_the_date(qtbot, story_window):
    model, win = story_window
    view = _enter(qtbot, win)
    assert win.presenting.store.order == "date"
    assert model.state.claim_id == "fin-1" and model.state.filters.as_of == date(2022, 9, 25)
    assert view.date.isVisible() and view.date.text() == "25 Sep 2022"
    assert view.date.font().pixelSize() > view.counter.font().pixelSize()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.state.claim_id == "left-2" and model.state.filters.as_of == date(2022, 10, 5)
    assert view.map.shown[1].lines == ["left 600,000–700,000"]   # what was known that day
    assert list(view.map.shown[1].denied_by) == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert model.state.filters.as_of is None   # the window's day again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1200, 800), (1920, 1080)])
def test_the_timeline_fits_its_rows_in_the_window(qtbot, settings, monkeypatch, tmp_path, lang, size):
    from viewer.app import build_window
    from viewer.model import load_dataset
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", lang)
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.balance_docks()
    model.set_dataset(load_dataset(write_story(tmp_path / "story")))
    model.state.set_as_of(date(2022, 10, 4))
    win.docks["timeline"].raise_()
    QApplication.processEvents()
    canvas = win.timeline.canvas
    assert win.height() <= size[1] + 1
    assert canvas.height() >= canvas.height_for(canvas.marks.n_rows)
    day = model.words.day(date(2022, 10, 4))
    assert win.map.title.text().endswith(day) and win.timeline.date.text() == day
    assert ("Timeline" if lang == "en" else "Хронология") == win.docks["timeline"].windowTitle()
    # The small chart's title is whole: beside the controls where it fits, else on its own line above the chart.
    model.state.select("left-1")
    QApplication.processEvents()
    # the source pane's long note wraps rather than pushing the pane wider than its dock
    assert win.source.related_note.minimumSizeHint().width() <= win.source.width()
    title = win.timeline.history_title
    assert title.isVisible() and title.width() >= title.fontMetrics().horizontalAdvance(title.text())
    assert title.geometry().bottom() <= win.timeline.history.geometry().top()
    # The "as of" handle says its day; the axis's own label under it is left out.
    canvas.grab()
    assert canvas._as_of_pill(canvas.plot_rect(), canvas.fontMetrics())[1] == day


def test_many_claims_on_a_day_make_one_mark_with_its_count(qtbot):
    """Tens of thousands of claims: crowded days are one mark each; hover counts them by claimant type; click selects."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from time_frames import frames
    from viewer.model.index.claims_index import ClaimsIndex
    from viewer.qt.bridge import AppModel
    from viewer.widgets.timeline import TimelinePanel
    from viewer.model.reading.dataset import Dataset
    from viewer.model.reading.package import Descriptor
    claims, sources = frames(40000, seed=2)
    model = AppModel()
    panel = TimelinePanel(model)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)   # (every row shown)
    panel.show()
    descriptor = Descriptor("t", "T", "RUS", {"sources": "sources.csv", "claims": "claims.csv"})
    model.set_dataset(Dataset(Path("."), descriptor, sources, claims), ClaimsIndex(claims, sources))
    canvas = panel.canvas
    canvas.grab()
    crowded = [(area, what) for area, kind, what in canvas._hits if kind == 1]
    assert int(canvas.bins().count.sum()) == canvas.marks.n_claims == 40000
    assert crowded and sum(int(canvas.bins().count[w]) for _a, w in crowded) > 35000
    area, what = crowded[0]
    text = panel.describe_at(area.center())
    n = int(canvas.bins().count[what])
    assert text.startswith(f"{n:,} claims on ") and "Click to select one of them." in text
    kinds, denials, _first, _last = canvas.bins().breakdown(what)
    assert kinds.sum() == n and (denials == 0 or "denial" in text)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    row = model.claims_index.row_of(model.state.claim_id)
    assert row is not None and canvas.marks.row_of_claim(row) == int(canvas.bins().row[what])


def test_the_timeline_follows_edits_and_an_undone_delete_draws_without_error(qtbot, settings, tmp_path):
    """The timeline counted its marks only when the dataset or the filters changed: after a delete and its undo,
    the figure's history indexed past the stale marks ("IndexError: index 11 is out of bounds", an error box on
    every repaint), and a claim added or moved was not drawn where it now was."""
    import shutil

    from viewer.app import build_window
    from tests.conftest import DATA
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    win.docks["timeline"].raise_()
    timeline = win.timeline if hasattr(win, "timeline") else win.docks["timeline"].widget()
    canvas = timeline.canvas
    qtbot.waitUntil(lambda: canvas.marks is not None)
    claims = len(model.claims_index.col["claim_id"])
    model.state.select("bb-02")
    with qtbot.captureExceptions() as caught:
        win.editing.delete_claim_action.trigger()
        win.editing.undo_action.trigger()
        restored = model.claims_index.row_of("bb-02")
        model.state.select("bb-02")
        qtbot.waitUntil(lambda: canvas.marks.counted(restored))
        timeline.grab()
        timeline.history.grab()
    assert caught == []
    assert len(canvas.marks.days_of_claims) == claims + 1   # (the restored claim is a row of its own)
    assert canvas.selected_row == restored
