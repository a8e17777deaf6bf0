"""The History panel: the steps of the open dataset's edits since it was opened; click one to go back to it.

A panel of the registry (View › History, F6): made with the shared AppModel like every panel; the
window's editing gives it the undo stack to show (``set_stack``) once that is made.
"""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QVBoxLayout, QWidget

from ..qt.i18n import Retranslating


class HistoryPanel(Retranslating, QWidget):
    """A QUndoView of the window's undo stack (the Document's own history)."""

    def __init__(self, app, stack=None):
        super().__init__()
        self.app = app
        self.view = QUndoView()
        if stack is not None:
            self.view.setStack(stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self.retranslate()

    def set_stack(self, stack) -> None:
        """Show the steps of ``stack`` (the window's DocumentUndo)."""
        self.view.setStack(stack)

    def retranslate(self) -> None:
        self.view.setEmptyLabel(self.tr("As opened"))
        self.view.setAccessibleName(self.tr("Steps of editing"))
        self.view.setAccessibleDescription(self.tr("Choose a step to undo or redo every edit up to it"))

    def focus_target(self) -> QWidget:
        return self.view
