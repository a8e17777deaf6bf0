"""What an article read from a file is, and the error a file that is not one gives."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..checking.problems import Message

MAX_INPUT_BYTES = 50 * 1024**2
"""A file larger than this (50 MiB) is refused before it is read (a stored text may not exceed 10 MiB)."""


@dataclass
class Article:
    """The text import would store, and what the file says about itself ("" where it says nothing)."""

    text: str
    title: str = ""
    outlet: str = ""
    published: str = ""   # ISO 8601 date or date-time
    byline: str = ""
    url: str = ""
    language: str = ""    # BCP 47 tag

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


class ArticleError(ValueError):
    """A file that cannot be read as an article; ``str(err)`` is one line naming the file."""

    def __init__(self, file: str, message: Message):
        self.file = file
        self.message = message
        super().__init__(f"{file}: {message}")
