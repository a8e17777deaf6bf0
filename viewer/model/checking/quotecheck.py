"""Finding the quotes of many claims at once, a batch of articles at a time.

text.find_quote finds one quote; this does what it does for every claim of a
batch of articles, with the costly parts done in bulk: the articles are read
with a few system calls each, normalised together with numpy (no regular
expression per article), the quotes normalised in Arrow, and each quote is
looked up with one ``str.find``. Only what is unusual (an article that cannot
be read as it is, a quote with a prefix or suffix, a quote that is not found)
takes the careful path of files.read_text and text.find_quote, so every
problem reads exactly as it does there.

A batch holds only plain data (paths, counts, Arrow arrays) and so does its
result: batches can be checked in worker processes (see quoteworkers.py).
This module imports neither pandas nor Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..reading.files import MAX_ARTICLE_BYTES, read_plain_article, read_text
from .problems import Problem, msg
from .text import _QUOTES, _WHITE_SPACE, NormalisedText, find_quote, first_fitting


@dataclass
class Batch:
    """The claims of some articles, grouped by article in order."""

    folder: str
    rels: list[str]
    """The article's path (text_path) of each group."""
    counts: np.ndarray
    """How many claims each group has; the claims below come group after group."""
    quote: pa.Array
    prefix: pa.Array
    suffix: pa.Array
    texts: dict | None = None
    """Article texts by path, read instead of the files (texts being edited)."""
    repeats: bool = False
    """Also find the quotes that occur more than once (for ``claims-atlas check``'s notes)."""


@dataclass
class BatchResult:
    start: np.ndarray
    """Each claim's quote as original offsets in its article (-1 where not found)."""
    end: np.ndarray
    failed: list[tuple[int, str, str]] = field(default_factory=list)
    """(claim, column, why) for each claim whose quote was not found."""
    unreadable: list[tuple[int, list[Problem]]] = field(default_factory=list)
    """(group, problems) for each article that could not be read."""
    repeated: np.ndarray = field(default_factory=lambda: np.zeros((0, 4), dtype=np.int64))
    """One row (claim, occurrence taken counted from 1, occurrences, 1 if a prefix or suffix chose it
    else 0) for each claim whose quote was found and occurs more than once in its article (only when
    the batch asks for ``repeats``): arrays, so that a quarter of a million of them pickle small."""


def check_batch(batch: Batch) -> BatchResult:
    """Find the quote of every claim of the batch in its article."""
    n = len(batch.quote)
    start = np.full(n, -1, dtype=np.int64)
    end = np.full(n, -1, dtype=np.int64)
    result = BatchResult(start, end)
    first = np.zeros(len(batch.counts) + 1, dtype=np.int64)
    np.cumsum(batch.counts, out=first[1:])
    texts, readable = _read_articles(batch, result)
    if not texts:
        return result
    articles = Normalised(texts)
    raw_quotes = batch.quote.to_pylist()
    quotes = Normalised(raw_quotes)
    q_list, q_lengths = quotes.trimmed()   # white space at a quote's start and end is not part of it
    # Each claim's first occurrence of its quote (-1: none); -2 for claims of unreadable articles.
    found = [-2] * n
    pieces = articles.pieces()
    spans = [(int(first[group]), int(first[group + 1])) for group in readable]
    for text, (lo, hi) in zip(pieces, spans):
        find = text.find
        found[lo:hi] = [find(q) for q in q_list[lo:hi]]
    found = np.array(found, dtype=np.int64)
    plain = found.copy() if batch.repeats else None   # each quote's first occurrence, prefix and suffix aside
    groups = np.asarray(readable, dtype=np.int64)
    article_of = np.full(n, -1, dtype=np.int64)
    article_of[_ranges(first[groups], first[groups + 1])] = np.repeat(np.arange(len(groups)), batch.counts[groups])
    with_context = (_numbers(pc.binary_length(batch.prefix)) > 0) | (_numbers(pc.binary_length(batch.suffix)) > 0)
    careful = np.flatnonzero((found == -1) | ((found >= 0) & (with_context | quotes.blank())))
    # A prefix or suffix to honour, a blank quote, or not found: the careful path.
    prefixes = batch.prefix.take(pa.array(careful, type=pa.int64())).to_pylist()
    suffixes = batch.suffix.take(pa.array(careful, type=pa.int64())).to_pylist()
    norm_prefixes = [p.rstrip(" ") for p in Normalised(prefixes).pieces()]
    norm_suffixes = [s.lstrip(" ") for s in Normalised(suffixes).pieces()]
    for j, i in enumerate(careful.tolist()):
        k = int(article_of[i])
        q = q_list[i]
        pos = first_fitting(pieces[k], q, norm_prefixes[j], norm_suffixes[j]) if q.strip(" ") else -1
        found[i] = pos
        if pos < 0:
            match = find_quote(NormalisedText(texts[k]), raw_quotes[i], prefixes[j], suffixes[j])
            result.failed.append((i, match.column, match.error))
    hit = found >= 0
    if batch.repeats:
        result.repeated = _find_repeats(pieces, q_list, spans, found, plain, with_context)
    if hit.any():
        k = article_of[hit]
        g = articles.norm_start[k] + found[hit]
        start[hit] = articles.original(g) - articles.orig_start[k]
        end[hit] = articles.original(g + q_lengths[hit] - 1) + 1 - articles.orig_start[k]
    return result


