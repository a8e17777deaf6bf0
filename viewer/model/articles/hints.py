"""What a file's name says: analysts save articles as ``<outlet>-<YYYY-MM-DD>.txt``."""

from __future__ import annotations

import re
from datetime import date

_NAMED = re.compile(r"(?P<outlet>[a-z0-9][a-z0-9_-]*?)[-_ ]+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[-_].*)?", re.I)
_VOWELS = set("aeiouy")


def name_hints(stem: str) -> dict[str, str]:
    """{"outlet": "Hindustan Times", "published": "2022-10-06"} from "hindustan-times-2022-10-06", else {}."""
    found = _NAMED.fullmatch(stem)
    if not found:
        return {}
    try:
        day = date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return {}
    words = [w for w in re.split(r"[-_ ]+", found["outlet"]) if w]
    return {"outlet": " ".join(_word(w) for w in words), "published": day.isoformat()}


def _word(word: str) -> str:
    if len(word) <= 3 and not (set(word.lower()) & _VOWELS) or len(word) <= 2:
        return word.upper()   # bbc, cnn, ap, ht
    return word[:1].upper() + word[1:]


_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+(?:[|–—]|-|::)\s+(?P<site>[^|–—]{2,40})$")


def split_site_suffix(title: str, outlet: str = "") -> tuple[str, str]:
    """("Headline", "Outlet") from "Headline | Outlet" (a page title), else (title, "")."""
    found = _SUFFIX.match(title.strip())
    if not found:
        return title.strip(), ""
    site = found["site"].strip()
    if outlet and site.lower() != outlet.lower() and outlet.lower() not in site.lower():
        if len(site.split()) > 4:
            return title.strip(), ""
    return found["title"].strip(), site
