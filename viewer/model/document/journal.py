"""The journal: every edit written durably (fsync) before it is acknowledged, so a crash loses none.

One file per dataset folder, in the app's data folder (keyed by the folder's real path). It holds
the edits made since the last save, as the scripting API's own calls ("update_claim bb-03 with
these columns"), so that it replays by id even onto files that changed on disk meanwhile. A save
empties it; opening a folder whose journal holds edits restores them as unsaved changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from .saving import sync_folder, write_atomically

SUFFIX = ".journal.jsonl"


def chosen_data_dir() -> Path | None:
    """$CLAIMS_ATLAS_DATA_DIR, where journals (and the window's errors.log) go when it is set."""
    base = os.environ.get("CLAIMS_ATLAS_DATA_DIR")
    return Path(base) if base else None


def default_journal_dir() -> Path:
    """Where journals live: $CLAIMS_ATLAS_DATA_DIR, else the app's data folder as Qt names it on
    Linux ($XDG_DATA_HOME or ~/.local/share, then ClaimsAtlas/Claims Atlas)."""
    chosen = chosen_data_dir()
    if chosen is not None:
        return chosen / "journals"
    xdg = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(xdg) / "ClaimsAtlas" / "Claims Atlas" / "journals"


def journal_path(folder: Path, directory: Path | None = None) -> Path:
    real = os.path.realpath(folder)
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:20]
    return Path(directory or default_journal_dir()) / f"{digest}{SUFFIX}"


def stamped(entry: dict) -> dict:
    """An edit as the journal keeps it: with when it was made."""
    return dict(entry, at=round(time.time(), 3))


def _line(entry: dict) -> bytes:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass") + b"\n"


class Journal:
    """Append-only, one JSON object a line, each line fsync-ed before ``write`` returns."""

    def __init__(self, path: Path, folder: Path):
        self.path = path
        self.folder = folder
        self._file = None

    def entries(self) -> list[dict]:
        """The edits journalled (a line cut short by a crash is ignored, with whatever follows it)."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return []
        out = []
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                break   # a torn last line: the edit it held was never acknowledged
            if isinstance(entry, dict) and "op" in entry:
                out.append(entry)
        return out

    def written_at(self) -> float | None:
        """When the last edit was journalled (seconds since the epoch), or None."""
        entries = self.entries()
        return entries[-1].get("at") if entries else None

    def write(self, entry: dict) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.path.exists()
            self._file = open(self.path, "ab", buffering=0)
            if fresh:
                self._sync_dir()
        self._file.write(_line(stamped(entry)))
        os.fsync(self._file.fileno())

    def replace(self, entries: list[dict]) -> None:
        """Hold exactly ``entries`` (stamped already), written in one step: a crash leaves the old
        journal or the new one. No entries: the journal is cleared."""
        if not entries:
            self.clear()
            return
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, [_line(entry) for entry in entries])

    def clear(self) -> None:
        """Empty the journal (the edits it held are saved, or dropped on purpose)."""
        self.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        else:
            self._sync_dir()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _sync_dir(self) -> None:
        sync_folder(self.path.parent)
