"""The source a report cites: "…, Reuters reported, citing a source in the border service", "со ссылкой на источник".

A page written after the fact names its reporter (an outlet, a wire) and, often, the source the reporter cites.
The cited source is the claimant; the reporter stays the claimant only when it is the sentence's only
attribution, or when what it cites is data rather than someone ("citing border statistics").
"""

from __future__ import annotations

import re

CITING = re.compile(r"(?<!\w)(?:citing|quoting|со ссылкой на|ссылаясь на|цитируя)\s+(?P<who>[^,.;:“\"«]{2,80})",
                    re.I | re.U)
RUSSIAN_ACCUSATIVE = ("со ссылкой на", "ссылаясь на", "цитируя")
"""The Russian words before a cited source that put it in the accusative."""

# What is cited when it is not someone: "citing border statistics", "со ссылкой на данные погранслужбы".
_DATA = re.compile(r"^(?:(?:its|their|his|her|own|official|new|the|latest|border|government|свои|собственные|"
                   r"официальные)\s+)*(?:statistics|data|figures|estimates|records|calculations|numbers|reports?|"
                   r"documents?|статистик\w*|данны\w*|оценк\w*|подсчет\w*|подсчёт\w*|расчет\w*|расчёт\w*|"
                   r"документ\w*|сообщени\w*)\b(?:\s+(?:from|of|by)\s+(?P<body>.+)|\s+(?P<genitive>[А-ЯЁа-яё«].*))?$",
                   re.I | re.U)
# Someone who can be cited: a source, an official, a body, or a name ("Kazakh officials", "an FSB source");
# "citing security concerns" cites a reason, not a source.
_SOMEONE = re.compile(r"(?<!\w)(?:sources?|officials?|person|people|insiders?|ministry|minister|spokes\w*|service|"
                      r"guards?|police|authorit\w*|government|agency|analysts?|experts?|diplomats?|officers?|head|"
                      r"chief|members?|deput\w*|representatives?|administration|department|office|committee|"
                      r"источник\w*|собеседник\w*|чиновник\w*|представител\w*|служб\w*|ведомств\w*|министр\w*|"
                      r"пресс-\w+|сотрудник\w*|эксперт\w*|аналитик\w*|власт\w*|депутат\w*|глав\w*|руководител\w*|"
                      r"администраци\w*|правительств\w*|силовик\w*)(?!\w)|(?<!\w)[A-ZА-ЯЁ]", re.U)


# Where one clause ends and the next, with a speaker of its own, may start (", as Reuters reported, citing …"
# is one clause).
_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|а|но|тогда как|в то время как)\s+", re.I | re.U)


def cited_source(sentence: str, figure_at: int) -> tuple[str, str] | None:
    """(the source cited for the figure at ``figure_at``, the Russian case it is written in: "accs" after "со
    ссылкой на", "gent" after "данные", else ""), or None when the sentence cites no one for it."""
    best = None
    for m in CITING.finditer(sentence):
        lo, hi = sorted((m.start(), figure_at))
        if _BREAK.search(sentence, lo, hi):
            continue     # another clause's citation
        who = m.group("who").strip()
        by = m.group()[:m.start("who") - m.start()].strip().lower()
        case = "accs" if by in RUSSIAN_ACCUSATIVE else ""
        data = _DATA.match(who)
        if data:
            if not (data.group("body") or data.group("genitive")):
                continue
            who, case = (data.group("body") or data.group("genitive")).strip(), \
                ("gent" if data.group("genitive") else case)
        if not _SOMEONE.search(who):
            continue
        if best is None or abs(m.start() - figure_at) < abs(best[0] - figure_at):
            best = (m.start(), who, case)
    return None if best is None else (best[1], best[2])
