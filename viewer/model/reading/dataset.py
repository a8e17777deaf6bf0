"""The Dataset: one folder in the exchange format, checked and typed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from ..checking.checker import Listing
from .csvtable import read_table
from .files import MAX_ARTICLE_BYTES, read_text
from ..flows.compute import compute_flows
from .package import DESCRIPTOR, Descriptor, read_descriptor
from ..checking.notes import QuoteNotes
from ..checking.problems import FILE_COLUMN, Problem, msg
from ..checking.rules import CLAIM_COLUMNS, CLAIM_REQUIRED, SOURCE_COLUMNS, SOURCE_REQUIRED
from ..checking.quotecheck import Batch
from ..checking.quoteworkers import check_batches
from .strcol import arrow, factorize, release_memory, use_system_allocator
from ..checking.validate import check_claims, check_sources, header_problems

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class LeftOut:
    """The dataset's problems and the rows left out for them (None: not known, the table was unreadable)."""

    problems: int
    claims: int | None
    sources: int | None
    claims_read: int | None
    sources_read: int | None

    def __bool__(self) -> bool:
        return self.problems > 0


@dataclass
class Dataset:
    """Sources and claims that passed every check, and the problems of the rest."""

    folder: Path
    descriptor: Descriptor
    sources: pd.DataFrame
    claims: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    quotes_verified: bool = False
    notes: QuoteNotes = field(default_factory=QuoteNotes)
    """What is not wrong but worth knowing (a quote that occurs more than once): only when asked for."""
    rows_read: dict[str, int | None] = field(default_factory=lambda: {"sources": None, "claims": None})
    """Data rows read from sources.csv and claims.csv (None: the table could not be read at all)."""
    _texts: OrderedDict = field(default_factory=OrderedDict, repr=False)
    edited_texts: dict = field(default_factory=dict, repr=False)
    """Article texts edited and not saved yet, by text_path (a Document's): read before the files."""
    _source_rows: pd.Index | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.descriptor.title

    @property
    def origin(self) -> str | None:
        return self.descriptor.origin

    def left_out(self) -> LeftOut:
        """How many problems there were and how many rows they kept out of what is loaded."""
        def missing(table: str, loaded: int) -> int | None:
            read = self.rows_read.get(table)
            return None if read is None else max(read - loaded, 0)
        return LeftOut(len(self.problems), missing("claims", len(self.claims)), missing("sources", len(self.sources)),
                       self.rows_read.get("claims"), self.rows_read.get("sources"))

    def flows(self) -> pd.DataFrame:
        """The flows of the loaded claims (see flows.compute_flows)."""
        return compute_flows(self.claims)

    def source(self, source_id: str) -> dict:
        """One source row as a dict."""
        if self._source_rows is None or len(self._source_rows) != len(self.sources):
            self._source_rows = pd.Index(self.sources["source_id"])
        return self.sources.iloc[self._source_rows.get_loc(source_id)].to_dict()

    def article_text(self, source_id: str) -> str:
        """The article's full text, read on first use (a few are kept in memory)."""
        rel = self.source(source_id)["text_path"]
        if rel in self.edited_texts:
            return self.edited_texts[rel]
        if source_id in self._texts:
            self._texts.move_to_end(source_id)
            return self._texts[source_id]
        decoded = read_text(self.folder, rel, MAX_ARTICLE_BYTES, msg("article"), lenient=False)
        if decoded.text is None:
            raise OSError(str(decoded.problems[0]))
        self._texts[source_id] = decoded.text
        while len(self._texts) > 16:
            self._texts.popitem(last=False)
        return decoded.text

    def verify_quotes(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
                      notes: bool = False) -> bool:
        """Find every claim's quote in its article; leave out claims whose quote fails.

        Reads each article once, a batch of articles at a time (see
        quotecheck). Returns False (and changes nothing) if cancelled before
        the end. With ``notes``, each quote that occurs more than once in its
        article gets a note (``self.notes``).
        """
        claims = self.claims
        plan = _QuotePlan(self, claims)
        plan.repeats = notes
        noted: list[tuple[np.ndarray, np.ndarray]] = []   # (claim rows, BatchResult.repeated) of each batch
        starts = np.full(len(claims), -1, dtype=np.int64)
        ends = np.full(len(claims), -1, dtype=np.int64)
        bad = np.zeros(len(claims), dtype=bool)
        problems: list[Problem] = []
        file = self.descriptor.paths.get("claims", "claims.csv")
        line = claims["line"].to_numpy()
        failed: list[tuple[int, str, object]] = []   # (line, column, message) of each claim left out
        groups_done = 0
        for item in check_batches(plan.batches, len(claims), cancelled):
            if item is None:
                return False
            b, result = item
            rows = plan.rows(b)
            starts[rows], ends[rows] = result.start, result.end
            group_rows = plan.group_rows(b)
            for group, found in result.unreadable:
                problems.extend(found)
                rel = plan.rels[plan.group_start[b] + group]
                for i in group_rows(group):
                    failed.append((int(line[i]), "quote", msg(
                        "cannot be checked: its article {path} cannot be read (see that problem)", path=rel)))
                    bad[i] = True
            for k, column, why in result.failed:
                i = rows[k]
                failed.append((int(line[i]), column, msg("{why} ({path})", why=why, path=plan.rel_of_row(b, k))))
                bad[i] = True
            if len(result.repeated):
                noted.append((b, result.repeated))
            groups_done += plan.groups_in(b)
            if progress is not None:
                progress(groups_done, plan.n_groups)
        problems += _listed(file, failed)
        verified = claims.copy()
        verified["quote_start"] = pd.arrays.IntegerArray(starts, starts < 0)
        verified["quote_end"] = pd.arrays.IntegerArray(ends, ends < 0)
        self.claims = verified[~bad].reset_index(drop=True) if bad.any() else verified
        self.problems = sorted(self.problems + problems, key=_problem_order(self.descriptor))
        self.quotes_verified = True
        if notes:
            self.notes = plan.notes(file, line, noted)
        release_memory()
        return True


