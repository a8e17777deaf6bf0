"""The presentation list panel: the claims a teacher picked, in the order they will be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..qt.bridge import AppModel
from ..qt.plain import plain, tooltip
from ..qt.words import number
from ..qt.presentation_store import PresentationStore
from .panel import LinkedPanel


class PresentationListPanel(LinkedPanel):
    """List, reorder and remove the picked claims; selecting one selects it everywhere."""

    def __init__(self, app: AppModel, store: PresentationStore):
        super().__init__(app)
        self.store = store
        self._syncing = False
        self.list = QListWidget()
        self.note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.up = QPushButton()
        self.down = QPushButton()
        self.remove = QPushButton()
        self.clear = QPushButton()
        self.use_order = QPushButton()
        """Shown when the presentation goes in another order: makes it go in the list's."""
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove, self.clear):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.use_order, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(lambda: store.remove(self._current()))
        self.clear.clicked.connect(store.clear)
        self.use_order.clicked.connect(lambda: store.set_order("list"))
        self.list.currentItemChanged.connect(self._item_changed)
        store.listChanged.connect(self.refresh)
        store.orderChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.list.setAccessibleName(self.tr("Claims to present, in order"))
        self.note.setAccessibleName(self.tr("About the presentation list"))
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.remove.setText(self.tr("Remove"))
        self.clear.setText(self.tr("Clear"))
        self.up.setToolTip(self.tr("Show the selected claim earlier"))
        self.down.setToolTip(self.tr("Show the selected claim later"))
        self.remove.setToolTip(self.tr("Take the selected claim off the list"))
        self.clear.setToolTip(self.tr("Empty the list"))
        self.use_order.setText(self.tr("Present in This Order"))
        self.use_order.setToolTip(self.tr("Make F5 present these claims in the list's order "
                                          "(View › Presentation › In the Order of the Presentation List)"))
        self.refresh()

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self.list

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _move(self, offset: int) -> None:
        claim_id = self._current()
        if claim_id is not None:
            self.store.move(claim_id, offset)

    def refresh(self) -> None:
        view = self.app.claims_index
        self._syncing = True
        try:
            self.list.clear()
            missing = 0
            for claim_id in self.store.chosen.ids:
                row = view.row_of(claim_id) if view is not None else None
                if row is None:
                    missing += 1
                    continue
                mark = "✕ " if view.col["stance"][row] == "denies" else ""
                text = f"{mark}{view.text('figure', row)} — {view.col['claimant'][row]} ({view.text('outlet', row)})"
                item = QListWidgetItem(plain(text))
                item.setData(Qt.ItemDataRole.UserRole, claim_id)
                item.setToolTip(tooltip(view.text("quote", row)))
                self.list.addItem(item)
        finally:
            self._syncing = False
        count = self.list.count()
        if not count:
            self.note.setText(self.tr("No claims picked yet. Select a claim and press Ctrl+D "
                                      "(View › Presentation › Add Selected Claim to the List) to add it."))
        elif self.store.order == "list":
            self.note.setText(self.tr("Claims picked: {n}. F5 presents them in this order.").format(n=number(count)))
        else:
            self.note.setText(self.tr("Claims picked: {n}. F5 presents {order}, not in this order.").format(
                n=number(count), order=self._order_words()))
        self.use_order.setVisible(bool(count) and self.store.order != "list")
        if missing:
            self.note.setText(self.note.text() + " " + self.tr("Picked but not in this dataset: {n}.").format(
                n=number(missing)))
        for button in (self.up, self.down, self.remove, self.clear):
            button.setEnabled(bool(count))
        self._show_claim(self.app.state.claim_id)

    def _order_words(self) -> str:
        """The presentation's order other than the list's, as the note words it."""
        return {"date": self.tr("by date"), "destination": self.tr("by destination"),
                "table": self.tr("in the table's order")}.get(self.store.order, self.store.order)

    def _item_changed(self, current, _previous) -> None:
        if not self._syncing and current is not None:
            self.app.state.select(current.data(Qt.ItemDataRole.UserRole))

    def _show_claim(self, claim_id) -> None:
        self._syncing = True
        try:
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == claim_id:
                    self.list.setCurrentRow(i)
                    return
            self.list.setCurrentRow(-1)
        finally:
            self._syncing = False

    # --- LinkedPanel hooks ------------------------------------------------------------
    selection_changed = _show_claim
    dataset_opened = refresh
    words_changed = refresh
