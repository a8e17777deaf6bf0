"""Many candidate label boxes judged at once as numpy arrays (left, top, right, bottom per row): what they
overlap, cover or cross, and how far they are from a point; and how much arrow a box covers, on a grid
(the label placement's arithmetic, kept apart from its choices)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


GAP = 8.0
"""Pixels between an arrow's tip and its label."""
LEADER_FROM = 2 * GAP
"""A label further than this from its tip is tied to it by a leader line; no label comes this close to
another flow's tip."""
MARGIN = 2.0
"""Pixels kept clear between two labels (their frames are drawn on their edges)."""
CELL = 3.0
"""Pixels of the grid that judges what lies inside a country and under an arrow."""

Point = tuple[float, float]
Segment = tuple[Point, Point]


@dataclass(frozen=True)
class Box:
    """A label's rectangle in pixels."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        """True if the two share more than an edge (or come closer than ``margin``)."""
        return bool(_hits(_edges([self]), *_edges([other]).T, margin)[0])


class _Coverage:
    """The arrows drawn into a grid over the area: how many pixels of them a box covers."""

    def __init__(self, area: Box, lines: list[np.ndarray]):
        self.area = area
        nx, ny = _cells(area)
        counts = np.zeros((ny, nx))
        spacing = CELL / 2
        pts = _densify(lines, spacing)
        i = np.floor((pts[:, 0] - area.left) / CELL).astype(int)
        j = np.floor((pts[:, 1] - area.top) / CELL).astype(int)
        keep = (i >= 0) & (i < nx) & (j >= 0) & (j < ny)
        np.add.at(counts, (j[keep], i[keep]), spacing)
        self.table = _table(counts)
        self.shape = (nx, ny)

    def length(self, boxes: np.ndarray) -> np.ndarray:
        nx, ny = self.shape
        a = self.area
        i0 = np.clip(np.floor((boxes[:, 0] - a.left) / CELL), 0, nx).astype(int)
        i1 = np.clip(np.ceil((boxes[:, 2] - a.left) / CELL), 0, nx).astype(int)
        j0 = np.clip(np.floor((boxes[:, 1] - a.top) / CELL), 0, ny).astype(int)
        j1 = np.clip(np.ceil((boxes[:, 3] - a.top) / CELL), 0, ny).astype(int)
        t = self.table
        return t[j1, i1] - t[j0, i1] - t[j1, i0] + t[j0, i0]


def _cells(area: Box) -> tuple[int, int]:
    return max(int(math.ceil(area.width / CELL)), 1), max(int(math.ceil(area.height / CELL)), 1)


def _table(values: np.ndarray) -> np.ndarray:
    """A summed-area table with a leading row and column of zeros."""
    table = np.zeros((values.shape[0] + 1, values.shape[1] + 1))
    table[1:, 1:] = np.cumsum(np.cumsum(values, axis=0), axis=1)
    return table


def _densify(lines: list[np.ndarray], spacing: float) -> np.ndarray:
    """Points along polylines no further apart than ``spacing`` (all lines' points in one array)."""
    lines = [np.asarray(line, dtype=float).reshape(-1, 2) for line in lines]
    pairs = [(line[:-1], line[1:]) for line in lines if len(line) >= 2]
    ends = [line[-1:] for line in lines if len(line)]
    if not pairs:
        return np.vstack(ends) if ends else np.zeros((0, 2))
    start = np.vstack([a for a, _b in pairs])
    seg = np.vstack([b for _a, b in pairs]) - start
    counts = np.maximum(np.ceil(np.hypot(seg[:, 0], seg[:, 1]) / spacing).astype(int), 1)
    k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    along = np.repeat(start, counts, axis=0) + np.repeat(seg / counts[:, None], counts, axis=0) * k[:, None]
    return np.vstack([along, *ends])


def _edges(boxes: list[Box]) -> np.ndarray:
    """Boxes as rows of left, top, right, bottom."""
    return np.array([[b.left, b.top, b.right, b.bottom] for b in boxes]).reshape(-1, 4)


def _box(row: np.ndarray) -> Box:
    return Box(float(row[0]), float(row[1]), float(row[2] - row[0]), float(row[3] - row[1]))


def _hits(boxes: np.ndarray, left, top, right, bottom, margin: float) -> np.ndarray:
    """Whether each box overlaps the one given (a margin apart counts as touching)."""
    return ((boxes[:, 0] < right + margin) & (left < boxes[:, 2] + margin)
            & (boxes[:, 1] < bottom + margin) & (top < boxes[:, 3] + margin))


def _free(boxes: np.ndarray, taken: list[Box], leaders: list[Segment]) -> np.ndarray:
    """Boxes that overlap no taken box and that no leader line crosses."""
    ok = np.ones(len(boxes), dtype=bool)
    others = _edges(taken)
    if len(others) and len(boxes):   # every box against every taken one at once (boxes x taken)
        b, t = boxes[:, None, :], others[None, :, :]
        ok &= ~((b[..., 0] < t[..., 2] + MARGIN) & (t[..., 0] < b[..., 2] + MARGIN)
                & (b[..., 1] < t[..., 3] + MARGIN) & (t[..., 1] < b[..., 3] + MARGIN)).any(axis=1)
    if leaders and len(boxes):
        ends = np.array(leaders, dtype=float)   # leaders x (start, end) x (x, y)
        # A leader passes through a box only where its own bounding box overlaps it: clip only those.
        low, high = np.minimum(ends[:, 0], ends[:, 1])[None], np.maximum(ends[:, 0], ends[:, 1])[None]
        b = boxes[:, None, :]
        near = ((b[..., 0] < high[..., 0]) & (low[..., 0] < b[..., 2])
                & (b[..., 1] < high[..., 1]) & (low[..., 1] < b[..., 3])).any(axis=1)
        check = np.flatnonzero(ok & near)
        if len(check):
            ok[check] &= ~_crossings(ends[:, 0], ends[:, 1], boxes[check]).any(axis=0)
    return ok


def _inside(boxes: np.ndarray, area: Box, slack: float = 0.5) -> np.ndarray:
    return ((boxes[:, 0] >= area.left - slack) & (boxes[:, 2] <= area.right + slack)
            & (boxes[:, 1] >= area.top - slack) & (boxes[:, 3] <= area.bottom + slack))


def _touches(boxes: np.ndarray, area: Box) -> bool:
    """Whether the (single) box shows at all in the area."""
    return bool(_hits(boxes, area.left, area.top, area.right, area.bottom, 0.0)[0])


def _apart(points: np.ndarray, own: np.ndarray) -> np.ndarray:
    """The points that are not (within half a pixel) one of ``own``: flows sharing a tip share its room."""
    near = np.hypot(points[:, None, 0] - own[None, :, 0], points[:, None, 1] - own[None, :, 1]).min(axis=1)
    return points[near > 0.5]


def _clear_of(boxes: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Boxes no nearer than ``LEADER_FROM`` to any of the points (the other flows' tips)."""
    if not len(points):
        return np.ones(len(boxes), dtype=bool)
    x, y = points[None, :, 0], points[None, :, 1]
    dx = np.maximum(np.maximum(boxes[:, 0:1] - x, x - boxes[:, 2:3]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, 1:2] - y, y - boxes[:, 3:4]), 0.0)
    return (dx * dx + dy * dy > LEADER_FROM ** 2).all(axis=1)


def _distance(boxes: np.ndarray, point: Point) -> np.ndarray:
    """From the point to the nearest point of each box (0 inside)."""
    x, y = point
    dx = np.maximum(np.maximum(boxes[:, 0] - x, x - boxes[:, 2]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, 1] - y, y - boxes[:, 3]), 0.0)
    return np.hypot(dx, dy)


def _overlap_area(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    total = np.zeros(len(boxes))
    for left, top, right, bottom in others:
        w = np.minimum(boxes[:, 2], right) - np.maximum(boxes[:, 0], left)
        h = np.minimum(boxes[:, 3], bottom) - np.maximum(boxes[:, 1], top)
        total += np.clip(w, 0, None) * np.clip(h, 0, None)
    return total


def _crossings(start: np.ndarray, end: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Whether each segment (rows of ``start``, ``end``) passes through the inside of each box: a
    segments x boxes table (Liang-Barsky clipping)."""
    px, py = start[:, 0:1], start[:, 1:2]
    dx, dy = end[:, 0:1] - px, end[:, 1:2] - py
    left, top, right, bottom = (boxes[:, k][None, :] for k in range(4))
    t0 = np.zeros((len(start), len(boxes)))
    t1 = np.ones((len(start), len(boxes)))
    ok = np.ones((len(start), len(boxes)), dtype=bool)
    for p, q in ((-dx, px - left), (dx, right - px), (-dy, py - top), (dy, bottom - py)):
        p = np.broadcast_to(p, q.shape)
        flat = p == 0
        ok &= ~flat | (q > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(flat, 0.0, q / np.where(flat, 1.0, p))
        t0 = np.where(~flat & (p < 0), np.maximum(t0, r), t0)
        t1 = np.where(~flat & (p > 0), np.minimum(t1, r), t1)
    return ok & (t1 - t0 > 1e-6)
