"""No label of the map covers another, in either language, at the usual window sizes and zooms; names yield."""

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
