"""The Dataset: one folder in the exchange format, checked and typed."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .csvtable import read_table
from .files import MAX_ARTICLE_BYTES, read_text
from .flows import compute_flows
from .package import DESCRIPTOR, Descriptor, read_descriptor
from .problems import FILE_COLUMN, Problem
from .rules import CLAIM_COLUMNS, CLAIM_REQUIRED, SOURCE_COLUMNS, SOURCE_REQUIRED
from .text import NormalisedText, find_quote
from .validate import check_claims, check_sources, header_problems

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class Dataset:
    """Sources and claims that passed every check, and the problems of the rest."""

    folder: Path
    descriptor: Descriptor
    sources: pd.DataFrame
    claims: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    quotes_verified: bool = False
    _texts: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _source_rows: dict | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.descriptor.title

    @property
    def origin(self) -> str | None:
        return self.descriptor.origin

    def flows(self) -> pd.DataFrame:
        """The flows of the loaded claims (see flows.compute_flows)."""
        return compute_flows(self.claims)

    def source(self, source_id: str) -> dict:
        """One source row as a dict."""
        if self._source_rows is None or len(self._source_rows) != len(self.sources):
            self._source_rows = {s: i for i, s in enumerate(self.sources["source_id"])}
        return self.sources.iloc[self._source_rows[source_id]].to_dict()

    def article_text(self, source_id: str) -> str:
        """The article's full text, read on first use (a few are kept in memory)."""
        if source_id in self._texts:
            self._texts.move_to_end(source_id)
            return self._texts[source_id]
        rel = self.source(source_id)["text_path"]
        decoded = read_text(self.folder, rel, MAX_ARTICLE_BYTES, "article", lenient=False)
        if decoded.text is None:
            raise OSError(str(decoded.problems[0]))
        self._texts[source_id] = decoded.text
        while len(self._texts) > 16:
            self._texts.popitem(last=False)
        return decoded.text

    def verify_quotes(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
        """Find every claim's quote in its article; leave out claims whose quote fails.

        Reads each article once. Returns False (and changes nothing) if
        cancelled before the end.
        """
        claims = self.claims
        starts = np.full(len(claims), -1, dtype=np.int64)
        ends = np.full(len(claims), -1, dtype=np.int64)
        bad = np.zeros(len(claims), dtype=bool)
        problems: list[Problem] = []
        paths = dict(zip(self.sources["source_id"], self.sources["text_path"]))
        groups = claims.groupby("source_id", sort=False).indices
        quote = claims["quote"].to_numpy()
        prefix = claims["quote_prefix"].to_numpy()
        suffix = claims["quote_suffix"].to_numpy()
        line = claims["line"].to_numpy()
        file = self.descriptor.paths.get("claims", "claims.csv")
        total = len(groups)
        for done, (source_id, rows) in enumerate(groups.items()):
            if cancelled is not None and cancelled():
                return False
            rel = paths[source_id]
            decoded = read_text(self.folder, rel, MAX_ARTICLE_BYTES, "article", lenient=False)
            if decoded.text is None:
                problems.extend(decoded.problems)
                for i in rows:
                    problems.append(Problem(file, int(line[i]), "quote", f"cannot be checked: its article {rel} cannot be read (see that problem)"))
                bad[rows] = True
            else:
                article = NormalisedText(decoded.text)
                for i in rows:
                    match = find_quote(article, quote[i], prefix[i], suffix[i])
                    if match.error:
                        problems.append(Problem(file, int(line[i]), match.column, f"{match.error} ({rel})"))
                        bad[i] = True
                    else:
                        starts[i], ends[i] = match.start, match.end
            if progress is not None:
                progress(done + 1, total)
        verified = claims.copy()
        verified["quote_start"] = pd.array(starts, dtype="Int64")
        verified["quote_end"] = pd.array(ends, dtype="Int64")
        self.claims = verified[~bad].reset_index(drop=True)
        self.problems = sorted(self.problems + problems, key=_problem_order(self.descriptor))
        self.quotes_verified = True
        return True


def load_dataset(folder: str | Path, *, verify_quotes: bool = True,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> Dataset:
    """Read a dataset folder. Raises DatasetError only if nothing can be read."""
    folder = Path(folder)
    descriptor = read_descriptor(folder)
    problems = list(descriptor.problems)
    sources_file = descriptor.paths.get("sources", "sources.csv")
    claims_file = descriptor.paths.get("claims", "claims.csv")
    sources = _empty(SOURCE_COLUMNS + ("line",))
    source_ids: set[str] = set()
    left_out: dict[str, int] = {}
    sources_read = False
    table = read_table(folder, sources_file, "sources table") if "sources" in descriptor.paths else None
    if table is not None:
        problems += table.problems
        usable = table.frame is not None
        if usable:
            header, usable = header_problems(table, SOURCE_REQUIRED, SOURCE_COLUMNS)
            problems += header
        if usable:
            sources, found, left_out = check_sources(table, folder)
            problems += found
            source_ids = set(sources["source_id"])
            sources_read = True
    claims = _empty(CLAIM_COLUMNS + ("line", "quote_start", "quote_end"))
    table = read_table(folder, claims_file, "claims table") if "claims" in descriptor.paths else None
    if table is not None:
        problems += table.problems
        usable = table.frame is not None
        if usable:
            header, usable = header_problems(table, CLAIM_REQUIRED, CLAIM_COLUMNS)
            problems += header
        if usable:
            claims, found = check_claims(table, descriptor.origin, source_ids, left_out, sources_file, sources_read)
            problems += found
    dataset = Dataset(folder, descriptor, sources, claims,
                      sorted(problems, key=_problem_order(descriptor)))
    if verify_quotes:
        dataset.verify_quotes(progress, cancelled)
    return dataset


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})


def _problem_order(descriptor: Descriptor):
    """Sort key: descriptor first, then sources, claims, then articles; by line."""
    rank = {DESCRIPTOR: 0, descriptor.paths.get("sources", "sources.csv"): 1,
            descriptor.paths.get("claims", "claims.csv"): 2}
    return lambda p: (rank.get(p.file, 3), p.file, p.line, p.column != FILE_COLUMN, p.column)
