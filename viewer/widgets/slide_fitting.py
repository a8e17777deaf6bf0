"""The presentation's type and frame fitted to the screen: every size scales with one unit (a pixel of a
1920x1080 screen), the quote and the figure as large as their room allows, the map as wide as its flows
need (a part of PresentationView)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontInfo

from .presentation_text import fit_pixel_size
from .slide_labels import pixel_font

QUOTE_SHARE = 0.2
"""The part of the screen's height kept for the quote, whatever its length (so the map stays put)."""
MAP_TYPE = 0.025
"""The map's type, as a share of a 1080-line screen's height (27 px), scaled as all type is (:meth:`unit`):
read from the back of a classroom."""

class SlideFitting:
    """PresentationView's sizes (uses its labels, grid, side column, quote box and map)."""

    def _fit_map(self) -> None:
        """The map no wider than its flows need at the height it has (the side column takes the rest), so it
        fills its part of the slide: a wider one framed the same flows between empty strips of sea."""
        layout = self.map.layout_
        if layout is not None:
            x0, y0, x1, y1 = layout.view
            for _ in range(2):   # narrower, the legend may wrap onto another line: fit again once
                chrome = self.map.width() - self.map.plot.width()
                wanted = int(self.map.plot.height() * (x1 - x0) / max(y1 - y0, 1e-9)) + chrome
                self.map.setMaximumWidth(max(wanted, 200))
                self.grid.activate()
        self.map.reset_view()

    def unit(self) -> float:
        """One pixel of a 1920×1080 screen, at this window's size: all type scales with it."""
        return max(0.4, min(self.width() / 1920, self.height() / 1080))

    def _scale(self) -> None:
        u = self.unit()
        margin = int(36 * u)
        self.grid.setContentsMargins(margin, int(24 * u), margin, int(24 * u))
        self.grid.setHorizontalSpacing(int(36 * u))
        self.grid.setVerticalSpacing(int(14 * u))
        self.side.setSpacing(int(8 * u))
        self.heading.setFont(pixel_font(40 * u, bold=True))
        self.counter.setFont(pixel_font(30 * u))
        self.date.setFont(pixel_font(48 * u, bold=True))
        self.stance.setFont(pixel_font(40 * u, bold=True))
        self.details.setFont(pixel_font(28 * u))
        self.flow_note.setFont(pixel_font(30 * u))
        self.revealed_title.setFont(pixel_font(28 * u))
        for label in self.revealed:
            label.setFont(pixel_font(28 * u, bold=label.font().bold()))
        self.earlier.setFont(pixel_font(26 * u))
        self.attribution.setFont(pixel_font(34 * u))
        self.hint.setFont(pixel_font(22 * u))
        self.quote_box.setFixedHeight(int(self.height() * QUOTE_SHARE + 1.4 * self.attribution.fontMetrics().height()))
        pixel = max(QFontInfo(QFont()).pixelSize(), 1)
        # The legend, read once, in type a little smaller: wrapped onto more lines it would shrink the map.
        self.map.set_label_scale(MAP_TYPE * 1080 * u / pixel, legend=0.8 * MAP_TYPE * 1080 * u / pixel)
        self.blank.setGeometry(self.rect())
        self._fit_quote()
        self._fit_figure()
        self.map.reset_view()

    def _side_width(self) -> int:
        u = self.unit()
        return int((self.width() - 2 * int(36 * u) - int(36 * u)) * 0.36)

    def _fit_figure(self) -> None:
        """The figure as large as one line of the side column allows (84 px at 1080 lines at most)."""
        u = self.unit()
        font = pixel_font(fit_pixel_size(self.figure.text(), self._side_width(), int(84 * u * 1.4), int(84 * u), int(36 * u),
                                    bold=True), bold=True)
        self.figure.setFont(font)
        self.figure.setMinimumHeight(self.figure.fontMetrics().height())
        self.bounds.setFont(pixel_font(max(26 * u, font.pixelSize() * 0.5)))   # small type, yet read from the back

    def _fit_quote(self) -> None:
        """The largest type (up to 60 px at 1080 lines) at which the quote fits its share of the screen."""
        u = self.unit()
        width = self.width() - 2 * int(36 * u) - 8
        room = self.quote_box.height() - self.attribution.heightForWidth(width) - self.quote_box.layout().spacing() - 4
        size = fit_pixel_size(self.quote.text(), width, room, int(60 * u), int(24 * u))
        self.quote.setFont(pixel_font(size))
