"""Messages that said something untrue or unhelpful (issue 14, item 18): a size over a limit worded as the
limit itself, and a named pipe for an article called a missing file."""

import os

import pytest

from tests.conftest import ARTICLE
from viewer.model import load_dataset
from viewer.model.reading.files import MAX_ARTICLE_BYTES


def messages(folder):
    return [str(p) for p in load_dataset(folder).problems]


def test_an_article_just_over_the_limit_is_not_said_to_be_the_limit(make_dataset):
    """It said "is 10.0 MiB, over the 10 MiB limit"."""
    text = ARTICLE + "x" * (MAX_ARTICLE_BYTES + 1 - len(ARTICLE.encode()))
    found = messages(make_dataset(articles={"s1": text}))
    assert any("is 10,485,761 bytes, over the 10,485,760 bytes limit for an article; it was not read" in m
               for m in found), found


def test_a_table_over_the_limit_says_by_how_much(make_dataset, monkeypatch):
    """It said "is 10 MiB, over the limit of 10 MiB"."""
    import viewer.model.reading.csvtable as csvtable
    monkeypatch.setattr(csvtable, "MAX_TABLE_BYTES", 1024**2)
    folder = make_dataset()
    claims = (folder / "claims.csv").read_bytes()
    for size, said in ((1024**2 + 10, "is 1,048,586 bytes, over the limit of 1,048,576 bytes for a claims table"),
                       (int(1.5 * 1024**2), "is 1.5 MiB, over the limit of 1 MiB for a claims table")):
        (folder / "claims.csv").write_bytes(claims + b"#" * (size - len(claims)))
        found = messages(folder)
        assert any(m.startswith("claims.csv:1: file: ") and said in m for m in found), found


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_as_article_is_named_as_such(make_dataset):
    """It said the source "names no article file", though a file of that name is there."""
    folder = make_dataset()
    os.unlink(folder / "articles" / "s1.txt")
    os.mkfifo(folder / "articles" / "s1.txt")
    found = messages(folder)
    assert any("is a named pipe, socket or device, not a file; the article must be a regular file" in m
               for m in found), found
    assert not any("names no article file" in m for m in found)
