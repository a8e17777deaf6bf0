"""The source pane's parts beside the article: "Other claims on this flow" and clicks on quotes (a mixin of
SourcePane, which holds the widgets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter

from ..qt.plain import plain, tooltip
from ..qt.words import number
from .palette import ink_on, theme_of

ROW_GAP = 4
"""Pixels between the rows of "Other claims on this flow"."""


class ElidedButton(QPushButton):
    """A flat button whose one line of text is cut with "…" where it is too long for its width (its text(), tooltip
    and accessible name stay whole)."""

    def room(self, option: QStyleOptionButton | None = None) -> int:
        """The width its text has (the button's, less the style's padding)."""
        if option is None:
            option = QStyleOptionButton()
            self.initStyleOption(option)
        return max(self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width(), 0)

    def shown_text(self, option: QStyleOptionButton | None = None) -> str:
        """The text as drawn: whole, or cut with "…" to its room."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.room(option))

    def paintEvent(self, _event) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text(option)
        painter = QStylePainter(self)
        try:
            painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        finally:
            painter.end()


class RelatedClaims:
    """SourcePane's other claims on the flow and its clicks on quotes."""

    def set_least_rows(self, rows: int) -> None:
        """Never show fewer than ``rows`` rows of the other claims on the flow (while there are that many)."""
        sample = QPushButton("Xg")
        sample.setFlat(True)
        height = max(sample.sizeHint().height(), QLabel("Xg").sizeHint().height())
        scroll = self.related_scroll
        scroll.setMinimumHeight(rows * (height + ROW_GAP) - ROW_GAP + 2 * scroll.frameWidth())

    def _set_related(self, related: list[tuple[int, str]], total: int, later: int = 0) -> None:
        """Fill the rows of the related list, reusing its widgets (selection must stay fast); ``later``: how many
        more were published after the day "as of"."""
        rows = self._related_rows
        while len(rows) < len(related):
            tag = QLabel(textFormat=Qt.TextFormat.PlainText, alignment=Qt.AlignmentFlag.AlignCenter)
            tag.setFixedWidth(self._tag_width)
            button = ElidedButton()
            button.setFlat(True)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _c=False, i=len(rows): self._related_clicked(i))
            self.related_layout.addWidget(tag, len(rows), 0)
            self.related_layout.addWidget(button, len(rows), 1)
            rows.append((tag, button))
        view = self.app.claims_index
        self._related_ids = []
        for i, (tag, button) in enumerate(rows):
            shown = i < len(related)
            tag.setVisible(shown)
            button.setVisible(shown)
            if not shown:
                continue
            row, rel = related[i]
            self._related_ids.append(view.col["claim_id"][row])
            tag.setText(self._relations[rel])
            colour = theme_of(self.app).relation(rel)
            style = f"color: {ink_on(colour)}; background: {colour}; padding: 1px 6px; border-radius: 3px;"
            if tag.styleSheet() != style:   # set only when it differs: a style sheet set is parsed again
                tag.setStyleSheet(style)
            figure = view.text('figure', row)
            if view.col["stance"][row] == "denies":   # so "agrees" beside a denial reads as it is meant
                figure = f"✕ {view.text('stance', row)} {figure}"
            text = f"{figure} — {view.col['claimant'][row]} ({view.text('source', row)})"
            button.setText(plain(text))
            button.setToolTip(tooltip(text + "\n" + QCoreApplication.translate("SourcePane", "Click to select this claim.")))
            button.setAccessibleName(plain(f"{self._relations[rel]}: {text}"))
        self.related_scroll.setVisible(bool(related))
        if rows:
            tag, button = rows[0]
            self.related_scroll.set_rows(max(tag.sizeHint().height(), button.sizeHint().height()), ROW_GAP)
        notes = []
        if not related and self._source_id is not None:
            notes.append(QCoreApplication.translate("SourcePane", "No other claim on this flow.") if not later else
                         QCoreApplication.translate("SourcePane", "No other claim on this flow by then."))
        elif total > len(related):
            notes.append(QCoreApplication.translate("SourcePane", "… and {n} more (filter the table by this destination)").format(
                n=number(total - len(related))))
        if later:
            notes.append(QCoreApplication.translate("SourcePane", "Published after {day}: {n} more.").format(
                day=self.app.words.day(self.app.state.filters.as_of), n=number(later)))
        self.related_note.setText(" ".join(notes))
        self.related_note.setVisible(bool(self.related_note.text()))

    def _related_clicked(self, index: int) -> None:
        if index < len(self._related_ids):
            self.app.state.select(self._related_ids[index])

    # --- clicking -----------------------------------------------------------
    def claims_at(self, qt_position: int) -> list[str]:
        """The claims whose quotes hold this position: the shortest quote first (nested ones), claims sharing a
        quote in the order of the article's claims."""
        hits = [(e - s, i, cid) for i, (s, e, cid) in enumerate(self._spans)
                if self._positions[s] <= qt_position < self._positions[e]]
        return [cid for _length, _i, cid in sorted(hits)]

    def clicked_at(self, qt_position: int) -> None:
        """Select the claim whose quote was clicked (the shortest one, if nested); clicked again, the next claim
        whose quote holds the place (several claims may share one quote), round and round."""
        claims = self.claims_at(qt_position)
        if not claims:
            return
        here = self.app.state.claim_id
        self.app.state.select(claims[(claims.index(here) + 1) % len(claims)] if here in claims else claims[0])

    def quote_tooltip(self, qt_position: int) -> str:
        """The tooltip of the quote at this position (rich text, escaped): its claim, or every claim sharing it,
        and what a click does; "" off the quotes."""
        claims = self.claims_at(qt_position)
        if not claims:
            return ""
        view = self.app.claims_index
        lines = [f"{cid}: {view.text('figure', row)} — {view.col['claimant'][row]} ({view.text('destination', row)})"
                 for cid, row in ((cid, view.row_of(cid)) for cid in claims)]
        if len(claims) == 1:
            return tooltip(lines[0] + "\n" + QCoreApplication.translate("SourcePane", "Click to select this claim."))
        head = self.shared_words(len(claims))
        return tooltip("\n".join([head, *lines, QCoreApplication.translate("SourcePane", "Click again to select the next.")]))

