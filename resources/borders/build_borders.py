"""Build ``resources/borders/countries-50m.json.gz`` from the npm package world-atlas.

Run from the repository root::

    uv run python resources/borders/build_borders.py

Steps: ``npm pack world-atlas@2.0.2`` into a temporary directory, read
``countries-50m.json`` (Natural Earth 1:50m as TopoJSON), key the features by
ISO 3166-1 alpha-3 (via pycountry), then apply the project's rules:

* Crimea is moved from Russia to Ukraine and dissolved into Ukraine's mainland
  polygon at arc level (arcs shared by the two polygons drop out).
* Somaliland is dissolved into Somalia and N. Cyprus into Cyprus (same UN
  recognised-borders principle as Crimea); Kosovo is kept under the
  user-assigned code ``XKX``; Indian Ocean Ter. and Siachen Glacier are dropped.
* Land neighbours are derived from the topology: two countries are neighbours
  if their polygons share at least one arc.
* Russia and Fiji cross the 180th meridian: their western-hemisphere longitudes
  are shifted by +360 so that every ring is continuous (max lon > 180).

The output is gzipped JSON: ``{"meta": {...}, "countries": {A3: {"name",
"iso_name", "numeric", "neighbours", "polygons"}}}`` where ``polygons`` is a list
of polygons, each a list of rings, each ring a flat ``[lon0, lat0, lon1, ...]``
list rounded to ``DECIMALS`` places (closed: first point == last point).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import pycountry

PACKAGE, VERSION, SOURCE_FILE = "world-atlas", "2.0.2", "countries-50m.json"
OUTPUT = Path(__file__).resolve().parent / "countries-50m.json.gz"
DECIMALS = 3  # ~0.1 km; the source quantisation step is 0.0036 x 0.0017 degrees

# Features without an ISO numeric id: Natural Earth name -> what to do with them.
SYNTHETIC = {"Kosovo": "XKX"}  # user-assigned code used by the EU, IMF, World Bank
MERGE_INTO = {"Somaliland": "SOM", "N. Cyprus": "CYP"}
# Anything else without an ISO mapping (Indian Ocean Ter., Siachen Glacier) is skipped.

CRIMEA_BOX = (32.0, 44.0, 36.8, 46.4)  # lon_min, lat_min, lon_max, lat_max
ANTIMERIDIAN_EAST = ("RUS", "FJI")  # lon < 0 shifted by +360

Ring = list[int]  # TopoJSON arc references (~i means arc i reversed)
Polygon = list[Ring]  # exterior ring first, then holes


def fetch_topology(workdir: Path) -> dict:
    """``npm pack`` the pinned world-atlas release into *workdir* and load the TopoJSON."""
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=workdir,
                   check=True, capture_output=True)
    with tarfile.open(workdir / f"{PACKAGE}-{VERSION}.tgz") as tar:
        member = tar.extractfile(f"package/{SOURCE_FILE}")
        assert member is not None
        return json.load(member)


def decode_arcs(topo: dict) -> list[np.ndarray]:
    """Undo delta encoding; arcs stay in integer (quantised) coordinates."""
    return [np.cumsum(np.asarray(arc, dtype=np.int64), axis=0) for arc in topo["arcs"]]


def to_lonlat(points: np.ndarray, topo: dict) -> np.ndarray:
    t = topo["transform"]
    return points * np.asarray(t["scale"]) + np.asarray(t["translate"])


def arc_points(arcs: list[np.ndarray], ref: int) -> np.ndarray:
    return arcs[ref] if ref >= 0 else arcs[~ref][::-1]


def ring_points(arcs: list[np.ndarray], ring: Ring) -> np.ndarray:
    """Concatenate a ring's arcs, dropping each arc's repeated first point."""
    parts = [arc_points(arcs, r) for r in ring]
    return np.concatenate([parts[0]] + [p[1:] for p in parts[1:]])


def signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0].astype(float), points[:, 1].astype(float)
    return 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))


def point_in_ring(px: float, py: float, ring: np.ndarray) -> bool:
    x, y = ring[:, 0].astype(float), ring[:, 1].astype(float)
    x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    crosses = (y0 > py) != (y1 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        xi = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
    return bool(np.count_nonzero(crosses & (px < xi)) % 2)


def stitch(refs: list[int], arcs: list[np.ndarray]) -> list[Ring]:
    """Chain arc references end-to-start into closed rings."""
    by_start: dict[tuple[int, int], list[int]] = {}
    for r in refs:
        by_start.setdefault(tuple(arc_points(arcs, r)[0]), []).append(r)
    rings: list[Ring] = []
    remaining = set(refs)
    for first in refs:
        if first not in remaining:
            continue
        ring, ref = [], first
        while True:
            ring.append(ref)
            remaining.discard(ref)
            start = tuple(arc_points(arcs, ring[0])[0])
            end = tuple(arc_points(arcs, ref)[-1])
            if end == start:
                break
            candidates = [c for c in by_start.get(end, []) if c in remaining]
            if not candidates:
                raise ValueError(f"cannot close ring at arc {ref}")
            ref = candidates[0]
        rings.append(ring)
    return rings


def dissolve(polygons: list[Polygon], arcs: list[np.ndarray]) -> list[Polygon]:
    """Merge polygons that share arcs; shared arcs drop out, the rest is re-stitched.

    Polygons that touch nothing are returned unchanged. Exterior rings keep the
    winding of the source exteriors; other rings become holes of the exterior
    that contains them.
    """
    parent = list(range(len(polygons)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}
    for i, poly in enumerate(polygons):
        for ref in (r for ring in poly for r in ring):
            arc = ref if ref >= 0 else ~ref
            if arc in owner:
                parent[find(i)] = find(owner[arc])
            owner[arc] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(polygons)):
        groups.setdefault(find(i), []).append(i)

    result: list[Polygon] = []
    for members in groups.values():
        if len(members) == 1:
            result.append(polygons[members[0]])
            continue
        refs = [r for i in members for ring in polygons[i] for r in ring]
        ref_set = set(refs)
        kept = [r for r in refs if ~r not in ref_set]
        outer_sign = np.sign(signed_area(ring_points(arcs, polygons[members[0]][0])))
        rings = stitch(kept, arcs)
        pts = [ring_points(arcs, r) for r in rings]
        exteriors = [i for i, p in enumerate(pts) if np.sign(signed_area(p)) == outer_sign]
        merged: dict[int, Polygon] = {i: [rings[i]] for i in exteriors}
        for i, p in enumerate(pts):
            if i not in merged:
                host = next((e for e in exteriors
                             if point_in_ring(*p[0].astype(float), pts[e])), exteriors[0])
                merged[host].append(rings[i])
        result.extend(merged.values())
    return result


def feature_polygons(geometry: dict) -> list[Polygon]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def collect_countries(topo: dict, arcs: list[np.ndarray]) -> tuple[dict, list[str]]:
    """Group features by alpha-3; returns (countries, names of skipped features)."""
    countries: dict[str, dict] = {}
    skipped: list[str] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name, numeric = geom["properties"]["name"], geom.get("id")
        record = pycountry.countries.get(numeric=numeric) if numeric else None
        code = record.alpha_3 if record else SYNTHETIC.get(name) or MERGE_INTO.get(name)
        if code is None:
            skipped.append(name)
            continue
        polygons = feature_polygons(geom)
        entry = countries.setdefault(code, {"name": name, "numeric": numeric,
                                            "polygons": [], "_rank": -1})
        rank = len(polygons) if record else -1  # several features: the biggest names it
        if rank > entry["_rank"]:
            entry.update(name=name, numeric=numeric, _rank=rank)
        entry["polygons"].extend(polygons)
    for entry in countries.values():
        del entry["_rank"]
        entry["polygons"] = dissolve(entry["polygons"], arcs)
    return countries, skipped


def move_crimea(countries: dict, arcs: list[np.ndarray], topo: dict,
                box: tuple[float, float, float, float] = CRIMEA_BOX) -> int:
    """Move Russia's polygon(s) lying inside *box* to Ukraine and dissolve them.

    Returns the number of polygons moved; raises if there is none.
    """
    lon0, lat0, lon1, lat1 = box
    keep, moved = [], []
    for poly in countries["RUS"]["polygons"]:
        pts = to_lonlat(ring_points(arcs, poly[0]), topo)
        inside = (pts[:, 0].min() >= lon0 and pts[:, 0].max() <= lon1
                  and pts[:, 1].min() >= lat0 and pts[:, 1].max() <= lat1)
        (moved if inside else keep).append(poly)
    if not moved:
        raise ValueError("no Russian polygon found in the Crimea box")
    countries["RUS"]["polygons"] = keep
    countries["UKR"]["polygons"] = dissolve(countries["UKR"]["polygons"] + moved, arcs)
    return len(moved)


def land_neighbours(countries: dict) -> dict[str, list[str]]:
    """Countries are land neighbours when their polygons share at least one arc."""
    users: dict[int, set[str]] = {}
    for code, entry in countries.items():
        for ref in (r for poly in entry["polygons"] for ring in poly for r in ring):
            users.setdefault(ref if ref >= 0 else ~ref, set()).add(code)
    result: dict[str, set[str]] = {code: set() for code in countries}
    for codes in users.values():
        for code in codes:
            result[code] |= codes - {code}
    return {code: sorted(n) for code, n in result.items()}


def unwrap_east(points: np.ndarray) -> np.ndarray:
    """Shift western-hemisphere longitudes by +360 (for countries east of 180)."""
    out = points.copy()
    out[out[:, 0] < 0, 0] += 360.0
    return out


def build(topo: dict) -> dict:
    """Turn the TopoJSON into the resource dictionary (see module docstring)."""
    arcs = decode_arcs(topo)
    countries, skipped = collect_countries(topo, arcs)
    moved = move_crimea(countries, arcs, topo)
    neighbours = land_neighbours(countries)
    out: dict[str, dict] = {}
    for code in sorted(countries):
        entry = countries[code]
        polygons = []
        for poly in entry["polygons"]:
            rings = []
            for ring in poly:
                pts = to_lonlat(ring_points(arcs, ring), topo)
                if code in ANTIMERIDIAN_EAST:
                    pts = unwrap_east(pts)
                if code != "ATA" and np.abs(np.diff(pts[:, 0])).max(initial=0) > 180:
                    raise ValueError(f"{code} ring still crosses the antimeridian")
                rings.append(np.round(pts, DECIMALS).ravel().tolist())
            polygons.append(rings)
        record = pycountry.countries.get(alpha_3=code)
        iso_name = getattr(record, "common_name", None) or getattr(record, "name", entry["name"])
        out[code] = {"name": entry["name"], "iso_name": iso_name, "numeric": entry["numeric"],
                     "neighbours": neighbours[code], "polygons": polygons}
    meta = {"source": f"{PACKAGE}@{VERSION}/{SOURCE_FILE} (Natural Earth 1:50m)",
            "decimals": DECIMALS, "skipped": sorted(skipped),
            "synthetic": {v: k for k, v in SYNTHETIC.items()}, "merged": MERGE_INTO,
            "crimea_polygons_moved": moved, "antimeridian_east": list(ANTIMERIDIAN_EAST)}
    return {"meta": meta, "countries": out}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        topo = fetch_topology(Path(tmp))
    resource = build(topo)
    data = json.dumps(resource, separators=(",", ":"), ensure_ascii=False).encode()
    OUTPUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    meta = resource["meta"]
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.2f} MB, "
          f"{len(resource['countries'])} countries); skipped: {meta['skipped']}")


if __name__ == "__main__":
    main()
