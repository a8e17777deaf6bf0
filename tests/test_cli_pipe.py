"""A reader that goes away after one line (``claims-atlas flows data | head -1``) changes no exit status.

Whether a command's last write to stdout came before or after such a reader was gone was a race (exit 0 or
1 from run to run, nothing said), so each command is run many times: one helper process imports the
command line once, then forks a child per run, its stdout a pipe the helper reads up to the first line and
closes, as ``head -1`` does; the child runs the command and flushes stdout as Python's exit would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import DATA, REPO

ARTICLE = DATA / "articles" / "ht-2022-10-06.txt"
COMMANDS = {
    "flows": ["flows", str(DATA)],
    "flows --json": ["flows", str(DATA), "--json"],
    "figures": ["figures", str(ARTICLE)],
    "text": ["text", str(ARTICLE)],
    "draft": ["draft", str(DATA), "ht-2022-10-06"],
}
RUNS = 10
BIG_RUNS = 2
"""Runs of a command whose output is longer than a pipe holds: its reader is gone before its last write, always."""

HELPER = r"""
import json, os, sys
from viewer.cli import main
commands, runs = json.loads(sys.argv[1]), int(sys.argv[2])
devnull = os.open(os.devnull, os.O_WRONLY)
saved = os.dup(1)
for args in commands.values():   # once each, read whole: every module imported before the forks
    os.dup2(devnull, 1)
    main(list(args))
    sys.stdout.flush()
os.dup2(saved, 1)
statuses = {}
for name, args in commands.items():
    for _ in range(runs):
        read, write = os.pipe()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            os.dup2(write, 1)
            os.close(write)
            try:
                status = main(list(args))
                sys.stdout.flush()   # as Python's exit does (a broken pipe there: its status 120)
            except BrokenPipeError:
                status = 120
            os._exit(status)   # (the rest of Python's exit takes a tenth of a second, run after run)
        os.close(write)
        seen = b""
        while b"\n" not in seen:
            chunk = os.read(read, 65536)
            if not chunk:
                break
            seen += chunk
        os.close(read)   # as head -1 exits
        statuses.setdefault(name, []).append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(json.dumps(statuses))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a child per run")
@pytest.mark.parametrize("big", [False, True], ids=["short output", "long output"])
def test_a_reader_gone_after_one_line_keeps_every_commands_exit_status(big):
    commands, runs = COMMANDS, RUNS
    if big:   # the article 80 times over (130 KB): more than a pipe holds
        commands, runs = {"text": ["text", *[str(ARTICLE)] * 80]}, BIG_RUNS
    result = subprocess.run([sys.executable, "-c", HELPER, json.dumps(commands), str(runs)], capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    statuses = json.loads(result.stdout)
    assert statuses == {name: [0] * runs for name in commands}, statuses
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
