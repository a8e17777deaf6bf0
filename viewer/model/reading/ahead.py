"""A large table read ahead, in a thread, while the command that wants it is still starting.

``claims-atlas check`` calls ``read_ahead`` before it imports pandas (a few
tenths of a second, on one processor): the table's bytes are read and
parsed by pyarrow (fastcsv.parse, which releases the GIL for most of its
work) on the other processor meanwhile. ``csvtable.read_table`` takes what
was read (``taken``) instead of reading the file again; what is not taken is
dropped by ``discard``. Only a readable file of at least AHEAD_BYTES is read
ahead: for anything else read_table reads the file itself and reports its
problems as ever. This module imports no pandas.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ..checking.problems import Message
from .fastcsv import Parsed, parse
from .files import MAX_TABLE_BYTES, read_bytes

AHEAD_BYTES = 8 << 20
"""Smaller tables are read when wanted (quick enough)."""
_BOM = "\ufeff".encode("utf-8")
_pending: dict[tuple[str, str], _Reading] = {}


class _Reading:
    """One file read (and parsed) in a thread of its own."""

    def __init__(self, folder: Path, rel: str, what: Message):
        self.data: bytes | None = None
        self.parsed: Parsed | None = None
        self._thread = threading.Thread(target=self._run, args=(folder, rel, what), daemon=True,
                                        name="table-read-ahead")
        self._thread.start()

    def _run(self, folder: Path, rel: str, what: Message) -> None:
        try:
            data, problems = read_bytes(folder, rel, MAX_TABLE_BYTES, what)
            if data is None or problems:
                return   # read_table reads it again and says what is wrong
            self.data = data
            self.parsed = parse(data[len(_BOM):] if data.startswith(_BOM) else data)
        except Exception:   # (MemoryError...) read_table reads it the usual way, and meets the error there
            self.data = self.parsed = None

    def result(self) -> tuple[bytes, Parsed | None] | None:
        """The file's bytes and what parse made of them (None: not parsed), once read; None if it could not be.
        Given once: no longer held here (the caller lets go of them when it is done)."""
        self._thread.join()
        data, parsed, self.data, self.parsed = self.data, self.parsed, None, None
        return None if data is None else (data, parsed)


def read_ahead(folder: str | os.PathLike, rel: str, what: Message) -> None:
    """Start reading ``folder``/``rel`` (``what``: its part in the dataset, as read_table is told) in a
    thread if it is a large file (see the module's description)."""
    discard()
    folder = Path(folder)
    try:
        if os.stat(folder / rel).st_size < AHEAD_BYTES:
            return
    except (OSError, ValueError):
        return
    _pending[(str(folder), rel)] = _Reading(folder, rel, what)


def taken(folder: str | os.PathLike, rel: str) -> _Reading | None:
    """The reading of ``folder``/``rel`` started ahead, if there is one (it is no longer kept here);
    a reading of any other file is dropped."""
    reading = _pending.pop((str(Path(folder)), rel), None)
    discard()
    return reading


def discard() -> None:
    """Drop what was read ahead and not taken."""
    _pending.clear()
