"""How fast the figure finder reads text (the issue asks for at least 5 MB a second).

    uv run python benchmarks/bench_finder.py [--mb 8] [--runs 5]

The text is the bundled articles and a Russian article written for this
benchmark (figures, dates, money, percentages, ages among ordinary prose),
repeated to the size asked for. Prints the median MB/s (UTF-8 bytes) over the
runs and the figures found per MB.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from viewer.model.finder import find_figures

ROOT = Path(__file__).resolve().parents[1]
RUSSIAN = """Поток россиян в Казахстан за неделю сократился

Министр внутренних дел Казахстана Марат Ахметжанов сообщил во вторник, что с 21 сентября в страну въехали
более 200 тысяч граждан России, а около 147 тыс. человек за тот же период выехали. По его словам, 8 октября
в 10:30 на пункте пропуска «Карасу» очередь растянулась на 12 км. Билет на самолёт до Алматы стоил
до 300 тысяч рублей, цены выросли на 45%. Мужчины в возрасте от 18 до 65 лет, по данным ведомства,
составляли большинство, а обратились за ИИН почти 70 тысяч человек. Телефон горячей линии +7 717 200-12-34.

По оценкам издания «Forbes», страну покинули от 600 до 700 тысяч человек, в Грузию въехали десятки тысяч
россиян, ежедневно границу пересекали до 10 тысяч человек. В 2022 году это был крупнейший отток с 1990-х.
"""


def corpus(mb: float) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    unit = "\n\n".join(parts + [RUSSIAN])
    size = len(unit.encode("utf-8"))
    return "\n\n".join([unit] * max(1, int(mb * 1024**2 / size)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = corpus(args.mb)
    size = len(text.encode("utf-8")) / 1024**2
    speeds, cpu_speeds, found = [], [], 0
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        found = len(find_figures(text))
        speeds.append(size / (time.perf_counter() - t0))
        cpu_speeds.append(size / max(time.process_time() - c0, 1e-9))
    print(f"text {size:.1f} MB, {found / size:,.0f} figures per MB; runs (MB/s, wall): "
          + ", ".join(f"{s:.1f}" for s in speeds))
    print(f"median {statistics.median(speeds):.1f} MB/s wall clock, "
          f"{statistics.median(cpu_speeds):.1f} MB/s of CPU time (the machine may be shared)")


if __name__ == "__main__":
    main()
