"""The dataset's files from the window: New Dataset, Save, the question on closing, files changed on disk.

A change on disk with no unsaved edits is reloaded silently. With unsaved edits, the files are read
again and the edits that do not conflict with the change are made again on the records as they now
are (viewer.model.document.conflicts); about each record changed both here and there the user is
asked: keep mine or take theirs (reload_conflicts). A save that finds a file changed on disk since
it was read (a spreadsheet saved it) writes nothing and offers the same.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QWidget)

from ..model.document import ChangedOnDisk, Document
from ..model.document.conflicts import plan_reload
from ..model.document.saving import stamp
from ..model.reading.package import DESCRIPTOR
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from .claim_form import CodeCompleter, as_code, destination_model
from .reload_conflicts import ConflictDialog

WATCH_DELAY_MS = 300


class NewDatasetDialog(Retranslating, QDialog):
    """Folder, name, title and origin of a new, empty dataset."""

    def __init__(self, parent, start: Path):
        super().__init__(parent)
        self.folder = QLineEdit(str(start))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        holder = QWidget()
        holder.setLayout(row)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.origin = QLineEdit()
        places = CodeCompleter(self)
        places.setModel(destination_model(places))
        places.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        places.setFilterMode(Qt.MatchFlag.MatchContains)
        self.origin.setCompleter(places)
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (holder, self.name, self.title, self.origin)):
            self.form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.folder.textChanged.connect(self._suggest_name)
        self._suggest_name(self.folder.text())
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Dataset"))
        for i, (text, widget) in enumerate(((self.tr("&Folder:"), self.folder), (self.tr("&Name:"), self.name),
                                            (self.tr("&Title:"), self.title), (self.tr("&Origin:"), self.origin))):
            label = self.labels[i]
            label.setText(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.browse.setText(self.tr("&Browse…"))
        self.folder.setToolTip(self.tr("An empty folder, or one that does not exist yet"))
        self.name.setToolTip(self.tr("A short name: lower-case letters, digits, '.', '_' or '-'"))
        self.title.setPlaceholderText(self.tr("e.g. Russians leaving after the mobilisation"))
        self.origin.setPlaceholderText(self.tr("the country people leave, e.g. RUS"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of the new dataset"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _suggest_name(self, text: str) -> None:
        if not self.name.isModified():
            self.name.setText(re.sub(r"[^a-z0-9._-]+", "-", Path(text).name.lower()).strip("-"))

    def values(self) -> dict[str, str]:
        return {"folder": self.folder.text().strip(), "name": self.name.text().strip(),
                "title": self.title.text().strip(), "origin": as_code(self.origin.text().strip())}


class DatasetFiles(QObject):
    """Save, New Dataset, closing with unsaved edits, and watching the files on disk."""

    def __init__(self, window, app, undo):
        super().__init__(window)
        self.window = window
        self.app = app
        self.undo = undo
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _p: self._timer.start())
        self.watcher.directoryChanged.connect(lambda _p: self._timer.start())
        self._timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self._timer.timeout.connect(self.check_disk)
        self._ignored: dict[str, object] = {}
        self._asking = False
        window.installEventFilter(self)

    # --- watching --------------------------------------------------------------------------------
    def watch(self) -> None:
        """Watch the open dataset's descriptor and tables (and its folder: a save replaces files)."""
        for paths in (self.watcher.files(), self.watcher.directories()):
            if paths:
                self.watcher.removePaths(paths)
        document = self.app.document
        self._ignored = {}
        if document is None:
            return
        self._rewatch()

    def _rewatch(self) -> None:
        document = self.app.document
        if document is None:
            return
        folder = document.folder
        paths = [str(folder)] + [str(folder / p) for p in
                                 (DESCRIPTOR, *document.dataset.descriptor.paths.values()) if (folder / p).exists()]
        missing = [p for p in paths if p not in self.watcher.files() and p not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def check_disk(self) -> None:
        """A file may have changed on disk: reload it. Unsaved edits that do not conflict with the change
        are kept; about each record changed both here and there, the user is asked."""
        self._rewatch()
        document = self.app.document
        if document is None or self._asking:
            return
        changed = [name for name in document.changed_on_disk()
                   if self._ignored.get(name) != stamp(self._file(name))]
        if not changed:
            return
        if not document.dirty:
            self.reload()
            return
        self.merge()

    def _file(self, table: str) -> Path:
        document = self.app.document
        return document.folder / document.dataset.descriptor.paths.get(table, f"{table}.csv")

    def _names(self, tables: list[str]) -> list[str]:
        paths = self.app.document.dataset.descriptor.paths
        return [paths.get(name, f"{name}.csv") for name in tables]

    def ask_reload(self, names: list[str]) -> bool:
        """Before a save that would overwrite files changed on disk: reload them, keeping the edits?"""
        text = self.tr("{files} changed on disk since it was read, so saving would overwrite that change. "
                       "Reload it, keeping your unsaved edits? You are asked about each record changed both "
                       "here and there.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changed on disk"),
                          plain(text.format(files=", ".join(names))), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        reload_button = box.addButton(self.tr("&Reload, Keeping My Edits"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        return self.ask(box) is reload_button

    def ask(self, box: QMessageBox):
        """Show a question; return the button clicked (one place, so tests can answer it)."""
        box.exec()
        return box.clickedButton()

    def decide(self, dialog: ConflictDialog) -> bool:
        """Show the conflicts; True when the user chose (one place, so tests can answer it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def reload(self) -> None:
        """Open the dataset again from disk (no unsaved edits: nothing to keep)."""
        old = self.app.document
        old.close()
        try:
            document = Document.open(old.folder, journal_dir=old.journal.path.parent)
        except Exception as err:   # the folder is no longer a dataset: say so, keep what is shown
            self._error(self.tr("Cannot reload the dataset"), f"{old.folder}: {err}")
            return
        self._show(document)

    def _show(self, document) -> None:
        self.app.set_dataset(document.dataset, keep_state=True, document=document)
        self.undo.attach(document)
        self.watch()

    def merge(self) -> bool:
        """Read the changed files again keeping the unsaved edits, asking about those that conflict.
        False when the user chose not to (the edits stay as they are; the change on disk is not asked
        about again until the file changes once more)."""
        document = self.app.document
        self._asking = True
        try:
            try:
                plan = plan_reload(document)
            except Exception as err:   # the folder cannot be read as a dataset now: keep what is shown
                self._error(self.tr("Cannot reload the dataset"), f"{document.folder}: {err}")
                return False
            names = self._names(plan.tables)
            keep: set = set()
            if plan.conflicts:
                dialog = ConflictDialog(self.window, plan.conflicts, names, plan.edits)
                self.dialog = dialog
                if not self.decide(dialog):
                    plan.fresh.close()
                    for name in plan.tables:
                        self._ignored[name] = stamp(self._file(name))
                    return False
                keep = dialog.keep_mine()
            result = plan.finish(keep)
        finally:
            self._asking = False
        self._show(result.document)
        self.window.statusBar().showMessage(self.tr(
            "{files} changed on disk and was read again; your unsaved edits are kept (%n step(s)).", "",
            result.replayed).format(files=", ".join(names)), 10000)
        if result.failed:
            self._error(self.tr("Some edits could not be made again"), "\n".join(
                [self.tr("These unsaved edits could not be made on the records as they now are on disk:")]
                + result.failed))
        return True

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the unsaved edits; True if they are on disk."""
        document = self.app.document
        if document is None:
            return True
        try:
            document.save()
        except ChangedOnDisk as err:
            if self.ask_reload(err.paths) and self.merge():
                self.window.statusBar().showMessage(self.tr("Reloaded; your edits are kept. Save again to write "
                                                            "them."), 10000)
            return False
        except OSError as err:
            self._error(self.tr("Cannot save"), self.tr("{folder} could not be written ({error}); nothing was "
                                                        "changed on disk and your edits are kept.").format(
                folder=document.folder, error=err))
            return False
        self.undo.setClean()
        self.window.statusBar().showMessage(self.tr("Saved {folder}").format(folder=document.folder), 5000)
        return True

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, plain(text), QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.show_message(box)

    def settle(self) -> bool:
        """Before the dataset goes (closing, a new one): Save / Discard / Cancel when there are unsaved edits.
        True when it may go."""
        document = self.app.document
        if document is None or not document.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          plain(self.tr("{title} has unsaved changes. Save them?").format(
                              title=document.dataset.title)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Do&n't Save"))   # (Qt's Russian "Отклонить")
        clicked = self.ask(box)
        role = box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel
        if role == QMessageBox.StandardButton.Save:
            return self.save()
        if role == QMessageBox.StandardButton.Discard:
            document.journal.clear()
            return True
        return False

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.settle():
            event.ignore()
            return True
        return False

    # --- a new dataset ----------------------------------------------------------------------------------
    def new_dataset(self, then=None) -> None:
        """Ask for a new dataset's folder, name, title and origin, and open it; then call ``then()``."""
        if not self.settle():
            return
        start = Path(self.window._last_dir()) / self.tr("new-dataset")
        dialog = NewDatasetDialog(self.window, start)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._create(dialog.values(), then))
        dialog.open()

    def _create(self, values: dict[str, str], then=None) -> None:
        folder = Path(values["folder"]).expanduser()
        try:
            document = Document.create(folder, name=values["name"], title=values["title"], origin=values["origin"])
        except (ValueError, OSError) as err:
            self._error(self.tr("Cannot make the dataset"), str(err))
            return
        self.app.set_dataset(document.dataset, document=document)
        self.undo.attach(document)
        self.watch()
        self.window._remember(folder)
        if then is not None:
            then()
