"""Tests for viewer.model.mapping.geography and the borders build script (no Qt)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from viewer.model.mapping import geography as geo

BUILD_SCRIPT = Path(__file__).resolve().parents[1] / "resources" / "borders" / "build_borders.py"
SIMFEROPOL = (34.1, 44.95)


@pytest.fixture(scope="module")
def build_mod():
    spec = importlib.util.spec_from_file_location("build_borders", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- real resource -----------------------------------------------------------

def test_crimea_is_in_ukraine_not_russia():
    assert geo.contains("UKR", *SIMFEROPOL).item()
    assert not geo.contains("RUS", *SIMFEROPOL).item()
    assert geo.contains("RUS", 37.6, 55.75).item()  # Moscow
    assert geo.contains("UKR", 30.5, 50.45).item()  # Kyiv


def test_ukraine_mainland_and_crimea_form_one_ring():
    big = [r for r in geo.country_shapes("UKR") if len(r) > 100]
    assert len(big) == 1  # no internal border between Crimea and the mainland
    assert geo.points_in_rings(np.array([SIMFEROPOL[0]]), np.array([SIMFEROPOL[1]]), big)[0]


def test_ukraine_neighbours():
    assert {"POL", "ROU", "MDA", "HUN", "SVK", "BLR", "RUS"} <= set(geo.neighbours("UKR"))


def test_russia_neighbours():
    expected = {"KAZ", "GEO", "MNG", "FIN", "EST", "LVA", "LTU", "POL", "BLR", "UKR",
                "AZE", "CHN", "PRK", "NOR"}
    assert expected <= set(geo.neighbours("RUS"))
    assert geo.neighbours("RUS") == sorted(geo.neighbours("RUS"))
    assert "USA" not in geo.neighbours("RUS")


def test_neighbours_are_symmetric():
    for code in geo.known_codes():
        for other in geo.neighbours(code):
            assert code in geo.neighbours(other), (code, other)


def test_russia_is_unbroken_across_the_antimeridian():
    rings = geo.country_shapes("RUS")
    for ring in rings:
        assert np.abs(np.diff(ring[:, 0])).max() < 180
    lons = np.concatenate([r[:, 0] for r in rings])
    assert 19 <= lons.min() <= 28
    assert lons.max() > 180
    bbox = geo.bounding_box("RUS")
    assert 19 <= bbox.lon_min <= 28 and bbox.lon_max > 180
    assert geo.contains("RUS", -173.0, 65.5).item()  # Chukotka, given west of 180


def test_core_codes_have_shapes_and_names():
    for code in ["KAZ", "GEO", "MNG", "FIN", "EST", "UZB", "KGZ", "RUS", "UKR"]:
        rings = geo.country_shapes(code)
        assert rings and all(r.ndim == 2 and r.shape[1] == 2 and len(r) >= 4 for r in rings)
        assert np.allclose(rings[0][0], rings[0][-1])  # closed
    assert geo.country_name("RUS") == "Russia"
    assert geo.country_name("ukr") == "Ukraine"
    assert len(geo.known_codes()) > 200
    with pytest.raises(KeyError):
        geo.country_shapes("XXX")


def test_shapes_are_read_only():
    with pytest.raises(ValueError):
        geo.country_shapes("FIN")[0][0, 0] = 0.0


def test_bounding_box_of_a_region():
    bbox = geo.bounding_box(["UKR", "POL"])
    assert 14 < bbox.lon_min < 15 and 40 < bbox.lon_max < 41
    assert 44 < bbox.lat_min < 45 and 54 < bbox.lat_max < 55.5


# --- projection --------------------------------------------------------------

@pytest.mark.parametrize("bbox", [geo.BBox(20, 40, 60, 70), geo.BBox(110, -45, 155, -10),
                                  geo.BBox(-20, -30, 20, 30), geo.BBox(19.6, 41, 190.3, 82)])
def test_projection_centre_and_order(bbox):
    proj = geo.LambertConformalConic.for_bbox(bbox)
    cx, cy = proj.project(*bbox.centre)
    assert abs(cx) < 1e-6 and abs(cy) < 1e-6
    lon0, lat0 = bbox.centre
    x, y = proj.project(np.array([lon0 - 5, lon0 + 5, lon0, lon0]),
                        np.array([lat0, lat0, lat0 - 5, lat0 + 5]))
    assert x[0] < 0 < x[1]  # west is left, east is right
    assert y[2] < 0 < y[3]  # south is down, north is up
    assert x.shape == (4,)


def test_region_projection_keeps_chukotka_east_of_moscow():
    proj = geo.region_projection("RUS")
    assert proj.lat1 < proj.lat2
    x, _ = proj.project(np.array([37.6, 170.0, 185.0, -175.0]), np.array([55.75, 65, 65, 65]))
    assert x[0] < x[1] < x[2]
    assert x[3] == pytest.approx(x[2])  # -175 and 185 are the same meridian


def test_projection_is_frozen():
    proj = geo.LambertConformalConic(30, 50, 45, 55)
    with pytest.raises(AttributeError):
        proj.lon0 = 0  # type: ignore[misc]


# --- build script on a tiny synthetic topology --------------------------------
# Quantised grid (scale 0.01 deg): D=(33,45.5) C=(35,45.5) B=(35,44.5) A=(33,44.5)
# F=(33,47) E=(35,47). "Crimea" is D-C-B-A (Russian), Ukraine is D-F-E-C, and
# Russia's mainland C-E-(37,47)-(37,45.5) touches Ukraine along C-E.

def _delta(points):
    pts = np.asarray(points)
    return np.vstack([pts[:1], np.diff(pts, axis=0)]).tolist()


def synthetic_topology():
    A, B, C, D = (3300, 4450), (3500, 4450), (3500, 4550), (3300, 4550)
    E, F, G, H = (3500, 4700), (3300, 4700), (3700, 4700), (3700, 4550)
    square = [(4000, 4000), (4000, 4100), (4100, 4100), (4100, 4000), (4000, 4000)]
    #       0: D-C    1: C-B-A-D    2: C-E  3: E-G-H    4: E-F-D   5: H-C  6: elsewhere
    arcs = [[D, C], [C, B, A, D], [C, E], [E, G, H], [E, F, D], [H, C], square]
    geometries = [  # all rings clockwise, as in the source
        {"type": "MultiPolygon", "id": "643", "properties": {"name": "Russia"},
         "arcs": [[[2, 3, 5]], [[0, 1]]]},
        {"type": "Polygon", "id": "804", "properties": {"name": "Ukraine"},
         "arcs": [[~4, ~2, ~0]]},
        {"type": "Polygon", "properties": {"name": "Nowhere"}, "arcs": [[6]]},
    ]
    return {"type": "Topology", "transform": {"scale": [0.01, 0.01], "translate": [0, 0]},
            "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
            "arcs": [_delta(a) for a in arcs]}


def test_synthetic_topology_is_consistent(build_mod):
    topo = synthetic_topology()
    arcs = build_mod.decode_arcs(topo)
    for geom in topo["objects"]["countries"]["geometries"]:
        for poly in build_mod.feature_polygons(geom):
            pts = build_mod.ring_points(arcs, poly[0])
            assert tuple(pts[0]) == tuple(pts[-1])


def test_move_crimea_synthetic(build_mod):
    topo = synthetic_topology()
    arcs = build_mod.decode_arcs(topo)
    countries, skipped = build_mod.collect_countries(topo, arcs)
    assert skipped == ["Nowhere"]
    assert build_mod.land_neighbours(countries)["UKR"] == ["RUS"]
    assert build_mod.move_crimea(countries, arcs, topo) == 1
    assert countries["RUS"]["polygons"] == [[[2, 3, 5]]]
    (ukraine,) = countries["UKR"]["polygons"]
    assert len(ukraine) == 1  # one exterior ring, no holes
    refs = {r if r >= 0 else ~r for r in ukraine[0]}
    assert refs == {1, 2, 4}  # the shared arc D-C dropped out
    ring = build_mod.to_lonlat(build_mod.ring_points(arcs, ukraine[0]), topo)
    assert geo.points_in_rings(np.array([34.0, 34.0]), np.array([45.0, 46.0]), [ring]).all()
    assert build_mod.land_neighbours(countries) == {"RUS": ["UKR"], "UKR": ["RUS"]}
    with pytest.raises(ValueError):
        build_mod.move_crimea(countries, arcs, topo)  # nothing left to move


def test_build_synthetic(build_mod):
    resource = build_mod.build(synthetic_topology())
    ukr = resource["countries"]["UKR"]
    assert ukr["numeric"] == "804" and ukr["neighbours"] == ["RUS"]
    assert len(ukr["polygons"]) == 1 and len(ukr["polygons"][0]) == 1
    ring = np.asarray(ukr["polygons"][0][0]).reshape(-1, 2)
    assert len(ring) == 7 and np.allclose(ring[0], ring[-1])
    assert geo.points_in_rings(np.array([34.0]), np.array([45.0]), [ring])[0]
    assert resource["meta"]["skipped"] == ["Nowhere"]


def test_unwrap_east(build_mod):
    pts = np.array([[179.5, 66.0], [-180.0, 66.0], [-170.0, 66.5], [179.0, 67.0]])
    out = build_mod.unwrap_east(pts)
    assert np.allclose(out[:, 0], [179.5, 180.0, 190.0, 179.0])
    assert np.abs(np.diff(out[:, 0])).max() < 180
