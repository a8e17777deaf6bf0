"""What the timeline draws, as arrays (no Qt): a row per destination, a mark per claim at its published
day, or one mark for many where they would crowd.

:class:`TimelineMarks` counts the claims per (row, day) cell once per filter
change (one ``bincount`` over the claims); painting then bins those cells by
pixel, never looking at a claim again, so a million claims paint as fast as a
thousand. A bin of few claims is drawn claim by claim (each in its claimant
colour, denials with the denial mark); a crowded one as one mark with its count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .as_of import NO_DAY, day_number

TYPES = ("government", "anonymous", "media", "organization", "other", "")
"""Claimant types in the legend's order ("" = none given)."""
FEW = 9
"""A bin of at most this many claims is drawn claim by claim."""
DENSE_CELLS = 2_000_000
"""Up to this many (row, day) cells the claims are counted in a table of every cell; beyond (sources dated
centuries apart), only in the cells that hold claims."""


@dataclass(frozen=True)
class Bins:
    """The marks at one zoom: per bin (a row and a span of days), arrays of the same length."""

    row: np.ndarray
    day: np.ndarray      # mean published day of its claims (day numbers, float)
    count: np.ndarray
    kind: np.ndarray     # index in TYPES of its most frequent claimant type
    denials: np.ndarray
    _cells: np.ndarray   # the cells of each bin, bin by bin
    _starts: np.ndarray
    _marks: "TimelineMarks"

    def __len__(self) -> int:
        return len(self.row)

    def breakdown(self, i: int) -> tuple[np.ndarray, int, int, int]:
        """Bin ``i``'s claims per claimant type (in TYPES' order), its denials, its first and last day."""
        cells = self._cells[self._starts[i]: self._starts[i + 1]]
        marks = self._marks
        days = marks.cell_day[cells]
        return (marks.cell_kinds[cells].sum(axis=0), int(marks.cell_denials[cells].sum()),
                int(days.min()), int(days.max()))

    def claims(self, i: int, most: int = FEW) -> np.ndarray:
        """Rows (in the view) of up to ``most`` claims of bin ``i``, in order of day then row."""
        marks = self._marks
        out, need = [], most
        for c in self._cells[self._starts[i]: self._starts[i + 1]].tolist():
            start, count = int(marks.cell_start[c]), int(marks.cell_count[c])
            out.append(marks.sorted_rows[start: start + min(count, need)])
            need -= min(count, need)
            if need <= 0:
                break
        return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


