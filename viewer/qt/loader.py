"""Loading a dataset off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..model import DatasetError, load_dataset
from ..model.index.claims_index import ClaimsIndex
from ..model.document import Document
from ..model.flows.wording import Wording
from .problem_words import problem_line
from .threads import WorkerThread
from .words import wording


class LoadWorker(QObject):
    """Reads the tables, then verifies every quote, reporting progress."""

    # Every signal carries the worker's token first, so a receiver can ignore
    # a load it has since replaced. Connect them to methods of QObjects living
    # in the GUI thread (not lambdas), so that Qt queues the calls there.
    progress = Signal(int, int, int, str)   # token, done, total, what
    tables = Signal(int, object, object)    # token, Dataset with tables checked (quotes not yet), its ClaimsIndex
    loaded = Signal(int, object, object, object)  # token, Dataset with every quote checked, its ClaimsIndex, Document
    failed = Signal(int, str)               # token, a sentence for the user
    cancelled = Signal(int)                 # token
    _handled = Signal()                     # queued after ``tables``: see Loading

    SHOWN_TIMEOUT = 10.0
    """At most this many seconds are given to the window to show the table before the quotes are checked."""
    WAIT_FROM_CLAIMS = 50_000
    """With fewer claims than this, the table shows at once and the quotes are checked at once."""

    _tokens = 0

    def __init__(self, folder: Path, words: Wording | None = None):
        super().__init__()
        self.folder = Path(folder)
        self.words = words or wording()   # made here, on the GUI thread
        LoadWorker._tokens += 1
        self.token = LoadWorker._tokens
        self._cancel = threading.Event()
        self.shown: threading.Event | None = None
        """Set (by Loading) once the window has handled the ``tables`` signal."""

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.progress.emit(self.token, 0, 0, self.tr("Reading tables…"))
            keep: dict = {}
            dataset = load_dataset(self.folder, verify_quotes=False, keep=keep)
            if self._cancel.is_set():
                self.cancelled.emit(self.token)
                return
            # Show the table now; the quotes are checked meanwhile. The window gets
            # its own copy, since verify_quotes replaces this one's claims.
            self.progress.emit(self.token, 0, 0, self.tr("Preparing the table…"))
            early = replace(dataset, _texts=OrderedDict())
            view = ClaimsIndex(early.claims, early.sources, self.words)
            self.tables.emit(self.token, early, view)
            # Let the window show the table first: checking the quotes now would take the
            # processors (and the GIL) from it and make the wait for the table longer.
            if len(early.claims) >= self.WAIT_FROM_CLAIMS:
                self._wait_until_shown()
            # While the quotes are checked (in worker processes), make what the first search
            # needs, so that the window never has to.
            preparing = threading.Thread(target=view.prepare_search, name="claims-search-prepare", daemon=True)
            preparing.start()
            checking = self.tr("Checking quotes…")
            self.progress.emit(self.token, 0, 0, checking)
            done = dataset.verify_quotes(
                progress=lambda d, t: self.progress.emit(self.token, d, t, checking),
                cancelled=self._cancel.is_set)
            if not done:
                self.cancelled.emit(self.token)
                return
            preparing.join()
            # The same claims with their quotes found: the table's arrays are shared, unless claims were left out.
            verified = view.with_claims(dataset.claims, dataset.sources)
            # The document keeps every record as read, so that the dataset can be edited and saved.
            document = Document.adopt(self.folder, dataset, keep)
            del keep
            self.loaded.emit(self.token, dataset, verified, document)
            # Last, the sort keys that take a while (quotes), before anyone is likely to sort by them.
            # Not while the quotes are checked: with the workers' memory, that would set the peak.
            threading.Thread(target=verified.prepare_sorting, name="claims-sort-prepare", daemon=True).start()
        except DatasetError as err:
            self.failed.emit(self.token, problem_line(err.problem))
        except Exception as err:  # reported to the user, never a traceback
            self.failed.emit(self.token, self.tr("{folder}: could not be read ({error})").format(
                folder=self.folder, error=f"{type(err).__name__}: {err}"))

    def _wait_until_shown(self) -> None:
        if self.shown is None:
            return
        self._handled.emit()
        waited = 0.0
        while not self.shown.wait(0.05) and not self._cancel.is_set() and waited < self.SHOWN_TIMEOUT:
            waited += 0.05


class _Shown(QObject):
    """Lives in the GUI thread; its slot runs once the events queued before it have been handled."""

    def __init__(self):
        super().__init__()
        self.done = threading.Event()

    @Slot()
    def reached(self) -> None:
        QTimer.singleShot(0, self._set)   # after the paint that the table's arrival asked for

    def _set(self) -> None:
        self.done.set()


class Loading(WorkerThread):
    """One load in flight (see WorkerThread), told when the window has shown the table."""

    def __init__(self, folder: Path, parent: QObject):
        worker = LoadWorker(folder)
        self._shown = _Shown()   # made here, in the GUI thread, so that it lives there
        worker.shown = self._shown.done
        worker._handled.connect(self._shown.reached)
        super().__init__(worker, parent, (worker.loaded, worker.failed, worker.cancelled))
