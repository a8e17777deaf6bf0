"""Light and dark themes: they follow the system, are remembered, and every view repaints in them."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.colour_vision import MACHADO_2009, VISIONS, closest_pair, delta_e2000, seen
from viewer.widgets.palette import CLAIMANT_COLOURS, DARK, LIGHT, THEMES, contrast, ink_on


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


def _hue(colour: str) -> float:
    import colorsys
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def test_claimant_colours_stand_out_on_every_ground_and_keep_their_hue():
    assert LIGHT.claimant("government") == CLAIMANT_COLOURS["government"]   # Okabe–Ito's blue is dark enough
    assert LIGHT.claimant("anonymous") != CLAIMANT_COLOURS["anonymous"]     # its orange is not (2.0:1)
    assert DARK.claimant("government") != CLAIMANT_COLOURS["government"]
    for theme in THEMES.values():
        colours = theme.claimant_colours()
        assert colours.keys() == CLAIMANT_COLOURS.keys() and theme.claimant("no such type") == colours[""]
        # Chart bars and points (WCAG 1.4.11 asks 3:1 of them); high contrast and the dark grounds ask 4.5:1.
        least = 3 if theme is LIGHT else 4.5
        for kind, colour in colours.items():
            # The chart's ground, the legend's, a table's alternate rows: readable on each.
            for ground in (theme.base, theme.window, theme.alternate_base):
                assert contrast(colour, ground) >= least, (theme.name, kind, ground)
            if kind not in ("other", ""):   # the same hue as Okabe–Ito's, only lighter or darker
                assert abs(_hue(colour) - _hue(CLAIMANT_COLOURS[kind])) < 3, (theme.name, kind)
            else:
                assert colour[1:3] == colour[3:5] == colour[5:7], theme.name   # a grey still
        assert len(set(colours[k] for k in colours if k)) == 5, theme.name   # every type its own colour


def _over(fill: str, ground: str) -> str:
    """The colour a "#AARRGGBB" fill shows over ``ground``."""
    alpha = int(fill[1:3], 16) / 255 if len(fill) == 9 else 1.0
    mixed = (round(alpha * int(fill[-6:][i:i + 2], 16) + (1 - alpha) * int(ground[-6:][i:i + 2], 16))
             for i in (0, 2, 4))
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _map_grounds(theme) -> dict[str, str]:
    return {"sea": theme.sea, "land": theme.land, "land_context": theme.land_context, "land_origin": theme.land_origin,
            "land_destination": theme.land_destination, "land_selected": theme.land_selected}


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_every_cue_stands_out_on_the_ground_it_is_drawn_on(theme):
    """WCAG 2.1 1.4.11: a mark that carries meaning 3:1 against what is around it; text in a colour, or on one,
    4.5:1 (1.4.3)."""
    low = []

    def check(what: str, colour: str, ground: str, least: float) -> None:
        if contrast(colour, ground) < least:
            low.append(f"{what} {colour} on {ground}: {contrast(colour, ground):.2f} < {least}")

    # Arrows cross every fill of the map, the filtered destination's too; the legend draws them on the window.
    for name in ("flow", "flow_hover", "flow_selected"):
        for ground_name, ground in {**_map_grounds(theme), "window": theme.window}.items():
            check(f"{name} on {ground_name}", getattr(theme, name), ground, 3)
    # Denials are text: "✕ denied by 2" on a flow label over the map, "✕ denied" in the map's legend, the
    # presentation's stance; they mark the chart's bars and points on its base.
    for ground_name, ground in _map_grounds(theme).items():
        check(f"denial on a label over {ground_name}", theme.denial, _over(theme.label_fill, ground), 4.5)
    for ground in (theme.base, theme.window):
        check("denial", theme.denial, ground, 4.5)
    # A relation's chip beside the source: a cue on the window, its word on it readable.
    for kind in ("agrees", "differs", "denies", "disputed"):
        chip = theme.relation(kind)
        for ground in (theme.window, theme.base):
            check(f"{kind} chip", chip, ground, 3)
        check(f"{kind} chip's word", ink_on(chip), chip, 4.5)
    # The quotes in the article: the text on their fills.
    check("the quote", theme.highlight_text, theme.highlight, 4.5)
    check("another quote", theme.highlight_light_text, theme.highlight_light, 4.5)
    check("another quote's underline", theme.highlight_light_text, theme.base, 3)
    assert not low, f"{theme.name}: " + "; ".join(low)


def test_colour_vision_simulation_and_difference_match_their_references():
    import numpy as np
    # CIEDE2000 test data of Sharma, Wu and Dalal (2005), pairs 1, 7, 17 and 25.
    for lab1, lab2, expected in (((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
                                 ((50, 0, 0), (50, -1, 2), 2.3669), ((50, 2.5, 0), (73, 25, -18), 27.1492),
                                 ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)):
        assert delta_e2000(np.array(lab1), np.array(lab2)) == pytest.approx(expected, abs=1e-4)
    for vision, matrix in MACHADO_2009.items():
        assert matrix.sum(axis=1) == pytest.approx(np.ones(3), abs=1e-5)          # greys stay grey
        assert delta_e2000(seen("#777777", vision), seen("#777777", "normal")) < 0.01
    # Red and green all but merge for the red-green blind; blue and green for the blue-yellow blind.
    normal = delta_e2000(seen("#D00000", "normal"), seen("#008A00", "normal"))
    assert delta_e2000(seen("#D00000", "deuteranopia"), seen("#008A00", "deuteranopia")) < normal / 4
    assert delta_e2000(seen("#0072B2", "tritanopia"), seen("#009E73", "tritanopia")) < 15


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_claimant_colours_stay_as_far_apart_as_okabe_itos_for_colour_blind_eyes(theme):
    """Darker or lighter shades must not bring two claimant types closer, as seen with protanopia, deuteranopia or
    tritanopia, than the closest two of Okabe–Ito's own (CIEDE2000 of the Machado 2009 simulation)."""
    okabe_ito = [c for k, c in CLAIMANT_COLOURS.items() if k]
    colours = [c for k, c in theme.claimant_colours().items() if k]
    for vision in VISIONS:
        least, a, b = closest_pair(colours, vision)
        reference = closest_pair(okabe_ito, vision)[0]
        # For normal eyes the dark theme's blue is 0.01 closer to the grey than Okabe–Ito's closest pair: a
        # hundredth of a just noticeable difference, let through.
        allowed = reference - (0.1 if vision == "normal" else 0)
        assert least >= allowed, f"{theme.name}, {vision}: {a} and {b} {least:.2f} apart, Okabe–Ito {reference:.2f}"


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
    assert f'color:{LIGHT.claimant("anonymous")}' in win.chart.legend.text()
    model.state.select("bb-03")    # a Forbes source (anonymous): a point in the light theme's darker orange
    spot = next(s for s in win.chart.points.data if s["data"] == "bb-03")
    assert spot["brush"].color().name() == LIGHT.claimant("anonymous").lower() != CLAIMANT_COLOURS["anonymous"].lower()


def test_the_source_pane_underlines_quotes_and_colours_chips_by_theme(qtbot, window):
    model, win = window
    for theme_name in ("light", "dark"):
        win.themes.actions[theme_name].trigger()
        model.state.select("ht-01")    # Peskov's denial: the claims it denies are "disputed"
        QApplication.processEvents()
        theme = model.theme
        marks = win.source.article.extraSelections()
        quotes = [s for s in marks if not s.format.fontOverline()]   # an overline marks a figure the finder saw
        assert quotes and all(s.format.fontUnderline() for s in quotes)
        chips = [tag for tag, _button in win.source._related_rows if not tag.isHidden()]
        assert any(tag.text() == "disputed" for tag in chips)
        for tag in chips:
            kind = next(k for k in ("agrees", "differs", "denies", "disputed") if tag.text() == k)
            assert f"background: {theme.relation(kind)};" in tag.styleSheet()
            assert f"color: {ink_on(theme.relation(kind))};" in tag.styleSheet()
