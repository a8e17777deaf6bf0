"""Edit › Edit Article Text…: the source pane's article in a plain-text editor; on OK the Document gives the
source its new text (one undo step), anchoring its claims' quotes again. A quote that cannot be found
is an orphan: its claim is kept as it was, its quote listed in Problems, and the user is told which,
with the words it had.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..qt.i18n import Retranslating
from ..qt.plain import plain


class ArticleTextDialog(Retranslating, QDialog):
    """A source's article text to edit, as plain text."""

    def __init__(self, parent, source_id: str, title: str, text: str, claims: int):
        super().__init__(parent)
        self.source_id, self.title, self.claims = source_id, title, claims
        self.original = text
        self.newline = "\r\n" if "\r\n" in text else "\n"   # the file's line endings, kept
        self.note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.editor.setTabChangesFocus(True)
        self.note.setBuddy(self.editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.editor.setFocus()
        self.resize(720, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(plain(self.tr("Edit Article Text — {title}").format(title=self.title)))
        self.note.setText(plain(self.tr(
            "The article of {source} as plain text. %n claim(s) quote it: on OK each quote is found again in "
            "the edited text; one that cannot be found is kept as it was and listed in Problems, never "
            "deleted. The text is written with the next save.", "", self.claims).format(source=self.source_id)))
        self.editor.setAccessibleName(self.tr("Article text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))

    def text(self) -> str:
        """The text as edited: no-break spaces and the article's line endings kept (toPlainText drops both)."""
        return self.editor.document().toRawText().replace("\u2029", self.newline)


def orphan_lines(document, outcome: dict[str, str]) -> list[str]:
    """Each orphaned claim with the words its quote had: 'c1: “up to 700,000 Russians had fled”'."""
    return [f"{claim_id}: “{document.claim(claim_id).get('quote', '')}”"
            for claim_id, how in outcome.items() if how == "orphan"]
