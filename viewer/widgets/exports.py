"""File › Export: the map, the chart, a report or the claims table, each carrying its sources.

Pictures are drawn on the GUI thread (a fraction of a second); reports and the
CSV are written on a worker thread with a progress dialog, so a million claims
never freeze the window. A file that cannot be written gives a message, never a
traceback, and never leaves half a file behind.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog

from ..model.reports.report import flow_heading
from ..model.state import Filters
from ..model.reading.undecodable import escaped
from ..qt.export_job import ExportJob, checked
from ..qt.export_service import Rows, rows_of, table_export, write_one
from ..qt.picture import save_picture
from ..qt.plain import plain
from ..qt.report_files import MAX_PDF_CLAIMS, check_suffix, describe_error
from .export_dialog import FORMATS, ExportDialog
from .export_pictures import chart_picture, map_picture
from .report_pictures import report_pictures

KINDS = ("map", "chart", "report", "claims")


Scope = Rows
"""Claim rows of the view, in the table's order, and what they are in words (see viewer.qt.export_service)."""


class ExportController(QObject):
    """Owns the Export submenu and runs exports for one window."""

    def __init__(self, window, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.app = window.app
        self.settings = window.settings
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.menu = QMenu(window)
        file_menu.insertMenu(self._before_quit(file_menu), self.menu)
        self.dialog_action = self._action(self.open_dialog, QKeySequence("Ctrl+E"))
        self.menu.addSeparator()
        self.actions = {kind: self._action(lambda _c=False, k=kind: self.export_with_file_dialog(k))
                        for kind in ("map", "chart", "report", "claims")}
        self.retranslate()
        self.menu.aboutToShow.connect(self._enable)
        self.app.datasetChanged.connect(self._enable)
        self._enable()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()   # a thread must not outlive its window
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The menu's texts in the interface language (at start and when it changes)."""
        self.menu.setTitle(self.tr("&Export"))
        self.dialog_action.setText(self.tr("&Export…"))
        for kind, text in (("map", self.tr("&Map…")), ("chart", self.tr("Comparison &Chart…")),
                           ("report", self.tr("&Report…")), ("claims", self.tr("Claims as CS&V…"))):
            self.actions[kind].setText(text)

    def _before_quit(self, file_menu: QMenu) -> QAction | None:
        """Insert before the separator that precedes Quit (or at the end)."""
        actions = file_menu.actions()
        separators = [a for a in actions if a.isSeparator()]
        return separators[-1] if separators else None

    def _action(self, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _enable(self) -> None:
        has_data = self.app.dataset is not None and self.app.claims_index is not None
        for action in [self.dialog_action, *self.actions.values()]:
            action.setEnabled(has_data)

    # --- what an export covers ------------------------------------------------------------
    def scope(self, which: str) -> Scope:
        """"filter": the claims passing the filters; "flow": every claim on the selected claim's flow (as of the
        day shown, if one is: "as of" is the story as known then, not a filter the flow's scope sets aside)."""
        state = self.app.state
        if which == "flow" and state.claim_id is not None:
            return rows_of(self.app, Filters(as_of=state.filters.as_of), state.claim_id)
        return rows_of(self.app, state.filters)

    def flow_label(self) -> str | None:
        claim = self.app.claim(self.app.state.claim_id)
        return None if claim is None else flow_heading(claim["origin"], claim["destination"], claim["metric"],
                                                       claim["unit"], self.app.words)

    # --- asking ------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        if self.app.dataset is None:
            return
        counts = {"filter": len(self.scope("filter").rows),
                  "flow": len(self.scope("flow").rows) if self.app.state.claim_id is not None else 0}
        dialog = ExportDialog(self.window, counts, self.flow_label(), self.suggested_path, self.ask_path)
        dialog.set_choice(str(self.settings.value("export/kind", "map")),
                          str(self.settings.value("export/scope", "filter")))
        if self.run_dialog(dialog):
            kind, scope, path = dialog.choice()
            self.settings.setValue("export/kind", kind)
            self.settings.setValue("export/scope", scope)
            self.export(kind, path, scope)

    def run_dialog(self, dialog: ExportDialog) -> bool:
        """Show the dialog modally (one place, so tests can drive it)."""
        return dialog.exec() == ExportDialog.DialogCode.Accepted

    def export_with_file_dialog(self, kind: str) -> None:
        if self.app.dataset is None:
            return
        path = self.ask_path(kind, self.suggested_path(kind))
        if path is not None:
            self.export(kind, path, "filter")

    def _filters(self, kind: str) -> str:
        return {
            "map": self.tr("PNG image, twice the pixels (*.png);;SVG vector image (*.svg)"),
            "chart": self.tr("PNG image, twice the pixels (*.png);;SVG vector image (*.svg)"),
            "report": self.tr("HTML report (*.html);;PDF report (*.pdf)"),
            "claims": self.tr("CSV in the dataset format (*.csv)"),
        }[kind]

    def _caption(self, kind: str) -> str:
        return {"map": self.tr("Export the map"), "chart": self.tr("Export the comparison chart"),
                "report": self.tr("Export a report"), "claims": self.tr("Export the claims as CSV")}[kind]

    def ask_path(self, kind: str, suggested: Path) -> Path | None:
        """The save-file dialog; a name typed without an ending gets the chosen format's."""
        filters = self._filters(kind)
        wanted = suggested.suffix.lower()
        selected = next((f for f in filters.split(";;") if f"*{wanted})" in f), "")
        name, chosen = QFileDialog.getSaveFileName(self.window, self._caption(kind), str(suggested), filters,
                                                   selected)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in FORMATS[kind]:
            match = re.search(r"\*(\.\w+)\)", chosen or "")
            path = path.with_name(path.name + (match.group(1) if match else FORMATS[kind][0]))
        return path

    def suggested_path(self, kind: str) -> Path:
        folder = Path(str(self.settings.value("export/dir", str(self._first_folder()))))
        suffix = str(self.settings.value(f"export/format/{kind}", FORMATS[kind][0]))
        name = re.sub(r"[^a-z0-9._-]+", "-", (self.app.dataset.descriptor.name or "").lower()).strip("-.")
        return folder / f"{name or 'claims-atlas'}-{kind}{suffix}"

    def _first_folder(self) -> Path:
        """Where a first export goes: beside the dataset's folder, where it can be written (the home folder was
        offered, far from the work); else the home folder."""
        folder = getattr(self.app.dataset, "folder", None)
        if folder:
            beside = Path(folder).resolve().parent
            if os.access(beside, os.W_OK):
                return beside
        return Path.home()

    # --- writing -------------------------------------------------------------------------------
    def export(self, kind: str, path: Path, scope: str = "filter") -> None:
        """Write one export; pictures at once, reports and CSV on a worker thread."""
        path = Path(path)
        what = {"map": self.tr("the map"), "chart": self.tr("the chart"), "report": self.tr("a report"),
                "claims": self.tr("the claims table")}[kind]
        try:
            check_suffix(path, FORMATS[kind], what)
        except ValueError as err:
            self.show_error(str(err))
            return
        self.settings.setValue("export/dir", str(path.parent))
        self.settings.setValue(f"export/format/{kind}", path.suffix.lower())
        if kind in ("map", "chart"):
            self._export_picture(kind, path)
            return
        chosen = self.scope(scope)
        if kind == "report" and path.suffix.lower() == ".pdf" and len(chosen.rows) > MAX_PDF_CLAIMS:
            self.show_error(self.tr("{n} claims are too many for a PDF (at most {max}). Export the report as HTML, "
                                    "or narrow the filters.").format(n=f"{len(chosen.rows):,}",
                                                                      max=f"{MAX_PDF_CLAIMS:,}"))
            return
        if self.job is not None:
            self.show_error(self.tr("Another export is still being written; wait for it or cancel it first."))
            return
        export = table_export(self.app, kind, chosen)   # what it needs, taken now: the window moves on meanwhile
        if kind == "report":
            export.pictures = self._report_pictures(chosen.rows, chosen.as_of)   # drawn here, on the GUI thread

        def task(progress, cancelled):
            return write_one(export, path, checked(progress, cancelled), cancelled)
        self._start(path, task)

    def _report_pictures(self, rows, as_of=None):
        """The map and the flows' charts of a report of ``rows`` (a moment: a wait cursor meanwhile)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return report_pictures(self.app, rows, as_of=as_of)
        finally:
            QApplication.restoreOverrideCursor()

    def _export_picture(self, kind: str, path: Path) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pictures = map_picture(self.app, live=self.window.map) if kind == "map" else chart_picture(self.app)
            with pictures as picture:
                save_picture(picture, path)
        except (OSError, ValueError) as err:
            QApplication.restoreOverrideCursor()
            self.show_error(describe_error(path, err))
            return
        QApplication.restoreOverrideCursor()
        self._written(str(path))

    def _start(self, path: Path, task) -> None:
        self.job = ExportJob(path, task, self)
        worker = self.job.worker
        self.progress = QProgressDialog(self.tr("Writing {name}…").format(name=plain(escaped(path.name))), self.tr("Cancel"),
                                        0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)   # the window stays usable meanwhile
        self.progress.setMinimumDuration(500)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancel)
        worker.progress.connect(self._progress)
        worker.written.connect(self._written)
        worker.noted.connect(self._noted)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        progress = self.progress   # held here: setValue may run the event loop, in which the job may end
        if progress is not None:
            progress.setRange(0, total)
            progress.setValue(done)

    def _end_job(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None

    def _written(self, path: str) -> None:
        self._end_job()
        self.window.statusBar().showMessage(self.tr("Exported to {path}").format(path=plain(escaped(path))), 10000)

    def _noted(self, path: str, notes: list) -> None:
        """Exported, with something its reader must know (cells a spreadsheet would run as formulas)."""
        self._end_job()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"),
                          plain(self.tr("Exported to {path}").format(path=escaped(path)) + "\n\n" + "\n\n".join(notes)),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.show_message(box)
        self._written(path)

    def _failed(self, message: str) -> None:
        self._end_job()
        self.show_error(message)

    def _cancelled(self) -> None:
        self._end_job()
        self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 6000)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot export"), plain(message),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)   # file names are data, never markup
        self.window.show_message(box)

    def stop(self) -> None:
        """Stop an export under way (the window is closing)."""
        if self.job is not None:
            self.job.stop()
            self._end_job()
