"""Figures to claims in the window, by keyboard: the source pane lists the figures no claim uses yet, A opens
the claim form filled in from the figure's draft, Enter keeps it (it checks clean and the count drops), undo
brings the figure back; C on selected words holding a figure fills in its bounds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.conftest import DATA
from tests.gui.conftest import window_on_a_copy

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
BREITBART = "breitbart-2022-10-06"


def _seeded(tmp_path):
    """A new dataset (origin RUS) holding the raw Breitbart seed, imported as `claims-atlas import` does."""
    from viewer.model.articles.importing import import_files
    seed = SEEDS / f"{BREITBART}.txt"
    if not seed.exists():   # (the bundled copy of the same article, when the seeds are not beside the repo)
        seed = DATA / "articles" / f"{BREITBART}.txt"
    folder = tmp_path / "new"
    [done] = import_files(folder, [seed], origin="RUS")
    assert done.error is None
    return folder, done.source_id


def _open(qtbot, settings, folder):
    from viewer.app import build_window
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    return model, win


def test_a_figure_becomes_a_claim_by_keyboard_and_undo_brings_it_back(qtbot, settings, tmp_path):
    folder, source_id = _seeded(tmp_path)
    model, win = _open(qtbot, settings, folder)
    pane = win.source
    pane.show_source(source_id)
    figures = pane.figures
    # The Breitbart article's ten figures about people, counted by hand: 700,000 (the headline), up to 700,000,
    # 700,000, about 200,000, 600,000 to 700,000, 200,000, about 147,000, about 70,000, 66,000 and 53,000.
    assert figures.count.text() == "10 figures not yet claimed"
    assert "(10)" in pane.lower_tabs.tabText(1)
    words = [figures.figures[i].text for i in figures.open]
    assert words[:2] == ["700,000", "up to 700,000"] and "53,000" in words
    figures.list.setFocus()
    row = words.index("200,000")   # Akhmetzhanov: "200,000 Russians have entered his country"
    for _ in range(row):
        qtbot.keyClick(figures.list, Qt.Key.Key_Down)
    assert pane.article.textCursor().selectedText() == "200,000"   # the article follows the list
    qtbot.keyClick(figures.list, Qt.Key.Key_A)
    form = win.editing.form
    qtbot.waitUntil(lambda: form.isVisible())
    values = form.values()
    assert values["value_low"] == values["value_high"] == "200000" and values["value_text"] == "200,000"
    assert values["destination"] == "KAZ" and values["metric"] == "entered" and values["stance"] == "asserts"
    assert "Akhmetzhanov" in values["claimant"]
    assert values["quote"].startswith("Kazakhstan’s Interior Minister Marat Akhmetzhanov said")
    assert values["quote_prefix"] == values["quote_suffix"] == ""
    assert form.fields["destination"].font().italic() and "%" in form.fields["destination"].toolTip()
    assert not form.fields["value_low"].font().italic()   # the finder's bounds are not guesses
    # A choice changed by its key is the analyst's: no longer marked a guess (it kept "≈" and italics).
    for name, key in (("claimant_type", Qt.Key.Key_G), ("stance", Qt.Key.Key_A)):
        assert form.fields[name].font().italic() and "≈" in form.labels[name].text(), name
        qtbot.keyClick(form.fields[name], key)
        assert not form.fields[name].font().italic() and "≈" not in form.labels[name].text(), name
    qtbot.keyClick(form.focusWidget() or form.fields["claimant"], Qt.Key.Key_Return)   # Enter keeps it
    qtbot.waitUntil(lambda: not form.isVisible())
    document = model.document
    [claim_id] = document.claim_ids()
    assert document.problems == []
    assert figures.count.text() == "9 figures not yet claimed"
    assert "200,000" not in [figures.figures[i].text for i in figures.open]
    win.editing.undo_action.trigger()
    QApplication.processEvents()
    pane.show_source(source_id)
    assert document.claim_ids() == []
    assert figures.count.text() == "10 figures not yet claimed"


def test_the_bundled_articles_have_one_figure_left_to_claim(qtbot, settings, tmp_path):
    """The bundled claims use every figure of the Breitbart article but the headline's."""
    _folder, model, win = window_on_a_copy(qtbot, settings, tmp_path)
    win.source.show_source(BREITBART)
    assert win.source.figures.count.text() == "1 figure not yet claimed"
    assert [win.source.figures.figures[i].start for i in win.source.figures.open] == [26]


def test_c_on_selected_words_fills_in_the_figure(qtbot, settings, tmp_path):
    folder, source_id = _seeded(tmp_path)
    model, win = _open(qtbot, settings, folder)
    pane = win.source
    pane.show_source(source_id)
    text = model.dataset.article_text(source_id)
    start = text.index("about 147,000 Russians left Kazakhstan")
    end = start + len("about 147,000 Russians left Kazakhstan during the same period")
    cursor = pane.article.textCursor()
    cursor.setPosition(int(pane._positions[start]))
    cursor.setPosition(int(pane._positions[end]), QTextCursor.MoveMode.KeepAnchor)
    pane.article.setTextCursor(cursor)
    pane.article.setFocus()
    qtbot.keyClick(pane.article, Qt.Key.Key_C)
    form = win.editing.form
    qtbot.waitUntil(lambda: form.isVisible())
    values = form.values()
    assert values["quote"] == "about 147,000 Russians left Kazakhstan during the same period"
    assert (values["value_low"], values["value_high"], values["value_text"]) == ("147000", "147000", "about 147,000")
    assert values["destination"] == "KAZ" and values["metric"] == "exited"
    assert form.fields["metric"].font().italic()
    form.reject()
