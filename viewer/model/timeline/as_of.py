"""Time: each claim's published day, and the flows as known on a day (no Qt).

A source counts on a day when the date written in its ``published`` is that
day or earlier: its own date, whatever its time zone (``2022-10-06T23:30-05:00``
is 6 October). Days are whole numbers, days since 1970-01-01, so masks over a
million claims are one comparison.

:class:`FlowsByDay` answers "the flows as of day D" without grouping the
claims again: it sorts the counted claims by day once and keeps, per distinct
day and flow, the running minimum, maximum and counts, so a day's flows are a
row of those tables (moving "as of" by a day costs a lookup, not a pass over
the claims).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..flows.compute import FLOW_KEY, shared_wording, vague_codes
from ..reading.strcol import arrow

EPOCH = date(1970, 1, 1)
NO_DAY = np.iinfo(np.int32).min
"""The day of a claim whose source has no readable date (never counted as of any day)."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_number(value: date) -> int:
    """Days since 1970-01-01."""
    return (value - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def parse_day(text: str) -> date:
    """A calendar date written ``YYYY-MM-DD`` (raises ValueError otherwise)."""
    if not _DAY.fullmatch(text or ""):
        raise ValueError(f"{text!r} is not a date written YYYY-MM-DD (e.g. 2022-10-04)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None


def published_days(published) -> np.ndarray:
    """Each ``published`` text's own date as a day number (int32; NO_DAY where none is readable).

    The date is the text's first ten characters (``YYYY-MM-DD``), the date the
    source wrote, whatever time and zone follow.
    """
    data = arrow(pd.Series(np.asarray(published, dtype=object), dtype=object)) if not isinstance(
        published, (pa.Array, pa.ChunkedArray)) else published
    head = pc.utf8_slice_codeunits(data, 0, 10)
    days = pc.strptime(head, format="%Y-%m-%d", unit="s", error_is_null=True)
    seconds = days.cast(pa.int64()).fill_null(np.iinfo(np.int64).min).to_numpy()
    out = np.where(seconds == np.iinfo(np.int64).min, NO_DAY, seconds // 86400)
    return out.astype(np.int32)


def claim_days(claims: pd.DataFrame, sources: pd.DataFrame) -> np.ndarray:
    """The published day of each claim's source (day numbers, int32)."""
    if not len(claims):
        return np.zeros(0, dtype=np.int32)
    src = pd.Index(sources["source_id"]) if len(sources) else pd.Index([])
    where = src.get_indexer(claims["source_id"])
    days = published_days(sources["published"]) if len(sources) else np.zeros(0, dtype=np.int32)
    return np.where(where >= 0, np.append(days, NO_DAY)[where], NO_DAY).astype(np.int32)


def as_of_mask(days: np.ndarray, as_of: date | None = None, start: date | None = None,
               end: date | None = None) -> np.ndarray | None:
    """Claims published by ``as_of`` and between ``start`` and ``end`` (each inclusive), or None for all."""
    keep = None
    for bound, keep_if in ((as_of, np.less_equal), (end, np.less_equal), (start, np.greater_equal)):
        if bound is not None:
            passed = keep_if(days, day_number(bound)) & (days != NO_DAY)
            keep = passed if keep is None else keep & passed
    return keep


def claims_as_of(claims: pd.DataFrame, sources: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """The claims whose source was published by ``as_of`` (the format's rule)."""
    keep = as_of_mask(claim_days(claims, sources), as_of)
    return claims[keep].reset_index(drop=True)


class IdList(Sequence):
    """Claim ids cut from one array without copying: slices of a numpy object array.

    Behaves as a read-only list (len, index, iterate, ``+``, ==); ids become a
    list only when someone iterates them, so a flow of half a million claims
    costs nothing until a person hovers it.
    """

    def __init__(self, ids: np.ndarray, spans: list[tuple[int, int]] = ()):
        self._ids = ids
        self._spans = [(a, b) for a, b in spans if b > a]
        self._len = sum(b - a for a, b in self._spans)

    @classmethod
    def join(cls, lists: list[IdList]) -> IdList:
        if not lists:
            return cls(np.zeros(0, dtype=object))
        return cls(lists[0]._ids, [s for part in lists for s in part._spans])

    def __len__(self) -> int:
        return self._len

    def _array(self) -> np.ndarray:
        if len(self._spans) == 1:
            a, b = self._spans[0]
            return self._ids[a:b]
        return np.concatenate([self._ids[a:b] for a, b in self._spans]) if self._spans else np.zeros(0, dtype=object)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            if step == 1 and start == 0:   # the first few (a tooltip's): only the spans they lie in
                out: list = []
                for a, b in self._spans:
                    if len(out) >= stop:
                        break
                    out.extend(self._ids[a: min(b, a + stop - len(out))].tolist())
                return out
            return self._array()[index].tolist()
        return self._array()[index]

    def __iter__(self):
        return iter(self._array().tolist())

    def __add__(self, other) -> list:
        return list(self) + list(other)

    def __radd__(self, other) -> list:
        return list(other) + list(self)

    def __eq__(self, other) -> bool:
        if isinstance(other, IdList) and other._ids is self._ids:
            return other._spans == self._spans
        return list(self) == list(other)

    __hash__ = None

    def __repr__(self) -> str:
        return f"IdList({len(self)} ids)"


_NONE = np.iinfo(np.int64).max
"""The least wording code of a flow none of whose claims has a figure yet."""


class FlowsByDay:
    """The flows of the claims published by each day, precomputed for instant look-up.

    ``at(day)`` gives a frame with the columns of the format's flows (sorted by
    flow key; ``claims`` and ``denied_by`` are :class:`IdList` of the ids, in
    order of day then id; ``low``/``high`` floats, NaN for none; ``worded`` the vague wording its claims
    with a figure share by then, or "").
    """

    MAX_TABLE = 20_000_000
    """Cells of the per-day tables above which the sums are made per look-up instead."""

    def __init__(self, ids: np.ndarray, group: np.ndarray, days: np.ndarray, stance, low: np.ndarray,
                 high: np.ndarray, keys, wording: tuple[np.ndarray, np.ndarray] | None = None):
        """``group``: each claim's flow number (-1: not counted); ``stance``: each claim's stance;
        ``keys(rows)``: the flow-key columns of those rows (a dict of arrays); ``wording``: each claim's vague
        wording as a code and the wordings coded (``flows.compute.vague_codes``), for the flows' ``worded``."""
        group = np.asarray(group, dtype=np.int64)
        stance = np.asarray(stance, dtype=object)
        counted = (group >= 0) & (days != NO_DAY)
        n_groups = int(group.max()) + 1 if len(group) and group.max() >= 0 else 0
        rows = np.flatnonzero(counted)
        first = np.full(n_groups, -1, dtype=np.int64)
        first[group[rows][::-1]] = rows[::-1]
        present = first >= 0
        frame = pd.DataFrame({name: np.asarray(values, dtype=object)
                              for name, values in keys(first[present]).items()})
        frame["g"] = np.flatnonzero(present)
        frame = frame.sort_values(FLOW_KEY, kind="stable")
        self.key_frame = frame[FLOW_KEY].reset_index(drop=True)
        self.sorted_groups = frame["g"].to_numpy()
        self.n_groups = n_groups
        self.days = np.unique(days[rows])
        """The distinct days on which a counted claim was published, in order."""
        asserts = (stance == "asserts")
        denies = (stance == "denies")
        rank = np.empty(len(ids), dtype=np.int64)
        rank[pc.sort_indices(pa.array(np.asarray(ids, dtype=object), type=pa.large_string())).to_numpy()] = \
            np.arange(len(ids))
        # Each flow's ids by day then id, assertions and denials apart, cut by running counts.
        self._ids_a, self._start_a = _cut(ids, group, days, rank, rows[asserts[rows]], n_groups)
        self._ids_d, self._start_d = _cut(ids, group, days, rank, rows[denies[rows]], n_groups)
        d = np.searchsorted(self.days, days[rows])
        g = group[rows]
        a = asserts[rows]
        lo, hi = low[rows], high[rows]
        with np.errstate(invalid="ignore"):
            pool_lo = np.where(a, np.fmin(lo, hi), np.nan)
            pool_hi = np.where(a, np.fmax(lo, hi), np.nan)
        gives_lo = a & ~np.isnan(lo)
        gives_hi = a & ~np.isnan(hi)
        # The vague wording every asserting claim with a figure shares, as flows_and_groups words it.
        codes, self._wordings = wording if wording is not None and len(wording[0]) == len(ids) else (
            np.full(len(ids), -1, dtype=np.int64), np.zeros(0, dtype=object))
        with_figure = gives_lo | gives_hi
        least = np.where(with_figure, np.asarray(codes, dtype=np.int64)[rows], _NONE)
        most = np.where(with_figure, np.asarray(codes, dtype=np.int64)[rows], -2)
        shape = (len(self.days), n_groups)
        self._tabled = shape[0] * shape[1] <= self.MAX_TABLE
        if self._tabled:
            self._low = np.full(shape, np.nan)
            self._high = np.full(shape, np.nan)
            np.fmin.at(self._low, (d, g), pool_lo)
            np.fmax.at(self._high, (d, g), pool_hi)
            np.fmin.accumulate(self._low, axis=0, out=self._low)
            np.fmax.accumulate(self._high, axis=0, out=self._high)
            flat = d * n_groups + g
            size = shape[0] * shape[1]

            def running(weights):
                return np.cumsum(np.bincount(flat, weights=weights, minlength=size).reshape(shape),
                                 axis=0).astype(np.int64)
            self._n_a = running(a.astype(np.float64))
            self._n_d = running(denies[rows].astype(np.float64))
            self._gives_lo = running(gives_lo.astype(np.float64)) > 0
            self._gives_hi = running(gives_hi.astype(np.float64)) > 0
            self._least = np.full(shape, _NONE)
            self._most = np.full(shape, -2, dtype=np.int64)
            np.minimum.at(self._least, (d, g), least)
            np.maximum.at(self._most, (d, g), most)
            np.minimum.accumulate(self._least, axis=0, out=self._least)
            np.maximum.accumulate(self._most, axis=0, out=self._most)
        else:
            self._rows_d, self._g, self._a, self._d = d, g, a, denies[rows]
            self._pool = (pool_lo, pool_hi, gives_lo, gives_hi, least, most)

    @classmethod
    def of_view(cls, view, days: np.ndarray | None = None) -> FlowsByDay:
        """For a ClaimsIndex (its flows' numbering, bounds and ids)."""
        days = view.day if days is None else days
        stance = view.coded["stance"]
        text = view.claims["value_text"] if "value_text" in view.claims else None
        wording = vague_codes(text, len(text)) if text is not None else None
        return cls(view._ids, view._flow_group, days, np.asarray(stance.values, dtype=object)[stance.codes],
                   view.low, view.high, lambda rows: {name: view.col[name][rows] for name in FLOW_KEY}, wording)

    def index(self, day: int) -> int:
        """The row of the tables for ``day`` (-1: before any claim)."""
        return int(np.searchsorted(self.days, day, side="right")) - 1

    def _row(self, k: int):
        if self._tabled:
            return (self._low[k], self._high[k], self._n_a[k], self._n_d[k], self._gives_lo[k], self._gives_hi[k],
                    self._least[k], self._most[k])
        n = self.n_groups
        upto = self._rows_d <= k
        g, a = self._g[upto], self._a[upto]
        pool_lo, pool_hi, gives_lo, gives_hi, least_of, most_of = (p[upto] for p in self._pool)
        low, high = np.full(n, np.nan), np.full(n, np.nan)
        np.fmin.at(low, g, pool_lo)
        np.fmax.at(high, g, pool_hi)
        least, most = np.full(n, _NONE), np.full(n, -2, dtype=np.int64)
        np.minimum.at(least, g, least_of)
        np.maximum.at(most, g, most_of)
        return (low, high, np.bincount(g[a], minlength=n), np.bincount(g[self._d[upto]], minlength=n),
                np.bincount(g, weights=gives_lo, minlength=n) > 0, np.bincount(g, weights=gives_hi, minlength=n) > 0,
                least, most)

    def at(self, day: int) -> pd.DataFrame:
        """The flows of the claims published by ``day`` (a day number), sorted by flow key."""
        k = self.index(day)
        columns = FLOW_KEY + ["claims", "low", "high", "denied_by", "open_low", "open_high", "worded"]
        if k < 0:
            return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})
        low, high, n_a, n_d, gives_lo, gives_hi, least, most = self._row(k)
        order = self.sorted_groups
        reached = (n_a[order] + n_d[order]) > 0
        groups = order[reached]
        frame = self.key_frame[reached].reset_index(drop=True)
        claims = np.empty(len(groups), dtype=object)
        denied = np.empty(len(groups), dtype=object)
        for i, g in enumerate(groups.tolist()):
            a0, d0 = int(self._start_a[g]), int(self._start_d[g])
            claims[i] = IdList(self._ids_a, [(a0, a0 + int(n_a[g]))])
            denied[i] = IdList(self._ids_d, [(d0, d0 + int(n_d[g]))])
        frame["claims"] = claims
        frame["low"], frame["high"] = low[groups], high[groups]
        frame["denied_by"] = denied
        frame["open_low"] = ~gives_lo[groups] & ~np.isnan(high[groups])
        frame["open_high"] = ~gives_hi[groups] & ~np.isnan(low[groups])
        frame["worded"] = shared_wording(least[groups], most[groups], self._wordings)
        return frame[columns]


def _cut(ids, group, days, rank, rows, n_groups) -> tuple[np.ndarray, np.ndarray]:
    """``rows`` ordered by flow, day, id: their ids, and where each flow's begin."""
    rows = rows[np.lexsort((rank[rows], days[rows], group[rows]))]
    starts = np.zeros(n_groups + 1, dtype=np.int64)
    np.cumsum(np.bincount(group[rows], minlength=n_groups), out=starts[1:])
    return np.asarray(ids, dtype=object)[rows], starts
