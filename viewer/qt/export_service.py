"""One export service for the window (File › Export) and the command line (``claims-atlas export``).

It works on the shared :class:`AppModel` alone: a report or the claims CSV is
made from the model's dataset, claims and words, never from a window. Pictures
of the map and chart need their panels; the caller passes a function that
makes them (``viewer.widgets.export_pictures``), so this layer imports no
widget. Every file goes through viewer.model.writing.safe_write: written whole and
checked, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from ..model.writing.claims_csv import formula_cells
from ..model.index.claims_index import ClaimsIndex
from ..model.reading.dataset import Dataset
from ..model.reports.report import build_report, export_rows, flow_heading
from ..model.state import Filters
from ..model.flows.wording import ENGLISH, Wording
from .bridge import AppModel
from .left_out import report_notice
from .picture import Picture, image_into, picture_into
from .plain import plain
from .date_words import date_words
from .report_files import CLAIMS_FORMATS, REPORT_FORMATS, claims_into, report_into
from ..model.writing.safe_write import Batch, Staged, replacing

translate = QCoreApplication.translate   # lupdate finds translate("Context", "text") calls

Progress = Callable[[int, int], None]
Pictures = Callable[[str], AbstractContextManager[Picture]]
"""pictures("map" | "chart") -> a context giving the Picture (see viewer.widgets.export_pictures)."""


def describe_filters(filters: Filters, words: Wording = ENGLISH) -> str:
    """The active filters in words ("" when none), for a picture's subtitle or a report's scope."""
    from ..model.mapping.countries import destination_name
    parts = []
    if filters.destination is not None:
        parts.append(translate("Exports", "destination {name}").format(name=destination_name(filters.destination, words)))
    if filters.text:
        parts.append(translate("Exports", "search “{text}”").format(text=filters.text))
    for label, values in ((translate("Exports", "metric"), filters.metrics),
                          (translate("Exports", "stance"), filters.stances),
                          (translate("Exports", "claimant type"), filters.claimant_types),
                          (translate("Exports", "source"), filters.sources)):

        if values:
            parts.append(f"{label} {', '.join(sorted(values))}")
    dated = date_words(filters, words)
    if dated:
        parts.append(dated)
    return plain(", ".join(parts))


def scope_description(app: AppModel, filters: Filters, flow_of: str | None) -> str:
    """What a report or CSV covers, in words: a flow, the filters, or everything."""
    filters_text = describe_filters(filters, app.words)
    if flow_of is not None:
        claim = app.claim(flow_of)
        heading = flow_heading(claim["origin"], claim["destination"], claim["metric"], claim["unit"], app.words)
        text = translate("Exports", "Every claim on the flow of claim {claim}: {flow}").format(
            claim=plain(flow_of), flow=heading)
        if filters_text:
            text += " · " + translate("Exports", "filters: {filters}").format(filters=filters_text)
        return text
    if filters_text:
        return translate("Exports", "Claims passing the filters: {filters}").format(filters=filters_text)
    if app.dataset is not None and app.dataset.left_out().claims != 0:   # some could not be loaded
        return translate("Exports", "Every claim loaded from the dataset")
    return translate("Exports", "Every claim in the dataset")


@dataclass
class Rows:
    """The claims a report or CSV covers: rows of the view, in the table's order, and that scope in words."""

    rows: np.ndarray
    description: str
    as_of: date | None = None
    """The day the claims are known as of (None: now): a report's flows, denials and sources stop there."""


def rows_of(app: AppModel, filters: Filters, flow_of: str | None = None) -> Rows:
    """The claims passing ``filters``, or (``flow_of``) every claim on that claim's flow."""
    state = app.state
    rows = export_rows(app.claims_index, filters, state.sort_column, state.sort_ascending, flow_of=flow_of)
    return Rows(rows, scope_description(app, filters, flow_of), filters.as_of)


