"""Time: published days, "as of" a day and a date range, and the flows as of a day (format's rule)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from viewer.model import load_dataset
from viewer.model.timeline.as_of import (NO_DAY, FlowsByDay, IdList, claims_as_of, day_number, parse_day,
                                published_days)
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.flows.compute import compute_flows, flows_records
from viewer.model.state import Filters, SelectionState
from tests.model.test_claims_index import frame
from tests.timeline_data import write_story


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return load_dataset(write_story(tmp_path_factory.mktemp("story") / "ds"))


def reference_flows(claims: pd.DataFrame, sources: pd.DataFrame, day: date) -> list[dict]:
    """The format's rule written out plainly: a source counts when its written date is ``day`` or earlier."""
    published = dict(zip(sources["source_id"], sources["published"]))
    kept = [row for row in claims.to_dict("records") if published[row["source_id"]][:10] <= day.isoformat()]
    flows: dict[tuple, dict] = {}
    for row in kept:
        dest = ";".join(sorted(row["destination"].split(";"))) if row["destination"] else ""
        key = (row["origin"], dest, row["metric"], row["unit"])
        flow = flows.setdefault(key, {"claims": [], "denied_by": [], "lows": [], "highs": []})
        if row["stance"] == "denies":
            flow["denied_by"].append(row["claim_id"])
            continue
        flow["claims"].append(row["claim_id"])
        for side, name in (("lows", "value_low"), ("highs", "value_high")):
            if not pd.isna(row[name]):
                flow[side].append(int(row[name]))
    out = []
    for key in sorted(flows):
        f = flows[key]
        pooled = f["lows"] + f["highs"]
        out.append({"origin": key[0], "destination": key[1], "metric": key[2], "unit": key[3],
                    "claims": sorted(f["claims"]), "low": min(pooled) if f["lows"] else None,
                    "high": max(pooled) if f["highs"] else None, "denied_by": sorted(f["denied_by"])})
    return out


def test_published_day_is_the_written_date_whatever_the_zone():
    days = published_days(["2022-10-04T23:30:00-05:00", "2022-10-05T01:10+03:00", "2022-10-06",
                           "2022-10-06T18:42Z", "2022-10-06T00:00:00+14:00", "", "not a date"])
    assert days[:5].tolist() == [day_number(date(2022, 10, d)) for d in (4, 5, 6, 6, 6)]
    assert days[5] == NO_DAY and days[6] == NO_DAY


def test_a_late_evening_source_in_new_york_counts_on_its_own_date(story):
    # nyt-1004 is 2022-10-05 04:30 UTC: as of 4 October it counts, by its own date.
    ids = set(claims_as_of(story.claims, story.sources, date(2022, 10, 4))["claim_id"])
    assert "left-1" in ids and "left-2" not in ids   # msk-1005 is 2022-10-04 22:10 UTC, written 5 October
    assert "left-2" in set(claims_as_of(story.claims, story.sources, date(2022, 10, 5))["claim_id"])


@pytest.mark.parametrize("day", [date(2022, 9, 20), date(2022, 9, 25), date(2022, 9, 27), date(2022, 10, 4),
                                 date(2022, 10, 5), date(2022, 10, 6), date(2023, 1, 1)])
def test_flows_as_of_follow_the_formats_rule(story, day):
    subset = claims_as_of(story.claims, story.sources, day)
    expected = reference_flows(story.claims, story.sources, day)
    assert flows_records(compute_flows(subset)) == expected
    view = ClaimsIndex(story.claims, story.sources)
    got = view.flows_by_day().at(day_number(day))
    assert _records(got) == expected


def test_the_700000_figure_appears_then_is_joined_then_denied(story):
    by_day = ClaimsIndex(story.claims, story.sources).flows_by_day()
    abroad = [r for r in _records(by_day.at(day_number(date(2022, 10, 4)))) if r["metric"] == "left"]
    assert abroad == [{"origin": "RUS", "destination": "", "metric": "left", "unit": "people",
                       "claims": ["left-1"], "low": None, "high": 700000, "denied_by": []}]
    after = [r for r in _records(by_day.at(day_number(date(2022, 10, 6)))) if r["metric"] == "left"][0]
    assert (after["low"], after["high"], after["denied_by"]) == (600000, 700000, ["left-3"])


def made_both_ways(view) -> list:
    """FlowsByDay of ``view`` made with its per-day tables and without them."""
    made = []
    for tabled in (True, False):
        FlowsByDay.MAX_TABLE = 20_000_000 if tabled else 0
        try:
            made.append(FlowsByDay.of_view(view))
        finally:
            FlowsByDay.MAX_TABLE = 20_000_000
    return made


