"""A draft's metric from Russian verbs of entering, and its destination from a border crossing."""

from viewer.model.drafts import draft_claims


def _draft(text, figure):
    drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if d.value_text == figure]
    assert drafts, f"no figure {figure!r}"
    return drafts[0]


def test_a_verb_in_a_clause_about_the_people_leaves_the_verb_before_the_figure():
    d = _draft("В Казахстан с начала мобилизации въехало более 200 тыс. россиян, которые бежали от мобилизации.",
               "более 200 тыс.")
    assert (d.metric, d.destination) == ("entered", "KAZ")
    d = _draft("Not all of the 200,000 Russians who fled in September have returned, the ministry said.", "200,000")
    assert d.metric == "left"


def test_those_who_entered_are_counted_as_entered():
    d = _draft("В Кремле опровергли отъезд 700 тысяч россиян; Казахстан насчитал 200 тысяч въехавших", "200 тысяч")
    assert (d.metric, d.destination, d.stance) == ("entered", "KAZ", "asserts")
    assert _draft("По данным властей, более 200 тыс. россиян въехали в Казахстан.", "более 200 тыс.").metric == \
        "entered"
