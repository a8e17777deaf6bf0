"""The claims of a dataset cut into batches for the quote check, and what the check found made into problems."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from ..checking.checker import Listing
from ..checking.notes import QuoteNotes
from ..checking.problems import Problem
from ..checking.quotecheck import Batch
from .strcol import arrow, factorize


def listed(file: str, failed: list[tuple[int, str, object]]) -> list[Problem]:
    """The problems of the claims whose quote failed, in the order of their lines, listed as
    checker.Listing lists them (the first MAX_LISTED of each column and kind, then a count)."""
    if not failed:
        return []
    lines = np.fromiter((f[0] for f in failed), dtype=np.int64, count=len(failed))
    kinds = pd.factorize(pd.Series([(f[1], _template(f[2])) for f in failed], dtype=object))[0]
    listing = Listing(file)
    for kind in range(int(kinds.max()) + 1):
        rows = np.flatnonzero(kinds == kind)
        rows = rows[np.argsort(lines[rows], kind="stable")]
        column = failed[rows[0]][1]
        for i in rows[:listing.room(("quote", kind), column, lines[rows])]:
            listing.listed.append(Problem(file, int(lines[i]), column, failed[i][2]))
    return listing.problems


def _template(message) -> str:
    """What kind of problem a message words: its template, or that of the reason it gives ("{why} (...)")."""
    why = message.values.get("why") if hasattr(message, "values") else None
    return getattr(why if why is not None else message, "template", str(message))


class QuotePlan:
    """The claims grouped by source (in order of first appearance, as the
    problems have always been listed) and cut into batches of whole groups."""

    BATCH_CLAIMS = 10000
    BATCH_GROUPS = 2000
    """The articles no claim uses come last, in batches of this many."""
    repeats = False

    def __init__(self, dataset, claims: pd.DataFrame):
        """``dataset``: what has the folder and the sources (a Dataset); ``claims``: source_id, the quote's
        columns and line."""
        self.folder = str(dataset.folder)
        self.edited = getattr(dataset, "edited_texts", None) or {}   # texts being edited, read instead of their files
        codes, ids = factorize(claims["source_id"])
        used = len(ids)
        # Every article is read, also those of sources no claim uses yet (after the others): each must be readable.
        every = dataset.sources["source_id"].to_numpy(dtype=object)
        where = pd.Index(dataset.sources["source_id"]).get_indexer(ids)   # each used source's row
        if len(every) and (where >= 0).all():   # (one index of the ids, not two)
            unused = np.ones(len(every), dtype=bool)
            unused[where] = False
            rest = np.flatnonzero(unused)
            ids, where = np.concatenate([ids, every[rest]]), np.concatenate([where, rest])
        elif len(every):
            ids = np.concatenate([ids, every[pd.Index(ids).get_indexer(every) < 0]])
            where = pd.Index(dataset.sources["source_id"]).get_indexer(ids)
        self.order = np.argsort(codes, kind="stable")
        self.counts = np.bincount(codes, minlength=len(ids)).astype(np.int64)
        self.n_groups = len(ids)
        paths = dataset.sources["text_path"].to_numpy(dtype=object)
        self.rels = paths[where].tolist() if len(paths) else [paths[w] for w in where]
        self.first = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(self.counts, out=self.first[1:])
        # Batches of whole groups of about BATCH_CLAIMS claims.
        cuts = np.searchsorted(self.first, np.arange(0, len(claims), self.BATCH_CLAIMS), side="right") - 1
        cuts = np.concatenate([cuts, [0], np.arange(used, len(ids), self.BATCH_GROUPS), [len(ids)]])
        self.group_start = np.unique(cuts) if len(ids) else np.zeros(1, dtype=np.int64)
        self.claims = claims

    def batches(self) -> _Batches:
        # The columns as read, in chunks: each batch takes its cells chunk by chunk (see _take).
        self.texts = [arrow(self.claims[name]) for name in ("quote", "quote_prefix", "quote_suffix")]
        self._chunk_starts = [np.cumsum([0] + [len(chunk) for chunk in text.chunks]) for text in self.texts]
        return _Batches(self)

    def batch(self, b: int) -> Batch:
        """Batch ``b``, with its own copy of its claims' texts (made when asked for; it pickles small)."""
        g0, g1 = int(self.group_start[b]), int(self.group_start[b + 1])
        edited = self.edited and {rel: self.edited[rel] for rel in self.rels[g0:g1] if rel in self.edited}
        rows = self.rows(b)
        return Batch(self.folder, self.rels[g0:g1], self.counts[g0:g1],
                     *(_take(text, starts, rows) for text, starts in zip(self.texts, self._chunk_starts)),
                     repeats=self.repeats, texts=edited or None)

    def __len__(self) -> int:
        return len(self.group_start) - 1

    def rows(self, b: int) -> np.ndarray:
        """The claim rows of batch ``b``, in the batch's order."""
        g0, g1 = int(self.group_start[b]), int(self.group_start[b + 1])
        return self.order[self.first[g0]: self.first[g1]]

    def group_rows(self, b: int):
        g0 = int(self.group_start[b])
        return lambda group: self.order[self.first[g0 + group]: self.first[g0 + group + 1]]

    def rel_of_row(self, b: int, k: int) -> str:
        g0 = int(self.group_start[b])
        group = int(np.searchsorted(self.first, self.first[g0] + k, side="right")) - 1
        return self.rels[group]

    def rels_of_rows(self, b: int, ks: list[int]) -> list[str]:
        """rel_of_row for many claims of batch ``b`` at once."""
        g0 = int(self.group_start[b])
        groups = np.searchsorted(self.first, self.first[g0] + np.asarray(ks, dtype=np.int64), side="right") - 1
        return [self.rels[g] for g in groups.tolist()]

    def notes(self, file: str, line: np.ndarray, noted: list[tuple[int, np.ndarray]],
              kept: np.ndarray | None = None) -> QuoteNotes:
        """The notes of the quotes that repeat (BatchResult.repeated of each batch ``b``), of the rows
        ``kept`` only when given."""
        if not noted:
            return QuoteNotes(file)
        rows = np.concatenate([self.rows(b)[found[:, 0]] for b, found in noted])
        found = np.concatenate([found for _b, found in noted])
        paths = [rel for (b, repeated) in noted for rel in self.rels_of_rows(b, repeated[:, 0])]
        if kept is not None and len(kept) != len(line):
            keep = np.zeros(len(line), dtype=bool)
            keep[kept] = True
            use = keep[rows]
            rows, found, paths = rows[use], found[use], [p for p, ok in zip(paths, use.tolist()) if ok]
        return QuoteNotes(file, line[rows], found[:, 2], found[:, 1], found[:, 3] != 0, paths)

    def groups_in(self, b: int) -> int:
        return int(self.group_start[b + 1] - self.group_start[b])


