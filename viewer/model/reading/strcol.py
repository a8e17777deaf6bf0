"""Text columns kept in Arrow memory, and the few operations the checks need on them.

A million claims make some seventeen million cells: as Python strings they
would cost gigabytes and seconds. The tables are therefore pandas ``str``
columns backed by Arrow (``STR``); every check runs on the Arrow data
(pyarrow.compute, RE2) or on the distinct values only, and a cell becomes a
Python string only when someone reads it.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

try:
    STR = pd.StringDtype("pyarrow", na_value=np.nan)
    """pandas' "str" dtype: Arrow memory, NaN for missing, plain bool results."""
except TypeError:  # pandas < 2.3
    STR = pd.StringDtype("pyarrow_numpy")


def str_series(values, index=None) -> pd.Series:
    """A STR Series from an Arrow (chunked) array, or from Python strings."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        if values.type != pa.large_string():
            values = values.cast(pa.large_string())
        return pd.Series(pd.arrays.ArrowStringArray(values, dtype=STR), index=index, copy=False)
    return pd.Series(values, dtype=STR, index=index)


def arrow(series: pd.Series) -> pa.ChunkedArray:
    """The Arrow data of a text column (no copy for STR columns)."""
    if isinstance(series.dtype, pd.StringDtype) and series.dtype.storage.startswith("pyarrow"):
        data = series.array.__arrow_array__()   # the array's own Arrow data (the __arrow_array__ protocol)
        return data if isinstance(data, pa.ChunkedArray) else pa.chunked_array([data])
    return pa.chunked_array([pa.array(series.to_numpy(dtype=object), type=pa.large_string())])


def as_str(series: pd.Series) -> pd.Series:
    """A text column as STR (object columns of Python strings are converted)."""
    return series if series.dtype == STR else series.astype(STR)


def is_empty(series: pd.Series) -> np.ndarray:
    """Which cells are the empty string."""
    return _bools(pc.equal(pc.binary_length(arrow(series)), 0))


FEW_CELLS_PER_VALUE = 64
"""isin hashes the cells instead of the values when there are this many times more values than cells."""


def isin(series: pd.Series, values) -> np.ndarray:
    """Which cells are one of ``values`` (a STR Series, an Arrow array or Python strings)."""
    if isinstance(values, pd.Series):
        value_set = arrow(values).combine_chunks()
    elif isinstance(values, (pa.Array, pa.ChunkedArray)):
        value_set = values
    else:
        values = list(values)
        try:
            value_set = pa.array(values, type=pa.large_string())
        except UnicodeEncodeError:   # a value with undecodable bytes (kept as surrogates) equals no cell
            value_set = pa.array([v for v in values if _valid(v)], type=pa.large_string())
    if isinstance(value_set, pa.ChunkedArray):
        value_set = value_set.combine_chunks()
    if value_set.type != pa.large_string():
        value_set = value_set.cast(pa.large_string())
    cells = arrow(series)
    if len(cells) * FEW_CELLS_PER_VALUE < len(value_set):
        # A few cells (an edit's record) against many values (every source id): the few are hashed and
        # the many looked up in them, rather than a hash table of the many made for a few lookups.
        small = cells.combine_chunks()
        present = set(value_set.filter(pc.is_in(value_set, value_set=small)).to_pylist())
        return np.fromiter((v in present for v in small.to_pylist()), dtype=bool, count=len(small))
    return _bools(pc.is_in(cells, value_set=value_set))


# RE2 and Python's re agree on patterns made only of literal ASCII characters,
# bracketed ranges and the operators below; anything else (\d, \s, \w and
# other escapes, which are Unicode-aware in Python; '.'; anchors) is judged by
# Python's re on the distinct values instead.
_RE2_SAFE = re.compile(r"[A-Za-z0-9_\-\[\]()|*+?{},;:/=@!%&'\"<> #~]*")


def fullmatch(series: pd.Series, pattern: str) -> np.ndarray:
    """Which cells match ``pattern`` whole, with Python's ``re.fullmatch`` meaning."""
    if not len(series):
        return np.zeros(0, dtype=bool)
    if _RE2_SAFE.fullmatch(pattern):
        return _bools(pc.match_substring_regex(arrow(series), f"^(?:{pattern})$"))
    codes, uniques = factorize(series)
    form = re.compile(pattern)
    u_ok = np.fromiter((form.fullmatch(v) is not None for v in uniques), dtype=bool, count=len(uniques))
    return u_ok[codes]


