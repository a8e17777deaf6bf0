"""The speaker named after a quotation a figure stands in is its claimant, not the article's byline."""

import pytest

from viewer.model.drafts import draft_claims


def _who(text):
    return draft_claims(text, origin="RUS", byline="Jane Doe")[0].claimant


@pytest.mark.parametrize("text, who", [
    ("“The figure of 700,000 is not true. Nothing like that has happened,” Kremlin spokesman Dmitry Peskov said on "
     "Tuesday.", "Kremlin spokesman Dmitry Peskov"),
    ("“The figure of 700,000 is not true,” Peskov said, adding that the ministry would publish its own numbers.",
     "Peskov"),
    ("«Цифра в 700 тысяч не соответствует действительности. Это преувеличение», — сказал Песков.", "Песков"),
    ("Цифра в 700 тысяч «не соответствует действительности», — заявил Песков журналистам.", "Песков"),
])
def test_the_speaker_after_the_quotation(text, who):
    assert _who(text) == who


def test_a_quotation_closed_by_its_sentence_names_no_speaker_after_it():
    assert _who("“We counted 53,000 Russians. More came later.” The ministry gave no more detail.") == "Jane Doe"
    assert _who("About 53,000 people entered Georgia. “It is a lot,” Smith said.") == "Jane Doe"


@pytest.mark.parametrize("text, who", [
    ("Пресс-секретарь Кремля Дмитрий Песков опроверг эти данные: «Я не знаю, сколько уехало. Цифры в 700 тысяч не "
     "соответствуют действительности».", "Пресс-секретарь Кремля Дмитрий Песков"),
    ("Kremlin spokesman Dmitry Peskov told reporters: “I do not know how many left. The figure of 700,000 is not "
     "true.”", "Kremlin spokesman Dmitry Peskov"),
])
def test_the_speaker_before_the_quotation_the_figure_stands_in(text, who):
    """The speaker named as the quotation opens ("Песков опроверг эти данные: «… Цифры в 700 тысяч …»") was not
    read: the byline was drafted as asserting the Kremlin's denial (second new-user trial)."""
    assert _who(text) == who


def test_a_colon_without_a_speaker_before_it_names_no_one():
    assert _who("The figures were clear: “About 53,000 people entered Georgia.”") == "Jane Doe"


def test_a_drafted_quote_has_no_quotation_mark_it_does_not_pair():
    """The draft of a figure sentences into a quotation ended in the mark that closes it ("…действительности»"),
    and a slide then showed „…действительности»“."""
    text = ("Пресс-секретарь Кремля Дмитрий Песков опроверг эти данные: «Я не знаю, сколько уехало. Цифры в 700 тысяч "
            "не соответствуют действительности».")
    assert draft_claims(text, origin="RUS")[0].quote == "Цифры в 700 тысяч не соответствуют действительности"
    paired = "Он сказал: «В Грузию въехали 53 тысячи человек»."
    assert draft_claims(paired, origin="RUS")[0].quote.endswith("53 тысячи человек»")
