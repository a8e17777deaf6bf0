"""claims-atlas export and File › Export never lie and never leave debris (issue 14, items 1-5, 9, 10, 17-19),
and a report or CSV builds no window (issue 10, item 5)."""

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, CLAIMS, DATA, DESCRIPTOR, broken_copy, write_dataset
from viewer.cli import main
from viewer.model.writing import safe_write

OLD = b"the old file, which must survive\n"


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(["export", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in Path(folder).iterdir() if p.name.startswith("."))


def _full_disk_for(monkeypatch, suffixes: tuple[str, ...]):
    """A disk that fills up while a file with one of these endings is written (os.write for pictures and PDF,
    the text stream for HTML and CSV): a few bytes go through, then ENOSPC."""
    real_write, real_fdopen = os.write, os.fdopen
    parts = {}

    def targeted(fd) -> bool:
        try:
            name = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            return False
        return safe_write.TAG in name and name.split(safe_write.TAG)[0].lower().endswith(suffixes)

    def write(fd, data):
        if targeted(fd):
            parts[fd] = parts.get(fd, 0) + 1
            if parts[fd] > 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real_write(fd, bytes(data[:512]))
        return real_write(fd, data)

    class Filling:
        def __init__(self, inner):
            self.inner, self.count = inner, 0

        def write(self, text):
            self.count += len(text)
            if self.count > 2000:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.inner.write(text)

        def __getattr__(self, name):
            return getattr(self.inner, name)

    def fdopen(fd, *args, **kwargs):
        inner = real_fdopen(fd, *args, **kwargs)
        return Filling(inner) if targeted(fd) else inner

    monkeypatch.setattr(safe_write.os, "write", write)
    monkeypatch.setattr(safe_write.os, "fdopen", fdopen)


@pytest.mark.parametrize("flag, name", [("--map", "m.svg"), ("--report", "r.pdf"), ("--window", "w.png"),
                                        ("--chart", "c.png"), ("--report", "r.html"), ("--claims", "c.csv")])
def test_a_full_disk_fails_the_export_and_keeps_the_old_file(qtbot, capsys, monkeypatch, tmp_path, flag, name):
    """Qt reports no write error for SVG and PDF: a cut file passed for written (exit 0, "Exported to…")."""
    target = tmp_path / name
    target.write_bytes(OLD)
    _full_disk_for(monkeypatch, (name[-4:],))
    code, out, err = _run(capsys, DATA, flag, target)
    assert code == 2 and out == ""
    assert f"{target} could not be written: the disk is full (No space left on device)" in err
    assert err.count("could not be written") == 1 and "Nothing was written" in err
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []


def _mount_small_disk(folder: Path, size: str) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_on_a_real_full_disk_nothing_is_left(qtbot, capsys, tmp_path):
    full = tmp_path / "full"
    if not _mount_small_disk(full, "64k"):
        pytest.skip("tmpfs cannot be mounted here")
    try:
        (full / "filler").write_bytes(b"\0" * 52 * 1024)
        (full / "r.pdf").write_bytes(OLD)
        for flag, name in (("--map", "m.svg"), ("--report", "r.pdf"), ("--window", "w.png"), ("--report", "r.html")):
            code, out, err = _run(capsys, DATA, flag, full / name)
            assert code == 2 and out == "" and "the disk is full" in err, (name, err)
        assert sorted(p.name for p in full.iterdir()) == ["filler", "r.pdf"]
        assert (full / "r.pdf").read_bytes() == OLD
        (full / "filler").unlink()
        code, out, _err = _run(capsys, DATA, "--claims", full / "c.csv")   # with room, it is written
        assert code == 0 and out.strip() == str(full / "c.csv")
    finally:
        subprocess.run(["umount", str(full)], check=False)


def test_several_outputs_are_checked_before_any_is_written(qtbot, capsys, tmp_path):
    """--report ok.html --map ok.png --claims /read-only/x.csv exited 2 having written ok.html and ok.png."""
    (tmp_path / "ok.html").write_bytes(OLD)
    (tmp_path / "a-file").write_bytes(b"")
    for bad in (tmp_path / "missing" / "x.csv", tmp_path / "a-file" / "x.csv"):
        code, out, err = _run(capsys, DATA, "--report", tmp_path / "ok.html", "--map", tmp_path / "ok.png",
                              "--claims", bad)
        assert code == 2 and out == "" and str(bad) in err and "Nothing was written" in err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "ok.html"]
        assert (tmp_path / "ok.html").read_bytes() == OLD


