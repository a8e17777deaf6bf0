"""File › Import Article… (Ctrl+I), also by dropping files on the window: saved pages (.html/.htm), PDFs
and text copied from a browser (.txt), several at once.

The files are read off the GUI thread (viewer.qt.article_reading) by the same reader as
``claims-atlas import`` (viewer.model.articles), with progress and Cancel. Each article's metadata
(title, outlet, published, URL, byline, language) is then shown, prefilled, for the user to confirm
or change; on OK the article is added to the Document (``add_article``) as one undo step: its source
now, its text written to articles/<source_id>.txt with the next save. A file that is not an article, or whose text the dataset already
holds, is said in one line naming it, and nothing is written for it. With no dataset open, the user
is offered a new one first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QProgressDialog)

from ..model.articles.importing import make_source_id
from ..model.articles.known import text_key
from ..model.articles.model import Article
from ..qt.article_reading import ReadArticles, ReadOne
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from ..qt.problem_words import translated

SUFFIXES = (".html", ".htm", ".txt", ".pdf")
PREVIEW_CHARS = 2000


class SourceDialog(Retranslating, QDialog):
    """The columns of a new source, prefilled from what the file says: outlet, title, published, URL,
    byline, language, id; and the start of the text, to see that it is the article."""

    FIELDS = ("outlet", "title", "published", "url", "byline", "language", "source_id")

    def __init__(self, parent, values: dict[str, str], text: str, file: str, taken: set[str],
                 number: int = 1, count: int = 1):
        super().__init__(parent)
        self.file, self.number, self.count, self.taken = file, number, count, taken
        self.fields = {name: QLineEdit(values.get(name, "")) for name in self.FIELDS}
        self.labels = {name: QLabel() for name in self.FIELDS}
        self.source = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.source)
        for name in self.FIELDS:
            self.labels[name].setBuddy(self.fields[name])
            form.addRow(self.labels[name], self.fields[name])
        self.preview_label = QLabel()
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setPlainText(text[:PREVIEW_CHARS] + ("…" if len(text) > PREVIEW_CHARS else ""))
        self.preview.setMinimumHeight(120)
        self.preview_label.setBuddy(self.preview)
        form.addRow(self.preview_label, self.preview)
        self.note = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for name in ("outlet", "published"):   # the id follows outlet and date until it is typed in
            self.fields[name].textEdited.connect(self._suggest_id)
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Article") if self.count == 1 else
                            self.tr("Import Article ({number} of {count})").format(number=self.number,
                                                                                   count=self.count))
        self.source.setText(plain(self.tr("From {file}").format(file=self.file)))
        words = {"outlet": self.tr("&Outlet:"), "title": self.tr("&Title:"), "published": self.tr("&Published:"),
                 "url": self.tr("&URL:"), "byline": self.tr("&Byline:"), "language": self.tr("&Language:"),
                 "source_id": self.tr("Source &id:")}
        for name, text in words.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.preview_label.setText(self.tr("Te&xt:"))
        self.preview.setAccessibleName(self.tr("The article's text as it will be stored"))
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD, or with a time: 2022-10-06T18:42+05:30"))
        self.fields["url"].setPlaceholderText(self.tr("shown as text, never fetched"))
        self.fields["language"].setPlaceholderText(self.tr("e.g. en, ru"))
        self.note.setText(self.tr("Read from the file: check each field. The text is copied to "
                                  "articles/<source id>.txt in the dataset's folder."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I&mport"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Skip") if self.count > 1 else self.tr("Cancel"))

    def _suggest_id(self) -> None:
        field = self.fields["source_id"]
        if not field.isModified():
            field.setText(make_source_id(self.fields["outlet"].text().strip(),
                                         self.fields["published"].text().strip()[:10], self.taken))

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}


class ArticleImport(QObject):
    """Import Article… (Ctrl+I) and article files dropped on the window."""

    def __init__(self, window, app, undo, files=None):
        super().__init__(window)
        self.window, self.app, self.undo, self.files = window, app, undo, files
        self.dialog: SourceDialog | None = None
        self.reading: ReadArticles | None = None
        self.progress: QProgressDialog | None = None
        self._queue: list[ReadOne] = []
        self._known: dict[str, str] = {}
        self._said: list[str] = []
        self._count = 0
        window.installEventFilter(self)

    # --- choosing files ---------------------------------------------------------------------------
    def choose(self) -> None:
        document = self.app.document
        start = str(document.folder) if document is not None else str(Path.home())
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), start,
            self.tr("Articles (*.html *.htm *.pdf *.txt);;All files (*)"))
        if paths:
            self.start([Path(p) for p in paths])

    def start(self, paths: list[Path]) -> None:
        """Read the files (off the GUI thread), then ask about each article."""
        if not paths or self.reading is not None:
            return
        document = self.app.document
        if document is None:
            self._offer_new_dataset(paths)
            return
        sources = document.dataset.sources
        edited = dict(document._articles)   # texts edited and not saved (handed over: read there, not here)
        self.reading = ReadArticles(paths, document.folder,
                                    list(zip(sources["source_id"].tolist(), sources["text_path"].tolist())),
                                    edited, self)
        worker = self.reading.worker
        worker.progress.connect(self._progress)
        worker.done.connect(self._read)
        worker.cancelled.connect(self._cancelled)
        self.progress = QProgressDialog(self.tr("Reading articles…"), self.tr("Cancel"), 0, len(paths), self.window)
        self.progress.setWindowTitle(self.tr("Import Articles"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.reading.start()

    def cancel(self) -> None:
        if self.reading is not None:
            self.reading.cancel()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, file: str) -> None:
        progress = self.progress
        if progress is None:
            return
        # The label first and the value last: a window-modal dialog's setValue runs the event loop, in which
        # the reading may end and this dialog be put away (self.progress None, the dialog deleted later).
        progress.setLabelText(plain(self.tr("Reading {file}…").format(file=file)) if file else
                              self.tr("Comparing with the dataset's articles…"))
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def _ended(self) -> None:
        self.reading = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    @Slot()
    def _cancelled(self) -> None:
        self._ended()
        self.window.statusBar().showMessage(self.tr("Import cancelled; nothing was added."), 5000)

    @Slot(object, object)
    def _read(self, results: list[ReadOne], known: dict[str, str]) -> None:
        self._ended()
        self._known = dict(known)
        self._said = [self._line(r.file, translated(r.error)) for r in results if r.error is not None]
        self._queue = []
        for r in results:   # (texts already in the dataset said at once: "1 of 2" counts the articles asked about)
            if r.article is None:
                continue
            if not self._said_already(r.file, text_key(r.article.text)):
                self._queue.append(r)
        self._count = len(self._queue)
        self._next()

    def _said_already(self, file: str, key: str) -> bool:
        """Whether the text is in the dataset already; if so, said in the lines shown at the end."""
        if key not in self._known:
            return False
        self._said.append(self._line(file, self.tr("already in the dataset as {id}; nothing added").format(
            id=self._known[key])))
        return True

    def _line(self, file: str, text: str) -> str:
        return self.tr("{file}: {what}").format(file=file, what=text)

    # --- one article at a time ------------------------------------------------------------------------
    def _next(self) -> None:
        document = self.app.document
        while self._queue:
            item = self._queue.pop(0)
            article = item.article
            key = text_key(article.text)
            if self._said_already(item.file, key):   # (two files of one text in one import)
                continue
            taken = self._taken(document)
            values = {"title": article.title, "outlet": article.outlet, "published": article.published,
                      "url": article.url, "byline": article.byline, "language": article.language,
                      "source_id": make_source_id(article.outlet, article.published[:10], taken)}
            number = self._count - len(self._queue)
            dialog = SourceDialog(self.window, values, article.text, item.file, taken, number, self._count)
            self.dialog = dialog
            dialog.accepted.connect(lambda d=dialog, i=item, k=key: self._add(d, i, k))
            dialog.rejected.connect(self._next_later)
            dialog.open()
            return
        self.dialog = None
        if self._said:
            said, self._said = self._said, []
            self._tell(self.tr("Some files were not imported"), "\n".join(said))

    def _next_later(self) -> None:
        QTimer.singleShot(0, self, self._next)

    def _taken(self, document) -> set[str]:
        """Ids no new source may take (the Document's own rule, as import_article uses it)."""
        return document.taken_source_ids()

    def _add(self, dialog: SourceDialog, item: ReadOne, key: str) -> None:
        document = self.app.document
        values = dialog.values()
        taken = self._taken(document)
        source_id = values.pop("source_id") or make_source_id(values["outlet"], values["published"][:10], taken)
        if source_id in taken:
            self._said.append(self._line(item.file, self.tr("a source or an article file already has the id {id}; "
                                                            "import it again with another id").format(id=source_id)))
            self._next_later()
            return
        columns = {name: value for name, value in values.items() if value}
        try:   # the text is kept by the Document and written with the next save, beside sources.csv
            self.undo.edit(lambda: document.add_article(Article(text=item.article.text), known=self._known,
                                                        source_id=source_id, **columns))
        except ValueError as err:
            self._said.append(self._line(item.file, plain(str(err))))
            self._next_later()
            return
        # after the window has handled the new sources (it selects a claim when none is)
        QTimer.singleShot(0, self.window, lambda: self.window.source.show_source(source_id))
        self._next_later()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, plain(text), QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.show_message(box)

    # --- no dataset open ------------------------------------------------------------------------------
    def _offer_new_dataset(self, paths: list[Path]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("No dataset open"),
                          self.tr("Articles are added to a dataset, and none is open. Make a new dataset for "
                                  "them? (Or open one with File › Open, then import again.)"),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        new = box.addButton(self.tr("&New Dataset…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        if self.files is not None and self.files.ask(box) is new:
            self.files.new_dataset(then=lambda: self.start(paths))

    # --- dropping --------------------------------------------------------------------------------------
    def _articles(self, event) -> list[Path]:
        """The files dropped, when one of them is an article file or none is a folder (a folder opens as a
        dataset): every file goes to the import, which says why one is not an article (a PNG dropped beside
        articles was left out without a word)."""
        urls = event.mimeData().urls() if event.mimeData() is not None else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        files = [p for p in paths if not p.is_dir()]
        if any(p.suffix.lower() in SUFFIXES for p in files) or (files and len(files) == len(paths)):
            return files
        return []

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                                       QEvent.Type.Drop):
            paths = self._articles(event)
            if paths:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.start(paths)
                return True
        return False
