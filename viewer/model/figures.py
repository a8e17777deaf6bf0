"""Figures as people read them: "600,000–700,000", "up to 700,000", "no figure"."""

from __future__ import annotations

import pandas as pd

from .wording import ENGLISH, Wording


def _present(value) -> bool:
    return value is not None and value is not pd.NA and value == value  # NaN != NaN


def format_count(value, words: Wording = ENGLISH) -> str:
    return f"{int(value):,}".replace(",", words.thousands)


def format_range(low, high, unit: str = "people", words: Wording = ENGLISH) -> str:
    """A claim's or flow's bounds in words; daily rates get "a day"."""
    has_low, has_high = _present(low), _present(high)
    if has_low and has_high:
        text = (words.single.format(n=format_count(low, words)) if low == high else
                words.span.format(low=format_count(low, words), high=format_count(high, words)))
    elif has_high:
        text = words.up_to.format(n=format_count(high, words))
    elif has_low:
        text = words.at_least.format(n=format_count(low, words))
    else:
        return words.no_figure
    return words.per_day.format(figure=text) if unit == "people_per_day" else text


def flow_figure(low, high, unit: str = "people", open_low: bool = False, open_high: bool = False,
                words: Wording = ENGLISH) -> str:
    """A flow's range as the map words it: "up to 700,000" when no claim gives a lower bound."""
    return format_range(None if open_low else low, None if open_high else high, unit, words)
