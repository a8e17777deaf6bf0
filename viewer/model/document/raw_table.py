"""One CSV table of a dataset as it stands on disk: its bytes cut into records, and the
records changed since, so that a save rewrites only what changed.

A record is kept by a *key*: the records read from the file are keyed 0..n-1 in file
order, records added later get the next keys. A record read from the file keeps its
exact bytes (quoting, line ending, trailing blank lines) until it is changed; a changed
or new record is written with the csv module in the file's own line ending. The header
is kept as it was, unless a column has to be added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

Cells = list[str]


BLOCK = 1 << 24


def line_starts(data) -> tuple[np.ndarray, int]:
    """Byte offset of the start of each physical line (as the csv module counts lines:
    a line ends at \\r\\n, \\n or a lone \\r), and the size. ``starts[k]`` is where line k + 1 starts.

    ``data`` is the bytes, or a binary file to read them from (a block at a time, so a large
    table never needs a second copy in memory).
    """
    blocks = [data] if isinstance(data, (bytes, bytearray, memoryview)) else iter(lambda: data.read(BLOCK), b"")
    ends = []
    offset = 0
    cr_pending = False   # the previous block ended with a CR: a lone one unless this block starts with LF
    for block in blocks:
        raw = np.frombuffer(block, dtype=np.uint8)
        if not len(raw):
            continue
        if cr_pending and raw[0] != 10:
            ends.append(np.asarray([offset - 1], dtype=np.int64))
        found = np.flatnonzero(raw == 10)
        if b"\r" in block:
            cr = np.flatnonzero(raw[:-1] == 13)
            lone = cr[raw[cr + 1] != 10]
            if len(lone):
                found = np.union1d(found, lone)
        cr_pending = bool(raw[-1] == 13)
        ends.append(found.astype(np.int64) + offset)
        offset += len(raw)
    if cr_pending:
        ends.append(np.asarray([offset - 1], dtype=np.int64))
    ends = np.concatenate(ends) if ends else np.zeros(0, dtype=np.int64)
    return np.concatenate(([0], ends + 1)).astype(np.int64), offset


def _newline_of(data: bytes) -> str:
    first = data.find(b"\n")
    if first > 0 and data[first - 1: first] == b"\r":
        return "\r\n"
    if first < 0 and b"\r" in data:
        return "\r"
    return "\n"


def count_lines(text: str) -> int:
    """How many physical lines ``text`` (a serialised record, ending with its line break) takes."""
    return max(len(io.StringIO(text, newline="").readlines()), 1)


@dataclass
class RawTable:
    """A CSV file's bytes as records, plus the records changed, added or removed since it was read."""

    file: str
    _data: bytes | None
    header: list[str]
    header_end: int
    """The header's bytes are data[:header_end] (the BOM included)."""
    starts: np.ndarray
    """Byte offset of each original record (key k: data[starts[k]:starts[k + 1]], the last to the end)."""
    start_lines: np.ndarray
    """The physical line each original record starts on."""
    newline: str = "\n"
    order: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """The keys of the records as they stand now, in file order."""
    end_line: int = 1
    size: int = 0
    """The file's size as read, in bytes."""
    """One past the last physical line of the file as read."""
    changed: dict[int, Cells] = field(default_factory=dict)
    """The cells of each record changed or added since the file was read."""
    header_changed: bool = False
    original_cells: object = field(default=None, repr=False)
    """key -> the cells of a record as read (needed only to rewrite every record for a new column)."""
    _header_as_read: list[str] | None = field(default=None, repr=False)
    source: object = field(default=None, repr=False)
    """Where to read the file's bytes again when they are needed (a callable; see ``data``)."""
    _texts: dict[int, str] = field(default_factory=dict, repr=False)
    _lines_cache: tuple[int, np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _present: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _version: int = 0

    # --- reading ---------------------------------------------------------------------------
    @classmethod
    def from_bytes(cls, file: str, data: bytes | None, header: Sequence[str], record_lines: Iterable[int],
                   path=None) -> "RawTable":
        """Cut ``data`` into records starting on ``record_lines`` (physical lines, after the header).

        Anything between two record starts (blank lines, lines the reader could not parse)
        stays with the record before it, so every byte of the file belongs to some record.
        """
        if data is None:   # a large file: only its line starts are needed now
            with open(path, "rb") as f:
                starts_of_line, size = line_starts(f)
                f.seek(max(size - 1, 0))
                ends_with_break = f.read(1) in (b"\n", b"\r")
        else:
            starts_of_line, size = line_starts(data)
            ends_with_break = data.endswith((b"\n", b"\r"))
        n_lines = len(starts_of_line) - (1 if ends_with_break else 0)
        lines = np.unique(np.asarray(list(record_lines), dtype=np.int64))
        lines = lines[(lines > 1) & (lines <= max(n_lines, 1))]
        offsets = starts_of_line[lines - 1] if len(lines) else np.zeros(0, dtype=np.int64)
        header_end = int(offsets[0]) if len(offsets) else size
        if data is None:
            with open(path, "rb") as f:
                head = f.read(min(header_end + 4096, size))
        else:
            head = data[: header_end + 4096]
        table = cls(file, data, list(header), header_end, offsets.astype(np.int64), lines, _newline_of(head))
        table.order = np.arange(len(lines), dtype=np.int64)
        table.end_line = len(starts_of_line) + (0 if ends_with_break or not size else 1)
        table.size = size
        return table

    @classmethod
    def empty(cls, file: str, header: Sequence[str], newline: str = "\n") -> "RawTable":
        text = _serialise(list(header), newline)
        data = text.encode("utf-8")
        return cls(file, data, list(header), len(data), np.zeros(0, dtype=np.int64),
                   np.zeros(0, dtype=np.int64), newline, end_line=2)

    @property
    def data(self) -> bytes:
        """The file's bytes as read. A large file's bytes are not kept in memory: they are read again
        (``source``, which refuses a file that changed on disk since) when a save needs them."""
        if self._data is not None:
            return self._data
        return self.source()

    def forget_bytes(self, source) -> None:
        """Drop the bytes from memory; ``source()`` reads them again."""
        self.source = source
        self._data = None

    @property
    def n_original(self) -> int:
        return len(self.starts)

    def original_bytes(self, key: int) -> bytes:
        end = int(self.starts[key + 1]) if key + 1 < len(self.starts) else len(self.data)
        return self.data[int(self.starts[key]): end]

    def is_changed(self, key: int) -> bool:
        return key in self.changed

    # --- the low-level change ------------------------------------------------------------------
    def replace(self, cells_by_key: dict[int, Cells]) -> None:
        """Give some records new cells (in the header's order)."""
        for key, cells in cells_by_key.items():
            self.changed[key] = self._fit(cells)
            self._texts.pop(key, None)
        self._touch()

    def insert(self, rows: Sequence[Cells], at: int | None = None) -> list[int]:
        """Add records (at position ``at`` in file order, else at the end); return their keys."""
        first = max(self.n_original, max(self.changed, default=-1) + 1)
        keys = list(range(first, first + len(rows)))
        for key, cells in zip(keys, rows):
            self.changed[key] = self._fit(cells)
        position = len(self.order) if at is None else at
        self.order = np.insert(self.order, position, np.asarray(keys, dtype=np.int64))
        self._touch()
        return keys

    def insert_key(self, key: int, position: int, cells: Cells) -> None:
        """Put a record with a known key at ``position`` (redoing an insert)."""
        self.changed[key] = self._fit(cells)
        self._texts.pop(key, None)
        self.order = np.insert(self.order, position, key)
        self._touch()

    def next_key(self) -> int:
        return max(self.n_original, max(self.changed, default=-1) + 1)

    def present(self, keys) -> np.ndarray:
        """Which of ``keys`` are records now (a lookup table, made again only after records come or go: an
        edit in place asks this at every keystroke, and comparing with every record costs ms at 1M)."""
        order = self.order
        if self._present is None or self._present[0] is not order:
            table = np.zeros(int(order.max()) + 1 if len(order) else 0, dtype=bool)
            table[order] = True
            self._present = (order, table)
        table = self._present[1]
        keys = np.asarray(keys, dtype=np.int64).reshape(-1)
        inside = (keys >= 0) & (keys < len(table))
        found = np.zeros(len(keys), dtype=bool)
        found[inside] = table[keys[inside]]
        return found

    def has(self, key: int) -> bool:
        """Whether the record ``key`` is in the table now."""
        return bool(self.present([key])[0])

    def position_of(self, key: int) -> int:
        at = np.flatnonzero(self.order == key)
        return int(at[0]) if len(at) else -1

    def remove(self, keys: Iterable[int]) -> list[int]:
        """Take records out; return the positions they had (for undo)."""
        hit = np.isin(self.order, np.asarray(list(keys), dtype=np.int64))
        positions = np.flatnonzero(hit).tolist()
        self.order = self.order[~hit]
        self._touch()
        return positions

    def restore(self, keys_positions: Sequence[tuple[int, int]], cells: dict[int, Cells | None]) -> None:
        """Put removed records back at their positions (ascending), with the cells they had
        (None: the original bytes)."""
        for key, position in sorted(keys_positions, key=lambda kp: kp[1]):
            self.order = np.insert(self.order, position, key)
        for key, value in cells.items():
            if value is None:
                self.changed.pop(key, None)
                self._texts.pop(key, None)
            else:
                self.changed[key] = value
        self._touch()

    def forget_change(self, key: int) -> None:
        """Give an original record back its bytes as read."""
        self.changed.pop(key, None)
        self._texts.pop(key, None)
        self._touch()

    def add_column(self, name: str) -> None:
        """Add a column at the end of the header: every record is written anew (a full rewrite)."""
        if name in self.header:
            return
        if self._header_as_read is None:
            self._header_as_read = list(self.header)
        self.header.append(name)
        self.header_changed = True
        for key in list(self.changed):
            self.changed[key] = self.changed[key] + [""]
        self._texts.clear()
        self._touch()

    def drop_last_column(self) -> None:
        """Undo :meth:`add_column`."""
        self.header.pop()
        for key in list(self.changed):
            self.changed[key] = self.changed[key][:-1]
        self.header_changed = self._header_as_read is not None and self.header != self._header_as_read
        self._texts.clear()
        self._touch()

    def _fit(self, cells: Cells) -> Cells:
        cells = [str(c) for c in cells]
        if len(cells) != len(self.header):
            raise ValueError(f"{self.file}: a record needs {len(self.header)} cells, got {len(cells)}")
        return cells

    def _touch(self) -> None:
        self._version += 1
        self._lines_cache = None

    # --- writing ---------------------------------------------------------------------------------
    def record_text(self, key: int) -> str:
        """A changed record as it will be written."""
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _serialise(self.changed[key], self.newline)
        return text

    def chunks(self) -> Iterable[bytes | memoryview]:
        """The file as it stands, in pieces: runs of untouched original bytes and changed records."""
        data = self.data
        view = memoryview(data)
        if self.header_changed:
            bom = data.startswith(b"\xef\xbb\xbf")
            yield _serialise(self.header, self.newline, bom=bom).encode("utf-8", "surrogateescape")
        else:
            yield self._terminated(view[: self.header_end], len(self.order) > 0)
        keys = self.order
        if not len(keys):
            return
        n = len(self.starts)
        special = keys >= n
        if self.header_changed:
            special[:] = True
        elif self.changed:
            special |= np.isin(keys, np.fromiter(self.changed, dtype=np.int64, count=len(self.changed)))
        cut = np.ones(len(keys), dtype=bool)
        cut[1:] = (keys[1:] != keys[:-1] + 1) | special[1:] | special[:-1]
        firsts = np.flatnonzero(cut)
        stops = np.append(firsts[1:], len(keys))
        for first, stop in zip(firsts.tolist(), stops.tolist()):
            key = int(keys[first])
            if special[first]:
                if key in self.changed:
                    yield self.record_text(key).encode("utf-8", "surrogateescape")
                else:
                    cells = list(self.original_cells(key) or [])
                    cells += [""] * (len(self.header) - len(cells))
                    yield _serialise(cells, self.newline).encode("utf-8", "surrogateescape")
                continue
            last = int(keys[stop - 1])
            end = int(self.starts[last + 1]) if last + 1 < n else len(data)
            if end > len(data):
                raise OSError(f"{self.file}: the file as read is no longer whole")
            yield self._terminated(view[int(self.starts[key]): end], stop < len(keys))

    def _terminated(self, piece: memoryview, more: bool) -> memoryview | bytes:
        """A piece followed by more records must end with a line break (a file may lack the last one)."""
        if more and len(piece) and piece[-1] not in (10, 13):
            return bytes(piece) + self.newline.encode("ascii")
        return piece

    def to_bytes(self) -> bytes:
        return b"".join(bytes(c) if isinstance(c, memoryview) else c for c in self.chunks())

    # --- lines -------------------------------------------------------------------------------------
    def line_counts(self) -> np.ndarray:
        """How many physical lines each record in ``order`` takes, as the file stands."""
        starts_of_line_count = np.diff(np.append(self.start_lines, self.end_line))
        counts = np.empty(len(self.order), dtype=np.int64)
        keys = self.order
        original = keys < len(self.starts)
        if len(self.changed):
            unchanged = original & ~np.isin(keys, np.fromiter(self.changed, dtype=np.int64, count=len(self.changed)))
        else:
            unchanged = original
        if self.header_changed:
            unchanged = np.zeros(len(keys), dtype=bool)
        counts[unchanged] = starts_of_line_count[keys[unchanged]]
        for i in np.flatnonzero(~unchanged):
            key = int(keys[i])
            counts[i] = count_lines(self.record_text(key)) if key in self.changed else 1
        return counts

    def lines(self) -> tuple[np.ndarray, np.ndarray]:
        """(keys in file order, the line each starts on) as the file stands now."""
        if self._lines_cache is not None and self._lines_cache[0] == self._version:
            return self._lines_cache[1], self._lines_cache[2]
        keys = self.order
        counts = self.line_counts()
        header_lines = (int(self.start_lines[0]) - 1) if len(self.start_lines) else count_lines(
            self.data.decode("utf-8", "surrogateescape")) if self.data else 1
        if self.header_changed:
            header_lines = 1
        first = header_lines + 1
        starts = first + np.concatenate(([0], np.cumsum(counts)[:-1])) if len(counts) else counts
        self._lines_cache = (self._version, keys, starts.astype(np.int64))
        return keys, self._lines_cache[2]

    def line_of(self, key: int) -> int | None:
        keys, starts = self.lines()
        at = np.flatnonzero(keys == key)
        return int(starts[at[0]]) if len(at) else None


def _serialise(cells: Sequence[str], newline: str, bom: bool = False) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator=newline).writerow(cells)
    return ("\ufeff" if bom else "") + out.getvalue()
