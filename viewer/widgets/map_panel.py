"""The map panel: origin, neighbours and destinations with the flows claimed to each."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..model.mapping.countries import country_name
from ..model.mapping.label_placement import (Box, FlowLabel, label_sides, place_flow_labels, place_names, solid,
                                      stroke)
from ..model.mapping.map_layout import Arrow, MapLayout, arrow_head, build_layout, curve_points
from ..model.timeline.as_of import day_number
from ..model.timeline.as_of_map import as_of_arrows
from ..model.mapping.reveal_map import revealed_arrows
from ..qt.announce import announce, claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.plain import plain, tooltip
from ..qt.words import number
from .fitted_plot import FittedPlot
from .map_items import ArrowItem, CountriesItem, HighlightItem, OutlineItem
from .map_legend import WidthLegend
from .palette import Theme, focus_frame, theme_of
from .panel import LinkedPanel


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


class MapPanel(LinkedPanel):
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
            if moved is not False:   # (labels of the same sizes keep their places)
                self.place_labels()
            self._sync()

    def _update_in_place(self) -> bool | None:
        """The same arrows with other figures (a day later, a claim more): change the items' words, widths
        and marks where they stand rather than make them again. None when the arrows themselves differ;
        else whether a label changed size (the labels are then placed again)."""
        arrows, abroad, _scale = self.shown
        with_abroad = arrows + ([abroad] if abroad else [])
        if ([(a.origin, a.destination) for a in arrows] != [(i.arrow.origin, i.arrow.destination)
                                                             for i in self.arrow_items]
                or [(a.origin, a.destination) for a in with_abroad] != [(a.origin, a.destination)
                                                                         for a, _l, _m in self.labels]):
            return None
        x0, y0, x1, y1 = self.layout_.view
        head = max(x1 - x0, y1 - y0) * 0.012
        moved = False
        for item, arrow in zip(self.arrow_items, arrows):
            old = item.arrow
            if (arrow.width, arrow.per_day, arrow.value) != (old.width, old.per_day, old.value):
                item.arrow, item.head = arrow, head * (1 + arrow.width / 10)
                item._shape = item._build_shape()
                item.invalidate(geometry=True)
                moved |= abs(arrow.width - old.width) >= 0.5   # (the labels keep clear of the arrows)
            item.arrow = arrow
            if (old.lines, len(old.claims), len(old.denied_by)) != (arrow.lines, len(arrow.claims),
                                                                     len(arrow.denied_by)):
                item.setToolTip(tooltip(self._arrow_tooltip(arrow)))
        theme = self.theme
        bold = self._font(bold=True)
        labels = []
        for (old, label, mark), arrow in zip(self.labels, with_abroad):
            label.on_click = lambda a=arrow: self._arrow_clicked(a)
            denials = arrow.denied_by
            if old.lines != arrow.lines:
                size = label.textItem.boundingRect()
                title = self.tr("Abroad, all destinations") if arrow.destination == "" else arrow.title
                label.setText(plain("\n".join([title, *arrow.lines])))
                label.setToolTip(tooltip(self._arrow_tooltip(arrow)))
                moved |= label.textItem.boundingRect() != size
            if len(denials) != len(old.denied_by):
                if mark is not None and len(denials):   # another count: the mark's words alone
                    size = mark.textItem.boundingRect()
                    mark.setText(plain(self.tr("✕ denied by {n}").format(n=number(len(denials)))))
                    moved |= mark.textItem.boundingRect() != size
                elif mark is not None:
                    self.plot.removeItem(mark)
                    mark = None
                else:
                    mark = ClickableText(self.tr("✕ denied by {n}").format(n=number(len(denials))),
                                         color=theme.denial, fill=pg.mkBrush(QColor(theme.label_fill)),
                                         border=pg.mkPen(theme.denial))
                    mark.setFont(bold)
                    mark.setZValue(21)
                    mark.setCursor(Qt.CursorShape.PointingHandCursor)
                    self.plot.addItem(mark)
                    moved = True
                if mark is None:
                    moved = True
            if mark is not None:
                mark.on_click = lambda d=denials[0]: self.app.state.select(d)
                mark.setToolTip(tooltip(self.tr("Click to see the denial: {claims}").format(
                    claims=", ".join(denials[:30]) + (" …" if len(denials) > 30 else ""))))
            labels.append((arrow, label, mark))
        self.labels = labels
        return moved

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
        return list(self.layout_.arrows) + ([self.layout_.abroad] if self.layout_.abroad is not None else [])

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
            destination=arrow.title, lines="; ".join(arrow.lines)))

    # --- building -----------------------------------------------------------
    def _claims_changed(self, _change) -> None:
        """Claims changed: lay the flows out again, keeping the zoom and pan (nothing to do when no flow
        the map shows changed: most edits of a figure move no flow's range)."""
        if self.app.dataset is None:
            return
        drawn = flows_drawn(self.app.flows)
        if drawn == self._flows_drawn:
            return
        self._lay_out()
        self.redraw(keep_view=True)

    def rebuild(self) -> None:
        """Lay out the map for the current dataset and draw it."""
        self._lay_out()
        self.redraw(keep_view=False)

    def _lay_out(self) -> None:
        self._flows_drawn = flows_drawn(self.app.flows)
        dataset = self.app.dataset
        origin = dataset.origin or (dataset.claims["origin"].mode().iat[0] if len(dataset.claims) else "RUS")
        self.layout_ = build_layout(origin, self.app.flows, self.app.words)

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
        for code, role in layout.roles.items():
            if role in ("origin", "neighbour") and code in layout.anchors:
                label = pg.TextItem(plain(country_name(code, self.app.words)),
                                    color=theme.country_label if role == "neighbour" else theme.origin_label,
                                    anchor=(0.5, 1.6) if role == "origin" else (0.5, 0.5))
                label.setFont(bold if role == "origin" else self._font())
                label.setPos(*layout.anchors[code])
                label.code = code
                label.setZValue(5)
                self.plot.addItem(label)
                if role == "origin":
                    self.fixed_labels.append(label)
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
        self.place_labels()
        self._sync()

    def _set_title(self) -> None:
        layout = self.layout_
        title = self.tr("Flows from {country}").format(country=country_name(layout.origin, self.app.words))
        as_of = self.app.state.filters.as_of
        if as_of is not None:
            title = self.tr("{title} as of {day}", "the map's title on a day, e.g. as of 4 Oct 2022").format(
                title=title, day=self.app.words.day(as_of))
        if layout.missing:
            names = ", ".join(country_name(code, self.app.words) for code in layout.missing)
            title += " — " + self.tr("no shape for {codes}").format(codes=names)
        self.title.setText(plain(title))

    def _add_arrows(self) -> None:
        """An arrow per flow to a place, as wide as its figure (the arrows shown, in ``self.shown``)."""
        for item in self.arrow_items:
            self.plot.removeItem(item)
        self.arrow_items = []
        x0, y0, x1, y1 = self.layout_.view
        head = max(x1 - x0, y1 - y0) * 0.012
        for arrow in self.shown[0]:
            item = ArrowItem(arrow, head * (1 + arrow.width / 10), self.theme)
            item.on_click = self._arrow_clicked
            item.setToolTip(tooltip(self._arrow_tooltip(arrow)))
            self.plot.addItem(item)
            self.arrow_items.append(item)

    def _add_flow_labels(self) -> None:
        """A label per flow, beside its arrow's tip (and one for abroad as a whole)."""
        for _arrow, label, mark in self.labels:
            for item in (label, mark):
                if item is not None:
                    self.plot.removeItem(item)
        self.labels = []
        bold = self._font(bold=True)
        arrows, abroad, _scale = self.shown
        for arrow in arrows + ([abroad] if abroad else []):
            self._add_flow_label(arrow, bold)

    def _add_flow_label(self, arrow, bold: QFont) -> None:
        theme = self.theme
        denials = arrow.denied_by
        # While a presentation reveals claims, the lines leave denials out: their count is the mark's alone.
        title = self.tr("Abroad, all destinations") if arrow.destination == "" else arrow.title
        label = ClickableText("\n".join([title, *arrow.lines]), on_click=lambda a=arrow: self._arrow_clicked(a),
                              color=theme.label_text, fill=pg.mkBrush(QColor(theme.label_fill)),
                              border=self._label_border(arrow))
        label.setFont(self._font())
        if any(arrow.small):   # the bounds read from a vague wording follow it in small type
            label.setHtml(small_type([title, *arrow.lines], ["", *arrow.small]))
        label.setToolTip(tooltip(self._arrow_tooltip(arrow)))
        label.setZValue(20)
        self.plot.addItem(label)
        mark = None
        if len(denials):
            mark = ClickableText(self.tr("✕ denied by {n}").format(n=number(len(denials))), color=theme.denial,
                                 on_click=lambda d=denials[0]: self.app.state.select(d),
                                 fill=pg.mkBrush(QColor(theme.label_fill)), border=pg.mkPen(theme.denial))
            mark.setFont(bold)
            mark.setToolTip(tooltip(self.tr("Click to see the denial: {claims}").format(
                claims=", ".join(denials))))
            mark.setZValue(21)
            self.plot.addItem(mark)
        self.labels.append((arrow, label, mark))

    def place_labels(self) -> None:
        """Put the flow labels beside their arrows' tips and the neighbours' names where they cover nothing.

        Labels keep their size in pixels, so placement is done in scene pixels for the current view
        (``viewer.model.mapping.label_placement``): flow labels first, largest flow first; names move within
        their country or hide.
        """
        if self.layout_ is None or self.countries is None:
            return
        box = self.plot.getPlotItem().getViewBox()
        to_scene = _view_to_scene(box)
        area = _box_of(box.sceneBoundingRect())
        for item in self.fixed_labels:
            item.updateTransform()   # its size on screen, for the view as it is now
        taken = [_box_of(self._scene_rect(item)) for item in self.fixed_labels]
        curves = {(a.origin, a.destination): [to_scene(curve_points(a.start, end)) for end in a.ends]
                  for a in self.shown[0]}
        lines = [edge for a in self.shown[0] for curve in curves[a.origin, a.destination]
                 for edge in stroke(curve, a.width + 2)]
        lines += [line for item in self.arrow_items for end in item.arrow.ends
                  for line in solid(to_scene(arrow_head(item.arrow.start, end, item.head)))]
        order = sorted(self.labels, key=lambda t: -(t[0].value or 0))
        flows = [FlowLabel(tuple(to_scene(arrow.label_at)[0]), _flow_label_size(label, mark),
                           label_sides(None if arrow.destination == "" else (arrow.label_at[0] - arrow.start[0],
                                                                             arrow.label_at[1] - arrow.start[1])),
                           curves.get((arrow.origin, arrow.destination), []))
                 for arrow, label, mark in order]
        # Stepping "as of" (or an edit) in the same view: each label keeps its side by its tip while it fits.
        keys = [(arrow.origin, arrow.destination) for arrow, _l, _m in order]
        view_key = (tuple(_box_of(box.sceneBoundingRect()).__dict__.values()), tuple(box.viewRect().getRect()),
                    self.label_scale)
        sides = self._sides if getattr(self, "_sides_view", None) == view_key else {}
        spots = place_flow_labels(flows, area, taken, lines, [sides.get(key) for key in keys])
        if getattr(self, "_sides_view", None) != view_key:
            self._cells = {}   # (which grid cells lie in each country, for this view)
        self._sides, self._sides_view = {key: spot.side for key, spot in zip(keys, spots)}, view_key
        self.leader_of = {(arrow.origin, arrow.destination): spot.leader for (arrow, _l, _m), spot in zip(order, spots)}
        for (_arrow, label, mark), spot in zip(order, spots):
            _put(box, label, spot.box.left, spot.box.top)
            if mark:
                _put(box, mark, spot.box.left, spot.box.top + label.textItem.boundingRect().height())
        leaders = [spot.leader for spot in spots if spot.leader is not None]
        ends = _to_view(box, [end for leader in leaders for end in leader])
        self.leaders.setData(ends[:, 0], ends[:, 1], connect="pairs")
        # Neighbours' names give way to the flow labels, their leaders, the arrows and larger countries' names.
        names = self.country_labels
        shapes, anchors = self.layout_.shapes, self.layout_.anchors
        sizes = [item.textItem.boundingRect() for item in names]
        spots = place_names([tuple(to_scene(anchors[item.code])[0]) for item in names],
                            [(size.width(), size.height()) for size in sizes],
                            [[to_scene(ring) for ring in shapes[item.code]] for item in names],
                            area, taken + [spot.box for spot in spots], leaders, lines,
                            self._cells, [item.code for item in names])
        for item, spot in zip(names, spots):
            item.setVisible(spot is not None)
            if spot is not None:
                _put(box, item, spot.left, spot.top)

    def _area(self, code: str) -> float:
        """A country's size on the map (its outline's bounding box), to rank the names that may hide."""
        path = self.countries.paths.get(code)
        if path is None:
            return 0.0
        box = path.boundingRect()
        return box.width() * box.height()

    def _label_border(self, arrow, selected: tuple | None | bool = False) -> QPen:
        """A flow label's frame: thick, in the selected arrow's colour, on the selected claim's flow
        (``selected``: that flow's key, if the caller has it)."""
        key = self._selected_key() if selected is False else selected
        if key == (arrow.origin, arrow.destination):
            return pg.mkPen(self.theme.flow_selected, width=3)
        return pg.mkPen(self.theme.label_border)

    def _selected_key(self) -> tuple[str, str] | None:
        """The selected claim's flow, as the map marks it (None: none, or a map that shows no selection)."""
        claim = self.app.claim(self.app.state.claim_id) if self._show_selection else None
        return (claim["origin"], claim["destination"]) if claim else None

    def _scene_rect(self, item) -> QRectF:
        return item.mapRectToScene(item.boundingRect())

    def _arrow_tooltip(self, arrow) -> str:
        view = self.app.claims_index
        origin = self.tr("from {country}").format(country=country_name(arrow.origin, self.app.words))
        lines = [f"{arrow.title} ({origin})", *arrow.lines, ""]
        # The first 30 ids alone (as of a day, the lists are slices of a million: never joined whole);
        # their lines are kept, so stepping "as of" a day words only the claims it brings.
        first = tuple((list(arrow.claims[:30]) + list(arrow.denied_by[:30]))[:30])
        key = (id(view), self.app.words, first)
        if self._claim_lines.get("key") != key[:2]:
            self._claim_lines = {"key": key[:2]}
        if first not in self._claim_lines:
            self._claim_lines[first] = [
                f"• {view.text('figure', row)} — {view.col['claimant'][row]} ({view.text('stance', row)}, "
                f"{view.text('metric', row)}; {view.text('source', row)})" for row in view.rows_of(first)]
        lines.extend(self._claim_lines[first])
        total = len(arrow.claims) + len(arrow.denied_by)
        if total > 30:
            lines.append(self.tr("… and %n more claim(s)", "", total - 30))
        return "\n".join(lines)

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

def flows_drawn(flows) -> tuple:
    """What the map draws of the flows: their keys, ranges and how many claim and deny each."""
    if flows is None or not len(flows):
        return ()
    return tuple(zip(flows["origin"], flows["destination"], flows["metric"], flows["unit"],
                     flows["low"].astype("Float64").fillna(-1).tolist(), flows["high"].astype("Float64").fillna(-1).tolist(),
                     flows["open_low"], flows["open_high"], map(len, flows["claims"]), map(len, flows["denied_by"])))
