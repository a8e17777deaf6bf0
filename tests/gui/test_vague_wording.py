"""A vague wording ("tens of thousands") leads on the slide, the map label and the chart's tooltip; the bounds
read from it follow in small type, never passed off as a precise range."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from tests.conftest import CLAIMS
from tests.gui.test_hostile_text import MARKUP

VAGUE = dict(CLAIMS[0], value_low="10000", value_high="99999", value_text="tens of thousands")


def _window(qtbot, settings, monkeypatch, folder, lang="en"):
    from viewer.app import build_window
    from viewer.model import load_dataset
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", lang)
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    model.set_dataset(load_dataset(folder))
    return model, win


@pytest.mark.parametrize("lang, lead, bounds", [("en", "“Tens of thousands”", "10,000–99,999"),
                                                ("ru", "«Tens of thousands»", "10\u00a0000–99\u00a0999")])
def test_the_slide_leads_with_the_wording_and_gives_the_bounds_in_small_type(qtbot, settings, monkeypatch, lang,
                                                                           lead, bounds):
    from tests.conftest import DATA
    model, win = _window(qtbot, settings, monkeypatch, DATA, lang)
    model.state.select("ht-03")
    win.presenting.present_selected_action.trigger()
    view = win.presenting.view
    qtbot.waitUntil(lambda: view.isVisible())
    view.showNormal()
    view.resize(1920, 1080)
    QApplication.processEvents()
    assert model.state.claim_id == "ht-03"
    assert view.figure.text() == lead                  # was "10,000–99,999", as if counted
    assert view.bounds.isVisible() and view.bounds.text() == bounds
    assert view.bounds.font().pixelSize() < 0.6 * view.figure.font().pixelSize()
    assert "Tens of thousands" not in view.details.text()   # said once, as the headline
    view.go(view.steps.step_of(model.claims_index.row_of("bb-01")))  # "up to 700,000" is no vaguer than its number
    assert not view.bounds.isVisible() and "700" in view.figure.text()
    view.close()


def test_the_map_label_leads_with_the_wording(qtbot, settings, monkeypatch, make_dataset):
    model, win = _window(qtbot, settings, monkeypatch, make_dataset(claims=[VAGUE, *CLAIMS[1:]]))
    label = next(label for arrow, label, _m in win.map.labels if arrow.destination == "")
    assert label.toPlainText().splitlines()[1] == "left “tens of thousands” (10,000–99,999)"
    html = label.textItem.toHtml()
    assert "(10,000–99,999)" in html and html.index("(10,000") > html.index("tens of thousands")
    fragment = label.textItem.document().find("(10,000–99,999)")
    lead = label.textItem.document().find("tens of thousands")
    assert fragment.charFormat().fontPointSize() or fragment.charFormat().font().pointSizeF()
    assert fragment.charFormat().font().pointSizeF() < lead.charFormat().font().pointSizeF()


def test_the_chart_tooltip_leads_with_the_wording_and_escapes_it(qtbot, settings, monkeypatch, make_dataset):
    hostile = dict(VAGUE, claim_id="c9", value_text="tens " + MARKUP.replace("1", "one"))   # no digit: vague
    model, win = _window(qtbot, settings, monkeypatch, make_dataset(claims=[VAGUE, hostile, *CLAIMS[1:]]))
    model.state.select("c1")
    chart = win.chart
    qtbot.waitUntil(lambda: bool(chart.bars.bars))
    tip = chart.bar_tooltip("c1")
    assert "“tens of thousands” <small>(10,000–99,999)</small>" in tip
    assert "Media reports" in tip and "Example Times" in tip
    tip = chart.bar_tooltip("c9")
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tip and "<script>" not in tip and "<b>Bold" not in tip
    # Hovering a bar's row gives its tooltip.
    bar = next(b for b in chart.bars.bars if b["claim_id"] == "c1")

    class Hover:
        def pos(self):
            return QPointF(bar["lo_draw"] + 1, bar["y"] + 0.1)
    chart.bars.hoverMoveEvent(Hover())
    assert chart.bars.toolTip() == chart.bar_tooltip("c1")
