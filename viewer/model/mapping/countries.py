"""ISO 3166-1 country codes and names (from pycountry and its translations, offline)."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from ..flows.wording import ENGLISH, Wording

# Short forms people read on a map, where the ISO name is long or formal.
SHORT_NAMES = {
    "en": {"RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria",
           "MDA": "Moldova", "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "VNM": "Vietnam",
           "LAO": "Laos"},
    "ru": {"RUS": "Россия", "KOR": "Южная Корея", "PRK": "Северная Корея", "MDA": "Молдова",
           "USA": "США", "GBR": "Великобритания", "ARE": "ОАЭ", "TWN": "Тайвань", "VAT": "Ватикан",
           "COD": "ДР Конго", "BRN": "Бруней", "CZE": "Чехия", "CAF": "ЦАР"},
}


@lru_cache(maxsize=1)
def iso_alpha3() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code."""
    return frozenset(c.alpha_3 for c in pycountry.countries)


def country_name(code: str, words: Wording = ENGLISH) -> str:
    """A short name for an alpha-3 code in ``words.language`` (``words.abroad`` for "")."""
    if not code:
        return words.abroad
    return _names(words.language).get(code, code)


@lru_cache(maxsize=8)
def _names(language: str) -> dict[str, str]:
    translate = _catalogue(language)
    names = {}
    for c in pycountry.countries:
        names[c.alpha_3] = translate(getattr(c, "common_name", None) or c.name)
    names.update(SHORT_NAMES.get(language, {}))
    return names


def _catalogue(language: str):
    """pycountry's gettext catalogue of ISO 3166-1 names for ``language`` (English if it has none)."""
    if language == "en":
        return str
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return str


def code_for(written: str) -> str | None:
    """The alpha-3 code someone most likely meant by ``written``: a country's name in English or
    Russian (short, common, official or ISO form, in any case) or its alpha-2 code; None if none."""
    return _codes_by_name().get(" ".join(written.split()).casefold())


def closest_code(written: str, least: float = 85.0) -> str | None:
    """The code of the country whose name ``written`` most likely misspells ("Kazahstan": KAZ, "Грузя": GEO),
    or None when no name is that close (a Levenshtein ratio of ``least`` percent)."""
    from rapidfuzz import fuzz, process
    text = " ".join(written.split()).casefold()
    if len(text) < 4:
        return None
    names = _codes_by_name()
    found = process.extractOne(text, [n for n in names if len(n) >= 4], scorer=fuzz.ratio, score_cutoff=least)
    return names[found[0]] if found else None


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in ("en", "ru"):
        translate = _catalogue(language)
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name:
                    found.setdefault(translate(name).casefold(), c.alpha_3)
        for code, name in SHORT_NAMES.get(language, {}).items():
            found.setdefault(name.casefold(), code)
    for c in pycountry.countries:
        found[c.alpha_2.casefold()] = c.alpha_3
    return found


def destination_name(destination: str, words: Wording = ENGLISH) -> str:
    """Readable name of a destination ("" = abroad, "EST;FIN" = "Estonia + Finland")."""
    if not destination:
        return country_name("", words)
    return words.group_join.join(country_name(code, words) for code in destination.split(";"))