def _listed(file: str, failed: list[tuple[int, str, object]]) -> list[Problem]:
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


class _QuotePlan:
    """The claims grouped by source (in order of first appearance, as the
    problems have always been listed) and cut into batches of whole groups."""

    BATCH_CLAIMS = 10000
    BATCH_GROUPS = 2000
    """The articles no claim uses come last, in batches of this many."""
    repeats = False

    def __init__(self, dataset: Dataset, claims: pd.DataFrame):
        self.folder = str(dataset.folder)
        codes, ids = factorize(claims["source_id"])
        used = len(ids)
        # Every article is read, also those of sources no claim uses yet (after the others): each must be readable.
        every = dataset.sources["source_id"].to_numpy(dtype=object)
        ids = np.concatenate([ids, every[pd.Index(ids).get_indexer(every) < 0]]) if len(every) else ids
        self.order = np.argsort(codes, kind="stable")
        self.counts = np.bincount(codes, minlength=len(ids)).astype(np.int64)
        self.n_groups = len(ids)
        where = pd.Index(dataset.sources["source_id"]).get_indexer(ids)
        paths = dataset.sources["text_path"].to_numpy(dtype=object)
        self.rels = [paths[w] for w in where]
        self.first = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(self.counts, out=self.first[1:])
        # Batches of whole groups of about BATCH_CLAIMS claims.
        cuts = np.searchsorted(self.first, np.arange(0, len(claims), self.BATCH_CLAIMS), side="right") - 1
        cuts = np.concatenate([cuts, [0], np.arange(used, len(ids), self.BATCH_GROUPS), [len(ids)]])
        self.group_start = np.unique(cuts) if len(ids) else np.zeros(1, dtype=np.int64)
        self.claims = claims

    def batches(self) -> _Batches:
        # One contiguous array per column: taking rows from many chunks would join them at every take.
        self.texts = [arrow(self.claims[name]).combine_chunks() for name in ("quote", "quote_prefix", "quote_suffix")]
        return _Batches(self)

    def batch(self, b: int) -> Batch:
        """Batch ``b``, with its own copy of its claims' texts (made when asked for; it pickles small)."""
        g0, g1 = int(self.group_start[b]), int(self.group_start[b + 1])
        rows = pa.array(self.rows(b))
        return Batch(self.folder, self.rels[g0:g1], self.counts[g0:g1], *(text.take(rows) for text in self.texts),
                     repeats=self.repeats)

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

    def notes(self, file: str, line: np.ndarray, noted: list[tuple[int, np.ndarray]]) -> QuoteNotes:
        """The notes of the quotes that repeat (BatchResult.repeated of each batch ``b``)."""
        if not noted:
            return QuoteNotes(file)
        rows = np.concatenate([self.rows(b)[found[:, 0]] for b, found in noted])
        found = np.concatenate([found for _b, found in noted])
        paths = [rel for (b, repeated) in noted for rel in self.rels_of_rows(b, repeated[:, 0])]
        return QuoteNotes(file, line[rows], found[:, 2], found[:, 1], found[:, 3] != 0, paths)

    def groups_in(self, b: int) -> int:
        return int(self.group_start[b + 1] - self.group_start[b])


