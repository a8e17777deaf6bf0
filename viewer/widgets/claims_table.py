"""The claims table: every claim, sortable, searchable and filterable."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QStyle, QStyleOptionComboBox, QStylePainter, QTableView, QVBoxLayout,
                               QWidget)

from ..model.index.claims_index import COLUMNS
from ..model.reading.strcol import arrow
from ..model.mapping.countries import destination_name
from ..model.checking.rules import CLAIMANT_TYPES, METRICS, STANCES
from ..qt.announce import claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.date_words import date_words
from ..qt.plain import plain
from ..qt.table_model import ClaimsTableModel
from ..qt.words import number
from .panel import LinkedPanel

ALL = "__all__"
WIDTHS = {"figure": 130, "claimant": 220, "stance": 70, "metric": 80, "destination": 150, "source": 190, "published": 0,
          "claim_id": 80}
"""Initial column widths in pixels (stance and metric grow to fit their words, the claim id to the longest)."""
MAX_ID_WIDTH = 260
"""The claim id column grows to the dataset's longest id up to this many pixels."""


class FilterCombo(QComboBox):
    """A combo box of "All …" plus (label, value) choices."""

    def __init__(self):
        super().__init__()
        self.all_label = ""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_choices([])

    def minimumSizeHint(self):
        """It may be narrower than its longest choice (its text then cut) in a narrow window."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 12 * self.fontMetrics().averageCharWidth()))
        return hint

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current text as drawn: whole, or cut with "…" to the room the box gives it."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, max(room, 0))

    def paintEvent(self, _event) -> None:
        """In a narrow window the choice was cut mid-word ("Все направле"): it ends in "…" now, whole in its
        tooltip."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text(option)
        painter = QStylePainter(self)
        try:
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        finally:
            painter.end()
        cut = option.currentText != self.currentText()
        if (self.toolTip() == self.currentText()) != cut:
            self.setToolTip(self.currentText() if cut else "")

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        shown = (self.all_label, list(choices))
        if shown == getattr(self, "_shown", None):
            return   # the same: left as it is (a hundred thousand sources take ~0.5 s to add again)
        self._shown = shown
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


