"""The one selection and filter state that every view follows (no Qt).

Views write to it and subscribe to it; they never talk to each other. Each
setter is a no-op when the value does not change, so a view that writes back
what it was just told cannot start an echo loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

Listener = Callable[[str], None]

EVENTS = ("claim", "filters", "sort")


@dataclass(frozen=True)
class Filters:
    """What the table and chart show: every field empty means everything."""

    destination: str | None = None
    """A destination (canonical codes, "" = abroad as a whole) or None for all."""
    text: str = ""
    metrics: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()
    claimant_types: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    published_from: date | None = None
    """Claims whose source was published on this day or later (None: no lower end)."""
    published_to: date | None = None
    """Claims whose source was published on this day or earlier (None: no upper end)."""
    as_of: date | None = None
    """The story as known on this day: claims published by then (None: now, every claim).
    Not a filter a person clears with the others: "now" returns from it."""

    @property
    def active(self) -> bool:
        return self != Filters()

    @property
    def narrowed(self) -> bool:
        """Any filter but "as of" is set (what clearing the filters clears)."""
        return replace(self, as_of=None) != Filters()


@dataclass
class SelectionState:
    """The selected claim, the filters and the table's sort, with listeners per event."""

    claim_id: str | None = None
    filters: Filters = field(default_factory=Filters)
    sort_column: str = "published"
    sort_ascending: bool = True
    _listeners: dict[str, list[Listener]] = field(default_factory=lambda: {e: [] for e in EVENTS}, repr=False)

    def subscribe(self, event: str, listener: Listener) -> None:
        """Call ``listener(event)`` whenever ``event`` ("claim", "filters", "sort") changes."""
        self._listeners[event].append(listener)

    def unsubscribe(self, event: str, listener: Listener) -> None:
        if listener in self._listeners[event]:
            self._listeners[event].remove(listener)

    def _emit(self, event: str) -> None:
        for listener in list(self._listeners[event]):
            listener(event)

    def select(self, claim_id: str | None) -> None:
        if claim_id != self.claim_id:
            self.claim_id = claim_id
            self._emit("claim")

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self._emit("filters")

    def update_filters(self, **changes) -> None:
        """Change some filter fields, e.g. ``update_filters(destination="GEO")``."""
        self.set_filters(replace(self.filters, **changes))

    def clear_filters(self) -> None:
        """Clear every filter; "as of" stays (it has its own "now")."""
        self.set_filters(Filters(as_of=self.filters.as_of))

    def set_as_of(self, day: date | None) -> None:
        """Show the story as known on ``day`` (None: now)."""
        self.update_filters(as_of=day)

    def sort_by(self, column: str, ascending: bool = True) -> None:
        if (column, ascending) != (self.sort_column, self.sort_ascending):
            self.sort_column, self.sort_ascending = column, ascending
            self._emit("sort")

    def reset(self) -> None:
        """Forget the selection and filters (a new dataset was opened)."""
        self.select(None)
        self.set_filters(Filters())
