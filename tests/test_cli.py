"""The headless CLI as a user runs it: the commands of the model alone through the CLI's own ``main`` in this
process, export, the window and every case where the environment or the language matters as a program."""

import contextlib
import io
import json
import os
import subprocess
import sys
import pytest

from tests.conftest import CLAIMS, DATA, REPO
from tests.model.test_bundled import EXPECTED_FLOWS


IN_PROCESS = {"check", "flows", "import", "text", "figures", "draft"}
"""Commands that read and write files and print, with no Qt and no language: run in this process (a new Python
for each cost ~2 s of the suite's time). ``python -m viewer`` itself is run as a program by the other tests."""


def run(*args, cwd=None):
    args = [str(a) for a in args]
    if args and args[0] in IN_PROCESS and "--lang" not in args:
        return _in_process(args, cwd)
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def _in_process(args: list[str], cwd=None) -> subprocess.CompletedProcess:
    from viewer.cli import main
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(args)
            except SystemExit as stop:   # argparse's usage errors and --help
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["claims-atlas", *args], code, out.getvalue(), err.getvalue())


def test_check_bundled_is_clean():
    result = run("check", DATA)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "19 claims loaded; 0 problems" in result.stderr


def test_check_lists_one_line_per_problem_and_exits_1(make_dataset):
    rows = [dict(row) for row in CLAIMS]
    rows[1]["value_high"] = "70 000"
    rows[3]["destination"] = "fin"
    result = run("check", make_dataset(claims=rows))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        'claims.csv:3: value_high: "70 000" has thousands separators; write digits only, e.g. 70000',
        'claims.csv:5: destination: "fin" is not an upper-case ISO 3166-1 alpha-3 code: write it FIN',
        # c3's quote occurs twice in its article: a note, after the problems
        "note: claims.csv:4: quote: the quote occurs 2 times in its article (articles/s1.txt); the first is taken, "
        "as the dataset format says: a quote_prefix or quote_suffix would pick another",
    ]
    assert "Traceback" not in result.stderr
    assert "; 2 problems; 1 note." in result.stderr


def test_check_notes_quotes_that_occur_more_than_once_and_still_exits_0(make_dataset):
    rows = [dict(row) for row in CLAIMS]
    rows.append(dict(rows[2], claim_id="c5", quote="200,000", quote_prefix="Officials said",
                     quote_suffix="Russians had entered Georgia"))
    result = run("check", make_dataset(claims=rows))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "note: claims.csv:4: quote: the quote occurs 2 times in its article (articles/s1.txt); the first is taken, "
        "as the dataset format says: a quote_prefix or quote_suffix would pick another",
        "note: claims.csv:6: quote: the quote occurs 2 times in its article (articles/s1.txt); its quote_prefix or "
        "quote_suffix picks occurrence 2",
    ]
    assert "5 claims loaded; 0 problems; 2 notes." in result.stderr


def test_check_unreadable_folder_exits_2(tmp_path):
    result = run("check", tmp_path / "missing")
    assert result.returncode == 2
    assert "no such folder" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "ds").mkdir()
    (tmp_path / "ds" / "datapackage.json").write_text("{ nope")
    result = run("check", tmp_path / "ds")
    assert result.returncode == 2
    assert result.stderr.startswith("datapackage.json:1: file: is not valid JSON")


