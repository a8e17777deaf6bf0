"""The claims index's columns: categories as codes with their labels (sorted, filtered and searched as
arrays), and text columns read a cell at a time without copying the column."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..reading.strcol import arrow, casefolded, factorize


class Coded:
    """A column as integer codes into its distinct values, with a case-insensitive sort rank."""

    def __init__(self, values: pd.Series | np.ndarray, labels=None):
        series = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
        self.codes, self.values = factorize(series)   # (int64: numpy indexes with it as it is)
        self._lookup: dict | None = None
        self.relabel(labels)

    def lookup(self) -> dict:
        """Each distinct value's code (made when first asked for, again if values were added without it)."""
        if self._lookup is None or len(self._lookup) != len(self.values):
            self._lookup = {v: i for i, v in enumerate(self.values.tolist())}
        return self._lookup

    def relabel(self, labels=None) -> None:
        """Show each distinct value as ``labels(value)`` (itself if None) and rank by that."""
        shown = self.values if labels is None else np.asarray([labels(v) for v in self.values], dtype=object)
        self._rank: np.ndarray | None = None
        self._lowered: np.ndarray | None = None
        self.labels = shown

    @property
    def rank(self) -> np.ndarray:
        """Each distinct value's place in case-insensitive order (str.casefold; ties keep first-seen order)."""
        if self._rank is None:
            self._rank = _ranks(casefolded(pa.array([str(v) for v in self.labels], type=pa.large_string())))
        return self._rank

    def label_mask(self, needle: str) -> np.ndarray:
        """Rows whose label holds ``needle`` (lower case): a test per distinct value, one gather."""
        labels = self.labels
        if self._lowered is None:
            self._lowered = pc.utf8_lower(pa.array([str(v) for v in labels], type=pa.large_string())).to_pylist()
        lowered = self._lowered
        table = np.fromiter((needle in label for label in lowered), dtype=bool, count=len(lowered))
        return table[self.codes] if table.any() else np.zeros(len(self.codes), dtype=bool)

    def code_of(self, value) -> int:
        if self._lookup is not None and len(self._lookup) == len(self.values):   # (made by an edit's mending)
            return self._lookup.get(value, -1)
        hits = np.flatnonzero(self.values == value)
        return int(hits[0]) if len(hits) else -1

    def mask(self, allowed) -> np.ndarray:
        """Rows whose value is one of ``allowed`` (a lookup table, one gather over the rows)."""
        table = np.zeros(len(self.values) + 1, dtype=bool)
        for value in allowed:
            code = self.code_of(value)
            if code >= 0:
                table[code] = True
        return table[self.codes]


FEW_CELLS = 256
"""Up to this many cells of a chunked column are read one by one (fewer steps than taking chunk by chunk)."""


class Cells:
    """One text column, read a cell at a time: ``cells[row]`` is a str.

    The column stays in Arrow memory; only the cells a view asks for become
    Python strings (a screenful when painting, one row when selecting).
    """

    def __init__(self, series: pd.Series):
        data = arrow(series)
        self._data = data.chunk(0) if data.num_chunks == 1 else data   # (chunks are found by binary search)
        self._starts: np.ndarray | None = None   # where each chunk starts (made when first taken from)

    def __getitem__(self, row):
        """One cell as a str; for an array (or list) of rows, their cells as a numpy object array."""
        if isinstance(row, (int, np.integer)):
            return self._data[row].as_py()
        if isinstance(row, slice):
            row = np.arange(len(self._data))[row]
        return np.asarray(self.take(row), dtype=object)

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self):
        return iter(self.to_numpy())

    def __eq__(self, value) -> np.ndarray:
        """Which cells equal ``value`` (a boolean array over the rows, compared in Arrow)."""
        return np.asarray(pc.equal(self._data, pa.scalar(value, type=self._data.type))
                          .fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)

    __hash__ = None

    def to_numpy(self) -> np.ndarray:
        """The whole column as a numpy object array (costly for a million claims: use sparingly)."""
        return np.asarray(self._data.to_pylist(), dtype=object)

    def __array__(self, dtype=None, copy=None):
        values = self.to_numpy()
        return values if dtype is None else values.astype(dtype)

    def take(self, rows) -> list[str]:
        """Several cells at once (in the order of ``rows``)."""
        return self.take_arrow(rows).to_pylist()

    def take_arrow(self, rows) -> pa.Array:
        """Several cells at once, as an Arrow array. A column cut into chunks by edits is taken from chunk by
        chunk: Arrow's take on a chunked array joins the chunks first (a copy of the column, milliseconds at a
        million claims, for any number of rows)."""
        rows = np.asarray(rows, dtype=np.int64)
        data = self._data
        if not isinstance(data, pa.ChunkedArray):
            return data.take(pa.array(rows))
        if len(rows) <= FEW_CELLS:
            return pa.array([data[row].as_py() for row in rows.tolist()], type=data.type)
        if self._starts is None:
            self._starts = np.cumsum([0] + [len(chunk) for chunk in data.chunks])
        chunk_of = np.searchsorted(self._starts, rows, side="right") - 1
        by_chunk = np.argsort(chunk_of, kind="stable")
        ordered, chunks = rows[by_chunk], chunk_of[by_chunk]
        cuts = np.searchsorted(chunks, np.arange(data.num_chunks + 1))
        parts = [data.chunk(k).take(pa.array(ordered[cuts[k]:cuts[k + 1]] - self._starts[k]))
                 for k in range(data.num_chunks) if cuts[k + 1] > cuts[k]]
        if not parts:
            return pa.array([], type=data.type)
        gathered = pa.concat_arrays(parts) if len(parts) > 1 else parts[0]
        back = np.empty(len(rows), dtype=np.int64)
        back[by_chunk] = np.arange(len(rows))
        return gathered.take(pa.array(back))


class _Columns(dict):
    """``view.col[name]``: a Cells per text column, made when first asked for."""

    def __init__(self, claims: pd.DataFrame, names: list[str]):
        super().__init__()
        self._claims = claims
        self._names = names

    def __missing__(self, name: str) -> Cells:
        if name not in self._names:
            raise KeyError(name)
        cells = self[name] = Cells(self._claims[name])
        return cells

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def keys(self):
        return list(self._names)

    def items(self):
        return [(name, self[name]) for name in self._names]


def _ranks(values) -> np.ndarray:
    """Each value's place in sorted order (ties in order of position), as Python's sorted()
    would give it: Arrow's sort is stable and orders UTF-8 by code point, as Python orders str."""
    if not isinstance(values, (pa.Array, pa.ChunkedArray)):
        values = pa.array([str(v) for v in values], type=pa.large_string())
    order = pc.sort_indices(values).to_numpy()
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return rank
