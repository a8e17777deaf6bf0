"""Opening a dataset folder in the main window: the Open dialog, the loader on its worker thread with
progress and Cancel, unsaved edits found in the journal, the Recent menu, and folders dropped on the
window (a part of MainWindow; its texts keep the "MainWindow" translation context)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..qt.local_path import resolved, url_path
from ..qt.plain import plain, tooltip
from ..qt.setting_paths import from_setting, to_setting
from ..shipped import shipped

if TYPE_CHECKING:
    from ..model.reading.dataset import Dataset

MAX_RECENT = 8


class FolderOpening:
    """MainWindow's opening of folders (uses its settings, status bar widgets, recent menu and AppModel)."""

    def open_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("MainWindow", "Open a dataset folder"), str(self._last_dir()))
        if folder:
            self.open_folder(resolved(folder))

    def _last_dir(self) -> Path:
        recent = self._recent()
        return Path(recent[0]).parent if recent else Path.home()

    def open_folder(self, folder: Path) -> None:
        """Load a dataset on a worker thread; the window stays usable meanwhile."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(plain(QCoreApplication.translate("MainWindow", "Opening {folder}…").format(folder=folder)))
        if not self.finished:
            self._pending = Path(folder)   # opened once the panels are made
            return
        self._pending = None
        from ..qt.loader import Loading
        if self._worker is not None:
            self._worker.cancel()
        loading = Loading(Path(folder), self)
        self._worker = loading
        worker = loading.worker
        worker.progress.connect(self._progress)
        worker.tables.connect(self._tables)
        worker.loaded.connect(self._loaded)
        worker.failed.connect(self._failed)
        self._opening = Path(folder)
        worker.cancelled.connect(self._cancelled)
        loading.start()

    def cancel_loading(self) -> None:
        """Stop the load under way; the dataset shown so far stays."""
        if self._worker is not None:
            self._worker.cancel()

    def _current(self, token: int) -> bool:
        return self._worker is not None and self._worker.worker.token == token

    def _progress(self, token: int, done: int, total: int, what: str) -> None:
        if not self._current(token):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.setText(what)

    def _load_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._worker = None
        self._update_status()

    def _cancelled(self, token: int) -> None:
        if self._current(token):
            self._load_ended()

    def _tables(self, token: int, dataset: Dataset, view) -> None:
        """The claims are read: show them while the quotes are checked."""
        if not self._current(token):
            return
        self.app.set_dataset(dataset, view)

    def _loaded(self, token: int, dataset: Dataset, view, document=None) -> None:
        if not self._current(token):
            return
        self._load_ended()
        shown = self.app.dataset
        same = shown is not None and shown.folder == dataset.folder
        if document is not None:
            pending, when = document.pending()
            if pending:
                if self._ask_restore(pending, when):
                    document.recover()
                    dataset, view = document.dataset, None
                else:
                    document.journal.clear()
        self.app.set_dataset(dataset, view, keep_state=same, document=document)
        self._remember(dataset.folder)

    def _failed(self, token: int, message: str) -> None:
        if not self._current(token):
            return
        self._load_ended()
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Cannot open dataset"),
                          plain(QCoreApplication.translate("MainWindow", "{folder} cannot be opened:").format(folder=self._opening)
                                + f"\n\n{message}\n\n") +
                          plain(QCoreApplication.translate("MainWindow", "A dataset is a folder with datapackage.json, sources.csv, claims.csv and "
                                        "articles/. The format is described in {path}.").format(
                              path=shipped("docs/dataset-format.md"))), QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)   # file names and messages are data, never markup
        self.show_message(box)

    def show_message(self, box: QMessageBox) -> None:
        """Show a message box (one place, so tests can observe it)."""
        box.exec()

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [from_setting(v) for v in ([value] if not isinstance(value, list) else value) if v]

    def _remember(self, folder: Path) -> None:
        path = str(Path(folder).resolve())
        recent = [path] + [p for p in self._recent() if p != path]
        self.settings.setValue("recent", [to_setting(p) for p in recent[:MAX_RECENT]])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self._recent(), start=1):
            # "&1 /path": a mnemonic per entry; a "&" in the path is doubled to show as itself.
            action = self.recent_menu.addAction(f"&{number} " + plain(path).replace("&", "&&"))
            action.setToolTip(tooltip(path))   # not the text, which Qt would take for markup
            action.triggered.connect(lambda _c=False, p=path: self.open_folder(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and url_path(urls[0]).is_dir():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.open_folder(url_path(urls[0]))
