"""The session: what one window shows, as pure state. The document (when editing), the dataset
derived from it, the index of its claims, the selection, the filters, the words and a version.

Views never read each other: they read the session, write to its ``state``, and are told of each
change by a typed message (viewer.model.changes) naming what it touched. The Qt side
(viewer.qt.bridge.AppModel) only turns these messages into signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .changes import (Change, ClaimsChanged, DatasetOpened, FiltersChanged, OrderChanged, ProblemsChanged,
                      SelectionChanged, SourcesChanged, WordsChanged)
from .state import SelectionState
from .flows.wording import ENGLISH, Wording

if TYPE_CHECKING:   # pandas is loaded when a dataset is shown, not before the window's first paint
    from .index.claims_index import ClaimsIndex
    from .reading.dataset import Dataset

Listener = Callable[[Change], None]


class Session:
    """One window's state, announcing each change to its listeners."""

    def __init__(self, words: Wording = ENGLISH):
        self.state = SelectionState()
        self.document = None
        """The viewer.model.document.Document being edited, or None (a dataset only read)."""
        self.dataset: Dataset | None = None
        self.claims_index: ClaimsIndex | None = None
        """The index of the claims every view reads: sort keys, filter masks, the visible order."""
        self.words = words
        self.version = 0
        self._listeners: list[Listener] = []
        self._filters_before = self.state.filters
        self.state.subscribe("claim", self._selected)
        self.state.subscribe("filters", self._refilter)
        self.state.subscribe("sort", self._refilter)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _next(self) -> int:
        self.version += 1
        return self.version

    # --- opening ---------------------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset, view: ClaimsIndex | None = None, *, keep_state: bool = False,
                    document=None) -> None:
        """Show a dataset (and the document it is derived from, when editing).

        ``view`` is its ClaimsIndex if it was built off the GUI thread. ``keep_state`` keeps the
        selection and filters (the same dataset, its quotes now checked); otherwise they are reset.
        """
        if document is not None and document is not self.document:
            if self.document is not None:
                self.document.unsubscribe(self._document_changed)
            self.document = document
            document.subscribe(self._document_changed)
        elif document is None and not keep_state and self.document is not None:
            self.document.unsubscribe(self._document_changed)
            self.document = None
        from .index.claims_index import ClaimsIndex
        self.dataset = dataset
        self.claims_index = view if view is not None else ClaimsIndex(dataset.claims, dataset.sources, self.words)
        self.claims_index.relabel(self.words)   # a view built before the language changed
        selected = self.state.claim_id
        if not keep_state:
            self.state.reset()
        self.claims_index.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
        if keep_state and self.claims_index.row_of(selected) is None:
            self.state.select(None)
        self._announce(DatasetOpened(self._next()))
        if keep_state and self.state.claim_id is not None:
            self._announce(SelectionChanged(self.version, self.state.claim_id))

    def set_words(self, words: Wording) -> None:
        """Word the data in another language: cells, sort order of worded columns, search."""
        if words == self.words:
            return
        self.words = words
        if self.claims_index is not None:
            self.claims_index.relabel(words)
            self.claims_index.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
            self._announce(OrderChanged(self._next()))
        self._announce(WordsChanged(self._next()))

    # --- state ---------------------------------------------------------------------------------------
    def _selected(self, _event: str) -> None:
        self._announce(SelectionChanged(self._next(), self.state.claim_id))

    def _refilter(self, event: str) -> None:
        if self.claims_index is not None:
            self.claims_index.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
            self._announce(OrderChanged(self._next()))
            if event == "filters" and self.claims_index.visible_row_of(self.state.claim_id) is None \
                    and not self._kept_through_time():
                # The selection was filtered out: follow the filter to its first claim.
                self.state.select(self.claims_index.first_claim_id())
        self._filters_before = self.state.filters
        if event == "filters":
            self._announce(FiltersChanged(self._next()))

    def _kept_through_time(self) -> bool:
        """A claim hidden only by the day "as of" stays selected (it comes back when its day does): stepping
        or playing through time must not move the selection, nor the flow whose figure is followed."""
        claim_id = self.state.claim_id
        return (claim_id is not None and self.claims_index.row_of(claim_id) is not None
                and replace(self._filters_before, as_of=None) == replace(self.state.filters, as_of=None))

    # --- edits -------------------------------------------------------------------------------------------
    def _document_changed(self, changes: list[Change]) -> None:
        """The document changed: mend the index for the claims that changed, and pass the news on."""
        document = self.document
        for change in changes:
            if isinstance(change, DatasetOpened):
                self.set_dataset(document.dataset, keep_state=True, document=document)
            elif isinstance(change, ClaimsChanged):
                patch = document.last_patch
                if patch is not None and self.claims_index is not None:
                    from .index.claims_update import apply_claims
                    apply_claims(self.claims_index, patch.replaced, patch.added, patch.removed_ids, document.dataset.sources,
                                 patched=document.dataset.claims)
                    self.claims_index.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
                self.dataset = document.dataset
                self._announce(ClaimsChanged(self._next(), change.ids, change.added, change.removed, change.columns))
                if self.state.claim_id is not None and self.claims_index.row_of(self.state.claim_id) is None:
                    self.state.select(None)
            elif isinstance(change, (SourcesChanged, ProblemsChanged)):
                self._announce(type(change)(self._next(), *[getattr(change, f) for f in change.__dataclass_fields__
                                                              if f != "version"]))

    # --- reading --------------------------------------------------------------------------------------------
    @property
    def problems(self) -> list:
        """The dataset's problems as it stands (the document's, when editing)."""
        if self.document is not None:
            return self.document.problems
        return self.dataset.problems if self.dataset is not None else []

    @property
    def flows(self):
        return self.claims_index.flows if self.claims_index is not None else None

    def claim(self, claim_id: str | None) -> dict | None:
        """A claim's row as a dict, or None."""
        if claim_id is None or self.claims_index is None:
            return None
        row = self.claims_index.row_of(claim_id)
        return None if row is None else self.claims_index.record(row)
