"""Reading a large CSV table with pyarrow's multithreaded reader (csvtable's quick path).

``fast_read`` gives exactly what the csv module path of csvtable gives (same
cells, same physical start lines) or None, when anything is unusual; the
cells stay in Arrow memory (STR columns). ``parse`` does the work without
pandas (so that it can run while pandas is being imported: see ahead.py).
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import csv as pacsv


# A quote with no delimiter, quote or line break on either side: a stray quote in
# an unquoted cell, or text after a closing quote. The csv module judges those.
_ODD_QUOTE = r'[^,"\r\n]"[^,"\r\n]'


def odd_quote(data: bytes, chunk: int = 1 << 24) -> bool:
    """Whether ``data`` has a quote with no delimiter, quote or line break on either side (_ODD_QUOTE),
    found with numpy a chunk at a time (twice as quick as the regular expression over the whole text)."""
    arr = np.frombuffer(data, dtype=np.uint8)
    n = len(arr)
    for start in range(0, n, chunk):
        at = start + np.flatnonzero(arr[start:start + chunk] == 0x22)
        at = at[(at > 0) & (at < n - 1)]
        before, after = arr[at - 1], arr[at + 1]
        if (~_separates(before) & ~_separates(after)).any():
            return True
    return False


def _separates(byte: np.ndarray) -> np.ndarray:
    return (byte == 0x2C) | (byte == 0x22) | (byte == 0x0D) | (byte == 0x0A)


def _newlines_and_lengths(column: pa.ChunkedArray, newlines: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Per cell of a large_string column: how many line feeds it holds, and its length in bytes.

    Computed from the Arrow buffers: one pass over the bytes for the line
    feeds, which are then counted per cell by their offsets. ``newlines=False``:
    no cell holds one (known beforehand), the bytes are not read.
    """
    counts, lengths = [], []
    for chunk in column.chunks:
        if not len(chunk):
            continue
        _validity, offsets, values = chunk.buffers()
        offsets = np.frombuffer(offsets, dtype=np.int64)[chunk.offset: chunk.offset + len(chunk) + 1]
        lengths.append(np.diff(offsets))
        if not newlines:
            continue
        values = np.zeros(0, np.uint8) if values is None else np.frombuffer(values, dtype=np.uint8)
        at = offsets[0] + np.flatnonzero(values[offsets[0]: offsets[-1]] == ord("\n"))
        cell = np.searchsorted(offsets, at, side="right") - 1
        counts.append(np.bincount(cell, minlength=len(chunk)))
    if not lengths:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    lengths = np.concatenate(lengths)
    return (np.concatenate(counts) if newlines else np.zeros(len(lengths), dtype=np.int64)), lengths


Parsed = tuple[list[str], pa.Table, np.ndarray]
"""A table as parse reads it: the header, the rows (large_string columns) and the line each row starts on."""


def fast_read(data: bytes, parsed: Parsed | None = None):
    """csvtable._fast_read's work, on the bytes of a file without its byte-order mark: (header,
    DataFrame of STR columns, lines) or None. ``parsed``: what ``parse`` made of ``data`` already."""
    import pandas as pd
    from .strcol import str_series
    parsed = parse(data) if parsed is None else parsed
    if parsed is None:
        return None
    header, table, lines = parsed
    frame = pd.DataFrame({name: str_series(column) for name, column in zip(header, table.columns)})
    return header, frame, lines


def parse(data: bytes) -> Parsed | None:
    """The table in ``data`` (without its byte-order mark) read by pyarrow, or None when anything is unusual."""
    if b"\x00" in data:
        return None
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None
    whole = pa.LargeStringArray.from_buffers(   # the bytes as one value, not copied
        1, pa.py_buffer(np.array([0, len(data)], dtype=np.int64)), pa.py_buffer(data))
    try:
        whole.validate(full=True)   # UTF-8 (the csv module path reports the rows that are not)
    except pa.ArrowInvalid:
        return None
    if odd_quote(data):
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
    limit = csv.field_size_limit()
    physical = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    # As many lines as the header's and one a row: no cell holds a line feed (nor was a blank line skipped),
    # so the cells' bytes need not be searched for them.
    one_line_rows = header_lines + table.num_rows == physical
    for column in table.columns:
        newlines, lengths = _newlines_and_lengths(column, not one_line_rows)
        if len(lengths) and lengths.max() > limit and pc.max(pc.utf8_length(column)).as_py() > limit:
            return None   # a cell longer than the csv module reads: it reports the row (see _records)
        spans += newlines
        empty &= lengths == 0
    if header_lines + int(spans.sum()) != physical:
        return None   # blank lines were skipped: line numbers would drift
    lines = header_lines + 1 + np.cumsum(spans) - spans
    if empty.any():   # rows whose cells are all empty are skipped
        table, lines = table.filter(pa.array(~empty)), lines[~empty]
    return header, table, lines
