"""A byline: the line under a headline that names who wrote the article ("By Steve Rosenberg, Russia editor",
"Автор: Ирина Петрова"). One rule for saved pages (html_page) and for copies from a browser (browser_text), so
that a line such as "By Tuesday, the queue had grown" is taken for a byline by neither (it was, in copies, and
dropped from the text)."""

from __future__ import annotations

import re

_CAPITAL = r"[A-ZА-ЯЁ][\w'’.-]*"
BYLINE = re.compile(r"(?:By|BY|by|Written by|written by|Автор|Авторы|Текст|Von)\s*:?\s+"
                    rf"(?P<name>{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}}(?:\s+(?:and|и)\s+{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}})?)"
                    r"(?:\s*[,|–—]\s*[^.!?]{0,60})?")
"""The words that open it, a name of one to four capitalised words (two names with "and"/"и"), then perhaps a
role after a comma or dash."""
NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "the", "then", "now", "late", "early", "noon", "midnight", "mid", "end", "nightfall", "evening",
             "morning", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
             "this", "that", "last", "next", "friday's", "saturday's", "sunday's", "tomorrow", "today", "tonight",
             "contrast", "comparison", "law", "decree", "order", "mid-october", "mid-september"}
"""Words a "By …" line that is not a byline starts with ("By Tuesday, …", "By October 4, …", "By Then …")."""
_PARTS = re.compile(r"\s[·|•]\s")


def byline_name(line: str) -> str:
    """The name the byline in ``line`` (or in one of its parts between "·", "|" or "•") gives, or ""."""
    for part in _PARTS.split(line.strip()):
        found = BYLINE.fullmatch(part.strip())
        if found and found["name"].split()[0].lower().rstrip(".,") not in NOT_NAMES:
            return found["name"]
    return ""
