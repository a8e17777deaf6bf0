"""The pictures a report carries: the map, and the comparison chart of each of its flows.

Drawn offscreen on the GUI thread, before the report is written (on a worker
thread, or at once by ``claims-atlas export``), as PNG bytes in a
:class:`viewer.model.reports.report.Figure`: the report itself says the title, the
flows and every citation, so a picture is its body alone (the map or the chart
with its legend), always light, never with a selection outlined.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ..model.index.claims_index import largest_rows
from ..model.reports.report import MAX_CHARTS, Figure, ReportPictures, chart_rows, flow_heading
from ..qt.bridge import AppModel
from ..qt.picture import SCALE, _paint_body
from ..qt.plain import plain
from .chart import ComparisonChart
from .export_pictures import _export_mode, _offscreen, map_picture
from .palette import LIGHT

translate = QCoreApplication.translate   # lupdate finds translate("Context", "text") calls

MAP_SIZE = (960, 560)
"""The map's picture in a report, in logical pixels (its PNG has SCALE times as many)."""
CHART_WIDTH = 820
CHART_ROW = 36
"""Height of one bar of a flow's chart in a report (less than a picture's: a report has many)."""
CHART_BARS = 20
"""A flow's chart in a report shows at most this many claims, the largest figures (a report lists them all)."""


def report_pictures(app: AppModel, rows: np.ndarray, limit: int = MAX_CHARTS, as_of=None) -> ReportPictures:
    """The map as the window shows it, and the chart of each of the report's first ``limit`` flows
    (their denials those published by ``as_of``, when given: see model.reports.report.report_flows)."""
    pictures = ReportPictures()
    if app.dataset is None or app.claims_index is None:
        return pictures
    with map_picture(app, MAP_SIZE) as picture:
        alt = translate("Report", "Map: {what}").format(what=picture.subtitle)
        pictures.map = _figure(picture, alt)
    charts, pictures.charts_left_out = chart_rows(app.claims_index, rows, app.dataset.origin, limit, as_of)
    view = app.claims_index
    for key, flow_rows in charts:
        figures = ~(np.isnan(view.low[flow_rows]) & np.isnan(view.high[flow_rows]))
        if figures.any():   # with no figure there is nothing to compare: the claims below say it all
            pictures.charts[key] = flow_chart(app, key, flow_rows)
    return pictures


def flow_chart(app: AppModel, key: tuple[str, str, str, str], rows: np.ndarray) -> Figure:
    """The comparison chart of one flow's claims (``rows``; the CHART_BARS largest figures), its legend under it."""
    origin, destination, metric, unit = key
    rows = np.asarray(rows, dtype=np.int64)
    caption = ""
    if len(rows) > CHART_BARS:
        caption = translate("Report", "The chart shows the {shown} largest figures of the {total} claims and denials "
                                      "listed below.").format(shown=CHART_BARS, total=f"{len(rows):,}")
        rows = np.sort(largest_rows(app.claims_index.figure_key, rows, CHART_BARS))
    chart = ComparisonChart(app, LIGHT, outline_selection=False)
    chart.fixed = (destination, rows)
    chart.title.hide()
    height = CHART_ROW * len(rows) + 150
    with _offscreen(chart, CHART_WIDTH, height):
        chart.refresh()
        QApplication.processEvents()
        _export_mode(chart.plot)
        alt = translate("Report", "Chart of the claims on {flow}: each claim's figure as a bar").format(
            flow=flow_heading(origin, destination, metric, unit, app.words))
        return replace(_figure(SimpleNamespace(body=chart, spilling=(chart.plot,)), plain(alt)), caption=caption)


def _figure(picture, alt: str) -> Figure:
    """The picture's body as PNG bytes at SCALE times its size."""
    body = picture.body
    size = QSize(body.width(), body.height())
    image = QImage(size * SCALE, QImage.Format.Format_RGB32)   # opaque: a third quicker to write as PNG
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        _paint_body(picture, painter, SimpleNamespace(body=QRectF(0, 0, size.width(), size.height()), size=size))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 80)   # less zlib effort: quicker, a few per cent larger
    buffer.close()
    return Figure(bytes(data), size.width(), size.height(), alt, SCALE)
