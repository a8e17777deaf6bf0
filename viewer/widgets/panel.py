"""The base of every linked panel: it receives the shared AppModel and is told what changed through hooks.

A panel overrides the hooks it needs; the base connects only those to the
AppModel's signals, so a panel never connects a signal by hand and never
talks to another panel. The window places panels through the registry
(``viewer/widgets/registry.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..qt.bridge import AppModel
from ..qt.i18n import Retranslating

HOOKS = {
    "dataset_opened": "datasetChanged",
    "claims_changed": "claimsChanged",
    "sources_changed": "sourcesChanged",
    "selection_changed": "claimSelected",
    "filters_changed": "filtersChanged",
    "order_changed": "orderChanged",
    "words_changed": "wordsChanged",
    "theme_changed": "themeChanged",
    "problems_changed": "problemsChanged",
}
"""Each hook and the AppModel signal that calls it."""

_REFRESHED_BY_DEFAULT = ("claims_changed", "sources_changed")
"""Hooks whose default is the panel's full refresh (dataset_opened): connected when either is overridden."""


class LinkedPanel(Retranslating, QWidget):
    """A view of the shared model (map, table, source, chart…); see the hooks below.

    Subclasses set up their widgets after ``super().__init__(app)`` and
    override any of the hooks; the defaults do nothing, except that claims or
    sources changed in place default to ``dataset_opened()``: a panel with no
    finer update draws itself again from the model.
    """

    def __init__(self, app: AppModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        for hook, signal in HOOKS.items():
            if self._overrides(hook) or (hook in _REFRESHED_BY_DEFAULT and self._overrides("dataset_opened")):
                getattr(app, signal).connect(getattr(self, hook))

    def _overrides(self, hook: str) -> bool:
        return getattr(type(self), hook) is not getattr(LinkedPanel, hook)

    # --- what the window asks of a panel ---------------------------------------
    def retranslate(self) -> None:
        """Set every text in the interface language (at start and on each LanguageChange)."""

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self

    # --- hooks: what changed in the shared model ----------------------------------
    def dataset_opened(self) -> None:
        """Another dataset is shown (or the same one reloaded): draw everything from ``app`` again."""

    def claims_changed(self, change) -> None:
        """Some claims changed in place, were added or removed (a ``viewer.model.changes.ClaimsChanged``)."""
        self.dataset_opened()

    def sources_changed(self, change) -> None:
        """Some sources changed in place (a ``viewer.model.changes.SourcesChanged``)."""
        self.dataset_opened()

    def selection_changed(self, claim_id: str | None) -> None:
        """Another claim is selected (None: none)."""

    def filters_changed(self) -> None:
        """The filters changed (the rows shown have changed too: order_changed comes first)."""

    def order_changed(self) -> None:
        """The rows shown or their order changed (filters, sort, or words that sort differently)."""

    def words_changed(self) -> None:
        """The interface language changed: text made from data must be made again."""

    def theme_changed(self) -> None:
        """The theme changed: draw in ``app.theme``'s colours."""

    def problems_changed(self) -> None:
        """An edit made or mended problems (``app.problems`` lists them as they stand)."""
