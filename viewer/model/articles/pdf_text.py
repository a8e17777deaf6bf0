"""The text of a PDF (pypdf, BSD licence): its pages' text with paragraphs, and its metadata."""

from __future__ import annotations

import io
import re

from ..checking.problems import msg
from .dates import parse_date
from .decode import NotText


def read_pdf(data: bytes) -> tuple[str, dict[str, str]]:
    """Text and metadata of a PDF; raises NotText for an encrypted, broken or scanned (image-only) one."""
    import logging
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise NotText(msg("the PDF is encrypted; save an unprotected copy and import that"))
            except (NotImplementedError, DependencyError):
                raise NotText(msg("the PDF is encrypted; save an unprotected copy and import that")) from None
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except NotText:
        raise
    except DependencyError:   # an AES-encrypted file needs the cryptography package to be opened at all
        raise NotText(msg("the PDF is encrypted; save an unprotected copy and import that")) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise NotText(msg("the PDF cannot be read ({why}); save it again from its viewer", why=str(err)[:80])) from None
    text = "\n\n".join(_paragraphs(_plain(p)) for p in pages if p.strip())
    if len(re.findall(r"\w", text)) < 20:
        raise NotText(msg("the PDF has no text (a scan?); run it through OCR first, or copy its text to a .txt file"))
    meta = {"title": str(info.get("/Title") or "").strip(), "byline": str(info.get("/Author") or "").strip(),
            "published": _header_date(text), "created": ""}
    created = str(info.get("/CreationDate") or "")
    found = re.match(r"D:(\d{4})(\d{2})(\d{2})", created)
    if found:
        # The day the PDF was made: a browser's "Save as PDF" makes it the day it was saved. Taken last, after
        # a date under the title and one in the file's name (see reader.read_article_bytes).
        meta["created"] = parse_date(f"{found[1]}-{found[2]}-{found[3]}")
    return text.strip() + "\n", meta


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\t": " "})
"""Typographic ligatures as their letters (a quote typed "official" must be found where the PDF draws "oﬃcial"),
and the tabs some writers' PDFs give between words as spaces."""
HEADER_LINES = 4
"""A date on one of the first few short lines (under the title) is the article's."""


def _plain(page: str) -> str:
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", page.translate(LIGATURES))


def _header_date(text: str) -> str:
    """A date on one of the first short lines of the text ("Briefing note, 7 October 2022"), or ""."""
    for line in text.split("\n")[:2 * HEADER_LINES]:
        line = line.strip()
        if len(line) > 100:
            break
        day = parse_date(line) if line else ""
        if day:
            return day
    return ""


_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”»)]?$")
WHOLE_PARAGRAPH = 140
"""A line longer than a page's lines run is a paragraph the PDF gives whole (Qt's writer, some browsers')."""


def _paragraphs(page: str) -> str:
    """A page's lines joined into paragraphs: a blank line ends one, and so does a line ending a sentence that is
    short (a paragraph's last line) or longer than a line of print (a paragraph given whole), and a line much
    shorter than the page's lines before one opening with a capital (a title or heading over the text)."""
    lines = [line.strip() for line in page.replace("\r", "\n").split("\n")]
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    typical = lengths[len(lengths) // 2] if lengths else 0
    # A line longer than print runs: the page gives its paragraphs (and titles) whole, one per line; a line
    # then goes on only into one that opens in lower case or with a dash ("Bulletin" / "— Issue 14, …").
    # (Wrapped lines of a wide page are long too, but most of them stop mid-sentence.)
    widest = lengths[-1] if lengths else 0
    ended = [bool(_ENDS_SENTENCE.search(line)) or len(line) < 80 for line in lines if line]
    whole = widest > WHOLE_PARAGRAPH and sum(ended) >= 0.6 * len(ended)
    out, current = [], []
    header = True   # the short lines above the first full one
    for i, line in enumerate(lines):
        if not line:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line   # a word broken at the line end
            continue
        current.append(line)
        after = next((later for later in lines[i + 1:] if later), "")
        if len(line) >= 0.75 * widest:
            header = False
        if _ENDS_SENTENCE.search(line) and (len(line) < max(60, 0.9 * widest)
                                                       or len(line) > WHOLE_PARAGRAPH):
            out.append(" ".join(current))   # a sentence ending short of the full width: the paragraph's end
            current = []
        elif ((len(line) < 0.6 * typical or whole or header) and not line.endswith(("-", ",", ";"))
              and after[:1].isupper()):
            out.append(" ".join(current))   # a title, an outlet, a date over the text: each its own
            current = []
    if current:
        out.append(" ".join(current))
    return "\n\n".join(out)