class _Batches(Sequence):
    """The batches of a plan, each made only when a worker (or the loop here) takes it."""

    def __init__(self, plan: _QuotePlan):
        self._plan = plan

    def __len__(self) -> int:
        return len(self._plan)

    def __getitem__(self, b: int) -> Batch:
        if not 0 <= b < len(self._plan):
            raise IndexError(b)
        return self._plan.batch(b)


def load_dataset(folder: str | Path, *, verify_quotes: bool = True,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 contents: dict[str, bytes] | None = None, keep: dict | None = None,
                 notes: bool = False) -> Dataset:
    """Read a dataset folder. Raises DatasetError only if nothing can be read.

    ``contents`` gives the bytes of tables being edited ("sources", "claims"), read instead of
    their files; ``keep``, when given, receives what a Document needs beside the dataset: the
    tables as read ("tables") and the sources left out ("sources_left_out", "sources_read").
    With ``notes``, the quotes that occur more than once are noted (``Dataset.notes``).
    """
    use_system_allocator()
    folder = Path(folder)
    contents = contents or {}
    descriptor = read_descriptor(folder)
    problems = list(descriptor.problems)
    sources_file = descriptor.paths.get("sources", "sources.csv")
    claims_file = descriptor.paths.get("claims", "claims.csv")
    sources = _empty(SOURCE_COLUMNS + ("line",))
    source_ids = sources["source_id"]
    left_out: dict[str, int] = {}
    sources_read = False
    table = (read_table(folder, sources_file, msg("sources table"), contents.get("sources"))
             if "sources" in descriptor.paths else None)
    tables = {"sources": table}
    rows_read: dict[str, int | None] = {"sources": None, "claims": None}
    if table is not None:
        problems += table.problems
        usable = table.frame is not None
        rows_read["sources"] = _rows(table)
        if usable:
            header, usable = header_problems(table, SOURCE_REQUIRED, SOURCE_COLUMNS)
            problems += header
        if usable:
            sources, found, left_out = check_sources(table, folder)
            problems += found
            source_ids = sources["source_id"]
            sources_read = True
    claims = _empty(CLAIM_COLUMNS + ("line", "quote_start", "quote_end"))
    table = (read_table(folder, claims_file, msg("claims table"), contents.get("claims"))
             if "claims" in descriptor.paths else None)
    tables["claims"] = table
    if table is not None:
        problems += table.problems
        usable = table.frame is not None
        rows_read["claims"] = _rows(table)
        if usable:
            header, usable = header_problems(table, CLAIM_REQUIRED, CLAIM_COLUMNS)
            problems += header
        if usable:
            claims, found = check_claims(table, descriptor.origin, source_ids, left_out, sources_file, sources_read)
            problems += found
    dataset = Dataset(folder, descriptor, sources, claims,
                      sorted(problems, key=_problem_order(descriptor)), rows_read=rows_read)
    if keep is not None:
        keep.update(tables=tables, sources_left_out=left_out, sources_read=sources_read)
    release_memory()   # what reading the tables took for a while
    if verify_quotes:
        dataset.verify_quotes(progress, cancelled, notes=notes)
    return dataset


def _rows(table) -> int | None:
    """The data rows of a table, those the reader left out included; None if it could not be read."""
    return None if table.frame is None else len(table.frame) + len(table.dropped)


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})


def _problem_order(descriptor: Descriptor):
    """Sort key: descriptor first, then sources, claims, then articles; by line."""
    rank = {DESCRIPTOR: 0, descriptor.paths.get("sources", "sources.csv"): 1,
            descriptor.paths.get("claims", "claims.csv"): 2}
    return lambda p: (rank.get(p.file, 3), p.file, p.line, p.column != FILE_COLUMN, p.column)
