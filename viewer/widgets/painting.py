"""A painter that is ended whatever happens while it paints (one left open by an error takes the process down)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPainter


@contextmanager
def painter_on(device) -> Iterator[QPainter]:
    painter = QPainter(device)
    try:
        yield painter
    finally:
        if painter.isActive():
            painter.end()
