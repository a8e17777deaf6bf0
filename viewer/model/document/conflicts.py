"""Reloading a dataset that changed on disk while it had unsaved edits: keep what does not conflict,
and ask about what does.

A record conflicts when the user's unsaved edits changed it and the file on disk changed it too
(or removed it, or added another record with the same id), differently. Each record is compared
three ways: as last read or saved (*base*), as the user has it (*mine*) and as it is on disk now
(*theirs*). A record only the user changed is edited again on the records as they are on disk; a
record only the disk changed is taken from there; a record both changed alike needs nothing.

    plan = plan_reload(doc)             # reads the folder again; doc is left as it is
    plan.conflicts                      # [Conflict(table, record_id, kind, base, mine, theirs), ...]
    result = plan.finish(keep_mine={("claims", "bb-03")})   # the others: taken from disk
    result.document                     # the new Document: disk + my edits, as unsaved edits

The edits are made again through the scripting API, from the journal (each one an undo step, its
name kept); the journal is then replaced, in one step, by the edits as they now stand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .journal import stamped
from .ops import ID, TABLES

KINDS = ("changed", "went", "deleted", "added")
"""changed: both changed the record; went: I edited it, it was removed on disk; deleted: I removed
it, it was changed on disk; added: both added a record with the same id, differently."""

Record = dict[str, str]


@dataclass(frozen=True)
class Conflict:
    """One record that both the unsaved edits and the file on disk changed, differently."""

    table: str
    record_id: str
    kind: str
    base: Record | None
    mine: Record | None
    theirs: Record | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.record_id)

    def columns(self) -> list[str]:
        """The columns whose values differ between mine and theirs (in the order of the file)."""
        names = list(dict.fromkeys([*(self.theirs or {}), *(self.mine or {}), *(self.base or {})]))
        return [n for n in names if (self.mine or {}).get(n, "") != (self.theirs or {}).get(n, "")]


@dataclass
class ReloadResult:
    document: object
    """The new Document: the files as they are now, with the edits kept made again (unsaved)."""
    replayed: int = 0
    """Edits made again (steps of the new document's undo history)."""
    kept_mine: list[Conflict] = field(default_factory=list)
    took_theirs: list[Conflict] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    """Edits that could not be made again (e.g. a source deleted that claims on disk now use), each said."""


def same(a: Record | None, b: Record | None) -> bool:
    """Two records alike, a column one lacks counting as empty (None: no record)."""
    if a is None or b is None:
        return a is b
    return all(a.get(k, "") == b.get(k, "") for k in set(a) | set(b))


def record_states(rows) -> dict[int, Record | None]:
    """Each record of a document's table that differs from the file as read: key -> its cells now
    (None: removed). A save notes these, so that what was saved counts as the base next time."""
    raw = rows.raw
    present = set(raw.order.tolist())
    removed = np.setdiff1d(np.arange(raw.n_original, dtype=np.int64), raw.order).tolist()
    out: dict[int, Record | None] = {}
    for key in [*raw.changed, *removed]:
        out[int(key)] = rows.as_dict(key) if key in present else None
    return out


def saved_states(rows, previous: dict[int, Record | None]) -> dict[int, Record | None]:
    """What a save writes of a table, as the base of the next comparison: each record that differs from
    the file as first read, and each that did at an earlier save (key -> its cells, None: removed)."""
    now = record_states(rows)
    return {key: now[key] if key in now else _as_read(rows, key) for key in set(now) | set(previous)}


def my_records(doc) -> dict[tuple[str, str], tuple[Record | None, Record | None]]:
    """(table, id) -> (base, mine) for every record the unsaved edits changed.

    The id is the record's as last read or saved; a record added since is known by its id now.
    """
    out: dict[tuple[str, str], tuple[Record | None, Record | None]] = {}
    saved_all = getattr(doc, "_saved_records", {})
    for table in TABLES:
        rows = doc.rows.get(table)
        if rows is None:
            continue
        saved = saved_all.get(table, {})
        mine_now = record_states(rows)
        for key in set(mine_now) | set(saved):
            mine = mine_now[key] if key in mine_now else _as_read(rows, key)
            base = saved[key] if key in saved else _as_read(rows, key)
            if same(base, mine):
                continue
            record_id = (base if base is not None else mine).get(ID[table], "")
            out[(table, record_id)] = (base, mine)
    return out


def _as_read(rows, key: int) -> Record | None:
    if key >= rows.raw.n_original:
        return None
    cells = rows.cells_as_read(key)
    return None if cells is None else dict(zip(rows.header, cells))


def their_record(doc, table: str, record_id: str) -> Record | None:
    """The record with this id in a document (the first, should several share it), or None."""
    rows = doc.rows.get(table)
    if rows is None:
        return None
    keys = rows.keys_with(ID[table], [record_id])
    if not len(keys):
        return None
    key = int(min(keys.tolist(), key=rows.raw.position_of))
    return rows.as_dict(key)


def find_conflicts(doc, fresh) -> tuple[list[Conflict], set[tuple[str, str]]]:
    """The conflicts between ``doc``'s unsaved edits and ``fresh`` (the folder read again), and the
    records the disk already has as the user does (nothing to make again for them)."""
    conflicts, alike = [], set()
    for (table, record_id), (base, mine) in my_records(doc).items():
        if fresh.rows.get(table) is None:
            continue   # that file cannot be read now: its edits are made again and fail, each said
        theirs = their_record(fresh, table, record_id)
        if same(theirs, base):
            continue
        if same(theirs, mine):
            alike.add((table, record_id))
            continue
        kind = "added" if base is None else "deleted" if mine is None else "went" if theirs is None else "changed"
        conflicts.append(Conflict(table, record_id, kind, base, mine, theirs))
    order = {t: i for i, t in enumerate(TABLES)}
    conflicts.sort(key=lambda c: (order[c.table], c.record_id))
    return conflicts, alike


def effective_entries(entries: Iterable[dict]) -> list[dict]:
    """The edits a journal leaves standing, in order: an undone edit is gone, a redone one back."""
    done: list[dict] = []
    undone: list[dict] = []
    for entry in entries:
        op = entry.get("op")
        if op == "undo":
            if done:
                undone.append(done.pop())
        elif op == "redo":
            if undone:
                done.append(undone.pop())
        elif op == "revert":   # a saved step undone or redone: the steps undone before it stay redoable
            done.append(entry)
        else:
            done.append(entry)
            undone.clear()
    return done


def entry_records(entries: list[dict]) -> list[tuple[str, str] | None]:
    """The record (table, id as last read, or as it ends for one added) each edit is about; None for an
    article's text (its claims are anchored again wherever they stand)."""
    alias: dict[str, dict[str, tuple[str, str]]] = {t: {} for t in TABLES}
    picked: list[tuple[str, tuple[str, str]] | None] = []
    for entry in entries:
        op = str(entry.get("op", ""))
        table = "claims" if op.endswith("_claim") else "sources" if op.endswith("_source") else None
        if table is None:
            picked.append(None)
            continue
        columns = entry.get("columns") or {}
        if op.startswith("add_"):
            record_id = columns.get(ID[table], "")
            alias[table][record_id] = ("new", record_id)
            picked.append((table, alias[table][record_id]))
            continue
        record_id = entry.get("id", "")
        identity = alias[table].get(record_id, ("old", record_id))
        picked.append((table, identity))
        renamed = columns.get(ID[table])
        if renamed and renamed != record_id:
            alias[table].pop(record_id, None)
            alias[table][renamed] = identity
        elif op.startswith("delete_"):
            alias[table].pop(record_id, None)
    final = {(t, ident): current for t in TABLES for current, ident in alias[t].items()}
    out: list[tuple[str, str] | None] = []
    for item in picked:
        if item is None:
            out.append(None)
            continue
        table, (how, record_id) = item
        out.append((table, final.get((table, (how, record_id)), record_id) if how == "new" else record_id))
    return out


def standing_edits(entries: list[dict], settled: set[tuple[str, str]]) -> list[dict]:
    """``entries`` without the edits of records in ``settled`` (conflicts, and records the disk has as mine).
    A "revert" entry (a saved step undone or redone) is judged record by record: it keeps the parts about
    the other records, so that one it brings back that the disk already has is not made twice."""
    flat = [(i, j, sub) for i, entry in enumerate(entries)
            for j, sub in (enumerate(entry.get("entries") or []) if entry.get("op") == "revert" else [(None, entry)])]
    skip = {(i, j) for (i, j, _sub), record in zip(flat, entry_records([sub for _i, _j, sub in flat]))
            if record is not None and record in settled}
    out = []
    for i, entry in enumerate(entries):
        if entry.get("op") == "revert":
            out.append(dict(entry, entries=[sub for j, sub in enumerate(entry.get("entries") or [])
                                            if (i, j) not in skip]))
        elif (i, None) not in skip:
            out.append(entry)
    return out


class _Recorder:
    """Stands in for a journal while the edits are made again: the entries are written at the end."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: list[dict] = []

    def write(self, entry: dict) -> None:
        self.entries.append(stamped(entry))

    def close(self) -> None:
        pass


@dataclass
class ReloadPlan:
    """The folder read again (``fresh``), the unsaved edits (``entries``) and where they conflict."""

    old: object
    fresh: object
    entries: list[dict]
    conflicts: list[Conflict]
    alike: set[tuple[str, str]]
    tables: list[str]
    """The tables whose files changed on disk."""

    @property
    def edits(self) -> int:
        return len(self.entries)

    def finish(self, keep_mine: Iterable[tuple[str, str]] = ()) -> ReloadResult:
        """The new document: the disk's records, the edits that do not conflict made again on them, and
        for each conflict mine (its key in ``keep_mine``) or theirs. The old document is closed."""
        keep = set(keep_mine)
        doc = self.fresh
        self.old.close()
        result = ReloadResult(doc)
        conflicted = {c.key for c in self.conflicts}
        journal = doc.journal
        recorder = _Recorder(journal.path)
        doc.journal = recorder
        try:
            for entry in standing_edits(self.entries, conflicted | self.alike):
                try:
                    doc._replay(entry)
                    result.replayed += 1
                except (KeyError, ValueError) as err:
                    result.failed.append(f"{entry.get('op')} {entry.get('id') or ''}: {err}".replace("  ", " "))
            for conflict in self.conflicts:
                mine = conflict.key in keep
                try:
                    if _make(doc, conflict, conflict.mine if mine else conflict.theirs):
                        result.replayed += 1
                except (KeyError, ValueError) as err:
                    result.failed.append(f"{conflict.table} {conflict.record_id}: {err}")
                (result.kept_mine if mine else result.took_theirs).append(conflict)
        finally:
            doc.journal = journal
        journal.replace(recorder.entries)   # the edits as they now stand, in one step
        return result


def _make(doc, conflict: Conflict, target: Record | None) -> bool:
    """Make the record ``target`` (None: no record) in ``doc`` through its API; True if anything changed."""
    table, record_id = conflict.table, conflict.record_id
    singular = table[:-1]
    now = their_record(doc, table, record_id)
    if same(now, target):
        return False
    if target is None:
        getattr(doc, f"delete_{singular}")(record_id)
        return True
    header = set(doc.rows[table].header)
    from ..checking.rules import CLAIM_COLUMNS, SOURCE_COLUMNS
    known = header | set(CLAIM_COLUMNS if table == "claims" else SOURCE_COLUMNS)
    if now is None:
        getattr(doc, f"add_{singular}")(**{k: v for k, v in target.items() if k in known and v})
        return True
    changes = {k: target.get(k, "") for k in set(now) | set(target)
               if k in known and now.get(k, "") != target.get(k, "")}
    getattr(doc, f"update_{singular}")(record_id, **changes)
    return True


def plan_reload(doc, *, verify_quotes: bool = True) -> ReloadPlan:
    """Read ``doc``'s folder again and compare it with the unsaved edits (``doc`` is left as it is)."""
    from .document import Document
    changed = doc.changed_on_disk()
    fresh = Document.open(doc.folder, recover=False, verify_quotes=verify_quotes,
                          journal_dir=doc.journal.path.parent)
    conflicts, alike = find_conflicts(doc, fresh)
    return ReloadPlan(doc, fresh, effective_entries(doc.journal.entries()), conflicts, alike, changed)


__all__ = ["Conflict", "ReloadPlan", "ReloadResult", "effective_entries", "find_conflicts", "plan_reload",
           "standing_edits"]
