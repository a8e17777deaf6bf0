"""How the claims on one flow relate: agrees, differs, denies."""

from __future__ import annotations

import math

import pandas as pd

from .flows import FLOW_KEY


def interval(low, high) -> tuple[float, float] | None:
    """A claim's figure as a closed interval: "up to X" is [0, X], "at least X" is [X, inf)."""
    has_low, has_high = not pd.isna(low), not pd.isna(high)
    if not has_low and not has_high:
        return None
    return (float(low) if has_low else 0.0, float(high) if has_high else math.inf)


def relation(a: dict, b: dict) -> str:
    """How claim ``b`` relates to the selected claim ``a`` on the same flow.

    "denies" when ``b`` denies what ``a`` asserts; "disputed" when ``a`` is the
    denial and ``b`` asserts; otherwise "agrees" when the ranges overlap (or a
    side gives no figure) and "differs" when they do not.
    """
    if b["stance"] == "denies" and a["stance"] != "denies":
        return "denies"
    if a["stance"] == "denies" and b["stance"] != "denies":
        return "disputed"
    ia, ib = interval(a["value_low"], a["value_high"]), interval(b["value_low"], b["value_high"])
    if ia is None or ib is None:
        return "agrees"
    return "agrees" if ia[0] <= ib[1] and ib[0] <= ia[1] else "differs"


def related_claims(claims: pd.DataFrame, claim_id: str) -> list[tuple[str, str]]:
    """The other claims on the selected claim's flow, each with its relation."""
    rows = claims[claims["claim_id"] == claim_id]
    if rows.empty:
        return []
    me = rows.iloc[0]
    same = claims
    for key in FLOW_KEY:
        same = same[same[key] == me[key]]
    me = me.to_dict()
    return [(other["claim_id"], relation(me, other))
            for other in same.to_dict("records") if other["claim_id"] != claim_id]
