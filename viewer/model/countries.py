"""ISO 3166-1 country codes and names (from pycountry, offline)."""

from __future__ import annotations

from functools import lru_cache

import pycountry


@lru_cache(maxsize=1)
def iso_alpha3() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code."""
    return frozenset(c.alpha_3 for c in pycountry.countries)


def country_name(code: str) -> str:
    """A short English name for an alpha-3 code ("" for abroad as a whole)."""
    if not code:
        return "Abroad"
    return _names().get(code, code)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = {}
    for c in pycountry.countries:
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    # Short forms people read on a map.
    names.update({"RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea",
                  "IRN": "Iran", "SYR": "Syria", "MDA": "Moldova", "VEN": "Venezuela",
                  "BOL": "Bolivia", "TZA": "Tanzania", "VNM": "Vietnam", "LAO": "Laos"})
    return names


def destination_name(destination: str) -> str:
    """Readable name of a destination ("" = abroad, "EST;FIN" = "Estonia + Finland")."""
    if not destination:
        return country_name("")
    return " + ".join(country_name(code) for code in destination.split(";"))
