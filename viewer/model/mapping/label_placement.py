"""Where the map's labels go on screen: geometry in pixels (y grows downwards), without Qt.

Flow labels (the ones with figures) come first, in the order given (largest flow first): beside their
arrow's tip where they cover no other label, else at the nearest free spot, tied to the outer half of their
arrow by a thin leader line that crosses no label. A label needs no leader only by its own tip (by the
arrow's tail or middle it could pass for another flow's), and none sits by another flow's tip. Country names yield to them: a name keeps its place if it covers
nothing, else moves to the nearest free spot inside its own country, else is hidden.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .box_arrays import (CELL, GAP, LEADER_FROM, MARGIN, Box, Point, Segment, _apart, _box, _clear_of, _Coverage,
                         _crossings, _densify, _distance, _edges, _free, _inside, _overlap_area, _table,
                         _touches)

STEP = 6.0
"""Pixels between the spots tried for a label that does not fit beside its tip."""
LINE_COST = 1.5
"""What covering a pixel of arrow costs, in pixels of distance from the label's place."""
LEADER_COST = 24.0
"""What needing a leader line costs, in pixels of distance."""
CROSSING_COST = 1e6
"""What a leader line across a label costs: more than any distance."""


@dataclass(frozen=True)
class FlowSpot:
    """Where a flow label went, and its leader line (from the label's edge to the tip) if it needs one."""

    box: Box
    leader: Segment | None
    side: int | None = None
    """Which of its label's ``sides`` it sits on beside its tip (None: elsewhere, with a leader or not)."""


