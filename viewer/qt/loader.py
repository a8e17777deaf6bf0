"""Loading a dataset off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from ..model import DatasetError, load_dataset


class LoadWorker(QObject):
    """Reads the tables, then verifies every quote, reporting progress."""

    progress = Signal(int, int, str)   # done, total, what
    loaded = Signal(object)            # Dataset, once every quote is checked
    failed = Signal(str)               # a sentence for the user
    cancelled = Signal()

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = Path(folder)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.progress.emit(0, 0, "Reading tables…")
            dataset = load_dataset(self.folder, verify_quotes=False)
            if self._cancel.is_set():
                self.cancelled.emit()
                return
            done = dataset.verify_quotes(
                progress=lambda d, t: self.progress.emit(d, t, "Checking quotes…"),
                cancelled=self._cancel.is_set)
            if not done:
                self.cancelled.emit()
                return
            self.loaded.emit(dataset)
        except DatasetError as err:
            self.failed.emit(str(err.problem))
        except Exception as err:  # reported to the user, never a traceback
            self.failed.emit(f"{self.folder}: could not be read ({type(err).__name__}: {err})")


def start_loading(folder: Path, parent: QObject) -> tuple[QThread, LoadWorker]:
    """Start a worker on its own thread; the caller connects to its signals."""
    thread = QThread(parent)
    worker = LoadWorker(folder)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.loaded, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    return thread, worker
