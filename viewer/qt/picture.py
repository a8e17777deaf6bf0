"""A picture that carries its citations: title, the view itself, and a footer naming every source shown.

Painted once through QPainter, so the same layout goes to a PNG (at twice the
pixels, for projectors and print; the citations also in its text metadata)
and to an SVG (vector shapes and real text).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPainterPath, QPen,
                           QRegion)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..model.writing.safe_write import Staged, png_problem, replacing, svg_problem

MARGIN = 24
GAP = 8
SCALE = 2
"""A PNG has this many pixels per logical pixel."""
FORMATS = (".png", ".svg")
HEADING_INK = "#0B4F8A"
"""The heading's colour (the day "as of"): the map's arrow blue, darker, so it reads before the title."""


@dataclass
class Picture:
    title: str
    """The dataset's title."""
    subtitle: str
    """What the picture shows, e.g. "Flows from Russia"."""
    body: QWidget
    """The view to draw, laid out at the size it should have in the picture."""
    sources: str
    """The citations: every source of a figure shown, as "Outlet, date · …"."""
    credit: str
    """Who made it from what: app, dataset, map data."""
    all_sources: str = ""
    """Every citation even when the footer shows only the first ones (for the file's metadata)."""
    spilling: tuple[QWidget, ...] = ()
    """Children of ``body`` whose drawing runs past their edges (a zoomed plot): SVG keeps no clip
    that every viewer honours, so they are drawn first and masked around."""
    note: str = ""
    """Claims the dataset's problems left out, if any (see viewer.qt.left_out.picture_note)."""
    heading: str = ""
    """Said above the title, as large: the day the story is told as of ("As of 4 Oct 2022"), if any. The
    dataset's title names a day of its own ("… as reported on 6 October 2022"): in small type the picture's
    own day was lost under it."""

    @property
    def footer(self) -> str:
        return footer_text(self.sources, self.note, self.credit)


def footer_text(sources: str, note: str, credit: str) -> str:
    """The footer's lines: the citations, what was left out (if anything), the credit."""
    return "\n".join(line for line in (sources, note, credit) if line)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


class _Layout:
    """Where each part goes, for a picture ``width`` logical pixels wide."""

    FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def __init__(self, picture: Picture, width: int):
        self.title_font, self.subtitle_font, self.footer_font = _font(22, True), _font(15), _font(12)
        inner = width - 2 * MARGIN
        y = MARGIN
        self.heading = self._block(picture.heading, self.title_font, y, inner) if picture.heading else None
        if self.heading is not None:
            y = self.heading.bottom() + 2
        self.title = self._block(picture.title, self.title_font, y, inner)
        y = self.title.bottom() + 4
        self.subtitle = self._block(picture.subtitle, self.subtitle_font, y, inner)
        y = self.subtitle.bottom() + GAP
        body = picture.body.size()
        self.body = QRectF(MARGIN, y, body.width(), body.height())
        y = self.body.bottom() + GAP + 6
        self.rule_y = y - 4
        self.footer = self._block(picture.footer, self.footer_font, y, inner)
        self.size = QSize(width, int(self.footer.bottom() + MARGIN + 0.999))

    def _block(self, text: str, font: QFont, y: float, width: float) -> QRectF:
        rect = QFontMetricsF(font).boundingRect(QRectF(MARGIN, y, width, 1e6), self.FLAGS, text)
        return QRectF(MARGIN, y, width, rect.height())


def chrome_height(picture_texts: tuple[str, str, str], width: int, heading: str = "") -> int:
    """Height of everything but the body (heading, title, subtitle, footer, margins), to size the body to fit."""
    title, subtitle, footer = picture_texts
    flags = _Layout.FLAGS
    inner = width - 2 * MARGIN
    texts = ((title, _font(22, True)), (subtitle, _font(15)), (footer, _font(12)))
    height = 0.0
    for text, font in (((heading, _font(22, True)),) if heading else ()) + texts:
        height += QFontMetricsF(font).boundingRect(QRectF(0, 0, inner, 1e6), flags, text).height()
    if heading:
        height += 2
    return int(2 * MARGIN + 4 + 2 * GAP + 6 + height + 1)


