"""Assistive technology: every view is named, and the selected claim is described."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget


def views(win) -> dict[str, QWidget]:
    return {"map": win.map, "map plot": win.map.plot, "map legend": win.map.legend, "claims": win.table,
            "table": win.table.table, "search": win.table.search, "destination filter": win.table.destination,
            "metric filter": win.table.metric, "stance filter": win.table.stance,
            "claimant type filter": win.table.claimant_type, "source filter": win.table.source,
            "claims count": win.table.count, "source pane": win.source, "article": win.source.article,
            "address": win.source.url, "related claims": win.source.related_scroll, "chart": win.chart,
            "chart plot": win.chart.plot, "chart legend": win.chart.legend, "problems": win.problems.list,
            "problem row": win.problems.row_view, "status": win.status_label, "progress": win.progress}


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_view_has_an_accessible_name(window):
    _model, win = window
    unnamed = [name for name, widget in views(win).items() if not widget.accessibleName().strip()]
    assert unnamed == []


def test_every_widget_the_keyboard_reaches_is_named(window):
    """What Tab can reach, a screen reader can name (its own name, or its button text)."""
    _model, win = window
    reachable = [w for w in win.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.focusProxy() is None]   # (a plot's viewport hands its focus to the plot)
    assert len(reachable) > 10
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in reachable if not accessible_name(w).strip()]
    assert unnamed == []


def test_the_selected_claim_is_described(window):
    model, win = window
    model.state.select("bb-03")
    for widget in (win.table.table, win.source, win.chart.plot, win.map.plot):
        text = widget.accessibleDescription()
        assert "bb-03" in text and "700,000" in text and "Forbes Russia source" in text and "Breitbart" in text, \
            (type(widget).__name__, text)
    assert "Abroad" in win.map.plot.accessibleDescription()
    assert "The 700,000 figure was given to Forbes Russia" in win.source.accessibleDescription()
    model.state.select("bb-08")
    assert "bb-08" in win.table.table.accessibleDescription() and "Kazakhstan" in win.table.table.accessibleDescription()
    interface = QAccessible.queryAccessibleInterface(win.table.table)
    assert "bb-08" in interface.text(QAccessible.Text.Description)


def test_descriptions_follow_the_language(window):
    from viewer.qt import i18n
    model, win = window
    model.state.select("bb-08")
    i18n.apply("ru")
    QApplication.processEvents()
    text = win.table.table.accessibleDescription()
    assert text.startswith("Утверждение bb-08:") and "Казахстан" in text and "147\u00a0000" in text
    assert win.table.table.accessibleName() == "Таблица утверждений"
