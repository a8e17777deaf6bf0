"""Shared fixtures: a tiny valid dataset that each test can break one way."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLAIMS_ATLAS_LANG", "en")   # tests expect English unless they switch
# Journals of edits go to a folder of this run's own, never the user's data folder.
os.environ.setdefault("CLAIMS_ATLAS_DATA_DIR", tempfile.mkdtemp(prefix="claims-atlas-tests-"))

REPO = Path(__file__).resolve().parent.parent


class ModalInTest(AssertionError):
    """A modal dialog opened in a test, where nobody would ever answer it."""


def _refusing(kind: str):
    def refused(*args, **_kwargs):
        owner = args[0] if args and hasattr(args[0], "windowTitle") else None
        title = owner.windowTitle() if owner is not None else ""
        text = owner.text() if owner is not None and hasattr(owner, "text") else ""
        words = " ".join(str(a) for a in args[1:3] if isinstance(a, str))
        raise ModalInTest(f"a {kind} opened in a test and would wait for ever for an answer "
                          f"(answer it in the test, e.g. patch show_message): {title!r} {text or words!r}")
    return refused


@pytest.fixture(autouse=True)
def modal_dialogs_fail_instead_of_waiting(monkeypatch):
    """A modal dialog's own event loop runs in C++: pytest-timeout's alarm never reaches Python there, so a
    message box nobody answers (an export that failed, say) stalled CI for its whole time. Here it fails the
    test at once, naming what the box said. Tests that expect a box replace show_message (or patch the
    dialog) themselves."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:   # a test run without Qt
        yield
        return
    for cls, kind in ((widgets.QDialog, "dialog"), (widgets.QMessageBox, "message box"), (widgets.QMenu, "menu")):
        monkeypatch.setattr(cls, "exec", _refusing(kind))
    for name in ("about", "warning", "question", "information", "critical"):
        monkeypatch.setattr(widgets.QMessageBox, name, staticmethod(_refusing(f"message box ({name})")))
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"):
        monkeypatch.setattr(widgets.QFileDialog, name, staticmethod(_refusing(f"file dialog ({name})")))
    yield
DATA = REPO / "data"

ARTICLE = (
    "Kremlin denies 700,000 fled\n\n"
    "The Kremlin on Thursday denied reports that up to 700,000 Russians had fled.\n"
    "Officials said 200,000 Russians had entered Kazakhstan.  Officials said  200,000\u00a0Russians "
    "had entered Georgia, and “about 66,000” crossed into Finland and Estonia.\n"
)

SOURCES = [
    {"source_id": "s1", "outlet": "Example Times", "title": "Kremlin denies", "published": "2022-10-06",
     "url": "https://example.org/a", "byline": "Reuters"},
]

CLAIMS = [
    {"claim_id": "c1", "source_id": "s1", "quote": "up to 700,000 Russians had fled", "claimant": "Media reports",
     "claimant_type": "media", "stance": "asserts", "metric": "left", "destination": "",
     "value_low": "", "value_high": "700000", "value_text": "up to 700,000"},
    {"claim_id": "c2", "source_id": "s1", "quote": "The Kremlin on Thursday denied reports", "claimant": "Kremlin",
     "claimant_type": "government", "stance": "denies", "metric": "left", "destination": "",
     "value_low": "", "value_high": "700000"},
    {"claim_id": "c3", "source_id": "s1", "quote": "200,000 Russians had entered", "claimant": "Officials",
     "stance": "asserts", "metric": "entered", "destination": "KAZ", "value_low": "200000", "value_high": "200000",
     "period_start": "2022-09-21", "period_end": "2022-10-04"},
    {"claim_id": "c4", "source_id": "s1", "quote": '"about 66,000" crossed', "claimant": "Officials",
     "stance": "asserts", "metric": "entered", "destination": "FIN;EST", "value_low": "66000", "value_high": "66000"},
]

DESCRIPTOR = {
    "name": "test-set", "title": "Test set", "claims:origin": "RUS",
    "resources": [{"name": "sources", "path": "sources.csv"}, {"name": "claims", "path": "claims.csv"}],
}


def csv_text(rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def write_dataset(folder: Path, *, sources=None, claims=None, articles=None, descriptor=None) -> Path:
    """Write a dataset folder; each part defaults to the valid tiny one above.

    A part given as a string is written as is (raw CSV / JSON / text).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(exist_ok=True)
    descriptor = DESCRIPTOR if descriptor is None else descriptor
    parts = {
        "datapackage.json": descriptor if isinstance(descriptor, str) else json.dumps(descriptor, indent=2),
        "sources.csv": sources if isinstance(sources, str) else csv_text(SOURCES if sources is None else sources),
        "claims.csv": claims if isinstance(claims, str) else csv_text(CLAIMS if claims is None else claims),
    }
    for name, text in parts.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    for name, text in ({"s1": ARTICLE} if articles is None else articles).items():
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (folder / "articles" / f"{name}.txt").write_bytes(data)
    return folder


@pytest.fixture
def make_dataset(tmp_path):
    def make(**parts) -> Path:
        return write_dataset(tmp_path / "ds", **parts)
    return make


def broken_copy(folder: Path) -> Path:
    """The bundled dataset with problems, at ``folder``: Breitbart's source has no outlet (so it and its
    14 claims are left out) and one Hindustan Times claim writes "10 000"; 15 problems, 5 of 19 claims load."""
    import shutil
    shutil.copytree(DATA, folder)
    for name, row, column, value in (("sources.csv", 1, "outlet", ""), ("claims.csv", 2, "value_low", "10 000")):
        with open(folder / name, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows, columns = list(reader), reader.fieldnames
        rows[row][column] = value
        (folder / name).write_text(csv_text(rows, columns), encoding="utf-8", newline="")
    return folder
