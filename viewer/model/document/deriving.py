"""What a change to a Document's records makes of its Dataset: the claims it touched checked again and patched
into the frame the views read, and the typed changes that say so (a part of Document, kept apart for reading)."""

from __future__ import annotations

from ..changes import Change, ClaimsChanged, DatasetOpened, ProblemsChanged, SourcesChanged
from . import ops as O
from .derive import KeyedProblems, claims_patch, recheck_claims
from .ops import ID
from .patch import append_rows, drop_rows, replace_rows
from .rows import TableRows


class Deriving:
    """Document's deriving after a change (uses its rows, dataset, problems by key and listeners)."""

    def _after(self, command: O.Command, undoing: bool = False) -> list[Change]:
        self.version += 1
        tables = command.tables()
        if "sources" in tables or "articles" in tables:
            self._text_keys = None   # which texts the dataset holds: worked out again when next asked
        structural = any(isinstance(op, O.AddColumn) for op in command.ops)
        if "articles" in tables and "sources" not in tables and not structural:
            changes = [self._derive_claims(command)]
            edited = [op.rel for op in command.ops if isinstance(op, O.ArticleText)]
            sources = self.dataset.sources   # a source's text changed: its views show it again
            changes.append(SourcesChanged(self.version, frozenset(
                sources["source_id"][sources["text_path"].isin(edited)].tolist())))
        elif "sources" in tables or structural:
            ids = self._ids_touched(command, "sources")
            self._derive_all()
            unsaved = [O.ArticleText(rel, text, text) for rel, text in self._articles.items()
                       if self._articles_saved.get(rel) != text]
            if unsaved:   # the loader read the articles' files: their claims are judged on the texts edited
                self._derive_claims(O.Command("", unsaved))
            changes: list[Change] = [SourcesChanged(self.version, frozenset(ids)), DatasetOpened(self.version)]
            self.last_patch = None
        else:
            changes = [self._derive_claims(command)]
        changes.append(ProblemsChanged(self.version))
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _ids_touched(self, command: O.Command, table: str) -> set[str]:
        rows = self.rows.get(table)
        if rows is None or ID[table] not in rows.header:
            return set()
        position = rows.header.index(ID[table])
        ids = set()
        for op in command.ops:
            if op.table != table or isinstance(op, O.AddColumn):
                continue
            for cells in (getattr(op, "before", None), getattr(op, "after", None), getattr(op, "cells", None)):
                if cells is not None and position < len(cells):
                    ids.add(cells[position])
        return ids | self._ids_before(command, rows, table)

    def _derive_claims(self, command: O.Command) -> ClaimsChanged:
        rows = self._table("claims")
        ids = self._ids_touched(command, "claims")
        keys = {op.key for op in command.ops if not isinstance(op, (O.AddColumn, O.ArticleText))}
        edited = [op.rel for op in command.ops if isinstance(op, O.ArticleText)]
        if edited:
            sources = self.dataset.sources
            of_article = sources["source_id"][sources["text_path"].isin(edited)].tolist()
            keys |= set(rows.keys_with("source_id", of_article).tolist())
        if self._lines_moved(command, rows):
            position = rows.header.index("claim_id")
            for key in self._keyed.get("claims", KeyedProblems()).citing_lines():
                cells = rows.cells(key) if rows.raw.has(key) else None
                if cells is not None:
                    ids.add(cells[position])
        keys |= set(rows.keys_with("claim_id", ids).tolist())
        dataset = self.dataset
        kept, problems = recheck_claims(dataset, rows, sorted(keys), self._context)
        patch = claims_patch(dataset.claims, sorted(keys), kept)
        claims = replace_rows(dataset.claims, patch.replaced_rows, patch.replaced)
        claims = drop_rows(claims, patch.removed_rows)
        dataset.claims = append_rows(claims, patch.added)
        self.last_patch = patch
        keyed = self._keyed.setdefault("claims", KeyedProblems())
        for key, found in problems.items():
            keyed.replace(key, found, rows.raw.line_of(key) or 0)
        columns = set()
        header = rows.header
        for op in command.ops:
            if isinstance(op, O.Replace):
                before = op.before if op.before is not None else rows.cells_as_read(op.key)
                if before is None:
                    columns = None
                    break
                columns |= {header[i] for i, (a, b) in enumerate(zip(before, op.after)) if a != b}
        replaced = frozenset(patch.replaced["claim_id"].tolist())
        return ClaimsChanged(self.version, ids=replaced, added=frozenset(patch.added["claim_id"].tolist()),
                             removed=frozenset(patch.removed_ids),
                             columns=None if columns is None else frozenset(columns))

    @staticmethod
    def _lines_moved(command: O.Command, rows: TableRows) -> bool:
        """Whether the command moved the lines of records it did not touch."""
        raw = rows.raw
        for op in command.ops:
            if isinstance(op, (O.Insert, O.Remove)):
                if op.position < len(raw.order) - (1 if isinstance(op, O.Insert) else 0):
                    return True
            elif isinstance(op, O.Replace) and _spans_lines(raw, op):
                return True
        return False

    @staticmethod
    def _ids_before(command: O.Command, rows: TableRows, table: str) -> set[str]:
        """Ids the records had as read from the file (ops that changed them first know them only by key)."""
        position = rows.header.index(ID[table])
        out = set()
        for op in command.ops:
            if (op.table == table and isinstance(op, (O.Replace, O.Remove)) and op.before is None
                    and op.key < rows.raw.n_original):
                row = rows._row_of_key(op.key)
                if row is not None:
                    out.add(str(rows.frame.iat[row, position]))
                elif op.key in rows.dropped:
                    out.add(rows.dropped[op.key][position])
        return out


def _spans_lines(raw, op) -> bool:
    """Whether a replaced record took more or fewer lines before than after."""
    from .raw_table import count_lines, _serialise
    after = count_lines(_serialise(op.after, raw.newline))
    if op.before is not None:
        return count_lines(_serialise(op.before, raw.newline)) != after
    if op.key >= raw.n_original:
        return True
    end = raw.start_lines[op.key + 1] if op.key + 1 < raw.n_original else raw.end_line
    return int(end - raw.start_lines[op.key]) != after
