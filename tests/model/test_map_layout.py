"""The map's content, computed without Qt: regions from data, arrows, scales."""

import numpy as np
import pytest
import pandas as pd

from viewer.model.mapping import geography
from viewer.model.flows.compute import compute_flows
from viewer.model.mapping.map_layout import (MAX_WIDTH_PX, MIN_WIDTH_PX, arrow_head, build_layout, curve_control,
                                     curve_points, width_px)


def flows_of(rows):
    base = {"claim_id": "", "origin": "UKR", "destination": "", "metric": "entered", "unit": "people",
            "stance": "asserts", "value_low": pd.NA, "value_high": pd.NA}
    frame = pd.DataFrame([{**base, **r} for r in rows])
    for col in ("value_low", "value_high"):
        frame[col] = frame[col].astype("Int64")
    return compute_flows(frame)


UKRAINE = flows_of([
    {"claim_id": "a", "destination": "POL", "value_low": 10000, "value_high": 10000, "unit": "people_per_day"},
    {"claim_id": "b", "destination": "MDA", "value_low": 3000, "value_high": 3000},
    {"claim_id": "c", "destination": "ROU", "value_high": 100000},
    {"claim_id": "d", "destination": "", "metric": "left", "value_low": 1000000, "value_high": 1000000},
    {"claim_id": "e", "destination": "", "metric": "left", "stance": "denies"},
])


def test_neighbours_come_from_data_not_a_list():
    layout = build_layout("UKR", UKRAINE)
    neighbours = {c for c, r in layout.roles.items() if r in ("neighbour", "destination")}
    assert {"POL", "ROU", "MDA", "HUN", "SVK", "BLR", "RUS"} <= neighbours
    assert layout.roles["UKR"] == "origin"


def test_daily_rates_are_marked_and_not_on_the_totals_scale():
    layout = build_layout("UKR", UKRAINE)
    pol = next(a for a in layout.arrows if a.destination == "POL")
    assert pol.per_day and pol.width == MIN_WIDTH_PX and pol.lines == ["entered 10,000 a day"]
    assert layout.scale_max == 1000000  # the daily 10,000 is not on it


def test_one_scale_for_all_totals():
    layout = build_layout("UKR", UKRAINE)
    rou = next(a for a in layout.arrows if a.destination == "ROU")
    mda = next(a for a in layout.arrows if a.destination == "MDA")
    assert MIN_WIDTH_PX < mda.width < rou.width < MAX_WIDTH_PX
    assert layout.abroad.width == MAX_WIDTH_PX and width_px(None, 1) == MIN_WIDTH_PX


def test_abroad_has_a_place_and_carries_its_denials():
    layout = build_layout("UKR", UKRAINE)
    assert layout.abroad is not None and layout.abroad.denied_by == ["e"]
    assert layout.abroad.lines == ["left 1,000,000"]   # the denial is said once, by the map's mark


def test_a_group_reaches_every_member_and_arrows_cross_the_border():
    flows = flows_of([{"claim_id": "g", "origin": "RUS", "destination": "EST;FIN", "value_low": 66000, "value_high": 66000}])
    layout = build_layout("RUS", flows)
    (arrow,) = layout.arrows
    assert len(arrow.ends) == 2
    assert set(arrow.ends) == {layout.anchors["EST"], layout.anchors["FIN"]}
    # the arrow starts inside Russia (projected space, the layout's own shapes)
    inside = geography.points_in_rings(np.array([arrow.start[0]]), np.array([arrow.start[1]]), layout.shapes["RUS"])
    assert inside[0]


def test_codes_without_a_shape_are_reported():
    # Gibraltar is an ISO code with no polygon at 1:50m: the map says so and draws the rest.
    flows = flows_of([{"claim_id": "x", "origin": "ESP", "destination": "GIB"},
                      {"claim_id": "y", "origin": "ESP", "destination": "PRT"}])
    layout = build_layout("ESP", flows)
    assert layout.missing == ["GIB"]
    assert [a.destination for a in layout.arrows] == ["PRT"]


def test_ranges_are_worded_as_people_read_them():
    flows = flows_of([{"claim_id": "u", "destination": "POL", "value_high": 700000},
                      {"claim_id": "v", "destination": "POL", "value_high": 500000},
                      {"claim_id": "w", "destination": "MDA", "value_low": 3000},
                      {"claim_id": "x", "destination": "ROU", "value_low": 600000, "value_high": 700000},
                      {"claim_id": "y", "destination": "HUN"}])
    lines = {a.destination: a.lines for a in build_layout("UKR", flows).arrows}
    assert lines == {"POL": ["entered up to 700,000"], "MDA": ["entered at least 3,000"],
                     "ROU": ["entered 600,000–700,000"], "HUN": ["entered no figure"]}
    # The format's own summary (1.1): a side no claim bounds stays open.
    from viewer.model import flows_records
    records = {r["destination"]: r for r in flows_records(flows)}
    assert (records["POL"]["low"], records["POL"]["high"]) == (None, 700000) and list(records["POL"])[-1] == "denied_by"
    assert (records["MDA"]["low"], records["MDA"]["high"]) == (3000, None)


