"""The pyarrow fast path reads exactly what the csv module path reads, or steps aside."""

import copy

import numpy as np
import pytest

import viewer.model.reading.csvtable as csvtable
from tests.conftest import CLAIMS, DATA, csv_text


def both_paths(folder, rel, monkeypatch):
    monkeypatch.setattr(csvtable, "FAST_MIN_CHARS", 0)
    fast = csvtable.read_table(folder, rel, "table")
    used_fast = csvtable._fast_read((folder / rel).read_bytes().decode("utf-8-sig")) is not None
    monkeypatch.setattr(csvtable, "FAST_MIN_CHARS", 10**12)
    slow = csvtable.read_table(folder, rel, "table")
    return fast, slow, used_fast


def assert_same(fast, slow):
    assert fast.problems == slow.problems
    assert (fast.frame is None) == (slow.frame is None)
    if fast.frame is not None:
        assert list(fast.frame.columns) == list(slow.frame.columns)
        assert np.array_equal(fast.lines, slow.lines)
        for name in fast.frame.columns:
            assert list(fast.frame[name]) == list(slow.frame[name]), name


def rows_with_note(note):
    rows = copy.deepcopy(CLAIMS)
    rows[1]["note"] = note
    return rows


@pytest.mark.parametrize("make_text, fast_expected", [
    (lambda: csv_text(CLAIMS), True),
    (lambda: csv_text(CLAIMS).replace("\n", "\r\n"), True),                    # CRLF
    (lambda: "\ufeff" + csv_text(CLAIMS), True),                                # BOM
    (lambda: csv_text(rows_with_note("two\nlines, and \"quotes\"")), True),     # a cell spanning lines
    (lambda: csv_text(rows_with_note("para one\n\npara two")), True),           # a blank line inside a cell
    (lambda: csv_text(CLAIMS).replace("\nc2,", "\n" + "," * 12 + "\nc2,", 1), True),  # an all-empty row
    (lambda: csv_text(CLAIMS).replace("\nc2", "\n\nc2"), False),                # a blank line: line numbers
    (lambda: csv_text(rows_with_note("two\nlines")).replace("\nc2", "\n\nc2"), False),  # both: no drift hidden
    (lambda: csv_text(CLAIMS).replace(",Officials,", ',Offi"cials,', 1), False),  # a stray quote
    (lambda: csv_text(CLAIMS).replace("\nc2,", "\nc2,extra,", 1), False),       # a ragged row
    (lambda: csv_text(CLAIMS).replace("\n", "\r"), False),                      # bare CR line endings
    (lambda: csv_text(CLAIMS).replace("\nc2,", "\nc2,\x00", 1), False),         # a NUL
    (lambda: csv_text(rows_with_note("x" * 131_072)), True),                    # a cell as long as may be
    (lambda: csv_text(rows_with_note("x" * 131_073)), False),                   # one character longer
    (lambda: csv_text(rows_with_note("\u00e9" * 100_000)), True),               # 200,000 bytes, 100,000 characters
    (lambda: csv_text(rows_with_note("line\n" * 30_000)), False),              # a long cell spanning lines
])
def test_fast_path_matches_the_csv_module(tmp_path, monkeypatch, make_text, fast_expected):
    (tmp_path / "claims.csv").write_text(make_text(), encoding="utf-8", newline="")
    fast, slow, used_fast = both_paths(tmp_path, "claims.csv", monkeypatch)
    assert used_fast == fast_expected
    assert_same(fast, slow)


def test_fast_path_on_the_bundled_tables(monkeypatch):
    for rel in ("claims.csv", "sources.csv"):
        fast, slow, used_fast = both_paths(DATA, rel, monkeypatch)
        assert used_fast
        assert_same(fast, slow)


def test_a_cell_too_long_is_reported_as_such_on_both_paths(tmp_path, monkeypatch):
    (tmp_path / "claims.csv").write_text(csv_text(rows_with_note("y" * 200_000)), encoding="utf-8", newline="")
    fast, slow, _used_fast = both_paths(tmp_path, "claims.csv", monkeypatch)
    assert_same(fast, slow)
    assert [str(p) for p in fast.problems] == [
        "claims.csv:3: file: a cell that starts in this row is longer than 131,072 characters, the most a cell may "
        "hold; shorten it (a quote needs only the words that carry the claim), or close the quoted cell that runs on"]


def test_the_csv_module_path_gives_the_same_in_chunks(tmp_path, monkeypatch):
    """Rows become Arrow a chunk at a time; problems, lines and cells do not depend on the chunk size."""
    rows = copy.deepcopy(CLAIMS) * 4
    for i, row in enumerate(rows):
        row["claim_id"] = f"c{i}"
    text = csv_text(rows)
    lines = text.split("\n")
    lines[3] = lines[3].replace("Officials", 'Offi"cials', 1)          # malformed quoting
    lines[6] = lines[6] + ",extra"                                      # ragged
    lines[9] = lines[9].replace(",", ",\x00", 1)                        # NUL
    lines[12] = lines[12].replace(",", ',"never closed', 1)              # unclosed
    data = "\n".join(lines).encode("utf-8").replace(b"Kremlin", b"Kreml\xefn", 1)   # not UTF-8
    (tmp_path / "claims.csv").write_bytes(data)
    monkeypatch.setattr(csvtable, "FAST_MIN_CHARS", 10**12)
    whole = csvtable.read_table(tmp_path, "claims.csv", "table")
    monkeypatch.setattr(csvtable, "CHUNK_ROWS", 2)
    chunked = csvtable.read_table(tmp_path, "claims.csv", "table")
    assert len(whole.problems) >= 4 and len(whole.dropped) == 3
    order = lambda p: (p.line, p.column)   # noqa: E731 (the loader sorts them so; chunks find them in another order)
    assert sorted(chunked.problems, key=order) == sorted(whole.problems, key=order)
    chunked.problems = whole.problems
    assert_same(chunked, whole)
    assert sorted(chunked.dropped) == sorted(whole.dropped)


@pytest.mark.parametrize("text", ['a,"b",c\n', 'a,b"c,d\n', '"a"x,b\n', 'x"\n', '"\n"', 'é"é,\n', '"",""\r\n',
                                  'a""b\n', '"q"', 'a,"b""c"\n'])
def test_odd_quotes_are_found_as_the_regular_expression_finds_them(text):
    import pyarrow as pa
    import pyarrow.compute as pc
    data = text.encode("utf-8")
    expected = pc.any(pc.match_substring_regex(pa.array([text]), csvtable._ODD_QUOTE)).as_py()
    assert csvtable._odd_quote(data) == expected
    assert csvtable._odd_quote(data, chunk=1) == expected


def test_cells_are_searched_for_line_feeds_only_when_the_rows_take_more_lines_than_one_each(tmp_path, monkeypatch):
    import viewer.model.reading.fastcsv as fastcsv
    searched = []
    count = fastcsv._newlines_and_lengths
    monkeypatch.setattr(fastcsv, "_newlines_and_lengths", lambda column, newlines=True: (
        searched.append(newlines), count(column, newlines))[1])
    for rows, expected in ((CLAIMS, False), (rows_with_note("two\nlines"), True)):
        searched.clear()
        (tmp_path / "claims.csv").write_text(csv_text(rows), encoding="utf-8", newline="")
        fast, slow, used_fast = both_paths(tmp_path, "claims.csv", monkeypatch)
        assert used_fast and set(searched) == {expected}
        assert_same(fast, slow)
