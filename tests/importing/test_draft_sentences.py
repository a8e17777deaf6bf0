"""The drafts of news-style sentences (tests/importing/draft_sentences.py): the cited source as claimant, a Russian
claimant in the nominative, and the near-misses that must stay as they are."""

import re
import pytest

from viewer.model.drafts import draft_claims
from viewer.model.drafts.cited import cited_source

from .draft_sentences import CASES


def _draft(text, figure):
    drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if d.value_text == figure]
    assert drafts, f"no figure {figure!r}"
    return drafts[0]


def _norm(who):
    return re.sub(r"^(?:the|a|an)\s+", "", who.strip().lower().replace("’", "'"))


@pytest.mark.parametrize("fault, text, figure, who, metric, future", CASES, ids=[c[1][:40] for c in CASES])
def test_the_claimant_is_who_an_analyst_would_name(fault, text, figure, who, metric, future):
    assert _norm(_draft(text, figure).claimant) == _norm(who)


def test_a_cited_source_is_typed_by_what_it_is():
    d = _draft("Some 10,000 Russians crossed into Kazakhstan, Reuters reported, citing people familiar with the data.",
               "Some 10,000")
    assert (d.claimant, d.claimant_type) == ("people familiar with the data", "anonymous")
    d = _draft("По данным источника, за две недели Россию покинули около 700 тысяч человек.", "около 700 тысяч")
    assert (d.claimant, d.claimant_type) == ("источник", "anonymous")


def test_what_is_cited_is_someone_not_data_and_not_another_clauses():
    assert cited_source("Citing border statistics, the FT said 98,000 crossed", 30) is None
    s = "Citing figures from the interior ministry, the FT said 98,000 crossed"
    assert cited_source(s, s.index("98,000")) == ("the interior ministry", "citing")
    s = "Reuters, citing a source, said 10,000 crossed; the ministry said 5,000 had returned"
    assert cited_source(s, s.index("5,000")) is None
    assert cited_source(s, s.index("10,000")) == ("a source", "citing")
