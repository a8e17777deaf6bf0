"""The pure session: typed changes, and a claims index mended in place that equals one built afresh."""

from __future__ import annotations

import shutil
import sys

import numpy as np
import pandas as pd
import pytest

from tests.conftest import DATA
from viewer.model.changes import ClaimsChanged, DatasetOpened, FiltersChanged, OrderChanged, SelectionChanged
from viewer.model.index.claims_index import COLUMNS, ClaimsIndex
from viewer.model.document import Document
from viewer.model.flows.compute import flows_records
from viewer.model.session import Session
from viewer.model.state import Filters


def _session(folder):
    doc = Document.open(folder)
    session = Session()
    heard = []
    session.subscribe(heard.append)
    session.set_dataset(doc.dataset, document=doc)
    return doc, session, heard


def _same_index(session, filters=Filters(), sort=("published", True)):
    """The mended index shows what an index built afresh from the document's claims shows."""
    mended = session.claims_index
    fresh = ClaimsIndex(session.document.dataset.claims, session.document.dataset.sources, session.words)
    for view in (mended, fresh):
        view.update(filters, *sort)
    assert [mended.claim_id_at(i) for i in range(len(mended))] == [fresh.claim_id_at(i) for i in range(len(fresh))]
    for i in range(len(fresh)):
        a, b = mended.order[i], fresh.order[i]
        assert [mended.text(c, a) for c in COLUMNS] == [fresh.text(c, b) for c in COLUMNS]
    assert flows_records(mended.flows) == flows_records(fresh.flows)
    assert mended.flows["worded"].tolist() == fresh.flows["worded"].tolist()
    # The flows frame itself, dtypes included (an edit that keeps every flow writes its rows in place).
    pd.testing.assert_frame_equal(mended.flows.reset_index(drop=True), fresh.flows.reset_index(drop=True))
    for i in range(len(fresh)):
        a, b = mended.order[i], fresh.order[i]
        assert sorted(mended._ids[mended.flow_rows(a)]) == sorted(fresh._ids[fresh.flow_rows(b)])