def test_flows_json_bundled():
    result = run("flows", DATA, "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [list(r) for r in records][0] == ["origin", "destination", "metric", "unit", "claims", "low", "high", "denied_by"]
    assert [(r["origin"], r["destination"], r["metric"], r["claims"], r["low"], r["high"], r["denied_by"])
            for r in records] == EXPECTED_FLOWS
    assert '"low": null' in result.stdout


def test_flows_table_is_readable():
    result = run("flows", DATA)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Origin", "Destination", "Metric", "Unit", "Range", "Claims", "Denied", "by"]
    assert any("Abroad" in l and "10,000–700,000" in l and "bb-01, ht-01" in l for l in lines)


def test_an_open_range_stays_open_in_json_and_table():
    """Format 1.1: "up to 700,000" alone is low null, high 700000, and is worded "up to 700,000"."""
    base = REPO / "tests" / "corpus" / "valid" / "base"
    flows = json.loads(run("flows", base, "--json").stdout)
    abroad = next(f for f in flows if f["destination"] == "" and f["metric"] == "left")
    assert (abroad["low"], abroad["high"], abroad["claims"]) == (None, 700000, ["c1"])
    table = run("flows", base).stdout.splitlines()
    assert any("Abroad" in line and "up to 700,000" in line for line in table)


def test_version_and_help():
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("claims-atlas ")
    for args in (["--help"], ["check", "--help"], ["flows", "--help"]):
        result = run(*args)
        assert result.returncode == 0 and "usage: claims-atlas" in result.stdout, args


def test_unknown_option_is_a_usage_error_not_a_traceback():
    result = run("flows", DATA, "--yaml")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_another_countrys_dataset_loads_without_code_change(tmp_path):
    from tests.conftest import write_dataset
    article = ("More than 3,000 people crossed from Ukraine into Moldova on Monday, "
               "while Poland said 10,000 a day were arriving.\n")
    folder = write_dataset(
        tmp_path / "ukr",
        descriptor={"name": "ukraine-2022", "title": "Ukraine", "claims:origin": "UKR",
                    "resources": [{"name": "sources", "path": "sources.csv"}, {"name": "claims", "path": "claims.csv"}]},
        sources=[{"source_id": "u1", "outlet": "Example", "title": "T", "published": "2022-02-28"}],
        claims=[{"claim_id": "u-1", "source_id": "u1", "quote": "More than 3,000 people", "claimant": "Moldova",
                 "stance": "asserts", "metric": "entered", "destination": "MDA", "value_low": "3000", "value_high": ""},
                {"claim_id": "u-2", "source_id": "u1", "quote": "10,000 a day", "claimant": "Poland",
                 "stance": "asserts", "metric": "entered", "destination": "POL", "value_low": "10000",
                 "value_high": "10000", "unit": "people_per_day"}],
        articles={"u1": article})
    result = run("flows", folder, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"origin": "UKR", "destination": "MDA", "metric": "entered", "unit": "people", "claims": ["u-1"],
         "low": 3000, "high": None, "denied_by": []},   # format 1.1: "more than 3,000" is open above
        {"origin": "UKR", "destination": "POL", "metric": "entered", "unit": "people_per_day", "claims": ["u-2"],
         "low": 10000, "high": 10000, "denied_by": []},
    ]


def test_opening_without_a_display_says_so(tmp_path):
    import os
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "viewer"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and "no display" in result.stderr and "export" in result.stderr


def test_opening_a_missing_folder(tmp_path):
    result = run(tmp_path / "nowhere")
    assert result.returncode == 2 and "no such folder" in result.stderr


def test_lang_help_and_behaviour_agree(tmp_path):
    import os
    export_help = " ".join(run("export", "--help").stdout.split())
    assert "(default: the CLAIMS_ATLAS_LANG environment variable, else the system's; never the window's choice" \
        in export_help
    root_help = " ".join(run("--help").stdout.split())
    assert "check and flows always print in English" in root_help
    result = run("--lang", "ru", "flows", DATA)
    assert result.returncode == 2 and "flows always prints in English" in result.stderr
    # The window chose Russian; an export on an English system is English all the same.
    (tmp_path / "config" / "ClaimsAtlas").mkdir(parents=True)
    (tmp_path / "config" / "ClaimsAtlas" / "Claims Atlas.conf").write_text("[General]\nlanguage=ru\n")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "CLAIMS_ATLAS"))}

    def report(env, *args):
        out = tmp_path / "r.html"
        done = subprocess.run([sys.executable, "-m", "viewer", "export", str(DATA), "--report", str(out), *args],
                              capture_output=True, text=True, timeout=120,
                              env={**base, "XDG_CONFIG_HOME": str(tmp_path / "config"), **env})
        assert done.returncode == 0, done.stderr
        page = out.read_text(encoding="utf-8")
        return page[:page.index("\n", 20)], "<h2>Россия → За рубеж · уехали</h2>" in page
    assert report({"LANG": "en_GB.UTF-8"}) == ('<!DOCTYPE html>\n<html lang="en">', False)
    assert report({"LANG": "ru_RU.UTF-8", "LANGUAGE": "ru"}) == ('<!DOCTYPE html>\n<html lang="ru">', True)
    assert report({"LANG": "en_GB.UTF-8"}, "--lang", "ru")[1]
    assert report({"LANG": "en_GB.UTF-8", "CLAIMS_ATLAS_LANG": "ru"})[1]


