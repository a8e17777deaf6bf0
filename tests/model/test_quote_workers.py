"""Quotes checked in bulk and in worker processes give exactly what the one-by-one reference gives."""

import subprocess
import sys

import numpy as np
import pytest

import viewer.model.checking.quoteworkers as quoteworkers
from tests.conftest import ARTICLE, CLAIMS, REPO
from viewer.model import load_dataset
from viewer.model.reading.dataset import _QuotePlan
from viewer.model.checking.quotecheck import Normalised
from viewer.model.checking.text import NormalisedText, find_quote, normalise

CORPUS = REPO / "tests" / "corpus"


def many_claims(count=40):
    """Claims over two articles: found, prefixed, suffixed, curly, blank, missing, unreadable."""
    rows = []
    quotes = [("up to 700,000 Russians had fled", "", ""), ("200,000", "Officials said", ""),
              ("200,000", "", "Russians had entered Georgia"), ('"about 66,000"', "", ""),
              ("Officials said 200,000 Russians", "", ""), ("not in the text", "", ""), ("   ", "", ""),
              ("200,000", "no such prefix", ""), ("Kremlin", "", "no such suffix"),
              (" \u00a0Officials said\n", "", ""), ("200,000  ", "Officials said", "Russians")]
    for i in range(count):
        quote, prefix, suffix = quotes[i % len(quotes)]
        row = dict(CLAIMS[0], claim_id=f"c{i}", source_id=("s1", "s2", "s3")[i % 3], quote=quote)
        row.update(quote_prefix=prefix, quote_suffix=suffix)
        rows.append(row)
    return rows


def sources():
    return [{"source_id": s, "outlet": "Example Times", "title": "T", "published": "2022-10-06"} for s in ("s1", "s2", "s3")]


def load(folder, monkeypatch, workers):
    monkeypatch.setattr(_QuotePlan, "BATCH_CLAIMS", 7)
    monkeypatch.setattr(quoteworkers, "MIN_CLAIMS_FOR_WORKERS", 0 if workers else 10**9)
    monkeypatch.setattr(quoteworkers, "default_workers", lambda: workers)
    return load_dataset(folder)


def outcome(ds):
    return ([str(p) for p in ds.problems], list(ds.claims["claim_id"]),
            list(ds.claims["quote_start"]), list(ds.claims["quote_end"]))


def test_workers_give_what_checking_here_gives(make_dataset, monkeypatch):
    folder = make_dataset(sources=sources(), claims=many_claims(),
                          articles={"s1": ARTICLE, "s2": ARTICLE.replace(" ", "\u00a0 ", 5), "s3": b"\xffnot utf-8"})
    here = outcome(load(folder, monkeypatch, 0))
    assert outcome(load(folder, monkeypatch, 2)) == here
    problems, ids, starts, _ends = here
    # The first five kinds of quote are found, in s1 and s2; s3 cannot be read.
    assert ids == [f"c{i}" for i in range(40) if (i % 11 < 5 or i % 11 > 8) and i % 3 != 2] and all(s >= 0 for s in starts)
    assert any("articles/s3.txt:1: file: is not UTF-8" in p for p in problems)


