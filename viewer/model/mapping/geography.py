"""Country borders, land neighbours and a regional map projection (pure numpy).

The data come from ``resources/borders/countries-50m.json.gz`` (Natural Earth
1:50m via world-atlas, built by ``resources/borders/build_borders.py``) and are
keyed by ISO 3166-1 alpha-3 (plus ``XKX`` for Kosovo). Crimea is part of
Ukraine. Russia and Fiji are stored east-continuous across the 180th meridian,
so some of their longitudes exceed 180 (up to ~190 for Chukotka).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ...shipped import shipped

RESOURCE_PATH = shipped("resources/borders/countries-50m.json.gz")
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Country:
    """One country of the borders resource. ``rings`` are read-only (n, 2) lon/lat arrays."""

    code: str
    name: str
    iso_name: str
    numeric: str | None
    neighbours: tuple[str, ...]
    rings: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class BBox:
    """Longitude/latitude box; ``lon_max`` may exceed 180 for boxes across the antimeridian."""

    lon_min: float
    lat_min: float
    lon_max: float
    lat_max: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.lon_min + self.lon_max) / 2, (self.lat_min + self.lat_max) / 2


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    """Load and cache the resource (read once per process)."""
    with gzip.open(RESOURCE_PATH, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)["countries"]
    result: dict[str, Country] = {}
    for code, entry in raw.items():
        rings = []
        for polygon in entry["polygons"]:
            for flat in polygon:
                ring = np.asarray(flat, dtype=float).reshape(-1, 2)
                ring.flags.writeable = False
                rings.append(ring)
        result[code] = Country(code, entry["name"], entry["iso_name"], entry["numeric"],
                               tuple(entry["neighbours"]), tuple(rings))
    return result


def country(code: str) -> Country:
    """The :class:`Country` for an alpha-3 *code* (case-insensitive); KeyError if unknown."""
    try:
        return _countries()[code.upper()]
    except KeyError:
        raise KeyError(f"no border data for country code {code!r}") from None


def known_codes() -> list[str]:
    """Sorted alpha-3 codes that have shapes."""
    return sorted(_countries())


def country_name(code: str) -> str:
    """Short display name (Natural Earth label, e.g. ``"Russia"``)."""
    return country(code).name


def country_shapes(code: str) -> list[np.ndarray]:
    """All rings (exteriors and holes) of a country as (n, 2) arrays of lon, lat."""
    return list(country(code).rings)


def neighbours(code: str) -> list[str]:
    """Sorted alpha-3 codes of the countries sharing a land border with *code*."""
    return list(country(code).neighbours)


def _lon_interval(lons: np.ndarray) -> tuple[float, float]:
    """Shortest longitude interval covering *lons* (may run past 180)."""
    wrapped = np.unique(np.mod(lons, 360.0))
    gaps = np.diff(np.append(wrapped, wrapped[0] + 360.0))
    i = int(np.argmax(gaps))
    start = wrapped[(i + 1) % len(wrapped)]
    start = start - 360.0 if start > 180.0 else start
    return float(start), float(start + 360.0 - gaps[i])


def bounding_box(codes: str | Iterable[str]) -> BBox:
    """Box around one or several countries, continuous across the antimeridian."""
    if isinstance(codes, str):
        return _country_box(codes)
    return _box(list(codes))


@lru_cache(maxsize=None)
def _country_box(code: str) -> BBox:
    """One country's box: asked for every country by each map layout, so made once."""
    return _box([code])


def _box(codes: list[str]) -> BBox:
    points = np.concatenate([r for c in codes for r in country(c).rings])
    lon_min, lon_max = _lon_interval(points[:, 0])
    return BBox(lon_min, float(points[:, 1].min()), lon_max, float(points[:, 1].max()))