def factorize(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes (in order of first appearance) and the distinct values as Python strings."""
    codes, uniques = pd.factorize(series, use_na_sentinel=False)
    return codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object)


def factorize_arrow(series: pd.Series) -> tuple[np.ndarray, pa.Array]:
    """factorize, with the distinct values left in Arrow (for checks that run on them in Arrow)."""
    codes, uniques = pd.factorize(series, use_na_sentinel=False)
    values = arrow(pd.Series(getattr(uniques, "array", uniques), dtype=STR))
    return codes.astype(np.int64, copy=False), values.combine_chunks()


def strictly_increasing(series: pd.Series) -> bool:
    """Whether each cell sorts after the one before it (so no two are equal): a few milliseconds for a
    million cells, where finding the duplicates by hashing them all takes a few tenths of a second."""
    data = arrow(series)
    if len(data) < 2:
        return True
    return pc.all(pc.greater(data[1:], data[:-1]), skip_nulls=False).as_py() is True   # a null: not known


def first_seen(codes: np.ndarray) -> np.ndarray:
    """Which rows hold the first occurrence of their code (codes in order of first appearance)."""
    if not len(codes):
        return np.zeros(0, dtype=bool)
    seen = np.maximum.accumulate(codes)
    first = np.empty(len(codes), dtype=bool)
    first[0] = True
    first[1:] = codes[1:] > seen[:-1]
    return first


def take(values: np.ndarray | list, codes: np.ndarray) -> pd.Series:
    """A STR Series of ``values[codes]``, gathered in Arrow (values: a few distinct strings)."""
    table = pa.array(list(values), type=pa.large_string())
    return str_series(table.take(pa.array(codes, type=pa.int64())))


def casefolded(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """str.casefold of every value: Arrow's ASCII lowering for ASCII values (the same
    thing), Python's casefold only for the others."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    folded = pc.ascii_lower(values)
    other = np.flatnonzero(~_bools(pc.string_is_ascii(values)))
    if not len(other):
        return folded
    mask = np.zeros(len(values), dtype=bool)
    mask[other] = True
    replacements = [v.casefold() for v in values.take(pa.array(other, type=pa.int64())).to_pylist()]
    return pc.replace_with_mask(folded, pa.array(mask), pa.array(replacements, type=folded.type))


def use_system_allocator() -> None:
    """Make Arrow allocate from the system's allocator.

    Arrow's default allocators (mimalloc, jemalloc) keep freed memory for
    reuse. Loading a large dataset makes a few very large temporary buffers
    (the CSV's text, joined and lower-cased search strings, sort keys); kept,
    they add a few hundred megabytes to the window's peak memory, while the
    system's allocator gives them back at once.
    """
    if not _arrow_pool_kept and pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


_arrow_pool_kept = False


def keep_arrow_allocator() -> None:
    """Let use_system_allocator leave Arrow's own allocator in place, for a process that reads one dataset
    and ends (``claims-atlas check``): there it reuses what it freed rather than have the system map
    fresh pages again (half the page faults at a million claims), and the peak is lower, not higher
    (about 900 MiB against 1,050 MiB measured for the million-claim check)."""
    global _arrow_pool_kept
    _arrow_pool_kept = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's garbage collector off for a while: making a million small objects (rows, problems),
    it would rescan them again and again. Back as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def release_memory() -> None:
    """Give back to the system what Arrow's allocator keeps of memory freed (after large temporaries)."""
    pa.default_memory_pool().release_unused()


def _valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bools(result) -> np.ndarray:
    if isinstance(result, pa.ChunkedArray):
        result = result.combine_chunks() if result.num_chunks != 1 else result.chunk(0)
    return np.asarray(result.to_numpy(zero_copy_only=False), dtype=bool)
