"""Writing the dataset in the window: a claim from selected words by keyboard, cells edited in the table,
undo from the menu, saving, the recovery question, files changed on disk, closing with unsaved edits."""

from __future__ import annotations

import difflib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import ARTICLE, SOURCES, write_dataset
from viewer.model.index.claims_index import COLUMNS
from viewer.model.document import Document

SECOND = "Finnish border guards said 8,572 Russians entered Finland on Saturday, and 8,572 more on Sunday.\n"


@pytest.fixture
def folder(tmp_path):
    sources = SOURCES + [{"source_id": "s2", "outlet": "Yle", "title": "Border guards count arrivals",
                          "published": "2022-09-25", "url": "", "byline": ""}]
    return write_dataset(tmp_path / "ds", sources=sources, articles={"s1": ARTICLE, "s2": SECOND})


class Answers:
    """Stands in for the message boxes the window asks with: records each, clicks a chosen button."""

    def __init__(self):
        self.asked: list[str] = []
        self.conflicts: list = []   # conflict dialogs shown (answered "Not now")
        self.click = "no"   # "yes": the accepting button (Save, Reload); "no": Discard / Keep Mine

    def __call__(self, box):
        self.asked.append(box.text())
        if box.button(QMessageBox.StandardButton.Save) is not None:
            which = {"yes": QMessageBox.StandardButton.Save, "no": QMessageBox.StandardButton.Discard,
                     "cancel": QMessageBox.StandardButton.Cancel}[self.click]
            return box.button(which)
        roles = {b: box.buttonRole(b) for b in box.buttons()}
        wanted = QMessageBox.ButtonRole.AcceptRole if self.click == "yes" else QMessageBox.ButtonRole.RejectRole
        return next(b for b, role in roles.items() if role == wanted)


@pytest.fixture
def editing(qtbot, settings, folder):
    from viewer.app import build_window
    model, win = build_window(None, settings)
    answers = Answers()
    win.editing.files.ask = answers
    # A conflict dialog is modal: a file watcher firing in a test that does not expect one must not hang the
    # suite, so by default it is answered "Not now" and recorded (tests that answer it set their own).
    win.editing.files.decide = lambda dialog: answers.conflicts.append(dialog) and False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    document = Document.open(folder)
    model.set_dataset(document.dataset, document=document)
    qtbot.waitUntil(lambda: model.state.claim_id is not None)
    return model, win, answers


@pytest.fixture
def told(editing, monkeypatch):
    """The message boxes the window shows (show_message), recorded instead of shown."""
    _model, win, _answers = editing
    said = []
    monkeypatch.setattr(win, "show_message", lambda box: said.append(box.text()))
    return said


def _process():
    for _ in range(5):
        QApplication.processEvents()


def test_a_claim_from_selected_words_with_the_keyboard_alone(qtbot, editing, folder):
    model, win, _answers = editing
    model.state.update_filters()   # (nothing filtered)
    pane = win.source
    article = pane.article
    # The pane shows c1's article; walk to the second "200,000 Russians had entered" by keyboard.
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    shown = article.toPlainText()
    second = shown.find("200,000", shown.find("200,000") + 1)
    cursor = article.textCursor()
    cursor.setPosition(0)
    article.setTextCursor(cursor)
    for _ in range(second):
        qtbot.keyClick(article, Qt.Key.Key_Right)
    for _ in range(len("200,000\u00a0Russians had entered")):
        qtbot.keyClick(article, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert article.textCursor().selectedText() == "200,000\u00a0Russians had entered"
    qtbot.keyClick(article, Qt.Key.Key_C)
    form = win.editing.form
    assert form is not None and form.isVisible()
    values = form.values()
    assert values["quote"] == "200,000\u00a0Russians had entered" and values["source_id"] == "s1"
    assert (values["quote_prefix"], values["quote_suffix"]) == ("", "Georgia,")   # it occurs twice
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.fields["claimant"])
    qtbot.keyClicks(form.fields["claimant"], "Georgian border service")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G)          # claimant type: government
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)          # stance: asserts
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E)          # metric: entered
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)        # origin: the dataset's
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields["destination"]
    completer = form.fields["destination"].completer()
    completer.setCompletionPrefix("Грузи")                            # names in Russian complete too
    assert completer.currentCompletion() == "GEO"
    qtbot.keyClicks(form.fields["destination"], "Georg")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.fields["destination"].text() == "GEO"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "200000")             # low bound
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "100000")             # high bound, below the low one
    form.check()
    assert form.problems.text().startswith("High bound: ") and "below value_low" in form.problems.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "200000")
    form.check()
    assert form.problems.text() == "No problems."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)     # Enter keeps the claim
    qtbot.waitUntil(lambda: not form.isVisible())
    document = model.document
    new = document.claim_ids()[-1]
    assert new == "s1-01"
    claim = document.claim(new)
    assert (claim["claimant"], claim["claimant_type"], claim["stance"], claim["metric"], claim["destination"],
            claim["value_low"], claim["value_high"], claim["quote_suffix"]) == (
        "Georgian border service", "government", "asserts", "entered", "GEO", "200000", "200000", "Georgia,")
    assert document.problems == []
    assert model.state.claim_id == new and model.claims_index.row_of(new) is not None   # the table, map, chart have it
    assert new in [cid for _s, _e, cid in win.source._spans]                   # highlighted in its article
    assert win.isWindowModified()
    assert win.editing.undo_action.text() == f"&Undo Add claim {new}"


