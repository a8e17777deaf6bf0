"""The map as of a day: the layout's arrows worded, sized and marked from the flows known then (no Qt).

The map keeps every place the dataset names (so the frame does not jump as the
days go by); an arrow with no claim yet keeps its name and no figure. The
arrows' claim lists are :class:`~viewer.model.as_of.IdList` slices, never copied.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .as_of import IdList
from .map_layout import MIN_WIDTH_PX, MOVING_IN, Arrow, MapLayout, flow_lines, width_px
from .wording import ENGLISH, Wording


def as_of_arrows(layout: MapLayout, flows: pd.DataFrame,
                 words: Wording = ENGLISH) -> tuple[list[Arrow], Arrow | None, float]:
    """The layout's arrows (and abroad's) from ``flows`` (FlowsByDay.at), and the scale of their widths."""
    groups: dict[tuple[str, str], pd.DataFrame] = {}
    if len(flows):
        keys = list(zip(flows["origin"].tolist(), flows["destination"].tolist()))
        starts = [i for i in range(len(keys)) if i == 0 or keys[i] != keys[i - 1]]
        for a, b in zip(starts, starts[1:] + [len(keys)]):
            groups[keys[a]] = flows.iloc[a:b]
    values = {key: _value(group) for key, group in groups.items()}
    scale_max = max((v for v in values.values() if v is not None), default=0.0)

    def shown(arrow: Arrow) -> Arrow:
        key = (arrow.origin, arrow.destination)
        group = groups.get(key)
        if group is None:
            return replace(arrow, lines=[], value=None, per_day=False, claims=[], denied_by=[], width=MIN_WIDTH_PX)
        value = values[key]
        return replace(arrow, lines=flow_lines(group, words), value=value,
                       per_day=bool(value is None and (group["unit"] == "people_per_day").any()),
                       claims=IdList.join(list(group["claims"])), denied_by=IdList.join(list(group["denied_by"])),
                       width=width_px(value, scale_max))

    return [shown(a) for a in layout.arrows], (shown(layout.abroad) if layout.abroad else None), scale_max


def _value(flows: pd.DataFrame) -> float | None:
    """As map_layout.arrow_value, on plain arrays (a few flows per arrow)."""
    unit = flows["unit"].to_numpy(dtype=object)
    metric = flows["metric"].to_numpy(dtype=object)
    high = flows["high"].to_numpy(dtype=np.float64, na_value=np.nan)
    people = unit == "people"
    moving = people & np.isin(metric, MOVING_IN)
    pool = moving if (~np.isnan(high[moving])).any() else people
    highs = high[pool]
    highs = highs[~np.isnan(highs)]
    return float(highs.max()) if len(highs) else None