class TimelineMarks:
    """The claims passing a mask, counted per destination row and published day."""

    def __init__(self, view, mask: np.ndarray | None = None, event_day: int | None = None):
        dest = view.coded["destination"]
        kind = view.coded["claimant_type"]
        kind_of_code = np.array([TYPES.index(v) if v in TYPES else len(TYPES) - 1 for v in kind.values] + [5],
                                dtype=np.int8)
        denies = np.asarray(view.coded["stance"].values == "denies", dtype=bool)
        days = view.day
        keep = days != NO_DAY
        if mask is not None:
            keep &= mask
        rows = np.flatnonzero(keep)
        # Rows: abroad as a whole first, then by the name shown (the view's labels), each destination once.
        labels = [str(v) for v in dest.labels]
        order = sorted(range(len(dest.values)), key=lambda i: (dest.values[i] != "", labels[i].casefold()))
        self.row_codes = [str(dest.values[i]) for i in order]
        self._dest_values, self._dest_codes = dest.values, dest.codes
        self.row_labels = [labels[i] for i in order]
        row_of_code = np.empty(len(dest.values) + 1, dtype=np.int64)
        row_of_code[order] = np.arange(len(order))
        known = days[days != NO_DAY]
        span = [int(known.min()), int(known.max())] if len(known) else [day_number_today(), day_number_today()]
        if event_day is not None:
            span = [min(span[0], event_day), max(span[1], event_day)]
        self.first_day, self.last_day = span
        """The days the axis covers (every published day, and the event's)."""
        self.first_published = int(known.min()) if len(known) else self.first_day
        """The first day a claim was published (where Home and Play start; the event may come before)."""
        self.n_rows = len(order)
        n_days = self.last_day - self.first_day + 1
        row = row_of_code[dest.codes[rows]]
        cell = row * n_days + (days[rows] - self.first_day)
        self._rows, self._cell = rows, cell
        self._sorted_rows: np.ndarray | None = None
        size = self.n_rows * n_days
        kinds = kind_of_code[kind.codes[rows]]
        if size <= DENSE_CELLS:   # every (row, day) cell counted, then the ones holding claims kept
            counts = np.bincount(cell, minlength=size)
            present = np.flatnonzero(counts)
            slot, n_slots, keep = cell, size, present
        else:   # days spread over centuries: only the cells holding claims (a dense table would not fit)
            present, slot, counts = np.unique(cell, return_inverse=True, return_counts=True)
            n_slots, keep = len(present), slice(None)
        self.cell_row, self.cell_day = np.divmod(present, n_days)
        self.cell_day = self.cell_day + self.first_day
        self.cell_count = counts[keep]
        self.cell_start = (np.cumsum(counts) - counts)[keep]
        by_kind = np.zeros((n_slots, len(TYPES)), dtype=np.int64)
        np.add.at(by_kind, (slot, kinds), 1) if len(rows) < 200_000 else _add_by_kind(by_kind, slot, kinds)
        self.cell_kinds = by_kind[keep]
        self.cell_denials = np.bincount(slot, weights=denies[view.coded["stance"].codes[rows]],
                                        minlength=n_slots)[keep].astype(np.int64)
        self.n_claims = len(rows)
        self.days_of_claims = days   # (every claim's day, for the selected one)
        self.claim_kind = kind_of_code[kind.codes]
        """Every claim's claimant type (index in TYPES), to draw claims one by one."""
        self.claim_denies = denies[view.coded["stance"].codes]

    @property
    def sorted_rows(self) -> np.ndarray:
        """The claims' rows by cell (row, day), then row: made when a few claims are first drawn one by one."""
        if self._sorted_rows is None:
            cell = self._cell
            # Few cells (rows times days): 16-bit keys, which numpy sorts stably by radix, in linear time.
            key = cell.astype(np.uint16) if len(cell) and cell.max() < 65536 else cell
            self._sorted_rows = self._rows[np.argsort(key, kind="stable")]
        return self._sorted_rows

    def counted(self, claim: int) -> bool:
        """Whether the claim (a row of the view) was there when these marks were counted (a claim added since
        waits for the marks counted again)."""
        return 0 <= claim < min(len(self._dest_codes), len(self.days_of_claims))

    def row_of_claim(self, claim: int) -> int:
        """The timeline row of a claim (a row of the view)."""
        return self.row_codes.index(str(self._dest_values[self._dest_codes[claim]]))

    def bins(self, days_per_bin: float) -> Bins:
        """The marks when one bin spans ``days_per_bin`` days (at least 1: a day each). All on arrays."""
        step = max(float(days_per_bin), 1.0)
        column = np.floor((self.cell_day - self.first_day) / step).astype(np.int64)
        key = self.cell_row * (int((self.last_day - self.first_day) / step) + 2) + column
        uniq, group = np.unique(key, return_inverse=True)
        n = len(uniq)
        count = np.bincount(group, weights=self.cell_count, minlength=n).astype(np.int64)
        mean_day = np.bincount(group, weights=self.cell_count * self.cell_day, minlength=n) / np.maximum(count, 1)
        kinds = np.zeros((n, len(TYPES)), dtype=np.int64)
        for k in range(len(TYPES)):
            kinds[:, k] = np.bincount(group, weights=self.cell_kinds[:, k], minlength=n)
        denials = np.bincount(group, weights=self.cell_denials, minlength=n).astype(np.int64)
        cells = np.argsort(group, kind="stable")
        starts = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(group, minlength=n), out=starts[1:])
        row = self.cell_row[cells[starts[:-1]]] if n else np.zeros(0, dtype=np.int64)
        return Bins(row, mean_day, count, np.argmax(kinds, axis=1) if n else np.zeros(0, dtype=np.int64),
                    denials, cells, starts, self)

def _add_by_kind(table: np.ndarray, cell: np.ndarray, kind: np.ndarray) -> None:
    """``np.add.at(table, (cell, kind), 1)`` through bincount (np.add.at is slow on a million)."""
    n_kinds = table.shape[1]
    table += np.bincount(cell * n_kinds + kind, minlength=table.size).reshape(table.shape)


def day_number_today() -> int:
    from datetime import date
    return day_number(date.today())
