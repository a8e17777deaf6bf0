"""Where one edit's time goes in the window, view by view: each panel's claims_changed hook and the event-loop
pass after it, for edits of the selected claim and of another claim, medians over the edits.

Runs bench_edit's measurement (the real window, offscreen, on a synthetic dataset) with every panel's hook
wrapped by a timer before the window is built. An edit elsewhere should cost a view little: a view that the
change cannot touch (model/index/relevance.may_touch) leaves itself as it is.

Usage: uv run python benchmarks/edit_views.py [--size 100000] [--edits 24]
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_edit  # noqa: E402 (sets the offscreen platform and a data folder of its own)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--edits", type=int, default=24)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    import viewer.app
    from viewer.model.document import document as document_module
    from viewer.qt import table_model
    from viewer.widgets import chart, claims_table, map_panel, problems_panel, source_pane
    spent: collections.Counter = collections.Counter()
    by_kind = {True: collections.defaultdict(list), False: collections.defaultdict(list)}

    def timed(function, label):
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return function(*a, **k)
            finally:
                spent[label] += time.perf_counter() - t
        return wrapper

    for module in (chart, claims_table, map_panel, problems_panel, source_pane):
        for name, cls in vars(module).items():
            if isinstance(cls, type) and cls.__module__ == module.__name__ and "claims_changed" in vars(cls):
                cls.claims_changed = timed(vars(cls)["claims_changed"], name)
    table_model.ClaimsTableModel._claims_changed = timed(table_model.ClaimsTableModel._claims_changed, "table model")
    Document = document_module.Document
    update = Document.update_claim
    selected: dict = {"now": False, "id": None}

    def update_claim(self, claim_id, **columns):
        spent.clear()
        selected["now"], selected["edited"] = claim_id == selected["id"], True
        return update(self, claim_id, **columns)
    Document.update_claim = update_claim
    build = viewer.app.build_window

    def build_window(*a, **k):
        model, window = build(*a, **k)
        model.claimSelected.connect(lambda claim_id: selected.__setitem__("id", claim_id))
        return model, window
    viewer.app.build_window = build_window
    process = QApplication.processEvents

    def process_events(*a):
        t = time.perf_counter()
        process(*a)
        spent["event loop (painting)"] += time.perf_counter() - t
        if selected.pop("edited", False):
            for label, seconds in spent.items():
                by_kind[selected["now"]][label].append(seconds * 1000)
            spent.clear()
    QApplication.processEvents = staticmethod(process_events)
    folder = next((HERE / "_data").glob(f"claims{args.size}_articles*_seed0"), None)
    if folder is None:
        from bench_load import ensure_dataset
        folder, _ = ensure_dataset(HERE / "_data", args.size, max(args.size // 10, 1), 0)
    print(bench_edit.measure(folder, args.edits))
    for kind in (True, False):
        print("edits of the selected claim" if kind else "edits of another claim")
        rows = by_kind[kind]
        for label, values in sorted(rows.items(), key=lambda item: -statistics.median(item[1])):
            print(f"  {label:28s} {statistics.median(values):7.2f} ms  (n={len(values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
