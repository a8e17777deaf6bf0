"""What changed, as typed messages: each change names what it touched, so a view updates only that.

The session (viewer.model.session) announces these to its listeners; the Qt side passes them on
as signals. A change is small and immutable: the ids it names, never the data itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """Base of every change; ``version`` is the session's version once the change is made."""

    version: int = 0


@dataclass(frozen=True)
class DatasetOpened(Change):
    """A dataset was opened, or read again whole: everything may have changed."""


@dataclass(frozen=True)
class ClaimsChanged(Change):
    """Some claims changed in place (``ids``), were added (``added``) or removed (``removed``).

    ``columns`` names the columns that changed in place (None: any of them).
    """

    ids: frozenset[str] = frozenset()
    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    columns: frozenset[str] | None = None

    @property
    def rows_changed(self) -> bool:
        """True when claims were added or removed (a view's rows change, not only their cells)."""
        return bool(self.added or self.removed)

    def __bool__(self) -> bool:
        return bool(self.ids or self.added or self.removed)


@dataclass(frozen=True)
class SourcesChanged(Change):
    """Some sources changed, were added or removed (their claims are announced apart)."""

    ids: frozenset[str] = frozenset()
    columns: frozenset[str] | None = None


@dataclass(frozen=True)
class ProblemsChanged(Change):
    """The dataset's problems changed (an edit made or mended one)."""


@dataclass(frozen=True)
class SelectionChanged(Change):
    claim_id: str | None = None


@dataclass(frozen=True)
class OrderChanged(Change):
    """The visible order was made again (the sort, the filters or the language changed)."""


@dataclass(frozen=True)
class FiltersChanged(Change):
    """The filters changed (announced after the OrderChanged they cause)."""


@dataclass(frozen=True)
class WordsChanged(Change):
    """The interface language changed: text made from the data must be made again."""


__all__ = ["Change", "ClaimsChanged", "DatasetOpened", "FiltersChanged", "OrderChanged", "ProblemsChanged",
           "SelectionChanged", "SourcesChanged", "WordsChanged"]
