"""Whether a change of some claims can touch what a view shows, so that a view spared by an edit is left
as it is (an edit reaches every view in a frame only if most views need not draw again).

A view says what it shows by column values, e.g. the chart: the claims about one destination; the
source pane: one claim, one source, one flow's destination. A change touches it when a changed or
added claim has one of those values now, or when it may have had one before: a removal, a change of
unknown columns, or a change of one of those very columns (the old value is no longer known here).
"""

from __future__ import annotations

import numpy as np

from ..changes import ClaimsChanged


def may_touch(view, change: ClaimsChanged, **shown) -> bool:
    """False only when ``change`` surely leaves every claim whose column equals the value in ``shown``
    (e.g. ``destination="FI"``) as it was, and adds none; True otherwise. ``shown`` values of None are
    ignored; with no value left the answer is True (the view shows everything)."""
    shown = {name: value for name, value in shown.items() if value is not None}
    if not shown or change.removed or change.columns is None or change.columns & shown.keys():
        return True
    ids = change.ids | change.added
    if shown.get("claim_id") in ids:
        return True
    rows = view.rows_of(ids)
    if len(rows) != len(ids):
        return True   # a claim the index does not hold: nothing can be said
    for name, value in shown.items():
        if name == "claim_id":
            continue
        coded = view.coded.get(name)
        if coded is not None:
            code = coded.code_of(value)
            if code >= 0 and bool(np.any(coded.codes[rows] == code)):
                return True
        elif any(view.col[name][int(row)] == value for row in rows.tolist()):
            return True
    return False