def test_a_failure_while_writing_the_last_leaves_the_first_unwritten(qtbot, capsys, monkeypatch, tmp_path):
    _full_disk_for(monkeypatch, (".csv",))
    code, _out, err = _run(capsys, DATA, "--report", tmp_path / "ok.html", "--map", tmp_path / "ok.png",
                           "--claims", tmp_path / "x.csv")
    assert code == 2 and "x.csv could not be written: the disk is full" in err
    assert list(tmp_path.iterdir()) == []


def test_when_putting_them_in_place_fails_it_says_which_were_written(qtbot, capsys, monkeypatch, tmp_path):
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "ok.html":   # the second put in place: pictures come first
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst)
    monkeypatch.setattr(safe_write.os, "replace", replace)
    code, out, err = _run(capsys, DATA, "--report", tmp_path / "ok.html", "--map", tmp_path / "ok.png",
                          "--claims", tmp_path / "x.csv")
    assert code == 2 and out == ""
    assert (f"Written: {tmp_path / 'ok.png'}. Not written: {tmp_path / 'ok.html'}, {tmp_path / 'x.csv'}."
            in err), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.png"]


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(qtbot, capsys, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(OLD)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / ".r.html.part").symlink_to(victim)
    code, _out, _err = _run(capsys, DATA, "--report", out_dir / "r.html")
    assert code == 0 and victim.read_bytes() == OLD
    assert "<html" in (out_dir / "r.html").read_text(encoding="utf-8")


def test_a_report_csv_or_picture_builds_no_window(qtbot, capsys, monkeypatch, tmp_path):
    from viewer.widgets import export_pictures, main_window

    def no(*_args, **_kwargs):
        raise AssertionError("built for an export that does not need it")
    monkeypatch.setattr(main_window.MainWindow, "__init__", no)
    built = []
    real_map, real_chart = export_pictures.MapPanel.__init__, export_pictures.ComparisonChart.__init__
    monkeypatch.setattr(export_pictures.MapPanel, "__init__", lambda self, *a, **k: (built.append("map"),
                                                                                    real_map(self, *a, **k))[1])
    monkeypatch.setattr(export_pictures.ComparisonChart, "__init__", lambda self, *a, **k: (
        built.append("chart"), real_chart(self, *a, **k))[1])
    code, _out, err = _run(capsys, DATA, "--claims", tmp_path / "c.csv")
    assert code == 0, err
    assert built == []   # not even a panel
    code, _out, err = _run(capsys, DATA, "--report", tmp_path / "r.html")
    assert code == 0, err
    one_report = list(built)
    assert one_report and set(one_report) <= {"map", "chart"}   # a report's map and charts: their panels only
    built.clear()
    code, _out, err = _run(capsys, DATA, "--report", tmp_path / "r.html", "--report", tmp_path / "r.pdf",
                           "--claims", tmp_path / "c.csv")
    assert code == 0, err
    assert built == one_report   # drawn once for both reports
    built.clear()
    code, _out, err = _run(capsys, DATA, "--map", tmp_path / "m.png", "--chart", tmp_path / "c.svg")
    assert code == 0, err
    assert built == ["map", "chart"]   # only the panels pictured


# --- names and text that are not valid Unicode --------------------------------------------------------------
def _undecodable(tmp_path: Path, name: bytes) -> Path:
    return Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), name)))


