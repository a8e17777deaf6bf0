"""Reading one CSV table of a dataset into strings, with physical line numbers."""

from __future__ import annotations

import csv
import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .files import MAX_TABLE_BYTES, decode_text, read_bytes
from ..checking.checker import Listing
from ..checking.problems import FILE_COLUMN, Message, Problem, msg, one_line, quoted
from .fastcsv import _ODD_QUOTE, fast_read, odd_quote as _odd_quote  # noqa: F401  (_ODD_QUOTE, _odd_quote: names the tests use)
from .strcol import collector_paused, str_series

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


def read_table(folder: Path, rel: str, what: str, data: bytes | None = None, ahead=None) -> Table:
    """Read ``rel`` as RFC 4180 CSV: header first, every cell a string (a STR column).

    ``data``, when given, is the file's content (a table being edited), read instead of the file.
    ``ahead``: the file's reading started ahead (ahead.taken), used if it could read the file.
    """
    early = ahead.result() if ahead is not None and data is None else None
    parsed = None
    if early is not None:
        data, parsed = early
    if data is None:
        data, problems = read_bytes(folder, rel, MAX_TABLE_BYTES, what)
        if data is None:
            return Table(rel, None, problems=problems)
    width = header_width(data)
    if width is not None and width > MAX_COLUMNS:
        return Table(rel, None, problems=[Problem(rel, 1, FILE_COLUMN, msg(
            "the header names {width:,} columns, more than the {limit:,} a table may have; the table was not read. "
            "Remove the columns that are not needed", width=width, limit=MAX_COLUMNS))])
    fast = _fast_read(data, parsed)
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
        return _build(rel, text, decoded.bad_bytes)


def _build(rel: str, text: str, bad_bytes: bool) -> Table:
    """Read with the csv module: every problem found and reported (the reference path).

    Rows with the same kind of problem are listed up to checker.MAX_LISTED,
    then counted (see checker.Listing).
    """
    listing = Listing(rel)
    problems = listing.listed
    records = _records(text, rel, listing)
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
    ragged: list[tuple[int, dict[str, str]]] = []
    damaged: list[tuple[int, dict[str, str]]] = []
    suspicious = bad_bytes or "\x00" in text
    unique_names = _unique(header)
    parts: list[list[pa.Array]] = [[] for _ in header]
    line_parts: list[np.ndarray] = []
    starts: list[int] = []
    rows: list[list[str]] = []

    def flush() -> None:
        """The rows read so far into Arrow (a million rows as Python strings would take gigabytes)."""
        columns = list(zip(*rows)) if rows else [() for _ in header]
        chunk = pd.DataFrame({name: pd.Series(col, dtype=object) for name, col in zip(unique_names, columns)})
        chunk, chunk_lines = _drop_bad_cells(chunk, np.asarray(starts, dtype=np.int64), rel, suspicious, listing,
                                             damaged)
        for k, name in enumerate(unique_names):   # every cell is valid Unicode now: rows with bad bytes are gone
            parts[k].append(pa.array(chunk[name].to_numpy(dtype=object), type=pa.large_string()))
        line_parts.append(chunk_lines)
        rows.clear()
        starts.clear()

    for line, row in records:
        if len(row) != width:
            if not any(row):
                continue
            listing.add("ragged", line, FILE_COLUMN, msg(
                "this row has {cells} cells but the header has {width}; "
                "check for a missing or extra comma, or a quote that is not closed", cells=len(row), width=width))
            ragged.append((line, _key_cells(header, row)))
            continue
        if not any(row):
            continue
        starts.append(line)
        rows.append(row)
        if len(rows) >= CHUNK_ROWS:
            flush()
    flush()
    frame = pd.DataFrame({name: str_series(pa.chunked_array(part, type=pa.large_string()))
                          for name, part in zip(unique_names, parts)})
    frame.attrs["header"] = header
    return Table(rel, frame, np.concatenate(line_parts), listing.problems, ragged + damaged)


CHUNK_ROWS = 50_000
"""The csv module's rows are turned into Arrow this many at a time."""


KEY_CELLS = ("source_id",)
"""The cells kept of a row the reader leaves out: what rows of other tables may refer to it by."""


def _key_cells(header: list[str], row: list[str]) -> dict[str, str]:
    return {name: cell for name, cell in zip(header, row) if name in KEY_CELLS}


MAX_COLUMNS = 1000
"""A table whose header names more columns than this is refused before its rows are read: a column
costs the same whatever its rows hold, and 400,000 of them would take minutes and gigabytes."""


def header_width(data: bytes) -> int | None:
    """How many cells the header row has (None: it cannot be read as CSV; the readers say why).

    Only the header is read, line by line, however long the file is.
    """
    def lines():
        start = 0
        while start < len(data):
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end + 1
            yield data[start:end].decode("utf-8", errors="surrogateescape")
            start = end
    try:
        return len(next(csv.reader(lines(), strict=True)))
    except (csv.Error, StopIteration):
        return None


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


