"""A wheel carries what the app needs beside its code, and the app finds it there once installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

SHIPPED = ["resources/borders/countries-50m.json.gz", "resources/borders/LICENSE.md", "docs/dataset-format.md",
           "resources/i18n/claims_atlas_en.ts", "resources/i18n/claims_atlas_ru.ts"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(out), str(REPO)], check=True,
                   capture_output=True, timeout=300)
    return next(out.glob("*.whl"))


def test_the_wheel_holds_the_data_the_borders_and_the_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [p.relative_to(REPO).as_posix() for p in (REPO / "data").rglob("*") if p.is_file()]
    assert data and "data/claims.csv" in data
    for relative in SHIPPED + data:
        assert f"viewer/_shipped/{relative}" in names, relative


def test_installed_from_the_wheel_the_app_finds_them_inside_the_package(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    code = ("import viewer.cli, viewer.model.mapping.geography as g, viewer.qt.i18n as i; "
            "print(viewer.cli.bundled_dataset()); print(g.RESOURCE_PATH); print(i.SOURCES); "
            "print(len(g.known_codes()))")
    lines = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                           check=True, timeout=120).stdout.split()
    inside = site / "viewer" / "_shipped"
    assert [Path(p) for p in lines[:3]] == [inside / "data", inside / SHIPPED[0], inside / "resources/i18n"]
    assert int(lines[3]) > 100
    flows = subprocess.run([sys.executable, "-m", "viewer", "flows", lines[0]], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
    assert flows.returncode == 0 and "Kazakhstan" in flows.stdout
