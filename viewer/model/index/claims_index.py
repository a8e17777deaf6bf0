"""The claims table's content as arrays: sort keys, filter masks, cell text on demand.

Everything that touches every claim is vectorised (numpy, pyarrow), so sorting
and filtering a million claims never loops over rows in Python; the text of a
cell is made only when a view asks for it (a screenful at a time). Build it off
the GUI thread: it costs about a second per million claims.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from ..timeline.as_of import FlowsByDay, as_of_mask, published_days
from ..mapping.countries import destination_name
from ..flows.figures import format_range
from ..flows.compute import flows_and_groups
from .search import ClaimSearch
from .columns import Coded, _Columns, _ranks
from ..state import Filters
from ..reading.strcol import arrow, casefolded, release_memory
from ..flows.wording import ENGLISH, Wording

COLUMNS = ("figure", "claimant", "stance", "metric", "destination", "source", "published", "claim_id", "quote")
CATEGORIES = ("claimant", "stance", "metric", "destination", "claimant_type", "source_id")
SORTED_BY_TEXT = ("claimant", "stance", "metric", "destination", "claim_id", "quote")
"""Columns sorted by their text, case-insensitively."""
WORDED = ("stance", "metric", "destination")
"""Columns whose cells are words of the chosen language (see :meth:`ClaimsIndex.relabel`)."""
EXCERPT = 140


class ClaimsIndex:
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
        self._source_ranks = {"published": _ranks(published), "source": _ranks(self._source_label)}
        """Each distinct source's place by date, and by its label (outlet, date)."""
        self.day = published_days(published)[src.codes]
        """Each claim's published day (the source's own date, days since 1970-01-01; see model.as_of)."""
        self._by_day = None
        self._keys = {
            "figure": self.figure_key,
            "published": self._source_ranks["published"][src.codes],
            "source": self._source_ranks["source"][src.codes],
        }
        self._perms: dict[tuple[str, bool], np.ndarray] = {}
        self._search = ClaimSearch(self.claims, self.coded, outlet)
        self._last_text: tuple[str, np.ndarray] | None = None
        # Text cells are read from Arrow on demand; pandas' scalar access costs
        # tens of microseconds a call, far too much for painting and selecting.
        self.col = _Columns(self.claims, [name for name in self.claims.columns
                                          if name not in ("value_low", "value_high", "line", "quote_start", "quote_end", "row_key")])
        self.low, self.high = low, high
        self._set_quotes(self.claims)
        # The ids as Python strings, once: the row index and the flows' id lists share them.
        self._ids = self.claims["claim_id"].to_numpy(dtype=object)
        self._row_of = pd.Index(self._ids, dtype=object)
        self._row_of.get_indexer(self._ids[:1])  # build the hash table now, off the GUI thread
        self.order = np.arange(n)
        self._position = np.arange(n)
        self.alive: np.ndarray | None = None
        """Which rows are claims still (None: all); a claim removed by an edit keeps its row, dead."""
        self._moved: dict[str, int] = {}
        """Rows of claims added or removed (-1) since the view was built (see claims_update)."""
        self.flows, groups = flows_and_groups(self.claims, self._ids)
        self._flow_group = groups.astype(np.int32)
        """The flows of these claims (computed here, off the GUI thread)."""

    def _label_worded(self) -> None:
        words = self.words
        labels = {"stance": words.stance, "metric": words.metric,
                  "destination": lambda d: destination_name(d, words)}
        for name in WORDED:
            self.coded[name].relabel(labels[name])

    def relabel(self, words: Wording) -> None:
        """Use another language's words: cell text, sort order of worded columns, search.

        Call :meth:`update` afterwards to recompute the visible order. The sort
        keys of the worded columns are made again when next used.
        """
        if words == self.words:
            return
        self.words = words
        self._label_worded()
        self._drop_worded_order()

    def _drop_worded_order(self) -> None:
        self._keys = {key: value for key, value in self._keys.items() if key not in WORDED}
        self._perms = {key: perm for key, perm in self._perms.items() if key[0] not in WORDED}
        self._last_text = None

    def _set_quotes(self, claims: pd.DataFrame) -> None:
        self.quote_start = claims["quote_start"].to_numpy(dtype=np.int64, na_value=-1)
        self.quote_end = claims["quote_end"].to_numpy(dtype=np.int64, na_value=-1)

    def with_claims(self, claims: pd.DataFrame, sources: pd.DataFrame) -> "ClaimsIndex":
        """The view of ``claims``: these same claims with their quotes now found.

        When no claim was left out (the same ids in the same order), everything
        but the quote spans is shared with this view; otherwise a new view is
        built.
        """
        claims = claims.reset_index(drop=True)
        same = len(claims) == self.n and (not self.n or pc.all(pc.equal(
            arrow(claims["claim_id"]), arrow(self.claims["claim_id"]))).as_py())
        if not same:
            return ClaimsIndex(claims, sources, self.words)
        view = copy.copy(self)
        view.claims = claims
        view._set_quotes(claims)
        view.col = _Columns(claims, self.col.keys())
        # The codes, the sort keys and the search are shared (they do not change); the
        # worded labels are the new view's own, so that relabelling one leaves the other.
        view.coded = {name: copy.copy(coded) for name, coded in self.coded.items()}
        view._label_worded()
        view._keys = dict(self._keys)
        view._perms = dict(self._perms)
        view._drop_worded_order()
        view.order = np.arange(self.n)
        view._position = np.arange(self.n)
        return view

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
        if name in self.coded:
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

    def first_claim_id(self) -> str | None:
        """The claim on the first visible row, or None when the filters leave none."""
        return self._ids[self.order[0]] if len(self.order) else None

    def row_of(self, claim_id: str | None) -> int | None:
        """The claim's row in the whole frame, or None."""
        if claim_id is None:
            return None
        moved = self._moved.get(claim_id)
        if moved is not None:
            return moved if moved >= 0 else None
        try:
            return int(self._row_of.get_loc(claim_id))
        except KeyError:
            return None

    def rows_of(self, claim_ids) -> np.ndarray:
        """Rows of many claims at once (unknown ids left out)."""
        claim_ids = list(claim_ids)
        rows = self._row_of.get_indexer(claim_ids)
        if self._moved:
            rows = np.asarray([self._moved.get(c, r) for c, r in zip(claim_ids, rows.tolist())], dtype=np.int64)
        return rows[rows >= 0]

    def live_rows(self) -> np.ndarray:
        """Every row that is a claim (all of them, unless edits removed some)."""
        return np.arange(self.n) if self.alive is None else np.flatnonzero(self.alive)

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
        keep = np.ones(self.n, dtype=bool) if self.alive is None else self.alive.copy()
        if filters.destination is not None:
            keep &= self.coded["destination"].mask([filters.destination])
        for name, allowed in (("metric", filters.metrics), ("stance", filters.stances),
                              ("claimant_type", filters.claimant_types), ("source_id", filters.sources)):
            if allowed:
                keep &= self.coded[name].mask(allowed)
        if filters.text:
            keep &= self.text_mask(filters.text)
        dated = as_of_mask(self.day, filters.as_of, filters.published_from, filters.published_to)
        if dated is not None:
            keep &= dated
        return keep

    def flows_by_day(self):
        """The flows as of each day (model.as_of.FlowsByDay), made on first use and kept."""
        if self._by_day is None:
            self._by_day = FlowsByDay.of_view(self)
        return self._by_day

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
        hits = self._search.mask(needle, within)
        # Destination names depend on the language: matched per distinct destination, not in the search's strings.
        hits |= self.coded["destination"].label_mask(needle)
        self._last_text = (needle, hits)
        return hits

    def sorted_rows(self, column: str, ascending: bool) -> np.ndarray:
        """Every row sorted by a column (stable; computed once per column and direction)."""
        key = (column, ascending)
        if key not in self._perms:
            values = self.sort_key(column)
            self._perms[key] = np.argsort(values if ascending else -values, kind="stable")
        return self._perms[key]

    def sort_key(self, column: str) -> np.ndarray:
        """Each row's rank for sorting by ``column`` (made on first use; by date for a column with none)."""
        if column not in self._keys:
            if column in self.coded:
                coded = self.coded[column]
                self._keys[column] = coded.rank[coded.codes]
            elif column in SORTED_BY_TEXT:   # many distinct values (quotes): kept in Arrow throughout
                codes, distinct = pd.factorize(self.claims[column], use_na_sentinel=False)
                self._keys[column] = _ranks(casefolded(arrow(pd.Series(distinct))))[codes]
            else:
                return self._keys["published"]
        return self._keys[column]

    def prepare_search(self) -> None:
        """Make now (off the GUI thread) what the first search would make."""
        self._search.prepare()


    def prepare_sorting(self) -> None:
        """Make now (off the GUI thread) what the first sort by each column would make."""
        # (Worded columns are left out: a relabel on the GUI thread may replace their keys, and
        # they cost a gather over few labels when first used.)
        # (So is the claim id: a million distinct ids take Arrow ~1.5 s to sort, for a column rarely sorted by.)
        for column in SORTED_BY_TEXT:
            if column not in WORDED and column != "claim_id":
                self.sort_key(column)
        self.flows_by_day()
        release_memory()

    def update(self, filters: Filters, sort_column: str, ascending: bool) -> np.ndarray:
        """Recompute the visible order: rows passing the filters, in the sorted order."""
        perm = self.sorted_rows(sort_column, ascending)
        keep = self.mask(filters) if filters.active else self.alive
        self.order = perm if keep is None else perm[keep[perm]]
        self._position = np.full(self.n, -1, dtype=np.int64)
        self._position[self.order] = np.arange(len(self.order))
        return self.order


def largest_rows(keys: np.ndarray, rows: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` rows of ``rows`` with the largest ``keys``, smallest first, exactly as
    ``rows[np.argsort(keys[rows], kind="stable")][-k:]`` gives them (ties in row order, the last
    ones kept), without sorting every row: a search can match a million (no NaN in ``keys``)."""
    values = keys[rows]
    if len(rows) > k:
        threshold = np.partition(values, len(values) - k)[len(values) - k]
        rows = rows[values >= threshold]   # the k largest and every tie of the k-th, in row order
        values = keys[rows]
    return rows[np.argsort(values, kind="stable")][-k:]
