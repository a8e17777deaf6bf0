"""What `claims-atlas check`'s quote extras cost: the notes on repeated quotes, and the closest passage of a
quote that does not occur.

    uv run python benchmarks/bench_check_quotes.py                       # 100,000 claims, 3 runs
    uv run python benchmarks/bench_check_quotes.py --sizes 1000000 --runs 1

For each size N (N claims over N/10 articles, the synthetic dataset of bench_load.py, reused from
benchmarks/_data/), each run times, in a fresh process each:

* ``verify``: ``ds.verify_quotes()`` as the window does it (no notes);
* ``verify_notes``: ``ds.verify_quotes(notes=True)`` as ``check`` does it (one more ``str.find`` per quote);
* ``verify_1pct_wrong``: ``ds.verify_quotes()`` on a copy whose claims.csv has 1% of its quotes changed
  (one hyphen or letter of each made an en dash or another letter), so that 1% get the closest-passage
  search; ``verify_1pct_wrong_no_closest`` the same without that search (the message as it was before);
  ``closest_per_wrong_quote_ms`` is the difference of the two divided by the quotes changed.

Medians over the runs; the last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))


def child(folder: str, mode: str) -> None:
    from viewer.model import load_dataset
    if mode == "no_closest":   # the quotes not found told without their closest passage, as before it was named
        import viewer.model.checking.text
        viewer.model.checking.text.first_difference = lambda *args: None
    ds = load_dataset(folder, verify_quotes=False)
    t = time.perf_counter()
    ds.verify_quotes(notes=(mode == "notes"))
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "problems": len(ds.problems), "notes": len(ds.notes)}))


def wrong_copy(folder: Path, every: int = 100) -> tuple[Path, int]:
    """A copy of the dataset (articles hard-linked, not copied) with every ``every``-th quote changed."""
    import csv
    out = folder.parent / (folder.name + f"_wrong{every}")
    stamp = out / "_changed.json"
    if stamp.exists():
        return out, json.loads(stamp.read_text())["changed"]
    if out.exists():
        shutil.rmtree(out)
    # Hard links: the articles are the same files (a symbolic link would be an outside path to the loader).
    shutil.copytree(folder, out, copy_function=os.link, ignore=shutil.ignore_patterns("claims.csv", "_params.json"))
    changed = 0
    with open(folder / "claims.csv", encoding="utf-8", newline="") as src, \
            open(out / "claims.csv", "w", encoding="utf-8", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, reader.fieldnames, lineterminator="\n")
        writer.writeheader()
        for i, row in enumerate(reader):
            if i % every == 0 and len(row["quote"]) > 10:
                q = row["quote"]
                at = q.find("-")
                if at < 0:   # no hyphen: change the middle letter
                    at = len(q) // 2
                    row["quote"] = q[:at] + ("x" if q[at] != "x" else "y") + q[at + 1:]
                else:
                    row["quote"] = q[:at] + "\u2013" + q[at + 1:]
                changed += 1
            writer.writerow(row)
    stamp.write_text(json.dumps({"changed": changed}) + "\n")
    return out, changed


def run(folder: Path, mode: str) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(folder), mode],
                          capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from bench_load import DEFAULT_DATA, ensure_dataset
    results = {}
    for n in (int(s) for s in args.sizes.split(",")):
        folder, _ = ensure_dataset(DEFAULT_DATA, n, max(1, n // 10), 0)
        wrong, changed = wrong_copy(folder)
        times: dict[str, list[float]] = {"verify": [], "verify_notes": [], "verify_1pct_wrong": [],
                                         "verify_1pct_wrong_no_closest": []}
        info = {}
        for _ in range(args.runs):
            for key, target, mode in (("verify", folder, "plain"), ("verify_notes", folder, "notes"),
                                      ("verify_1pct_wrong", wrong, "plain"),
                                      ("verify_1pct_wrong_no_closest", wrong, "no_closest")):
                got = run(target, mode)
                times[key].append(got["seconds"])
                info[key] = got
        fig = {f"{k}_s": round(statistics.median(v), 3) for k, v in times.items()}
        fig["notes"] = info["verify_notes"]["notes"]
        fig["quotes_changed"] = changed
        fig["problems_when_changed"] = info["verify_1pct_wrong"]["problems"]
        fig["closest_per_wrong_quote_ms"] = round(
            1000 * (fig["verify_1pct_wrong_s"] - fig["verify_1pct_wrong_no_closest_s"]) / max(changed, 1), 3)
        results[f"claims_{n}"] = fig
        print(f"{n:>9,} claims: " + ", ".join(f"{k} {v}" for k, v in fig.items()), flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
