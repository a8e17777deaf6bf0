"""The claims table: every claim, sortable, searchable and filterable."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ..model.claims_view import COLUMNS
from ..model.countries import destination_name
from ..model.rules import CLAIMANT_TYPES, METRICS, STANCES
from ..qt.bridge import AppModel
from ..qt.table_model import ClaimsTableModel

ALL = "__all__"


class FilterCombo(QComboBox):
    """A combo box of "All …" plus (label, value) choices."""

    def __init__(self, all_label: str, accessible: str):
        super().__init__()
        self.all_label = all_label
        self.setAccessibleName(accessible)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices([])

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_label, ALL)
        for label, value in choices:
            self.addItem(label, value)
        self.blockSignals(False)

    def value(self):
        data = self.currentData()
        return None if data == ALL else data

    def show_value(self, value) -> None:
        index = self.findData(ALL if value is None else value)
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


class ClaimsPanel(QWidget):
    """Search box, filters and the table; all of it reads and writes the shared state."""

    def __init__(self, app: AppModel):
        super().__init__()
        self.app = app
        self._syncing = False
        self.search = QLineEdit(placeholderText="Search claims, claimants, quotes… (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search claims")
        self.destination = FilterCombo("All destinations", "Destination filter")
        self.metric = FilterCombo("All metrics", "Metric filter")
        self.stance = FilterCombo("All stances", "Stance filter")
        self.claimant_type = FilterCombo("All claimant types", "Claimant type filter")
        self.source = FilterCombo("All sources", "Source filter")
        self.clear = QPushButton("Clear filters")
        self.count = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName("Claims table")
        self.model = ClaimsTableModel(app)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index(app.state.sort_column), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for name, width in {"figure": 130, "claimant": 220, "stance": 70, "metric": 80,
                            "destination": 150, "source": 190, "published": 0}.items():
            if width:
                self.table.setColumnWidth(COLUMNS.index(name), width)
        self.table.setColumnHidden(COLUMNS.index("published"), True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.destination, self.metric, self.stance, self.claimant_type, self.source):
            filters.addWidget(combo)
        filters.addWidget(self.clear)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: app.state.update_filters(text=self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.destination.currentIndexChanged.connect(lambda _i: app.state.update_filters(destination=self.destination.value()))
        for combo, field in ((self.metric, "metrics"), (self.stance, "stances"),
                             (self.claimant_type, "claimant_types"), (self.source, "sources")):
            combo.currentIndexChanged.connect(lambda _i, c=combo, f=field: app.state.update_filters(
                **{f: frozenset() if c.value() is None else frozenset([c.value()])}))
        self.clear.clicked.connect(self._clear)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        app.datasetChanged.connect(self._dataset_changed)
        app.orderChanged.connect(self._order_changed)
        app.filtersChanged.connect(self._filters_changed)
        app.claimSelected.connect(self._show_claim)

    def _clear(self) -> None:
        self.search.clear()
        self.app.state.clear_filters()

    def _dataset_changed(self) -> None:
        claims = self.app.dataset.claims
        sources = self.app.dataset.sources
        dests = sorted(pd.unique(claims["destination"]), key=lambda d: (d != "", destination_name(d)))
        self.destination.set_choices([(destination_name(d), d) for d in dests])
        self.metric.set_choices([(m, m) for m in METRICS if (claims["metric"] == m).any()])
        self.stance.set_choices([(s, s) for s in STANCES])
        self.claimant_type.set_choices([(t, t) for t in CLAIMANT_TYPES if (claims["claimant_type"] == t).any()])
        self.source.set_choices([(f"{o} ({p[:10]})", s) for s, o, p in
                                 zip(sources["source_id"], sources["outlet"], sources["published"])])
        self._filters_changed()
        self._order_changed()

    def _filters_changed(self) -> None:
        f = self.app.state.filters
        self.destination.show_value(f.destination)
        for combo, values in ((self.metric, f.metrics), (self.stance, f.stances),
                              (self.claimant_type, f.claimant_types), (self.source, f.sources)):
            combo.show_value(next(iter(values)) if len(values) == 1 else None)
        if self.search.text() != f.text and not self._search_timer.isActive():
            self.search.blockSignals(True)
            self.search.setText(f.text)
            self.search.blockSignals(False)

    def _order_changed(self) -> None:
        view = self.app.view
        total = len(view.claims) if view is not None else 0
        shown = len(view) if view is not None else 0
        self.count.setText(f"{shown:,} of {total:,} claims" if shown != total else f"{total:,} claims")
        header = self.table.horizontalHeader()
        column = COLUMNS.index(self.app.state.sort_column) if self.app.state.sort_column in COLUMNS else -1
        order = Qt.SortOrder.AscendingOrder if self.app.state.sort_ascending else Qt.SortOrder.DescendingOrder
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self._show_claim(self.app.state.claim_id)

    def _row_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.app.state.select(self.app.view.claim_id_at(current.row()))

    def _show_claim(self, claim_id) -> None:
        """Select the claim's row (if it is visible) without writing back."""
        view = self.app.view
        row = view.visible_row_of(claim_id) if view is not None else None
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            self._syncing = False
