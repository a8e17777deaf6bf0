"""An edit reaches every view without rebuilding it: rows repainted, the map's zoom, the selection kept."""

import pytest

from tests.gui.conftest import window_on_a_copy


@pytest.fixture
def editing(qtbot, settings, tmp_path):
    _folder, model, win = window_on_a_copy(qtbot, settings, tmp_path)
    model.state.select("ht-03")
    return model, win


def test_a_changed_claim_repaints_its_row_and_keeps_the_rest(qtbot, editing):
    model, win = editing
    table = win.table.model
    box = win.map.plot.getPlotItem().getViewBox()
    box.setRange(xRange=(0, 1500), yRange=(4000, 5500), padding=0)
    kept = box.viewRect()
    resets = []
    table.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(table.dataChanged, timeout=2000) as changed:
        model.document.update_claim("ht-03", value_text="about 250 thousand", note="edited")
    row = model.claims_index.visible_row_of("ht-03")
    assert changed.args[0].row() == row and not resets
    assert model.state.claim_id == "ht-03"
    assert box.viewRect() == kept
    assert "edited" == model.claim("ht-03")["note"]


def test_a_new_figure_moves_the_map_and_keeps_its_view(qtbot, editing):
    model, win = editing
    box = win.map.plot.getPlotItem().getViewBox()
    box.setRange(xRange=(0, 1500), yRange=(4000, 5500), padding=0)
    kept = box.viewRect()
    def drawn():
        layout = win.map.layout_
        return [a.lines for a in layout.arrows + ([layout.abroad] if layout.abroad else [])]
    before = drawn()
    model.document.update_claim("ht-03", value_low="", value_high="999000")
    qtbot.wait(50)
    assert drawn() != before and any("999,000" in line for lines in drawn() for line in lines)
    assert box.viewRect() == kept


def test_added_and_removed_claims_change_the_rows(qtbot, editing):
    model, win = editing
    table = win.table.model
    rows = table.rowCount()
    source = model.document.source_ids()[0]
    quote = model.document.claim("ht-03")["quote"]
    with qtbot.waitSignal(table.layoutChanged, timeout=2000):
        new = model.document.add_claim(source_id=source, quote=quote, claimant="Border guards", stance="asserts",
                                       metric="entered", destination="MNG", value_low="3000", value_high="3000")
    assert table.rowCount() == rows + 1 and model.claims_index.visible_row_of(new) is not None
    assert any(a.destination == "MNG" for a in win.map.layout_.arrows)
    model.state.select(new)
    model.document.delete_claim(new)
    assert table.rowCount() == rows and model.state.claim_id is None
    model.document.undo()
    assert table.rowCount() == rows + 1
