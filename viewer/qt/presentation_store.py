"""The teacher's presentation choices, remembered in QSettings: order, reveal, room, and the list per dataset."""

from __future__ import annotations

from dataclasses import replace

import hashlib
import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QSettings, Signal

from ..model.reports.presentation import ORDERS, PresentationList, Steps, build_steps, one_by_one
from .bridge import AppModel


def _as_list(value) -> list[str]:
    """A QSettings list read back (an INI file gives a lone string for a one-item list)."""
    if value is None or value == "":
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _as_bool(value, default: bool) -> bool:
    if value is None:
        return default
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


class PresentationStore(QObject):
    """Order, reveal and the presentation list of the open dataset; every change is saved at once."""

    listChanged = Signal()
    orderChanged = Signal(str)

    def __init__(self, app: AppModel, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.settings = settings
        order = settings.value("presentation/order", "date")
        self.order = order if order in ORDERS else "date"
        self.reveal = _as_bool(settings.value("presentation/reveal"), False)
        self.lit_room = _as_bool(settings.value("presentation/litRoom"), False)
        self.chosen = PresentationList()
        self._key: str | None = None
        app.datasetChanged.connect(self._dataset_changed)

    # --- options ---------------------------------------------------------------
    def set_order(self, order: str) -> None:
        if order not in ORDERS:
            raise ValueError(f"unknown presentation order {order!r}")
        changed = order != self.order
        self.order = order
        self.settings.setValue("presentation/order", order)
        if changed:
            self.orderChanged.emit(order)

    def set_reveal(self, on: bool) -> None:
        self.reveal = bool(on)
        self.settings.setValue("presentation/reveal", self.reveal)

    def set_lit_room(self, on: bool) -> None:
        self.lit_room = bool(on)
        self.settings.setValue("presentation/litRoom", self.lit_room)

    # --- the list --------------------------------------------------------------------
    def _dataset_changed(self) -> None:
        folder = self.app.dataset.folder if self.app.dataset is not None else None
        key = None if folder is None else hashlib.sha1(os.fsencode(Path(folder).resolve())).hexdigest()[:16]
        if key != self._key:
            self._key = key
            self.chosen = PresentationList(_as_list(self.settings.value(f"presentation/lists/{key}")) if key else [])
            self.listChanged.emit()

    def _changed(self, changed: bool) -> bool:
        if changed and self._key is not None:
            self.settings.setValue(f"presentation/lists/{self._key}", list(self.chosen.ids))
            self.listChanged.emit()
        return changed

    def add(self, claim_id: str | None) -> bool:
        return claim_id is not None and self._changed(self.chosen.add(claim_id))

    def remove(self, claim_id: str | None) -> bool:
        return claim_id is not None and self._changed(self.chosen.remove(claim_id))

    def move(self, claim_id: str, offset: int) -> bool:
        return self._changed(self.chosen.move(claim_id, offset))

    def clear(self) -> bool:
        had = bool(len(self.chosen))
        self.chosen.clear()
        return self._changed(had)

    # --- steps --------------------------------------------------------------------------
    def steps(self) -> Steps:
        """The steps for the current dataset, order and reveal (the table's filters apply to date and destination)."""
        view = self.app.claims_index
        if view is None:
            return one_by_one(np.zeros(0, dtype=np.int64))
        visible = view.order
        filters = self.app.state.filters
        if filters.as_of is not None and self.order in ("date", "destination"):
            # The whole story, whatever day the window shows (in date order each step sets the day).
            visible = np.flatnonzero(view.mask(replace(filters, as_of=None)))
        return build_steps(view, self.app.dataset.sources, self.order, reveal_flows=self.reveal,
                           claim_ids=self.chosen.ids, visible=visible)

