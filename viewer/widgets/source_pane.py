"""The source pane: the article a claim comes from, its quote highlighted."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from ..model.flows.relations import related_rows
from ..model.index.relevance import may_touch
from ..model.checking.text import NormalisedText, occurrence_picked, spans_as_they_stand
from ..qt.announce import claim_summary, describe
from ..qt.bridge import AppModel
from ..qt.plain import plain
from ..qt.words import number, readable_time, relation_labels
from ..model.drafts.prefill import figures_of
from .figures_list import FiguresPanel
from .panel import LinkedPanel
from .whole_rows import WholeRowsScroll

from .related_claims import ROW_GAP, RelatedClaims
from .article_view import ArticleView, QuoteMarks, qt_positions
from .article_split import ArticleSplit


QUOTED = frozenset({"quote", "quote_prefix", "quote_suffix", "source_id", "claim_id"})
"""Columns that say where a claim's quote is (or whose it is): a change of one marks the article again."""


class SourcePane(QuoteMarks, RelatedClaims, LinkedPanel):
    """Outlet, title, date, byline, URL (never fetched), the article and the claims beside it.

    Any source can be shown from the list above it, one with no claims too. Words selected in the
    article become a new claim (C, or the context menu): ``claimFromSelection`` says which.
    """

    _text = ""
    """The article's text as read (the figures in it are found in this)."""
    _shown: str | None = None
    _shown_in: str | None = None
    """The source of the claim shown (kept when its article is read again)."""
    """The claim the pane shows (None: none, or a source chosen without a claim)."""

    claimFromSelection = Signal(str, int, int)   # source id, start and end of the selection (code points)
    claimFromFigure = Signal(str, int)           # source id, the figure's index among the article's figures
    articleShown = Signal()                      # the article shown (shown_source_id) may have changed

    def __init__(self, app: AppModel):
        super().__init__(app)
        self._spans: list[tuple[int, int, str]] = []
        self._source_id: str | None = None
        self._chosen: str | None = None   # a source chosen from the list while no claim is selected
        self.article_actions: list = []
        """Actions on the shown article the window adds to its context menu (Edit Article Text…)."""
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(24)
        self.chooser_label = QLabel()
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.activated.connect(self._chosen_from_list)
        self.heading = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.meta = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.url = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.claim_line = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.quote_note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)   # a quote that is not unique
        self.quote_note.setStyleSheet("font-style: italic;")
        self.quote_note.hide()
        self._article: NormalisedText | None = None
        for label in (self.heading, self.meta, self.claim_line):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.article = ArticleView(self)
        self.related = QWidget()
        self.related_layout = QGridLayout(self.related)
        self.related_layout.setContentsMargins(0, 0, 0, 0)
        self.related_layout.setColumnStretch(1, 1)
        self.related_layout.setVerticalSpacing(ROW_GAP)
        self._related_rows: list[tuple[QLabel, QPushButton]] = []
        self._related_as_of = None   # the day "as of" the other claims on the flow were listed for
        self._related_ids: list[str] = []
        self.related_note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)   # (its notes may run long)
        related_box = QWidget()
        related_box_layout = QVBoxLayout(related_box)
        related_box_layout.setContentsMargins(0, 0, 0, 0)
        related_box_layout.addWidget(self.related)
        related_box_layout.addStretch(1)
        self.related_title = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.related_title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        choosing = QHBoxLayout()
        choosing.addWidget(self.chooser_label)
        choosing.addWidget(self.chooser, 1)
        layout.addLayout(choosing)
        for w in (self.heading, self.meta, self.url, self.claim_line, self.quote_note):
            layout.addWidget(w)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 2, 0, 0)
        self.related_title.hide()   # (its tab says it)
        self.related_scroll = scroll = WholeRowsScroll()   # never a row cut in half
        scroll.setWidget(related_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lower_layout.addWidget(scroll, 1)
        lower_layout.addWidget(self.related_note)
        lower_layout.addStretch(0)
        self.figures = FiguresPanel()
        self.figures.figureShown.connect(self._show_figure)
        self.figures.claimRequested.connect(lambda i: self._source_id and self.claimFromFigure.emit(self._source_id, i))
        self._figures: list = []
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(lower, "")
        self.lower_tabs.addTab(self.figures, "")
        self._split = ArticleSplit(self.article, self.lower_tabs)
        layout.addWidget(self._split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange)."""
        self.chooser_label.setText(self.tr("&Article:"))
        self.chooser.setAccessibleName(self.tr("Article shown"))
        self.chooser.setToolTip(self.tr("Show any article of the dataset, one with no claims yet too"))
        self.article.setAccessibleDescription(self.tr("Select words and press C to make a claim of them"))
        self.article.setAccessibleName(self.tr("Article text"))
        self.heading.setAccessibleName(self.tr("Article title"))
        self.meta.setAccessibleName(self.tr("Outlet, date and byline"))
        self.url.setAccessibleName(self.tr("Address of the article"))
        self.url.setToolTip(self.tr("The address is shown, never fetched. Select it to copy it."))
        self.claim_line.setAccessibleName(self.tr("Selected claim"))
        self.related_title.setText(self.tr("Other claims on this flow"))
        self.lower_tabs.setTabText(0, self.tr("Other c&laims on this flow"))
        self.figures.retranslate()
        self._name_figures_tab()
        self.related_scroll.setAccessibleName(self.tr("Other claims on this flow"))
        self._relations = relation_labels()
        self._tag_width = max(self.fontMetrics().horizontalAdvance(t) for t in self._relations.values()) + 16
        for tag, _button in self._related_rows:
            tag.setFixedWidth(self._tag_width)
        self.show_claim(self.app.state.claim_id)

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self.article

    def _claims_changed(self, change) -> None:
        """Claims changed: read the article's quotes again when one of its claims changed, came or went. A
        change that touches neither the claim shown, nor its article, nor its flow's destination leaves
        the pane as it is."""
        view = self.app.claims_index
        claim_id = self.app.state.claim_id
        row = view.row_of(claim_id) if view is not None else None
        if (row is not None and self._source_id is not None and self._shown == claim_id
                and not may_touch(view, change, claim_id=claim_id, source_id=self._source_id,
                                  destination=view.col["destination"][row])):
            return
        refigure = False
        if self._source_id is not None and view is not None:
            source_ids = view.col["source_id"]
            rows = view.rows_of(change.ids | change.added)
            if change.removed or any(source_ids[int(r)] == self._source_id for r in rows):
                if change.rows_changed or change.columns is None or change.columns & QUOTED:
                    self._source_id = None   # its quotes moved, came or went: the article is read again
                else:
                    refigure = True          # only what its claims say: which figures they claim
        self.show_claim(self.app.state.claim_id)
        if refigure and self._source_id is not None and self._article is not None:
            self._show_figures(self._text, self._source_rows(self._source_id), view)

    # --- showing -----------------------------------------------------------
    def _dataset_changed(self) -> None:
        self._source_id = None
        if self._chosen is not None and (self.app.dataset is None or self._chosen not in self._source_ids()):
            self._chosen = None
        dataset = self.app.dataset
        if self._chosen is None and dataset is not None and not len(dataset.claims) and len(dataset.sources):
            # A dataset being made (articles imported, no claim yet): "select a claim" could not be done; its
            # latest article is shown, its figures to claim in front.
            self._chosen = str(dataset.sources["source_id"].iloc[-1])
        self._fill_chooser()
        self.show_claim(self.app.state.claim_id)

    def _source_ids(self) -> list[str]:
        return [] if self.app.dataset is None else list(self.app.dataset.sources["source_id"])

    def _fill_chooser(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        dataset = self.app.dataset
        if dataset is not None:
            sources = dataset.sources
            for sid, outlet, title, day in zip(sources["source_id"], sources["outlet"], sources["title"],
                                               sources["published"]):
                self.chooser.addItem(plain(f"{outlet} ({str(day)[:10]}) — {title}"), sid)
        self.chooser.setCurrentIndex(self.chooser.findData(self._source_id) if self._source_id else -1)
        self.chooser.blockSignals(False)

    def _chosen_from_list(self, index: int) -> None:
        source_id = self.chooser.itemData(index)
        claim = self.app.claim(self.app.state.claim_id)
        if claim is not None and claim["source_id"] == source_id:
            return
        self._chosen = source_id
        if self.app.state.claim_id is not None:
            self.app.state.select(None)   # shows the chosen source
        else:
            self.show_claim(None)

    def shown_source_id(self) -> str | None:
        """The source whose article is shown (None: none)."""
        return self._source_id

    def show_source(self, source_id: str) -> None:
        """Show an article with no claim selected (its claims marked lightly)."""
        self._chosen = source_id
        self.show_claim(None) if self.app.state.claim_id is None else self.app.state.select(None)

    def _show_chosen(self) -> None:
        source = self.app.dataset.source(self._chosen)
        self.heading.setText(plain(source["title"]))
        byline = f" · {source['byline']}" if source.get("byline") else ""
        self.meta.setText(plain(f"{source['outlet']} · {readable_time(source['published'])}{byline}"))
        self.url.setText(plain(source.get("url") or self.tr("(no URL given)")))
        self.claim_line.setText(self.tr("No claim selected: select words and press C to make one."))
        self.quote_note.hide()
        if self._source_id != self._chosen:
            self._load_article(self._chosen)
        self._mark(None)
        self._set_related([], 0)
        self.lower_tabs.setCurrentIndex(1)   # (no claim, no other claims: the figures left to claim)
        self.chooser.setCurrentIndex(self.chooser.findData(self._chosen))
        describe(self, plain(f"{source['outlet']}: {source['title']}"))

    def _gone_from_its_article(self) -> bool:
        """Whether the claim shown was taken away (deleted, or its adding undone) while its article stays."""
        dataset = self.app.dataset
        if self._shown is None or self._shown_in is None or dataset is None or self.app.claim(self._shown) is not None:
            return False
        return bool((dataset.sources["source_id"] == self._shown_in).any())

    # --- a claim from selected words -------------------------------------------------
    def can_make_claim(self) -> bool:
        return (self.app.document is not None and self._article is not None and self._source_id is not None
                and self.article.textCursor().hasSelection())

    def selection(self) -> tuple[int, int] | None:
        """The selected words as code-point offsets into the article (Qt counts UTF-16 units)."""
        cursor = self.article.textCursor()
        if not cursor.hasSelection() or self._article is None:
            return None
        start, end = (int(np.searchsorted(self._positions, p, side="left"))
                      for p in (cursor.selectionStart(), cursor.selectionEnd()))
        return start, end

    def claim_from_selection(self) -> bool:
        """Ask for a claim of the selected words; False if there is nothing to make one of."""
        if not self.can_make_claim():
            return False
        start, end = self.selection()
        self.claimFromSelection.emit(self._source_id, start, end)
        return True

    def show_claim(self, claim_id) -> None:
        try:
            self._show_claim(claim_id)
        finally:
            self.articleShown.emit()

    def _show_claim(self, claim_id) -> None:
        claim = self.app.claim(claim_id)
        if claim is None and self._chosen is None and self._gone_from_its_article():
            self._chosen = self._shown_in   # (an undone "Add claim" left the pane blank: its article stays)
        self._shown = claim_id if claim is not None else None
        self._shown_in = claim["source_id"] if claim is not None else None
        if claim is not None:
            self._chosen = None
        elif self._chosen is not None and self.app.dataset is not None:
            self._show_chosen()
            return
        if claim is None:
            self._source_id = None
            self.chooser.setCurrentIndex(-1)
            self.heading.setText(self.tr("No claim selected"))
            self.meta.setText(self.tr("Select a claim in the table, on the map or in the chart to see its source."))
            self.url.setText("")
            self.claim_line.setText("")
            self.quote_note.hide()
            self.article.setPlainText("")
            self._figures = []
            self.figures.clear()
            self._name_figures_tab()
            self._set_related([], 0)
            describe(self, claim_summary(self.app, None))
            return
        source = self.app.dataset.source(claim["source_id"])
        self.heading.setText(plain(source["title"]))
        when = readable_time(source["published"])
        byline = f" · {source['byline']}" if source.get("byline") else ""
        self.meta.setText(plain(f"{source['outlet']} · {when}{byline}"))
        self.url.setText(plain(source.get("url") or self.tr("(no URL given)")))
        view, row = self.app.claims_index, self.app.claims_index.row_of(claim_id)
        summary = self.tr("{claimant} {stance}: {figure} ({metric})").format(
            claimant=claim["claimant"], stance=view.text("stance", row), figure=view.text("figure", row),
            metric=view.text("metric", row))
        self.claim_line.setText(plain(summary))
        describe(self, claim_summary(self.app, claim_id) + "\n" +
                 plain(self.tr("Quote: {quote}").format(quote=claim["quote"])))
        if self._source_id != claim["source_id"]:
            self._load_article(claim["source_id"])
            self.chooser.setCurrentIndex(self.chooser.findData(claim["source_id"]))
        self._mark(claim_id)
        self._note_occurrences(claim)
        self._show_related(claim_id)

    def _show_related(self, claim_id: str) -> None:
        """The other claims on the flow: as of a day, those published by then (the later ones counted)."""
        view, as_of = self.app.claims_index, self.app.state.filters.as_of
        self._related_as_of = as_of
        self._set_related(*related_rows(view, view.row_of(claim_id), as_of=as_of))

    def _load_article(self, source_id: str) -> None:
        try:
            text = self.app.dataset.article_text(source_id)
            self._article = NormalisedText(text)
        except OSError as err:
            text = self.tr("(The article could not be read: {error})").format(error=err)
            self._article = None
        shown, self._positions = qt_positions(text)
        self.article.setPlainText(shown)
        self._source_id, self._text = source_id, text
        view = self.app.claims_index
        rows = self._source_rows(source_id)
        starts, ends = view.quote_start[rows], view.quote_end[rows]
        ids = [view.col["claim_id"][r] for r in rows]
        self._spans, self._lost = [], 0
        self._figures = []
        if self._article is None:
            self.figures.clear()
            self._name_figures_tab()
            return
        # The article may have changed on disk since its quotes were checked: what is no longer
        # where it was is found again, or counted as lost (and said), never highlighted at random.
        quotes = [(int(s), int(e), view.col["quote"][r], view.col["quote_prefix"][r], view.col["quote_suffix"][r])
                  for s, e, r in zip(starts, ends, rows)]
        for claim_id, span, (start, _e, _q, _p, _s) in zip(ids, spans_as_they_stand(self._article, quotes), quotes):
            if span is not None:
                self._spans.append((span[0], span[1], claim_id))
            elif start >= 0:
                self._lost += 1
        self._show_figures(text, rows, view)

    def _source_rows(self, source_id: str) -> np.ndarray:
        """Every claim of the source (it may have none)."""
        view = self.app.claims_index
        coded = view.coded["source_id"]
        code = coded.code_of(source_id)
        rows = np.flatnonzero(coded.codes == code) if code >= 0 else np.zeros(0, dtype=np.int64)
        return rows[view.alive[rows]] if view.alive is not None else rows

    def _show_figures(self, text: str, rows, view) -> None:
        """Find the article's figures (once per text: cached) and list those no claim uses yet."""
        self._figures = figures_of(self._source_id, text)
        by_id = {cid: (s, e) for s, e, cid in self._spans}
        claims = []
        for r in rows:
            span = by_id.get(view.col["claim_id"][r])
            if span is not None:
                low, high = view.low[r], view.high[r]
                claims.append((span[0], span[1], None if low != low else int(low), None if high != high else int(high)))
        self.figures.show_figures(text, self._figures, claims)
        self._name_figures_tab()

    def _name_figures_tab(self) -> None:
        n = len(self.figures.open)
        self.lower_tabs.setTabText(1, self.tr("&Figures not yet claimed ({n})").format(n=number(n)))

    def _show_figure(self, start: int, end: int) -> None:
        """Scroll the article to a figure of the list and select its words (C then makes a claim of them)."""
        if self._article is None or end > len(self._positions) - 1:
            return
        cursor = QTextCursor(self.article.document())
        cursor.setPosition(int(self._positions[start]))
        cursor.setPosition(int(self._positions[end]), QTextCursor.MoveMode.KeepAnchor)
        self.article.setTextCursor(cursor)
        self.article.centerCursor()

    def _note_occurrences(self, claim: dict) -> None:
        """Say so when the quote occurs more than once in the article, and which occurrence is highlighted;
        or that the article changed on disk and some quotes are no longer in it."""
        if getattr(self, "_lost", 0):
            self.quote_note.setText(self.tr(
                "The article changed on disk since the dataset was opened: %n quote(s) are no longer in it. "
                "Open the dataset again to check it.", "", self._lost))
            self.quote_note.show()
            return
        picked, count = (0, 0) if self._article is None else occurrence_picked(
            self._article, claim["quote"], claim.get("quote_prefix") or "", claim.get("quote_suffix") or "")
        if picked == 0 or count < 2:
            self.quote_note.hide()
            return
        if claim.get("quote_prefix") or claim.get("quote_suffix"):
            text = self.tr("This quote occurs %n time(s) in the article; its quote_prefix or quote_suffix picks "
                           "occurrence {k}, highlighted.", "", count).format(k=number(picked))
        else:
            text = self.tr("This quote occurs %n time(s) in the article; the first is highlighted, as the dataset "
                           "format says. A quote_prefix or quote_suffix in claims.csv would pick another.", "", count)
        self.quote_note.setText(text)
        self.quote_note.show()

    def shared_words(self, n: int) -> str:
        return self.tr("%n claim(s) share these words:", "", n)

    # --- LinkedPanel hooks ------------------------------------------------------------
    selection_changed = show_claim

    def filters_changed(self) -> None:
        """Another day "as of": the other claims on the flow known then (nothing else here follows the filters)."""
        claim_id = self.app.state.claim_id
        if (self.app.state.filters.as_of != self._related_as_of and claim_id is not None
                and self._chosen is None and self.app.claims_index is not None
                and self.app.claims_index.row_of(claim_id) is not None):
            self._show_related(claim_id)

    def dataset_opened(self) -> None:
        self._dataset_changed()

    def sources_changed(self, _change) -> None:
        self._fill_chooser()
        self._source_id = None
        self.show_claim(self.app.state.claim_id)

    def _show_again(self, *_change) -> None:
        """The selected claim again: its words, colours or article may have changed."""
        self.show_claim(self.app.state.claim_id)

    theme_changed = words_changed = _show_again
    claims_changed = _claims_changed
