"""The problems panel: every problem the loader found, one line each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from ..qt.bridge import AppModel
from ..qt.plain import plain

MAX_LISTED = 10_000


class ProblemsPanel(QWidget):
    """Lists problems as FILE:LINE: COLUMN: message; clicking one shows that row of the file."""

    def __init__(self, app: AppModel):
        super().__init__()
        self.app = app
        self.list = QListWidget()
        self.list.setAccessibleName("Problems")
        self.list.setUniformItemSizes(True)
        self.row_view = QPlainTextEdit(readOnly=True)
        self.row_view.setAccessibleName("The row with the problem")
        self.row_view.setPlaceholderText("Click a problem to see the line it names.")
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

    def refresh(self) -> None:
        self.list.clear()
        problems = self.app.dataset.problems if self.app.dataset else []
        for problem in problems[:MAX_LISTED]:
            QListWidgetItem(plain(str(problem)), self.list)
        n = len(problems)
        more = f" (the first {MAX_LISTED:,} are listed; run 'claims-atlas check' for all)" if n > MAX_LISTED else ""
        self.note.setText(f"{n:,} problem{'s' if n != 1 else ''}: those rows were left out, the rest loaded.{more}")
        self.row_view.clear()

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
            self.row_view.setPlainText(plain(f"{problem.file} cannot be opened: {err.strerror}"))
