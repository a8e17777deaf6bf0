"""Benchmark: moving "as of" by a day, and painting the timeline, at 1,000,000 claims.

The claims are made in memory (benchmarks/time_frames.py: N claims over N/10
sources published over 75 days, 30% of them with a time and zone), and shown in
the real window offscreen (1600x1000). Measured, medians over the steps:

- model_step: the arrays behind one step, without Qt: the table's visible order
  (ClaimsIndex.update with the new day), the flows as of the day
  (FlowsByDay.at) and the map's arrows from them (as_of_arrows);
- views_step: ``state.set_as_of(day)`` until every view has handled it (table,
  chart, map, timeline, source: Qt signals are delivered synchronously), i.e.
  until the window holds what it will paint;
- painted_step: views_step plus the paint of what changed (processEvents);
- timeline_paint: one paint of the timeline's marks (the canvas grabbed), the
  marks already counted for the filters;
- timeline_marks: counting the marks again for new filters (a search, a
  destination), which a day's step never needs;
- flows_by_day_build: making the per-day tables once (off the GUI thread, with
  the other sort keys, when a dataset opens).

Usage: uv run python benchmarks/bench_time.py [--claims 1000000] [--steps 15]
The last line printed is one JSON object of the medians (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=15)
    parser.add_argument("--freeze", action="store_true",
                        help="gc.freeze() once the dataset is shown (the collector then never rescans its objects)")
    parser.add_argument("--profile", metavar="FILE",
                        help="cProfile the views' steps (state.set_as_of) into FILE (pstats) and print the top")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CLAIMS_ATLAS_LANG", "en")
    from PySide6.QtCore import QSettings

    from time_frames import frames
    from viewer.app import build_window, make_app
    from viewer.model.timeline.as_of import FlowsByDay, day_number, day_of
    from viewer.model.timeline.as_of_map import as_of_arrows
    from viewer.model.index.claims_index import ClaimsIndex
    from viewer.model.reading.dataset import Dataset
    from viewer.model.reading.package import Descriptor
    from viewer.model.state import Filters
    from viewer.model.timeline.layout import TimelineMarks

    claims, sources = frames(args.claims)
    view = ClaimsIndex(claims, sources)
    view.prepare_sorting()
    t = time.perf_counter()
    FlowsByDay.of_view(view)
    build = time.perf_counter() - t
    figures: dict[str, float] = {"flows_by_day_build_ms": build * 1000}

    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="claims-atlas-time-"))
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    model, win = build_window(None, settings)
    win.resize(1600, 1000)
    win.show()
    app.processEvents()
    win.balance_docks()
    descriptor = Descriptor("bench", "Time benchmark", "RUS", {"sources": "sources.csv", "claims": "claims.csv"},
                            event={"label": "Partial mobilisation announced", "date": "2022-09-21"})
    dataset = Dataset(folder, descriptor, sources, claims, quotes_verified=True,
                      rows_read={"sources": len(sources), "claims": len(claims)})
    model.set_dataset(dataset, view)
    win.docks["timeline"].raise_()   # (a tab beside the claims table: shown, so it paints)
    for _ in range(3):
        app.processEvents()
    if args.freeze:
        import gc
        gc.collect()
        gc.freeze()
    state = model.state
    by_day = view.flows_by_day()
    first = day_of(int(by_day.days[10]))
    layout = win.map.layout_

    model_ms, views_ms, painted_ms = [], [], []
    for k in range(args.steps):
        day = first + timedelta(days=k)
        t = time.perf_counter()
        view.update(Filters(as_of=day), state.sort_column, state.sort_ascending)
        as_of_arrows(layout, by_day.at(day_number(day)), model.words)
        model_ms.append((time.perf_counter() - t) * 1000)
    state.set_as_of(first - timedelta(days=1))
    app.processEvents()
    profiler = None
    if args.profile:
        import cProfile
        profiler = cProfile.Profile()
    for k in range(args.steps):
        day = first + timedelta(days=k)
        t = time.perf_counter()
        if profiler:
            profiler.enable()
        state.set_as_of(day)
        if profiler:
            profiler.disable()
        views_ms.append((time.perf_counter() - t) * 1000)
        app.processEvents()
        painted_ms.append((time.perf_counter() - t) * 1000)
    canvas = win.timeline.canvas
    paint_ms = []
    for _ in range(args.steps):
        t = time.perf_counter()
        canvas.repaint()
        paint_ms.append((time.perf_counter() - t) * 1000)
    marks_ms = []
    for _ in range(3):
        t = time.perf_counter()
        TimelineMarks(view, None, canvas.event_mark[1] if canvas.event_mark else None)
        marks_ms.append((time.perf_counter() - t) * 1000)
    win.close()
    if profiler:
        import pstats
        profiler.dump_stats(args.profile)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    median = statistics.median
    figures.update(model_step_ms=median(model_ms), views_step_ms=median(views_ms),
                   views_step_max_ms=max(views_ms), painted_step_ms=median(painted_ms),
                   timeline_paint_ms=median(paint_ms), timeline_paint_max_ms=max(paint_ms),
                   timeline_marks_ms=median(marks_ms), timeline_bins=len(canvas.bins()),
                   canvas_px=[canvas.width(), canvas.height()], claims=args.claims, gc_frozen=args.freeze)
    for name, value in figures.items():
        print(f"{name:>24}: {value:.1f}" if isinstance(value, float) else f"{name:>24}: {value}")
    print(json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in figures.items()}))


if __name__ == "__main__":
    main()
