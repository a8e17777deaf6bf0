"""A saved web page: its main text by trafilatura (Apache 2.0), tidied, and its metadata.

On top of trafilatura alone (measured in benchmarks/bench_articles.py):
- lines that are page chrome left inside the body ("Read more: …", "Also
  read", "Advertisement", share and subscription lines), photo captions and
  credits ("Photo: …", "… (AP)") and date lines are dropped, and a line
  repeated is kept once;
- tables that lay the page out (their cells hold paragraphs) are read as
  blocks, not as a data table;
- when trafilatura finds too little (a page it does not recognise), it is
  asked again favouring recall;
- the metadata prefers what the page states for machines: JSON-LD
  ``datePublished`` and ``author``, ``article:published_time`` (with its
  time and zone, where trafilatura keeps the date only), ``og:site_name``,
  the canonical link and ``<html lang>``.
Paragraphs are separated by a blank line, as in the dataset's articles.
"""

from __future__ import annotations

import json
import re

from .browser_text import DATE_LINE, is_chrome
from .bylines import byline_name
from .dates import parse_date
from .hints import split_site_suffix

MIN_TEXT = 200
"""Below this many characters, trafilatura's first answer is taken as a miss and it is asked again."""


def read_html(html: str) -> tuple[str, dict[str, str]]:
    """The main text of a saved page (paragraphs separated by blank lines) and its metadata."""
    import logging

    from lxml import html as lxml_html
    import trafilatura
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR)   # its notes on odd pages are not the user's business
    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return "", {}
    if _unwrap_layout_tables(tree):
        html = lxml_html.tostring(tree, encoding="unicode")
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      deduplicate=False)
    text = (doc.text if doc else "") or ""
    if len(text) < MIN_TEXT:
        again = trafilatura.bare_extraction(html, with_metadata=False, include_comments=False, favor_recall=True)
        if again and len(again.text or "") > len(text):
            text = again.text
    meta = _metadata(tree, doc)
    body = tidy(text, meta)
    text = tidy(text, meta, _standfirst(tree, body.split("\n", 1)[0]))
    meta.pop("byline_line", None)   # (the line the byline was read from: dropped from the text with it)
    return text, meta


# A photo's caption or credit left in the body: "Photo: Reuters", "Фото: ТАСС", "... (AP)", "... Getty Images".
CAPTION = re.compile(r"(?:(?:photo|photograph|image|picture|illustration|video|фото|видео|иллюстрация|скриншот|"
                     r"screenshot|bild|foto)\s*(?:credit)?\s*[:|©].{0,180}|.{0,180}(?:\((?:AP|AFP|Reuters|REUTERS|EPA|"
                     r"Getty Images|ТАСС|РИА Новости)\)|Getty Images|/ ?AFP|/ ?Reuters|via AP)\)?\.?)", re.I)
_SENTENCE_END = re.compile(r"[.!?…:][\"'”»)]?$")
_STANDFIRST = re.compile(r"standfirst|sortdec|subtitle|subheadline|sub-headline|\blead\b|intro|\bdek\b|excerpt|"
                         r"summary|article-description|synopsis", re.I)


