"""Sentences written in the style of news reports for a drafted claim's stance, metric and destination.

Written for the new-user trial's faults: a denial drafted as asserting (quoted, reported, in a headline, in Russian),
a denial carried over to another clause's figure, a Russian verb of entering drafted as left, a border crossing
not read as its country; and for near-misses that must stay as they are ("did not deny", "could not confirm",
"no fewer than"). Used by tests/importing/test_stance_sentences.py and benchmarks/drafts_stance.py.

Each case: (text, figure, stance, metric, destination, claimant)
  figure       the words of the figure drafted (the first draft whose value_text is these words)
  destination  ISO codes joined by ";" in alphabetical order, "" for abroad
  claimant     the claimant an analyst would write (compared without case and a leading "the"/"a"), or None
               when the case is not about the claimant
"""

CASES = [
    # --- denials, quoted and reported --------------------------------------------------------------------------------
    ("“The figure of 700,000 is not true,” Peskov said.", "700,000", "denies", "left", "", "Peskov"),
    ("Цифра в 700 тысяч «не соответствует действительности», заявил Песков.", "700 тысяч", "denies", "left", "",
     "Песков"),
    ("Kremlin spokesman Dmitry Peskov dismissed as exaggerated reports that 700,000 Russians had left the country.",
     "700,000", "denies", "left", "", "Kremlin spokesman Dmitry Peskov"),
    ("Reports that 300,000 people had fled to Kazakhstan were false, the interior ministry said.", "300,000",
     "denies", "left", "KAZ", "the interior ministry"),
    ("“There is no basis for the figure of 700,000,” the Kremlin spokesman told reporters.", "700,000", "denies",
     "left", "", "the Kremlin spokesman"),
    ("Kazakh officials called reports of 200,000 Russian arrivals untrue.", "200,000", "denies", "entered", "KAZ",
     None),
    ("The report that 261,000 men had left was false, the defence ministry said.", "261,000", "denies", "left", "",
     "the defence ministry"),
    ("В Кремле опровергли сообщения о том, что после объявления мобилизации из страны уехали 700 тысяч человек.",
     "700 тысяч", "denies", "left", "", "Кремль"),
    ("Данные о том, что страну покинули 700 тысяч человек, преувеличены, заявил Песков.", "700 тысяч", "denies",
     "left", "", "Песков"),
    ("Пограничная служба не подтверждает информацию о том, что в Казахстан въехали 300 тысяч россиян.",
     "300 тысяч", "denies", "entered", "KAZ", None),
    ("«Это фейк», — сказал Песков о сообщениях, что из России уехали 700 тысяч человек.", "700 тысяч", "denies",
     "left", "", None),
    ("МВД Грузии отрицает, что в страну въехали 200 тысяч россиян.", "200 тысяч", "denies", "entered", "GEO",
     "МВД Грузии"),
    ("Kremlin rejects 700,000 figure, calls exodus reports exaggerated", "700,000", "denies", "left", "", None),
    ("Moscow denied that as many as 500,000 men had left to avoid the draft.", "as many as 500,000", "denies",
     "left", "", "Moscow"),
    # --- a denial of one figure beside an assertion of another -------------------------------------------------------
    ("Kremlin denies 700,000 fled; Georgia counts nearly 100,000 arrivals", "700,000", "denies", "left", "", None),
    ("Kremlin denies 700,000 fled; Georgia counts nearly 100,000 arrivals", "nearly 100,000", "asserts", "entered",
     "GEO", None),
    ("The Kremlin denied that 700,000 people had left, but Kazakhstan's interior ministry said 200,000 Russians had "
     "entered the country.", "200,000", "asserts", "entered", "KAZ", "Kazakhstan's interior ministry"),
    ("Peskov rejected the 700,000 figure, while the Finnish border guard said 43,000 Russians had crossed the "
     "border in a week.", "43,000", "asserts", "entered", "FIN", "the Finnish border guard"),
    ("В Кремле опровергли отъезд 700 тысяч россиян; Казахстан насчитал 200 тысяч въехавших", "200 тысяч",
     "asserts", "entered", "KAZ", None),
    ("The Kremlin said claims of a mass exodus were exaggerated, adding that no more than 100,000 had left.",
     "no more than 100,000", "asserts", "left", "", "The Kremlin"),
    ("Georgia denied that it had closed the border, saying 10,000 Russians a day were still arriving.", "10,000",
     "asserts", "entered", "GEO", None),
    ("Georgia says 100,000 Russians arrived as Kremlin denies exodus", "100,000", "asserts", "entered", "GEO",
     None),
    # --- near-misses that must stay asserts --------------------------------------------------------------------------
    ("Peskov did not deny that about 700,000 Russians had left.", "about 700,000", "asserts", "left", "", None),
    ("The border service could not confirm that 50,000 Russians had entered Georgia.", "50,000", "asserts",
     "entered", "GEO", None),
    ("Not all of the 200,000 Russians who fled in September have returned, the ministry said.", "200,000",
     "asserts", "left", "", "the ministry"),
    ("No fewer than 50,000 Russians have entered Georgia, the interior ministry said.", "No fewer than 50,000",
     "asserts", "entered", "GEO", "the interior ministry"),
    ("Не менее 50 тысяч россиян въехали в Грузию, сообщили в МВД.", "Не менее 50 тысяч", "asserts", "entered",
     "GEO", None),
    ("Песков не стал опровергать данные о том, что страну покинули 700 тысяч человек.", "700 тысяч", "asserts",
     "left", "", None),
    ("More than 200,000 Russians have entered Kazakhstan, an official said, denying reports that the border had "
     "been closed.", "More than 200,000", "asserts", "entered", "KAZ", None),
    ("The ministry said it had no reason to doubt that 98,000 people had crossed into Kazakhstan.", "98,000",
     "asserts", "entered", "KAZ", None),
    # --- Russian verbs of entering -----------------------------------------------------------------------------------
    ("По данным властей, более 200 тыс. россиян въехали в Казахстан.", "более 200 тыс.", "asserts", "entered",
     "KAZ", None),
    ("За неделю в Казахстан въехало более 98 тысяч граждан России.", "более 98 тысяч", "asserts", "entered", "KAZ",
     None),
    ("Пограничники зафиксировали въезд 40 тысяч россиян в Грузию.", "40 тысяч", "asserts", "entered", "GEO", None),
    ("В Казахстан с начала мобилизации въехало более 200 тыс. россиян, которые бежали от мобилизации.",
     "более 200 тыс.", "asserts", "entered", "KAZ", None),
    ("В Монголию с 21 сентября прибыли около 3 тысяч россиян.", "около 3 тысяч", "asserts", "entered", "MNG",
     None),
    # --- border crossings name their country -------------------------------------------------------------------------
    ("На КПП «Верхний Ларс» границу пересекают в сутки от 5 до 6 тысяч человек.", "от 5 до 6 тысяч", "asserts",
     "entered", "GEO", None),
    ("На Верхнем Ларсе в сутки от 5 до 6 тысяч человек.", "от 5 до 6 тысяч", "asserts", "entered", "GEO", None),
    ("Queues at Upper Lars stretched for 20 km as about 10,000 people a day crossed, local officials said.",
     "about 10,000", "asserts", "entered", "GEO", None),
    ("About 7,000 Russians entered via Vaalimaa and Nuijamaa over the weekend.", "About 7,000", "asserts",
     "entered", "FIN", None),
    ("Police said 1,200 Russians had crossed at Storskog since Monday.", "1,200", "asserts", "entered", "NOR",
     "Police"),
    ("Через Кяхту за неделю выехали около 3 тысяч россиян.", "около 3 тысяч", "asserts", "left", "MNG", None),
    # --- several countries: one group --------------------------------------------------------------------------------
    ("Tens of thousands of Russians have fled to Kazakhstan, Mongolia and Finland.", "Tens of thousands", "asserts",
     "left", "FIN;KAZ;MNG", None),
]