def _find_repeats(pieces: list[str], q_list: list[str], spans: list[tuple[int, int]], found: np.ndarray,
                  plain: np.ndarray, with_context: np.ndarray) -> np.ndarray:
    """The rows of BatchResult.repeated: each found quote that occurs again after the occurrence
    taken (or, with a prefix or suffix, before it: its first occurrence, ``plain``, is elsewhere).
    One more ``str.find`` per claim, article by article; the occurrences counted only for those
    that repeat."""
    found_at = found.tolist()
    after = [-1] * len(found_at)
    for text, (lo, hi) in zip(pieces, spans):
        find = text.find
        after[lo:hi] = [find(q, p + 1) if p >= 0 else -1 for q, p in zip(q_list[lo:hi], found_at[lo:hi])]
    after = np.array(after, dtype=np.int64)
    again = (found >= 0) & ((after >= 0) | (with_context & (plain < found)))
    rows: list[tuple[int, int, int, int]] = []
    lows = np.array([lo for lo, _hi in spans], dtype=np.int64)
    article = (np.searchsorted(lows, np.flatnonzero(again), side="right") - 1).tolist()
    first_at, after_at = plain.tolist(), after.tolist()
    for i, k in zip(np.flatnonzero(again).tolist(), article):
        # The occurrences are counted from the first one (plain) up to the one taken (pos), then on
        # from the one after it (after): the finds already made are not made again.
        q, pos, find = q_list[i], found_at[i], pieces[k].find
        before, at = 0, first_at[i]
        while at < pos:
            before += 1
            at = find(q, at + 1)
        count, at = before + 1, after_at[i]
        while at != -1:
            count += 1
            at = find(q, at + 1)
        rows.append((i, before + 1, count, int(with_context[i])))
    return np.array(rows, dtype=np.int64).reshape(-1, 4)


