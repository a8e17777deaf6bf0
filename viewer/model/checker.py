"""Vectorised row checks: a mask of bad cells becomes one problem per cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import numpy as np
import pandas as pd

from .problems import Problem, quoted
from .rules import DATE_PATTERN, DATETIME_PATTERN


class RowChecker:
    """Collects problems for the rows of one table and which rows are bad."""

    def __init__(self, file: str, frame: pd.DataFrame, lines: np.ndarray):
        self.file = file
        self.frame = frame
        self.lines = lines
        self.bad = np.zeros(len(frame), dtype=bool)
        self.problems: list[Problem] = []

    def column(self, name: str) -> pd.Series:
        """A column's cells as strings ("" where the column is absent)."""
        if name in self.frame.columns:
            return self.frame[name]
        return pd.Series([""] * len(self.frame), dtype=object)

    def flag(self, mask: np.ndarray, column: str, message: str | Callable[[str], str]) -> None:
        """Report every row where ``mask`` is true, and mark it bad."""
        mask = np.asarray(mask, dtype=bool)
        rows = np.flatnonzero(mask)
        if not len(rows):
            return
        values = self.column(column).to_numpy()
        for i in rows:
            text = message(values[i]) if callable(message) else message
            self.problems.append(Problem(self.file, int(self.lines[i]), column, text))
        self.bad |= mask

    def flag_at(self, row: int, column: str, message: str) -> None:
        self.problems.append(Problem(self.file, int(self.lines[row]), column, message))
        self.bad[row] = True

    def required(self, columns: tuple[str, ...]) -> None:
        for name in columns:
            self.flag(self.column(name).to_numpy() == "", name, "a value is required here")

    def pattern(self, column: str, pattern: str, message: Callable[[str], str]) -> None:
        """Check non-empty cells against a regular expression (empty ones: see required)."""
        values = self.column(column)
        ok = values.str.fullmatch(pattern).to_numpy(dtype=bool, na_value=False)
        self.flag(~ok & (values.to_numpy() != ""), column, message)

    def one_of(self, column: str, allowed: tuple[str, ...]) -> None:
        """Check non-empty cells against a list of allowed values."""
        values = self.column(column)
        ok = values.isin(allowed).to_numpy() | (values.to_numpy() == "")
        self.flag(~ok, column, lambda v: f"{quoted(v)} is not one of: {', '.join(allowed)}")

    def unique(self, column: str, what: str) -> None:
        values = self.column(column)
        dup = values.duplicated(keep="first").to_numpy() & (values.to_numpy() != "")
        if not dup.any():
            return
        first_line = dict(zip(values[~dup].to_numpy(), self.lines[~dup]))
        self.flag(dup, column, lambda v: f"duplicate {what} {quoted(v)}; it was first used on line {first_line.get(v, '?')}")

    def dates(self, column: str, with_time: bool) -> np.ndarray:
        """Check ISO 8601 dates; return them as datetime64[D] (NaT where empty or bad)."""
        values = self.column(column)
        out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
        form = DATETIME_PATTERN if with_time else DATE_PATTERN
        wanted = "an ISO 8601 date (2022-10-06) or date-time (2022-10-06T18:42)" if with_time \
            else "an ISO 8601 date such as 2022-10-06"
        # Dates repeat: check each distinct value once, then spread the answers by code.
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        uniques = np.asarray(uniques, dtype=object)
        u_shaped = pd.Series(uniques, dtype=object).str.fullmatch(form).to_numpy(dtype=bool, na_value=False)
        u_days = np.full(len(uniques), np.datetime64("NaT"), dtype="datetime64[D]")
        for i in np.flatnonzero(u_shaped):
            day = _parse_date(uniques[i])
            if day is not None:
                u_days[i] = np.datetime64(day, "D")
        u_empty = uniques == ""
        shaped, empty, out = u_shaped[codes], u_empty[codes], u_days[codes]
        valid = ~np.isnat(out)
        self.flag(~valid & ~empty & ~shaped, column, lambda v: f"{quoted(v)} is not {wanted}")
        real = "a real date or time" if with_time else "a real date"
        self.flag(~valid & ~empty & shaped, column, lambda v: f"{quoted(v)} is not {real}")
        return out


def _parse_date(value: str) -> date | None:
    try:
        text = value[:-1] + "+00:00" if value.endswith("Z") else value
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)
    except ValueError:
        return None
