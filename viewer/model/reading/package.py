"""Reading datapackage.json: the dataset's descriptor."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..mapping.countries import iso_alpha3
from .files import path_problem, read_text
from .jsontext import MAX_DEPTH, TooDeep, line_of, load, long_numbers, max_int_digits, without_long_numbers
from ..checking.problems import FILE_COLUMN, DatasetError, Message, Problem, msg, quoted
from ..checking.rules import NAME_PATTERN, explain_code

DESCRIPTOR = "datapackage.json"
MAX_DESCRIPTOR_BYTES = 10 * 1024**2


@dataclass
class Descriptor:
    """What the viewer takes from datapackage.json."""

    name: str
    title: str
    origin: str | None
    paths: dict[str, str]
    """Resource name ("sources", "claims") -> path relative to the folder."""
    event: dict | None = None
    raw: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_descriptor(folder: Path) -> Descriptor:
    """Read and check datapackage.json; raise DatasetError if it is unusable."""
    if not folder.exists():
        raise DatasetError(Problem(str(folder), 1, FILE_COLUMN, msg("no such folder")))
    if not folder.is_dir():
        raise DatasetError(Problem(str(folder), 1, FILE_COLUMN, msg(
            "is not a folder; a dataset is a folder holding datapackage.json")))
    why = path_problem(folder, DESCRIPTOR)
    if why:   # a link out of the folder: the same rule as for every other file
        raise DatasetError(Problem(DESCRIPTOR, 1, FILE_COLUMN, msg("{why}; it was not read", why=why)))
    decoded = read_text(folder, DESCRIPTOR, MAX_DESCRIPTOR_BYTES, msg("descriptor"), lenient=False)
    if decoded.text is None:
        problem = decoded.problems[0]
        if "not found" in problem.message:
            problem = Problem(DESCRIPTOR, 1, FILE_COLUMN, msg(
                "not found; a dataset folder needs a datapackage.json descriptor "
                "(see the dataset format in the docs)"))
        raise DatasetError(problem)
    text = decoded.text
    try:
        raw = load(text)
    except TooDeep as err:
        raise DatasetError(Problem(DESCRIPTOR, err.line, err.key or FILE_COLUMN, msg(
            "is nested more than {limit} levels deep (lists and objects inside each other); "
            "no descriptor needs that many: remove the nesting", limit=MAX_DEPTH))) from None
    except json.JSONDecodeError as err:
        raise DatasetError(Problem(DESCRIPTOR, err.lineno, FILE_COLUMN,
                                   msg("is not valid JSON: {error} at column {column}",
                                       error=err.msg, column=err.colno))) from None
    if not isinstance(raw, dict):
        raise DatasetError(Problem(DESCRIPTOR, 1, FILE_COLUMN, msg("must hold a JSON object ({...})")))
    return _check(folder, raw, text)


def _check(folder: Path, raw: dict, text: str) -> Descriptor:
    problems: list[Problem] = []

    def problem(key: str, message: Message, at: tuple = ()) -> None:
        """A problem of the top-level ``key``, on the line of the value at ``at`` within it."""
        problems.append(Problem(DESCRIPTOR, line_of(text, (key, *at)), key, message))

    long = list(long_numbers(raw))
    for path, number in long:
        problem(str(path[0]), msg("holds a number of {digits:,} digits, longer than the {limit:,} digits a number "
                                  "may have here; it was ignored", digits=len(number.digits.lstrip("-")),
                                  limit=max_int_digits()), path[1:])
    if long:
        raw = without_long_numbers(raw)

    name = raw.get("name")
    if not isinstance(name, str) or not name:
        problem("name", msg('a machine name is required, e.g. "russia-2022"'))
        name = folder.name
    elif not re.fullmatch(NAME_PATTERN, name):
        problem("name", msg("{value} must be lower-case letters, digits, '.', '_' or '-'", value=quoted(name)))
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        problem("title", msg("a human title is required; it is shown in the window title"))
        title = name
    origin = raw.get("claims:origin")
    if not isinstance(origin, str) or origin not in iso_alpha3():
        if origin is None:
            problem("claims:origin", msg('is required: the ISO 3166-1 alpha-3 code of the country the flow '
                                         'leaves, e.g. "RUS"'))
        else:
            why = explain_code(origin, iso_alpha3()) if isinstance(origin, str) else msg(
                "{value} is not an upper-case ISO 3166-1 alpha-3 code such as RUS", value=json.dumps(origin))
            problem("claims:origin", msg('{why}; give the country the flow leaves, e.g. "RUS"', why=why))
        origin = None
    event = raw.get("claims:event")
    if event is not None and not _event_ok(event):
        problem("claims:event", msg('must be an object {"label": "...", "date": "YYYY-MM-DD"}; it was ignored'))
        event = None
    paths = _resource_paths(folder, raw.get("resources"), problem)
    return Descriptor(name, title, origin, paths, event, raw, problems)


def _event_ok(event: object) -> bool:
    if not isinstance(event, dict) or not isinstance(event.get("label"), str):
        return False
    try:
        date.fromisoformat(event.get("date", ""))
    except (TypeError, ValueError):
        return False
    return True


def _resource_paths(folder: Path, resources: object, problem) -> dict[str, str]:
    paths = {"sources": "sources.csv", "claims": "claims.csv"}
    if not isinstance(resources, list):
        problem("resources", msg('a list of resources is required, with one named "sources" '
                                 '(sources.csv) and one named "claims" (claims.csv); the default paths were tried'))
        return _default_paths(folder, paths, problem)
    found: dict[str, tuple[int, dict]] = {}
    for index, resource in enumerate(resources):
        if not isinstance(resource, dict):
            continue
        name = resource.get("name")
        if isinstance(name, str):
            found.setdefault(name, (index, resource))
        elif name is not None:
            problem("resources", msg('a resource\'s "name" must be a text such as "sources" or "claims", not {value}; '
                                     'that resource was ignored', value=_json_kind(name)), (index, "name"))
    for name, default in list(paths.items()):
        if name not in found:
            problem("resources", msg('no resource named "{name}"; add one with "path": "{default}" '
                                     '(the default path was tried)', name=name, default=default))
            if path_problem(folder, default):
                paths.pop(name)
            continue
        index, resource = found[name]
        path = resource.get("path")
        if not isinstance(path, str):
            problem("resources", msg('the resource "{name}" needs a "path" naming one file, e.g. "{default}"',
                                     name=name, default=default), (index, "path") if "path" in resource else (index,))
            if path_problem(folder, default):
                paths.pop(name)
            continue
        why = path_problem(folder, path)
        if why:
            problem("resources", msg('the path of "{name}" {path} {why}; it was not read',
                                     name=name, path=quoted(path), why=why), (index, "path"))
            paths.pop(name)
            continue
        paths[name] = path
    return paths


def _default_paths(folder: Path, paths: dict[str, str], problem) -> dict[str, str]:
    """The default paths that may be read: a default path is a path like any other (no link out of the folder)."""
    for name, path in list(paths.items()):
        why = path_problem(folder, path)
        if why:
            problem("resources", msg('the path of "{name}" {path} {why}; it was not read',
                                     name=name, path=quoted(path), why=why))
            paths.pop(name)
    return paths


def _json_kind(value: object) -> Message:
    """How a JSON value that should be a text is named in a problem: its kind, and a number or truth value as written."""
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, dict):
        return msg("an object")
    if isinstance(value, (bool, int, float)):
        return msg("the value {value}", value=quoted(json.dumps(value)))
    return msg("null")
