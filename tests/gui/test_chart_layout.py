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
