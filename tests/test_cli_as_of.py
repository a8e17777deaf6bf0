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
