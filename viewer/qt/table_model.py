"""QAbstractTableModel over ClaimsIndex: the view's order, no proxy, no row loops."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..model.index.claims_index import COLUMNS
from .bridge import AppModel
from .plain import plain, tooltip

Index = QModelIndex | QPersistentModelIndex
NUMERIC = {"figure"}
EDITABLE = ("figure", "claimant", "stance", "metric", "destination")
"""Columns edited in their cells (when a Document is open): the figure as its bounds, the rest as they are."""


def bounds_of(text: str) -> dict[str, str] | None:
    """A figure typed in a cell as value_low and value_high: "200000", "66000-70000", "-700000" (up to),
    "100000-" (at least), "" (none); separators in numbers are dropped. None: not a figure."""
    cleaned = re.sub(r"[\s,'\u00a0\u202f]", "", text).replace("–", "-").replace("—", "-")
    match = re.fullmatch(r"(\d*)(-?)(\d*)", cleaned)
    if match is None:
        return _worded(text)
    low, dash, high = match.groups()
    if not dash:
        return {"value_low": low, "value_high": low}
    return {"value_low": low, "value_high": high}


def _worded(text: str) -> dict[str, str] | None:
    """A figure typed in words, read as the format reads them ("до 4 тысяч", "about 3,000", "600-700 тысяч"): its
    bounds, and the words as its value_text; None unless the whole cell is one figure."""
    from ..model.finder.scan import find_figures
    typed = " ".join(text.split())
    found = find_figures(typed + " people")   # (the finder wants to know it counts people)
    if len(found) != 1 or found[0].start != 0:
        return None
    figure = found[0]
    rest = typed[figure.end:]
    if rest and not (figure.unit == "people_per_day" and not any(ch.isdigit() for ch in rest)):
        return None   # ("… в сутки" after it says the unit; anything else is not this figure's)
    cells = {"value_low": "" if figure.low is None else str(figure.low),
             "value_high": "" if figure.high is None else str(figure.high), "value_text": typed}
    if figure.unit == "people_per_day":
        cells["unit"] = figure.unit
    return cells


class ClaimsTableModel(QAbstractTableModel):
    """Rows are the visible order of the shared ClaimsIndex; sorting writes to the state.

    With a Document open, the EDITABLE cells can be edited: ``editRequested(claim_id, columns)``
    asks the window to make the edit (on the Document, undoably).
    """

    editRequested = Signal(str, object)   # claim id, {column: value}
    refused = Signal(str)                 # what was typed in a figure cell that is no figure

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
                "published": self.tr("Published"), "claim_id": self.tr("Claim ID"), "quote": self.tr("Quote")}

    def _reset(self) -> None:
        self.beginResetModel()
        self._order = self.app.claims_index.order if self.app.claims_index is not None else None
        self.endResetModel()

    def _claims_changed(self, change) -> None:
        """Some claims changed: repaint their rows, or lay the rows out again if the order moved."""
        view = self.app.claims_index
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
        if parent.isValid() or self.app.claims_index is None:
            return 0
        return len(self.app.claims_index)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        view = self.app.claims_index
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
            if name in ("quote", "claimant", "claim_id"):
                return tooltip(view.col[name][row])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return view.claim_id_at(index.row())
        if role == Qt.ItemDataRole.EditRole and name in EDITABLE:
            return self._edit_text(name, view.claim_id_at(index.row()))
        return None

    def _edit_text(self, name: str, claim_id: str) -> str:
        """A cell's value as it is in claims.csv (the figure as its bounds)."""
        cells = self.app.document.claim(claim_id) if self.app.document is not None else {}
        if name != "figure":
            return cells.get(name, "")
        low, high = cells.get("value_low", ""), cells.get("value_high", "")
        return low if low == high else f"{low}-{high}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.app.document is not None and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if int(getattr(role, "value", role)) != Qt.ItemDataRole.EditRole.value or not index.isValid() or self.app.document is None:
            return False
        name = COLUMNS[index.column()]
        if name not in EDITABLE:
            return False
        claim_id = self.app.claims_index.claim_id_at(index.row())
        text = "" if value is None else str(value)
        columns = bounds_of(text) if name == "figure" else {name: text.strip() if name == "destination" else text}
        if columns is None:
            self.refused.emit(text)   # (said, not dropped without a word)
            return False
        cells = self.app.document.claim(claim_id)
        columns = {k: v for k, v in columns.items() if cells.get(k, "") != v}
        if columns:
            self.editRequested.emit(claim_id, columns)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.app.state.sort_by(COLUMNS[column], order == Qt.SortOrder.AscendingOrder)
