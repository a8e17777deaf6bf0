"""Drafts for one source of a dataset on disk."""

from __future__ import annotations

from pathlib import Path

from .draft import Draft, draft_claims


def draft_source(folder: Path, source_id: str) -> list[Draft]:
    """The drafts of ``source_id``'s text; LookupError when the dataset has no such source."""
    from ..reading.dataset import load_dataset
    from ..checking.problems import DatasetError
    try:
        dataset = load_dataset(Path(folder), verify_quotes=False)
    except DatasetError as err:
        raise ValueError(str(err.problem)) from None
    ids = list(dataset.sources["source_id"])
    if source_id not in set(ids):
        import difflib
        near = difflib.get_close_matches(source_id, ids, n=3, cutoff=0.5) or [i for i in ids if source_id in i][:3]
        hint = (f"; did you mean {', '.join(near)}?" if near else
                f"; its sources are {', '.join(ids[:5])}{' …' if len(ids) > 5 else ''}" if ids else "; it has none")
        raise LookupError(f"{folder} has no source {source_id!r}{hint}")
    row = dataset.source(source_id)
    event = (dataset.descriptor.event or {}).get("date", "") if isinstance(dataset.descriptor.event, dict) else ""
    return draft_claims(dataset.article_text(source_id), origin=dataset.origin or "",
                        published=str(row.get("published", "")), byline=str(row.get("byline", "")),
                        outlet=str(row.get("outlet", "")), event_date=event)
