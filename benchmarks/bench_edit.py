"""Benchmark: one edited claim reaching every view, at 100,000 and 1,000,000 claims.

The real window (offscreen) opens a synthetic dataset (benchmarks/_data, made by synthetic.py) through
its Document, then edits one claim at a time (``doc.update_claim(id, value_high=…)``, a random claim
each time, half of them the selected one) and measures, per edit, medians over the edits:

- document: the Document re-checks the changed record (and those sharing its id), finds its quote and
  mends the derived claims frame;
- index: the session mends the claims index (codes, sort orders, search chunks, the flows the claim
  is on) and makes the visible order again;
- views: every view's handler of the change (table rows, map flows with its zoom kept, chart, source
  pane, problems), then one pass of the event loop (what they asked to repaint);
- reach: index + views, the issue's "reaches every view";
- total: document + reach, from the call to the views updated;
- journal: the fsync-ed journal write, per edit (measured apart, 50 writes).

A baseline is measured in the same run: a full rebuild of the claims index (ClaimsIndex built afresh,
what every edit cost before the index could be mended).

Usage: uv run python benchmarks/bench_edit.py [--sizes 100000,1000000] [--edits 15]
The last line printed is one JSON object of the figures (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLAIMS_ATLAS_DATA_DIR", tempfile.mkdtemp(prefix="claims-atlas-bench-"))


def measure(folder: Path, n_edits: int, seed: int = 0) -> dict:
    import numpy as np
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from viewer.app import build_window
    from viewer.model.index.claims_index import ClaimsIndex
    from viewer.model.document.journal import Journal

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    t = time.perf_counter()
    model, window = build_window(folder, settings, synchronous=True)
    window.resize(1500, 950)
    window.show()
    app = QApplication.instance()
    app.processEvents()
    opened = time.perf_counter() - t
    doc = model.document
    ids = doc.claim_ids()
    rng = np.random.default_rng(seed)
    model.state.select(ids[len(ids) // 2])
    model.claims_index.prepare_search()
    app.processEvents()
    marks: dict[str, float] = {}
    doc._listeners.insert(0, lambda _changes: marks.__setitem__("derived", time.perf_counter()))
    model.session._listeners.insert(0, lambda change: marks.setdefault("indexed", time.perf_counter())
                                    if type(change).__name__ == "ClaimsChanged" else None)
    rows = {"document": [], "index": [], "views": [], "reach": [], "total": []}
    profiler = None
    if os.environ.get("BENCH_EDIT_PROFILE"):   # a file to write the edits' cProfile to (pstats format)
        import cProfile
        profiler = cProfile.Profile()
    for k in range(n_edits + 2):
        if profiler is not None and k == 2:
            profiler.enable()
        target = model.state.claim_id if k % 2 else ids[int(rng.integers(0, len(ids)))]
        marks.clear()
        t0 = time.perf_counter()
        doc.update_claim(target, value_high=str(int(rng.integers(10**5, 10**6))))
        app.processEvents()
        t1 = time.perf_counter()
        if k < 2:
            continue   # the first edits build what later ones reuse (the id lookup, the flows' keys)
        rows["document"].append(marks["derived"] - t0)
        rows["index"].append(marks["indexed"] - marks["derived"])
        rows["views"].append(t1 - marks["indexed"])
        rows["reach"].append(t1 - marks["derived"])
        rows["total"].append(t1 - t0)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(os.environ["BENCH_EDIT_PROFILE"])
    baseline = []
    for _ in range(3):
        t = time.perf_counter()
        ClaimsIndex(doc.dataset.claims, doc.dataset.sources, model.words)
        baseline.append(time.perf_counter() - t)
    journal = Journal(Path(tempfile.mkdtemp()) / "j.jsonl", folder)
    writes = []
    for i in range(50):
        t = time.perf_counter()
        journal.write({"op": "update_claim", "id": ids[i], "columns": {"value_high": str(i)}})
        writes.append(time.perf_counter() - t)
    journal.clear()
    save_dir = Path(tempfile.mkdtemp())
    result = {name: round(statistics.median(values) * 1000, 1) for name, values in rows.items()}
    result.update(worst_reach=round(max(rows["reach"]) * 1000, 1), worst_total=round(max(rows["total"]) * 1000, 1),
                  baseline_full_index=round(statistics.median(baseline) * 1000, 1),
                  journal=round(statistics.median(writes) * 1000, 2), open_s=round(opened, 2))
    del save_dir
    # The edits are not to be saved: hide the window rather than close it (closing asks about them).
    doc.journal.clear()
    window.hide()
    return result


def measure_save(folder: Path) -> dict:
    """Saving after one edit: only that record is written anew; the rest are copied as they were."""
    import shutil
    from viewer.model.document import Document
    copy = Path(tempfile.mkdtemp()) / "copy"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("articles"))
    os.symlink(folder / "articles", copy / "articles")
    doc = Document.open(copy, verify_quotes=False)
    times = []
    for i in range(3):
        doc.update_claim(doc.claim_ids()[1000 + i], note=f"saved {i}")
        t = time.perf_counter()
        doc.save()
        times.append(time.perf_counter() - t)
    shutil.rmtree(copy.parent)
    return {"save_after_one_edit_s": round(statistics.median(times), 3)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--data", type=Path, default=HERE / "_data")
    args = parser.parse_args(argv)
    from bench_load import ensure_dataset
    results = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        folder, _ = ensure_dataset(args.data, size, size // 10, 0)
        figures = measure(folder, args.edits)
        figures.update(measure_save(folder))
        results[size] = figures
        print(size, figures, flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
