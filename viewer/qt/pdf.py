"""HTML to PDF with Qt's own PDF writer: real text (searchable, copyable), fonts embedded.

Safe off the GUI thread: QTextDocument and QPdfWriter are not widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

# Fonts that carry Latin, Cyrillic and typographic quotes; the first one installed is used.
FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
RESOLUTION = 300


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
    """Print ``html`` to an A4 PDF at ``path``, page numbers at the foot of each page."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setHtml(html)
    document.print_(writer)
