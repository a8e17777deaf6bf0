"""draft_claims: a draft claim per figure of an article."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..finder import Figure, find_figures
from .attribution import attribution, claimant_type
from .crossings import crossings_in
from .places import countries_in
from .quoted import quote_speaker
from .prospect import CALL_UP_NOTE, FUTURE_NOTE, prospect
from .sentences import clause_around, sentence_around
from .stance import denies
from .verbs import metric, since


@dataclass
class Draft:
    """A claim as far as the words around one figure give it; never a claim until an analyst accepts it."""

    figure: Figure
    quote: str
    quote_start: int
    quote_end: int
    claimant: str = ""
    claimant_type: str = "other"
    stance: str = "asserts"
    metric: str = "left"
    origin: str = ""
    destination: str = ""        # ISO alpha-3 codes joined by ";" in alphabetical order; "" = abroad
    value_low: int | None = None
    value_high: int | None = None
    value_text: str = ""
    unit: str = "people"
    period_start: str = ""
    period_end: str = ""
    note: str = ""               # what the analyst should know of the figure ("A call-up, not people who left …")
    confidence: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict:
        out = asdict(self)
        out["figure"] = self.figure.as_dict()
        return out

    def claim_row(self) -> dict[str, str]:
        """The draft as the cells of a claims.csv row (claim_id and source_id left to the caller)."""
        cells = {"quote": self.quote, "claimant": self.claimant, "claimant_type": self.claimant_type,
                 "stance": self.stance, "metric": self.metric, "origin": self.origin,
                 "destination": self.destination, "value_text": self.value_text, "unit": self.unit,
                 "period_start": self.period_start, "period_end": self.period_end, "note": self.note}
        cells["value_low"] = "" if self.value_low is None else str(self.value_low)
        cells["value_high"] = "" if self.value_high is None else str(self.value_high)
        return cells

    def summary(self) -> str:
        """One line for the command line."""
        low = "" if self.value_low is None else f"{self.value_low:,}"
        high = "" if self.value_high is None else f"{self.value_high:,}"
        where = self.destination or "abroad"
        c = self.confidence
        who = f"{self.claimant or '?'} [{self.claimant_type}]" if self.claimant_type else self.claimant or "?"
        return (f"{self.value_text} [{low}..{high}{' per day' if self.unit == 'people_per_day' else ''}] "
                f"{self.stance} · {self.metric} ({c.get('metric', 0):.1f}) -> {where} ({c.get('destination', 0):.1f})"
                f" · by {who} ({c.get('claimant', 0):.1f})"
                f"{' · since ' + self.period_start if self.period_start else ''}\n    \"{self.quote}\""
                f"{chr(10) + '    note: ' + self.note if self.note else ''}")


def draft_claims(text: str, *, origin: str = "", published: str = "", byline: str = "", outlet: str = "",
                 event_date: str = "", figures: list[Figure] | None = None) -> list[Draft]:
    """A draft per figure of ``text`` (found by find_figures unless given), in text order.

    ``origin`` is the dataset's origin (never a destination); ``published``
    gives the year of "since 21 September"; a figure with no attribution is
    the article's own (``byline``, else ``outlet``); ``event_date`` is the
    period start when the text gives none.
    """
    figures = find_figures(text) if figures is None else figures
    year = int(published[:4]) if re.match(r"\d{4}", published or "") else None
    article_since = since(text, year)
    drafts, last_claimant = [], ("", 0.0)
    own = byline or outlet
    for fig in figures:
        s_lo, s_hi = sentence_around(text, fig.start, fig.end)
        sentence = text[s_lo:s_hi]
        c_lo, c_hi = _unpaired_marks_off(text, *clause_around(text, fig.start, fig.end))
        quote = text[c_lo:c_hi]
        conf: dict[str, float] = {"value": 0.9 if fig.wording != "vague" else 0.7, "quote": 0.6}
        who, who_conf, anaphora = attribution(sentence, fig.start - s_lo)
        if not who and quote_speaker(text, fig.start, fig.end, s_hi):    # “… 700,000 is not true,” Peskov said
            who, who_conf = quote_speaker(text, fig.start, fig.end, s_hi), 0.6
        if anaphora and last_claimant[0]:
            who, who_conf = last_claimant[0], 0.5
        elif not who:
            who, who_conf = (own, 0.4) if own else ("", 0.0)
        if who and not anaphora and who != own:
            last_claimant = (who, who_conf)
        conf["claimant"] = who_conf
        stance = "denies" if denies(sentence, fig.start - s_lo, fig.end - s_lo) else "asserts"
        conf["stance"] = 0.8 if stance == "denies" else 0.7
        found = _places(quote)
        named = sorted({code for _, _, code, adj in found if not adj and code != origin})
        adjectives = sorted({code for _, _, code, adj in found if adj and code != origin})
        crossed = sorted({code for _, _, code in crossings_in(quote) if code != origin})
        if named:
            destination, conf["destination"] = ";".join(named), 0.7 if len(named) <= 2 else 0.4
        elif crossed:             # "at Upper Lars": Georgia
            destination, conf["destination"] = ";".join(crossed), 0.6
        elif adjectives:
            destination, conf["destination"] = ";".join(adjectives), 0.4
        else:
            destination, conf["destination"] = "", 0.5
        rel_places = [(a, b, code) for a, b, code, _ in found]
        name, conf["metric"] = metric(quote, fig.end - c_lo, rel_places, origin,
                                      default=("entered", 0.4) if crossed else ("left", 0.3))
        note = ""
        kind = prospect(sentence, fig.start - s_lo, fig.end - s_lo)
        if kind == "call-up":     # not a flow: drafted (the analyst asked for it) as metric other, and said so
            name, conf["metric"], note = "other", 0.5, CALL_UP_NOTE
        elif kind == "future":    # a forecast of a flow keeps its metric, less sure
            conf["metric"], note = min(conf["metric"], 0.3), FUTURE_NOTE
        if note:
            conf["note"] = 0.6
        start = since(sentence, year) or article_since or event_date
        conf["period_start"] = 0.9 if since(sentence, year) else (0.5 if start else 0.0)
        drafts.append(Draft(
            figure=fig, quote=quote, quote_start=c_lo, quote_end=c_hi, claimant=who,
            claimant_type=claimant_type(who) if who else "other", stance=stance, metric=name,
            destination=destination, value_low=fig.low, value_high=fig.high, value_text=fig.text, unit=fig.unit,
            period_start=start, note=note, confidence=conf))
    return drafts


_NOT_WHERE = re.compile(r"(?:war|conflict|invasion|fight|fighting|serve|serving|front|battle|operation|against|"
                        r"attack|войн\w*|вторжени\w*|воевать|против|операци\w*)\s+(?:in|of|on|with|в|на|против)?\s*"
                        r"(?:the\s+)?$", re.I)


_PAIRS = {"»": "«", "”": "“", "“": "”", "«": "»"}


def _unpaired_marks_off(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause [lo, hi) without a quotation mark at either end that it does not pair ("Цифры в 700 тысяч не
    соответствуют действительности»": the mark closes a quotation opened sentences before)."""
    while hi > lo and text[hi - 1] in "»”" and _PAIRS[text[hi - 1]] not in text[lo:hi - 1]:
        hi -= 1
    while hi > lo and text[lo] in "«“" and _PAIRS[text[lo]] not in text[lo + 1:hi]:
        lo += 1
    return lo, hi


def _places(quote: str):
    """The countries the quote names as places people go (not "the war in Ukraine")."""
    return [p for p in countries_in(quote) if not _NOT_WHERE.search(quote[max(0, p[0] - 30):p[0]])]
