"""The low-level changes of a document, each undone exactly, and commands made of them.

An op changes one record of one table; a :class:`Command` is the ops of one user action
("Edit claim bb-03"), applied and undone as one. Undoing gives back the bytes the file had:
a record read from the file and changed gets its original bytes back, not a rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .raw_table import Cells, RawTable

TABLES = ("sources", "claims")
"""A dataset's tables, in the order a save writes them (a new claim's source before it)."""
ID = {"sources": "source_id", "claims": "claim_id"}
"""Each table's id column."""


@dataclass(frozen=True)
class Replace:
    table: str
    key: int
    before: Cells | None
    """The cells before (None: the record as read from the file, its bytes untouched)."""
    after: Cells


@dataclass(frozen=True)
class Insert:
    table: str
    key: int
    position: int
    cells: Cells


@dataclass(frozen=True)
class Remove:
    table: str
    key: int
    position: int
    before: Cells | None


@dataclass(frozen=True)
class AddColumn:
    """A format column the header lacked, added at its end (every record is then written anew)."""

    table: str
    name: str
    key: int = -1


@dataclass(frozen=True)
class ArticleText:
    """An article's text edited (kept by the document until saved); ``before`` None: an article added."""

    rel: str
    before: str | None
    after: str
    table: str = "articles"
    key: int = -1


Op = Replace | Insert | Remove | AddColumn | ArticleText


def apply(op: Op, raw: RawTable) -> None:
    if isinstance(op, AddColumn):
        raw.add_column(op.name)
    elif isinstance(op, Replace):
        raw.replace({op.key: op.after})
    elif isinstance(op, Insert):
        raw.insert_key(op.key, op.position, op.cells)
    else:
        raw.remove([op.key])


def unapply(op: Op, raw: RawTable) -> None:
    if isinstance(op, AddColumn):
        raw.drop_last_column()
    elif isinstance(op, Replace):
        if op.before is None:
            raw.forget_change(op.key)
        else:
            raw.replace({op.key: op.before})
    elif isinstance(op, Insert):
        raw.remove([op.key])
        raw.changed.pop(op.key, None)
    else:
        raw.restore([(op.key, op.position)], {op.key: op.before})


@dataclass
class Command:
    """One user action: its name (shown as "Undo <name>") and its ops, in the order applied."""

    name: str
    ops: list[Op] = field(default_factory=list)

    def tables(self) -> set[str]:
        return {op.table for op in self.ops}
