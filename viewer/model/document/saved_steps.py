"""Undo and redo of a step that is already in the saved files, journaled so that a crash loses neither.

The journal holds the edits made since the last save as the API's own calls, replayed onto the files as
saved. A plain "undo" entry can be replayed only for a step the journal itself holds: a step made before
the save is not on a freshly opened document's undo stack. Undoing (or redoing) such a step is therefore
journaled as what it did to the records, in one "revert" entry: for each record, its cells as they now
stand (update, add) or its removal (delete), and an article's text as it now stands. Replayed, it brings
the records to the same cells (a record added back goes to the end of its file).
"""

from __future__ import annotations

from . import ops as O
from .ops import ID


def revert_entry(doc, command: O.Command, undoing: bool) -> dict:
    """The journal entry of ``command`` just undone (``undoing``) or redone, by what it left in the records."""
    entries: list[dict] = []
    for op in (reversed(command.ops) if undoing else command.ops):
        if isinstance(op, O.AddColumn):
            continue   # a column added stays in the file as saved; its cells are what count
        if isinstance(op, O.ArticleText):
            text = op.before if undoing else op.after
            if text is not None:   # (an article taken back: its file, if saved, stays unused)
                entries.append({"op": "article_text", "rel": op.rel, "text": text})
            continue
        rows = doc._table(op.table)
        old, new = _old_and_new(rows, op, undoing)
        position = rows.header.index(ID[op.table])
        noun = op.table[:-1]
        if new is None:
            entries.append({"op": f"delete_{noun}", "id": _cell(old, position)})
        elif old is None:
            entries.append({"op": f"add_{noun}", "columns": dict(zip(rows.header, new))})
        else:
            entries.append({"op": f"update_{noun}", "id": _cell(old, position), "columns": dict(zip(rows.header, new))})
    return {"op": "revert", "name": command.name, "undo": undoing, "entries": entries}


def _old_and_new(rows, op, undoing: bool) -> tuple[list[str] | None, list[str] | None]:
    """The record's cells as the saved files hold them (old) and as they stand now (new); None: no record."""
    now = rows.cells(op.key) if rows.raw.has(op.key) else None
    if isinstance(op, O.Replace):
        before = op.before if op.before is not None else rows.cells_as_read(op.key)
        return (op.after if undoing else before), now
    if isinstance(op, O.Insert):
        return (op.cells, None) if undoing else (None, now)
    before = op.before if op.before is not None else rows.cells_as_read(op.key)   # a Remove
    return (None, now) if undoing else (before, None)


def _cell(cells: list[str] | None, position: int) -> str:
    return cells[position] if cells is not None and position < len(cells) else ""


def replay_revert(doc, entry: dict) -> None:
    """Apply a "revert" entry (while replaying the journal): each record brought to its cells. The steps
    undone before it stay redoable, as they were when it was written."""
    undone = list(doc._undone)
    for sub in entry.get("entries") or []:
        try:
            if sub.get("op") == "article_text":
                replay_article_text(doc, sub)
            else:
                doc._replay(sub)
        except (KeyError, ValueError):
            continue   # its record changed or went on disk meanwhile
    doc._undone = undone


def replay_article_text(doc, entry: dict) -> None:
    rel, text = entry["rel"], entry["text"]
    if rel in doc._articles:
        before = doc._articles[rel]
    else:
        from .articles_api import read_article
        before = read_article(doc.folder, rel)
    doc._run(f"Edit article {rel}", [O.ArticleText(rel, before, text)], entry)
