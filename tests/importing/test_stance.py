"""A draft's stance: a denial in many words, only of its own clause's figure, and a denial denied is none."""

import pytest

from viewer.model.drafts import draft_claims
from viewer.model.drafts.stance import denies


def _stance(text, figure):
    drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if d.value_text == figure]
    assert drafts, f"no figure {figure!r}"
    return drafts[0].stance


@pytest.mark.parametrize("text, figure", [
    ("“The figure of 700,000 is not true,” Peskov said.", "700,000"),
    ("Цифра в 700 тысяч «не соответствует действительности», заявил Песков.", "700 тысяч"),
    ("Reports that 300,000 people had fled to Kazakhstan were false, the interior ministry said.", "300,000"),
    ("“There is no basis for the figure of 700,000,” the Kremlin spokesman told reporters.", "700,000"),
    ("Данные о том, что страну покинули 700 тысяч человек, преувеличены, заявил Песков.", "700 тысяч"),
    ("Пограничная служба не подтверждает информацию о том, что в Казахстан въехали 300 тысяч россиян.", "300 тысяч"),
    ("«Это фейк», — сказал Песков о сообщениях, что из России уехали 700 тысяч человек.", "700 тысяч"),
])
def test_a_figure_called_false_is_denied(text, figure):
    assert _stance(text, figure) == "denies"


def test_a_denial_governs_its_own_clause_only():
    text = "Kremlin denies 700,000 fled; Georgia counts nearly 100,000 arrivals"
    assert (_stance(text, "700,000"), _stance(text, "nearly 100,000")) == ("denies", "asserts")
    assert _stance("The Kremlin denied that 700,000 people had left, but Kazakhstan's interior ministry said 200,000 "
                   "Russians had entered the country.", "200,000") == "asserts"
    assert _stance("The Kremlin said claims of a mass exodus were exaggerated, adding that no more than 100,000 had "
                   "left.", "no more than 100,000") == "asserts"
    assert _stance("Georgia denied that it had closed the border, saying 10,000 Russians a day were still arriving.",
                   "10,000") == "asserts"


@pytest.mark.parametrize("text, figure", [
    ("Peskov did not deny that about 700,000 Russians had left.", "about 700,000"),
    ("Песков не стал опровергать данные о том, что страну покинули 700 тысяч человек.", "700 тысяч"),
    ("The border service could not confirm that 50,000 Russians had entered Georgia.", "50,000"),
    ("No fewer than 50,000 Russians have entered Georgia, the interior ministry said.", "No fewer than 50,000"),
    ("Not all of the 200,000 Russians who fled in September have returned, the ministry said.", "200,000"),
])
def test_a_denial_denied_and_other_negations_assert(text, figure):
    assert _stance(text, figure) == "asserts"


def test_denies_reads_the_figures_span():
    sentence = "The Kremlin dismissed reports that 261,000 men had left Russia."
    at = sentence.index("261,000")
    assert denies(sentence, at, at + 7)
    assert not denies("It is not exaggerated: 261,000 men left.", 23, 30)


def test_called_a_lie_is_denied_and_neither_confirm_nor_deny_is_not():
    assert _stance("Песков назвал ложью сообщения о том, что Россию покинули 700 тысяч человек.",
                   "700 тысяч") == "denies"
    assert _stance("Officials could neither confirm nor deny that 40,000 Russians had entered Mongolia.",
                   "40,000") == "asserts"


def test_who_calls_a_figure_a_lie_is_its_claimant():
    d = draft_claims("Песков назвал ложью сообщения о том, что Россию покинули 700 тысяч человек.", origin="RUS",
                     byline="Wire")[0]
    assert (d.claimant, d.stance) == ("Песков", "denies")


def test_a_figure_called_wrong_is_denied():
    assert _stance("The “700,000” figure is wrong, the report said.", "700,000") == "denies"
    assert _stance("Данные о том, что страну покинули 700 тысяч человек, неверны, заявили в Кремле.",
                   "700 тысяч") == "denies"
    assert _stance("Police said 1,000 Russians with false passports had entered Georgia.", "1,000") == "asserts"
    assert _stance("Things went wrong as 10,000 people crossed into Georgia in a day.", "10,000") == "asserts"
    assert _stance("С ложными паспортами в Грузию въехали 300 россиян.", "300") == "asserts"


@pytest.mark.parametrize("text", [
    "Border guards said 3,000 Russians were denied entry at Vaalimaa.",
    "Finland rejected 500 asylum applications from Russians.",
    "Some 1,500 Russians have been refused or denied visas since September.",
    "Georgia denied entry to about 300 Russians, the ministry said.",
    "Applications from 2,000 Russians were rejected.",
])
def test_people_denied_entry_or_asylum_are_no_denial_of_the_figure(text):
    assert draft_claims(text, origin="RUS")[0].stance == "asserts"


def test_a_sentence_that_starts_with_its_figure_is_not_the_sentence_before():
    d = draft_claims("The Kremlin called the figure exaggerated. About 700,000 Russians left, Novaya Gazeta reported.",
                     origin="RUS")[0]
    assert (d.quote, d.stance, d.claimant) == ("About 700,000 Russians left, Novaya Gazeta reported", "asserts",
                                               "Novaya Gazeta")


@pytest.mark.parametrize("text, stance", [
    ("Kazakhstan says 200,000 Russians arrived, a figure Moscow has called inflated.", "asserts"),
    ("Reports put the number of those who left at 700,000, which the Kremlin denied.", "asserts"),
    ("Kazakhstan said 200,000 Russians had entered, dismissing claims that the border was closed.", "asserts"),
    ("Peskov spoke to reporters on Monday, denying that 700,000 Russians had left.", "denies"),
])
def test_an_apposition_or_a_participle_is_a_clause_of_its_own(text, stance):
    assert draft_claims(text, origin="RUS")[0].stance == stance


def test_a_headlines_clauses_joined_by_a_comma_are_drafted_apart():
    drafts = draft_claims("В Кремле опровергли отъезд 700 тысяч россиян, Казахстан насчитал 200 тысяч въехавших",
                          origin="RUS")
    assert [(d.stance, d.metric, d.destination) for d in drafts] == [("denies", "left", ""),
                                                                      ("asserts", "entered", "KAZ")]
    drafts = draft_claims("Kremlin denies 700,000 fled, Georgia counts nearly 100,000 arrivals", origin="RUS")
    assert [(d.stance, d.destination) for d in drafts] == [("denies", ""), ("asserts", "GEO")]
    d = draft_claims("The Kremlin denied on 4 October, Tuesday, that 700,000 people had left.", origin="RUS")[0]
    assert d.stance == "denies"          # a day is no figure
