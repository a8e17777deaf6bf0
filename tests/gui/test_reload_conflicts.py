"""A file changed on disk while edits conflict with it: the window asks about each, keep mine or take theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_editing import Answers, _edit_on_disk, _process, editing, folder  # noqa: F401 (fixtures)
from viewer.widgets.reload_conflicts import MINE, THEIRS


def _conflicting_edits(win, folder):
    win.editing.update_claim("c3", {"claimant": "Kazakh officials"})
    win.editing.update_claim("c1", {"value_text": "mine too"})
    win.editing.update_claim("c4", {"value_text": "about 66,000 here"})   # no conflict: kept
    _edit_on_disk(folder, "Media reports", "Reports in the media")          # c1, changed there too
    _edit_on_disk(folder, "KAZ,200000", "KAZ,190000")                       # c3, changed there too


@pytest.mark.parametrize("how", ["per record", "for all"])
def test_each_conflict_is_asked_keep_mine_or_take_theirs(qtbot, editing, folder, how):
    model, win, answers = editing
    files = win.editing.files
    seen = []

    def decide(dialog):
        seen.append(dialog)
        assert [(c.record_id, c.kind) for c in dialog.conflicts] == [("c1", "changed"), ("c3", "changed")]
        assert dialog.tree.topLevelItem(0).text(2) == "Mine"            # mine unless told otherwise
        assert "yours: “Media reports”" in dialog.detail.toPlainText()
        assert "on disk: “Reports in the media”" in dialog.detail.toPlainText()
        if how == "per record":   # by keyboard: Down to c3, Alt+T takes theirs
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
            qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(dialog.theirs.isChecked)      # (a mnemonic clicks after a moment)
            assert dialog.tree.topLevelItem(1).text(2) == "Theirs" and dialog.tree.topLevelItem(0).text(2) == "Mine"
            dialog.tree.setFocus()
            qtbot.keyClick(dialog.tree, Qt.Key.Key_Up)
            assert dialog.mine.isChecked()                              # each record shows its own choice
            dialog.hide()
        else:
            dialog.all_theirs.click()
            assert {dialog.tree.topLevelItem(i).text(2) for i in range(2)} == {"Theirs"}
        return True
    files.decide = decide
    _conflicting_edits(win, folder)
    files.check_disk()
    assert len(seen) == 1 and answers.asked == []
    document = model.document
    c1, c3, c4 = (document.claim(c) for c in ("c1", "c3", "c4"))
    assert c4["value_text"] == "about 66,000 here"                         # no conflict: kept
    if how == "per record":
        assert (c1["claimant"], c1["value_text"]) == ("Media reports", "mine too")  # mine, as I had it
        assert (c3["claimant"], c3["value_low"]) == ("Officials", "190000")       # theirs
    else:
        assert (c1["claimant"], c1["value_text"]) == ("Reports in the media", "up to 700,000")
        assert (c3["claimant"], c3["value_low"]) == ("Officials", "190000")
    assert float(model.claim("c3")["value_low"]) == 190000                 # every view reads the new records
    assert win.isWindowModified()
    assert win.editing.files.save()
    text = (folder / "claims.csv").read_text(encoding="utf-8")
    assert "about 66,000 here" in text and "190000" in text


def test_not_now_keeps_my_edits_and_a_save_asks_again(qtbot, editing, folder):
    model, win, answers = editing
    files = win.editing.files
    asked = []
    files.decide = lambda dialog: asked.append(dialog) and False
    _conflicting_edits(win, folder)
    files.check_disk()
    files.check_disk()                 # the same change on disk is not asked about twice
    assert len(asked) == 1 and model.document.claim("c3")["claimant"] == "Kazakh officials"
    answers.click = "no"
    assert not files.save()            # never overwrites the change on disk silently
    assert "saving would overwrite" in answers.asked[-1]
    assert "Reports in the media" in (folder / "claims.csv").read_text(encoding="utf-8")


def test_the_conflict_dialog_looks_right(qtbot, editing, folder, tmp_path):
    from viewer.model.document.conflicts import plan_reload
    from viewer.qt import i18n
    from viewer.widgets.reload_conflicts import ConflictDialog
    model, win, _answers = editing
    _conflicting_edits(win, folder)
    plan = plan_reload(model.document)
    for lang in ("en", "ru"):
        i18n.apply(lang)
        dialog = ConflictDialog(win, plan.conflicts, ["claims.csv"], plan.edits)
        qtbot.addWidget(dialog)
        dialog.choose(1, THEIRS)
        dialog.show()
        qtbot.waitExposed(dialog)
        _process()
        dialog.grab().save(str(tmp_path / f"conflicts-{lang}.png"))
        dialog.grab().save(f"/tmp/files-conflicts-{lang}.png")
        assert dialog.keep_mine() == {("claims", "c1")}
        if lang == "ru":
            assert dialog.mine.text() == "Оставить &моё" and dialog.tree.topLevelItem(1).text(2) == "Их"
        dialog.choose(1, MINE)
        assert dialog.keep_mine() == {("claims", "c1"), ("claims", "c3")}
        dialog.reject()
    plan.fresh.close()
    QApplication.processEvents()
