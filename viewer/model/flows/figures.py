"""Figures as people read them: "600,000–700,000", "up to 700,000", "no figure", and a vague wording
("tens of thousands") ahead of the bounds it was given."""

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


def is_vague(value_text) -> bool:
    """Whether a claim's wording gives its figure in words alone ("tens of thousands", "hundreds"), with no
    number: its bounds (10,000–99,999) are then the dataset's reading of it, and shown as such."""
    text = "" if not _present(value_text) else str(value_text).strip()
    return bool(text) and not any(c.isdigit() for c in text)


def worded_figure(value_text, low, high, unit: str = "people", words: Wording = ENGLISH) -> tuple[str, str]:
    """What leads and what follows in small type: a vague wording, quoted, then its bounds
    ('“Tens of thousands”', "10,000–99,999"); else the bounds alone ("up to 700,000", "")."""
    bounds = format_range(low, high, unit, words)
    if is_vague(value_text) and (_present(low) or _present(high)):
        return words.worded.format(text=" ".join(str(value_text).split())), bounds
    return bounds, ""


def with_bounds(lead: str, bounds: str, words: Wording = ENGLISH) -> str:
    """Both on one line of plain text: '“Tens of thousands” (10,000–99,999)'."""
    return words.with_bounds.format(worded=lead, bounds=bounds) if bounds else lead


def figure_words(view, row: int, words: Wording = ENGLISH) -> tuple[str, str]:
    """A claim's figure (row ``row`` of a ClaimsIndex) as it leads, and the bounds that follow in small type
    where its wording is vague ('“Tens of thousands”', "10,000–99,999"); else the bounds and ""."""
    return worded_figure(view.col["value_text"][row], view.low[row], view.high[row], view.col["unit"][row], words)
