"""Without Qt's X11 libraries (or a display), the window says what to do instead of Qt's cryptic abort."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from tests.conftest import REPO
from viewer.qt.platform_start import X11_INSTALL, explain, started

# Qt's own lines (PySide6 6.x) on a system without libxcb-cursor0, and on one with no X server to connect to.
MISSING_LIBRARIES = [
    "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.",
    'Could not load the Qt platform plugin "xcb" in "" even though it was found.',
    "This application failed to start because no Qt platform plugin could be initialized. Reinstalling the "
    "application may fix this problem.\n\nAvailable platform plugins are: minimal, offscreen, xcb, wayland.\n",
]
NO_DISPLAY = ["could not connect to display :987", *MISSING_LIBRARIES[1:]]


def test_the_install_line_is_the_readmes():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`{X11_INSTALL}`" in readme


def test_missing_libraries_get_the_install_line_and_no_display_says_so():
    told = explain(MISSING_LIBRARIES)
    assert X11_INSTALL in told and "Reinstalling" not in told
    told = explain(NO_DISPLAY)
    assert "no display" in told and X11_INSTALL not in told and "Reinstalling" not in told
    assert explain(["QFont::setPointSize: Point size <= 0 (0), must be greater than 0"]) is None


FAKED = f"""
from PySide6.QtCore import qFatal, qWarning
from viewer.qt.platform_start import started
def make():
    qWarning({MISSING_LIBRARIES[0]!r})
    qWarning({MISSING_LIBRARIES[1]!r})
    qFatal({MISSING_LIBRARIES[2]!r})
started(make)
print("not reached")
"""


def test_a_faked_fatal_start_exits_2_with_the_install_line():
    """Qt's fatal message, faked in a subprocess, ends it with status 2 and the README's line, not an abort."""
    result = subprocess.run([sys.executable, "-c", FAKED], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert X11_INSTALL in result.stderr and "Reinstalling" not in result.stderr
    assert "not reached" not in result.stdout


def test_a_start_that_goes_on_prints_qts_messages(capsys):
    from PySide6.QtCore import qWarning
    assert started(lambda: qWarning("only a warning") or 7) == 7
    assert "only a warning" in capsys.readouterr().err


def _plugin_lacks_libraries() -> bool | None:
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return None
    return "not found" in subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout


def test_the_window_on_x11_without_a_display_or_its_libraries(tmp_path):
    """The app itself, asked for X11 with no X server: on a system without the libraries (as this
    test's machine may be) the install line, else the missing display; never Qt's abort."""
    if not sys.platform.startswith("linux"):
        return
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "CLAIMS_ATLAS_LANG")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":987", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "viewer"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Reinstalling" not in result.stderr and "Traceback" not in result.stderr
    if _plugin_lacks_libraries():
        assert X11_INSTALL in result.stderr
    else:
        assert X11_INSTALL in result.stderr or "no display to open the window on" in result.stderr
    assert re.match(r"claims-atlas: ", result.stderr)


def test_no_display_says_how_to_run_offscreen_and_how_to_export():
    """Linux with no display and no Qt platform chosen: the window is not tried; the user reads what to do."""
    if not sys.platform.startswith("linux"):
        import pytest
        pytest.skip("the check is for Linux")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "viewer", str(REPO / "data")], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 2
    assert "no display" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "claims-atlas export DATASET --window" in result.stderr and "Traceback" not in result.stderr


def test_the_window_run_offscreen_does_not_print_the_platforms_hint_warnings():
    """A new user running the window offscreen saw "This plugin does not support propagateSizeHints()" printed
    again and again: run() quiets that one message, as export does, and lets every other through."""
    script = ("import sys\n"
              "from PySide6.QtCore import qWarning\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from viewer.qt.platform_start import quiet_offscreen_warnings\n"
              "app = QApplication([])\n"
              "quiet_offscreen_warnings()\n"
              "qWarning('This plugin does not support propagateSizeHints()')\n"
              "qWarning('something else')\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr and "something else" in result.stderr
    source = Path(__file__).parents[1].joinpath("viewer", "app.py").read_text(encoding="utf-8")
    assert "quiet_offscreen_warnings()" in source.split("def run(", 1)[1]   # the window's run uses it
