"""File paths kept in QSettings without loss.

Qt drops the lone surrogates by which Python holds a name's bytes that are not
UTF-8 (a folder named ``d\\xff``), so such a path is kept as its bytes; every
other path as text, as before.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray

from ..model.reading.undecodable import has_surrogates


def to_setting(path: str):
    """The value to store for ``path``: the text, or its bytes when Qt could not keep the text."""
    return QByteArray(os.fsencode(path)) if has_surrogates(path) else path


def from_setting(value) -> str:
    """A path stored by :func:`to_setting`, as Python's text again."""
    if isinstance(value, (QByteArray, bytes, bytearray)):
        return os.fsdecode(bytes(value))
    return str(value)
