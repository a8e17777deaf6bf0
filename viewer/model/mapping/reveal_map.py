"""What the map of a presentation that reveals claims one at a time may show: only what it has shown.

At a step, a flow the presentation has passed shows the figures of all its
claims shown; the current flow those of its claims shown so far; a flow not
reached yet shows its name alone, and its arrow no width of its own. Arrow
widths and the legend's scale come from the figures shown, so nothing on the
map gives away a figure still to come. All on arrays: a step costs a few
vectorised reductions over the claims shown, never a loop per claim.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ..flows.compute import FLOW_KEY, shared_wording, vague_codes
from .map_layout import MIN_WIDTH_PX, Arrow, MapLayout, arrow_value, flow_line_parts, width_px
from ..reports.presentation import Steps, flow_groups
from ..flows.wording import ENGLISH, Wording


class RevealedFlows:
    """The flows of the claims shown up to each step of a reveal (each flow's steps together)."""

    def __init__(self, view, steps: Steps):
        if not steps.reveal:
            raise ValueError("RevealedFlows needs the steps of a reveal, where each flow's claims come together")
        rows = np.asarray(steps.rows, dtype=np.int64)
        self.ids = view.col["claim_id"][rows]
        stance = view.col["stance"][rows]
        self.asserts = stance == "asserts"
        self.denies = stance == "denies"
        low, high = view.low[rows], view.high[rows]
        # As the format's flows pool them: both bounds of every asserting claim.
        self.low = np.where(self.asserts, np.fmin(low, high), np.nan)
        self.high = np.where(self.asserts, np.fmax(low, high), np.nan)
        self.gives_low = self.asserts & ~np.isnan(low)
        self.gives_high = self.asserts & ~np.isnan(high)
        text = view.claims["value_text"].iloc[rows] if "value_text" in view.claims else None
        codes, self.wordings = vague_codes(text, len(rows))
        gives = self.gives_low | self.gives_high
        self.least = np.where(gives, codes, np.iinfo(np.int64).max)   # of the wordings of claims with a figure
        self.most = np.where(gives, codes, -2)
        group = flow_groups(view)[rows]
        begins = np.ones(len(rows), dtype=bool)
        begins[1:] = group[1:] != group[:-1]
        self.starts = np.flatnonzero(begins)
        """The step where each flow's claims begin."""
        self.keys = {name: view.col[name][rows[self.starts]] for name in FLOW_KEY}

    def at(self, step: int) -> pd.DataFrame:
        """The flows as far as shown at ``step``: one row per flow reached, sorted by flow key, with the
        columns of the format's flows (``claims`` and ``denied_by`` the ids shown; ``low``/``high`` as floats)
        and ``open_low``, ``open_high`` and ``worded`` as ``flows_and_groups`` gives them."""
        end = step + 1
        reached = int(np.searchsorted(self.starts, end))
        starts = self.starts[:reached]
        bounds = np.append(starts, end)
        if reached:
            low = np.fmin.reduceat(self.low[:end], starts)
            high = np.fmax.reduceat(self.high[:end], starts)
            gives_low = np.logical_or.reduceat(self.gives_low[:end], starts)
            gives_high = np.logical_or.reduceat(self.gives_high[:end], starts)
            worded = shared_wording(np.minimum.reduceat(self.least[:end], starts),
                                    np.maximum.reduceat(self.most[:end], starts), self.wordings)
        else:
            low = high = np.zeros(0)
            gives_low = gives_high = np.zeros(0, dtype=bool)
            worded = np.zeros(0, dtype=object)
        spans = list(zip(bounds[:-1], bounds[1:]))
        frame = pd.DataFrame({name: values[:reached] for name, values in self.keys.items()})
        frame["claims"] = [self.ids[a:b][self.asserts[a:b]].tolist() for a, b in spans]
        low, high = np.where(gives_low, low, np.nan), np.where(gives_high, high, np.nan)   # an open side stays open
        frame["low"], frame["high"] = low, high
        frame["denied_by"] = [self.ids[a:b][self.denies[a:b]].tolist() for a, b in spans]
        frame["open_low"] = ~gives_low & gives_high
        frame["open_high"] = ~gives_high & gives_low
        frame["worded"] = worded
        return frame.sort_values(FLOW_KEY, kind="stable").reset_index(drop=True)


def revealed_arrows(layout: MapLayout, flows: pd.DataFrame,
                    words: Wording = ENGLISH) -> tuple[list[Arrow], Arrow | None, float]:
    """The layout's arrows (and abroad's) worded and sized from ``flows`` alone, and their scale.

    Lines leave the denials out (the map's marks count those shown); an arrow none of whose flows
    is in ``flows`` keeps its name and no figure.
    """
    groups = dict(iter(flows.groupby(["origin", "destination"], sort=False))) if len(flows) else {}
    keys = [(a.origin, a.destination) for a in layout.arrows] + ([(layout.origin, "")] if layout.abroad else [])
    values = {key: arrow_value(groups[key]) for key in keys if key in groups}
    scale_max = max((v for v in values.values() if v is not None), default=0.0)

    def shown(arrow: Arrow) -> Arrow:
        key = (arrow.origin, arrow.destination)
        group = groups.get(key)
        if group is None:
            return replace(arrow, lines=[], small=[], value=None, per_day=False, claims=[], denied_by=[], width=MIN_WIDTH_PX)
        value = values[key]
        parts = flow_line_parts(group, words, denials=False)
        return replace(arrow, lines=[line for line, _s in parts], small=[s for _l, s in parts], value=value,
                       per_day=bool(value is None and (group["unit"] == "people_per_day").any()),
                       claims=[c for cs in group["claims"] for c in cs],
                       denied_by=[c for cs in group["denied_by"] for c in cs], width=width_px(value, scale_max))

    return [shown(a) for a in layout.arrows], (shown(layout.abroad) if layout.abroad else None), scale_max
