"""Bytes to text: a byte-order mark, a declared charset, UTF-8, or the charset charset-normalizer detects."""

from __future__ import annotations

import codecs
import re

from ..checking.problems import Message, msg

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", msg("a PNG image")), (b"\xff\xd8\xff", msg("a JPEG image")), (b"GIF87a", msg("a GIF image")),
    (b"GIF89a", msg("a GIF image")), (b"BM", None), (b"II*\x00", msg("a TIFF image")), (b"MM\x00*", msg("a TIFF image")),
    (b"PK\x03\x04", msg("a ZIP archive (e.g. a Word or OpenDocument file)")), (b"\x1f\x8b", msg("a gzip archive")),
    (b"\xd0\xcf\x11\xe0", msg("an old Microsoft Office file")), (b"%!PS", msg("a PostScript file")),
    (b"\x7fELF", msg("a program")), (b"MZ", None), (b"Rar!", msg("a RAR archive")), (b"7z\xbc\xaf", msg("a 7-Zip archive")),
)
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)


class NotText(Exception):
    def __init__(self, message: Message):
        self.message = message


def kind_of_binary(data: bytes) -> Message | None:
    """What a file that is clearly not text is ("a PNG image"), or None."""
    head = data[:16]
    if head[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return msg("a WebP image")
    if head.startswith(b"\x00\x00\x00") and data[4:8] == b"ftyp":
        return msg("a video or HEIC image")
    for magic, what in _MAGIC:
        if what and head.startswith(magic):
            return what
    return None


def decode(data: bytes, html: bool = False) -> str:
    """The text of ``data``; raises NotText for empty or binary data or text in no known charset."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise NotText(msg("the file is empty; give a file with the article's text"))
    what = kind_of_binary(data)
    if what is not None:
        raise NotText(msg("the file is {what}, not an article; give a saved page (.html), a PDF or a text file",
                          what=what))
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"))
    if html:
        found = _DECLARED.search(data[:4096]) or _XML_DECL.search(data[:200])
        if found:
            name = found.group(1).decode("ascii").lower()
            try:
                codec = codecs.lookup("cp1252" if name in ("iso-8859-1", "latin-1", "us-ascii") else name)
            except LookupError:
                codec = None
            if codec is not None and codec.name not in ("utf-16", "utf-16-le", "utf-16-be"):
                try:
                    return _checked(data.decode(codec.name))
                except UnicodeDecodeError:
                    pass   # declared wrongly: detect below
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise NotText(msg("the file is binary, not an article; give a saved page (.html), a PDF or a text file"))
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        raise NotText(msg("the file's characters are in no encoding Claims Atlas can tell; "
                          "save it again as UTF-8"))
    return _checked(str(best))


def _checked(text: str) -> str:
    """``text``, unless it is mostly control characters (a binary file that happened to decode)."""
    sample = text[:20000]
    control = sum(1 for c in sample if c < " " and c not in "\t\n\r\f") + sample.count("\ufffd")
    if "\x00" in sample or control > max(8, len(sample) // 50):
        raise NotText(msg("the file is binary, not an article; give a saved page (.html), a PDF or a text file"))
    return text
