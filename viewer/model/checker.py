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
from .strcol import STR, collector_paused, factorize, first_seen, fullmatch, is_empty, isin


class RowChecker:
    """Collects problems for the rows of one table and which rows are bad."""

    def __init__(self, file: str, frame: pd.DataFrame, lines: np.ndarray):
        self.file = file
        self.frame = frame
        self.lines = lines
        self.bad = np.zeros(len(frame), dtype=bool)
        self.problems: list[Problem] = []

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
        values = self.column(column).iloc[rows].tolist() if callable(message) else [None] * len(rows)
        made: dict = {}   # a bad value often repeats (a whole column written one wrong way): worded once
        with collector_paused():   # a million Messages
            for i, value in zip(rows, values):
                text = made.get(value) if callable(message) else message
                if text is None:
                    text = made[value] = message(value)
                self.problems.append(Problem(self.file, int(self.lines[i]), column, text))
        self.bad |= mask

    def flag_at(self, row: int, column: str, message: Message) -> None:
        self.problems.append(Problem(self.file, int(self.lines[row]), column, message))
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
