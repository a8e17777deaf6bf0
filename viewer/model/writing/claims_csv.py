"""The claims table, or some of its rows, written back as claims.csv in the dataset format.

Columns in the format's order, then any extra columns the file had. Values are
the claims as loaded: cells as written, bounds as digits, with the format's
defaults made explicit (origin, unit) and destination groups in their canonical
order, so that the loader reads the file back to the same claims.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

import numpy as np
import pandas as pd

from ..checking.rules import CLAIM_COLUMNS

FORMAT_ORDER = ("claim_id", "source_id", "quote", "quote_prefix", "quote_suffix", "claimant", "claimant_type",
                "stance", "metric", "origin", "destination", "value_low", "value_high", "value_text", "unit",
                "period_start", "period_end", "note")
"""claims.csv's columns in the order the format page lists them."""
assert sorted(FORMAT_ORDER) == sorted(CLAIM_COLUMNS)
INTERNAL = ("line", "quote_start", "quote_end")
CHUNK = 50_000


def csv_columns(claims: pd.DataFrame) -> list[str]:
    """The format's columns in order, then the extra columns the dataset's file had."""
    extra = [c for c in claims.columns if c not in CLAIM_COLUMNS and c not in INTERNAL]
    return list(FORMAT_ORDER) + extra


def write_claims_csv(claims: pd.DataFrame, rows, out: TextIO, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> bool:
    """Write ``rows`` of ``claims`` (positions, in the order given) to ``out``.

    ``out`` must be opened with ``newline=""``. Written in chunks, reporting
    progress; returns False if cancelled part way.
    """
    rows = np.asarray(rows, dtype=np.int64)
    columns = csv_columns(claims)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    total = len(rows)
    for start in range(0, total, CHUNK):
        if cancelled is not None and cancelled():
            return False
        part = claims.iloc[rows[start:start + CHUNK]].reindex(columns=columns)
        cells = {name: _strings(part[name]) for name in columns}
        writer.writerows(zip(*cells.values()))
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    return True


def _strings(values: pd.Series) -> list[str]:
    """A column as the strings of the file: integers as digits, missing as empty."""
    return [str(v) for v in values.astype(object).where(values.notna(), "")]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by a spreadsheet (Excel, LibreOffice, Sheets)."""


@dataclass
class FormulaCells:
    """How many cells of an export start as a formula would, and the first of them."""

    count: int
    claim_id: str = ""
    column: str = ""


def formula_cells(claims: pd.DataFrame, rows) -> FormulaCells:
    """The cells of ``rows`` (written by write_claims_csv) that a spreadsheet would take for formulas.

    They are written as they are (the file must read back to the same claims); the export warns of them."""
    rows = np.asarray(rows, dtype=np.int64)
    count, first = 0, None
    for name in csv_columns(claims):
        if name not in claims.columns or not (pd.api.types.is_object_dtype(claims[name])
                                             or pd.api.types.is_string_dtype(claims[name])):
            continue   # numbers are written as digits
        column = claims[name].iloc[rows]
        hits = column.str.startswith(FORMULA_STARTS, na=False).to_numpy(dtype=bool)
        n = int(hits.sum())
        if n:
            count += n
            at = int(np.argmax(hits))
            if first is None or at < first[0]:
                first = (at, name)
    if not count:
        return FormulaCells(0)
    return FormulaCells(count, str(claims["claim_id"].iloc[rows[first[0]]]), first[1])
