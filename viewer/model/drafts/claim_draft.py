"""A claim being written: its quote taken from selected words, and a dry check of its cells.

``quote_from_selection`` turns a selection in an article into quote, quote_prefix and quote_suffix
as the dataset format finds them (viewer.model.checking.text): a prefix or suffix only when the quote occurs
more than once, the shortest, in whole words, that picks the selected occurrence.

``dry_check`` checks a claim's cells as the loader would, without editing the document: the
window's claim form shows these problems live, in the checker's own words.
"""

from __future__ import annotations

import re

import pandas as pd

from ..reading.csvtable import Table
from ..checking.problems import Problem, msg, quoted
from ..checking.rules import CLAIM_COLUMNS
from ..reading.strcol import STR
from ..checking.text import NormalisedText, find_quote, normalise_quote, occurrence_picked
from ..checking.validate import check_claims

_WORD_START = re.compile(r"(?<!\S)\S")
_WORD_END = re.compile(r"\S(?!\S)")


def occurrence_at(article: NormalisedText, quote: str, start: int) -> int:
    """Which occurrence (from 1) of ``quote`` starts at original offset ``start``; 0 if none does."""
    q, _p, _s = normalise_quote(quote)
    if not q.strip(" "):
        return 0
    k, i = 0, article.text.find(q)
    while i != -1:
        k += 1
        if article.to_original(i) == start:
            return k
        i = article.text.find(q, i + 1)
    return 0


def shortest_context(article: NormalisedText, start: int, end: int) -> tuple[str, str]:
    """The shortest (prefix, suffix) that picks the occurrence of ``article.original[start:end]`` that starts
    at ``start``: ("", "") when the format picks it with neither (it is the only or the first one).

    Prefix and suffix grow a whole word at a time, the prefix tried before the suffix at each length;
    when no prefix or suffix alone will do, both grow together.
    """
    text = article.original
    quote = text[start:end]
    k = occurrence_at(article, quote, start)
    if k == 0:
        return "", ""
    if occurrence_picked(article, quote)[0] == k:
        return "", ""
    starts = [m.start() for m in _WORD_START.finditer(text, 0, start)][::-1]      # nearest word first
    ends = [m.end() for m in _WORD_END.finditer(text, end)]
    prefixes = [text[s:start] for s in starts]
    suffixes = [text[end:e] for e in ends]
    candidates = [(len(p.strip()), 0, p, "") for p in prefixes] + [(len(s.strip()), 1, "", s) for s in suffixes]
    for _length, _side, prefix, suffix in sorted(candidates, key=lambda c: (c[0], c[1])):
        if occurrence_picked(article, quote, prefix, suffix)[0] == k:
            return prefix.strip(), suffix.strip()
    for n in range(max(len(prefixes), len(suffixes))):
        prefix = prefixes[min(n, len(prefixes) - 1)] if prefixes else ""
        suffix = suffixes[min(n, len(suffixes) - 1)] if suffixes else ""
        if occurrence_picked(article, quote, prefix, suffix)[0] == k:
            return prefix.strip(), suffix.strip()
    return "", ""


def quote_from_selection(article_text: str, start: int, end: int) -> dict[str, str]:
    """quote, quote_prefix and quote_suffix for the words selected at [start, end) (code points) of an article.

    White space around the selection is left out of the quote.
    """
    selected = article_text[start:end]
    start += len(selected) - len(selected.lstrip())
    end -= len(selected) - len(selected.rstrip())
    if end <= start:
        return {"quote": "", "quote_prefix": "", "quote_suffix": ""}
    article = NormalisedText(article_text)
    prefix, suffix = shortest_context(article, start, end)
    return {"quote": article_text[start:end], "quote_prefix": prefix, "quote_suffix": suffix}


def dry_check(document, columns: dict[str, str], editing: str | None = None) -> list[Problem]:
    """The problems a claim with these cells would have (as `check` words them), the document unchanged.

    ``editing`` is the id of the claim these cells would replace (its own id is then no duplicate).
    """
    dataset = document.dataset
    cells = {name: str(columns.get(name, "") or "") for name in CLAIM_COLUMNS}
    file = dataset.descriptor.paths.get("claims", "claims.csv")
    frame = pd.DataFrame({name: pd.Series([value], dtype=STR) for name, value in cells.items()})
    frame.attrs["header"] = list(CLAIM_COLUMNS)
    line = 0
    table = Table(file, frame, pd.Series([line]).to_numpy())
    context = getattr(document, "_context", {})
    _kept, problems = check_claims(table, dataset.origin, dataset.sources["source_id"],
                                  context.get("sources_left_out", {}), context.get("sources_file", "sources.csv"),
                                  context.get("sources_read", True))
    claim_id = cells["claim_id"]
    if claim_id and claim_id != editing:
        try:   # (found by the records' index: no list of every id, at a million claims too)
            first = document.rows["claims"].raw.line_of(document._key_of("claims", claim_id))
        except (KeyError, ValueError, AttributeError):
            first = None
        if first is not None:
            problems.append(Problem(file, line, "claim_id", msg(
                "duplicate {column} {value}; it was first used on line {line}",
                column="claim_id", value=quoted(claim_id), line=first)))
    if cells["source_id"] in set(dataset.sources["source_id"]):
        try:
            article = NormalisedText(dataset.article_text(cells["source_id"]))
        except OSError:
            article = None
        if article is not None:
            found = find_quote(article, cells["quote"], cells["quote_prefix"], cells["quote_suffix"])
            if found.error:
                problems.append(Problem(file, line, found.column, found.error))
    return problems


__all__ = ["dry_check", "occurrence_at", "quote_from_selection", "shortest_context"]
