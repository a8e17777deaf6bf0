"""TableRows.keys_with finds an edit's few ids in a hashed index of the column and many by comparing every row:
both give the same keys, duplicates, records the reader left out, records edited and removed included."""

from __future__ import annotations

import shutil

from tests.conftest import DATA
from viewer.model.document import Document
from viewer.model.document import rows as rows_module


def test_few_values_are_found_as_many_are(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    text = (folder / "claims.csv").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    # bb-03 twice (a duplicate id), and a row of the wrong width (left out by the reader, kept as a record)
    text = "".join(lines + [lines[9], "bb-99,too,few\n"])
    (folder / "claims.csv").write_text(text, encoding="utf-8")
    doc = Document.open(folder)
    doc.update_claim("ht-02", claim_id="ht-02-renamed")
    doc.delete_claim("ht-04")
    rows = doc.rows["claims"]
    asked = [["bb-03"], ["bb-99"], ["ht-02"], ["ht-02-renamed"], ["ht-04"], ["nope"], ["bb-01", "bb-03", "ht-05"], []]
    few = [sorted(rows.keys_with("claim_id", values).tolist()) for values in asked]
    monkeypatch.setattr(rows_module, "FEW_VALUES", -1)   # every lookup by comparing every row
    many = [sorted(rows.keys_with("claim_id", values).tolist()) for values in asked]
    assert few == many
    assert len(few[0]) == 2 and few[2] == [] and len(few[3]) == 1 and few[4] == few[5] == [] and len(few[6]) == 4


def test_present_says_which_keys_are_records_as_records_come_and_go(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    doc = Document.open(folder)
    raw = doc.rows["claims"].raw

    def agrees():
        keys = list(range(-2, int(raw.order.max()) + 4))
        assert raw.present(keys).tolist() == [raw.position_of(k) >= 0 for k in keys]
    agrees()
    doc.delete_claim("ht-02")
    agrees()
    doc.add_claim(source_id="ht-2022-10-06", quote=doc.claim("ht-03")["quote"], claimant="Someone", stance="asserts",
                  metric="left", value_low="5", value_high="5")
    agrees()
    doc.undo()
    doc.undo()
    agrees()
    doc.update_claim("ht-03", note="in place")   # records stay: the table made for them is used again
    table = raw._present
    agrees()
    assert raw._present is table
