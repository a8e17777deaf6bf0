"""The map's legend keeps every item in a narrow map dock: it wraps onto more lines instead of dropping words."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import bundled_window


def map_width(qtbot, win, width: int) -> None:
    """Make the map (the central widget) about ``width`` pixels wide by widening the docks on its right."""
    win.resizeDocks([win.docks["source"]], [win.width() - width], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(win.map.width() - width) < 30)
    qtbot.wait(30)


def shown_texts(legend) -> list[tuple[str, float, float, int]]:
    """Each item the legend draws: its text, where it starts and ends, and on which line."""
    metrics = legend.fontMetrics()
    return [(item.text, x, x + legend._width(item, metrics), n)
            for n, line in enumerate(legend.lines()) for item, x in line]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_legend_item_shows_whole_in_a_600_pixel_map(qtbot, settings, monkeypatch, lang):
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", lang)
    _model, win = bundled_window(qtbot, settings)
    map_width(qtbot, win, 600)
    legend = win.map.legend
    assert legend.width() <= 620
    items = shown_texts(legend)
    texts = [text for text, *_rest in items]
    for word in legend.texts():
        assert word in texts, word
    assert all(0 <= start and end <= legend.width() for _t, start, end, _n in items)
    lines = 1 + max(n for *_rest, n in items)
    assert lines >= 2, "a 600-pixel map has not the room for the legend on one line"
    assert legend.height() >= lines * legend._row_height(legend.fontMetrics())
    assert all(word in legend.accessibleDescription() for word in legend.texts())


def test_a_wide_legend_keeps_one_line(window, qtbot):
    _model, win = window
    map_width(qtbot, win, 1100)
    legend = win.map.legend
    assert len(legend.lines()) == 1
    assert legend.height() < 2 * legend._row_height(legend.fontMetrics())


def test_with_no_figure_on_the_map_the_legend_explains_no_widths(window):
    _model, win = window
    legend = win.map.legend
    assert legend.items()[0].text == "Width:"
    legend.set_scale(0.0)
    texts = [item.text for item in legend.items()]
    assert "Width:" not in texts and "people" not in texts and texts[0] == "dotted: no figure"
