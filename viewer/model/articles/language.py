"""A guess at the language of a text from its script and its commonest words (no model, no network)."""

from __future__ import annotations

import re

_WORDS = {
    "en": "the and of to in that is was for on with have has said from are were by",
    "ru": "и в не на что с по как это из за от его для так же было были сказал который",
    "uk": "і в не на що з по як це від до його для та також було були сказав який",
    "de": "der die und das nicht ist ein eine mit von den dem zu sich auf für wurde sind",
    "fr": "le la les et des est un une que dans pour pas sur du au avec qui été sont",
    "es": "el la los las y de que en un una por con para es del se fue son",
}
_SETS = {lang: set(words.split()) for lang, words in _WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """A BCP 47 tag (en, ru, uk, de, fr, es) for ``text``, or "" when too little text to tell."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 3:
        return ""
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    if cyrillic > len(words) / 2:
        if re.search(r"[іїєґІЇЄҐ]", text[:20000]):
            return "uk"
        return "ru"
    scores = {lang: sum(1 for w in words if w in common) for lang, common in _SETS.items()
              if lang not in ("ru", "uk")}
    best = max(scores, key=scores.get)
    return best if scores[best] else ""
