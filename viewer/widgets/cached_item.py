"""A pyqtgraph item that records its drawing once and replays it until told to redraw.

Written to an SVG, an item draws afresh instead: the recording knows nothing of
the transform it will be played under, which :func:`svg_safe.draw_path` needs.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPicture

from .svg_safe import writes_svg


class CachedPictureItem(pg.GraphicsObject):
    """Subclasses implement ``draw(painter)`` and ``boundingRect()``; call ``invalidate()`` on change."""

    def __init__(self):
        super().__init__()
        self._picture: QPicture | None = None

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError

    def invalidate(self, geometry: bool = False) -> None:
        """Forget the recorded drawing (and the bounds, if ``geometry``) and repaint."""
        if geometry:
            self.prepareGeometryChange()
        self._picture = None
        self.update()

    def paint(self, painter: QPainter, *_args) -> None:
        if writes_svg(painter):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.draw(painter)
            painter.restore()
            return
        if self._picture is None:
            picture = QPicture()
            recorder = QPainter(picture)
            recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.draw(recorder)
            recorder.end()
            self._picture = picture
        self._picture.play(painter)
