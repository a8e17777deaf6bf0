"""Figures as people read them: "600,000–700,000", "up to 700,000", "no figure"."""

from __future__ import annotations

import pandas as pd


def _present(value) -> bool:
    return value is not None and value is not pd.NA and value == value  # NaN != NaN


def format_count(value) -> str:
    return f"{int(value):,}"


def format_range(low, high, unit: str = "people") -> str:
    """A claim's or flow's bounds in words; daily rates get "a day"."""
    has_low, has_high = _present(low), _present(high)
    if has_low and has_high:
        text = format_count(low) if low == high else f"{format_count(low)}–{format_count(high)}"
    elif has_high:
        text = f"up to {format_count(high)}"
    elif has_low:
        text = f"at least {format_count(low)}"
    else:
        return "no figure"
    return text + (" a day" if unit == "people_per_day" else "")


def flow_figure(low, high, unit: str = "people", open_low: bool = False, open_high: bool = False) -> str:
    """A flow's range as the map words it: "up to 700,000" when no claim gives a lower bound."""
    return format_range(None if open_low else low, None if open_high else high, unit)