def test_a_folder_with_bytes_that_are_not_utf8_exports_everything(qtbot, capsys, tmp_path):
    """A folder named d\\xff gave a traceback (presentation_store.py) from export."""
    folder = broken_copy(_undecodable(tmp_path, b"d\xff"))   # with problems: the report names the folder
    out_dir = _undecodable(tmp_path, b"o\xff")
    out_dir.mkdir()
    files = [out_dir / n for n in ("r.html", "r.pdf", "c.csv", "m.svg", "w.png")]
    code, out, err = _run(capsys, folder, "--report", files[0], "--report", files[1], "--claims", files[2],
                          "--map", files[3], "--window", files[4])
    assert code == 0, err
    shown = str(tmp_path / "o\\xff")
    assert out.split() == [f"{shown}/{f.name}" for f in files[4:] + files[3:4] + files[:3]]
    assert all(f.stat().st_size > 0 for f in files)
    html = files[0].read_text(encoding="utf-8")
    assert f"claims-atlas check &#x27;{tmp_path / 'd'}\\xff&#x27;" in html   # the command to list the problems
    assert f"Run \"claims-atlas check '{tmp_path / 'd'}\\xff'\" to list them" in err


def test_check_prints_an_undecodable_resource_path_escaped(tmp_path):
    """``check`` exited 3 on a resource path "c\\udcff.csv" (when stdout is strict UTF-8)."""
    folder = write_dataset(tmp_path / "ds")
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"][1]["path"] = "c\udcff.csv"
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "viewer", "check", str(folder)], capture_output=True, env=env)
    assert done.returncode == 1, done.stderr
    assert done.stdout.decode("utf-8").startswith("c\\xff.csv:1: file: claims table file not found")
    os.rename(folder / "claims.csv", os.fsencode(folder) + b"/c\xff.csv")
    done = subprocess.run([sys.executable, "-m", "viewer", "check", str(folder)], capture_output=True, env=env)
    assert done.returncode == 0 and b"4 claims loaded; 0 problems" in done.stderr


def test_the_window_opens_and_remembers_a_folder_with_undecodable_bytes(qtbot, settings, tmp_path):
    """The window showed two error dialogs (the presentation list's key), and Qt dropped the byte from the
    recent list, which then named another folder."""
    from viewer.app import build_window
    folder = _undecodable(tmp_path, b"d\xff")
    shutil.copytree(DATA, folder)
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    boxes = []
    win.show_message = boxes.append
    win.open_folder(folder)
    assert "d\\xff" in win.status_label.text()
    qtbot.waitUntil(lambda: win._worker is None and model.dataset is not None, timeout=20000)
    assert boxes == [] and model.dataset.folder == folder
    assert win._recent() == [str(folder.resolve())]
    assert "d\\xff" in win.recent_menu.actions()[0].text()
    model.set_dataset(__import__("viewer.model", fromlist=["load_dataset"]).load_dataset(DATA))
    win.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: win._worker is None and model.dataset.folder == folder, timeout=20000)
    assert boxes == []


def test_a_lone_surrogate_in_the_title_is_escaped_in_every_file(qtbot, capsys, tmp_path):
    """A title "\\ud800" passed check but broke the HTML report (it cannot be written as UTF-8)."""
    descriptor = dict(DESCRIPTOR, title="Flows \ud800 of 2022")
    folder = write_dataset(tmp_path / "ds", descriptor=descriptor)
    assert main(["check", str(folder)]) == 0
    capsys.readouterr()
    files = [tmp_path / n for n in ("r.html", "r.pdf", "c.csv", "m.svg", "m.png")]
    code, _out, err = _run(capsys, folder, "--report", files[0], "--report", files[1], "--claims", files[2],
                           "--map", files[3], "--map", files[4])
    assert code == 0, err
    assert "Flows \\ud800 of 2022" in files[0].read_text(encoding="utf-8")
    assert "Flows \\ud800 of 2022" in files[3].read_text(encoding="utf-8")
    from pypdf import PdfReader
    assert "Flows \\ud800 of 2022" in " ".join(PdfReader(files[1]).pages[0].extract_text().split())


