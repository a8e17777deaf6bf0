"""The bridge from the pure Session to Qt signals: every widget receives this one shared model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..model.changes import (Change, ClaimsChanged, DatasetOpened, FiltersChanged, OrderChanged, ProblemsChanged,
                             SelectionChanged, SourcesChanged, WordsChanged)
from ..model.session import Session
from ..model.flows.wording import Wording
from .words import wording

if TYPE_CHECKING:   # (pandas is loaded after the window's first paint)
    from ..model.index.claims_index import ClaimsIndex
    from ..model.reading.dataset import Dataset


class AppModel(QObject):
    """The session (dataset, claims index, selection, filters, words) as Qt signals, plus the theme.

    Widgets connect to these signals and write to ``state``; they never call each other. The
    state logic lives in the pure :class:`viewer.model.session.Session`; this class only passes
    its typed changes on.
    """

    datasetChanged = Signal()
    claimSelected = Signal(object)   # claim id or None
    filtersChanged = Signal()
    orderChanged = Signal()
    themeChanged = Signal()
    wordsChanged = Signal()          # the interface language changed: text made from data must be made again
    claimsChanged = Signal(object)   # a viewer.model.changes.ClaimsChanged: which claims changed, were added or removed
    sourcesChanged = Signal(object)  # a viewer.model.changes.SourcesChanged
    problemsChanged = Signal()       # an edit made or mended a problem

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session = Session(wording())
        self.theme = None
        """The colours views draw with (a widgets.palette.Theme; None: the light theme)."""
        self.session.subscribe(self._announce)

    # The session's state, read where widgets always read it.
    @property
    def state(self):
        return self.session.state

    @property
    def dataset(self) -> Dataset | None:
        return self.session.dataset

    @property
    def claims_index(self) -> ClaimsIndex | None:
        """The index of the claims (sort keys, masks, visible order) every view reads."""
        return self.session.claims_index

    @property
    def words(self) -> Wording:
        return self.session.words

    @property
    def document(self):
        """The Document being edited (viewer.model.document), or None."""
        return self.session.document

    def set_dataset(self, dataset: Dataset, view: ClaimsIndex | None = None, *, keep_state: bool = False,
                    document=None) -> None:
        """Show a dataset; pass its ClaimsIndex if it was built off the GUI thread (see Session.set_dataset)."""
        self.session.set_dataset(dataset, view, keep_state=keep_state, document=document)

    def set_theme(self, theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.themeChanged.emit()

    def set_words(self, words: Wording) -> None:
        """Word the data in another language: cells, sort order of worded columns, search."""
        self.session.set_words(words)

    def _announce(self, change: Change) -> None:
        if isinstance(change, SelectionChanged):
            self.claimSelected.emit(change.claim_id)
        elif isinstance(change, OrderChanged):
            self.orderChanged.emit()
        elif isinstance(change, FiltersChanged):
            self.filtersChanged.emit()
        elif isinstance(change, DatasetOpened):
            self.datasetChanged.emit()
        elif isinstance(change, ClaimsChanged):
            self.claimsChanged.emit(change)
        elif isinstance(change, SourcesChanged):
            self.sourcesChanged.emit(change)
        elif isinstance(change, ProblemsChanged):
            self.problemsChanged.emit()
        elif isinstance(change, WordsChanged):
            self.wordsChanged.emit()

    @property
    def problems(self) -> list:
        """The dataset's problems as it stands (edits included)."""
        return self.session.problems

    @property
    def flows(self):
        """The dataset's flows (computed with the view, off the GUI thread)."""
        return self.session.flows

    def claim(self, claim_id: str | None) -> dict | None:
        """The selected claim's row as a dict, or None."""
        return self.session.claim(claim_id)
