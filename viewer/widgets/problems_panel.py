"""The problems panel: every problem the loader found, one line each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from ..qt.bridge import AppModel
from ..qt.i18n import Retranslating
from ..qt.plain import plain
from ..qt.problem_words import problem_line
from ..qt.words import number

MAX_LISTED = 10_000


class ProblemsPanel(Retranslating, QWidget):
    """Lists problems as FILE:LINE: COLUMN: message; clicking one shows that row of the file."""

    def __init__(self, app: AppModel):
        super().__init__()
        self.app = app
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.row_view = QPlainTextEdit(readOnly=True)
        self.row_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.note = QLabel(textFormat=Qt.TextFormat.PlainText)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.row_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(split)
        self.list.currentRowChanged.connect(self._show_row)
        app.datasetChanged.connect(self.refresh)
        app.problemsChanged.connect(self._list_problems)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the interface language (at start and on LanguageChange), the problems included.

        (In English the problems read as 'claims-atlas check' prints them.)
        """
        self.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(self.tr("Each problem as FILE:LINE: COLUMN: message"))
        self.row_view.setAccessibleName(self.tr("The row with the problem"))
        self.row_view.setPlaceholderText(self.tr("Click a problem to see the line it names."))
        self._list_problems()

    def focus_target(self) -> QWidget:
        """What F6 gives the focus to."""
        return self.list

    def refresh(self) -> None:
        self.list.clear()
        self._list_problems()
        self.row_view.clear()

    def _list_problems(self) -> None:
        """(Re)fill the list in the interface language, keeping the problem that was current."""
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        problems = self.app.problems
        for problem in problems[:MAX_LISTED]:
            QListWidgetItem(plain(problem_line(problem)), self.list)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._update_note()

    def _update_note(self) -> None:
        n = len(self.app.problems)
        text = self.tr("%n problem(s): those rows were left out, the rest loaded.", "", n)
        if n > MAX_LISTED:
            text += " " + self.tr("(the first {n} are listed; run 'claims-atlas check' for all)").format(
                n=number(MAX_LISTED))
        self.note.setText(text)

    def _show_row(self, index: int) -> None:
        problems = self.app.dataset.problems if self.app.dataset else []
        if not (0 <= index < len(problems)):
            return
        problem = problems[index]
        path = self.app.dataset.folder / problem.file
        try:
            with open(path, encoding="utf-8", errors="replace", newline="") as handle:
                lines = []
                for number, line in enumerate(handle, start=1):
                    if number >= problem.line - 1:
                        lines.append(f"{number:>6} {'>' if number == problem.line else ' '} {line.rstrip()[:500]}")
                    if number > problem.line + 1:
                        break
            header = ""
            if problem.line > 2 and path.suffix == ".csv":
                with open(path, encoding="utf-8", errors="replace", newline="") as handle:
                    header = f"{1:>6}   {handle.readline().rstrip()[:500]}\n   ...\n"
            self.row_view.setPlainText(plain(header + "\n".join(lines)))
        except OSError as err:
            self.row_view.setPlainText(plain(self.tr("{file} cannot be opened: {error}").format(
                file=problem.file, error=err.strerror)))
