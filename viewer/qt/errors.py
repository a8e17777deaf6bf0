"""Unexpected errors in the window: logged to a file, shown in a dialog, never fatal."""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__


def log_path() -> Path:
    """Where errors are logged: $CLAIMS_ATLAS_DATA_DIR (where the journals of edits go too), else the user's data
    directory for Claims Atlas."""
    from ..model.document.journal import chosen_data_dir   # (here: the package pulls in pandas, not at start)
    chosen = chosen_data_dir()
    if chosen is not None:
        return chosen / "errors.log"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".claims-atlas") / "errors.log"


def write_log(details: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')} "
                         f"Claims Atlas {__version__}, Python {sys.version.split()[0]}\n{details}\n")
        return path
    except OSError:
        return None


class ErrorDialog(QMessageBox):
    """Says what went wrong in one sentence; details can be copied for a report."""

    def __init__(self, summary: str, details: str, logged: Path | None, parent=None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Something went wrong"))
        text = self.tr("Claims Atlas hit an unexpected error. The window stays open and what you were "
                       "looking at is kept.") + "\n\n" + summary
        if logged:
            text += "\n\n" + self.tr("The details were saved to {path}.").format(path=logged)
        self.setText(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.details = details
        self.copy_button = self.addButton(self.tr("&Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def show_error(summary: str, details: str, logged: Path | None) -> None:
    """Show the dialog (a function of its own so tests can observe it)."""
    ErrorDialog(summary, details, logged, QApplication.activeWindow()).exec()


def handle_exception(kind, value, tb) -> None:
    """sys.excepthook for the GUI: log, tell the user, carry on."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    logged = write_log(details)
    try:
        show_error(f"{kind.__name__}: {value}", details, logged)
    except Exception:  # the dialog itself failed: the log still has it
        pass


def install() -> None:
    sys.excepthook = handle_exception
