"""Problems found while reading a dataset: where they are and what to do."""

from __future__ import annotations

from dataclasses import dataclass

FILE_COLUMN = "file"
"""The column named by a problem that concerns a whole file, not one cell."""


class Message:
    """Words for a person, kept as a template and its values so that the window can translate them.

    ``str(message)`` is the English, as ``claims-atlas check`` prints it; the
    window gives ``template`` to Qt's translator (context "Problems") and
    fills in ``values``, translating those that are Messages too. Make one
    with :func:`msg`, always with a literal template:
    ``resources/i18n/update.py`` collects the templates from the code.

    A dataset can have a million problems, so a Message is small (no English
    kept, no dict: the value names are shared between messages) and the
    English is made when asked for. It compares and hashes as its English,
    and ``"words" in message`` looks in the English.
    """

    __slots__ = ("template", "keys", "args")

    def __init__(self, template: str, keys: tuple[str, ...] = (), args: tuple = ()):
        self.template = template
        self.keys = keys
        self.args = args

    @property
    def values(self) -> dict[str, object]:
        return dict(zip(self.keys, self.args))

    def __str__(self) -> str:
        text = self.template
        if not self.keys:
            return text
        values = self.values
        if "%n" in text:
            text = english_count(text, values["n"])
        return text.format(**{k: str(v) if isinstance(v, Message) else v for k, v in values.items()})

    def __repr__(self) -> str:
        return f"msg({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other) if isinstance(other, (Message, str)) else NotImplemented

    def __lt__(self, other: object) -> bool:
        return str(self) < str(other) if isinstance(other, (Message, str)) else NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, words: str) -> bool:
        return words in str(self)

    def __reduce__(self):   # pickled to and from the quote workers
        return Message, (self.template, self.keys, self.args)


def english_count(template: str, n: int) -> str:
    """A "%n time(s)" template for the count ``n`` in English: "1 time", "3 times" (as Qt's English plurals)."""
    return template.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}
"""The value names of messages, each tuple held once."""


def msg(template: str, /, **values: object) -> Message:
    """A Message from a ``str.format`` template and its values.

    A template with no values is not formatted (write braces as they are).
    One with ``%n`` counts: its value ``n`` replaces ``%n``, and ``(s)``
    becomes "s" unless n is 1 (as in Qt's English plurals).
    """
    if not values:
        return Message(template)
    keys = tuple(values)
    return Message(template, _KEYS.setdefault(keys, keys), tuple(values.values()))


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a dataset, located precisely enough to fix it.

    ``file`` is relative to the dataset folder (POSIX separators), ``line`` is
    the physical line in that file (the header is line 1), ``column`` the
    column or key concerned, ``text`` what is wrong and what to do (a
    :class:`Message`, or a plain string); ``message`` is that in English.
    """

    file: str
    line: int
    column: str
    text: Message | str

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {one_line(self.column)}: {self.text}"


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
