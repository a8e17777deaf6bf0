"""Presentation mode: full screen, for a projector. The map and one claim's words in large print.

Keys are those presentation clickers send: Right, Down, Space, Page Down, Return
for the next step; Left, Up, Page Up, Backspace for the previous one; Home and
End; B or . blanks the screen; Esc leaves. Stepping selects the claim in the
shared state, so the window behind (or on the laptop's own screen) follows.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..model.flows.figures import figure_words, with_bounds
from ..model.timeline.as_of import NO_DAY, day_of
from ..model.reports.presentation import Steps
from ..model.mapping.reveal_map import RevealedFlows
from ..qt.announce import claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from ..qt.words import readable_time
from .map_panel import MapPanel
from .palette import Theme
from .slide_labels import ElidedLabel, ink, plain_label
from .presentation_text import claim_details, flow_heading, quote_text
from .theme import window_palette
from .slide_fitting import SlideFitting

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return,
             Qt.Key.Key_Enter, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
REVEALED_SHOWN = 6
"""Claims of the flow listed beside the map at most (the latest ones)."""


class PresentationView(Retranslating, SlideFitting, QWidget):
    """A top-level window that steps through claims; ``left`` is emitted when it closes."""

    left = Signal()

    def __init__(self, app: AppModel, steps: Callable[[], Steps], theme: Theme, parent: QWidget | None = None,
                 dated: Callable[[], bool] | None = None):
        super().__init__(parent, Qt.WindowType.Window)   # a window of its own, closed with its parent
        self.app = app
        self._dated = dated or (lambda: False)
        """True when the steps go in date order: each sets "as of" to its claim's day (and says it large)."""
        self._as_of_before = None
        self._make_steps = steps
        self._revealed: RevealedFlows | None = None
        self.set_steps(steps())
        self.step = 0
        self.current: str | None = None
        """The claim shown."""
        self._stepping = False
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.heading = plain_label(wrap=True)
        self.counter = plain_label(align=Qt.AlignmentFlag.AlignRight)
        self.date = plain_label(wrap=True)   # the day of the story shown, in date order: large, atop the side column
        self.date.setMinimumWidth(1)
        self.map = MapPanel(app, theme)
        self.map.title.hide()
        self.map.reset_button.hide()
        # The map shows; the clicker drives. A click anywhere is "next", as in slide shows.
        self.map.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.stance = plain_label(wrap=True)
        self.figure = plain_label(wrap=True)
        self.bounds = plain_label(wrap=True)
        """Under a vague wording ("tens of thousands"), in small type: the bounds read from it."""
        self.details = plain_label(wrap=True)
        self.flow_note = plain_label(wrap=True)
        self.revealed_title = plain_label(wrap=True)
        self.revealed: list[QLabel] = [ElidedLabel() for _ in range(REVEALED_SHOWN)]
        for label in (self.stance, self.figure, self.bounds, self.details, self.flow_note, self.revealed_title):
            label.setMinimumWidth(1)   # wrap within the column; never widen it
        self.earlier = plain_label()
        self.quote = plain_label(wrap=True)
        self.attribution = plain_label(wrap=True)
        self.hint = plain_label(align=Qt.AlignmentFlag.AlignRight)
        self.side = QVBoxLayout()
        for widget in (self.date, self.stance, self.figure, self.bounds, self.details, self.flow_note,
                       self.revealed_title, *self.revealed, self.earlier):
            self.side.addWidget(widget)
        self.side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.hint)
        top.addSpacing(24)
        top.addWidget(self.counter)
        self.grid = QGridLayout(self)
        self.grid.addLayout(top, 0, 0, 1, 2)
        self.grid.addWidget(self.map, 1, 0)
        self.grid.addLayout(self.side, 1, 1)
        # The quote's box keeps one height whatever the quote's length, so the map does not jump.
        self.quote_box = QWidget()
        words = QVBoxLayout(self.quote_box)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.quote)
        words.addWidget(self.attribution)
        words.addStretch(1)
        self.grid.addWidget(self.quote_box, 2, 0, 1, 2)
        self.grid.setColumnStretch(0, 64)
        self.grid.setColumnStretch(1, 36)
        self.grid.setRowStretch(1, 1)
        self.blank = QWidget(self)
        self.blank.setAutoFillBackground(True)
        blank_palette = self.blank.palette()
        blank_palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blank.setPalette(blank_palette)
        self.blank.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=6000)
        self._hint_timer.timeout.connect(self.hint.hide)
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_theme(theme)
        self.retranslate()
        app.claimSelected.connect(self._claim_selected)
        app.datasetChanged.connect(self._dataset_changed)
        app.wordsChanged.connect(self._reword)

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("Claims Atlas — Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.hint.setText(self.tr("→ next   ← back   B blank   Esc leave"))
        self._reword()

    def _reword(self) -> None:
        """The step shown again in the words of the interface language (hidden, it waits for the next show)."""
        if self.isVisible() and len(self.steps):
            self.show_step()

    # --- showing -------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setPalette(window_palette(theme))
        self.map.set_theme(theme)
        for label in (self.counter, self.details, self.flow_note, self.revealed_title, self.earlier, self.hint):
            ink(label, theme.muted)
        if len(self.steps):
            self.show_step()

    def present(self, start_claim: str | None = None, screen=None) -> None:
        """Show full screen on ``screen`` at the first step, or at ``start_claim``'s."""
        row = self.app.claims_index.row_of(start_claim) if start_claim is not None and self.app.claims_index is not None else None
        start = self.steps.step_of(row) if row is not None else None
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self._as_of_before = self.app.state.filters.as_of
        self.hint.show()
        self._hint_timer.start()
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self.go(start or 0)

    def go(self, step: int) -> None:
        """Show step ``step`` (clamped to the first and last) and select its claim everywhere."""
        if not len(self.steps):
            return
        self.step = int(min(max(step, 0), len(self.steps) - 1))
        self.current = self.app.claims_index.col["claim_id"][int(self.steps.rows[self.step])]
        self._stepping = True
        try:
            self.app.state.select(self.current)
        finally:
            self._stepping = False
        self.show_step()

    def show_step(self) -> None:
        view = self.app.claims_index
        row = int(self.steps.rows[self.step])
        claim = view.record(row)
        denies = claim["stance"] == "denies"
        words = self.app.words
        self.heading.setText(plain(flow_heading(claim, words)))
        self.counter.setText(f"{self.step + 1} / {len(self.steps)}")
        self.stance.setText(self.tr("✕ denies") if denies else self.tr("asserts"))
        ink(self.stance, self.theme.denial if denies else self.theme.muted)
        no_figure = np.isnan(view.low[row]) and np.isnan(view.high[row])
        lead, bounds = figure_words(view, row, words)
        self.figure.setText(self.tr("no figure given") if no_figure else plain(lead))
        ink(self.figure, self.theme.denial if denies else self.theme.muted if no_figure else self.theme.text)
        self.bounds.setText(plain(bounds))
        self.bounds.setVisible(bool(bounds))
        ink(self.bounds, self.theme.denial if denies else self.theme.text)
        self.details.setText(plain(claim_details(claim, lead, words)))
        self.quote.setText(plain(quote_text(claim["quote"], words)))
        when = readable_time(view.text("published", row)[:10])
        self.attribution.setText(plain(f"— {claim['claimant']} · {view.text('outlet', row)} · {when}"))
        self._follow_date(row)
        self._show_revealed()
        describe(self, claim_summary(self.app, self.current))
        # Revealing, the map shows the flows only as far as the claims shown: no figure before its turn.
        self.map.show_revealed(self._revealed.at(self.step) if self._revealed is not None else None)
        self._fit_quote()
        self._fit_figure()

    def _follow_date(self, row: int) -> None:
        """In date order, the story as known on the claim's day: every view (the map too) follows."""
        day = int(self.app.claims_index.day[row])
        if not self._dated() or day == NO_DAY or not self.isVisible():   # (not yet presenting: the day stays)
            self.date.hide()
            return
        as_of = day_of(day)
        self.date.setText(plain(self.app.words.day(as_of)))
        self.date.show()
        self.app.state.set_as_of(as_of)

    def set_steps(self, steps: Steps) -> None:
        """Step through ``steps`` from now on (the caller then goes to a step)."""
        self.steps = steps
        view = self.app.claims_index
        self._revealed = RevealedFlows(view, steps) if steps.reveal and view is not None else None

    def _show_revealed(self) -> None:
        view = self.app.claims_index
        if not self.steps.reveal:
            self.flow_note.setText("")
            self.revealed_title.hide()
            for label in self.revealed:
                label.hide()
            self.earlier.hide()
            return
        rows = self.steps.revealed(self.step)
        total = self.steps.group_size(self.step)
        self.flow_note.setText(self.tr("claim {n} of {total} on this flow").format(n=len(rows), total=total))
        self.revealed_title.setText(self.tr("Shown so far on this flow:"))
        self.revealed_title.setVisible(len(rows) > 1)
        latest = rows[-REVEALED_SHOWN:] if len(rows) > 1 else rows[:0]
        for i, label in enumerate(self.revealed):
            if i >= len(latest):
                label.hide()
                continue
            r = int(latest[i])
            current = i == len(latest) - 1
            denial = view.col["stance"][r] == "denies"
            mark = "✕ " if denial else "• "
            figure = with_bounds(*figure_words(view, r, self.app.words), self.app.words)
            label.setText(plain(f"{mark}{figure} — {view.col['claimant'][r]} ({view.text('outlet', r)})"))
            ink(label, self.theme.denial if denial else (self.theme.text if current else self.theme.muted))
            font = label.font()
            font.setBold(current)
            label.setFont(font)
            label.show()
        hidden = len(rows) - len(latest) if len(rows) > 1 else 0
        self.earlier.setText(self.tr("… and {n} earlier").format(n=hidden))
        self.earlier.setVisible(hidden > 0)

    # --- sizes --------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()
        # Frame the map again once the layout has given it its new size (the labels follow).
        self.map.setMaximumWidth(16777215)
        QTimer.singleShot(0, self.map, self._fit_map)

    # --- keys and clicks -------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.go(self.step + 1)
        elif key in PREVIOUS_KEYS:
            self.go(self.step - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.steps) - 1)
        elif key in BLANK_KEYS:
            self.blank.setGeometry(self.rect())
            self.blank.setVisible(not self.blank.isVisible())
            self.blank.raise_()
        elif key == Qt.Key.Key_Escape:
            if self.blank.isVisible():
                self.blank.hide()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.go(self.step + 1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.go(self.step - 1)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False   # Tab is no step; keep the keys here

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        if self._dated():   # back to the day the window showed before
            self.app.state.set_as_of(self._as_of_before)
        self.left.emit()

    # --- the shared model -------------------------------------------------------------
    def _claim_selected(self, claim_id) -> None:
        """Another view selected a claim: go to its step, if it has one."""
        if self._stepping or not self.isVisible() or self.app.claims_index is None or claim_id is None:
            return
        row = self.app.claims_index.row_of(claim_id)
        step = self.steps.step_of(row) if row is not None else None
        if step is not None and step != self.step:
            self.step, self.current = step, claim_id
            self.show_step()

    def _dataset_changed(self) -> None:
        """The dataset was reloaded (or its quotes checked): new steps, the same claim if it is still there."""
        if not self.isVisible():
            return   # the next presentation makes its steps afresh
        self.set_steps(self._make_steps())
        if not len(self.steps):
            self.close()
            return
        row = self.app.claims_index.row_of(self.current)
        step = self.steps.step_of(row) if row is not None else None
        self.go(step or 0)


def pick_screen(window: QWidget):
    """The screen to present on: another screen than the window's (a projector) if there is one."""
    own = window.screen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    return others[0] if others else own
