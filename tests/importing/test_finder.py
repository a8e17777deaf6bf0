"""The figure finder on sentences written for it, in English, Russian, Ukrainian and German."""

import pytest

from viewer.model.finder import find_figures

N = None
FOUND = [
    # (sentence, figure text, low, high, unit, wording)
    ("Officials said 200,000 Russians have entered the country.", "200,000", 200000, 200000, "people", "exact"),
    ("Reports say up to 700,000 people may have left.", "up to 700,000", N, 700000, "people", "up to"),
    ("A source put the number at 600,000 to 700,000 people.", "600,000 to 700,000", 600000, 700000, "people",
     "range"),
    ("Tens of thousands of Russians have fled.", "Tens of thousands", 10000, 99999, "people", "vague"),
    ("Hundreds of thousands of men left the country.", "Hundreds of thousands", 100000, 999999, "people", "vague"),
    ("Thousands of Russians crossed into Georgia.", "Thousands", 1000, 9999, "people", "vague"),
    ("Nearly a million people have left, the outlet said.", "Nearly a million", N, 1000000, "people", "up to"),
    ("About one million people have left.", "About one million", 1000000, 1000000, "people", "about"),
    ("More than 3,000 people crossed the border.", "More than 3,000", 3000, N, "people", "at least"),
    ("At least 10,000 people a day crossed into Georgia.", "At least 10,000", 10000, N, "people_per_day",
     "at least"),
    ("Some 250 thousand Russians went to Kazakhstan.", "Some 250 thousand", 250000, 250000, "people", "about"),
    ("Between 1.5 million and 2 million people left.", "Between 1.5 million and 2 million", 1500000, 2000000,
     "people", "range"),
    ("Roughly 1.5 million people left.", "Roughly 1.5 million", 1500000, 1500000, "people", "about"),
    ("As many as 9,481 people applied for residence.", "As many as 9,481", N, 9481, "people", "up to"),
    ("Almost 35.000 Menschen verließen das Land.", "Almost 35.000", N, 35000, "people", "up to"),
    ("Fewer than 500 migrants were registered.", "Fewer than 500", N, 500, "people", "up to"),
    ("the 116,348 and 79,315 respectively: 116,348 people", "116,348", 116348, 116348, "people", "exact"),
    ("About 66 000 Russians fled into the EU.", "About 66 000", 66000, 66000, "people", "about"),
    ("About 66\u00a0000 Russians fled into the EU.", "About 66\u00a0000", 66000, 66000, "people", "about"),
    ("Some 2\u202f317 people registered.", "Some 2\u202f317", 2317, 2317, "people", "about"),
    ("10k people crossed.", "10k", 10000, 10000, "people", "exact"),
    ("Officials counted 5,000 arrivals daily.", "5,000", 5000, 5000, "people_per_day", "exact"),
    ("Moscow announced a drive to call up hundreds of thousands to fight.", "hundreds of thousands", 100000,
     999999, "people", "vague"),
    ("The number of Russians who have entered Kazakhstan has reached 200,000.", "200,000", 200000, 200000,
     "people", "exact"),
    ("Some 1.2m people have left, the study found.", "Some 1.2m", 1200000, 1200000, "people", "about"),
    ("Several hundred thousand Russians have left.", "Several hundred thousand", 100000, 999999, "people",
     "vague"),
    ("A few thousand people crossed.", "A few thousand", 1000, 9999, "people", "vague"),
    ("Hundreds of people queued at the checkpoint.", "Hundreds", 100, 999, "people", "vague"),
    # Russian
    ("Несколько тысяч человек пересекли границу.", "Несколько тысяч", 1000, 9999, "people", "vague"),
    ("Сотни россиян ждали на границе.", "Сотни", 100, 999, "people", "vague"),
    ("Несколько сотен тысяч человек уехали.", "Несколько сотен тысяч", 100000, 999999, "people", "vague"),
    ("Из России уехали от 600 тыс. до 700 тыс. человек.", "от 600 тыс. до 700 тыс.", 600000, 700000, "people",
     "range"),
    ("Число уехавших из России достигло 700 тысяч.", "700 тысяч", 700000, 700000, "people", "exact"),
    ("Путин объявил о намерении призвать 300 тысяч резервистов.", "300 тысяч", 300000, 300000, "people", "exact"),
    ("В Казахстан въехали 200 тысяч россиян.", "200 тысяч", 200000, 200000, "people", "exact"),
    ("Из страны уехали около 700 тыс. человек.", "около 700 тыс.", 700000, 700000, "people", "about"),
    ("По данным источника, страну покинули от 600 до 700 тысяч человек.", "от 600 до 700 тысяч", 600000, 700000,
     "people", "range"),
    ("Страну покинули 600-700 тысяч человек.", "600-700 тысяч", 600000, 700000, "people", "range"),
    ("Страну покинули 600–700 тысяч человек.", "600–700 тысяч", 600000, 700000, "people", "range"),
    ("Границу пересекли десятки тысяч россиян.", "десятки тысяч", 10000, 99999, "people", "vague"),
    ("Сотни тысяч мужчин уехали из России.", "Сотни тысяч", 100000, 999999, "people", "vague"),
    ("По оценкам, уехали почти миллион человек.", "почти миллион", N, 1000000, "people", "up to"),
    ("Более миллиона человек покинули страну.", "Более миллиона", 1000000, N, "people", "at least"),
    ("The ministry said 1,200 Russians applied for asylum, up 30% from 2021.", "1,200", 1200, 1200, "people",
     "exact"),
    ("The border crossing handled 4,500 cars and 12,000 people on Sunday.", "12,000", 12000, 12000, "people",
     "exact"),
    ("Roughly 10,000 to 15,000 Russians a day crossed into Kazakhstan.", "Roughly 10,000 to 15,000", 10000, 15000,
     "people_per_day", "range"),
    ("Tausende Russen flohen nach Georgien.", "Tausende", 1000, 9999, "people", "vague"),
    ("Майже 200 тис. росіян в'їхали до Казахстану.", "Майже 200 тис.", N, 200000, "people", "up to"),
    ("В Грузию въехали более 50 тыс. граждан России.", "более 50 тыс.", 50000, N, "people", "at least"),
    ("Ежедневно границу пересекают до 10 тысяч человек.", "до 10 тысяч", N, 10000, "people_per_day", "up to"),
    ("В день границу пересекают 5 тыс. человек.", "5 тыс.", 5000, 5000, "people_per_day", "exact"),
    ("Грузию покинули 1,5 млн человек.", "1,5 млн", 1500000, 1500000, "people", "exact"),
    ("Заявления подали 42,5 тыс. россиян.", "42,5 тыс.", 42500, 42500, "people", "exact"),
    ("За неделю прибыло не менее 30 000 человек.", "не менее 30 000", 30000, N, "people", "at least"),
    ("Выехали свыше 98 тысяч граждан.", "свыше 98 тысяч", 98000, N, "people", "at least"),
    ("В Монголию въехали порядка 3 тысяч человек.", "порядка 3 тысяч", 3000, 3000, "people", "about"),
    ("Регистрацию получили менее 2 317 человек.", "менее 2 317", N, 2317, "people", "up to"),
    # Ukrainian, German
    ("З країни виїхали понад 200 тисяч росіян.", "понад 200 тисяч", 200000, N, "people", "at least"),
    ("До Грузії прибули близько 70 тисяч осіб.", "близько 70 тисяч", 70000, 70000, "people", "about"),
    ("Rund 66.000 Russen reisten nach Finnland.", "Rund 66.000", 66000, 66000, "people", "about"),
    ("Mehr als 200.000 Menschen flohen nach Kasachstan.", "Mehr als 200.000", 200000, N, "people", "at least"),
    ("Plus de 200 000 Russes ont quitté le pays.", "Plus de 200 000", 200000, N, "people", "at least"),
    ("Près de 700\u202f000 personnes sont parties.", "Près de 700\u202f000", N, 700000, "people", "up to"),
    ("Más de 200.000 rusos huyeron a Kazajistán.", "Más de 200.000", 200000, N, "people", "at least"),
    ("Täglich kamen bis zu 10.000 Menschen an.", "bis zu 10.000", N, 10000, "people_per_day", "up to"),
]


