"""Neighbours' names never sit under a flow label or under each other."""


def test_no_visible_name_overlaps_a_flow_label_or_another_name(window, qtbot):
    _model, win = window
    panel = win.map
    qtbot.waitUntil(lambda: bool(panel.country_labels))
    flows = [panel._scene_rect(label) for _arrow, label, _mark in panel.labels]
    shown = [panel._scene_rect(item) for item in panel.country_labels if item.isVisible()]
    assert shown, "some neighbours keep their names"
    for i, rect in enumerate(shown):
        assert not any(rect.intersects(f) for f in flows)
        assert not any(rect.intersects(other) for other in shown[i + 1:])
    hidden = [item for item in panel.country_labels if not item.isVisible()]
    assert hidden, "on the bundled data, Estonia + Finland's label covers small Baltic neighbours"
