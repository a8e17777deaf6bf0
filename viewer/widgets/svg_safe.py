"""Drawing that looks the same on screen, in a PNG and in every SVG viewer.

QSvgGenerator writes a cosmetic pen (a width in screen pixels, whatever the
zoom) as vector-effect="non-scaling-stroke" under the item's transform: a map
is scaled by about 0.16, a chart differently along x and y. librsvg, which many
Linux viewers use, then draws such strokes far too thin or too thick. It also
draws Qt's pattern brushes (hatching) as solid blocks. So strokes go through
:func:`draw_path`, and hatching is drawn as lines (:func:`hatch_lines`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPaintEngine, QPainter, QPainterPath, QTransform


def writes_svg(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.SVG


@contextmanager
def in_pixels(painter: QPainter) -> Iterator[QTransform]:
    """Within: the painter draws in logical pixels, the item's transform undone (a device pixel ratio
    stays); yields the transform from the item's coordinates to those pixels."""
    item = painter.combinedTransform()
    painter.save()
    painter.resetTransform()
    rest, _invertible = painter.combinedTransform().inverted()   # what stays: the pixel ratio, if any
    try:
        yield item * rest
    finally:
        painter.restore()


def draw_path(painter: QPainter, path: QPainterPath) -> None:
    """Draw ``path`` with the painter's pen and brush. In an SVG, a cosmetic pen's path is mapped to
    pixels and drawn with no transform, so the stroke has its on-screen width in every viewer; on
    screen and in a PNG nothing changes."""
    if not (writes_svg(painter) and painter.pen().isCosmetic()):
        painter.drawPath(path)
        return
    with in_pixels(painter) as to_pixels:
        painter.drawPath(to_pixels.map(path))


def hatch_lines(rect: QRectF, spacing: float) -> list[QLineF]:
    """Rising diagonal lines ("/", y down) ``spacing`` apart, cut to ``rect``: hatching that needs no
    pattern brush and no clip. The lines lie on a grid fixed to the origin, so neighbouring rects match."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    if right <= left or bottom <= top or spacing <= 0:
        return []
    lines = []
    c = (int((left + top) // spacing) + 1) * spacing   # on each line x + y == c
    while c < right + bottom:
        x0, x1 = max(left, c - bottom), min(right, c - top)
        if x1 > x0:
            lines.append(QLineF(QPointF(x0, c - x0), QPointF(x1, c - x1)))
        c += spacing
    return lines
