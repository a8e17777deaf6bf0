"""A claim from selected words: the shortest prefix or suffix that picks the occurrence; a dry check."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tests.conftest import ARTICLE
from viewer.model.drafts.claim_draft import dry_check, quote_from_selection
from viewer.model.document import Document
from viewer.model.checking.text import NormalisedText, find_quote

TEXT = "The army said 100 left. Later the army said 100 left again. Then the army said 100 left."


def _picked(text, fields):
    return find_quote(NormalisedText(text), fields["quote"], fields["quote_prefix"], fields["quote_suffix"]).start


def test_a_quote_that_occurs_once_gets_no_prefix_or_suffix():
    start = ARTICLE.find("Kazakhstan")
    assert quote_from_selection(ARTICLE, start - 1, start + 11) == {   # the spaces around are left out
        "quote": "Kazakhstan.", "quote_prefix": "", "quote_suffix": ""}


def test_the_shortest_context_that_picks_each_occurrence():
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("100 left", i)]
    got = [quote_from_selection(TEXT, s, s + 8) for s in starts]
    assert [(g["quote_prefix"], g["quote_suffix"]) for g in got] == [
        ("", ""),                     # the first: the format takes it with neither
        ("", "again."),               # one word after picks the second
        ("Then the army said", "")]   # "said", "army said", "the army said" all fit an earlier one
    assert [_picked(TEXT, g) for g in got] == starts


def test_context_across_normalised_white_space_and_curly_quotes():
    text = "He said “200\u00a0left”.\n\nShe said \"200 left\"  too."
    start = text.rfind('"200')
    got = quote_from_selection(text, start, start + len('"200 left"'))
    assert got["quote"] == '"200 left"' and got["quote_suffix"] == "too."
    assert _picked(text, got) == start


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "a b", "c", "."]), min_size=2, max_size=14), st.data())
def test_any_selected_occurrence_is_the_one_found(words, data):
    text = " ".join(words)
    quote = data.draw(st.sampled_from(["a", "b", "a b"]))
    starts = [i for i in range(len(text)) if text.startswith(quote, i)
              and (i == 0 or text[i - 1] == " ") and (i + len(quote) == len(text) or text[i + len(quote)] == " ")]
    for start in starts:
        got = quote_from_selection(text, start, start + len(quote))
        if got["quote_prefix"] or got["quote_suffix"] or start == text.find(quote):
            assert _picked(text, got) == start


def test_dry_check_words_problems_as_the_checker_does(make_dataset):
    doc = Document.open(make_dataset())
    good = {"claim_id": "c9", "source_id": "s1", "quote": "200,000 Russians had entered Kazakhstan",
            "claimant": "Officials", "stance": "asserts", "metric": "entered", "destination": "KAZ"}
    assert dry_check(doc, good) == []
    bad = dict(good, claim_id="c1", stance="claims", destination="Kazakhstan", quote="200,000 people")
    found = {p.column: str(p.text) for p in dry_check(doc, bad)}
    assert set(found) == {"claim_id", "stance", "destination", "quote"}
    assert "first used on line" in found["claim_id"] and "does not occur in the article" in found["quote"]
    assert not [p for p in dry_check(doc, dict(good, claim_id="c1"), editing="c1") if p.column == "claim_id"]
    assert doc.claim_ids() == ["c1", "c2", "c3", "c4"] and not doc.dirty


def test_a_view_of_a_documents_claims_reads_every_record(make_dataset):
    """The Document's claims carry their record keys (integers): a ClaimsIndex made of them reads its rows
    (a view made after opening a Document, or after a source was edited, once failed on that column)."""
    from viewer.model.index.claims_index import ClaimsIndex
    doc = Document.open(make_dataset())
    view = ClaimsIndex(doc.dataset.claims, doc.dataset.sources)
    assert view.record(view.row_of("c3"))["claimant"] == "Officials"
