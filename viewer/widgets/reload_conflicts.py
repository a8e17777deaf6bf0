"""The question asked when a file changed on disk while there were unsaved edits that conflict with it.

One row per record changed both here and on disk (viewer.model.document.conflicts): keep mine or take
theirs, per record or for all at once; below, how the record differs (yours, on disk, as read).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QRadioButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from ..qt.i18n import Retranslating
from ..qt.plain import plain

MINE, THEIRS = "mine", "theirs"


class ConflictDialog(Retranslating, QDialog):
    """Keep mine / take theirs for each conflicting record; ``keep_mine()`` gives the records kept mine."""

    def __init__(self, parent, conflicts, files: list[str], kept: int):
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.files, self.kept = files, kept
        self.choice = {c.key: MINE for c in self.conflicts}
        self.intro = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for conflict in self.conflicts:
            QTreeWidgetItem(self.tree)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_current())
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.mine = QRadioButton()
        self.theirs = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        self.mine.toggled.connect(lambda on: on and self._choose(MINE))
        self.theirs.toggled.connect(lambda on: on and self._choose(THEIRS))
        self.all_mine = QPushButton()
        self.all_theirs = QPushButton()
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        choices = QHBoxLayout()
        for widget in (self.mine, self.theirs):
            choices.addWidget(widget)
        choices.addStretch(1)
        for widget in (self.all_mine, self.all_theirs):
            choices.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 2)
        layout.addLayout(choices)
        layout.addWidget(self.detail, 3)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.conflicts:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setFocus()
        self.resize(760, 520)

    # --- words ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changed on Disk"))
        self.intro.setText(plain(self.tr(
            "{files} changed on disk (another program saved it) while you had unsaved edits. "
            "Your edits to other records are kept (%n edit(s)). These records were changed both here and "
            "there: choose which to keep for each.", "", self.kept).format(files=", ".join(self.files))))
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("What happened"), self.tr("Keep")])
        self.tree.setAccessibleName(self.tr("Records changed both here and on disk"))
        self.detail.setAccessibleName(self.tr("How the record differs"))
        self.mine.setText(self.tr("Keep &mine"))
        self.theirs.setText(self.tr("Take &theirs"))
        self.all_mine.setText(self.tr("Keep Mine for &All"))
        self.all_theirs.setText(self.tr("Take Theirs for A&ll"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reload"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not &Now"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Keep your edits as they are and do not read the file again; saving will ask again"))
        for i, conflict in enumerate(self.conflicts):
            self._fill(self.tree.topLevelItem(i), conflict)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self._show_current()

    def _record(self, conflict) -> str:
        return (self.tr("Claim {id}") if conflict.table == "claims" else self.tr("Source {id}")).format(
            id=conflict.record_id)

    def _kind(self, kind: str) -> str:
        return {"changed": self.tr("changed here and on disk"),
                "went": self.tr("edited here, removed on disk"),
                "deleted": self.tr("removed here, changed on disk"),
                "added": self.tr("added here and on disk, differently")}[kind]

    def _fill(self, item: QTreeWidgetItem, conflict) -> None:
        item.setText(0, plain(self._record(conflict)))
        item.setText(1, self._kind(conflict.kind))
        item.setText(2, self.tr("Mine") if self.choice[conflict.key] == MINE else self.tr("Theirs"))

    # --- choosing ----------------------------------------------------------------------------------
    def _current(self):
        item = self.tree.currentItem()
        return None if item is None else self.conflicts[self.tree.indexOfTopLevelItem(item)]

    def _choose(self, which: str) -> None:
        conflict = self._current()
        if conflict is None:
            return
        self.choice[conflict.key] = which
        self._fill(self.tree.currentItem(), conflict)

    def choose(self, index: int, which: str) -> None:
        """Keep mine or take theirs for the ``index``-th record."""
        self.tree.setCurrentItem(self.tree.topLevelItem(index))
        (self.mine if which == MINE else self.theirs).setChecked(True)
        self._choose(which)

    def choose_all(self, which: str) -> None:
        for i, conflict in enumerate(self.conflicts):
            self.choice[conflict.key] = which
            self._fill(self.tree.topLevelItem(i), conflict)
        self._show_current()

    def keep_mine(self) -> set[tuple[str, str]]:
        return {key for key, which in self.choice.items() if which == MINE}

    def _show_current(self) -> None:
        conflict = self._current()
        if conflict is None:
            self.detail.setPlainText("")
            return
        (self.mine if self.choice[conflict.key] == MINE else self.theirs).setChecked(True)
        self.detail.setPlainText(self.describe(conflict))

    def describe(self, conflict) -> str:
        """How the record differs: each column, yours, on disk and as read."""
        lines = [self._record(conflict) + ": " + self._kind(conflict.kind)]
        gone = self.tr("(no record)")

        def value(record, name):
            return gone if record is None else repr_cell(record.get(name, ""), self.tr("(empty)"))
        for name in conflict.columns():
            lines += ["", name,
                      "  " + self.tr("yours:") + " " + value(conflict.mine, name),
                      "  " + self.tr("on disk:") + " " + value(conflict.theirs, name),
                      "  " + self.tr("as read:") + " " + value(conflict.base, name)]
        return "\n".join(lines)


def repr_cell(text: str, empty: str) -> str:
    """A cell as shown in the comparison: quoted, on one line (line breaks shown as ⏎)."""
    return f"“{text}”".replace("\r\n", "⏎").replace("\n", "⏎") if text else empty