@pytest.mark.parametrize("sentence, text, low, high, unit, wording", FOUND)
def test_each_figure_is_found_with_its_bounds(sentence, text, low, high, unit, wording):
    figures = find_figures(sentence)
    assert figures, sentence
    f = figures[0]
    assert (f.text, f.low, f.high, f.unit, f.wording) == (text, low, high, unit, wording)
    assert sentence[f.start:f.end] == f.text


NOT_FIGURES = [
    "The mobilisation was announced on 21 September 2022.",
    "Since September 21, many have left.",
    "С 21 сентября границу пересекли многие.",
    "The briefing began at 10:30 on Thursday.",
    "Support for the war fell to 45% in 2022.",
    "Support fell by 12 percent among men.",
    "Тарифы выросли на 15 процентов.",
    "A flight ticket cost $3,000 last week.",
    "Tickets cost 200,000 roubles on the last day.",
    "Билеты стоили 300 тысяч рублей.",
    "Men aged 18 to 65 may not leave.",
    "The 27-year-old engineer left Moscow.",
    "Мужчины в возрасте 18 лет призывались.",
    "He was the 3rd person to say so.",
    "Call +7 495 123-45-67 for details.",
    "Resolution 2623 was adopted.",
    "The queue was 20 km long at the checkpoint.",
    "In 2022 people left.",
    "The war began in February 2022.",
    "Flight SU1234 left at 6 am.",
    "The company made 5,000 cars.",
    "Over the weekend, the flow decreased.",
    "Russia has a population of 144 million.",
    "A 5m wall stood there.",
    "Hundreds of cars queued.",
    "Between 2019 and 2021 the number of migrants fell.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_what_is_not_a_count_of_people_is_not_found(sentence):
    assert find_figures(sentence) == []


def test_two_figures_joined_by_and_are_two():
    text = "The counts were 116,348 and 79,315 people respectively."
    assert [(f.text, f.low) for f in find_figures(text)] == [("116,348", 116348), ("79,315", 79315)]


def test_offsets_are_code_points_with_line_endings_untouched():
    text = "Заголовок\r\n\r\nГраницу пересекли 😀 около 700 тыс. человек.\r\nAnd 66,000 Russians fled."
    found = find_figures(text)
    assert [text[f.start:f.end] for f in found] == ["около 700 тыс.", "66,000"]
    assert [f.text for f in found] == ["около 700 тыс.", "66,000"]


def test_a_range_after_about_keeps_its_hedge_and_a_verb_after_still_counts():
    """"about 5,000 to 6,000 were still arriving every day" was not found (an adverb between the figure and its
    verb of moving), and "about" before a range was left out of the figure's words (as a single figure keeps it)."""
    found = [(f.text, f.low, f.high, f.unit) for f in find_figures(
        "Georgia's ministry said that about 5,000 to 6,000 were still arriving every day at Upper Lars.")]
    assert found == [("about 5,000 to 6,000", 5000, 6000, "people_per_day")]
    found = [(f.text, f.low, f.high) for f in find_figures("По данным МВД, около 5-6 тысяч всё ещё въезжают ежедневно.")]
    assert found == [("около 5-6 тысяч", 5000, 6000)]
    assert find_figures("The queue was still 5,000 cars long.") == []


def test_a_multiplier_in_any_case_is_read():
    """"данные о 700 тысячах уехавших" was no figure: the multiplier's prepositional case was not known."""
    for text, low in (("Песков опроверг данные о 700 тысячах уехавших.", 700000),
                      ("Сообщения о 2 миллионах уехавших не подтвердились.", 2000000),
                      ("Граница справилась с 5 тысячами въезжающих в сутки.", 5000)):
        assert [(f.low, f.high) for f in find_figures(text)] == [(low, low)], text
