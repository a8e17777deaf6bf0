"""What a claim counts, from its verb; when its period starts (whether it denies: stance.py)."""

from __future__ import annotations

import re
from datetime import date

from ..articles.dates import MONTHS

# (pattern, metric, confidence), tried at each verb; "left <a destination>" is exited (see metric()).
METRICS = [
    (r"applied|apply|applications?|registered|registration|sought asylum|asylum requests?|residence permits?|"
     r"work permits?|identification numbers?|обратил\w*|подал\w*|зарегистрир\w*|регистрац\w*|заявлени\w*|"
     r"вид\w* на жительство|ИИН|подали|звернул\w*|зареєстр\w*", "registered", 0.8),
    (r"fled into|crossed into|crossed|(?-i:cross|crosses)|entered|enter|entering|arrived|arrive|arriving|arrivals|came to|come to|"
     r"sought refuge|entries|border crossings|въехал\w*|въехавш\w*|прибывш\w*|въезжа\w*|прибыл\w*|прибыва\w*|"
     r"пересекл\w*|пересека\w*|"
     r"въезд\w*|в'їхал\w*|прибул\w*|перетнул\w*|reisten ein|kamen", "entered", 0.7),
    (r"stayed|remained|stay|remain|остал\w*|залишил\w*", "stayed", 0.5),
    (r"left|fled|flee|fleeing|leave|leaving|departed|emigrated|escaped|exodus|went to|gone|moved|"
     r"уехал\w*|выехал\w*|выезд\w*|отъезд\w*|покинул\w*|бежал\w*|сбежал\w*|эмигрир\w*|переехал\w*|"
     r"виїхал\w*|втекл\w*|"
     r"flohen|verließen", "left", 0.7),
]
_METRIC_RES = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I), metric, conf) for p, metric, conf in METRICS]
_RELATIVE = re.compile(r"\b(?:who|that|which|который|которая|которые|которых)\s+(?:had\s+|have\s+|has\s+)?$",
                       re.I | re.U)
"""A verb just after these words is in a clause about the people, not the figure's own verb."""
_SINCE = re.compile(r"(?<!\w)(?:since|from|с|від|seit)\s+(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<m1>[A-Za-zА-Яа-яёЁіїє]{3,10})\.?|"
                    r"(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{4}))?", re.I)


def metric(clause: str, figure_end: int, destinations: list[tuple[int, int, str]], origin: str,
           default: tuple[str, float] = ("left", 0.3)) -> tuple[str, float]:
    """The metric the clause's verb gives, the nearest verb after the figure first; ``default`` if none
    (("entered", 0.4) for a figure counted at a border crossing)."""
    hits = []
    for pattern, name, conf in _METRIC_RES:
        for m in pattern.finditer(clause):
            hits.append((m.start(), m.end(), name, conf, m.group().lower()))
    if not hits:
        return default
    after = sorted((h for h in hits if h[0] >= figure_end), key=lambda h: (h[0], -h[1]))
    before = sorted((h for h in hits if h[0] < figure_end), key=lambda h: (-h[0], -h[1]))
    if after and (len(after) > 1 or before) and _RELATIVE.search(clause[figure_end:after[0][0]]):
        after = after[1:]     # "50,000 Russians who fled the call-up have entered Georgia": the main verb;
        # "въехало более 200 тыс. россиян, которые бежали от мобилизации": the verb before the figure
    start, end, name, conf, word = (after or before)[0]
    if name == "left" and word in ("left", "leave", "leaving", "уехали из", "покинули") or \
            word.startswith(("покинул", "выехал")):
        nxt = [d for d in destinations if 0 <= d[0] - end <= 4 + (3 if word.startswith("выехал") else 0)]
        if nxt and nxt[0][2] != origin:
            return "exited", 0.6
    return name, conf if after else conf - 0.1


def since(text: str, year: int | None) -> str:
    """The ISO date of the first "since 21 September" / "с 21 сентября" in ``text``, or ""."""
    for m in _SINCE.finditer(text):
        day = m.group("d1") or m.group("d2")
        name = (m.group("m1") or m.group("m2") or "").lower()
        month = MONTHS.get(name[:4]) or MONTHS.get(name[:3])
        y = int(m.group("y")) if m.group("y") else year
        if month and y:
            try:
                return date(y, month, int(day)).isoformat()
            except ValueError:
                continue
    return ""
