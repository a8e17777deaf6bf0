"""Small pieces of the map's scene: a label one can click, conversions between the view's and the
scene's coordinates, a label put at a place, and a label's size and lines."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt

from ..model.mapping.label_placement import Box
from ..qt.plain import plain


class ClickableText(pg.TextItem):
    """A text label that calls ``on_click`` when clicked."""

    def __init__(self, text: str, on_click=None, **kwargs):
        super().__init__(text=plain(text), **kwargs)
        self.on_click = on_click
        if on_click:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, event) -> None:
        if self.on_click and event.button() == Qt.MouseButton.LeftButton:
            self.on_click()
            event.accept()


def _view_to_scene(box: pg.ViewBox):
    """A function taking points of the map (rows of x, y) to scene pixels for the view as it is now."""
    origin = box.mapViewToScene(QPointF(0.0, 0.0))
    ex, ey = box.mapViewToScene(QPointF(1.0, 0.0)) - origin, box.mapViewToScene(QPointF(0.0, 1.0)) - origin
    matrix = np.array([[ex.x(), ex.y()], [ey.x(), ey.y()]])
    shift = np.array([origin.x(), origin.y()])
    return lambda points: np.asarray(points, dtype=float).reshape(-1, 2) @ matrix + shift


def _to_view(box: pg.ViewBox, points) -> np.ndarray:
    """Scene pixels back to points of the map (rows of x, y)."""
    mapped = [box.mapSceneToView(QPointF(*p)) for p in points]
    return np.array([[p.x(), p.y()] for p in mapped]).reshape(-1, 2)


def _put(box: pg.ViewBox, label: pg.TextItem, left: float, top: float) -> None:
    """Put a label's top left corner at these scene pixels."""
    label.setAnchor((0, 0))
    label.setPos(box.mapSceneToView(QPointF(left, top)))


def _flow_label_size(label: pg.TextItem, mark: pg.TextItem | None) -> tuple[float, float]:
    """Width and height in pixels of a flow label with its denial mark (if any) below it."""
    size = label.textItem.boundingRect()
    below = mark.textItem.boundingRect() if mark else QRectF()
    return max(size.width(), below.width()), size.height() + below.height()


def small_type(lines: list[str], small: list[str]) -> str:
    """Lines of plain text as rich text, the part ``small`` names of each (its last occurrence) in small type;
    every character of the text shows as itself."""
    out = []
    for line, part in zip(lines, small + [""] * (len(lines) - len(small))):
        line = plain(line)
        at = line.rfind(part) if part else -1
        if at < 0:
            out.append(html.escape(line))
        else:
            out.append(html.escape(line[:at]) + "<small>" + html.escape(part) + "</small>"
                       + html.escape(line[at + len(part):]))
    return '<div style="white-space: pre">' + "<br>".join(out) + "</div>"


def _box_of(rect: QRectF) -> Box:
    return Box(rect.left(), rect.top(), rect.width(), rect.height())


