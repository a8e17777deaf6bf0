"""The layers cannot drift: import-linter checks the contracts in pyproject.toml ([tool.importlinter])."""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {c["id"]: c for c in config["contracts"]}


def test_the_import_contracts_hold(tmp_path):
    lint = Path(sys.executable).parent / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts())} kept, 0 broken." in result.stdout


def test_the_contracts_say_what_they_must():
    """The model is kept from Qt and from both Qt layers; the Qt adapters from the panels."""
    found = contracts()
    assert {"PySide6", "pyqtgraph", "viewer.qt", "viewer.widgets"} <= set(found["model-pure"]["forbidden_modules"])
    assert found["model-pure"]["source_modules"] == ["viewer.model"]
    assert found["qt-below-widgets"]["source_modules"] == ["viewer.qt"]
    assert "viewer.widgets" in found["qt-below-widgets"]["forbidden_modules"]
    assert found["panels-independent"]["type"] == "independence"
