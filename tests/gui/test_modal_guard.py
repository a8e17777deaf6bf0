"""A modal dialog in a test fails the test at once (tests/conftest.py) instead of waiting for ever:
its event loop runs in C++, where pytest-timeout's alarm never reaches Python."""

import time

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import ModalInTest


def test_a_message_box_nobody_answers_fails_the_test_naming_its_text(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Cannot export", "No space left on device")
    started = time.monotonic()
    with pytest.raises(ModalInTest, match="No space left on device"):
        box.exec()
    assert time.monotonic() - started < 1


def test_a_file_dialog_nobody_answers_fails_the_test(qtbot):
    with pytest.raises(ModalInTest, match="getSaveFileName"):
        QFileDialog.getSaveFileName(None, "Export the map", "/tmp/map.png", "PNG (*.png)")


def test_an_export_that_fails_says_why_instead_of_hanging(window, qtbot, monkeypatch, tmp_path):
    """The window's own error box (show_message, from inside a slot) fails the test with the export's
    message, caught by pytest-qt as an error in the event loop."""
    _model, win = window
    missing = tmp_path / "no such folder" / "map.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    started = time.monotonic()
    with qtbot.captureExceptions() as caught:
        win.exports.actions["map"].trigger()
    assert time.monotonic() - started < 30
    assert [type(e[1]) for e in caught] == [ModalInTest]
    assert "Cannot export" in str(caught[0][1]) and "no such folder" in str(caught[0][1])
