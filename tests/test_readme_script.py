"""The README's "Making a dataset from a script" example runs as written, in an empty folder (it needs no
bundled data: it writes its own article file)."""

from __future__ import annotations

import re

from tests.conftest import DATA
from viewer.model import load_dataset

README = DATA.parent / "README.md"


def test_the_readmes_script_example_runs_and_makes_a_clean_dataset(tmp_path, monkeypatch):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Making a dataset from a script"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.setenv("CLAIMS_ATLAS_DATA_DIR", str(tmp_path / "app-data"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)   # an empty folder, as the README says
    space: dict = {}
    exec(compile(code, "README.md", "exec"), space)   # noqa: S102 - our own README
    doc = space["doc"]
    assert doc.problems == [] and not doc.dirty   # the last line deletes and undoes: as saved
    folder = work / "my-dataset"
    assert (folder / "articles" / f"{space['sid']}.txt").is_file()
    saved = load_dataset(folder)
    assert saved.problems == []
    assert saved.claims["claim_id"].tolist() == [space["cid"]]
    assert saved.claims["value_text"].tolist() == ["up to 700,000"]
    assert saved.sources["source_id"].tolist() == [space["sid"]] == ["hindustan-times-2022-10-06"]
    assert space["cid"] == "hindustan-times-2022-10-06-01"   # as the example's comment says
    assert "700,000 Russians have fled the country" in (folder / "articles" / f"{space['sid']}.txt").read_text("utf-8")
    doc.close()


def test_the_readmes_command_line_walk_runs_as_written(tmp_path, monkeypatch, capsys):
    """Each command of "From nothing, on the command line" but the window's, in a folder holding the bundled
    article where the README says it is; each exits 0 and the dataset made checks clean."""
    import shlex
    import shutil
    from viewer.cli import main
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### From nothing, on the command line"):]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    commands = []
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        for command in filter(None, (part.strip() for part in line.split("&&"))):
            words = shlex.split(command)
            assert words[:3] == ["uv", "run", "claims-atlas"], command
            commands.append(words[3:])
    window = [words for words in commands if words == ["my-set"]]
    assert len(window) == 1 and len(commands) == 7   # the walk as written: six commands and the window
    monkeypatch.setenv("CLAIMS_ATLAS_DATA_DIR", str(tmp_path / "app-data"))
    (tmp_path / "data" / "articles").mkdir(parents=True)
    shutil.copy(DATA / "articles" / "ht-2022-10-06.txt", tmp_path / "data" / "articles")
    monkeypatch.chdir(tmp_path)
    for words in commands:
        if words != ["my-set"]:
            assert main(words) == 0, words
    out = capsys.readouterr()
    assert "hindustan-times-2022-10-06" in out.out
    assert (tmp_path / "my-set.html").is_file() and (tmp_path / "my-set.png").is_file()
    assert load_dataset(tmp_path / "my-set").problems == []
