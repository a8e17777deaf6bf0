"""Changing a ClaimsIndex in place when some claims change, so that one edit costs what it touches.

A changed claim keeps its row; an added one gets a new row at the end; a removed one keeps its row
but is no longer *alive* (every mask leaves it out), so no other row moves and every view can keep
its place. The sort orders already made are mended (the changed rows taken out and put back where
they now belong), the search's lower-case text is made again for the chunks that hold a changed
row, and only the flows the changed claims were or are on are added up again.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from ..timeline.as_of import NO_DAY, published_days
from .claims_index import CATEGORIES, SORTED_BY_TEXT, WORDED, ClaimsIndex
from .columns import _Columns, _ranks
from ..mapping.countries import destination_name
from ..document.patch import append_rows, replace_rows
from ..flows.figures import is_vague
from ..flows.compute import FLOW_KEY



def apply_claims(view: ClaimsIndex, replaced: pd.DataFrame, added: pd.DataFrame, removed_ids,
                 sources: pd.DataFrame, patched: pd.DataFrame | None = None) -> np.ndarray:
    """Mend ``view`` for claims replaced in place, added and removed; return the rows touched.

    ``patched`` is the claims frame the same change made of the frame the index was built from (the
    Document's): taken as it is while the index's rows are still that frame's rows, one for one (no claim
    removed since it was built), instead of patching a copy of the same rows again.
    Call ``view.update(...)`` afterwards for the visible order.
    """
    removed_rows = view.rows_of(list(removed_ids))
    rows = view.rows_of(replaced["claim_id"].tolist()) if len(replaced) else np.zeros(0, dtype=np.int64)
    if len(rows) != len(replaced):
        raise KeyError("a replaced claim is not in the view")
    columns = list(view.claims.columns)
    old_groups = view._flow_group[np.concatenate((rows, removed_rows))]
    if _aligned(view, patched, rows, replaced, added, removed_ids, columns):
        view.claims = patched
    else:
        view.claims = append_rows(replace_rows(view.claims, rows, replaced[columns]), added[columns])
    n_old = view.n
    new_rows = np.arange(n_old, n_old + len(added), dtype=np.int64)
    view.n = n_old + len(added)
    touched = np.concatenate((rows, new_rows))
    both = pd.concat([replaced[columns], added[columns]], ignore_index=True) if len(added) else replaced
    sources_added = _codes(view, both, touched, n_old)
    _numbers(view, both, touched, n_old)
    _ids(view, both, rows, new_rows, removed_rows, removed_ids)
    if sources_added:
        _source_labels(view, sources)
    _keys(view, touched, n_old, sources_added)
    src = view.coded["source_id"]
    view.day = _grow(view.day, view.n, NO_DAY)
    view.day[touched] = published_days(view._published[src.codes[touched]])
    view._by_day = None   # the per-day flows are counted again when "as of" next asks for them
    view._search.update(view.claims, view.coded, view._outlet, touched)
    view._last_text = None
    view.col = _Columns(view.claims, view.col.keys())
    _flows(view, np.concatenate((touched, removed_rows)), old_groups)
    return np.concatenate((touched, removed_rows))


def _aligned(view: ClaimsIndex, patched: pd.DataFrame | None, rows: np.ndarray, replaced: pd.DataFrame,
             added: pd.DataFrame, removed_ids, columns: list[str]) -> bool:
    """Whether ``patched`` holds the index's rows after this change, row for row (checked cheaply: its
    length, its columns, and the ids at the replaced rows and at its end)."""
    if patched is None or removed_ids or view.alive is not None or len(patched) != view.n + len(added):
        return False
    if list(patched.columns) != columns:
        return False
    ids = patched["claim_id"]
    if len(rows) and ids.iloc[rows].tolist() != replaced["claim_id"].tolist():
        return False
    if len(added):
        return ids.iloc[view.n:].tolist() == added["claim_id"].tolist()
    return len(patched) == 0 or ids.iloc[-1] == view._ids[-1]


def _grow(values: np.ndarray, n: int, fill) -> np.ndarray:
    if len(values) >= n:
        return values
    return np.concatenate((values, np.full(n - len(values), fill, dtype=values.dtype)))


def _codes(view: ClaimsIndex, both: pd.DataFrame, touched: np.ndarray, n_old: int) -> bool:
    """Codes of the touched rows in every coded column (new distinct values appended); True when a
    source not seen before appeared."""
    sources_added = False
    labels = {"stance": view.words.stance, "metric": view.words.metric,
              "destination": lambda d: destination_name(d, view.words)}
    for name in CATEGORIES:
        coded = view.coded[name]
        lookup = coded.lookup()
        codes = _grow(coded.codes, view.n, 0)
        fresh = []
        for row, value in zip(touched.tolist(), both[name].astype(object).tolist()):
            code = lookup.get(value)
            if code is None:
                code = lookup[value] = len(coded.values) + len(fresh)
                fresh.append(value)
            codes[row] = code
        coded.codes = codes
        if fresh:
            coded.values = np.concatenate((coded.values, np.asarray(fresh, dtype=object)))
            label = labels.get(name) if name in WORDED else None
            new_labels = np.asarray([label(v) if label else v for v in fresh], dtype=object)
            coded.labels = np.concatenate((np.asarray(coded.labels, dtype=object), new_labels))
            coded._rank = None
            coded._lowered = None
            sources_added |= name == "source_id"
    return sources_added


def _numbers(view: ClaimsIndex, both: pd.DataFrame, touched: np.ndarray, n_old: int) -> None:
    low = both["value_low"].to_numpy(dtype=np.float64, na_value=np.nan)
    high = both["value_high"].to_numpy(dtype=np.float64, na_value=np.nan)
    view.low, view.high = _grow(view.low, view.n, np.nan), _grow(view.high, view.n, np.nan)
    view.low[touched], view.high[touched] = low, high
    figure = np.where(np.isnan(high), low, high)
    view.figure_key = _grow(view.figure_key, view.n, -1.0)
    view.figure_key[touched] = np.where(np.isnan(figure), -1.0, figure)
    view.quote_start = _grow(view.quote_start, view.n, -1)
    view.quote_end = _grow(view.quote_end, view.n, -1)
    view.quote_start[touched] = both["quote_start"].to_numpy(dtype=np.int64, na_value=-1)
    view.quote_end[touched] = both["quote_end"].to_numpy(dtype=np.int64, na_value=-1)


def _ids(view: ClaimsIndex, both: pd.DataFrame, rows: np.ndarray, new_rows: np.ndarray,
         removed_rows: np.ndarray, removed_ids) -> None:
    ids = both["claim_id"].astype(object).tolist()
    if len(new_rows):
        view._ids = np.concatenate((view._ids, np.asarray(ids[len(rows):], dtype=object)))
    view.alive = _grow(view.alive if view.alive is not None else np.ones(len(view._ids) - len(new_rows), bool),
                       view.n, True)
    view.alive[removed_rows] = False
    for claim_id in removed_ids:
        view._moved[claim_id] = -1
    for claim_id, row in zip(ids[len(rows):], new_rows.tolist()):
        view._moved[claim_id] = row
    if view.alive.all():
        view.alive = None


def _source_labels(view: ClaimsIndex, sources: pd.DataFrame) -> None:
    src = view.coded["source_id"]
    by_id = sources.set_index("source_id")
    view._outlet = by_id["outlet"].reindex(src.values).fillna("").to_numpy(dtype=object)
    view._published = by_id["published"].reindex(src.values).fillna("").to_numpy(dtype=object)
    label = pd.Series(view._outlet, dtype=object) + ", " + pd.Series(view._published, dtype=object).str.slice(0, 10)
    view._source_label = label.to_numpy(dtype=object)


def _keys(view: ClaimsIndex, touched: np.ndarray, n_old: int, sources_added: bool) -> None:
    """Sort keys and orders made so far: mended for the touched rows, or dropped to be made again."""
    src = view.coded["source_id"]
    keep: dict[str, np.ndarray] = {"figure": view.figure_key}
    if sources_added:
        view._source_ranks = {"published": _ranks(view._published), "source": _ranks(view._source_label)}
    for name in ("published", "source"):
        ranks = view._source_ranks[name]
        if sources_added:
            keep[name] = ranks[src.codes]
        else:
            key = _grow(view._keys[name], view.n, 0)
            key[touched] = ranks[src.codes[touched]]
            keep[name] = key
    for name, key in view._keys.items():
        if name in keep or name in SORTED_BY_TEXT and name not in view.coded:
            continue
        if name in view.coded:
            coded = view.coded[name]
            if coded._rank is None:
                continue   # a new value: its rank among the others is made again when sorted by
            key = _grow(key, view.n, 0)
            key[touched] = coded.rank[coded.codes[touched]]
            keep[name] = key
    perms = {}
    for (name, ascending), perm in view._perms.items():
        if name in keep or (name not in view._keys and "published" in keep):
            perms[(name, ascending)] = _mend(perm, view.sort_key(name) if name not in keep else keep[name],
                                             touched, ascending)
    view._keys = keep
    view._perms = perms


def _mend(perm: np.ndarray, key: np.ndarray, rows: np.ndarray, ascending: bool) -> np.ndarray:
    """``perm`` (a stable argsort of the old keys) with ``rows`` put where the new keys place them.

    The rows are taken out and each put back where a binary search over the others finds its (key, row)
    place, reading only the ~20 keys it compares: no copy of the keys in sorted order is made, which at a
    million claims cost more than all the rest (the order itself is copied twice)."""
    rows = np.unique(np.asarray(rows, dtype=np.int64))
    if not len(rows):
        return perm
    # (An empty ``perm`` too: a dataset's first claims were left out of every order made while it had none.)
    rest = np.delete(perm, np.flatnonzero(np.isin(perm, rows))) if len(rows) else perm
    sign = 1.0 if ascending else -1.0
    placed = []
    for row in rows.tolist():
        v = sign * float(key[row])
        lo, hi = 0, len(rest)
        while lo < hi:
            mid = (lo + hi) // 2
            other = int(rest[mid])
            w = sign * float(key[other])
            if w < v or (w == v and other < row):
                lo = mid + 1
            else:
                hi = mid
        placed.append((lo, v, row))
    # Rows placed at the same spot among the others go in their own (key, row) order.
    placed.sort()
    return np.insert(rest, np.asarray([p[0] for p in placed], dtype=np.int64),
                     np.asarray([p[2] for p in placed], dtype=perm.dtype))


def _key_tuples(frame: pd.DataFrame) -> list[tuple]:
    return list(zip(*(frame[name].astype(object).tolist() for name in FLOW_KEY))) if len(frame) else []


def _row_keys(view: ClaimsIndex, rows: np.ndarray) -> list[tuple]:
    """The flow key of each of ``rows`` (a few), read cell by cell: cutting a frame for them costs more."""
    columns = [view.coded[name] if name in view.coded else view.col[name] for name in FLOW_KEY]
    return [tuple(c.values[c.codes[row]] if hasattr(c, "codes") else c[row] for c in columns)
            for row in rows.tolist()]


def _flow_keys(view: ClaimsIndex, flows: pd.DataFrame) -> list[tuple]:
    """The key of each row of ``flows``, kept with the frame it was made from (a flows frame is never changed
    in place: a mended one is a new frame)."""
    kept = getattr(view, "_flow_keys_of", None)
    if kept is None or kept[0] is not flows:
        kept = view._flow_keys_of = (flows, _key_tuples(flows))
    return kept[1]


def _group_of_key(view: ClaimsIndex) -> dict[tuple, int]:
    """Each flow's key and the group number its claims carry (made once, then kept up to date)."""
    found = getattr(view, "_groups_by_key", None)
    if found is None:
        groups, first = np.unique(view._flow_group, return_index=True)
        keep = groups >= 0
        keys = _key_tuples(view.claims[FLOW_KEY].iloc[first[keep]])
        found = view._groups_by_key = dict(zip(keys, groups[keep].tolist()))
    return found