def _unwrap_layout_tables(tree) -> bool:
    """Tables that lay out a page (their cells hold paragraphs) become divs, so their text is not a table's."""
    changed = False
    for table in list(tree.iter("table")):
        if sum(1 for _ in table.iter("p")) >= 2:
            for node in [table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th")]:
                node.tag = "div"
            changed = True
    return changed


def tidy(text: str, meta: dict[str, str] | None = None, standfirst: str = "") -> str:
    """Paragraphs without chrome lines, repeats, the headline, byline or date, separated by blank lines.

    Short lines that are not sentences (a site's name, menu words) are dropped
    at the start and end of the text, where a page's header and footer leave
    them; the standfirst the extractor left out is put back first.
    """
    meta = meta or {}
    drop = {" ".join(meta.get(k, "").split()).lower() for k in ("title", "byline", "byline_line") if meta.get(k)}
    out, seen = [], set()
    for line in text.split("\n"):
        line = line.strip()
        key = " ".join(line.split())
        if not key or is_chrome(key) or (key in seen and len(key) > 3) or key.lower() in drop:
            continue
        if len(key) < 40 and parse_date(key) and len(key.split()) <= 6:
            continue   # a date line
        if (len(key) < 120 and DATE_LINE.fullmatch(key) and parse_date(key)) or CAPTION.fullmatch(key):
            continue   # "Updated: ...", a caption
        seen.add(key)
        out.append(line)
    while out and _stray(out[0]):
        out.pop(0)
    while out and _stray(out[-1]):
        out.pop()
    if standfirst and " ".join(standfirst.split()) not in seen and out:
        out.insert(0, standfirst)
    return "\n\n".join(out) + "\n" if out else ""


def _stray(line: str) -> bool:
    return len(line.split()) < 5 and not _SENTENCE_END.search(line)


def _standfirst(tree, first_line: str = "") -> str:
    """The summary under the headline, where the page marks one (class "standfirst", "lead", ...).

    Only an element after the headline (the first h1) and before the body's
    first paragraph counts, so that a teaser of another article does not.
    """
    key = " ".join(first_line.split())[:60]
    seen_h1 = tree.find(".//h1") is None
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "h1":
            seen_h1 = True
            continue
        if node.tag == "p" and key and key in " ".join(node.text_content().split()):
            return ""   # the body has begun
        cls = node.get("class") or ""
        if seen_h1 and node.tag in ("h2", "div", "p") and cls and _STANDFIRST.search(cls):
            words = " ".join(node.text_content().split())
            if 40 <= len(words) <= 400 and (not key or key not in words):
                return words
    return ""


def _metadata(tree, doc) -> dict[str, str]:
    meta = {"title": "", "outlet": "", "published": "", "byline": "", "url": "", "language": ""}
    ld = _json_ld(tree)
    props = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key and node.get("content") and key not in props:
            props[key] = node.get("content").strip()
    meta["title"] = (ld.get("headline") or props.get("og:title") or (doc.title if doc else "") or "").strip()
    meta["outlet"] = (props.get("og:site_name") or ld.get("publisher") or (doc.sitename if doc else "") or "").strip()
    if meta["title"]:
        title, site = split_site_suffix(meta["title"], meta["outlet"])
        meta["title"] = title
        meta["outlet"] = meta["outlet"] or site
    if not meta["outlet"]:   # the page's <title> may still name the site ("Headline - BBC News")
        meta["outlet"] = split_site_suffix(" ".join((tree.findtext(".//title") or "").split()))[1]
    header = _header_lines(tree)
    near = next((line for line in header if len(line) < 80 and parse_date(line)), "")
    for candidate in (ld.get("datePublished"), props.get("article:published_time"), props.get("datepublished"),
                      props.get("pubdate"), props.get("date"), near, doc.date if doc else None):
        iso = parse_date(candidate or "")
        if iso:
            meta["published"] = iso
            break
    meta["byline"] = (ld.get("author") or props.get("author") or props.get("article:author") or
                      (doc.author if doc else "") or "").strip()
    if not meta["byline"]:   # "By Steve Rosenberg, Russia editor" / "Автор: Ирина Петрова" under the headline
        meta["byline"], meta["byline_line"] = _byline_in(header)
    if meta["byline"].startswith("http"):
        meta["byline"] = ""
    meta["byline"] = re.sub(r"^(?:by|von|автор:?)\s+|\s+(?:in|в|aus)\s+[A-ZА-ЯЁ][\w-]+$", "", meta["byline"], flags=re.I)
    url = ""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            url = link.get("href").strip()
            break
    meta["url"] = url or next((u for u in (props.get("og:url"), ld.get("url"), doc.url if doc else None)
                               if u and u.startswith("http")), "")
    lang = (tree.get("lang") or tree.get("xml:lang") or props.get("og:locale") or "").strip()
    meta["language"] = re.split(r"[_-]", lang)[0].lower() if lang else ""
    return meta


HEADER_LINES = 6


def _byline_in(header: list[str]) -> tuple[str, str]:
    """The name a byline among ``header``'s lines gives (see bylines.byline_name), and its line."""
    for line in header:
        name = byline_name(line)
        if name:
            return name, line
    return "", ""


def _header_lines(tree) -> list[str]:
    """The first few short lines of text after the headline (the first h1), before the body begins: where a
    page puts its date and byline. Lines of links (menus, related stories) are not among them."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return []
    lines, started = [], False
    for node in tree.iter():
        if node is h1:
            started = True
            continue
        if not started or not isinstance(node.tag, str) or node.tag in ("script", "style", "a", "li", "ul", "nav"):
            continue
        if node.tag not in ("p", "span", "div", "time", "address", "h2", "h3", "h4"):
            continue
        if any(child.tag in ("p", "div") for child in node if isinstance(child.tag, str)):
            continue   # (its own lines are met one by one)
        text = " ".join(node.text_content().split())
        if not text or (lines and text == lines[-1]):
            continue
        if len(text) > 200:   # the body has begun
            break
        lines.append(text)
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _json_ld(tree) -> dict[str, str]:
    """headline, datePublished, author, publisher and url of the page's first JSON-LD article, as text."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
                url = item.get("url") or item.get("mainEntityOfPage")
                url = url.get("@id", "") if isinstance(url, dict) else url
                return {"headline": _name(item.get("headline")), "datePublished": _name(item.get("datePublished")),
                        "author": _name(item.get("author")), "publisher": _name(item.get("publisher")),
                        "url": url if isinstance(url, str) else ""}
    return {}


def _items(data):
    if isinstance(data, list):
        for x in data:
            yield from _items(x)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _items(data["@graph"])


def _name(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    return ""
