"""Dataset text is data, never markup: every surface shows it literally."""

import xml.dom.minidom

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ARTICLE, CLAIMS, SOURCES

MARKUP = "<b>Bold</b> <img src=x onerror=alert(1)> &amp; <script>alert(1)</script>"
RLO = "\u202e"
HOSTILE_ARTICLE = ARTICLE + f"\nThe {MARKUP} figure: 12,000 people {RLO}left.\n"


@pytest.fixture
def hostile(qtbot, settings, make_dataset):
    from viewer.app import build_window
    from viewer.model import load_dataset
    claims = [dict(c) for c in CLAIMS] + [{
        "claim_id": "h1", "source_id": "s1", "quote": f"The {MARKUP} figure: 12,000 people {RLO}left.",
        "claimant": f"{MARKUP} {RLO}Ministry", "claimant_type": "other", "stance": "asserts", "metric": "entered",
        "destination": "KAZ", "value_low": "12000", "value_high": "12000", "value_text": f"<i>12,000</i>{RLO}",
        "note": MARKUP}]
    sources = [dict(SOURCES[0], title=f"<h1>{MARKUP}</h1>", outlet=f"<a href='x'>Outlet</a>{RLO}")]
    folder = make_dataset(claims=claims, sources=sources, articles={"s1": HOSTILE_ARTICLE})
    dataset = load_dataset(folder)
    assert dataset.problems == []
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    model.set_dataset(dataset)
    model.state.select("h1")
    return model, win, folder


def test_table_cells_and_tooltips(hostile):
    model, win, _ = hostile
    table = win.table.model
    row = model.claims_index.visible_row_of("h1")
    claimant = table.index(row, 1).data()
    assert "<b>Bold</b>" in claimant and "<script>" in claimant
    assert RLO not in claimant and "⟨U+202E⟩" in claimant     # cannot reorder the cell
    tip = table.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>") and "&lt;b&gt;Bold&lt;/b&gt;" in tip and "<b>" not in tip[4:]


def test_source_pane_labels_and_article(hostile):
    _model, win, _ = hostile
    source = win.source
    for label in (source.heading, source.meta, source.claim_line, source.url):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert source.heading.text().startswith("<h1><b>Bold</b>")
    assert "<a href='x'>Outlet</a>⟨U+202E⟩" in source.meta.text()
    assert "<script>alert(1)</script>" in source.article.toPlainText()
    assert source.article.extraSelections()  # the hostile quote is still found and highlighted


def test_map_tooltips_and_labels(hostile):
    _model, win, _ = hostile
    arrow = next(i for i in win.map.arrow_items if i.arrow.destination == "KAZ")
    tip = arrow.toolTip()
    assert "&lt;img src=x" in tip and "<img" not in tip
    texts = [label.textItem.toPlainText() for _a, label, _m in win.map.labels]
    assert all("<" not in t for t in texts)  # labels hold names and figures only, as plain text


def test_chart_labels_are_plain(hostile):
    _model, win, _ = hostile
    ticks = win.chart.plot.getAxis("left")._tickLevels[0]
    # claimant and outlet are shortened to the dock's width (the outlet first); what is shown stays literal
    assert any(text.startswith("<b>Bold</b>") and ("<a href='x'>Outlet</a>" in text or text.endswith("…"))
               for _y, text in ticks)
    assert all(RLO not in text for _y, text in ticks)


def test_problems_and_messages_are_plain(qtbot, settings, make_dataset):
    from viewer.app import build_window
    from viewer.model import load_dataset
    claims = [dict(c) for c in CLAIMS]
    claims[0]["stance"] = "<b>asserts</b>"
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(make_dataset(claims=claims)))
    assert '"<b>asserts</b>" is not one of' in win.problems.list.item(0).text()


def test_exported_svg_escapes_text(hostile, tmp_path):
    from viewer.export import export
    _model, _win, folder = hostile
    svg = tmp_path / "m.svg"
    export(folder, map_file=svg, select="h1")
    xml.dom.minidom.parse(str(svg))   # still well-formed XML
    assert "<script" not in svg.read_text(encoding="utf-8")