def test_esc_drops_the_claim(qtbot, editing):
    model, win, _answers = editing
    article = win.source.article
    cursor = article.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)
    article.setFocus()
    qtbot.keyClick(article, Qt.Key.Key_C)
    form = win.editing.form
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert model.document.claim_ids() == ["c1", "c2", "c3", "c4"] and not model.document.dirty


def test_an_edit_in_the_table_then_undo_and_redo_from_the_menu(qtbot, editing):
    model, win, _answers = editing
    table = win.table.table
    row = model.claims_index.visible_row_of("c3")
    table.setCurrentIndex(win.table.model.index(row, COLUMNS.index("claimant")))
    table.setFocus()
    qtbot.keyClicks(table, "K")   # typing starts the cell's editor
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "azakh officials")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.document.claim("c3")["claimant"] == "Kazakh officials")
    row = model.claims_index.visible_row_of("c3")
    assert win.table.model.index(row, COLUMNS.index("claimant")).data() == "Kazakh officials"
    assert win.isWindowModified()
    # the figure cell takes bounds: "60,000-70,000"
    assert win.table.model.setData(win.table.model.index(model.claims_index.visible_row_of("c4"), COLUMNS.index("figure")),
                                   "60,000–70,000")
    assert (model.document.claim("c4")["value_low"], model.document.claim("c4")["value_high"]) == ("60000", "70000")
    edit_menu = win.editing.edit_menu
    undo = next(a for a in edit_menu.actions() if a.text().startswith("&Undo"))
    assert undo.text() == "&Undo Edit claim c4"
    undo.trigger()
    undo.trigger()
    assert model.document.claim("c3")["claimant"] == "Officials"
    assert model.claims_index.col["claimant"][model.claims_index.row_of("c3")] == "Officials"
    assert not win.isWindowModified() and not undo.isEnabled()
    redo = next(a for a in edit_menu.actions() if a.text().startswith("&Redo"))
    assert redo.text() == "&Redo Edit claim c3"
    qtbot.keyClick(win, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.document.claim("c3")["claimant"] == "Kazakh officials"
    assert win.editing.history.view.stack().index() == 1


def test_a_cell_that_would_give_the_claim_a_problem_opens_its_form_instead(qtbot, editing):
    """"Kazahstan" typed for a destination made the claim invalid: it left the table, the map and the chart at
    once, and only the status bar said "1 problem". The form opens with the value typed and the problem said;
    Esc leaves the claim as it was; mended there, Enter keeps it."""
    model, win, _answers = editing
    table = win.table.table
    row = model.claims_index.visible_row_of("c3")
    table.setCurrentIndex(win.table.model.index(row, COLUMNS.index("destination")))
    table.setFocus()
    qtbot.keyClicks(table, "K")
    qtbot.keyClicks(QApplication.focusWidget(), "azahstan")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.editing.form is not None and win.editing.form.isVisible())
    form = win.editing.form
    assert form.fields["destination"].text() == "Kazahstan" and "Kazahstan" in form.problems.text()
    assert form.problems.text().startswith("Destination: ")   # the form's name of the field, not the CSV's
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.fields["destination"])
    assert model.document.claim("c3")["destination"] == "KAZ" and not model.document.dirty
    assert model.claims_index.visible_row_of("c3") is not None
    assert "Not kept" in win.statusBar().currentMessage()
    form.reject()
    qtbot.waitUntil(lambda: not form.isVisible())
    assert model.document.claim("c3")["destination"] == "KAZ" and not model.document.dirty
    # Typed again, then mended in the form: kept.
    win.editing.form = None
    win.table.model.setData(win.table.model.index(row, COLUMNS.index("destination")), "Kazahstan")
    qtbot.waitUntil(lambda: win.editing.form is not None and win.editing.form.isVisible())
    form = win.editing.form
    form.fields["destination"].setText("GEO")
    form.accept()
    qtbot.waitUntil(lambda: model.document.claim("c3")["destination"] == "GEO")
    # A cell that gives no problem is kept as before, no form.
    win.editing.form = None
    win.table.model.setData(win.table.model.index(model.claims_index.visible_row_of("c3"), COLUMNS.index("destination")),
                            "Kazakhstan")
    assert model.document.claim("c3")["destination"] == "KAZ" and win.editing.form is None


