"""Headless exports: the window, the map or chart with their citations, a report, the claims CSV."""

from __future__ import annotations

import os
import shlex

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model.reading.dataset import Dataset

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
    as_of: date | None = None
    """The story as known on this day: only claims published by then (None: every claim)."""
    each_day: Path | None = None
    """A folder to write one map PNG per day into (see export_days)."""


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

def nothing_matches(request: Request, later: int = 0, destination: str | None = None) -> str:
    """The error when the filters asked for leave no claim (nothing is written then). ``later``: how many
    claims they would pass but for --as-of (then it is the day that leaves none, and the error says so, about
    ``destination``, the code given)."""
    given = " ".join(f"{flag} {shlex.quote(value)}" for flag, value in (
        ("--select", request.select), ("--destination", request.destination), ("--search", request.search)) if value)
    if request.as_of is not None:
        given = f"{given} --as-of {request.as_of.isoformat()}".strip()
    if request.as_of is not None and later and (request.destination is not None or request.search):
        return f"{given}: {_published_later(request, later, destination)}"
    claims = "no claim" + (f" on the flow of {request.select}" if request.select is not None else "")
    if request.as_of is not None and request.destination is None and not request.search:
        what = f"{claims} was published by that day"
    elif request.search:
        what = (f"{claims} about that destination matches the search" if request.destination is not None
                else f"{claims} matches the search")
    else:
        what = f"{claims} goes to that destination"
    return f"{given}: {what}; nothing was written"


def _published_later(request: Request, later: int, destination: str | None) -> str:
    """ "no claim about Estonia + Finland was published by 2022-10-04 (2 claims came later); …" (in English,
    as every error of the command line is)."""
    from .model.mapping.countries import destination_name
    day, came = request.as_of.isoformat(), f"{later:,} claim{'' if later == 1 else 's'} came later"
    if request.search and destination is not None:
        what = f"no claim about {destination_name(destination)} that matches the search was published by {day}"
    elif request.search:
        what = f"no claim that matches the search was published by {day}"
    else:
        what = f"no claim about {destination_name(destination)} was published by {day}"
    return f"{what} ({came}); nothing was written"


def export(folder: Path, *, window: Path | None = None, map_file: Path | None = None,
           select: str | None = None, size: tuple[int, int] = (1600, 1000), **more) -> list[str]:
    """Render or write offscreen; returns the files written. Raises ValueError for bad requests."""
    files = {name: [more.pop(name)] for name in ("chart", "report", "claims") if more.get(name) is not None}
    return run(folder, Request(window=[window] if window else [], map_file=[map_file] if map_file else [],
                               select=select, size=size, **files, **more))

class Written(list):
    """The files written (paths as text), and what their readers should know (``notes``)."""

    notes: list[str] = []


