"""Dataset text is data, never markup: helpers to show it literally in Qt."""

from __future__ import annotations

import html

from ..model.reading.bidi import neutralise_bidi
from ..model.reading.undecodable import escaped

__all__ = ["neutralise_bidi", "plain", "tooltip"]


def plain(text: str) -> str:
    """Text for a plain-text widget or label: bidi controls made visible, and a name's bytes that are not
    UTF-8 (lone surrogates, which Qt would silently drop) escaped as ``\\xff``."""
    return neutralise_bidi(escaped(text))


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt would otherwise guess it is HTML)."""
    return f"<qt>{html.escape(plain(text))}</qt>".replace("\n", "<br>")