def test_a_figure_typed_in_words_is_read_and_one_that_is_no_figure_is_said(qtbot, editing):
    """"до 4 тысяч", "около 3000" typed in the figure cell were thrown away without a word (the cell took digits
    and dashes only): read as the format reads a wording, kept with it as value_text; "7000О" is said not to be a
    figure."""
    model, win, _answers = editing
    cell = lambda: win.table.model.index(model.claims_index.visible_row_of("c3"), COLUMNS.index("figure"))  # noqa: E731
    assert win.table.model.setData(cell(), "до 4 тысяч")
    claim = model.document.claim("c3")
    assert (claim["value_low"], claim["value_high"], claim["value_text"]) == ("", "4000", "до 4 тысяч")
    assert win.table.model.setData(cell(), "5-6 тысяч в сутки")
    claim = model.document.claim("c3")
    assert (claim["value_low"], claim["value_high"], claim["unit"]) == ("5000", "6000", "people_per_day")
    assert not win.table.model.setData(cell(), "7000О")
    assert "Not kept: “7000О” is not a figure" in win.statusBar().currentMessage()
    assert model.document.claim("c3")["value_high"] == "6000"


def test_delete_removes_the_claim_undoably_and_f2_opens_the_form(qtbot, editing):
    model, win, _answers = editing
    model.state.select("c2")
    win.table.table.setFocus()
    qtbot.keyClick(win.table.table, Qt.Key.Key_Delete)
    assert "c2" not in model.document.claim_ids() and model.claims_index.row_of("c2") is None
    assert model.state.claim_id is not None
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.claims_index.row_of("c2") is not None
    model.state.select("c2")
    qtbot.keyClick(win.table.table, Qt.Key.Key_F2)
    form = win.editing.form
    assert form is not None and form.isVisible() and form.values()["claimant"] == "Kremlin"
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    form.fields["value_text"].setText("denied 700,000")
    qtbot.keyClick(form.fields["value_text"], Qt.Key.Key_Return)
    assert model.document.claim("c2")["value_text"] == "denied 700,000"


def test_save_writes_a_one_line_diff(qtbot, editing, folder):
    model, win, _answers = editing
    before = (folder / "claims.csv").read_text(encoding="utf-8").splitlines()
    win.editing.update_claim("c3", {"value_text": "from the ministry"})
    assert win.isWindowModified()
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = (folder / "claims.csv").read_text(encoding="utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 2 and changed[0].startswith("-c3,") and "from the ministry" in changed[1]
    assert not win.isWindowModified() and not model.document.dirty


def test_closing_with_unsaved_edits_asks(qtbot, editing, folder):
    model, win, answers = editing
    win.editing.update_claim("c3", {"value_text": "kept?"})
    answers.click = "cancel"
    assert not win.close() and win.isVisible()
    answers.click = "yes"
    assert win.close()
    assert "kept?" in (folder / "claims.csv").read_text(encoding="utf-8")
    assert "unsaved changes" in answers.asked[0]


def test_the_recovery_question_restores_the_edits(qtbot, settings, folder, monkeypatch):
    crashed = Document.open(folder)
    crashed.update_claim("c1", claimant="Media reports in Moscow")
    crashed.close()   # no save: as after a crash, the edit is only in the journal
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "exec", answer)
    from viewer.app import build_window
    model, win = build_window(None, settings)
    win.editing.files.ask = Answers()
    qtbot.addWidget(win)
    win.show()
    win.open_folder(folder)
    qtbot.waitUntil(lambda: model.document is not None and win._worker is None, timeout=20000)
    assert asked and asked[0].startswith("Restore 1 unsaved change from ")
    assert model.document.claim("c1")["claimant"] == "Media reports in Moscow"
    assert model.claims_index.col["claimant"][model.claims_index.row_of("c1")] == "Media reports in Moscow"
    assert win.isWindowModified() and win.editing.undo_action.text() == "&Undo Edit claim c1"
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.document.claim("c1")["claimant"] == "Media reports"


