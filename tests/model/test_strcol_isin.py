"""strcol.isin hashes whichever side is smaller: a few cells against many values gives what the plain
comparison gives, nulls, duplicates and values not there included."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from viewer.model.reading import strcol
from viewer.model.reading.strcol import STR, isin


def test_few_cells_against_many_values_as_the_plain_way(monkeypatch):
    rng = np.random.default_rng(3)
    words = [f"s{i}" for i in range(300)] + [None]
    for _case in range(200):
        n_cells = int(rng.integers(0, 5))
        cells = pd.Series([words[int(i)] for i in rng.integers(0, len(words), n_cells)], dtype=STR)
        many = [words[int(i)] for i in rng.integers(0, len(words), int(rng.integers(300, 700)))]
        for values in (pd.Series(many, dtype=STR), pa.array(many, type=pa.large_string()),
                       [w for w in many if w is not None]):
            fast = isin(cells, values)
            with monkeypatch.context() as patched:
                patched.setattr(strcol, "FEW_CELLS_PER_VALUE", 10**9)   # the plain way
                plain = isin(cells, values)
            assert fast.dtype == bool and fast.tolist() == plain.tolist()
