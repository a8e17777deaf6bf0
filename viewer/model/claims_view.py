"""The claims table's content as arrays: display columns, sort keys, filter masks.

Everything here is vectorised over the whole claims frame, so that sorting and
filtering a million claims never loops over rows in Python.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .countries import destination_name
from .state import Filters

COLUMNS = ("figure", "claimant", "stance", "metric", "destination", "source", "published", "quote")
HEADERS = {"figure": "Figure", "claimant": "Claimant", "stance": "Stance", "metric": "Metric",
           "destination": "Destination", "source": "Source", "published": "Published", "quote": "Quote"}


class ClaimsView:
    """Display strings and sort keys of every claim, and the visible order."""

    def __init__(self, claims: pd.DataFrame, sources: pd.DataFrame):
        self.claims = claims.reset_index(drop=True)
        n = len(self.claims)
        src = sources.set_index("source_id") if len(sources) else None
        sid = self.claims["source_id"]
        outlet = sid.map(src["outlet"]) if src is not None else sid
        published = sid.map(src["published"]) if src is not None else sid
        low = self.claims["value_low"].astype("Float64")
        high = self.claims["value_high"].astype("Float64")
        dest_names = {d: destination_name(d) for d in pd.unique(self.claims["destination"])}
        self.display: dict[str, np.ndarray] = {
            "figure": figure_strings(self.claims).to_numpy(dtype=object),
            "claimant": self.claims["claimant"].to_numpy(dtype=object),
            "stance": self.claims["stance"].to_numpy(dtype=object),
            "metric": self.claims["metric"].to_numpy(dtype=object),
            "destination": self.claims["destination"].map(dest_names).to_numpy(dtype=object),
            "source": (outlet.fillna("") + ", " + published.fillna("").str.slice(0, 10)).to_numpy(dtype=object),
            "published": published.fillna("").to_numpy(dtype=object),
            "quote": _excerpts(self.claims["quote"]),
        }
        figure_key = high.fillna(low).fillna(-1).to_numpy(dtype=np.float64)
        self.sort_keys: dict[str, np.ndarray] = {"figure": figure_key}
        for name in COLUMNS:
            if name != "figure":
                self.sort_keys[name] = _rank(self.display[name])
        self._haystack = (self.claims["claimant"] + "\x1f" + self.claims["quote"] + "\x1f"
                          + self.claims["value_text"] + "\x1f" + outlet.fillna("") + "\x1f"
                          + self.display_series("destination") + "\x1f" + self.claims["note"]
                          + "\x1f" + self.claims["claim_id"]).str.lower()
        self._ids = self.claims["claim_id"].to_numpy(dtype=object)
        self._row_of = pd.Series(np.arange(n), index=self.claims["claim_id"])
        self.order = np.arange(n)

    def display_series(self, name: str) -> pd.Series:
        return pd.Series(self.display[name], index=self.claims.index)

    def __len__(self) -> int:
        return len(self.order)

    def claim_id_at(self, visible_row: int) -> str:
        return self._ids[self.order[visible_row]]

    def row_of(self, claim_id: str) -> int | None:
        """The claim's row in the whole frame, or None."""
        row = self._row_of.get(claim_id)
        return None if row is None else int(row)

    def visible_row_of(self, claim_id: str | None) -> int | None:
        """Where a claim sits in the current order, or None if it is filtered out."""
        row = self.row_of(claim_id) if claim_id else None
        if row is None:
            return None
        hits = np.flatnonzero(self.order == row)
        return int(hits[0]) if len(hits) else None

    def mask(self, filters: Filters) -> np.ndarray:
        """Which claims pass the filters (a boolean array over all claims)."""
        claims = self.claims
        keep = np.ones(len(claims), dtype=bool)
        if filters.destination is not None:
            keep &= (claims["destination"] == filters.destination).to_numpy()
        for column, allowed in (("metric", filters.metrics), ("stance", filters.stances),
                                ("claimant_type", filters.claimant_types), ("source_id", filters.sources)):
            if allowed:
                keep &= claims[column].isin(list(allowed)).to_numpy()
        if filters.text:
            keep &= self._haystack.str.contains(filters.text.lower(), regex=False).to_numpy(dtype=bool)
        return keep

    def update(self, filters: Filters, sort_column: str, ascending: bool) -> np.ndarray:
        """Recompute the visible order: filtered rows sorted by one column (stable)."""
        rows = np.flatnonzero(self.mask(filters))
        keys = self.sort_keys.get(sort_column, self.sort_keys["published"])[rows]
        if not ascending:
            keys = -keys
        self.order = rows[np.argsort(keys, kind="stable")]
        return self.order


def figure_strings(claims: pd.DataFrame) -> pd.Series:
    """Each claim's figure as people read it, built column-wise (no row loop)."""
    low, high = claims["value_low"], claims["value_high"]
    fmt = lambda s: s.map(lambda v: f"{int(v):,}", na_action="ignore")  # noqa: E731 - per unique-ish value
    lo, hi = fmt(low), fmt(high)
    out = pd.Series("", index=claims.index, dtype=object)
    both = low.notna() & high.notna()
    same = both & (low == high).fillna(False)
    out[same] = lo[same]
    rng = both & ~same
    out[rng] = lo[rng] + "–" + hi[rng]
    only_high = high.notna() & low.isna()
    out[only_high] = "up to " + hi[only_high]
    only_low = low.notna() & high.isna()
    out[only_low] = "at least " + lo[only_low]
    daily = (claims["unit"] == "people_per_day").to_numpy() & (out != "").to_numpy()
    out[daily] = out[daily] + " a day"
    out[out == ""] = "no figure"
    return out


def _excerpts(quotes: pd.Series, limit: int = 120) -> np.ndarray:
    flat = quotes.str.replace(r"\s+", " ", regex=True)
    long = flat.str.len() > limit
    flat[long] = flat[long].str.slice(0, limit - 1) + "…"
    return flat.to_numpy(dtype=object)


def _rank(values: np.ndarray) -> np.ndarray:
    """Sort ranks of strings (case-insensitive), as floats so they can be negated."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).str.casefold(), sort=True)
    return codes.astype(np.float64)
