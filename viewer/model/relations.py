"""How the claims on one flow relate: agrees, differs, denies."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd



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


def related_rows(view, row: int, limit: int = 12) -> tuple[list[tuple[int, str]], int]:
    """Up to ``limit`` other claims on the same flow (largest figures first), each with
    its relation to the claim at ``row``, and how many there are in all."""
    rows = view.flow_rows(row)
    rows = rows[rows != row]
    top = rows[np.argsort(-view.figure_key[rows], kind="stable")][:limit]
    me = view.record(row)
    return [(int(r), relation(me, view.record(int(r)))) for r in top], len(rows)
