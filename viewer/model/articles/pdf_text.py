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
    text = "\n\n".join(_paragraphs(p) for p in pages if p.strip())
    if len(re.findall(r"\w", text)) < 20:
        raise NotText(msg("the PDF has no text (a scan?); run it through OCR first, or copy its text to a .txt file"))
    meta = {"title": str(info.get("/Title") or "").strip(), "byline": str(info.get("/Author") or "").strip(),
            "published": ""}
    created = str(info.get("/CreationDate") or "")
    found = re.match(r"D:(\d{4})(\d{2})(\d{2})", created)
    if found:
        meta["published"] = parse_date(f"{found[1]}-{found[2]}-{found[3]}")
    return text.strip() + "\n", meta


def _paragraphs(page: str) -> str:
    """A page's lines joined into paragraphs: a line ending a sentence, or a blank line, ends one."""
    out, current = [], []
    for line in page.replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line   # a word broken at the line end
            continue
        current.append(line)
        if re.search(r"[.!?…:][\"'”»)]?$", line) and len(line) < 60:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return "\n\n".join(out)
