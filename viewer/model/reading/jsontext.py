"""JSON text read safely, and where its values are written (for datapackage.json's problems).

``json.loads`` fails on hostile input in ways that are not JSON errors: a
value nested 100,000 deep exhausts the recursion limit, an integer of 5,000
digits exceeds Python's limit for converting digits. ``load`` turns both into
a place in the text (line and top-level key) or a value to report, and
``line_of`` finds the line where the value at a path (``["resources", 1,
"path"]``) is written, so that a problem names the line of the value at fault.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from json.decoder import scanstring

import numpy as np

MAX_DEPTH = 100
"""Deeper nesting is refused (no descriptor needs more than a handful of levels)."""

_SPACE = re.compile(r"[ \t\n\r]*")
# A string, or what is left of the text after an unclosed one: every quote starts a match, so
# that scanning is linear whatever the text (no retry from each escaped quote).
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_TOKEN = re.compile(_STRING.pattern + r'|[\[\]{}:,]', re.DOTALL)


def max_int_digits() -> int:
    """The longest integer (in digits) Python converts; 0: no limit."""
    get = getattr(sys, "get_int_max_str_digits", None)
    return get() if get else 0


@dataclass(frozen=True)
class LongNumber:
    """An integer too long to convert, kept as its digits (see load)."""

    digits: str


class TooDeep(Exception):
    """Nesting deeper than MAX_DEPTH: where it goes too deep."""

    def __init__(self, line: int, key: str):
        super().__init__(f"line {line}, key {key!r}")
        self.line = line
        self.key = key


def load(text: str):
    """json.loads, with nesting deeper than MAX_DEPTH raised as TooDeep, and integers too
    long for Python kept as LongNumber (find them with long_numbers)."""
    _check_depth(text)
    limit = max_int_digits()

    def parse_int(digits: str):
        if limit and len(digits.lstrip("-")) > limit:
            return LongNumber(digits)
        return int(digits)
    try:
        return json.loads(text, parse_int=parse_int)
    except RecursionError:   # not expected after _check_depth; never a traceback all the same
        raise TooDeep(1, "") from None


def _check_depth(text: str) -> None:
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    brackets = np.frombuffer(re.sub(r"[^\[\]{}]", "", _STRING.sub('""', text)).encode("ascii"), dtype=np.uint8)
    if not len(brackets) or np.cumsum(np.where((brackets == ord("[")) | (brackets == ord("{")), 1, -1)).max() <= MAX_DEPTH:
        return
    depth, key, last_string = 0, "", None
    for match in _TOKEN.finditer(text):   # find the place and its top-level key
        token = match.group()
        if token[0] == '"':
            last_string = token
        elif token == ":":
            if depth == 1 and last_string is not None:
                try:
                    key = json.loads(last_string)
                except ValueError:
                    key = last_string
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise TooDeep(text.count("\n", 0, match.start()) + 1, key)
        elif token in "]}":
            depth -= 1
    raise TooDeep(1, key)


def long_numbers(value, path: tuple = ()):
    """(path, LongNumber) for each integer load kept as digits, in document order."""
    if isinstance(value, LongNumber):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from long_numbers(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from long_numbers(item, path + (index,))


def without_long_numbers(value):
    """The value with every LongNumber replaced by None."""
    if isinstance(value, LongNumber):
        return None
    if isinstance(value, dict):
        return {key: without_long_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_long_numbers(item) for item in value]
    return value


_DECODER = json.JSONDecoder(parse_int=str)   # skips values; never converts a long integer
_SCAN = _DECODER.scan_once


def line_of(text: str, path: tuple | list) -> int:
    """The line where the value at ``path`` (keys and list indices) is written.

    When the path leads nowhere (a key is missing, a value is not the
    container the path expects), the line of the deepest value it reaches.
    With a key written twice, its last value (the one json.loads keeps).
    """
    try:
        return text.count("\n", 0, _position(text, path)) + 1
    except (ValueError, IndexError, RecursionError):   # not valid JSON: no better place than the start
        return 1


def _position(text: str, path) -> int:
    pos = _SPACE.match(text, 0).end()
    for step in path:
        if pos >= len(text):
            return pos
        inner = _key_in(text, pos, step) if isinstance(step, str) else _item_in(text, pos, step)
        if inner is None:
            return pos
        pos = inner
    return pos


def _key_in(text: str, pos: int, key: str) -> int | None:
    """Where the value of ``key`` starts, in the object at ``pos`` (None: not an object, or no such key)."""
    if text[pos] != "{":
        return None
    found = None
    pos = _SPACE.match(text, pos + 1).end()
    while text[pos] == '"':
        name, pos = scanstring(text, pos + 1)
        pos = _SPACE.match(text, pos).end() + 1   # the colon
        pos = _SPACE.match(text, pos).end()
        if name == key:
            found = pos
        pos = _SPACE.match(text, _SCAN(text, pos)[1]).end()
        if text[pos] != ",":
            break
        pos = _SPACE.match(text, pos + 1).end()
    return found


def _item_in(text: str, pos: int, index: int) -> int | None:
    """Where item ``index`` starts, in the list at ``pos`` (None: not a list, or too short)."""
    if text[pos] != "[":
        return None
    pos = _SPACE.match(text, pos + 1).end()
    if text[pos] == "]":
        return None
    for _ in range(index):
        pos = _SPACE.match(text, _SCAN(text, pos)[1]).end()
        if text[pos] != ",":
            return None
        pos = _SPACE.match(text, pos + 1).end()
    return pos
