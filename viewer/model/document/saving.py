"""Saving a dataset's files: each written atomically (viewer.model.writing.safe_write), the folder synced after the
renames, and a file changed on disk since it was read never overwritten."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..writing.safe_write import Batch


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
    """Write ``chunks`` to ``path`` so that a crash leaves either the old file or the new one
    (viewer.model.writing.safe_write: a temporary file made securely beside it, checked, synced, renamed)."""
    write_together([(Path(path), chunks)])


def write_together(files: list[tuple[Path, Iterable[bytes | memoryview]]]) -> None:
    """Write several files of one dataset as one save: every file is written whole to its temporary
    file and synced first, then all are renamed into place in the order given, one after the other,
    and the folders are synced. A crash while writing leaves every file as it was; the renames take
    microseconds, and the journal keeps the edits until they are all done."""
    with Batch() as batch:
        for path, chunks in files:
            staged = batch.stage(Path(path))
            for chunk in chunks:
                staged.write_bytes(chunk)
        batch.commit()
    for folder in dict.fromkeys(Path(path).parent for path, _ in files):
        sync_folder(folder)


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
