"""The timeline's marks counted per (row, day) cell: the same whether every cell is tabled or only those holding
claims, and sources dated centuries apart cost memory for their claims, not for the days between."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from viewer.model.index.claims_index import ClaimsIndex  # noqa: E402
from viewer.model.timeline import layout  # noqa: E402
from viewer.model.timeline.layout import TimelineMarks  # noqa: E402

FIELDS = ("cell_row", "cell_day", "cell_count", "cell_start", "cell_kinds", "cell_denials", "sorted_rows")


def _index(n: int, seed: int, spread: list[str] | None = None) -> ClaimsIndex:
    from time_frames import frames
    claims, sources = frames(n, seed=seed)
    if spread is not None:
        rng = np.random.default_rng(seed)
        sources = sources.copy()
        sources["published"] = rng.choice(spread, size=len(sources))
    return ClaimsIndex(claims, sources)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_only_the_cells_holding_claims_give_the_same_marks(monkeypatch, seed):
    view = _index(3000, seed)
    mask = np.random.default_rng(seed).random(len(view.claims)) < 0.7
    dense = TimelineMarks(view, mask, event_day=19_000)
    monkeypatch.setattr(layout, "DENSE_CELLS", 0)
    sparse = TimelineMarks(view, mask, event_day=19_000)
    for name in FIELDS:
        assert np.array_equal(getattr(dense, name), getattr(sparse, name)), name
    for days_per_bin in (1.0, 2.5, 40.0):
        a, b = dense.bins(days_per_bin), sparse.bins(days_per_bin)
        for name in ("row", "day", "count", "kind", "denials"):
            assert np.array_equal(getattr(a, name), getattr(b, name)), name


def test_sources_dated_centuries_apart_count_in_little_memory():
    view = _index(2000, 3, spread=["0001-01-01", "1850-06-01", "2022-10-06", "9999-12-31"])
    tracemalloc.start()
    marks = TimelineMarks(view)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert marks.last_day - marks.first_day > 3_000_000   # days from year 1 to 9999
    assert peak < 20_000_000 and int(marks.cell_count.sum()) == marks.n_claims == 2000
    assert len(marks.bins(10_000.0)) <= marks.n_rows * 4
