"""What the chart's marks say: an "up to" bar is open at its low end, an exported chart outlines no claim,
and an empty chart says why it is empty."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from viewer.widgets.palette import THEMES, contrast


def _offscreen_chart(qtbot, model, theme=None, **options):
    from viewer.widgets.chart import ComparisonChart
    chart = ComparisonChart(model, theme, **options)
    qtbot.addWidget(chart)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(1000, 420)
    chart.show()
    qtbot.waitUntil(lambda: chart.plot.width() > 900)
    qtbot.wait(30)   # the chart re-frames itself once the resize has settled
    return chart


def _bar_box(chart, claim_id):
    """The bar's rectangle in the plot's pixels."""
    bar = next(b for b in chart.bars.bars if b["claim_id"] == claim_id)
    rect = chart.bars._rect(bar)
    return chart.plot.mapFromScene(chart.bars.mapRectToScene(rect)).boundingRect()


def _name(image, x, y) -> str:
    return QColor(image.pixel(int(x), int(y))).name()


@pytest.mark.parametrize("theme_name", THEMES.keys())
def test_an_up_to_bar_fades_in_from_zero_between_dotted_edges(window, qtbot, theme_name):
    """ "up to 700,000" (ht-02) must not look like the range 0–700,000: near 0 its fill is the chart's ground
    and only its dotted edges, in its colour, show where it runs; a closed range (ht-03, 10,000–100,000) is
    filled from its low end."""
    theme = THEMES[theme_name]
    model, _win = window
    model.state.select("bb-03")   # abroad; neither bar below is the selected one
    chart = _offscreen_chart(qtbot, model, theme)
    image = chart.plot.grab().toImage()
    colour = theme.claimant("media")
    box = _bar_box(chart, "ht-02")
    mid = box.center().y()
    start, end = _name(image, box.left() + 0.03 * box.width(), mid), _name(image, box.right() - 6, mid)
    assert contrast(start, theme.base) < 1.2, (start, theme.base)          # no fill at the low end
    assert contrast(end, colour) < 1.2, (end, colour)                       # the full colour at the figure
    # The top edge, within a pixel or two of the box's rounded top: dashes that stand out 3:1, and gaps.
    rows = [[contrast(_name(image, x, box.top() + dy), theme.base) for x in range(box.left() + 2, box.left() + 122)]
            for dy in range(-2, 4)]
    edge = max(rows, key=lambda row: sum(c >= 3 for c in row))
    assert sum(c >= 3 for c in edge) >= 40 and sum(c < 1.5 for c in edge) >= 20, edge
    closed = _bar_box(chart, "ht-03")
    low = _name(image, closed.left() + 0.2 * closed.width(), closed.center().y())
    assert contrast(low, colour) < 1.2, (low, colour)


def test_the_legend_says_what_an_up_to_bar_looks_like(window):
    _model, win = window
    legend = win.chart.legend.text()
    assert "░▒▓ fades in from 0 = “up to”".replace(" ", "&nbsp;") in legend and "open end" not in legend
    # every mark the chart draws is in it: the dot of a single figure too (a new user looked for it)
    assert all(mark in legend for mark in ("●", "◇", "✕", "▶"))


def test_an_exported_chart_outlines_no_claim(window, qtbot):
    """On paper there is no selection: the picture looks the same whichever of its claims is selected."""
    from viewer.widgets.export_pictures import chart_picture
    model, _win = window
    images = []
    for claim_id in ("bb-07", "bb-08"):   # Kazakhstan's minister: 200,000 entered, 147,000 exited
        model.state.select(claim_id)
        with chart_picture(model) as picture:
            chart = picture.body
            assert chart.bars.selected is None
            assert all(spot["size"] == 11 for spot in chart.points.data if spot["data"] in ("bb-07", "bb-08"))
            images.append(chart.plot.grab().toImage())
    assert images[0] == images[1]
    model.state.select("bb-07")   # the window's chart still outlines the selection
    assert _win.chart.bars.selected == "bb-07"


def test_an_empty_chart_says_why(window, qtbot, make_dataset):
    from tests.conftest import CLAIMS, csv_text
    from viewer.model import load_dataset
    model, win = window
    chart = win.chart
    model.state.update_filters(destination="KAZ", text="no claim says this")
    assert chart.empty.isVisibleTo(chart)
    assert chart.empty.text() == "The current filters hide the 6 claims about Kazakhstan."
    model.state.update_filters(text="", destination="GEO;ARM")
    assert chart.empty.text() == "No claim is about Georgia + Armenia."
    model.state.update_filters(destination=None)
    assert not chart.empty.isVisibleTo(chart)
    model.set_dataset(load_dataset(make_dataset(claims=csv_text([], columns=list(CLAIMS[0])))))
    assert chart.empty.isVisibleTo(chart) and chart.empty.text() == "The dataset holds no claims."
    every_bad = [dict(c, stance="claims") for c in CLAIMS]   # all left out: not "no claims"
    model.set_dataset(load_dataset(make_dataset(claims=every_bad)))
    assert chart.empty.text() == "No claim could be loaded: each has a problem (see Problems)."
    model.set_dataset(load_dataset(make_dataset(claims=[c for c in CLAIMS if c["destination"]])))
    model.state.select(None)
    assert chart.empty.text() == ("No claim is about abroad as a whole; select a claim to see the claims about "
                                  "its destination.")
