"""Text copied from a browser: the article's paragraphs without the page's chrome, and what it says of itself.

A copy brings menus, breadcrumbs, sign-in, subscription and share lines,
"Read more" links, copyright lines and captions twice. Each line is judged on
its own words (see ``CHROME``); from the first line that starts the page's
footer (``FOOTER``) on, everything goes once the article has begun. Lines
that give the date ("Published on Oct 06, 2022 06:42 PM IST") or the byline
("Reuters |", "By Jane Doe") are read and dropped. The title is the first
line left, and stays in the text. Lines are kept as they are, one paragraph
per line; runs of blank lines become one.
"""

from __future__ import annotations

import re

from .bylines import NOT_NAMES, byline_name
from .dates import parse_date

_I = re.I | re.U


def _any(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


CHROME = _any(
    r"(home|main|главная|головна)\s*[/›>»|]\s*\S.*",                      # breadcrumb
    r"(share|share this( article| story)?( on)?|copy( link)?|tweet|e-?mail|print|whatsapp|facebook|twitter|x|"
    r"telegram|vk|linkedin|reddit|поделиться|копировать( ссылку)?|скопировать ссылку)\s*:?",
    r"(sign ?in|sign ?out|sign ?up|log ?in|log ?out|register|my account|edit profile|saved articles|following|"
    r"my reads|my offers|story saved|bookmark|войти|выйти|регистрация|личный кабинет)",
    r"(create (a )?free account|already have an account|register free|start \d+ days? free trial|subscribe\b|"
    r"sign up (to|for)\b.{0,80}(newsletter|briefing|alerts).{0,40}|get latest .{0,80} news.{0,120}|"
    r"подпишитесь\b.{0,160}|підпис(уйтесь|атися)\b.{0,160}|abonnieren sie.{0,120}|"
    r"subscribe now|unlock exciting|newsletters?, alerts|personalise your news|personalize your news|"
    r"подпи(сат|шит)ься|оформить подписку).{0,160}",
    r"(read more|read also|also read|see also|must read|recommended|you may also like|related( stories| articles)?|"
    r"читайте также|читайте нас|смотрите также|по теме|ещё по теме|еще по теме|подробнее|читайте також|"
    r"дивіться також|lesen sie auch|mehr zum thema|auch interessant)\b.{0,200}",
    r"(copyright|©|\(c\) \d{4}).{0,150}|.{0,100}(all rights reserved|все права защищены|усі права захищено|"
    r"alle rechte vorbehalten).{0,100}",
    r"(\d+\s+)?(comments?|комментари(и|ев|й))|please let us know if you're having issues with commenting\.?",
    r"advertisement|реклама|реклама\.|anzeige|werbung|sponsored( content)?|scroll to continue( with content)?|×|close|menu|search|меню|поиск",
    r"(trending|trending topics|topics|tags|темы|теги|most read|most viewed|popular|самое читаемое|"
    r"skip to (main )?content|listen to this article|\d+ min(ute)?s? read|reuse this content|"
    r"explore more on these topics|перейти к содержанию|слушать|время чтения.{0,20})",
    r"(new delhi|moscow|москва|london) -?\d{1,2}\s?°?c",                  # weather widgets
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday), \w+ \d{1,2}, \d{4}",   # today's date
    r"follow (us|trending topics).{0,80}",
)
FOOTER = _any(
    r"share this (article|story)( on)?", r"topics", r"trending topics", r"comments", r"tags", r"темы", r"теги",
    r"get latest .{0,80} news.{0,120}", r"please let us know if you're having issues with commenting\.?",
    r"(you may also like|related (stories|articles)|more from .{1,40}|recommended( for you)?|most read|most viewed|"
    r"explore more on these topics|reuse this content|(read|up|watch) next|what to read next|more stories|"
    r"читайте далее|читать далее|другие новости)",
    r"our standards:.{0,80}",
    r"(комментарии|читайте нас в .{1,40}|подписывайтесь на .{1,80})",
)
DATE_LINE = re.compile(r"(published|updated|posted|first published|last updated|date|опубликовано|обновлено|"
                       r"дата публикации|оновлено)\b\s*(on|at)?\s*:?\s*(?P<rest>.*)", _I)
