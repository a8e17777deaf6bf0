"""claims-atlas import: the raw seed copies into a new dataset, again, into an existing one, and bad files."""

import shutil
from pathlib import Path

import pytest

from viewer.cli import main
from viewer.model import load_dataset
from viewer.model.checking.text import normalise

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path("/work/shared/seeds")
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="the raw seed files are not on this machine")
SEED_FILES = [SEEDS / "hindustan-times-2022-10-06.txt", SEEDS / "breitbart-2022-10-06.txt"]


def test_the_seed_copies_make_a_dataset_that_holds_every_bundled_quote(tmp_path, capsys):
    folder = tmp_path / "new"
    assert main(["import", str(folder), *map(str, SEED_FILES), "--origin", "RUS"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("added as" in line for line in lines)
    assert main(["check", str(folder)]) == 0
    ds = load_dataset(folder)
    assert list(ds.sources["title"]) == ["Russia rejects 700,000 fled country after Putin's military call-up",
                                         "Kremlin Denies Reports of 700,000 Russians Fleeing to Avoid Conscription"]
    assert all(p.startswith("2022-10-06") for p in ds.sources["published"])
    texts = " ".join(normalise(ds.article_text(sid)) for sid in ds.sources["source_id"])
    bundled = load_dataset(ROOT / "data")
    for quote in bundled.claims["quote"]:
        assert normalise(quote).strip() in texts


def test_importing_the_same_text_again_adds_nothing(tmp_path, capsys):
    folder = tmp_path / "ds"
    main(["import", str(folder), str(SEED_FILES[0]), "--origin", "RUS"])
    before = (folder / "sources.csv").read_bytes()
    capsys.readouterr()
    assert main(["import", str(folder), str(SEED_FILES[0])]) == 0
    assert "already in the dataset as hindustan-times-2022-10-06; nothing added" in capsys.readouterr().out
    assert (folder / "sources.csv").read_bytes() == before
    assert sorted(p.name for p in (folder / "articles").iterdir()) == ["hindustan-times-2022-10-06.txt"]


def test_the_bundled_text_is_recognised_and_a_new_one_appended_leaving_the_table_bytes(tmp_path, capsys):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    table = folder / "sources.csv"
    original = table.read_bytes().replace(b"\n", b"\r\n")
    original = b"\xef\xbb\xbf" + original.replace(b"text_path\r\n", b"text_path,remarks\r\n", 1).replace(
        b"en,\r\n", b"en,,\"kept, as is\"\r\n")
    table.write_bytes(original)
    other = tmp_path / "kyiv-independent-2022-10-07.txt"
    other.write_text("Thousands more Russians cross into Georgia\n\nGeorgian officials said on Friday that "
                     "about 10,000 Russians a day were still crossing the border at Upper Lars.\n", encoding="utf-8")
    assert main(["import", str(folder), str(SEED_FILES[1]), str(other)]) == 0
    out = capsys.readouterr().out
    assert "already in the dataset as breitbart-2022-10-06" in out
    assert "added as kyiv-independent-2022-10-07" in out
    data = table.read_bytes()
    assert data.startswith(original)
    assert data[len(original):] == (b"kyiv-independent-2022-10-07,Kyiv Independent,Thousands more Russians cross "
                                    b"into Georgia,2022-10-07,,,en,,\r\n")
    assert main(["check", str(folder)]) == 0


def test_a_new_dataset_needs_an_origin_and_a_bad_file_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "new"
    assert main(["import", str(folder), str(SEED_FILES[0])]) == 2
    assert "--origin" in capsys.readouterr().err and not folder.exists()
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    main(["import", str(folder), "--origin", "RUS", str(bad)])
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"{bad}: the file is a PNG image, not an article; give a saved page (.html), a PDF or a "
                   "text file", f"claims-atlas import: no file could be imported; {folder} was not created"]
    assert not folder.exists()   # nothing went in: no empty dataset is left behind


def test_a_file_without_a_date_asks_for_one(tmp_path, capsys):
    folder = tmp_path / "new"
    note = tmp_path / "note.txt"
    note.write_text("Border crossings rise\n\nAbout 5,000 people crossed into Mongolia, officials said.\n")
    assert main(["import", str(folder), str(note), "--origin", "RUS", "--outlet", "Example"]) == 1
    assert "no publication date found in the file; give it with --published YYYY-MM-DD" in capsys.readouterr().err
    assert not folder.exists()
    assert main(["import", str(folder), str(note), "--origin", "RUS", "--outlet", "Example",
                 "--published", "2022-10-03"]) == 0
    assert "added as example-2022-10-03" in capsys.readouterr().out


def test_everything_a_file_does_not_say_is_asked_for_at_once(tmp_path, capsys):
    """A plain text file says neither outlet nor date: one retry, not one per option."""
    folder = tmp_path / "new"
    note = tmp_path / "note.txt"
    note.write_text("Border crossings rise\n\nAbout 5,000 people crossed into Mongolia, officials said.\n")
    assert main(["import", str(folder), str(note), "--origin", "RUS"]) == 1
    assert (f"{note}: no outlet or publication date found in the file; give them with --outlet NAME "
            "--published YYYY-MM-DD") in capsys.readouterr().err
    blank = tmp_path / "blank.txt"
    blank.write_text("\n\nAbout 5,000 people crossed into Mongolia on Monday and Tuesday, officials said.\n")
    from viewer.model.articles.importing import _missing
    from viewer.model.articles.reader import read_article
    article = read_article(blank)
    article.title = ""
    assert str(_missing(article)) == ("no outlet, title or publication date found in the file; give them with "
                                      "--outlet NAME --title TEXT --published YYYY-MM-DD")
    article.outlet, article.published = "Example", "2022-10-03"
    assert str(_missing(article)) == "no title found in the file; give it with --title TEXT"


def test_a_dataset_with_unsaved_edits_from_the_window_is_left_alone(tmp_path, capsys):
    from viewer.model.document import Document
    folder = tmp_path / "ds"
    main(["import", str(folder), str(SEED_FILES[0]), "--origin", "RUS"])
    doc = Document.open(folder)
    doc.update_source("hindustan-times-2022-10-06", byline="Reuters staff")   # journalled, never saved
    doc.close()
    before = (folder / "sources.csv").read_bytes()
    capsys.readouterr()
    assert main(["import", str(folder), str(SEED_FILES[1])]) == 2
    assert "never saved" in capsys.readouterr().err
    assert (folder / "sources.csv").read_bytes() == before
    assert not (folder / "articles" / "breitbart-2022-10-06.txt").exists()


def test_a_stray_text_file_at_the_new_ids_place_is_left_alone_and_the_next_id_taken(tmp_path, capsys):
    """The id is made by the Document (as import_article makes it): a file already in articles/ under
    that name is neither overwritten nor a reason to refuse."""
    folder = tmp_path / "new"
    note = tmp_path / "note.txt"
    note.write_text("Border crossings rise\n\nAbout 5,000 people crossed into Mongolia, officials said.\n")
    assert main(["import", str(folder), str(note), "--origin", "RUS", "--outlet", "Example",
                 "--published", "2022-10-03"]) == 0
    other = tmp_path / "other.txt"
    other.write_text("Queues ease\n\nAbout 2,000 people crossed into Georgia on Sunday, officials said.\n")
    stray = folder / "articles" / "example-2022-10-03-2.txt"
    stray.write_text("a file of the analyst's own\n")
    capsys.readouterr()
    assert main(["import", str(folder), str(other), "--outlet", "Example", "--published", "2022-10-03"]) == 0
    assert "added as example-2022-10-03-3" in capsys.readouterr().out
    assert stray.read_text() == "a file of the analyst's own\n"
    saved = load_dataset(folder)
    assert saved.sources["source_id"].tolist() == ["example-2022-10-03", "example-2022-10-03-3"]
    assert "2,000 people crossed into Georgia" in (folder / "articles" / "example-2022-10-03-3.txt").read_text()
