"""The interface language: Qt translators for the app and for Qt's own dialogs.

The translations are the Qt Linguist sources in ``resources/i18n/*.ts``. They
are compiled to ``.qm`` with PySide6's ``lrelease`` the first time a language
is used (and again whenever its ``.ts`` changes), into the user's cache folder.
English is the language of the source strings; its ``.ts`` only holds the
plural forms ("1 claim", "2 claims").

The language is, in this order: an override (``--lang`` or the
``CLAIMS_ATLAS_LANG`` environment variable), the one chosen in the menu (kept
in the settings under ``language``), the system's.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from ..languages import ENV, LANGUAGES, supported, unsupported_env
from ..shipped import shipped

__all__ = ["ENV", "LANGUAGES", "Retranslating", "apply", "choose", "current", "supported", "system_language"]

SETTING = "language"
SOURCES = shipped("resources/i18n")
PREFIX = "claims_atlas"

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The first supported language among the system's UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        lang = supported(name)
        if lang:
            return lang
    return "en"


def choose(settings=None, override: str | None = None) -> str:
    """The language to start in: override, then ``CLAIMS_ATLAS_LANG``, the setting, the system.

    A ``CLAIMS_ATLAS_LANG`` naming a language the app does not have means English (see
    :func:`viewer.languages.unsupported_env`: the user is told so)."""
    if supported(override) is None and unsupported_env() is not None:
        return "en"
    for candidate in (override, os.environ.get(ENV), settings.value(SETTING) if settings is not None else None):
        lang = supported(candidate)
        if lang:
            return lang
    return system_language()


def current() -> str:
    """The language installed last (``"en"`` before any)."""
    return _current


def apply(lang: str) -> None:
    """Install the translators of ``lang``; Qt then sends every widget a LanguageChange event."""
    global _current
    lang = supported(lang) or "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _current = lang
    files = [compiled(lang)]
    if lang != "en":
        files.insert(0, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm")
    for path in files:
        translator = QTranslator()
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)


def compiled(lang: str) -> Path | None:
    """The ``.qm`` of a language, compiled from its ``.ts`` if not yet done; None if that fails."""
    source = SOURCES / f"{PREFIX}_{lang}.ts"
    try:
        digest = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
    except OSError as err:
        print(f"claims-atlas: no translation for {lang}: {err}", file=sys.stderr)
        return None
    target = cache_dir() / f"{PREFIX}_{lang}-{digest}.qm"
    if target.exists():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            out = Path(tmp) / target.name
            subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(out)],
                           check=True, capture_output=True, timeout=120)
            os.replace(out, target)
    except (OSError, subprocess.SubprocessError) as err:
        print(f"claims-atlas: the {lang} translation could not be compiled ({err}); "
              "the interface stays in English where it needs it.", file=sys.stderr)
        return None
    return target


def cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path(tempfile.gettempdir()) / "claims-atlas") / "i18n"


def lrelease() -> Path:
    """PySide6's lrelease (the binary beside the PySide6 package)."""
    import PySide6
    return Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


class Retranslating:
    """Mixin for widgets: calls ``self.retranslate()`` when the language changes.

    List it before the Qt base (``class Pane(Retranslating, QWidget)``); the
    widget's ``retranslate()`` sets every text it shows, at start and on each
    LanguageChange event.
    """

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
