"""How long Claims Atlas takes to open a large dataset, and how much memory it needs.

For each size (claims; articles = claims / 10) a synthetic dataset is generated
into benchmarks/_data/ (git-ignored; reused when its parameters match), then,
``--runs`` times, two fresh Python processes are started:

* floor: ``pandas.read_csv(claims.csv, dtype=str, keep_default_na=False)`` of the
  same claims.csv, i.e. the least any loader must pay to read that table;
* load: ``load_dataset(folder, verify_quotes=False)`` (tables read and every rule
  checked), then ``ds.verify_quotes()`` (every article read, every quote found;
  from 50,000 claims on in two worker processes, as the app does, unless
  ``--workers`` says otherwise), then ``ds.flows()``; the process also checks
  that nothing was left out.

Each child reports its own peak resident set size (on Linux VmHWM from
/proc/self/status, read at its end; elsewhere ``getrusage(RUSAGE_SELF).ru_maxrss``):
the peak of the whole process, interpreter and imports included; the RSS peak
right after the imports is reported too. Timings are wall-clock
(``time.perf_counter``); the tables are reported as medians over the runs.
The files are read from a warm page cache (they were just generated, or read
by the previous run).

    uv run python benchmarks/bench_load.py [--sizes 100000,1000000] [--runs 3]
    uv run python benchmarks/bench_load.py --sizes 1000000 --workers 0   # quotes checked in the loading process
    uv run python benchmarks/bench_load.py --sizes 1000000 --profile quotes   # cProfile one phase (quotes: no workers)

The last line printed is one JSON object with the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DATA = HERE / "_data"
PHASES = ("tables", "quotes", "flows")


def _maxrss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    On Linux this is VmHWM of /proc/self/status: the high-water mark of this
    process's own address space. ``getrusage(RUSAGE_SELF).ru_maxrss`` is not
    used there because Linux carries it over exec() from the forking parent, so
    a child of a big parent would report the parent's size.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024**2  # macOS reports bytes


# ---------------------------------------------------------------- children

def child_floor(folder: Path) -> dict:
    import pandas as pd
    after_import = _maxrss_mb()
    t = time.perf_counter()
    frame = pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False)
    seconds = time.perf_counter() - t
    return {"floor_read_csv_s": seconds, "rows": len(frame),
            "floor_peak_rss_mb": _maxrss_mb(), "floor_rss_after_import_mb": after_import}


def child_load(folder: Path, expect_claims: int, expect_sources: int, profile: str | None,
               workers: int | None = None) -> dict:
    sys.path.insert(0, str(ROOT))
    from viewer.model import flows_records, load_dataset
    from viewer.model.checking import quoteworkers
    if profile == "quotes" and workers is None:
        workers = 0   # cProfile sees this process only: check the quotes here
    if workers is not None:
        quoteworkers.WORKERS = workers
    after_import = _maxrss_mb()
    profiler = None
    if profile:
        import cProfile
        profiler = cProfile.Profile()

    def run(phase: str, fn):
        if profiler is not None and phase == profile:
            profiler.enable()
        t = time.perf_counter()
        out = fn()
        seconds = time.perf_counter() - t
        if profiler is not None and phase == profile:
            profiler.disable()
        return out, seconds

    ds, t_tables = run("tables", lambda: load_dataset(folder, verify_quotes=False))
    rss_tables = _maxrss_mb()
    ok, t_quotes = run("quotes", ds.verify_quotes)
    rss_quotes = _maxrss_mb()
    flows, t_flows = run("flows", ds.flows)
    records, t_records = run("records", lambda: flows_records(flows))
    result = {
        "load_tables_s": t_tables, "verify_quotes_s": t_quotes, "flows_s": t_flows,
        "flows_records_s": t_records, "full_load_s": t_tables + t_quotes + t_flows,
        "peak_rss_mb": _maxrss_mb(), "rss_after_import_mb": after_import,
        "peak_rss_after_tables_mb": rss_tables, "peak_rss_after_quotes_mb": rss_quotes,
        "quote_workers": quoteworkers.default_workers() if len(ds.claims) >= quoteworkers.MIN_CLAIMS_FOR_WORKERS else 0,
        "claims_loaded": len(ds.claims), "sources_loaded": len(ds.sources),
        "problems": len(ds.problems), "flows": len(records),
    }
    if not ok or ds.problems or len(ds.claims) != expect_claims or len(ds.sources) != expect_sources:
        result["error"] = (f"expected {expect_claims} claims / {expect_sources} sources and no problems; got "
                           f"{len(ds.claims)} / {len(ds.sources)}, {len(ds.problems)} problems: "
                           + "; ".join(str(p) for p in ds.problems[:5]))
    if profiler is not None:
        import io
        import pstats
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue(), file=sys.stderr)
    return result


# ---------------------------------------------------------------- parent

def ensure_dataset(data_dir: Path, n_claims: int, n_articles: int, seed: int) -> tuple[Path, float | None]:
    """The dataset folder for these parameters, generated unless already present."""
    sys.path.insert(0, str(HERE))
    from synthetic import GENERATOR_VERSION
    params = {"generator_version": GENERATOR_VERSION, "claims": n_claims, "articles": n_articles, "seed": seed}
    folder = data_dir / f"claims{n_claims}_articles{n_articles}_seed{seed}"
    stamp = folder / "_params.json"
    if stamp.exists():
        try:
            if json.loads(stamp.read_text()) == params:
                return folder, None
        except (OSError, ValueError):
            pass
    if folder.exists():
        shutil.rmtree(folder)   # only ever a folder this script made under data_dir
    print(f"generating {n_claims:,} claims over {n_articles:,} articles into {folder} ...", flush=True)
    t = time.perf_counter()
    # In a child process, so this one stays small while it starts the measured ones.
    subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(folder), "--claims", str(n_claims),
                    "--articles", str(n_articles), "--seed", str(seed)],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    seconds = time.perf_counter() - t
    stamp.write_text(json.dumps(params) + "\n")   # written last: a partial folder is never reused
    print(f"  generated in {seconds:.1f} s", flush=True)
    return folder, seconds


def run_child(args: list[str], timeout: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if proc.stderr.strip():
        print(proc.stderr, file=sys.stderr, end="")
    if proc.returncode != 0:
        raise RuntimeError(f"child {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _dir_mb(path: Path) -> float:
    total = 0
    with os.scandir(path) as it:
        for entry in it:
            total += entry.stat().st_size
    return total / 1024**2


def bench_size(data_dir: Path, n_claims: int, runs: int, seed: int, timeout: float, workers: int | None) -> dict:
    n_articles = max(1, n_claims // 10)
    folder, gen_s = ensure_dataset(data_dir, n_claims, n_articles, seed)
    floors, loads = [], []
    for i in range(runs):
        floors.append(run_child(["--child", "floor", str(folder)], timeout))
        loads.append(run_child(["--child", "load", str(folder), str(n_claims), str(n_articles), "-",
                                "-" if workers is None else str(workers)], timeout))
        f, lo = floors[-1], loads[-1]
        if "error" in lo:
            raise RuntimeError(lo["error"])
        print(f"  run {i + 1}/{runs}: floor {f['floor_read_csv_s']:.2f} s | tables {lo['load_tables_s']:.2f} s, "
              f"quotes {lo['verify_quotes_s']:.2f} s, flows {lo['flows_s']:.2f} s | "
              f"peak {lo['peak_rss_mb']:,.0f} MB", flush=True)

    def med(rows: list[dict], key: str) -> float:
        return round(statistics.median(r[key] for r in rows), 3)

    out = {"claims": n_claims, "articles": n_articles, "runs": runs,
           "claims_csv_mb": round((folder / "claims.csv").stat().st_size / 1024**2, 1),
           "articles_mb": round(_dir_mb(folder / "articles"), 1)}
    out.update({k: med(floors, k) for k in ("floor_read_csv_s", "floor_peak_rss_mb")})
    out.update({k: med(loads, k) for k in (
        "load_tables_s", "verify_quotes_s", "flows_s", "flows_records_s", "full_load_s",
        "peak_rss_mb", "rss_after_import_mb", "peak_rss_after_tables_mb", "peak_rss_after_quotes_mb")})
    out["tables_vs_floor"] = round(out["load_tables_s"] / out["floor_read_csv_s"], 1)
    out["flows"] = loads[-1]["flows"]
    out["quote_workers"] = loads[-1]["quote_workers"]
    if gen_s is not None:
        out["generate_s"] = round(gen_s, 1)
    return out


ROWS = [  # (label, key, format)
    ("articles", "articles", "{:,}"),
    ("claims.csv (MB)", "claims_csv_mb", "{:,.1f}"),
    ("articles on disk (MB)", "articles_mb", "{:,.1f}"),
    ("(a) floor: pandas.read_csv (s)", "floor_read_csv_s", "{:.2f}"),
    ("(b) load_dataset(verify_quotes=False) (s)", "load_tables_s", "{:.2f}"),
    ("    (b) / (a)", "tables_vs_floor", "{:.1f}x"),
    ("(c) ds.verify_quotes() (s)", "verify_quotes_s", "{:.2f}"),
    ("(d) ds.flows() (s)", "flows_s", "{:.3f}"),
    ("    flows_records() (s)", "flows_records_s", "{:.3f}"),
    ("full load (b)+(c)+(d) (s)", "full_load_s", "{:.2f}"),
    ("peak RSS, full load (MB)", "peak_rss_mb", "{:,.0f}"),
    ("    RSS after imports (MB)", "rss_after_import_mb", "{:,.0f}"),
    ("    peak RSS after (b) (MB)", "peak_rss_after_tables_mb", "{:,.0f}"),
    ("    peak RSS after (c) (MB)", "peak_rss_after_quotes_mb", "{:,.0f}"),
    ("peak RSS, floor read_csv (MB)", "floor_peak_rss_mb", "{:,.0f}"),
    ("flows", "flows", "{:,}"),
    ("quote worker processes", "quote_workers", "{:,}"),
]


def table(results: dict[str, dict]) -> str:
    names = list(results)
    head = ["median of runs"] + [f"{results[n]['claims']:,} claims" for n in names]
    body = [[label] + [fmt.format(results[n][key]) if key in results[n] else "-" for n in names]
            for label, key, fmt in ROWS]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))
             for r in [head, *body]]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        kind, folder = argv[1], Path(argv[2])
        if kind == "floor":
            result = child_floor(folder)
        else:
            profile = argv[5] if len(argv) > 5 and argv[5] != "-" else None
            workers = int(argv[6]) if len(argv) > 6 and argv[6] != "-" else None
            result = child_load(folder, int(argv[3]), int(argv[4]), profile, workers)
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description="Benchmark loading large synthetic datasets.")
    parser.add_argument("--sizes", default="100000,1000000",
                        help="comma-separated claim counts (articles = claims / 10); default 100000,1000000")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; medians are reported (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA, help="where datasets are generated")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per child process")
    parser.add_argument("--workers", type=int, default=None,
                        help="quote-checking worker processes (0: check in the loading process); "
                             "default: as the app does")
    parser.add_argument("--profile", choices=PHASES,
                        help="instead of timing, run the load once per size under cProfile for this "
                             "phase and print the top 25 functions by cumulative time")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.data_dir.mkdir(parents=True, exist_ok=True)
    if args.profile:
        for n in sizes:
            folder, _ = ensure_dataset(args.data_dir, n, max(1, n // 10), args.seed)
            print(f"== cProfile of phase '{args.profile}' at {n:,} claims", flush=True)
            result = run_child(["--child", "load", str(folder), str(n), str(max(1, n // 10)), args.profile],
                               args.timeout)
            print(json.dumps(result))
        return 0
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
          f"{args.runs} run(s) per size, floor and load each in a fresh process", flush=True)
    results = {}
    for n in sizes:
        print(f"== {n:,} claims", flush=True)
        results[f"claims_{n}"] = bench_size(args.data_dir, n, args.runs, args.seed, args.timeout, args.workers)
    print()
    print(table(results))
    print()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
