"""Appending rows to a table writes only the new rows, formatted as the table is."""

import csv
import io

import pytest

from viewer.model.edit.csv_append import append_text


def _read(text):
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))


@pytest.mark.parametrize("existing", [
    "source_id,outlet\nht,Hindustan Times\n",
    "\ufeffsource_id,outlet\r\nht,Hindustan Times\r\n",
    "source_id,outlet\nht,Hindustan Times",                     # no line ending at the end
    '"source_id","outlet"\r\n"ht","Hindustan Times"\r\n',      # every cell quoted
    'outlet,notes,source_id\n"HT","a note\nover two lines",ht\n',  # another order, an unknown column
])
def test_the_existing_text_is_kept_and_the_row_reads_back(existing):
    added = append_text(existing, [{"source_id": "bb", "outlet": 'Breitbart, "News"'}])
    whole = existing + added
    assert whole.startswith(existing)
    rows = _read(whole)
    assert rows[-1]["source_id"] == "bb" and rows[-1]["outlet"] == 'Breitbart, "News"'
    assert rows[0]["source_id"] == "ht" and len(rows) == 2
    eol = "\r\n" if "\r\n" in existing else "\n"
    assert added.endswith(eol) and (eol == "\r\n" or "\r" not in added)


def test_a_quoted_header_gets_quoted_cells_and_a_plain_one_minimal_quoting():
    assert append_text('"a","b"\n', [{"a": "1"}]) == '"1",""\n'
    assert append_text("a,b\n", [{"a": "1", "b": "x\ny"}]) == 'a,b\n'[:0] + '1,"x\ny"\n'


def test_an_unknown_column_is_refused_and_an_empty_table_gets_its_header():
    with pytest.raises(ValueError, match="no column 'c'"):
        append_text("a,b\n", [{"c": "1"}])
    assert append_text("", [{"a": "1"}], ["a", "b"]) == "a,b\n1,\n"
    with pytest.raises(ValueError):
        append_text("", [{"a": "1"}])
