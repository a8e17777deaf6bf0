"""In-memory claims and sources for the time benchmarks: N claims over N/10 sources published over
~75 days (some with a time and zone), destinations, metrics, stances and bounds as the synthetic
dataset draws them. No files: the as-of step and the timeline's paint do not read any."""

from __future__ import annotations

import numpy as np
import pandas as pd

DESTS = ["", "GEO", "KAZ", "FIN", "MNG", "ARM", "TUR", "SRB", "ISR", "ARE", "KGZ", "UZB", "AZE", "NOR",
         "EST;FIN", "EST;LTU;LVA", "DEU", "MDA", "TJK"]
METRICS = ["left", "entered", "exited", "registered", "stayed", "other"]
TYPES = ["government", "anonymous", "media", "organization", "other", ""]


def frames(n: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    n_src = max(n // 10, 1)
    day0 = np.datetime64("2022-09-10")
    days = (day0 + rng.integers(0, 75, n_src).astype("timedelta64[D]")).astype(str)
    zoned = rng.random(n_src) < 0.3
    published = np.where(zoned, np.char.add(days, "T23:30:00-05:00"), days)
    sources = pd.DataFrame({"source_id": [f"s{i}" for i in range(n_src)],
                            "outlet": rng.choice(["Reuters", "Yle", "Civil.ge", "Meduza", "Hindustan Times"], n_src),
                            "title": "A title", "published": published, "url": "", "byline": "",
                            "language": "en", "text_path": [f"articles/s{i}.txt" for i in range(n_src)]}, dtype=object)
    src = rng.integers(0, n_src, n)
    high = rng.integers(1000, 800000, n).astype(np.float64)
    low = np.where(rng.random(n) < 0.5, high * 0.8, np.nan)
    high = np.where(rng.random(n) < 0.1, np.nan, high)
    none = rng.random(n) < 0.1
    low[none], high[none] = np.nan, np.nan
    start = (day0 + rng.integers(-20, 60, n).astype("timedelta64[D]"))
    has_period = rng.random(n) < 0.3
    claims = pd.DataFrame({
        "claim_id": [f"c{i:07d}" for i in range(n)], "source_id": np.array([f"s{i}" for i in src], dtype=object),
        "quote": "about 12,000 people crossed", "quote_prefix": "", "quote_suffix": "",
        "claimant": rng.choice(["Dmitry Peskov, Kremlin spokesman", "Border guard", "Media reports",
                                "an official", "UNHCR"], n),
        "claimant_type": rng.choice(TYPES, n), "stance": np.where(rng.random(n) < 0.1, "denies", "asserts"),
        "metric": rng.choice(METRICS, n), "origin": "RUS", "destination": rng.choice(DESTS, n),
        "value_text": "", "unit": np.where(rng.random(n) < 0.06, "people_per_day", "people"),
        "period_start": np.where(has_period, start.astype(str), ""),
        "period_end": np.where(has_period, (start + rng.integers(0, 20, n).astype("timedelta64[D]")).astype(str), ""),
        "note": "", "line": np.arange(2, n + 2),
    })
    claims = claims.astype({c: "string[pyarrow]" for c in claims.columns if c != "line"})
    claims["value_low"] = pd.array(np.where(np.isnan(low), 0, low).astype(np.int64), dtype="Int64")
    claims.loc[np.isnan(low), "value_low"] = pd.NA
    claims["value_high"] = pd.array(np.where(np.isnan(high), 0, high).astype(np.int64), dtype="Int64")
    claims.loc[np.isnan(high), "value_high"] = pd.NA
    claims["quote_start"] = pd.array(np.zeros(n, dtype=np.int64), dtype="Int64")
    claims["quote_end"] = pd.array(np.full(n, 10, dtype=np.int64), dtype="Int64")
    return claims, sources
