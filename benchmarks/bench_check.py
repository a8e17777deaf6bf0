"""`claims-atlas check` on a large synthetic dataset: wall time, CPU time and peak memory.

    uv run python benchmarks/bench_check.py                       # 1,000,000 claims, 5 runs
    uv run python benchmarks/bench_check.py --baseline /path/to/other/checkout --runs 5
    uv run python benchmarks/bench_check.py --baseline /path/to/other/checkout --compile   # with .pyc files

Each run is a fresh ``python -m viewer check`` process (what a user runs), its output thrown
away. With ``--baseline``, the same command is run from another checkout of the project (e.g.
``git worktree add --detach /tmp/base main``) in the same session, interleaved with this one and
the order swapped every round, so that both meet the same load on the machine. The table gives
the median of the runs (and every run in brackets); CPU is user + system time of the process and
of its quote workers, which says more than the wall time on a machine shared with other work.
Peak memory is the largest resident size of the check process or of any of its workers
(``getrusage`` of the children, in a small parent process of each run's own), in MiB. The dataset is generated as bench_load.py does (benchmarks/_data/).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall_s": wall, "cpu_s": use.ru_utime + use.ru_stime, "peak_mb": use.ru_maxrss / 1024,
                  "status": result.returncode, "summary": (result.stderr.strip().splitlines() or [""])[-1]}))
"""


def run_check(checkout: Path, folder: Path) -> dict:
    """One ``python -m viewer check`` from ``checkout``, measured by a small parent process of its own
    (so that the peak is this run's: the largest of the check process and its quote workers)."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "viewer", "check", str(folder)],
                         cwd=checkout, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with, run interleaved")
    parser.add_argument("--data-dir", type=Path, default=HERE / "_data")
    parser.add_argument("--compile", action="store_true",
                        help="first write the .pyc files of both checkouts and of this Python's packages, as an "
                             "installation does (where PYTHONDONTWRITEBYTECODE is set, each run compiles them "
                             "again otherwise: about a second of CPU)")
    args = parser.parse_args(argv)
    from bench_load import ensure_dataset
    folder, _ = ensure_dataset(args.data_dir, args.claims, max(1, args.claims // 10), 0)
    sides = {"this": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    if args.compile:
        import sysconfig
        for place in [sysconfig.get_paths()["purelib"], *(str(side / "viewer") for side in sides.values())]:
            subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", place],
                           stdout=subprocess.DEVNULL, check=False)
    results: dict[str, list[dict]] = {name: [] for name in sides}
    for round_ in range(args.runs):
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for name in order:
            row = run_check(sides[name], folder)
            results[name].append(row)
            print(f"round {round_ + 1} {name:8s} wall {row['wall_s']:6.2f} s  cpu {row['cpu_s']:6.2f} s  "
                  f"peak {row['peak_mb']:5.0f} MiB  "
                  f"status {row['status']}  load {os.getloadavg()[0]:.1f}  {row['summary']}", flush=True)
    summary = {}
    for name, rows in results.items():
        summary[name] = {key: statistics.median(r[key] for r in rows) for key in ("wall_s", "cpu_s", "peak_mb")}
        summary[name]["wall_runs"] = [round(r["wall_s"], 2) for r in rows]
        summary[name]["cpu_runs"] = [round(r["cpu_s"], 2) for r in rows]
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
