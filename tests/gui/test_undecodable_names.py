"""Item 9: a dataset folder whose name has bytes that are not UTF-8, opened in the window.

Qt hands such names over with U+FFFD in place of the bytes; the window finds the
real folder again (dropped URL: from its percent-encoded bytes; file dialog: by
matching the name against its parent folder) and loads it.
"""

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import DATA
from viewer.qt.local_path import resolved, url_path

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="bytes names as on Linux file systems")


@pytest.fixture
def odd_folder(tmp_path) -> Path:
    """A copy of the bundled data in ``<tmp>/d\\xffta\\xfe/data`` (two bytes that are not UTF-8)."""
    parent = os.path.join(os.fsencode(tmp_path), b"d\xffta\xfe")
    os.mkdir(parent)
    folder = Path(os.fsdecode(os.path.join(parent, b"data")))
    shutil.copytree(DATA, folder)
    return folder


def as_qt_says(path: Path) -> str:
    """The name as Qt gives it: undecodable bytes replaced with U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def test_dialog_name_is_found_again(odd_folder):
    lossy = as_qt_says(odd_folder)
    assert "\ufffd" in lossy and not os.path.exists(lossy)
    assert resolved(lossy) == odd_folder
    assert resolved(str(DATA)) == DATA   # ordinary names pass through untouched


def test_dialog_name_ambiguous_or_gone_is_left_as_it_came(tmp_path):
    os.mkdir(os.path.join(os.fsencode(tmp_path), b"x\xff"))
    os.mkdir(os.path.join(os.fsencode(tmp_path), b"x\xfe"))   # both read "x\ufffd"
    assert resolved(str(tmp_path / "x\ufffd")) == tmp_path / "x\ufffd"
    assert resolved(str(tmp_path / "y\ufffd" / "z")) == tmp_path / "y\ufffd" / "z"


def test_dropped_url_keeps_its_bytes(odd_folder):
    url = QUrl.fromEncoded(b"file://" + os.fsencode(odd_folder).replace(b"\xff", b"%FF").replace(b"\xfe", b"%FE"))
    assert url.toLocalFile() == as_qt_says(odd_folder)   # what Qt alone would give
    assert url_path(url) == odd_folder


def _loads(qtbot, model, odd_folder):
    qtbot.waitUntil(lambda: model.dataset is not None and Path(model.dataset.folder) == odd_folder, timeout=20000)
    assert len(model.dataset.claims) > 0


def test_window_opens_dropped_folder(qtbot, window, odd_folder):
    model, win = window
    mime = QMimeData()
    mime.setUrls([QUrl.fromEncoded(b"file://" + os.fsencode(odd_folder).replace(b"\xff", b"%FF").replace(b"\xfe", b"%FE"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    _loads(qtbot, model, odd_folder)


def test_window_opens_folder_from_dialog(qtbot, window, odd_folder, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    model, win = window
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: as_qt_says(odd_folder)))
    win.open_dialog()
    _loads(qtbot, model, odd_folder)


def test_recent_entry_survives_a_restart_and_opens_again(qtbot, tmp_path, odd_folder, monkeypatch):
    """Opened from the dialog (its name as Qt gives it), the folder is stored in the settings file; a new
    window reading that file lists it under File › Open Recent with the bad bytes escaped as \\xff, and the
    entry opens the same folder."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from viewer.app import build_window
    ini = str(tmp_path / "recent.ini")
    first = QSettings(ini, QSettings.Format.IniFormat)
    model, win = build_window(None, first)
    qtbot.addWidget(win)
    boxes = []
    win.show_message = boxes.append
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: as_qt_says(odd_folder)))
    win.open_dialog()
    _loads(qtbot, model, odd_folder)
    first.sync()
    win.close()

    second = QSettings(ini, QSettings.Format.IniFormat)
    model2, win2 = build_window(None, second)
    qtbot.addWidget(win2)
    win2.show_message = boxes.append
    assert win2._recent() == [str(odd_folder.resolve())]
    action = win2.recent_menu.actions()[0]
    shown = str(odd_folder.resolve()).replace("\udcff", "\\xff").replace("\udcfe", "\\xfe")
    assert action.text() == "&1 " + shown.replace("&", "&&")
    assert "d\\xffta\\xfe" in action.toolTip() and "\ufffd" not in action.text()
    action.trigger()
    _loads(qtbot, model2, odd_folder)
    assert boxes == []
    assert win2._recent() == [str(odd_folder.resolve())]   # reopening it does not add a second, altered entry
