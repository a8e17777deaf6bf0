"""The claims view on Arrow columns gives what a plain Python reading of the claims gives."""

import random

import numpy as np
import pandas as pd
import pytest

from viewer.model import load_dataset
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.mapping.countries import destination_name
from viewer.model.reading.strcol import STR
from tests.conftest import DATA

NAMES = ["Dmitry Peskov", "dmitry peskov", "ß-Verlag", "SS-Verlag", "ss-verlag", "Émile", "emile", "Zed", "zed",
         "ǅemal", "İstanbul office", "\u00ad", "", "the Kremlin", "Kazakh ministry"]
WORDS = ["georgia", "Kazakhstan", "border", "crossed", "700,000", "Ministry", "“quoted”", "ß", "İ", "tens",
         "of", "thousands", "a", "the", "x"]


def frame(n=3000, seed=1):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append({
            "claim_id": f"c{i:05d}", "source_id": f"s{rng.randrange(40)}", "claimant": rng.choice(NAMES),
            "quote": " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12))),
            "value_text": rng.choice(["", "up to 700,000", "tens of thousands"]),
            "note": rng.choice(["", "", "Border guards' figure", "ÀÉÎ"]),
            "stance": rng.choice(["asserts", "asserts", "denies"]), "metric": rng.choice(["left", "entered"]),
            "destination": rng.choice(["", "GEO", "KAZ", "EST;FIN"]), "claimant_type": "media",
            "origin": "RUS", "unit": "people", "quote_prefix": "", "quote_suffix": "",
            "period_start": "", "period_end": "", "line": i + 2,
        })
    claims = pd.DataFrame(rows).astype({"line": np.int64})
    claims = claims.astype({c: STR for c in claims.columns if c != "line"})
    claims["value_low"] = pd.array([rng.choice([None, 10, 5000]) for _ in range(n)], dtype="Int64")
    claims["value_high"] = pd.array([rng.choice([None, 700000, 5000]) for _ in range(n)], dtype="Int64")
    claims["quote_start"] = pd.array([None] * n, dtype="Int64")
    claims["quote_end"] = pd.array([None] * n, dtype="Int64")
    sources = pd.DataFrame({"source_id": [f"s{k}" for k in range(40)],
                            "outlet": [rng.choice(["Reuters", "Hindustan Times", "Le Monde", "ÖRF"]) for _ in range(40)],
                            "published": [f"2022-10-{1 + k % 28:02d}" for k in range(40)]}, dtype=object)
    return claims, sources


def reference_text_mask(claims, sources, needle):
    """Every searched field of a claim joined in one string, lowered as the view lowers (Arrow), searched."""
    outlet = dict(zip(sources["source_id"], sources["outlet"]))
    texts = ["\x1f".join([row.claimant, row.quote, row.value_text, row.note, row.claim_id,
                          destination_name(row.destination), outlet[row.source_id]]) for row in claims.itertuples()]
    lowered = pd.Series(texts, dtype=STR).str.lower().tolist()
    return np.array([needle.lower() in text for text in lowered])


@pytest.mark.parametrize("block, chunk", [(64, 1 << 17), (4, 700)])
def test_search_finds_what_a_plain_scan_finds(monkeypatch, block, chunk):
    import viewer.model.index.search as search
    monkeypatch.setattr(search, "BLOCK", block)
    monkeypatch.setattr(search, "CHUNK", chunk)
    claims, sources = frame()
    view = ClaimsIndex(claims, sources)
    for needle in ["georgia", "KAZAKH", "ß", "i̇", "zzz", "the", "a", "c0001", "reuters", "abroad", "estonia and",
                   "700,000 ", "“quoted", "ministry", "émile", "örf", "border guards"]:
        view._last_text = None
        assert (view.text_mask(needle) == reference_text_mask(claims, sources, needle)).all(), needle


def test_typing_narrows_to_the_previous_matches_and_finds_the_same(monkeypatch):
    import viewer.model.index.search as search
    monkeypatch.setattr(search, "CHUNK", 300)
    claims, sources = frame(n=800)
    view = ClaimsIndex(claims, sources)
    for typed in ["k", "ka", "kaz", "kaza", "kazak", "kazakh", "kazakhs"]:
        assert (view.text_mask(typed) == reference_text_mask(claims, sources, typed)).all(), typed


def test_sorting_by_text_is_python_sorting_by_casefold():
    """Distinct values in case-insensitive order (equal ones in the order first seen), rows stable within."""
    claims, sources = frame(n=500)
    view = ClaimsIndex(claims, sources)
    for column in ("claimant", "quote", "destination", "claim_id"):
        shown = [view.text(column, r) if column == "destination" else claims[column].iat[r] for r in range(len(claims))]
        first_seen = {}
        for value in shown:
            first_seen.setdefault(value, len(first_seen))
        expected = sorted(range(len(claims)), key=lambda r: (shown[r].casefold(), first_seen[shown[r]]))
        assert view.sorted_rows(column, True).tolist() == expected, column
    # By date, then by source (sources in the order first seen), then by row.
    ids = claims["source_id"].tolist()
    published = dict(zip(sources["source_id"], sources["published"]))
    seen = {}
    for source in ids:
        seen.setdefault(source, len(seen))
    expected = sorted(range(len(claims)), key=lambda r: (published[ids[r]], seen[ids[r]]))
    assert view.sorted_rows("published", True).tolist() == expected


