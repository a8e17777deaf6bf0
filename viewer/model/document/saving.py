"""Writing a file atomically: a temporary file beside it, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

TEMP_PREFIX = ".claims-atlas-save-"


class ChangedOnDisk(Exception):
    """A file changed on disk since it was read: saving would overwrite someone else's work."""

    def __init__(self, paths: list[str]):
        super().__init__("changed on disk since it was read: " + ", ".join(paths)
                         + "; reload it (your unsaved edits are kept) before saving")
        self.paths = paths


def stamp(path: Path) -> tuple[int, int] | None:
    """What says a file changed: its size and modification time (None: it does not exist)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def write_atomically(path: Path, chunks: Iterable[bytes | memoryview]) -> None:
    """Write ``chunks`` to ``path`` so that a crash leaves either the old file or the new one."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.chmod(temp, os.stat(path).st_mode & 0o7777)
        except OSError:
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path) -> None:
    """Delete what an interrupted save left (temporary files of ours only)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(TEMP_PREFIX) and name.endswith(".part"):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass
