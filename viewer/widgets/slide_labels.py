"""The labels of a slide: plain text only, one line cut with "…", type sized in pixels and inked in a colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" where it is too long for its width."""

    def __init__(self):
        super().__init__(textFormat=Qt.TextFormat.PlainText)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(10)
        return hint

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(10)
        return hint

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


def plain_label(*, wrap: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=wrap)
    label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
    return label


def ink(label: QLabel, colour: str) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def pixel_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, int(round(pixels))))
    font.setBold(bold)
    return font
