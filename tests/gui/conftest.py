"""GUI fixtures: the window on the bundled data, offscreen, with throwaway settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import DATA


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    return bundled_window(qtbot, settings)


def bundled_window(qtbot, settings):
    """The window on the bundled data, its first claim selected."""
    from viewer.app import build_window
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    from viewer.model import load_dataset
    model.set_dataset(load_dataset(DATA))
    qtbot.waitUntil(lambda: model.state.claim_id is not None)
    return model, win


def window_at(qtbot, settings, monkeypatch, lang: str, size: tuple[int, int]):
    """The window on the bundled data in ``lang`` at ``size``, its docks balanced for that size."""
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", lang)
    model, win = bundled_window(qtbot, settings)
    win.resize(*size)
    win.balance_docks()
    return model, win


@pytest.fixture(autouse=True)
def english_again():
    """A test that switches the interface language leaves it English for the next."""
    yield
    from viewer.qt import i18n
    if i18n.current() != "en":
        i18n.apply("en")


def window_on_a_copy(qtbot, settings, tmp_path):
    """The window on a copy of the bundled data (which the test may edit or change on disk), its Document open."""
    import shutil
    from viewer.app import build_window
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    return folder, model, win


@pytest.fixture(autouse=True)
def unsaved_edits_discarded_on_close(monkeypatch):
    """A window closed at a test's end with unsaved edits would ask first (a modal box, waiting for
    ever): there it discards them. Tests of the question answer it themselves (DatasetFiles.ask)."""
    from PySide6.QtWidgets import QMessageBox

    from viewer.widgets.dataset_files import DatasetFiles

    def discard(_self, box):
        button = box.button(QMessageBox.StandardButton.Discard)
        return button if button is not None else next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    monkeypatch.setattr(DatasetFiles, "ask", discard)
