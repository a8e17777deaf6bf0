"""Draft claims on the sentences of the new-user trial's faults and their near-misses (tests/importing/draft_sentences.py).

    uv run python benchmarks/drafts_trial.py [--later]

(--later: the sentences written after the fixes, to see that they hold beyond the sentences they were made on.)

For each case, the draft of its figure is compared with the claim an analyst would draft: the claimant (the
same words, without case and a leading "the"/"a"), the metric, and whether it is marked as a future or
hypothetical figure. Prints the rate per fault and field, and each miss.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.importing.draft_sentences import CASES, LATER  # noqa: E402
from viewer.model.drafts import draft_claims  # noqa: E402


def same_claimant(got: str, want: str) -> bool:
    def norm(who: str) -> str:
        return re.sub(r"^(?:the|a|an)\s+", "", who.strip().lower().replace("’", "'"))
    return norm(got) == norm(want)


def is_future(draft) -> bool:
    return "future or hypothetical" in (getattr(draft, "note", "") or "").lower()


def main() -> None:
    later = "--later" in sys.argv
    totals: dict[str, list[int]] = {}
    for fault, text, figure, who, metric, future in (LATER if later else CASES):
        drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if d.value_text == figure]
        row = totals.setdefault(fault, [0, 0, 0, 0])
        row[3] += 1
        if not drafts:
            print(f"miss figure {figure!r}: {text}")
            continue
        d = drafts[0]
        for i, (field, ok, got, want) in enumerate((
                ("claimant", same_claimant(d.claimant, who), d.claimant, who),
                ("metric", d.metric == metric, d.metric, metric),
                ("future", is_future(d) == future, is_future(d), future))):
            row[i] += ok
            if not ok:
                print(f"miss {field}: {got!r} (want {want!r}): {text}")
    print()
    all_ = [sum(r[i] for r in totals.values()) for i in range(4)]
    for fault, (c, m, f, n) in list(totals.items()) + [("all", all_)]:
        print(f"{fault:<7} claimant {c}/{n}  metric {m}/{n}  future {f}/{n}")


if __name__ == "__main__":
    main()
