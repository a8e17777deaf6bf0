"""A new source's id, made from its outlet and date ("hindustan-times-2022-10-06")."""

from __future__ import annotations

import re


def slug(text: str) -> str:
    """"Hindustan Times" -> "hindustan-times"; letters outside a-z are dropped (Cyrillic is transliterated)."""
    text = text.lower().translate(_TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"})


def make_source_id(outlet: str, published: str, taken: set[str]) -> str:
    """``<outlet>-<date>``, made unique against ``taken`` with -2, -3, ..."""
    base = "-".join(p for p in (slug(outlet)[:40].strip("-") or "source", published[:10]) if p)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