def label_sides(direction: Point | None) -> list[Point]:
    """Where a label may sit by its tip, as the point of the label (fractions of width, height) at the tip.

    ``direction`` is the arrow's, from its start to its tip, in map units (y grows upwards); the side
    beyond the tip comes first. None (a flow abroad as a whole, labelled on its origin): below, then above.
    """
    if direction is None:
        first = [(0.5, 0.0), (0.5, 1.0)]
    else:
        dx, dy = direction
        first = [(0.0, 0.5) if dx > 0 else (1.0, 0.5), (0.5, 1.0) if dy > 0 else (0.5, 0.0)]
    rest = [(0.0, 0.5), (1.0, 0.5), (0.5, 0.0), (0.5, 1.0), (0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
    return first + [c for c in rest if c not in first]


@dataclass
class FlowLabel:
    """A flow label to place: its tip (the arrow's, or the middle of a group's), size and preferred sides."""

    tip: Point
    size: Point
    """Width and height in pixels."""
    sides: list[Point]
    """As :func:`label_sides` gives them."""
    arrow: list[np.ndarray] = field(default_factory=list)
    """Its own arrow's lines in pixels, each from its start to a tip: a leader line ends on their outer halves
    (on the tip if there are none)."""

    def tips(self) -> np.ndarray:
        """Where the label belongs: its tip and the ends of its arrow's lines."""
        ends = [np.asarray(line, dtype=float).reshape(-1, 2)[-1] for line in self.arrow if len(line)]
        return np.array([self.tip, *ends], dtype=float)

    def tails(self) -> np.ndarray:
        """Where its arrow's lines start."""
        return np.array([np.asarray(line, dtype=float).reshape(-1, 2)[0] for line in self.arrow if len(line)],
                        dtype=float).reshape(-1, 2)

    def targets(self) -> np.ndarray:
        """Points a leader line may end on (at most 64 of them): along the half of each line nearer its tip,
        so that a leader never ties a label to the arrow's tail, where other flows start too."""
        halves = [line[len(line) // 2:] for line in (np.asarray(a, dtype=float).reshape(-1, 2) for a in self.arrow)]
        halves = [half for half in halves if len(half)]
        if not halves:
            return np.array([self.tip], dtype=float)
        points = _densify(halves, 4.0)
        return points[:: max(1, len(points) // 64)]


def coverage(area: Box, lines: list[np.ndarray]) -> _Coverage:
    """The arrows (``lines``, polylines in pixels) drawn into a grid over ``area``, made once for a placement of
    the flow labels and the names alike (``cover`` of :func:`place_flow_labels` and :func:`place_names`)."""
    return _Coverage(area, lines)


def place_flow_labels(labels: list[FlowLabel], area: Box, fixed: list[Box], lines: list[np.ndarray],
                      kept: list[int | None] | None = None, cover: _Coverage | None = None) -> list[FlowSpot]:
    """Place each flow label by its tip, in the order given.

    ``kept`` (one per label, or None): the side each label sat on beside its tip in the last placement of the
    same view (``FlowSpot.side``). A label keeps that side while it is free, inside the area, clear of the
    other flows' tips and of the arrows, as a label newly placed there would be; only the others are placed
    afresh. A map stepping a day at a time then moves only the labels that no longer fit where they were.

    No label overlaps another or a ``fixed`` one while there is room in ``area``; each stays clear
    of the arrows (``lines``, polylines in pixels) where it can. A label that cannot sit beside its
    tip goes to the nearest free spot with a leader line to its arrow; with no free spot left, to the
    spot that overlaps least.
    """
    cover = cover if cover is not None else _Coverage(area, lines)
    taken = list(fixed)
    leaders: list[Segment] = []
    spots = []
    tips = [label.tips() for label in labels]
    tails = [label.tails() for label in labels]
    for i, label in enumerate(labels):
        (w, h), targets = label.size, label.targets()
        others = _apart(np.vstack([np.zeros((0, 2)), *tips[:i], *tips[i + 1:], *tails]), tips[i])
        near = np.array([_beside(label.tip, w, h, ax, ay) for ax, ay in label.sides])
        rank = np.arange(len(near)) * 4.0
        side = kept[i] if kept is not None and i < len(kept) else None
        spot = None
        if side is not None and 0 <= side < len(near):
            spot = _near_spot(near[side:side + 1], rank[side:side + 1], area, taken, leaders, cover, others)
            if spot is not None:
                spot = FlowSpot(spot.box, None, side)
        if spot is None:
            spot = _near_spot(near, rank, area, taken, leaders, cover, others)
        if spot is None:
            grid = _grid(area, w, h, taken, label.tip)
            boxes = np.vstack([near, grid])
            cost = np.concatenate([rank, _distance(grid, label.tip)])
            spot = _cheapest(boxes, cost, tips[i], targets, area, taken, leaders, cover, others)
            if spot is None:
                spot = _least_overlap(near, grid, label.tip, tips[i], targets, area, taken)
        taken.append(spot.box)
        if spot.leader is not None:
            leaders.append(spot.leader)
        spots.append(spot)
    return spots


def place_names(anchors: list[Point], sizes: list[Point], outlines: list[list[np.ndarray]], area: Box,
                taken: list[Box], leaders: list[Segment], lines: list[np.ndarray],
                cells: dict | None = None, keys: list | None = None,
                cover: _Coverage | None = None) -> list[Box | None]:
    """Place each country name (centred on its anchor, in the order given) or hide it (None).

    A name may not overlap a ``taken`` box, an earlier name, a leader line or an arrow (``lines``,
    polylines in pixels). ``cells`` (with ``keys``, one per name) keeps which grid cells lie inside each
    country from one call to the next for the same view and area (the caller empties it when they change).
    It keeps its anchor when it covers none of them there and shows whole; else it
    goes to the nearest spot inside its country (``outlines``, rings in pixels) and the ``area`` clear of
    them if there is one; else it is hidden.
    """
    cover = cover if cover is not None else _Coverage(area, lines)
    taken = list(taken)
    placed: list[Box | None] = []
    keys = keys if cells is not None and keys is not None else [None] * len(anchors)
    for (x, y), (w, h), rings, key in zip(anchors, sizes, outlines, keys):
        home = np.array([[x - w / 2, y - h / 2, x + w / 2, y + h / 2]])
        clear = bool(_free(home, taken, leaders)[0]) and cover.length(home)[0] == 0
        box = _box(home[0]) if clear else None
        # Out of sight there is nothing to move; a name cut by the view's edge moves in, or hides.
        if _touches(home, area) and not (clear and _inside(home, area, 0.0)[0]):
            if key is not None and key not in cells:
                cells[key] = _inside_cells(rings, area)
            inside = cells[key] if key is not None else _inside_cells(rings, area)
            box = _spot_inside(inside, w, h, (x, y), area, taken, leaders, cover)
        if box is not None:
            taken.append(box)
        placed.append(box)
    return placed


def stroke(points: np.ndarray, width: float) -> list[np.ndarray]:
    """A line drawn ``width`` pixels wide as polylines for the labels to keep clear of: its middle and
    (if wide) its two edges."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    if width <= 3 or len(points) < 2:
        return [points]
    along = np.gradient(points, axis=0)
    normal = np.column_stack([-along[:, 1], along[:, 0]])
    normal /= np.maximum(np.hypot(normal[:, 0], normal[:, 1]), 1e-9)[:, None]
    return [points, points + normal * width / 2, points - normal * width / 2]


def solid(triangle: np.ndarray) -> list[np.ndarray]:
    """A filled triangle (an arrow's head, in pixels) as lines close enough together to cover it: a fan
    from its first corner to points along the opposite side, no further apart than the grid."""
    tip, left, right = np.asarray(triangle, dtype=float)
    count = max(int(np.ceil(np.hypot(*(right - left)) / CELL)), 1) + 1
    return [np.array([tip, left + (right - left) * k / (count - 1)]) for k in range(count)]


# --- flow labels -------------------------------------------------------------

def _beside(tip: Point, w: float, h: float, ax: float, ay: float) -> list[float]:
    left = tip[0] - ax * w + (GAP if ax == 0 else -GAP if ax == 1 else 0.0)
    top = tip[1] - ay * h + (GAP if ay == 0 else -GAP if ay == 1 else 0.0)
    return [left, top, left + w, top + h]


def _near_spot(near, rank, area, taken, leaders, cover, others) -> FlowSpot | None:
    """The best place beside the tip, if one is free, covers no arrow and is clear of the other flows' tips."""
    ok = _inside(near, area) & _free(near, taken, leaders) & _clear_of(near, others)
    if not ok.any():
        return None
    covered = cover.length(near)
    best = int(np.argmin(np.where(ok, rank + LINE_COST * covered, np.inf)))
    return FlowSpot(_box(near[best]), None, best) if covered[best] == 0 else None


def _cheapest(boxes, cost, tips, targets, area, taken, leaders, cover, others) -> FlowSpot | None:
    """The free box clear of the other flows' tips of least cost (distance, arrows covered, a leader), its
    leader crossing no label if it can."""
    ok = _inside(boxes, area) & _free(boxes, taken, leaders) & _clear_of(boxes, others)
    if not ok.any():
        return None
    boxes, cost = boxes[ok], cost[ok]
    bound = cost + LINE_COST * cover.length(boxes)   # what each costs at least: without its leader
    order = np.argsort(bound, kind="stable")
    count = 256
    while True:
        # Judge the leaders of the cheapest few; the rest can only win if these all cost more than them.
        pick = order[:count]
        best, total, leader = _with_leaders(boxes[pick], bound[pick], tips, targets, taken)
        if count >= len(order) or total <= bound[order[count]]:
            return FlowSpot(_box(boxes[pick][best]), leader)
        count *= 4


def _with_leaders(boxes, bound, tips, targets, taken) -> tuple[int, float, Segment | None]:
    """The box that costs least counting its leader line (if it needs one: away from its tips), that cost and
    the leader."""
    far = _reach(boxes, tips)[0] > LEADER_FROM
    nearest = _reach(boxes, targets)[1]
    start = np.column_stack([np.clip(targets[nearest, 0], boxes[:, 0], boxes[:, 2]),
                             np.clip(targets[nearest, 1], boxes[:, 1], boxes[:, 3])])
    crossing = np.where(far, _crossings(start, targets[nearest], _edges(taken)).sum(axis=1), 0)
    # A leader across a label only if there is no other way.
    total = bound + np.where(far, LEADER_COST, 0.0) + CROSSING_COST * crossing
    i = int(np.argmin(total))
    return i, float(total[i]), _leader(boxes[i], targets[nearest[i]]) if far[i] else None


def _least_overlap(near, grid, tip, tips, targets, area, taken) -> FlowSpot:
    """No free spot: the one in the area that overlaps the other labels least (else the first, pulled in)."""
    first = _pull_in(near[0], area)
    boxes = np.vstack([first[None, :], grid])
    best = boxes[int(np.argmin(_overlap_area(boxes, _edges(taken)) + _distance(boxes, tip) * 1e-3))]
    far = _reach(best[None, :], tips)[0][0] > LEADER_FROM
    nearest = _reach(best[None, :], targets)[1]
    return FlowSpot(_box(best), _leader(best, targets[nearest[0]]) if far else None)


def _reach(boxes: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How far each box is from the nearest target point, and which point that is."""
    far = np.stack([_distance(boxes, (x, y)) for x, y in targets])
    nearest = np.argmin(far, axis=0)
    return far[nearest, np.arange(len(boxes))], nearest


def _pull_in(box: np.ndarray, area: Box) -> np.ndarray:
    dx = max(area.left - box[0], 0.0) - max(box[2] - area.right, 0.0)
    dy = max(area.top - box[1], 0.0) - max(box[3] - area.bottom, 0.0)
    return box + np.array([dx, dy, dx, dy])


def _grid(area: Box, w: float, h: float, taken: list[Box], tip: Point) -> np.ndarray:
    """Boxes of size w x h all over the area: on a grid (finer for smaller labels), against the area's
    edges, against each taken box's sides and in line with the tip."""
    step = max(STEP, min(w, h) / 3)
    edges = _edges(taken)
    xs = _steps(area.left, area.right - w, step, [tip[0] - w / 2, *(edges[:, 2] + MARGIN), *(edges[:, 0] - MARGIN - w)])
    ys = _steps(area.top, area.bottom - h, step, [tip[1] - h / 2, *(edges[:, 3] + MARGIN), *(edges[:, 1] - MARGIN - h)])
    if not len(xs) or not len(ys):
        return np.zeros((0, 4))
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    return np.column_stack([gx, gy, gx + w, gy + h])


def _steps(low: float, high: float, step: float, more: list[float]) -> np.ndarray:
    """From low to high ``step`` apart, high itself, and those of ``more`` in between."""
    if high < low:
        return np.zeros(0)
    more = np.asarray(more, dtype=float)
    return np.unique(np.concatenate([np.arange(low, high, step), [high], more[(more >= low) & (more <= high)]]))


def _leader(box: np.ndarray, target) -> Segment:
    """From the box's nearest point to the target."""
    x, y = float(target[0]), float(target[1])
    return (float(np.clip(x, box[0], box[2])), float(np.clip(y, box[1], box[3]))), (x, y)


# --- names -------------------------------------------------------------------

def _spot_inside(inside, w, h, anchor, area, taken, leaders, cover) -> Box | None:
    """The free box clear of the arrows, inside the country (its cells, :func:`_inside_cells`) and the area,
    nearest the anchor."""
    if inside is None:
        return None
    (i0, j0), mask = inside
    kw, kh = math.ceil(w / CELL), math.ceil(h / CELL)
    rows, cols = mask.shape
    if kw > cols or kh > rows:
        return None
    outside = _table(~mask)
    out = (outside[kh:, kw:] - outside[:-kh, kw:] - outside[kh:, :-kw] + outside[:-kh, :-kw])
    jj, ii = np.nonzero(out == 0)
    if not len(ii):
        return None
    left = area.left + (i0 + ii) * CELL
    top = area.top + (j0 + jj) * CELL
    boxes = np.column_stack([left, top, left + w, top + h])
    boxes = boxes[_free(boxes, taken, leaders) & (cover.length(boxes) == 0)]
    if not len(boxes):
        return None
    centre_x, centre_y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    return _box(boxes[int(np.argmin(np.hypot(centre_x - anchor[0], centre_y - anchor[1])))])


def _inside_cells(rings: list[np.ndarray], area: Box):
    """Which grid cells of the area (within the country's bounds) have their centre inside the rings."""
    rings = [r for r in rings if len(r) >= 3]
    if not rings:
        return None
    pts = np.vstack(rings)
    nx, ny = int(area.width // CELL), int(area.height // CELL)   # whole cells: a box on them stays in the area
    i0 = max(int((pts[:, 0].min() - area.left) // CELL), 0)
    i1 = min(int(math.ceil((pts[:, 0].max() - area.left) / CELL)), nx)
    j0 = max(int((pts[:, 1].min() - area.top) // CELL), 0)
    j1 = min(int(math.ceil((pts[:, 1].max() - area.top) / CELL)), ny)
    if i1 <= i0 or j1 <= j0:
        return None
    a = pts
    b = np.vstack([np.roll(r, -1, axis=0) for r in rings])
    xs = area.left + (np.arange(i0, i1) + 0.5) * CELL
    mask = np.zeros((j1 - j0, i1 - i0), dtype=bool)
    for row, y in enumerate(area.top + (np.arange(j0, j1) + 0.5) * CELL):
        crosses = (a[:, 1] <= y) != (b[:, 1] <= y)
        if not crosses.any():
            continue
        p, q = a[crosses], b[crosses]
        at = np.sort(p[:, 0] + (y - p[:, 1]) * (q[:, 0] - p[:, 0]) / (q[:, 1] - p[:, 1]))
        mask[row] = np.searchsorted(at, xs) % 2 == 1
    return (i0, j0), mask


# --- shared geometry ---------------------------------------------------------
