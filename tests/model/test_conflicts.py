"""A file changed on disk while there were unsaved edits: what conflicts, what is kept, pure (no Qt)."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import write_dataset
from viewer.model.document import ChangedOnDisk, Document
from viewer.model.document.conflicts import effective_entries, entry_records, plan_reload


@pytest.fixture
def folder(tmp_path):
    return write_dataset(tmp_path / "ds")


def edit_on_disk(folder, change) -> None:
    """Rewrite claims.csv as a spreadsheet would: ``change(rows)`` edits the list of dicts in place."""
    path = folder / "claims.csv"
    reader = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8"), newline=""))
    rows, columns = list(reader), list(reader.fieldnames)
    change(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n")   # another program: other line endings too
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def set_cell(claim_id, column, value):
    def change(rows):
        next(r for r in rows if r["claim_id"] == claim_id)[column] = value
    return change


def test_an_edit_that_does_not_conflict_is_made_again_on_the_records_as_they_are(folder):
    doc = Document.open(folder)
    doc.update_claim("c3", claimant="Kazakh officials")
    edit_on_disk(folder, set_cell("c4", "value_text", "about 66,000"))
    with pytest.raises(ChangedOnDisk):
        doc.save()                          # a save never overwrites the change on disk
    plan = plan_reload(doc)
    assert plan.conflicts == [] and plan.tables == ["claims"] and plan.edits == 1
    result = plan.finish()
    new = result.document
    assert new.claim("c3")["claimant"] == "Kazakh officials" and new.claim("c4")["value_text"] == "about 66,000"
    assert new.dirty and new.undo_name() == "Edit claim c3" and result.replayed == 1
    new.save()
    data = (folder / "claims.csv").read_bytes()
    assert b"Kazakh officials" in data and b"about 66,000" in data
    assert data.count(b"\r\n") == data.count(b"\n") == 5   # the other program's line endings kept


@pytest.mark.parametrize("keep", [True, False])
def test_a_record_both_changed_is_asked_about(folder, keep):
    doc = Document.open(folder)
    doc.update_claim("c3", claimant="Kazakh officials")
    doc.update_claim("c1", note="mine")            # does not conflict
    edit_on_disk(folder, set_cell("c3", "value_text", "200,000"))
    plan = plan_reload(doc)
    [conflict] = plan.conflicts
    assert (conflict.table, conflict.record_id, conflict.kind) == ("claims", "c3", "changed")
    assert conflict.columns() == ["claimant", "value_text"]
    assert (conflict.base["claimant"], conflict.mine["claimant"], conflict.theirs["claimant"]) == (
        "Officials", "Kazakh officials", "Officials")
    result = plan.finish(keep_mine={("claims", "c3")} if keep else ())
    new = result.document
    assert new.claim("c1")["note"] == "mine"
    c3 = new.claim("c3")
    if keep:   # mine, as I had it: their value_text is not kept on my record
        assert (c3["claimant"], c3["value_text"]) == ("Kazakh officials", "")
        assert result.kept_mine == [conflict]
    else:
        assert (c3["claimant"], c3["value_text"]) == ("Officials", "200,000")
        assert result.took_theirs == [conflict]
    assert not result.failed


def test_a_record_removed_on_disk_and_one_i_removed_that_changed_there(folder):
    doc = Document.open(folder)
    doc.update_claim("c2", note="checked")
    doc.delete_claim("c1")
    def change(rows):
        rows[:] = [r for r in rows if r["claim_id"] != "c2"]
        next(r for r in rows if r["claim_id"] == "c1")["claimant"] = "Media"
    edit_on_disk(folder, change)
    plan = plan_reload(doc)
    assert [(c.record_id, c.kind) for c in plan.conflicts] == [("c1", "deleted"), ("c2", "went")]
    went = plan.conflicts[1]
    assert went.theirs is None and went.mine["note"] == "checked"
    result = plan.finish(keep_mine={("claims", "c1"), ("claims", "c2")})
    new = result.document
    assert "c1" not in new.claim_ids() and new.claim("c2")["note"] == "checked"   # mine: deleted, and kept

    again = Document.open(folder, recover=False)
    edit = plan_reload(again)
    assert edit.conflicts == []          # nothing unsaved in a document just read


def test_the_same_id_added_twice_and_the_same_change_made_twice(folder):
    doc = Document.open(folder)
    doc.add_claim(claim_id="c9", source_id="s1", quote="200,000 Russians had entered", claimant="Border guards",
                  stance="asserts", metric="entered", destination="KAZ", value_low="200000", value_high="200000")
    doc.update_claim("c4", value_text="about 66,000")
    def change(rows):
        set_cell("c4", "value_text", "about 66,000")(rows)
        rows.append(dict(rows[2], claim_id="c9", claimant="Someone else"))
    edit_on_disk(folder, change)
    plan = plan_reload(doc)
    [added] = plan.conflicts
    assert (added.record_id, added.kind) == ("c9", "added") and ("claims", "c4") in plan.alike
    result = plan.finish(keep_mine={("claims", "c9")})
    new = result.document
    assert new.claim("c9")["claimant"] == "Border guards" and new.claim_ids().count("c9") == 1
    assert new.claim("c4")["value_text"] == "about 66,000"


def test_what_was_saved_is_the_base_not_what_was_first_read(folder):
    doc = Document.open(folder)
    doc.update_claim("c3", claimant="Kazakh officials")
    doc.save()
    doc.update_claim("c4", note="later")
    edit_on_disk(folder, set_cell("c3", "value_text", "on disk"))
    plan = plan_reload(doc)
    assert plan.conflicts == []            # c3 has no unsaved edit: the disk's change is simply taken
    new = plan.finish().document
    assert (new.claim("c3")["claimant"], new.claim("c3")["value_text"]) == ("Kazakh officials", "on disk")
    assert new.claim("c4")["note"] == "later"


def test_the_journal_holds_the_edits_as_they_stand_after_a_reload(folder):
    doc = Document.open(folder)
    doc.update_claim("c3", claimant="Kazakh officials")
    doc.update_claim("c1", note="gone")
    doc.undo()
    doc.update_claim("c2", note="checked")
    edit_on_disk(folder, set_cell("c3", "claimant", "Astana"))
    plan = plan_reload(doc)
    assert [e["id"] for e in plan.entries] == ["c3", "c2"]
    new = plan.finish().document             # c3: theirs
    new.close()
    recovered = Document.open(folder)        # as after a crash: the journal is replayed
    assert recovered.recovered == 1 and recovered.claim("c2")["note"] == "checked"
    assert recovered.claim("c3")["claimant"] == "Astana" and recovered.claim("c1").get("note", "") == ""


def test_effective_entries_and_the_records_they_touch():
    entries = [{"op": "add_claim", "columns": {"claim_id": "n1"}}, {"op": "update_claim", "id": "n1",
                                                                     "columns": {"claim_id": "n2"}},
               {"op": "update_claim", "id": "c1", "columns": {"claim_id": "c1b"}},
               {"op": "update_claim", "id": "c1b", "columns": {"note": "x"}},
               {"op": "delete_source", "id": "s1"}, {"op": "undo"}, {"op": "redo"},
               {"op": "update_article", "id": "s1", "text": "t"}, {"op": "update_claim", "id": "c5", "columns": {}},
               {"op": "undo"}]
    done = effective_entries(entries)
    assert [e["op"] for e in done] == ["add_claim", "update_claim", "update_claim", "update_claim", "delete_source",
                                       "update_article"]
    assert entry_records(done) == [("claims", "n2"), ("claims", "n2"), ("claims", "c1"), ("claims", "c1"),
                                   ("sources", "s1"), None]


def test_a_saved_step_undone_is_made_again_only_where_it_does_not_meet_the_disk(folder):
    """An undo of a step made before the save is journaled as one "revert" entry for the records it brings
    back. Reloading, each of those records is judged alone: one the disk already has as mine is not made a
    second time (no duplicate id), one that conflicts is asked about, the rest are made again."""
    doc = Document.open(folder)
    c4 = dict(doc.claim("c4"))
    doc.delete_claim("c4")
    doc.update_claim("c3", claimant="Kazakh officials")
    doc.save()
    doc.undo()          # the edit of c3 taken back: a "revert" entry
    doc.undo()          # c4 back: another "revert" entry, adding it
    assert [e["op"] for e in doc.journal.entries()] == ["revert", "revert"]

    def c4_back_and_c3_changed(rows):
        rows.append({name: c4.get(name, "") for name in rows[0]})   # the same c4 added back on disk
        next(r for r in rows if r["claim_id"] == "c3")["claimant"] = "Named on disk"
    edit_on_disk(folder, c4_back_and_c3_changed)
    plan = plan_reload(doc)
    assert [(c.record_id, c.kind) for c in plan.conflicts] == [("c3", "changed")]
    result = plan.finish(keep_mine=[])
    new = result.document
    assert new.claim_ids().count("c4") == 1 and result.failed == []
    assert new.claim("c3")["claimant"] == "Named on disk" and new.problems == []
