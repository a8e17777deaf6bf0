"""pyqtgraph items of the map: countries and flow arrows (paint + boundingRect, cached)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from ..model.mapping.map_layout import Arrow, arrow_head, curve_control
from .cached_item import CachedPictureItem
from .palette import LIGHT, Theme
from .svg_safe import draw_path


def role_fill(theme: Theme, role: str) -> str:
    """The land colour of a country's role on the map."""
    return {"origin": theme.land_origin, "destination": theme.land_destination,
            "neighbour": theme.land, "context": theme.land_context}[role]


def rings_path(rings: list[np.ndarray]) -> QPainterPath:
    """One path for all rings of a country (odd-even fill keeps holes open)."""
    xs, ys, connect = [], [], []
    for ring in rings:
        xs.append(ring[:, 0])
        ys.append(ring[:, 1])
        c = np.ones(len(ring), dtype=bool)
        c[-1] = False
        connect.append(c)
    if not xs:
        return QPainterPath()
    path = pg.arrayToQPath(np.concatenate(xs), np.concatenate(ys), np.concatenate(connect))
    path.setFillRule(Qt.FillRule.OddEvenFill)
    return path


class CountriesItem(CachedPictureItem):
    """Every country of the map, filled by role. It never changes once built, so the
    view can keep it as an image; the filtered destination is drawn over it by
    HighlightItem."""

    def __init__(self, shapes: dict[str, list[np.ndarray]], roles: dict[str, str], theme: Theme = LIGHT):
        super().__init__()
        self.theme = theme
        self.paths = {code: rings_path(rings) for code, rings in shapes.items()}
        self.roles = roles
        self._rect = QRectF()
        for path in self.paths.values():
            self._rect = self._rect.united(path.boundingRect())
        self.on_click = None
        self.waiting: frozenset[str] = frozenset()
        """Destinations no claim had named yet (as of a day): drawn as neighbours until one does."""
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_waiting(self, codes: frozenset[str]) -> None:
        if codes != self.waiting:
            self.waiting = codes
            self.invalidate()

    def role(self, code: str) -> str:
        role = self.roles[code]
        return "neighbour" if role == "destination" and code in self.waiting else role

    def draw(self, p: QPainter) -> None:
        order = sorted(self.paths, key=lambda c: ("context", "neighbour", "destination", "origin").index(self.role(c)))
        t = self.theme
        for code in order:
            role = self.role(code)
            pen = QPen(QColor(t.border if role != "context" else t.border_context))
            pen.setCosmetic(True)
            pen.setWidthF(t.border_width * (1.75 if role == "origin" else 1.0))
            p.setPen(pen)
            p.setBrush(QBrush(QColor(role_fill(t, role))))
            draw_path(p, self.paths[code])

    def country_at(self, point: QPointF) -> str | None:
        for code, path in self.paths.items():
            if self.roles[code] != "context" and path.boundingRect().contains(point) and path.contains(point):
                return code
        return None

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.on_click:
            self.on_click(self.country_at(event.pos()))
            event.accept()


class HighlightItem(CachedPictureItem):
    """The countries of the filtered destination, drawn over the map."""

    def __init__(self, paths: dict[str, QPainterPath], theme: Theme = LIGHT):
        super().__init__()
        self.paths = paths
        self.theme = theme
        self.codes: set[str] = set()
        self.setZValue(1)

    def set_codes(self, codes: set[str]) -> None:
        if codes != self.codes:
            self.codes = codes
            self.invalidate(geometry=True)

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for code in self.codes & set(self.paths):
            rect = rect.united(self.paths[code].boundingRect())
        return rect

    def draw(self, p: QPainter) -> None:
        pen = QPen(QColor(self.theme.border))
        pen.setCosmetic(True)
        pen.setWidthF(self.theme.border_width * 1.5)
        p.setPen(pen)
        p.setBrush(QBrush(QColor(self.theme.land_selected)))
        for code in sorted(self.codes & set(self.paths)):
            draw_path(p, self.paths[code])


class OutlineItem(HighlightItem):
    """Countries outlined in the selected arrow's colour: the origin while its flow abroad as a whole (which has
    no arrow) is the one shown."""

    def __init__(self, paths: dict[str, QPainterPath], theme: Theme = LIGHT):
        super().__init__(paths, theme)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        margin = max(rect.width(), rect.height()) * 0.01   # the thick pen's outer half
        return rect.adjusted(-margin, -margin, margin, margin)

    def draw(self, p: QPainter) -> None:
        pen = QPen(QColor(self.theme.flow_selected))
        pen.setCosmetic(True)
        pen.setWidthF(self.theme.border_width * 3)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for code in sorted(self.codes & set(self.paths)):
            draw_path(p, self.paths[code])


class ArrowItem(CachedPictureItem):
    """A flow arrow from origin to one or more destinations, width by figure."""

    def __init__(self, arrow: Arrow, head: float, theme: Theme = LIGHT):
        super().__init__()
        self.theme = theme
        self.arrow = arrow
        self.head = head
        self.selected = False
        self.hovered = False
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.on_click = None
        self._shape = self._build_shape()

    def _curve(self, end) -> QPainterPath:
        path = QPainterPath(QPointF(*self.arrow.start))
        path.quadTo(QPointF(*curve_control(self.arrow.start, end)), QPointF(*end))
        return path

    def _build_shape(self) -> QPainterPath:
        shape = QPainterPath()
        stroker = QPainterPathStroker()
        stroker.setWidth(self.head * 1.2)
        for end in self.arrow.ends:
            shape.addPath(stroker.createStroke(self._curve(end)))
        return shape

    def set_state(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.invalidate()

    def boundingRect(self) -> QRectF:
        return self._shape.boundingRect().adjusted(-self.head * 2, -self.head * 2, self.head * 2, self.head * 2)

    def shape(self) -> QPainterPath:
        return self._shape

    def draw(self, p: QPainter) -> None:
        t = self.theme
        colour = QColor(t.flow_selected if self.selected else (t.flow if not self.hovered else t.flow_hover))
        pen = QPen(colour)
        pen.setCosmetic(True)
        pen.setWidthF(self.arrow.width + (2 if self.selected else 0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.arrow.per_day:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.arrow.value is None and not self.arrow.per_day:
            pen.setStyle(Qt.PenStyle.DotLine)
        for end in self.arrow.ends:
            curve = self._curve(end)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            draw_path(p, curve)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrow_head(self.arrow.start, end, self.head)]))

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.invalidate()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.invalidate()

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.on_click:
            self.on_click(self.arrow)
            event.accept()
