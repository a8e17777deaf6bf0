"""A pyqtgraph PlotWidget whose scene is exactly what its viewport shows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF

# Every plot of the app is a FittedPlot: pyqtgraph's options are set when the first plot's module is loaded
# (not at start: pyqtgraph is loaded after the window's first paint).
pg.setConfigOptions(antialias=True, foreground="#333333", background="w")


class FittedPlot(pg.PlotWidget):
    """pyqtgraph sizes the scene to the whole widget, frame included: with a frame (the focus frame is
    2 px) the right and bottom edges of the plot lie under it, and so do the axis labels there, which
    pyqtgraph believes it has room for. Here the scene takes the viewport's size instead."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:   # a frame of another width (a style sheet) resizes only the viewport
            self._fit()
        return super().viewportEvent(event)

    def _fit(self) -> None:
        if getattr(self, "closed", True) or not getattr(self, "autoPixelRange", False):
            return   # still being built, or closed, or its range set by hand
        inner = QRectF(self.viewport().rect())
        if self.range != inner:
            # GraphicsView's own setRange: PlotWidget passes setRange on to its PlotItem
            pg.GraphicsView.setRange(self, inner, padding=0, disableAutoPixel=False)
