"""Edit › Edit Source… and Delete Source: the source whose article the source pane shows, its columns mended
(a date read wrong from a PDF, an outlet a copy did not say) or the source taken away while no claim cites it;
each one undo step. Without them a source imported wrong could be mended only in sources.csv by hand."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ..model.checking.rules import BCP47_PATTERN, DATETIME_PATTERN, SOURCE_REQUIRED, URL_PATTERN
from .article_import import SourceDialog

EDITED = ("outlet", "title", "published", "url", "byline", "language")
"""The columns the dialog edits (the id stays: claims and the article's file name it)."""


class SourceEditDialog(SourceDialog):
    """The import's dialog of a source's columns, for a source already in the dataset: its id shown, not
    edited; OK refused with a line saying why while a column would be wrong."""

    def __init__(self, parent, values: dict[str, str], text: str):
        super().__init__(parent, values, text, "", set())
        self.fields["source_id"].setReadOnly(True)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit Source"))
        self.source.setText(self.tr("The source's columns in sources.csv; its id stays, as its claims cite it."))
        self.note.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Keep"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _suggest_id(self) -> None:
        pass   # (the id stays)

    def wrong(self) -> str:
        """What is wrong with the columns typed ("" when nothing is), said as the format says it."""
        values = self.values()
        for name in SOURCE_REQUIRED:
            if not values[name]:
                return self.tr("{column}: a value is required here").format(column=self._name(name))
        checks = (("published", DATETIME_PATTERN, self.tr("write a date as YYYY-MM-DD, or with a time: "
                                                          "2022-10-06T18:42+05:30")),
                  ("url", URL_PATTERN, self.tr("a URL starts with http:// or https://")),
                  ("language", BCP47_PATTERN, self.tr("a language code such as en or ru")))
        for name, pattern, why in checks:
            if values[name] and not re.fullmatch(f"(?:{pattern})", values[name]):
                return f"{self._name(name)}: {why}"
        return ""

    def _name(self, column: str) -> str:
        return self.labels[column].text().replace("&", "").rstrip(":")

    def accept(self) -> None:
        why = self.wrong()
        if why:
            self.note.setText(why)
            self.note.setStyleSheet("color: #a0301e;")
            return
        super().accept()


class SourceEditing(QObject):
    """The actions' work: on the source the source pane shows, through the window's undo stack."""

    def __init__(self, editing):
        super().__init__(editing)
        self.editing = editing
        self.dialog: SourceEditDialog | None = None

    def _shown(self) -> tuple[object, str | None]:
        editing = self.editing
        return editing.app.document, editing.window.source.shown_source_id()

    def edit(self) -> None:
        document, source_id = self._shown()
        if document is None or source_id is None:
            return
        values = document.source(source_id)
        try:
            text = document.article(source_id)
        except OSError:
            text = ""
        dialog = SourceEditDialog(self.editing.window, values, text)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._kept(source_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _kept(self, source_id: str, dialog: SourceEditDialog) -> None:
        self.dialog = None
        document = self.editing.app.document
        before = document.source(source_id)
        changed = {name: value for name, value in dialog.values().items()
                   if name in EDITED and value != before.get(name, "")}
        if not changed:
            return
        self.editing.undo.edit(lambda: document.update_source(source_id, **changed))
        if self.editing.app.state.claim_id is None:
            self.editing.window.source.show_source(source_id)   # (its heading and date said anew)

    def delete(self) -> None:
        document, source_id = self._shown()
        if document is None or source_id is None:
            return
        window = self.editing.window
        cited = int((self.editing.app.dataset.claims["source_id"] == source_id).sum())
        if cited or not self._ask(source_id):
            if cited:
                window.statusBar().showMessage(self.tr("Source {id} is not deleted: %n claim(s) cite it; delete them "
                                                       "first.", "", cited).format(id=source_id), 10000)
            return
        try:
            self.editing.undo.edit(lambda: document.delete_source(source_id))
        except ValueError:   # claims cite it that the dataset could not load (they have problems)
            window.statusBar().showMessage(self.tr("Source {id} is not deleted: claims with problems cite it; "
                                                   "see Problems.").format(id=source_id), 10000)
            return
        window.statusBar().showMessage(self.tr("Source {id} deleted (Ctrl+Z brings it back).").format(id=source_id),
                                       10000)

    def _ask(self, source_id: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Source"),
                          self.tr("Delete the source {id} from the dataset? No claim cites it. Undo brings it "
                                  "back.").format(id=source_id),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.editing.window)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return self.editing.files.ask(box) is box.button(QMessageBox.StandardButton.Yes)
