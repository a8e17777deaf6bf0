"""The steps of a presentation: orders, reveal groups, the presentation list (no Qt)."""

import numpy as np
import pandas as pd
import pytest

from tests.conftest import DATA
from viewer.model import load_dataset
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.reports.presentation import (PresentationList, build_steps, published_keys, reveal)
from viewer.model.state import Filters
from viewer.model.flows.wording import ENGLISH


@pytest.fixture(scope="module")
def bundled():
    dataset = load_dataset(DATA)
    return dataset, ClaimsIndex(dataset.claims, dataset.sources)


def ids(view, steps):
    return [view.col["claim_id"][r] for r in steps.rows]


def test_published_keys_sort_by_written_date_then_instant():
    values = pd.Series(["2022-10-07", "2022-10-06T23:00:00-05:00", "2022-10-06", "2022-10-06T10:00Z",
                        "not a date", "2022-10-06T09:00:00+05:30"])
    day, instant = published_keys(values)
    order = list(np.lexsort((np.arange(len(values)), instant, day)))
    # 6 Oct as written: the date alone first, then by UTC instant (03:30Z, 10:00Z, 04:00Z next day); then 7 Oct.
    assert [values[i] for i in order] == ["2022-10-06", "2022-10-06T09:00:00+05:30", "2022-10-06T10:00Z",
                                          "2022-10-06T23:00:00-05:00", "2022-10-07", "not a date"]


def test_by_date_on_the_bundled_data(bundled):
    dataset, view = bundled
    steps = build_steps(view, dataset.sources, "date")
    # Both articles are of 6 Oct 2022: that day's assertions first, then its denials (Peskov's and the
    # Kremlin's), so the class sees "up to 700,000" before it sees it denied. Within each: Breitbart gives
    # only the date, the Hindustan Times 18:42 that day, so Breitbart first; then the order of claims.csv.
    assert ids(view, steps) == ([f"bb-{i:02d}" for i in range(2, 14)] + [f"ht-{i:02d}" for i in range(2, 7)]
                                + ["bb-01", "ht-01"])
    assert list(steps.group_start) == list(range(19))
    assert ids(view, type(steps)(steps.revealed(4), steps.group_start[:1])) == ["bb-06"]


def test_within_a_day_assertions_come_before_denials_and_days_stay_in_order():
    from viewer.model.reports.presentation import date_order
    rows = np.arange(6)
    day = np.array([2, 1, 1, 1, 2, 1])
    instant = np.array([0, 5, 0, 0, 0, 9])
    denies = np.array([False, True, False, True, False, False])
    # Day 1: assertions 2 (instant 0), 5 (instant 9); then denials 3 (instant 0), 1 (instant 5). Day 2: 0, 4.
    assert list(date_order(rows, day, instant, denies)) == [2, 5, 3, 1, 0, 4]


def test_by_destination_groups_places_and_flows(bundled):
    dataset, view = bundled
    order = ids(view, build_steps(view, dataset.sources, "destination"))
    dests = [view.col["destination"][view.row_of(c)] for c in order]
    # Abroad as a whole first, then by name: Estonia + Finland, Georgia, Kazakhstan, Kyrgyzstan + ..., Mongolia.
    assert list(dict.fromkeys(dests)) == ["", "EST;FIN", "GEO", "KAZ", "KGZ;UZB", "MNG"]
    # Leaving Russia for abroad: that day's figures first, then the two denials.
    assert order[:7] == ["bb-02", "bb-03", "bb-05", "ht-02", "ht-03", "bb-01", "ht-01"]
    kaz = [c for c, d in zip(order, dests) if d == "KAZ"]
    metrics = [view.col["metric"][view.row_of(c)] for c in kaz]
    assert metrics == ["left", "entered", "entered", "entered", "exited", "registered"]
    assert kaz[1:4] == ["bb-07", "bb-11", "ht-04"]   # within a flow, by date


