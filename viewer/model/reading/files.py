"""Reading files of a dataset safely: inside the folder, bounded, UTF-8."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np
import pyarrow.compute as pc

from ..checking.problems import FILE_COLUMN, Message, Problem, msg

MAX_TABLE_BYTES = 2 * 1024**3
"""A table larger than this (2 GiB) is refused before it is read."""
MAX_ARTICLE_BYTES = 10 * 1024**2
"""An article larger than this (10 MiB) is refused before it is read."""

BOM = "\ufeff"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"^[A-Za-z]:")


def path_problem(folder: Path, rel: str, root: str | None = None) -> Message | None:
    """Why a relative path from the dataset may not be used, or None if it may.

    It must be relative, not a URL, and resolve (links followed) inside the
    folder. ``root`` is the folder already resolved, when checking many paths.
    """
    if not rel:
        return msg("the path is empty")
    if "://" in rel or (_SCHEME.match(rel) and not _DRIVE.match(rel)):
        return msg("is a URL; give a path to a file inside the dataset folder")
    if rel.startswith(("/", "\\")) or _DRIVE.match(rel):
        return msg("is an absolute path; give a path relative to the dataset folder")
    if "\x00" in rel:
        return msg("contains a NUL character")
    root = root or os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, rel))
    if target != root and not target.startswith(root.rstrip(os.sep) + os.sep):
        if ".." in PurePosixPath(rel.replace("\\", "/")).parts:
            return msg("leaves the dataset folder (with ..); keep every file inside the folder")
        return msg("leaves the dataset folder (through a link); keep every file inside the folder")
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
        if not _plain(rel) or not self._parent_inside(os.path.dirname(rel)):
            return path_problem(self.folder, rel, self.root)
        try:
            if stat.S_ISLNK(os.lstat(os.path.join(self.root, rel)).st_mode):
                return path_problem(self.folder, rel, self.root)
        except OSError:
            pass  # missing: the caller's file check says so
        return None

    def article_problem(self, rel: str, limit: int = MAX_ARTICLE_BYTES) -> str | None:
        """What stops ``rel`` being used as an article: its path (see problem), then its
        file (see article_file_problem). One lstat in the common case."""
        if _plain(rel) and self._parent_inside(os.path.dirname(rel)):
            try:
                info = os.lstat(os.path.join(self.root, rel))
            except FileNotFoundError:
                return _NO_ARTICLE
            except OSError:
                info = None
            if info is not None and stat.S_ISREG(info.st_mode):   # a regular file, not a link
                return _size_problem(info.st_size, limit)
        why = self.problem(rel)
        return why if why is not None else article_file_problem(Path(self.folder) / rel, limit)

    def article_problems(self, rels: list[str], plain: np.ndarray, limit: int = MAX_ARTICLE_BYTES):
        """(index, problem) for each of many article paths that has one (see article_problem).

        ``plain`` tells which paths are plain (see _plain), computed for all at
        once; for those the loop below does what article_problem does, with
        as little as possible besides the one lstat.
        """
        prefix = self.root if self.root.endswith(os.sep) else self.root + os.sep
        lstat, is_reg = os.lstat, stat.S_ISREG
        for i, rel in enumerate(rels):
            if plain[i]:
                cut = rel.rfind("/")
                parent = rel[:cut].rstrip("/") if cut > 0 else ""   # os.path.dirname, for a plain path
                inside = self._inside.get(parent)
                if inside is None:
                    inside = self._parent_inside(parent)
                if inside:
                    try:
                        info = lstat(prefix + rel)
                    except FileNotFoundError:
                        yield i, _NO_ARTICLE
                        continue
                    except OSError:
                        info = None
                    if info is not None and is_reg(info.st_mode):
                        if info.st_size > limit:
                            yield i, _size_problem(info.st_size, limit)
                        continue
            why = self.article_problem(rel, limit)
            if why:
                yield i, why

    def _parent_inside(self, parent: str) -> bool:
        inside = self._inside.get(parent)
        if inside is None:
            resolved = os.path.realpath(os.path.join(self.root, parent))
            inside = self._inside[parent] = resolved == self.root or resolved.startswith(self.root.rstrip(os.sep) + os.sep)
        return inside


_NOT_PLAIN = r"\\|^/|://|\x00|(^|/)\.\.(/|$)|^[A-Za-z][A-Za-z0-9+.-]*:"
"""What _plain rejects, for RE2 (pyarrow) to judge many paths at once."""


def plain_paths(rels) -> np.ndarray:
    """_plain for every path of a text column, computed in Arrow."""
    from .strcol import arrow, is_empty   # (strcol needs pandas; this module is also used without it)
    data = arrow(rels)
    odd = pc.match_substring_regex(data, _NOT_PLAIN).to_numpy(zero_copy_only=False)
    return ~np.asarray(odd, dtype=bool) & ~is_empty(rels)


def _plain(rel: str) -> bool:
    """A relative path with nothing that could lead out of the folder but a link."""
    return bool(rel) and "\\" not in rel and ".." not in rel.split("/") and not rel.startswith("/") \
        and "://" not in rel and "\x00" not in rel and not _SCHEME.match(rel)


_NO_ARTICLE = msg("names no article file; add the article's text there, or fix text_path")
NO_ARTICLE = _NO_ARTICLE
"""The problem of a text_path whose file does not exist (the same object each time)."""


def article_file_problem(path: Path, limit: int = MAX_ARTICLE_BYTES) -> Message | None:
    """Why the file at ``path`` cannot be an article: missing, not a file, unreadable, too large."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return _NO_ARTICLE
    except OSError as err:
        return msg("cannot be read ({error})", error=err.strerror)
    if stat.S_ISDIR(info.st_mode):
        return _NO_ARTICLE
    if not stat.S_ISREG(info.st_mode):
        return msg("is a named pipe, socket or device, not a file; the article must be a regular file")
    return _size_problem(info.st_size, limit)


