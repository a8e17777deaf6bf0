"""QAbstractTableModel over ClaimsView: the view's order, no proxy, no row loops."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..model.claims_view import COLUMNS
from .bridge import AppModel
from .plain import plain, tooltip

Index = QModelIndex | QPersistentModelIndex
NUMERIC = {"figure"}


class ClaimsTableModel(QAbstractTableModel):
    """Rows are the visible order of the shared ClaimsView; sorting writes to the state."""

    def __init__(self, app: AppModel):
        super().__init__()
        self.app = app
        app.datasetChanged.connect(self._reset)
        app.orderChanged.connect(self._reset)
        app.claimsChanged.connect(self._claims_changed)
        self._order = None
        app.wordsChanged.connect(lambda: self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1))

    def headers(self) -> dict[str, str]:
        """Column titles in the interface language."""
        return {"figure": self.tr("Figure"), "claimant": self.tr("Claimant"), "stance": self.tr("Stance"),
                "metric": self.tr("Metric"), "destination": self.tr("Destination"), "source": self.tr("Source"),
                "published": self.tr("Published"), "quote": self.tr("Quote")}

    def _reset(self) -> None:
        self.beginResetModel()
        self._order = self.app.view.order if self.app.view is not None else None
        self.endResetModel()

    def _claims_changed(self, change) -> None:
        """Some claims changed: repaint their rows, or lay the rows out again if the order moved."""
        view = self.app.view
        order = view.order
        if self._order is None or len(order) != len(self._order) or not np.array_equal(order, self._order):
            self.layoutAboutToBeChanged.emit()
            self._order = order
            self.layoutChanged.emit()
            return
        self._order = order
        for claim_id in change.ids:
            row = view.visible_row_of(claim_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.app.view is None:
            return 0
        return len(self.app.view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        view = self.app.view
        if not index.isValid() or view is None or not (0 <= index.row() < len(view)):
            return None
        name = COLUMNS[index.column()]
        row = view.order[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(view.text(name, row))
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "figure":
                worded = view.col["value_text"][row]
                return tooltip(self.tr("As worded: {text}").format(text=worded)) if worded else None
            if name in ("quote", "claimant"):
                return tooltip(view.col[name][row])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return view.claim_id_at(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.app.state.sort_by(COLUMNS[column], order == Qt.SortOrder.AscendingOrder)
