"""The words the model puts into the text it makes for people ("up to 700,000", "Abroad").

The model stays free of Qt: it takes a :class:`Wording`, and the Qt side fills
one in the language the user chose (``viewer/qt/wording.py``, from the
translation catalogue). Without one, everything is English, as the command
line prints it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

NO_BREAK = "\u00a0"


def iso_day(day: date) -> str:
    """A calendar date as ISO 8601 ("2022-10-06"): the command line's, and the model's without a Wording."""
    return day.isoformat()


@dataclass(frozen=True, eq=True)
class Wording:
    """Templates are ``str.format`` strings; a code missing from a label table shows as itself."""

    language: str = "en"
    """ISO 639-1 code: the language of country names (pycountry's catalogue)."""
    thousands: str = ","
    """Thousands separator in figures (a no-break space in Russian)."""
    abroad: str = "Abroad"
    """The empty destination: abroad as a whole."""
    group_join: str = " + "
    """Between the names of a destination group ("Estonia + Finland")."""
    single: str = "{n}"
    span: str = "{low}–{high}"
    up_to: str = "up to {n}"
    at_least: str = "at least {n}"
    per_day: str = "{figure} a day"
    no_figure: str = "no figure"
    no_claim: str = "no claim"
    worded: str = "“{text}”"
    """A claim's own vague wording of its figure ("tens of thousands"), quoted: it is the article's words."""
    with_bounds: str = "{worded} ({bounds})"
    """A vague wording and the bounds read from it, on one line."""
    flow_line: str = "{metric} {figure}"
    denied: str = "{line} · denied ({n})"
    period_span: str = "from {start} to {end}"
    period_from: str = "from {start}"
    period_until: str = "until {end}"
    day: Callable[[date], str] = field(default=iso_day, compare=False, hash=False)
    """A calendar date in words ("6 Oct 2022"; the Qt side gives the interface language's)."""
    metrics: Mapping[str, str] = field(default_factory=dict, hash=False)
    stances: Mapping[str, str] = field(default_factory=dict, hash=False)
    claimant_types: Mapping[str, str] = field(default_factory=dict, hash=False)

    def metric(self, code: str) -> str:
        return self.metrics.get(code, code)

    def stance(self, code: str) -> str:
        return self.stances.get(code, code)

    def claimant_type(self, code: str) -> str:
        return self.claimant_types.get(code, code)

    def date(self, value: str) -> str:
        """The calendar date of an ISO 8601 date or date-time, in words; as written if it is neither."""
        try:
            return self.day(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return str(value)

    def period(self, start: str, end: str) -> str:
        """ "from 21 Sep 2022 to 4 Oct 2022", "from 21 Sep 2022", "until 4 Oct 2022" ("" for none), in no-break
        spaces: a period is never cut across two lines (nor after a dash: Qt breaks after one, no-break
        space or not, so the templates have none)."""
        start, end = (self.date(d) if d else "" for d in (start, end))
        if start and end:
            text = self.period_span.format(start=start, end=end)
        elif start or end:
            text = self.period_from.format(start=start) if start else self.period_until.format(end=end)
        else:
            return ""
        return text.replace(" ", NO_BREAK)


ENGLISH = Wording()
