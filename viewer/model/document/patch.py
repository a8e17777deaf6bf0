"""Changing a few rows of a large frame without copying the rest.

Text columns are Arrow memory: a row is replaced by cutting the column into zero-copy slices
around it, so one edit costs a few slices per column, not a copy of a million strings (pandas'
own ``loc`` assignment copies the whole column). Number columns are copied (a few MB at most).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from ..reading.strcol import STR, arrow, str_series

MAX_CHUNKS = 256
"""A column cut into more chunks than this is joined into one again (reading many chunks is slow)."""
FEW_ROWS = 32
"""Up to this many rows replaced, a column whose values at them do not change is kept as it is."""


def _is_text(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.StringDtype) and series.dtype.storage.startswith("pyarrow")


def replace_rows(frame: pd.DataFrame, rows: np.ndarray, new: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with rows ``rows`` (ascending) replaced by the rows of ``new`` (same columns)."""
    if not len(rows):
        return frame
    order = np.argsort(rows, kind="stable")
    rows = np.asarray(rows, dtype=np.int64)[order]
    new = new.iloc[order].reset_index(drop=True)
    out = {}
    few = len(rows) <= FEW_ROWS
    for name in frame.columns:
        column = frame[name]
        if few and _unchanged(column, rows, new[name]):
            continue   # an edit of one cell rebuilt every column of the frame (~9 ms at 100,000 claims)
        if _is_text(column):
            out[name] = str_series(_spliced(arrow(column), rows, arrow(new[name].astype(STR))))
        else:
            values = column.array.copy() if isinstance(column.array, pd.api.extensions.ExtensionArray) \
                else column.to_numpy(copy=True)
            values[rows] = new[name].array if isinstance(values, pd.api.extensions.ExtensionArray) \
                else new[name].to_numpy(dtype=values.dtype)
            out[name] = pd.Series(values, copy=False)
    if len(out) == len(frame.columns):
        return pd.DataFrame(out, copy=False)
    result = frame.copy(deep=False)   # the columns kept are shared, the others put in their places
    for name, series in out.items():
        result[name] = series.array
    return result


def _unchanged(column: pd.Series, rows: np.ndarray, new: pd.Series) -> bool:
    """Whether ``column`` already holds ``new``'s values at ``rows`` (missing values alike), so it can be kept.
    Read cell by cell: Arrow's take of a column cut into chunks joins them first (a copy of the column)."""
    after = new.tolist()
    if _is_text(column):
        data = arrow(column)
        return all(data[row].as_py() == (None if pd.isna(value) else str(value))
                   for row, value in zip(rows.tolist(), after))
    if column.dtype != new.dtype:
        return False
    cells = column.array
    for row, value in zip(rows.tolist(), after):
        old = cells[row]
        if pd.isna(old) or pd.isna(value):
            if not (pd.isna(old) and pd.isna(value)):
                return False
        elif old != value:
            return False
    return True


def _spliced(column: pa.ChunkedArray, rows: np.ndarray, values: pa.ChunkedArray) -> pa.ChunkedArray:
    values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    pieces = []
    at = 0
    for i, row in enumerate(rows.tolist()):
        if row > at:
            pieces.extend(column.slice(at, row - at).chunks)
        pieces.append(values.slice(i, 1))
        at = row + 1
    if at < len(column):
        pieces.extend(column.slice(at).chunks)
    joined = pa.chunked_array([p for p in pieces if len(p)] or [pa.array([], type=column.type)], type=column.type)
    return pa.chunked_array([joined.combine_chunks()]) if joined.num_chunks > MAX_CHUNKS else joined


def append_rows(frame: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``new``'s rows after its own (text columns share their chunks)."""
    if not len(new):
        return frame
    out = {}
    for name in frame.columns:
        column = frame[name]
        if _is_text(column):
            joined = pa.chunked_array(arrow(column).chunks + arrow(new[name].astype(STR)).chunks,
                                      type=pa.large_string())
            if joined.num_chunks > MAX_CHUNKS:
                joined = pa.chunked_array([joined.combine_chunks()])
            out[name] = str_series(joined)
        else:
            out[name] = pd.concat([column, new[name].astype(column.dtype)], ignore_index=True)
    result = pd.DataFrame(out, copy=False)
    return result


def drop_rows(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """``frame`` without rows ``rows`` (text columns as slices around them, no copy)."""
    if not len(rows):
        return frame
    rows = np.unique(np.asarray(rows, dtype=np.int64))
    keep = np.ones(len(frame), dtype=bool)
    keep[rows] = False
    out = {}
    for name in frame.columns:
        column = frame[name]
        if _is_text(column):
            data = arrow(column)
            pieces, at = [], 0
            for row in rows.tolist():
                if row > at:
                    pieces.extend(data.slice(at, row - at).chunks)
                at = row + 1
            if at < len(data):
                pieces.extend(data.slice(at).chunks)
            joined = pa.chunked_array(pieces or [pa.array([], type=data.type)], type=data.type)
            if joined.num_chunks > MAX_CHUNKS:
                joined = pa.chunked_array([joined.combine_chunks()])
            out[name] = str_series(joined)
        else:
            out[name] = column[keep].reset_index(drop=True)
    result = pd.DataFrame(out, copy=False)
    return result
