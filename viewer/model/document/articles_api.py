"""A Document's articles: their texts as they stand, a text edited (its quotes anchored again), and an
article imported from a saved page, a PDF or a text file (a part of Document).

An article's text edited or imported is kept by the document, not written, until ``save()`` writes it
together with the tables (articles first); the journal holds it too, so a crash loses none of it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..articles.source_ids import make_source_id
from ..articles.known import known_texts, text_key
from ..articles.model import Article
from ..articles.reader import read_article as read_article_file
from ..checking.problems import msg
from ..reading.files import MAX_ARTICLE_BYTES, read_text
from . import ops as O
from .anchoring import reanchor

READ_FIELDS = ("outlet", "title", "published", "url", "byline", "language")
"""The source columns an article's file can say something about."""


class Articles:
    """Document's article texts (uses its rows, its commands and its articles edited)."""

    def article(self, source_id: str) -> str:
        """A source's article text as it stands (edits not yet saved included)."""
        rel = self._text_path(source_id)
        if rel in self._articles:
            return self._articles[rel]
        return read_article(self.folder, rel)

    def update_article(self, source_id: str, text: str) -> dict[str, str]:
        """Give a source's article new text, and anchor its claims' quotes in it again.

        Each quote is found where its words went, then elsewhere, then fuzzily (see anchoring); one
        that cannot be placed is an orphan: its claim is kept as it was, and its quote shows as a
        problem. Returns how each claim of the source was anchored ("kept", "moved", "fuzzy",
        "orphan"). The text is written with the next save.
        """
        if not isinstance(text, str):
            raise ValueError("an article's text is a string")
        key = self._key_of("sources", source_id)
        rel = self._text_path(source_id)
        before = self.article(source_id)
        claims = self._table("claims")
        header = claims.header
        ops: list = [O.ArticleText(rel, before, text)]
        outcome: dict[str, str] = {}
        keys = sorted(claims.keys_with("source_id", [source_id]).tolist(), key=claims.raw.position_of)
        rows = [claims.as_dict(k) for k in keys]
        anchored = reanchor(before, text, [(r.get("quote", ""), r.get("quote_prefix", ""), r.get("quote_suffix", ""))
                                           for r in rows])
        for k, row, found in zip(keys, rows, anchored):
            outcome[row.get("claim_id", "")] = found.how
            if found.how in ("kept", "orphan"):
                continue
            cells = claims.cells(k)
            after = list(cells)
            for column, value in found.cells.items():
                if column in header:
                    after[header.index(column)] = value
            if after != cells:
                original = None if (k < claims.raw.n_original and k not in claims.raw.changed) else cells
                ops.append(O.Replace("claims", k, original, after))
        del key
        self._run(f"Edit article {source_id}", ops, {"op": "update_article", "id": source_id, "text": text})
        return outcome

    def _text_path(self, source_id: str) -> str:
        cells = self.source(source_id)
        return cells.get("text_path") or f"articles/{source_id}.txt"

    def import_article(self, path: str | os.PathLike, /, **fields: str) -> str:
        """Add the article in ``path`` (.html/.htm, .pdf, or text copied from a browser, read as
        ``claims-atlas import`` reads it) as a new source; return its source_id.

        ``fields`` (source columns: outlet, title, published, url, byline, language, source_id,
        text_path...) override what the file says. The text goes to ``articles/<source_id>.txt``
        (or the text_path given) with the next save; until then it is an unsaved article, and undo
        takes the source and its text back. Raises ArticleError (a ValueError naming the file) when
        the file is no article, and ValueError when the dataset already holds the same text or the
        id or text file is taken. What the file does not say (no outlet, say) is left empty and
        shows as a problem, as in a hand-written file.
        """
        return self.add_article(read_article_file(path), **fields)

    def add_article(self, article: Article, /, *, known: dict[str, str] | None = None, **fields: str) -> str:
        """Add an article already read (see import_article). ``known`` (text key -> source_id, as
        ``articles.known.known_texts`` makes it) spares reading every article again to find the same text."""
        fields = self._columns("sources", fields)
        text = article.text
        if not isinstance(text, str) or not text.strip():
            raise ValueError("an article needs some text")
        key = text_key(text)
        same = (known if known is not None else self._text_keys_now()).get(key)
        if same is not None and same in set(self.source_ids()):
            raise ValueError(f"the dataset already holds this text, as source {same!r}; nothing added")
        header = self._table("sources").header
        read = {"outlet": article.outlet, "title": article.title, "published": article.published,
                "url": article.url, "byline": article.byline, "language": article.language or "en"}
        columns = {name: value for name, value in read.items() if value and name in header}
        columns.update(fields)
        taken = set(self.source_ids())
        source_id = columns.get("source_id") or make_source_id(
            columns.get("outlet", ""), columns.get("published", "")[:10], self.taken_source_ids())
        if source_id in taken:
            raise ValueError(f"a source has source_id {source_id!r} already; give another")
        columns["source_id"] = source_id
        rel = columns.get("text_path") or f"articles/{source_id}.txt"
        if rel in self._articles or os.path.lexists(self.folder / rel):
            raise ValueError(f"{rel} exists already; give another source_id (or text_path), or move the file away")
        keys = self._text_keys
        self._add_with_text(columns, text)   # (a change of the sources: the keys are dropped, then put back)
        if keys is not None:
            keys[key] = source_id
            self._text_keys = keys
        if known is not None:
            known[key] = source_id
        return source_id

    def source_with_text(self, text: str) -> str | None:
        """The source whose article holds these words (white space and quote marks aside), if any."""
        return self._text_keys_now().get(text_key(text))

    def _add_with_text(self, columns: dict[str, str], text: str) -> None:
        columns = self._columns("sources", columns)
        rel = columns.get("text_path") or f"articles/{columns['source_id']}.txt"
        ops = [O.ArticleText(rel, None, text)] + self._insert_ops("sources", columns)
        self._run(f"Import article {columns['source_id']}", ops, {"op": "add_source", "columns": columns, "text": text})

    def _text_keys_now(self) -> dict[str, str]:
        """text_key -> source_id of every article the dataset holds (read once, then kept up to date)."""
        if self._text_keys is None:
            sources = self.dataset.sources
            self._text_keys = known_texts(self.folder, zip(sources["source_id"].tolist(),
                                                           sources["text_path"].tolist()), dict(self._articles))
        return self._text_keys

    def taken_source_ids(self) -> set[str]:
        """The ids a new source may not take: those of the sources, and the names (without .txt) of the
        files in articles/ and of the articles held unsaved (a new source's text would go there)."""
        names = set(self.source_ids()) | {Path(rel).stem for rel in self._articles}
        try:
            names |= {name[:-4] for name in os.listdir(self.folder / "articles") if name.endswith(".txt")}
        except OSError:
            pass
        return names


def read_article(folder: Path, rel: str) -> str:
    """An article's text from its file (OSError naming the problem if it cannot be read)."""
    decoded = read_text(folder, rel, MAX_ARTICLE_BYTES, msg("article"), lenient=False)
    if decoded.text is None:
        raise OSError(str(decoded.problems[0]))
    return decoded.text


