"""Reading one CSV table of a dataset into strings, with physical line numbers."""

from __future__ import annotations

import csv
import gc
import io
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .files import MAX_TABLE_BYTES, read_text
from .problems import FILE_COLUMN, Problem, quoted

_BAD_BYTE = r"[\udc80-\udcff]"


@dataclass
class Table:
    """The rows of a CSV file as strings, each with the line it starts on.

    ``frame`` is None when the file could not be read at all. Rows with
    problems found while reading (ragged, bad bytes) are already left out.
    """

    file: str
    frame: pd.DataFrame | None
    lines: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    problems: list[Problem] = field(default_factory=list)


def read_table(folder: Path, rel: str, what: str) -> Table:
    """Read ``rel`` as RFC 4180 CSV: header first, every cell a string."""
    decoded = read_text(folder, rel, MAX_TABLE_BYTES, what, lenient=True)
    if decoded.text is None:
        return Table(rel, None, problems=decoded.problems)
    text = decoded.text
    if not text.strip("\r\n"):
        return Table(rel, None, problems=[Problem(rel, 1, FILE_COLUMN, (
            "is empty; it needs at least a header row naming the columns"))])
    problems: list[Problem] = []
    gc_was_on = gc.isenabled()
    gc.disable()  # a million small lists: the collector would rescan them again and again
    try:
        return _build(rel, text, decoded.bad_bytes, problems)
    finally:
        if gc_was_on:
            gc.enable()


def _build(rel: str, text: str, bad_bytes: bool, problems: list[Problem]) -> Table:
    records = _records(text, rel, problems)
    first = next(records, None)
    if first is None or not any(first[1]):
        line = first[0] if first else 1
        problems.append(Problem(rel, line, FILE_COLUMN, "the first row must be the header naming the columns, but it is empty"))
        return Table(rel, None, problems=problems)
    header = first[1]
    width = len(header)
    starts: list[int] = []
    rows: list[list[str]] = []
    for line, row in records:
        if len(row) != width:
            if not any(row):
                continue
            problems.append(Problem(rel, line, FILE_COLUMN, (
                f"this row has {len(row)} cells but the header has {width}; "
                "check for a missing or extra comma, or a quote that is not closed")))
            continue
        if not any(row):
            continue
        starts.append(line)
        rows.append(row)
    columns = list(zip(*rows)) if rows else [() for _ in header]
    unique_names = _unique(header)
    frame = pd.DataFrame({name: pd.Series(col, dtype=object) for name, col in zip(unique_names, columns)})
    lines = np.asarray(starts, dtype=np.int64)
    frame, lines = _drop_bad_cells(frame, lines, rel, bad_bytes or "\x00" in text, problems)
    frame.attrs["header"] = header
    return Table(rel, frame, lines, problems)


def _records(text: str, rel: str, problems: list[Problem]):
    """Yield (start line, cells) for each record; report and skip malformed ones.

    A quote that is never closed would swallow the rest of the file: the
    record is reported and reading resumes on the line after it starts.
    """
    skip = 0
    while True:
        reader = csv.reader(itertools.islice(io.StringIO(text, newline=""), skip, None), strict=True)
        previous = 0
        try:
            for row in reader:
                yield skip + previous + 1, row
                previous = reader.line_num
            return
        except csv.Error as err:
            start = skip + previous + 1
            if "unexpected end of data" in str(err):
                problems.append(Problem(rel, start, FILE_COLUMN, (
                    'a quoted cell that starts in this row is never closed; close it with " '
                    '(write a quote inside a quoted cell as "")')))
                skip = start  # resume on the line after the bad record starts
            else:
                problems.append(Problem(rel, start, FILE_COLUMN, (
                    f"malformed CSV quoting ({err}); a cell that holds a quote must be "
                    'wrapped in quotes, with the quote doubled: "say ""hi"""')))
                skip += reader.line_num


def _unique(header: list[str]) -> list[str]:
    """Column labels for the frame: duplicates get a suffix (they are reported elsewhere)."""
    seen: dict[str, int] = {}
    out = []
    for name in header:
        n = seen.get(name, 0)
        seen[name] = n + 1
        out.append(name if n == 0 else f"{name}\x00{n}")
    return out


def _drop_bad_cells(frame: pd.DataFrame, lines: np.ndarray, rel: str, suspicious: bool,
                    problems: list[Problem]) -> tuple[pd.DataFrame, np.ndarray]:
    """Leave out rows whose cells hold undecodable bytes or NUL characters."""
    if not suspicious or frame.empty:
        return frame, lines
    bad = np.zeros(len(frame), dtype=bool)
    for name in frame.columns:
        col = frame[name].astype(object)
        not_utf8 = col.str.contains(_BAD_BYTE, regex=True).to_numpy(dtype=bool)
        nul = col.str.contains("\x00", regex=False).to_numpy(dtype=bool)
        label = name.split("\x00")[0]
        for i in np.flatnonzero(not_utf8):
            problems.append(Problem(rel, int(lines[i]), label, "holds bytes that are not UTF-8; save the file with UTF-8 encoding"))
        for i in np.flatnonzero(nul & ~not_utf8):
            problems.append(Problem(rel, int(lines[i]), label, f"holds a NUL character ({quoted(col.iloc[i])}); remove it"))
        bad |= not_utf8 | nul
    keep = ~bad
    return frame[keep].reset_index(drop=True), lines[keep]
