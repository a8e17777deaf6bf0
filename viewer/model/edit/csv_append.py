"""Appending rows to a CSV table so that only the new rows are written.

The existing text (its BOM, line endings, quoting, column order and unknown
columns) is never rewritten: :func:`append_text` returns only the text to add
at the end, formatted as the table is (its line ending; every cell quoted if
the header quotes every cell, else only the cells that need it, RFC 4180).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

BOM = "\ufeff"


def header_of(existing: str) -> list[str]:
    """The column names of a CSV text (BOM dropped), or [] for an empty text."""
    text = existing[1:] if existing.startswith(BOM) else existing
    for row in csv.reader(io.StringIO(text, newline="")):
        return row
    return []


def line_ending(existing: str) -> str:
    """The table's line ending: that of its first line (CRLF or LF; LF for a text of one line)."""
    i = existing.find("\n")
    return "\r\n" if i > 0 and existing[i - 1] == "\r" else "\n"


def quotes_every_cell(existing: str) -> bool:
    """Whether the header line quotes every cell ("a","b"), as some spreadsheets write."""
    text = existing[1:] if existing.startswith(BOM) else existing
    first = text.split("\n", 1)[0].rstrip("\r")
    return bool(first) and first.startswith('"') and first.endswith('"') and first.count('"') >= 2 * max(
        1, len(header_of(existing)))


def format_row(cells: list[str], eol: str, quote_all: bool = False) -> str:
    """One CSV record (RFC 4180): cells quoted when they hold a comma, quote, CR or LF (or always)."""
    out = []
    for cell in cells:
        if quote_all or any(c in cell for c in ',"\r\n'):
            out.append('"' + cell.replace('"', '""') + '"')
        else:
            out.append(cell)
    return ",".join(out) + eol


def append_text(existing: str, rows: Iterable[Mapping[str, str]], fieldnames: list[str] | None = None) -> str:
    """The text to add at the end of ``existing`` so that it holds ``rows`` too.

    Each row maps column names to cells; columns it does not give are left
    empty, and a name the table does not have raises ValueError. An empty
    ``existing`` gets a header first (``fieldnames``, required then). A text
    that does not end with a line ending gets one first.
    """
    header = header_of(existing)
    eol = line_ending(existing)
    quote_all = quotes_every_cell(existing) if header else False
    prefix = ""
    if not header:
        if not fieldnames:
            raise ValueError("the table is empty and no column names were given")
        header = list(fieldnames)
        prefix = format_row(header, eol)
        if existing and not existing.endswith(("\n", "\r")):
            prefix = eol + prefix
    elif not existing.endswith(("\n", "\r")):
        prefix = eol
    known = set(header)
    lines = []
    for row in rows:
        unknown = [k for k in row if k not in known]
        if unknown:
            raise ValueError(f"the table has no column {unknown[0]!r}")
        lines.append(format_row([str(row.get(name, "") or "") for name in header], eol, quote_all))
    return prefix + "".join(lines) if lines or prefix else ""
