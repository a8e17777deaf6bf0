"""How well draft claims match the bundled dataset's claims (the figures an analyst recorded by hand).

    uv run python benchmarks/score_drafts.py [DATASET]

For each claim of DATASET (default: the bundled data/) that carries a figure,
the drafts of its source are searched for one whose figure lies inside the
claim's quote with the same bounds and unit ("figure"). For those, each field
is compared: destination (same codes), metric, stance, and claimant (the draft
names the same person or body: they share a capitalised word of four letters
or more that is not a country's name, e.g. "Akhmetzhanov", "Kremlin",
"Reuters"). Prints the rate per field, and each miss.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

from viewer.model import load_dataset
from viewer.model.drafts import draft_claims
from viewer.model.drafts.places import gazetteer


def _names(who: str) -> set[str]:
    _, countries, _, _ = gazetteer()
    words = re.findall(r"[A-ZА-ЯЁ][\w]{3,}", who.replace("’", "'").replace("'s", ""))
    return {w.lower() for w in words if w not in countries and w not in ("Other", "The", "Second")}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data"
    ds = load_dataset(folder)
    event = (ds.descriptor.event or {}).get("date", "")
    totals = {"figure": 0, "destination": 0, "metric": 0, "stance": 0, "claimant": 0}
    n = 0
    for sid in ds.sources["source_id"]:
        src = ds.source(sid)
        text = ds.article_text(sid)
        drafts = draft_claims(text, origin=ds.origin or "", published=src["published"], byline=src["byline"],
                              outlet=src["outlet"], event_date=event)
        claims = ds.claims[ds.claims["source_id"] == sid]
        for _, c in claims.iterrows():
            low = None if pd.isna(c["value_low"]) else int(c["value_low"])
            high = None if pd.isna(c["value_high"]) else int(c["value_high"])
            if low is None and high is None:
                continue
            n += 1
            start, end = int(c["quote_start"]), int(c["quote_end"])   # the quote's place in the text as stored
            hits = [d for d in drafts if start <= d.figure.start and d.figure.end <= end
                    and (d.value_low, d.value_high, d.unit) == (low, high, c["unit"] or "people")]
            if not hits:
                print(f"miss figure  {c['claim_id']}: {c['value_text']}")
                continue
            totals["figure"] += 1
            d = hits[0]
            checks = {
                "destination": d.destination == (c["destination"] or ""),
                "metric": d.metric == c["metric"],
                "stance": d.stance == c["stance"],
                "claimant": bool(_names(d.claimant) & _names(c["claimant"])),
            }
            for field, ok in checks.items():
                totals[field] += ok
                if not ok:
                    got = {"destination": d.destination, "metric": d.metric, "stance": d.stance,
                           "claimant": d.claimant}[field]
                    print(f"miss {field:<11} {c['claim_id']}: draft {got!r}, dataset {c[field]!r}")
    print(f"\n{n} claims with a figure")
    for field, k in totals.items():
        print(f"{field:<12} {k}/{n} = {k / n:.0%}" if n else field)


if __name__ == "__main__":
    main()
