"""The source pane's article: read-only text where C makes a claim of the words selected and a click on a
quote selects its claim, and the marks drawn on it (quotes highlighted and underlined, figures found
overlined)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from .figures_list import figure_format
from .palette import theme_of

if TYPE_CHECKING:
    from .source_pane import SourcePane


def qt_positions(text: str) -> tuple[str, np.ndarray]:
    """Text as Qt will hold it (line breaks as \\n) and each Python index's Qt position.

    Qt counts UTF-16 units, so characters beyond the BMP take two; CRLF becomes one break.
    """
    shown = text.replace("\r\n", "\n").replace("\r", "\n")
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    width = np.where(codes > 0xFFFF, 2, 1)
    if "\r\n" in text:
        crlf_cr = np.zeros(len(codes), dtype=bool)
        crlf_cr[:-1] = (codes[:-1] == 13) & (codes[1:] == 10)
        width[crlf_cr] = 0
    positions = np.concatenate([[0], np.cumsum(width)])
    return shown, positions


class ArticleView(QPlainTextEdit):
    """Read-only plain text; a click on a marked claim selects it."""

    def __init__(self, pane: "SourcePane"):
        super().__init__()
        self.pane = pane
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_C and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.pane.claim_from_selection():
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        action = menu.addAction(QCoreApplication.translate("SourcePane", "New &Claim from Selection") + "\tC")
        action.setEnabled(self.pane.can_make_claim())
        action.triggered.connect(self.pane.claim_from_selection)
        menu.insertAction(menu.actions()[0], action)
        for extra in reversed(self.pane.article_actions):   # the window's actions on the article
            menu.insertAction(menu.actions()[1], extra)
        menu.insertSeparator(menu.actions()[1 + len(self.pane.article_actions)])
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.pane.clicked_at(self.cursorForPosition(event.position().toPoint()).position())

    def viewportEvent(self, event) -> bool:
        """Hovering a quote: a tooltip names its claims (all of them, where several share the words)."""
        if event.type() == QEvent.Type.ToolTip:
            text = self.pane.quote_tooltip(self.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class QuoteMarks:
    """SourcePane's marks on its article (uses its article view, figures, quote spans and positions)."""

    def _mark(self, claim_id: str | None) -> None:
        selections = []
        current = None
        theme = theme_of(self.app)
        mark = figure_format(theme)
        for fig in self._figures:
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(int(self._positions[fig.start]))
            cursor.setPosition(int(self._positions[fig.end]), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, mark
            selections.append(sel)
        # the selected claim's quote last, so that it is painted over any other quote that overlaps it
        for start, end, cid in sorted(self._spans, key=lambda span: span[2] == claim_id):
            fmt = QTextCharFormat()
            mine = cid == claim_id
            fmt.setBackground(QColor(theme.highlight if mine else theme.highlight_light))
            fmt.setForeground(QColor(theme.highlight_text if mine else theme.highlight_light_text))
            # The pale fills are barely apart from the paper (1.2:1 to 1.4:1 on white): an underline in the
            # text's ink marks every quote whatever the screen or the eyes (WCAG 1.4.11 asks 3:1 of a cue).
            fmt.setFontUnderline(True)
            if cid == claim_id:
                fmt.setFontWeight(700)
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(int(self._positions[start]))
            cursor.setPosition(int(self._positions[end]), QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
            if cid == claim_id:
                current = int(self._positions[start])
        self.article.setExtraSelections(selections)
        if current is not None:
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(current)
            self.article.setTextCursor(cursor)
            self.article.centerCursor()
