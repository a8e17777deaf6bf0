"""The map after an edit or a step of "as of": arrows and labels changed where they stand while the places stay,
their tooltips never stale, a vague wording's bounds kept in small type, and a denial said once."""

import pytest

from tests.conftest import CLAIMS
from tests.gui.conftest import window_on_a_copy
from tests.gui.test_vague_wording import VAGUE


@pytest.fixture
def editing(qtbot, settings, tmp_path):
    _folder, model, win = window_on_a_copy(qtbot, settings, tmp_path)
    model.state.select("ht-03")
    return model, win


def _abroad_label(win):
    return next(label for arrow, label, _m in win.map.labels if arrow.destination == "")


def test_a_new_figure_changes_the_arrows_and_labels_where_they_stand(qtbot, editing):
    model, win = editing
    items = list(win.map.arrow_items)
    labels = [label for _a, label, _m in win.map.labels]
    countries = win.map.countries
    model.document.update_claim("ht-03", value_low="", value_high="999000")
    qtbot.wait(20)
    assert win.map.countries is countries and win.map.arrow_items == items   # not made again
    assert [label for _a, label, _m in win.map.labels] == labels
    texts = [label.toPlainText() for label in labels]
    assert any("999,000" in text for text in texts)
    assert [item.arrow for item in win.map.arrow_items] == win.map.layout_.arrows
    assert win.map.legend.scale_max == win.map.layout_.scale_max
    # As a fresh layout of the same flows would draw them.
    from viewer.model.mapping.map_layout import build_layout
    fresh = build_layout(win.map.layout_.origin, model.flows, model.words)
    assert [(a.lines, a.width, a.value, sorted(a.claims)) for a in fresh.arrows] == [
        (a.lines, a.width, a.value, sorted(a.claims)) for a in win.map.layout_.arrows]


def test_an_arrows_tooltip_follows_an_edit_of_a_claim_it_lists(qtbot, editing):
    model, win = editing
    item = max(win.map.arrow_items, key=lambda i: len(i.arrow.claims))
    claim = item.arrow.claims[0]
    label = next(label for arrow, label, _m in win.map.labels if arrow.destination == item.arrow.destination)
    assert "Renamed claimant" not in item.toolTip()
    model.document.update_claim(claim, claimant="Renamed claimant")   # no flow changes: the map lays out nothing
    qtbot.wait(20)
    assert "Renamed claimant" in item.toolTip() and "Renamed claimant" in label.toolTip()


def test_a_denial_is_said_once_on_a_label(window):
    _model, win = window
    arrow, label, mark = next((a, label, m) for a, label, m in win.map.labels if m is not None)
    assert "denied (" not in label.toPlainText()
    assert mark.toPlainText() == f"✕ denied by {len(arrow.denied_by)}"
    assert f"denied by {len(arrow.denied_by)}" in label.toolTip()   # the tooltip, apart from the label, says it


def test_a_vague_wording_keeps_its_bounds_in_small_type_when_its_label_changes_in_place(qtbot, settings, monkeypatch,
                                                                                     make_dataset):
    from viewer.app import build_window
    model, win = build_window(make_dataset(claims=[VAGUE, *CLAIMS[1:]]), settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    label = _abroad_label(win)
    small = _small_size(label, "(10,000–99,999)")
    model.document.update_claim(VAGUE["claim_id"], value_high="90000")   # still "tens of thousands"
    qtbot.wait(20)
    assert _abroad_label(win) is label   # changed where it stands
    assert label.toPlainText().splitlines()[1] == "left “tens of thousands” (10,000–90,000)"
    lead = label.textItem.document().find("tens of thousands").charFormat().font().pointSizeF()
    assert _small_size(label, "(10,000–90,000)") == small < lead
    model.document.update_claim(VAGUE["claim_id"], value_text="")   # the same range, no longer worded
    qtbot.wait(20)
    assert label.toPlainText().splitlines()[1] == "left 10,000–90,000"


def test_as_of_a_day_a_vague_wording_still_leads_with_its_bounds_in_small_type(qtbot, settings, monkeypatch,
                                                                             make_dataset):
    from datetime import date
    from tests.gui.test_vague_wording import _window
    model, win = _window(qtbot, settings, monkeypatch, make_dataset(claims=[VAGUE, *CLAIMS[1:]]))
    small = _small_size(_abroad_label(win), "(10,000–99,999)")
    model.state.set_as_of(date(2022, 10, 5))   # nothing published yet
    assert _abroad_label(win).toPlainText().splitlines()[1:] == []
    model.state.set_as_of(date(2022, 10, 6))
    label = _abroad_label(win)
    assert label.toPlainText().splitlines()[1] == "left “tens of thousands” (10,000–99,999)"   # not a bare range
    assert _small_size(label, "(10,000–99,999)") == small


def _small_size(label, text: str) -> float:
    return label.textItem.document().find(text).charFormat().font().pointSizeF()
