"""The command line as of a day: flows --as-of, export --as-of and --as-of-each-day, and their errors."""

from __future__ import annotations

import csv
import json

import pytest

from tests.test_cli import run
from tests.timeline_data import write_story


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return write_story(tmp_path_factory.mktemp("cli-story") / "ds")


def test_flows_as_of_a_day_print_only_what_was_published_by_then(story):
    result = run("flows", story, "--as-of", "2022-10-04", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["destination"], r["metric"], r["claims"], r["low"], r["high"], r["denied_by"]) for r in records] == [
        ("", "left", ["left-1"], None, 700000, []),      # "up to 700,000" alone: no low end
        ("FIN", "entered", ["fin-1"], 8572, 8572, []),
        ("GEO", "entered", ["geo-1"], 10000, 10000, []),
    ]
    later = json.loads(run("flows", story, "--as-of", "2022-10-06", "--json").stdout)
    abroad = next(r for r in later if r["metric"] == "left")
    assert (abroad["claims"], abroad["low"], abroad["high"], abroad["denied_by"]) == (
        ["left-1", "left-2"], 600000, 700000, ["left-3"])
    before = run("flows", story, "--as-of", "2022-09-01", "--json")
    assert json.loads(before.stdout) == [] and before.returncode == 0
    assert "no claim" in before.stderr and "was published by 2022-09-01" in before.stderr   # said, not silent


def test_flows_table_as_of_a_day(story):
    result = run("flows", story, "--as-of", "2022-09-27")
    assert result.returncode == 0
    assert "Georgia" in result.stdout and "Abroad" not in result.stdout


@pytest.mark.parametrize("command", [["flows"], ["export", "--map", "x.png"]])
@pytest.mark.parametrize("text", ["2022-10-32", "4 Oct 2022", "2022-10-4", "yesterday"])
def test_a_date_that_is_not_a_date_is_a_one_line_error(story, tmp_path, command, text):
    result = run(command[0], story, *command[1:], "--as-of", text, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--as-of" in lines[0] and text in lines[0], result.stderr
    assert "Traceback" not in result.stderr and list(tmp_path.iterdir()) == []


def test_export_as_of_covers_the_claims_published_by_then(story, tmp_path):
    csv_file, report, folder = tmp_path / "c.csv", tmp_path / "r.html", tmp_path / "days"
    result = run("export", story, "--as-of", "2022-09-27", "--claims", csv_file, "--report", report,
                 "--map", tmp_path / "m.png", "--as-of-each-day", folder)
    assert result.returncode == 0, result.stderr
    with open(csv_file, encoding="utf-8", newline="") as handle:
        assert [row["claim_id"] for row in csv.DictReader(handle)] == ["fin-1", "geo-1"]
    html = report.read_text(encoding="utf-8")
    assert "as of 27 Sep 2022" in html and "700,000" not in html
    # One map a day, from the first day a claim was published to --as-of.
    assert sorted(p.name for p in folder.iterdir()) == ["map-2022-09-25.png", "map-2022-09-26.png",
                                                        "map-2022-09-27.png"]


def test_export_as_of_a_day_before_any_claim_writes_nothing(story, tmp_path):
    result = run("export", story, "--as-of", "2022-09-01", "--claims", tmp_path / "c.csv")
    assert result.returncode == 2
    assert "--as-of 2022-09-01: no claim was published by that day; nothing was written" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def split(tmp_path_factory):
    """The bundled dataset with its two sources a day apart: Hindustan Times on 4 October (ht-*),
    Breitbart on 5 October (bb-*)."""
    import shutil

    from tests.conftest import DATA
    folder = tmp_path_factory.mktemp("cli-split") / "ds"
    shutil.copytree(DATA, folder)
    sources = folder / "sources.csv"
    text = sources.read_text(encoding="utf-8")
    assert text.count("2022-10-06T18:42:00+05:30") == 1 and text.count(",2022-10-06,") == 1
    sources.write_text(text.replace("2022-10-06T18:42:00+05:30", "2022-10-04").replace(",2022-10-06,", ",2022-10-05,"),
                       encoding="utf-8")
    return folder


def _report_text(path) -> str:
    import html
    import re
    text = re.sub(r"<style.*?</style>|<img[^>]*>", "", path.read_text(encoding="utf-8"), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_report_as_of_holds_nothing_published_later(split, tmp_path, lang):
    """Denials, sources, the count of sources and a flow's pooled figures: all as known on the day."""
    report, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    files = ["--report", report] + (["--report", pdf] if lang == "en" else [])
    result = run("export", split, "--as-of", "2022-10-04", "--lang", lang, *files)
    assert result.returncode == 0, result.stderr
    text = _report_text(report)
    assert "ht-01" in text and "ht-05" in text
    # No later denial, source or citation (ht-02's note names Breitbart and bb-03: only that).
    assert "Breitbart," not in text and "Breitbart ," not in text and "Kremlin Denies" not in text
    assert not any(f"bb-0{n}" in text for n in (1, 2, 4, 5, 6, 7)), text
    assert "53,000" not in text and "53 000" not in text and "200,000" not in text and "200 000" not in text
    if lang == "en":
        assert "6 claims on 4 flows, from 1 source." in text
        from pypdf import PdfReader
        pdf_text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "Kremlin Denies" not in pdf_text and "53,000" not in pdf_text and "ht-01" in pdf_text


def test_select_of_a_claim_published_after_as_of_is_an_error(split, tmp_path):
    """Never a picture of another claim than the one asked for: one line, exit 2, nothing written."""
    result = run("export", split, "--as-of", "2022-10-04", "--select", "bb-01", "--map", tmp_path / "m.png",
                 "--report", tmp_path / "r.html")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "claims-atlas export: --select bb-01: that claim was published on 2022-10-05, after --as-of 2022-10-04; "
        "nothing was written"]
    assert list(tmp_path.iterdir()) == []
    assert run("export", split, "--as-of", "2022-10-05", "--select", "bb-01", "--claims",
               tmp_path / "c.csv").returncode == 0


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_destination_whose_claims_all_came_after_as_of_is_said_so(split, tmp_path, lang):
    """A claim goes there (bb-12, 5 October), none by 4 October: the day is to blame, not the destination (said
    in English whatever --lang, as every error of the command line is)."""
    said = ("--destination 'EST;FIN' --as-of 2022-10-04: no claim about Estonia + Finland was published by "
            "2022-10-04 (1 claim came later); nothing was written")
    result = run("export", split, "--as-of", "2022-10-04", "--destination", "EST;FIN", "--lang", lang,
                 "--chart", tmp_path / "c.png")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"claims-atlas export: {said}"]
    assert list(tmp_path.iterdir()) == []
    searched = run("export", split, "--as-of", "2022-10-04", "--destination", "EST;FIN", "--search", "Finland",
                   "--claims", tmp_path / "c.csv")
    assert searched.returncode == 2 and "that matches the search was published by 2022-10-04" in searched.stderr
    nowhere = run("export", split, "--as-of", "2022-10-05", "--destination", "EST;FIN", "--search", "zzz",
                  "--claims", tmp_path / "c.csv")   # the search leaves none whatever the day: said as before
    assert "no claim about that destination matches the search" in nowhere.stderr


