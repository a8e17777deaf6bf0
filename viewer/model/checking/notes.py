"""The notes on quotes that occur more than once in their article, kept as arrays.

A large dataset has hundreds of thousands of them (215,145 at a million
claims), and ``claims-atlas check`` only prints them: a Problem and a
Message each would cost more than finding them. ``QuoteNotes`` keeps each
note's line, counts and article path in arrays, makes a note's Problem only
when one is asked for, and gives the English lines (exactly ``str`` of those
Problems) straight from the arrays.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from .problems import Problem, msg, one_line

COLUMN = "quote"


class QuoteNotes(Sequence):
    """Notes (Problems of column "quote"), in order of their lines."""

    def __init__(self, file: str = "", lines=(), counts=(), picked=(), chosen=(), paths: Sequence[str] = ()):
        order = np.argsort(np.asarray(lines, dtype=np.int64), kind="stable")
        self.file = file
        self.lines = np.asarray(lines, dtype=np.int64)[order]
        self.counts = np.asarray(counts, dtype=np.int64)[order]
        self.picked = np.asarray(picked, dtype=np.int64)[order]
        self.chosen = np.asarray(chosen, dtype=bool)[order]
        self.paths = [paths[i] for i in order.tolist()]

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return Problem(self.file, int(self.lines[i]), COLUMN,
                       _message(int(self.counts[i]), int(self.picked[i]), bool(self.chosen[i]), self.paths[i]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None

    def english(self) -> Iterator[str]:
        """``str`` of each note, made from the arrays (what ``claims-atlas check`` prints)."""
        head = f"{self.file}:"
        column = one_line(COLUMN)
        picks = ("; its quote_prefix or quote_suffix picks occurrence ")
        first = ("; the first is taken, as the dataset format says: a quote_prefix or quote_suffix would pick another")
        for line, count, picked, chosen, path in zip(self.lines.tolist(), self.counts.tolist(), self.picked.tolist(),
                                                    self.chosen.tolist(), self.paths):
            times = "time" if count == 1 else "times"
            tail = f"{picks}{picked}" if chosen else first
            yield f"{head}{line}: {column}: the quote occurs {count} {times} in its article ({path}){tail}"


def _message(count: int, picked: int, chosen: bool, path: str):
    """A note's Message (its template for the translators); english() words it the same."""
    if chosen:
        return msg("the quote occurs %n time(s) in its article ({path}); its quote_prefix or quote_suffix "
                   "picks occurrence {k}", n=count, k=picked, path=path)
    return msg("the quote occurs %n time(s) in its article ({path}); the first is taken, as the "
               "dataset format says: a quote_prefix or quote_suffix would pick another", n=count, path=path)
