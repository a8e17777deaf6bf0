"""Article text from saved pages: Claims Atlas's reader against trafilatura alone, by word-shingle F1.

    uv run python benchmarks/pages/make_pages.py     # (re)writes the pages and their expected bodies
    uv run python benchmarks/bench_articles.py [FOLDER]

FOLDER (default benchmarks/pages) holds NAME.html and NAME.expected.txt. Each
text is cut into words (lower case, letters and digits) and the words into
shingles of 4; precision is the share of the extracted shingles found in the
expected body, recall the share of the expected ones extracted (as multisets),
F1 their harmonic mean. "trafilatura" is trafilatura.extract() with its
defaults; "no comments" the same with include_comments=False; "claims-atlas"
is viewer.model.articles.read_article (trafilatura plus our tidying and
fallback). Prints F1 per page and the mean.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura

from viewer.model.articles import read_article_bytes
from viewer.model.articles.decode import decode

N = 4


def shingles(text: str) -> Counter:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i:i + N]) for i in range(max(len(words) - N + 1, 0)))


def f1(got: str, expected: str) -> float:
    g, e = shingles(got), shingles(expected)
    common = sum((g & e).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(e.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "pages"
    rows = []
    for page in sorted(folder.glob("*.html")):
        expected = page.with_name(page.stem + ".expected.txt").read_text(encoding="utf-8")
        data = page.read_bytes()
        html = decode(data, html=True)
        alone = trafilatura.extract(html) or ""
        no_comments = trafilatura.extract(html, include_comments=False) or ""
        ours = read_article_bytes(data, page.name).text
        rows.append((page.stem, f1(alone, expected), f1(no_comments, expected), f1(ours, expected)))
    print(f"{'page':<18} {'trafilatura':>11} {'no comments':>11} {'claims-atlas':>12}")
    for name, *scores in rows:
        print(f"{name:<18} " + " ".join(f"{s:>11.3f}" for s in scores))
    means = [sum(r[i] for r in rows) / len(rows) for i in (1, 2, 3)]
    print(f"{'mean':<18} " + " ".join(f"{s:>11.3f}" for s in means))


if __name__ == "__main__":
    main()