def _heading_ink_rows(path) -> int:
    """How many pixel rows above the dataset's title hold the heading's blue (the day "as of")."""
    import numpy as np
    from PySide6.QtGui import QColor, QImage

    from viewer.qt.picture import HEADING_INK, MARGIN, SCALE
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    ink = QColor(HEADING_INK).rgb() & 0xFFFFFF
    band = pixels[MARGIN * SCALE:MARGIN * SCALE + 32 * SCALE, :image.width() // 3] & 0xFFFFFF
    return int((band == ink).any(axis=1).sum())


def test_pictures_as_of_a_day_say_the_day_as_large_as_the_title(split, tmp_path, qapp):
    """Flipping through maps a day apart, the day is what stands out, not the dataset's own date."""
    from PySide6.QtGui import QImageReader

    from viewer.model import load_dataset
    title = load_dataset(split).title
    for lang, said in (("en", "As of 4 Oct 2022"), ("ru", "На 4 октября 2022")):
        folder = tmp_path / lang
        folder.mkdir()
        result = run("export", split, "--as-of", "2022-10-04", "--lang", lang, "--map", folder / "m.png",
                     "--chart", folder / "c.png", "--select", "ht-02", "--as-of-each-day", folder / "days",
                     "--size", "800x600")
        assert result.returncode == 0, result.stderr
        for path in (folder / "m.png", folder / "c.png", folder / "days" / "map-2022-10-04.png"):
            assert QImageReader(str(path)).text("Title") == f"{said} · {title}", path
            assert _heading_ink_rows(path) > 20, path   # a line of 22-pixel type, at twice the pixels
    now = run("export", split, "--map", tmp_path / "now.png", "--size", "800x600")
    assert now.returncode == 0, now.stderr
    assert QImageReader(str(tmp_path / "now.png")).text("Title") == title and _heading_ink_rows(tmp_path / "now.png") == 0


def test_a_map_a_day_over_centuries_is_refused_before_anything_is_made(story, tmp_path):
    """A source dated in year 1 (a typo, or a hostile file) would start millions of maps: one line, exit 2,
    no folder made."""
    import shutil
    folder = tmp_path / "ds"
    shutil.copytree(story, folder)
    text = (folder / "sources.csv").read_text(encoding="utf-8").replace("2022-09-25", "0001-09-25", 1)
    (folder / "sources.csv").write_text(text, encoding="utf-8")
    result = run("export", folder, "--as-of-each-day", tmp_path / "days")
    assert result.returncode == 2 and not (tmp_path / "days").exists()
    assert result.stderr.strip().splitlines() == [
        "claims-atlas export: --as-of-each-day: the claims were published from 0001-09-25 to 2022-10-06, "
        "738,167 days; at most 3,660 maps are written at once. Check the sources' published dates "
        "(claims-atlas check), or end earlier with --as-of"]
