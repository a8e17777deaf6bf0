"""Help › Keyboard Shortcuts: every key the window answers to, read from its menus so it cannot drift."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenu, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)


def menu_shortcuts(menu_bar) -> list[tuple[str, str]]:
    """(keys, "Menu › Action") for every menu action that has a shortcut, in menu order."""
    rows = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            text = action.text().replace("&", "").replace("…", "")
            if action.menu() is not None:
                walk(action.menu(), path + [text])
            elif action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((keys, " › ".join(path + [text])))

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), [action.text().replace("&", "")])
    return rows


def view_keys() -> list[tuple[str, str]]:
    """Keys that work inside a view, where no menu names them."""
    translate = QCoreApplication.translate
    return [
        (translate("KeyboardShortcuts", "Up, Down"),
         translate("KeyboardShortcuts", "Claims table: the previous or next claim")),
        (translate("KeyboardShortcuts", "Enter"),
         translate("KeyboardShortcuts", "Search field: go to the table")),
        (translate("KeyboardShortcuts", "C"),
         translate("KeyboardShortcuts", "Source pane: a new claim of the words selected in the article")),
        (translate("KeyboardShortcuts", "A, Enter"),
         translate("KeyboardShortcuts", "Figures not yet claimed: a new claim of the figure, its draft filled in")),
        (translate("KeyboardShortcuts", "Arrow keys"),
         translate("KeyboardShortcuts", "Map: from flow to flow")),
        (translate("KeyboardShortcuts", "+, −, Home"),
         translate("KeyboardShortcuts", "Map: zoom in, zoom out, show everything")),
        (translate("KeyboardShortcuts", "Up, Down"),
         translate("KeyboardShortcuts", "Comparison chart: the bar above or below")),
        (translate("KeyboardShortcuts", "Left, Right"),
         translate("KeyboardShortcuts", "Timeline: \"as of\" a day earlier or later")),
        (translate("KeyboardShortcuts", "Home, End"),
         translate("KeyboardShortcuts", "Timeline: the first day a claim was published; every claim again (now)")),
        (translate("KeyboardShortcuts", "Space"),
         translate("KeyboardShortcuts", "Timeline: play day by day, or pause")),
        (translate("KeyboardShortcuts", "Page Up, Page Down"),
         translate("KeyboardShortcuts", "Timeline: scroll the rows, where they do not all fit")),
        (translate("KeyboardShortcuts", "Right, Space, Page Down, Enter"),
         translate("KeyboardShortcuts", "Presentation: next")),
        (translate("KeyboardShortcuts", "Left, Page Up, Backspace"),
         translate("KeyboardShortcuts", "Presentation: previous")),
        (translate("KeyboardShortcuts", "Home, End"),
         translate("KeyboardShortcuts", "Presentation: first, last")),
        (translate("KeyboardShortcuts", "B or ."),
         translate("KeyboardShortcuts", "Presentation: blank the screen, and back")),
        (translate("KeyboardShortcuts", "Esc"),
         translate("KeyboardShortcuts", "Presentation: leave")),
    ]


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 560)
        rows = menu_shortcuts(window.menuBar()) + view_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for r, (keys, what) in enumerate(rows):
            for col, text in enumerate((keys, what)):
                item = QTableWidgetItem(text)   # a table item shows plain text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, col, item)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
