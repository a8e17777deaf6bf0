"""The article commands of claims-atlas: text, figures, draft and import (English output, no window)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ARTICLE_COMMANDS = ("text", "figures", "draft", "import")


def add_parsers(sub) -> None:
    text = sub.add_parser("text", help="print the text import would store for each file, and its metadata",
                          description=("Read saved pages (.html/.htm), PDFs or text copied from a browser and "
                                       "print the article's text as import would store it."))
    text.add_argument("files", type=Path, nargs="+", metavar="FILE")
    text.add_argument("--json", action="store_true",
                      help="one JSON object per line: file, text, title, outlet, published, byline, url, language")
    figures = sub.add_parser("figures", help="list the figures about people in an article",
                             description=("Print every figure about people in FILE (an article file, or a "
                                          "dataset's articles/*.txt): its place, words, bounds, unit and wording."))
    figures.add_argument("file", type=Path, metavar="FILE")
    figures.add_argument("--json", action="store_true",
                         help="a JSON list of {start, end, text, low, high, unit, wording} (offsets in code points)")
    draft = sub.add_parser("draft", help="print draft claims for a source of a dataset",
                           description=("Print a draft claim for each figure in the source's text: quote, "
                                        "destination, metric, claimant, stance and period, each with how sure "
                                        "it is. A draft is never a claim until an analyst accepts it."))
    draft.add_argument("dataset", type=Path, metavar="DATASET")
    draft.add_argument("source_id", metavar="SOURCE_ID")
    draft.add_argument("--json", action="store_true", help="a JSON list of drafts")
    imp = sub.add_parser("import", help="add article files to a dataset as sources",
                         description=("Add each FILE as a source of DATASET: its text to articles/<source_id>.txt "
                                      "and a row appended to sources.csv (nothing else in it is rewritten). "
                                      "The source_id is made from the outlet and date. A DATASET folder that "
                                      "does not exist is created (give --origin). Importing the same text "
                                      "again adds nothing."))
    imp.add_argument("dataset", type=Path, metavar="DATASET")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--origin", metavar="CODE",
                     help="ISO alpha-3 code of the country the flows leave (required to create a dataset; a name "
                          "or lower case is read as its code: 'rus', 'Russia')")
    imp.add_argument("--outlet", default="", help="the publication (instead of what the files say)")
    imp.add_argument("--published", default="", metavar="DATE",
                     help="publication date, YYYY-MM-DD (instead of what the files say)")
    imp.add_argument("--title", default="", help="the headline (instead of what the files say)")
    imp.add_argument("--dataset-name", metavar="NAME",
                     help="when DATASET is made a new dataset: its machine name (lower-case letters, digits, "
                          "'.', '_', '-'); default: from the folder's name")
    imp.add_argument("--dataset-title", metavar="TEXT",
                     help="when DATASET is made a new dataset: its title; default: the folder's name")


def run(args) -> int:
    return {"text": _text, "figures": _figures, "draft": _draft, "import": _import}[args.command](args)


def _text(args) -> int:
    from .model.articles import ArticleError, read_article
    status = 0
    for file in args.files:
        try:
            article = read_article(file)
        except ArticleError as err:
            print(f"claims-atlas text: {err}", file=sys.stderr)
            status = 1
            continue
        if args.json:
            print(json.dumps({"file": str(file), **article.as_dict()}, ensure_ascii=False))
        else:
            if len(args.files) > 1:
                print(f"==> {file} <==")
            print(article.text, end="" if article.text.endswith("\n") else "\n")
    return status


def _article_text(file: Path) -> str:
    """A dataset's stored text as it is; any other file read as an article."""
    from .model.articles import read_article
    if file.suffix.lower() == ".txt" and file.parent.name == "articles":
        return file.read_bytes().decode("utf-8")
    return read_article(file).text


def _figures(args) -> int:
    from .model.articles import ArticleError
    from .model.finder import find_figures
    try:
        text = _article_text(args.file)
    except (ArticleError, OSError, UnicodeDecodeError) as err:
        print(f"claims-atlas figures: {err}", file=sys.stderr)
        return 1
    figures = find_figures(text)
    if args.json:
        print(json.dumps([f.as_dict() for f in figures], ensure_ascii=False, indent=1))
        return 0
    for f in figures:
        bounds = f"{'' if f.low is None else f.low}..{'' if f.high is None else f.high}"
        unit = " per day" if f.unit == "people_per_day" else ""
        print(f"{f.start}-{f.end}\t{f.text}\t{bounds}{unit}\t{f.wording}")
    print(f"{len(figures)} figure{'' if len(figures) == 1 else 's'}", file=sys.stderr)
    return 0


def _draft(args) -> int:
    from .model.drafts import draft_source
    try:
        drafts = draft_source(args.dataset, args.source_id)
    except (LookupError, OSError, ValueError) as err:
        print(f"claims-atlas draft: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([d.as_dict() for d in drafts], ensure_ascii=False, indent=1))
        return 0
    for d in drafts:
        print(d.summary())
    return 0


def _import(args) -> int:
    from .model.articles.importing import ImportError_, import_files
    try:
        results = import_files(args.dataset, args.files, origin=args.origin, outlet=args.outlet,
                               published=args.published, title=args.title, dataset_name=args.dataset_name,
                               dataset_title=args.dataset_title)
    except ImportError_ as err:
        print(f"claims-atlas import: {err}", file=sys.stderr)
        return 2
    status = 0
    for result in results:
        print(result.line(), file=sys.stderr if result.error else sys.stdout)
        status = status or (1 if result.error else 0)
    if results and not any(r.source_id for r in results) and not (Path(args.dataset) / "datapackage.json").exists():
        print(f"claims-atlas import: no file could be imported; {args.dataset} was not created", file=sys.stderr)
    return status
