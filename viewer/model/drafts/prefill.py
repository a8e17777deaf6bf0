"""The claim form filled in from the figure finder and the drafts: for a figure (A on the source pane's list)
or for selected words holding one (C). Pure: the window only shows what these return.

Each returns ``(cells, guesses)``: the claims.csv cells to fill in, and for the cells that are guesses from
the article's words, how sure the draft is of each (0 to 1). Bounds, unit and wording come from the finder
(the format's table), so they are not guesses.
"""

from __future__ import annotations

from ..finder import Figure, find_figures
from .claim_draft import quote_from_selection
from .draft import Draft, draft_claims

CONTEXT_FIGURES = 12
"""Figures before the one drafted that are drafted with it (a "he said" refers to an earlier claimant)."""

_CACHE: dict[tuple[str, int, int], list[Figure]] = {}
_CACHE_SIZE = 8


def figures_of(key: str, text: str) -> list[Figure]:
    """find_figures(text), remembered per (key, text) for the last few texts (an article read again is not
    scanned again)."""
    k = (key, len(text), hash(text))
    found = _CACHE.get(k)
    if found is None:
        found = find_figures(text)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[k] = found
    return found


def draft_for(text: str, figures: list[Figure], index: int, source: dict | None = None, origin: str = "",
              event_date: str = "") -> Draft:
    """The draft of ``figures[index]``, drafted with the few figures before it (not the whole article)."""
    source = source or {}
    window = figures[max(0, index - CONTEXT_FIGURES):index + 1]
    return draft_claims(text, origin=origin, published=str(source.get("published", "") or ""),
                        byline=str(source.get("byline", "") or ""), outlet=str(source.get("outlet", "") or ""),
                        event_date=event_date, figures=window)[-1]


def figure_cells(figure: Figure) -> dict[str, str]:
    return {"value_low": "" if figure.low is None else str(figure.low),
            "value_high": "" if figure.high is None else str(figure.high),
            "value_text": figure.text, "unit": figure.unit}


GUESSED = ("claimant", "claimant_type", "stance", "metric", "destination", "note")


def _guesses(draft: Draft, names) -> tuple[dict[str, str], dict[str, float]]:
    conf = draft.confidence
    cells, guesses = {}, {}
    for name in names:
        value = getattr(draft, name)
        sure = conf.get("claimant" if name == "claimant_type" else name, 0.0)
        if name in ("claimant", "claimant_type") and not draft.claimant:
            continue
        if name in ("period_start", "note") and not value:
            continue
        cells[name] = value
        guesses[name] = sure
    return cells, guesses


def from_figure(text: str, source_id: str, draft: Draft) -> tuple[dict[str, str], dict[str, float]]:
    """The form's cells for a figure's draft: the clause as the quote (a prefix or suffix only when it occurs
    more than once), the figure's bounds, unit and wording, and the draft's guesses."""
    cells = {"source_id": source_id, **quote_from_selection(text, draft.quote_start, draft.quote_end),
             **figure_cells(draft.figure)}
    guessed, guesses = _guesses(draft, GUESSED + ("period_start",))
    cells.update(guessed)
    guesses["quote"] = draft.confidence.get("quote", 0.6)
    return cells, guesses


def figure_in(figures: list[Figure], start: int, end: int) -> int | None:
    """The index of the first figure wholly inside [start, end); None if none is."""
    for i, fig in enumerate(figures):
        if fig.start >= start and fig.end <= end:
            return i
        if fig.start >= end:
            break
    return None


def from_selection(text: str, source_id: str, start: int, end: int, figures: list[Figure],
                   source: dict | None = None, origin: str = "", event_date: str = ""
                   ) -> tuple[dict[str, str], dict[str, float]]:
    """The form's cells for selected words: the quote is the selection; when a figure lies inside it, its
    bounds, unit and wording, and destination, metric, claimant and stance from its draft (guesses)."""
    cells = {"source_id": source_id, "stance": "asserts", **quote_from_selection(text, start, end)}
    i = figure_in(figures, start, end)
    if i is None:
        return cells, {}
    cells.update(figure_cells(figures[i]))
    draft = draft_for(text, figures, i, source, origin, event_date)
    guessed, guesses = _guesses(draft, GUESSED)
    cells.update(guessed)
    return cells, guesses


__all__ = ["draft_for", "figure_in", "figures_of", "from_figure", "from_selection"]
