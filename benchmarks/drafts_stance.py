"""Draft claims on sentences written for stance (denials), metric and destination (tests/importing/stance_sentences.py).

    uv run python benchmarks/drafts_stance.py [--later]

(--later: the sentences written after the fixes, to see that they hold beyond the sentences they were made on.)

For each case, the draft of its figure is compared with the claim an analyst would draft: stance, metric,
destination (the same codes) and, where the case names one, the claimant. Prints each miss and the rate per field.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.drafts_trial import same_claimant  # noqa: E402
from tests.importing.stance_sentences import CASES, LATER  # noqa: E402
from viewer.model.drafts import draft_claims  # noqa: E402


def main() -> None:
    right = {"stance": 0, "metric": 0, "destination": 0, "claimant": 0}
    named = 0
    cases = LATER if "--later" in sys.argv else CASES
    for text, figure, stance, metric, destination, who in cases:
        drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if d.value_text == figure]
        if not drafts:
            print(f"miss figure {figure!r}: {text}")
            continue
        d = drafts[0]
        checks = [("stance", d.stance, stance), ("metric", d.metric, metric),
                  ("destination", d.destination, destination)]
        if who is not None:
            named += 1
            checks.append(("claimant", d.claimant, who))
        for field, got, want in checks:
            ok = same_claimant(got, want) if field == "claimant" else got == want
            right[field] += ok
            if not ok:
                print(f"miss {field}: {got!r} (want {want!r}) [{figure}]: {text}")
    n = len(cases)
    print(f"\n{n} cases: stance {right['stance']}/{n}  metric {right['metric']}/{n}  "
          f"destination {right['destination']}/{n}  claimant {right['claimant']}/{named}")


if __name__ == "__main__":
    main()
