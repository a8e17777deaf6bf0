"""Reading article files (saved pages, PDFs, browser copies) off the GUI thread, with progress and cancel.

The worker reads each file with ``viewer.model.articles.read_article`` (as ``claims-atlas import``
does), then hashes the texts the dataset already holds, so that the window can say when the same
text is imported again. Nothing here writes a file.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..model.articles import Article, ArticleError, read_article
from ..model.articles.known import known_texts
from ..model.checking.problems import Message, msg
from .threads import WorkerThread


@dataclass
class ReadOne:
    """One file read: its article, or the one line saying why it is not one."""

    file: str
    article: Article | None = None
    error: Message | None = None


class ReadWorker(QObject):
    progress = Signal(int, int, str)   # done, total, the file being read ("" while comparing)
    done = Signal(object, object)      # [ReadOne], {text_key: source_id} of the dataset's articles
    cancelled = Signal()

    def __init__(self, paths: list[Path], folder: Path, sources: list[tuple[str, str]], edited: dict[str, str]):
        super().__init__()
        self.paths, self.folder, self.sources, self.edited = list(paths), folder, sources, edited
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        results: list[ReadOne] = []
        total = len(self.paths)
        for i, path in enumerate(self.paths):
            if self._cancel.is_set():
                self.cancelled.emit()
                return
            self.progress.emit(i, total, path.name)
            try:
                results.append(ReadOne(str(path), article=read_article(path)))
            except ArticleError as err:
                results.append(ReadOne(str(path), error=err.message))
            except Exception as err:   # said, never a traceback
                results.append(ReadOne(str(path), error=msg("cannot be read ({error})",
                                                            error=f"{type(err).__name__}: {err}")))
        known: dict[str, str] = {}
        if any(r.article is not None for r in results):
            self.progress.emit(total, total, "")
            known = known_texts(self.folder, self.sources, self.edited, self._cancel.is_set)
        if self._cancel.is_set():
            self.cancelled.emit()
            return
        self.done.emit(results, known)


class ReadArticles(WorkerThread):
    """One reading in flight (see WorkerThread)."""

    def __init__(self, paths: list[Path], folder: Path, sources: list[tuple[str, str]], edited: dict[str, str],
                 parent: QObject):
        worker = ReadWorker(paths, folder, sources, edited)
        super().__init__(worker, parent, (worker.done, worker.cancelled))