def test_notes_on_repeated_quotes_are_the_reference_ones_with_or_without_workers(make_dataset, monkeypatch):
    """Every found quote that occurs more than once is noted, with the occurrence occurrence_picked says."""
    from viewer.model.checking.text import occurrence_picked
    folder = make_dataset(sources=sources(), claims=many_claims(),
                          articles={"s1": ARTICLE, "s2": ARTICLE.replace(" ", "\u00a0 ", 5), "s3": b"\xffnot utf-8"})
    monkeypatch.setattr(_QuotePlan, "BATCH_CLAIMS", 7)
    monkeypatch.setattr(quoteworkers, "MIN_CLAIMS_FOR_WORKERS", 0)
    noted = {}
    for workers in (0, 2):
        monkeypatch.setattr(quoteworkers, "default_workers", lambda: workers)
        noted[workers] = [str(n) for n in load_dataset(folder, notes=True).notes]
    assert noted[0] == noted[2] and noted[0]
    ds = load_dataset(folder)
    assert ds.notes == []   # only when asked for
    expected = []
    for row in ds.claims.itertuples():
        picked, count = occurrence_picked(NormalisedText(ds.article_text(row.source_id)), row.quote,
                                          row.quote_prefix, row.quote_suffix)
        if count > 1:
            expected.append((row.line, picked, count))
    got = [(int(n.split(":")[1]), n) for n in noted[0]]
    assert [line for line, _n in got] == [line for line, _p, _c in expected]
    for (_line, note), (_l, picked, count) in zip(got, expected):
        assert f"occurs {count} times" in note
        assert ("the first is taken" in note) if picked == 1 and "prefix or quote_suffix picks" not in note \
            else f"picks occurrence {picked}" in note


def test_bulk_spans_match_the_reference(make_dataset, monkeypatch):
    folder = make_dataset(sources=sources(), claims=many_claims(),
                          articles={"s1": ARTICLE, "s2": "\ufeff" + ARTICLE.replace("  ", " \u2029\t "), "s3": ARTICLE})
    ds = load(folder, monkeypatch, 0)
    for row in ds.claims.itertuples():
        match = find_quote(NormalisedText(ds.article_text(row.source_id)), row.quote, row.quote_prefix, row.quote_suffix)
        assert (match.start, match.end) == (row.quote_start, row.quote_end), row.claim_id


@pytest.mark.parametrize("case", ["article-not-utf8", "article-nul-byte", "article-utf16",
                                  "article-of-unused-source-not-utf8"])
def test_corpus_cases_read_the_same_with_workers(case, monkeypatch):
    folder = CORPUS / "broken" / case
    assert outcome(load(folder, monkeypatch, 2)) == outcome(load(folder, monkeypatch, 0))


def test_articles_no_claim_uses_are_read_in_batches_of_their_own(make_dataset, monkeypatch):
    unused = [{"source_id": f"u{i}", "outlet": "O", "title": "T", "published": "2022-10-06"} for i in range(5)]
    articles = {"s1": ARTICLE, "s2": ARTICLE, "s3": ARTICLE, **{f"u{i}": "fine" for i in range(5)}}
    articles["u3"] = b"caf\xe9"
    folder = make_dataset(sources=sources() + unused, claims=many_claims(), articles=articles)
    monkeypatch.setattr(_QuotePlan, "BATCH_GROUPS", 2)
    ds = load_dataset(folder, verify_quotes=False)
    plan = _QuotePlan(ds, ds.claims)
    assert plan.n_groups == 8 and list(plan.group_start[-4:]) == [3, 5, 7, 8]
    for workers in (0, 2):
        problems = outcome(load(folder, monkeypatch, workers))[0]
        assert [p for p in problems if p.startswith("articles/u")] == [
            "articles/u3.txt:1: file: is not UTF-8 (byte 0xe9 at byte offset 3); save the file with UTF-8 encoding"]


def test_a_worker_that_dies_leaves_its_batches_to_the_caller(make_dataset, monkeypatch):
    folder = make_dataset(sources=sources(), claims=many_claims(), articles={"s1": ARTICLE, "s2": ARTICLE, "s3": ARTICLE})
    here = outcome(load(folder, monkeypatch, 0))
    monkeypatch.setattr(quoteworkers, "_WORKER_CODE", "import sys; sys.exit(3)")
    assert outcome(load(folder, monkeypatch, 2)) == here


