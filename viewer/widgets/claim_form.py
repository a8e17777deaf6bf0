"""The claim form: every column of a claim, by keyboard, checked live in the checker's own words.

Enter keeps the claim, Esc drops it. Claimants complete from those in the dataset, destinations from
country names in English and Russian (and codes); stance, metric, claimant type and unit are one-key
choices. The form only collects values: the editing controller makes the edit on the Document.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from ..model.drafts.claim_draft import dry_check
from ..model.mapping.countries import _names
from ..model.checking.rules import CLAIM_COLUMNS, CLAIMANT_TYPES, METRICS, STANCES, UNITS
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from ..qt.problem_words import column_name, translated
from ..qt.words import claimant_type_labels, metric_labels, stance_labels

CHECK_DELAY_MS = 120


class OneKeyCombo(QComboBox):
    """A choice of codes, each picked by one key (shown beside it): "a" asserts, "d" denies."""

    def __init__(self, codes: tuple[str, ...], blank: bool = False):
        super().__init__()
        self.codes = ("",) * blank + tuple(codes)
        self.keys: dict[str, str] = {}

    def set_labels(self, labels: dict[str, str], blank_label: str = "") -> None:
        """Word the choices; each gets the first letter of its label not taken by an earlier one."""
        current = self.value()
        self.keys, items = {}, []
        for code in self.codes:
            label = labels.get(code, code) if code else blank_label
            key = next((ch for ch in label.casefold() if ch.isalnum() and ch not in self.keys), "")
            if code == "":
                key = "0" if "0" not in self.keys else key
            if key:
                self.keys[key] = code
            items.append(f"{label}   [{key}]" if key else label)
        self.blockSignals(True)
        self.clear()
        for code, text in zip(self.codes, items):
            self.addItem(text, code)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_value(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and code:   # a value the format does not know: kept, shown as it is
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def keyPressEvent(self, event) -> None:
        code = self.keys.get(event.text().casefold()) if event.text() else None
        if code is not None and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.set_value(code)
            self.activated.emit(self.currentIndex())   # the user's choice, as one made in the list (a guess no more)
            return
        super().keyPressEvent(event)


class CodeCompleter(QCompleter):
    """Completes country names (either language) and codes; inserts the code."""

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.UserRole) or ""


def destination_model(parent) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    seen = set()
    for language in ("en", "ru"):
        for code, name in sorted(_names(language).items(), key=lambda item: item[1]):
            if (code, name) in seen:
                continue
            seen.add((code, name))
            item = QStandardItem(f"{name} ({code})")
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
    return model


def as_code(text: str) -> str:
    """A destination typed as a country name ("Finland", "финляндия") as its code; anything else as it is."""
    wanted = text.strip().casefold()
    if not wanted or ";" in wanted:
        return text
    for language in ("en", "ru"):
        for code, name in _names(language).items():
            if name.casefold() == wanted:
                return code
    return text


class ClaimForm(Retranslating, QDialog):
    """A claim's columns; ``values()`` are what the user kept (strings, as in the CSV)."""

    FIELDS = ("source_id", "quote", "quote_prefix", "quote_suffix", "claimant", "claimant_type", "stance", "metric",
              "origin", "destination", "value_low", "value_high", "value_text", "unit", "period_start",
              "period_end", "note", "claim_id")

    def __init__(self, parent, document, claim: dict[str, str], editing: str | None = None):
        super().__init__(parent)
        self.document = document
        self.editing = editing
        self.original = dict(claim)
        self.setModal(True)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        dataset = document.dataset
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(30)
        for sid, outlet, title in zip(dataset.sources["source_id"], dataset.sources["outlet"], dataset.sources["title"]):
            self.source.addItem(plain(f"{outlet} — {title} ({sid})"), sid)
        self.fields["source_id"] = self.source
        for name in ("quote", "quote_prefix", "quote_suffix", "claimant", "origin", "destination", "value_low",
                     "value_high", "value_text", "period_start", "period_end", "note", "claim_id"):
            self.fields[name] = QLineEdit()
        self.fields["claimant_type"] = OneKeyCombo(CLAIMANT_TYPES, blank=True)
        self.fields["stance"] = OneKeyCombo(STANCES)
        self.fields["metric"] = OneKeyCombo(METRICS, blank=True)
        self.fields["unit"] = OneKeyCombo(UNITS, blank=True)
        claimants = sorted(set(pd.unique(dataset.claims["claimant"].astype(str))) - {""}, key=str.casefold)
        completer = QCompleter(QStringListModel(claimants, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fields["claimant"].setCompleter(completer)
        places = CodeCompleter(self)
        places.setModel(destination_model(places))
        places.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        places.setFilterMode(Qt.MatchFlag.MatchContains)
        places.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.fields["destination"].setCompleter(places)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in self.FIELDS:
            label = QLabel()
            label.setBuddy(self.fields[name])
            self.labels[name] = label
            form.addRow(label, self.fields[name])
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setStyleSheet("padding: 4px;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.guesses: dict[str, float] = {}
        self.guess_note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.guess_note.setStyleSheet("font-style: italic; padding: 4px;")
        self.guess_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.guess_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.retranslate()
        self.set_values(claim)
        for widget in self.fields.values():
            signal = widget.textChanged if isinstance(widget, QLineEdit) else widget.currentIndexChanged
            signal.connect(lambda *_a: self._timer.start())
        self.check()
        self.resize(640, 660)
        self.fields["claimant" if claim.get("quote") else "quote"].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit Claim {id}").format(id=self.editing) if self.editing else self.tr("New Claim"))
        words = {"source_id": self.tr("S&ource:"), "quote": self.tr("&Quote:"), "quote_prefix": self.tr("Words &before:"),
                 "quote_suffix": self.tr("Words a&fter:"), "claimant": self.tr("Cl&aimant:"),
                 "claimant_type": self.tr("Claimant &type:"), "stance": self.tr("&Stance:"), "metric": self.tr("&Metric:"),
                 "origin": self.tr("O&rigin:"), "destination": self.tr("&Destination:"), "value_low": self.tr("&Low bound:"),
                 "value_high": self.tr("&High bound:"), "value_text": self.tr("Figure as &worded:"), "unit": self.tr("&Unit:"),
                 "period_start": self.tr("&Period from:"), "period_end": self.tr("P&eriod until:"), "note": self.tr("&Note:"),
                 "claim_id": self.tr("Claim &id:")}
        for name, text in words.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", "").rstrip(":"))
            self.fields[name].setToolTip(self.tr("Column {column} of claims.csv").format(column=name))
        self.fields["claimant_type"].set_labels(claimant_type_labels(), self.tr("(not given)"))
        self.fields["stance"].set_labels(stance_labels())
        self.fields["metric"].set_labels(metric_labels(), self.tr("(not given)"))
        self.fields["unit"].set_labels({"people": self.tr("people"), "people_per_day": self.tr("people a day")},
                                       self.tr("(not given: people)"))
        self.fields["quote_prefix"].setPlaceholderText(self.tr("only when the quote occurs more than once"))
        self.fields["quote_suffix"].setPlaceholderText(self.tr("only when the quote occurs more than once"))
        self.fields["destination"].setPlaceholderText(self.tr("a country name or code; empty: abroad as a whole"))
        self.fields["origin"].setPlaceholderText(self.tr("empty: the dataset's origin ({origin})").format(
            origin=self.document.dataset.origin or "?"))
        self.fields["claim_id"].setPlaceholderText(self.tr("empty: made from the source id"))
        for name in ("value_low", "value_high"):
            self.fields[name].setPlaceholderText(self.tr("digits only, e.g. 70000"))
        for name in ("period_start", "period_end"):
            self.fields[name].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep Claim"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Drop"))
        self.problems.setAccessibleName(self.tr("Problems of this claim"))
        if hasattr(self, "_timer"):
            self.check()

    def mark_guesses(self, guesses: dict[str, float]) -> None:
        """Show which fields are guesses from the article's words (italic, with how sure in their tooltip and
        accessible description); a field the user changes is no longer marked."""
        self.guesses = dict(guesses)
        for name, sure in guesses.items():
            widget = self.fields.get(name)
            if widget is None:
                continue
            font = widget.font()
            font.setItalic(True)
            widget.setFont(font)
            note = self.tr("A guess from the article's words ({sure}% sure): check it.").format(sure=round(sure * 100))
            widget.setToolTip(note)
            widget.setAccessibleDescription(note)
            self.labels[name].setText(self.labels[name].text().rstrip(":") + " ≈:")
            signal = widget.textEdited if isinstance(widget, QLineEdit) else widget.activated
            signal.connect(lambda *_a, n=name: self._not_a_guess(n))
        self.guess_note.setText(self.tr("Fields marked ≈ (in italics) are guesses from the article's words; "
                                        "check them, then press Enter to keep the claim."))
        self.guess_note.setVisible(bool(guesses))

    def _not_a_guess(self, name: str) -> None:
        if self.guesses.pop(name, None) is None:
            return
        widget = self.fields[name]
        font = widget.font()
        font.setItalic(False)
        widget.setFont(font)
        widget.setAccessibleDescription("")
        self.labels[name].setText(self.labels[name].text().replace(" ≈:", ":"))

    def set_values(self, claim: dict[str, str]) -> None:
        for name, widget in self.fields.items():
            value = str(claim.get(name, "") or "")
            if isinstance(widget, OneKeyCombo):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0 and value:
                    widget.addItem(value, value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
            else:
                widget.setText(value)
                widget.setCursorPosition(0)

    def values(self) -> dict[str, str]:
        """Every claim column as the form holds it."""
        out = {}
        for name, widget in self.fields.items():
            if isinstance(widget, OneKeyCombo):
                out[name] = widget.value()
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                out[name] = data if isinstance(data, str) else ""
            else:
                out[name] = widget.text()
        out["destination"] = as_code(out["destination"])
        return out

    def changes(self) -> dict[str, str]:
        """The columns whose value differs from the claim the form opened with."""
        return {name: value for name, value in self.values().items()
                if value != str(self.original.get(name, "") or "") and name in CLAIM_COLUMNS}

    def field_name(self, column: str) -> str:
        """A column as the form names it ("Destination", "Куда"): its field's label, else the format's name."""
        label = self.labels.get(column)
        if label is None:
            return column_name(column)
        return label.text().replace("&", "").replace(" ≈", "").rstrip(":").strip()

    def focus_field(self, column: str) -> None:
        """Put the cursor in a column's field, its text selected (a problem found there, to mend)."""
        widget = self.fields.get(column)
        if widget is None:
            return
        widget.setFocus()
        if hasattr(widget, "selectAll"):
            widget.selectAll()

    def check(self) -> None:
        """Show the problems the claim would have, worded as `check` words them."""
        values = self.values()
        if not values["claim_id"] and not self.editing:
            values["claim_id"] = "new"   # made on keeping it
        found = dry_check(self.document, values, self.editing)
        if not found:
            self.problems.setText(self.tr("No problems."))
            self.problems.setStyleSheet("padding: 4px;")
        else:
            self.problems.setText("\n".join(f"{self.field_name(p.column)}: {translated(p.text)}" for p in found))
            self.problems.setStyleSheet("padding: 4px; color: #a0301e;")
        self.found = found
