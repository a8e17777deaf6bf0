"""No label of the map covers another, in either language, at the usual window sizes and zooms; names yield."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt

from tests.gui.conftest import window_at


def label_rects(panel) -> list[tuple[str, QRectF]]:
    """Every label shown: flow labels, their denial marks, the origin's name, the neighbours' names shown."""
    rects = []
    for arrow, label, mark in panel.labels:
        rects.append(("flow " + (arrow.destination or "abroad"), panel._scene_rect(label)))
        if mark is not None:
            rects.append(("mark " + (arrow.destination or "abroad"), panel._scene_rect(mark)))
    for item in panel.fixed_labels + [item for item in panel.country_labels if item.isVisible()]:
        rects.append(("name " + item.textItem.toPlainText(), panel._scene_rect(item)))
    return rects


def overlaps(panel) -> list[tuple[str, str]]:
    """Pairs of labels that share more than an edge (half a pixel of rounding allowed)."""
    rects = label_rects(panel)
    found = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            both = ra.intersected(rb)
            if both.width() > 0.5 and both.height() > 0.5:
                found.append((a, b))
    return found


def placed(qtbot, panel) -> None:
    """Let a new view take effect and the labels be placed for it."""
    qtbot.wait(30)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1920, 1080), (1500, 950)])
def test_no_label_overlaps_another_at_the_default_view_and_after_zooming(qtbot, settings, monkeypatch, lang, size):
    _model, win = window_at(qtbot, settings, monkeypatch, lang, size)
    panel = win.map
    placed(qtbot, panel)
    panel.reset_view()
    placed(qtbot, panel)
    assert panel.country_labels and any(item.isVisible() for item in panel.country_labels)
    assert overlaps(panel) == [], "at the default view"
    for keys, when in (("++", "zoomed in"), ("--", "back"), ("---", "zoomed out")):
        for key in keys:
            qtbot.keyClick(panel.plot, Qt.Key.Key_Plus if key == "+" else Qt.Key.Key_Minus)
            placed(qtbot, panel)
        assert overlaps(panel) == [], when


def _distance(rect: QRectF, point) -> float:
    x, y = point
    dx = max(rect.left() - x, x - rect.right(), 0.0)
    dy = max(rect.top() - y, y - rect.bottom(), 0.0)
    return float(np.hypot(dx, dy))


def untied_labels(panel) -> list[str]:
    """Flow labels that a reader could take for another flow's: each must sit by its own arrow's tip (nearer to
    it than to any other flow's tip) or be tied to its own arrow by a leader line, and never sit on another
    flow's tip."""
    from viewer.model.mapping.label_placement import GAP, LEADER_FROM
    from viewer.model.mapping.map_layout import curve_points
    from viewer.widgets.map_scene import _view_to_scene
    to_scene = _view_to_scene(panel.plot.getPlotItem().getViewBox())

    def tips(arrow):
        return [tuple(p) for p in to_scene([arrow.label_at, *arrow.ends])]

    wrong = []
    for arrow, label, mark in panel.labels:
        name = arrow.destination or "abroad"
        rect = panel._scene_rect(label)
        if mark is not None:
            rect = rect.united(panel._scene_rect(mark))
        own = min(_distance(rect, tip) for tip in tips(arrow))
        others = [_distance(rect, tip) for other, _l, _m in panel.labels if other is not arrow for tip in tips(other)]
        leader = panel.leader_of[arrow.origin, arrow.destination]
        if leader is None:
            if own > LEADER_FROM + 1:
                wrong.append(f"{name}: {own:.0f} px from its tip, with no leader")
            elif others and min(others) <= own:
                wrong.append(f"{name}: nearer another flow's tip ({min(others):.0f} px) than its own ({own:.0f} px)")
            continue
        start, end = leader
        if _distance(rect, start) > 1 or min(abs(start[0] - rect.left()), abs(start[0] - rect.right()),
                                             abs(start[1] - rect.top()), abs(start[1] - rect.bottom())) > 1:
            wrong.append(f"{name}: its leader does not start on its edge")
        line = (np.vstack([to_scene(curve_points(arrow.start, e, 200)) for e in arrow.ends]) if arrow.ends
                else to_scene([arrow.label_at]))
        if np.hypot(*(line - np.asarray(end)).T).min() > 2:
            wrong.append(f"{name}: its leader does not end on its own arrow")
        if others and min(others) < GAP:
            wrong.append(f"{name}: sits on another flow's tip ({min(others):.0f} px)")
    return wrong


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1920, 1080), (1500, 950)])
def test_each_flow_label_is_by_its_own_arrows_tip_or_tied_to_it(qtbot, settings, monkeypatch, lang, size):
    """In Russian at 1500x950 Kazakhstan's label sat over western Russia by its arrow's tail, with no leader,
    and "Kyrgyzstan + Uzbekistan" sat at the tip of Kazakhstan's arrow."""
    model, win = window_at(qtbot, settings, monkeypatch, lang, size)
    model.state.select("ht-03")
    panel = win.map
    placed(qtbot, panel)
    panel.reset_view()
    placed(qtbot, panel)
    assert untied_labels(panel) == [], "at the default view"
    for keys, when in (("+", "zoomed in"), ("-", "back"), ("--", "zoomed out")):
        for key in keys:
            qtbot.keyClick(panel.plot, Qt.Key.Key_Plus if key == "+" else Qt.Key.Key_Minus)
            placed(qtbot, panel)
        assert untied_labels(panel) == [], when


def test_the_map_scene_is_what_its_framed_viewport_shows(window, qtbot):
    """With the focus frame, a scene the size of the whole widget put the map's right and bottom edges
    (and labels placed there) under the frame."""
    _model, win = window
    plot = win.map.plot
    qtbot.waitUntil(lambda: plot.viewport().width() > 0)
    qtbot.wait(20)
    assert plot.sceneRect().width() <= plot.viewport().width()
    assert plot.sceneRect().height() <= plot.viewport().height()


def test_a_place_the_map_cannot_draw_is_named_in_its_title(qtbot, settings, make_dataset):
    from tests.conftest import CLAIMS
    from viewer.app import build_window
    from viewer.model import load_dataset
    claims = [dict(CLAIMS[2], destination="ATA")] + CLAIMS[:2]
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(make_dataset(claims=claims)))
    assert win.map.title.text().endswith("no shape for Antarctica")
