"""viewer.model is pure Python + pandas: importing it loads no Qt."""

import re
import subprocess
import sys
from pathlib import Path

MODEL = Path(__file__).resolve().parents[2] / "viewer" / "model"


def test_importing_the_model_loads_no_qt():
    code = ("import sys, viewer.model, viewer.model.mapping.geography, viewer.model.checking.text, viewer.cli; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_in_the_model_imports_qt():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|pyqtgraph|shiboken6|PyQt)", re.M)
    offenders = [p.name for p in MODEL.glob("*.py") if pattern.search(p.read_text())]
    assert offenders == []
