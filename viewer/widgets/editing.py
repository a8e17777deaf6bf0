"""Editing the dataset in the window: menus, actions and the claim form, all through the Document.

One ``EditingController(window, app, settings)`` adds File › New Dataset and Save, the Edit menu
(Undo, Redo, New Claim from Selection, Edit Claim, Delete Claim) and the History panel. Every edit
is made on the open Document (viewer.model.document) and pushed on the window's undo stack
(viewer.qt.undo); the views follow through the shared model's claimsChanged and sourcesChanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from shiboken6 import isValid
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu, QMessageBox, QStyledItemDelegate

from ..model.drafts.claim_draft import dry_check
from ..model.drafts.prefill import draft_for, figures_of, from_figure, from_selection
from ..model.index.claims_index import COLUMNS
from ..model.checking.rules import METRICS, STANCES
from ..qt.plain import plain
from ..qt.undo import DocumentUndo
from ..qt.words import metric_labels, stance_labels
from .claim_form import ClaimForm, as_code
from .article_edit import ArticleTextDialog, orphan_lines
from .article_import import ArticleImport
from .dataset_files import DatasetFiles
from .source_edit import SourceEditing


class ChoiceDelegate(QStyledItemDelegate):
    """A table cell edited by choosing one of the format's codes (stance, metric)."""

    def __init__(self, codes, labels, parent):
        super().__init__(parent)
        self.codes, self.labels = codes, labels

    def createEditor(self, parent, _option, _index):
        combo = QComboBox(parent)
        labels = self.labels()
        for code in self.codes:
            combo.addItem(labels.get(code, code), code)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EditingController(QObject):
    """The window's editing: its actions and menus, the claim form, the history and the files."""

    def __init__(self, window, app, settings=None):
        super().__init__(window)
        self.window = window
        self.app = app
        self.settings = settings
        self.form: ClaimForm | None = None
        self.undo = DocumentUndo(self)
        self.files = DatasetFiles(window, app, self.undo)
        self.articles = ArticleImport(window, app, self.undo, self.files)
        self._build_actions()
        self._build_menus()
        self.history = window.history   # the registry's History panel shows this stack
        self.history.set_stack(self.undo)
        self._hook_table()
        window.source.claimFromSelection.connect(self.claim_from_selection)
        window.source.claimFromFigure.connect(self.claim_from_figure)
        app.datasetChanged.connect(self._dataset_changed)
        app.claimsChanged.connect(lambda _c: self._refresh())
        app.sourcesChanged.connect(lambda _c: self._refresh())
        app.claimSelected.connect(lambda _c: self._refresh())
        window.source.articleShown.connect(self._refresh)   # (Edit Source and the like act on the article shown)
        self.undo.indexChanged.connect(lambda _i: self._refresh())
        self.undo.cleanChanged.connect(lambda _c: self._refresh())
        window.installEventFilter(self)
        self.retranslate()
        self._dataset_changed()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- actions and menus -------------------------------------------------------------------------
    def _action(self, shortcuts, slot) -> QAction:
        action = QAction(self.window)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence
        self.new_action = self._action([keys(keys.StandardKey.New)], lambda: self.files.new_dataset())
        self.save_action = self._action([keys(keys.StandardKey.Save)], self.files.save)
        self.import_action = self._action([keys("Ctrl+I")], self.articles.choose)
        self.undo_action = self._action([keys("Ctrl+Z")], self.undo.undo)
        self.redo_action = self._action([keys("Ctrl+Shift+Z"), keys("Ctrl+Y")], self.undo.redo)
        self.new_claim_action = self._action([], lambda: self.window.source.claim_from_selection())
        self.edit_claim_action = self._action([keys("F2")], self.edit_selected)
        self.delete_claim_action = self._action([keys(keys.StandardKey.Delete)], self.delete_selected)
        self.edit_article_action = self._action([], self.edit_article)
        self.sources = SourceEditing(self)
        self.edit_source_action = self._action([keys("Ctrl+Shift+E")], self.sources.edit)
        self.delete_source_action = self._action([], self.sources.delete)
        self.window.source.article_actions.append(self.edit_article_action)
        for action in (self.undo_action, self.redo_action):
            self.window.addAction(action)   # its keys work wherever the focus is in the window

    def _build_menus(self) -> None:
        window = self.window
        file = window.file_menu
        file.insertAction(window.open_action, self.new_action)
        after_recent = file.actions()[file.actions().index(window.recent_menu.menuAction()) + 1]
        file.insertAction(after_recent, self.import_action)
        file.insertAction(after_recent, self.save_action)
        self.edit_menu = QMenu(window)
        window.menuBar().insertMenu(window.view_menu.menuAction(), self.edit_menu)
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.new_claim_action, self.edit_claim_action, self.delete_claim_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_article_action)
        self.edit_menu.addAction(self.edit_source_action)
        self.edit_menu.addAction(self.delete_source_action)

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New Dataset…"))
        self.save_action.setText(self.tr("&Save"))
        self.import_action.setText(self.tr("&Import Article…"))
        self.import_action.setToolTip(self.tr("Add articles (saved pages, PDFs, text files) as new sources; "
                                              "dropping them on the window does the same"))
        self.undo.retranslate()
        self._name_steps()
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.new_claim_action.setText(self.tr("New &Claim from Selection") + "\tC")
        self.new_claim_action.setToolTip(self.tr("Select words in the source pane's article, then press C"))
        self.edit_claim_action.setText(self.tr("&Edit Claim…"))
        self.delete_claim_action.setText(self.tr("&Delete Claim"))
        self.edit_article_action.setText(self.tr("Edit &Article Text…"))
        self.edit_article_action.setToolTip(self.tr("Edit the text of the article shown in the source pane; "
                                                    "its quotes are found again in it"))
        self.edit_source_action.setText(self.tr("Edit &Source…"))
        self.edit_source_action.setToolTip(self.tr("Edit the outlet, title, date, URL, byline or language of the "
                                                   "source shown in the source pane"))
        self.delete_source_action.setText(self.tr("Dele&te Source"))
        self.delete_source_action.setToolTip(self.tr("Delete the source shown in the source pane (while no claim "
                                                     "cites it)"))

    def _name_steps(self) -> None:
        """Undo and Redo named after their steps ("Undo Edit claim bb-03")."""
        self.undo_action.setText(self.tr("&Undo {step}").format(step=self.undo.undoText()) if self.undo.canUndo()
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=self.undo.redoText()) if self.undo.canRedo()
                                 else self.tr("&Redo"))
        self.undo_action.setEnabled(self.undo.canUndo())
        self.redo_action.setEnabled(self.undo.canRedo())

    # --- following the document ----------------------------------------------------------------------
    def _dataset_changed(self) -> None:
        document = self.app.document
        if document is not self.undo.document:
            self.undo.attach(document)
            self.files.watch()
        self._refresh()

    def _refresh(self) -> None:
        """The title bar's '*', and which actions can be used now."""
        document = self.app.document
        window = self.window
        if not isValid(window):   # the window is going
            return
        title = window.windowTitle()
        if "[*]" not in title and " — " in title:
            head, tail = title.rsplit(" — ", 1)
            window.setWindowTitle(f"{head}[*] — {tail}")
        window.setWindowModified(document is not None and document.dirty)
        self._name_steps()
        editable = document is not None
        selected = editable and self.app.state.claim_id is not None
        self.save_action.setEnabled(editable)
        self.new_claim_action.setEnabled(editable)
        self.edit_claim_action.setEnabled(selected)
        self.delete_claim_action.setEnabled(selected)
        shown = editable and window.source.shown_source_id() is not None
        self.edit_article_action.setEnabled(shown)
        self.edit_source_action.setEnabled(shown)
        self.delete_source_action.setEnabled(shown)
        table = window.table.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                              | QAbstractItemView.EditTrigger.AnyKeyPressed if editable
                              else QAbstractItemView.EditTrigger.NoEditTriggers)

    # --- the claims table ------------------------------------------------------------------------------------
    def _hook_table(self) -> None:
        """Cells edited in place through the Document; F2 or a double-click opens the claim form."""
        panel = self.window.table
        panel.model.editRequested.connect(self.update_claim)
        panel.model.refused.connect(lambda typed: self.window.statusBar().showMessage(self.tr(
            "Not kept: “{typed}” is not a figure. Write 4000, 3000-4000, -700000 (up to), 100000- (at least), or in "
            "words: “up to 4,000”, “около 3 тысяч”.").format(typed=plain(typed)), 15000))
        panel.table.doubleClicked.connect(lambda _index: self.edit_selected())
        panel.table.setItemDelegateForColumn(COLUMNS.index("stance"), ChoiceDelegate(STANCES, stance_labels, self))
        panel.table.setItemDelegateForColumn(COLUMNS.index("metric"), ChoiceDelegate(METRICS, metric_labels, self))

    # --- edits -------------------------------------------------------------------------------------------------
    def update_claim(self, claim_id: str, columns: dict) -> None:
        document = self.app.document
        if document is None or not columns:
            return
        if "destination" in columns:
            columns = dict(columns, destination=as_code(columns["destination"]))
        if self._would_break(claim_id, columns):
            return
        self.undo.edit(lambda: document.update_claim(claim_id, **columns))
        new_id = columns.get("claim_id")
        if new_id and new_id != claim_id and self.app.claims_index.row_of(new_id) is not None:
            self.app.state.select(new_id)

    def _would_break(self, claim_id: str, columns: dict) -> bool:
        """A cell typed in the table that would give the claim a problem ("Kazahstan" for a destination) is not
        kept: the claim would leave the table, the map and the chart at once. The claim's form opens instead,
        with the value typed and the problem said: Enter keeps it once mended, Esc leaves the claim as it was."""
        document = self.app.document
        claim = document.claim(claim_id)
        proposed = dict(claim, **columns)
        before = {(p.column, str(p.text)) for p in dry_check(document, claim, claim_id)}
        after = [p for p in dry_check(document, proposed, claim_id) if (p.column, str(p.text)) not in before]
        if not after:
            return False
        self._open_form(proposed, claim_id)
        self.form.check()
        self.form.focus_field(after[0].column)   # (the form put the cursor in the claimant, whose text a key replaced)
        self.window.statusBar().showMessage(self.tr("Not kept: the claim would have a problem; mend it in the form, "
                                                    "or press Esc to leave the claim as it was."), 10000)
        return True

    def delete_selected(self) -> None:
        document, claim_id = self.app.document, self.app.state.claim_id
        if document is None or claim_id is None:
            return
        view = self.app.claims_index
        row = view.visible_row_of(claim_id)
        self.undo.edit(lambda: document.delete_claim(claim_id))
        view = self.app.claims_index
        if row is not None and len(view):
            self.app.state.select(view.claim_id_at(min(row, len(view) - 1)))

    def claim_from_selection(self, source_id: str, start: int, end: int) -> None:
        """The claim form, filled from words selected in an article."""
        if self.app.document is None:
            return
        text = self.app.dataset.article_text(source_id)
        claim, guesses = from_selection(text, source_id, start, end, figures_of(source_id, text),
                                        **self._source_context(source_id))
        self._open_form(claim, None, guesses)

    def _source_context(self, source_id: str) -> dict:
        dataset = self.app.dataset
        event = dataset.descriptor.event
        return {"source": dataset.source(source_id), "origin": dataset.origin or "",
                "event_date": event.get("date", "") if isinstance(event, dict) else ""}

    def claim_from_figure(self, source_id: str, index: int) -> None:
        """The claim form, filled from the draft of the article's figure ``index`` (A or Enter on the source
        pane's list of figures not yet claimed)."""
        if self.app.document is None:
            return
        text = self.app.dataset.article_text(source_id)
        figures = figures_of(source_id, text)
        if not 0 <= index < len(figures):
            return
        draft = draft_for(text, figures, index, **self._source_context(source_id))
        claim, guesses = from_figure(text, source_id, draft)
        self._open_form(claim, None, guesses)

    def edit_selected(self) -> None:
        claim_id = self.app.state.claim_id
        if self.app.document is None or claim_id is None:
            return
        self._open_form(self.app.document.claim(claim_id), claim_id)

    def _open_form(self, claim: dict, editing: str | None, guesses: dict | None = None) -> None:
        form = ClaimForm(self.window, self.app.document, claim, editing)
        if guesses:
            form.mark_guesses(guesses)
        self.form = form
        form.accepted.connect(lambda: self._keep(form))
        form.finished.connect(form.deleteLater)
        form.open()

    def _keep(self, form: ClaimForm) -> None:
        document = self.app.document
        if form.editing is None:
            columns = {k: v for k, v in form.values().items() if v}
            claim_id = self.undo.edit(lambda: document.add_claim(**columns))
        else:
            changes = form.changes()
            self.update_claim(form.editing, changes)
            claim_id = changes.get("claim_id") or form.editing
        if self.app.claims_index.row_of(claim_id) is not None:
            self.app.state.select(claim_id)
        self.form = None

    # --- an article's text ------------------------------------------------------------------------------------
    def edit_article(self) -> None:
        """The shown article in a plain-text editor; on OK its quotes are anchored again (one undo step)."""
        document, source_id = self.app.document, self.window.source.shown_source_id()
        if document is None or source_id is None:
            return
        try:
            text = document.article(source_id)
        except OSError as err:
            self._tell(self.tr("Cannot edit the article"), str(err))
            return
        claims = int((self.app.dataset.claims["source_id"] == source_id).sum())
        dialog = ArticleTextDialog(self.window, source_id, document.source(source_id).get("title", ""), text, claims)
        self.article_dialog = dialog
        dialog.accepted.connect(lambda: self._article_edited(source_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _article_edited(self, source_id: str, dialog: ArticleTextDialog) -> None:
        document, text = self.app.document, dialog.text()
        self.article_dialog = None
        if text == dialog.original:
            return
        outcome = self.undo.edit(lambda: document.update_article(source_id, text))
        orphans = orphan_lines(document, outcome)
        found = sum(1 for how in outcome.values() if how != "orphan")
        self.window.statusBar().showMessage(self.tr("Article {id} edited; %n quote(s) found again.", "", found).format(
            id=source_id), 8000)
        if orphans:
            self.window.docks["problems"].show()
            self.window.docks["problems"].raise_()
            self._tell(self.tr("Quotes not found in the edited text"), "\n".join(
                [self.tr("%n quote(s) could not be found in the edited text. Their claims are kept as they were "
                         "and listed in Problems; mend each quote, or undo the edit (Ctrl+Z):", "", len(orphans))]
                + orphans))

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, plain(text), QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.show_message(box)
