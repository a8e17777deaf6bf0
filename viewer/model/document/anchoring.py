"""Quotes anchored again after their article's text was edited (as Hypothesis anchors annotations).

Each quote is found where the edit moved its words (the old span mapped through the edit), then by
its exact words elsewhere (the occurrence nearest where it was), then fuzzily (the passage now where
it was, if close enough to the old words). A quote that cannot be placed is an *orphan*: its claim is
kept as it was and the checker lists its quote as a problem (with the closest passage), never
deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..drafts.claim_draft import quote_from_selection
from ..checking.text import NormalisedText, find_quote, normalise_quote

FUZZY_CLOSE = 80.0
"""A passage now at a quote's place this alike (0-100, rapidfuzz's ratio) to its old words is the quote, edited."""
FUZZY_MIN = 60.0
"""Less alike than this, and with the words nowhere else, the quote is an orphan."""


@dataclass(frozen=True)
class Anchored:
    """Where a claim's quote is in the edited text: ``how`` is "kept" (cells unchanged), "moved" (the
    same words, another context), "fuzzy" (the words now there, which differ) or "orphan"."""

    how: str
    cells: dict[str, str]
    """quote, quote_prefix, quote_suffix as they must now be (empty for an orphan)."""


class EditMap:
    """Positions of the old text mapped into the new, through the edit's opcodes."""

    def __init__(self, old: str, new: str):
        self.blocks = [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
                       for op in Levenshtein.opcodes(old, new)]

    def position(self, at: int, end: bool = False) -> int:
        """Where old offset ``at`` is in the new text. An edge of a quote that falls in an edited part
        takes the whole run of edits around it (so "Tens" edited into "Many tens" keeps "Many")."""
        blocks = self.blocks
        for b, (tag, i1, i2, j1, j2) in enumerate(blocks):
            if not (i1 <= at < i2 or (end and i1 < at <= i2)):
                continue
            if tag == "equal":
                return j1 + (at - i1)
            if end:
                while b + 1 < len(blocks) and blocks[b + 1][0] != "equal":
                    b += 1
                return blocks[b][4]
            while b > 0 and blocks[b - 1][0] != "equal":
                b -= 1
            return blocks[b][3]
        return blocks[-1][4] if blocks else 0


def reanchor(old: str, new: str, quotes: list[tuple[str, str, str]]) -> list[Anchored]:
    """Anchor each (quote, prefix, suffix) found in ``old`` in ``new``."""
    old_article, new_article = NormalisedText(old), NormalisedText(new)
    mapping = EditMap(old, new) if old != new else None
    out = []
    for quote, prefix, suffix in quotes:
        cells = {"quote": quote, "quote_prefix": prefix, "quote_suffix": suffix}
        was = find_quote(old_article, quote, prefix, suffix)
        if mapping is None or was.start < 0:
            still = find_quote(new_article, quote, prefix, suffix)
            out.append(Anchored("kept", cells) if still.start >= 0 else Anchored("orphan", {}))
            continue
        start, end = mapping.position(was.start), mapping.position(was.end, end=True)
        if new[start:end] == old[was.start:was.end]:
            out.append(_at(new, start, end, cells, "moved"))
            continue
        passage = new[start:end].strip()
        alike = fuzz.ratio(normalise_quote(quote)[0], normalise_quote(passage)[0]) if passage else 0.0
        if alike >= FUZZY_CLOSE:   # the quote's own words, edited where they stand
            out.append(_at(new, start, end, cells, "fuzzy"))
            continue
        nearest = _nearest(new_article, quote, start)
        if nearest is not None:   # the same words elsewhere (moved, or another occurrence now first)
            out.append(_at(new, nearest[0], nearest[1], cells, "moved"))
            continue
        out.append(_at(new, start, end, cells, "fuzzy") if alike >= FUZZY_MIN else Anchored("orphan", {}))
    return out


def _at(text: str, start: int, end: int, cells: dict[str, str], how: str) -> Anchored:
    found = quote_from_selection(text, start, end)
    now = {name: found.get(name, "") for name in ("quote", "quote_prefix", "quote_suffix")}
    if how == "moved" and normalise_quote(now["quote"])[0] == normalise_quote(cells["quote"])[0]:
        now["quote"] = cells["quote"]   # the words as the analyst wrote them (curly quotes, spaces)
    return Anchored("kept" if now == cells else how, now)


def _nearest(article: NormalisedText, quote: str, near: int) -> tuple[int, int] | None:
    """The occurrence of the quote's words nearest ``near`` (original offsets), or None."""
    q = normalise_quote(quote)[0]
    if not q.strip(" "):
        return None
    best, i = None, article.text.find(q)
    while i != -1:
        start, end = article.span(i, i + len(q))
        if best is None or abs(start - near) < abs(best[0] - near):
            best = (start, end)
        i = article.text.find(q, i + 1)
    return best
