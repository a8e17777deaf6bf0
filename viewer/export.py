"""Headless exports: the window, the map or chart with their citations, a report, the claims CSV."""

from __future__ import annotations

import os
import shlex
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model.dataset import Dataset

PICTURES = (".png", ".svg")
REPORTS = (".html", ".htm", ".pdf")


@dataclass
class Request:
    """What to write, and of which claims."""

    window: list[Path] = field(default_factory=list)
    map_file: list[Path] = field(default_factory=list)
    chart: list[Path] = field(default_factory=list)
    report: list[Path] = field(default_factory=list)
    claims: list[Path] = field(default_factory=list)
    select: str | None = None
    destination: str | None = None
    search: str = ""
    size: tuple[int, int] = (1600, 1000)
    lang: str | None = None

    def targets(self) -> list[tuple[str, Path, tuple[str, ...]]]:
        wanted = (("--window", self.window, (".png",)), ("--map", self.map_file, PICTURES),
                  ("--chart", self.chart, PICTURES), ("--report", self.report, REPORTS),
                  ("--claims", self.claims, (".csv",)))
        return [(flag, Path(path), endings) for flag, paths, endings in wanted for path in paths]


def parse_size(text: str) -> tuple[int, int]:
    """"1600x1000" -> (1600, 1000); raises ValueError with a readable message."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size {text!r}: give WIDTHxHEIGHT in pixels, e.g. 1600x1000") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise ValueError(f"--size {text!r}: each side must be 200 to 10000 pixels")
    return w, h


def destination_code(text: str, known: set[str]) -> str:
    """--destination: a code or codes joined by ';' (any order), or "abroad"; must be one the claims name."""
    code = "" if text.strip().lower() == "abroad" else ";".join(sorted(set(text.strip().upper().split(";"))))
    if code not in known:
        shown = ", ".join(sorted(d or "abroad" for d in known)) or "none"
        raise ValueError(f"--destination {text}: no claim goes there; the destinations are: {shown}")
    return code


def nothing_matches(request: Request) -> str:
    """The error when the filters asked for leave no claim (nothing is written then)."""
    given = " ".join(f"{flag} {shlex.quote(value)}" for flag, value in (
        ("--select", request.select), ("--destination", request.destination), ("--search", request.search)) if value)
    claims = "no claim" + (f" on the flow of {request.select}" if request.select is not None else "")
    if request.search:
        what = (f"{claims} about that destination matches the search" if request.destination is not None
                else f"{claims} matches the search")
    else:
        what = f"{claims} goes to that destination"
    return f"{given}: {what}; nothing was written"


def export(folder: Path, *, window: Path | None = None, map_file: Path | None = None,
           select: str | None = None, size: tuple[int, int] = (1600, 1000), **more) -> list[str]:
    """Render or write offscreen; returns the files written. Raises ValueError for bad requests."""
    files = {name: [more.pop(name)] for name in ("chart", "report", "claims") if more.get(name) is not None}
    return run(folder, Request(window=[window] if window else [], map_file=[map_file] if map_file else [],
                               select=select, size=size, **files, **more))


def run(folder: Path, request: Request, loaded: Callable[[Dataset], None] | None = None) -> list[str]:
    """Write what ``request`` asks for; ``loaded`` is given the dataset once read (to tell of its problems)."""
    for flag, path, endings in request.targets():
        if path.suffix.lower() not in endings:
            raise ValueError(f"{flag} {path}: the file name must end in {' or '.join(endings)}")
    from .model import load_dataset
    dataset = load_dataset(folder)
    if loaded is not None:
        loaded(dataset)
    if request.select is not None and request.select not in set(dataset.claims["claim_id"]):
        raise ValueError(f"--select {request.select}: no claim with that id was loaded from {folder}")
    destination = (destination_code(request.destination, set(dataset.claims["destination"]))
                   if request.destination is not None else None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import make_app
    app = make_app()
    _quiet_offscreen_warnings()
    with tempfile.TemporaryDirectory() as tmp:
        return _write(app, dataset, request, destination, Path(tmp))


def _write(app, dataset, request: Request, destination: str | None, tmp: Path) -> list[str]:
    from PySide6.QtCore import QSettings

    from .app import build_window
    from .model.report import build_report, export_rows
    from .qt.left_out import report_notice
    from .qt.picture import save_picture
    from .qt.report_files import describe_error, write_claims, write_report
    from .widgets.export_pictures import chart_picture, map_picture, scope_description
    from .widgets.report_pictures import report_pictures

    # Settings of their own: the files depend on the command alone, never on the window's last use
    # (its language, layout, theme); the language is --lang, else CLAIMS_ATLAS_LANG, else the system's.
    settings = QSettings(str(tmp / "export.ini"), QSettings.Format.IniFormat)
    model, win = build_window(None, settings, lang=request.lang)
    win.resize(*request.size)
    win.show()
    app.processEvents()
    win.balance_docks()
    app.processEvents()
    model.set_dataset(dataset)
    state = model.state
    if request.select is not None:
        state.select(request.select)
    if destination is not None or request.search:
        state.update_filters(destination=destination, text=request.search)
        if request.select is not None:
            state.select(request.select)   # shown even if the filters would hide it
    for _ in range(3):
        app.processEvents()
    win.map.reset_view()
    app.processEvents()
    written = []
    figures = None   # a report's pictures, drawn once for every report asked for
    try:
        if (destination is not None or request.search) and not len(export_rows(
                model.view, state.filters, state.sort_column, state.sort_ascending, flow_of=request.select)):
            raise ValueError(nothing_matches(request))
        for flag, path, _endings in request.targets():
            try:
                if flag == "--window":
                    if not win.grab().save(str(path)):
                        raise OSError(f"{path}: could not be written")
                elif flag in ("--map", "--chart"):
                    pictures = (map_picture(model, request.size) if flag == "--map"
                                else chart_picture(model, request.size))
                    with pictures as picture:
                        save_picture(picture, path)
                else:
                    rows = export_rows(model.view, state.filters, state.sort_column, state.sort_ascending,
                                       flow_of=request.select)
                    if flag == "--report":
                        description = scope_description(model, state.filters, request.select)
                        figures = figures or report_pictures(model, rows)
                        write_report(path, build_report(model.view, dataset.sources, rows, dataset.title,
                                                        description, words=model.words, origin=dataset.origin,
                                                        notice=report_notice(dataset),
                                                        pictures=figures))
                    else:
                        write_claims(path, dataset.claims, rows)
            except OSError as err:
                raise ValueError(describe_error(path, err)) from None
            written.append(str(path))
    finally:
        win.close()
    return written


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it ignores; that is noise here."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            import sys
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