def paint(picture: Picture, painter: QPainter, layout: _Layout) -> None:
    painter.fillRect(QRectF(0, 0, layout.size.width(), layout.size.height()), QColor("#FFFFFF"))
    _paint_body(picture, painter, layout)   # first: its mask would cover what is drawn before
    painter.setFont(layout.title_font)
    if layout.heading is not None:
        painter.setPen(QColor(HEADING_INK))
        painter.drawText(layout.heading, _Layout.FLAGS, picture.heading)
    painter.setPen(QColor("#111111"))
    painter.drawText(layout.title, _Layout.FLAGS, picture.title)
    painter.setPen(QColor("#333333"))
    painter.setFont(layout.subtitle_font)
    painter.drawText(layout.subtitle, _Layout.FLAGS, picture.subtitle)
    painter.setPen(QPen(QColor("#BBBBBB"), 1))
    painter.drawLine(QPointF(MARGIN, layout.rule_y), QPointF(layout.size.width() - MARGIN, layout.rule_y))
    painter.setPen(QColor("#333333"))
    painter.setFont(layout.footer_font)
    painter.drawText(layout.footer, _Layout.FLAGS, picture.footer)


def _paint_body(picture: Picture, painter: QPainter, layout: _Layout) -> None:
    origin = layout.body.topLeft().toPoint()
    flags = QWidget.RenderFlag.DrawChildren   # not the panels' grey window background
    rest = QRegion(picture.body.rect())
    if picture.spilling:
        mask = QPainterPath()
        mask.setFillRule(Qt.FillRule.OddEvenFill)
        # Past the picture's edges too: a viewer that rounds the SVG's size in millimetres up to a
        # whole pixel shows a sliver beyond them (librsvg draws a row of borders under the footer).
        mask.addRect(QRectF(0, 0, layout.size.width(), layout.size.height()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        for widget in picture.spilling:
            at = widget.mapTo(picture.body, QPoint(0, 0))
            QWidget.render(widget, painter, origin + at, QRegion(), flags)   # the widget's, not a view's own render()
            mask.addRect(QRectF(origin + at, widget.size().toSizeF()))
            rest -= QRegion(QRect(at, widget.size()))
        painter.fillPath(mask, QColor("#FFFFFF"))
    picture.body.render(painter, origin, rest, flags)


def save_picture(picture: Picture, path: Path) -> None:
    """Write the picture as PNG (2× pixels, citations in its metadata) or SVG; OSError if it cannot be written
    (the file is then left as it was: see viewer.model.writing.safe_write)."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"{path}: a picture is written as .png or .svg")
    with replacing(path) as staged:
        picture_into(picture, staged)


def picture_into(picture: Picture, staged: Staged) -> None:
    """Render the picture in memory, in the format of ``staged.path``'s ending, and write it to ``staged``."""
    width = picture.body.width() + 2 * MARGIN
    layout = _Layout(picture, width)
    svg = staged.path.suffix.lower() == ".svg"
    staged.write_bytes(_svg_bytes(picture, layout) if svg else _png_bytes(picture, layout))
    staged.finish(svg_problem if svg else png_problem)


def image_into(image: QImage, staged: Staged) -> None:
    """A plain image (the window's grab) as PNG into ``staged``."""
    staged.write_bytes(png_bytes(image))
    staged.finish(png_problem)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(_cannot_render())
    return bytes(buffer.data())


def _png_bytes(picture: Picture, layout: _Layout) -> bytes:
    image = QImage(layout.size * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        paint(picture, painter, layout)
    finally:
        painter.end()
    for key, value in _metadata(picture).items():
        image.setText(key, value)
    return png_bytes(image)


def _svg_bytes(picture: Picture, layout: _Layout) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(layout.size)
    generator.setViewBox(QRect(QPoint(0, 0), layout.size))
    screen = QGuiApplication.primaryScreen()
    generator.setResolution(round(screen.logicalDotsPerInch()) if screen else 96)
    meta = _metadata(picture)
    generator.setTitle(meta["Title"])
    generator.setDescription("\n".join(meta[key] for key in ("Description", "Source", "Warning") if key in meta))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(_cannot_render())
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        paint(picture, painter, layout)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def _cannot_render() -> str:
    return QCoreApplication.translate("Picture", "the picture could not be drawn")


def _metadata(picture: Picture) -> dict[str, str]:
    software = QCoreApplication.translate("Picture", "Claims Atlas {version}").format(version=__version__)
    title = f"{picture.heading} · {picture.title}" if picture.heading else picture.title
    meta = {"Title": title, "Description": picture.subtitle,
            "Source": picture.all_sources or picture.sources, "Comment": picture.credit, "Software": software}
    if picture.note:
        meta["Warning"] = picture.note   # a PNG keyword of its own
    return meta
