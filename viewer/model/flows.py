"""Flows: how claims add up, as the format's "Flows" section defines."""

from __future__ import annotations

import numpy as np
import pandas as pd

FLOW_KEY = ["origin", "destination", "metric", "unit"]
FLOW_COLUMNS = FLOW_KEY + ["claims", "low", "high", "denied_by"]


def compute_flows(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per flow key, sorted by origin, destination, metric and unit.

    ``claims`` and ``denied_by`` are sorted lists of claim ids; ``low`` and
    ``high`` pool both bounds of every asserting claim (nullable integers).
    Beyond the format's summary, ``open_low`` is true when no asserting claim
    gives a lower bound (every figure is "up to"), ``open_high`` when none gives
    an upper bound ("at least"), so a view can word the range as people read it.
    """
    if claims.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in FLOW_COLUMNS + ["open_low", "open_high"]})
    frame = claims[FLOW_KEY + ["claim_id", "stance", "value_low", "value_high"]]
    frame = frame.sort_values("claim_id", kind="stable")
    asserts = frame[frame["stance"] == "asserts"]
    bounds = asserts[["value_low", "value_high"]]
    pooled = asserts[FLOW_KEY].assign(
        claim_id=asserts["claim_id"], lo=bounds.min(axis=1, skipna=True), hi=bounds.max(axis=1, skipna=True),
        has_low=asserts["value_low"].notna(), has_high=asserts["value_high"].notna())
    grouped = pooled.groupby(FLOW_KEY, sort=False)
    asserted = grouped.agg(claims=("claim_id", list), low=("lo", "min"), high=("hi", "max"),
                           has_low=("has_low", "any"), has_high=("has_high", "any"))
    denies = frame[frame["stance"] == "denies"]
    denied = denies.groupby(FLOW_KEY, sort=False).agg(denied_by=("claim_id", list))
    flows = asserted.join(denied, how="outer").reset_index()
    for name in ("claims", "denied_by"):
        flows[name] = [v if isinstance(v, list) else [] for v in flows[name]]
    for name in ("low", "high"):
        flows[name] = flows[name].astype("Int64")
    flows["open_low"] = ~flows["has_low"].fillna(False).astype(bool) & flows["high"].notna()
    flows["open_high"] = ~flows["has_high"].fillna(False).astype(bool) & flows["low"].notna()
    flows = flows.sort_values(FLOW_KEY, kind="stable").reset_index(drop=True)
    return flows[FLOW_COLUMNS + ["open_low", "open_high"]]


def flows_records(flows: pd.DataFrame) -> list[dict]:
    """The flows as the format's JSON summary: fixed key order, null for no figure."""
    out = []
    for row in flows.itertuples(index=False):
        out.append({
            "origin": row.origin, "destination": row.destination, "metric": row.metric, "unit": row.unit,
            "claims": list(row.claims), "low": _int_or_none(row.low), "high": _int_or_none(row.high),
            "denied_by": list(row.denied_by),
        })
    return out


def _int_or_none(value) -> int | None:
    return None if value is pd.NA or value is None or (isinstance(value, float) and np.isnan(value)) else int(value)