NAME_BAR = re.compile(r"(?P<who>[^|]{2,60}?)\s*\|(\s*(updated|published).*)?", _I)
"""A copy's byline of a name alone before a bar ("Nino Beridze | Updated 4 Oct"); one opened by "By" is read by
bylines.byline_name, as in saved pages."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]?\s*$")
WIRE_DATELINE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{1,40}(?:,\s[^()]{1,30})?\s\((?P<outlet>[A-Z][\w&.'’ -]{1,30})\)\s*[-—–]")
"""A wire story's dateline: "MOSCOW, Oct 6 (Reuters) -", "TBILISI (AP) —": the outlet in brackets."""
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'”»)]?\s*$")
"""A line ending in a full stop is a sentence, not a headline (a headline may end in "?" or "!")."""


_LINK_LEAD = re.compile(r"(read more|read also|also read|see also|must read|recommended|you may also like|related|"
                        r"читайте|смотрите|по теме|ещё по теме|еще по теме|подробнее|дивіться|lesen sie|mehr zum|"
                        r"auch interessant)\b\s*(?P<mark>[:|»›-])?", _I)


def is_chrome(line: str) -> bool:
    """Whether a line is page chrome: short, and made of the words of ``CHROME``.

    A line over 200 characters is never chrome. A "Read more"-like line that
    ends as a sentence does ("Related to this, ... said.") is chrome only
    when a colon or bar follows its first words ("Read more: ...").
    """
    line = line.strip()
    if len(line) > 200:
        return False
    if CHROME.fullmatch(line) is None:
        return _menu_bar(line)
    lead = _LINK_LEAD.match(line)
    if lead and not lead.group("mark") and len(line.split()) > 4 and _SENTENCE_END.search(line):
        return False
    return True


_MENU_GAPS = re.compile(r"\s{2,}|\t|\s[|·•]\s")


def _menu_bar(line: str) -> bool:
    """A site's menu copied as one line ("Home  News  World  Sign in  Subscribe"): three or more parts between
    wide gaps or bars, each chrome or a short menu word."""
    parts = [p.strip() for p in _MENU_GAPS.split(line) if p.strip()]
    return len(parts) >= 3 and all(CHROME.fullmatch(p) is not None or (_is_section_word(p) and len(p) <= 24)
                                   for p in parts)


COPYRIGHT_OUTLET = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
                              r"(?P<outlet>[A-ZА-ЯЁ][\w&'’ -]{1,40}?)\s*[.,]?\s*(?:all rights reserved|"
                              r"все права защищены)", _I)
"""A site's footer: "© 2022 World Daily. All rights reserved." names the outlet."""


def _is_body(line: str) -> bool:
    return len(line.split()) >= 12 and _SENTENCE_END.search(line) is not None


def clean_browser_copy(text: str) -> tuple[str, dict[str, str]]:
    """The article's text and the metadata the copy gives (title, published, byline) as a dict."""
    meta = {"title": "", "published": "", "byline": "", "outlet": ""}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    seen: set[str] = set()
    begun = False
    bodies = 0
    crumbs: set[str] = set()   # the parts of a breadcrumb: a header line repeating one is a section label
    title_at = _title_line(lines)
    linked = False   # the line before was "Read more:" (or the like), alone
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        if begun and FOOTER.fullmatch(line):
            break
        date_line = DATE_LINE.fullmatch(line)
        if date_line and len(line) < 120 and parse_date(line):
            meta["published"] = meta["published"] or parse_date(line)
            continue
        if not begun and meta["title"] and ((len(line) < 60 and parse_date(line) and len(line.split()) <= 6)
                                            or _starts_with_date(line)):
            meta["published"] = meta["published"] or parse_date(line)
            meta["byline"] = meta["byline"] or byline_name(line)   # "28 сентября 2022 · Автор: Ирина Петрова"
            continue
        if linked and len(line) < 150 and not _SENTENCE_END.search(line):
            linked = False
            continue   # the headline a "Read more:" line links to
        linked = False
        if is_chrome(line):
            footer = COPYRIGHT_OUTLET.match(line)
            if footer and begun:
                meta["outlet"] = meta["outlet"] or footer["outlet"].strip()
            if "/" in line or "›" in line or "»" in line:
                crumbs.update(p.strip().lower() for p in re.split(r"[/›»>|]", line))
            linked = begun and bool(_LINK_LEAD.fullmatch(line))
            continue
        if title_at is not None and i < title_at:
            continue   # menu words above the headline
        if bodies < 3 and meta["title"]:
            who = _byline(line) or (_name_line(line) if not begun and line.lower() not in crumbs else "")
            if who:
                meta["byline"] = meta["byline"] or who
                continue
            if not begun and (_is_label(line) or line.lower() in crumbs):
                continue
        key = " ".join(line.split())
        if key in seen and len(key) > 3:
            continue   # a caption or line copied twice
        seen.add(key)
        if not meta["title"]:
            if len(line) <= 300:
                meta["title"] = line
        elif _is_body(line):
            if not begun and not meta["outlet"]:
                wire = WIRE_DATELINE.match(line)
                meta["outlet"] = wire["outlet"] if wire else ""
            begun = True
            bodies += 1
        kept.append(raw)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return body + "\n" if body else "", meta


