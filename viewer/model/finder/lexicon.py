"""The words the figure finder reads: English, Russian, Ukrainian, German, some French and Spanish (regex parts)."""

from __future__ import annotations

# Multipliers after a figure ("250 thousand", "1,5 млн", "42,5 тыс.") and what they multiply by.
MULTIPLIERS = [
    (r"thousand|тысяч(?:ах|ами|ам|ей|[аиуе])?|тыс\.?|тисяч(?:ах|ами|ам|[аіу])?|тис\.?|tausend|tsd\.?|mille|mil",
     1_000),   # (every case: "о 700 тысячах", "с 5 тысячами")
    (r"million|millions|миллион(?:ах|ами|ам|ом|ов|[аеы])?|млн\.?|мільйон(?:ах|ами|ам|ом|ів|[аиі])?|millionen|mio\.?|"
     r"millones|millón", 1_000_000),
    (r"k", 1_000),
    (r"m", 1_000_000),
]

# Worded quantities with bounds that the format's table gives (low, high, wording).
VAGUE = [
    (r"des dizaines de milliers|decenas de miles|tens of thousands|десятк(?:и|ов|ами|ам) тысяч|десятк(?:и|ів|ами) тисяч|zehntausende", 10_000, 99_999),
    (r"des centaines de milliers|cientos de miles|hundreds of thousands|(?:several|a few) hundred thousand|сот(?:ни|ен|нями) тысяч|"
     r"(?:несколько|нескольких) сот(?:ен|ни) тысяч|сот(?:ні|ень|нями) тисяч|кілька сотень тисяч|hunderttausende|"
     r"mehrere hunderttausend", 100_000, 999_999),
    (r"(?:several |a few )?thousands|(?:several|a few) thousand|(?:несколько |нескольких )?тысяч(?:и|ами)|"
     r"(?:несколько|нескольких) тысяч|(?:кілька )?тисяч(?:і|ами)|кілька тисяч|tausende|mehrere tausend|"
     r"des milliers|miles de",
     1_000, 9_999),
    (r"millions|(?:several|a few) million|миллионы|(?:несколько|нескольких) миллионов|мільйони|"
     r"кілька мільйонів|millionen", 1_000_000, 9_999_999),
    (r"hundreds|сотни|сотен|сотні|hunderte", 100, 999),
]
WORDED_EXACT = [
    (r"half a million|полмиллиона|півмільйона|eine halbe million", 500_000),
    (r"a quarter of a million|четверть миллиона", 250_000),
    (r"(?:a|one) million|один миллион|миллиона|миллион|один мільйон|мільйона|мільйон|eine million", 1_000_000),
    (r"(?:a|one) thousand|одна тысяча|тысяча|eintausend", 1_000),
]
SMALL_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
    "two hundred": 200, "three hundred": 300, "five hundred": 500,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100, "двести": 200,
    "триста": 300, "пятьсот": 500, "дві": 2, "п'ять": 5,   # Ukrainian: the rest are spelled as in Russian
    "zwei": 2, "drei": 3, "fünf": 5, "zehn": 10, "hundert": 100,
}

# Words before a figure that give its bounds (the format's table), longest first when joined.
UP_TO = (r"up to|nearly|almost|under|less than|fewer than|no more than|not more than|as many as|close to|"
         r"до|почти|менее|меньше|не более|не больше|чуть менее|максимум|около почти|"
         r"майже|менше|не більше|"
         r"bis zu|fast|knapp|weniger als|beinahe|"
         r"près de|presque|jusqu'à|jusqu’à|moins de|casi|hasta|menos de")
AT_LEAST = (r"more than|over|at least|upwards of|upward of|no fewer than|no less than|not less than|in excess of|"
            r"более|свыше|больше|не менее|не меньше|по меньшей мере|по крайней мере|как минимум|минимум|"
            r"понад|більше|щонайменше|не менше|принаймні|"
            r"mehr als|über|mindestens|plus de|au moins|más de|al menos")
ABOUT = (r"about|around|approximately|some|roughly|an estimated|estimated|circa|c\.|approx\.|"
         r"около|примерно|порядка|приблизительно|ориентировочно|"
         r"близько|приблизно|орієнтовно|"
         r"etwa|rund|ungefähr|ca\.|environ|quelque|autour de|alrededor de|cerca de|unos|unas")
AFTER_AT_LEAST = r"\s*(?:\+|or more|and more|plus|и более|и больше|і більше|oder mehr)"

