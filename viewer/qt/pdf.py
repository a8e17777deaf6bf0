"""HTML to PDF with Qt's own PDF writer: real text (searchable, copyable), fonts embedded.

The document is laid out once as one long column, and cut into pages here
rather than by QTextDocument.print(): a page ends between two lines; a heading
goes to the next page when fewer than KEEP_LINES lines of its text would follow
it on this one (Qt's rich text has no "keep with next"); nothing is drawn into
the margins. Lines are drawn one by one, so the column must hold text only (no
tables, rules or backgrounds: report_html writes it so when ``paged``). Safe off the GUI thread:
QTextDocument and QPdfWriter are not widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextBlock,
                           QTextDocument)

# Fonts that carry Latin, Cyrillic and typographic quotes; the first one installed is used.
FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
RESOLUTION = 300
MARGIN_MM = 20
KEEP_LINES = 4
"""A heading starts a new page unless this many lines of what follows it fit under it."""
INK = "#1a1a1a"


def report_font() -> QFont:
    families = set(QFontDatabase.families())
    family = next((f for f in FONTS if f in families), None)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(10)
    # No ligatures: "fi" must stay two letters for search and copy in the PDF.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def write_pdf(html: str, path: Path, title: str, creator: str) -> None:
    """Print ``html`` to an A4 PDF at ``path``, page numbers at the foot of each page (the whole file, checked,
    or an OSError and the file left as it was)."""
    from ..model.writing.safe_write import pdf_problem, replacing
    with replacing(Path(path)) as staged:
        staged.write_bytes(pdf_bytes(html, title, creator))
        staged.finish(pdf_problem)


def pdf_bytes(html: str, title: str, creator: str) -> bytes:
    """``html`` printed to an A4 PDF in memory (Qt's writer reports no write error: the caller writes the
    bytes and checks them; see viewer.model.writing.safe_write)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    edge = margin(writer)
    lines = Lines(column(html, writer, writer.width() - 2 * edge))
    cuts = page_cuts(lines, writer.height() - 2 * edge)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(QCoreApplication.translate("Report", "the PDF writer could not write the file"))
    try:
        _draw_pages(lines, cuts, painter, writer)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def margin(writer: QPdfWriter) -> float:
    """The page margin in the writer's pixels."""
    return MARGIN_MM / 25.4 * writer.resolution()


def column(html: str, writer: QPdfWriter, width: float) -> QTextDocument:
    """The document laid out for the writer as one column ``width`` pixels wide, with no pages."""
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setHtml(html)
    document.documentLayout().setPaintDevice(writer)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(0)
    document.rootFrame().setFrameFormat(frame)
    document.setTextWidth(width)
    return document


class Lines:
    """Every line of text of a laid-out column, in order: its block, its place in it, its top and bottom
    in the column, and the first line of the heading it must stay with (-1 if none): a heading's own
    lines and the KEEP_LINES lines after it."""

    def __init__(self, document: QTextDocument):
        self.document = document   # the blocks live as long as it does
        layout = document.documentLayout()
        self.blocks: list[QTextBlock] = []
        self.index: list[int] = []
        self.tops: list[float] = []
        self.bottoms: list[float] = []
        self.keep: list[int] = []
        heading, left = -1, 0
        block = document.begin()
        while block.isValid():
            text = block.layout()
            if block.blockFormat().headingLevel() > 0:
                heading, left = len(self.tops), KEEP_LINES + text.lineCount()
            y = layout.blockBoundingRect(block).top()
            for i in range(text.lineCount() if block.length() > 1 else 0):   # an empty block has no text
                line = text.lineAt(i)
                self.blocks.append(block)
                self.index.append(i)
                self.tops.append(y + line.y())
                self.bottoms.append(y + line.y() + line.height())
                self.keep.append(heading if left > 0 else -1)
                left -= 1
            block = block.next()


def page_cuts(lines: Lines, height: float) -> list[int]:
    """The first line of each page, and the number of lines after the last (pages hold ``height`` pixels)."""
    if not lines.tops:
        return [0, 0]
    cuts = [0]
    for i, bottom in enumerate(lines.bottoms):
        if bottom - lines.tops[cuts[-1]] <= height:
            continue
        first = i
        if lines.keep[i] > cuts[-1]:
            first = lines.keep[i]   # the heading goes over with its first lines
        cuts.append(first)
    cuts.append(len(lines.tops))
    return cuts


def _draw_pages(lines: Lines, cuts: list[int], painter: QPainter, writer: QPdfWriter) -> None:
    """Each page's lines, one by one: a line cut off by a page is never drawn (not even clipped away,
    which would leave its text in the PDF twice). The column holds no tables, rules or backgrounds."""
    width, height = writer.width(), writer.height()
    edge = margin(writer)
    numbers = QFont(lines.document.defaultFont())
    numbers.setPointSizeF(8.5)
    for number, (first, end) in enumerate(zip(cuts, cuts[1:]), start=1):
        if number > 1:
            writer.newPage()
        painter.save()
        painter.translate(edge, edge - lines.tops[first])
        painter.setPen(QColor(INK))   # for text without a colour of its own, whatever the window's theme
        for i in range(first, end):
            block = lines.blocks[i]
            block.layout().lineAt(lines.index[i]).draw(painter, block.layout().position())
        painter.restore()
        painter.setFont(numbers)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(edge, height - edge * 0.75, width - 2 * edge, edge / 2),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), str(number))
