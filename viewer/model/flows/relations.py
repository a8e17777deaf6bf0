"""How the claims on one flow relate: agrees, differs, denies."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd

from ..timeline.as_of import as_of_mask


def interval(low, high) -> tuple[float, float] | None:
    """A claim's figure as a closed interval: "up to X" is [0, X], "at least X" is [X, inf)."""
    has_low, has_high = not pd.isna(low), not pd.isna(high)
    if not has_low and not has_high:
        return None
    return (float(low) if has_low else 0.0, float(high) if has_high else math.inf)


def named_figure(low, high) -> tuple[float, float] | None:
    """The figure a claim names, without what "up to" or "at least" imply: "up to 700,000" names
    700,000, "at least 500,000" names 500,000, "600,000 to 700,000" names that span."""
    has_low, has_high = not pd.isna(low), not pd.isna(high)
    if not has_low and not has_high:
        return None
    return (float(low if has_low else high), float(high if has_high else low))


def _denied_by(asserted: dict, denial: dict) -> bool:
    """Whether ``denial`` disputes ``asserted``: a denial with no figure disputes the flow as a
    whole; one that names a figure disputes only the claims whose range holds that figure."""
    named = named_figure(denial["value_low"], denial["value_high"])
    if named is None:
        return True
    held = interval(asserted["value_low"], asserted["value_high"])
    return held is not None and held[0] <= named[1] and named[0] <= held[1]


def relation(a: dict, b: dict) -> str:
    """How claim ``b`` relates to the selected claim ``a`` on the same flow.

    "denies" when ``b`` is a denial that disputes ``a``; "disputed" when ``a`` is a denial that
    disputes ``b`` (see ``_denied_by``); otherwise "agrees" when the ranges overlap (or a side gives
    no figure, or a denial and an assertion do not dispute each other) and "differs" when they do not.
    """
    a_denies, b_denies = a["stance"] == "denies", b["stance"] == "denies"
    if a_denies != b_denies:
        denial, asserted = (b, a) if b_denies else (a, b)
        if _denied_by(asserted, denial):
            return "denies" if b_denies else "disputed"
        return "agrees"
    ia, ib = interval(a["value_low"], a["value_high"]), interval(b["value_low"], b["value_high"])
    if ia is None or ib is None:
        return "agrees"
    return "agrees" if ia[0] <= ib[1] and ib[0] <= ia[1] else "differs"


def related_rows(view, row: int, limit: int = 12,
                 as_of: date | None = None) -> tuple[list[tuple[int, str]], int, int]:
    """Up to ``limit`` other claims on the same flow (largest figures first), each with
    its relation to the claim at ``row``, how many there are in all, and how many were left out as published
    after ``as_of`` (only the claims published by that day count, as the index's "as of" takes them)."""
    rows = view.flow_rows(row)
    rows = rows[rows != row]
    everyone = len(rows)
    if as_of is not None:
        rows = rows[as_of_mask(view.day[rows], as_of)]
    top = rows[np.argsort(-view.figure_key[rows], kind="stable")][:limit]
    me = view.record(row)
    return [(int(r), relation(me, view.record(int(r)))) for r in top], len(rows), everyone - len(rows)
