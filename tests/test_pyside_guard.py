"""The PySide6 6.12.0 + Python <= 3.11 trap (see DEVELOPERS.md) cannot reach users."""

import subprocess
import sys
from pathlib import Path

import PySide6

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_installed_combination_is_not_the_broken_one():
    assert not (PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)), (
        "PySide6 6.12.0 aborts Python <= 3.11 with none_dealloc; pyproject must exclude it")


def test_dependency_constraint_excludes_it():
    text = PYPROJECT.read_text()
    assert "\"PySide6-Essentials>=6.8,!=6.12.0; python_version < '3.12'\"" in text


def test_many_calls_returning_none_do_not_abort_the_interpreter():
    # A QPainterPath of 300,000 points makes 300,000 Qt calls that return None:
    # with the broken combination the interpreter dies with none_dealloc.
    code = ("from PySide6.QtGui import QPainterPath\n"
            "p = QPainterPath()\n"
            "p.moveTo(-1, -1)\n"
            "for i in range(300_000):\n"
            "    p.lineTo(i, i % 7)\n"
            "print(p.elementCount())\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "300001"