def _fast_read(data: bytes | str, parsed=None) -> tuple[list[str], pd.DataFrame, np.ndarray] | None:
    """Parse with pyarrow's multithreaded reader when that gives exactly what the
    csv module path would: same cells, same physical start lines.

    Works on the file's bytes; the cells stay in Arrow memory (STR columns).
    Returns None (and the csv module reads the file, reporting every problem)
    for small files and for anything unusual: bytes that are not UTF-8, NUL
    bytes, bare CR line endings, odd quotes, a header that is empty or repeats
    a name, rows of the wrong width (pyarrow refuses them), or blank lines
    (which shift line numbers). ``parsed``: what fastcsv.parse made of these bytes already.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if data.startswith(_BOM_BYTES):
        data = data[len(_BOM_BYTES):]
    if len(data) < FAST_MIN_CHARS:
        return None
    return fast_read(data, parsed)


def _records(text: str, rel: str, problems: Listing):
    """Yield (start line, cells) for each record; report and skip malformed ones.

    A quote that is never closed would swallow the rest of the file: the
    record is reported and reading resumes on the line after it starts.
    """
    lines = _Lines(text)
    while True:
        skip = lines.first
        reader = csv.reader(lines, strict=True)
        previous = 0
        try:
            for row in reader:
                yield skip + previous + 1, row
                previous = reader.line_num
            return
        except csv.Error as err:
            start = skip + previous + 1
            if "unexpected end of data" in str(err):
                problems.add("unclosed", start, FILE_COLUMN, msg(
                    'a quoted cell that starts in this row is never closed; close it with " '
                    '(write a quote inside a quoted cell as "")'))
            elif "field larger than field limit" in str(err):
                problems.add("too long", start, FILE_COLUMN, msg(
                    "a cell that starts in this row is longer than {limit:,} characters, the most a cell may hold; "
                    "shorten it (a quote needs only the words that carry the claim), or close the quoted cell "
                    "that runs on", limit=csv.field_size_limit()))
            else:
                problems.add("quoting", start, FILE_COLUMN, msg(
                    'malformed CSV quoting ({error}); a cell that holds a quote must be '
                    'wrapped in quotes, with the quote doubled: "say ""hi"""', error=str(err)))
            lines = lines.restart(start)   # resume on the line after the bad record starts: no row after it is lost


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class _Lines:
    """The lines of a text, with their endings, as io.StringIO(text, newline="") gives them
    (a line ends at LF, CRLF or a lone CR), without its copy of the text (four bytes a character).

    ``first`` is the number of lines before the first one given; the start of each line given
    is kept, so that reading can resume at any of them.
    """

    def __init__(self, text: str, offset: int = 0, first: int = 0):
        self.text = text
        self.first = first
        self.starts = array("q", [offset])
        self._matches = _LINE.finditer(text, offset)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        match = next(self._matches)
        self.starts.append(match.end())
        return match.group()

    def restart(self, line: int) -> _Lines:
        """The lines from line number ``line`` + 1 on (a line this one gave, or the one after)."""
        return _Lines(self.text, self.starts[line - self.first], line)


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
                    problems: Listing, dropped: list) -> tuple[pd.DataFrame, np.ndarray]:
    """Leave out rows whose cells hold undecodable bytes or NUL characters."""
    if not suspicious or frame.empty:
        return frame, lines
    bad = np.zeros(len(frame), dtype=bool)
    for position, name in enumerate(frame.columns, start=1):
        col = frame[name].astype(object)
        not_utf8 = col.str.contains(_BAD_BYTE, regex=True).to_numpy(dtype=bool)
        nul = col.str.contains("\x00", regex=False).to_numpy(dtype=bool)
        label = column_label(name.split("\x00")[0], position)
        rows = np.flatnonzero(not_utf8)
        for i in rows[:problems.room(("not utf-8", position), label, lines[rows])]:
            problems.listed.append(Problem(rel, int(lines[i]), label, msg(
                "holds bytes that are not UTF-8; save the file with UTF-8 encoding")))
        rows = np.flatnonzero(nul & ~not_utf8)
        for i in rows[:problems.room(("nul", position), label, lines[rows])]:
            problems.listed.append(Problem(rel, int(lines[i]), label, msg(
                "holds a NUL character ({value}); remove it", value=quoted(col.iloc[i]))))
        bad |= not_utf8 | nul
    header = frame.attrs.get("header") or [n.split("\x00")[0] for n in frame.columns]
    for i in np.flatnonzero(bad):
        dropped.append((int(lines[i]), _key_cells(header, frame.iloc[i].tolist())))
    keep = ~bad
    return frame[keep].reset_index(drop=True), lines[keep]
