"""Starting the GUI: the application object, the shared model, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from .qt.bridge import AppModel
from .qt.plain import plain


def make_app() -> QApplication:
    from .qt.platform_start import started
    app = QApplication.instance() or started(lambda: QApplication(sys.argv[:1]))
    app.setApplicationName("Claims Atlas")
    app.setOrganizationName("ClaimsAtlas")
    return app


def build_window(folder: Path | None = None, settings=None, *, synchronous: bool = False, lang: str | None = None,
                 deferred: bool = False):
    """Create the shared model and window; open ``folder`` (in the background unless synchronous).

    The interface language is ``lang`` if given, else as :func:`viewer.qt.i18n.choose` says. ``deferred``:
    the window makes its panels (and then opens ``folder``) once it has first been painted.
    """
    from .qt import i18n
    from .widgets.main_window import MainWindow
    make_app()
    i18n.apply(i18n.choose(settings if settings is not None else QSettings("ClaimsAtlas", "Claims Atlas"), lang))
    model = AppModel()
    window = MainWindow(model, settings, deferred=deferred)
    ignored = i18n.unsupported_env() if i18n.supported(lang) is None else None
    if ignored is not None:
        note = QCoreApplication.translate(
            "Startup", "{variable}={value} is not a language of Claims Atlas (it has {languages}); "
                       "the interface is in English.").format(
            variable=i18n.ENV, value=plain(ignored),
            languages=", ".join(f"{code} ({name})" for code, name in i18n.LANGUAGES.items()))
        # Once the window shows: a message shown before would not hide the status bar's own text.
        QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(note, 20000))
    if folder is not None:
        if synchronous:
            from .model.document import Document
            document = Document.open(folder, recover=False)
            model.set_dataset(document.dataset, document=document)
            window._remember(folder)
        else:
            window.open_folder(Path(folder))
    return model, window


def no_display() -> bool:
    """True on Linux with no X11 or Wayland display and no Qt platform chosen."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run(folder: Path, lang: str | None = None) -> int:
    if not Path(folder).is_dir():
        print(f"claims-atlas: {folder}: no such folder", file=sys.stderr)
        return 2
    if no_display():
        print("claims-atlas: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              "Run it in a desktop session (or under Xvfb), or render offscreen with "
              "'claims-atlas export DATASET --window shot.png'.\n"
              "(QT_QPA_PLATFORM=offscreen claims-atlas opens the window with no screen at all: for tests and "
              "scripts, nothing is shown.)", file=sys.stderr)
        return 2
    app = make_app()
    from .qt import errors
    errors.install()
    if app.platformName() == "offscreen":
        from .qt.platform_start import quiet_offscreen_warnings
        quiet_offscreen_warnings()
    _model, window = build_window(Path(folder), lang=lang, deferred=True)   # painted first, then filled
    window.show()
    return app.exec()


__all__ = ["build_window", "make_app", "run"]
