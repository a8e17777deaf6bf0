"""Adding articles to a dataset: the text to articles/<source_id>.txt, a row appended to sources.csv.

Only the new row is written to sources.csv (through :mod:`..edit.csv_append`);
the text file and the table are each replaced in one step (a temporary file
renamed over), so a failed import leaves no half file. An article whose text
is already in the dataset (compared after the format's white-space
normalisation) is not added twice. A folder that does not exist yet is made a
dataset first, with its datapackage.json, an empty sources.csv and claims.csv.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..countries import iso_alpha3
from ..edit.csv_append import BOM, append_text
from ..package import DESCRIPTOR, read_descriptor
from ..problems import Message, msg
from ..text import normalise
from .dates import parse_date
from .model import Article, ArticleError
from .reader import read_article

SOURCE_COLUMNS = ["source_id", "outlet", "title", "published", "url", "byline", "language", "text_path"]
CLAIM_COLUMNS = ["claim_id", "source_id", "quote", "quote_prefix", "quote_suffix", "claimant", "claimant_type",
                 "stance", "metric", "origin", "destination", "value_low", "value_high", "value_text", "unit",
                 "period_start", "period_end", "note"]


@dataclass
class Imported:
    """What became of one file: ``source_id`` set when added or already there; ``error`` when refused."""

    file: str
    source_id: str = ""
    duplicate: bool = False
    error: Message | None = None
    article: Article | None = None

    def message(self) -> Message:
        """What became of the file, in words the window can translate."""
        if self.error is not None:
            return self.error
        if self.duplicate:
            return msg("already in the dataset as {source_id}; nothing added", source_id=self.source_id)
        a = self.article
        return msg("added as {source_id} ({outlet}, {published}, \"{title}\")", source_id=self.source_id,
                   outlet=a.outlet, published=a.published, title=a.title)

    def line(self) -> str:
        """The line ``claims-atlas import`` prints."""
        return f"{self.file}: {self.message()}"


class ImportError_(ValueError):
    """The dataset cannot take articles at all (no origin for a new one, a broken descriptor, ...)."""


def slug(text: str) -> str:
    """"Hindustan Times" -> "hindustan-times"; letters outside a-z are dropped (Cyrillic is transliterated)."""
    text = text.lower().translate(_TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"})


def make_source_id(outlet: str, published: str, taken: set[str]) -> str:
    """``<outlet>-<date>``, made unique against ``taken`` with -2, -3, ..."""
    base = "-".join(p for p in (slug(outlet)[:40].strip("-") or "source", published[:10]) if p)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def text_key(text: str) -> str:
    return hashlib.sha256(normalise(text).strip().encode("utf-8")).hexdigest()


def create_dataset(folder: Path, origin: str) -> None:
    """A new, empty dataset in ``folder`` (made if missing) for flows leaving ``origin``."""
    folder.mkdir(parents=True, exist_ok=True)
    name = slug(folder.resolve().name) or "dataset"
    descriptor = {
        "name": name, "title": folder.resolve().name, "created": datetime.now(timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%SZ"),
        "claims:origin": origin,
        "resources": [
            {"name": "sources", "path": "sources.csv", "format": "csv", "mediatype": "text/csv",
             "encoding": "utf-8"},
            {"name": "claims", "path": "claims.csv", "format": "csv", "mediatype": "text/csv",
             "encoding": "utf-8"}],
    }
    _write(folder / "sources.csv", ",".join(SOURCE_COLUMNS) + "\n")
    _write(folder / "claims.csv", ",".join(CLAIM_COLUMNS) + "\n")
    (folder / "articles").mkdir(exist_ok=True)
    _write(folder / DESCRIPTOR, json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")


def import_files(folder: Path, files: list[Path], origin: str | None = None, outlet: str = "",
                 published: str = "", title: str = "") -> list[Imported]:
    """Add each file to the dataset in ``folder``; one :class:`Imported` per file, in order.

    Raises ImportError_ when the dataset itself cannot take them.
    """
    folder = Path(folder)
    if published and not parse_date(published):
        raise ImportError_(f"--published {published!r} is not a date; give it as YYYY-MM-DD")
    published = parse_date(published) if published else ""
    if origin is not None and origin not in iso_alpha3():
        raise ImportError_(f"--origin {origin!r} is not an ISO 3166-1 alpha-3 code (e.g. RUS)")
    if not (folder / DESCRIPTOR).exists():
        if folder.exists() and not folder.is_dir():
            raise ImportError_(f"{folder} is a file, not a dataset folder")
        if folder.exists() and any(folder.iterdir()):
            raise ImportError_(f"{folder} holds files but no {DESCRIPTOR}; give a dataset folder or a new one")
        if origin is None:
            raise ImportError_(f"{folder} is not a dataset yet; give --origin CODE (the ISO alpha-3 code of the "
                               "country the flows leave, e.g. RUS) to create it")
        create_dataset(folder, origin)
    from ..problems import DatasetError
    try:
        descriptor = read_descriptor(folder)
    except DatasetError as err:
        raise ImportError_(str(err.problem)) from None
    sources_path = folder / descriptor.paths.get("sources", "sources.csv")
    try:
        existing = sources_path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        existing = ""
    except (OSError, UnicodeDecodeError) as err:
        raise ImportError_(f"{sources_path}: cannot be read ({err})") from None
    rows = _rows(existing)
    taken = {r.get("source_id", "") for r in rows}
    known = _known_texts(folder, rows)
    results = []
    for file in files:
        results.append(_import_one(folder, Path(file), sources_path, taken, known,
                                   outlet=outlet, published=published, title=title))
    return results


def _import_one(folder: Path, file: Path, sources_path: Path, taken: set[str], known: dict[str, str],
                outlet: str, published: str, title: str) -> Imported:
    try:
        article = read_article(file)
    except ArticleError as err:
        return Imported(str(file), error=err.message)
    article.outlet = outlet or article.outlet
    article.published = published or article.published
    article.title = title or article.title
    key = text_key(article.text)
    if key in known:
        return Imported(str(file), source_id=known[key], duplicate=True, article=article)
    for value, missing in (
            (article.outlet, msg("no outlet found in the file; give it with --outlet NAME")),
            (article.title, msg("no title found in the file; give it with --title TEXT")),
            (article.published, msg("no publication date found in the file; give it with --published YYYY-MM-DD"))):
        if not value.strip():
            return Imported(str(file), error=missing)
    source_id = make_source_id(article.outlet, article.published, taken)
    row = {"source_id": source_id, "outlet": article.outlet, "title": article.title,
           "published": article.published, "url": article.url, "byline": article.byline,
           "language": article.language or "en"}
    existing = sources_path.read_bytes().decode("utf-8") if sources_path.exists() else ""
    columns = set(_header(existing) or SOURCE_COLUMNS)
    text_file = folder / "articles" / f"{source_id}.txt"
    if text_file.exists():
        return Imported(str(file), error=msg("articles/{name} already exists; move it away or give another "
                                             "--outlet", name=text_file.name))
    try:
        text_file.parent.mkdir(parents=True, exist_ok=True)
        _write(text_file, article.text)
        added = append_text(existing, [{k: v for k, v in row.items() if k in columns}], SOURCE_COLUMNS)
        _write_bytes(sources_path, sources_path.read_bytes() + added.encode("utf-8")
                     if sources_path.exists() else added.encode("utf-8"))
    except OSError as err:
        text_file.unlink(missing_ok=True)
        return Imported(str(file), error=msg("could not be written ({why}); nothing was added", why=str(err)))
    taken.add(source_id)
    known[key] = source_id
    return Imported(str(file), source_id=source_id, article=article)


def _header(existing: str) -> list[str]:
    from ..edit.csv_append import header_of
    return header_of(existing)


def _rows(existing: str) -> list[dict[str, str]]:
    text = existing[1:] if existing.startswith(BOM) else existing
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _known_texts(folder: Path, rows: list[dict[str, str]]) -> dict[str, str]:
    """Hash of each article text already in the dataset -> its source_id (unreadable ones skipped)."""
    known = {}
    for row in rows:
        sid = row.get("source_id", "")
        rel = row.get("text_path") or f"articles/{sid}.txt"
        try:
            known.setdefault(text_key((folder / rel).read_bytes().decode("utf-8-sig")), sid)
        except (OSError, UnicodeDecodeError):
            continue
    return known


def _write(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step: a temporary file beside it, renamed over it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
