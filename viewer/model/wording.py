"""The words the model puts into the text it makes for people ("up to 700,000", "Abroad").

The model stays free of Qt: it takes a :class:`Wording`, and the Qt side fills
one in the language the user chose (``viewer/qt/wording.py``, from the
translation catalogue). Without one, everything is English, as the command
line prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


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
    flow_line: str = "{metric} {figure}"
    denied: str = "{line} · denied ({n})"
    metrics: Mapping[str, str] = field(default_factory=dict, hash=False)
    stances: Mapping[str, str] = field(default_factory=dict, hash=False)
    claimant_types: Mapping[str, str] = field(default_factory=dict, hash=False)

    def metric(self, code: str) -> str:
        return self.metrics.get(code, code)

    def stance(self, code: str) -> str:
        return self.stances.get(code, code)

    def claimant_type(self, code: str) -> str:
        return self.claimant_types.get(code, code)


ENGLISH = Wording()
