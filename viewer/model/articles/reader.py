"""read_article: a file of any kind analysts collect, to an Article (or one line saying why not)."""

from __future__ import annotations

import os
from pathlib import Path

from ..reading.files import MAX_ARTICLE_BYTES
from ..checking.problems import msg
from .browser_text import clean_browser_copy
from .decode import NotText, decode
from .hints import name_hints
from .language import guess_language
from .model import MAX_INPUT_BYTES, Article, ArticleError

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_TABLE_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".xls", ".xlsx", ".ods", ".parquet", ".sqlite",
                   ".db", ".geojson")
"""Files of data, not articles: a CSV read as text became a source titled by its header ("name,age")."""
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".svg")


def read_article(path: str | os.PathLike, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """The article in ``path`` (.html/.htm, .pdf, or text copied from a browser); raises ArticleError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ArticleError(str(path), msg("is not a file; give a saved page, a PDF or a text file"))
        if size > max_bytes:
            raise ArticleError(str(path), msg("the file is {size} MB, over the limit of {limit} MB; "
                                              "import the article's text alone",
                                              size=round(size / 1024**2, 1), limit=max_bytes // 1024**2))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(str(path), msg("no such file")) from None
    except PermissionError:
        raise ArticleError(str(path), msg("the file cannot be read (permission denied)")) from None
    except IsADirectoryError:
        raise ArticleError(str(path), msg("is not a file; give a saved page, a PDF or a text file")) from None
    return read_article_bytes(data, str(path), max_bytes)


def read_article_bytes(data: bytes, name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """As :func:`read_article`, for the bytes of a file called ``name``."""
    if len(data) > max_bytes:
        raise ArticleError(name, msg("the file is {size} MB, over the limit of {limit} MB; "
                                     "import the article's text alone",
                                     size=round(len(data) / 1024**2, 1), limit=max_bytes // 1024**2))
    suffix = os.path.splitext(name)[1].lower()
    try:
        if data[:1024].lstrip().startswith(b"%PDF") or suffix == ".pdf":
            if not data.lstrip()[:5] == b"%PDF-":
                raise NotText(msg("the file is not a PDF, though its name ends in .pdf"))
            from .pdf_text import read_pdf
            text, meta = read_pdf(data)
        elif suffix in _TABLE_SUFFIXES:
            raise NotText(msg("the file is a table or data file ({kind}), not an article; give a saved page "
                              "(.html), a PDF or a text file", kind=suffix[1:].upper()))
        elif suffix in _IMAGE_SUFFIXES and suffix != ".svg":
            decode(data)   # names the kind of file when it can tell ("a PNG image")
            raise NotText(msg("the file is an image, not an article; give a saved page (.html), "
                              "a PDF or a text file"))
        else:
            decoded = decode(data, html=True)
            head = decoded[:2048].lstrip().lower()
            if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html", "<?xml")):
                from .html_page import read_html
                text, meta = read_html(decoded)
            else:
                text, meta = clean_browser_copy(decoded)
    except NotText as err:
        raise ArticleError(name, err.message) from None
    if not text.strip():
        raise ArticleError(name, msg("no article text found in the file; copy the article's text "
                                     "into a .txt file and import that"))
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise ArticleError(name, msg("the article's text is over the dataset format's limit of 10 MiB"))
    article = Article(text=text, **{k: v for k, v in meta.items() if k in Article.__dataclass_fields__ and v})
    hints = name_hints(os.path.splitext(os.path.basename(name))[0])
    article.outlet = article.outlet or hints.get("outlet", "")
    # A PDF's own day of making comes after the name's date (a page saved as PDF was made the day it was saved).
    article.published = article.published or hints.get("published", "") or meta.get("created", "")
    article.language = article.language or guess_language(text) or ""
    return article
