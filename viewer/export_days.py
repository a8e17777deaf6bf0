"""A map PNG per day (``claims-atlas export --as-of-each-day FOLDER``), for slides and animations.

Each map is the story as known on its day (the claims published by then), its
title says "as of" that day, and it is written as any map export is
(qt.picture.save_picture: a file that fails to be written leaves nothing behind).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np

from .model.timeline.as_of import NO_DAY, day_of


MOST_DAYS = 3660
"""At most this many maps (ten years of days) are written at once: a source dated centuries from the rest
would otherwise start millions."""


def days_to_write(view_days: np.ndarray, until: date | None = None) -> list[date]:
    """Every day from the first published day of the claims to the last (or to ``until``). ValueError when
    that is more than MOST_DAYS days."""
    known = view_days[view_days != NO_DAY]
    if not len(known):
        return []
    first, last = day_of(int(known.min())), day_of(int(known.max()))
    if until is not None:
        last = until
    n = (last - first).days + 1
    if n > MOST_DAYS:
        raise ValueError(f"--as-of-each-day: the claims were published from {first.isoformat()} to "
                         f"{last.isoformat()}, {n:,} days; at most {MOST_DAYS:,} maps are written at once. "
                         "Check the sources' published dates (claims-atlas check), or end earlier with --as-of")
    return [first + timedelta(days=k) for k in range(n)]


def write_each_day(app, model, folder: Path, size: tuple[int, int], until: date | None = None) -> list[str]:
    """Write ``map-YYYY-MM-DD.png`` into ``folder`` for each day; returns the files written."""
    from .qt.picture import save_picture
    from .widgets.export_pictures import map_picture

    folder = Path(folder)
    days = days_to_write(model.claims_index.day, until)   # (first: too many days make no folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"--as-of-each-day {folder}: that is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ValueError(f"--as-of-each-day {folder}: the folder cannot be made ({err.strerror or err})") from None
    state = model.state
    kept = state.filters.as_of
    written = []
    try:
        for day in days:
            state.set_as_of(day)
            app.processEvents()
            path = folder / f"map-{day.isoformat()}.png"
            with map_picture(model, size) as picture:
                save_picture(picture, path)
            written.append(str(path))
    finally:
        state.set_as_of(kept)
    return written
