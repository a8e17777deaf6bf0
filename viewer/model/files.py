"""Reading files of a dataset safely: inside the folder, bounded, UTF-8."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .problems import FILE_COLUMN, Problem

MAX_TABLE_BYTES = 2 * 1024**3
"""A table larger than this (2 GiB) is refused before it is read."""
MAX_ARTICLE_BYTES = 10 * 1024**2
"""An article larger than this (10 MiB) is refused before it is read."""

BOM = "\ufeff"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"^[A-Za-z]:")


def path_problem(folder: Path, rel: str, root: str | None = None) -> str | None:
    """Why a relative path from the dataset may not be used, or None if it may.

    It must be relative, not a URL, and resolve (links followed) inside the
    folder. ``root`` is the folder already resolved, when checking many paths.
    """
    if not rel:
        return "the path is empty"
    if "://" in rel or (_SCHEME.match(rel) and not _DRIVE.match(rel)):
        return "is a URL; give a path to a file inside the dataset folder"
    if rel.startswith(("/", "\\")) or _DRIVE.match(rel):
        return "is an absolute path; give a path relative to the dataset folder"
    if "\x00" in rel:
        return "contains a NUL character"
    root = root or os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, rel))
    if target != root and not target.startswith(root.rstrip(os.sep) + os.sep):
        how = "through a link" if ".." not in PurePosixPath(rel.replace("\\", "/")).parts else "with .."
        return f"leaves the dataset folder ({how}); keep every file inside the folder"
    return None


class PathChecker:
    """path_problem for many paths of one folder, with the costly part done once.

    A plain relative path (no "..", no backslash) whose folder resolves inside
    the dataset and which is not itself a link cannot leave the folder, so only
    its folder is resolved (once per folder) and the file is lstat-ed; links
    and anything unusual get the full check.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.root = os.path.realpath(folder)
        self._inside: dict[str, bool] = {}

    def problem(self, rel: str) -> str | None:
        plain = rel and "\\" not in rel and ".." not in rel.split("/") and not rel.startswith("/") \
            and "://" not in rel and "\x00" not in rel and not _SCHEME.match(rel)
        if not plain:
            return path_problem(self.folder, rel, self.root)
        parent = os.path.dirname(rel)
        inside = self._inside.get(parent)
        if inside is None:
            resolved = os.path.realpath(os.path.join(self.root, parent))
            inside = self._inside[parent] = resolved == self.root or resolved.startswith(self.root.rstrip(os.sep) + os.sep)
        if not inside:
            return path_problem(self.folder, rel, self.root)
        try:
            if stat.S_ISLNK(os.lstat(os.path.join(self.root, rel)).st_mode):
                return path_problem(self.folder, rel, self.root)
        except OSError:
            pass  # missing: the caller's file check says so
        return None


@dataclass
class DecodedFile:
    """A file's text, or the problems that stop it being used whole."""

    text: str | None
    problems: list[Problem]
    bad_bytes: bool = False
    """Some bytes were not UTF-8; they are kept as lone surrogates (surrogateescape)."""


def read_text(folder: Path, rel: str, limit: int, what: str, *, lenient: bool) -> DecodedFile:
    """Read a UTF-8 file of the dataset, refusing it if it is larger than ``limit``.

    With ``lenient`` (tables), undecodable bytes are kept as surrogates so the
    caller can report the rows they sit in and keep the rest; otherwise the
    first bad byte or NUL is a problem and no text is returned.
    """
    path = folder / rel
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, f"{what} file not found; add it or fix the path that names it")])
    except OSError as err:
        return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, f"cannot be read ({err.strerror})")])
    if not path.is_file():
        return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, f"is not a file; the {what} must be a regular file")])
    if size > limit:
        return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, (
            f"is {size / 1024**2:,.0f} MiB, over the limit of {limit / 1024**2:,.0f} MiB for a {what}; "
            "it was not read. Split it into smaller files"))])
    try:
        data = path.read_bytes()
    except OSError as err:
        return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, f"cannot be read ({err.strerror})")])
    try:
        text = data.decode("utf-8")
        bad = False
    except UnicodeDecodeError as err:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, (
                "was saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"))])
        if not lenient:
            line = data.count(b"\n", 0, err.start) + 1
            return DecodedFile(None, [Problem(rel, line, FILE_COLUMN, (
                f"is not UTF-8 (byte 0x{data[err.start]:02x} at byte offset {err.start}); "
                "save the file with UTF-8 encoding"))])
        text = data.decode("utf-8", errors="surrogateescape")
        bad = True
    if text.startswith(BOM):
        text = text[1:]
    if not lenient and "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return DecodedFile(None, [Problem(rel, line, FILE_COLUMN, (
            "holds a NUL byte; this is not a text file, or it was saved as UTF-16: "
            "save it as UTF-8 text"))])
    return DecodedFile(text, [], bad)
