"""A worker QObject run on its own QThread, kept alive until the thread ends."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


class WorkerThread:
    """One job in flight: ``worker.run`` on a thread of its own.

    The worker is owned by Python (no deleteLater: that would free it under the
    wrapper); the thread belongs to ``parent`` and is deleted once finished.
    Each of ``end_signals`` (signals of the worker) ends the thread.
    """

    running: set["WorkerThread"] = set()

    def __init__(self, worker: QObject, parent: QObject, end_signals):
        self.thread = QThread(parent)
        self.worker = worker
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        for signal in end_signals:
            signal.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)

    def start(self) -> None:
        WorkerThread.running.add(self)
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def stop(self) -> None:
        """Cancel and wait for the thread to end (before the window goes away)."""
        self.worker.cancel()
        self.thread.quit()
        self.thread.wait()

    def _finished(self) -> None:
        self.thread.deleteLater()
        WorkerThread.running.discard(self)
