"""Country names in a text, in English and Russian (case forms included), with adjectives: "в Казахстан", "Kazakh".

Names come from pycountry (ISO 3166-1 and its Russian translation) through
viewer.model.mapping.countries, with the short and older forms people write added.
Russian names are declined by their ending (Грузия -> Грузии, Грузию,
Грузией; Казахстан -> Казахстана, Казахстане, ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..mapping.countries import _names

EXTRA = {
    "USA": ["US", "U.S.", "America", "United States of America"], "GBR": ["UK", "U.K.", "Britain"],
    "TUR": ["Turkey"], "ARE": ["UAE", "Emirates", "Dubai"], "KGZ": ["Kyrgyz Republic", "Кыргызстан", "Киргизстан"],
    "BLR": ["Белоруссия"], "MDA": ["Молдавия"], "CZE": ["Czech Republic", "Czechia"], "RUS": ["Russian Federation"],
    "KOR": ["South Korea"], "NLD": ["Netherlands", "Нидерланды", "Голландия"], "MNE": ["Черногория"],
}
# Adjectives and demonyms (English, Russian stems) that point to a country when no name does.
ADJECTIVES = {
    "KAZ": ["Kazakh", "Kazakhstani", "казахстанск", "казахск"], "GEO": ["Georgian", "грузинск"],
    "FIN": ["Finnish", "финск", "финляндск"], "EST": ["Estonian", "эстонск"], "MNG": ["Mongolian", "монгольск"],
    "ARM": ["Armenian", "армянск"], "TUR": ["Turkish", "турецк"], "SRB": ["Serbian", "сербск"],
    "ISR": ["Israeli", "израильск"], "KGZ": ["Kyrgyz", "киргизск", "кыргызск"], "UZB": ["Uzbek", "узбекск"],
    "LVA": ["Latvian", "латвийск"], "LTU": ["Lithuanian", "литовск"], "POL": ["Polish", "польск"],
    "NOR": ["Norwegian", "норвежск"], "AZE": ["Azerbaijani", "азербайджанск"], "TJK": ["Tajik", "таджикск"],
    "BLR": ["Belarusian", "белорусск"], "DEU": ["German", "немецк", "германск"], "UKR": ["Ukrainian", "украинск"],
    "RUS": ["Russian", "Russians", "российск", "русск", "россиян"], "ARE": ["Emirati"],
}


def _declined(name: str) -> list[str]:
    """Russian case forms of a one-word country name (the name itself for others)."""
    if " " in name or not re.fullmatch(r"[А-ЯЁ][а-яё]+", name):
        return [name]
    if name.endswith("ия"):
        stem = name[:-2]
        return [stem + e for e in ("ия", "ии", "ию", "ией")]
    if name.endswith("а"):
        stem = name[:-1]
        return [stem + e for e in ("а", "ы", "и", "е", "у", "ой")]
    if name.endswith("ь"):
        stem = name[:-1]
        return [stem + e for e in ("ь", "и", "ю", "ем", "е", "я")]
    if name.endswith(("я", "о", "и", "е")):
        return [name]
    return [name + e for e in ("", "а", "у", "ом", "е")]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[re.Pattern, dict[str, str], re.Pattern, dict[str, str]]:
    """(names pattern, name -> code, adjectives pattern, stem -> code)."""
    names: dict[str, str] = {}
    for language in ("en", "ru"):
        for code, name in _names(language).items():
            for form in _declined(name):
                names.setdefault(form, code)
    for code, extra in EXTRA.items():
        for name in extra:
            for form in _declined(name):
                names.setdefault(form, code)
    names.pop("Jersey", None)
    names_re = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                          + r")(?![\w])")
    stems = {s.lower(): code for code, ss in ADJECTIVES.items() for s in ss}
    adj_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
                        + r")\w*", re.I)
    return names_re, names, adj_re, stems


def countries_in(text: str) -> list[tuple[int, int, str, bool]]:
    """Each country named in ``text``: (start, end, code, by_adjective), in order."""
    names_re, names, adj_re, stems = gazetteer()
    found = [(m.start(), m.end(), names[m.group()], False) for m in names_re.finditer(text)]
    taken = [(a, b) for a, b, _, _ in found]
    for m in adj_re.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group().lower()
        code = next((c for s, c in stems.items() if word.startswith(s)), None)
        if code:
            found.append((m.start(), m.end(), code, True))
    return sorted(found)
