"""The date filters in words, as the table's filter bar, the pictures and the reports name them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model.state import Filters
from ..model.flows.wording import ENGLISH, Wording

translate = QCoreApplication.translate


def range_words(filters: Filters, words: Wording = ENGLISH) -> str:
    """The published-date range: "published 25 Sep 2022 – 4 Oct 2022" ("" for none)."""
    start, end = filters.published_from, filters.published_to
    if start is not None and end is not None:
        return translate("Exports", "published {start} – {end}").format(start=words.day(start), end=words.day(end))
    if start is not None:
        return translate("Exports", "published from {start}").format(start=words.day(start))
    if end is not None:
        return translate("Exports", "published until {end}").format(end=words.day(end))
    return ""


def date_words(filters: Filters, words: Wording = ENGLISH) -> str:
    """The range and the "as of" day in words ("" for neither)."""
    parts = [range_words(filters, words)]
    if filters.as_of is not None:
        parts.append(translate("Exports", "as of {day}").format(day=words.day(filters.as_of)))
    return ", ".join(p for p in parts if p)
