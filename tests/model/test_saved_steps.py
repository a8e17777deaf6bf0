"""Undo and redo of steps made before the last save survive a crash: the journal holds what they did."""

from __future__ import annotations

import random
import subprocess
import sys
import shutil

import pytest

from tests.conftest import DATA
from viewer.model import load_dataset
from viewer.model.document import Document


def _state(doc):
    return ({cid: doc.claim(cid) for cid in doc.claim_ids()}, {sid: doc.source(sid) for sid in doc.source_ids()})


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path / "data"


def test_an_undo_past_the_save_is_restored_after_a_crash(folder, tmp_path):
    journals = tmp_path / "journals"
    doc = Document.open(folder, journal_dir=journals)
    doc.update_claim("ht-03", note="saved note")
    doc.delete_claim("bb-07")
    doc.save()
    doc.undo()                       # bb-07 back: a step the journal never held
    doc.undo()                       # the note gone again
    assert doc.claim("ht-03")["note"] != "saved note" and "bb-07" in doc.claim_ids()
    expected = _state(doc)
    doc.journal.close()              # as a crash would leave it: nothing saved since
    assert Document.open(folder, journal_dir=journals, recover=False).pending()[0] == 2   # what the window asks
    again = Document.open(folder, journal_dir=journals)
    assert again.recovered == 2 and again.dirty
    assert _state(again) == expected
    again.save()
    assert [str(p) for p in load_dataset(folder).problems] == []
    assert _state(Document.open(folder, journal_dir=journals, recover=False)) == expected


def test_a_redo_past_the_save_and_the_steps_after_it(folder, tmp_path):
    journals = tmp_path / "journals"
    doc = Document.open(folder, journal_dir=journals)
    doc.update_claim("ht-03", note="one")
    doc.update_claim("ht-03", note="two")
    doc.undo()                       # "two" undone before the save: on the redo stack when saved
    doc.save()
    doc.redo()                       # "two" again: redone past the save
    doc.update_claim("bb-02", claimant="someone else")
    doc.undo()
    doc.redo()
    expected = _state(doc)
    doc.journal.close()
    again = Document.open(folder, journal_dir=journals)
    assert _state(again) == expected and again.claim("ht-03")["note"] == "two"


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_saves_undos_and_redos_then_a_crash(folder, tmp_path, seed):
    rng = random.Random(seed)
    journals = tmp_path / "journals"
    doc = Document.open(folder, journal_dir=journals)
    for step in range(40):
        action = rng.choice(["edit", "edit", "add", "delete", "undo", "undo", "redo", "save"])
        ids = doc.claim_ids()
        if action == "edit" and ids:
            doc.update_claim(rng.choice(ids), note=f"note {step}", value_text=rng.choice(["", "about 5", "x"]))
        elif action == "add":
            doc.add_claim(source_id=rng.choice(doc.source_ids()), quote="700,000", claimant=f"c{step}",
                          stance="asserts", metric="left")
        elif action == "delete" and ids:
            doc.delete_claim(rng.choice(ids))
        elif action == "undo":
            doc.undo()
        elif action == "redo":
            doc.redo()
        else:
            doc.save()
    expected = _state(doc)
    doc.journal.close()
    asked = Document.open(folder, journal_dir=journals, recover=False).pending()[0]
    again = Document.open(folder, journal_dir=journals)
    assert _state(again) == expected
    assert again.recovered == asked


UNDOER = """
import sys
from viewer.model.document import Document
doc = Document.open(sys.argv[1], journal_dir=sys.argv[2])
doc.update_claim("ht-03", note="saved note")
doc.delete_claim("bb-07")
doc.import_article(sys.argv[3], outlet="Kazinform", title="Arrivals", published="2022-10-04", source_id="kaz")
doc.save()
doc.undo()      # the import: past the save
doc.undo()      # bb-07 back
doc.update_claim("bb-02", claimant="after the save")   # a step the journal holds, then undone and redone
doc.undo()
doc.redo()
print("acknowledged", flush=True)
sys.stdin.read()
"""


def test_edit_save_undo_then_kill_9_reopens_in_the_undone_state(folder, tmp_path):
    """A real crash (kill -9 of another process) after undoing steps that were saved: reopening restores
    the undos, and a save then writes the undone state to the files."""
    journals = tmp_path / "journals"
    article = tmp_path / "kazakh.txt"
    article.write_text("Kazakhstan's interior minister said 200,000 Russians had entered the country since the "
                       "mobilisation, and that 147,000 had left again.\n", encoding="utf-8")
    before = Document.open(folder, journal_dir=journals, recover=False)
    note_before = before.claim("ht-03")["note"]
    before.close()
    process = subprocess.Popen([sys.executable, "-c", UNDOER, str(folder), str(journals), str(article)],
                               stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, cwd=str(DATA.parent))
    assert process.stdout.readline().strip() == "acknowledged"
    process.kill()
    process.wait()
    # the files hold the save: note set, bb-07 gone, the import in
    saved = load_dataset(folder)
    assert "bb-07" not in saved.claims["claim_id"].tolist() and "kaz" in saved.sources["source_id"].tolist()
    waiting = Document.open(folder, journal_dir=journals, recover=False)
    assert waiting.pending()[0] == 3      # two undos past the save and one edit, counted as recover counts them
    waiting.close()
    doc = Document.open(folder, journal_dir=journals)
    assert doc.recovered == 3 and doc.dirty
    assert "kaz" not in doc.source_ids() and "bb-07" in doc.claim_ids()
    assert doc.claim("ht-03")["note"] == "saved note" and doc.claim("bb-02")["claimant"] == "after the save"
    doc.save()
    doc.close()
    after = load_dataset(folder)
    assert [str(p) for p in after.problems] == []
    assert "kaz" not in after.sources["source_id"].tolist() and "bb-07" in after.claims["claim_id"].tolist()
    assert after.claims.set_index("claim_id").loc["bb-02", "claimant"] == "after the save"
    assert note_before != "saved note"
