"""Checking the rows of sources.csv and claims.csv against the format."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pandas as pd

from .checker import RowChecker
from .countries import iso_alpha3
from .csvtable import Table, column_label
from .files import MAX_ARTICLE_BYTES, PathChecker
from .problems import Problem, quoted
from .rules import (BCP47_PATTERN, CLAIM_COLUMNS, CLAIM_REQUIRED, CLAIMANT_TYPES, DIGITS_PATTERN,
                    ID_PATTERN, MAX_DIGITS, METRICS, SOURCE_COLUMNS, SOURCE_REQUIRED, STANCES,
                    UNITS, URL_PATTERN, explain_number)

_ID_HELP = "an id is lower-case letters, digits, '_' or '-', starting with a letter or digit"


def header_problems(table: Table, required: tuple[str, ...], known: tuple[str, ...]) -> tuple[list[Problem], bool]:
    """Problems of the header row, and whether the rows can be used at all."""
    header: list[str] = table.frame.attrs["header"]
    problems = []
    usable = True
    seen = set()
    for position, name in enumerate(header, start=1):
        if name in seen:
            fatal = name in known
            usable &= not fatal
            label = column_label(name, position)
            problems.append(Problem(table.file, 1, label, (
                ("this column name appears twice" if name else "a second column has no name") +
                "; rename or remove one" +
                ("; the rows were not read, since it is unclear which holds the data" if fatal
                 else "; the first was kept"))))
        seen.add(name)
    for name in required:
        if name not in seen:
            usable = False
            near = [h for h in header if h.strip() == name]
            hint = (f" (the header has {quoted(near[0])}: names are taken as written, so remove the spaces)"
                    if near else "")
            problems.append(Problem(table.file, 1, name, "required column is missing from the header; add it "
                                    f"(the rows were not read){hint}"))
    return problems, usable


def check_sources(table: Table, folder: Path) -> tuple[pd.DataFrame, list[Problem], dict[str, int]]:
    """Valid source rows, the problems, and the lines of sources left out (by id)."""
    check = RowChecker(table.file, table.frame, table.lines)
    check.required(SOURCE_REQUIRED)
    check.pattern("source_id", ID_PATTERN, lambda v: f"{quoted(v)} is not a valid source_id; {_ID_HELP}")
    check.unique("source_id", "source_id")
    check.dates("published", with_time=True)
    check.pattern("url", URL_PATTERN, lambda v: f"{quoted(v)} is not an http or https URL")
    check.pattern("language", BCP47_PATTERN, lambda v: f"{quoted(v)} is not a BCP 47 language tag such as en or ru")
    ids = check.column("source_id")
    given = check.column("text_path")
    text_path = given.where(given != "", "articles/" + ids + ".txt")
    paths = PathChecker(folder)
    # A default path built from a bad or empty id names no real file: the id's own problem says it all.
    id_ok = ids.str.fullmatch(ID_PATTERN).to_numpy(dtype=bool, na_value=False)
    skip = (given.to_numpy() == "") & ~id_ok
    for i, rel in enumerate(text_path.to_numpy()):
        if skip[i]:
            continue
        why = paths.problem(rel)
        if why is None:
            why = _article_file_problem(folder / rel)
        if why:
            check.flag_at(i, "text_path", f"{quoted(rel)} {why}")
    frame = table.frame.copy()
    frame["text_path"] = text_path
    for name in SOURCE_COLUMNS:
        if name not in frame.columns:
            frame[name] = ""
    frame["language"] = frame["language"].where(frame["language"] != "", "en")
    frame["line"] = table.lines
    kept = frame[~check.bad].reset_index(drop=True)
    valid = set(kept["source_id"])
    left_out = {i: int(n) for i, n in zip(ids[check.bad].to_numpy(), table.lines[check.bad]) if i not in valid}
    for line, cells in table.dropped:   # rows the reader already left out (ragged, bad bytes)
        source_id = cells.get("source_id", "")
        if source_id and source_id not in valid:
            left_out.setdefault(source_id, line)
    return kept, check.problems, left_out


def _article_file_problem(path: Path) -> str | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "names no article file; add the article's text there, or fix text_path"
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return "names no article file; add the article's text there, or fix text_path"
    size = info.st_size
    if size > MAX_ARTICLE_BYTES:
        return (f"is {size / 1024**2:,.1f} MiB, over the {MAX_ARTICLE_BYTES // 1024**2} MiB limit for an "
                "article; it was not read")
    return None


def check_claims(table: Table, origin: str | None, source_ids: set[str],
                 sources_left_out: dict[str, int], sources_file: str,
                 sources_read: bool = True) -> tuple[pd.DataFrame, list[Problem]]:
    """Valid claim rows, typed, and the problems of the others.

    ``sources_read`` is False when the sources table could not be used at all:
    then no claim's source can be checked, and the claims say so.
    """
    check = RowChecker(table.file, table.frame, table.lines)
    check.required(CLAIM_REQUIRED)
    check.pattern("claim_id", ID_PATTERN, lambda v: f"{quoted(v)} is not a valid claim_id; {_ID_HELP}")
    check.unique("claim_id", "claim_id")
    src = check.column("source_id")
    if not sources_read:
        check.flag((src != "").to_numpy(), "source_id", lambda v: (
            f"its source {quoted(v)} cannot be checked: {sources_file} could not be read "
            f"(see its problem), so this claim was left out"))
    dropped = src.isin(list(sources_left_out)).to_numpy()
    check.flag(dropped, "source_id", lambda v: (
        f"its source {quoted(v)} was left out (see {sources_file}:{sources_left_out[v]}), so this claim was too"))
    check.flag(~src.isin(list(source_ids)).to_numpy() & ~dropped & (src.to_numpy() != "") & sources_read, "source_id",
               lambda v: f"no source has source_id {quoted(v)}; add it to {sources_file} or fix the id")
    check.one_of("claimant_type", CLAIMANT_TYPES)
    check.one_of("stance", STANCES)
    check.one_of("metric", METRICS)
    check.one_of("unit", UNITS)
    codes = iso_alpha3()
    origins = check.column("origin")
    if origin is None:
        check.flag(origins.to_numpy() == "", "origin",
                   "no origin here and datapackage.json has no valid claims:origin to default to")
    check.flag(~(origins.isin(list(codes)).to_numpy() | (origins.to_numpy() == "")), "origin",
               lambda v: f"{quoted(v)} is not an upper-case ISO 3166-1 alpha-3 code such as RUS")
    destination = _check_destinations(check, codes)
    low = _bound(check, "value_low")
    high = _bound(check, "value_high")
    reversed_ = (low > high).fillna(False).to_numpy(dtype=bool)
    check.flag(reversed_, "value_high", lambda v: f"{quoted(v)} is below value_low; the upper bound must be at least the lower one")
    start = check.dates("period_start", with_time=False)
    end = check.dates("period_end", with_time=False)
    check.flag(end < start, "period_end", lambda v: f"{quoted(v)} is before period_start; the period must not run backwards")

    frame = table.frame.copy()
    for name in CLAIM_COLUMNS:
        if name not in frame.columns:
            frame[name] = ""
    frame["origin"] = origins.where(origins != "", origin or "")
    frame["destination"] = destination
    frame["value_low"] = low
    frame["value_high"] = high
    frame["unit"] = frame["unit"].where(frame["unit"] != "", "people")
    frame["line"] = table.lines
    frame["quote_start"] = pd.array([pd.NA] * len(frame), dtype="Int64")
    frame["quote_end"] = frame["quote_start"].copy()
    return frame[~check.bad].reset_index(drop=True), check.problems


def _check_destinations(check: RowChecker, codes: frozenset[str]) -> pd.Series:
    """Check destinations; return each as its canonical set (codes sorted, joined by ';')."""
    values = check.column("destination")
    canonical: dict[str, str] = {}
    errors: dict[str, str] = {}
    for value in pd.unique(values):
        if value == "":
            canonical[value] = ""
            continue
        parts = value.split(";")
        wrong = [p for p in parts if p not in codes]
        if wrong:
            errors[value] = (f"{quoted(wrong[0])} is not an upper-case ISO 3166-1 alpha-3 code "
                             "(several destinations are joined by ';', e.g. FIN;EST)")
        else:
            canonical[value] = ";".join(sorted(set(parts)))
    check.flag(values.isin(list(errors)).to_numpy(), "destination", lambda v: errors[v])
    return values.map(canonical).fillna("")


def _bound(check: RowChecker, column: str) -> pd.Series:
    """Check a bound; return it as nullable integers."""
    values = check.column(column)
    # Figures repeat: judge each distinct text once, then spread the answers by code.
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    u = pd.Series(np.asarray(uniques, dtype=object), dtype=object)
    u_empty = (u == "").to_numpy()
    u_digits = u.str.fullmatch(DIGITS_PATTERN).to_numpy(dtype=bool, na_value=False)
    u_long = u_digits & (u.str.len().to_numpy() > MAX_DIGITS)
    u_usable = u_digits & ~u_long
    u_value = np.zeros(len(u), dtype=np.int64)
    u_value[u_usable] = [int(v) for v in u[u_usable]]
    digits, empty, too_long, usable = u_digits[codes], u_empty[codes], u_long[codes], u_usable[codes]
    check.flag(~digits & ~empty, column, lambda v: f"{quoted(v)} {explain_number(v)}")
    check.flag(too_long, column, lambda v: f"{quoted(v)} is too large to be a count of people")
    return pd.Series(pd.arrays.IntegerArray(u_value[codes], ~usable), index=values.index)
