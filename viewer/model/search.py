"""The search box: which claims hold a text, case-insensitively, over a million claims.

Searched: the claimant, quote, wording (value_text), note, claim id, the
destination's name and the outlet. Claimant, destination and outlet take few
distinct values, so those are searched once each and spread to the claims by
their codes. The rest is one lower-case string per claim (quote, wording,
note and id joined by a separator no one types), searched with RE2 in Arrow.

Arrow pays a fixed cost per string searched, larger than the cost of the
bytes. So the strings are first searched in blocks of BLOCK claims (the same
bytes seen as one string per block, no copy); when few blocks hold the text,
only their claims are searched one by one, otherwise every claim is, in two
halves on two threads (Arrow releases the GIL).
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .strcol import arrow

BLOCK = 64
"""Claims per block in the first pass."""
FEW_BLOCKS = 0.25
"""Up to this share of blocks holding the text, only their claims are searched."""
_SEP = "\x1f"

_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="claims-search")


class ClaimSearch:
    """What the search box searches, made once (on first use, or ahead by ``prepare``)."""

    def __init__(self, claims, coded: dict, outlet: np.ndarray):
        self._claims = claims
        self._coded = coded
        self._outlet = outlet
        self._lock = threading.Lock()
        self._rows: pa.LargeStringArray | None = None

    def prepare(self) -> None:
        """Build the lower-case strings now (thread-safe; a search waits for it)."""
        with self._lock:
            if self._rows is not None:
                return
            c = self._claims
            # Outlets are given per source: search each distinct one once.
            outlet_of_source, outlets = pd.factorize(pd.Series(self._outlet, dtype=object))
            self._labels = [(self._coded["claimant"].codes, _lowered(self._coded["claimant"].values)),
                            (self._coded["destination"].codes, _lowered(self._coded["destination"].labels)),
                            (outlet_of_source[self._coded["source_id"].codes], _lowered(outlets))]
            if not len(c):
                self._rows = pa.array([], type=pa.large_string())
                return
            parts = [arrow(c[name]) for name in ("quote", "value_text", "note", "claim_id")]
            joined = pc.utf8_lower(pc.binary_join_element_wise(*parts, pa.scalar(_SEP, type=pa.large_string())))
            self._rows = joined.combine_chunks() if isinstance(joined, pa.ChunkedArray) else joined

    def mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Which claims hold ``needle`` (already lower case); only ``within`` (row numbers) if given."""
        self.prepare()
        n = len(self._rows)
        hits = np.zeros(n, dtype=bool)
        for codes, labels in self._labels:
            table = np.fromiter((needle in label for label in labels), dtype=bool, count=len(labels))
            if table.any():
                hits |= table[codes]
        pattern = re.escape(needle)
        if within is not None:
            rows = within[~hits[within]]
            hits[rows] = _match(self._rows.take(pa.array(rows, type=pa.int64())), pattern)
        else:
            hits |= self._scan(pattern)
        return hits

    def _scan(self, pattern: str) -> np.ndarray:
        rows = self._rows
        n = len(rows)
        if n < 4 * BLOCK:
            return _match(rows, pattern)
        blocks = _blocks(rows)
        held = np.flatnonzero(_match(blocks, pattern))
        if len(held) <= FEW_BLOCKS * len(blocks):
            out = np.zeros(n, dtype=bool)
            if len(held):
                candidates = (held[:, None] * BLOCK + np.arange(BLOCK)).ravel()
                candidates = candidates[candidates < n]
                out[candidates] = _match(rows.take(pa.array(candidates, type=pa.int64())), pattern)
            return out
        half = n // 2
        parts = [rows.slice(0, half), rows.slice(half)]
        return np.concatenate(list(_POOL.map(lambda part: _match(part, pattern), parts)))


def _blocks(rows: pa.LargeStringArray) -> pa.LargeStringArray:
    """The same bytes as one string per BLOCK rows (their offsets only; no copy).

    A block holds the text whenever one of its claims does; it may also hold
    it across the end of one claim and the start of the next, which costs
    only the time to search its claims one by one.
    """
    offsets = np.frombuffer(rows.buffers()[1], dtype=np.int64)[rows.offset: rows.offset + len(rows) + 1]
    starts = np.ascontiguousarray(offsets[::BLOCK])
    if starts[-1] != offsets[-1]:
        starts = np.append(starts, offsets[-1])
    return pa.LargeStringArray.from_buffers(len(starts) - 1, pa.py_buffer(starts), rows.buffers()[2])


def _match(strings: pa.Array, pattern: str) -> np.ndarray:
    return np.asarray(pc.match_substring_regex(strings, pattern).to_numpy(zero_copy_only=False), dtype=bool)


def _lowered(values) -> list[str]:
    """Python strings lowered as Arrow lowers the rest (so that both agree)."""
    return pc.utf8_lower(pa.array([str(v) for v in values], type=pa.large_string())).to_pylist()