def _flows(view: ClaimsIndex, rows: np.ndarray, old_groups: np.ndarray) -> None:
    """Add up again only the flows the changed claims were on or are on now (as flows.flows_and_groups
    adds them up: the asserting claims' bounds pooled, their ids and the denying ones' sorted)."""
    by_key = _group_of_key(view)
    key_of_group = {g: k for k, g in by_key.items()}
    group = _grow(view._flow_group, view.n, -1)   # changed in place (int32; a copy only when rows were added)
    stance = view.coded["stance"]
    asserts = stance.values == "asserts"
    denies = stance.values == "denies"
    counted_row = (asserts | denies)[stance.codes[rows]]
    if view.alive is not None:
        counted_row &= view.alive[rows]
    new_keys = _row_keys(view, rows)
    group[rows] = -1
    affected = {key_of_group[g] for g in old_groups.tolist() if g in key_of_group}
    affected |= {k for k, counted in zip(new_keys, counted_row.tolist()) if counted}
    next_group = getattr(view, "_next_group", None)
    if next_group is None:
        next_group = int(group.max(initial=-1)) + 1
    next_group = max(next_group, max(by_key.values(), default=-1) + 1)
    for row, key, counted in zip(rows.tolist(), new_keys, counted_row.tolist()):
        if counted:
            if key not in by_key:
                by_key[key], next_group = next_group, next_group + 1
            group[row] = by_key[key]
    fresh = []
    for key in affected:
        number = by_key.get(key)
        on = np.flatnonzero(group == number) if number is not None else np.zeros(0, dtype=np.int64)
        codes = stance.codes[on]
        a, d = on[asserts[codes]], on[denies[codes]]
        if not len(a) and not len(d):
            by_key.pop(key, None)
            continue
        low, high = view.low[a], view.high[a]
        with np.errstate(invalid="ignore"):
            pooled_low = np.nanmin(np.fmin(low, high)) if len(a) and not np.isnan(np.fmin(low, high)).all() else np.nan
            pooled_high = np.nanmax(np.fmax(low, high)) if len(a) and not np.isnan(np.fmax(low, high)).all() else np.nan
        has_low, has_high = bool((~np.isnan(low)).any()), bool((~np.isnan(high)).any())
        pooled_low = pooled_low if has_low else np.nan     # an open side stays open (format 1.1)
        pooled_high = pooled_high if has_high else np.nan
        fresh.append(dict(zip(FLOW_KEY, key), claims=sorted(view._ids[a].tolist()),
                          low=None if np.isnan(pooled_low) else int(pooled_low),
                          high=None if np.isnan(pooled_high) else int(pooled_high),
                          denied_by=sorted(view._ids[d].tolist()),
                          open_low=not has_low and has_high,
                          open_high=not has_high and has_low,
                          worded=_shared_wording(view, a[~(np.isnan(low) & np.isnan(high))])))
    flows = view.flows
    fresh = [{name: row.get(name, "") for name in flows.columns} for row in fresh]
    flow_keys = _flow_keys(view, flows)
    view._flow_group = group
    view._next_group = next_group
    if _replace_in_place(view, flows, flow_keys, fresh, affected):
        return
    kept = [i for i, k in enumerate(flow_keys) if k not in affected]
    if fresh:
        added = pd.DataFrame(fresh, columns=list(flows.columns))
        added = added.astype({name: flows[name].dtype for name in flows.columns if name not in ("claims", "denied_by")})
        merged = pd.concat([flows.iloc[kept], added], ignore_index=True)
    else:
        merged = flows.iloc[kept]
    view.flows = merged.sort_values(FLOW_KEY, kind="stable").reset_index(drop=True)