def _take(column: pa.ChunkedArray, starts: np.ndarray, rows: np.ndarray) -> pa.Array:
    """``column``'s cells at ``rows``, in that order, taken chunk by chunk (``starts``: each chunk's
    first row): Arrow's take on a chunked array joins the chunks first, a copy of the whole column
    (a tenth of a second for a million quotes, before the first batch could be sent)."""
    if not len(rows):
        return pa.array([], type=column.type)
    chunk = np.searchsorted(starts, rows, side="right") - 1
    used = np.unique(chunk)
    if len(used) == 1:   # (claims grouped by article, as they usually are: nearly every batch)
        return column.chunk(int(used[0])).take(pa.array(rows - starts[used[0]]))
    order = np.argsort(chunk, kind="stable")
    joined = pa.concat_arrays([column.chunk(int(c)).take(pa.array(rows[chunk == c] - starts[c])) for c in used])
    back = np.empty(len(rows), dtype=np.int64)
    back[order] = np.arange(len(rows))
    return joined.take(pa.array(back))


class _Batches(Sequence):
    """The batches of a plan, each made only when a worker (or the loop here) takes it."""

    def __init__(self, plan: QuotePlan):
        self._plan = plan

    def __len__(self) -> int:
        return len(self._plan)

    def __getitem__(self, b: int) -> Batch:
        if not 0 <= b < len(self._plan):
            raise IndexError(b)
        return self._plan.batch(b)
