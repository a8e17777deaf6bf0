"""Exports are written whole or not at all, through a temporary file no one can plant (viewer/qt/safe_write.py).

Pure Python: a full disk and a short write are simulated; tests/gui/test_export_safety.py runs the real
command, on a real full disk when it can mount one.
"""

import errno
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from viewer.model.writing import safe_write
from viewer.model.writing.safe_write import Batch, PartlyWritten, Staged, WriteError, remove_stale, replacing

OLD = b"the old file, which must survive\n"


def _folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _disk_full_after(monkeypatch, allowed: int):
    """os.write writes ``allowed`` bytes in all, short, then fails as a full disk does."""
    real = os.write
    left = [allowed]

    def write(fd, data):
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = min(len(data), left[0], 4096)
        left[0] -= n
        return real(fd, bytes(data[:n]))
    monkeypatch.setattr(safe_write.os, "write", write)


def test_a_full_disk_part_way_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "m.svg"
    target.write_bytes(OLD)
    _disk_full_after(monkeypatch, 10_000)
    with pytest.raises(OSError) as caught:
        with replacing(target) as staged:
            staged.write_bytes(b"<svg>" + b"x" * 100_000 + b"</svg>")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == OLD
    assert _folder_files(tmp_path) == ["m.svg"]


def test_a_file_shorter_on_disk_than_written_is_refused(tmp_path, monkeypatch):
    """A write that claims success but stores less (what Qt's writers never report) is caught by the size."""
    real = os.write
    monkeypatch.setattr(safe_write.os, "write", lambda fd, data: real(fd, bytes(data[:len(data) // 2])) * 0 + len(data))
    target = tmp_path / "r.pdf"
    with pytest.raises(WriteError, match="only 50,000 of 100,000 bytes were written"):
        with replacing(target) as staged:
            staged.write_bytes(b"x" * 100_000)
    assert _folder_files(tmp_path) == []


def test_a_check_that_fails_keeps_the_old_file(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(OLD)
    with pytest.raises(WriteError, match="no end of file marker"):
        with replacing(target) as staged:
            staged.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
            staged.finish(safe_write.pdf_problem)
    assert target.read_bytes() == OLD and _folder_files(tmp_path) == ["r.pdf"]


def test_text_is_utf8_and_lone_surrogates_are_escaped(tmp_path):
    target = tmp_path / "r.html"
    with replacing(target) as staged:
        with staged.text() as out:
            out.write("title \ud800 in d\udcff\n")
        staged.finish()
    assert target.read_bytes() == b"title \\ud800 in d\\xff\n"


def test_a_planted_link_is_never_followed(tmp_path, monkeypatch):
    """Old exports wrote to the predictable .r.html.part; mkstemp's name is random, and a name planted
    there anyway (here: the first one it will try) is skipped, not opened through the link."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(OLD)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".r.html.part").symlink_to(victim)
    planted = f".r.html{safe_write.TAG}{os.getpid()}-planted{safe_write.SUFFIX}"
    (out / planted).symlink_to(victim)
    names = iter(["planted", "fresh12"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    with replacing(out / "r.html") as staged:
        with staged.text() as out_file:
            out_file.write("<p>report</p>\n")
        staged.finish()
    assert victim.read_bytes() == OLD
    assert (out / "r.html").read_text() == "<p>report</p>\n" and not (out / "r.html").is_symlink()
    assert (out / planted).is_symlink() and (out / ".r.html.part").is_symlink()   # left alone, not followed


def test_a_new_file_gets_the_usual_mode_and_a_replaced_one_keeps_its_own(tmp_path):
    umask = os.umask(0)
    os.umask(umask)
    with replacing(tmp_path / "new.csv") as staged:
        staged.write_bytes(b"a\n")
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.csv"
    kept.write_bytes(OLD)
    kept.chmod(0o640)
    with replacing(kept) as staged:
        staged.write_bytes(b"b\n")
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_bytes() == b"b\n"


def test_a_killed_export_leaves_a_recognisable_file_removed_at_the_next_export(tmp_path):
    """kill -9 during an export: its temporary file is named for the program and the process, and the next
    export to the same folder removes it (but not one of a process still running, nor a link)."""
    target = tmp_path / "r.html"
    code = ("import sys, time; from pathlib import Path; from viewer.model.writing.safe_write import Staged; "
            "s = Staged(Path(sys.argv[1])); s.write_bytes(b'x' * 100000); print(s.part, flush=True); time.sleep(60)")
    killed = subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True)
    running = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "other.html")], stdout=subprocess.PIPE,
                               text=True)
    try:
        left = Path(killed.stdout.readline().strip())
        alive = Path(running.stdout.readline().strip())
        killed.kill()
        killed.wait()
        assert left.exists() and left.stat().st_size == 100_000
        assert re.fullmatch(r"\.r\.html\.claims-atlas-%d-\w+\.part" % killed.pid, left.name), left.name
        link = tmp_path / f".x{safe_write.TAG}{killed.pid}-abc{safe_write.SUFFIX}"
        link.symlink_to(tmp_path / "nowhere")
        with replacing(target) as staged:
            staged.write_bytes(b"new\n")
        assert not left.exists()
        assert alive.exists() and link.is_symlink()
        assert _folder_files(tmp_path) == sorted([alive.name, link.name, "r.html"])
    finally:
        running.kill()
        running.wait()
        killed.kill()
        killed.wait()
    assert remove_stale(tmp_path) == [alive]   # its process ended since


def test_a_batch_checks_every_destination_before_writing_any(tmp_path):
    first, second = tmp_path / "ok.html", tmp_path / "ok.png"
    first.write_bytes(OLD)
    with pytest.raises(OSError):
        with Batch() as batch:
            for path in (first, second, tmp_path / "missing" / "x.csv"):
                staged = batch.stage(path)
                staged.write_bytes(b"new\n")
            batch.commit()
    assert first.read_bytes() == OLD and _folder_files(tmp_path) == ["ok.html"]


def test_a_batch_that_fails_while_renaming_says_which_files_were_written(tmp_path, monkeypatch):
    paths = [tmp_path / name for name in ("a.html", "b.png", "c.csv")]
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "b.png":
            raise OSError(errno.EIO, "input/output error")
        return real(src, dst)
    monkeypatch.setattr(safe_write.os, "replace", replace)
    with Batch() as batch:
        for path in paths:
            batch.stage(path).write_bytes(b"data\n")
        with pytest.raises(PartlyWritten) as caught:
            batch.commit()
    assert caught.value.written == [paths[0]] and caught.value.failed == paths[1] and caught.value.rest == [paths[2]]
    assert _folder_files(tmp_path) == ["a.html"]


def test_a_folder_as_destination_is_refused_before_anything(tmp_path):
    (tmp_path / "r.html").mkdir()
    with pytest.raises(IsADirectoryError):
        Staged(tmp_path / "r.html")
    assert _folder_files(tmp_path) == ["r.html"]