class ClaimsPanel(LinkedPanel):
    """Search box, filters and the table; all of it reads and writes the shared state."""

    def __init__(self, app: AppModel):
        super().__init__(app)
        self._syncing = False
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.destination = FilterCombo()
        self.metric = FilterCombo()
        self.stance = FilterCombo()
        self.claimant_type = FilterCombo()
        self.source = FilterCombo()
        self.clear = QPushButton()
        self.dates = QLabel(textFormat=Qt.TextFormat.PlainText)   # the timeline's date range, when one is set
        self.dates.hide()
        self.count = QLabel()
        self.table = QTableView()
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
        for name, width in WIDTHS.items():
            if width:
                self.table.setColumnWidth(COLUMNS.index(name), width)
        self.table.setColumnHidden(COLUMNS.index("published"), True)
        # Right-click on the header (or the menu key on the table): show or hide any column.
        for widget in (header, self.table):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(lambda pos, w=widget: self.columns_menu().exec(w.mapToGlobal(pos)))

        # One row of search box and filters; in a narrow pane the filters go onto a second row.
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 2)
        self.combos = [self.destination, self.metric, self.stance, self.claimant_type, self.source]
        self.combo_row = QHBoxLayout()
        for combo in self.combos:
            self.filters.addWidget(combo)
        self.filters.addWidget(self.dates)
        self.filters.addWidget(self.clear)
        self.filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.filters)
        layout.addLayout(self.combo_row)
        layout.addWidget(self.table)
        chain = [self.search, self.destination, self.metric, self.stance, self.claimant_type, self.source,
                 self.clear, self.table]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.search.returnPressed.connect(lambda: self.table.setFocus(Qt.FocusReason.TabFocusReason))

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
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.search.setPlaceholderText(self.tr("Search claims, claimants, quotes… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search claims"))
        self.search.setAccessibleDescription(self.tr("Shows only the claims whose claimant, quote, wording, outlet, "
                                                     "destination, note or id holds the text. Enter moves to the table."))
        for combo, all_label, name in (
                (self.destination, self.tr("All destinations"), self.tr("Destination filter")),
                (self.metric, self.tr("All metrics"), self.tr("Metric filter")),
                (self.stance, self.tr("All stances"), self.tr("Stance filter")),
                (self.claimant_type, self.tr("All claimant types"), self.tr("Claimant type filter")),
                (self.source, self.tr("All sources"), self.tr("Source filter"))):
            combo.all_label = all_label
            combo.setAccessibleName(name)
        self.clear.setText(self.tr("Clear filters"))
        self.clear.setToolTip(self.tr("Show every claim again (Ctrl+Shift+L)"))
        self.count.setAccessibleName(self.tr("Claims shown"))
        self.table.setAccessibleName(self.tr("Claims table"))
        self._reword()
        self._order_changed()

    def _reword(self) -> None:
        self._fill_choices()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen the stance and metric columns to their longest word in the interface language (and the claim
        id's to its title)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        headers, words = self.model.headers(), self.app.words
        for name, labels in (("stance", words.stances.values()), ("metric", words.metrics.values()),
                             ("claim_id", self._longest_id())):
            need = max(metrics.horizontalAdvance(text) for text in (headers[name], *labels)) + 28
            if name == "claim_id":
                need = min(need, MAX_ID_WIDTH)   # a longer id is elided; its tooltip gives it whole
            column = COLUMNS.index(name)
            self.table.setColumnWidth(column, max(WIDTHS[name], need))

    def _longest_id(self) -> tuple[str, ...]:
        """The dataset's longest claim id (in characters; found in Arrow, not row by row), if any."""
        index = self.app.claims_index
        if index is None or not index.n:
            return ()
        ids = arrow(index.claims["claim_id"])
        lengths = pc.utf8_length(ids)
        return (str(ids[pc.index(lengths, pc.max(lengths)).as_py()].as_py() or ""),)

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        """The filters beside the search box when they all fit at their full width, else on a row of their own."""
        spacing = self.filters.spacing()
        need = (self.search.minimumWidth() + sum(c.sizeHint().width() for c in self.combos)
                + self.clear.sizeHint().width() + self.count.sizeHint().width() + spacing * 8 + 8)
        wide = width >= need
        if wide == (self.combos[0].parentWidget() is not None and self.filters.indexOf(self.combos[0]) >= 0):
            return
        for combo in self.combos:
            (self.combo_row if wide else self.filters).removeWidget(combo)
        for i, combo in enumerate(self.combos):
            if wide:
                self.filters.insertWidget(1 + i, combo)
            else:
                self.combo_row.addWidget(combo, 1)
        # Moved during a resize, after the layout took the new size: lay out again.
        for layout in (self.filters, self.combo_row, self.layout()):
            layout.invalidate()
        self.layout().activate()

    def columns_menu(self) -> QMenu:
        """A menu of every column, each checked while shown: choosing one shows or hides it (the last one shown
        stays)."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        headers = self.model.headers()
        shown = [c for c in range(len(COLUMNS)) if not self.table.isColumnHidden(c)]
        for column, name in enumerate(COLUMNS):
            action = menu.addAction(headers[name])
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        return menu

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self.table

    def _clear(self) -> None:
        self.search.clear()
        self.app.state.clear_filters()

    def _dataset_changed(self) -> None:
        self._fill_choices()
        self._fit_columns()
        self._order_changed()

    def _claims_changed(self, change) -> None:
        columns = change.columns
        if change.rows_changed or columns is None or columns & {"destination", "metric", "claimant_type"}:
            self._fill_choices(sources=False)   # (the sources' choices change with the sources alone)
        self._order_changed()

    def _fill_choices(self, sources: bool = True) -> None:
        """The filters' choices, worded in the interface language."""
        words = self.app.words
        if self.app.dataset is None:
            for combo in (self.destination, self.metric, self.stance, self.claimant_type, self.source):
                combo.set_choices([])
            return
        dests = sorted(self._values_in_claims("destination"), key=lambda d: (d != "", destination_name(d, words)))
        self.destination.set_choices([(destination_name(d, words), d) for d in dests])
        metrics, types = self._values_in_claims("metric"), self._values_in_claims("claimant_type")
        self.metric.set_choices([(words.metric(m), m) for m in METRICS if m in metrics])
        self.stance.set_choices([(words.stance(s), s) for s in STANCES])
        self.claimant_type.set_choices([(words.claimant_type(t), t) for t in CLAIMANT_TYPES if t in types])
        if sources:
            table = self.app.dataset.sources
            self.source.set_choices([(f"{o} ({p[:10]})", s) for s, o, p in
                                     zip(table["source_id"], table["outlet"], table["published"])])
        self._filters_changed()

    def _values_in_claims(self, column: str) -> set:
        """The values of ``column`` that some claim has now (counted on the index's codes: no pass over a
        million strings)."""
        index = self.app.claims_index
        if index is None or column not in index.coded:
            return set(pd.unique(self.app.dataset.claims[column]))
        coded = index.coded[column]
        codes = coded.codes[:index.n] if index.alive is None else coded.codes[:index.n][index.alive[:index.n]]
        counts = np.bincount(codes, minlength=len(coded.values))
        return set(np.asarray(coded.values, dtype=object)[counts > 0].tolist())

    def _filters_changed(self) -> None:
        f = self.app.state.filters
        self.destination.show_value(f.destination)
        for combo, values in ((self.metric, f.metrics), (self.stance, f.stances),
                              (self.claimant_type, f.claimant_types), (self.source, f.sources)):
            combo.show_value(next(iter(values)) if len(values) == 1 else None)
        dates = date_words(f, self.app.words)   # the timeline's range, and its day "as of"
        self.dates.setText(plain(dates))
        self.dates.setVisible(bool(dates))
        self.dates.setToolTip(self.tr("Clear Filters clears the range of dates; Now in the timeline shows every "
                                      "claim again, whenever published") if f.as_of is not None else "")
        if self.search.text() != f.text and not self._search_timer.isActive():
            self.search.blockSignals(True)
            self.search.setText(f.text)
            self.search.blockSignals(False)

    def _order_changed(self) -> None:
        view = self.app.claims_index
        total = len(view.claims) if view is not None else 0
        shown = len(view) if view is not None else 0
        self.count.setText(self.tr("{shown} of %n claim(s)", "", total).format(shown=number(shown))
                           if shown != total else self.tr("%n claim(s)", "", total))
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
        self.app.state.select(self.app.claims_index.claim_id_at(current.row()))

    def _show_claim(self, claim_id) -> None:
        """Select the claim's row (if it is visible) without writing back."""
        view = self.app.claims_index
        row = view.visible_row_of(claim_id) if view is not None else None
        describe(self.table, claim_summary(self.app, claim_id))
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, max(selection.currentIndex().column(), 0))   # the column stays
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            self._syncing = False

    # --- LinkedPanel hooks ------------------------------------------------------------
    dataset_opened = _dataset_changed
    claims_changed = _claims_changed
    order_changed = _order_changed
    filters_changed = _filters_changed
    selection_changed = _show_claim
    words_changed = _reword