LATER = [
    # written after the fixes, to see that they hold beyond the sentences they were made on
    ("“The figure of 700,000 is simply not true,” Kremlin spokesman Dmitry Peskov told reporters on Monday.",
     "700,000", "denies", "left", "", "Kremlin spokesman Dmitry Peskov"),
    ("The Kremlin on Tuesday rejected as “fake” reports that up to 700,000 Russians had fled abroad.",
     "up to 700,000", "denies", "left", "", "The Kremlin"),
    ("Moscow says figure of 261,000 departures is ‘greatly exaggerated’", "261,000", "denies", "left", "", None),
    ("Claims that 100,000 Russians had crossed into Georgia in a week were “untrue”, the ministry said.", "100,000",
     "denies", "entered", "GEO", "the ministry"),
    ("Песков назвал ложью сообщения о том, что Россию покинули 700 тысяч человек.", "700 тысяч", "denies", "left",
     "", "Песков"),
    ("В ФСБ опровергли данные о выезде 260 тысяч мужчин призывного возраста.", "260 тысяч", "denies", "left", "",
     None),
    ("Информация о 100 тысячах въехавших в Грузию россиян не соответствует действительности, заявили в МВД.",
     "100 тысячах", "denies", "entered", "GEO", None),
    ("Власти Казахстана не подтвердили данные о том, что в страну въехали 300 тысяч россиян, сообщил источник.",
     "300 тысяч", "denies", "entered", "KAZ", None),
    ("Peskov dismissed the 700,000 figure as “nonsense”, while Kazakhstan said 200,000 Russians had arrived.",
     "200,000", "asserts", "entered", "KAZ", None),
    ("Песков опроверг данные о 700 тысячах уехавших, а МВД Казахстана сообщило о 200 тысячах въехавших.",
     "200 тысячах", "asserts", "entered", "KAZ", None),
    ("The ministry did not dispute that some 98,000 Russians had entered Kazakhstan.", "some 98,000", "asserts",
     "entered", "KAZ", None),
    ("Песков не отрицает, что страну покинули около 300 тысяч человек.", "около 300 тысяч", "asserts", "left", "",
     None),
    ("Officials could neither confirm nor deny that 40,000 Russians had entered Mongolia.", "40,000", "asserts",
     "entered", "MNG", None),
    ("At least 20,000 Russians have fled to Finland, and officials say the true figure is no less than that.",
     "At least 20,000", "asserts", "left", "FIN", None),
    ("Через КПП «Торфяновка» за выходные въехали около 8 тысяч россиян.", "около 8 тысяч", "asserts", "entered",
     "FIN", None),
    ("Some 5,000 Russians a day are passing through Narva, Estonian officials said.", "Some 5,000", "asserts",
     "entered", "EST", None),
    ("Около 2 тысяч россиян прибыли в Монголию через Алтанбулаг.", "Около 2 тысяч", "asserts", "entered", "MNG",
     None),
    ("Tens of thousands of Russians have fled to Kazakhstan, Mongolia and Finland, officials in the three countries "
     "said.", "Tens of thousands", "asserts", "left", "FIN;KAZ;MNG", None),
]
