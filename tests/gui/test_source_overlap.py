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