def points_in_rings(x: np.ndarray, y: np.ndarray, rings: Iterable[np.ndarray]) -> np.ndarray:
    """Even-odd ray casting: which points (x, y) lie inside the rings (holes respected).

    Works in any planar coordinates (lon/lat or projected), vectorised over points.
    """
    x, y = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
    inside = np.zeros(x.shape, dtype=bool)
    for ring in rings:
        rx, ry = ring[:, 0], ring[:, 1]
        candidates = ((x >= rx.min()) & (x <= rx.max()) & (y >= ry.min()) & (y <= ry.max()))
        if not candidates.any():
            continue
        px, py = x[candidates, None], y[candidates, None]
        x0, y0, x1, y1 = rx[:-1], ry[:-1], rx[1:], ry[1:]
        straddles = (y0 > py) != (y1 > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
        hits = np.count_nonzero(straddles & (px < x_cross), axis=1) % 2 == 1
        inside[candidates] ^= hits
    return inside


def contains(code: str, lon: np.ndarray | float, lat: np.ndarray | float) -> np.ndarray:
    """Whether lon/lat points lie in *code*; longitudes are tried as given and +360."""
    rings = country(code).rings
    lon = np.asarray(lon, dtype=float)
    return points_in_rings(lon, lat, rings) | points_in_rings(lon + 360.0, lat, rings)


@dataclass(frozen=True)
class LambertConformalConic:
    """Lambert conformal conic projection on a sphere (Snyder 1987, eqs. 15-1..15-5).

    ``lon0``/``lat0`` map to (0, 0); ``lat1``/``lat2`` are the standard parallels.
    Output units follow ``radius`` (km by default). If the standard parallels are
    symmetric about the equator the cone degenerates and Mercator is used.
    """

    lon0: float
    lat0: float
    lat1: float
    lat2: float
    radius: float = EARTH_RADIUS_KM
    n: float = field(init=False, repr=False)
    f: float = field(init=False, repr=False)
    rho0: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        p1, p2 = np.radians(self.lat1), np.radians(self.lat2)
        t1, t2 = np.tan(np.pi / 4 + p1 / 2), np.tan(np.pi / 4 + p2 / 2)
        if abs(p1 - p2) < 1e-10:
            n = np.sin(p1)
        else:
            n = np.log(np.cos(p1) / np.cos(p2)) / np.log(t2 / t1)
        f = np.cos(p1) * t1**n / n if abs(n) > 1e-9 else 0.0
        object.__setattr__(self, "n", float(n))
        object.__setattr__(self, "f", float(f))
        object.__setattr__(self, "rho0", float(self._rho(np.asarray(self.lat0))))

    @classmethod
    def for_bbox(cls, bbox: BBox, radius: float = EARTH_RADIUS_KM) -> LambertConformalConic:
        """Centre on *bbox*; standard parallels one sixth in from its latitude edges."""
        lat_min, lat_max = max(bbox.lat_min, -85.0), min(bbox.lat_max, 85.0)
        inset = (lat_max - lat_min) / 6
        lon0, lat0 = bbox.centre
        return cls(lon0, (lat_min + lat_max) / 2, lat_min + inset, lat_max - inset, radius)

    def _rho(self, lat: np.ndarray) -> np.ndarray:
        phi = np.radians(np.clip(lat, -89.9, 89.9))
        if abs(self.n) <= 1e-9:  # Mercator: "rho" is the northing
            return np.log(np.tan(np.pi / 4 + phi / 2))
        return self.f / np.tan(np.pi / 4 + phi / 2) ** self.n

    def project(self, lon: np.ndarray | float, lat: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
        """Project lon/lat (degrees, any shape) to x (east), y (north)."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        dlon = np.radians(np.mod(lon - self.lon0 + 180.0, 360.0) - 180.0)
        rho = self._rho(lat)
        if abs(self.n) <= 1e-9:
            return self.radius * dlon, self.radius * (rho - self.rho0)
        theta = self.n * dlon
        return self.radius * rho * np.sin(theta), self.radius * (self.rho0 - rho * np.cos(theta))


def region_projection(codes: str | Iterable[str]) -> LambertConformalConic:
    """Projection suited to the region spanned by *codes*."""
    return LambertConformalConic.for_bbox(bounding_box(codes))
