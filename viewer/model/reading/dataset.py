"""The Dataset: one folder in the exchange format, checked and typed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .ahead import taken
from .csvtable import read_table
from .files import MAX_ARTICLE_BYTES, read_text
from ..flows.compute import compute_flows
from .package import DESCRIPTOR, Descriptor, read_descriptor
from ..checking.notes import QuoteNotes
from ..checking.problems import FILE_COLUMN, Problem, msg
from ..checking.rules import CLAIM_COLUMNS, CLAIM_REQUIRED, SOURCE_COLUMNS, SOURCE_REQUIRED
from ..checking.quoteworkers import MIN_CLAIMS_FOR_WORKERS, check_batches, default_workers, start_checking
from .quoteplan import QuotePlan, QuotePlan as _QuotePlan, listed  # noqa: F401  (_QuotePlan: the tests' name)
from .strcol import STR, isin, release_memory, use_system_allocator
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
                      notes: bool = False, started: EarlyCheck | None = None) -> bool:
        """Find every claim's quote in its article; leave out claims whose quote fails.

        Reads each article once, a batch of articles at a time (see
        quotecheck). Returns False (and changes nothing) if cancelled before
        the end. With ``notes``, each quote that occurs more than once in its
        article gets a note (``self.notes``). ``started``: the check begun
        before the claims were checked (see start_quote_check), on rows of
        which the claims kept are some.
        """
        claims = self.claims
        if started is None:
            plan = QuotePlan(self, claims)
            plan.repeats = notes
            results = check_batches(plan.batches, len(claims), cancelled)
        else:
            plan, results = started
        noted: list[tuple[np.ndarray, np.ndarray]] = []   # (claim rows, BatchResult.repeated) of each batch
        n = len(plan.claims)
        starts = np.full(n, -1, dtype=np.int64)
        ends = np.full(n, -1, dtype=np.int64)
        bad = np.zeros(n, dtype=bool)
        problems: list[Problem] = []
        file = self.descriptor.paths.get("claims", "claims.csv")
        line = plan.claims["line"].to_numpy()
        failed: list[tuple[int, str, object]] = []   # (line, column, message) of each claim left out
        groups_done = 0
        try:
            for item in results:
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
        finally:
            results.close()
        kept = None
        if started is not None:   # the rows checked, of which the claims are some (in the same order)
            claim_lines = claims["line"].to_numpy()
            kept = np.searchsorted(line, claim_lines)
            if len(kept) and (kept.max() >= n or not np.array_equal(line[kept], claim_lines)):
                return self.verify_quotes(progress, cancelled, notes)   # not so: check the claims themselves
            starts, ends, bad = starts[kept], ends[kept], bad[kept]
            if failed:
                lines = np.fromiter((f[0] for f in failed), dtype=np.int64, count=len(failed))
                failed = [f for f, ok in zip(failed, np.isin(lines, line[kept])) if ok]
        problems += listed(file, failed)
        verified = claims.copy()
        verified["quote_start"] = pd.arrays.IntegerArray(starts, starts < 0)
        verified["quote_end"] = pd.arrays.IntegerArray(ends, ends < 0)
        self.claims = verified[~bad].reset_index(drop=True) if bad.any() else verified
        self.problems = sorted(self.problems + problems, key=_problem_order(self.descriptor))
        self.quotes_verified = True
        if notes:
            self.notes = plan.notes(file, line, noted, kept)
        release_memory()
        return True


EarlyCheck = tuple[QuotePlan, Iterator]


def start_quote_check(folder: Path, sources: pd.DataFrame, table, source_ids: pd.Series, notes: bool,
                      cancelled: Cancelled | None) -> EarlyCheck | None:
    """Start the quote check of a large claims table's rows whose source is kept, in the workers,
    before the rows are checked (the claims kept are some of these rows): the workers find the
    quotes while this process checks the rows. None where the check would not use workers."""
    frame = table.frame
    if default_workers() < 2 or "source_id" not in frame.columns:
        return None
    ok = isin(frame["source_id"], source_ids)
    if int(ok.sum()) < MIN_CLAIMS_FOR_WORKERS:
        return None
    every = bool(ok.all())
    columns = {name: (frame[name] if name in frame.columns else pd.Series([""] * len(frame), dtype=STR))
               for name in ("source_id", "quote", "quote_prefix", "quote_suffix")}
    rows = pd.DataFrame({name: column if every else column[ok].reset_index(drop=True)
                         for name, column in columns.items()})
    rows["line"] = table.lines if every else table.lines[ok]
    plan = QuotePlan(SimpleNamespace(folder=folder, sources=sources), rows)
    plan.repeats = notes
    return plan, start_checking(plan.batches, len(rows), cancelled)


def load_dataset(folder: str | Path, *, verify_quotes: bool = True,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 contents: dict[str, bytes] | None = None, keep: dict | None = None,
                 notes: bool = False, edited_texts: dict[str, str] | None = None) -> Dataset:
    """Read a dataset folder. Raises DatasetError only if nothing can be read.

    ``contents`` gives the bytes of tables being edited ("sources", "claims"), read instead of
    their files; ``keep``, when given, receives what a Document needs beside the dataset: the
    tables as read ("tables") and the sources left out ("sources_left_out", "sources_read").
    With ``notes``, the quotes that occur more than once are noted (``Dataset.notes``).
    ``edited_texts``: article texts (by text_path) a Document holds and has not written yet, read
    instead of their files (which may not exist yet).
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
    # (The claims table was read in a thread of its own while the sources were checked: the test suite then
    # hung once in a deadlock, and crashed once, in pandas and Arrow used from both threads. It is read after
    # them; check's read-ahead, which reads its bytes without pandas, still overlaps pandas' import.)
    ahead = taken(folder, claims_file) if "claims" not in contents else None   # (read_ahead's)
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
            sources, found, left_out = check_sources(table, folder, frozenset(edited_texts or ()))
            problems += found
            source_ids = sources["source_id"]
            sources_read = True
    claims = _empty(CLAIM_COLUMNS + ("line", "quote_start", "quote_end"))
    started = None
    table = (read_table(folder, claims_file, msg("claims table"), contents.get("claims"), ahead)
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
            if verify_quotes and sources_read and not edited_texts:   # (texts held unsaved: the plain path)
                started = start_quote_check(folder, sources, table, source_ids, notes, cancelled)
            claims, found = check_claims(table, descriptor.origin, source_ids, left_out, sources_file, sources_read)
            problems += found
    dataset = Dataset(folder, descriptor, sources, claims,
                      sorted(problems, key=_problem_order(descriptor)), rows_read=rows_read)
    if edited_texts:
        dataset.edited_texts = edited_texts
    if keep is not None:
        keep.update(tables=tables, sources_left_out=left_out, sources_read=sources_read)
    release_memory()   # what reading the tables took for a while
    if verify_quotes:
        dataset.verify_quotes(progress, cancelled, notes=notes, started=started)
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
