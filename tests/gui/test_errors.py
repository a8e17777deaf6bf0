"""An unexpected error in the window is logged, shown with copyable details, and survived."""

import sys

import pytest
from PySide6.QtCore import QObject, QStandardPaths, Signal


class Trigger(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_shown_and_survived(window, qtbot, monkeypatch, tmp_path):
    from viewer.qt import errors
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "logs" / "errors.log")
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda summary, details, logged: shown.append((summary, details, logged)))
    monkeypatch.setattr(sys, "excepthook", errors.handle_exception)
    model, win = window

    def broken():
        raise RuntimeError("a bug in a slot")

    trigger = Trigger()
    trigger.fire.connect(broken)
    trigger.fire.emit()
    qtbot.waitUntil(lambda: bool(shown))
    summary, details, logged = shown[0]
    assert summary == "RuntimeError: a bug in a slot"
    assert "Traceback" in details and "broken" in details
    assert logged == tmp_path / "logs" / "errors.log" and "a bug in a slot" in logged.read_text()
    # the window is still usable
    model.state.select("bb-07")
    assert "Akhmetzhanov" in win.source.claim_line.text()


def test_error_dialog_copies_details(qtbot):
    from PySide6.QtWidgets import QApplication
    from viewer.qt.errors import ErrorDialog
    dialog = ErrorDialog("ValueError: x", "Traceback ... ValueError: x", None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback ... ValueError: x"
    assert "window stays open" in dialog.text()


def test_the_error_log_goes_where_the_journals_go(monkeypatch, tmp_path):
    """$CLAIMS_ATLAS_DATA_DIR moved the journals of edits but not errors.log (second new-user trial)."""
    from viewer.qt import errors
    monkeypatch.setenv("CLAIMS_ATLAS_DATA_DIR", str(tmp_path))
    assert errors.log_path() == tmp_path / "errors.log"
    assert errors.write_log("a test's details") == tmp_path / "errors.log"
    assert "a test's details" in (tmp_path / "errors.log").read_text(encoding="utf-8")


def test_the_unsaved_changes_question_says_dont_save(qtbot, settings, tmp_path, monkeypatch):
    """Qt's own Russian for Discard is "Отклонить" (reject); the button says what it does."""
    import shutil
    from PySide6.QtWidgets import QMessageBox
    from tests.conftest import DATA
    from viewer.app import build_window
    from viewer.widgets.dataset_files import DatasetFiles
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    model.document.update_claim("bb-01", claimant="Peskov")
    seen = []

    def answer(_self, box):
        seen.append(box.button(QMessageBox.StandardButton.Discard).text())
        return box.button(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(DatasetFiles, "ask", answer)
    assert win.editing.files.settle() is False   # Cancel: the window stays
    assert seen == ["Do&n't Save"]
