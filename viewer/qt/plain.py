"""Dataset text is data, never markup: helpers to show it literally in Qt."""

from __future__ import annotations

import html

from ..model.bidi import neutralise_bidi

__all__ = ["neutralise_bidi", "plain", "tooltip"]


def plain(text: str) -> str:
    """Text for a plain-text widget or label: bidi controls made visible."""
    return neutralise_bidi(text)


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt would otherwise guess it is HTML)."""
    escaped = html.escape(neutralise_bidi(text)).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"
