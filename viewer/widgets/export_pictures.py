"""The map and the comparison chart as pictures with their citations, drawn offscreen at export size.

A fresh panel is built on the shared model for each export, so the picture
shows what the window shows (the map's framing, the chart's filters) at a size
fit for a projector or a page, whatever the size of the panel on screen; it
draws no selection, which on paper would single one claim out unexplained.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsItem, QGraphicsView, QWidget

from .. import __version__
from ..model.reports.report import citation_line, sources_cited
from ..qt.bridge import AppModel
from ..qt.export_service import describe_filters, scope_description
from ..qt.left_out import picture_note
from ..qt.picture import MARGIN, Picture, chrome_height, footer_text
from ..qt.plain import plain
from .chart import ComparisonChart
from .map_panel import MapPanel
from .palette import LIGHT
from .theme import window_palette

translate = QCoreApplication.translate   # lupdate finds translate("Context", "text") calls

__all__ = ["chart_picture", "describe_filters", "map_picture", "scope_description"]

DEFAULT_SIZE = (1600, 1000)
MIN_BODY_HEIGHT = 320
ROW_HEIGHT = 56
"""Height of one bar of the chart in a picture (the chart is no taller than its bars need)."""


def footer_sources(app: AppModel, claim_ids) -> tuple[str, str]:
    """The footer's citations for these claims (shortened past 60), and all of them."""
    view = app.claims_index
    pairs = sources_cited(view, view.rows_of(claim_ids))
    if not pairs:
        return translate("Exports", "No figure is shown, so no source is cited."), ""
    shown, more = citation_line(pairs)
    full, _ = citation_line(pairs, limit=len(pairs))
    text = translate("Exports", "Sources of the figures shown: {sources}").format(sources=plain(shown))
    if more:
        text += " " + translate("Exports", "… and {n} more (a report of these claims lists them all).").format(
            n=f"{more:,}")
    return text, translate("Exports", "Sources of the figures shown: {sources}").format(sources=plain(full))


def as_of_heading(app: AppModel) -> str:
    """ "As of 4 Oct 2022" when the story is told as of a day, said above the title as large ("" otherwise)."""
    day = app.state.filters.as_of
    return "" if day is None else translate("Exports", "As of {day}").format(day=app.words.day(day))


def _credit(app: AppModel, borders: bool) -> str:
    text = translate("Exports", "Made with Claims Atlas {version} from the dataset “{title}”.").format(
        version=__version__, title=plain(app.dataset.title))
    if borders:
        text += " " + translate("Exports", "Borders: Natural Earth (public domain).")
    return text


@contextmanager
def _offscreen(widget: QWidget, width: int, height: int) -> Iterator[QWidget]:
    """Show ``widget`` offscreen at this size; its text in the light theme's ink, as on the white page."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.setPalette(window_palette(LIGHT))
    for view in widget.findChildren(QGraphicsView):
        view.setFrameShape(QFrame.Shape.NoFrame)
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()


def _export_mode(plot) -> None:
    """Tell pyqtgraph's items they are drawn for export: scatter points as shapes, not from a pixmap atlas,
    outlined with pens that scale with them."""
    for item in plot.scene().items():
        if hasattr(item, "setExportMode"):
            item.setExportMode(True, {"antialias": True})
        if isinstance(item, pg.ScatterPlotItem):
            _scaling_pens(item)


def _scaling_pens(scatter: pg.ScatterPlotItem) -> None:
    """pyqtgraph draws a point as its symbol scaled by its size, outlined with a cosmetic pen; an SVG
    writes that as a non-scaling stroke under the scale, which librsvg draws ``size`` times too wide.
    A pen of width/size that scales along draws the same outline everywhere."""
    for spot in scatter.points():
        pen, size = QPen(spot.pen()), spot.size()
        if pen.isCosmetic() and pen.style() != Qt.PenStyle.NoPen and size > 0:
            pen.setCosmetic(False)
            pen.setWidthF(max(pen.widthF(), 1.0) / size)
            spot.setPen(pen)


def _fit(widget: QWidget, texts: tuple[str, str, str], size: tuple[int, int], most: int | None = None,
         heading: str = "") -> None:
    """Size the body so that the whole picture is ``size`` (or taller, if the footer needs it);
    ``most`` caps the body's height (a chart of few bars needs little)."""
    width, height = size
    body_height = max(MIN_BODY_HEIGHT, min(height - chrome_height(texts, width, heading), most or height))
    widget.resize(width - 2 * MARGIN, body_height)
    QApplication.processEvents()


@contextmanager
def map_picture(app: AppModel, size: tuple[int, int] = DEFAULT_SIZE,
                live: MapPanel | None = None) -> Iterator[Picture]:
    """The map with every flow, as ``live`` frames it (or the default view); borders drawn as vectors.

    The picture is light whatever the window's theme: it goes on a white page. It draws no selection (nor the
    filtered destination): its legend does not explain them, and on paper there is no selection.
    """
    panel = MapPanel(app, LIGHT, show_selection=False)
    panel.title.hide()
    panel.reset_button.hide()
    with _offscreen(panel, *size):
        if panel.layout_ is None:
            panel.rebuild()
        if panel.countries is not None:   # drawn as shapes, not from the on-screen image cache
            panel.countries.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        shown, abroad, _scale = panel.shown   # (as of a day: the arrows known then)
        arrows = shown + ([abroad] if abroad is not None else [])
        ids = [c for a in arrows for c in a.claims + a.denied_by]
        sources, every = footer_sources(app, ids)
        title = plain(app.dataset.title)
        subtitle = panel.title.text() + " · " + translate(
            "Exports", "arrow width by the largest figure claimed; every flow named")
        credit = _credit(app, borders=True)
        note = picture_note(app.dataset)
        heading = as_of_heading(app)
        _fit(panel, (title, subtitle, footer_text(sources, note, credit)), size, heading=heading)
        if live is not None and live.layout_ is not None:
            rect = live.plot.getPlotItem().getViewBox().viewRect()
            panel.plot.getPlotItem().getViewBox().setRange(QRectF(rect), padding=0)
        else:
            panel.reset_view()
        QApplication.processEvents()
        panel.place_labels()
        _export_mode(panel.plot)
        yield Picture(title, subtitle, panel, sources, credit, every, spilling=(panel.plot,), note=note,
                      heading=heading)


@contextmanager
def chart_picture(app: AppModel, size: tuple[int, int] = (1400, 800)) -> Iterator[Picture]:
    """The comparison chart as the window shows it: the selected destination, under the filters (always light).
    No claim is outlined: on paper there is no selection, and an outline would single one claim out."""
    chart = ComparisonChart(app, LIGHT, outline_selection=False)
    chart.title.hide()
    with _offscreen(chart, *size):
        chart.refresh()
        ids = [bar["claim_id"] for bar in chart.bars.bars]
        sources, every = footer_sources(app, ids)
        title = plain(app.dataset.title)
        subtitle = chart.title.text()
        filters = describe_filters(app.state.filters, app.words)
        if filters:
            subtitle += " · " + translate("Exports", "filters: {filters}").format(filters=filters)
        credit = _credit(app, borders=False)
        note = picture_note(app.dataset)
        heading = as_of_heading(app)
        _fit(chart, (title, subtitle, footer_text(sources, note, credit)), size, most=ROW_HEIGHT * len(ids) + 160,
             heading=heading)
        _export_mode(chart.plot)
        yield Picture(title, subtitle, chart, sources, credit, every, spilling=(chart.plot,), note=note,
                      heading=heading)
