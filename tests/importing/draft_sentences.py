"""Sentences written in the style of news reports, each with the claim an analyst would draft from its figure.

Written for the drafts' three known faults (a reporter named instead of the source it cites; a Russian claimant
left in the genitive after "по словам", "по данным", "со ссылкой на"; a future or hypothetical figure drafted as
people who left) and for near-misses that must not change. Used by tests/importing/test_draft_sentences.py and
benchmarks/drafts_trial.py.

Each case: (fault, text, figure, claimant, metric, future)
  fault     "cited", "case", "future" or "keep" (a near-miss that must stay as it is)
  figure    the words of the figure drafted (the first draft whose value_text is these words)
  claimant  the claimant an analyst would write (compared without case and a leading "the"/"a")
  metric    the metric the draft should have
  future    whether the draft should be marked as a future or hypothetical figure
"""

CASES = [
    # --- 1. the source a report cites, not the reporter -----------------------------------------------------------
    ("cited", "Some 10,000 Russians crossed into Kazakhstan on Sunday alone, Reuters reported, citing a source in "
              "the border service.", "Some 10,000", "a source in the border service", "entered", False),
    ("cited", "Up to 261,000 men have left Russia since the call-up began, according to Novaya Gazeta Europe, "
              "citing a source in the presidential administration.", "Up to 261,000",
     "a source in the presidential administration", "left", False),
    ("cited", "The Meduza news site, citing a person close to the defence ministry, said about 250,000 people had "
              "left the country.", "about 250,000", "a person close to the defence ministry", "left", False),
    ("cited", "Bloomberg, citing people familiar with the matter, reported that at least 400,000 Russians had gone "
              "abroad.", "at least 400,000", "people familiar with the matter", "left", False),
    ("cited", "Citing two officials in Astana, the Financial Times said 98,000 Russians had entered Kazakhstan in a "
              "week.", "98,000", "two officials in Astana", "entered", False),
    ("cited", "«Новая газета. Европа» со ссылкой на источник в администрации президента сообщила, что страну "
              "покинули 261 тысяча человек.", "261 тысяча", "источник в администрации президента", "left", False),
    ("cited", "«Медуза» со ссылкой на собеседника в Кремле пишет, что из России уехали около 250 тысяч человек.",
     "около 250 тысяч", "собеседник в Кремле", "left", False),
    ("cited", "Как сообщает РБК со ссылкой на источники в погранслужбе, за неделю границу пересекли 98 тысяч "
              "россиян.", "98 тысяч", "источники в погранслужбе", "entered", False),
    # near-misses: the outlet is the only attribution; a report that cites data, not a speaker
    ("keep", "Reuters reported that 53,000 Russians had entered Georgia.", "53,000", "Reuters", "entered", False),
    ("keep", "According to The Bell, more than 500,000 people left in the first two weeks.", "more than 500,000",
     "The Bell", "left", False),
    ("keep", "Citing border statistics, the Financial Times said 98,000 Russians had entered Finland.", "98,000",
     "the Financial Times", "entered", False),
    ("keep", "РБК сообщает, что в Грузию въехали 40 тысяч россиян.", "40 тысяч", "РБК", "entered", False),

    # --- 2. a Russian claimant in the nominative ------------------------------------------------------------------
    ("case", "По словам пресс-секретаря Кремля Дмитрия Пескова, цифра в 700 тысяч уехавших не соответствует "
             "действительности.", "700 тысяч", "пресс-секретарь Кремля Дмитрий Песков", "left", False),
    ("case", "По данным источника, за две недели Россию покинули около 700 тысяч человек.", "около 700 тысяч",
     "источник", "left", False),
    ("case", "По данным пограничной службы ФСБ, за квартал из России выехали 9,7 млн человек.", "9,7 млн",
     "пограничная служба ФСБ", "left", False),
    ("case", "По словам министра внутренних дел Казахстана Марата Ахметжанова, в страну въехали более 200 тысяч "
             "россиян.", "более 200 тысяч", "министр внутренних дел Казахстана Марат Ахметжанов", "entered", False),
    ("case", "По информации министерства внутренних дел Грузии, ежедневно в страну въезжают около 10 тысяч "
             "россиян.", "около 10 тысяч", "министерство внутренних дел Грузии", "entered", False),
    ("case", "По оценкам экспертов, страну покинули от 500 до 700 тысяч человек.", "от 500 до 700 тысяч",
     "эксперты", "left", False),
    ("case", "По словам главы МВД Грузии Вахтанга Гомелаури, в страну въехали 78 тысяч россиян.", "78 тысяч",
     "глава МВД Грузии Вахтанг Гомелаури", "entered", False),
    ("case", "По данным властей Монголии, в страну прибыли более 3 тысяч россиян.", "более 3 тысяч",
     "власти Монголии", "entered", False),
    ("case", "По словам официального представителя МИД Марии Захаровой, за рубежом оказались не более 50 тысяч "
             "россиян.", "не более 50 тысяч", "официальный представитель МИД Мария Захарова", "left", False),
    ("case", "По данным Росстата, в первом полугодии из страны выехали 419 тысяч человек.", "419 тысяч",
     "Росстат", "left", False),
    # near-misses: already in the nominative, or not declinable
    ("keep", "По данным МВД Казахстана, с 21 сентября в Казахстан въехали более 200 тысяч россиян.",
     "более 200 тысяч", "МВД Казахстана", "entered", False),
    ("keep", "Министр внутренних дел Грузии заявил, что в страну въехали около 78 тысяч россиян.", "около 78 тысяч",
     "Министр внутренних дел Грузии", "entered", False),
    ("keep", "По данным Forbes, Россию покинули до 700 тысяч человек.", "до 700 тысяч", "Forbes", "left", False),

    # --- 3. a future or hypothetical figure -----------------------------------------------------------------------
    ("future", "The defence ministry said 300,000 reservists will be called up.", "300,000", "The defence ministry",
     "other", True),
    ("future", "Moscow plans to mobilise 300,000 reservists, Defence Minister Sergei Shoigu said.", "300,000",
     "Defence Minister Sergei Shoigu", "other", True),
    ("future", "Analysts warned that the number of people leaving could reach 1 million by the end of the year.",
     "1 million", "Analysts", "left", True),
    ("future", "Шойгу заявил, что будут призваны 300 тысяч резервистов.", "300 тысяч", "Шойгу", "other", True),
    ("future", "Министерство обороны сообщило, что планирует мобилизовать 300 тысяч человек.", "300 тысяч",
     "Министерство обороны", "other", True),
    ("future", "По оценкам аналитиков, число уехавших может достичь 1 млн человек.", "1 млн", "аналитики", "left",
     True),
    # near-misses: people who fled a call-up; "By Tuesday"; a minister in his own words; the speaker after a quote
    ("keep", "By Tuesday, more than 200,000 Russians had entered Kazakhstan, the interior ministry said.",
     "more than 200,000", "the interior ministry", "entered", False),
    ("keep", "More than 50,000 Russians who fled the call-up have entered Georgia, officials said.",
     "More than 50,000", "officials", "entered", False),
    ("keep", "Tens of thousands of men fled to avoid being called up to fight in Ukraine, the Kremlin's critics say.",
     "Tens of thousands", "the Kremlin's critics", "left", False),
    ("keep", "“We have registered 70,000 Russians who applied for identification numbers,” Interior Minister Marat "
             "Akhmetzhanov told reporters.", "70,000", "Interior Minister Marat Akhmetzhanov", "registered", False),
    ("keep", "“About 66,000 Russians have crossed since the announcement,” said Matti Pitkaniitty, an official of the "
             "Finnish border guard.", "About 66,000", "Matti Pitkaniitty", "entered", False),
    ("keep", "Kazakhstan's interior minister said 200,000 Russians had entered and that he expected the flow to "
             "slow.", "200,000", "Kazakhstan's interior minister", "entered", False),
    ("keep", "Более 200 тысяч россиян, уехавших после объявления мобилизации, въехали в Казахстан, сообщило МВД "
             "республики.", "Более 200 тысяч", "МВД республики", "entered", False),
]

