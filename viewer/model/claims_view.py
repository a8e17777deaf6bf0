"""The claims table's content as arrays: sort keys, filter masks, cell text on demand.

Everything that touches every claim is vectorised (numpy, pyarrow), so sorting
and filtering a million claims never loops over rows in Python; the text of a
cell is made only when a view asks for it (a screenful at a time). Build it off
the GUI thread: it costs about a second per million claims.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .countries import destination_name
from .figures import format_range
from .flows import FLOW_KEY, compute_flows
from .state import Filters
from .wording import ENGLISH, Wording

COLUMNS = ("figure", "claimant", "stance", "metric", "destination", "source", "published", "quote")
CATEGORIES = ("claimant", "stance", "metric", "destination", "claimant_type", "source_id")
WORDED = ("stance", "metric", "destination")
"""Columns whose cells are words of the chosen language (see :meth:`ClaimsView.relabel`)."""
EXCERPT = 140


class Coded:
    """A column as integer codes into its distinct values, with a case-insensitive sort rank."""

    def __init__(self, values: pd.Series | np.ndarray, labels=None):
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
        self.codes = codes.astype(np.int64)
        self.values = np.asarray(uniques, dtype=object)
        self.relabel(labels)

    def relabel(self, labels=None) -> None:
        """Show each distinct value as ``labels(value)`` (itself if None) and rank by that."""
        shown = self.values if labels is None else np.asarray([labels(v) for v in self.values], dtype=object)
        self.labels = shown
        order = sorted(range(len(shown)), key=lambda i: str(shown[i]).casefold())
        rank = np.empty(len(shown), dtype=np.int64)
        rank[order] = np.arange(len(shown))
        self.rank = rank

    def label_mask(self, needle: str) -> np.ndarray:
        """Rows whose label holds ``needle`` (lower case): a test per distinct value, one gather."""
        table = np.fromiter((needle in str(label).lower() for label in self.labels), dtype=bool, count=len(self.labels))
        return table[self.codes]

    def code_of(self, value) -> int:
        hits = np.flatnonzero(self.values == value)
        return int(hits[0]) if len(hits) else -1

    def mask(self, allowed) -> np.ndarray:
        """Rows whose value is one of ``allowed`` (a lookup table, one gather over the rows)."""
        table = np.zeros(len(self.values) + 1, dtype=bool)
        for value in allowed:
            code = self.code_of(value)
            if code >= 0:
                table[code] = True
        return table[self.codes]


class ClaimsView:
    """Sort keys and filter masks of every claim, the visible order, and cell text."""

    def __init__(self, claims: pd.DataFrame, sources: pd.DataFrame, words: Wording = ENGLISH):
        self.claims = claims.reset_index(drop=True)
        n = len(self.claims)
        self.n = n
        self.words = words
        self.coded = {name: Coded(self.claims[name]) for name in CATEGORIES}
        self._label_worded()
        src = self.coded["source_id"]
        by_id = sources.set_index("source_id") if len(sources) else pd.DataFrame(columns=["outlet", "published"])
        outlet = by_id["outlet"].reindex(src.values).fillna("").to_numpy(dtype=object)
        published = by_id["published"].reindex(src.values).fillna("").to_numpy(dtype=object)
        label = pd.Series(outlet, dtype=object) + ", " + pd.Series(published, dtype=object).str.slice(0, 10)
        self._source_label = label.to_numpy(dtype=object)
        self._published = published
        self._outlet = outlet
        low = self.claims["value_low"].to_numpy(dtype=np.float64, na_value=np.nan)
        high = self.claims["value_high"].to_numpy(dtype=np.float64, na_value=np.nan)
        figure = np.where(np.isnan(high), low, high)
        self.figure_key = np.where(np.isnan(figure), -1.0, figure)
        published_rank = np.argsort(np.argsort(published.astype(str), kind="stable"), kind="stable")
        self._keys = {
            "figure": self.figure_key,
            "claimant": self.coded["claimant"].rank[self.coded["claimant"].codes],
            "source": np.argsort(np.argsort(self._source_label, kind="stable"))[src.codes],
            "published": published_rank[src.codes],
        }
        self._keys.update({name: self.coded[name].rank[self.coded[name].codes] for name in WORDED})
        self._perms: dict[tuple[str, bool], np.ndarray] = {}
        self._haystack = self._build_haystack()
        self._last_text: tuple[str, np.ndarray] | None = None
        # Plain arrays for per-row access: pandas' scalar access costs tens of
        # microseconds a call, far too much for painting and selecting.
        self.col = {name: self.claims[name].to_numpy(dtype=object) for name in self.claims.columns
                    if name not in ("value_low", "value_high", "line", "quote_start", "quote_end")}
        self.low, self.high = low, high
        self.quote_start = self.claims["quote_start"].to_numpy(dtype=np.int64, na_value=-1)
        self.quote_end = self.claims["quote_end"].to_numpy(dtype=np.int64, na_value=-1)
        self._ids = self.col["claim_id"]
        self._row_of = pd.Index(self._ids)
        self._row_of.get_indexer(self._ids[:1])  # build the hash table now, off the GUI thread
        self._flow_group = self.claims.groupby(FLOW_KEY, sort=False).ngroup().to_numpy() if n else np.zeros(0, int)
        self.order = np.arange(n)
        self._position = np.arange(n)
        self.flows = compute_flows(self.claims)
        """The flows of these claims (computed here, off the GUI thread)."""

    def _label_worded(self) -> None:
        words = self.words
        labels = {"stance": words.stance, "metric": words.metric,
                  "destination": lambda d: destination_name(d, words)}
        for name in WORDED:
            self.coded[name].relabel(labels[name])

    def relabel(self, words: Wording) -> None:
        """Use another language's words: cell text, sort order of worded columns, search.

        Call :meth:`update` afterwards to recompute the visible order.
        """
        if words == self.words:
            return
        self.words = words
        self._label_worded()
        for name in WORDED:
            self._keys[name] = self.coded[name].rank[self.coded[name].codes]
        self._perms = {key: perm for key, perm in self._perms.items() if key[0] not in WORDED}
        self._last_text = None

    # --- cell text ---------------------------------------------------------
    def text(self, name: str, row: int) -> str:
        """The text of one cell (row in the whole frame), made on demand."""
        if name == "figure":
            return format_range(self.low[row], self.high[row], self.col["unit"][row], self.words)
        if name == "source":
            return self._source_label[self.coded["source_id"].codes[row]]
        if name == "published":
            return self._published[self.coded["source_id"].codes[row]]
        if name == "outlet":
            return self._outlet[self.coded["source_id"].codes[row]]
        if name in WORDED:
            coded = self.coded[name]
            return coded.labels[coded.codes[row]]
        if name == "quote":
            quote = " ".join(self.col["quote"][row].split())
            return quote if len(quote) <= EXCERPT else quote[: EXCERPT - 1] + "…"
        return str(self.col[name][row])

    def record(self, row: int) -> dict:
        """One claim as a dict (bounds as numbers, NaN for none)."""
        out = {name: values[row] for name, values in self.col.items()}
        out["value_low"], out["value_high"] = self.low[row], self.high[row]
        return out

    def article_rows(self, row: int) -> np.ndarray:
        """Rows of every claim from the same source as ``row``."""
        codes = self.coded["source_id"].codes
        return np.flatnonzero(codes == codes[row])

    # --- rows and order ---------------------------------------------------------
    def __len__(self) -> int:
        return len(self.order)

    def claim_id_at(self, visible_row: int) -> str:
        return self._ids[self.order[visible_row]]

    def row_of(self, claim_id: str | None) -> int | None:
        """The claim's row in the whole frame, or None."""
        if claim_id is None:
            return None
        try:
            return int(self._row_of.get_loc(claim_id))
        except KeyError:
            return None

    def rows_of(self, claim_ids) -> np.ndarray:
        """Rows of many claims at once (unknown ids left out)."""
        rows = self._row_of.get_indexer(list(claim_ids))
        return rows[rows >= 0]

    def visible_row_of(self, claim_id: str | None) -> int | None:
        """Where a claim sits in the current order, or None if it is filtered out."""
        row = self.row_of(claim_id)
        if row is None:
            return None
        pos = int(self._position[row])
        return pos if pos >= 0 else None

    def flow_rows(self, row: int) -> np.ndarray:
        """Rows of every claim on the same flow as ``row`` (itself included)."""
        return np.flatnonzero(self._flow_group == self._flow_group[row])

    # --- filtering and sorting -------------------------------------------------------
    def mask(self, filters: Filters) -> np.ndarray:
        """Which claims pass the filters (a boolean array over all claims)."""
        keep = np.ones(self.n, dtype=bool)
        if filters.destination is not None:
            keep &= self.coded["destination"].mask([filters.destination])
        for name, allowed in (("metric", filters.metrics), ("stance", filters.stances),
                              ("claimant_type", filters.claimant_types), ("source_id", filters.sources)):
            if allowed:
                keep &= self.coded[name].mask(allowed)
        if filters.text:
            keep &= self.text_mask(filters.text)
        return keep

    def text_mask(self, text: str) -> np.ndarray:
        """Claims whose claimant, quote, wording, outlet, destination, note or id holds ``text``.

        Case-insensitive. When the text extends the previous search (typing),
        only the previous matches are searched again.
        """
        needle = text.lower()
        if self._last_text is not None and needle == self._last_text[0]:
            return self._last_text[1]
        within = None
        if self._last_text is not None and needle.startswith(self._last_text[0]):
            within = np.flatnonzero(self._last_text[1])
            if len(within) > self.n // 4:  # copying most strings costs more than scanning them
                within = None
        pattern = re.escape(needle)
        if within is None:
            hits = _scan(self._haystack, pattern)
        else:
            hits = np.zeros(self.n, dtype=bool)
            sub = pc.match_substring_regex(self._haystack.take(pa.array(within)), pattern)
            hits[within] = sub.to_numpy(zero_copy_only=False)
        # Destination names depend on the language: matched per distinct destination, not in the haystack.
        hits = np.asarray(hits, dtype=bool) | self.coded["destination"].label_mask(needle)
        self._last_text = (needle, hits)
        return hits

    def sorted_rows(self, column: str, ascending: bool) -> np.ndarray:
        """Every row sorted by a column (stable; computed once per column and direction)."""
        key = (column, ascending)
        if key not in self._perms:
            if column == "quote" and "quote" not in self._keys:
                self._keys["quote"] = Coded(self.claims["quote"]).rank[Coded(self.claims["quote"]).codes]
            values = self._keys.get(column, self._keys["published"])
            self._perms[key] = np.argsort(values if ascending else -values, kind="stable")
        return self._perms[key]

    def update(self, filters: Filters, sort_column: str, ascending: bool) -> np.ndarray:
        """Recompute the visible order: rows passing the filters, in the sorted order."""
        perm = self.sorted_rows(sort_column, ascending)
        keep = self.mask(filters) if filters.active else None
        self.order = perm if keep is None else perm[keep[perm]]
        self._position = np.full(self.n, -1, dtype=np.int64)
        self._position[self.order] = np.arange(len(self.order))
        return self.order

    def _build_haystack(self) -> pa.Array:
        """One lower-case string per claim holding what the search box searches (destination names aside)."""
        if not self.n:
            return pa.array([], type=pa.string())
        c = self.claims
        src = self.coded["source_id"]
        parts = [pa.array(c[name].to_numpy(dtype=object), type=pa.large_string())
                 for name in ("claimant", "quote", "value_text", "note", "claim_id")]
        parts.append(pa.array(self._outlet[src.codes], type=pa.large_string()))
        joined = pc.binary_join_element_wise(*parts, pa.scalar("\x1f", type=pa.large_string()))
        return pc.utf8_lower(joined)


def _scan(haystack: pa.Array, pattern: str) -> np.ndarray:
    """Regex search over all strings, in two halves on two threads (pyarrow frees the GIL)."""
    n = len(haystack)
    if n < 200_000:
        return haystack_match(haystack, pattern)
    half = n // 2
    parts = [haystack.slice(0, half), haystack.slice(half)]
    return np.concatenate(list(_POOL.map(lambda a: haystack_match(a, pattern), parts)))


def haystack_match(haystack: pa.Array, pattern: str) -> np.ndarray:
    return np.asarray(pc.match_substring_regex(haystack, pattern).to_numpy(zero_copy_only=False), dtype=bool)


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="claims-search")
