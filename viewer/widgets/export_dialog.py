"""The export dialog (Ctrl+E): what to export, of which claims, to which file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout)

from ..qt.plain import plain
from ..qt.report_files import CLAIMS_FORMATS, PICTURE_FORMATS, REPORT_FORMATS

FORMATS = {"map": PICTURE_FORMATS, "chart": PICTURE_FORMATS, "report": REPORT_FORMATS, "claims": CLAIMS_FORMATS}
SCOPED = ("report", "claims")
"""Kinds that cover a choice of claims; the map and chart show what the window shows."""


class ExportDialog(QDialog):
    def __init__(self, parent, counts: dict[str, int], flow: str | None,
                 suggested: Callable[[str], Path], ask_path: Callable[[str, Path], Path | None]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.suggested, self.ask_path = suggested, ask_path
        self.kind = QComboBox()
        for key, text in (("map", self.tr("Map (PNG or SVG)")), ("chart", self.tr("Comparison chart (PNG or SVG)")),
                          ("report", self.tr("Report with every quote and source (HTML or PDF)")),
                          ("claims", self.tr("Claims table in the dataset format (CSV)"))):
            self.kind.addItem(text, key)
        self.kind.setAccessibleName(self.tr("What to export"))
        self.filter_button = QRadioButton(self.tr("Claims passing the current filters ({n})").format(
            n=f"{counts.get('filter', 0):,}"))
        flow_text = (self.tr("Every claim on the selected flow: {flow} ({n})").format(flow=plain(flow),
                                                                                     n=f"{counts.get('flow', 0):,}")
                     if flow else self.tr("Every claim on the selected flow (no claim is selected)"))
        self.flow_button = QRadioButton(flow_text)
        self.has_flow = flow is not None
        self.flow_button.setEnabled(self.has_flow)
        self.scopes = QButtonGroup(self)
        self.scopes.addButton(self.filter_button)
        self.scopes.addButton(self.flow_button)
        self.filter_button.setChecked(True)
        self.scope_note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.hint = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.error = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.filter_button)
        scope_box.addWidget(self.flow_button)
        scope_box.addWidget(self.scope_note)
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.kind)
        form.addRow(self.tr("Of:"), scope_box)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.resize(640, self.sizeHint().height())
        self._kind_changed()

    def set_choice(self, kind: str, scope: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        flow = scope == "flow" and self.flow_button.isEnabled()
        (self.flow_button if flow else self.filter_button).setChecked(True)

    def choice(self) -> tuple[str, str, Path]:
        """(kind, "filter" or "flow", path)."""
        scope = "flow" if self.flow_button.isChecked() and self.kind.currentData() in SCOPED else "filter"
        return self.kind.currentData(), scope, Path(self.path.text().strip())

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        scoped = kind in SCOPED
        self.filter_button.setEnabled(scoped)
        self.flow_button.setEnabled(scoped and self.has_flow)
        self.scope_note.setText("" if scoped else (
            self.tr("The map shows every flow, framed as in the window.") if kind == "map"
            else self.tr("The chart shows the claims on the destination in view, under the current filters.")))
        self.scope_note.setVisible(not scoped)
        current = Path(self.path.text().strip()) if self.path.text().strip() else None
        if current is None or current.suffix.lower() not in FORMATS[kind]:
            self.path.setText(str(self.suggested(kind)))
        self.hint.setText(self.tr("The file's ending chooses the format: {endings}").format(
            endings=", ".join(FORMATS[kind])))
        self.error.hide()

    def _browse(self) -> None:
        kind = self.kind.currentData()
        current = Path(self.path.text().strip()) if self.path.text().strip() else self.suggested(kind)
        chosen = self.ask_path(kind, current)
        if chosen is not None:
            self.path.setText(str(chosen))

    def accept(self) -> None:
        kind, _scope, path = self.choice()
        if not self.path.text().strip():
            self._fail(self.tr("Give a file to write."))
        elif path.suffix.lower() not in FORMATS[kind]:
            self._fail(self.tr("End the file name with {endings}.").format(endings=" or ".join(FORMATS[kind])))
        elif not path.parent.is_dir():
            self._fail(self.tr("The folder {folder} does not exist.").format(folder=plain(str(path.parent))))
        else:
            super().accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
