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


def test_a_border_crossing_names_the_country_it_leads_into():
    d = _draft("На Верхнем Ларсе в сутки от 5 до 6 тысяч человек.", "от 5 до 6 тысяч")
    assert (d.destination, d.metric, d.unit) == ("GEO", "entered", "people_per_day")   # counted at a crossing
    assert d.confidence["metric"] < 0.5
    assert _draft("Queues at Upper Lars stretched for 20 km as about 10,000 people a day crossed, local officials "
                  "said.", "about 10,000").destination == "GEO"
    assert _draft("About 7,000 Russians entered via Vaalimaa and Nuijamaa over the weekend.",
                  "About 7,000").destination == "FIN"
    assert _draft("Police said 1,200 Russians had crossed at Storskog since Monday.", "1,200").destination == "NOR"
    d = _draft("Через Кяхту за неделю выехали около 3 тысяч россиян.", "около 3 тысяч")
    assert (d.destination, d.metric) == ("MNG", "left")


def test_a_country_named_goes_before_a_crossing_and_a_town_like_a_crossing_is_none():
    assert _draft("Some 2,900 Russians crossed into Norway at Storskog last week, police said.",
                  "Some 2,900").destination == "NOR"
    assert _draft("В Нарвике, по данным полиции, зарегистрировались 300 россиян.", "300").destination == ""


def test_men_of_call_up_age_are_no_call_up_and_departures_are_left():
    d = _draft("В ФСБ опровергли данные о выезде 260 тысяч мужчин призывного возраста.", "260 тысяч")
    assert (d.metric, d.note, d.stance) == ("left", "", "denies")
    assert _draft("Putin plans to call up 300,000 reservists.", "300,000").metric == "other"
    assert _draft("Планируется призвать 300 тысяч резервистов.", "300 тысяч").metric == "other"