def test_reveal_shows_the_700000_figure_before_the_kremlin_denial(bundled):
    dataset, view = bundled
    steps = build_steps(view, dataset.sources, "date", reveal_flows=True)
    order = ids(view, steps)
    assert len(order) == 19 and set(order) == set(view.col["claim_id"])
    # The flow "left Russia, abroad as a whole" comes first; its assertions, then both denials.
    assert order[:7] == ["bb-02", "bb-03", "bb-05", "ht-02", "ht-03", "bb-01", "ht-01"]
    assert order.index("bb-03") < order.index("bb-01") and order.index("ht-02") < order.index("ht-01")
    assert list(steps.group_start[:8]) == [0] * 7 + [7]
    assert [view.col["claim_id"][r] for r in steps.revealed(2)] == ["bb-02", "bb-03", "bb-05"]
    assert steps.group_size(2) == 7 and steps.group_size(7) == 1
    # Kazakhstan's arrivals are one flow: three steps revealed in date order.
    start = order.index("bb-07")
    assert order[start:start + 3] == ["bb-07", "bb-11", "ht-04"]
    assert [view.col["claim_id"][r] for r in steps.revealed(start + 2)] == ["bb-07", "bb-11", "ht-04"]


def test_reveal_keeps_the_chosen_order_but_puts_denials_last():
    rows = np.array([5, 0, 3, 1, 4, 2])
    group = np.array([0, 1, 0, 1, 2, 0])        # per row of the whole frame
    denies = np.array([True, False, False, False, False, False])
    steps = reveal(rows, group, denies)
    # Groups in order of their first row in ``rows``: group 0 (rows 5, 0, 2; row 0 denies, so it goes
    # last), then group 1 (rows 3, 1), then group 2 (row 4).
    assert list(steps.rows) == [5, 2, 0, 3, 1, 4]
    assert list(steps.group_start) == [0, 0, 0, 3, 3, 5]
    assert steps.step_of(1) == 4 and steps.step_of(9) is None


def test_list_order_and_table_order(bundled):
    dataset, view = bundled
    steps = build_steps(view, dataset.sources, "list", claim_ids=["bb-13", "nope", "ht-01", "bb-13", "bb-03"])
    assert ids(view, steps) == ["bb-13", "ht-01", "bb-03"]
    with_reveal = build_steps(view, dataset.sources, "list", reveal_flows=True, claim_ids=["ht-01", "bb-13", "bb-03"])
    assert ids(view, with_reveal) == ["bb-03", "ht-01", "bb-13"]   # the denial after the figure it denies
    visible = view.update(Filters(destination="KAZ"), "figure", False)
    table = build_steps(view, dataset.sources, "table", visible=visible)
    assert ids(view, table)[:3] == ["bb-04", "bb-07", "bb-08"]
    assert len(table) == 6
    by_date = build_steps(view, dataset.sources, "date", visible=visible)
    assert ids(view, by_date) == ["bb-04", "bb-07", "bb-08", "bb-10", "bb-11", "ht-04"]
    view.update(Filters(), "published", True)


def test_empty_and_unknown(bundled):
    dataset, view = bundled
    assert len(build_steps(view, dataset.sources, "list", reveal_flows=True, claim_ids=[])) == 0
    with pytest.raises(ValueError, match="unknown presentation order"):
        build_steps(view, dataset.sources, "alphabet")


def test_presentation_list():
    chosen = PresentationList(["a", "b", "a"])
    assert chosen.ids == ["a", "b"]
    assert chosen.add("c") and not chosen.add("a")
    assert chosen.move("c", -5) and chosen.ids == ["c", "a", "b"]
    assert not chosen.move("c", -1) and not chosen.move("zz", 1)
    assert chosen.remove("a") and not chosen.remove("a")
    assert "b" in chosen and len(chosen) == 2
    chosen.clear()
    assert chosen.ids == []


def test_steps_are_vectorised_for_a_million_claims():
    import time
    n = 1_000_000
    rng = np.random.default_rng(1)
    group = rng.integers(0, 5000, n)
    denies = rng.random(n) < 0.1
    rows = rng.permutation(n)
    start = time.perf_counter()
    steps = reveal(rows, group, denies)
    assert time.perf_counter() - start < 3.0
    assert len(steps) == n
    # Each group is contiguous, and its denials come after its assertions.
    g = group[steps.rows]
    assert (np.diff(steps.group_start) >= 0).all()
    assert len(np.unique(steps.group_start)) == len(np.unique(group))
    d = denies[steps.rows].astype(int)
    same = g[1:] == g[:-1]
    assert (np.diff(d)[same] >= 0).all()


