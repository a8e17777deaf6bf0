"""The loader thread: the table first, then the quotes, with the window shown in between."""

from tests.conftest import DATA


def test_quotes_are_checked_once_the_window_has_shown_the_table(qtbot, settings, monkeypatch):
    from viewer.app import build_window
    from viewer.qt.loader import LoadWorker
    monkeypatch.setattr(LoadWorker, "WAIT_FROM_CLAIMS", 0)   # wait as for a large dataset
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    shown = []
    model.datasetChanged.connect(lambda: shown.append(model.dataset.quotes_verified))
    win.open_folder(DATA)
    qtbot.waitUntil(lambda: win._worker is None, timeout=20000)
    assert shown == [False, True]   # the table before its quotes were checked, then checked
    assert len(model.claims_index) == 19 and (model.claims_index.quote_start >= 0).all()


def test_closing_the_window_while_the_loader_waits_stops_it(qtbot, settings, monkeypatch):
    from viewer.app import build_window
    from viewer.qt import loader
    from viewer.qt.loader import LoadWorker
    monkeypatch.setattr(LoadWorker, "WAIT_FROM_CLAIMS", 0)
    monkeypatch.setattr(LoadWorker, "SHOWN_TIMEOUT", 60.0)
    monkeypatch.setattr(loader._Shown, "_set", lambda self: None)   # the window never says it has shown the table
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(model.datasetChanged, timeout=20000):
        win.open_folder(DATA)
    loading = win._worker
    qtbot.wait(200)
    assert loading.thread.isRunning()   # waiting for the window
    win.close()   # closing must end the wait at once, not after SHOWN_TIMEOUT
    assert win._worker is None and loading.thread.isFinished()


def test_the_view_after_the_quotes_shares_the_tables_arrays(qtbot, settings):
    from viewer.app import build_window
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    views = []
    model.datasetChanged.connect(lambda: views.append(model.claims_index))
    win.open_folder(DATA)
    qtbot.waitUntil(lambda: win._worker is None, timeout=20000)
    early, verified = views
    assert verified is not early and verified.flows is early.flows
    # The codes are shared; the worded labels are each view's own (relabelling one leaves the other).
    assert all(verified.coded[name].codes is early.coded[name].codes for name in early.coded)
    assert (early.quote_start < 0).all() and (verified.quote_start >= 0).all()


def test_while_loading_the_chart_shows_no_scale_of_nothing(qtbot, settings, monkeypatch):
    """Before the claims arrive the chart has no figure: its axis read "0 0 0 0 0 0 1 1 1 1 1"."""
    from viewer.app import build_window
    from viewer.qt.loader import LoadWorker
    monkeypatch.setattr(LoadWorker, "WAIT_FROM_CLAIMS", 0)
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    axis = win.chart.plot.getAxis("bottom")
    seen = []
    model.datasetChanged.connect(lambda: seen.append(axis.style["showValues"]))
    win.open_folder(DATA)
    assert axis.style["showValues"] is False          # loading, nothing to measure yet
    qtbot.waitUntil(lambda: win._worker is None, timeout=20000)
    assert seen and all(seen)                         # once there are figures, their scale
