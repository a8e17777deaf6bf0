"""Reading one CSV table of a dataset into strings, with physical line numbers."""

from __future__ import annotations

import csv
import io
import re
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import csv as pacsv

from .files import MAX_TABLE_BYTES, decode_text, read_bytes
from .problems import FILE_COLUMN, Message, Problem, msg, one_line, quoted
from .strcol import STR, collector_paused, str_series

_BAD_BYTE = r"[\udc80-\udcff]"
_BOM_BYTES = "\ufeff".encode("utf-8")


@dataclass
class Table:
    """The rows of a CSV file as strings (STR columns), each with the line it starts on.

    ``frame`` is None when the file could not be read at all. Rows with
    problems found while reading (ragged, bad bytes) are already left out.
    """

    file: str
    frame: pd.DataFrame | None
    lines: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    problems: list[Problem] = field(default_factory=list)
    dropped: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    """Rows left out while reading (line, cells by column name), so that rows
    of other tables that refer to them can say so."""


def read_table(folder: Path, rel: str, what: str, data: bytes | None = None) -> Table:
    """Read ``rel`` as RFC 4180 CSV: header first, every cell a string (a STR column).

    ``data``, when given, is the file's content (a table being edited), read instead of the file.
    """
    if data is None:
        data, problems = read_bytes(folder, rel, MAX_TABLE_BYTES, what)
        if data is None:
            return Table(rel, None, problems=problems)
    fast = _fast_read(data)
    if fast is not None:
        header, frame, lines = fast
        frame.attrs["header"] = header
        return Table(rel, frame, lines, [])
    decoded = decode_text(data, rel, lenient=True)
    del data
    if decoded.text is None:
        return Table(rel, None, problems=decoded.problems)
    text = decoded.text
    if not text[:4096].strip("\r\n") and not text.strip("\r\n"):
        return Table(rel, None, problems=[Problem(rel, 1, FILE_COLUMN, msg(
            "is empty; it needs at least a header row naming the columns"))])
    with collector_paused():   # a million small lists
        return _build(rel, text, decoded.bad_bytes, [])


def _build(rel: str, text: str, bad_bytes: bool, problems: list[Problem]) -> Table:
    """Read with the csv module: every problem found and reported (the reference path)."""
    records = _records(text, rel, problems)
    first = next(records, None)
    if problems:   # the header itself could not be read: no row can be trusted
        return Table(rel, None, problems=problems)
    if first is None or not any(first[1]):
        line = first[0] if first else 1
        problems.append(Problem(rel, line, FILE_COLUMN, msg(
            "the first row must be the header naming the columns, but it is empty")))
        return Table(rel, None, problems=problems)
    header = first[1]
    for position, name in enumerate(header, start=1):
        damage = (msg("this column name holds bytes that are not UTF-8; save the file with UTF-8 encoding "
                      "(the rows were not read)") if re.search(_BAD_BYTE, name)
                  else msg("this column name holds a NUL character ({value}); remove it (the rows were not read)",
                           value=quoted(name)) if "\x00" in name else None)
        if damage:
            shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            problems.append(Problem(rel, first[0], column_label(shown, position), damage))
    if problems:
        return Table(rel, None, problems=problems)
    width = len(header)
    dropped: list[tuple[int, dict[str, str]]] = []
    starts: list[int] = []
    rows: list[list[str]] = []
    for line, row in records:
        if len(row) != width:
            if not any(row):
                continue
            problems.append(Problem(rel, line, FILE_COLUMN, msg(
                "this row has {cells} cells but the header has {width}; "
                "check for a missing or extra comma, or a quote that is not closed", cells=len(row), width=width)))
            dropped.append((line, dict(zip(header, row))))
            continue
        if not any(row):
            continue
        starts.append(line)
        rows.append(row)
    columns = list(zip(*rows)) if rows else [() for _ in header]
    unique_names = _unique(header)
    frame = pd.DataFrame({name: pd.Series(col, dtype=object) for name, col in zip(unique_names, columns)})
    lines = np.asarray(starts, dtype=np.int64)
    frame, lines = _drop_bad_cells(frame, lines, rel, bad_bytes or "\x00" in text, problems, dropped)
    frame = frame.astype(STR)   # every cell is valid Unicode now: the rows with bad bytes are gone
    frame.attrs["header"] = header
    return Table(rel, frame, lines, problems, dropped)


def column_label(name: str, position: int) -> str:
    """How a problem names a column: its name on one line, or its position when it has none."""
    return one_line(name) if name else str(unnamed_column(position))


def unnamed_column(position: int) -> Message:
    """How a problem names a column that has no name (the window translates it: see unnamed_position)."""
    return msg("(unnamed column {position})", position=position)


def unnamed_position(label: str) -> int | None:
    """The position in a column label made by unnamed_column, or None for a column's own name."""
    found = re.fullmatch(r"\(unnamed column ([0-9]+)\)", label)
    return int(found.group(1)) if found else None


FAST_MIN_CHARS = 2_000_000
"""Tables smaller than this (in bytes) always go through the csv module (quick enough, and the reference)."""
# A quote with no delimiter, quote or line break on either side: a stray quote in
# an unquoted cell, or text after a closing quote. The csv module judges those.
_ODD_QUOTE = r'[^,"\r\n]"[^,"\r\n]'