def _size_problem(size: int, limit: int) -> Message | None:
    if size > limit:
        shown, most = sizes(size, limit)
        return msg("is {size}, over the {limit} limit for an article; it was not read", size=shown, limit=most)
    return None


def sizes(size: int, limit: int) -> tuple[Message, Message]:
    """A size and the limit it is over, in MiB (rounded down) with as many decimals as it takes to tell them
    apart ("10.5 MiB" and "10 MiB"), or in bytes when even three do not ("10,485,761 bytes", not "10 MiB" twice)."""
    mib = 1024**2
    for decimals in range(4):
        cut = size * 10**decimals // mib / 10**decimals   # rounded down: never more than the file holds
        text, most = f"{cut:,.{decimals}f}", f"{limit / mib:,.{decimals}f}"
        if text != most:
            if "." in most:
                most = most.rstrip("0").rstrip(".")
            return msg("{n} MiB", n=text), msg("{n} MiB", n=most)
    return msg("{n} bytes", n=f"{size:,}"), msg("{n} bytes", n=f"{limit:,}")


@dataclass
class DecodedFile:
    """A file's text, or the problems that stop it being used whole."""

    text: str | None
    problems: list[Problem]
    bad_bytes: bool = False
    """Some bytes were not UTF-8; they are kept as lone surrogates (surrogateescape)."""


def read_text(folder: Path, rel: str, limit: int, what: Message, *, lenient: bool) -> DecodedFile:
    """Read a UTF-8 file of the dataset, refusing it if it is larger than ``limit``.

    With ``lenient`` (tables), undecodable bytes are kept as surrogates so the
    caller can report the rows they sit in and keep the rest; otherwise the
    first bad byte or NUL is a problem and no text is returned.
    """
    data, problems = read_bytes(folder, rel, limit, what)
    if data is None:
        return DecodedFile(None, problems)
    return decode_text(data, rel, lenient=lenient)


def read_bytes(folder: Path, rel: str, limit: int, what: Message) -> tuple[bytes | None, list[Problem]]:
    """A file's bytes, or the problems that stop it being read (missing, not a file, too large).

    ``what`` names the file's part in the dataset (``msg("article")``...).
    """
    path = folder / rel
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, [Problem(rel, 1, FILE_COLUMN, msg("{what} file not found; add it or fix the path that names it",
                                                       what=what))]
    except OSError as err:
        return None, [Problem(rel, 1, FILE_COLUMN, msg("cannot be read ({error})", error=err.strerror))]
    if not path.is_file():
        return None, [Problem(rel, 1, FILE_COLUMN, msg("is not a file; the {what} must be a regular file", what=what))]
    if size > limit:
        shown, most = sizes(size, limit)
        return None, [Problem(rel, 1, FILE_COLUMN, msg(
            "is {size}, over the limit of {limit} for a {what}; it was not read. "
            "Split it into smaller files", size=shown, limit=most, what=what))]
    try:
        return path.read_bytes(), []
    except OSError as err:
        return None, [Problem(rel, 1, FILE_COLUMN, msg("cannot be read ({error})", error=err.strerror))]


def decode_text(data: bytes, rel: str, *, lenient: bool) -> DecodedFile:
    """The text of a file's bytes (see read_text)."""
    try:
        text = data.decode("utf-8")
        bad = False
    except UnicodeDecodeError as err:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return DecodedFile(None, [Problem(rel, 1, FILE_COLUMN, msg(
                "was saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"))])
        if not lenient:
            line = data.count(b"\n", 0, err.start) + 1
            return DecodedFile(None, [Problem(rel, line, FILE_COLUMN, msg(
                "is not UTF-8 (byte 0x{byte:02x} at byte offset {offset}); save the file with UTF-8 encoding",
                byte=data[err.start], offset=err.start))])
        text = data.decode("utf-8", errors="surrogateescape")
        bad = True
    if text.startswith(BOM):
        text = text[1:]
    if not lenient and "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return DecodedFile(None, [Problem(rel, line, FILE_COLUMN, msg(
            "holds a NUL byte; this is not a text file, or it was saved as UTF-16: "
            "save it as UTF-8 text"))])
    return DecodedFile(text, [], bad)


# O_NONBLOCK: opening a named pipe must not wait for a writer (it is then refused as not a regular file).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)


def read_plain_article(path: str, limit: int) -> str | None:
    """An article's text when nothing about it is unusual, else None.

    The common case in a few system calls: a regular file within ``limit``,
    valid UTF-8 with no NUL. For anything else (missing, not a regular file,
    too large, unreadable, not UTF-8, a NUL) it returns None, and read_text
    says precisely what is wrong. A leading byte-order mark is dropped, as
    read_text does.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        size = 0
        while True:   # until the end, even if the file grew since fstat
            wanted = max(info.st_size - size, 0) + 1
            chunk = os.read(fd, wanted)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return None
            if len(chunk) < wanted:   # a short read of a regular file: its end
                break
        text = b"".join(chunks).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    finally:
        os.close(fd)
    if "\x00" in text:
        return None
    return text[1:] if text.startswith(BOM) else text
