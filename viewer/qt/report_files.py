"""Writing a report (HTML or PDF) and the claims CSV to disk: never half a file, clear errors."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication

from .. import __version__
from ..model.claims_csv import write_claims_csv
from ..model.report import Report
from ..model.report_html import report_html, write_report_html
from .pdf import write_pdf
from .words import wording

translate = QCoreApplication.translate   # lupdate finds translate("Context", "text") calls

REPORT_FORMATS = (".html", ".htm", ".pdf")
CLAIMS_FORMATS = (".csv",)
PICTURE_FORMATS = (".png", ".svg")
MAX_PDF_CLAIMS = 10_000
"""A PDF of more claims would run to thousands of pages (10,000 take about 20 s); HTML has no such limit."""

Progress = Callable[[int, int], None]


def report_labels() -> dict[str, str]:
    """The report's words, translated (the dataset's own text never is)."""
    return {
        "summary": translate("Report", "{claims} on {flows}, from {sources}."),
        "claims_one": translate("Report", "{n} claim"), "claims_many": translate("Report", "{n} claims"),
        "flows_one": translate("Report", "{n} flow"), "flows_many": translate("Report", "{n} flows"),
        "sources_one": translate("Report", "{n} source"), "sources_many": translate("Report", "{n} sources"),
        "quoted": translate("Report", "“{text}”", "quotation marks around a quote or a title"),
        "disclaimer": translate(
            "Report", "The figures are what each source claims, quoted exactly; they are not verified facts."),
        "range": translate("Report", "Range claimed:"),
        "partial": translate(
            "Report", "Listed here: {shown} of the {total} claims on this flow; all of them together: {range}."),
        "claims": translate("Report", "Claims ({n})"),
        "denials": translate("Report", "Denials ({n})"),
        "more_denials": translate(
            "Report", "… and {n} more denials of this flow, outside the claims of this report."),
        "no_claims": translate("Report", "No claim in this report asserts this flow."),
        "denies": translate("Report", "denies"),
        "worded": translate("Report", "worded"),
        "period": translate("Report", "period"),
        "note": translate("Report", "Note:"),
        "claim": translate("Report", "claim"),
        "by": translate("Report", "by"),
        "sources": translate("Report", "Sources"),
        "sources_intro": translate("Report", "Every source quoted above, by date of publication."),
        "no_url": translate("Report", "no URL given"),
        "charts_left_out": translate("Report", "Charts are drawn for the first {shown} flows; the {n} after them "
                                               "have none."),
    }


def generated_line() -> str:
    """ "Made with Claims Atlas 0.1.0, 22 Nov 2026." (the date as the app words dates)."""
    return translate("Report", "Made with Claims Atlas {version}, {date}.").format(
        version=__version__, date=wording().date(date.today().isoformat()))


def check_suffix(path: Path, allowed: tuple[str, ...], what: str) -> None:
    """ValueError naming the allowed endings when ``path`` has none of them."""
    if Path(path).suffix.lower() not in allowed:
        raise ValueError(translate(
            "Report", "{path}: {what} is written as {endings}; end the file name with one of them").format(
            path=path, what=what, endings=" or ".join(allowed)))


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only once complete (removed on failure).

    It is created at once, so a folder that is missing or cannot be written is an OSError before any
    work is done (and before a painter on it would print Qt's own warnings)."""
    path = Path(path)
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "wb"):
            pass
        yield part
        if part.exists():   # absent when the writer gave up (cancelled)
            os.replace(part, path)
    finally:
        if part.exists():
            part.unlink()


def write_report(path: Path, report: Report, progress: Progress | None = None) -> None:
    """The report as HTML or PDF, by the file's ending. Raises OSError if it cannot be written."""
    path = Path(path)
    check_suffix(path, REPORT_FORMATS, translate("Report", "a report"))
    labels = report_labels()
    with replacing(path) as part:
        if path.suffix.lower() == ".pdf":
            if report.n_claims > MAX_PDF_CLAIMS:
                raise ValueError(translate(
                    "Report", "{n} claims are too many for a PDF (at most {max}); export HTML, or narrow the filters"
                ).format(n=f"{report.n_claims:,}", max=f"{MAX_PDF_CLAIMS:,}"))
            html = report_html(report, labels=labels, generated=generated_line(), paged=True)
            write_pdf(html, part, report.title, f"Claims Atlas {__version__}")
            if not part.exists() or part.stat().st_size == 0:
                raise OSError(translate("Report", "the PDF writer could not write the file"))
        else:
            with open(part, "w", encoding="utf-8", newline="\n") as out:
                write_report_html(report, out, labels=labels, generated=generated_line(), progress=progress)


def write_claims(path: Path, claims: pd.DataFrame, rows: np.ndarray, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> bool:
    """The rows as claims.csv in the dataset format; False if cancelled (nothing is left behind)."""
    path = Path(path)
    check_suffix(path, CLAIMS_FORMATS, translate("Report", "the claims table"))
    with replacing(path) as part:
        with open(part, "w", encoding="utf-8", newline="") as out:
            done = write_claims_csv(claims, rows, out, progress=progress, cancelled=cancelled)
        if not done:
            part.unlink()
            return False
    return True


def describe_error(path: Path, err: BaseException) -> str:
    """A sentence for a failed write: which file, and why."""
    if isinstance(err, ValueError):
        return str(err)
    if not Path(path).parent.is_dir():
        return translate("Report", "{path} could not be written: the folder {folder} does not exist.").format(
            path=path, folder=Path(path).parent)
    reason = getattr(err, "strerror", None) or str(err)
    return translate("Report", "{path} could not be written: {reason}. Choose another folder or file name.").format(
        path=path, reason=reason)
