"""Which figures of an article no claim uses yet (for the source pane's "7 figures not yet claimed")."""

from __future__ import annotations

from collections.abc import Iterable

from .scan import Figure


def unclaimed(figures: list[Figure], claims: Iterable[tuple[int, int, int | None, int | None]]) -> list[Figure]:
    """The figures that lie inside no claim's quote with the same bounds.

    ``claims`` gives each claim of the article as (quote_start, quote_end,
    value_low, value_high) in the text's offsets; a claim without a figure
    uses none.
    """
    used = [(s, e, lo, hi) for s, e, lo, hi in claims if lo is not None or hi is not None]
    return [f for f in figures
            if not any(s <= f.start and f.end <= e and (lo, hi) == (f.low, f.high) for s, e, lo, hi in used)]
