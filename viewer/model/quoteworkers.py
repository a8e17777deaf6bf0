"""Checking batches of quotes, here or in worker processes.

    check_batches(batches, cancelled) yields one BatchResult per Batch, in order,
    or None (and stops) once ``cancelled()`` is true.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .quotecheck import Batch, BatchResult, check_batch


def check_batches(batches: Iterable[Batch], cancelled: Callable[[], bool] | None = None) -> Iterator[BatchResult | None]:
    for batch in batches:
        if cancelled is not None and cancelled():
            yield None
            return
        yield check_batch(batch)
