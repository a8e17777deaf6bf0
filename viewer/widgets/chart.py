"""The comparison chart: every claim on one destination as a range bar."""

from __future__ import annotations

import html
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout

from ..model.index.claims_index import largest_rows
from ..model.index.relevance import may_touch
from ..model.mapping.countries import destination_name
from ..model.flows.figures import figure_words
from ..model.state import Filters
from ..qt.announce import announce, claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.plain import plain
from ..qt.words import number
from .fitted_plot import FittedPlot
from .palette import Theme, focus_frame, theme_of
from .panel import LinkedPanel
from .range_bars import RangeBarsItem
from .chart_text import bar_label, legend_html


class ComparisonChart(LinkedPanel):
    """For the selected destination, every claim's figure side by side.

    It draws in the shared model's theme, or in ``theme`` if one is given (an
    exported picture is always light). With ``outline_selection`` false the
    selected claim looks like every other (an exported picture, read where no
    claim is selected).
    """

    def __init__(self, app: AppModel, theme: Theme | None = None, outline_selection: bool = True):
        super().__init__(app)
        self._own_theme = theme
        self._outline_selection = outline_selection
        self.destination: str | None = None
        self.fixed: tuple[str, np.ndarray] | None = None
        """A destination and the rows to show, whatever the selection and filters (a report's chart of a flow)."""
        self._x_max = 1.0
        self._home_x: tuple[float, float] | None = None   # the x range the chart chose, until the reader zooms
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)   # never widens the dock
        self.title.setStyleSheet("font-weight: 600;")
        self.legend = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.plot = FittedPlot(background=self.theme.base)
        self.plot.installEventFilter(self)
        self.plot.viewport().installEventFilter(self)   # a label's tooltip: the whole of what it shortened
        self._reframe = QTimer(self, singleShot=True, interval=0)
        self._reframe.timeout.connect(self._frame_rows)
        self.plot.getPlotItem().getViewBox().sigXRangeChanged.connect(self._space_ticks)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._space_ticks)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._frame_figures)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.getPlotItem().setMouseEnabled(x=True, y=False)
        # pyqtgraph sets the axis title 5 px below the axis's own box: leave room so it is not cut off.
        self.plot.getPlotItem().layout.setContentsMargins(1, 1, 1, 8)
        axis = self.plot.getAxis("bottom")
        axis.tickStrings = lambda values, scale, spacing: [number(round(v)) for v in values]
        # No figure yet (no dataset, or one still loading): no scale (pyqtgraph's 0 to 1 reads 0, 0, 0, 1, 1).
        axis.setStyle(showValues=False)
        self.bars = RangeBarsItem()
        self.bars.on_click = app.state.select
        self.bars.describe = self.bar_tooltip
        self.points = pg.ScatterPlotItem(pxMode=True, hoverable=True)
        self.points.sigClicked.connect(self._point_clicked)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.empty = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        layout.addWidget(self.empty)
        self.empty.hide()
        layout.addWidget(self.legend)
        self._colour()
        self.retranslate()

    @property
    def theme(self) -> Theme:
        return self._own_theme or theme_of(self.app)

    def set_least_bars(self, bars: int) -> None:
        """Never be so short that fewer than ``bars`` bars fit, one line of text each, above the axis."""
        line = QFontMetrics(self.plot.getAxis("left").font()).height()
        self.plot.setMinimumHeight(int((bars * 1.15 + 3.2) * line))   # the axis: its figures and its title

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.plot.setAccessibleName(self.tr("Comparison chart"))
        self.title.setAccessibleName(self.tr("Comparison chart title"))
        self.legend.setAccessibleName(self.tr("Chart legend"))
        self.plot.setToolTip(self.tr("Up and Down move between the claims; click a bar or point to select it"))
        self.plot.getAxis("bottom").setLabel(self.tr("people"))
        self.legend.setText(legend_html(self.theme))
        self.refresh()

    def focus_target(self):
        """What F6 gives the focus to."""
        return self.plot

    def eventFilter(self, watched, event) -> bool:
        """Up and Down on the focused chart select the claim above or below the selected one."""
        if watched is self.plot and event.type() == QEvent.Type.Resize:
            self._reframe.start()    # once the view has taken its new size
        if watched is self.plot.viewport() and event.type() == QEvent.Type.ToolTip:
            tip = self._label_tooltip(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.plot.viewport())
                return True
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(event.key())
            if step is not None:
                self.step(step)
                return True
        return super().eventFilter(watched, event)

    def _label_tooltip(self, pos) -> str:
        """Over a bar's label on the left axis: that claim's tooltip (the label may be shortened), else ""."""
        axis = self.plot.getAxis("left")
        scene = self.plot.mapToScene(pos)
        if not axis.sceneBoundingRect().contains(scene):
            return ""
        y = round(self.plot.getPlotItem().getViewBox().mapSceneToView(scene).y())
        bar = next((bar for bar in getattr(self, "_bar_data", []) if bar["y"] == y), None)
        return self.bar_tooltip(bar["claim_id"]) if bar is not None else ""

    def step(self, step: int) -> None:
        """Select the claim ``step`` bars up (positive) or down from the selected one."""
        bars = getattr(self, "_bar_data", [])
        if not bars:
            return
        ids = [bar["claim_id"] for bar in bars]
        here = ids.index(self.app.state.claim_id) if self.app.state.claim_id in ids else (-1 if step > 0 else len(ids))
        target = ids[min(max(here + step, 0), len(ids) - 1)]
        self.app.state.select(target)
        announce(self.plot, claim_summary(self.app, target))

    def _colour(self) -> None:
        """The plot in the theme's colours."""
        theme = self.theme
        self.plot.setBackground(theme.base)
        self.plot.setStyleSheet(focus_frame(theme))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(theme.muted)
            axis.setTextPen(theme.text)
        self.bars.theme = theme

    def _theme_changed(self) -> None:
        if self._own_theme is None:
            self._colour()
            self.legend.setText(legend_html(self.theme))
            self.refresh()

    def _point_clicked(self, _item, points, _event) -> None:
        if len(points):
            self.app.state.select(points[0].data())

    def _target(self) -> str:
        """The destination shown: the fixed one, else the filter's, else the selected claim's, else abroad."""
        if self.fixed is not None:
            return self.fixed[0]
        if self.app.state.filters.destination is not None:
            return self.app.state.filters.destination
        claim = self.app.claim(self.app.state.claim_id)
        return claim["destination"] if claim else ""

    def _outlined(self) -> str | None:
        """The claim drawn outlined: the selected one, unless this chart outlines none."""
        return self.app.state.claim_id if self._outline_selection else None

    def _claim_selected(self, claim_id) -> None:
        if self._target() != self.destination:
            self.refresh()
        else:
            self.bars.set_selected(self._outlined())
            self._update_points()
            self._frame_rows()
        describe(self.plot, claim_summary(self.app, claim_id))

    def refresh(self) -> None:
        view = self.app.claims_index
        if view is None:
            return
        self.destination = self._target()
        if self.fixed is not None:
            rows = self.fixed[1]
        else:
            rows = np.flatnonzero(view.mask(replace(self.app.state.filters, destination=self.destination)))
        rows = largest_rows(view.figure_key, rows, 60)
        words = self.app.words
        if self.destination:
            title = self.tr("Claims about {destination} ({n} shown)").format(
                destination=destination_name(self.destination, words), n=number(len(rows)))
        else:   # "Abroad" is a name on the map and in the table; mid-sentence it reads as words
            title = self.tr("Claims about abroad as a whole ({n} shown)").format(n=number(len(rows)))
        self._title = plain(title)
        bars, labels = [], []
        x_max = 1.0
        # Only the cells drawn are read, column by column (a whole record per bar costs more than the rest).
        cell = {name: view.col[name][rows] if len(rows) else [] for name in
                ("claim_id", "stance", "claimant_type", "claimant", "metric", "unit")}
        for y, row in enumerate(rows.tolist()):
            lo = None if np.isnan(view.low[row]) else float(view.low[row])
            hi = None if np.isnan(view.high[row]) else float(view.high[row])
            x_max = max(x_max, lo or 0, hi or 0)
            denies = cell["stance"][y] == "denies"
            bars.append({"y": y, "claim_id": cell["claim_id"][y], "lo": lo, "hi": hi, "denies": denies,
                         "colour": self.theme.claimant(cell["claimant_type"][y])})
            what = words.metric(cell["metric"][y])
            if cell["unit"][y] == "people_per_day":
                what = self.tr("{metric} a day").format(metric=what)
            if denies:
                what = self.tr("✕ denies {metric}").format(metric=what)
            if lo is None and hi is None:
                what = self.tr("{metric}, no figure").format(metric=what)
            labels.append((y, plain(cell["claimant"][y]), plain(f" · {what} · {view.text('outlet', row)}")))
        same_rows = labels == getattr(self, "_labels", None) and self._title == getattr(self, "_framed_title", None)
        self._labels = labels
        for bar in bars:
            bar["lo_draw"] = 0.0 if bar["lo"] is None else bar["lo"]
            bar["hi_draw"] = x_max * 1.02 if bar["hi"] is None else bar["hi"]
        self.bars.set_bars(bars, x_max, self._outlined())
        self._bar_data = bars
        # with no figure among the claims there is no scale to show (it would read 0, 0, 0, 1, 1)
        self.plot.getAxis("bottom").setStyle(showValues=any(b["lo"] is not None or b["hi"] is not None for b in bars))
        if getattr(self, "_grid", True) != bool(len(rows)):   # no grid behind nothing: it reads as bars
            self._grid = bool(len(rows))
            self.plot.showGrid(x=self._grid, y=False, alpha=0.25)
        self.empty.setText("" if len(rows) else self._why_empty())
        self.empty.setVisible(not len(rows))
        self._x_max = x_max
        self._home_x = None
        if same_rows and getattr(self, "_framed_size", None) == self.plot.size():
            self._frame_figures()   # the same rows and labels (a figure edited): only the x range may move
        else:
            self._frame_rows()
        self._update_points()
        describe(self.plot, claim_summary(self.app, self.app.state.claim_id))

    def bar_tooltip(self, claim_id: str) -> str:
        """A bar's tooltip (rich text, every piece of data escaped): the claimant, what they claim and where. A
        vague wording leads its figure, the bounds read from it follow in small type."""
        view = self.app.claims_index
        row = view.row_of(claim_id) if view is not None else None
        if row is None:
            return ""
        words = self.app.words
        lead, bounds = figure_words(view, row, words)
        if np.isnan(view.low[row]) and np.isnan(view.high[row]):
            lead = self.tr("no figure")
        what = self.tr("{stance}, {metric}:").format(stance=view.text("stance", row), metric=view.text("metric", row))
        figure = html.escape(plain(lead)) + (f" <small>({html.escape(plain(bounds))})</small>" if bounds else "")
        return ("<qt>" + "<br>".join([f"<b>{html.escape(plain(view.col['claimant'][row]))}</b>",
                                       f"{html.escape(plain(what))} {figure}",
                                       html.escape(plain(view.text("source", row)))]) + "</qt>")

    def _why_empty(self) -> str:
        """Why no claim is shown: none at all, none about the destination, or the filters hide them."""
        view = self.app.claims_index
        if view.n == 0:
            dataset = self.app.dataset
            if dataset is not None and dataset.problems:
                return self.tr("No claim could be loaded: each has a problem (see Problems).")
            return self.tr("The dataset holds no claims.")
        name = destination_name(self.destination, self.app.words)
        about = int(np.count_nonzero(view.mask(Filters(destination=self.destination))))
        filters = self.app.state.filters
        if about and filters.as_of is not None:
            later = int(np.count_nonzero(view.mask(replace(filters, as_of=None, destination=self.destination))))
            if later:   # the other filters would show them: it is the day that hides them
                return self.tr("No claim about {destination} had been published by {day}; %n claim(s) came later.",
                               "", later).format(day=self.app.words.day(filters.as_of), destination=name)
        if about:
            return self.tr("The current filters hide the %n claim(s) about {destination}.", "", about).format(
                destination=name)
        if self.app.state.filters.destination is None and self.app.state.claim_id is None:
            return self.tr("No claim is about abroad as a whole; select a claim to see the claims about its "
                           "destination.")
        return self.tr("No claim is about {destination}.").format(destination=name)

    def _frame_rows(self) -> None:
        """Show as many bars as fit one line of text each, around the selected claim, with labels
        the claimant's name shortened to leave the bars at least half the width: a short dock must not pile labels up."""
        labels = getattr(self, "_labels", [])
        self._framed_title, self._framed_size = getattr(self, "_title", ""), self.plot.size()
        n = max(len(labels), 1)
        metrics = QFontMetrics(self.plot.getAxis("left").font())
        axis_height = self.plot.getAxis("bottom").height()
        fit = max(1, int((self.plot.viewport().height() - axis_height) / (metrics.height() * 1.15)))
        shown = min(n, fit)
        ids = [bar["claim_id"] for bar in getattr(self, "_bar_data", [])]
        here = ids.index(self.app.state.claim_id) if self.app.state.claim_id in ids else n - 1
        first = min(max(here - shown // 2, 0), n - shown)
        self.plot.setYRange(first - 0.5, first + shown - 0.5, padding=0)   # half a row each side: no neighbour peeks in
        self._space_ticks()
        title = getattr(self, "_title", "")
        if shown < n:   # say that bars are out of sight, and how to reach them
            title += self.tr(" · {first}–{last} of {n} in view (↑↓)").format(
                first=number(n - first - shown + 1), last=number(n - first), n=number(n))
        self.title.setText(title)
        room = max(80, int(self.plot.width() * 0.45))
        ticks = [(y, bar_label(metrics, who, rest, room)) for y, who, rest in labels]
        axis = self.plot.getAxis("left")
        # The axis gets the width of its longest label now: left to itself it widens only after a paint,
        # and drops the labels that did not fit in that paint (an export paints once).
        axis.setWidth(max((metrics.horizontalAdvance(text) for _y, text in ticks), default=0) + 16)
        axis.setTicks([ticks])
        self._frame_figures()

    def _frame_figures(self) -> None:
        """From 0 to the largest figure claimed, with room beside them for their labels on the axis (the
        largest figure's label is half as wide as itself past its end), unless the reader has zoomed."""
        (x0, x1), _y = self.plot.viewRange()
        if self._home_x is not None and not np.allclose((x0, x1), self._home_x, rtol=1e-9, atol=0):
            return   # zoomed or panned by hand: a resize keeps it
        pixels = self.plot.getPlotItem().getViewBox().width()
        x_max = self._x_max
        metrics = QFontMetrics(self.plot.getAxis("bottom").font())
        left, right = 0.027, 0.072   # of the width: a little room before 0, room after the arrows of "at least"
        if pixels > 0:
            left = max(left, (metrics.horizontalAdvance(number(0)) / 2 + 3) / pixels)
            right = max(right, (metrics.horizontalAdvance(number(round(x_max))) / 2 + 3) / pixels)
        if left + right > 0.8:   # too narrow for room: the axis leaves out the labels that do not fit
            left, right = 0.027, 0.072
        span = x_max / (1 - left - right)
        self._home_x = (-left * span, x_max + right * span)
        self.plot.setXRange(*self._home_x, padding=0)

    def _space_ticks(self, *_args) -> None:
        """Figures on the axis far enough apart to read: pyqtgraph spaces them by a fixed pixel count,
        which runs long numbers together ("200 000400 000") in a narrow dock."""
        axis = self.plot.getAxis("bottom")
        (x0, x1), _y = self.plot.viewRange()
        pixels = self.plot.getPlotItem().getViewBox().width()
        if x1 <= x0 or pixels <= 0:
            return
        label = QFontMetrics(axis.font()).horizontalAdvance(number(max(abs(x0), abs(x1)))) + 24
        raw = (x1 - x0) / max(1.0, pixels / label)
        step = next(m * 10 ** e for e in range(int(np.floor(np.log10(raw))), 40) for m in (1, 2, 5)
                    if m * 10 ** e >= raw)
        axis.setTickSpacing(step, step / 2)

    def _update_points(self) -> None:
        spots = []
        theme = self.theme
        ink = theme.text
        for bar in getattr(self, "_bar_data", []):
            lo, hi = bar["lo"], bar["hi"]
            selected = bar["claim_id"] == self._outlined()
            colour = theme.denial if bar["denies"] else bar["colour"]
            if lo is not None and hi is not None and lo == hi:
                spots.append({"pos": (lo, bar["y"]), "data": bar["claim_id"], "size": 15 if selected else 11,
                              "symbol": "x" if bar["denies"] else "o", "brush": pg.mkBrush(colour),
                              "pen": pg.mkPen(ink if selected else colour, width=2.5 if selected else 1)})
            elif lo is None and hi is None:
                spots.append({"pos": (0, bar["y"]), "data": bar["claim_id"], "size": 12 if selected else 9,
                              "symbol": "x" if bar["denies"] else "d", "brush": pg.mkBrush(theme.base),
                              "pen": pg.mkPen(ink if selected else colour, width=2)})
        self.points.setData(spots)

    # --- LinkedPanel hooks ------------------------------------------------------------
    def _claims_changed(self, change) -> None:
        """Drawn again only when the change may touch the destination shown (an edit elsewhere leaves it)."""
        view = self.app.claims_index
        if (self.fixed is None and view is not None and self.destination == self._target()
                and not may_touch(view, change, destination=self.destination, claim_id=self._outlined())):
            return
        self.refresh()

    dataset_opened = refresh
    claims_changed = _claims_changed
    filters_changed = refresh
    words_changed = refresh
    selection_changed = _claim_selected
    theme_changed = _theme_changed