def test_cancelling_stops_the_workers(make_dataset, monkeypatch):
    folder = make_dataset(sources=sources(), claims=many_claims(), articles={"s1": ARTICLE, "s2": ARTICLE, "s3": ARTICLE})
    ds = load_dataset(folder, verify_quotes=False)
    pools = []
    start = quoteworkers._Pool.start
    monkeypatch.setattr(quoteworkers._Pool, "start", classmethod(lambda cls, n: pools.append(start(n)) or pools[-1]))
    monkeypatch.setattr(_QuotePlan, "BATCH_CLAIMS", 3)
    seen = []
    for item in quoteworkers.check_batches(_QuotePlan(ds, ds.claims).batches, 40, cancelled=lambda: len(seen) >= 2,
                                           workers=2):
        seen.append(item)
    assert seen[-1] is None and len(seen) == 3
    assert pools and all(p.poll() is not None for p in pools[0].processes)
    before = outcome(ds)
    assert ds.verify_quotes(cancelled=lambda: True) is False and outcome(ds) == before   # nothing changed


def test_a_worker_imports_neither_qt_nor_pandas():
    code = ("import sys; from viewer.model.checking.quoteworkers import _WithoutPandas; sys.meta_path.insert(0, _WithoutPandas()); "
            "import pyarrow as pa, numpy as np; from viewer.model.checking.quotecheck import Batch, check_batch; "
            "r = check_batch(Batch('.', ['none.txt'], np.array([1]), *[pa.array(['x'], pa.large_string())] * 3)); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('pandas', 'PySide6', 'shiboken6', 'pyqtgraph')]; "
            "print(len(r.unreadable), bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 []"


def test_bulk_normalisation_is_the_format_normalisation():
    texts = ["", " ", "a  b", "\u201cquoted\u201d\u00a0\u00a0text\n", "\t\tx\u3000\u2028y ", "\u2018\u201b\u201e\u201f",
             "guillemets \u00abstay\u00bb", "\x1c\x1d not spaces", "\U0001f600  emoji"]
    bulk = Normalised(texts)
    assert bulk.pieces() == [normalise(t) for t in texts]
    assert list(bulk.blank()) == [not normalise(t).strip(" ") for t in texts]
    trimmed, lengths = bulk.trimmed()
    assert trimmed == [normalise(t).strip(" ") for t in texts] and list(lengths) == [len(t) for t in trimmed]
    for k, text in enumerate(texts):
        reference = NormalisedText(text)
        for pos in range(len(reference.text)):
            assert bulk.original(np.array([bulk.norm_start[k] + pos]))[0] - bulk.orig_start[k] == reference.to_original(pos)


def test_a_batch_takes_its_claims_cells_from_a_column_in_chunks_in_their_order():
    import pyarrow as pa
    from viewer.model.reading.quoteplan import _take
    column = pa.chunked_array([pa.array(["a", "b"], type=pa.large_string()), pa.array([], type=pa.large_string()),
                               pa.array(["c"], type=pa.large_string()), pa.array(["d", "e", "f"], type=pa.large_string())])
    starts = np.cumsum([0] + [len(chunk) for chunk in column.chunks])
    for rows in ([], [0], [2], [4, 3], [5, 0, 2, 1, 4], [1, 3, 0, 5, 2, 4], [3, 3, 1]):
        taken = _take(column, starts, np.array(rows, dtype=np.int64))
        assert isinstance(taken, pa.Array) and taken.to_pylist() == [column[i].as_py() for i in rows]


def test_a_plan_reads_the_articles_of_the_sources_used_in_order_of_first_use_then_the_others():
    from types import SimpleNamespace
    import pandas as pd
    from viewer.model.reading.strcol import STR
    sources = pd.DataFrame({"source_id": ["s1", "s2", "s3", "s4"], "text_path": ["a/1", "a/2", "a/3", "a/4"]})
    claims = pd.DataFrame({name: pd.Series(values, dtype=STR) for name, values in (
        ("source_id", ["s3", "s1", "s3"]), ("quote", ["x", "y", "z"]), ("quote_prefix", [""] * 3),
        ("quote_suffix", [""] * 3))})
    claims["line"] = [2, 3, 4]
    plan = _QuotePlan(SimpleNamespace(folder="f", sources=sources), claims)
    assert plan.rels == ["a/3", "a/1", "a/2", "a/4"] and list(plan.counts) == [2, 1, 0, 0]
    assert list(plan.order) == [0, 2, 1]