def _newlines_and_lengths(column: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Per cell of a large_string column: how many line feeds it holds, and its length in bytes.

    Computed from the Arrow buffers: one pass over the bytes for the line
    feeds, which are then counted per cell by their offsets.
    """
    newlines, lengths = [], []
    for chunk in column.chunks:
        if not len(chunk):
            continue
        _validity, offsets, values = chunk.buffers()
        offsets = np.frombuffer(offsets, dtype=np.int64)[chunk.offset: chunk.offset + len(chunk) + 1]
        values = np.zeros(0, np.uint8) if values is None else np.frombuffer(values, dtype=np.uint8)
        at = offsets[0] + np.flatnonzero(values[offsets[0]: offsets[-1]] == ord("\n"))
        cell = np.searchsorted(offsets, at, side="right") - 1
        newlines.append(np.bincount(cell, minlength=len(chunk)))
        lengths.append(np.diff(offsets))
    if not newlines:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(newlines), np.concatenate(lengths)


def _fast_read(data: bytes | str) -> tuple[list[str], pd.DataFrame, np.ndarray] | None:
    """Parse with pyarrow's multithreaded reader when that gives exactly what the
    csv module path would: same cells, same physical start lines.

    Works on the file's bytes; the cells stay in Arrow memory (STR columns).
    Returns None (and the csv module reads the file, reporting every problem)
    for small files and for anything unusual: bytes that are not UTF-8, NUL
    bytes, bare CR line endings, odd quotes, a header that is empty or repeats
    a name, rows of the wrong width (pyarrow refuses them), or blank lines
    (which shift line numbers).
    """
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if data.startswith(_BOM_BYTES):
        data = data[len(_BOM_BYTES):]
    if len(data) < FAST_MIN_CHARS or b"\x00" in data:
        return None
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None
    whole = pa.LargeStringArray.from_buffers(   # the bytes as one value, not copied
        1, pa.py_buffer(np.array([0, len(data)], dtype=np.int64)), pa.py_buffer(data))
    try:
        whole.validate(full=True)   # UTF-8 (the csv module path reports the rows that are not)
    except pa.ArrowInvalid:
        return None
    if pc.any(pc.match_substring_regex(whole, _ODD_QUOTE)).as_py():
        return None
    del whole
    start = data[:1_000_000].decode("utf-8", errors="ignore")   # ignore: a character cut at the end
    reader = csv.reader(io.StringIO(start, newline=""), strict=True)
    try:
        header = next(reader)
        header_lines = reader.line_num
    except (csv.Error, StopIteration):
        return None
    if not any(header) or len(set(header)) != len(header):
        return None
    try:
        table = pacsv.read_csv(
            pa.py_buffer(data),
            read_options=pacsv.ReadOptions(use_threads=True, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.large_string() for h in header},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 null_values=[]))
    except pa.ArrowInvalid:
        return None
    if table.column_names != header:
        return None
    spans = np.ones(table.num_rows, dtype=np.int64)
    empty = np.ones(table.num_rows, dtype=bool)
    for column in table.columns:
        newlines, lengths = _newlines_and_lengths(column)
        spans += newlines
        empty &= lengths == 0
    physical = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if header_lines + int(spans.sum()) != physical:
        return None   # blank lines were skipped: line numbers would drift
    lines = header_lines + 1 + np.cumsum(spans) - spans
    if empty.any():   # rows whose cells are all empty are skipped
        table, lines = table.filter(pa.array(~empty)), lines[~empty]
    frame = pd.DataFrame({name: str_series(column) for name, column in zip(header, table.columns)})
    return header, frame, lines


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
                problems.append(Problem(rel, start, FILE_COLUMN, msg(
                    'a quoted cell that starts in this row is never closed; close it with " '
                    '(write a quote inside a quoted cell as "")')))
                skip = start  # resume on the line after the bad record starts
            else:
                problems.append(Problem(rel, start, FILE_COLUMN, msg(
                    'malformed CSV quoting ({error}); a cell that holds a quote must be '
                    'wrapped in quotes, with the quote doubled: "say ""hi"""', error=str(err))))
                skip = start  # resume on the line after the bad record starts: no row after it is lost


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
                    problems: list[Problem], dropped: list) -> tuple[pd.DataFrame, np.ndarray]:
    """Leave out rows whose cells hold undecodable bytes or NUL characters."""
    if not suspicious or frame.empty:
        return frame, lines
    bad = np.zeros(len(frame), dtype=bool)
    for position, name in enumerate(frame.columns, start=1):
        col = frame[name].astype(object)
        not_utf8 = col.str.contains(_BAD_BYTE, regex=True).to_numpy(dtype=bool)
        nul = col.str.contains("\x00", regex=False).to_numpy(dtype=bool)
        label = column_label(name.split("\x00")[0], position)
        for i in np.flatnonzero(not_utf8):
            problems.append(Problem(rel, int(lines[i]), label, msg(
                "holds bytes that are not UTF-8; save the file with UTF-8 encoding")))
        for i in np.flatnonzero(nul & ~not_utf8):
            problems.append(Problem(rel, int(lines[i]), label, msg(
                "holds a NUL character ({value}); remove it", value=quoted(col.iloc[i]))))
        bad |= not_utf8 | nul
    header = frame.attrs.get("header") or [n.split("\x00")[0] for n in frame.columns]
    for i in np.flatnonzero(bad):
        dropped.append((int(lines[i]), dict(zip(header, frame.iloc[i].tolist()))))
    keep = ~bad
    return frame[keep].reset_index(drop=True), lines[keep]
