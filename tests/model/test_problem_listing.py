"""A million rows written one wrong way: the first MAX_LISTED of each kind are listed, the rest counted."""

from __future__ import annotations

import copy

import pytest

import viewer.model.checking.checker as checker
from tests.conftest import CLAIMS
from viewer.model import load_dataset


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(checker, "MAX_LISTED", 3)


def rows(n, **changes):
    out = []
    for i in range(n):
        row = copy.deepcopy(CLAIMS[i % len(CLAIMS)])
        row.update(claim_id=f"x{i}", **changes)
        out.append(row)
    return out


def test_each_kind_lists_the_first_rows_then_counts_the_rest(make_dataset, small_cap):
    ds = load_dataset(make_dataset(claims=rows(10, stance="claims", metric="arrived")), verify_quotes=False)
    found = [str(p) for p in ds.problems]
    assert found == [
        'claims.csv:2: metric: "arrived" is not one of: left, entered, exited, registered, stayed, other',
        'claims.csv:2: stance: "claims" is not one of: asserts, denies',
        'claims.csv:3: metric: "arrived" is not one of: left, entered, exited, registered, stayed, other',
        'claims.csv:3: stance: "claims" is not one of: asserts, denies',
        'claims.csv:4: metric: "arrived" is not one of: left, entered, exited, registered, stayed, other',
        'claims.csv:4: stance: "claims" is not one of: asserts, denies',
        "claims.csv:5: metric: 7 more rows (this one, and others up to line 11) have the same kind of problem in "
        "this column as the 3 listed; they were left out too",
        "claims.csv:5: stance: 7 more rows (this one, and others up to line 11) have the same kind of problem in "
        "this column as the 3 listed; they were left out too"]
    assert len(ds.claims) == 0 and ds.left_out().claims == 10


def test_rows_the_reader_leaves_out_are_listed_the_same_way(make_dataset, small_cap):
    folder = make_dataset(claims=rows(6))
    path = folder / "claims.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(lines[0] + "".join(line.replace("\n", ",extra\n") for line in lines[1:]), encoding="utf-8")
    ds = load_dataset(folder, verify_quotes=False)
    found = [str(p) for p in ds.problems]
    assert len(found) == 4 and all("this row has 14 cells but the header has 13" in p for p in found[:3])
    assert found[3].startswith("claims.csv:5: file: 3 more rows (this one, and others up to line 7)")
    assert ds.left_out().claims == 6


def test_a_dataset_with_few_problems_lists_them_all(make_dataset):
    ds = load_dataset(make_dataset(claims=rows(30, stance="claims")), verify_quotes=False)
    assert len(ds.problems) == 30 and checker.MAX_LISTED >= 30


@pytest.mark.parametrize("workers", [0, 2])
def test_quotes_not_found_are_listed_by_line_whatever_order_the_batches_come_in(make_dataset, small_cap, monkeypatch,
                                                                                 workers):
    import viewer.model.checking.quoteworkers as quoteworkers
    from viewer.model.reading.dataset import _QuotePlan
    monkeypatch.setattr(_QuotePlan, "BATCH_CLAIMS", 2)
    monkeypatch.setattr(quoteworkers, "MIN_CLAIMS_FOR_WORKERS", 0 if workers else 10**9)
    monkeypatch.setattr(quoteworkers, "default_workers", lambda: workers)
    ds = load_dataset(make_dataset(claims=rows(9, quote="words nowhere in the article")))
    found = [str(p) for p in ds.problems]
    assert [p.split(":")[1] for p in found] == ["2", "3", "4", "5"]
    assert all("does not occur in the article text" in p for p in found[:3])
    assert found[3].startswith("claims.csv:5: quote: 6 more rows (this one, and others up to line 10)")
    assert len(ds.claims) == 0


@pytest.mark.parametrize("cells, increasing", [
    (["a", "b", "c"], True), ([], True), (["x"], True), (["a", "a", "b"], False), (["b", "a"], False),
    (["", "a", "b"], True), (["", "", "a"], False), (["a", None, "b"], False)])
def test_strictly_increasing_only_when_no_two_cells_can_be_equal(cells, increasing):
    import pandas as pd
    from viewer.model.reading.strcol import STR, str_series, strictly_increasing
    assert strictly_increasing(pd.Series(cells, dtype=STR)) is increasing
    assert strictly_increasing(str_series(pd.array(cells, dtype=STR).__arrow_array__())) is increasing


def test_ids_in_order_are_not_hashed_and_ids_out_of_order_still_find_their_duplicates(make_dataset, monkeypatch):
    import viewer.model.checking.checker as checker_module
    hashed = []
    factorize = checker_module.factorize
    monkeypatch.setattr(checker_module, "factorize", lambda values: hashed.append(values.name) or factorize(values))
    ordered = [dict(row, claim_id=f"c{i:03d}") for i, row in enumerate(rows(6))]
    ds = load_dataset(make_dataset(claims=ordered), verify_quotes=False)
    assert "claim_id" not in hashed and not [p for p in ds.problems if "duplicate" in str(p)]
    shuffled = [dict(row, claim_id=f"c{(5 - i) % 4:03d}") for i, row in enumerate(rows(6))]   # c001 c000 c003 c002 c001 c000
    ds = load_dataset(make_dataset(claims=shuffled), verify_quotes=False)
    assert "claim_id" in hashed
    assert [str(p).split(": ", 1)[1] for p in ds.problems if "duplicate" in str(p)] == [
        'claim_id: duplicate claim_id "c001"; it was first used on line 2',
        'claim_id: duplicate claim_id "c000"; it was first used on line 3']
