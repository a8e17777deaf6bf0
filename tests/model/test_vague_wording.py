"""A vague wording ("tens of thousands") leads, and the bounds read from it follow: never passed off as a
precise range (no Qt)."""

from tests.conftest import CLAIMS, DATA
from viewer.model import load_dataset
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.flows.figures import figure_words, is_vague, with_bounds, worded_figure
from viewer.model.flows.compute import compute_flows
from viewer.model.mapping.map_layout import build_layout
from viewer.model.reports.presentation import build_steps
from viewer.model.mapping.reveal_map import RevealedFlows, revealed_arrows
from viewer.model.flows.wording import ENGLISH, Wording

RUSSIAN = Wording(language="ru", thousands="\u00a0", worded="«{text}»", flow_line="{metric}: {figure}",
                  metrics={"left": "уехали"})
VAGUE = dict(CLAIMS[0], value_low="10000", value_high="99999", value_text="tens of thousands")


def test_a_wording_without_a_number_is_vague():
    assert is_vague("Tens of thousands") and is_vague("hundreds")
    assert not is_vague("up to 700,000") and not is_vague("about 66,000") and not is_vague("")
    assert not is_vague(None) and not is_vague(float("nan")) and not is_vague("  ")


def test_the_wording_leads_and_the_bounds_follow():
    assert worded_figure("Tens of thousands", 10000, 99999) == ("“Tens of thousands”", "10,000–99,999")
    assert worded_figure("tens of\n thousands", 10000, 99999, words=RUSSIAN) == ("«tens of thousands»",
                                                                                 "10\u00a0000–99\u00a0999")
    assert worded_figure("up to 700,000", None, 700000) == ("up to 700,000", "")
    assert worded_figure("a surge", None, None) == ("no figure", "")   # nothing was read from it
    assert with_bounds("“Tens of thousands”", "10,000–99,999") == "“Tens of thousands” (10,000–99,999)"
    view = ClaimsIndex(*(lambda d: (d.claims, d.sources))(load_dataset(DATA)))
    assert figure_words(view, view.row_of("ht-03")) == ("“Tens of thousands”", "10,000–99,999")
    assert figure_words(view, view.row_of("bb-01")) == ("up to 700,000", "")


def test_a_flow_whose_figures_all_share_a_vague_wording_is_worded_by_it(make_dataset):
    dataset = load_dataset(make_dataset(claims=[VAGUE, *CLAIMS[1:]]))
    flows = compute_flows(dataset.claims)
    assert dict(zip(flows["destination"], flows["worded"])) == {"": "tens of thousands", "KAZ": "", "EST;FIN": ""}
    layout = build_layout("RUS", flows)
    assert layout.abroad.lines == ["left “tens of thousands” (10,000–99,999)"]   # (the denial: the mark's)
    assert layout.abroad.small == ["(10,000–99,999)"]
    assert {a.destination: a.small for a in layout.arrows} == {"KAZ": [""], "EST;FIN": [""]}


def test_a_flow_pooling_a_vague_and_a_precise_figure_shows_the_pooled_range():
    dataset = load_dataset(DATA)
    flows = compute_flows(dataset.claims)
    abroad = flows[(flows["destination"] == "") & (flows["metric"] == "left")]
    assert abroad["worded"].tolist() == [""]      # "tens of thousands" and "up to 700,000": 10,000–700,000
    assert build_layout("RUS", flows).abroad.small == ["", ""]


def _revealed_abroad(dataset, claim_id):
    view = ClaimsIndex(dataset.claims, dataset.sources)
    steps = build_steps(view, dataset.sources, "date", reveal_flows=True)
    revealed = RevealedFlows(view, steps)
    step = [view.col["claim_id"][r] for r in steps.rows].index(claim_id)
    _arrows, abroad, _scale = revealed_arrows(build_layout("RUS", view.flows), revealed.at(step), ENGLISH)
    return abroad, revealed.at(len(steps) - 1)


def test_a_revealed_flow_is_worded_by_what_was_shown_so_far(make_dataset):
    dataset = load_dataset(make_dataset(claims=[VAGUE, *CLAIMS[1:]]))
    abroad, at_end = _revealed_abroad(dataset, "c1")
    assert abroad.lines == ["left “tens of thousands” (10,000–99,999)"] and abroad.small == ["(10,000–99,999)"]
    assert at_end["worded"].tolist() == compute_flows(dataset.claims)["worded"].tolist()
    # In the bundled data "up to 700,000" comes first: at "tens of thousands" the flow pools the two.
    abroad, at_end = _revealed_abroad(load_dataset(DATA), "ht-03")
    assert abroad.lines == ["left 10,000–700,000"] and abroad.small == [""]
    assert at_end["worded"].tolist() == compute_flows(load_dataset(DATA).claims)["worded"].tolist()
