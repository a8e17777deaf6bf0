"""Starting the GUI: the application object, the shared model, the window."""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from .model import DatasetError, load_dataset
from .qt.bridge import AppModel


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Claims Atlas")
    app.setOrganizationName("ClaimsAtlas")
    pg.setConfigOptions(antialias=True, foreground="#333333", background="w")
    return app


def build_window(folder: Path | None = None, settings=None, *, synchronous: bool = False):
    """Create the shared model and window; open ``folder`` (in the background unless synchronous)."""
    from .widgets.main_window import MainWindow
    make_app()
    model = AppModel()
    window = MainWindow(model, settings)
    if folder is not None:
        if synchronous:
            model.set_dataset(load_dataset(folder))
            window._remember(folder)
        else:
            window.open_folder(Path(folder))
    return model, window


def run(folder: Path) -> int:
    app = make_app()
    if not Path(folder).is_dir():
        print(f"claims-atlas: {folder}: no such folder", file=sys.stderr)
        return 2
    _model, window = build_window(Path(folder))
    window.show()
    return app.exec()


__all__ = ["build_window", "make_app", "run", "DatasetError"]
