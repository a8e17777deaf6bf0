"""The dataset format shipped in docs/ states the version and the limits the loader applies."""

import csv

from tests.conftest import REPO
from viewer.model.checking.checker import MAX_LISTED
from viewer.model.reading.csvtable import MAX_COLUMNS
from viewer.model.reading.jsontext import MAX_DEPTH, max_int_digits

DOC = (REPO / "docs" / "dataset-format.md").read_text(encoding="utf-8")


def test_the_format_is_version_1_1():
    assert DOC.startswith("# Claims dataset format, version 1.1\n")
    assert "- 1.1: white space at the start and end of a quote is not part of it" in DOC


def test_the_limits_are_those_the_loader_applies():
    limits = DOC.split("## Limits of this viewer", 1)[1].split("\n## ", 1)[0]
    for figure in (f"{MAX_COLUMNS:,} columns", f"{csv.field_size_limit():,} characters",
                   f"{MAX_DEPTH} levels deep", f"{max_int_digits():,} digits", f"the first {MAX_LISTED:,} are"):
        assert figure in " ".join(limits.split()), figure
