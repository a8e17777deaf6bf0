"""The History panel: the steps of the open dataset's edits since it was opened; click one to go back to it."""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QVBoxLayout, QWidget

from ..qt.i18n import Retranslating


class HistoryPanel(Retranslating, QWidget):
    """A QUndoView of the window's undo stack (the Document's own history)."""

    def __init__(self, app, stack):
        super().__init__()
        self.app = app
        self.view = QUndoView(stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setEmptyLabel(self.tr("As opened"))
        self.setAccessibleName(self.tr("History"))
        self.view.setAccessibleName(self.tr("Steps of editing"))
        self.view.setAccessibleDescription(self.tr("Choose a step to undo or redo every edit up to it"))

    def focus_target(self) -> QWidget:
        return self.view