def test_flows_by_day_match_compute_flows_on_random_claims():
    claims, sources = frame(n=2000, seed=3)
    view = ClaimsIndex(claims, sources)
    days = sorted(set(view.day.tolist()))
    for by_day in made_both_ways(view):
        for d in [days[0] - 1, days[0], days[len(days) // 2], days[-1]]:
            keep = view.day <= d
            expected = flows_records(compute_flows(claims[keep].reset_index(drop=True)))
            assert _records(by_day.at(d)) == expected


def test_filters_as_of_and_range_mask_the_view(story):
    view = ClaimsIndex(story.claims, story.sources)
    ids = lambda f: {view.claim_id_at(i) for i in range(len(view.update(f, "published", True)))}
    assert ids(Filters(as_of=date(2022, 9, 27))) == {"fin-1", "geo-1"}
    assert ids(Filters(published_from=date(2022, 9, 26), published_to=date(2022, 10, 4))) == {"geo-1", "left-1"}
    assert ids(Filters(published_from=date(2022, 10, 5), as_of=date(2022, 10, 5))) == {"left-2"}
    assert ids(Filters(as_of=date(2022, 9, 1))) == set()
    assert len(ids(Filters())) == 6


def test_clearing_the_filters_keeps_as_of_and_a_new_dataset_forgets_it():
    state = SelectionState()
    state.update_filters(published_from=date(2022, 9, 26), metrics=frozenset({"left"}))
    state.set_as_of(date(2022, 10, 4))
    assert state.filters.narrowed
    state.clear_filters()
    assert state.filters == Filters(as_of=date(2022, 10, 4)) and not state.filters.narrowed
    state.reset()
    assert state.filters == Filters()


@pytest.mark.parametrize("text", ["2022-13-01", "2022-02-30", "4 Oct 2022", "2022-10-4", "", "2022-10-04T00:00"])
def test_parse_day_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        parse_day(text)


def test_id_list_reads_as_a_list():
    ids = np.array(["a", "b", "c", "d"], dtype=object)
    part = IdList(ids, [(1, 3)])
    assert list(part) == ["b", "c"] and len(part) == 2 and part[0] == "b" and part[-1] == "c"
    assert part + ["x"] == ["b", "c", "x"] and part == ["b", "c"] and part == IdList(ids, [(1, 3)])
    assert not IdList(ids, [(2, 2)]) and list(IdList.join([part, IdList(ids, [(0, 1)])])) == ["b", "c", "a"]


def _records(flows: pd.DataFrame) -> list[dict]:
    out = flows_records(flows)
    for record in out:
        record["claims"], record["denied_by"] = sorted(record["claims"]), sorted(record["denied_by"])
    return out


def test_the_map_as_of_the_last_day_is_the_whole_map_and_before_it_holds_back(story):
    from viewer.model.timeline.as_of_map import as_of_arrows
    from viewer.model.mapping.map_layout import build_layout
    view = ClaimsIndex(story.claims, story.sources)
    layout = build_layout("RUS", view.flows)
    by_day = view.flows_by_day()
    arrows, abroad, scale = as_of_arrows(layout, by_day.at(day_number(date(2022, 10, 6))))
    whole = layout.arrows + [layout.abroad]
    assert [(a.lines, a.value, a.width, a.per_day, sorted(a.claims), sorted(a.denied_by)) for a in arrows + [abroad]] \
        == [(a.lines, a.value, a.width, a.per_day, a.claims, a.denied_by) for a in whole]
    assert scale == layout.scale_max
    arrows, abroad, scale = as_of_arrows(layout, by_day.at(day_number(date(2022, 9, 27))))
    assert abroad.lines == [] and abroad.value is None and scale == 8572
    assert {a.destination: a.lines for a in arrows} == {"FIN": ["entered 8,572"], "GEO": ["entered 10,000 a day"],
                                                        "KAZ": []}


def test_flows_by_day_word_a_shared_vague_wording_as_compute_flows_does():
    claims, sources = frame(n=2000, seed=3)
    rng = np.random.default_rng(5)
    mixed = rng.choice(["tens of thousands", "", "about 5,000", "hundreds of thousands"], size=len(claims))
    first = claims["destination"].iloc[0]   # one destination's claims all worded alike: its flows share it
    claims = claims.assign(value_text=np.where(claims["destination"] == first, "tens of thousands", mixed))
    view = ClaimsIndex(claims, sources)
    days = sorted(set(view.day.tolist()))
    for by_day in made_both_ways(view):
        for d in [days[0], days[len(days) // 2], days[-1]]:
            expected = compute_flows(claims[view.day <= d].reset_index(drop=True))
            got = by_day.at(d)
            assert list(got["worded"]) == list(expected["worded"]) and any(got["worded"])