# --- the PDF check ------------------------------------------------------------------------------------------------
def test_the_pdf_check_accepts_qt_pdfs_and_refuses_any_cut(qapp):
    from pypdf import PdfReader

    from viewer.qt.pdf import pdf_bytes
    data = pdf_bytes("<h1>Flows</h1>" + "<p>Officials said 200,000 Russians had entered.</p>" * 300, "t", "c")
    assert safe_write.pdf_problem(data) is None
    assert len(PdfReader(__import__("io").BytesIO(data)).pages) > 1
    for cut in range(1, len(data), max(1, len(data) // 97)):
        assert safe_write.pdf_problem(data[:cut]) is not None, cut
    moved = data[:200] + b" " + data[200:]   # every object after it is one byte away from where the table says
    assert safe_write.pdf_problem(moved) is not None


# --- the command's status -------------------------------------------------------------------------------------
def test_check_into_a_closed_pipe_keeps_its_status(tmp_path):
    """``check BIG | head -1`` exited 0 though there were problems."""
    claims = [dict(CLAIMS[0], claim_id=f"x{i}", stance="maybe") for i in range(3000)]
    folder = write_dataset(tmp_path / "big", claims=claims, articles={"s1": ARTICLE})
    process = subprocess.Popen([sys.executable, "-m", "viewer", "check", str(folder)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    _out, err = process.communicate(timeout=120)
    assert b"stance" in first
    assert process.returncode == 1, err
    assert b"Traceback" not in err and b"Exception ignored" not in err


# --- formulas in the CSV ---------------------------------------------------------------------------------------
FORMULAS = {"claimant": '=HYPERLINK("http://example.org/x","click")', "note": "+cmd|' /C calc'!A0",
            "value_text": "@SUM(1+1)"}


def test_formula_cells_are_written_exactly_and_warned_of(qtbot, capsys, tmp_path):
    from viewer.model import load_dataset
    claims = [dict(c) for c in CLAIMS]
    claims[2].update(FORMULAS)
    claims[3]["note"] = "-2+3"
    folder = write_dataset(tmp_path / "ds", claims=claims)
    code, out, err = _run(capsys, folder, "--claims", tmp_path / "c.csv")
    assert code == 0 and out.strip() == str(tmp_path / "c.csv")
    assert ("4 cells start with =, +, - or @ (the first: claim c3, column claimant); they are written exactly as "
            "in the dataset, but a spreadsheet may run them as formulas") in err
    copy = write_dataset(tmp_path / "copy", claims=(tmp_path / "c.csv").read_text(encoding="utf-8"))
    again = load_dataset(copy).claims.set_index("claim_id")
    for column, value in FORMULAS.items():
        assert again.loc["c3", column] == value
    assert again.loc["c4", "note"] == "-2+3"
    code, _out, err = _run(capsys, DATA, "--claims", tmp_path / "plain.csv")
    assert code == 0 and "formulas" not in err


def test_the_window_warns_of_formula_cells_when_it_exports_the_csv(qtbot, settings, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from viewer.app import build_window
    from viewer.model import load_dataset
    claims = [dict(c) for c in CLAIMS]
    claims[2].update(FORMULAS)
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(write_dataset(tmp_path / "ds", claims=claims)))
    boxes = []
    win.show_message = boxes.append
    win.exports.export("claims", tmp_path / "c.csv")
    qtbot.waitUntil(lambda: win.exports.job is None, timeout=20000)
    assert len(boxes) == 1 and boxes[0].icon() == QMessageBox.Icon.Information
    assert "3 cells start with =, +, - or @" in boxes[0].text() and boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert (tmp_path / "c.csv").exists()
    assert "Exported to" in win.statusBar().currentMessage()


@pytest.mark.parametrize("kind, name", [("map", "m.svg"), ("report", "r.pdf"), ("claims", "c.csv")])
def test_the_window_says_so_when_the_disk_fills_up(window, qtbot, monkeypatch, tmp_path, kind, name):
    """The window said "Exported to…" for a cut SVG or PDF."""
    from PySide6.QtCore import Qt
    _model, win = window
    target = tmp_path / name
    target.write_bytes(OLD)
    _full_disk_for(monkeypatch, (name[-4:],))
    boxes = []
    win.show_message = boxes.append
    win.exports.export(kind, target)
    qtbot.waitUntil(lambda: win.exports.job is None and bool(boxes), timeout=20000)
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert f"{target} could not be written: the disk is full" in boxes[0].text()
    assert "Exported" not in win.statusBar().currentMessage()
    assert target.read_bytes() == OLD and _leftovers(tmp_path) == []