def test_an_arrows_curve_and_head_end_where_it_points():
    start, end = (0.0, 0.0), (300.0, -200.0)
    points = curve_points(start, end)
    assert tuple(points[0]) == start and tuple(points[-1]) == end
    head = arrow_head(start, end, 40.0)
    assert tuple(head[0]) == end
    back = (head[1] + head[2]) / 2
    assert np.hypot(*(back - head[0])) == pytest.approx(40.0)
    along = np.asarray(end) - np.asarray(curve_control(start, end))   # the curve's way at its end
    ahead = head[0] - back
    assert along[0] * ahead[1] - along[1] * ahead[0] == pytest.approx(0.0, abs=1e-6) and np.dot(along, ahead) > 0


def test_the_whole_main_land_of_the_origin_is_in_view():
    """Russia reaches past the antimeridian (Chukotka): its main land is in the view however few flows there are."""
    flows = flows_of([{"claim_id": "a", "origin": "RUS", "destination": "KAZ", "value_low": 5, "value_high": 5}])
    layout = build_layout("RUS", flows)
    x0, y0, x1, y1 = layout.view
    main = max(layout.shapes["RUS"], key=len)
    assert x0 <= main[:, 0].min() and main[:, 0].max() <= x1
    assert y0 <= main[:, 1].min() and main[:, 1].max() <= y1


def test_a_country_around_a_pole_is_named_not_drawn():
    """Antarctica wraps all the way round: drawn in a regional projection it would cut the map with a seam."""
    flows = flows_of([{"claim_id": "a", "origin": "RUS", "destination": "ATA", "value_low": 5, "value_high": 5},
                      {"claim_id": "b", "origin": "RUS", "destination": "KAZ", "value_low": 5, "value_high": 5}])
    layout = build_layout("RUS", flows)
    assert "ATA" in layout.missing and "ATA" not in layout.shapes
    assert "KAZ" in layout.shapes


def test_new_figures_for_the_same_places_are_drawn_as_a_fresh_layout_draws_them():
    from viewer.model.mapping.map_layout import arrow_value, rows_value, same_places, with_flows
    layout = build_layout("UKR", UKRAINE)
    edited = flows_of([
        {"claim_id": "a", "destination": "POL", "value_low": 10000, "value_high": 10000, "unit": "people_per_day"},
        {"claim_id": "b", "destination": "MDA", "value_low": 3000, "value_high": 2500000},
        {"claim_id": "b2", "destination": "MDA", "metric": "left", "value_low": 7000},
        {"claim_id": "c", "destination": "ROU", "value_high": 100000},
        {"claim_id": "d", "destination": "", "metric": "left", "value_low": 1000000, "value_high": 1000000},
        {"claim_id": "e", "destination": "", "metric": "left", "stance": "denies"},
    ])
    assert same_places(layout, "UKR", edited) and not same_places(layout, "RUS", edited)
    moved = with_flows(layout, edited)
    fresh = build_layout("UKR", edited)
    def drawn(lay):
        return [(a.origin, a.destination, a.start, a.ends, a.lines, a.small, a.value, a.per_day, a.width, list(a.claims),
                 list(a.denied_by)) for a in lay.arrows + [lay.abroad]]
    assert drawn(moved) == drawn(fresh) and moved.scale_max == fresh.scale_max == 2500000
    assert moved.view == layout.view and moved.shapes is layout.shapes   # nothing projected again
    for (o, d), group in edited.groupby(["origin", "destination"]):
        assert rows_value(list(group.itertuples(index=False))) == arrow_value(group)


def test_an_arrows_ids_read_as_one_list_without_being_copied():
    from viewer.model.mapping.id_chain import IdChain
    parts = [["a", "b"], [], ["c"], ["d", "e", "f"]]
    ids = IdChain(parts)
    assert len(ids) == 6 and list(ids) == ["a", "b", "c", "d", "e", "f"] and ids[:4] == ["a", "b", "c", "d"]
    assert ids[2] == "c" and ids[-1] == "f" and ids[1:5:2] == ["b", "d"] and ids == ["a", "b", "c", "d", "e", "f"]
    assert ids == IdChain(parts) and ids != IdChain(parts[:2]) and ids + ["g"] == [*"abcdefg"]
    assert not IdChain([[], []]) and ids._parts[0] is parts[0]
    with pytest.raises(IndexError):
        ids[6]
