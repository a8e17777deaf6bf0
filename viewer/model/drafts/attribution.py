"""Who makes a claim: the attribution around its figure ("said X", "according to X", "по данным X")."""

from __future__ import annotations

import re

from .cited import cited_source

_SAY = (r"said|says|told(?: reporters)?|added|denied|denies|confirmed|reported|estimated|estimates|announced|"
        r"claimed|claims|stated|warned|warns|insisted|admitted|rejected|rejects|dismissed|disputed|wrote|noted|put|puts|gave|"
        r"сообщил[аио]?|заявил[аио]?|сказал[аио]?|отметил[аио]?|подтвердил[аио]?|отрицает|отверг(?:ла|ли|ло)?|"
        r"опроверг(?:ла|ли)?|назвал[аио]?|пишет|передает|передаёт|оценил[аи]?|сообщает|заявляет|повідомив|заявив|сказав")
_TIME = (r"(?:\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|"
         r"\s+(?:in|at) (?:a|an) [\w ]{3,30}?|\s+(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|"
         r"воскресенье)|\s+(?:also|previously|earlier|later|reportedly|также|ранее))*")
SUBJECT_SAYS = re.compile(rf"^(?:But |And |However, |Yet |Но |А |Однако )?(?P<who>[^,;:“\"«]{{2,90}}?){_TIME}\s+"
                          rf"(?:{_SAY})\b", re.U)
SAYS_SUBJECT = re.compile(rf"[,”\"»]\s*(?:{_SAY})\s+(?P<who>[A-ZА-ЯЁ][^,.;:“\"«]{{1,80}})", re.U)
TRAILING = re.compile(r",\s*(?P<who>[^,;:“\"«]{2,60}?)\s+(?:said|says|say|reported|told [\w ]{2,30}|added|warned|"
                      r"сообщил[аи]?|заявил[аи]?|сказал[аи]?)\s*[.!]?$", re.U)
ACCORDING = re.compile(r"(?P<by>according to|as reported by|по данным|по словам|по информации|по оценкам|по оценке|"
                       r"по мнению|по сведениям|по подсч[её]там|"
                       r"как сообщил[аи]?|как сообщает|как заявил[аи]?|за даними|за словами|laut|nach angaben)\s+"
                       r"(?P<who>[^,.;:“\"«]{2,80})", re.I | re.U)
VERB_FIRST = re.compile(r",\s*(?:сообщил[аио]?|заявил[аио]?|сказал[аио]?|отметил[аио]?|уточнил[аио]?|пишет|"
                        r"сообщает|передает|передаёт)\s+(?P<who>[^,.;:“\"«]{2,60}?)\s*[.!]?$", re.U)
"""A Russian sentence that ends with its verb, then its speaker: "…, сообщило издание", "…, заявили в МВД"."""
GENITIVE = ("по данным", "по словам", "по информации", "по оценкам", "по оценке", "по мнению", "по сведениям",
            "по подсчетам", "по подсчётам")
"""The Russian words before a claimant that put it in the genitive."""
REPORTS = re.compile(r"(?P<who>(?:reports?|estimates?|figures?|data|сообщения|данные|оценки)\s+(?:in|by|from|of|в|от)"
                     r"\s+[^,.;:“\"«]{2,60}?)\s+(?:that|что|saying)\b", re.I | re.U)
BY_SOURCE = re.compile(r"\b(?:given|provided|put forward|cited)\b[^.;]{0,60}?\bby\s+[“\"«]?(?P<who>[^,.;”\"»]{3,80})",
                       re.I | re.U)
ANAPHORA = re.compile(r"(?:he|she|they|it|он|она|они|the source|the official|the minister|the spokesman|"
                      r"the ministry|источник|чиновник|министр)", re.I)

LEADING_CITING = re.compile(r"^(?:(?:Citing|Quoting|Ссылаясь на|Со ссылкой на)\s[^,;]{2,80}|"
                            r"On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s*", re.U)
"""A sentence that opens with what its speaker cites or a day ("Citing border statistics, the Financial Times said
…", "On Monday, the ministry said …")."""


CLAUSE = re.compile(r"(?:;|,\s+(?:while|whereas|and|but|though|although|as|а|но|тогда как|в то время как|и))\s+",
                    re.I | re.U)
"""Where a later clause may begin with its own speaker."""


