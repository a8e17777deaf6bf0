"""Problems found while reading a dataset: where they are and what to do."""

from __future__ import annotations

from dataclasses import dataclass

FILE_COLUMN = "file"
"""The column named by a problem that concerns a whole file, not one cell."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a dataset, located precisely enough to fix it.

    ``file`` is relative to the dataset folder (POSIX separators), ``line`` is
    the physical line in that file (the header is line 1), ``column`` the
    column or key concerned.
    """

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {one_line(self.column)}: {self.message}"


class DatasetError(Exception):
    """The folder cannot be read as a dataset at all (nothing can be loaded)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def one_line(text: str) -> str:
    """Control characters (line breaks…) escaped, so a problem stays one line."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def quoted(value: str, limit: int = 60) -> str:
    """A cell value as shown inside a message: quoted, shortened, control chars escaped."""
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return f'"{one_line(text)}"'
