"""Quote finding: the normalisation of the format page and span mapping.

Text, quote, prefix and suffix are compared after every run of Unicode white
space becomes one space and curly quotes become straight ones. Spans found in
the normalised text are mapped back to the original text, so the viewer can
highlight the exact characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .closest import first_difference
from .problems import msg

# The Unicode White_Space property, listed explicitly: Python's str.isspace()
# also counts the information separators U+001C..U+001F, the format does not.
_WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_WS = re.escape(_WHITE_SPACE)
# Only what changes: runs of two or more, or one white-space character that is not a space.
_CHANGING = re.compile(f"[{_WS}]{{2,}}|[{re.escape(_WHITE_SPACE.replace(' ', ''))}]")
_LONG_RUN = re.compile(f"[{_WS}]{{2,}}")
_QUOTES = (("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u201b", "'"),
           ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'))


def normalise(text: str) -> str:
    """The format's normalisation: white-space runs to one space, curly quotes straight."""
    text = _CHANGING.sub(" ", text)
    for curly, straight in _QUOTES:
        if curly in text:
            text = text.replace(curly, straight)
    return text


class NormalisedText:
    """An article's normalised text with a map back to the original offsets."""

    def __init__(self, original: str):
        self.original = original
        self.text = normalise(original)
        # For every white-space run longer than one character, the normalised
        # position just after it and the total shift (original - normalised)
        # that applies from there on.
        # Only runs of two or more shift the offsets that follow them.
        starts: list[int] = []
        shifts: list[int] = []
        shift = 0
        for match in _LONG_RUN.finditer(original):
            shift += match.end() - match.start() - 1
            starts.append(match.end() - shift)
            shifts.append(shift)
        self._starts = starts
        self._shifts = shifts

    def to_original(self, position: int) -> int:
        """The original offset of the character at a normalised offset."""
        k = bisect_right(self._starts, position)
        return position + (self._shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a normalised [start, end) span (end > start)."""
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote was found (original offsets), or why it was not."""

    start: int = -1
    end: int = -1
    column: str = ""
    error: str = ""
    occurrences: int = 0


def find_quote(article: NormalisedText, quote: str, prefix: str = "",
               suffix: str = "") -> QuoteMatch:
    """Find a quote as the format's "Finding a quote" section says.

    The first occurrence whose preceding text ends with the prefix and whose
    following text starts with the suffix (white space at the junctions
    ignored); with neither given, the first occurrence.
    """
    q, p, s = normalise_quote(quote, prefix, suffix)
    if not q.strip(" "):
        return QuoteMatch(column="quote", error=msg(
            "the quote is empty or only white space; copy the words that carry the claim from the article"))
    chosen, positions, has_prefix, has_suffix = choose_occurrence(article.text, q, p, s)
    if chosen >= 0:
        start, end = article.span(chosen, chosen + len(q))
        return QuoteMatch(start, end, occurrences=len(positions))
    if not positions:
        closest = first_difference(article.text, q, article.original, article.to_original)
        if closest is not None:
            return QuoteMatch(column="quote", error=msg(
                "does not occur in the article text (compared after white space and curly quotes are normalised; "
                "matching is case-sensitive): copy the words exactly from the article; {closest}",
                closest=closest.message()))
        return QuoteMatch(column="quote", error=msg(
            "does not occur in the article text (compared after white space and curly quotes are normalised; "
            "matching is case-sensitive): copy the words exactly from the article"))
    n = len(positions)
    where = msg("the quote occurs %n time(s)", n=n)
    if not any(has_prefix):
        return QuoteMatch(column="quote_prefix", occurrences=n, error=msg(
            "matches no occurrence of the quote ({where}, never just after this prefix): "
            "copy the words just before the quote from the article", where=where))
    if not any(has_suffix):
        return QuoteMatch(column="quote_suffix", occurrences=n, error=msg(
            "matches no occurrence of the quote ({where}, never just before this suffix): "
            "copy the words just after the quote from the article", where=where))
    return QuoteMatch(column="quote_prefix", occurrences=n, error=msg(
        "no occurrence of the quote has both this prefix and this suffix ({where}): "
        "check that prefix and suffix belong to the same occurrence", where=where))


def normalise_quote(quote: str, prefix: str = "", suffix: str = "") -> tuple[str, str, str]:
    """Quote, prefix and suffix as they are compared: normalised, the quote's own
    leading and trailing space dropped (format 1.1: white space at the start and end
    of a quote is not part of it), as are the prefix's trailing and the suffix's
    leading spaces."""
    return (normalise(quote).strip(" "), normalise(prefix).rstrip(" ") if prefix else "",
            normalise(suffix).lstrip(" ") if suffix else "")


def choose_occurrence(text: str, q: str, p: str, s: str) -> tuple[int, list[int], list[bool], list[bool]]:
    """In normalised ``text``, the position of the occurrence of the normalised
    quote ``q`` that the prefix ``p`` and suffix ``s`` pick (-1 if none), with
    every occurrence and which of them fit the prefix and the suffix."""
    positions = []
    i = text.find(q)
    while i != -1:
        positions.append(i)
        i = text.find(q, i + 1)
    has_prefix = [_ends_with(text, pos, p) for pos in positions] if p else [True] * len(positions)
    has_suffix = [_starts_with(text, pos + len(q), s) for pos in positions] if s else [True] * len(positions)
    for pos, ok_p, ok_s in zip(positions, has_prefix, has_suffix):
        if ok_p and ok_s:
            return pos, positions, has_prefix, has_suffix
    return -1, positions, has_prefix, has_suffix


def first_fitting(text: str, q: str, p: str, s: str) -> int:
    """choose_occurrence's position alone, found without looking further than needed."""
    i = text.find(q)
    while i != -1:
        if (not p or _ends_with(text, i, p)) and (not s or _starts_with(text, i + len(q), s)):
            return i
        i = text.find(q, i + 1)
    return -1


def _ends_with(text: str, end: int, prefix: str) -> bool:
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return text.endswith(prefix, 0, end)


def _starts_with(text: str, start: int, suffix: str) -> bool:
    while start < len(text) and text[start] == " ":
        start += 1
    return text.startswith(suffix, start)


def occurrence_picked(article: NormalisedText, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int]:
    """Which occurrence of the quote the format picks (counted from 1) and how many there are; (0, n) if none fits.

    For telling a reader that a quote is not unique in its article: the
    format takes the first occurrence that fits the prefix and suffix, which
    may not be the one the dataset's author meant.
    """
    q, p, s = normalise_quote(quote, prefix, suffix)
    if not q.strip(" "):
        return 0, 0
    chosen, positions, _p, _s = choose_occurrence(article.text, q, p, s)
    return (positions.index(chosen) + 1 if chosen >= 0 else 0), len(positions)


def spans_as_they_stand(article: NormalisedText, claims: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int] | None]:
    """Where each quote is in ``article`` now: its span from when the quotes were checked if the words
    there are still the quote's, else found again (the article changed on disk since); None when the
    quote is no longer in it.

    ``claims`` are (start, end, quote, prefix, suffix), start -1 for a quote never found.
    """
    out: list[tuple[int, int] | None] = []
    text = article.original
    for start, end, quote, prefix, suffix in claims:
        if 0 <= start < end <= len(text) and normalise(text[start:end]).strip(" ") == normalise(quote).strip(" "):
            out.append((start, end))
            continue
        found = find_quote(article, quote, prefix, suffix)
        out.append((found.start, found.end) if found.start >= 0 else None)
    return out
