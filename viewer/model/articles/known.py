"""Which article texts a dataset already holds (to say so when the same text is imported again).

Pure and safe to run off the GUI thread: it reads the article files itself (not through a Dataset,
whose cache belongs to the thread that shows it), and takes the texts edited but not yet saved as
a dict handed over beforehand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from ..checking.problems import msg
from ..checking.text import normalise
from ..reading.files import MAX_ARTICLE_BYTES, read_text


def text_key(text: str) -> str:
    """What makes two article texts the same: their words, however their white space and quotes were typed."""
    return hashlib.sha256(normalise(text).strip().encode("utf-8")).hexdigest()


def known_texts(folder: Path, sources: Iterable[tuple[str, str]], edited: dict[str, str] | None = None,
                cancelled: Callable[[], bool] | None = None) -> dict[str, str]:
    """text_key of each article -> its source_id, for (source_id, text_path) pairs; an article that
    cannot be read is left out. Stops early (returning what it has) when ``cancelled()``."""
    edited = edited or {}
    known: dict[str, str] = {}
    for source_id, rel in sources:
        if cancelled is not None and cancelled():
            break
        rel = rel or f"articles/{source_id}.txt"
        text = edited.get(rel)
        if text is None:
            try:
                decoded = read_text(Path(folder), rel, MAX_ARTICLE_BYTES, msg("article"), lenient=False)
            except (OSError, ValueError):
                continue
            text = decoded.text
        if text is not None:
            known.setdefault(text_key(text), source_id)
    return known
