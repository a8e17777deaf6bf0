"""The format's "Finding a quote" rules."""

import pytest

from viewer.model.checking.text import NormalisedText, find_quote, normalise


def test_white_space_runs_become_one_space_including_no_break_space():
    assert normalise("a \t\n\u00a0 b\u2003c") == "a b c"


def test_curly_quotes_become_straight_and_guillemets_stay():
    assert normalise("‘a’ ‚b‛ “c” „d‟ «e»") == "'a' 'b' \"c\" \"d\" «e»"


def test_information_separators_are_not_white_space():
    # Python's str.isspace() says they are; Unicode's White_Space does not.
    assert normalise("a\x1cb") == "a\x1cb"


def test_span_maps_back_to_original_characters():
    original = "One  two\n\nthree “four”   five"
    article = NormalisedText(original)
    match = find_quote(article, 'two three "four" five')
    assert original[match.start:match.end] == "two\n\nthree “four”   five"


def test_matching_is_case_sensitive():
    article = NormalisedText("The Kremlin denied it.")
    assert find_quote(article, "the kremlin").error
    assert not find_quote(article, "The Kremlin").error


def test_first_occurrence_without_prefix_or_suffix():
    article = NormalisedText("up to 700 fled; later up to 700 stayed")
    assert find_quote(article, "up to 700").start == 0


def test_prefix_picks_the_occurrence_it_precedes():
    text = "up to 700 fled; later up to 700 stayed"
    match = find_quote(NormalisedText(text), "up to 700", prefix="later")
    assert match.start == text.rindex("up to 700")


def test_suffix_picks_the_occurrence_it_follows():
    text = "up to 700 fled; later up to 700 stayed"
    match = find_quote(NormalisedText(text), "up to 700", suffix="stayed")
    assert match.start == text.rindex("up to 700")


def test_white_space_at_the_junctions_is_ignored():
    text = "said:\n   up to 700 fled; he said: up to 700   \n stayed"
    article = NormalisedText(text)
    assert find_quote(article, "up to 700", prefix="he said:  ").start == text.rindex("up to 700")
    assert find_quote(article, "up to 700", suffix="  stayed").start == text.rindex("up to 700")


def test_prefix_and_suffix_must_fit_the_same_occurrence():
    article = NormalisedText("A x B. C x D.")
    assert find_quote(article, "x", prefix="C", suffix="D").start == 9
    match = find_quote(article, "x", prefix="A", suffix="D")
    assert match.error and match.column == "quote_prefix"


@pytest.mark.parametrize("kwargs, column", [({"prefix": "nowhere"}, "quote_prefix"),
                                            ({"suffix": "nowhere"}, "quote_suffix")])
def test_prefix_or_suffix_that_matches_nothing_is_an_error(kwargs, column):
    match = find_quote(NormalisedText("up to 700 fled"), "up to 700", **kwargs)
    assert match.column == column and "matches no occurrence" in match.error


def test_quote_not_found_is_an_error():
    match = find_quote(NormalisedText("up to 700 fled"), "800")
    assert match.column == "quote" and "does not occur" in match.error


def test_curly_quote_in_text_matches_straight_quote_in_claim():
    text = "Peskov said “I don’t think so”."
    match = find_quote(NormalisedText(text), "\"I don't think so\"")
    assert text[match.start:match.end] == "“I don’t think so”"


def test_which_occurrence_is_picked_and_of_how_many():
    from viewer.model.checking.text import NormalisedText, occurrence_picked
    article = NormalisedText("Officials said 200,000 left.  Officials said 200,000\u00a0left for Georgia. 200,000 left")
    assert occurrence_picked(article, "200,000 left") == (1, 3)
    assert occurrence_picked(article, "200,000 left", suffix="for Georgia") == (2, 3)
    assert occurrence_picked(article, "200,000 left", prefix="Georgia.") == (3, 3)
    assert occurrence_picked(article, "200,000 left", prefix="nobody said") == (0, 3)
    assert occurrence_picked(article, "Officials said") == (1, 2)
    assert occurrence_picked(article, "not there") == (0, 0)


def test_white_space_around_a_quote_is_not_part_of_it():
    """Format 1.1: a quote cell pasted with stray white space still matches, and its span holds only its words."""
    article = NormalisedText("Officials said about 66,000\u00a0Russians crossed into Estonia.")
    match = find_quote(article, "  66,000 Russians \u2026".replace(" \u2026", "") + " \n", "", "")
    assert article.original[match.start:match.end] == "66,000\u00a0Russians"
    at_start = find_quote(article, " Officials said")
    assert (at_start.start, at_start.end) == (0, len("Officials said"))
