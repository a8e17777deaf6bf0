"""The comparison chart's axis title is drawn inside the chart, not cut off at its edge."""


def test_axis_title_lies_inside_the_chart(window, qtbot):
    _model, win = window
    plot = win.chart.plot
    qtbot.waitUntil(lambda: plot.getAxis("bottom").label.isVisible())
    label = plot.getAxis("bottom").label
    margin = label.document().documentMargin()   # blank padding around the text itself
    box = label.mapRectToScene(label.boundingRect().adjusted(margin, margin, -margin, -margin))
    visible = plot.mapToScene(plot.viewport().rect()).boundingRect()
    assert visible.contains(box), (box, visible)


def test_a_short_chart_shows_fewer_bars_one_line_each_around_the_selection(window, qtbot):
    from PySide6.QtGui import QFontMetrics
    model, win = window
    plot = win.chart.plot
    model.state.select("bb-01")
    line = QFontMetrics(plot.getAxis("left").font()).height()

    def rows_shown():
        (_x0, _x1), (y0, y1) = plot.viewRange()
        return y1 - y0
    plot.setFixedHeight(400)
    qtbot.waitUntil(lambda: rows_shown() >= 7.5)     # all eight "abroad" claims fit
    plot.setFixedHeight(110)
    qtbot.waitUntil(lambda: rows_shown() < 7)
    assert rows_shown() * line <= plot.viewport().height()
    (_x, (y0, y1)) = plot.viewRange()
    selected = next(bar["y"] for bar in win.chart._bar_data if bar["claim_id"] == "bb-01")
    assert y0 < selected < y1


def test_the_left_axis_is_wide_enough_for_every_label_before_the_first_paint(window):
    """pyqtgraph widens an axis only after painting, dropping labels that did not fit: an export paints once."""
    from PySide6.QtGui import QFontMetrics
    from viewer.widgets.chart import ComparisonChart
    model, _win = window
    chart = ComparisonChart(model)
    chart.resize(1600, 600)
    chart._frame_rows()
    axis = chart.plot.getAxis("left")
    metrics = QFontMetrics(axis.font())
    ticks = axis._tickLevels[0]
    assert len(ticks) == 8
    assert axis.minimumWidth() >= max(metrics.horizontalAdvance(text) for _y, text in ticks)


def test_figures_on_the_axis_do_not_run_together_in_a_narrow_chart(window, qtbot):
    from PySide6.QtGui import QFontMetrics
    from viewer.qt.words import number
    _model, win = window
    plot = win.chart.plot
    plot.setFixedWidth(420)
    axis = plot.getAxis("bottom")
    view = plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: view.width() < 400)
    qtbot.wait(50)   # the chart re-frames itself once the resize has settled
    (x0, x1), _y = plot.viewRange()
    major = axis._tickSpacing[0][0]
    widest = QFontMetrics(axis.font()).horizontalAdvance(number(x1))
    assert major * view.width() / (x1 - x0) > widest


def test_bars_out_of_sight_do_not_peek_into_a_short_chart(window, qtbot):
    """Each bar shown is whole, and no bar (or its arrow tip) of a row out of sight reaches into view."""
    from viewer.widgets.range_bars import BAR_HALF
    model, win = window
    plot = win.chart.plot
    model.state.select("bb-01")
    plot.setFixedHeight(110)
    qtbot.waitUntil(lambda: plot.viewRange()[1][1] - plot.viewRange()[1][0] < 7)
    (_x, (y0, y1)) = plot.viewRange()
    reach = BAR_HALF * 1.5   # an open end's arrow tip is the tallest thing on a row
    inside = [bar["y"] for bar in win.chart._bar_data if y0 < bar["y"] < y1]
    outside = [bar["y"] for bar in win.chart._bar_data if not y0 < bar["y"] < y1]
    assert inside and outside
    assert all(y0 <= y - reach and y + reach <= y1 for y in inside)
    assert all(y + reach <= y0 or y - reach >= y1 for y in outside)


def _axis_texts(axis) -> list[tuple[str, object]]:
    """The figures the bottom axis draws, each with its box in the axis's coordinates."""
    from PySide6.QtGui import QImage, QPainter
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _line, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _flags, text in texts]


def test_every_figure_on_the_axis_is_whole_and_the_largest_claimed_has_room(window, qtbot):
    """Kazakhstan's claims reach 200,000: that figure's label sat under the chart's right edge, half cut."""
    model, win = window
    plot = win.chart.plot
    model.state.select("bb-07")
    axis = plot.getAxis("bottom")
    for width in (380, 520, 664, 900):
        plot.setFixedWidth(width)
        qtbot.waitUntil(lambda: plot.width() == width)
        # the chart re-frames itself once the resize has settled (a timer: slow on a loaded machine)
        qtbot.waitUntil(lambda: "200,000" in [text for text, _rect in _axis_texts(axis)], timeout=3000)
        qtbot.wait(30)
        seen = plot.viewport().rect()
        texts = _axis_texts(axis)
        assert "200,000" in [text for text, _rect in texts], width
        for text, rect in texts:
            shown = plot.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
            assert seen.contains(shown), (width, text, shown, seen)


