"""The map as of a day: the layout's arrows worded, sized and marked from the flows known then (no Qt).

The map keeps every place the dataset names (so the frame does not jump as the
days go by); an arrow with no claim yet keeps its name and no figure. The
arrows' claim lists are :class:`~viewer.model.timeline.as_of.IdList` slices, never copied.
"""

from __future__ import annotations

import pandas as pd

from .as_of import IdList
from ..mapping.map_layout import Arrow, MapLayout, with_flows
from ..flows.wording import ENGLISH, Wording


def as_of_arrows(layout: MapLayout, flows: pd.DataFrame,
                 words: Wording = ENGLISH) -> tuple[list[Arrow], Arrow | None, float]:
    """The layout's arrows (and abroad's) from ``flows`` (FlowsByDay.at), and the scale of their widths: worded
    as the layout's are (the bounds of a vague wording in small type, the denials left to the map's mark)."""
    shown = with_flows(layout, flows, words, join=IdList.join)
    return shown.arrows, shown.abroad, shown.scale_max