def run(folder: Path, request: Request, loaded: Callable[[Dataset], None] | None = None) -> Written:
    """Write what ``request`` asks for; ``loaded`` is given the dataset once read (to tell of its problems).

    No window is built unless ``--window`` asks for one: reports and CSV come from the shared model alone,
    pictures from their own panel (viewer.qt.export_service). Every destination is checked before any file
    is written, and all are put in place together at the end."""
    for flag, path, endings in request.targets():
        if path.suffix.lower() not in endings:
            raise ValueError(f"{flag} {shown(path)}: the file name must end in {' or '.join(endings)}")
    from .model import load_dataset
    dataset = load_dataset(folder)
    if loaded is not None:
        loaded(dataset)
    if request.select is not None and request.select not in set(dataset.claims["claim_id"]):
        raise ValueError(f"--select {request.select}: no claim with that id was loaded from {shown(folder)}")
    if request.select is not None and request.as_of is not None:
        _published_by(dataset, request.select, request.as_of)
    destination = (destination_code(request.destination, set(dataset.claims["destination"]))
                   if request.destination is not None else None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(pictures=bool(request.window or request.map_file or request.chart or request.each_day
                                     or request.report))
    from .qt.platform_start import quiet_offscreen_warnings
    quiet_offscreen_warnings()
    return _write(app, dataset, request, destination)


def _published_by(dataset: Dataset, claim_id: str, as_of: date) -> None:
    """--select of a claim published after --as-of is an error: a script gets what it asked for or nothing."""
    from .model.timeline.as_of import NO_DAY, claim_days, day_number, day_of
    claims = dataset.claims[dataset.claims["claim_id"] == claim_id]
    day = int(claim_days(claims, dataset.sources)[0])
    if day == NO_DAY:
        raise ValueError(f"--select {claim_id}: that claim's source has no publication date, so it is not among "
                         f"the claims published by --as-of {as_of.isoformat()}; nothing was written")
    if day > day_number(as_of):
        raise ValueError(f"--select {claim_id}: that claim was published on {day_of(day).isoformat()}, after "
                         f"--as-of {as_of.isoformat()}; nothing was written")


def _application(pictures: bool):
    """The Qt application; pyqtgraph (and its set-up) only when a picture or the window is asked for."""
    if pictures:
        from .app import make_app
        return make_app()
    import sys

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Claims Atlas")
    app.setOrganizationName("ClaimsAtlas")
    return app


def shown(path) -> str:
    """A path as printed: undecodable bytes escaped (see viewer.model.reading.undecodable)."""
    from .model.reading.undecodable import escaped
    return escaped(str(path))


def _model(request: Request):
    """The shared model, in the language of --lang (else CLAIMS_ATLAS_LANG, the system's; never the window's
    last choice, so a script writes the same files whoever used the window last)."""
    from .qt import i18n
    from .qt.bridge import AppModel
    i18n.apply(i18n.choose(None, request.lang))
    return AppModel()


def _show(model, dataset, request: Request, destination: str | None) -> None:
    """The dataset in the model, after the command's choices: the claim selected, the filters set."""
    model.set_dataset(dataset)
    state = model.state
    if request.select is not None:
        state.select(request.select)
    if destination is not None or request.search:
        state.update_filters(destination=destination, text=request.search)
        if request.select is not None:
            state.select(request.select)   # shown even if the filters would hide it
    if request.as_of is not None:
        state.set_as_of(request.as_of)
    if state.claim_id is None:
        state.select(model.claims_index.first_claim_id())   # as the window selects its first claim


def _write(app, dataset, request: Request, destination: str | None) -> Written:
    from .model.reports.report import export_rows
    from .qt.export_service import TargetError, write_all
    from .qt.report_files import describe_error
    from .model.writing.safe_write import PartlyWritten

    model = _model(request)
    window = _Window(app, model, request) if request.window else None
    _show(model, dataset, request, destination)
    state = model.state
    if (destination is not None or request.search or request.as_of) and not len(export_rows(
            model.claims_index, state.filters, state.sort_column, state.sort_ascending, flow_of=request.select)):
        if window is not None:
            window.close()
        later = 0 if request.as_of is None else len(export_rows(
            model.claims_index, replace(state.filters, as_of=None), state.sort_column, state.sort_ascending,
            flow_of=request.select))
        raise ValueError(nothing_matches(request, later, destination))
    kinds = {"--window": "window", "--map": "map", "--chart": "chart", "--report": "report", "--claims": "claims"}
    targets = [(kinds[flag], path) for flag, path, _endings in request.targets()]
    try:
        done = write_all(model, targets, request.select, pictures=lambda kind: _picture(model, kind, request.size),
                         window=window.grab if window is not None else None,
                         report_pictures=_once(lambda rows, as_of: _report_pictures(model, rows, as_of)))
    except TargetError as err:
        raise ValueError(f"{describe_error(err.path, err.error)} Nothing was written.") from None
    except PartlyWritten as err:
        raise ValueError(_partly(err, describe_error)) from None
    finally:
        if window is not None:
            window.close()
    written = Written(str(path) for path in done.paths)
    written.notes = done.notes
    if request.each_day is not None:
        from .export_days import write_each_day
        written += write_each_day(app, model, request.each_day, request.size, until=request.as_of)
    return written


def _once(make):
    """``make`` called once: every report asked for (HTML and PDF) carries the same pictures."""
    made = []
    return lambda *given: made[0] if made else (made.append(make(*given)) or made[0])


def _report_pictures(model, rows, as_of):
    """A report's map and charts (drawn by the panels made for them, so pyqtgraph is loaded then)."""
    from .app import make_app
    make_app()
    from .widgets.report_pictures import report_pictures
    return report_pictures(model, rows, as_of=as_of)


def _partly(err, describe_error) -> str:
    said = describe_error(err.failed, err.error)
    if err.written:
        said += " Written: " + ", ".join(shown(p) for p in err.written) + "."
    return said + " Not written: " + ", ".join(shown(p) for p in [err.failed, *err.rest]) + "."


def _picture(model, kind: str, size: tuple[int, int]):
    from .widgets.export_pictures import chart_picture, map_picture
    return map_picture(model, size) if kind == "map" else chart_picture(model, size)


class _Window:
    """The whole window, built only for --window, showing the model."""

    def __init__(self, app, model, request: Request):
        import tempfile

        from PySide6.QtCore import QSettings

        from .widgets.main_window import MainWindow
        # Settings of their own: the picture depends on the command alone, never on the window's last use.
        self._tmp = tempfile.TemporaryDirectory()
        settings = QSettings(str(Path(self._tmp.name) / "export.ini"), QSettings.Format.IniFormat)
        self.app = app
        self.as_of = request.as_of
        self.window = win = MainWindow(model, settings)
        win.resize(*request.size)
        win.show()
        app.processEvents()
        win.balance_docks()
        app.processEvents()

    def grab(self):
        win, app = self.window, self.app
        for _ in range(3):
            app.processEvents()
        if self.as_of is not None:   # the story as known then: the timeline in front of the claims table
            win.docks["timeline"].show()
            win.docks["timeline"].raise_()
            app.processEvents()
        win.map.reset_view()
        app.processEvents()
        return win.grab().toImage()

    def close(self) -> None:
        self.window.close()
        self._tmp.cleanup()

