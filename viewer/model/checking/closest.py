"""Where a quote that does not occur in its article comes closest, and how it differs there.

Only a quote that is not found is looked for here (it costs a fuzzy search of
its article, a few milliseconds for a long one): the closest passage is the
stretch of the normalised article most like the normalised quote
(rapidfuzz's partial ratio), and the first difference is the first edit of
the two aligned (difflib). A difference that is only in how Unicode composes
a letter (NFC or NFD: "é" as one code point or as "e" and a combining acute)
is said to be that.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from .problems import Message, msg, quoted

MIN_SCORE = 60.0
"""How alike (0-100) a passage must be to be named: below it, no passage is like the quote."""
AROUND = 40
"""At most this many characters of the quote are shown around the difference."""


@dataclass(frozen=True)
class Difference:
    """The first difference between a quote and its closest passage (both normalised)."""

    line: int
    """The passage's line in the article file (from 1)."""
    at: str
    """The words of the quote around the difference."""
    article: str
    """What the article has there ("" if it has nothing the quote has not)."""
    quote: str
    """What the quote has there ("" if it lacks what the article has)."""

    @property
    def composition_only(self) -> bool:
        """Whether the two differ there only in how Unicode composes the same letters (NFC/NFD)."""
        return (self.article != self.quote
                and unicodedata.normalize("NFC", self.article) == unicodedata.normalize("NFC", self.quote))

    def message(self) -> Message:
        article, quote = shown(self.article), shown(self.quote)
        if self.composition_only:
            what = msg("the article has {article} where the quote has {quote}: the same letters, composed "
                       "differently (Unicode NFC/NFD); copy them from the article", article=article, quote=quote)
        elif not self.article:
            what = msg("the quote has {quote}, which the article does not have there", quote=quote)
        elif not self.quote:
            what = msg("the article has {article}, which the quote does not have there", article=article)
        else:
            what = msg("the article has {article} where the quote has {quote}", article=article, quote=quote)
        return msg("the closest passage (line {line} of the article) differs at {at}: {difference}",
                   line=self.line, at=quoted(self.at), difference=what)


def shown(piece: str) -> str:
    """A piece of text quoted, with its code points when it is short (what the eye cannot tell apart)."""
    if len(piece) <= 3:
        return f"{quoted(piece)} ({' '.join(f'U+{ord(c):04X}' for c in piece)})"
    return quoted(piece if len(piece) <= AROUND else piece[: AROUND - 1] + "…")


def first_difference(text: str, quote: str, original: str | None = None,
                     to_original=None) -> Difference | None:
    """The first difference between normalised ``quote`` and the passage of normalised ``text``
    most like it; None when no passage is like it (or the quote occurs as it is).

    ``original`` and ``to_original`` (the article as written, and the map from a normalised
    offset to an original one) give the passage's line; without them it is counted in ``text``.
    """
    if not quote or not text:
        return None
    from rapidfuzz import fuzz   # here: a quote worker that finds every quote never imports it

    if len(quote) >= len(text):
        start, end, score = 0, len(text), fuzz.ratio(quote, text, processor=None)
    else:
        found = fuzz.partial_ratio_alignment(quote, text, processor=None)
        start, end, score = found.dest_start, found.dest_end, found.score
    if score < MIN_SCORE:
        return None
    # The window found has the quote's length; the passage may be longer or shorter (a letter in
    # NFD is two code points): align the quote with the window and a margin on either side.
    margin = max(8, len(quote) // 5)
    start, end = max(0, start - margin), min(len(text), end + margin)
    passage = text[start:end]
    for tag, q0, q1, p0, p1 in SequenceMatcher(None, quote, passage, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "insert" and q0 in (0, len(quote))):
            continue   # the article before or after the quote (the margin) is no difference
        if q0 == 0:
            p0 = max(p0, p1 - (q1 - q0))
        if q1 == len(quote):
            p1 = min(p1, p0 + (q1 - q0))
        q0, q1 = _whole_letters(quote, q0, q1)
        p0, p1 = _whole_letters(passage, p0, p1)
        if _letters(quote[q0:q1]) > 1 or _letters(passage[p0:p1]) > 1:
            # More than a mistyped letter: whole words read better than the pieces an edit leaves.
            replaced = q0 < q1 and p0 < p1   # an added or left out piece is shown as it is
            q0, q1 = _whole_words(quote, q0, q1, replaced)
            p0, p1 = _whole_words(passage, p0, p1, replaced)
        offset = start + p0
        where = to_original(offset) if to_original is not None else offset
        line = (original if original is not None else text).count("\n", 0, where) + 1
        return Difference(line, _words_around(quote, q0, q1), passage[p0:p1], quote[q0:q1])
    return None


def _whole_letters(text: str, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) widened so that it cuts no letter from its combining marks."""
    while lo > 0 and lo < len(text) and unicodedata.combining(text[lo]):
        lo -= 1
    while hi < len(text) and unicodedata.combining(text[hi]):
        hi += 1
    if lo < hi and hi <= len(text) and lo > 0 and unicodedata.combining(text[lo]):
        lo -= 1
    return lo, hi


def _letters(piece: str) -> int:
    return sum(not unicodedata.combining(c) for c in piece)


def _whole_words(text: str, lo: int, hi: int, whole: bool = True) -> tuple[int, int]:
    """[lo, hi) without spaces around it and (``whole``) widened to the words it touches; empty stays empty."""
    if lo == hi:
        return lo, hi
    a, b = lo, hi
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    if a == b:
        return lo, hi   # only spaces
    if not whole:
        return a, b
    return text.rfind(" ", 0, a) + 1, (text.find(" ", b) + 1 or len(text) + 1) - 1


def _words_around(quote: str, lo: int, hi: int) -> str:
    """The quote's words (between spaces) that hold [lo, hi), at most AROUND characters."""
    if lo == hi:   # the article has something here: show the word before and the word after
        lo, hi = max(lo - 1, 0), min(hi + 1, len(quote))
    a = quote.rfind(" ", 0, lo) + 1
    b = quote.find(" ", hi)
    b = len(quote) if b < 0 else b
    if a == b:   # a space itself differs: the words on either side
        a, b = quote.rfind(" ", 0, max(a - 1, 0)) + 1, quote.find(" ", b + 1)
        b = len(quote) if b < 0 else b
    words = quote[a:b]
    if len(words) > AROUND:
        half = AROUND // 2
        mid = (lo + hi) // 2 - a
        s = max(0, min(mid - half, len(words) - AROUND))
        words = ("…" if s else "") + words[s: s + AROUND] + ("…" if s + AROUND < len(words) else "")
    return words
