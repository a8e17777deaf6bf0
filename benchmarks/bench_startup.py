"""Benchmark: launching Claims Atlas on the bundled data, against a bare PySide6 window, in the same run.

Each launch is a fresh process, timed from its start (the parent's clock just
before it starts the process) to:

- window_painted: the first time the main window has been painted;
- data_painted: the first time it has been painted with the dataset shown
  (the claims read; the app reads them on a thread, its quotes are checked
  after that);
- bare_painted: the same as window_painted for a bare QMainWindow (the floor:
  an interpreter, PySide6 and one window).

The app is launched as `claims-atlas data` launches it (`viewer.cli.main`),
with a hook that watches its paint events and quits after the one it waits
for. Launches are interleaved (bare, app, app, bare, ...), so that the load
of other work on the machine falls on both alike. Every launch is a "second
launch": one launch of each before the measured ones compiles the bytecode,
the translations (into the cache folder) and warms the page cache. Settings
and caches go to a temporary folder (XDG_*), not the user's.

Usage: uv run python benchmarks/bench_startup.py [--runs 9] [--platform offscreen]
Prints each launch, then the medians and the spread (min–max, and the
interquartile range); the last line is one JSON object (seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HOOK = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def report(what):
    print(what, time.monotonic(), flush=True)

class Watch(QObject):
    def __init__(self, wait_for_data):
        super().__init__()
        self.wait_for_data = wait_for_data
        self.seen = set()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType():
            top = obj.window()
            if "window" not in self.seen:
                self.seen.add("window")
                QTimer.singleShot(0, lambda: self.done("window"))   # once this paint is through
            model = getattr(top, "app", None)
            if self.wait_for_data and "data" not in self.seen and getattr(model, "dataset", None) is not None:
                self.seen.add("data")
                QTimer.singleShot(0, lambda: self.done("data"))
        return False

    def done(self, what):
        report(what)
        if what == ("data" if self.wait_for_data else "window"):
            os._exit(0)   # what follows (closing, the quote check) is not part of the launch

_exec = QApplication.exec

def exec_watched(*args):
    app = QApplication.instance()
    app._watch = Watch(WAIT_FOR_DATA)
    app.installEventFilter(app._watch)
    return _exec()

QApplication.exec = exec_watched
"""

APP = HOOK.replace("WAIT_FOR_DATA", "True") + r"""
from viewer.cli import main
sys.exit(main(["data"]))
"""

BARE = HOOK.replace("WAIT_FOR_DATA", "False") + r"""
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1500, 950)
window.show()
sys.exit(app.exec())
"""


def launch(code: str, env: dict, root: Path = ROOT) -> dict[str, float]:
    """Start one process (importing viewer from ``root``); the seconds from its start to each report."""
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                            timeout=120)
    times = {}
    for line in result.stdout.splitlines():
        what, _, when = line.partition(" ")
        times[what] = float(when) - start
    if result.returncode != 0 or not times:
        raise SystemExit(f"launch failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return times


def spread(values: list[float]) -> str:
    q = statistics.quantiles(values, n=4) if len(values) >= 2 else [values[0]] * 3
    return (f"median {statistics.median(values):.3f} s  (min {min(values):.3f}, max {max(values):.3f}, "
            f"IQR {q[0]:.3f}–{q[2]:.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for both (default offscreen)")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also launch the app of another checkout (e.g. a worktree of main), interleaved")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claims-atlas-startup-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "CLAIMS_ATLAS_LANG": "en"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)   # a second launch runs from compiled bytecode
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
            env[name] = str(Path(tmp) / name.lower())
            Path(env[name]).mkdir(mode=0o700)
        apps = {"app": ROOT, **({"other": args.compare.resolve()} if args.compare else {})}
        launch(BARE, env)   # the first launches: bytecode, translations, page cache
        for root in apps.values():
            launch(APP, env, root)
        found: dict[str, list[float]] = {"bare": []}
        for name in apps:
            found[f"{name}_window"], found[f"{name}_data"] = [], []
        for run in range(args.runs):
            order = ["bare", *apps]
            order = order[run % len(order):] + order[:run % len(order)]   # each goes first in turn
            for which in order:
                if which == "bare":
                    found["bare"].append(launch(BARE, env)["window"])
                else:
                    times = launch(APP, env, apps[which])
                    found[f"{which}_window"].append(times["window"])
                    found[f"{which}_data"].append(times["data"])
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.3f} s" for k, v in found.items()), flush=True)
    print(f"bare PySide6 window painted:        {spread(found['bare'])}")
    for name, root in apps.items():
        print(f"{name} ({root}):")
        print(f"  window painted:                   {spread(found[f'{name}_window'])}")
        print(f"  painted with the data shown:      {spread(found[f'{name}_data'])}")
    print(json.dumps({"runs": args.runs, **{f"{k}_painted_s": statistics.median(v) for k, v in found.items()},
                      **{f"{k}_all": [round(x, 4) for x in v] for k, v in found.items()}}))


if __name__ == "__main__":
    main()
