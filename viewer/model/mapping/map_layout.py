"""What the map shows, computed without Qt: region, projected shapes, arrows, labels."""

from __future__ import annotations

from functools import lru_cache

import math
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from . import geography
from .id_chain import IdChain
from .countries import destination_name
from ..flows.figures import flow_figure
from ..flows.wording import ENGLISH, Wording

MOVING_IN = ("left", "entered")
"""Metrics that count people going from the origin to the destination: they set arrow width."""
MAX_WIDTH_PX = 16.0
MIN_WIDTH_PX = 2.0


def width_px(value: float | None, scale_max: float) -> float:
    """Arrow width for a figure: area-honest (square root), on one scale for all totals."""
    if value is None or scale_max <= 0:
        return MIN_WIDTH_PX
    return MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * math.sqrt(min(value, scale_max) / scale_max)


@dataclass
class Arrow:
    """One arrow: from an origin to a destination (a group forks to each member)."""

    origin: str
    destination: str
    start: tuple[float, float]
    ends: list[tuple[float, float]]
    label_at: tuple[float, float]
    lines: list[str]
    value: float | None
    per_day: bool
    claims: list[str]
    denied_by: list[str]
    width: float = MIN_WIDTH_PX
    words: Wording = field(default=ENGLISH, repr=False)
    small: list[str] = field(default_factory=list)
    """Per line, the part a label sets in small type (the bounds read from a vague wording), or ""."""

    @property
    def title(self) -> str:
        return destination_name(self.destination, self.words)


@dataclass
class MapLayout:
    origin: str
    projection: geography.LambertConformalConic
    shapes: dict[str, list[np.ndarray]]
    roles: dict[str, str]
    anchors: dict[str, tuple[float, float]]
    arrows: list[Arrow]
    abroad: Arrow | None
    view: tuple[float, float, float, float]
    """x_min, y_min, x_max, y_max of the initial view (km)."""
    scale_max: float
    missing: list[str] = field(default_factory=list)
    """Codes the data names that have no shape in the borders resource."""
    places: tuple = ()
    """The (origin, destination) pairs the flows name: while they stay, so do the countries and arrows."""


def flow_lines(flows: pd.DataFrame, words: Wording = ENGLISH, denials: bool = True) -> list[str]:
    """Readable lines for a group of flows: "entered 200,000", "left up to 700,000 · denied (1)",
    'left “tens of thousands” (10,000–99,999)'.

    ``denials=False`` leaves out the denial notes.
    """
    return [line for line, _small in flow_line_parts(flows, words, denials)]


def flow_line_parts(flows: pd.DataFrame, words: Wording = ENGLISH, denials: bool = True) -> list[tuple[str, str]]:
    """Each of :func:`flow_lines` with the part of it to set in small type: where the claims of a flow share a
    vague wording, it leads and the bounds read from it follow ("(10,000–99,999)"); else ""."""
    return line_parts(flows.itertuples(index=False), words, denials)


def line_parts(rows, words: Wording = ENGLISH, denials: bool = True) -> list[tuple[str, str]]:
    """:func:`flow_line_parts` of flows given as rows (named tuples, as ``itertuples`` gives them)."""
    lines = []
    for row in rows:
        figure = (flow_figure(row.low, row.high, row.unit, getattr(row, "open_low", False),
                              getattr(row, "open_high", False), words) if row.claims else words.no_claim)
        worded, small = getattr(row, "worded", ""), ""
        if worded and row.claims:
            lead = words.worded.format(text=" ".join(str(worded).split()))
            small = words.with_bounds.format(worded="", bounds=figure).strip()
            figure = words.with_bounds.format(worded=lead, bounds=figure)
        line = words.flow_line.format(metric=words.metric(row.metric), figure=figure)
        lines.append((words.denied.format(line=line, n=len(row.denied_by)) if row.denied_by and denials else line,
                      small))
    return lines


