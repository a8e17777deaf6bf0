"""The steps of a presentation: which claim comes when (no Qt).

A teacher steps through claims in one of these orders:

- ``date``: by the source's published date (the calendar date as written);
  within a date the assertions first, then the denials (a class sees a figure
  before it sees it denied), each by the time if given (a date alone first),
  then by the claim's place in claims.csv;
- ``destination``: by destination (abroad as a whole first, then by name),
  then by flow (origin, metric, unit), then by date as above (assertions of
  a date before its denials);
- ``list``: the order of the teacher's presentation list;
- ``table``: the table's current order (its filters and sort).

``date`` and ``destination`` take the claims that pass the table's filters.

With *reveal* on, the claims of one flow form a group shown one at a time:
the flow's assertions first, then its denials, each in the order chosen (for
``date`` and ``destination`` that is date order), so a class discusses a
figure before it sees it denied: the rule of a date, kept for the whole flow. Groups come in the order their first claim
comes. Everything is computed on arrays, never per claim in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..flows.compute import FLOW_KEY
from ..checking.rules import METRICS

ORDERS = ("date", "destination", "list", "table")


@dataclass(frozen=True)
class Steps:
    """The rows (of the ClaimsIndex's frame) shown at each step, and where each step's group begins.

    Without reveal every step is its own group.
    """

    rows: np.ndarray
    group_start: np.ndarray
    reveal: bool = False
    """True when the steps reveal each flow's claims one at a time."""

    def __len__(self) -> int:
        return len(self.rows)

    def revealed(self, step: int) -> np.ndarray:
        """Rows of the step's group shown so far: the group's first step up to this one."""
        return self.rows[self.group_start[step]: step + 1]

    def group_size(self, step: int) -> int:
        """How many steps the step's group has in all."""
        start = self.group_start[step]
        later = np.flatnonzero(self.group_start[start:] != start)
        return int(later[0]) if len(later) else len(self.rows) - int(start)

    def step_of(self, row: int) -> int | None:
        """The first step showing ``row``, or None."""
        hits = np.flatnonzero(self.rows == row)
        return int(hits[0]) if len(hits) else None


def published_keys(published: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Sort keys for ISO 8601 publication times: (calendar date as written, UTC instant).

    A date alone has the smallest instant of its day; an unreadable value sorts last.
    """
    text = published.astype(str)
    day = pd.to_datetime(text.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    has_time = text.str.len() > 10
    instant = pd.to_datetime(text.where(has_time), format="ISO8601", utc=True, errors="coerce")
    last = np.iinfo(np.int64).max
    day_key = np.where(day.isna(), last, day.to_numpy(dtype="datetime64[ns]").astype(np.int64))
    instant_key = np.where(instant.isna(), np.iinfo(np.int64).min,
                           instant.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").astype(np.int64))
    return day_key.astype(np.int64), instant_key.astype(np.int64)


def claim_date_keys(view, sources: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """``published_keys`` of each claim's source, one entry per row of the view's frame."""
    coded = view.coded["source_id"]
    published = sources.set_index("source_id")["published"] if len(sources) else pd.Series(dtype=object)
    per_source = published.reindex(coded.values).fillna("").reset_index(drop=True)
    day, instant = published_keys(per_source)
    return day[coded.codes], instant[coded.codes]


def date_order(rows: np.ndarray, day: np.ndarray, instant: np.ndarray, denies: np.ndarray) -> np.ndarray:
    """``rows`` by date; within a date the assertions, then the denials, each by time and place in the file.

    ``day``, ``instant`` and ``denies`` are per row of the whole frame.
    """
    return rows[np.lexsort((rows, instant[rows], denies[rows], day[rows]))]


def destination_order(view, rows: np.ndarray, day: np.ndarray, instant: np.ndarray,
                      denies: np.ndarray) -> np.ndarray:
    """``rows`` by destination (abroad first, then by name), flow, then date as ``date_order`` has it."""
    dest = view.coded["destination"]
    abroad = dest.code_of("")
    dest_rank = dest.rank[dest.codes].copy()
    if abroad >= 0:
        dest_rank[dest.codes == abroad] = -1
    origin_rank = _rank(view.claims["origin"])
    metric_rank = _rank(view.claims["metric"], METRICS)
    unit_rank = _rank(view.claims["unit"])
    keys = (rows, instant[rows], denies[rows], day[rows], unit_rank[rows], metric_rank[rows], origin_rank[rows],
            dest_rank[rows])
    return rows[np.lexsort(keys)]


def list_order(view, claim_ids: list[str]) -> np.ndarray:
    """Rows of the listed claims in the list's order (unknown ids and repeats left out)."""
    rows = view.rows_of(claim_ids)
    _unique, first = np.unique(rows, return_index=True)
    return rows[np.sort(first)]


def flow_groups(view) -> np.ndarray:
    """A flow number for each row of the view's frame (claims of one flow share it)."""
    if not len(view.claims):
        return np.zeros(0, dtype=np.int64)
    return view.claims.groupby(FLOW_KEY, sort=False).ngroup().to_numpy(dtype=np.int64)


def one_by_one(rows: np.ndarray) -> Steps:
    """Each claim a step of its own."""
    return Steps(np.asarray(rows, dtype=np.int64), np.arange(len(rows), dtype=np.int64))


def reveal(rows: np.ndarray, group: np.ndarray, denies: np.ndarray) -> Steps:
    """Group ``rows`` by flow, in order of each flow's first claim; within a flow the
    assertions first, then the denials, each keeping the order of ``rows``.

    ``group`` and ``denies`` are per row of the whole frame.
    """
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows):
        return Steps(rows, rows.copy(), reveal=True)
    g = group[rows]
    position = np.arange(len(rows))
    codes, inverse = np.unique(g, return_inverse=True)
    first = np.full(len(codes), len(rows), dtype=np.int64)
    np.minimum.at(first, inverse, position)
    perm = np.lexsort((position, denies[rows], first[inverse]))
    ordered = rows[perm]
    g_sorted = g[perm]
    starts = np.ones(len(ordered), dtype=bool)
    starts[1:] = g_sorted[1:] != g_sorted[:-1]
    group_start = np.maximum.accumulate(np.where(starts, position, 0))
    return Steps(ordered, group_start.astype(np.int64), reveal=True)


def build_steps(view, sources: pd.DataFrame, order: str, *, reveal_flows: bool = False,
                claim_ids: list[str] | None = None, visible: np.ndarray | None = None) -> Steps:
    """The steps for ``order`` (one of ORDERS) over a ClaimsIndex.

    ``visible`` is the table's current order (the rows passing its filters, sorted); it
    defaults to every row in file order. ``claim_ids`` is the presentation list.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown presentation order {order!r}; expected one of {', '.join(ORDERS)}")
    table = view.live_rows() if visible is None else np.asarray(visible, dtype=np.int64)
    denies = np.asarray(view.col["stance"] == "denies", dtype=bool)
    if order == "table":
        rows = table
    elif order == "list":
        rows = list_order(view, list(claim_ids or []))
    else:
        day, instant = claim_date_keys(view, sources)
        passing = np.sort(table)
        rows = date_order(passing, day, instant, denies) if order == "date" else \
            destination_order(view, passing, day, instant, denies)
    if not reveal_flows:
        return one_by_one(rows)
    return reveal(rows, flow_groups(view), denies)


def _rank(values: np.ndarray, first: tuple[str, ...] = ()) -> np.ndarray:
    """Integer sort key for a column: ``first`` in its order, then the rest alphabetically."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    names = [str(u) for u in uniques]
    order = sorted(range(len(names)), key=lambda i: (first.index(names[i]) if names[i] in first else len(first),
                                                     names[i]))
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    return rank[codes]


class PresentationList:
    """The claims a teacher picked, in the order they will be shown (no repeats)."""

    def __init__(self, claim_ids=()):
        self.ids: list[str] = list(dict.fromkeys(claim_ids))

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, claim_id) -> bool:
        return claim_id in self.ids

    def add(self, claim_id: str) -> bool:
        """Append a claim; False if it is already listed."""
        if claim_id in self.ids:
            return False
        self.ids.append(claim_id)
        return True

    def remove(self, claim_id: str) -> bool:
        if claim_id not in self.ids:
            return False
        self.ids.remove(claim_id)
        return True

    def move(self, claim_id: str, offset: int) -> bool:
        """Move a claim ``offset`` places later (negative: earlier), within the list's ends."""
        if claim_id not in self.ids:
            return False
        old = self.ids.index(claim_id)
        new = min(max(old + offset, 0), len(self.ids) - 1)
        if new == old:
            return False
        self.ids.insert(new, self.ids.pop(old))
        return True

    def clear(self) -> None:
        self.ids.clear()
