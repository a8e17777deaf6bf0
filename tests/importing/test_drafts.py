"""Draft claims from sentences written for them, in English and Russian."""

from viewer.model.drafts import draft_claims


def _one(text, **kw):
    drafts = draft_claims(text, **kw)
    assert len(drafts) == 1, drafts
    return drafts[0]


def test_a_russian_sentence_gives_destination_metric_claimant_and_period():
    d = _one("По данным МВД Казахстана, с 21 сентября в Казахстан въехали более 200 тысяч россиян.",
             origin="RUS", published="2022-10-04")
    assert (d.destination, d.metric, d.stance, d.value_low, d.value_high) == ("KAZ", "entered", "asserts", 200000,
                                                                               None)
    assert d.claimant == "МВД Казахстана" and d.claimant_type == "government"
    assert d.period_start == "2022-09-21" and d.confidence["period_start"] >= 0.9


def test_a_denial_in_russian():
    d = _one("Песков отрицает, что страну покинули 700 тысяч человек.", origin="RUS")
    assert (d.stance, d.metric, d.destination, d.claimant) == ("denies", "left", "", "Песков")


def test_case_forms_and_adjectives_give_the_destination():
    assert _one("Из Грузии сообщили, что в Грузию прибыли 53 тыс. россиян.", origin="RUS").destination == "GEO"
    assert _one("Kazakh officials said 70,000 people applied for residence permits.",
                origin="RUS").destination == "KAZ"


def test_left_a_destination_is_exited_and_a_pronoun_takes_the_last_claimant():
    drafts = draft_claims("Interior Minister Marat Akhmetzhanov said 200,000 Russians have entered Kazakhstan. "
                          "He added that about 147,000 Russians left Kazakhstan.", origin="RUS")
    assert [(d.metric, d.destination) for d in drafts] == [("entered", "KAZ"), ("exited", "KAZ")]
    assert drafts[1].claimant == "Interior Minister Marat Akhmetzhanov"
    assert drafts[1].confidence["claimant"] < drafts[0].confidence["claimant"]


def test_a_figure_with_no_attribution_is_the_outlets_own_and_a_group_is_sorted():
    d = _one("About 66,000 Russians fled into the EU through Finland and Estonia.", origin="RUS",
             byline="Reuters")
    assert (d.claimant, d.destination, d.metric) == ("Reuters", "EST;FIN", "entered")
    assert d.confidence["claimant"] < 0.5


def test_the_quote_is_the_clause_and_a_draft_becomes_a_claims_row():
    text = "Regional media said 66,000 Russians fled to Finland, and 53,000 sought refuge in Georgia."
    drafts = draft_claims(text, origin="RUS")
    assert [d.quote for d in drafts] == ["Regional media said 66,000 Russians fled to Finland",
                                         "53,000 sought refuge in Georgia"]
    assert all(text[d.quote_start:d.quote_end] == d.quote for d in drafts)
    row = drafts[1].claim_row()
    assert (row["value_low"], row["value_high"], row["destination"], row["metric"]) == ("53000", "53000", "GEO",
                                                                                         "entered")


def test_a_drafts_line_keeps_each_guess_apart_from_its_confidence():
    """A new user read "by Breitbart(0.4)" as one name: each guess is set off from its confidence, and the
    claimant's type is named apart from the claimant."""
    d = _one("Kazakhstan's interior ministry said 200,000 Russians had entered Kazakhstan since 21 September.",
             origin="RUS", published="2022-10-04")
    line = d.summary().splitlines()[0]
    c = d.confidence
    assert line == (f"200,000 [200,000..200,000] asserts · entered ({c['metric']:.1f}) -> KAZ ({c['destination']:.1f})"
                    f" · by {d.claimant} [{d.claimant_type}] ({c['claimant']:.1f}) · since 2022-09-21")


def test_a_later_clause_with_its_own_speaker_gives_its_figure_that_speaker():
    from viewer.model.drafts.attribution import attribution
    sentence = ("Neighbouring Kazakhstan said more than 200,000 Russians had entered the country since 21 September, "
                "while Georgia’s interior ministry said about 10,000 a day were crossing at Upper Lars")
    assert attribution(sentence, sentence.index("more than"))[0] == "Neighbouring Kazakhstan"
    assert attribution(sentence, sentence.index("about 10,000"))[0] == "Georgia’s interior ministry"
    one = "The ministry said 5,000 people crossed, and as many as 3,000 more waited"
    assert attribution(one, one.index("3,000"))[0] == "The ministry"   # a clause with no speaker keeps the first
    ru = "Власти Казахстана сообщили о 200 тысячах въехавших, а МВД Грузии сообщило о 10 тысячах в день"
    assert attribution(ru, ru.index("10 тысячах"))[0] == "МВД Грузии"


def test_an_auxiliary_verb_is_not_part_of_the_speaker():
    from viewer.model.drafts.attribution import attribution
    for sentence, who in (("Officials in Moscow have denied that 700,000 left", "Officials in Moscow"),
                          ("The Kremlin has also denied the 700,000 figure", "The Kremlin")):
        assert attribution(sentence, sentence.index("700,000"))[0] == who
