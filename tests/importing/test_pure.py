"""The article, finder, draft and editing packages are pure: importing them loads no Qt, no network client."""

import re
import subprocess
import sys
from pathlib import Path

MODEL = Path(__file__).resolve().parents[2] / "viewer" / "model"
PACKAGES = ("articles", "finder", "drafts", "edit")


def test_no_module_of_the_new_packages_imports_qt():
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|pyqtgraph|shiboken6|PyQt)", re.M)
    files = [p for name in PACKAGES for p in (MODEL / name).glob("*.py")]
    assert len(files) > 10
    assert [p.name for p in files if pattern.search(p.read_text(encoding="utf-8"))] == []


def test_reading_an_article_and_drafting_load_no_qt():
    code = ("import sys, pathlib; from viewer.model.articles import read_article_bytes; "
            "from viewer.model.drafts import draft_claims; "
            "a = read_article_bytes(b'<html><body><article><p>' + b'About 5,000 people crossed into Georgia. ' * 20 "
            "+ b'</p></article></body></html>', 'x.html'); draft_claims(a.text); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