_LEADING_DAY = re.compile(r"^(?:(?:в|во|В|Во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                          r"(?:On|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+(?=\w)", re.U)


def _clean(who: str) -> str:
    who = re.sub(r"\s+", " ", who).strip(" “”\"«»'’,")
    who = re.sub(r"\s+(?:have|has|had|would|will|did|do|does)(?:\s+(?:also|not|never|since|now))?$", "", who)   # "… have denied"
    who = _LEADING_DAY.sub("", who)     # "В понедельник МВД сообщило", "On Monday the ministry said"
    who = re.sub(r"^(?:the|a|an)\s+(?=[a-z])", lambda m: m.group(), who)
    return who


def attribution(sentence: str, figure_at: int) -> tuple[str, float, bool]:
    """(claimant, confidence, is_anaphora) for the figure at ``figure_at`` in ``sentence``; ("", 0, False).

    The source a reporter cites is the claimant rather than the reporter ("…, Reuters reported, citing a source
    in the border service"); a Russian claimant is put in the nominative ("по данным источника": "источник").
    """
    found: list[tuple[int, str, float, str]] = []
    for pattern, confidence in ((REPORTS, 0.7), (ACCORDING, 0.8), (BY_SOURCE, 0.7), (SAYS_SUBJECT, 0.6),
                                (TRAILING, 0.6), (VERB_FIRST, 0.6)):
        for m in pattern.finditer(sentence):
            case = "gent" if pattern is ACCORDING and m.group("by").lower() in GENITIVE else ""
            if m.start("who") < figure_at or pattern in (SAYS_SUBJECT, BY_SOURCE, TRAILING, VERB_FIRST) or \
                    pattern is ACCORDING and not CLAUSE.search(sentence, figure_at, m.start()):
                found.append((m.start("who"), _clean(m.group("who")), confidence, case))
    lead = LEADING_CITING.match(sentence)
    for start in [0] + ([lead.end()] if lead else []) + [c.end() for c in CLAUSE.finditer(sentence, 0, figure_at)]:
        # the sentence's subject, or a later clause's ("…, while Georgia's ministry said about 10,000 a day")
        m = SUBJECT_SAYS.match(sentence[start:])
        if m and start + m.start("who") < figure_at and len(m.group("who").split()) <= 12:
            found.append((start + m.start("who"), _clean(m.group("who")), 0.8, ""))
    cited = cited_source(sentence, figure_at)
    if cited:
        who, case = cited
        who = re.split(rf"\s+(?:{_SAY})\b", who)[0]      # "… со ссылкой на источник сообщила"
        return _in_nominative(_clean(who), case), 0.7, False
    if not found:
        return "", 0.0, False
    before = [f for f in found if f[0] < figure_at]
    pos, who, confidence, case = max(before) if before else found[0]
    return _in_nominative(who, case), confidence, ANAPHORA.fullmatch(who) is not None


def _in_nominative(who: str, case: str) -> str:
    """A Russian ``who`` in the nominative: read in ``case``, or as a place ("в МВД", "В Кремле": "Кремль")."""
    place = re.match(r"(?:в|во|В|Во)\s+(?=[А-ЯЁа-яё])", who)
    if not (case or place) or not re.search(r"[А-Яа-яЁё]", who):
        return who          # (the Russian dictionaries are loaded only for a Russian claimant)
    from .russian_case import nominative, reads_as
    if place and reads_as(who[place.end():], "loct"):
        return nominative(who[place.end():], "loct")
    return nominative(who, case) if case else who


CLAIMANT_TYPES = [
    ("anonymous", r"\bsources?\b|источник|джерел|собеседник|insider|familiar with|close to|"
                  r"\bpersons?\b|\bpeople\b|близк"),
    ("government", r"minist|spokes|kremlin|official|government|authorit|border (?:guard|service)|president|"
                   r"police|interior|мвд|министр|пресс-секретар|кремл|власт|правительств|погран|ведомств|"
                   r"президент|міністр|уряд"),
    ("media", r"media|newspaper|outlet|forbes|reuters|agency|\btv\b|bbc|times|post|journal|сми|издани|агентств|"
              r"газет|медіа|видання"),
    ("organization", r"\bun\b|unhcr|iom|ngo|organi[sz]ation|committee|foundation|организац|фонд|комитет"),
]


def claimant_type(who: str) -> str:
    lowered = who.lower()
    for kind, pattern in CLAIMANT_TYPES:
        if re.search(pattern, lowered):
            return kind
    return "other"
