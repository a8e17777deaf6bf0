"""Profile one edited claim through the pure model (no window): where the time of an edit goes.

Opens a dataset as a Document (quotes verified, as the window does), puts it in a Session, then edits
random claims (``value_high``) and times each stage with ``time.perf_counter``:

- document: ``doc.update_claim`` up to its listeners (re-check of the record, quote, derived frame);
- index: the session's handler (``apply_claims`` + the visible order made again);
- with ``--profile``, a cProfile of the edits, the 25 costliest functions by cumulative time.

Usage: uv run python benchmarks/profile_edit.py FOLDER [--edits 12] [--profile]
The last line printed is one JSON object of medians (milliseconds).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("CLAIMS_ATLAS_DATA_DIR", tempfile.mkdtemp(prefix="claims-atlas-profile-"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--edits", type=int, default=12)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    import numpy as np
    from viewer.model.document import Document
    from viewer.model.session import Session

    t = time.perf_counter()
    doc = Document.open(args.folder, verify_quotes=True, journal_dir=Path(tempfile.mkdtemp()))
    session = Session()
    session.set_dataset(doc.dataset, document=doc)
    print(f"opened in {time.perf_counter() - t:.1f} s", flush=True)
    ids = doc.claim_ids()
    rng = np.random.default_rng(0)
    marks: dict[str, float] = {}
    doc._listeners.insert(0, lambda _c: marks.__setitem__("derived", time.perf_counter()))
    session.subscribe(lambda change: marks.setdefault("indexed", time.perf_counter())
                      if type(change).__name__ == "ClaimsChanged" else None)
    rows: dict[str, list[float]] = {"document": [], "index": [], "total": []}
    profiler = cProfile.Profile() if args.profile else None
    for k in range(args.edits + 2):
        target = ids[int(rng.integers(0, len(ids)))]
        marks.clear()
        if profiler and k >= 2:
            profiler.enable()
        t0 = time.perf_counter()
        doc.update_claim(target, value_high=str(int(rng.integers(10**5, 10**6))))
        t1 = time.perf_counter()
        if profiler and k >= 2:
            profiler.disable()
        if k < 2:
            continue
        rows["document"].append(marks["derived"] - t0)
        rows["index"].append(marks["indexed"] - marks["derived"])
        rows["total"].append(t1 - t0)
    result = {name: round(statistics.median(v) * 1000, 1) for name, v in rows.items()}
    result.update({f"worst_{name}": round(max(v) * 1000, 1) for name, v in rows.items()})
    if profiler:
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(25)
        stats.print_callees(os.environ.get("CALLEES", "_flows|apply_claims|recheck_claims|_derive_claims"))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
