"""Every problem the broken cases of tests/corpus/ give: material for tests of how problems are worded."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.conftest import REPO


def corpus_problems(tmp_path: Path) -> list:
    """The problems of every broken corpus case (and of each folder that cannot be opened at all)."""
    from tests.model.test_corpus import BROKEN, prepare
    from viewer.model import DatasetError, load_dataset
    problems = []
    for number, param in enumerate(BROKEN):
        folder, expected = param.values
        where = tmp_path / str(number)
        where.mkdir()
        try:
            problems += load_dataset(prepare(folder, expected, where)).problems
        except DatasetError as err:
            problems.append(err.problem)
    return problems


def update_script():
    """resources/i18n/update.py as a module (it collects the problem templates)."""
    spec = importlib.util.spec_from_file_location("i18n_update", REPO / "resources" / "i18n" / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