# What makes a figure one about people: a noun or pronoun just after it, a verb of moving, or a word
# saying it is a count ("the 700,000 figure", "the number as ...").
PEOPLE = (r"people|persons?|individuals|men|women|children|kids|citizens|nationals|residents|refugees|migrants|"
          r"emigrants|immigrants|expats|asylum|conscripts|reservists|recruits|draftees|soldiers|troops|tourists|"
          r"travell?ers|visitors|foreigners|arrivals|departures|entries|crossings|males|females|workers|students|"
          r"families|evacuees|applicants|applications|passengers|leavers|relocants|them|those|whom|others|"
          r"[a-z]+(?:ians|ans|ese|ks|hs|is|ers)|"
          r"человек|люд\w*|граждан\w*|россиян\w*|мужчин\w*|женщин\w*|дет\w*|беженц\w*|мигрант\w*|эмигрант\w*|"
          r"иммигрант\w*|релокант\w*|призывник\w*|мобилизованн\w*|военнообязанн\w*|жител\w*|иностран\w*|"
          r"турист\w*|уехавш\w*|выехавш\w*|въехавш\w*|прибывш\w*|покинувш\w*|пересекш\w*|пассажир\w*|"
          r"заявлен\w*|въезд\w*|выезд\w*|пересечен\w*|их|них|"
          r"украин\w*|белорус\w*|казах\w*|грузин\w*|армян\w*|узбек\w*|киргиз\w*|"
          r"осіб|особ\w*|громадян\w*|росіян\w*|чоловік\w*|біженц\w*|мігрант\w*|українц\w*|"
          r"menschen|personen|russen|flüchtlinge|bürger\w*|männer|migranten|ukrainer\w*|einwohner|"
          r"personnes|russes|réfugiés|hommes|citoyens|personas|rusos|refugiados|hombres|ciudadanos|migrantes")
VERBS = (r"fled|left|leave|leaving|crossed|cross|entered|enter|entering|arrived|arrive|arriving|applied|"
         r"registered|sought|moved|went|came|returned|departed|emigrated|relocated|escaped|fleeing|went|"
         r"уехал\w*|выехал\w*|въехал\w*|прибыл\w*|покинул\w*|пересекл\w*|бежал\w*|сбежал\w*|переехал\w*|"
         r"эмигрировал\w*|обратил\w*|подал\w*|зарегистрировал\w*|получил\w*|"
         r"въезжа\w*|выезжа\w*|уезжа\w*|прибыва\w*|покида\w*|пересека\w*|переезжа\w*|"
         r"виїхал\w*|в'їхал\w*|прибул\w*|покинул\w*|перетнул\w*|втекл\w*|"
         r"flohen|verließen|reisten|kamen")
AUX = (r"have|has|had|could|may|might|would|will|were|are|is|was|been|reportedly|already|also|now|"
       r"officially|since|have been|still|all|уже|также|тоже|официально|всё|все|ещё|еще|вже|haben|sind")
COUNT_WORDS = (r"figure|figures|number|numbers|total|count|tally|estimate|estimates|estimated|"
               r"число|числ\w*|количеств\w*|численност\w*|цифр\w*|кількіст\w*|zahl")
# Verbs before a figure whose object is people ("to call up hundreds of thousands", "эвакуировали 5 тысяч").
PEOPLE_VERBS_BEFORE = (r"call(?:ed|ing|s)? up|mobili[sz]\w*|draft(?:ed|ing)?|conscript\w*|recruit(?:ed|ing)?|"
                       r"evacuat\w*|deport\w*|detain\w*|призва\w*|призыва\w*|мобилизова\w*|эвакуирова\w*|"
                       r"депортирова\w*|задержа\w*|мобілізува\w*|призва\w*|einberuf\w*|mobilisier\w*")
PER_DAY = (r"(?:a|per|each|every) day|daily|a day|per 24 hours|в день|в сутки|за сутки|ежедневно|ежесуточно|"
           r"на день|щодня|на добу|за добу|pro tag|täglich|am tag|par jour|al día|por día")

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|"
          r"ноябр\w*|декабр\w*|"
          r"січ\w*|лют\w*|берез\w*|квіт\w*|травн\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*|"
          r"januar|februar|märz|juni|juli|oktober|dezember")
# A unit after a figure that makes it not a count of people.
NOT_PEOPLE_AFTER = (
    r"%|percent|per cent|pct|процент\w*|проц\w*|відсот\w*|prozent|"
    r"years?|-year|year-old|yrs|лет|года?|годам|рок\w*|річ\w*|jahre?n?|"
    r"months?|weeks?|days?|hours?|minutes?|seconds?|месяц\w*|недел\w*|дн(?:я|ей)|сут\w*|час\w*|минут\w*|"
    r"km|kilomet\w*|miles?|metres?|meters?|m\b|км|кило\w*|метр\w*|миль|kg|tonnes?|tons?|тонн\w*|"
    r"rubles?|roubles?|руб\w*|dollars?|usd|eur|euros?|долл\w*|евро|тенге|tenge|лари|lari|hryvni?as?|грив\w*|"
    r"pounds?|rupees?|рупи\w*|yuan|юан\w*|bn|billion|млрд|"
    r"cars?|vehicles?|trucks?|машин\w*|автомоб\w*|flights?|рейс\w*|"
    r"a\.?m\.?|p\.?m\.?|st|nd|rd|th|-?(?:й|го|я|е|ого|ому|ый|ий|м|х)\b"
)
BEFORE_AGE_OR_ID = ("aged|ages|age of|the age of|в возрасте|возрастом|у віці|im alter von|"
                    "no.|nos.|#|№|id|code|flight|рейс|resolution|резолюция|резолюции|decree|указ|указа|"
                    "article|статья|статьи|page|стр.|p.|paragraph|пункт|case|дело|version|версия|model|модель|"
                    "room|route|маршрут|bus|автобус|tel.|tel|phone|тел.|телефон|fax|zip|postcode|number|номер")
CURRENCY_BEFORE = r"[$€£¥₽₹₴₸]|rs\.?|usd|eur|rub|us\$"
