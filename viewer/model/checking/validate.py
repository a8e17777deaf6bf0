"""Checking the rows of sources.csv and claims.csv against the format."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .checker import RowChecker
from ..mapping.countries import iso_alpha3
from ..reading.csvtable import Table, column_label
from ..reading.files import MAX_ARTICLE_BYTES, NO_ARTICLE, PathChecker, plain_paths
from .problems import Message, Problem, msg, quoted
from ..reading.strcol import STR, factorize, factorize_arrow, fullmatch, is_empty, isin, str_series, take
from .rules import (BCP47_PATTERN, CLAIM_COLUMNS, CLAIM_REQUIRED, CLAIMANT_TYPES, DIGITS_PATTERN,
                    ID_PATTERN, MAX_DIGITS, METRICS, SOURCE_COLUMNS, SOURCE_REQUIRED, STANCES,
                    UNITS, URL_PATTERN, explain_code, explain_number)

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
            if fatal:
                text = (msg("this column name appears twice; rename or remove one; the rows were not read, "
                            "since it is unclear which holds the data") if name else
                        msg("a second column has no name; rename or remove one; the rows were not read, "
                            "since it is unclear which holds the data"))
            else:
                text = (msg("this column name appears twice; rename or remove one; the first was kept") if name
                        else msg("a second column has no name; rename or remove one; the first was kept"))
            problems.append(Problem(table.file, 1, label, text))
        seen.add(name)
    for name in required:
        if name not in seen:
            usable = False
            near = [h for h in header if h.strip() == name]
            problems.append(Problem(table.file, 1, name, msg(
                "required column is missing from the header; add it (the rows were not read) (the header has "
                "{near}: names are taken as written, so remove the spaces)", near=quoted(near[0])) if near else msg(
                "required column is missing from the header; add it (the rows were not read)")))
    return problems, usable


def check_sources(table: Table, folder: Path, unsaved_texts: frozenset[str] = frozenset()
                  ) -> tuple[pd.DataFrame, list[Problem], dict[str, int]]:
    """Valid source rows, the problems, and the lines of sources left out (by id). An article in
    ``unsaved_texts`` (text_paths whose text a Document holds, to be written at its save) needs no file yet."""
    check = RowChecker(table.file, table.frame, table.lines)
    check.required(SOURCE_REQUIRED)
    check.pattern("source_id", ID_PATTERN, lambda v: msg(
        "{value} is not a valid source_id; an id is lower-case letters, digits, '_' or '-', starting with a "
        "letter or digit", value=quoted(v)))
    check.unique("source_id", "source_id")
    check.dates("published", with_time=True)
    check.pattern("url", URL_PATTERN, lambda v: msg("{value} is not an http or https URL", value=quoted(v)))
    check.pattern("language", BCP47_PATTERN, lambda v: msg("{value} is not a BCP 47 language tag such as en or ru",
                                                                 value=quoted(v)))
    ids = check.column("source_id")
    given = check.column("text_path")
    no_path = is_empty(given)
    text_path = given.where(~no_path, "articles/" + ids + ".txt")
    paths = PathChecker(folder)
    # A default path built from a bad or empty id names no real file: the id's own problem says it all.
    skip = no_path & ~fullmatch(ids, ID_PATTERN)
    rels = text_path.tolist()
    for i, why in paths.article_problems(rels, plain_paths(text_path), MAX_ARTICLE_BYTES):
        if not skip[i] and not (why is NO_ARTICLE and rels[i] in unsaved_texts):
            check.flag_at(i, "text_path", msg("{path} {why}", path=quoted(rels[i]), why=why))
    frame = table.frame.copy()
    frame["text_path"] = text_path
    for name in SOURCE_COLUMNS:
        if name not in frame.columns:
            frame[name] = ""
    frame["language"] = frame["language"].where(~is_empty(frame["language"]), "en")
    frame["line"] = table.lines
    # Sources are few (one per article) and views walk through them row by row:
    # they are kept as Python strings, which are quicker to iterate than Arrow ones.
    kept = _keep(frame, ~check.bad)
    kept = kept.astype({name: object for name in kept.columns if kept[name].dtype == STR})
    bad_ids = ids[check.bad].tolist()
    dropped_ids = [cells.get("source_id", "") for _line, cells in table.dropped]
    asked = bad_ids + dropped_ids   # of these ids, which a kept row has (only those, not every id)
    valid = set(kept["source_id"][isin(kept["source_id"], asked)]) if asked else set()
    left_out = {i: int(n) for i, n in zip(bad_ids, table.lines[check.bad]) if i not in valid}
    for (line, _cells), source_id in zip(table.dropped, dropped_ids):   # rows the reader already left out
        if source_id and source_id not in valid:
            left_out.setdefault(source_id, line)
    return kept, check.problems, left_out


def check_claims(table: Table, origin: str | None, source_ids: pd.Series,
                 sources_left_out: dict[str, int], sources_file: str,
                 sources_read: bool = True) -> tuple[pd.DataFrame, list[Problem]]:
    """Valid claim rows, typed, and the problems of the others.

    ``source_ids`` are the ids of the sources kept. ``sources_read`` is
    False when the sources table could not be used at all: then no claim's
    source can be checked, and the claims say so.
    """
    check = RowChecker(table.file, table.frame, table.lines)
    check.required(CLAIM_REQUIRED)
    check.pattern("claim_id", ID_PATTERN, lambda v: msg(
        "{value} is not a valid claim_id; an id is lower-case letters, digits, '_' or '-', starting with a "
        "letter or digit", value=quoted(v)))
    check.unique("claim_id", "claim_id")
    src = check.column("source_id")
    src_empty = is_empty(src)
    if not sources_read:
        check.flag(~src_empty, "source_id", lambda v: msg(
            "its source {value} cannot be checked: {file} could not be read (see its problem), so this claim "
            "was left out", value=quoted(v), file=sources_file))
    dropped = isin(src, list(sources_left_out))
    check.flag(dropped, "source_id", lambda v: msg(
        "its source {value} was left out (see {file}:{line}), so this claim was too",
        value=quoted(v), file=sources_file, line=sources_left_out[v]))
    check.flag(~isin(src, source_ids) & ~dropped & ~src_empty & sources_read, "source_id",
               lambda v: msg("no source has source_id {value}; add it to {file} or fix the id",
                             value=quoted(v), file=sources_file))
    check.one_of("claimant_type", CLAIMANT_TYPES)
    check.one_of("stance", STANCES)
    check.one_of("metric", METRICS)
    check.one_of("unit", UNITS)
    codes = iso_alpha3()
    origins = check.column("origin")
    no_origin = is_empty(origins)
    if origin is None:
        check.flag(no_origin, "origin",
                   msg("no origin here and datapackage.json has no valid claims:origin to default to"))
    check.flag(~(isin(origins, codes) | no_origin), "origin", lambda v: explain_code(v, codes))
    destination = _check_destinations(check, codes)
    low = _bound(check, "value_low")
    high = _bound(check, "value_high")
    reversed_ = (low > high).fillna(False).to_numpy(dtype=bool)
    check.flag(reversed_, "value_high", lambda v: msg(
        "{value} is below value_low; the upper bound must be at least the lower one", value=quoted(v)))
    start = check.dates("period_start", with_time=False)
    end = check.dates("period_end", with_time=False)
    check.flag(end < start, "period_end", lambda v: msg(
        "{value} is before period_start; the period must not run backwards", value=quoted(v)))

    frame = table.frame.copy()
    for name in CLAIM_COLUMNS:
        if name not in frame.columns:
            frame[name] = ""
    frame["origin"] = origins.where(~no_origin, origin or "")
    frame["destination"] = destination
    frame["value_low"] = low
    frame["value_high"] = high
    frame["unit"] = frame["unit"].where(~is_empty(frame["unit"]), "people")
    frame["line"] = table.lines
    unknown = pd.arrays.IntegerArray(np.zeros(len(frame), dtype=np.int64), np.ones(len(frame), dtype=bool))
    frame["quote_start"] = unknown
    frame["quote_end"] = unknown.copy()
    return _keep(frame, ~check.bad), check.problems


def _keep(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """The rows where ``keep`` is true, renumbered (no copy when all are kept)."""
    return frame.reset_index(drop=True) if keep.all() else frame[keep].reset_index(drop=True)


GUESSED_NAMES = 500
"""Wrong destinations given the code of the name they misspell, at most (each is a fuzzy search of the names)."""


def _check_destinations(check: RowChecker, codes: frozenset[str]) -> pd.Series:
    """Check destinations; return each as its canonical set (codes sorted, joined by ';')."""
    values = check.column("destination")
    codes_, uniques = factorize(values)
    canonical = np.full(len(uniques), "", dtype=object)
    wrong_at = np.zeros(len(uniques), dtype=bool)
    errors: dict[str, Message] = {}
    for k, value in enumerate(uniques):
        if value == "":
            continue
        parts = value.split(";")
        wrong = [p for p in parts if p not in codes]
        if "" in parts:
            errors[value] = msg("{value} has an empty part: join codes with ';' and nothing else, e.g. FIN;EST",
                                value=quoted(value))
            wrong_at[k] = True
        elif wrong:
            why = explain_code(wrong[0], codes, guess=len(errors) < GUESSED_NAMES)
            errors[value] = why if len(parts) == 1 else msg("{why} (in the group {value})", why=why,
                                                             value=quoted(value))
            wrong_at[k] = True
        else:
            canonical[k] = ";".join(sorted(set(parts)))
    check.flag(wrong_at[codes_], "destination", lambda v: errors[v])
    return take(canonical, codes_)


def _bound(check: RowChecker, column: str) -> pd.Series:
    """Check a bound; return it as nullable integers."""
    values = check.column(column)
    # Figures repeat: judge each distinct text once (in Arrow), then spread the answers by code.
    codes, uniques = factorize_arrow(values)
    u = str_series(uniques)
    u_empty = is_empty(u)
    u_digits = fullmatch(u, DIGITS_PATTERN)   # ASCII digits only: as many bytes as characters
    u_long = u_digits & (np.asarray(pc.binary_length(uniques).to_numpy(zero_copy_only=False)) > MAX_DIGITS)
    u_usable = u_digits & ~u_long
    u_value = np.zeros(len(u), dtype=np.int64)
    if u_usable.any():   # at most MAX_DIGITS digits: int64 holds them exactly, as int() does
        u_value[u_usable] = pc.cast(uniques.filter(pa.array(u_usable)), pa.int64()).to_numpy(zero_copy_only=False)
    digits, empty, too_long, usable = u_digits[codes], u_empty[codes], u_long[codes], u_usable[codes]
    check.flag(~digits & ~empty, column, lambda v: msg("{value} {why}", value=quoted(v), why=explain_number(v)))
    check.flag(too_long, column, lambda v: msg("{value} is too large to be a count of people", value=quoted(v)))
    return pd.Series(pd.arrays.IntegerArray(u_value[codes], ~usable), index=values.index)