def test_names_are_cut_only_for_want_of_room(window, qtbot):
    """A wide chart (an export 3200 px wide) shows the claimants' names whole; a narrow one elides them,
    the labels keeping to less than half its width."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from viewer.widgets.chart import ComparisonChart
    model, _win = window
    model.state.select("bb-03")   # abroad: Forbes Russia's source, named at length
    name = "Forbes Russia source familiar with the Kremlin's estimates"
    chart = ComparisonChart(model)
    qtbot.addWidget(chart)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.show()
    axis = chart.plot.getAxis("left")
    metrics = QFontMetrics(axis.font())
    for width in (3200, 500):
        chart.resize(width, 600)
        qtbot.waitUntil(lambda: chart.plot.width() > width - 20)
        chart._frame_rows()
        labels = [text for _y, text in axis._tickLevels[0]]
        assert all(metrics.horizontalAdvance(text) <= 0.45 * chart.plot.width() for text in labels), width
        if width == 3200:
            assert any(text.startswith(name + " · ") for text in labels), labels
        else:
            assert not any(name in text for text in labels) and any("…" in text for text in labels), labels


def test_the_title_words_abroad_as_words_not_as_a_name(window):
    model, win = window
    model.state.select("bb-03")   # a claim about abroad as a whole
    assert win.chart.title.text().startswith("Claims about abroad as a whole (8 shown)")
    model.state.select("bb-07")
    assert win.chart.title.text().startswith("Claims about Kazakhstan (")


def test_bars_brought_into_view_are_drawn(window, qtbot):
    """Only the bars in view are drawn (an edit draws the chart again): those brought into view later, by a
    taller chart or by ↑↓, are drawn then. Each range bar in view has its colour on screen."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor
    model, win = window
    chart, plot = win.chart, win.chart.plot
    model.state.select("bb-02")   # the lowest bar: the bars with a figure are above it
    plot.setFixedHeight(110)
    qtbot.waitUntil(lambda: plot.viewRange()[1][1] - plot.viewRange()[1][0] < 7)
    qtbot.wait(50)
    bars = sorted(chart._bar_data, key=lambda bar: bar["y"])
    box = plot.getPlotItem().getViewBox()
    background = QColor(chart.theme.base).rgb()
    checked = []

    def all_painted() -> bool:
        image = plot.viewport().grab().toImage()
        (_x, (y0, y1)) = plot.viewRange()
        ranges = [bar for bar in bars if y0 < bar["y"] < y1 and bar["hi"] is not None and bar["lo"] != bar["hi"]]
        checked.extend(ranges)
        for bar in ranges:
            at = plot.mapFromScene(box.mapViewToScene(QPointF(((bar["lo"] or 0) + bar["hi"]) / 2, bar["y"])))
            if image.pixel(at.x(), at.y()) == background:
                return False
        return True

    assert all_painted()
    plot.setFixedHeight(400)   # the same selection: nothing but the view changes
    qtbot.waitUntil(lambda: plot.viewRange()[1][1] - plot.viewRange()[1][0] >= 7.5)
    qtbot.wait(50)
    assert all_painted()
    plot.setFixedHeight(110)
    for end in (bars[0], bars[-1]):
        model.state.select(end["claim_id"])
        qtbot.waitUntil(lambda: plot.viewRange()[1][0] < end["y"] < plot.viewRange()[1][1])
        assert all_painted()
    assert len({bar["claim_id"] for bar in checked}) >= 4


def test_a_shortened_label_says_itself_whole_in_its_tooltip(window, qtbot):
    """A new user could not read the names the chart's labels cut short: hovering a label shows its claim's
    tooltip (the claimant's whole name, what is claimed, the source), as hovering its bar does."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    model, win = window
    chart, plot = win.chart, win.chart.plot
    plot.setFixedWidth(420)   # room for a short label only
    model.state.select("bb-04")
    qtbot.wait(100)
    axis, box = plot.getAxis("left"), plot.getPlotItem().getViewBox()
    bar = next(b for b in chart._bar_data if b["claim_id"] == "bb-07")
    label = next(text for y, text in axis._tickLevels[0] if y == bar["y"])
    assert "…" in label and "interior minister" not in label

    def hover(x_scene, y):
        at = plot.mapFromScene(QPointF(x_scene, box.mapViewToScene(QPointF(0, y)).y()))
        QToolTip.hideText()
        QApplication.sendEvent(plot.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, plot.viewport().mapToGlobal(at)))
        return QToolTip.text()
    tip = hover(axis.sceneBoundingRect().center().x(), bar["y"])
    assert tip == chart.bar_tooltip("bb-07") and "Kazakhstan&#x27;s interior minister" in tip
    assert "interior minister" not in hover(box.sceneBoundingRect().center().x(), bar["y"] + 0.5)   # not a label
