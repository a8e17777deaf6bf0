"""How long `claims-atlas export` takes, from start to exit, for a report and CSV, a picture, and the window.

    uv run python benchmarks/bench_export.py                    # the bundled dataset, 5 runs each
    uv run python benchmarks/bench_export.py --repo /other/checkout --runs 7   # another checkout of the app
    uv run python benchmarks/bench_export.py --dataset benchmarks/_data/some-folder

Each run is a fresh process (``python -m viewer export …`` with the checkout first on the path), writing
into a temporary folder; the table shows the median and the spread over the runs, in seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CASES = {
    "report.html + claims.csv": ["--report", "r.html", "--claims", "c.csv"],
    "report.pdf": ["--report", "r.pdf"],
    "map.png": ["--map", "m.png"],
    "window.png": ["--window", "w.png"],
}


def run_once(repo: Path, dataset: Path, args: list[str]) -> float:
    with tempfile.TemporaryDirectory() as out:
        files = [a if a.startswith("--") else str(Path(out) / a) for a in args]
        env = dict(os.environ, PYTHONPATH=str(repo), QT_QPA_PLATFORM="offscreen", CLAIMS_ATLAS_LANG="en")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "viewer", "export", str(dataset), *files], cwd=repo, env=env,
                              capture_output=True, text=True)
        took = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"export failed ({done.returncode}): {done.stderr.strip()}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout to time (default: this one)")
    parser.add_argument("--dataset", type=Path, default=ROOT / "data")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.repo} on {args.dataset}, {args.runs} runs each (median, min-max, s)")
    for name, case in CASES.items():
        times = [run_once(args.repo.resolve(), args.dataset.resolve(), case) for _ in range(args.runs)]
        print(f"  {name:<26} {statistics.median(times):6.2f}  ({min(times):.2f}-{max(times):.2f})")


if __name__ == "__main__":
    main()
