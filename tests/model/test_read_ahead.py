"""A large table read ahead (claims-atlas check, while pandas is imported) is read once and reads the same."""

import numpy as np
import pytest

import viewer.model.reading.ahead as ahead
import viewer.model.reading.csvtable as csvtable
import viewer.model.reading.files as files
from tests.conftest import CLAIMS
from viewer.model import load_dataset
from viewer.model.checking.problems import msg


@pytest.fixture
def reads(monkeypatch):
    """Every file read_bytes reads (by its name), with any size counting as large."""
    monkeypatch.setattr(ahead, "AHEAD_BYTES", 0)
    monkeypatch.setattr(csvtable, "FAST_MIN_CHARS", 0)
    seen = []
    read_bytes = files.read_bytes

    def reading(folder, rel, *args):
        seen.append(rel)
        return read_bytes(folder, rel, *args)

    monkeypatch.setattr(ahead, "read_bytes", reading)
    monkeypatch.setattr(csvtable, "read_bytes", reading)
    yield seen
    ahead.discard()


def test_a_table_read_ahead_is_not_read_again_and_loads_the_same(make_dataset, reads):
    folder = make_dataset()
    expected = load_dataset(folder, verify_quotes=False)
    reads.clear()
    ahead.read_ahead(folder, "claims.csv", msg("claims table"))
    ds = load_dataset(folder, verify_quotes=False)
    assert reads.count("claims.csv") == 1 and reads.count("sources.csv") == 1
    assert ds.problems == expected.problems and len(ds.claims) == len(CLAIMS)
    assert ds.claims.drop(columns=["quote_start", "quote_end"]).equals(
        expected.claims.drop(columns=["quote_start", "quote_end"]))
    assert np.array_equal(ds.claims["line"], expected.claims["line"])


def test_a_reading_ahead_of_another_file_is_dropped(make_dataset, reads):
    folder = make_dataset()
    ahead.read_ahead(folder, "sources.csv", msg("sources table"))
    assert ahead.taken(folder, "claims.csv") is None
    assert ahead.taken(folder, "sources.csv") is None   # dropped with it


def test_a_file_that_cannot_be_read_is_not_read_ahead_and_its_problem_said_as_ever(make_dataset, reads):
    folder = make_dataset()
    (folder / "claims.csv").unlink()
    ahead.read_ahead(folder, "claims.csv", msg("claims table"))
    assert ahead.taken(folder, "claims.csv") is None
    ds = load_dataset(folder, verify_quotes=False)
    assert [str(p) for p in ds.problems] == ["claims.csv:1: file: claims table file not found; add it or fix the "
                                             "path that names it"]


def test_a_table_the_fast_path_refuses_is_read_by_the_csv_module_from_the_bytes_read_ahead(make_dataset, reads):
    rows = [dict(row) for row in CLAIMS]
    rows[1]["note"] = 'a stray "quote'
    folder = make_dataset(claims=rows)
    text = (folder / "claims.csv").read_text(encoding="utf-8").replace('"a stray ""quote"', 'a stray "quote')
    (folder / "claims.csv").write_text(text, encoding="utf-8")
    expected = load_dataset(folder, verify_quotes=False)
    reads.clear()
    ahead.read_ahead(folder, "claims.csv", msg("claims table"))
    ds = load_dataset(folder, verify_quotes=False)
    assert reads.count("claims.csv") == 1 and ds.problems == expected.problems
    assert ds.claims["note"].tolist() == expected.claims["note"].tolist()


def test_the_reading_ahead_imports_no_pandas():
    import subprocess
    import sys
    from tests.conftest import REPO
    code = ("import sys; import viewer.model.reading.ahead as a; from viewer.model.reading import fastcsv; "
            "print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.stdout.strip() == "False", result.stderr
