"""The interface languages and the CLAIMS_ATLAS_LANG variable, without Qt (the command line uses them too)."""

from __future__ import annotations

import os

LANGUAGES = {"en": "English", "ru": "Русский"}
"""Supported languages, each named in itself (so never translated)."""
ENV = "CLAIMS_ATLAS_LANG"


def supported(name: str | None) -> str | None:
    """The supported language a locale name means ("ru_RU", "ru-RU", "RU" -> "ru"), or None."""
    if not name:
        return None
    lang = str(name).replace("-", "_").split("_")[0].strip().lower()
    return lang if lang in LANGUAGES else None


def unsupported_env() -> str | None:
    """CLAIMS_ATLAS_LANG when it names no language the app has (English is used then), else None."""
    value = os.environ.get(ENV, "").strip()
    return value if value and supported(value) is None else None


def env_note(value: str) -> str:
    """The command line's one-line note about an unsupported CLAIMS_ATLAS_LANG."""
    return (f"claims-atlas: {ENV}={value} is not a language of Claims Atlas (it has {', '.join(LANGUAGES)}); "
            "using English.")
