"""An edit reaches only the views it touches: the chart and the source pane are left as they are by an edit
elsewhere, and follow one that touches what they show (a destination moved into view included)."""

import pytest

from tests.gui.conftest import window_on_a_copy


@pytest.fixture
def kazakhstan(qtbot, settings, tmp_path):
    _folder, model, win = window_on_a_copy(qtbot, settings, tmp_path)
    model.state.select("bb-04")   # Kazakhstan: the chart shows the claims about it
    calls = {"chart": 0, "pane": 0, "article": 0}
    chart, pane = win.chart, win.source
    for name, obj, method in (("chart", chart, "refresh"), ("pane", pane, "show_claim"),
                              ("article", pane, "_load_article")):
        real = getattr(obj, method)
        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)
        setattr(obj, method, counted)
    return model, win, calls


def _bars(win):
    return {bar["claim_id"]: (bar["lo"], bar["hi"]) for bar in win.chart._bar_data}


def test_an_edit_elsewhere_leaves_the_chart_and_the_source_pane(qtbot, kazakhstan):
    model, win, calls = kazakhstan
    assert model.claim("ht-03")["destination"] != "KAZ" and model.claim("ht-03")["source_id"] != "breitbart-2022-10-06"
    model.document.update_claim("ht-03", value_high="250001", note="elsewhere")
    qtbot.wait(20)
    assert calls == {"chart": 0, "pane": 0, "article": 0}
    assert "ht-03" not in _bars(win)


def test_an_edit_of_the_claim_shown_reaches_both_without_reading_the_article_again(qtbot, kazakhstan):
    model, win, calls = kazakhstan
    model.document.update_claim("bb-04", value_high="210000")
    assert _bars(win)["bb-04"][1] == 210000
    assert calls["chart"] == 1 and calls["pane"] == 1 and calls["article"] == 0
    assert "210,000" in win.source.claim_line.text()
    shorter = model.claim("bb-04")["quote"][:60]
    model.document.update_claim("bb-04", quote=shorter)   # where its quote is: the article is marked again
    assert model.state.claim_id == "bb-04" and calls["article"] == 1
    assert [end - start for start, end, claim in win.source._spans if claim == "bb-04"] == [len(shorter)]


def test_a_claim_moved_to_the_destination_shown_joins_the_chart(qtbot, kazakhstan):
    model, win, calls = kazakhstan
    model.document.update_claim("ht-03", destination="KAZ")
    assert "ht-03" in _bars(win) and calls["chart"] == 1
    model.document.update_claim("ht-03", destination="GEO")
    assert "ht-03" not in _bars(win)


def test_a_figure_edited_in_a_claim_of_the_article_shown_is_listed_as_not_yet_claimed(qtbot, kazakhstan):
    model, win, calls = kazakhstan
    figures = win.source.figures
    before = figures.list.count()
    model.document.update_claim("bb-04", value_low="1", value_high="2")   # its figure no longer claimed
    assert figures.list.count() == before + 1 and calls["article"] == 0
    model.document.undo()
    assert figures.list.count() == before


def test_a_claim_removed_refills_the_claims_filters_but_not_the_sources(qtbot, settings, tmp_path):
    """At 1,000,000 claims an edit that took a claim out of the rows refilled the source filter's 100,000
    choices (~0.5 s). The sources' choices change with the sources alone; the others follow the claims kept
    (a destination whose last claim went is no longer offered)."""
    _folder, model, win = window_on_a_copy(qtbot, settings, tmp_path)
    panel = win.table
    added = []
    real = panel.source.addItem
    panel.source.addItem = lambda *a: (added.append(a), real(*a))
    mongolia = [c for c in model.document.claim_ids() if model.document.claim(c)["destination"] == "MNG"]
    assert mongolia and panel.destination.findData("MNG") >= 0
    for claim_id in mongolia:
        model.document.delete_claim(claim_id)
    assert panel.destination.findData("MNG") < 0 and added == []
    model.document.undo()
    assert panel.destination.findData("MNG") >= 0 and added == []


def test_choices_left_as_they_are_still_follow_the_language(qtbot, settings, tmp_path):
    """The sources' choices do not change with the language, but their "All sources" line does: a combo given
    the same choices under another "all" label is filled again."""
    _folder, _model, win = window_on_a_copy(qtbot, settings, tmp_path)
    panel = win.table
    panel.source.all_label = "Все источники"
    panel._fill_choices()
    assert panel.source.itemText(0) == "Все источники" and panel.source.count() > 1
