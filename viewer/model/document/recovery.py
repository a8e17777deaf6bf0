"""Recovery after a crash: the journal's edits restored as unsaved changes, or dropped (a part of Document)."""

from __future__ import annotations

from ..changes import DatasetOpened
from .conflicts import effective_entries
from .saved_steps import replay_article_text, replay_revert


class Recovery:
    """Document's recovery (uses its journal, its commands and its listeners)."""

    def pending(self) -> tuple[int, float | None]:
        """What the journal holds from an earlier session that did not save: (entries, when last written)."""
        entries = self.journal.entries() if not self._done else []
        return len(effective_entries(entries)), (entries[-1].get("at") if entries else None)

    def recover(self) -> int:
        """Restore the edits the journal holds (left by a crash) as unsaved changes; return how many."""
        entries = self.journal.entries()
        if not entries:
            return 0
        self._replaying = True
        try:
            for entry in entries:
                try:
                    self._replay(entry)
                except (KeyError, ValueError):
                    continue   # its record changed or went on disk meanwhile: nothing to restore there
        finally:
            self._replaying = False
        # (a "revert" entry is one edit of the user's, however many records it brings back)
        self.recovered = min(len(self._done), len(effective_entries(entries)))
        self.recovered_at = entries[-1].get("at")
        return self.recovered

    def _replay(self, entry: dict) -> None:
        op = entry.get("op")
        columns = entry.get("columns") or {}
        if op == "add_claim":
            self.add_claim(**columns)
        elif op == "add_source" and "text" in entry:
            self._add_with_text(columns, entry["text"])
        elif op == "add_source":
            self.add_source(**columns)
        elif op == "update_claim":
            self.update_claim(entry["id"], **columns)
        elif op == "update_source":
            self.update_source(entry["id"], **columns)
        elif op == "delete_claim":
            self.delete_claim(entry["id"])
        elif op == "delete_source":
            self.delete_source(entry["id"])
        elif op == "update_article":
            self.update_article(entry["id"], entry.get("text", ""))
        elif op == "revert":
            replay_revert(self, entry)
        elif op == "article_text":
            replay_article_text(self, entry)
        elif op == "undo":
            self.undo()
        elif op == "redo":
            self.redo()

    def discard_recovered(self) -> None:
        """Drop the edits restored from the journal (the user chose not to restore them)."""
        self.journal.clear()
        fresh = type(self).open(self.folder, recover=False, journal_dir=self.journal.path.parent)
        self.__dict__.update(fresh.__dict__)
        for listener in list(self._listeners):
            listener([DatasetOpened(self.version)])