def _read_articles(batch: Batch, result: BatchResult) -> tuple[list[str], list[int]]:
    """The text of each article of the batch that can be read, and which groups those are."""
    texts: list[str] = []
    readable: list[int] = []
    folder = Path(batch.folder)
    # os.path.join(batch.folder, rel), a hundred thousand times over: one concatenation where that is the same
    prefix = batch.folder if batch.folder.endswith("/") or not batch.folder else batch.folder + "/"
    posix = os.sep == "/"
    for group, rel in enumerate(batch.rels):
        if batch.texts and rel in batch.texts:
            texts.append(batch.texts[rel])
            readable.append(group)
            continue
        path = prefix + rel if posix and not rel.startswith("/") else os.path.join(batch.folder, rel)
        text = read_plain_article(path, MAX_ARTICLE_BYTES)
        if text is None:   # something is unusual: read it the careful way, which names the problem
            decoded = read_text(folder, rel, MAX_ARTICLE_BYTES, msg("article"), lenient=False)
            if decoded.text is None:
                result.unreadable.append((group, decoded.problems))
                continue
            text = decoded.text
        if batch.counts[group]:   # an article no claim uses is only read, to see that it can be
            texts.append(text)
            readable.append(group)
    return texts, readable


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The indices lo[0]..hi[0]-1, lo[1]..hi[1]-1, ... as one array."""
    sizes = hi - lo
    if not len(sizes) or not sizes.sum():
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(lo - np.concatenate([[0], np.cumsum(sizes)[:-1]]), sizes)
    return np.arange(int(sizes.sum())) + offsets


# Code points that are white space (the format's list) and the curly quotes, as lookup tables.
_LAST = 0x3001
_IS_SPACE = np.zeros(_LAST + 1, dtype=bool)
_IS_SPACE[[ord(c) for c in _WHITE_SPACE]] = True
_STRAIGHT = np.arange(_LAST + 1, dtype=np.uint32)
for _curly, _straight in _QUOTES:
    _STRAIGHT[ord(_curly)] = ord(_straight)
# The same for texts whose characters all fit in two bytes (nearly every text): whole tables, no clipping.
_IS_SPACE_16 = np.zeros(0x10000, dtype=bool)
_IS_SPACE_16[: _LAST + 1] = _IS_SPACE
_NORMAL_16 = np.arange(0x10000, dtype=np.uint16)
_NORMAL_16[: _LAST + 1] = _STRAIGHT
_NORMAL_16[_IS_SPACE_16] = ord(" ")


class Normalised:
    """Many texts normalised together (as text.normalise does each), with a map
    from each normalised character back to its original position.

    A white-space character right after another one (in the same text) is
    dropped, every remaining white-space character becomes a space and curly
    quotes straight ones: exactly "every run of white space becomes one
    space". The one character kept of a run is its first, which is where
    NormalisedText.to_original maps the space too.
    """

    def __init__(self, texts: list[str]):
        joined = "".join(texts)
        data = joined.encode("utf-16-le", "surrogatepass")
        wide = len(data) != 2 * len(joined)   # a character beyond U+FFFF: four bytes a character, else two
        if wide:
            data = joined.encode("utf-32-le", "surrogatepass")
        del joined
        codes = np.frombuffer(data, dtype=np.uint32 if wide else np.uint16)
        self.orig_start = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=self.orig_start[1:])
        space = _IS_SPACE[np.minimum(codes, _LAST)] if wide else _IS_SPACE_16[codes]
        after_space = np.empty_like(space)
        after_space[:1] = False
        after_space[1:] = space[:-1]
        starts = self.orig_start[:-1]
        after_space[starts[starts < len(codes)]] = False   # runs do not continue across texts
        dropped = np.flatnonzero(space & after_space)   # few: the second and later characters of runs
        if len(dropped):
            keep = np.ones(len(codes), dtype=bool)
            keep[dropped] = False
            kept, self._space = codes[keep], space[keep]
        else:   # nothing to drop (most quotes): no copies
            kept, self._space = codes, space
        # The kept character k of the joined text was at k + (how many were dropped before it): found by a
        # binary search in the few dropped positions (see original) rather than mapped for every character.
        self._dropped_before = dropped - np.arange(len(dropped))
        if wide:
            kept = kept.copy()
            curly = (kept >= 0x2018) & (kept <= 0x201F)
            kept[curly] = _STRAIGHT[kept[curly]]
            kept[self._space] = ord(" ")
            self.text = kept.tobytes().decode("utf-32-le", "surrogatepass")
        else:   # one lookup: white space to a space, curly quotes to straight ones
            self.text = _NORMAL_16[kept].tobytes().decode("utf-16-le", "surrogatepass")
        self.norm_start = self.orig_start - np.searchsorted(dropped, self.orig_start)
        self._starts = self.norm_start.tolist()

    def original(self, at: np.ndarray) -> np.ndarray:
        """The original position (in the joined texts) of each normalised position ``at``."""
        return at + np.searchsorted(self._dropped_before, at, side="right")

    def piece(self, k: int) -> str:
        """The ``k``-th text, normalised."""
        return self.text[self._starts[k]: self._starts[k + 1]]

    def pieces(self) -> list[str]:
        text, starts = self.text, self._starts
        return [text[a:b] for a, b in zip(starts, starts[1:])]

    def trimmed(self) -> tuple[list[str], np.ndarray]:
        """Each text normalised without the space at its start and at its end, and its length.

        (After normalisation a text starts and ends with at most one space.)
        """
        lo, hi = self.norm_start[:-1].copy(), self.norm_start[1:].copy()
        some = hi > lo
        lo[some] += self._space[lo[some]]
        some = hi > lo
        hi[some] -= self._space[hi[some] - 1]
        text = self.text
        return [text[a:b] for a, b in zip(lo.tolist(), hi.tolist())], hi - lo

    def lengths(self) -> np.ndarray:
        return np.diff(self.norm_start)

    def blank(self) -> np.ndarray:
        """Which texts are empty or only white space."""
        spaces = np.zeros(len(self._space) + 1, dtype=np.int64)
        np.cumsum(self._space, out=spaces[1:])
        return spaces[self.norm_start[1:]] - spaces[self.norm_start[:-1]] == self.lengths()


def _numbers(values) -> np.ndarray:
    return values.to_numpy(zero_copy_only=False)
