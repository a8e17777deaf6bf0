"""The saved-page corpus of benchmarks/pages: our text is at least as close to the hand-made bodies as
trafilatura's alone, page by page, and close on the whole."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_articles import f1  # noqa: E402

import trafilatura  # noqa: E402

from viewer.model.articles import read_article_bytes  # noqa: E402
from viewer.model.articles.decode import decode  # noqa: E402

PAGES = sorted((ROOT / "benchmarks" / "pages").glob("*.html"))


def test_the_corpus_is_there():
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_each_page_is_read_at_least_as_well_as_by_trafilatura_alone(page):
    expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
    data = page.read_bytes()
    ours = f1(read_article_bytes(data, page.name).text, expected)
    alone = f1(trafilatura.extract(decode(data, html=True)) or "", expected)
    assert ours >= alone and ours >= 0.95


def test_f1_scores_shingles_of_four_words():
    assert f1("one two three four five", "one two three four five") == 1.0
    assert f1("one two three four", "five six seven eight") == 0.0
    assert 0 < f1("one two three four five six", "one two three four five seven") < 1
