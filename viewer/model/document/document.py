"""A dataset being read and written: every record kept, edits with undo, a journal, atomic saves.

The scripting API and the window use the same calls::

    doc = Document.open("data")
    cid = doc.add_claim(source_id="ht", quote="...", claimant="...", stance="asserts", metric="left")
    doc.update_claim(cid, value_high="700000")
    doc.undo(); doc.redo()
    doc.problems        # always current, worded as `claims-atlas check` prints them
    doc.save()          # only the changed records are rewritten

Values are strings, as in the CSV. A bad value is kept and shows as a problem (no work is ever
refused); misuse (an unknown column or id) raises KeyError or ValueError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from ..changes import Change
from ..reading.dataset import Dataset
from ..reading.package import DESCRIPTOR
from ..checking.problems import DatasetError, Problem
from ..checking.rules import CLAIM_COLUMNS, SOURCE_COLUMNS
from ..writing.safe_write import remove_stale
from . import ops as O
from .ops import ID, TABLES
from .derive import KeyedProblems, sort_problems
from .articles_api import Articles, read_article
from .deriving import Deriving
from .conflicts import saved_states
from .journal import Journal, journal_path
from .loading import KEEP_BYTES, Loading
from .recovery import Recovery
from .rows import TableRows
from .saved_steps import revert_entry
from .saving import ChangedOnDisk, stamp, write_together

KNOWN = {"sources": SOURCE_COLUMNS, "claims": CLAIM_COLUMNS}


class Document(Loading, Articles, Deriving, Recovery):
    """One dataset folder: its records as read and as edited, and the Dataset derived from them."""

    def __init__(self, folder: Path, journal_dir: Path | None = None):
        self.folder = Path(folder)
        self.rows: dict[str, TableRows | None] = {}
        self.dataset: Dataset | None = None
        self.version = 0
        self.recovered = 0
        """How many unsaved edits were restored from the journal when the folder was opened."""
        self.recovered_at: float | None = None
        self.last_patch = None
        """How the derived claims changed in the last edit (for views that mirror them)."""
        self._keyed: dict[str, KeyedProblems] = {}
        self._other: list[Problem] = []
        self._problems_cache: tuple[int, list[Problem]] | None = None
        self._context: dict = {}
        self._done: list[O.Command] = []
        self._undone: list[O.Command] = []
        self._saved_top: O.Command | None = None
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._saved_versions: dict[str, int] = {}
        self._saved_records: dict[str, dict] = {}
        """Records saved since the files were read (key -> cells), the base a reload compares with."""
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._replaying = False
        self._articles: dict[str, str] = {}
        """Article texts edited (by text_path) and not yet written."""
        self._articles_saved: dict[str, str] = {}
        self._saved_steps: set[int] = set()
        """The steps (by id) on the undo and redo stacks at the last save: the journal does not hold them."""
        self._text_keys: dict[str, str] | None = None
        """Which article texts the dataset holds (text_key -> source_id), once asked; None: not known now."""
        self.journal = Journal(journal_path(self.folder, journal_dir), self.folder)

    # --- opening ------------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: str | Path, *, verify_quotes: bool = True, journal_dir: Path | None = None,
             recover: bool = True, progress=None, cancelled=None) -> "Document":
        """Read a folder (raises DatasetError if it cannot be read as a dataset at all). Edits left in
        its journal by a crash are restored as unsaved changes (``recovered`` says how many)."""
        doc = cls(Path(folder), journal_dir)
        remove_stale(doc.folder)   # what an interrupted save left
        doc._derive_all(verify_quotes=verify_quotes, progress=progress, cancelled=cancelled, first=True)
        if recover:
            doc.recover()
        return doc

    @classmethod
    def create(cls, folder: str | Path, *, name: str, title: str, origin: str,
               journal_dir: Path | None = None) -> "Document":
        """Make a new, empty dataset in ``folder`` (which must not exist, or be empty) and open it."""
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise ValueError(f"{folder}: not an empty folder; a new dataset needs a folder of its own")
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        descriptor = {"name": name, "title": title, "claims:origin": origin,
                      "resources": [{"name": "sources", "path": "sources.csv"},
                                    {"name": "claims", "path": "claims.csv"}]}
        write_together([(folder / DESCRIPTOR, [(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode()]),
                        (folder / "sources.csv", [(",".join(SOURCE_COLUMNS) + "\n").encode()]),
                        (folder / "claims.csv", [(",".join(CLAIM_COLUMNS) + "\n").encode()])])
        return cls.open(folder, journal_dir=journal_dir, recover=False)

    @classmethod
    def adopt(cls, folder: str | Path, dataset: Dataset, keep: dict, *, journal_dir: Path | None = None) -> "Document":
        """The document of a dataset just read with ``load_dataset(..., keep=keep)`` (a loader off the
        GUI thread reads it that way). Its journal is not replayed: see :meth:`recover`."""
        doc = cls(Path(folder), journal_dir)
        remove_stale(doc.folder)
        doc._adopt(dataset, keep, first=True)
        return doc

    # --- reading ------------------------------------------------------------------------------------
    @property
    def problems(self) -> list[Problem]:
        """Every problem of the dataset as it stands, worded and ordered as `check` prints them."""
        if self._problems_cache is not None and self._problems_cache[0] == self.version:
            return self._problems_cache[1]
        found = list(self._other)
        for name, keyed in self._keyed.items():
            if not keyed.by_key:
                continue   # a clean table: its records' lines (O(records) to work out) are not needed
            keys, lines = self.rows[name].raw.lines()
            found += keyed.current(keys, lines)
        found = sort_problems(self.dataset, found)
        self._problems_cache = (self.version, found)
        self.dataset.problems = found
        return found

    @property
    def dirty(self) -> bool:
        return (self._done[-1] if self._done else None) is not self._saved_top

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_name(self) -> str | None:
        return self._done[-1].name if self._done else None

    def redo_name(self) -> str | None:
        return self._undone[-1].name if self._undone else None

    def claim(self, claim_id: str) -> dict[str, str]:
        """A claim's cells as they stand (valid or not), by column."""
        return self._table("claims").as_dict(self._key_of("claims", claim_id))

    def source(self, source_id: str) -> dict[str, str]:
        return self._table("sources").as_dict(self._key_of("sources", source_id))

    def claim_ids(self) -> list[str]:
        """The ids of every claim record, valid or not, in file order."""
        return self._ids_of("claims")

    def source_ids(self) -> list[str]:
        return self._ids_of("sources")

    def _ids_of(self, table: str) -> list[str]:
        rows = self.rows.get(table)
        return [] if rows is None else rows.column(ID[table])

    def subscribe(self, listener: Callable[[list[Change]], None]) -> None:
        """Call ``listener(changes)`` after every edit, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[list[Change]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- the scripting API ---------------------------------------------------------------------------
    def add_claim(self, **columns: str) -> str:
        """Add a claim; its id is made from its source id when none is given. Returns the id."""
        columns = self._columns("claims", columns)
        if not columns.get("claim_id"):
            columns["claim_id"] = self._new_id("claims", columns.get("source_id", "") or "claim")
        self._run(f"Add claim {columns['claim_id']}", self._insert_ops("claims", columns),
                  {"op": "add_claim", "columns": columns})
        return columns["claim_id"]

    def update_claim(self, claim_id: str, /, **columns: str) -> None:
        self._update("claims", claim_id, columns, f"Edit claim {claim_id}", "update_claim")

    def delete_claim(self, claim_id: str) -> None:
        self._delete("claims", claim_id, f"Delete claim {claim_id}", "delete_claim")

    def add_source(self, **columns: str) -> str:
        columns = self._columns("sources", columns)
        if not columns.get("source_id"):
            base = re.sub(r"[^a-z0-9]+", "-", (columns.get("outlet", "") or "source").lower()).strip("-") or "source"
            columns["source_id"] = self._new_id("sources", base, first_plain=True)
        self._run(f"Add source {columns['source_id']}", self._insert_ops("sources", columns),
                  {"op": "add_source", "columns": columns})
        return columns["source_id"]

    def update_source(self, source_id: str, /, **columns: str) -> None:
        self._update("sources", source_id, columns, f"Edit source {source_id}", "update_source")

    def delete_source(self, source_id: str) -> None:
        """Delete a source; refused (ValueError) while claims use it."""
        self._key_of("sources", source_id)
        claims = self.rows.get("claims")
        if claims is not None and len(claims.keys_with("source_id", [source_id])):
            raise ValueError(f"source {source_id!r} is used by claims; delete or move them first")
        self._delete("sources", source_id, f"Delete source {source_id}", "delete_source")

    def undo(self) -> list[Change]:
        if not self._done:
            return []
        command = self._done.pop()
        for op in reversed(command.ops):
            self._unapply(op)
        self._undone.append(command)
        self._journal_step(command, undoing=True)
        return self._after(command, undoing=True)

    def redo(self) -> list[Change]:
        if not self._undone:
            return []
        command = self._undone.pop()
        for op in command.ops:
            self._apply(op)
        self._done.append(command)
        self._journal_step(command, undoing=False)
        return self._after(command)

    def save(self) -> list[str]:
        """Write every changed table atomically (only changed records rewritten); return the files written.

        Raises ChangedOnDisk, writing nothing, if a file to be written changed on disk since it was read.
        """
        todo = [name for name, rows in self.rows.items()
                if rows is not None and rows.raw._version != self._saved_versions.get(name)]
        paths = {name: self._path(self.dataset, name) for name in todo}
        changed = [str(paths[n].name) for n in todo if stamp(paths[n]) != self._stamps.get(n)]
        if changed:
            raise ChangedOnDisk(changed)
        # Articles first, then sources, then claims: a new claim's source and text are in place before it.
        articles = {rel: text for rel, text in self._articles.items() if self._articles_saved.get(rel) != text}
        for rel in articles:
            (self.folder / rel).parent.mkdir(parents=True, exist_ok=True)
        write_together([(self.folder / rel, [text.encode("utf-8")]) for rel, text in articles.items()]
                       + [(paths[name], self.rows[name].raw.chunks()) for name in sorted(todo, key=TABLES.index)])
        self._articles_saved.update(articles)
        if articles:
            self.dataset._texts.clear()
        for name in todo:
            self._saved_records[name] = saved_states(self.rows[name], self._saved_records.get(name, {}))
            self._stamps[name] = stamp(paths[name])
            self._saved_versions[name] = self.rows[name].raw._version
        self._saved_top = self._done[-1] if self._done else None
        self._saved_steps = {id(c) for c in self._done + self._undone}
        self.journal.clear()
        return [str(paths[n]) for n in todo]

    def changed_on_disk(self) -> list[str]:
        """The tables whose files changed on disk since they were read or saved."""
        return [name for name, rows in self.rows.items()
                if rows is not None and stamp(self._path(self.dataset, name)) != self._stamps.get(name)]

    def close(self) -> None:
        self.journal.close()

    # --- commands ----------------------------------------------------------------------------------------
    def _table(self, table: str) -> TableRows:
        rows = self.rows.get(table)
        if rows is None:
            raise ValueError(f"the {table} table could not be read; mend its file first (see the problems)")
        return rows

    def _raw(self, table: str):
        return self._table(table).raw

    def _columns(self, table: str, columns: dict) -> dict[str, str]:
        rows = self._table(table)
        for name, value in columns.items():
            if name not in KNOWN[table] and name not in rows.header:
                raise KeyError(f"{table}.csv has no column {name!r} and the format defines none")
            if not isinstance(value, str):
                raise ValueError(f"{name}: values are strings, as in the CSV (got {type(value).__name__})")
        return dict(columns)

    def _key_of(self, table: str, id_: str) -> int:
        keys = self._table(table).keys_with(ID[table], [id_])
        if not len(keys):
            raise KeyError(f"no {table[:-1]} has {ID[table]} {id_!r}")
        if len(keys) == 1:   # (the usual case: no need to know where it is)
            return int(keys[0])
        raw = self._raw(table)
        return int(min(keys.tolist(), key=raw.position_of))

    def _new_id(self, table: str, base: str, first_plain: bool = False) -> str:
        base = re.sub(r"[^a-z0-9_-]+", "-", base.lower()).strip("-") or table[:-1]
        taken = set(self._ids_of(table))
        if first_plain and base not in taken:
            return base
        n = 1
        while f"{base}-{n:02d}" in taken:
            n += 1
        return f"{base}-{n:02d}"

    def _column_ops(self, table: str, names) -> list[O.Op]:
        raw = self._raw(table)
        new = [n for n in names if n not in raw.header]
        return [O.AddColumn(table, n) for n in new]

    def _insert_ops(self, table: str, columns: dict[str, str]) -> list:
        ops = self._column_ops(table, columns)
        raw = self._raw(table)
        header = raw.header + [op.name for op in ops]
        cells = [columns.get(name, "") for name in header]
        ops.append(O.Insert(table, raw.next_key(), len(raw.order), cells))
        return ops

    def _update(self, table: str, id_: str, columns: dict, name: str, op_name: str) -> None:
        columns = self._columns(table, columns)
        key = self._key_of(table, id_)
        ops = self._column_ops(table, columns)
        rows = self._table(table)
        before = rows.cells(key)
        if before is None:
            raise ValueError(f"{table[:-1]} {id_!r} is on a line that could not be read; mend it in the file")
        header = rows.header + [op.name for op in ops]
        after = before + [""] * (len(header) - len(before))
        for column, value in columns.items():
            after[header.index(column)] = value
        if after == before and not ops:
            return
        original = None if (key < rows.raw.n_original and key not in rows.raw.changed) else before
        ops.append(O.Replace(table, key, original, after))
        self._run(name, ops, {"op": op_name, "id": id_, "columns": columns})

    def _delete(self, table: str, id_: str, name: str, op_name: str) -> None:
        key = self._key_of(table, id_)
        raw = self._raw(table)
        before = raw.changed.get(key)
        self._run(name, [O.Remove(table, key, raw.position_of(key), None if before is None else list(before))],
                  {"op": op_name, "id": id_})

    def _run(self, name: str, ops: list, entry: dict) -> list[Change]:
        command = O.Command(name, ops)
        for op in ops:
            self._apply(op)
        self._journal(entry)
        self._done.append(command)
        self._undone.clear()
        return self._after(command)

    def _apply(self, op) -> None:
        if isinstance(op, O.ArticleText):
            self._articles[op.rel] = op.after
        else:
            O.apply(op, self._raw(op.table))

    def _unapply(self, op) -> None:
        if isinstance(op, O.ArticleText):
            if op.before is None:
                self._articles.pop(op.rel, None)   # an article added: its file, if saved already, stays
            else:
                self._articles[op.rel] = op.before
        else:
            O.unapply(op, self._raw(op.table))

    def _journal(self, entry: dict) -> None:
        if not self._replaying:
            self.journal.write(entry)

    def _journal_step(self, command: O.Command, undoing: bool) -> None:
        """Journal an undo or redo: as such for a step made since the save (the journal holds it), else as
        what it did to the records (see saved_steps)."""
        if self._replaying:
            return
        if id(command) in self._saved_steps:
            self.journal.write(revert_entry(self, command, undoing))
        else:
            self.journal.write({"op": "undo" if undoing else "redo"})


__all__ = ["KEEP_BYTES", "ChangedOnDisk", "DatasetError", "Document", "read_article"]
