"""How the other claims on a flow relate to the selected one, on the bundled data and on made-up denials.

A denial that names a figure disputes only the claims whose range holds that figure; a denial with no
figure disputes the flow as a whole."""

import math

import pytest

from viewer.model import load_dataset
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.flows.relations import related_rows, relation
from tests.conftest import DATA


@pytest.fixture(scope="module")
def view():
    data = load_dataset(DATA)
    return ClaimsIndex(data.claims, data.sources)


def tags(view, claim_id: str) -> dict[str, str]:
    rows, _total, _later = related_rows(view, view.row_of(claim_id), limit=50)
    return {view.record(r)["claim_id"]: rel for r, rel in rows}


def test_denial_of_700000_does_not_deny_tens_of_thousands(view):
    """Reuters' "tens of thousands" is consistent with "far from 700,000"."""
    got = tags(view, "ht-03")
    assert got["ht-01"] != "denies"      # Peskov denies 700,000
    assert got["bb-01"] != "denies"      # Peskov denies "up to 700,000": the figure named is 700,000
    assert got["ht-01"] == got["bb-01"] == "agrees"


def test_peskovs_denial_is_not_tagged_against_his_own_hasty_defections(view):
    got = tags(view, "bb-02")
    assert got["ht-01"] != "denies" and got["bb-01"] != "denies"


def test_the_claims_holding_the_denied_figure_are_denied(view):
    for claim_id in ("ht-02", "bb-03", "bb-05"):     # up to 700,000; 700,000; 600,000 to 700,000
        got = tags(view, claim_id)
        assert got["ht-01"] == got["bb-01"] == "denies", claim_id


def test_from_the_denial_only_the_figures_it_names_are_disputed(view):
    got = tags(view, "ht-01")
    assert {k: got[k] for k in ("ht-02", "bb-03", "bb-05")} == dict.fromkeys(("ht-02", "bb-03", "bb-05"), "disputed")
    assert got["ht-03"] == "agrees" and got["bb-02"] == "agrees"
    assert got["bb-01"] == "agrees"      # two denials of the same figure


def claim(stance, low=math.nan, high=math.nan):
    return {"stance": stance, "value_low": low, "value_high": high}


def test_a_denial_with_no_figure_disputes_the_flow_as_a_whole():
    denial = claim("denies")
    for asserted in (claim("asserts"), claim("asserts", 10_000, 99_999), claim("asserts", high=700_000),
                     claim("asserts", low=5)):
        assert relation(asserted, denial) == "denies"
        assert relation(denial, asserted) == "disputed"


@pytest.mark.parametrize("denied, asserted, holds", [
    ((700_000, 700_000), (600_000, 700_000), True),
    ((700_000, 700_000), (10_000, 99_999), False),
    ((math.nan, 700_000), (math.nan, 50_000), False),      # "denied up to 700,000": the figure is 700,000
    ((math.nan, 700_000), (math.nan, 700_000), True),
    ((600_000, 700_000), (650_000, 650_000), True),        # a denied range holds what falls inside it
    ((600_000, 700_000), (100_000, 200_000), False),
    ((500_000, math.nan), (800_000, math.nan), False),     # "denied at least 500,000": the figure is 500,000
    ((500_000, math.nan), (100_000, math.nan), True),      # "at least 100,000" holds 500,000
    ((700_000, 700_000), (math.nan, math.nan), False),     # no figure asserted: a figure's denial spares it
])
def test_a_denial_that_names_a_figure_disputes_the_ranges_that_hold_it(denied, asserted, holds):
    denial, other = claim("denies", *denied), claim("asserts", *asserted)
    assert (relation(other, denial) == "denies") is holds
    assert (relation(denial, other) == "disputed") is holds
    if not holds:
        assert relation(other, denial) == relation(denial, other) == "agrees"