def test_flows_of_a_dataset_with_problems_say_what_was_left_out(tmp_path):
    from tests.conftest import broken_copy
    folder = broken_copy(tmp_path / "broken data")
    result = run("flows", folder)
    assert result.returncode == 0 and "Abroad" in result.stdout
    assert result.stderr == ("claims-atlas: 15 problems found; rows with problems are left out of these flows "
                             f"(14 of 19 claims, 1 of 2 sources). Run \"claims-atlas check '{folder}'\" to list them.\n")


def test_lang_is_refused_with_a_note_before_or_after_check_and_flows():
    for args in (("--lang", "ru", "check", DATA), ("check", DATA, "--lang", "ru"), ("check", "--lang", "ru", DATA),
                 ("flows", DATA, "--lang", "ru"), ("flows", DATA, "--json", "--lang", "en")):
        result = run(*args)
        command = "check" if "check" in args else "flows"
        assert result.returncode == 2 and result.stdout == "", args
        assert result.stderr == (f"claims-atlas {command}: --lang applies to the window and to export; "
                                 f"{command} always prints in English\n"), args
    assert "--lang" not in run("check", "--help").stdout   # refused, so not offered


def test_an_unsupported_claims_atlas_lang_is_said_once_and_english_used(tmp_path):
    import os
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "CLAIMS_ATLAS"))},
           "CLAIMS_ATLAS_LANG": "de", "LANG": "ru_RU.UTF-8", "LANGUAGE": "ru"}
    out = tmp_path / "r.html"
    result = subprocess.run([sys.executable, "-m", "viewer", "export", str(DATA), "--report", str(out)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0
    assert result.stderr == ("claims-atlas: CLAIMS_ATLAS_LANG=de is not a language of Claims Atlas (it has en, ru); "
                             "using English.\n")
    assert '<html lang="en">' in out.read_text(encoding="utf-8")   # not the system's Russian
    result = subprocess.run([sys.executable, "-m", "viewer", "export", str(DATA), "--report", str(out), "--lang",
                             "ru"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0 and result.stderr == ""   # --lang chose: nothing to say
    assert '<html lang="ru">' in out.read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "viewer", "check", str(DATA)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0 and "CLAIMS_ATLAS_LANG" not in result.stderr   # check is English anyway


def test_a_folder_that_is_not_a_dataset_is_told_where_the_format_is(tmp_path):
    from viewer.shipped import shipped
    for command in (["check", str(tmp_path)], ["export", str(tmp_path), "--map", str(tmp_path / "m.png")]):
        result = run(*command)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert f"The dataset format is described in {shipped('docs/dataset-format.md')}." in result.stderr


def test_import_names_and_titles_the_dataset_it_creates(tmp_path):
    article = tmp_path / "kazinform-2022-10-04.txt"
    article.write_text("Kazakhstan says 200,000 Russians entered\n\nThe interior minister said 200,000 Russians "
                       "had entered Kazakhstan since the mobilisation.\n", encoding="utf-8")
    folder = tmp_path / "My Crossings"
    result = run("import", folder, article, "--origin", "RUS", "--published", "2022-10-04",
                 "--dataset-name", "crossings-2022", "--dataset-title", "Crossings after the mobilisation")
    assert result.returncode == 0, result.stderr
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert (descriptor["name"], descriptor["title"]) == ("crossings-2022", "Crossings after the mobilisation")
    assert run("check", folder).returncode == 0
    bad = run("import", tmp_path / "other", article, "--origin", "RUS", "--dataset-name", "Not A Name")
    assert bad.returncode == 2 and bad.stderr == ("claims-atlas import: --dataset-name 'Not A Name' is not a machine "
                                                  "name: lower-case letters, digits, '.', '_' or '-' "
                                                  "(e.g. mobilisation-2022)\n")   # said once, not after a path
    assert not (tmp_path / "other").exists()
    again = run("import", folder, article, "--dataset-title", "Renamed")
    assert again.returncode == 2 and "only name a new one" in again.stderr
    default = run("import", tmp_path / "Second Set", article, "--origin", "RUS", "--published", "2022-10-04")
    assert default.returncode == 0
    named = json.loads((tmp_path / "Second Set" / "datapackage.json").read_text(encoding="utf-8"))
    assert (named["name"], named["title"]) == ("second-set", "Second Set")   # from the folder, as before


def test_import_of_files_that_are_not_there_creates_no_dataset(tmp_path):
    """A new dataset is made only for something to import: missing files are a one-line error (exit 2), as a
    missing --origin is; into a dataset that exists, a file missing among others is told and the rest added."""
    folder = tmp_path / "new"
    result = run("import", folder, tmp_path / "nosuch.html", "--origin", "RUS")
    assert result.returncode == 2 and not folder.exists()
    assert result.stderr == f"claims-atlas import: {tmp_path / 'nosuch.html'}: no such file; {folder} was not created\n"
    article = tmp_path / "a.txt"
    article.write_text("Georgia says 10,000 Russians a day arrive\n\nGeorgia said 10,000 Russians a day arrive.\n",
                       encoding="utf-8")
    result = run("import", folder, tmp_path / "nosuch.html", article, "--origin", "RUS", "--published", "2022-09-27",
                 "--outlet", "Civil.ge")
    assert result.returncode == 1 and "nosuch.html: no such file" in result.stderr
    assert run("check", folder).returncode == 0 and len((folder / "sources.csv").read_text().splitlines()) == 2


def test_import_that_adds_nothing_leaves_no_empty_dataset(tmp_path):
    """Every file refused (here: a page naming no outlet, and none given): no dataset is left behind, the folder
    given is as it was (gone, or empty), and the reason is told per file."""
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Up to 700,000 left</title></head><body><article><p>Up to 700,000 "
                    "Russians have left the country since the call-up, reports said on Tuesday.</p></article>"
                    "</body></html>", encoding="utf-8")
    folder = tmp_path / "new"
    result = run("import", folder, page, "--origin", "RUS", "--published", "2022-10-04")
    assert result.returncode == 1 and "give it with --outlet NAME" in result.stderr
    assert result.stderr.endswith(f"claims-atlas import: no file could be imported; {folder} was not created\n")
    assert not folder.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("import", empty, page, "--origin", "RUS", "--published", "2022-10-04").returncode == 1
    assert empty.is_dir() and not any(empty.iterdir())
    result = run("import", folder, page, "--origin", "RUS", "--published", "2022-10-04", "--outlet", "Wire")
    assert result.returncode == 0 and run("check", folder).returncode == 0


@pytest.mark.parametrize("given", ["4.10.2022", "10/04/2022", "Oct 4, 2022", "2022-13-01", "2022-10-4"])
def test_import_takes_a_date_only_as_the_format_writes_it(tmp_path, given):
    """"4.10.2022" may be 4 October or 10 April: refused, not guessed (one line, exit 2, nothing made)."""
    article = tmp_path / "a.txt"
    article.write_text("Georgia says 10,000 a day\n\nGeorgia said 10,000 Russians a day arrive.\n", encoding="utf-8")
    result = run("import", tmp_path / "new", article, "--origin", "RUS", "--outlet", "Civil.ge", "--published", given)
    assert result.returncode == 2 and not (tmp_path / "new").exists()
    assert result.stderr == (f"claims-atlas import: --published {given!r} is not a date written YYYY-MM-DD (or with "
                             "a time, YYYY-MM-DDTHH:MM+03:00); give it so\n")


def test_a_mistyped_command_is_said_so_not_taken_for_a_folder(tmp_path):
    """"claims-atlas chek DATA" took "chek" for the folder to open and said "unrecognized arguments: DATA"."""
    for typed, meant in (("chek", "check"), ("flow", "flows"), ("expotr", "export"), ("improt", "import")):
        result = _in_process([typed, str(DATA)])
        assert result.returncode == 2 and result.stderr.startswith(f"claims-atlas: '{typed}' is not a command; "
                                                                   f"did you mean '{meant}'?"), result.stderr
    from viewer.cli import _mistyped_command
    (tmp_path / "chek").mkdir()   # a folder of that name is a folder: opened, not corrected
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert not _mistyped_command(["chek", str(DATA)])
    finally:
        os.chdir(here)


def test_import_reads_an_origin_written_as_a_name_or_in_lower_case(tmp_path):
    from tests.importing.test_import import SEED_FILES
    for typed in ("rus", "Russia", "Россия"):
        folder = tmp_path / typed
        result = run("import", folder, SEED_FILES[0], "--origin", typed)
        assert result.returncode == 0, result.stderr
        assert json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["claims:origin"] == "RUS"
    result = run("import", tmp_path / "x", SEED_FILES[0], "--origin", "Atlantis")
    assert result.returncode == 2 and "'Atlantis' is not an ISO 3166-1 alpha-3 code" in result.stderr


def test_draft_of_a_source_that_is_not_there_names_the_near_ones(tmp_path):
    result = run("draft", DATA, "breitbart")
    assert result.returncode == 2 and "has no source 'breitbart'; did you mean" in result.stderr
