"""A quote that does not occur names the closest passage of its article and the first difference."""

import unicodedata


from viewer.model.checking.text import NormalisedText, find_quote

ARTICLE = ("Kremlin denies 700,000 fled\n\n"
           "Other Kazakh officials said many of the fleeing Russians quickly moved on to Uzbekistan and Kyrgyzstan.\n"
           "Traffic at the Kazakhstan-Uzbekistan border rose sharply, officials in Tashkent said.\n"
           "The café by the crossing at Zhibek Zholy ran out of bread.\n")
MISSING = ("does not occur in the article text (compared after white space and curly quotes are normalised; "
           "matching is case-sensitive): copy the words exactly from the article")


def error(quote: str, article: str = ARTICLE) -> str:
    match = find_quote(NormalisedText(article), quote)
    assert match.column == "quote"
    return str(match.error)


def test_an_en_dash_for_a_hyphen_is_named_with_its_code_points():
    assert error("Traffic at the Kazakhstan–Uzbekistan border rose sharply") == (
        f'{MISSING}; the closest passage (line 4 of the article) differs at "Kazakhstan–Uzbekistan": '
        'the article has "-" (U+002D) where the quote has "–" (U+2013)')


def test_a_quote_in_nfd_where_the_article_is_in_nfc():
    quote = unicodedata.normalize("NFD", "The café by the crossing")
    assert quote != "The café by the crossing"
    assert error(quote) == (
        f'{MISSING}; the closest passage (line 5 of the article) differs at "{unicodedata.normalize("NFD", "café")}": '
        'the article has "\u00e9" (U+00E9) where the quote has "e\u0301" (U+0065 U+0301): the same letters, composed '
        "differently (Unicode NFC/NFD); copy them from the article")


def test_an_article_in_nfd_and_a_quote_in_nfc():
    article = unicodedata.normalize("NFD", ARTICLE)
    got = error("The café by the crossing", article)
    assert 'the article has "e\u0301" (U+0065 U+0301) where the quote has "\u00e9" (U+00E9): the same letters' in got


def test_a_word_the_quote_adds_and_one_it_leaves_out_and_another_word():
    assert error("many of the fleeing Russians very quickly moved on").endswith(
        'line 3 of the article) differs at "very": the quote has "very", which the article does not have there')
    assert error("many of the fleeing Russians moved on to Uzbekistan").endswith(
        'differs at "Russians moved": the article has "quickly", which the quote does not have there')
    assert error("Traffic at the Kazakhstan-Uzbekistan border rose sharply, officials in Astana said.").endswith(
        'differs at "Astana": the article has "Tashkent" where the quote has "Astana"')


def test_a_wrong_figure_and_a_wrong_case():
    assert error("many of the fleeing Russians quickly moved on to Uzbekistan and Kyrgyzstan!").endswith(
        'differs at "Kyrgyzstan!": the article has "." (U+002E) where the quote has "!" (U+0021)')
    assert error("other Kazakh officials said").endswith(
        'differs at "other": the article has "O" (U+004F) where the quote has "o" (U+006F)')
    assert error("Kremlin denies 800,000 fled").endswith(
        'line 1 of the article) differs at "800,000": the article has "7" (U+0037) where the quote has "8" (U+0038)')


def test_white_space_is_no_difference_and_lines_are_the_files():
    article = "First line.\r\n\r\nSecond   line with\ta hyphen-ated word.\n"
    assert error("Second line with a hyphen–ated word", article).startswith(
        f'{MISSING}; the closest passage (line 3 of the article) differs at "hyphen–ated"')


def test_a_quote_like_nothing_in_the_article_names_no_passage():
    assert error("Зарплаты учителей выросли на треть") == MISSING


def test_a_long_difference_is_shortened():
    quote = "Traffic at the Kazakhstan-Uzbekistan border " + "x" * 80
    got = error(quote)
    assert len(got) < len(MISSING) + 250, got


def test_only_the_quotes_not_found_are_searched_for_their_closest_passage(make_dataset, monkeypatch):
    """The closest-passage search costs a fuzzy scan of the article: a quote found never pays for it."""
    import viewer.model.checking.closest as closest
    from tests.conftest import CLAIMS
    from viewer.model import load_dataset
    searched = []
    real = closest.first_difference
    monkeypatch.setattr("viewer.model.checking.text.first_difference",
                        lambda text, quote, *a: searched.append(quote) or real(text, quote, *a))
    rows = [dict(CLAIMS[0], claim_id=f"c{i}", quote=CLAIMS[0]["quote"]) for i in range(200)]
    rows[17]["quote"] = CLAIMS[0]["quote"].replace("7", "8")
    ds = load_dataset(make_dataset(claims=rows))
    assert searched == [rows[17]["quote"]]
    assert len(ds.claims) == 199 and "the closest passage" in str(ds.problems[0])
