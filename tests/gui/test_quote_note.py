"""The source pane says when a quote occurs more than once in its article, and which occurrence is shown."""

from __future__ import annotations

from tests.conftest import CLAIMS
from viewer.model import load_dataset


def test_a_repeated_quote_is_pointed_out_and_a_unique_one_is_not(qtbot, settings, make_dataset):
    from viewer.app import build_window
    claims = CLAIMS + [dict(CLAIMS[2], claim_id="c5", destination="GEO", quote_suffix="Georgia")]
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(make_dataset(claims=claims)))
    pane = win.source
    model.state.select("c3")   # "200,000 Russians had entered" occurs twice: the first is taken
    assert pane.quote_note.isVisibleTo(pane)
    assert "occurs 2 times" in pane.quote_note.text() and "the first is highlighted" in pane.quote_note.text()
    model.state.select("c5")   # the same quote with a suffix that picks the second
    assert "picks occurrence 2" in pane.quote_note.text()
    start = pane.article.textCursor().position()
    assert pane.article.toPlainText()[start:].startswith("200,000")
    assert pane.article.toPlainText().rfind("Officials said", 0, start) > pane.article.toPlainText().find("Kazakhstan")
    model.state.select("c1")   # occurs once
    assert not pane.quote_note.isVisibleTo(pane)
