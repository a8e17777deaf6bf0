"""Benchmark: the window at 100,000 and 1,000,000 claims (open, sort, filter, select).

Each run is two fresh processes: the floor, then one that opens the synthetic
dataset in the real window (offscreen), exactly as the app does: tables and
quotes on the loader thread (the quotes in worker processes), the table's
arrays built there too. Measured, medians over runs and repetitions:

- floor: pandas.read_csv of the same claims.csv (the least any loader pays),
  in its own process, as bench_load.py measures it;
- open_to_interactive: from the window's construction to the first paint
  with the claims shown (the table appears before the quotes are checked);
- all_quotes_verified: from the window's construction until every quote has
  been found and the views show the checked dataset (interactions below are
  measured after this);
- sort: a header sort written to the state until the table has been repainted
  (first time per column, and again when the order is cached);
- filter_text / filter_country: a search string / a destination until the
  table and the chart are repainted;
- select: one claim selected until every view (table, map, source, chart)
  has handled it (select_views_updated), and until the window has repainted
  what changed (select_painted);
- peak_rss_mb: the peak resident memory of the window's process;
  peak_rss_with_workers_mb: the peak of the window's and its quote workers'
  resident memory together (sampled every 0.1 s until the quotes are
  checked, Linux only), workers_peak_rss_mb: the workers' part of it.

interactive_vs_floor is open_to_interactive / floor of the same run (the
issue's target: at most 3); quotes_after_interactive is the time from the
table shown to every quote checked.

Usage: uv run python benchmarks/bench_gui.py [--sizes 100000,1000000] [--runs 3]
The last line printed is one JSON object of named figures (seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def child(folder: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    import pandas as pd

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from viewer.app import build_window, make_app
    app = make_app()
    settings = QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / "claims-atlas-bench.ini"),
                         QSettings.Format.IniFormat)
    settings.clear()

    def settle() -> None:
        # Deliver queued events and paint what changed, as the event loop would.
        app.processEvents()
        app.processEvents()

    memory = _MemorySampler()   # the window's and its quote workers' memory, until the quotes are checked
    t = time.perf_counter()
    model, win = build_window(None, settings)
    win.resize(1600, 1000)
    win.show()
    loop = QEventLoop()
    model.datasetChanged.connect(loop.quit)
    QTimer.singleShot(600_000, loop.quit)
    win.open_folder(folder)
    loop.exec()
    settle()
    open_s = time.perf_counter() - t
    assert len(model.claims_index) == len(model.dataset.claims) > 0
    # The table is up; the quotes are still being checked on the loader thread.
    while win._worker is not None:
        app.processEvents()
        time.sleep(0.01)
    verified_s = time.perf_counter() - t
    memory.stop()
    settle()

    handled: list[float] = []

    def timed(action) -> float:
        """Seconds until painted; also records (in ``handled``) until every view had handled it."""
        t0 = time.perf_counter()
        action()
        handled.append(time.perf_counter() - t0)
        settle()
        return time.perf_counter() - t0

    state = model.state
    sort_first, sort_cached = [], []
    for column in ("figure", "claimant", "destination", "source"):
        sort_first.append(timed(lambda c=column: state.sort_by(c, False)))
        state.sort_by("published", True)
        settle()
        sort_cached.append(timed(lambda c=column: state.sort_by(c, False)))
    rng = np.random.default_rng(1)
    text = []
    for word in ("georgia", "kazakh", "ministry", "zzz-no-match", "border"):
        state.clear_filters()
        settle()
        text.append(timed(lambda w=word: state.update_filters(text=w)))
    dests = [d for d in pd.unique(model.claims_index.claims["destination"]) if d][:5]
    country = []
    for dest in dests:
        state.clear_filters()
        settle()
        country.append(timed(lambda d=dest: state.update_filters(destination=d)))
    state.clear_filters()
    settle()
    ids = model.claims_index.claims["claim_id"].to_numpy()[rng.integers(0, len(model.claims_index.claims), 30)]
    handled.clear()
    select = [timed(lambda c=c: state.select(c)) for c in ids]
    select_handled = list(handled)
    win.close()
    from bench_load import _maxrss_mb
    return {"open_to_interactive_s": open_s, "all_quotes_verified_s": verified_s,
            "quotes_after_interactive_s": verified_s - open_s, "peak_rss_mb": _maxrss_mb(),
            **memory.figures(),
            "sort_first_s": statistics.median(sort_first), "sort_cached_s": statistics.median(sort_cached),
            "sort_max_s": max(sort_first + sort_cached),
            "filter_text_s": statistics.median(text), "filter_text_max_s": max(text),
            "filter_country_s": statistics.median(country),
            "select_views_updated_s": statistics.median(select_handled),
            "select_painted_s": statistics.median(select), "select_painted_max_s": max(select)}


class _MemorySampler:
    """Samples, every 0.1 s on a thread of its own, the resident memory of this process and of
    its child processes (the quote workers): on Linux only (from /proc), else it reports nothing."""

    def __init__(self):
        import threading
        self.peak_total = self.peak_workers = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        if os.path.exists("/proc/self/task"):
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            workers = sum(_rss_mb(pid) for pid in _children())
            self.peak_workers = max(self.peak_workers, workers)
            self.peak_total = max(self.peak_total, _rss_mb("self") + workers)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def figures(self) -> dict:
        if not self.peak_total:
            return {}
        return {"peak_rss_with_workers_mb": self.peak_total, "workers_peak_rss_mb": self.peak_workers}


def _children() -> list[str]:
    pids = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children") as fh:
                pids += fh.read().split()
        except OSError:
            pass
    return pids


def _rss_mb(pid: str) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _run(folder: Path) -> dict:
    """One run: the floor in a fresh process, then the window in another."""
    from bench_load import run_child as run_load_child
    floor = run_load_child(["--child", "floor", str(folder)], 1800)["floor_read_csv_s"]
    result = _run_child(folder)
    return {"floor_read_csv_s": floor, **result, "interactive_vs_floor": result["open_to_interactive_s"] / floor}


def _run_child(folder: Path) -> dict:
    import subprocess
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(folder)],
                          capture_output=True, text=True, timeout=1800, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    from bench_load import ensure_dataset
    results = {}
    for n in (int(s) for s in args.sizes.split(",")):
        folder, _ = ensure_dataset(HERE / "_data", n, max(n // 10, 1), args.seed)
        runs = [_run(folder) for _ in range(args.runs)]
        medians = {k: round(statistics.median(r[k] for r in runs), 4) for k in runs[0]}
        results[f"claims_{n}"] = {"runs": args.runs, **medians}
        print(f"\n{n:,} claims, median of {args.runs} runs")
        for key, value in medians.items():
            unit = "x" if key.endswith("_vs_floor") else " MB" if key.endswith("_mb") else " s"
            print(f"  {key:<28} {value:>10.4f}{unit}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
