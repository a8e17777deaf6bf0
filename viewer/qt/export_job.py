"""Writing an export file off the GUI thread, with progress, cancel and a message on failure."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from .report_files import describe_error
from .threads import WorkerThread

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], bool | list[str] | None]
"""task(progress, cancelled) writes the file; returns False if it stopped because cancelled, or notes for
the user about the file written (a list of sentences)."""


class Cancelled(Exception):
    """Raised inside a task when the user cancelled."""


def checked(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Callable[[int, int], None]:
    """A progress callback that stops the task (raises Cancelled) once the user cancelled."""
    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        progress(done, total)
    return step


class ExportWorker(QObject):
    progress = Signal(int, int)   # done, total
    written = Signal(str)         # the file's path
    noted = Signal(str, list)     # the file's path, and what the user should know about it (instead of written)
    failed = Signal(str)          # a sentence for the user
    cancelled = Signal()

    def __init__(self, path: Path, task: Task):
        super().__init__()
        self.path = Path(path)
        self.task = task
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            done = self.task(self.progress.emit, self._cancel.is_set)
        except Cancelled:
            done = False
        except (OSError, ValueError) as err:
            self.failed.emit(describe_error(self.path, err))
            return
        except Exception as err:  # reported to the user, never a traceback
            self.failed.emit(describe_error(self.path, RuntimeError(f"{type(err).__name__}: {err}")))
            return
        if done is False:
            self.cancelled.emit()
        elif isinstance(done, list) and done:
            self.noted.emit(str(self.path), done)
        else:
            self.written.emit(str(self.path))


class ExportJob(WorkerThread):
    """One export in flight (see WorkerThread)."""

    def __init__(self, path: Path, task: Task, parent: QObject):
        worker = ExportWorker(path, task)
        super().__init__(worker, parent, (worker.written, worker.noted, worker.failed, worker.cancelled))
