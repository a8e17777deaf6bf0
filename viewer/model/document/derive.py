"""What the views read, derived from a document's records: the Dataset and its problems.

Opening, and any change to sources, derives everything (the loader on the records as they
stand). A change to some claims re-checks only the claims it can affect: the changed records
and every record that shares an id with them (so "duplicate claim_id" judges them as the whole
table would); their quotes are found again in their articles. Each problem belongs to its
record (by key), so its line is recomputed as records before it grow, shrink or go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from ..reading.csvtable import Table
from ..reading.dataset import Dataset, _problem_order
from ..checking.problems import Problem, msg
from ..checking.quotecheck import Batch, check_batch
from ..reading.strcol import arrow
from ..checking.validate import check_claims
from .rows import TableRows

KEY = "row_key"
"""The column of the derived claims and sources frames holding each row's record key."""


@dataclass
class KeyedProblems:
    """The problems of one table's records, by key, each with its line offset inside the record."""

    by_key: dict[int, list[tuple[Problem, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, problems: list[Problem], keys: np.ndarray, lines: np.ndarray) -> tuple["KeyedProblems", list[Problem]]:
        """Sort ``problems`` of one file to the records (``keys`` starting on ``lines``); the rest
        (the header's, those before the first record) are returned apart."""
        out, rest = cls(), []
        if not len(lines):
            return out, list(problems)
        for problem in problems:
            at = int(np.searchsorted(lines, problem.line, side="right")) - 1
            if at < 0:
                rest.append(problem)
                continue
            out.by_key.setdefault(int(keys[at]), []).append((problem, problem.line - int(lines[at])))
        return out, rest

    def replace(self, key: int, problems: list[Problem], line: int) -> None:
        if problems:
            self.by_key[key] = [(p, max(p.line - line, 0)) for p in problems]
        else:
            self.by_key.pop(key, None)

    def citing_lines(self) -> list[int]:
        """Records whose problem names another record's line ("first used on line 12"): when lines move,
        they are worded again."""
        return [key for key, found in self.by_key.items()
                if any(problem.text.template.startswith("duplicate {column}") for problem, _ in found)]

    def current(self, keys: np.ndarray, lines: np.ndarray) -> list[Problem]:
        """Every problem with its line as the file stands (records removed take theirs along)."""
        if not self.by_key:
            return []
        # Only the records with problems (a dict of every record cost ~100 ms at 1,000,000 records).
        hit = np.isin(keys, np.fromiter(self.by_key, dtype=np.int64, count=len(self.by_key)))
        line_of = dict(zip(keys[hit].tolist(), lines[hit].tolist()))
        out = []
        for key, found in self.by_key.items():
            line = line_of.get(key)
            if line is None:
                continue
            for problem, offset in found:
                out.append(problem if problem.line == line + offset else
                           Problem(problem.file, line + offset, problem.column, problem.text))
        return out


def key_column(frame: pd.DataFrame, rows: TableRows | None) -> np.ndarray:
    """The record key of each derived row, found by the line it starts on."""
    if rows is None or not len(frame):
        return np.zeros(len(frame), dtype=np.int64)
    keys, lines = rows.raw.lines()
    at = np.searchsorted(lines, frame["line"].to_numpy(dtype=np.int64))
    return keys[np.minimum(at, len(keys) - 1)]


@dataclass
class ClaimsPatch:
    """How the derived claims change: rows replaced in place, added, removed (by position)."""

    replaced_rows: np.ndarray
    replaced: pd.DataFrame
    added: pd.DataFrame
    removed_rows: np.ndarray
    removed_ids: list[str]


def recheck_claims(dataset: Dataset, rows: TableRows, keys: list[int], context: dict) -> tuple[pd.DataFrame, dict[int, list[Problem]]]:
    """Check some claim records as the loader would (they are all the records sharing their ids):
    the valid ones typed, with their quotes found, and each record's problems."""
    keys = [k for k, there in zip(keys, rows.raw.present(keys).tolist()) if there]
    problems: dict[int, list[Problem]] = {k: [] for k in keys}
    if not keys:
        return dataset.claims.iloc[0:0].copy(), problems
    frame, lines = rows.frame_of(keys)
    order = np.argsort(lines, kind="stable")
    keys = [keys[i] for i in order]
    frame = frame.iloc[order].reset_index(drop=True)
    frame.attrs = {}   # (the checks need no header; pandas would deep-copy attrs at each of their steps)
    lines = lines[order]
    table = Table(rows.raw.file, frame, lines)
    kept, found = check_claims(table, dataset.origin, dataset.sources["source_id"],
                               context["sources_left_out"], context["sources_file"], context["sources_read"])
    key_of_line = dict(zip(lines.tolist(), keys))
    for problem in found:
        problems[key_of_line[problem.line]].append(problem)
    kept = kept.copy()
    kept.attrs = {}
    kept[KEY] = np.asarray([key_of_line[int(line)] for line in kept["line"]], dtype=np.int64)
    if dataset.quotes_verified and len(kept):
        kept = _find_quotes(dataset, kept, problems, key_of_line)
    return kept, problems


def _find_quotes(dataset: Dataset, kept: pd.DataFrame, problems: dict[int, list[Problem]],
                 key_of_line: dict[int, int]) -> pd.DataFrame:
    """Find each kept claim's quote in its article, as the loader's quote check does."""
    file = dataset.descriptor.paths.get("claims", "claims.csv")
    by_source = kept.groupby("source_id", sort=False).indices
    bad = np.zeros(len(kept), dtype=bool)
    starts = np.full(len(kept), -1, dtype=np.int64)
    ends = np.full(len(kept), -1, dtype=np.int64)
    # Only the sources of these claims (a dict of every source cost ~15 ms per edit at 100,000 sources).
    sources = dataset.sources
    wanted = sources["source_id"].isin(list(by_source))
    rel_of = dict(zip(sources["source_id"][wanted], sources["text_path"][wanted]))
    for source_id, at in by_source.items():
        rel = rel_of[source_id]
        batch = Batch(str(dataset.folder), [rel], np.asarray([len(at)], dtype=np.int64),
                      *(pa.array(kept[name].iloc[at].astype(str).tolist(), type=pa.large_string())
                        for name in ("quote", "quote_prefix", "quote_suffix")), texts=dataset.edited_texts)
        result = check_batch(batch)
        starts[at], ends[at] = result.start, result.end
        for _group, found in result.unreadable:
            for i in at:
                line = int(kept["line"].iat[i])
                problems[key_of_line[line]].append(Problem(file, line, "quote", msg(
                    "cannot be checked: its article {path} cannot be read (see that problem)", path=rel)))
                bad[i] = True
        for k, column, why in result.failed:
            i = at[k]
            line = int(kept["line"].iat[i])
            problems[key_of_line[line]].append(Problem(file, line, column, msg("{why} ({path})", why=why, path=rel)))
            bad[i] = True
    kept["quote_start"] = pd.arrays.IntegerArray(starts, starts < 0)
    kept["quote_end"] = pd.arrays.IntegerArray(ends, ends < 0)
    return kept[~bad].reset_index(drop=True)


def claims_patch(claims: pd.DataFrame, keys: list[int], kept: pd.DataFrame) -> ClaimsPatch:
    """Which rows of the derived claims the re-checked records replace, add or remove."""
    have = claims[KEY].to_numpy(dtype=np.int64)
    asked = np.asarray(keys, dtype=np.int64)
    rows_before = np.flatnonzero(np.isin(have, asked))
    key_before = have[rows_before]
    new_keys = kept[KEY].to_numpy(dtype=np.int64)
    stays = np.isin(key_before, new_keys)
    ids_before = claims["claim_id"].iloc[rows_before].tolist() if len(rows_before) else []
    # A record that stays valid with the same id is replaced in place; one whose id changed goes and comes.
    same_id = np.zeros(len(rows_before), dtype=bool)
    new_id_of = dict(zip(new_keys.tolist(), kept["claim_id"].tolist()))
    for i, (key, old_id) in enumerate(zip(key_before.tolist(), ids_before)):
        same_id[i] = stays[i] and new_id_of.get(key) == old_id
    replaced_rows = rows_before[same_id]
    replaced_keys = key_before[same_id]
    where = {k: i for i, k in enumerate(new_keys.tolist())}
    replaced = kept.iloc[[where[k] for k in replaced_keys.tolist()]].reset_index(drop=True)
    added = kept[~np.isin(new_keys, replaced_keys)].reset_index(drop=True)
    removed_rows = rows_before[~same_id]
    return ClaimsPatch(replaced_rows, replaced, added, removed_rows,
                       [ids_before[i] for i in np.flatnonzero(~same_id)])


def sort_problems(dataset: Dataset, problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=_problem_order(dataset.descriptor))


__all__ = ["KEY", "ClaimsPatch", "KeyedProblems", "claims_patch", "key_column", "recheck_claims",
           "sort_problems", "arrow"]
