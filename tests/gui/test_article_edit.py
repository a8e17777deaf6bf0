"""Edit › Edit Article Text…: the article edited in the window, its quotes anchored again as one undo step;
an orphan listed in Problems with the words it had; every view follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import ARTICLE
from tests.gui.test_editing import SECOND, Answers, _process, editing, folder, told  # noqa: F401 (fixtures)


def _edit(qtbot, win, change):
    win.editing.edit_article_action.trigger()
    dialog = win.editing.article_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    dialog.editor.setPlainText(change(text))
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)   # Apply, by keyboard
    _process()
    return text


def test_an_article_edited_anchors_its_quotes_again_and_an_orphan_shows_in_problems(qtbot, editing, folder, told):
    model, win, _answers = editing
    model.state.select("c3")
    qtbot.waitUntil(lambda: win.source.shown_source_id() == "s1")
    assert win.editing.edit_article_action.isEnabled()
    assert win.editing.edit_article_action in win.source.article_actions       # in the article's context menu too
    document = model.document
    before = _edit(qtbot, win, lambda text: text.replace("up to 700,000 Russians had fled", "many people left")
                   .replace("Officials said  200,000", "Officials in Tbilisi said  200,000"))
    assert before == ARTICLE                                                    # no-break spaces kept in the editor
    assert document.article("s1").count("\u00a0") == 1 and "Tbilisi" in document.article("s1")
    assert document.claim("c1")["quote"] == "up to 700,000 Russians had fled"  # kept, never deleted
    assert [p.line for p in document.problems] == [2]                          # c1's line: its quote is an orphan
    problems = win.problems.list
    assert problems.count() == 1 and problems.item(0).text().startswith("claims.csv:2")
    assert win.docks["problems"].isVisible()
    assert told and "c1: “up to 700,000 Russians had fled”" in told[0]         # with the words it had
    assert "Tbilisi" in win.source.article.toPlainText()                      # the source pane follows
    assert win.editing.undo_action.text() == "&Undo Edit article s1"
    assert not (folder / "articles" / "s1.txt").read_text(encoding="utf-8").count("Tbilisi")   # until saved
    win.editing.undo_action.trigger()                                          # one step
    assert document.article("s1") == ARTICLE and document.problems == [] and not document.dirty
    assert "Tbilisi" not in win.source.article.toPlainText()
    win.editing.redo_action.trigger()
    assert win.editing.files.save()
    assert "Tbilisi" in (folder / "articles" / "s1.txt").read_text(encoding="utf-8")


def test_quotes_moved_or_edited_inside_are_found_again(qtbot, editing, told):
    model, win, _answers = editing
    model.state.select("c2")
    qtbot.waitUntil(lambda: win.source.shown_source_id() == "s1")
    _edit(qtbot, win, lambda text: "Updated on Friday.\n\n" + text.replace("Thursday", "Thursday evening"))
    document = model.document
    assert document.problems == [] and told == []
    # edited inside its words: the quote takes the words now there (its claim's cell, undoably)
    assert document.claim("c2")["quote"] == "The Kremlin on Thursday evening denied reports"
    quote_start = model.claims_index.quote_start[model.claims_index.row_of("c3")]
    assert document.article("s1")[quote_start:].startswith("200,000 Russians had entered")   # the views' offsets follow


def test_an_article_with_no_claims_is_shown_again_when_edited(qtbot, editing, told):
    model, win, _answers = editing
    win.source.show_source("s2")
    qtbot.waitUntil(lambda: win.source.shown_source_id() == "s2")
    _edit(qtbot, win, lambda text: text.replace("Finnish border guards", "Finland's border guards"))
    assert win.source.article.toPlainText().startswith("Finland's border guards")
    assert model.document.article("s2") == SECOND.replace("Finnish border guards", "Finland's border guards")


def test_cancel_changes_nothing(qtbot, editing):
    model, win, _answers = editing
    win.editing.edit_article_action.trigger()
    dialog = win.editing.article_dialog
    dialog.editor.setPlainText("nothing")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert not model.document.dirty and model.document.article("s1") == ARTICLE
