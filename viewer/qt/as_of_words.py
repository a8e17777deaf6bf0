"""What ``claims-atlas export --as-of`` says when the day leaves no claim that the other filters would pass."""

from __future__ import annotations

from PySide6.QtCore import QObject


class AsOfWords(QObject):
    """The words (a QObject for its tr(): lupdate reads a count given to translate() only as a literal)."""

    def published_later(self, later: int, day: str, destination: str | None, search: bool) -> str:
        """ "no claim about Estonia + Finland was published by 4 Oct 2022 (2 claims came later); …":
        ``later`` claims pass the filters but were published after ``day`` (in words); ``destination`` is
        the destination's name (None: no destination asked for); ``search``: a search was asked for."""
        if search and destination is not None:
            text = self.tr("no claim about {destination} that matches the search was published by {day} "
                           "(%n claim(s) came later); nothing was written", "", later)
        elif search:
            text = self.tr("no claim that matches the search was published by {day} (%n claim(s) came later); "
                           "nothing was written", "", later)
        else:
            text = self.tr("no claim about {destination} was published by {day} (%n claim(s) came later); "
                           "nothing was written", "", later)
        return text.format(day=day, destination=destination)
