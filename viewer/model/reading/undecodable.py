"""Names and text that are not valid Unicode, shown with the offending code units escaped.

A file name with bytes that are not UTF-8 (0xff) reaches Python as a lone
surrogate (U+DCFF, "surrogateescape"); a JSON string may hold a lone surrogate
(``"\\ud800"``) too. Neither can be encoded as UTF-8, nor passed to Qt (which
drops them). They are shown as ``\\xff`` (the byte the name really holds) and
``\\ud800``: readable, and never an error.
"""

from __future__ import annotations

import codecs
import re

ERRORS = "claims-atlas-escape"
"""A codec error handler (``text.encode("utf-8", ERRORS)``, ``open(..., errors=ERRORS)``) that escapes them."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_one(char: str) -> str:
    point = ord(char)
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def escaped(text: str) -> str:
    """``text`` with every lone surrogate written as an escape (``"d\\udcff"`` -> ``"d\\\\xff"``)."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: _escape_one(m.group()), text)


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _handler(err: UnicodeError) -> tuple[str, int]:
    if isinstance(err, UnicodeEncodeError):
        return "".join(_escape_one(c) if 0xD800 <= ord(c) <= 0xDFFF else c.encode("ascii", "backslashreplace").decode()
                       for c in err.object[err.start:err.end]), err.end
    raise err


codecs.register_error(ERRORS, _handler)
