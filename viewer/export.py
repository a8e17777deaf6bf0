"""Headless rendering: the whole window or the map panel to an image file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def parse_size(text: str) -> tuple[int, int]:
    """"1600x1000" -> (1600, 1000); raises ValueError with a readable message."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size {text!r}: give WIDTHxHEIGHT in pixels, e.g. 1600x1000") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise ValueError(f"--size {text!r}: each side must be 200 to 10000 pixels")
    return w, h


def export(folder: Path, *, window: Path | None = None, map_file: Path | None = None,
           select: str | None = None, size: tuple[int, int] = (1600, 1000), lang: str | None = None) -> list[str]:
    """Render offscreen; returns the files written. Raises ValueError for bad requests."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from .app import build_window, make_app
    from .model import load_dataset

    for target in (window, map_file):
        if target is not None and target.suffix.lower() not in ((".png",) if target is window else (".png", ".svg")):
            raise ValueError(f"{target}: the file name must end in " + (".png" if target is window else ".png or .svg"))
    dataset = load_dataset(folder)
    if select is not None and select not in set(dataset.claims["claim_id"]):
        raise ValueError(f"--select {select}: no claim with that id was loaded from {folder}")
    app = make_app()
    _quiet_offscreen_warnings()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "export.ini"), QSettings.Format.IniFormat)
        model, win = build_window(None, settings, lang=lang)
        win.resize(*size)
        win.show()
        app.processEvents()
        win.balance_docks()
        app.processEvents()
        model.set_dataset(dataset)
        if select is not None:
            model.state.select(select)
        for _ in range(3):
            app.processEvents()
        win.map.reset_view()
        app.processEvents()
        written = []
        if window is not None:
            if not win.grab().save(str(window)):
                raise ValueError(f"{window}: could not be written")
            written.append(str(window))
        if map_file is not None:
            _export_map(win.map, map_file)
            written.append(str(map_file))
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


def _export_map(panel, path: Path) -> None:
    from PySide6.QtWidgets import QGraphicsItem
    panel.reset_button.hide()
    # The borders are cached as an image on screen; an SVG must get them as vectors.
    cache = panel.countries.cacheMode() if panel.countries else None
    if panel.countries:
        panel.countries.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        _render_map(panel, path)
    finally:
        panel.reset_button.show()
        if panel.countries:
            panel.countries.setCacheMode(cache)


def _render_map(panel, path: Path) -> None:
    if path.suffix.lower() == ".svg":
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtSvg import QSvgGenerator
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(panel.width(), panel.height()))
        generator.setViewBox(QRect(0, 0, panel.width(), panel.height()))
        generator.setTitle("Claims Atlas map")
        generator.setDescription("Flows claimed, drawn by Claims Atlas from Natural Earth borders")
        panel.render(generator)
    elif not panel.grab().save(str(path)):
        raise ValueError(f"{path}: could not be written")
