"""A Document's records read from its folder, and the Dataset derived from all of them at once (a part of
Document: on opening, and again when a change touches the sources or the columns)."""

from __future__ import annotations

import os
from pathlib import Path

from ..reading.dataset import Dataset, load_dataset
from .derive import KEY, KeyedProblems, key_column
from .ops import ID, TABLES
from .rows import TableRows
from .saving import ChangedOnDisk, stamp

KEEP_BYTES = 64 * 1024**2
"""A table file larger than this is not kept in memory: a hard link beside the journal keeps the
file as read (a save replaces the file, not the linked inode), and its bytes are read from there."""


class Loading:
    """Document's reading of its folder (uses its rows, journal, articles edited and problems by key)."""

    def _derive_all(self, *, verify_quotes: bool = True, progress=None, cancelled=None, first: bool = False) -> None:
        """Derive everything from the records as they stand (the loader, on them)."""
        contents = {} if first else {t: r.raw.to_bytes() for t, r in self.rows.items() if r is not None}
        keep: dict = {}
        dataset = load_dataset(self.folder, verify_quotes=verify_quotes, progress=progress, cancelled=cancelled,
                               contents=contents, keep=keep, edited_texts=self._articles)
        self._adopt(dataset, keep, first)

    def _adopt(self, dataset: Dataset, keep: dict, first: bool) -> None:
        if first:
            for name in TABLES:
                table = keep["tables"].get(name)
                path = self._path(dataset, name)
                if table is None or table.frame is None:
                    self.rows[name] = None
                    continue
                self._stamps[name] = stamp(path)
                size = self._stamps[name][0] if self._stamps[name] else 0
                reader = self._original_copy(name, path) if size > KEEP_BYTES else None
                if reader is None:
                    self.rows[name] = TableRows.from_table(table, path.read_bytes())
                else:
                    self.rows[name] = TableRows.from_table(table, None, path)
                    self.rows[name].raw.forget_bytes(reader)
                self.rows[name].raw.original_cells = self.rows[name].cells
                self._saved_versions[name] = self.rows[name].raw._version
                self.rows[name].prepare_lookup(ID[name])   # now, off the GUI thread, not at the first edit
        self._context = {"sources_left_out": keep["sources_left_out"], "sources_read": keep["sources_read"],
                         "sources_file": dataset.descriptor.paths.get("sources", "sources.csv")}
        # The header the reader noted (frame.attrs) is the file's business, not the derived frame's: pandas
        # deep-copies attrs at every operation, which an edit at a million claims would pay many times.
        dataset.claims.attrs = {}
        dataset.sources.attrs = {}
        dataset.claims[KEY] = key_column(dataset.claims, self.rows.get("claims"))
        dataset.sources[KEY] = key_column(dataset.sources, self.rows.get("sources"))
        self._keyed, self._other = {}, []
        rest = list(dataset.problems)
        for name in TABLES:
            rows = self.rows.get(name)
            if rows is None:
                continue
            keys, lines = rows.raw.lines()
            mine = [p for p in rest if p.file == rows.raw.file]
            rest = [p for p in rest if p.file != rows.raw.file]
            self._keyed[name], header = KeyedProblems.of(mine, keys, lines)
            self._other += header
        self._other += rest
        self.dataset = dataset
        dataset.edited_texts = self._articles
        self._problems_cache = (self.version, dataset.problems)

    def _original_copy(self, name: str, path: Path):
        """A reader of the file as read, through a hard link that outlives saves (None: no link here)."""
        link = self.journal.path.with_name(self.journal.path.name.replace(".journal.jsonl", f".{name}.orig"))
        try:
            link.parent.mkdir(parents=True, exist_ok=True)
            if link.exists():
                link.unlink()
            os.link(path, link)
        except OSError:
            return None
        seen = stamp(link)

        def read() -> bytes:
            if stamp(link) != seen:
                raise ChangedOnDisk([path.name])
            return link.read_bytes()
        return read

    def _path(self, dataset: Dataset, table: str) -> Path:
        return self.folder / dataset.descriptor.paths.get(table, f"{table}.csv")