def arrow_value(flows: pd.DataFrame) -> float | None:
    """The figure an arrow's width stands for: the largest count of people moving in (else of people)."""
    people = flows[flows["unit"] == "people"]
    moving = people[people["metric"].isin(MOVING_IN)]
    figure = lambda frame: frame[["low", "high"]].astype("Float64").max(axis=1, skipna=True).dropna()   # noqa: E731
    pool = moving if len(figure(moving)) else people
    highs = figure(pool)   # the high end, or the low end of a range open above ("more than 3,000")
    return float(highs.max()) if len(highs) else None


def rows_value(rows) -> float | None:
    """:func:`arrow_value` of flows given as rows (a few: no frame made per arrow)."""
    people = [(row.metric, _top(row.low, row.high)) for row in rows if row.unit == "people"]
    moving = [top for metric, top in people if metric in MOVING_IN and top is not None]
    highs = moving or [top for _metric, top in people if top is not None]
    return max(highs) if highs else None


def _top(low, high) -> float | None:
    """The larger of a flow's bounds that are there (None: neither)."""
    values = [float(v) for v in (low, high) if not (v is None or v is pd.NA or v != v)]
    return max(values) if values else None


AROUND_A_POLE = 300.0
"""A country spanning this many degrees of longitude or more is not drawn: it is named as having no shape."""


def _lon_span(code: str) -> float:
    box = geography.bounding_box(code)
    return box.lon_max - box.lon_min


def build_layout(origin: str, flows: pd.DataFrame, words: Wording = ENGLISH) -> MapLayout:
    """Lay out the map of ``origin``, its land neighbours and every place the flows name.

    Labels are worded with ``words`` (English by default).
    """
    named: set[str] = {origin}
    for o, d in zip(flows["origin"], flows["destination"]):
        named.add(o)
        named.update(c for c in d.split(";") if c)
    places = places_of(flows)
    projection, shapes, roles, anchors, missing = _geography(origin, frozenset(named), places)
    shapes, roles, anchors = dict(shapes), dict(roles), dict(anchors)
    layout = _with_arrows(origin, flows, words, projection, shapes, roles, anchors, list(missing))
    layout.places = places
    return layout


def places_of(flows: pd.DataFrame) -> tuple:
    """The (origin, destination) pairs the flows name, sorted, each once."""
    return tuple(sorted(set(zip(flows["origin"], flows["destination"]))))


def same_places(layout: MapLayout, origin: str, flows: pd.DataFrame) -> bool:
    """Whether ``flows`` name the places ``layout`` was made for (its countries, arrows and view then stay)."""
    return layout.origin == origin and layout.places == places_of(flows)


def with_flows(layout: MapLayout, flows: pd.DataFrame, words: Wording = ENGLISH, join=None) -> MapLayout:
    """``layout`` with the figures of ``flows``: each arrow keeps where it runs and takes its words, width and
    claims from its flows; nothing is projected again. An arrow none of whose flows is there keeps its name
    and no figure (the map as of a day). ``join`` makes one list of the flows' id lists (by default an :class:`IdChain`)."""
    figures = _figures(layout.origin, flows, words, join)
    scale_max = _scale(figures)
    none = (None, False, [], [], [])

    def shown(arrow: Arrow) -> Arrow:
        value, per_day, parts, claims, denied = figures.get((arrow.origin, arrow.destination), none)
        return replace(arrow, lines=[line for line, _s in parts], small=[s for _l, s in parts], value=value,
                       per_day=per_day, claims=claims, denied_by=denied, width=width_px(value, scale_max),
                       words=words)

    return replace(layout, arrows=[shown(a) for a in layout.arrows],
                   abroad=shown(layout.abroad) if layout.abroad is not None else None, scale_max=scale_max)


def _figures(origin: str, flows: pd.DataFrame, words: Wording, join=None) -> dict:
    """Per place an arrow may go (and abroad's, keyed (origin, "")): its value, whether per day, its lines'
    parts (the denials left to the map's mark), its claims and its denials (joined flow by flow, each
    flow's sorted). Flows of another origin with no destination are left out, as the map leaves them."""
    groups: dict[tuple[str, str], list] = {}
    for row in flows.itertuples(index=False):   # (a few hundred flows: no frame per arrow)
        if row.destination or row.origin == origin:
            groups.setdefault((row.origin, row.destination), []).append(row)
    figures = {}
    join = join or IdChain
    for key, rows in groups.items():
        value = rows_value(rows)
        per_day = value is None and any(row.unit == "people_per_day" for row in rows)
        figures[key] = (value, per_day, line_parts(rows, words, denials=False),
                        join([row.claims for row in rows]), join([row.denied_by for row in rows]))
    return figures


