"""Every label and tooltip of the window, walked with hostile text in the data and in the folder's name:
none may render it as markup (issue 14, items 13 and 14)."""

import os

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGraphicsView, QLabel, QListWidget, QMessageBox,
                               QWidget)

from tests.conftest import ARTICLE, CLAIMS, DESCRIPTOR, SOURCES

BIG = "<font color=red size=7>BIG"
BOLD = "<b>bold</b>"
IMAGE = "<img src=x>"
TAGS = ("<font", "<b>", "<img")
"""Raw, these would render as markup; escaped (&lt;b&gt;) or in a plain-text label they show as written."""
QUOTE = f"200,000 {BIG} {BOLD} {IMAGE} Russians"


@pytest.fixture
def hostile_folder(tmp_path):
    from tests.conftest import write_dataset
    claims = [dict(c) for c in CLAIMS] + [{
        "claim_id": "h1", "source_id": "s1", "quote": QUOTE, "claimant": f"{BIG} {BOLD}",
        "claimant_type": "other", "stance": "asserts", "metric": "entered", "destination": "KAZ",
        "value_low": "200000", "value_high": "200000", "value_text": f"{IMAGE}200,000", "note": BIG}]
    sources = [dict(SOURCES[0], title=f"{BIG} title", outlet=f"{BOLD} Outlet", byline=IMAGE)]
    descriptor = dict(DESCRIPTOR, title=f"{BIG} {BOLD} dataset")
    article = ARTICLE + f"\nThey said {QUOTE} had gone.\n"
    return write_dataset(tmp_path / BIG, claims=claims, sources=sources, descriptor=descriptor,
                         articles={"s1": article})


def _labels(roots):
    for root in roots:
        yield from ([root] if isinstance(root, QLabel) else [])
        yield from root.findChildren(QLabel)


def _tooltips(roots):
    """(where, tooltip) of every widget, action, list item, table cell and graphics item under ``roots``."""
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            yield widget.objectName() or type(widget).__name__, widget.toolTip()
            for action in widget.actions():
                yield f"action {action.text()}", action.toolTip()
            if isinstance(widget, QListWidget):
                for i in range(widget.count()):
                    yield f"{type(widget).__name__} item {i}", widget.item(i).toolTip()
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:   # a list model: one column
                    columns = 1
                for row in range(model.rowCount(QModelIndex())):
                    for column in range(columns):
                        tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                        yield f"{type(widget).__name__} cell {row},{column}", tip or ""
            if isinstance(widget, QGraphicsView) and widget.scene() is not None:
                for item in widget.scene().items():
                    yield f"graphics item {type(item).__name__}", item.toolTip()
        for action in root.findChildren(QAction):
            yield f"action {action.text()}", action.toolTip()


def _shows_markup(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return False
    text = label.text()
    if label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text):
        return False
    return any(tag in text for tag in TAGS)


def _walk(win):
    roots = [w for w in QApplication.topLevelWidgets() if w.isVisible()] + [win]
    bad_labels = [(type(label).__name__, label.text()) for label in _labels(roots) if _shows_markup(label)]
    bad_tips = [(where, tip) for where, tip in _tooltips(roots) if any(tag in tip for tag in TAGS)]
    seen = [label.text() for label in _labels(roots)] + [tip for _w, tip in _tooltips(roots)]
    return bad_labels, bad_tips, seen


def test_every_label_and_tooltip_shows_hostile_text_as_text(qtbot, settings, hostile_folder):
    from viewer.app import build_window
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    boxes = []
    win.show_message = boxes.append
    win.open_folder(hostile_folder)
    # While it opens, the status bar names the folder: <font color=red size=7>BIG.
    assert BIG in win.status_label.text()
    assert win.status_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: win._worker is None and model.dataset is not None, timeout=20000)
    assert model.dataset.problems == [], model.dataset.problems
    model.state.select("h1")
    win.presenting.add_selected()
    win.docks["presentation"].show()
    win.docks["problems"].show()
    qtbot.wait(50)
    bad_labels, bad_tips, seen = _walk(win)
    assert not bad_labels and not bad_tips, (bad_labels, bad_tips)
    # The walk saw the hostile text where it is shown: not a walk of empty widgets.
    assert any(BIG in text and "title" in text for text in seen)           # the source pane's heading
    assert any("&lt;font color=red size=7&gt;BIG" in text for text in seen)  # an escaped tooltip (table cell)
    assert any("&lt;b&gt;bold&lt;/b&gt;" in text and "Russians" in text for text in seen)   # the list's tooltip

    win.presenting.present(from_selected=True)
    view = win.presenting.view
    qtbot.waitUntil(lambda: view.isVisible())
    bad_labels, bad_tips, seen = _walk(win)
    assert not bad_labels and not bad_tips, (bad_labels, bad_tips)
    assert any(QUOTE in text for text in seen)
    view.close()
    assert boxes == []


def test_the_status_bar_names_a_hostile_folder_as_text(qtbot, settings, tmp_path):
    """The status label was AutoText: a folder named <font color=red size=7>BIG showed as big red text."""
    from viewer.app import build_window
    folder = tmp_path / BIG
    folder.mkdir()
    _model, win = build_window(None, settings)
    qtbot.addWidget(win)
    boxes = []
    win.show_message = boxes.append
    win.open_folder(folder)
    assert win.status_label.textFormat() == Qt.TextFormat.PlainText and BIG in win.status_label.text()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    box = boxes[0]
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
    assert BIG in box.text() and os.sep in box.text()
