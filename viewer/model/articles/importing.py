"""Adding articles to a dataset: the text to articles/<source_id>.txt, a row added to sources.csv.

Each article goes through the dataset's Document (``Document.add_article``,
as the window's Import Article and scripts do), and is saved at once: the
text file and sources.csv are written together, each a temporary file
renamed over (only the new record of sources.csv is written), so a failed
import leaves no half file. An article whose text is already in the dataset
(compared after the format's white-space normalisation) is not added twice. A
folder that does not exist yet is made a dataset first (Document.create).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..mapping.countries import code_for, iso_alpha3
from ..reading.package import DESCRIPTOR
from ..checking.problems import Message, msg
from ..checking.rules import DATETIME_PATTERN, NAME_PATTERN
from .dates import parse_date
from .known import known_texts, text_key
from .model import Article, ArticleError
from .reader import read_article
from .source_ids import make_source_id, slug

__all__ = ["ImportError_", "Imported", "import_files", "make_source_id"]


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


_ISO = re.compile(DATETIME_PATTERN)
"""--published as the format writes ``published`` (the checker's own rule): a date, or with a time and zone."""


class ImportError_(ValueError):
    """The dataset cannot take articles at all (no origin for a new one, a broken descriptor, ...)."""


def import_files(folder: Path, files: list[Path], origin: str | None = None, outlet: str = "",
                 published: str = "", title: str = "", dataset_name: str | None = None,
                 dataset_title: str | None = None) -> list[Imported]:
    """Add each file to the dataset in ``folder``; one :class:`Imported` per file, in order.

    Each source is added through the dataset's Document and saved at once
    (only the new record is written). Raises ImportError_ when the dataset
    itself cannot take them.
    """
    from ..document import ChangedOnDisk, Document
    from ..checking.problems import DatasetError
    folder = Path(folder)
    if published and not (_ISO.fullmatch(published) and parse_date(published)):
        # Only as the format writes it: "4.10.2022" may be 4 October or 10 April, and is not guessed at.
        raise ImportError_(f"--published {published!r} is not a date written YYYY-MM-DD (or with a time, "
                           "YYYY-MM-DDTHH:MM+03:00); give it so")
    published = parse_date(published) if published else ""
    if origin is not None and origin not in iso_alpha3():
        meant = code_for(origin) or (origin.upper() if origin.upper() in iso_alpha3() else None)
        if meant is None:
            raise ImportError_(f"--origin {origin!r} is not an ISO 3166-1 alpha-3 code (e.g. RUS)")
        origin = meant   # "rus", "Russia", "Россия": RUS, as the format writes it
    created = False
    try:
        if not (folder / DESCRIPTOR).exists():
            if folder.exists() and not folder.is_dir():
                raise ImportError_(f"{folder} is a file, not a dataset folder")
            if folder.exists() and any(folder.iterdir()):
                raise ImportError_(f"{folder} holds files but no {DESCRIPTOR}; give a dataset folder or a new one")
            if origin is None:
                raise ImportError_(f"{folder} is not a dataset yet; give --origin CODE (the ISO alpha-3 code of "
                                   "the country the flows leave, e.g. RUS) to create it")
            readable = [Path(f) for f in files if Path(f).is_file()]
            if files and not readable:   # nothing to import: no empty dataset is left behind
                first = Path(files[0])
                raise ImportError_(f"{first}: {'not a file' if first.exists() else 'no such file'}; "
                                   f"{folder} was not created")
            name = folder.resolve().name
            if dataset_name is not None and not re.fullmatch(NAME_PATTERN, dataset_name):
                raise ImportError_(f"--dataset-name {dataset_name!r} is not a machine name: lower-case letters, "
                                   "digits, '.', '_' or '-' (e.g. mobilisation-2022)")
            if dataset_title is not None and not dataset_title.strip():
                raise ImportError_("--dataset-title is empty; give the dataset a title")
            existed = folder.exists()
            doc = Document.create(folder, name=dataset_name or slug(name) or "dataset",
                                  title=dataset_title or name, origin=origin)
            created = True
        else:
            if dataset_name is not None or dataset_title is not None:
                raise ImportError_(f"{folder} is a dataset already: --dataset-name and --dataset-title only name "
                                   f"a new one (edit its {DESCRIPTOR} to rename it)")
            doc = Document.open(folder, verify_quotes=False, recover=False)
    except ImportError_:
        raise   # already worded, with the path it is about
    except DatasetError as err:
        raise ImportError_(str(err.problem)) from None
    except (OSError, ValueError) as err:
        raise ImportError_(f"{folder}: {err}") from None
    try:
        if doc.pending()[0]:
            raise ImportError_(f"{folder} has edits made in the window that were never saved; open it in Claims "
                               "Atlas and save or discard them first")
        sources = doc.dataset.sources
        known = known_texts(doc.folder, zip(sources["source_id"].tolist(), sources["text_path"].tolist()))
        results = []
        for file in files:
            results.append(_import_one(doc, Path(file), known, outlet=outlet, published=published,
                                       title=title, changed_on_disk=ChangedOnDisk))
    finally:
        doc.close()
    if created and files and not any(r.source_id for r in results):
        _unmake(folder, existed)   # nothing went in: no empty dataset is left behind
    return results


def _unmake(folder: Path, existed: bool) -> None:
    """Take away a dataset this import made a moment ago (the folder was new, or empty)."""
    import shutil
    shutil.rmtree(folder, ignore_errors=True)
    if existed:
        folder.mkdir(exist_ok=True)


def _missing(article: Article) -> Message | None:
    """What the file does not say and the options must: all of it in one message (a retry for each, one by one,
    was three retries for a plain text file)."""
    needed = [(article.outlet, msg("no outlet found in the file; give it with --outlet NAME"), msg("outlet"),
               "--outlet NAME"),
              (article.title, msg("no title found in the file; give it with --title TEXT"), msg("title"),
               "--title TEXT"),
              (article.published, msg("no publication date found in the file; give it with --published YYYY-MM-DD"),
               msg("publication date"), "--published YYYY-MM-DD")]
    gaps = [(alone, name, option) for value, alone, name, option in needed if not value.strip()]
    if len(gaps) <= 1:
        return gaps[0][0] if gaps else None
    names = [name for _alone, name, _option in gaps]
    what = (msg("{a} or {b}", a=names[0], b=names[1]) if len(names) == 2
            else msg("{a}, {b} or {c}", a=names[0], b=names[1], c=names[2]))
    return msg("no {what} found in the file; give them with {options}", what=what,
               options=" ".join(option for _alone, _name, option in gaps))


def _import_one(doc, file: Path, known: dict[str, str], outlet: str, published: str, title: str,
                changed_on_disk) -> Imported:
    """Read one file and add it through ``doc.add_article`` (which makes the source's id and row, as
    ``Document.import_article`` does), then save; the options given override what the file says."""
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
    missing = _missing(article)
    if missing is not None:
        return Imported(str(file), error=missing)
    source_id = ""
    try:
        source_id = doc.add_article(article, known=known)
        doc.save()
    except (OSError, changed_on_disk) as err:
        if source_id:
            doc.undo()
        return Imported(str(file), error=msg("could not be written ({why}); nothing was added", why=str(err)))
    return Imported(str(file), source_id=source_id, article=article)
