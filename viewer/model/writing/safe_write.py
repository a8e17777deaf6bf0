"""Writing an export so that it never lies and never leaves debris.

Every export is written to a temporary file in the destination's own folder,
made with ``tempfile.mkstemp`` (O_CREAT|O_EXCL: a name planted there, a link
included, is never opened or followed), written through that descriptor only,
checked (every byte written, and what the format needs: a PDF is parsed), synced
to disk, and only then renamed over the destination. A failure anywhere removes
the temporary file and leaves the destination as it was.

Temporary names are recognisable: ``.NAME.claims-atlas-PID-RANDOM.part``. One
left by a process that no longer runs (kill -9, a power cut) is removed at the
next export to the same folder.

Several files (``claims-atlas export --report r.html --map m.png``) are written
as one :class:`Batch`: every destination is opened (so checked) before anything
is written, and they are renamed into place together at the end.

Pure Python (no Qt): the writers hand over bytes or write text to the file given.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..reading.undecodable import ERRORS

TAG = ".claims-atlas-"
SUFFIX = ".part"
STALE_AFTER = 24 * 3600
"""A temporary file this old is stale even if its process id is in use again (by another program)."""
_STALE = re.compile(r"^\..*" + re.escape(TAG) + r"(\d+)-[^/]*" + re.escape(SUFFIX) + "$", re.DOTALL)

_UMASK = os.umask(0)
os.umask(_UMASK)


class WriteError(OSError):
    """A file could not be written whole; ``str()`` says why, in words for a person."""


class Staged:
    """A temporary file that becomes ``path`` on :meth:`commit`, or disappears on :meth:`discard`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        folder = self.path.parent
        if self.path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(self.path))
        remove_stale(folder)
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}{TAG}{os.getpid()}-", suffix=SUFFIX, dir=folder)
        self.fd: int | None = fd
        self.part = Path(name)
        self.size = 0
        try:
            os.fchmod(fd, self._mode())   # mkstemp makes it 0600; the file gets the mode a new file would have
        except (OSError, AttributeError):
            pass

    def _mode(self) -> int:
        try:
            return stat.S_IMODE(os.stat(self.path).st_mode)   # replacing a file keeps its mode
        except OSError:
            return 0o666 & ~_UMASK

    # --- writing ------------------------------------------------------------------------------
    def write_bytes(self, data: bytes) -> None:
        """Write all of ``data``; a short write or a full disk is a WriteError."""
        view = memoryview(data)
        while view:
            written = os.write(self._fd(), view)
            if written <= 0:
                raise WriteError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[written:]
            self.size += written

    @contextmanager
    def text(self, *, newline: str | None = "\n") -> Iterator[TextIO]:
        """The file as UTF-8 text (lone surrogates written escaped, see viewer.model.reading.undecodable)."""
        fd = os.dup(self._fd())
        out = os.fdopen(fd, "w", encoding="utf-8", errors=ERRORS, newline=newline)
        try:
            yield out
            out.flush()
            self.size = out.tell()
        finally:
            out.close()

    def _fd(self) -> int:
        if self.fd is None:
            raise ValueError("the temporary file is closed")
        return self.fd

    def finish(self, check=None) -> None:
        """Make sure the whole file is on disk: its size is what was written, ``check(data)`` (if given) accepts
        what the file now holds, and it is synced. Raises WriteError otherwise."""
        fd = self._fd()
        os.fsync(fd)
        on_disk = os.fstat(fd).st_size
        if on_disk != self.size:
            raise WriteError(errno.EIO, f"only {on_disk:,} of {self.size:,} bytes were written")
        if check is not None:
            data = os.pread(fd, on_disk, 0) if hasattr(os, "pread") else Path(self.part).read_bytes()
            problem = check(data)
            if problem:
                raise WriteError(errno.EIO, problem)
        os.close(fd)
        self.fd = None

    # --- ending -------------------------------------------------------------------------------
    def commit(self) -> None:
        if self.fd is not None:
            self.finish()
        os.replace(self.part, self.path)
        self.part = None

    def discard(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None
        if self.part is not None:
            try:
                os.unlink(self.part)
            except FileNotFoundError:
                pass
            self.part = None


@contextmanager
def replacing(path: Path) -> Iterator[Staged]:
    """A :class:`Staged` file that replaces ``path`` when the block ends without an error (and was not
    discarded), else is removed. Created at once: a folder that is missing or read-only is an OSError
    before any work is done."""
    staged = Staged(path)
    try:
        yield staged
        if staged.part is not None:
            staged.commit()
    finally:
        staged.discard()


class PartlyWritten(OSError):
    """Some files of a batch were renamed into place before one failed."""

    def __init__(self, written: list[Path], failed: Path, error: OSError, rest: list[Path]):
        super().__init__(error.errno, error.strerror or str(error))
        self.written, self.failed, self.error, self.rest = written, failed, error, rest


class Batch:
    """Several files written together: all are staged first, all are committed at the end.

    ``stage`` every destination before writing any; on an error, ``discard`` leaves every
    destination untouched. ``commit`` renames them in order; renames rarely fail, but if one
    does, PartlyWritten says exactly which were written.
    """

    def __init__(self):
        self.staged: list[Staged] = []

    def stage(self, path: Path) -> Staged:
        staged = Staged(path)
        self.staged.append(staged)
        return staged

    def commit(self) -> list[Path]:
        for staged in self.staged:
            if staged.fd is not None:
                staged.finish()
        written = []
        for i, staged in enumerate(self.staged):
            try:
                staged.commit()
            except OSError as err:
                rest = [s.path for s in self.staged[i + 1:]]
                self.discard()
                raise PartlyWritten(written, staged.path, err, rest) from err
            written.append(staged.path)
        self.staged = []
        return written

    def discard(self) -> None:
        for staged in self.staged:
            staged.discard()
        self.staged = []

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files an export to ``folder`` left when it was killed; returns them.

    Only this program's names, only regular files of this user (never a link), and only when the
    process that made it no longer runs (or it is more than a day old)."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _STALE.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and (not _running(pid) or now - info.st_mtime > STALE_AFTER):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True   # os.kill(pid, 0) would end the process on Windows: there, only age makes a file stale
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


# --- checks of a finished file -------------------------------------------------------------------
def pdf_problem(data: bytes) -> str | None:
    """Why ``data`` is not a whole PDF, or None: its header, its end, and its cross-reference table,
    whose every entry must point at the object it names (as Qt's PDF writer makes them)."""
    if not data.startswith(b"%PDF-"):
        return "the PDF does not start with a PDF header"
    tail = data[-1024:]
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
    if found is None:
        return "the PDF is cut short (no end of file marker)"
    at = int(found.group(1))
    table = re.compile(rb"xref\s+").match(data, at)
    if table is None:
        return "the PDF's cross-reference table is missing"
    pos = table.end()
    subsection = re.compile(rb"(\d+) (\d+)\s*\n")
    count = 0
    while (head := subsection.match(data, pos)) is not None:
        first, n = int(head.group(1)), int(head.group(2))
        pos = head.end()
        for k in range(n):
            entry = data[pos:pos + 20]
            pos += 20
            if len(entry) < 18 or entry[17:18] not in (b"n", b"f"):
                return "the PDF's cross-reference table is damaged"
            if entry[17:18] == b"n":
                offset = int(entry[:10])
                if not data.startswith(b"%d " % (first + k), offset):
                    return f"object {first + k} of the PDF is not where its table says"
                count += 1
    if count == 0 or not data.startswith(b"trailer", pos):
        return "the PDF's cross-reference table is damaged"
    return None


def png_problem(data: bytes) -> str | None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or not data.endswith(b"IEND\xaeB`\x82"):
        return "the PNG image is not whole"
    return None


def svg_problem(data: bytes) -> str | None:
    if not data.rstrip().endswith(b"</svg>"):
        return "the SVG image is not whole"
    return None
