"""Light and dark themes: they follow the system, are remembered, and every view repaints in them."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from viewer.widgets.palette import DARK, LIGHT, RELATION_COLOURS, THEMES, contrast, ink_on


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    from viewer.widgets.theme import apply_palette
    apply_palette(LIGHT)


def _sea_pixel(win) -> QColor:
    """A pixel of open sea in the map's corner (the view is padded beyond the land)."""
    image = win.map.plot.grab().toImage()
    return QColor(image.pixel(image.width() - 3, 3))


def test_light_by_default_when_the_system_says_nothing(window):
    model, win = window
    assert QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Unknown
    assert model.theme == LIGHT and win.themes.actions["system"].isChecked()
    assert _sea_pixel(win).name() == LIGHT.sea.lower()


def test_dark_theme_repaints_map_chart_source_and_table(qtbot, window, settings):
    model, win = window
    model.state.select("bb-03")
    light_map = win.map.plot.grab().toImage()
    light_chart = win.chart.plot.grab().toImage()
    win.themes.actions["dark"].trigger()
    assert model.theme == DARK and settings.value("theme") == "dark"
    QApplication.processEvents()
    # The map: sea, land and arrows in the dark colours, drawn afresh (no stale cached image).
    assert _sea_pixel(win).name() == DARK.sea.lower()
    assert win.map.countries.theme == DARK and all(a.theme == DARK for a in win.map.arrow_items)
    dark_map = win.map.plot.grab().toImage()
    assert dark_map != light_map
    box = win.map.plot.getPlotItem().getViewBox()
    moscow = box.mapViewToScene(QPointF(*win.map.layout_.anchors["RUS"]))
    origin = QColor(dark_map.pixel(int(moscow.x()), int(moscow.y())))
    assert origin.name() == DARK.land_origin.lower()
    # Labels in the theme's ink.
    _arrow, label, mark = next(t for t in win.map.labels if t[0].destination == "")
    assert label.color.name() == DARK.label_text.lower() and mark.color.name() == DARK.denial.lower()
    # The chart: background and axis text.
    assert win.chart.plot.backgroundBrush().color().name() == DARK.base.lower()
    assert win.chart.plot.getAxis("left").textPen().color().name() == DARK.text.lower()
    assert win.chart.plot.grab().toImage() != light_chart
    # The source pane: the quote highlighted, with readable text on it.
    selection = next(s for s in win.source.article.extraSelections() if s.format.fontWeight() == 700)
    back, fore = selection.format.background().color().name(), selection.format.foreground().color().name()
    assert contrast(back, fore) >= 7
    others = [s for s in win.source.article.extraSelections() if s.format.fontWeight() != 700]
    assert others and all(contrast(s.format.background().color().name(), s.format.foreground().color().name()) >= 4.5
                          for s in others)
    # The table and the rest of the window take the dark palette.
    table_palette = win.table.table.palette()
    assert table_palette.color(QPalette.ColorRole.Base).name() == DARK.base.lower()
    assert contrast(table_palette.color(QPalette.ColorRole.Text).name(),
                    table_palette.color(QPalette.ColorRole.Base).name()) >= 7
    # Back to light: the same pixels as before.
    win.themes.actions["light"].trigger()
    QApplication.processEvents()
    assert _sea_pixel(win).name() == LIGHT.sea.lower()
    assert win.chart.plot.backgroundBrush().color().name() == LIGHT.base.lower()


def test_the_choice_is_remembered(qtbot, settings):
    from viewer.app import build_window
    _m, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.themes.set_mode("dark")
    _m2, again = build_window(None, settings)
    qtbot.addWidget(again)
    assert again.themes.mode == "dark" and again.themes.actions["dark"].isChecked() and _m2.theme == DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window.lower()


def test_following_the_system(qtbot, window, monkeypatch):
    model, win = window
    from viewer.widgets import theme
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert model.theme == DARK and _sea_pixel(win).name() == DARK.sea.lower()
    win.themes.set_mode("light")        # an explicit choice wins over the system
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert model.theme == LIGHT
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    win.themes.set_mode("system")
    assert model.theme == LIGHT


def test_every_theme_is_readable_and_keeps_the_okabe_ito_meanings():
    for theme in THEMES.values():
        assert contrast(theme.text, theme.base) >= 7, theme.name
        assert contrast(theme.label_text, theme.label_fill) >= 7, theme.name
        assert contrast(theme.highlight_text, theme.highlight) >= 7, theme.name
        assert contrast(theme.highlight_light_text, theme.highlight_light) >= 4.5, theme.name
        assert contrast(theme.selection_text, theme.selection) >= 4.5, theme.name
        assert contrast(theme.muted, theme.base) >= 4.5, theme.name
        assert contrast(theme.denial, theme.sea) >= 3, theme.name      # large, bold marks
        assert contrast(theme.flow, theme.sea) >= 3 and contrast(theme.flow, theme.land) >= 3, theme.name
    for colour in RELATION_COLOURS.values():
        assert contrast(ink_on(colour), colour) >= 4.5


def _hue(colour: str) -> float:
    import colorsys
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def test_claimant_colours_stand_out_on_every_ground_and_keep_their_hue():
    from viewer.widgets.palette import CLAIMANT_COLOURS, HIGH_CONTRAST, HIGH_CONTRAST_LIGHT
    assert LIGHT.claimant_colours() == CLAIMANT_COLOURS              # white paper: Okabe–Ito as it is
    assert DARK.claimant("government") != CLAIMANT_COLOURS["government"]
    for theme in (DARK, HIGH_CONTRAST, HIGH_CONTRAST_LIGHT):
        colours = theme.claimant_colours()
        assert colours.keys() == CLAIMANT_COLOURS.keys() and theme.claimant("no such type") == colours[""]
        for kind, colour in colours.items():
            # The chart's ground, the legend's, a table's alternate rows: readable on each.
            for ground in (theme.base, theme.window, theme.alternate_base):
                assert contrast(colour, ground) >= 4.5, (theme.name, kind, ground)
            if kind not in ("other", ""):   # the same hue as Okabe–Ito's, only lighter or darker
                assert abs(_hue(colour) - _hue(CLAIMANT_COLOURS[kind])) < 3, (theme.name, kind)
        assert len(set(colours[k] for k in colours if k)) == 5, theme.name   # every type its own colour


def test_the_dark_chart_draws_claimants_in_the_dark_colours(qtbot, window):
    model, win = window
    win.themes.actions["dark"].trigger()
    model.state.select("bb-07")    # Kazakhstan's minister (government): a single figure, drawn as a point
    QApplication.processEvents()
    bar = next(b for b in win.chart._bar_data if b["claim_id"] == "bb-07")
    assert bar["colour"] == DARK.claimant("government")
    spot = next(s for s in win.chart.points.data if s["data"] == "bb-07")
    assert spot["brush"].color().name() == DARK.claimant("government").lower()
    assert f'color:{DARK.claimant("government")}' in win.chart.legend.text()
    win.themes.actions["light"].trigger()
    assert f'color:{LIGHT.claimant("government")}' in win.chart.legend.text()