def test_changes_are_typed_and_name_what_they_touched(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    doc, session, heard = _session(folder)
    assert isinstance(heard[-1], DatasetOpened)
    session.state.select("ht-03")
    assert heard[-1] == SelectionChanged(heard[-1].version, "ht-03")
    session.state.update_filters(text="kazakh")   # ht-03 is not about Kazakhstan: the selection follows the filter
    assert [type(c) for c in heard[-3:]] == [OrderChanged, SelectionChanged, FiltersChanged]
    session.state.clear_filters()
    session.state.select("ht-03")
    heard.clear()
    doc.update_claim("ht-03", value_high="250000")
    change = next(c for c in heard if isinstance(c, ClaimsChanged))
    assert change.ids == {"ht-03"} and change.columns == {"value_high"} and not change.rows_changed
    assert session.state.claim_id == "ht-03"   # the selection stays
    heard.clear()
    doc.delete_claim("ht-03")
    change = next(c for c in heard if isinstance(c, ClaimsChanged))
    assert change.removed == {"ht-03"} and session.state.claim_id is None
    versions = [c.version for c in heard]
    assert versions == sorted(versions) and session.version == versions[-1]


@pytest.mark.parametrize("sort", [("published", True), ("figure", False), ("claimant", True), ("quote", True)])
def test_mended_index_equals_a_fresh_one(tmp_path, sort):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    doc, session, _heard = _session(folder)
    session.state.sort_by(*sort)
    session.claims_index.prepare_search()
    session.claims_index.sorted_rows(*sort)
    doc.update_claim("ht-03", value_high="999999", claimant="A new claimant")
    doc.update_claim("bb-02", destination="GEO", stance="denies")
    source = doc.source_ids()[1]
    doc.add_claim(source_id=source, quote=doc.claim("bb-04")["quote"], claimant="Zeta", stance="asserts",
                  metric="entered", destination="MNG", value_low="5", value_high="10")
    doc.update_claim("bb-05", claim_id="bb-05-renamed")
    doc.delete_claim("ht-01")
    doc.undo()
    doc.delete_claim("bb-06")
    _same_index(session, sort=sort)
    _same_index(session, Filters(text="zeta"), sort)
    _same_index(session, Filters(destination="GEO"), sort)
    assert session.claims_index.text_mask("a new claimant").sum() == 1


def test_mended_index_on_a_larger_dataset(tmp_path):
    sys.path.insert(0, str(DATA.parent / "benchmarks"))
    from synthetic import generate
    folder = tmp_path / "big"
    generate(folder, 3000, 300, seed=3)
    doc, session, _heard = _session(folder)
    session.claims_index.prepare_search()
    rng = np.random.default_rng(0)
    ids = doc.claim_ids()
    for n in rng.integers(0, len(ids), 12).tolist():
        doc.update_claim(ids[n], value_high=str(int(rng.integers(1, 10**6))), metric=["left", "entered"][n % 2])
    doc.delete_claim(ids[7])
    _same_index(session, sort=("figure", True))
    _same_index(session, Filters(text="georgia"), ("claimant", False))


def test_an_edit_that_opens_a_flows_range_keeps_it_open(tmp_path):
    """Format 1.1: a flow whose only figure becomes "up to" runs from null, in the mended flows as in fresh ones."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    doc, session, _heard = _session(folder)
    doc.update_claim("bb-04", value_low="")   # Kazakhstan, left: its only claim, now "up to 200,000"
    _same_index(session)
    kaz = next(r for r in flows_records(session.claims_index.flows) if r["destination"] == "KAZ" and r["metric"] == "left")
    assert (kaz["low"], kaz["high"]) == (None, 200000)
    doc.update_claim("bb-04", value_low="200000", value_high="")   # now "at least 200,000"
    _same_index(session)
    kaz = next(r for r in flows_records(session.claims_index.flows) if r["destination"] == "KAZ" and r["metric"] == "left")
    assert (kaz["low"], kaz["high"]) == (200000, None)


def test_the_index_mended_edit_by_edit_equals_a_fresh_one(tmp_path):
    """Checked after every edit: while no claim has been removed the index takes the Document's patched frame
    as its own (it holds the same rows); a claim moved to another source is found by that source's outlet."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    doc, session, _heard = _session(folder)
    quote = doc.claim("bb-04")["quote"]
    article = tmp_path / "wire.txt"
    article.write_text(f"A wire story.\n\n{quote}\n", encoding="utf-8")
    wire = doc.import_article(article, outlet="Zeta Wire", published="2022-10-07")
    session.claims_index.prepare_search()
    session.claims_index.sorted_rows("figure", False)
    steps = [lambda: doc.update_claim("bb-02", value_high="123456"),
             lambda: doc.update_claim("bb-04", source_id=wire),
             lambda: doc.update_claim("ht-04", unit="people_per_day", claimant="Quill Q"),
             lambda: doc.update_claim("bb-01", destination="MNG"),
             lambda: doc.add_claim(source_id=wire, quote=quote, claimant="Zeta", stance="asserts",
                                   metric="entered", destination="MNG", value_low="5", value_high="10"),
             doc.undo, doc.redo]
    for k, step in enumerate(steps):
        step()
        # the undo removes the claim added: the index keeps a row for it from then on
        assert (session.claims_index.claims is doc.dataset.claims) == (k < 5)
        _same_index(session, sort=("figure", False))
        _same_index(session, Filters(text="zeta wire"))
    wired = session.claims_index.mask(Filters(text="zeta wire"))
    assert sorted(session.claims_index._ids[wired]) == sorted(["bb-04", doc.claim_ids()[-1]])
    assert session.claims_index.mask(Filters(text="quill q")).sum() == 1
    doc.delete_claim("bb-06")
    doc.update_claim("bb-07", value_low="1")
    _same_index(session, sort=("figure", False))


def test_may_touch_says_false_only_when_sure(tmp_path):
    from viewer.model.index.relevance import may_touch
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    _doc, session, _heard = _session(folder)
    view = session.claims_index
    edit = ClaimsChanged(1, ids=frozenset({"ht-03"}), columns=frozenset({"value_high"}))
    assert not may_touch(view, edit, destination="KAZ", claim_id="bb-04")
    assert may_touch(view, edit, destination="")                      # ht-03 is about abroad as a whole
    assert may_touch(view, edit, source_id="ht-2022-10-06")
    assert may_touch(view, edit, claim_id="ht-03")
    assert may_touch(view, edit)                                       # a view of everything
    moved = ClaimsChanged(1, ids=frozenset({"ht-03"}), columns=frozenset({"destination"}))
    assert may_touch(view, moved, destination="KAZ")                   # it may have been about KAZ before
    assert may_touch(view, ClaimsChanged(1, ids=frozenset({"ht-03"})), destination="KAZ")   # columns unknown
    assert may_touch(view, ClaimsChanged(1, removed=frozenset({"ht-03"})), destination="KAZ")
    assert may_touch(view, ClaimsChanged(1, ids=frozenset({"no-such"}), columns=frozenset({"note"})), destination="KAZ")


@pytest.mark.parametrize("sort", [("published", True), ("figure", False), ("claimant", True)])
def test_the_first_claims_of_a_dataset_that_had_none_are_in_the_visible_order(tmp_path, sort):
    """A dataset being made (articles, no claim): the sort orders made while it had none were mended by
    returning them as they were (empty), so every claim added was in the index and in no view's rows."""
    from tests.conftest import CLAIMS, csv_text, write_dataset
    header = list(dict.fromkeys(k for row in CLAIMS for k in row))   # (a new column would rebuild the index)
    folder = write_dataset(tmp_path / "ds", claims=csv_text([], header))
    doc, session, _heard = _session(folder)
    session.claims_index.update(Filters(), *sort)   # the order of the empty dataset made, as the table does
    added = []
    for row in (CLAIMS[2], CLAIMS[0], CLAIMS[3]):
        added.append(doc.add_claim(**{k: v for k, v in row.items() if k != "claim_id"}))
        assert sorted(session.claims_index.claim_id_at(i) for i in range(len(session.claims_index))) == sorted(added)
        _same_index(session, sort=sort)
    doc.undo()
    assert len(session.claims_index) == 2
    _same_index(session, sort=sort)
