"""Hostile JSON in datapackage.json: deep nesting, long integers, and the line of a value."""

from __future__ import annotations

import json
import time

import pytest

from viewer.model.reading.jsontext import MAX_DEPTH, LongNumber, TooDeep, line_of, load, long_numbers

TEXT = """{
  "name": "x",
  "resources": [
    {"name": "sources", "path": "s.csv"},
    {
      "name": "claims",
      "path":
        "c.csv"
    }
  ],
  "name": "y"
}"""


def test_line_of_a_nested_value():
    assert line_of(TEXT, ("resources", 1, "path")) == 8
    assert line_of(TEXT, ("resources", 0, "path")) == 4
    assert line_of(TEXT, ("resources",)) == 3


def test_line_of_a_key_written_twice_is_the_last_one():
    assert line_of(TEXT, ("name",)) == 11   # json.loads keeps the last value


def test_line_of_a_path_that_leads_nowhere_is_the_deepest_value_reached():
    assert line_of(TEXT, ("resources", 5, "path")) == 3
    assert line_of(TEXT, ("resources", 1, "schema")) == 5
    assert line_of(TEXT, ("missing",)) == 1
    assert line_of("not json", ("x",)) == 1


def test_nesting_too_deep_names_its_line_and_key():
    text = '{\n"a": 1,\n"deep":\n' + "[\n" * 150 + "]" * 150 + "}"
    with pytest.raises(TooDeep) as err:
        load(text)
    assert (err.value.line, err.value.key) == (3 + MAX_DEPTH, "deep")


def test_brackets_inside_strings_are_not_nesting():
    text = json.dumps({"a": "[" * 1000, "b": [[["{"]]]})
    assert load(text)["a"] == "[" * 1000


def test_escaped_quotes_are_scanned_in_linear_time():
    text = '{"a": "' + '\\"' * 500_000 + "[" * 200   # unclosed: invalid JSON, found quickly
    start = time.perf_counter()
    with pytest.raises(ValueError):
        load(text)
    assert time.perf_counter() - start < 2


def test_long_integer_is_kept_as_digits():
    raw = load('{"a": [1, ' + "9" * 5000 + "]}")
    assert list(long_numbers(raw)) == [(("a", 1), LongNumber("9" * 5000))]