def _replace_in_place(view: ClaimsIndex, flows: pd.DataFrame, flow_keys: list, fresh: list[dict],
                      affected: set) -> bool:
    """The common edit: every flow touched is still there and no flow comes or goes. Its rows are then
    written into a copy of the (small) flows frame at their places, which stay sorted, sparing the
    concat, dtype fitting and sort of the general path (most of what mending the flows cost)."""
    if len(fresh) != len(affected):
        return False
    place = {key: i for i, key in enumerate(flow_keys)}
    at = [place.get(tuple(row[name] for name in FLOW_KEY)) for row in fresh]
    if any(i is None for i in at):
        return False
    out = flows.copy()
    columns = list(out.columns)
    for i, row in zip(at, fresh):
        for j, name in enumerate(columns):
            value = row[name]
            out.iat[i, j] = pd.NA if value is None and out[name].dtype != object else value
    view.flows = out
    view._flow_keys_of = (out, flow_keys)   # no flow came or went: the keys stand
    return True


def _shared_wording(view: ClaimsIndex, rows: np.ndarray) -> str:
    """The vague wording every one of ``rows`` (the flow's asserting claims with a figure) shares, or ""
    (as flows.shared_wording gives it)."""
    if not len(rows) or "value_text" not in view.col.keys():
        return ""
    texts = pc.unique(view.col["value_text"].take_arrow(rows))   # (in Arrow: a flow may have many claims)
    text = texts[0].as_py() if len(texts) == 1 else ""
    return text if text and is_vague(text) else ""