def test_revealed_flows_hold_only_the_claims_shown_so_far(bundled):
    from viewer.model.mapping.reveal_map import RevealedFlows
    dataset, view = bundled
    steps = build_steps(view, dataset.sources, "date", reveal_flows=True)
    revealed = RevealedFlows(view, steps)
    first = revealed.at(0)        # Peskov's "hasty defections": a claim without a figure
    assert first[["destination", "metric"]].values.tolist() == [["", "left"]]
    assert first["claims"][0] == ["bb-02"] and np.isnan(first["low"][0]) and np.isnan(first["high"][0])
    assert revealed.at(1)["high"][0] == 700000 and revealed.at(1)["low"][0] == 700000
    fourth = revealed.at(4)       # ... "600,000 to 700,000", "up to 700,000", "tens of thousands"
    assert (fourth["low"][0], fourth["high"][0], fourth["denied_by"][0]) == (10000, 700000, [])
    assert revealed.at(5)["denied_by"][0] == ["bb-01"] and len(revealed.at(6)) == 1
    assert len(revealed.at(7)) == 2      # the next flow reached
    # At the last step every flow is there, as the dataset's flows have it.
    last = revealed.at(len(steps) - 1)
    flows = view.flows
    assert last[["origin", "destination", "metric", "unit"]].values.tolist() == \
        flows[["origin", "destination", "metric", "unit"]].values.tolist()
    for column in ("claims", "denied_by"):
        assert [sorted(v) for v in last[column]] == [sorted(v) for v in flows[column]]
    for column in ("low", "high"):
        assert last[column].fillna(-1).tolist() == flows[column].astype("float").fillna(-1).tolist()
    assert last["open_low"].tolist() == flows["open_low"].tolist()
    assert last["open_high"].tolist() == flows["open_high"].tolist()


def test_revealed_arrows_word_and_size_only_what_was_shown(bundled):
    from viewer.model.mapping.map_layout import MIN_WIDTH_PX, build_layout
    from viewer.model.mapping.reveal_map import RevealedFlows, revealed_arrows
    dataset, view = bundled
    layout = build_layout("RUS", view.flows)
    steps = build_steps(view, dataset.sources, "date", reveal_flows=True)
    revealed = RevealedFlows(view, steps)
    arrows, abroad, scale = revealed_arrows(layout, revealed.at(0), ENGLISH)
    assert abroad.lines == ["left no figure"] and scale == 0.0
    assert all(a.lines == [] and a.width == MIN_WIDTH_PX and a.value is None for a in arrows)
    arrows, abroad, scale = revealed_arrows(layout, revealed.at(5), ENGLISH)
    # The range so far, its denial not written into the line (the map's mark counts it).
    assert abroad.lines == ["left 10,000–700,000"] and abroad.denied_by == ["bb-01"] and scale == 700000
    kaz = steps.step_of(view.row_of("bb-04"))   # Kazakhstan's first figure: 200,000 left
    arrows, abroad, scale = revealed_arrows(layout, revealed.at(kaz), ENGLISH)
    by_place = {a.destination: a for a in arrows}
    assert by_place["KAZ"].lines == ["left 200,000"] and MIN_WIDTH_PX < by_place["KAZ"].width < abroad.width
    assert by_place["GEO"].lines == [] and abroad.lines == ["left 10,000–700,000"]
    # At the end, every arrow says what the full map says (without the denial notes).
    arrows, abroad, scale = revealed_arrows(layout, revealed.at(len(steps) - 1), ENGLISH)
    assert [a.width for a in arrows] == [a.width for a in layout.arrows] and scale == layout.scale_max
    assert abroad.lines == [line.split(" · denied")[0] for line in layout.abroad.lines]
    with pytest.raises(ValueError, match="reveal"):
        RevealedFlows(view, build_steps(view, dataset.sources, "date"))


def test_a_revealed_range_keeps_an_open_side_open():
    """Format 1.1: "up to 700,000" alone runs from null to 700,000, in the reveal as in the dataset's flows."""
    from tests.conftest import REPO
    from viewer.model.mapping.reveal_map import RevealedFlows
    dataset = load_dataset(REPO / "tests" / "corpus" / "valid" / "base")
    view = ClaimsIndex(dataset.claims, dataset.sources)
    steps = build_steps(view, dataset.sources, "date", reveal_flows=True)
    last = RevealedFlows(view, steps).at(len(steps) - 1)
    abroad = last[(last["destination"] == "") & (last["metric"] == "left")].iloc[0]
    assert np.isnan(abroad["low"]) and abroad["high"] == 700000 and abroad["open_low"] and not abroad["open_high"]
    flows = view.flows
    assert last["low"].fillna(-1).tolist() == flows["low"].astype("float").fillna(-1).tolist()
