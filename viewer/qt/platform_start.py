"""Starting Qt's platform plugin, and saying what to do when it cannot start.

Qt ends the process (abort) when no platform plugin can start, after a few
lines that name the plugin and, at best, a library it needs ("This application
failed to start because no Qt platform plugin could be initialized.
Reinstalling the application may fix this problem."). On Linux this is nearly
always X11 libraries missing from a minimal system, or no display to connect
to. Its messages are watched while the application object is made: on that
failure the user reads what to do instead (the README's install line), and the
process exits with status 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

X11_INSTALL = "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1"
"""The README's line (Quick start) that installs what Qt's X11 plugin needs on Debian and Ubuntu."""


def explain(messages: list[str]) -> str | None:
    """What to tell a user from Qt's messages when its platform plugin could not start; None if
    that is not what they say."""
    text = "\n".join(messages)
    if "no Qt platform plugin could be initialized" not in text:
        return None
    if "could not connect to display" in text:
        return ("claims-atlas: no display to open the window on (Qt could not connect to the display "
                f"{os.environ.get('DISPLAY', '')!r}).\nRun it in a desktop session, or render offscreen with "
                "'claims-atlas export DATASET --window shot.png'.")
    if 'platform plugin "xcb"' in text:
        return ("claims-atlas: the window cannot open: Qt's X11 plugin needs libraries this system does not have.\n"
                f"On Debian or Ubuntu install them with:\n  {X11_INSTALL}\n"
                "(Without a display, 'claims-atlas export DATASET --window shot.png' still renders the window.)")
    return "claims-atlas: the window cannot open: Qt could not start its platform plugin.\n" + text


def started(make: Callable[[], object], exit_: Callable[[int], None] = os._exit):
    """``make()`` (which makes the QApplication), with Qt's messages watched while it runs: if Qt
    cannot start its platform plugin, say what to do and exit with status 2 instead of aborting.
    Messages of a start that succeeds are printed as Qt would have printed them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    seen: list[str] = []

    def handler(mode, _context, message):
        seen.append(message)
        if mode == QtMsgType.QtFatalMsg:
            sys.stderr.write((explain(seen) or "\n".join(seen)) + "\n")
            sys.stderr.flush()
            exit_(2)   # from inside Qt's fatal path: before it aborts

    previous = qInstallMessageHandler(handler)
    try:
        app = make()
    finally:
        qInstallMessageHandler(previous)
    for message in seen:
        print(message, file=sys.stderr)
    return app


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it ignores ("This plugin does not support
    propagateSizeHints()"); that is noise to whoever runs an export or the window offscreen."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
