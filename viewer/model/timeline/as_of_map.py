"""The map as of a day: the layout's arrows worded, sized and marked from the flows known then (no Qt).

The map keeps every place the dataset names (so the frame does not jump as the
days go by); an arrow with no claim yet keeps its name and no figure. The
arrows' claim lists are :class:`~viewer.model.timeline.as_of.IdList` slices, never copied.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .as_of import IdList
from ..mapping.map_layout import MIN_WIDTH_PX, MOVING_IN, Arrow, MapLayout, flow_lines, width_px
from ..flows.wording import ENGLISH, Wording


def as_of_arrows(layout: MapLayout, flows: pd.DataFrame,
                 words: Wording = ENGLISH) -> tuple[list[Arrow], Arrow | None, float]:
    """The layout's arrows (and abroad's) from ``flows`` (FlowsByDay.at), and the scale of their widths."""
    groups: dict[tuple[str, str], _Flows] = {}
    if len(flows):
        rows = list(flows.itertuples(index=False))   # (once: a few hundred flows, not a frame per arrow)
        keys = [(row.origin, row.destination) for row in rows]
        starts = [i for i in range(len(keys)) if i == 0 or keys[i] != keys[i - 1]]
        for a, b in zip(starts, starts[1:] + [len(keys)]):
            groups[keys[a]] = _Flows(rows[a:b])
    values = {key: _value(group) for key, group in groups.items()}
    scale_max = max((v for v in values.values() if v is not None), default=0.0)

    def shown(arrow: Arrow) -> Arrow:
        key = (arrow.origin, arrow.destination)
        group = groups.get(key)
        if group is None:
            return replace(arrow, lines=[], value=None, per_day=False, claims=[], denied_by=[], width=MIN_WIDTH_PX)
        value = values[key]
        return replace(arrow, lines=flow_lines(group, words), value=value,
                       per_day=bool(value is None and any(row.unit == "people_per_day" for row in group.rows)),
                       claims=IdList.join([row.claims for row in group.rows]),
                       denied_by=IdList.join([row.denied_by for row in group.rows]),
                       width=width_px(value, scale_max))

    return [shown(a) for a in layout.arrows], (shown(layout.abroad) if layout.abroad else None), scale_max


class _Flows:
    """A few flows as rows, read as map_layout.flow_lines reads a frame (``itertuples``)."""

    def __init__(self, rows: list):
        self.rows = rows

    def itertuples(self, index: bool = False):
        return iter(self.rows)


def _value(flows: _Flows) -> float | None:
    """As map_layout.arrow_value: the largest high of the people moving in, else of any people."""
    people = [row for row in flows.rows if row.unit == "people"]
    moving = [row for row in people if row.metric in MOVING_IN and not _missing(row.high)]
    highs = [float(row.high) for row in (moving or people) if not _missing(row.high)]
    return max(highs) if highs else None


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))
