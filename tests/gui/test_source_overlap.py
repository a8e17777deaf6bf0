"""Claims that quote the same words: the selected one's highlight is the one seen."""

import pytest


@pytest.mark.parametrize("claim_id", ["ht-04", "ht-05", "ht-06"])
def test_the_selected_quote_is_painted_over_the_quotes_it_overlaps(window, claim_id):
    from PySide6.QtGui import QColor
    from viewer.widgets.palette import theme_of
    model, win = window
    model.state.select(claim_id)
    selections = win.source.article.extraSelections()
    spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in selections]
    mine = spans[-1]
    assert any(a < mine[1] and mine[0] < b for a, b in spans[:-1]), "ht-04, ht-05 and ht-06 quote overlapping words"
    # extra selections are painted in order: the last one is what the reader sees
    assert selections[-1].format.background().color() == QColor(theme_of(model).highlight)


def _click_on(qtbot, article, position: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    cursor = QTextCursor(article.document())
    cursor.setPosition(position)
    article.setTextCursor(cursor)
    article.ensureCursorVisible()
    point = article.cursorRect(cursor).center()
    point.setX(point.x() + 2)
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_shared_quote_again_goes_to_the_next_claim_and_round(window, qtbot):
    """Three claims quote the same words: each click on them selects the next (the first click always chose ht-04)."""
    model, win = window
    model.state.select("ht-03")
    pane = win.source
    start = next(s for s, _e, cid in pane._spans if cid == "ht-05")
    inside = int(pane._positions[start]) + 5
    chosen = []
    for _ in range(4):
        _click_on(qtbot, pane.article, inside)
        chosen.append(model.state.claim_id)
    assert chosen == ["ht-04", "ht-05", "ht-06", "ht-04"]


def test_a_shared_quotes_tooltip_names_every_claim_sharing_it(window):
    model, win = window
    model.state.select("ht-03")
    pane = win.source
    start = next(s for s, _e, cid in pane._spans if cid == "ht-05")
    tip = pane.quote_tooltip(int(pane._positions[start]) + 5)
    assert "3 claims share these words" in tip and "Click again to select the next" in tip
    for cid, who in (("ht-04", "Kazakh authorities"), ("ht-05", "Georgian authorities"),
                     ("ht-06", "Mongolian authorities")):
        assert f"{cid}: " in tip and who in tip
    own = next(s for s, _e, cid in pane._spans if cid == "ht-03")
    single = pane.quote_tooltip(int(pane._positions[own]) + 3)
    assert "ht-03: 10,000–99,999 — Reuters (Abroad)" in single and "share" not in single
    assert pane.quote_tooltip(0) == ""   # the title line holds no quote
