"""Vectorised row checks: a mask of bad cells becomes one problem per cell.

The columns are STR (Arrow) columns; the checks run in Arrow or on the
distinct values, and only the cells that get a problem become Python strings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import numpy as np
import pandas as pd

from .problems import Message, Problem, msg, quoted
from .rules import DATE_PATTERN, DATETIME_PATTERN
from ..reading.strcol import (STR, collector_paused, factorize, first_seen, fullmatch, is_empty, isin,
                              strictly_increasing)


MAX_LISTED = 1000
"""Rows listed with one kind of problem in one column; the rest are counted in one problem more.

A million rows written one wrong way would otherwise make a million problems
(and gigabytes): the first MAX_LISTED are listed, then one problem says how
many more rows have it (they are left out all the same)."""


class Listing:
    """The problems of one file, at most MAX_LISTED of each kind, then one that counts the rest."""

    def __init__(self, file: str):
        self.file = file
        self.listed: list[Problem] = []
        self._seen: dict[object, list] = {}   # kind -> [listed, more, column, first line more, last line more]

    def room(self, kind: object, column: str, lines: np.ndarray) -> int:
        """How many of ``lines`` (rows with a problem of ``kind``, in order) may be listed; the rest are counted."""
        seen = self._seen.setdefault(kind, [0, 0, column, 0, 0])
        free = max(MAX_LISTED - seen[0], 0)
        take = min(free, len(lines))
        seen[0] += take
        if take < len(lines):
            if not seen[1]:
                seen[3] = int(lines[take])
            seen[1] += len(lines) - take
            seen[4] = max(seen[4], int(lines[-1]))
        return take

    def add(self, kind: object, line: int, column: str, text: Message | str) -> None:
        """One problem of ``kind``: listed, or counted once MAX_LISTED of its kind are."""
        if self.room(kind, column, np.array([line])):
            self.listed.append(Problem(self.file, line, column, text))

    @property
    def problems(self) -> list[Problem]:
        """The problems listed, and for each kind with more, one that says how many more there are."""
        more = [Problem(self.file, first, column, msg(
            "{count:,} more rows (this one, and others up to line {last}) have the same kind of problem in this "
            "column as the {listed:,} listed; they were left out too", count=count, last=last, listed=listed))
            for listed, count, column, first, last in self._seen.values() if count]
        return self.listed + more


class RowChecker:
    """Collects problems for the rows of one table and which rows are bad."""

    def __init__(self, file: str, frame: pd.DataFrame, lines: np.ndarray):
        self.file = file
        self.frame = frame
        self.lines = lines
        self.bad = np.zeros(len(frame), dtype=bool)
        self._listing = Listing(file)
        self._calls = 0

    @property
    def problems(self) -> list[Problem]:
        return self._listing.problems

    def column(self, name: str) -> pd.Series:
        """A column's cells as a STR Series ("" where the column is absent)."""
        if name in self.frame.columns:
            return self.frame[name]
        return pd.Series([""] * len(self.frame), dtype=STR)

    def flag(self, mask: np.ndarray, column: str, message: Message | Callable[[str], Message]) -> None:
        """Report every row where ``mask`` is true, and mark it bad."""
        mask = np.asarray(mask, dtype=bool)
        rows = np.flatnonzero(mask)
        if not len(rows):
            return
        self._calls += 1
        rows = rows[:self._listing.room(("flag", self._calls), column, self.lines[rows])]   # each call: one kind
        values = self.column(column).iloc[rows].tolist() if callable(message) else [None] * len(rows)
        made: dict = {}   # a bad value often repeats (a whole column written one wrong way): worded once
        listed = self._listing.listed
        with collector_paused():   # many Messages
            for i, value in zip(rows, values):
                text = made.get(value) if callable(message) else message
                if text is None:
                    text = made[value] = message(value)
                listed.append(Problem(self.file, int(self.lines[i]), column, text))
        self.bad |= mask

    def flag_at(self, row: int, column: str, message: Message) -> None:
        """One row's problem; each column's are one kind (see Listing)."""
        self._listing.add(("at", column), int(self.lines[row]), column, message)
        self.bad[row] = True

    def required(self, columns: tuple[str, ...]) -> None:
        for name in columns:
            self.flag(is_empty(self.column(name)), name, msg("a value is required here"))

    def pattern(self, column: str, pattern: str, message: Callable[[str], Message]) -> None:
        """Check non-empty cells against a regular expression (empty ones: see required)."""
        values = self.column(column)
        self.flag(~fullmatch(values, pattern) & ~is_empty(values), column, message)

    def one_of(self, column: str, allowed: tuple[str, ...]) -> None:
        """Check non-empty cells against a list of allowed values."""
        values = self.column(column)
        ok = isin(values, allowed) | is_empty(values)
        self.flag(~ok, column, lambda v: msg("{value} is not one of: {allowed}", value=quoted(v), allowed=", ".join(allowed)))

    def unique(self, column: str, what: str) -> None:
        values = self.column(column)
        if strictly_increasing(values):   # ids written in order (the usual): all different, none hashed
            return
        codes, _ = factorize(values)
        first = first_seen(codes)
        dup = ~first & ~is_empty(values)
        if not dup.any():
            return
        first_row = np.zeros(int(codes.max()) + 1, dtype=np.int64)
        first_row[codes[first]] = np.flatnonzero(first)
        first_line = {}
        for i in np.flatnonzero(dup):
            first_line.setdefault(values.iat[i], int(self.lines[first_row[codes[i]]]))
        self.flag(dup, column, lambda v: msg("duplicate {column} {value}; it was first used on line {line}",
                                             column=what, value=quoted(v), line=first_line.get(v, "?")))

    def dates(self, column: str, with_time: bool) -> np.ndarray:
        """Check ISO 8601 dates; return them as datetime64[D] (NaT where empty or bad)."""
        values = self.column(column)
        out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
        form = DATETIME_PATTERN if with_time else DATE_PATTERN
        # Dates repeat: check each distinct value once, then spread the answers by code.
        codes, uniques = factorize(values)
        u_shaped = pd.Series(uniques, dtype=object).str.fullmatch(form).to_numpy(dtype=bool, na_value=False)
        u_days = np.full(len(uniques), np.datetime64("NaT"), dtype="datetime64[D]")
        for i in np.flatnonzero(u_shaped):
            day = _parse_date(uniques[i])
            if day is not None:
                u_days[i] = np.datetime64(day, "D")
        u_empty = uniques == ""
        shaped, empty, out = u_shaped[codes], u_empty[codes], u_days[codes]
        valid = ~np.isnat(out)
        if with_time:
            self.flag(~valid & ~empty & ~shaped, column, lambda v: msg(
                "{value} is not an ISO 8601 date (2022-10-06) or date-time (2022-10-06T18:42)", value=quoted(v)))
            self.flag(~valid & ~empty & shaped, column, lambda v: msg("{value} is not a real date or time", value=quoted(v)))
        else:
            self.flag(~valid & ~empty & ~shaped, column, lambda v: msg(
                "{value} is not an ISO 8601 date such as 2022-10-06", value=quoted(v)))
            self.flag(~valid & ~empty & shaped, column, lambda v: msg("{value} is not a real date", value=quoted(v)))
        return out


def _parse_date(value: str) -> date | None:
    try:
        text = value[:-1] + "+00:00" if value.endswith("Z") else value
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)
    except ValueError:
        return None