def _title_line(lines: list[str]) -> int | None:
    """The index of the headline: a line of four words or more above the body, not ended by a full stop (a short
    headline over a short first sentence stays the headline, and in the text). A site's tagline comes before
    its menu or section words, the headline after them: a candidate followed by such a word, before any
    byline or date, gives way to the next. Else the first candidate (else the first line)."""
    header = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or is_chrome(line) or (DATE_LINE.fullmatch(line) and parse_date(line)):
            continue
        if _is_body(line):
            break
        header.append((i, line))
    candidates = [(i, line) for i, line in header if len(line.split()) >= 4 and len(line) <= 300
                  and not _starts_with_date(line) and not _FULL_STOP.search(line)]
    pick = None
    for i, line in header:
        if _byline(line) or _starts_with_date(line):
            break
        if pick is None and (i, line) in candidates:
            pick = i
        elif pick is not None and _is_section_word(line):
            pick = None   # the candidate was the site's own line, above its menu
    if pick is not None:
        return pick
    if candidates:
        return candidates[0][0]
    return header[0][0] if header else None


def _is_section_word(line: str) -> bool:
    """A menu or section word of a page's header ("World", "Business", "Новости"): one to three words, no
    digits, no sentence."""
    words = line.split()
    return 1 <= len(words) <= 3 and not any(ch.isdigit() for ch in line) and not _SENTENCE_END.search(line)


def _starts_with_date(line: str) -> bool:
    """A line that opens with a date ("October 4, 20225:31 PM UTCUpdated 2 years ago", as a copy glues it)."""
    return len(line) < 80 and not _is_body(line) and bool(parse_date(line[:24])) and line[:1].isalnum() and \
        parse_date(line[:24])[:10] == parse_date(line[:len(line)])[:10]   # (one may have the time, the other not)


_NAME = re.compile(r"(?:by\s+)?(?P<who>[A-ZА-ЯЁ][\w'’-]+(?: [A-ZА-ЯЁ][\w'’.-]+){1,3})"
                   r"(?: (?:in|в|из|aus) [A-ZА-ЯЁ][\w-]+)?")
_SECTION_WORDS = {"news", "world", "politics", "business", "sport", "sports", "europe", "asia", "opinion", "latest",
                  "india", "russia", "ukraine", "war", "middle", "east", "us", "uk", "live", "video", "analysis",
                  "новости", "мир", "политика", "общество", "экономика", "в", "мире", "россия"}


def _name_line(line: str) -> str:
    """A byline of names alone ("Tom Ellis in Helsinki", "Анна Петрова"), or ""."""
    found = _NAME.fullmatch(line)
    if not found or all(w.lower() in _SECTION_WORDS for w in found.group("who").split()):
        return ""
    words = [w.lower().rstrip(".,") for w in found.group("who").split()]
    if words[0] == "by" or any(w in NOT_NAMES for w in words):   # "By Tuesday": bylines.byline_name said no
        return ""
    return found.group("who")


def _byline(line: str) -> str:
    name = byline_name(line)
    if name:
        return name
    found = NAME_BAR.fullmatch(line)
    if found:
        who = found.group("who").strip()
        if who and len(who.split()) <= 8 and not _SENTENCE_END.search(who):
            return who
    return ""


def _is_label(line: str) -> bool:
    """A section label in the page's header ("world news", "POLITICS"): a few words, no sentence."""
    words = line.split()
    if len(words) > 3 or _SENTENCE_END.search(line) or any(ch.isdigit() for ch in line):
        return False
    return line == line.lower() or line == line.upper()
