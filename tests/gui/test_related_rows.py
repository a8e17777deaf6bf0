"""The source pane's "Other claims on this flow": every row shown is whole, however tall the pane and
wherever the list is scrolled to."""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import window_at


def _cut_rows(pane) -> list[str]:
    """Rows of the list that show only in part."""
    scroll = pane.related_scroll
    seen = scroll.viewport().rect()
    cut = []
    for tag, button in pane._related_rows:
        if tag.isHidden():
            continue
        for widget in (tag, button):
            box = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
            if box.intersects(seen) and not seen.contains(box):
                cut.append(f"{button.text()[:30]} at {box.top()}–{box.bottom()} of 0–{seen.bottom()}")
    return cut


def _whole_rows(pane) -> int:
    seen = pane.related_scroll.viewport().rect()
    return sum(seen.contains(QRect(b.mapTo(pane.related_scroll.viewport(), QPoint(0, 0)), b.size()))
               for tag, b in pane._related_rows if not tag.isHidden())


def _wheel(widget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1600, 1000), (1920, 1080)])
def test_every_row_shown_is_whole(qtbot, settings, monkeypatch, lang, size):
    model, win = window_at(qtbot, settings, monkeypatch, lang, size)
    model.state.select("ht-02")   # six other claims on its flow: more than the list shows at once
    pane = win.source
    scroll = pane.related_scroll
    qtbot.waitUntil(lambda: scroll.viewport().height() > 20)
    QApplication.processEvents()
    assert sum(not tag.isHidden() for tag, _b in pane._related_rows) == 6
    assert scroll.verticalScrollBar().maximum() > 0, "the list must need scrolling for this test"
    assert _cut_rows(pane) == []
    bar = scroll.verticalScrollBar()
    for move in (lambda: _wheel(scroll.viewport(), 1), lambda: bar.triggerAction(bar.SliderAction.SliderSingleStepAdd),
                 lambda: bar.setValue(bar.value() + 7), lambda: bar.setValue(bar.maximum()),
                 lambda: bar.triggerAction(bar.SliderAction.SliderPageStepSub)):
        move()
        QApplication.processEvents()
        assert _cut_rows(pane) == [], bar.value()
    bar.setValue(0)
    pane._related_rows[0][1].setFocus()
    for _ in range(5):   # Tab from row to row: the focused row comes into view, whole
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        assert _cut_rows(pane) == [] and focused in [b for _t, b in pane._related_rows]
        assert scroll.viewport().rect().contains(QRect(focused.mapTo(scroll.viewport(), QPoint(0, 0)), focused.size()))
    last = pane._related_rows[5][1]
    assert scroll.viewport().rect().contains(QRect(last.mapTo(scroll.viewport(), QPoint(0, 0)), last.size()))


def test_rows_stay_whole_as_the_pane_grows_and_shrinks(window, qtbot):
    model, win = window
    model.state.select("ht-02")
    pane = win.source
    scroll = pane.related_scroll
    for height in (40, 57, 71, 96, 123, 150, 400):
        scroll.setFixedHeight(height)
        qtbot.waitUntil(lambda: scroll.height() == height)
        QApplication.processEvents()
        assert _cut_rows(pane) == [], height
        assert _whole_rows(pane) >= 1, height
    # rows of another claim: a shorter list fits whole
    model.state.select("bb-07")
    QApplication.processEvents()
    assert _cut_rows(pane) == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_row_too_long_for_the_pane_ends_in_an_ellipsis_and_keeps_its_whole_text(qtbot, settings, monkeypatch, lang):
    """A narrow pane cut the rows' text mid-word with no sign that more followed; now "…" says so, while the
    button's text, tooltip and accessible name stay whole."""
    model, win = window_at(qtbot, settings, monkeypatch, lang, (1200, 800))
    pane = win.source
    model.state.select("bb-03")
    pane.resize(320, pane.height())
    QApplication.processEvents()
    shown = [b for tag, b in pane._related_rows if not tag.isHidden()]
    assert shown
    cut = [b for b in shown if b.fontMetrics().horizontalAdvance(b.text()) > b.room()]
    assert cut, [b.text() for b in shown]
    for button in cut:
        drawn = button.shown_text()
        assert drawn.endswith("…") and button.fontMetrics().horizontalAdvance(drawn) <= button.room()
        assert "…" not in button.text() and button.text() in button.toolTip()
    for button in shown:
        if button not in cut:
            assert button.shown_text() == button.text()
    pane.grab()   # painted through the style with the cut text, without error
