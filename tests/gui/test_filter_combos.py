"""The claims table's filter boxes in a narrow window: a choice too long for its box ends in "…" (it was cut
mid-word, "Все направле"), the whole of it in the box's tooltip."""

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import window_at


def test_a_filter_choice_too_long_for_its_box_ends_in_an_ellipsis(qtbot, settings, monkeypatch):
    _model, win = window_at(qtbot, settings, monkeypatch, "ru", (1024, 700))
    QApplication.processEvents()
    combos = win.table.combos
    cut = [c for c in combos if c.shown_text() != c.currentText()]
    assert cut, [(c.currentText(), c.width()) for c in combos]
    for combo in combos:
        combo.grab()   # painted through the style, the tooltip set
        if combo in cut:
            assert combo.shown_text().endswith("…") and combo.toolTip() == combo.currentText()
        else:
            assert combo.toolTip() == ""
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: all(c.shown_text() == c.currentText() for c in combos))
    for combo in combos:
        combo.grab()
        assert combo.toolTip() == ""
