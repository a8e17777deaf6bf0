"""Flows: how claims add up, as the format's "Flows" section defines."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .figures import is_vague
from ..reading.strcol import STR, arrow, factorize

FLOW_KEY = ["origin", "destination", "metric", "unit"]
FLOW_COLUMNS = FLOW_KEY + ["claims", "low", "high", "denied_by"]


def compute_flows(claims: pd.DataFrame) -> pd.DataFrame:
    """The flows of the claims (see flows_and_groups)."""
    return flows_and_groups(claims)[0]


def flows_and_groups(claims: pd.DataFrame, ids: np.ndarray | None = None) -> tuple[pd.DataFrame, np.ndarray]:
    """One row per flow key, sorted by origin, destination, metric and unit.

    ``claims`` and ``denied_by`` are sorted lists of claim ids; ``low`` and
    ``high`` pool both bounds of every asserting claim (nullable integers),
    except that a side no claim bounds stays open (null): with no
    ``value_low`` among them ``low`` is null, with no ``value_high`` ``high``.
    Beyond the format's summary, ``open_low`` is true when no asserting claim
    gives a lower bound but one gives an upper bound (every figure is "up
    to"), ``open_high`` the other way round ("at least").
    ``worded`` is the vague wording ("tens of thousands") that every asserting
    claim with a figure in the flow shares, or "" (see figures.is_vague).

    Also returns each claim's flow: its row in the flows before they are
    sorted (-1 for a claim that neither asserts nor denies). ``ids``, the
    claim ids as Python strings if the caller has them, are shared by the lists.

    Vectorised: claims are grouped by the codes of their key, and the id lists
    are cut from one sorted array, so a million claims cost no per-claim Python.
    """
    empty = _no_flows()
    if claims.empty:
        return empty, np.zeros(0, dtype=np.int64)
    stance = claims["stance"]
    asserts, denies = _equals(stance, "asserts"), _equals(stance, "denies")
    counted = asserts | denies
    group, keys = _groups(claims, counted)
    if not len(keys):
        return empty, group
    n_groups = len(keys)
    low = claims["value_low"].to_numpy(dtype=np.float64, na_value=np.nan)
    high = claims["value_high"].to_numpy(dtype=np.float64, na_value=np.nan)
    a = np.flatnonzero(asserts)
    pooled_low = np.full(n_groups, np.nan)
    pooled_high = np.full(n_groups, np.nan)
    with np.errstate(invalid="ignore"):
        np.fmin.at(pooled_low, group[a], np.fmin(low[a], high[a]))
        np.fmax.at(pooled_high, group[a], np.fmax(low[a], high[a]))
    has_low = np.bincount(group[a], weights=~np.isnan(low[a]), minlength=n_groups) > 0
    has_high = np.bincount(group[a], weights=~np.isnan(high[a]), minlength=n_groups) > 0
    id_data = arrow(claims["claim_id"])
    rank = np.empty(len(claims), dtype=np.int64)
    rank[pc.sort_indices(id_data).to_numpy()] = np.arange(len(claims))   # claim ids in sorted order
    if ids is None:
        ids = id_data
    # A side no claim bounds stays open (format 1.1): "up to 700,000" alone runs from null to 700,000.
    pooled_low[~has_low] = np.nan
    pooled_high[~has_high] = np.nan
    flows = keys.assign(claims=_id_lists(ids, group, rank, a, n_groups),
                        low=_whole(pooled_low), high=_whole(pooled_high),
                        denied_by=_id_lists(ids, group, rank, np.flatnonzero(denies), n_groups))
    flows["open_low"] = ~has_low & has_high
    flows["open_high"] = ~has_high & has_low
    codes, uniques = vague_codes(claims["value_text"] if "value_text" in claims else None, len(claims))
    gives = a[~(np.isnan(low[a]) & np.isnan(high[a]))]
    least = np.full(n_groups, np.iinfo(np.int64).max)
    most = np.full(n_groups, -2)
    np.minimum.at(least, group[gives], codes[gives])
    np.maximum.at(most, group[gives], codes[gives])
    flows["worded"] = shared_wording(least, most, uniques)
    flows = flows.sort_values(FLOW_KEY, kind="stable").reset_index(drop=True)
    return flows[FLOW_COLUMNS + ["open_low", "open_high", "worded"]], group


def _no_flows() -> pd.DataFrame:
    """The flows of no claim, typed as the flows of some (an edit adding a dataset's first claims mends this
    frame: with every column of objects, its figures stayed objects)."""
    kinds = {"claims": object, "low": "Int64", "high": "Int64", "denied_by": object, "open_low": bool,
             "open_high": bool}
    return pd.DataFrame({name: pd.Series(dtype=kinds.get(name, STR))
                         for name in FLOW_COLUMNS + ["open_low", "open_high", "worded"]})


def vague_codes(value_text: pd.Series | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``n`` claims' vague wording (``value_text``, if any) as a code into the distinct wordings
    returned (-1: none, or not vague)."""
    if value_text is None:
        return np.full(n, -1, dtype=np.int64), np.zeros(0, dtype=object)
    codes, uniques = factorize(value_text)
    vague = np.fromiter((is_vague(text) for text in uniques), dtype=bool, count=len(uniques))
    return np.where(vague[codes] if len(codes) else np.zeros(0, dtype=bool), codes, -1), uniques


def shared_wording(least: np.ndarray, most: np.ndarray, uniques: np.ndarray) -> np.ndarray:
    """Per flow, the vague wording all its claims with a figure share ("" if they do not), from the least
    and most of their codes (as vague_codes gives them)."""
    shared = (least == most) & (least >= 0)
    table = np.append(np.asarray(uniques, dtype=object), "")
    return table[np.where(shared, least, len(table) - 1)]


def _equals(values: pd.Series, text: str) -> np.ndarray:
    return np.asarray(values == text, dtype=bool)


def _groups(claims: pd.DataFrame, counted: np.ndarray) -> tuple[np.ndarray, pd.DataFrame]:
    """Each claim's flow (a number; -1 where not counted) and the key of each flow."""
    codes, uniques = [], []
    for name in FLOW_KEY:
        c, u = factorize(claims[name])
        codes.append(c)
        uniques.append(u)
    combined = np.zeros(len(claims), dtype=np.int64)
    for c, u in zip(codes, uniques):
        combined = combined * max(len(u), 1) + c
    size = int(np.prod([max(len(u), 1) for u in uniques], dtype=np.float64))
    if size <= 4 * len(claims) + 1024:   # number the keys present through a table: no sort
        seen = np.bincount(combined[counted], minlength=size) > 0
        present = np.flatnonzero(seen)
        number = np.full(size, -1, dtype=np.int64)
        number[present] = np.arange(len(present))
        every = np.where(counted, number[combined], -1)
    else:
        present, group = np.unique(combined[counted], return_inverse=True)
        every = np.full(len(claims), -1, dtype=np.int64)
        every[counted] = group
    keys = {}
    rest = present
    for name, u in reversed(list(zip(FLOW_KEY, uniques))):
        rest, code = np.divmod(rest, max(len(u), 1))
        keys[name] = pd.Series(u[code], dtype=STR)
    return every, pd.DataFrame({name: keys[name] for name in FLOW_KEY})


def _id_lists(ids, group: np.ndarray, rank: np.ndarray, rows: np.ndarray, n_groups: int) -> list[list[str]]:
    """For each flow, the sorted ids of ``rows`` in it."""
    rows = rows[np.lexsort((rank[rows], group[rows]))]
    ordered = ids[rows].tolist() if isinstance(ids, np.ndarray) else ids.take(pa.array(rows, type=pa.int64())).to_pylist()
    ends = np.cumsum(np.bincount(group[rows], minlength=n_groups)).tolist()
    return [ordered[start:end] for start, end in zip([0] + ends[:-1], ends)]


def _whole(values: np.ndarray) -> pd.arrays.IntegerArray:
    missing = np.isnan(values)
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing)


def flows_records(flows: pd.DataFrame) -> list[dict]:
    """The flows as the format's JSON summary: fixed key order, null for no figure and for a side
    no claim bounds (format 1.1: "up to 700,000" alone runs from null to 700,000)."""
    out = []
    for row in flows.itertuples(index=False):
        low = None if getattr(row, "open_low", False) else _int_or_none(row.low)
        high = None if getattr(row, "open_high", False) else _int_or_none(row.high)
        out.append({
            "origin": row.origin, "destination": row.destination, "metric": row.metric, "unit": row.unit,
            "claims": list(row.claims), "low": low, "high": high,
            "denied_by": list(row.denied_by),
        })
    return out


def _int_or_none(value) -> int | None:
    return None if value is pd.NA or value is None or (isinstance(value, float) and np.isnan(value)) else int(value)
