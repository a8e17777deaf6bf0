"""The table's columns: a claim-id column, sortable, and every column shown or hidden from the header's menu."""

from PySide6.QtCore import Qt

from viewer.model.index.claims_index import COLUMNS


def test_the_table_has_a_claim_id_column_that_sorts_by_id(window):
    model, win = window
    table, column = win.table.table, COLUMNS.index("claim_id")
    assert not table.isColumnHidden(column)
    assert win.table.model.headerData(column, Qt.Orientation.Horizontal) == "Claim ID"
    model.state.select("ht-03")
    row = model.claims_index.visible_row_of("ht-03")
    assert win.table.model.index(row, column).data() == "ht-03"
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ids = [win.table.model.index(r, column).data() for r in range(win.table.model.rowCount())]
    assert ids == sorted(ids) and ids[0] == "bb-01" and ids[-1] == "ht-06"
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert win.table.model.index(0, column).data() == "ht-06"


def test_any_column_is_shown_or_hidden_from_the_header_menu(window):
    _model, win = window
    panel, table = win.table, win.table.table

    def action(name):
        return next(a for a in panel.columns_menu().actions() if a.text() == panel.model.headers()[name])
    assert [a.text() for a in panel.columns_menu().actions()] == [panel.model.headers()[n] for n in COLUMNS]
    claim_id, published = COLUMNS.index("claim_id"), COLUMNS.index("published")
    assert action("claim_id").isChecked() and not action("published").isChecked()
    action("claim_id").trigger()
    assert table.isColumnHidden(claim_id)
    action("published").trigger()
    assert not table.isColumnHidden(published)
    for name in COLUMNS:          # hide all but the last shown: that one stays
        if action(name).isChecked() and name != "quote":
            action(name).trigger()
    assert [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)] == [COLUMNS.index("quote")]
    assert not action("quote").isEnabled()
    assert table.horizontalHeader().contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_a_long_claim_id_widens_its_column_up_to_a_limit_and_shows_whole_in_its_tooltip(window, tmp_path):
    from tests.conftest import CLAIMS, write_dataset
    from viewer.model import load_dataset
    from viewer.widgets.claims_table import MAX_ID_WIDTH, WIDTHS
    model, win = window
    table, column = win.table.table, COLUMNS.index("claim_id")
    assert table.columnWidth(column) < 120          # the bundled ids are short: the column stays narrow
    medium = "c1-kazakhstan-interior"                # fits whole
    longest = "c2-" + "abroad-" * 20 + "denial"      # elided, whole in its tooltip
    claims = [dict(CLAIMS[0], claim_id=medium), dict(CLAIMS[1], claim_id=longest)] + [dict(c) for c in CLAIMS[2:]]
    model.set_dataset(load_dataset(write_dataset(tmp_path / "ds", claims=claims)))
    metrics = table.fontMetrics()
    assert WIDTHS["claim_id"] < table.columnWidth(column) <= MAX_ID_WIDTH
    assert table.columnWidth(column) >= metrics.horizontalAdvance(medium)
    row = model.claims_index.visible_row_of(longest)
    from viewer.qt.plain import tooltip
    assert win.table.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == tooltip(longest)   # (as text)