def test_cells_and_records_are_python_values():
    ds = load_dataset(DATA)
    view = ClaimsIndex(ds.claims, ds.sources)
    for row in range(len(ds.claims)):
        record = view.record(row)
        for name, value in ds.claims.iloc[row].items():
            if name in record and name not in ("value_low", "value_high"):
                assert record[name] == value and type(record[name]) is str, name
        assert view.claim_id_at(view.visible_row_of(record["claim_id"])) == record["claim_id"]


def test_the_view_with_quotes_found_keeps_its_own_words():
    from viewer.model.flows.wording import Wording
    claims = pd.DataFrame({
        "claim_id": ["a", "b"], "claimant": ["X", "Y"], "stance": ["asserts", "denies"], "metric": ["m", "m"],
        "destination": ["FIN", "GEO"], "claimant_type": ["t", "t"], "source_id": ["s", "s"], "origin": ["RUS", "RUS"],
        "unit": ["people", "people"], "quote": ["q", "r"], "value_text": ["", ""], "note": ["", ""],
        "value_low": [1.0, 2.0], "value_high": [1.0, 2.0], "quote_start": [-1, -1], "quote_end": [-1, -1]})
    sources = pd.DataFrame({"source_id": ["s"], "outlet": ["O"], "published": ["2022-09-30"]})
    early = ClaimsIndex(claims, sources)
    found = early.with_claims(claims.assign(quote_start=[0, 0], quote_end=[1, 1]), sources)
    found.relabel(Wording(language="ru", stances={"asserts": "утверждает"}))
    assert found.text("stance", 0) == "утверждает" and early.text("stance", 0) == "asserts"
    assert early.text("destination", 0) == "Finland" and found.text("destination", 0) != "Finland"
    assert found.text_mask(found.text("destination", 1).lower()).tolist() == [False, True]
    assert early.text_mask("georgia").tolist() == [False, True]


def test_first_claim_is_none_when_the_filters_leave_none():
    from viewer.model.state import Filters
    dataset = load_dataset(DATA)
    view = ClaimsIndex(dataset.claims, dataset.sources)
    view.update(Filters(), "published", True)
    assert view.first_claim_id() == view.claim_id_at(0)
    view.update(Filters(text="nothingmatches"), "published", True)
    assert len(view) == 0 and view.first_claim_id() is None


def test_largest_rows_are_the_last_of_a_stable_sort():
    """The chart's 60 bars: the same rows, in the same order, as a full stable sort would give."""
    from viewer.model.index.claims_index import largest_rows
    rng = np.random.default_rng(7)
    for n, k, distinct in [(0, 60, 5), (10, 60, 5), (1000, 60, 3), (1000, 60, 500), (5000, 7, 2), (200, 60, 1)]:
        keys = rng.integers(-1, distinct, n).astype(float)   # -1: no figure; few distinct values: many ties
        rows = np.sort(rng.choice(n, size=n // 2, replace=False)) if n else np.arange(0)
        expected = rows[np.argsort(keys[rows], kind="stable")][-k:]
        assert np.array_equal(largest_rows(keys, rows, k), expected), (n, k, distinct)


def test_cells_of_a_chunked_column_are_taken_chunk_by_chunk_in_the_order_asked():
    import pyarrow as pa
    from viewer.model.index import columns
    from viewer.model.reading.strcol import str_series
    values = [f"v{i}" if i % 7 else None for i in range(5000)]
    chunked = pa.chunked_array([pa.array(values[:1234], pa.large_string()), pa.array(values[1234:], pa.large_string())])
    cells = columns.Cells(str_series(chunked))
    rng = np.random.default_rng(1)
    for rows in (np.array([4999, 0, 1233, 1234, 7, 7]), np.arange(0, 5000, 2), rng.integers(0, 5000, 3000),
                 np.array([], dtype=np.int64), np.array([1233])):
        assert cells.take(rows) == [values[r] for r in rows]


def test_a_mended_sort_order_is_the_stable_argsort_of_the_new_keys():
    """claims_update._mend against np.argsort(kind="stable"), both directions, on keys with many ties, one
    row changed or several (some to the same place), rows added at the end."""
    from viewer.model.index.claims_update import _mend
    rng = np.random.default_rng(5)
    for _case in range(300):
        n = int(rng.integers(1, 60))
        key = rng.integers(0, 6, n).astype(np.float64)
        ascending = bool(rng.integers(0, 2))
        perm = np.argsort(key if ascending else -key, kind="stable")
        grown = int(rng.integers(0, 3))
        key = np.concatenate((key, rng.integers(0, 6, grown).astype(np.float64)))
        changed = rng.choice(n, size=int(rng.integers(0, min(n, 5) + 1)), replace=False)
        key[changed] = rng.integers(0, 6, len(changed))
        rows = np.concatenate((changed, np.arange(n, n + grown)))
        expected = np.argsort(key if ascending else -key, kind="stable")
        assert _mend(perm, key, rows, ascending).tolist() == expected.tolist()