@dataclass
class TableExport:
    """A report or the claims CSV, with what it needs taken from the model when it was asked for
    (so it can be written on a worker thread while the window moves on)."""

    kind: str
    """"report" or "claims"."""
    dataset: Dataset
    claims_index: ClaimsIndex
    words: Wording
    chosen: Rows
    pictures: object = None
    """The report's map and charts (model.report.ReportPictures), drawn on the GUI thread beforehand."""

    def write(self, staged: Staged, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> bool:
        """Write into ``staged`` (checked whole); False if cancelled."""
        dataset = self.dataset
        if self.kind == "report":
            report = build_report(self.claims_index, dataset.sources, self.chosen.rows, dataset.title,
                                  self.chosen.description, progress, self.words, origin=dataset.origin,
                                  notice=report_notice(dataset), pictures=self.pictures, as_of=self.chosen.as_of)
            report_into(staged, report, progress)
            return True
        return claims_into(staged, dataset.claims, self.chosen.rows, progress, cancelled)

    def notes(self) -> list[str]:
        """What the file's reader should know: cells a spreadsheet would run as formulas."""
        if self.kind != "claims":
            return []
        cells = formula_cells(self.dataset.claims, self.chosen.rows)
        if not cells.count:
            return []
        return [translate(
            "Exports", "{n} cells start with =, +, - or @ (the first: claim {claim}, column {column}); they are "
                       "written exactly as in the dataset, but a spreadsheet may run them as formulas. Open the "
                       "file as text, or import it with every column as text.").format(
            n=f"{cells.count:,}", claim=plain(cells.claim_id), column=cells.column)]


def table_export(app: AppModel, kind: str, chosen: Rows) -> TableExport:
    if kind not in ("report", "claims"):
        raise ValueError(f"not a table export: {kind}")
    return TableExport(kind, app.dataset, app.claims_index, app.words, chosen)


def write_one(export: TableExport, path: Path, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> bool | list[str]:
    """Write ``export`` to ``path`` (whole, or not at all); False if cancelled, else its notes."""
    with replacing(path) as staged:
        if not export.write(staged, progress, cancelled):
            return False
    return export.notes()


@dataclass
class Written:
    paths: list[Path]
    notes: list[str]


def write_all(app: AppModel, targets: list[tuple[str, Path]], flow_of: str | None,
              pictures: Pictures | None = None, window: Callable[[], QImage] | None = None,
              report_pictures: Callable | None = None) -> Written:
    """Write every (kind, path) together: each destination is opened (so checked) before any is written,
    and all are renamed into place at the end (see safe_write.Batch). Pictures come from ``pictures``,
    the window's image from ``window``; reports and CSV cover the claims passing the filters, or with
    ``flow_of`` every claim on that claim's flow."""
    notes: list[str] = []
    with Batch() as batch:
        staged = []
        for kind, path in targets:
            try:
                staged.append((kind, batch.stage(path)))
            except OSError as err:
                raise TargetError(path, err) from None
        chosen = None
        for kind, file in staged:
            try:
                if kind in ("report", "claims"):
                    chosen = chosen or rows_of(app, app.state.filters, flow_of)
                    export = table_export(app, kind, chosen)
                    if kind == "report" and report_pictures is not None:
                        export.pictures = report_pictures(chosen.rows, chosen.as_of)
                    export.write(file)
                    notes += [f"{file.path}: {note}" for note in export.notes()]
                elif kind == "window":
                    image_into(window(), file)
                else:
                    with pictures(kind) as picture:
                        picture_into(picture, file)
            except OSError as err:
                raise TargetError(file.path, err) from None
        return Written(batch.commit(), notes)


class TargetError(OSError):
    """One file of several could not be written (none was, see write_all)."""

    def __init__(self, path: Path, error: OSError):
        super().__init__(error.errno, error.strerror or str(error))
        self.path, self.error = Path(path), error


__all__ = ["CLAIMS_FORMATS", "REPORT_FORMATS", "Rows", "TableExport", "TargetError", "Written", "describe_filters",
           "rows_of", "scope_description", "table_export", "write_all", "write_one"]
