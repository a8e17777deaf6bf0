"""Local paths from Qt with their bytes intact, for names that are not UTF-8.

Qt decodes file names to QString with U+FFFD in place of bytes that are not
UTF-8 (a folder ``b"c\\xff"`` arrives as ``"c\\ufffd"``), and that name does not
exist. Python spells such names with surrogate escapes (``os.fsdecode``), which
do exist. Two ways back to the real name:

- a dropped URL keeps the bytes percent-encoded (``file:///tmp/c%FF``): its
  encoded path is decoded to bytes, then to a Python name;
- a name from the file dialog is a plain string: each part that holds U+FFFD
  and does not exist is matched against the names in its parent folder
  (``os.listdir`` in bytes), decoded as Qt decodes them. If none or several
  match, the name is left as it came (opening it then says it is not found).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QUrl

_LOST = "\ufffd"


def url_path(url: QUrl) -> Path:
    """The local file of a ``file:`` URL, undecodable bytes kept (as surrogate escapes)."""
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    if not encoded:
        return Path(url.toLocalFile())
    return Path(os.fsdecode(unquote_to_bytes(encoded)))


def resolved(text: str) -> Path:
    """``text`` (a name from Qt) with each part that lost bytes to U+FFFD found again on disk."""
    path = Path(text)
    if _LOST not in text or os.path.lexists(path):
        return path
    parts = path.parts
    done = Path(parts[0])
    for i, part in enumerate(parts[1:], start=1):
        candidate = done / part
        if _LOST in part and not os.path.lexists(candidate):
            found = _match(done, part)
            if found is None:
                return done.joinpath(*parts[i:])
            candidate = done / found
        done = candidate
    return done


def _match(folder: Path, part: str) -> str | None:
    try:
        names = os.listdir(os.fsencode(folder))
    except OSError:
        return None
    hits = [name for name in names if name.decode("utf-8", "replace") == part]
    return os.fsdecode(hits[0]) if len(hits) == 1 else None
