"""The comparison chart's range bars: one a claim, drawn the same on screen, in a PNG and in an SVG."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from .cached_item import CachedPictureItem
from .palette import LIGHT, Theme
from .svg_safe import draw_path, hatch_lines, in_pixels

BAR_HALF = 0.28
HATCH_SPACING = 6.0
"""Pixels between the lines that hatch a denial's bar."""
HATCH_TINT = 45
"""Opacity (of 255) of the denial colour under its hatching."""
FADE = 0.6
"""An "up to" bar fades in over this share of its length: its low end is open, not 0."""
OPEN_DASHES = [2.0, 2.0]
"""The dotted edges of an "up to" bar's faded part: dash and gap, in pen widths."""


class RangeBarsItem(CachedPictureItem):
    """Range bars in data coordinates; the drawing is cached in a QPicture."""

    def __init__(self):
        super().__init__()
        self.bars: list[dict] = []
        self.selected: str | None = None
        self.x_max = 1.0
        self.on_click = None
        self.describe = None
        """Given a claim id, the tooltip of its row (rich text, its data escaped); None: no tooltips."""
        self.theme: Theme = LIGHT
        self._drawn_rows: tuple[int, int] | None = None
        self.setAcceptHoverEvents(True)

    def set_bars(self, bars: list[dict], x_max: float, selected: str | None) -> None:
        self.bars, self.x_max, self.selected = bars, x_max, selected
        self.invalidate(geometry=True)

    def set_selected(self, claim_id: str | None) -> None:
        if claim_id != self.selected:
            self.selected = claim_id
            self.invalidate()

    def boundingRect(self) -> QRectF:
        return QRectF(0, -1, self.x_max * 1.05, len(self.bars) + 1)

    def _rect(self, bar: dict) -> QRectF | None:
        """The bar's rectangle, or None when the bar is a point or has no figure."""
        lo, hi = bar["lo"], bar["hi"]
        if (lo is None and hi is None) or (lo is not None and lo == hi):
            return None   # single figures are drawn as points by the scatter item
        start = 0.0 if lo is None else lo
        end = self.x_max * 1.02 if hi is None else hi
        return QRectF(start, bar["y"] - BAR_HALF, end - start, 2 * BAR_HALF)

    def _rows_in_view(self) -> tuple[int, int] | None:
        """The rows the view shows (one more each side), or None: every row (no view yet)."""
        box = self.getViewBox()
        if box is None or not hasattr(box, "viewRange"):
            return None
        y0, y1 = box.viewRange()[1]
        return math.floor(y0) - 1, math.ceil(y1) + 1

    def viewRangeChanged(self) -> None:
        """The rows drawn are those in view: drawn again when others come into view (the chart's ↑↓)."""
        if self._picture is not None and self._rows_in_view() != self._drawn_rows:
            self.invalidate()

    def draw(self, p: QPainter) -> None:
        # Only the bars in view are drawn (an edit draws a long chart again, of which a dock shows a part).
        self._drawn_rows = shown = self._rows_in_view()
        for bar in self.bars:
            if shown is not None and not shown[0] <= bar["y"] <= shown[1]:
                continue
            rect = self._rect(bar)
            if rect is None:
                continue
            y = bar["y"]
            colour = QColor(self.theme.denial if bar["denies"] else bar["colour"])
            selected = bar["claim_id"] == self.selected
            outline = QPen(QColor(self.theme.text) if selected else colour.darker(130), 0)
            outline.setCosmetic(True)
            outline.setWidthF(2.5 if selected else 1.0)
            fill = QColor(colour)
            if bar["denies"]:   # a light tint under the hatching paint() adds
                fill.setAlpha(HATCH_TINT)
            if bar["lo"] is None:   # "up to": no low end, so the bar fades in from 0 between dotted edges
                self._draw_open(p, rect, fill, QColor(self.theme.text) if selected else colour, outline.widthF())
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(fill))
                p.drawRect(rect)
                box = QPainterPath()
                box.addRect(rect)
                p.setPen(outline)
                p.setBrush(Qt.BrushStyle.NoBrush)
                draw_path(p, box)
            if bar["hi"] is None:   # "at least": an arrowhead at the high end
                end = rect.right()
                tip = QPainterPath()
                tip.addPolygon(QPolygonF([QPointF(end, y - BAR_HALF * 1.5), QPointF(end + self.x_max * 0.025, y),
                                          QPointF(end, y + BAR_HALF * 1.5)]))
                tip.closeSubpath()
                p.setPen(outline)
                p.setBrush(QBrush(colour))
                draw_path(p, tip)

    @staticmethod
    def _draw_open(p: QPainter, rect: QRectF, fill: QColor, edge: QColor, width: float) -> None:
        """An "up to" bar: its fill fades in from nothing at 0 over the first FADE of its length, and its
        edges there are dotted, in the bar's own colour (which stands out 3:1 on the chart's ground);
        then solid, with a solid end at the figure. No edge at 0: the range has no low end."""
        faded = rect.left() + FADE * rect.width()
        ramp = QLinearGradient(QPointF(rect.left(), 0), QPointF(faded, 0))
        ramp.setColorAt(0, QColor(fill.red(), fill.green(), fill.blue(), 0))
        ramp.setColorAt(1, fill)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(ramp))
        p.drawRect(rect)
        p.setBrush(Qt.BrushStyle.NoBrush)
        solid = QPen(edge, 0)
        solid.setCosmetic(True)
        solid.setWidthF(width)
        end = QPainterPath(QPointF(faded, rect.top()))
        for corner in (rect.topRight(), rect.bottomRight(), QPointF(faded, rect.bottom())):
            end.lineTo(corner)
        p.setPen(solid)
        draw_path(p, end)
        dotted = QPen(solid)
        dotted.setWidthF(max(width, 1.5))
        dotted.setDashPattern(OPEN_DASHES)
        dotted.setCapStyle(Qt.PenCapStyle.FlatCap)   # square caps would close the gaps up
        start = QPainterPath(QPointF(rect.left(), rect.top()))
        start.lineTo(QPointF(faded, rect.top()))
        start.moveTo(QPointF(rect.left(), rect.bottom()))
        start.lineTo(QPointF(faded, rect.bottom()))
        p.setPen(dotted)
        draw_path(p, start)

    def paint(self, painter: QPainter, *args) -> None:
        super().paint(painter, *args)
        self._hatch(painter)

    def _hatch(self, painter: QPainter) -> None:
        """Hatch the denials' bars with lines in device pixels (the bars' cached drawing is in data
        units, stretched differently along x and y): no pattern brush, which SVG viewers draw as a block."""
        hatched = [(self._rect(bar), bar["lo"] is None) for bar in self.bars if bar["denies"]]
        hatched = [(rect, open_) for rect, open_ in hatched if rect is not None]
        if not hatched:
            return
        with in_pixels(painter) as to_pixels:
            ink = QColor(self.theme.denial)
            pen = QPen(ink, 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for rect, open_ in hatched:
                box = to_pixels.mapRect(rect)
                inside = box.adjusted(1.5, 1.5, -1.5, -1.5)   # within the outline
                for line in hatch_lines(inside, HATCH_SPACING):
                    if open_:   # fading in as the bar's tint does
                        faded = QColor(ink)
                        faded.setAlphaF(min(1.0, (line.center().x() - box.left()) / (FADE * box.width())))
                        pen.setColor(faded)
                        painter.setPen(pen)
                    painter.drawLine(line)

    def bar_at(self, y: float) -> dict | None:
        """The bar of the row at height ``y`` (in data units), if any."""
        row = int(round(y))
        return next((bar for bar in self.bars if bar["y"] == row), None)

    def hoverMoveEvent(self, event) -> None:
        """Anywhere along a bar's row, its tooltip describes that claim."""
        bar = self.bar_at(event.pos().y())
        tip = self.describe(bar["claim_id"]) if bar is not None and self.describe else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.pos()
        for bar in self.bars:
            if abs(pos.y() - bar["y"]) <= BAR_HALF and bar["lo_draw"] <= pos.x() <= bar["hi_draw"]:
                if self.on_click:
                    self.on_click(bar["claim_id"])
                event.accept()
                return
