"""The bridge from the pure SelectionState to Qt signals, plus the current dataset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..model.state import SelectionState
from ..model.wording import Wording
from .words import wording

if TYPE_CHECKING:   # (pandas is loaded after the window's first paint)
    from ..model.claims_view import ClaimsView
    from ..model.dataset import Dataset


class AppModel(QObject):
    """The one shared model every widget receives: dataset, view arrays and state.

    Widgets connect to these signals and write to ``state``; they never call
    each other.
    """

    datasetChanged = Signal()
    claimSelected = Signal(object)   # claim id or None
    filtersChanged = Signal()
    orderChanged = Signal()
    themeChanged = Signal()
    wordsChanged = Signal()          # the interface language changed: text made from data must be made again
    claimsChanged = Signal(object)   # a viewer.model.changes.ClaimsChanged: claims changed in place, added, removed
    sourcesChanged = Signal(object)  # a viewer.model.changes.SourcesChanged: sources changed in place

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state = SelectionState()
        self.dataset: Dataset | None = None
        self.view: ClaimsView | None = None
        self.theme = None
        """The colours views draw with (a widgets.palette.Theme; None: the light theme)."""
        self.words: Wording = wording()
        self.state.subscribe("claim", lambda _e: self.claimSelected.emit(self.state.claim_id))
        self.state.subscribe("filters", self._refilter)
        self.state.subscribe("sort", self._refilter)

    def set_dataset(self, dataset: Dataset, view: ClaimsView | None = None, *, keep_state: bool = False) -> None:
        """Show a dataset; pass its ClaimsView if it was built off the GUI thread.

        ``keep_state`` keeps the selection and filters (the same dataset, now
        with its quotes checked); otherwise they are reset.
        """
        from ..model.claims_view import ClaimsView
        self.dataset = dataset
        self.view = view if view is not None else ClaimsView(dataset.claims, dataset.sources, self.words)
        self.view.relabel(self.words)   # a view built before the language changed
        selected = self.state.claim_id
        if not keep_state:
            self.state.reset()
        self.view.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
        if keep_state and self.view.row_of(selected) is None:
            self.state.select(None)
        self.datasetChanged.emit()
        if keep_state and self.state.claim_id is not None:
            self.claimSelected.emit(self.state.claim_id)

    def set_theme(self, theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.themeChanged.emit()

    def set_words(self, words: Wording) -> None:
        """Word the data in another language: cells, sort order of worded columns, search."""
        if words == self.words:
            return
        self.words = words
        if self.view is not None:
            self.view.relabel(words)
            self.view.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
            self.orderChanged.emit()
        self.wordsChanged.emit()

    def _refilter(self, event: str) -> None:
        if self.view is not None:
            self.view.update(self.state.filters, self.state.sort_column, self.state.sort_ascending)
            self.orderChanged.emit()
            if event == "filters" and self.view.visible_row_of(self.state.claim_id) is None:
                # The selection was filtered out: follow the filter to its first claim.
                self.state.select(self.view.first_claim_id())
        if event == "filters":
            self.filtersChanged.emit()

    @property
    def flows(self):
        """The dataset's flows (computed with the view, off the GUI thread)."""
        return self.view.flows if self.view is not None else None

    def claim(self, claim_id: str | None) -> dict | None:
        """The selected claim's row as a dict, or None."""
        if claim_id is None or self.view is None:
            return None
        row = self.view.row_of(claim_id)
        return None if row is None else self.view.record(row)