# Written after the fixes for CASES, and scored before any change was made for them: a check that the fixes hold
# beyond the sentences they were made on.
LATER = [
    ("cited", "As many as 700,000 people have left Russia, the Insider reported on Monday, citing an FSB source.",
     "As many as 700,000", "an FSB source", "left", False),
    ("cited", "Kommersant, quoting a senior official at the interior ministry, said about 14,000 Russians had "
              "crossed into Mongolia.", "about 14,000", "a senior official at the interior ministry", "entered",
     False),
    ("cited", "The newspaper, citing Georgian border officials, said at least 40,000 had entered the country.",
     "at least 40,000", "Georgian border officials", "entered", False),
    ("cited", "По информации «Верстки» со ссылкой на собеседников в силовых структурах, из России выехали не менее "
              "100 тысяч человек.", "не менее 100 тысяч", "собеседники в силовых структурах", "left", False),
    ("cited", "Телеканал «Дождь» со ссылкой на неназванного чиновника сообщил, что границу с Грузией пересекли "
              "70 тысяч человек.", "70 тысяч", "неназванный чиновник", "entered", False),
    ("keep", "The Guardian reported that about 20,000 Russians had arrived in Serbia.", "about 20,000", "The Guardian",
     "entered", False),
    ("keep", "Citing its own calculations, Novaya Gazeta said 261,000 men had left.", "261,000", "Novaya Gazeta",
     "left", False),
    ("case", "По словам губернатора Северной Осетии Сергея Меняйло, на границе с Грузией ожидают около 5,5 тысячи "
             "машин.", "около 5,5 тысячи", "губернатор Северной Осетии Сергей Меняйло", "entered", True),
    ("case", "По данным казахстанского министерства внутренних дел, с 21 сентября в страну въехали 98 тысяч "
             "россиян.", "98 тысяч", "казахстанское министерство внутренних дел", "entered", False),
    ("case", "По словам нашего собеседника в Минобороны, за рубеж уехали около 200 тысяч военнообязанных.",
     "около 200 тысяч", "наш собеседник в Минобороны", "left", False),
    ("case", "По мнению демографов, страну покинули от 500 до 800 тысяч человек.", "от 500 до 800 тысяч",
     "демографы", "left", False),
    ("case", "По данным Федеральной службы безопасности, в третьем квартале из России выехали 9,7 млн человек.",
     "9,7 млн", "Федеральная служба безопасности", "left", False),
    ("keep", "Глава МВД Казахстана Марат Ахметжанов сообщил, что в страну въехали около 200 тысяч россиян.",
     "около 200 тысяч", "Глава МВД Казахстана Марат Ахметжанов", "entered", False),
    ("future", "The government intends to call up another 200,000 men in January.", "200,000", "Wire", "other",
     True),
    ("future", "Finland expects up to 3,000 Russians a day to cross at its eastern border, officials said.",
     "up to 3,000", "officials", "entered", True),
    ("future", "В Кремле планируют призвать до 1,2 млн человек, сообщило издание.", "до 1,2 млн", "издание", "other",
     True),
    ("future", "Число уехавших, по оценке экспертов, может вырасти до 1 млн.", "до 1 млн.", "эксперты", "left", True),
    ("keep", "On Sunday alone, 10,000 Russians crossed into Georgia, the interior ministry said.", "10,000",
     "the interior ministry", "entered", False),
    ("keep", "Around 98,000 Russians who were afraid of being mobilised arrived in Kazakhstan last week, officials "
             "said.", "Around 98,000", "officials", "entered", False),
    ("keep", "“Nearly 43,000 have come since the call-up,” the head of the border service said.",
     "Nearly 43,000", "the head of the border service", "entered", False),
]
