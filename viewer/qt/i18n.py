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
    """The ``.qm`` of a language, compiled from its ``.ts`` if not yet done; None if that fails.

    The cache is keyed on the source (its digest) and on the result: a file's name holds the digest of its
    own bytes, so a cached file cut short (a full disk, a crash) no longer matches its name and is compiled
    again; a fresh one is used only once Qt loads it with its messages."""
    source = SOURCES / f"{PREFIX}_{lang}.ts"
    try:
        digest = _digest(source.read_bytes())
    except OSError as err:
        print(f"claims-atlas: no translation for {lang}: {err}", file=sys.stderr)
        return None
    folder = cache_dir()
    for cached in sorted(folder.glob(f"{PREFIX}_{lang}-{digest}-*.qm")):
        if intact(cached):
            return cached
        cached.unlink(missing_ok=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            out = Path(tmp) / f"{PREFIX}_{lang}.qm"
            subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(out)],
                           check=True, capture_output=True, timeout=120)
            data = out.read_bytes()
            if not _loads(out):
                raise OSError(f"lrelease wrote an unusable file ({len(data):,} bytes)")
            target = folder / f"{PREFIX}_{lang}-{digest}-{_digest(data)}.qm"
            os.replace(out, target)
    except (OSError, subprocess.SubprocessError) as err:
        print(f"claims-atlas: the {lang} translation could not be compiled ({err}); "
              "the interface stays in English where it needs it.", file=sys.stderr)
        return None
    return target


def _digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:16]


def intact(path: Path) -> bool:
    """A cached ``.qm`` whose bytes are those it was named for, and which Qt loads with its messages."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return path.stem.rsplit("-", 1)[-1] == _digest(data) and _loads(path)


def _loads(path: Path) -> bool:
    translator = QTranslator()
    return translator.load(str(path)) and not translator.isEmpty()


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
