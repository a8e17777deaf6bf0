"""A Russian claimant put back in the nominative: "по словам пресс-секретаря Кремля Дмитрия Пескова" gives
"пресс-секретарь Кремля Дмитрий Песков", "со ссылкой на собеседника в Кремле" gives "собеседник в Кремле".

Only the head of the phrase changes: the adjectives before its first noun, that noun, and a person's name
standing beside it ("… Дмитрия Пескова"). What hangs on the head stays as written: "Кремля", "внутренних дел
Грузии", "в администрации президента". Words are read by pymorphy3 (offline dictionaries), imported the first
time a Russian claimant is drafted, never at the app's start; a phrase whose first word is not in the case
the preposition asks for is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")
_NAME = ("Name", "Surn", "Patr")
# Heads whose person beside them is someone else, in the genitive ("вдовы Алексея Навального").
_KIN = {"вдова", "жена", "муж", "сын", "дочь", "мать", "отец", "брат", "сестра", "родственник", "родственница",
        "семья", "друг", "соратник", "соратница", "сторонник", "сторонница", "окружение", "адвокат"}


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3   # ~0.1 s and ~30 MB, only once a Russian claimant is drafted
    return pymorphy3.MorphAnalyzer()


def _parse(word: str, case: str, kinds: tuple[str, ...]):
    """The likeliest reading of ``word`` in ``case`` whose part of speech is one of ``kinds``, or None."""
    for p in _morph().parse(word):
        if p.tag.case in (case, case[:3] + "2") and p.tag.POS in kinds:
            return p
    return None


def _as_written(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _nominative(word: str, parse) -> str:
    form = parse.inflect({"nomn"})
    return word if form is None else _as_written(form.word, word)


def _agreement(noun: str, case: str) -> set[str]:
    """The grammemes an adjective takes in the nominative beside ``noun`` (its number, and gender if singular)."""
    p = _parse(noun, case, ("NOUN",))
    if p is None:
        return {"nomn"}
    if p.tag.number == "plur":
        return {"nomn", "plur"}
    return {"nomn", "sing", p.tag.gender if p.tag.gender in ("masc", "femn", "neut") else "masc"}


def reads_as(phrase: str, case: str) -> bool:
    """Whether the first word of ``phrase`` is a Russian noun or adjective that may be in ``case``."""
    first = phrase.split(" ")[0]
    return bool(_WORD.match(first)) and _parse(first, case, ("NOUN", "ADJF", "PRTF")) is not None


def nominative(phrase: str, case: str) -> str:
    """``phrase`` with its head in the nominative, read as being in ``case`` ("gent" after "по словам", "accs"
    after "со ссылкой на", "loct" after "сообщили в"); the phrase as it is when it is not Russian or its first word is not in that case."""
    if not _CYRILLIC.search(phrase) or case not in ("gent", "accs", "loct"):
        return phrase
    words = phrase.split(" ")
    out = list(words)
    head = None
    for i, word in enumerate(words):
        if not _WORD.match(word):
            break                # a Latin name, a quote mark, a figure: no head to put in the nominative
        adjective = _parse(word, case, ("ADJF", "PRTF"))
        noun = _parse(word, case, ("NOUN",))
        if noun is None and adjective is None:
            break
        if noun is not None and (adjective is None or adjective.score < noun.score):
            if i > 0 and word.isupper():
                return phrase    # "данные ФСБ": what stands before an abbreviation is not its adjective
            out[i] = _nominative(word, noun)
            head = i
            break
    if head is None:
        # "со ссылкой на своих источников": a source taken as someone (a person's accusative is the genitive)
        return nominative(phrase, "gent") if case == "accs" else phrase
    agree = _agreement(words[head], case)
    for i in range(head):          # the adjectives before the head agree with it ("официального представителя")
        adjective = _parse(words[i], case, ("ADJF", "PRTF"))
        form = adjective.inflect(agree) or adjective.inflect({"nomn"})
        out[i] = words[i] if form is None else _as_written(form.word, words[i])
    head_parse = _parse(words[head], case, ("NOUN",))
    named = head_parse is not None and any(g in head_parse.tag for g in _NAME)
    if head_parse is not None and head_parse.normal_form in _KIN:
        return " ".join(out)
    for j in range(head + 1, len(words)):
        word = words[j]
        if not _WORD.match(word):
            break
        parts = [(part, _name_parse(part, case)) for part in word.split("-")]
        kinds = {g for _part, p in parts if p is not None for g in _NAME if g in p.tag}
        if not named:
            if "Name" in kinds and all(w[:1].isupper() for w in words[j:]):
                named = True     # "пресс-секретаря Кремля Дмитрия Пескова": the person beside the head
            elif _parse(word, case, ("NOUN",)) is None and \
                    _parse(word, "gent", ("NOUN", "ADJF", "PRTF", "NUMR")) is None:
                break            # a preposition or a verb: what follows hangs on something else
            else:
                continue
        if kinds:                # "Касым-Жомарта" gives "Касым-Жомарт"
            out[j] = "-".join(part if p is None else _nominative(part, p) for part, p in parts)
    return " ".join(out)


def _name_parse(word: str, case: str):
    """The reading of a capitalised ``word`` as a first name, surname or patronymic in ``case``, or None."""
    if not word[:1].isupper():
        return None
    for p in _morph().parse(word):
        if p.tag.case in (case, case[:3] + "2") and p.tag.POS == "NOUN" and any(g in p.tag for g in _NAME):
            return p
    return None
