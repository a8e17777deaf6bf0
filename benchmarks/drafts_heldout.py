"""Draft claims on sentences written after the rules, each labelled by hand (a check beyond the bundled data).

    uv run python benchmarks/drafts_heldout.py

Each case is one short report and the claim an analyst would record from its
figure: bounds, destination, metric, stance and claimant (a word the draft's
claimant must contain). Prints the rate per field and each miss.
"""

from __future__ import annotations

from viewer.model.drafts import draft_claims

N = None
CASES = [
    ("Georgia's interior ministry said 53,000 Russians had entered the country since 21 September.",
     (53000, 53000), "GEO", "entered", "asserts", "ministry"),
    ("According to the Finnish border guard, nearly 17,000 Russians crossed into Finland over the weekend.",
     (N, 17000), "FIN", "entered", "asserts", "Finnish border guard"),
    ("Mongolian officials said more than 3,000 Russians had arrived through the Altanbulag crossing.",
     (3000, N), "", "entered", "asserts", "Mongolian officials"),
    ("The Kremlin dismissed reports that 261,000 men had left Russia.",
     (261000, 261000), "", "left", "denies", "Kremlin"),
    ("Kazakh authorities said about 100,000 Russians had applied for residence permits.",
     (100000, 100000), "KAZ", "registered", "asserts", "Kazakh authorities"),
    ("Some 2,900 Russians crossed into Norway at Storskog last week, police said.",
     (2900, 2900), "NOR", "entered", "asserts", "police"),
    ("По данным ФСБ, за неделю Россию покинули 261 тысяча человек.",
     (261000, 261000), "", "left", "asserts", "ФСБ"),
    ("Министр внутренних дел Грузии заявил, что в страну въехали около 78 тысяч россиян.",
     (78000, 78000), "GEO", "entered", "asserts", "Министр"),
    ("Песков опроверг сообщения о том, что из страны уехали 700 тысяч человек.",
     (700000, 700000), "", "left", "denies", "Песков"),
    ("По словам властей Казахстана, около 147 тысяч россиян выехали из Казахстана в третьи страны.",
     (147000, 147000), "KAZ", "exited", "asserts", "власти Казахстана"),
    ("В Армению, по данным МВД республики, прибыли до 40 тысяч граждан России.",
     (N, 40000), "ARM", "entered", "asserts", "МВД"),
    ("Власти Финляндии сообщили, что ежедневно границу пересекают до 8 тысяч россиян.",
     (N, 8000), "FIN", "entered", "asserts", "Власти Финляндии"),
]


def main() -> None:
    hits = {"figure": 0, "destination": 0, "metric": 0, "stance": 0, "claimant": 0}
    for text, (low, high), dest, metric, stance, who in CASES:
        drafts = [d for d in draft_claims(text, origin="RUS", byline="Wire") if (d.value_low, d.value_high) == (low, high)]
        if not drafts:
            print(f"miss figure: {text}")
            continue
        d = drafts[0]
        hits["figure"] += 1
        for field, got, want in (("destination", d.destination, dest), ("metric", d.metric, metric),
                                 ("stance", d.stance, stance)):
            hits[field] += got == want
            if got != want:
                print(f"miss {field}: {got!r} (want {want!r}): {text}")
        ok = who.lower() in d.claimant.lower()
        hits["claimant"] += ok
        if not ok:
            print(f"miss claimant: {d.claimant!r} (want {who!r}): {text}")
    n = len(CASES)
    for field, k in hits.items():
        print(f"{field:<12} {k}/{n} = {k / n:.0%}")


if __name__ == "__main__":
    main()
