"""File › Import Article… for plain text (.txt), also by dropping .txt files on the window.

The text is copied to articles/<source_id>.txt (atomically) and the source is added to the Document
(undoably). HTML and PDF are read by `claims-atlas import` (another module); here only plain text.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QMessageBox

from ..model.document.saving import write_atomically
from ..qt.i18n import Retranslating
from ..qt.plain import plain

SUFFIXES = (".txt",)


def first_line(text: str, limit: int = 200) -> str:
    """The first line with words on it (a plain-text article's headline, most often)."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def new_source_id(stem: str, taken: set[str], folder: Path) -> str:
    """An id made from a file's name, not used by a source nor by a file in articles/."""
    base = re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_") or "article"
    if not base[0].isalnum():
        base = "a" + base
    candidate, n = base, 1
    while candidate in taken or (folder / "articles" / f"{candidate}.txt").exists():
        n += 1
        candidate = f"{base}-{n:02d}"
    return candidate


class SourceDialog(Retranslating, QDialog):
    """The columns of a new source: outlet, title, published, URL, byline, language, id."""

    FIELDS = ("outlet", "title", "published", "url", "byline", "language", "source_id")

    def __init__(self, parent, values: dict[str, str]):
        super().__init__(parent)
        self.fields = {name: QLineEdit(values.get(name, "")) for name in self.FIELDS}
        self.labels = {name: QLabel() for name in self.FIELDS}
        form = QFormLayout(self)
        for name in self.FIELDS:
            self.labels[name].setBuddy(self.fields[name])
            form.addRow(self.labels[name], self.fields[name])
        self.note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Article"))
        words = {"outlet": self.tr("&Outlet:"), "title": self.tr("&Title:"), "published": self.tr("&Published:"),
                 "url": self.tr("&URL:"), "byline": self.tr("&Byline:"), "language": self.tr("&Language:"),
                 "source_id": self.tr("Source &id:")}
        for name, text in words.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD, or with a time: 2022-10-06T18:42+05:30"))
        self.fields["url"].setPlaceholderText(self.tr("shown as text, never fetched"))
        self.fields["language"].setPlaceholderText(self.tr("e.g. en, ru"))
        self.note.setText(self.tr("The text is copied to articles/<source id>.txt in the dataset's folder."))

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}


class ArticleImport(QObject):
    """Import Article… (Ctrl+I) and .txt files dropped on the window."""

    def __init__(self, window, app, undo):
        super().__init__(window)
        self.window, self.app, self.undo = window, app, undo
        self.dialog: SourceDialog | None = None
        window.installEventFilter(self)

    def choose(self) -> None:
        if self.app.document is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Import an article"),
                                                    str(self.app.document.folder),
                                                    self.tr("Plain text (*.txt)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Read a .txt file and ask for its source's columns."""
        document = self.app.document
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as err:
            self._error(self.tr("{file} is not UTF-8 text (byte {offset}); save it as UTF-8 and import it "
                                "again.").format(file=path, offset=err.start))
            return
        except OSError as err:
            self._error(self.tr("{file} cannot be read ({error}).").format(file=path, error=err.strerror or err))
            return
        source_id = new_source_id(path.stem, set(document.source_ids()), document.folder)
        dialog = SourceDialog(self.window, {"title": first_line(text), "published": date.today().isoformat(),
                                            "source_id": source_id})
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._add(text, dialog.values(), path))
        dialog.open()

    def _add(self, text: str, values: dict[str, str], path: Path) -> None:
        document = self.app.document
        taken = set(document.source_ids())
        source_id = values.pop("source_id") or new_source_id(path.stem, taken, document.folder)
        if source_id in taken:
            self._error(self.tr("A source already has the id {id}; choose another.").format(id=source_id))
            return
        target = document.folder / "articles" / f"{source_id}.txt"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, [text.encode("utf-8")])
        except OSError as err:
            self._error(self.tr("{file} cannot be written ({error}).").format(file=target, error=err.strerror or err))
            return
        columns = {name: value for name, value in values.items() if value}
        self.undo.edit(lambda: document.add_source(source_id=source_id, **columns))
        # after the window has handled the new sources (it selects a claim when none is)
        QTimer.singleShot(0, self.window, lambda: self.window.source.show_source(source_id))

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import the article"), plain(text),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.show_message(box)

    def _texts(self, event) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData() is not None else []
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in SUFFIXES]

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and self.app.document is not None:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._texts(event):
                event.acceptProposedAction()
                return True
            if event.type() == QEvent.Type.Drop and self._texts(event):
                event.acceptProposedAction()
                self.start(self._texts(event)[0])
                return True
        return False
