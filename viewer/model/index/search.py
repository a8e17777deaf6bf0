"""The search box: which claims hold a text, case-insensitively, over a million claims.

Searched here: the claimant, quote, wording (value_text), note, claim id and
the outlet (the destination's name depends on the language, so ClaimsIndex
matches it itself, per distinct destination). Claimant and outlet take few
distinct values, so those are searched once each and spread to the claims by
their codes. The rest is one lower-case string per claim (quote, wording,
note and id joined by a separator no one types), searched with RE2 in Arrow.

Arrow pays a fixed cost per string searched, larger than the cost of the
bytes. So the strings are first searched in blocks of BLOCK claims (the same
bytes seen as one string per block, no copy); when few blocks hold the text,
only their claims are searched one by one, otherwise every claim is. The
strings are kept in chunks, searched on two threads (Arrow releases the GIL).
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..reading.strcol import arrow, release_memory

BLOCK = 64
"""Claims per block in the first pass."""
CHUNK = 1 << 17
"""Claims per chunk of the lower-case strings (chunks are searched on two threads)."""
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
        self._chunks: list[pa.LargeStringArray] | None = None
        self._made_from: tuple = ()

    def prepare(self) -> None:
        """Build the lower-case strings now (thread-safe; a search waits for it).

        Built CHUNK claims at a time, so that the joined and the lowered copies
        of the text are never both whole in memory.
        """
        with self._lock:
            if self._chunks is not None:
                return
            c = self._claims
            self._labels = self._label_tables(self._coded, self._outlet)
            columns = [arrow(c[name]) for name in ("quote", "value_text", "note", "claim_id")]
            chunks = [_lowered_rows(columns, start, CHUNK) for start in range(0, len(c), CHUNK)]
            self._starts = np.array([0] + [len(chunk) for chunk in chunks], dtype=np.int64).cumsum()
            self._chunks = chunks
        release_memory()

    def _label_tables(self, coded: dict, outlet: np.ndarray) -> list[tuple]:
        """Claimants and outlets, each distinct one lowered once: (claims' codes, lowered labels, the label of
        each code or None). The codes are the index's own arrays, so a claim edited in place is seen."""
        self._made_from = (coded["claimant"].codes, coded["claimant"].values, coded["source_id"].codes, outlet)
        # Outlets are given per source: search each distinct one once.
        outlet_of_source, outlets = pd.factorize(pd.Series(outlet, dtype=object))
        return [(coded["claimant"].codes, _lowered(coded["claimant"].values), None),
                (coded["source_id"].codes, _lowered(outlets), outlet_of_source)]

    def update(self, claims, coded: dict, outlet: np.ndarray, rows: np.ndarray) -> None:
        """Claims changed (``rows``, those past the end added): make again only the chunks that hold them."""
        with self._lock:
            self._claims, self._coded, self._outlet = claims, coded, outlet
            if self._chunks is None:
                return
            made_from = (coded["claimant"].codes, coded["claimant"].values, coded["source_id"].codes, outlet)
            if any(a is not b for a, b in zip(made_from, self._made_from)):
                # (Codes are changed in place when no row is added: the tables below see them as they are.)
                self._labels = self._label_tables(coded, outlet)
            starts = self._starts
            n_old, n = int(starts[-1]), len(claims)
            columns = [arrow(claims[name]) for name in ("quote", "value_text", "note", "claim_id")]
            chunks = list(self._chunks)
            for row in np.unique(rows[rows < n_old]).tolist():
                k = int(np.searchsorted(starts, row, side="right")) - 1
                at = row - int(starts[k])
                chunk = chunks[k]
                chunks[k] = pa.concat_arrays([chunk.slice(0, at), _lowered_rows(columns, row, 1), chunk.slice(at + 1)])
            if n > n_old:
                chunks.append(_lowered_rows(columns, n_old, n - n_old))
            self._chunks = chunks
            self._starts = np.array([0] + [len(chunk) for chunk in chunks], dtype=np.int64).cumsum()

    def mask(self, needle: str, within: np.ndarray | None = None) -> np.ndarray:
        """Which claims hold ``needle`` (already lower case); only ``within`` (row numbers, ascending) if given."""
        self.prepare()
        hits = np.zeros(int(self._starts[-1]), dtype=bool)
        for codes, labels, label_of_code in self._labels:
            table = np.fromiter((needle in label for label in labels), dtype=bool, count=len(labels))
            if table.any():
                hits |= (table if label_of_code is None else table[label_of_code])[codes[:len(hits)]]
        pattern = re.escape(needle)
        if within is not None:
            rows = within[~hits[within]]
            cuts = np.searchsorted(rows, self._starts)
            for k, chunk in enumerate(self._chunks):
                local = rows[cuts[k]: cuts[k + 1]] - self._starts[k]
                if len(local):
                    hits[local + self._starts[k]] = _match(chunk.take(pa.array(local, type=pa.int64())), pattern)
        elif self._chunks:
            common = threading.Event()   # set once a chunk finds the text in most blocks: the rest skip blocks
            hits |= np.concatenate(list(_POOL.map(lambda chunk: _scan(chunk, pattern, common), self._chunks)))
        return hits


def _lowered_rows(columns: list, start: int, length: int) -> pa.LargeStringArray:
    """The searched text of ``length`` claims from ``start``: lower case, the columns joined."""
    parts = [column.slice(start, length) for column in columns]
    lowered = pc.utf8_lower(pc.binary_join_element_wise(*parts, pa.scalar(_SEP, type=pa.large_string())))
    return lowered.combine_chunks() if isinstance(lowered, pa.ChunkedArray) else lowered


def _scan(rows: pa.LargeStringArray, pattern: str, common: threading.Event) -> np.ndarray:
    """Which of ``rows`` hold the pattern: blocks first, then the claims of the blocks that do
    (every claim, at once, when the text is ``common``)."""
    n = len(rows)
    if n < 4 * BLOCK or common.is_set():
        return _match(rows, pattern)
    blocks = _blocks(rows)
    held = np.flatnonzero(_match(blocks, pattern))
    if len(held) > FEW_BLOCKS * len(blocks):
        common.set()
        return _match(rows, pattern)
    out = np.zeros(n, dtype=bool)
    if len(held):
        candidates = (held[:, None] * BLOCK + np.arange(BLOCK)).ravel()
        candidates = candidates[candidates < n]
        out[candidates] = _match(rows.take(pa.array(candidates, type=pa.int64())), pattern)
    return out


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
