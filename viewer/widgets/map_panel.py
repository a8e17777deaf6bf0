"""The map panel: origin, neighbours and destinations with the flows claimed to each."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..model.mapping.countries import country_name
from ..model.mapping.map_layout import Arrow, MapLayout, build_layout, same_places, with_flows
from ..model.timeline.as_of import day_number
from ..model.timeline.as_of_map import as_of_arrows
from ..model.mapping.reveal_map import revealed_arrows
from ..qt.announce import announce, claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.plain import plain
from .fitted_plot import FittedPlot
from .map_items import ArrowItem, CountriesItem, HighlightItem, OutlineItem
from .map_legend import WidthLegend
from .palette import Theme, focus_frame, theme_of
from .panel import LinkedPanel
from .map_labelling import MapLabelling, claimed, flows_drawn


class MapPanel(MapLabelling, LinkedPanel):
    """Real borders, offline; arrows per destination; click, hover, zoom, pan, reset.

    It draws in the shared model's theme, or in ``theme`` if one is given (the
    presentation's map keeps its own). With ``show_selection`` false it draws no
    selection and no filtered destination (an exported picture, whose legend
    explains neither).
    """

    def __init__(self, app: AppModel, theme: Theme | None = None, show_selection: bool = True):
        super().__init__(app)
        self._own_theme = theme
        self._show_selection = show_selection
        self.label_scale = 1.0
        self.revealed: pd.DataFrame | None = None
        self._drawn_as_of = None
        self._claim_lines: dict = {}
        """The flows as far as a presentation has revealed them (None: the dataset's, all of them)."""
        self.layout_: MapLayout | None = None
        self._flows_drawn: tuple = ()
        self.shown: tuple[list[Arrow], Arrow | None, float] = ([], None, 0.0)
        """The arrows drawn, abroad's, and their scale: the layout's, or as far as revealed."""
        self.labels: list = []
        self.leader_of: dict[tuple[str, str], tuple | None] = {}
        """Each flow label's leader line in scene pixels (from its edge to its arrow), or None, by flow."""
        self.fixed_labels: list = []
        self.country_labels: list = []
        self.destination_names: dict = {}
        self.arrow_items: list[ArrowItem] = []
        self.countries: CountriesItem | None = None
        self.plot = FittedPlot(background=self.theme.sea)   # (the scene is what the framed viewport shows)
        self.plot.setStyleSheet(focus_frame(self.theme))
        self.plot.installEventFilter(self)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setAspectLocked(True)
        item.getViewBox().sigResized.connect(lambda *_a: self.place_labels())
        # A new range takes effect when the view next updates its transform: place the labels again then,
        # or names would be judged against where the labels were.
        self._replace = QTimer(self, singleShot=True, interval=0)
        self._replace.timeout.connect(self.place_labels)
        item.getViewBox().sigTransformChanged.connect(lambda *_a: self._replace.start())
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600;")
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_view)
        self.legend = WidthLegend(self.theme)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        self.retranslate()
        if app.dataset is not None:   # made after the dataset was opened (the presentation's map)
            self.rebuild()

    @property
    def theme(self) -> Theme:
        return self._own_theme or theme_of(self.app)

    def set_theme(self, theme: Theme | None) -> None:
        """Draw in ``theme`` from now on (None: follow the shared model's)."""
        self._own_theme = theme
        self._theme_changed()

    def _theme_changed(self) -> None:
        self.legend.set_theme(self.theme)
        self.plot.setStyleSheet(focus_frame(self.theme))
        self.redraw()

    def set_label_scale(self, scale: float, legend: float | None = None) -> None:
        """Make the map's labels ``scale`` times the normal size (a projector wants them large), and its legend
        ``legend`` times (by default as the labels)."""
        legend = scale if legend is None else legend
        if abs(scale - self.label_scale) > 0.01 or abs(legend - getattr(self, "_legend_scale", 1.0)) > 0.01:
            self.label_scale = scale
            self._legend_scale = legend
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * legend)
            self.legend.setFont(font)
            self.legend.set_theme(self.theme)
            self.redraw()

    def show_revealed(self, flows: pd.DataFrame | None) -> None:
        """Word, size and mark the flows from ``flows`` alone (None: from every claim).

        A presentation that reveals claims one at a time passes the flows as far as it has shown them
        (``RevealedFlows.at``): the map then gives no figure or denial away before its turn.
        """
        self.revealed = flows
        self._refresh_shown()

    def _as_of_changed(self) -> None:
        """Filters changed: when the day of "as of" did, show the flows known on it."""
        if self.app.state.filters.as_of != self._drawn_as_of:
            self._refresh_shown()
            self._set_title()
        self._sync()

    def _refresh_shown(self) -> None:
        if self.layout_ is None or self.countries is None:
            return
        before = self._drawn()
        self.shown = self._shown_arrows()
        if self._drawn() != before:
            moved = self._update_in_place()
            if moved is None:
                self._add_arrows()
                self._add_flow_labels()
            self.legend.set_scale(self.shown[2])
            came_or_went = self._show_claimed()
            if moved is not False or came_or_went:   # (labels of the same sizes keep their places)
                self.place_labels()
            self._sync()

    def _shown_arrows(self) -> tuple[list[Arrow], Arrow | None, float]:
        layout = self.layout_
        as_of = self.app.state.filters.as_of
        self._drawn_as_of = as_of
        if self.revealed is not None:
            return revealed_arrows(layout, self.revealed, self.app.words)
        if as_of is not None and self.app.claims_index is not None:
            return as_of_arrows(layout, self.app.claims_index.flows_by_day().at(day_number(as_of)), self.app.words)
        return layout.arrows, layout.abroad, layout.scale_max

    def _drawn(self) -> list:
        """What the arrows and labels show, to redraw only on a change."""
        arrows, abroad, _scale = self.shown
        return [(a.lines, a.width, a.value, a.per_day, a.denied_by) for a in arrows + ([abroad] if abroad else [])]

    def _font(self, bold: bool = False, size: float = 1.0) -> QFont:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * self.label_scale * size)
        font.setBold(bold)
        return font

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.plot.setAccessibleName(self.tr("Map of flows"))
        self.plot.setToolTip(self.tr("Arrow keys move from flow to flow; + and − zoom, Ctrl+0 shows all flows"))
        self.title.setAccessibleName(self.tr("Map title"))
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Show all flows again (Ctrl+0)"))
        self.legend.setAccessibleName(self.tr("Map legend"))
        self.legend.setAccessibleDescription(self.legend.description())

    def focus_target(self):
        """What F6 gives the focus to."""
        return self.plot

    def _reword(self) -> None:
        """Label the map again in the new language, keeping the zoom."""
        if self.layout_ is not None:
            self._lay_out()
            self.redraw(keep_view=True)

    # --- keyboard -------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """On the focused map: arrows walk the flows, + and - zoom, Home shows all."""
        if watched is self.plot and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
                self.step_flow(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
                self.zoom(0.8 if key != Qt.Key.Key_Minus else 1.25)
                return True
            if key == Qt.Key.Key_Home:
                self.reset_view()
                return True
        return super().eventFilter(watched, event)

    def flows_in_order(self) -> list:
        """The map's flows as the keyboard walks them: the arrows, then abroad as a whole."""
        if self.layout_ is None:
            return []
        arrows, abroad, _scale = self.shown
        return [a for a in list(arrows) + ([abroad] if abroad is not None else []) if claimed(a)]

    def step_flow(self, step: int) -> None:
        """Select the next (1) or previous (-1) flow's largest claim, as a click on its arrow does."""
        flows = self.flows_in_order()
        if not flows:
            return
        claim = self.app.claim(self.app.state.claim_id)
        key = (claim["origin"], claim["destination"]) if claim else None
        here = next((i for i, a in enumerate(flows) if (a.origin, a.destination) == key), -1 if step > 0 else 0)
        arrow = flows[(here + step) % len(flows)]
        self._arrow_clicked(arrow)
        announce(self.plot, self._flow_summary(arrow))

    def zoom(self, factor: float) -> None:
        """Zoom about the centre of the view (factor < 1 zooms in)."""
        self.plot.getPlotItem().getViewBox().scaleBy((factor, factor))
        self.place_labels()

    def _flow_summary(self, arrow) -> str:
        return plain(self.tr("Flow to {destination}: {lines}").format(
            destination=arrow.title, lines="; ".join(line.lstrip("✕ ") for line in self._said(arrow))))

    def _more_claims(self, n: int) -> str:
        return self.tr("… and %n more claim(s)", "", n)

    # --- building -----------------------------------------------------------
    def _claims_changed(self, change) -> None:
        """Claims changed: nothing to lay out when no flow the map shows changed (most edits of a figure move
        no flow's range); when the flows name the same places, the arrows and labels change where they stand;
        else the map is laid out again, keeping the zoom and pan. Tooltips naming a changed claim are worded
        again either way."""
        if self.app.dataset is None:
            return
        stale = self._forget_lines(change.ids | change.added | change.removed)
        drawn = flows_drawn(self.app.flows)
        if drawn != self._flows_drawn:
            if (self.layout_ is not None and self.countries is not None
                    and same_places(self.layout_, self._origin(), self.app.flows)):
                self._flows_drawn = drawn
                self.layout_ = with_flows(self.layout_, self.app.flows, self.app.words)
                self._refresh_shown()
            else:
                self._lay_out()
                self.redraw(keep_view=True)
                return
        self._retip(stale)

    def rebuild(self) -> None:
        """Lay out the map for the current dataset and draw it."""
        self._lay_out()
        self.redraw(keep_view=False)

    def _lay_out(self) -> None:
        self._flows_drawn = flows_drawn(self.app.flows)
        self.layout_ = build_layout(self._origin(), self.app.flows, self.app.words)

    def _origin(self) -> str:
        dataset = self.app.dataset
        return dataset.origin or (dataset.claims["origin"].mode().iat[0] if len(dataset.claims) else "RUS")

    def redraw(self, keep_view: bool = True) -> None:
        """Draw the laid-out map afresh (new theme, label size or marks), keeping the view unless told."""
        layout = self.layout_
        if layout is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        kept = box.viewRect() if keep_view and self.countries is not None else None
        theme = self.theme
        self.plot.clear()
        self._sides_view = None   # (a new layout: the countries' cells and the labels' sides are made again)
        self.plot.setBackground(theme.sea)
        self.arrow_items = []
        self.labels = []
        self.fixed_labels = []
        self.country_labels = []
        self.countries = CountriesItem(layout.shapes, layout.roles, theme)
        # Borders are costly to draw and rarely change: repaint them from a cached image.
        self.countries.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.highlight = HighlightItem(self.countries.paths, theme)
        self.plot.addItem(self.highlight)
        self.countries.on_click = self._country_clicked
        self.plot.addItem(self.countries)
        self.origin_mark = OutlineItem(self.countries.paths, theme)
        self.plot.addItem(self.origin_mark)
        self.shown = self._shown_arrows()
        bold = self._font(bold=True)
        self.destination_names = {}   # a destination's name, shown while no claim has named it (as of a day)
        for code, role in layout.roles.items():
            if role in ("origin", "neighbour", "destination") and code in layout.anchors:
                label = pg.TextItem(plain(country_name(code, self.app.words)),
                                    color=theme.origin_label if role == "origin" else theme.country_label,
                                    anchor=(0.5, 1.6) if role == "origin" else (0.5, 0.5))
                label.setFont(bold if role == "origin" else self._font())
                label.setPos(*layout.anchors[code])
                label.code = code
                label.setZValue(5)
                self.plot.addItem(label)
                if role == "origin":
                    self.fixed_labels.append(label)
                elif role == "destination":
                    label.setVisible(False)
                    self.destination_names[code] = label
                else:
                    self.country_labels.append((self._area(code), label))
        self.country_labels = [label for _area, label in sorted(self.country_labels, key=lambda t: -t[0])]
        self.leaders = pg.PlotCurveItem(pen=pg.mkPen(theme.label_text, width=1))
        self.leaders.setZValue(15)   # over the arrows, under the labels
        self.plot.addItem(self.leaders, ignoreBounds=True)
        self._add_arrows()
        self._add_flow_labels()
        self._set_title()
        self.legend.set_scale(self.shown[2])
        if kept is None:
            self.reset_view()
        else:
            box.setRange(kept, padding=0)
        self._show_claimed()
        self.place_labels()
        self._sync()

    def _set_title(self) -> None:
        layout = self.layout_
        title = self.tr("Flows from {country}").format(country=country_name(layout.origin, self.app.words))
        as_of = self.app.state.filters.as_of
        if as_of is not None:
            title = self.tr("{title} as of {day}", "the map's title on a day, e.g. as of 4 Oct 2022").format(
                title=title, day=self.app.words.day(as_of))
            if not self.flows_in_order():   # (an empty map says why)
                title += " — " + self.tr("no claim had been published yet")
        if layout.missing:
            names = ", ".join(country_name(code, self.app.words) for code in layout.missing)
            title += " — " + self.tr("no shape for {codes}").format(codes=names)
        self.title.setText(plain(title))

    # --- interaction ---------------------------------------------------------
    def reset_view(self) -> None:
        if self.layout_ is not None:
            x0, y0, x1, y1 = self.layout_.view
            self.plot.getPlotItem().getViewBox().setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0)
            self.place_labels()

    def _arrow_clicked(self, arrow) -> None:
        """Select the flow's largest asserted figure (or its denial if it has no claim)."""
        view = self.app.claims_index
        rows = view.rows_of(arrow.claims or arrow.denied_by)
        if len(rows):
            best = rows[int(np.argmax(view.figure_key[rows]))]
            self.app.state.select(view.col["claim_id"][int(best)])

    def _country_clicked(self, code: str | None) -> None:
        """A destination filters the table and chart; anywhere else clears that filter."""
        dests = set(self.app.claims_index.claims["destination"]) if self.app.claims_index is not None else set()
        state = self.app.state
        if code is None or code == (self.layout_.origin if self.layout_ else None):
            state.update_filters(destination="" if code and "" in dests else None)
            return
        candidates = sorted(d for d in dests if code in d.split(";"))
        state.update_filters(destination=code if code in dests else (candidates[0] if candidates else None))

    def _sync(self, *_args) -> None:
        """Reflect the state: the selected claim's arrow and the filtered destination."""
        if self.layout_ is None or self.countries is None:
            return
        key = self._selected_key()
        for item in self.arrow_items:
            item.set_state(key == (item.arrow.origin, item.arrow.destination))
        dest = self.app.state.filters.destination if self._show_selection else None
        self.highlight.set_codes(set(dest.split(";")) if dest else set())
        selected = next((item.arrow for item in self.arrow_items if item.selected), None)
        abroad = self.shown[1]
        if selected is None and abroad is not None and key == (abroad.origin, ""):
            selected = abroad
        # Abroad as a whole has no arrow: its label's frame and the origin's outline mark it instead.
        self.origin_mark.set_codes({abroad.origin} if selected is abroad and abroad is not None else set())
        for arrow, label, _mark in self.labels:
            border = self._label_border(arrow, key)
            if border.color() != label.border.color() or border.widthF() != label.border.widthF():
                label.border = border
                label.update()
        describe(self.plot, self.title.text() + ". " + (self._flow_summary(selected) + ". " if selected else "")
                 + claim_summary(self.app, self.app.state.claim_id))

    # --- LinkedPanel hooks ------------------------------------------------------------
    dataset_opened = rebuild
    selection_changed = _sync
    filters_changed = _as_of_changed
    theme_changed = _theme_changed
    words_changed = _reword
    claims_changed = _claims_changed