def _edit_on_disk(folder, old: str, new: str) -> None:
    path = folder / "claims.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8", newline="")


def test_a_file_changed_on_disk_is_reloaded_and_unsaved_edits_kept(qtbot, editing, folder):
    model, win, answers = editing
    # No unsaved edits: reloaded silently, when the watcher notices.
    _edit_on_disk(folder, "Kremlin,government", "The Kremlin,government")
    qtbot.waitUntil(lambda: model.claims_index.row_of("c2") is not None
                    and model.claims_index.col["claimant"][model.claims_index.row_of("c2")] == "The Kremlin", timeout=5000)
    assert answers.asked == []
    # With unsaved edits that do not conflict with the change: reloaded, the edits kept, nothing asked.
    win.editing.update_claim("c3", {"value_text": "mine"})
    _edit_on_disk(folder, "FIN;EST", "EST;FIN")
    qtbot.waitUntil(lambda: model.document.claim("c4")["destination"] == "EST;FIN", timeout=5000)
    _process()
    assert model.document.claim("c3")["value_text"] == "mine" and answers.asked == []
    assert win.isWindowModified() and "changed on disk and was read again" in win.statusBar().currentMessage()
    # A save that meets a change on disk writes nothing and offers the same.
    _edit_on_disk(folder, "Media reports", "Reports in the media")
    win.editing.files._timer.stop()
    win.editing.files.watcher.blockSignals(True)   # (the save is asked before the watcher answers)
    answers.click = "yes"
    assert not win.editing.files.save()
    assert "saving would overwrite" in answers.asked[-1]
    assert win.editing.files.save()
    text = (folder / "claims.csv").read_text(encoding="utf-8")
    assert "Reports in the media" in text and "mine" in text and "EST;FIN" in text


def test_a_source_with_no_claims_is_readable(qtbot, editing):
    model, win, _answers = editing
    pane = win.source
    index = pane.chooser.findData("s2")
    assert index >= 0 and pane.chooser.accessibleName()
    pane.chooser.setCurrentIndex(index)
    pane.chooser.activated.emit(index)
    assert pane.article.toPlainText() == SECOND.rstrip("\n") + "\n" or pane.article.toPlainText().startswith(
        "Finnish border guards")
    assert pane.heading.text() == "Border guards count arrivals"
    # and its words make a claim of that source, the second "8,572" picked by the words before it
    shown = pane.article.toPlainText()
    start = shown.rfind("8,572")
    cursor = pane.article.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 5, QTextCursor.MoveMode.KeepAnchor)
    pane.article.setTextCursor(cursor)
    assert pane.claim_from_selection()
    values = win.editing.form.values()
    assert (values["source_id"], values["quote"], values["quote_prefix"], values["quote_suffix"]) == (
        "s2", "8,572", "and", "")
    win.editing.form.reject()


def test_new_dataset(qtbot, editing, tmp_path):
    model, win, _answers = editing
    win.editing.new_action.trigger()
    dialog = win.editing.files.dialog
    dialog.folder.setText(str(tmp_path / "fresh"))
    assert dialog.name.text() == "fresh"
    dialog.title.setText("Fresh set")
    dialog.origin.setText("UKR")
    dialog.accept()
    assert model.document.folder == tmp_path / "fresh" and model.dataset.title == "Fresh set"
    assert (tmp_path / "fresh" / "claims.csv").is_file() and model.document.claim_ids() == []
    assert win.windowTitle().startswith("Fresh set[*]")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_field_of_the_form_has_its_own_key_and_name(qtbot, editing, lang):
    import re

    from viewer.qt import i18n
    model, win, _answers = editing
    i18n.apply(lang)
    _process()
    win.editing.edit_selected()
    form = win.editing.form
    letters = [re.search(r"&(\w)", form.labels[name].text()).group(1).lower() for name in form.FIELDS]
    assert len(set(letters)) == len(letters) == len(form.FIELDS)
    assert all(form.fields[name].accessibleName() for name in form.FIELDS)
    stance = form.fields["stance"]
    assert len(stance.keys) == 2   # a key per stance, in the interface language ("у" утверждает, "о" отрицает)
    if lang == "ru":
        assert form.windowTitle().startswith("Правка утверждения") and form.labels["destination"].text() == "К&уда:"
    form.reject()
