"""Bidirectional controls in dataset text, made visible so they cannot reorder what follows."""

from __future__ import annotations

import re

# Bidirectional embedding/override/isolate controls: in dataset text they could
# reorder what follows them, so they are shown as visible escapes instead.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def neutralise_bidi(text: str) -> str:
    """Replace bidi control characters by a visible marker like ⟨U+202E⟩."""
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)
