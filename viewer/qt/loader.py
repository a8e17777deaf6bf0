"""Loading a dataset off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..model import DatasetError, load_dataset
from ..model.claims_view import ClaimsView
from ..model.wording import Wording
from .threads import WorkerThread
from .words import wording


class LoadWorker(QObject):
    """Reads the tables, then verifies every quote, reporting progress."""

    # Every signal carries the worker's token first, so a receiver can ignore
    # a load it has since replaced. Connect them to methods of QObjects living
    # in the GUI thread (not lambdas), so that Qt queues the calls there.
    progress = Signal(int, int, int, str)   # token, done, total, what
    tables = Signal(int, object, object)    # token, Dataset with tables checked (quotes not yet), its ClaimsView
    loaded = Signal(int, object, object)    # token, Dataset with every quote checked, its ClaimsView
    failed = Signal(int, str)               # token, a sentence for the user
    cancelled = Signal(int)                 # token

    _tokens = 0

    def __init__(self, folder: Path, words: Wording | None = None):
        super().__init__()
        self.folder = Path(folder)
        self.words = words or wording()   # made here, on the GUI thread
        LoadWorker._tokens += 1
        self.token = LoadWorker._tokens
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.progress.emit(self.token, 0, 0, self.tr("Reading tables…"))
            dataset = load_dataset(self.folder, verify_quotes=False)
            if self._cancel.is_set():
                self.cancelled.emit(self.token)
                return
            # Show the table now; the quotes are checked meanwhile. The window gets
            # its own copy, since verify_quotes replaces this one's claims.
            preparing = self.tr("Preparing the table…")
            self.progress.emit(self.token, 0, 0, preparing)
            early = replace(dataset, _texts=OrderedDict())
            self.tables.emit(self.token, early, ClaimsView(early.claims, early.sources, self.words))
            checking = self.tr("Checking quotes…")
            done = dataset.verify_quotes(
                progress=lambda d, t: self.progress.emit(self.token, d, t, checking),
                cancelled=self._cancel.is_set)
            if not done:
                self.cancelled.emit(self.token)
                return
            self.progress.emit(self.token, 0, 0, preparing)
            view = ClaimsView(dataset.claims, dataset.sources, self.words)
            self.loaded.emit(self.token, dataset, view)
        except DatasetError as err:
            self.failed.emit(self.token, str(err.problem))
        except Exception as err:  # reported to the user, never a traceback
            self.failed.emit(self.token, self.tr("{folder}: could not be read ({error})").format(
                folder=self.folder, error=f"{type(err).__name__}: {err}"))


class Loading(WorkerThread):
    """One load in flight (see WorkerThread)."""

    def __init__(self, folder: Path, parent: QObject):
        worker = LoadWorker(folder)
        super().__init__(worker, parent, (worker.loaded, worker.failed, worker.cancelled))
