"""Dataset text is data, never markup: helpers to show it literally in Qt."""

from __future__ import annotations

import html
import re

# Bidirectional embedding/override/isolate controls: in dataset text they could
# reorder what follows them, so they are shown as visible escapes instead.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def neutralise_bidi(text: str) -> str:
    """Replace bidi control characters by a visible marker like ⟨U+202E⟩."""
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def plain(text: str) -> str:
    """Text for a plain-text widget or label: bidi controls made visible."""
    return neutralise_bidi(text)


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt would otherwise guess it is HTML)."""
    escaped = html.escape(neutralise_bidi(text)).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"
