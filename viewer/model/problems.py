"""Problems found while reading a dataset: where they are and what to do."""

from __future__ import annotations

from dataclasses import dataclass

FILE_COLUMN = "file"
"""The column named by a problem that concerns a whole file, not one cell."""


class Message(str):
    """Words for a person: the English text, which also keeps its template and values.

    It is a ``str`` (the English, as ``claims-atlas check`` prints it), so
    everything that reads problems as text goes on working; the window gives
    ``template`` to Qt's translator (context "Problems") and fills in
    ``values``, translating those that are Messages too. Make one with
    :func:`msg`, always with a literal template: ``resources/i18n/update.py``
    collects the templates from the code.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, english: str, template: str, values: dict[str, object]):
        self = super().__new__(cls, english)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):   # pickled to and from the quote workers
        return Message, (str(self), self.template, self.values)


def msg(template: str, /, **values: object) -> Message:
    """A Message from a ``str.format`` template and its values.

    A template with ``%n`` counts: its value ``n`` replaces ``%n``, and
    ``(s)`` becomes "s" unless n is 1 (as in Qt's English plurals).
    """
    english = template
    if "%n" in template:
        n = values["n"]
        english = english.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
    return Message(english.format(**values) if values else english, template, values)


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