def _scale(figures: dict) -> float:
    """The width scale: the largest value of any arrow (and abroad)."""
    return max((f[0] for f in figures.values() if f[0] is not None), default=0.0)


@lru_cache(maxsize=8)
def _geography(origin: str, named: frozenset, places: tuple) -> tuple:
    """The map's countries, their roles, shapes and label points: they depend on the places the flows
    name, not on their figures, so an edit that changes a figure lays out only the arrows again."""
    # A country around a pole (Antarctica) wraps all the way round: a regional map cannot draw it.
    known = {c for c in geography.known_codes() if _lon_span(c) < AROUND_A_POLE}
    neighbours = set(geography.neighbours(origin)) if origin in known else set()
    missing = sorted(c for c in named if c not in known)
    focus = sorted((named | neighbours) & known)
    projection = geography.region_projection(focus or ["RUS"])
    roles = {c: "neighbour" for c in neighbours & known}
    for o, d in places:
        for c in d.split(";"):
            if c in known:
                roles[c] = "destination"
        if o in known and o != origin:
            roles.setdefault(o, "destination")
    roles[origin] = "origin"
    box = geography.bounding_box(focus)
    pad_lon, pad_lat = (box.lon_max - box.lon_min) * 0.25, (box.lat_max - box.lat_min) * 0.25
    for code in known - set(roles):
        cb = geography.bounding_box(code)
        if (cb.lon_max > box.lon_min - pad_lon and cb.lon_min < box.lon_max + pad_lon
                and cb.lat_max > box.lat_min - pad_lat and cb.lat_min < box.lat_max + pad_lat):
            roles[code] = "context"
    shapes = {c: [np.column_stack(projection.project(r[:, 0], r[:, 1])) for r in geography.country_shapes(c)]
              for c in roles}
    anchors = {c: _anchor(rings) for c, rings in shapes.items()}
    return projection, shapes, roles, anchors, tuple(missing)


def _with_arrows(origin, flows, words, projection, shapes, roles, anchors, missing) -> MapLayout:
    figures = _figures(origin, flows, words)
    scale_max = _scale(figures)
    arrows = []
    for (o, d), (value, per_day, parts, claims, denied) in sorted(figures.items()):
        members = [c for c in d.split(";") if c in anchors]
        if not d or o not in shapes or not members:
            continue
        ends = [anchors[c] for c in members]
        target = tuple(np.mean(ends, axis=0))
        start = _start_point(shapes[o], anchors[o], target)
        arrow = Arrow(o, d, start, ends, target, [line for line, _s in parts], value, per_day, claims, denied,
                      words=words, small=[s for _l, s in parts])
        arrow.width = width_px(value, scale_max)
        arrows.append(arrow)
    abroad = None
    if (origin, "") in figures and origin in anchors:
        at = anchors[origin]
        value, _per_day, parts, claims, denied = figures[origin, ""]
        abroad = Arrow(origin, "", at, [], at, [line for line, _s in parts], value, False, claims, denied,
                       words=words, small=[s for _l, s in parts])
        abroad.width = width_px(value, scale_max)
    view = _view_rect(shapes, roles, arrows, abroad)
    _drop_context_outside(view, shapes, roles, anchors)
    return MapLayout(origin, projection, shapes, roles, anchors, arrows, abroad, view, scale_max, missing)


def curve_control(start: tuple[float, float], end: tuple[float, float]) -> tuple[float, float]:
    """The control point of an arrow's gentle curve (a quadratic Bézier): sideways from the midpoint."""
    (sx, sy), (ex, ey) = start, end
    return (sx + ex) / 2 - (ey - sy) * 0.15, (sy + ey) / 2 + (ex - sx) * 0.15


