"""Start: the window is painted before the heavy libraries are loaded, then filled with its panels and data."""

import json
import os
import subprocess
import sys

from PySide6.QtWidgets import QDockWidget

from tests.conftest import DATA

LAUNCH = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

HEAVY = ("pandas", "numpy", "pyarrow", "pyqtgraph")
seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType():
            window = obj.window()
            if "first" not in seen:
                seen["first"] = {"heavy": sorted(m for m in HEAVY if m in sys.modules),
                                 "title": window.windowTitle(),
                                 "status": window.status_label.text(), "docks": sorted(window.docks)}
            model = getattr(window, "app", None)
            if getattr(model, "dataset", None) is not None and "data" not in seen:
                seen["data"] = {"title": window.windowTitle(), "rows": window.table.model.rowCount(),
                                "arrows": len(window.map.arrow_items),
                                "toolbar": [a.iconText() for a in window.toolbar.actions()],
                                "view": [a.text() for a in window.view_menu.actions() if a.text()]}
                print(json.dumps(seen), flush=True)
                os._exit(0)
        return False

_exec = QApplication.exec

def exec_watched(*args):
    app = QApplication.instance()
    app._watch = Watch()
    app.installEventFilter(app._watch)
    return _exec()

QApplication.exec = exec_watched
from viewer.cli import main
sys.exit(main([sys.argv[1]]))
"""


def test_the_window_is_painted_before_pandas_and_pyqtgraph_are_loaded_then_filled(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLAIMS_ATLAS_LANG": "en"}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(DATA)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    first, data = seen["first"], seen["data"]
    assert first["heavy"] == []
    assert first["docks"] == ["chart", "history", "presentation", "problems", "source", "table", "timeline"]
    assert first["status"].startswith("Opening ") and first["title"] == "Claims Atlas"
    assert data["title"].endswith("— Claims Atlas") and data["rows"] == 19 and data["arrows"] == 5
    assert data["toolbar"] == ["Open", "Export", "Present", "Add to Presentation"]
    assert {"Cl&aims", "&Source", "Co&mparison", "Pro&blems", "Presentati&on List", "&Theme"} <= set(data["view"])


def test_a_deferred_window_becomes_the_same_window(qtbot, settings):
    from viewer.app import build_window
    model, win = build_window(DATA, settings, deferred=True)
    qtbot.addWidget(win)
    assert not win.finished and win.panes == [] and win.panels == {}
    win.show()
    qtbot.waitUntil(lambda: win.finished and model.dataset is not None, timeout=30000)
    assert [type(p).__name__ for p in win.panes] == ["MapPanel", "TimelinePanel", "ClaimsPanel", "SourcePane",
                                                     "ComparisonChart", "ProblemsPanel", "PresentationListPanel",
                                                     "HistoryPanel"]
    for name, dock in win.docks.items():
        assert dock.widget() is win.panels[name]
        assert win.findChild(QDockWidget, f"dock-{name}") is dock
    assert win.centralWidget() is win.map
    qtbot.waitUntil(lambda: model.state.claim_id is not None)
    assert win.table.model.rowCount() == 19 and win.map.accessibleName() == "Map"
    qtbot.waitUntil(lambda: win.docks["source"].width() < win.width() / 2)   # the docks sized as by default
