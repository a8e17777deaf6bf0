"""Writing a report (HTML or PDF) and the claims CSV to disk: never half a file, clear errors."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication

from .. import __version__
from ..model.reading.undecodable import escaped
from ..model.writing.claims_csv import write_claims_csv
from ..model.reports.report import Report
from ..model.reports.report_html import report_html, write_report_html
from .pdf import pdf_bytes
from ..model.writing.safe_write import Staged, pdf_problem, replacing
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


def write_report(path: Path, report: Report, progress: Progress | None = None) -> None:
    """The report as HTML or PDF, by the file's ending. Raises OSError if it cannot be written (the file is
    then as it was: see viewer.model.writing.safe_write)."""
    path = Path(path)
    check_suffix(path, REPORT_FORMATS, translate("Report", "a report"))
    check_pdf_size(path, report)
    with replacing(path) as staged:
        report_into(staged, report, progress)


def check_pdf_size(path: Path, report: Report) -> None:
    if Path(path).suffix.lower() == ".pdf" and report.n_claims > MAX_PDF_CLAIMS:
        raise ValueError(translate(
            "Report", "{n} claims are too many for a PDF (at most {max}); export HTML, or narrow the filters"
        ).format(n=f"{report.n_claims:,}", max=f"{MAX_PDF_CLAIMS:,}"))


def report_into(staged: Staged, report: Report, progress: Progress | None = None) -> None:
    """Write the report to ``staged`` as HTML or PDF (by its ending), and check it is whole."""
    check_pdf_size(staged.path, report)
    labels = report_labels()
    if staged.path.suffix.lower() == ".pdf":
        html = report_html(report, labels=labels, generated=generated_line(), paged=True)
        # Qt would drop a lone surrogate (or show it as U+FFFD): written escaped, as the HTML writer does.
        staged.write_bytes(pdf_bytes(escaped(html), escaped(report.title), f"Claims Atlas {__version__}"))
        staged.finish(pdf_problem)
    else:
        with staged.text() as out:
            write_report_html(report, out, labels=labels, generated=generated_line(), progress=progress)
        staged.finish()


def write_claims(path: Path, claims: pd.DataFrame, rows: np.ndarray, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> bool:
    """The rows as claims.csv in the dataset format; False if cancelled (nothing is left behind)."""
    path = Path(path)
    check_suffix(path, CLAIMS_FORMATS, translate("Report", "the claims table"))
    with replacing(path) as staged:
        return claims_into(staged, claims, rows, progress, cancelled)


def claims_into(staged: Staged, claims: pd.DataFrame, rows: np.ndarray, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> bool:
    """The rows as claims.csv into ``staged``; False (and ``staged`` discarded) if cancelled."""
    with staged.text(newline="") as out:
        done = write_claims_csv(claims, rows, out, progress=progress, cancelled=cancelled)
    if not done:
        staged.discard()
        return False
    staged.finish()
    return True


def describe_error(path: Path, err: BaseException) -> str:
    """A sentence for a failed write: which file, and why (a name's undecodable bytes shown escaped)."""
    if isinstance(err, ValueError):
        return str(err)
    shown = escaped(str(path))
    if not Path(path).parent.is_dir():
        return translate("Report", "{path} could not be written: the folder {folder} does not exist.").format(
            path=shown, folder=escaped(str(Path(path).parent)))
    if isinstance(err, IsADirectoryError) or Path(path).is_dir():
        return translate("Report", "{path} could not be written: it is a folder. Give a file name.").format(
            path=shown)
    reason = escaped(getattr(err, "strerror", None) or str(err))
    if getattr(err, "errno", None) in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Report", "{path} could not be written: the disk is full ({reason}). The file was left "
                                   "as it was; free some space or choose another folder.").format(
            path=shown, reason=reason)
    return translate("Report", "{path} could not be written: {reason}. Choose another folder or file name.").format(
        path=shown, reason=reason)
