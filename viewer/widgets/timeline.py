"""The timeline panel: who claimed what when, the story "as of" any day, and how a flow's figure moved.

A row per destination, a mark per claim at its source's published day
(coloured by claimant type, denials with the denial mark, a faint span for the
period a figure counts), the dataset's event as a labelled line. Click a mark
to select its claim; drag across dates to filter every view to them (the
table's filter bar shows it, Clear filters clears it); drag the handle, type a
date, step a day with the arrow keys or play day by day to move "as of"; Now
(or End) returns to every claim. Below, the selected claim's flow: each claim's
range at its day.

It writes only to the shared state and reads the shared model: it never talks
to another panel.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QPointF, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout,
                               QWidget)

from ..model.timeline.as_of import NO_DAY, as_of_mask, day_number, day_of
from ..model.mapping.countries import destination_name
from ..model.state import Filters
from ..model.timeline.layout import TYPES, TimelineMarks
from ..qt.announce import announce, describe
from ..qt.bridge import AppModel
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from ..qt.words import number
from .palette import theme_of
from .slide_labels import ElidedLabel
from .timeline_canvas import TimelineCanvas
from .timeline_history import FigureHistory

SPEEDS = (1, 2, 4, 8)
"""Days per second the player can go."""


def _undated(filters: Filters) -> Filters:
    """The filters the marks follow: all but the dates (the timeline shows every day)."""
    return replace(filters, as_of=None, published_from=None, published_to=None)


class TimelinePanel(Retranslating, QWidget):
    def __init__(self, app: AppModel):
        super().__init__()
        self.app = app
        self.as_of_label = QLabel()
        self.date = QDateEdit(calendarPopup=True)
        self.now = QPushButton()
        self.back = QToolButton(text="◀")
        self.forward = QToolButton(text="▶")
        self.play = QPushButton()
        self.play.setCheckable(True)
        self.speed = QComboBox()
        self.canvas = TimelineCanvas(self)
        self.history_title = ElidedLabel()   # cut with "…" where the controls leave it little room; whole in its tooltip
        self.history = FigureHistory(self.canvas, self)
        self.history.number = number
        self.canvas.describe_at = self.describe_at
        bar = QHBoxLayout()
        for widget in (self.as_of_label, self.date, self.back, self.forward, self.play, self.speed, self.now):
            bar.addWidget(widget)
        bar.addSpacing(12)
        # The small chart's title sits beside the controls while it fits there whole (the panel's height goes to
        # the marks), else on a line of its own above the chart (see _place_history_title).
        bar.addWidget(self.history_title, 1)
        bar.addStretch(0)   # (takes the room only when the title is not there)
        self._bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 4)
        layout.addWidget(self.history, 1)
        self._title_in_bar = True
        self._history_rows: tuple | None = None   # the small chart's claim and rows, for its title
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._marks_for: tuple | None = None
        self._syncing = False

        self.date.dateChanged.connect(self._date_typed)
        self.now.clicked.connect(lambda: self.set_as_of(None))
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.play.toggled.connect(self._play_toggled)
        self.speed.currentIndexChanged.connect(lambda _i: self._timer.setInterval(self._interval()))
        self.canvas.claimClicked.connect(self._claim_clicked)
        self.canvas.asOfDragged.connect(self.set_as_of)
        self.canvas.rangeChosen.connect(self._range_chosen)
        self.canvas.stepRequested.connect(self.step)
        self.canvas.keyPressed.connect(self._key)
        app.datasetChanged.connect(self._rebuild)
        app.claimsChanged.connect(self._claims_changed)
        self._recount = QTimer(self, singleShot=True, interval=0)   # edits coalesced: the marks counted once
        self._recount.timeout.connect(self._recount_if_shown)
        app.filtersChanged.connect(self._filters_changed)
        app.claimSelected.connect(self._claim_selected)
        app.themeChanged.connect(self._theme_changed)
        app.wordsChanged.connect(self._rebuild)
        self.retranslate()
        self._theme_changed()
        if app.dataset is not None:
            self._rebuild()

    # --- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.as_of_label.setText(self.tr("As of:"))
        self.date.setAccessibleName(self.tr("As of date"))
        self.date.setToolTip(self.tr("Show what was published by this day in every view"))
        self.date.setDisplayFormat(QCoreApplication.translate(
            "SourcePane", "d MMM yyyy", "date format of QLocale::toString, e.g. 6 Oct 2022"))
        self.now.setText(self.tr("Now"))
        self.now.setToolTip(self.tr("Show every claim again, whenever published (End)"))
        self.back.setToolTip(self.tr("A day earlier (Left)"))
        self.back.setAccessibleName(self.tr("A day earlier"))
        self.forward.setToolTip(self.tr("A day later (Right)"))
        self.forward.setAccessibleName(self.tr("A day later"))
        self.play.setText(self.tr("Pause") if self.play.isChecked() else self.tr("Play"))
        self.play.setToolTip(self.tr("Go day by day through the story (Space)"))
        self.speed.setAccessibleName(self.tr("Playing speed"))
        current = max(self.speed.currentIndex(), 0)
        self.speed.blockSignals(True)
        self.speed.clear()
        for days in SPEEDS:
            self.speed.addItem(self.tr("%n day(s) a second", "", days), days)
        self.speed.setCurrentIndex(current)
        self.speed.blockSignals(False)
        self.canvas.setAccessibleName(self.tr("Timeline of claims"))
        self.canvas.setAccessibleDescription(self.tr(
            "A row per destination, a mark per claim at its publication date. Left and Right move the "
            "'as of' day, Home goes to the first day a claim was published, Space plays, End returns to now, "
            "Page Up and Page Down scroll the rows; drag across dates to filter every view."))
        self.history.setAccessibleName(self.tr("How the selected flow's figure moved"))
        self._show_history()

    # --- following the model ------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Count the marks again (a new dataset, other filters or another language)."""
        view = self.app.claims_index
        canvas = self.canvas
        canvas.claims_index = view
        canvas.day_words = self.app.words.day
        if view is None:
            canvas.marks = None
            canvas.invalidate()
            return
        filters = _undated(self.app.state.filters)
        canvas.event_mark = self._event()
        canvas.marks = TimelineMarks(view, view.mask(filters) if filters.active else None,
                                     canvas.event_mark[1] if canvas.event_mark else None)
        self._marks_for = (id(view), filters, self.app.words)
        canvas.setMinimumHeight(canvas.height_for(min(canvas.marks.n_rows, 6)))
        canvas.invalidate()
        marks = canvas.marks
        self._syncing = True
        self.date.setDateRange(_qdate(day_of(marks.first_day)), _qdate(day_of(marks.last_day)))
        self._syncing = False
        self._filters_changed()
        self._claim_selected(self.app.state.claim_id)

    def _claims_changed(self, _change) -> None:
        """Claims were added, edited or taken away: the marks are counted again (once for a burst of edits, and
        only while the timeline is shown; else when it is next shown). Stale marks drew claims at their old
        days, left added ones out, and the figure's history indexed past their end (an undone delete)."""
        self._marks_for = None
        self._recount.start()

    def _recount_if_shown(self) -> None:
        if self.isVisible() and self._marks_for is None and self.app.claims_index is not None:
            self._rebuild()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._recount_if_shown()

    def _event(self) -> tuple[str, int] | None:
        event = self.app.dataset.descriptor.event if self.app.dataset is not None else None
        try:
            return (plain(str(event["label"])), day_number(date.fromisoformat(event["date"]))) if event else None
        except (KeyError, TypeError, ValueError):
            return None

    def _filters_changed(self) -> None:
        view = self.app.claims_index
        if view is None:
            return
        filters = self.app.state.filters
        if self._marks_for != (id(view), _undated(filters), self.app.words):
            return self._rebuild()
        canvas = self.canvas
        canvas.as_of = day_number(filters.as_of) if filters.as_of is not None else None
        start, end = filters.published_from, filters.published_to
        canvas.range = None if start is None and end is None else (
            day_number(start) if start is not None else canvas.marks.first_day,
            day_number(end) if end is not None else canvas.marks.last_day)
        self._syncing = True
        shown = filters.as_of or day_of(canvas.marks.last_day)
        self.date.setDate(_qdate(shown))
        self._syncing = False
        self.now.setEnabled(filters.as_of is not None)
        describe(self.canvas, self._as_of_words())
        self._word_history()
        canvas.update()
        self.history.update()

    def _as_of_words(self) -> str:
        as_of = self.app.state.filters.as_of
        return (self.tr("As of {day}").format(day=self.app.words.day(as_of)) if as_of is not None
                else self.tr("Every claim, whenever published"))

    def _claim_selected(self, claim_id) -> None:
        view = self.app.claims_index
        row = view.row_of(claim_id) if view is not None else None
        self.canvas.selected_row = row
        marks = self.canvas.marks
        if row is not None and marks is not None and marks.counted(row):   # (else new marks are on their way)
            self.canvas.show_row(marks.row_of_claim(row))
        self.canvas.update()
        self._show_history()

    def _show_history(self) -> None:
        view = self.app.claims_index
        row = self.canvas.selected_row
        if view is None or row is None:
            self._history_rows = None
            self.history.set_rows(np.zeros(0, dtype=np.int64), None)
            self._set_history_title(self.tr("Select a claim to see how its flow's figure moved."))
            return
        rows = view.flow_rows(row)
        rows = rows[view.day[rows] != NO_DAY]
        self.history.set_rows(rows, row)
        self._history_rows = (row, rows)
        self._word_history()

    def _word_history(self) -> None:
        """The small chart's title: its flow and how many claims it shows (as of a day, how many known by then)."""
        view = self.app.claims_index
        if self._history_rows is None or view is None:
            return
        row, rows = self._history_rows
        words = self.app.words
        names = dict(destination=destination_name(view.col["destination"][row], words),
                     metric=words.metric(view.col["metric"][row]))
        as_of = self.app.state.filters.as_of
        if as_of is None:
            title = self.tr("How the figure moved: {destination}, {metric} (%n claim(s))", "", len(rows))
        else:   # the claims known by the day, of all of them (the later ones are drawn faint)
            title = self.tr("How the figure moved: {destination}, {metric} ({known} of %n claim(s) by {day})", "",
                            len(rows))
            names.update(known=number(int(np.count_nonzero(as_of_mask(view.day[rows], as_of)))),
                         day=words.day(as_of))
        self._set_history_title(plain(title.format(**names)))

    def _set_history_title(self, text: str) -> None:
        self.history_title.setText(text)
        self.history_title.setToolTip(text)
        self.history_title.setAccessibleName(text)
        self.history_title.update()
        self._place_history_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_history_title()

    def _place_history_title(self) -> None:
        """Beside the controls if the title fits there whole, else on its own line above the small chart."""
        controls = sum(w.sizeHint().width() for w in (self.as_of_label, self.date, self.back, self.forward,
                                                      self.play, self.speed, self.now))
        spacing = max(self._bar.spacing(), 0) * 8 + 12
        title = self.history_title.fontMetrics().horizontalAdvance(self.history_title.text()) + 4
        in_bar = controls + spacing + title + 8 <= self.width()
        if in_bar == self._title_in_bar:
            return
        self._title_in_bar = in_bar
        layout = self.layout()
        if in_bar:
            layout.removeWidget(self.history_title)
            self._bar.addWidget(self.history_title, 1)
        else:
            self._bar.removeWidget(self.history_title)
            layout.insertWidget(layout.indexOf(self.history), self.history_title)

    def _theme_changed(self) -> None:
        self.canvas.theme = theme_of(self.app)
        self.canvas.update()
        self.history.update()

    # --- what a person does ---------------------------------------------------------------------
    def set_as_of(self, day: date | None) -> None:
        """Show the story as known on ``day`` (None: now) in every view. A day set by hand stops playing."""
        if self.play.isChecked():
            self.play.setChecked(False)
        self.app.state.set_as_of(day)

    def step(self, days: int) -> None:
        """Move "as of" by ``days`` (from now, a step back goes to the last day before it)."""
        marks = self.canvas.marks
        if marks is None or not marks.n_claims:
            return
        current = self.app.state.filters.as_of
        day = (day_number(current) if current is not None else marks.last_day + (1 if days < 0 else 0)) + days
        if current is None and days > 0:
            return
        day = min(max(day, marks.first_day), marks.last_day)
        self.set_as_of(day_of(day))
        announce(self.canvas, self._as_of_words())

    def _date_typed(self, qdate: QDate) -> None:
        if not self._syncing and qdate.isValid():
            self.set_as_of(date(qdate.year(), qdate.month(), qdate.day()))

    def _range_chosen(self, first: date, last: date) -> None:
        self.app.state.update_filters(published_from=first, published_to=last)

    def _claim_clicked(self, row: int) -> None:
        self.app.state.select(self.app.claims_index.col["claim_id"][row])

    def _key(self, key: int) -> None:
        if key == int(Qt.Key.Key_Space.value):
            self.play.toggle()
        elif key == int(Qt.Key.Key_Home.value) and self.canvas.marks is not None:
            self.set_as_of(day_of(self.canvas.marks.first_published))
        elif key == int(Qt.Key.Key_End.value):
            self.set_as_of(None)

    # --- playing ------------------------------------------------------------------------------------
    def _interval(self) -> int:
        return int(1000 / (self.speed.currentData() or 1))

    def _play_toggled(self, on: bool) -> None:
        self.play.setText(self.tr("Pause") if on else self.tr("Play"))
        marks = self.canvas.marks
        if not on or marks is None:
            self._timer.stop()
            return
        as_of = self.app.state.filters.as_of
        if as_of is None or day_number(as_of) >= marks.last_day:   # from the first day a claim was published
            self.app.state.set_as_of(day_of(marks.first_published))
        self._timer.start(self._interval())

    def _tick(self) -> None:
        marks = self.canvas.marks
        as_of = self.app.state.filters.as_of
        if marks is None or as_of is None or day_number(as_of) >= marks.last_day:
            self.play.setChecked(False)
            return
        self.app.state.set_as_of(as_of + timedelta(days=1))   # (not set_as_of: that is a person's, and pauses)

    # --- hover ---------------------------------------------------------------------------------------
    def describe_at(self, pos: QPointF) -> str:
        """Who, what and when at a point of the canvas (a claim, or a mark of many)."""
        hit = self.canvas.hit(pos)
        view = self.app.claims_index
        if hit is None or view is None:
            return ""
        kind, what = hit
        words = self.app.words
        if kind == 0:
            row = what
            return self.tr("{claimant} ({type}) {stance}: {metric} {figure}, {destination}\n{outlet}, {day}").format(
                claimant=view.col["claimant"][row], type=words.claimant_type(view.col["claimant_type"][row]),
                stance=view.text("stance", row), metric=view.text("metric", row), figure=view.text("figure", row),
                destination=view.text("destination", row), outlet=view.text("outlet", row),
                day=words.day(day_of(int(view.day[row]))))
        bins = self.canvas.bins()
        marks = self.canvas.marks
        kinds, denials, first, last = bins.breakdown(what)
        parts = [f"{number(n)} {words.claimant_type(t) if t else self.tr('no claimant type')}"
                 for t, n in zip(TYPES, kinds.tolist()) if n]
        when = words.day(day_of(first)) if first == last else self.tr("{first} – {last}").format(
            first=words.day(day_of(first)), last=words.day(day_of(last)))
        text = self.tr("{n} claims on {destination}, published {when}: {kinds}").format(
            n=number(int(bins.count[what])), destination=marks.row_labels[int(bins.row[what])],
            when=when, kinds=", ".join(parts))
        if denials:
            text += "\n" + self.tr("%n denial(s)", "", denials)
        return text + "\n" + self.tr("Click to select one of them.")

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self.canvas


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
