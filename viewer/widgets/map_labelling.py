"""The map's flows as items: arrows and their labels made, changed in place when only their figures
change (a day later in "as of", a claim more), and the labels placed beside their arrows without
overlapping (a part of MapPanel; its texts keep the "MapPanel" translation context)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from ..model.mapping.countries import country_name
from ..model.mapping.label_placement import FlowLabel, coverage, label_sides, place_flow_labels, place_names, solid, stroke
from ..model.mapping.map_layout import arrow_head, curve_points
from ..qt.plain import plain, tooltip
from ..qt.words import number
from .map_items import ArrowItem
from .map_scene import ClickableText, _box_of, _flow_label_size, _put, _to_view, _view_to_scene, small_type


class MapLabelling:
    """MapPanel's arrows and labels (uses its plot, layout, theme, fonts, shown arrows and state)."""

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
        tips: dict[int, str | None] = {}   # an arrow's tooltip, worded once for its arrow and its label

        def tip(old, arrow) -> str | None:
            """The arrow's new tooltip, or None when it says what the old one did."""
            if id(arrow) not in tips:
                same = (old.lines, len(old.claims), len(old.denied_by), self._first(old)) == (
                    arrow.lines, len(arrow.claims), len(arrow.denied_by), self._first(arrow))
                tips[id(arrow)] = None if same else tooltip(self._arrow_tooltip(arrow))
            return tips[id(arrow)]

        for item, arrow in zip(self.arrow_items, arrows):
            old = item.arrow
            if (arrow.width, arrow.per_day, arrow.value) != (old.width, old.per_day, old.value):
                item.arrow, item.head = arrow, head * (1 + arrow.width / 10)
                item._shape = item._build_shape()
                item.invalidate(geometry=True)
                moved |= abs(arrow.width - old.width) >= 0.5   # (the labels keep clear of the arrows)
            item.arrow = arrow
            if (text := tip(old, arrow)) is not None:
                item.setToolTip(text)
        theme = self.theme
        bold = self._font(bold=True)
        labels = []
        for (old, label, mark), arrow in zip(self.labels, with_abroad):
            label.on_click = lambda a=arrow: self._arrow_clicked(a)
            denials = arrow.denied_by
            if (old.lines, old.small) != (arrow.lines, arrow.small):
                size = label.textItem.boundingRect()
                self._set_label_text(label, arrow)
                moved |= label.textItem.boundingRect() != size
            if (text := tip(old, arrow)) is not None:
                label.setToolTip(text)
            if len(denials) != len(old.denied_by):
                if mark is not None and len(denials):   # another count: the mark's words alone
                    size = mark.textItem.boundingRect()
                    mark.setText(plain(self._denial_text(len(denials))))
                    moved |= mark.textItem.boundingRect() != size
                elif mark is not None:
                    self.plot.removeItem(mark)
                    mark = None
                else:
                    mark = ClickableText(self._denial_text(len(denials)),
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
                mark.setToolTip(tooltip(QCoreApplication.translate("MapPanel", "Click to see the denial: {claims}").format(
                    claims=", ".join(denials[:30]) + (" …" if len(denials) > 30 else ""))))
            labels.append((arrow, label, mark))
        self.labels = labels
        return moved

    def _arrow_tooltip(self, arrow) -> str:
        view = self.app.claims_index
        origin = QCoreApplication.translate("MapPanel", "from {country}").format(country=country_name(arrow.origin, self.app.words))
        lines = [f"{arrow.title} ({origin})", *self._said(arrow), ""]
        # The first 30 ids alone (as of a day, the lists are slices of a million: never joined whole);
        # their lines are kept, so stepping "as of" a day words only the claims it brings.
        first = self._first(arrow)
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
            lines.append(self._more_claims(total - 30))
        return "\n".join(lines)

    def _said(self, arrow) -> list[str]:
        """An arrow's lines and, if any claim denies it, its denial mark's words (which its label draws apart)."""
        return [*arrow.lines] + ([self._denial_text(len(arrow.denied_by))] if len(arrow.denied_by) else [])

    def _forget_lines(self, ids) -> set:
        """Forget the tooltip lines worded for the claims ``ids`` (edited: their figures, claimants or sources
        may read otherwise now); the lists of first claims that named one are returned (see _retip)."""
        stale = {first for first in self._claim_lines if first != "key" and not ids.isdisjoint(first)}
        for first in stale:
            del self._claim_lines[first]
        return stale

    def _retip(self, stale: set) -> None:
        """Word again the tooltips of the arrows whose first claims are one of ``stale``."""
        if not stale:
            return
        for item in self.arrow_items:
            if self._first(item.arrow) in stale:
                item.setToolTip(tooltip(self._arrow_tooltip(item.arrow)))
        for arrow, label, _mark in self.labels:
            if self._first(arrow) in stale:
                label.setToolTip(tooltip(self._arrow_tooltip(arrow)))

    def _show_claimed(self) -> bool:
        """Draw only the flows somebody had claimed: "as of" a day (or as a presentation reveals its claims) a
        flow first named later is not drawn yet, nor its label; the frame stays, so the map does not jump.
        True if a flow came or went."""
        changed = False
        named: set[str] = set()
        for item in self.arrow_items:
            shown = claimed(item.arrow)
            changed |= item.isVisible() != shown
            item.setVisible(shown)
            if shown:
                named.update(item.arrow.destination.split(";"))
        waiting = frozenset(set(self.destination_names) - named)
        if self.countries is not None and waiting != self.countries.waiting:
            self.countries.set_waiting(waiting)
            changed = True
        for arrow, label, mark in self.labels:
            shown = claimed(arrow)
            changed |= label.isVisible() != shown
            label.setVisible(shown)
            if mark is not None:
                mark.setVisible(shown)
        return changed

    @staticmethod
    def _first(arrow) -> tuple:
        """The claims an arrow's tooltip lists: its first 30 (claims, then denials)."""
        return tuple((list(arrow.claims[:30]) + list(arrow.denied_by[:30]))[:30])

    @staticmethod
    def _denial_text(n: int) -> str:
        """A flow's denial mark, the one place a label says it (its lines leave it out)."""
        return QCoreApplication.translate("MapPanel", "✕ denied by {n}").format(n=number(n))

    def _set_label_text(self, label, arrow) -> None:
        """A flow label's words: its title and lines, the bounds read from a vague wording in small type."""
        title = QCoreApplication.translate("MapPanel", "Abroad, all destinations") if arrow.destination == "" else arrow.title
        if any(arrow.small):
            label.setHtml(small_type([title, *arrow.lines], ["", *arrow.small]))
        else:
            label.setText(plain("\n".join([title, *arrow.lines])))

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
        # The lines leave denials out: their count is the mark's alone.
        label = ClickableText("", on_click=lambda a=arrow: self._arrow_clicked(a),
                              color=theme.label_text, fill=pg.mkBrush(QColor(theme.label_fill)),
                              border=self._label_border(arrow))
        label.setFont(self._font())
        self._set_label_text(label, arrow)
        label.setToolTip(tooltip(self._arrow_tooltip(arrow)))
        label.setZValue(20)
        self.plot.addItem(label)
        mark = None
        if len(denials):
            mark = ClickableText(self._denial_text(len(denials)), color=theme.denial,
                                 on_click=lambda d=denials[0]: self.app.state.select(d),
                                 fill=pg.mkBrush(QColor(theme.label_fill)), border=pg.mkPen(theme.denial))
            mark.setFont(bold)
            mark.setToolTip(tooltip(QCoreApplication.translate("MapPanel", "Click to see the denial: {claims}").format(
                claims=", ".join(denials[:30]) + (" …" if len(denials) > 30 else ""))))
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
        drawn = [a for a in self.shown[0] if claimed(a)]
        curves = {(a.origin, a.destination): [to_scene(curve_points(a.start, end)) for end in a.ends]
                  for a in drawn}
        lines = [edge for a in drawn for curve in curves[a.origin, a.destination]
                 for edge in stroke(curve, a.width + 2)]
        lines += [line for item in self.arrow_items if claimed(item.arrow) for end in item.arrow.ends
                  for line in solid(to_scene(arrow_head(item.arrow.start, end, item.head)))]
        order = sorted((t for t in self.labels if claimed(t[0])), key=lambda t: -(t[0].value or 0))
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
        cover = coverage(area, lines)   # (once: the names keep clear of the same arrows)
        spots = place_flow_labels(flows, area, taken, lines, [sides.get(key) for key in keys], cover)
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
        waiting = self.countries.waiting
        for code, label in self.destination_names.items():
            if code not in waiting:
                label.setVisible(False)
        names = self.country_labels + [self.destination_names[code] for code in sorted(waiting)]
        shapes, anchors = self.layout_.shapes, self.layout_.anchors
        sizes = [item.textItem.boundingRect() for item in names]
        spots = place_names([tuple(to_scene(anchors[item.code])[0]) for item in names],
                            [(size.width(), size.height()) for size in sizes],
                            [[to_scene(ring) for ring in shapes[item.code]] for item in names],
                            area, taken + [spot.box for spot in spots], leaders, lines,
                            self._cells, [item.code for item in names], cover)
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


def flows_drawn(flows) -> tuple:
    """What the map draws of the flows: their keys, ranges, shared vague wordings and how many claim and deny each."""
    if flows is None or not len(flows):
        return ()
    worded = flows["worded"] if "worded" in flows else [""] * len(flows)
    return tuple(zip(flows["origin"], flows["destination"], flows["metric"], flows["unit"],
                     flows["low"].to_numpy(dtype=float, na_value=-1.0).tolist(),
                     flows["high"].to_numpy(dtype=float, na_value=-1.0).tolist(),
                     flows["open_low"], flows["open_high"], worded, map(len, flows["claims"]),
                     map(len, flows["denied_by"])))


def claimed(arrow) -> bool:
    """Whether somebody had claimed the flow (a claim or a denial) in what the map shows."""
    return len(arrow.claims) > 0 or len(arrow.denied_by) > 0
