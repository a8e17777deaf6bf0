"""The app opens no socket: not on start, load, selection, tooltips or export."""

import socket
import sys

import pytest

from tests.conftest import DATA


@pytest.fixture
def no_sockets(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is forbidden in this test")

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_full_session_and_export_open_no_socket(qtbot, settings, tmp_path, no_sockets):
    from viewer.app import build_window
    from viewer.export import export
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    win.open_folder(DATA)
    qtbot.waitUntil(lambda: win._worker is None and model.dataset is not None, timeout=20000)
    for claim_id in ("bb-01", "ht-02", "bb-12"):
        model.state.select(claim_id)
    model.state.update_filters(destination="KAZ", text="minister")
    for item in win.map.arrow_items:
        item.toolTip()
    win.source.url.text()
    written = export(DATA, window=tmp_path / "w.png", map_file=tmp_path / "m.svg", select="bb-05",
                     chart=tmp_path / "c.png", report=tmp_path / "r.pdf", claims=tmp_path / "c.csv")
    assert len(written) == 5
    for kind, name in (("map", "m2.png"), ("chart", "c2.svg"), ("report", "r2.html"), ("claims", "c2.csv")):
        win.exports.export(kind, tmp_path / name)
        qtbot.waitUntil(lambda: win.exports.job is None, timeout=20000)
        assert (tmp_path / name).exists()
    assert no_sockets == []
    assert "PySide6.QtNetwork" not in sys.modules   # not even loaded


def test_urls_are_shown_never_opened(qtbot, settings, make_dataset, monkeypatch, no_sockets):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from viewer.app import build_window
    from viewer.model import load_dataset
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    model.set_dataset(load_dataset(make_dataset()))   # its source has https://example.org/a
    model.state.select("c1")
    url = win.source.url
    assert url.text() == "https://example.org/a" and url.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(url, Qt.MouseButton.LeftButton)
    assert not url.openExternalLinks() and opened == [] and no_sockets == []