def curve_points(start: tuple[float, float], end: tuple[float, float], n: int = 24) -> np.ndarray:
    """Points along an arrow's curve from start to end, ``n`` of them."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    control = np.asarray(curve_control(start, end))
    return (1 - t) ** 2 * np.asarray(start) + 2 * (1 - t) * t * control + t ** 2 * np.asarray(end)


def arrow_head(start: tuple[float, float], end: tuple[float, float], size: float) -> np.ndarray:
    """The corners of an arrow's head at ``end``: its tip, then the two back corners (``size`` long)."""
    tip = np.asarray(end, dtype=float)
    along = tip - np.asarray(curve_control(start, end))
    along /= float(np.hypot(*along)) or 1.0
    side = np.array([-along[1], along[0]]) * size * 0.55
    back = tip - along * size
    return np.array([tip, back + side, back - side])


def _anchor(rings: list[np.ndarray]) -> tuple[float, float]:
    """A label point: the area centroid of the largest ring."""
    best, best_area, best_c = None, -1.0, (0.0, 0.0)
    for ring in rings:
        x, y = ring[:, 0], ring[:, 1]
        cross = x * np.roll(y, -1) - np.roll(x, -1) * y
        area = cross.sum() / 2
        if abs(area) > best_area and abs(area) > 0:
            cx = ((x + np.roll(x, -1)) * cross).sum() / (6 * area)
            cy = ((y + np.roll(y, -1)) * cross).sum() / (6 * area)
            best, best_area, best_c = ring, abs(area), (float(cx), float(cy))
    if best is None and rings:
        return float(rings[0][:, 0].mean()), float(rings[0][:, 1].mean())
    return best_c


def _start_point(rings: list[np.ndarray], anchor, target) -> tuple[float, float]:
    """Where an arrow starts: inside the origin, just behind the border nearest the target."""
    points = np.vstack(rings)
    d = np.hypot(points[:, 0] - target[0], points[:, 1] - target[1])
    border = points[int(np.argmin(d))]
    vec = border - np.asarray(target)
    length = float(np.hypot(*vec)) or 1.0
    step = min(max(length * 0.8, 250.0), 700.0)
    start = border + vec / length * step
    return float(start[0]), float(start[1])


def _drop_context_outside(view, shapes, roles, anchors) -> None:
    """Keep context countries only where they can be seen from the initial view (and around it)."""
    x0, y0, x1, y1 = view
    w, h = x1 - x0, y1 - y0
    for code in [c for c, r in roles.items() if r == "context"]:
        pts = np.vstack(shapes[code]) if shapes[code] else np.zeros((0, 2))
        if not len(pts) or not ((pts[:, 0] > x0 - w) & (pts[:, 0] < x1 + w)
                                & (pts[:, 1] > y0 - h) & (pts[:, 1] < y1 + h)).any():
            del roles[code], shapes[code], anchors[code]


def _largest_ring(rings: list[np.ndarray]) -> np.ndarray:
    """The ring enclosing the largest area (shoelace formula): a country's main land."""
    def area(ring: np.ndarray) -> float:
        x, y = ring[:, 0], ring[:, 1]
        return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2
    return max(rings, key=area)


def _view_rect(shapes, roles, arrows, abroad) -> tuple[float, float, float, float]:
    pts = [np.vstack(shapes[c]) for c, r in roles.items() if r == "destination" and shapes[c]]
    for a in arrows:
        pts.append(np.array([a.start, *a.ends]))
    if abroad is not None:
        pts.append(np.array([abroad.start]))
    # The origin's main land is always whole (its islands may fall outside): the map is of the origin country.
    pts += [_largest_ring(shapes[c]) for c, r in roles.items() if r == "origin" and shapes[c]]
    allp = np.vstack(pts)
    x0, y0 = allp.min(axis=0)
    x1, y1 = allp.max(axis=0)
    pad = 0.08 * max(x1 - x0, y1 - y0, 500.0)
    return float(x0 - pad), float(y0 - pad), float(x1 + pad), float(y1 + pad)
