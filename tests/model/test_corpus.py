"""The corpus in tests/corpus/: real dataset folders, each broken one way or valid at an edge.

Each case folder holds an EXPECTED.txt (format: tests/corpus/README.md). A
broken case must give exactly its expected problems, in order, and still load
its other rows; a valid case must load with no problem at all.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from viewer.model import DatasetError, load_dataset
from viewer.model.checking.text import normalise

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEPARATOR = " ... "


@dataclass
class Expected:
    problems: list[str] = field(default_factory=list)
    claims: list[str] | None = None
    sources: list[str] | None = None
    raises: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)
    quote_start: dict[str, int] = field(default_factory=dict)
    xfail: str | None = None


def read_expected(folder: Path) -> Expected:
    expected = Expected()
    for line in (folder / "EXPECTED.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith("@"):
            expected.problems.append(line)
            continue
        word, _, rest = line[1:].partition(" ")
        if word == "claims":
            expected.claims = rest.split()
        elif word == "sources":
            expected.sources = rest.split()
        elif word == "raises":
            expected.raises = True
        elif word == "link":
            link, arrow, target = rest.partition(" -> ")
            assert arrow, f"{folder.name}: @link needs 'PATH -> TARGET': {line}"
            expected.links.append((link, target))
        elif word == "quote_start":
            claim_id, start = rest.split()
            expected.quote_start[claim_id] = int(start)
        elif word == "xfail":
            expected.xfail = rest
        else:
            raise AssertionError(f"{folder.name}/EXPECTED.txt: unknown directive {line!r}")
    return expected


def case_params(kind: str) -> list:
    params = []
    for folder in sorted(p for p in (CORPUS / kind).iterdir() if p.is_dir()):
        expected = read_expected(folder)
        marks = [pytest.mark.xfail(strict=True, reason=expected.xfail)] if expected.xfail else []
        params.append(pytest.param(folder, expected, id=folder.name, marks=marks))
    return params


BROKEN = case_params("broken")
VALID = case_params("valid")


def prepare(folder: Path, expected: Expected, tmp_path: Path) -> Path:
    """A copy of the case in tmp_path/case/, with the links its EXPECTED.txt asks for."""
    copy = tmp_path / "case"
    shutil.copytree(folder, copy, symlinks=True)
    for link, target in expected.links:
        path = copy / link
        resolved = path.parent / target
        if not resolved.exists():
            resolved.parent.mkdir(parents=True, exist_ok=True)
            resolved.write_text("A file outside the dataset folder.\n", encoding="utf-8")
        try:
            os.symlink(target, path)
        except (OSError, NotImplementedError) as err:  # e.g. Windows without the privilege
            pytest.skip(f"cannot make a symbolic link here: {err}")
    return copy


def matches(problem: str, expected: str) -> bool:
    """An expected line is a prefix of the problem; parts after ' ... ' follow in order."""
    first, *rest = expected.split(SEPARATOR)
    if not problem.startswith(first):
        return False
    at = len(first)
    for part in rest:
        at = problem.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def assert_problems(problems: list, expected: list[str]) -> None:
    found = [str(p) for p in problems]
    for problem in problems:  # FILE:LINE: COLUMN: message, each part there
        assert problem.file and problem.line >= 1 and problem.column and problem.message, repr(problem)
    for problem in found:  # the check command prints one problem per line, as UTF-8
        assert "\n" not in problem and "\r" not in problem, problem
        problem.encode("utf-8")
    listing = "\nfound:\n  " + "\n  ".join(found) + "\nexpected:\n  " + "\n  ".join(expected)
    assert len(found) == len(expected), f"{len(found)} problems, expected {len(expected)}" + listing
    for got, want in zip(found, expected):
        assert matches(got, want), f"{got!r} does not match {want!r}" + listing


def check_loaded(ds, expected: Expected) -> None:
    """The rows that passed are the expected ones, and each quote span holds its quote."""
    if expected.sources is not None:
        assert list(ds.sources["source_id"]) == expected.sources
    if expected.claims is not None:
        assert list(ds.claims["claim_id"]) == expected.claims
    for row in ds.claims.itertuples():
        text = ds.article_text(row.source_id)
        assert 0 <= row.quote_start < row.quote_end <= len(text), row.claim_id
        assert normalise(text[row.quote_start:row.quote_end]) == normalise(row.quote).strip(" "), row.claim_id
    starts = dict(zip(ds.claims["claim_id"], ds.claims["quote_start"]))
    for claim_id, start in expected.quote_start.items():
        assert starts[claim_id] == start, claim_id


def test_the_corpus_has_cases():
    assert len(BROKEN) >= 50 and len(VALID) >= 10


@pytest.mark.parametrize("folder, expected", BROKEN)
def test_broken_case(folder, expected, tmp_path):
    assert expected.problems, f"{folder.name}: a broken case expects at least one problem"
    for line in expected.problems:
        assert line.split(":")[1].isdigit(), f"{folder.name}: an expected problem starts FILE:LINE: {line!r}"
    copy = prepare(folder, expected, tmp_path)
    if expected.raises:
        with pytest.raises(DatasetError) as info:
            load_dataset(copy)
        assert str(info.value) == str(info.value.problem)
        assert_problems([info.value.problem], expected.problems)
        return
    ds = load_dataset(copy)
    assert_problems(ds.problems, expected.problems)
    check_loaded(ds, expected)


def _header(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    return next(csv.reader(io.StringIO(text, newline="")), [])


@pytest.mark.parametrize("folder, expected", VALID)
def test_valid_case(folder, expected, tmp_path):
    assert not expected.problems and not expected.raises, f"{folder.name}: a valid case expects no problem"
    copy = prepare(folder, expected, tmp_path)
    ds = load_dataset(copy)
    assert [str(p) for p in ds.problems] == []
    check_loaded(ds, expected)
    # Every column of each table is kept, the unknown ones included.
    for name, frame in (("sources", ds.sources), ("claims", ds.claims)):
        header = _header(copy / ds.descriptor.paths[name])
        assert set(header) <= set(frame.columns), name


# --- the command line on a few cases ----------------------------------------------

def run_check(folder: Path) -> subprocess.CompletedProcess:
    """``claims-atlas check folder`` run in this process: its ``main``, output and exit status captured (a new
    Python for each costs 2 s; tests/gui/test_export_safety.py runs ``check`` as a program)."""
    import contextlib
    import io
    from viewer.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["check", str(folder)])
        except SystemExit as stop:
            code = stop.code
    return subprocess.CompletedProcess(["claims-atlas", "check"], code, out.getvalue(), err.getvalue())


@pytest.mark.parametrize("kind, name, status", [("valid", "base", 0), ("valid", "crlf", 0),
                                                ("broken", "datapackage-missing-origin", 1),
                                                ("broken", "article-not-utf8", 1),
                                                ("broken", "claims-nul-byte", 1)])
def test_check_command_prints_the_problems(kind, name, status, tmp_path):
    folder = CORPUS / kind / name
    copy = prepare(folder, read_expected(folder), tmp_path)
    result = run_check(copy)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == status, result.stderr
    dataset = load_dataset(copy, notes=True)
    assert result.stdout.splitlines() == [str(p) for p in dataset.problems] + [f"note: {n}" for n in dataset.notes]
    assert "loaded;" in result.stderr


@pytest.mark.parametrize("name", ["missing-datapackage", "datapackage-invalid-json"])
def test_check_command_on_an_unreadable_dataset(name, tmp_path):
    folder = CORPUS / "broken" / name
    expected = read_expected(folder)
    result = run_check(prepare(folder, expected, tmp_path))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 2
    assert result.stdout == ""
    assert matches(result.stderr.splitlines()[0], expected.problems[0])
    assert "cannot be read as a dataset" in result.stderr


# --- the corpus is what make_corpus.py writes --------------------------------------

def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for kind in ("broken", "valid") for p in sorted((root / kind).rglob("*")) if p.is_file()}


def test_corpus_matches_its_generator(tmp_path):
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        module.build(tmp_path)
    finally:
        del sys.modules[spec.name]
    committed, generated = _tree(CORPUS), _tree(tmp_path)
    assert sorted(committed) == sorted(generated), "run: uv run python tests/corpus/make_corpus.py"
    stale = [rel for rel in committed if committed[rel] != generated[rel]]
    assert stale == [], "run: uv run python tests/corpus/make_corpus.py"
