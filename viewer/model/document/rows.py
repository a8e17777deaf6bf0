"""The two tables of a document as records: their cells, and the key of each valid row.

Keys are those of :class:`RawTable`: a record read from the file keeps its key for as long as
the document is open, whatever is inserted or removed around it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..reading.csvtable import Table, _unique
from ..reading.strcol import STR, arrow
from .raw_table import RawTable, line_starts


FEW_VALUES = 64
"""Up to this many values, keys_with looks them up in a hashed index of the column (made once) rather than
comparing every row with them."""


class TableRows:
    """One table of the document: its raw records and the cells read from each."""

    def __init__(self, raw: RawTable, frame: pd.DataFrame | None, frame_keys: np.ndarray,
                 dropped: dict[int, list[str]]):
        self.raw = raw
        self.frame = frame
        """Every record the reader parsed, valid or not (STR columns, the header's unique names)."""
        self.frame_keys = frame_keys
        """The key of each row of ``frame``."""
        self._frame_row = None
        self._lookups: dict[str, pd.Index] = {}
        self.dropped = dropped
        """Cells of records the reader left out (rows of the wrong width, bad bytes), by key."""

    @classmethod
    def from_table(cls, table: Table, data: bytes | None, path=None) -> "TableRows":
        """Cut a table's file into records: every parsed row, every row left out, every line a problem names."""
        header = table.frame.attrs["header"] if table.frame is not None else []
        starts = [table.lines] if table.frame is not None else []
        starts.append(np.asarray([line for line, _cells in table.dropped], dtype=np.int64))
        starts.append(np.asarray([p.line for p in table.problems if p.file == table.file], dtype=np.int64))
        raw = RawTable.from_bytes(table.file, data, header, np.concatenate(starts) if starts else [], path)
        keys = np.searchsorted(raw.start_lines, table.lines) if table.frame is not None else np.zeros(0, np.int64)
        dropped = {}
        for line, cells in table.dropped:
            key = int(np.searchsorted(raw.start_lines, line))
            dropped[key] = [str(cells.get(name, "")) for name in header]
        return cls(raw, table.frame, keys.astype(np.int64), dropped)

    @classmethod
    def new(cls, file: str, header: list[str]) -> "TableRows":
        raw = RawTable.empty(file, header)
        frame = pd.DataFrame({name: pd.Series([], dtype=STR) for name in _unique(header)})
        return cls(raw, frame, np.zeros(0, dtype=np.int64), {})

    @property
    def header(self) -> list[str]:
        return self.raw.header

    def _row_of_key(self, key: int) -> int | None:
        if self._frame_row is None:
            self._frame_row = np.full(self.raw.n_original, -1, dtype=np.int64)
            self._frame_row[self.frame_keys] = np.arange(len(self.frame_keys))
        if key < len(self._frame_row) and self._frame_row[key] >= 0:
            return int(self._frame_row[key])
        return None

    def cells(self, key: int) -> list[str] | None:
        """The record's cells as they stand (None: a record the reader could not parse)."""
        if key in self.raw.changed:
            return list(self.raw.changed[key])
        return self.cells_as_read(key)

    def cells_as_read(self, key: int) -> list[str] | None:
        """The record's cells as read from the file (None: not parsed, or added since)."""
        row = self._row_of_key(key)
        if row is not None:
            return [str(v) for v in self.frame.iloc[row].tolist()][: len(self.header)]
        found = self.dropped.get(key)
        return list(found) if found is not None else None

    def as_dict(self, key: int) -> dict[str, str] | None:
        cells = self.cells(key)
        return None if cells is None else dict(zip(self.header, cells))

    def keys_with(self, column: str, values) -> np.ndarray:
        """Keys of the records (as they stand) whose ``column`` is one of ``values``."""
        values = list(values)
        if not values or column not in self.header:
            return np.zeros(0, dtype=np.int64)
        position = self.header.index(column)
        found = []
        if self.frame is not None and len(self.frame):
            name = self.frame.columns[position]
            if len(values) <= FEW_VALUES:   # an edit's few ids: looked up, not compared with every row
                rows, _missing = self._lookup(name).get_indexer_non_unique(pd.Index(values, dtype=object))
                found.append(self.frame_keys[np.sort(rows[rows >= 0])])
            else:
                hit = pc.is_in(arrow(self.frame[name]), value_set=pa.array(values, type=pa.large_string()))
                found.append(self.frame_keys[np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)])
        found.append(np.asarray([k for k, cells in self.dropped.items() if cells[position] in values], dtype=np.int64))
        keys = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        changed = self.raw.changed
        keys = keys[~np.isin(keys, np.fromiter(changed, dtype=np.int64, count=len(changed)))] if changed else keys
        extra = [k for k, cells in changed.items() if cells[position] in values]
        keys = np.concatenate((keys, np.asarray(extra, dtype=np.int64)))
        return keys[self.raw.present(keys)]

    def _lookup(self, name: str) -> pd.Index:
        """The frame's column ``name`` as a hashed index (made on first use: the frame never changes; edits
        are in ``raw.changed``)."""
        found = self._lookups.get(name)
        if found is None:
            found = self._lookups[name] = pd.Index(arrow(self.frame[name]).to_numpy(zero_copy_only=False),
                                                   dtype=object)
        return found

    def prepare_lookup(self, column: str) -> None:
        """Make the hashed index keys_with looks a few values up in (its hash table too)."""
        if self.frame is not None and len(self.frame) and column in self.header:
            _ = self._lookup(self.frame.columns[self.header.index(column)]).is_unique
        self.raw.present([])   # the table of the keys that are records

    def column(self, column: str) -> list[str]:
        """One column's cells of every record as it stands, in file order (records not parsed left out)."""
        if column not in self.header:
            return []
        position = self.header.index(column)
        order = self.raw.order
        values = np.full(len(order), None, dtype=object)
        n = self.raw.n_original
        original = order < n
        if self.frame is not None and len(self.frame):
            from_frame = np.full(n, -1, dtype=np.int64)
            from_frame[self.frame_keys] = np.arange(len(self.frame_keys))
            rows = from_frame[order[original]]
            cells = arrow(self.frame[self.frame.columns[position]]).to_numpy(zero_copy_only=False)
            picked = np.full(len(rows), None, dtype=object)
            picked[rows >= 0] = cells[rows[rows >= 0]]
            values[original] = picked
        special = list(self.raw.changed) + [k for k in self.dropped if k not in self.raw.changed]
        for i in np.flatnonzero(np.isin(order, np.asarray(special, dtype=np.int64))).tolist():
            key = int(order[i])
            cells = self.raw.changed.get(key) or self.dropped[key]
            values[i] = cells[position]
        return [v for v in values.tolist() if v is not None]

    def frame_of(self, keys: list[int]) -> tuple[pd.DataFrame, np.ndarray]:
        """A small frame of some records' cells (the header's columns, STR), and their lines now."""
        header = self.header
        rows = [self.cells(k) or [""] * len(header) for k in keys]
        columns = list(zip(*rows)) if rows else [() for _ in header]
        frame = pd.DataFrame({name: pd.Series(list(col), dtype=STR) for name, col in zip(_unique(header), columns)})
        frame.attrs["header"] = list(header)
        all_keys, lines = self.raw.lines()
        where = {int(k): int(l) for k, l in zip(all_keys, lines)} if len(keys) > 64 else None
        found = [where[k] if where is not None else self.raw.line_of(k) for k in keys]
        return frame, np.asarray(found, dtype=np.int64)


__all__ = ["TableRows", "line_starts"]
