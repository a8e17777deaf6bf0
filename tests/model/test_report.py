"""Reports and CSV exports, without Qt: content, escaping of hostile text, and the CSV round trip."""

import csv
import html.parser
import io
import shutil

import numpy as np
import pytest

from tests.conftest import ARTICLE, CLAIMS, DATA, SOURCES
from viewer.model import load_dataset
from viewer.model.writing.claims_csv import FORMAT_ORDER, csv_columns, write_claims_csv
from viewer.model.index.claims_index import ClaimsIndex
from viewer.model.reports.report import build_report, citation_line, sources_cited
from viewer.model.reports.report_html import report_html, url_html
from viewer.model.state import Filters

MARKUP = "<b>Bold</b> <img src=x onerror=alert(1)> &amp; <script>alert(1)</script>"
RLO = "\u202e"


def _view(folder):
    dataset = load_dataset(folder)
    assert dataset.problems == []
    return dataset, ClaimsIndex(dataset.claims, dataset.sources)


def _all(view):
    return np.arange(view.n)


def test_bundled_report_has_every_flow_with_its_range_and_denials():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims")
    by_heading = {f.heading: f for f in report.flows}
    abroad = by_heading["Russia → Abroad · left"]
    assert abroad.range_text == "10,000–700,000"
    assert [d.claim_id for d in abroad.denials] == ["bb-01", "ht-01"]   # by date, then id
    assert {c.claim_id for c in abroad.claims} == {"ht-02", "ht-03", "bb-02", "bb-03", "bb-05"}
    assert by_heading["Russia → Kazakhstan · entered"].range_text == "200,000"
    assert by_heading["Russia → Estonia + Finland · entered"].range_text == "66,000"
    assert report.n_claims == 19 and sum(len(f.claims) for f in report.flows) == 17
    assert [s["outlet"] for s in report.sources] == ["Breitbart", "Hindustan Times"]
    claim = next(c for c in by_heading["Russia → Kazakhstan · entered"].claims if c.claim_id == "bb-07")
    assert claim.quote.startswith("Kazakhstan’s Interior Minister Marat Akhmetzhanov said on Tuesday")
    assert claim.claimant == "Marat Akhmetzhanov, Kazakhstan's interior minister"
    assert (claim.outlet, claim.published, claim.period) == ("Breitbart", "2022-10-06",
                                                             "from\u00a02022-09-21\u00a0to\u00a02022-10-04")


def test_up_to_is_worded_like_the_map_and_denials_stay_beside_a_partial_flow(make_dataset):
    dataset, view = _view(make_dataset())
    only_c1 = view.rows_of(["c1"])
    report = build_report(view, dataset.sources, only_c1, dataset.title, "One claim")
    (flow,) = report.flows
    assert flow.range_text == "up to 700,000"
    assert [d.claim_id for d in flow.denials] == ["c2"]   # not in the rows, listed all the same
    report = build_report(view, dataset.sources, view.rows_of(["c2"]), dataset.title, "The denial")
    (flow,) = report.flows
    assert flow.claims == [] and flow.range_text == "no claim" and flow.flow_claims == 1
    assert flow.flow_range_text == "up to 700,000"
    page = report_html(report)
    assert "Listed here: 0 of the 1 claims on this flow; all of them together: up to 700,000." in page


def test_html_holds_every_citation_and_is_self_contained():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims")
    page = report_html(report, generated="Made on 2026-01-01.")
    for claim in dataset.claims.itertuples():
        assert _escaped(claim.quote) in page and _escaped(claim.claimant) in page
    # the Sources list words a date as the claims do, the time of day left out (it was 2022-10-06T18:42:00+05:30)
    assert "Hindustan Times</b>, 2022-10-06:" in page and "Hindustan Times, 2022-10-06:" in page
    assert "T18:42" not in page
    assert "19 claims on 10 flows, from 2 sources." in page
    assert "Made on 2026-01-01." in page
    lower = page.lower()
    assert "<script" not in lower and "src=" not in lower and "@import" not in lower and "url(" not in lower
    _parse(page)


def _escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace(
        "'", "&#x27;")


def _parse(page: str):
    """Parse the HTML; return the tags and attributes found."""
    found = []

    class Collect(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))
    Collect().feed(page)
    return found


@pytest.fixture
def hostile(make_dataset):
    article = ARTICLE + f"\nThe {MARKUP} figure: 12,000 people {RLO}left.\n"
    claims = [dict(c) for c in CLAIMS] + [{
        "claim_id": "h1", "source_id": "s1", "quote": f"The {MARKUP} figure: 12,000 people {RLO}left.",
        "claimant": f"{MARKUP} {RLO}Ministry", "claimant_type": "other", "stance": "asserts", "metric": "entered",
        "destination": "KAZ", "value_low": "12000", "value_high": "12000", "value_text": f"<i>12,000</i>{RLO}",
        "note": MARKUP}]
    sources = [dict(SOURCES[0], title=f"<h1>{MARKUP}</h1>", outlet=f"<a href='x'>Outlet</a>{RLO}",
                    url='https://example.org/"><script>alert(1)</script>')]
    return make_dataset(claims=claims, sources=sources, articles={"s1": article})


def test_hostile_text_is_escaped_in_html(hostile):
    dataset, view = _view(hostile)
    report = build_report(view, dataset.sources, _all(view), f"{MARKUP} title", f"{MARKUP} scope")
    page = report_html(report)
    tags = _parse(page)
    assert {t for t, _ in tags} <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "b", "i",
                                    "span", "table", "tr", "th", "td", "div", "a"}
    assert not any(t in ("script", "img") for t, _ in tags)
    assert not any(k.startswith("on") for _, attrs in tags for k in attrs)
    assert not any(t == "a" for t, _ in tags)   # a URL holding markup is shown as text, never a link
    assert "https://example.org/&quot;&gt;&lt;script&gt;" in page
    assert RLO not in page and "⟨U+202E⟩" in page
    assert "&amp;amp;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_only_http_urls_become_links():
    labels = {"no_url": "none"}
    assert url_html("javascript:alert(1)", labels) == "javascript:alert(1)"
    link = "https://a.org/x?y=1&amp;z=2"
    assert url_html("https://a.org/x?y=1&z=2", labels) == f'<a href="{link}">{link}</a>'
    assert "href" not in url_html("data:text/html,<script>", labels)
    assert "href" not in url_html("https://a.org/ x", labels)
    assert "none" in url_html("", labels)


def test_sources_cited_are_distinct_outlets_and_dates():
    dataset, view = _view(DATA)
    pairs = sources_cited(view, _all(view))
    assert pairs == [("Breitbart", "2022-10-06"), ("Hindustan Times", "2022-10-06")]
    assert sources_cited(view, view.rows_of(["bb-07", "bb-08"])) == [("Breitbart", "2022-10-06")]
    assert sources_cited(view, []) == []
    line, more = citation_line(pairs, limit=1)
    assert (line, more) == ("Breitbart, 2022-10-06", 1)


def _round_trip(folder, tmp_path, rows=None):
    dataset, view = _view(folder)
    rows = _all(view) if rows is None else rows
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    with open(copy / "claims.csv", "w", encoding="utf-8", newline="") as out:
        assert write_claims_csv(dataset.claims, rows, out)
    again = load_dataset(copy)
    assert again.problems == []
    return dataset, again


def _same(a, b):
    a = a.drop(columns=["line"]).reset_index(drop=True)
    b = b.drop(columns=["line"]).reset_index(drop=True)
    assert sorted(a.columns) == sorted(b.columns)
    b = b[list(a.columns)]
    for name in a.columns:
        assert a[name].astype(object).tolist() == b[name].astype(object).tolist(), name   # values, whatever the dtype


def test_csv_round_trip_of_the_bundled_data(tmp_path):
    dataset, again = _round_trip(DATA, tmp_path)
    _same(dataset.claims, again.claims)
    header = (tmp_path / "copy" / "claims.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(FORMAT_ORDER)


def test_csv_round_trip_of_awkward_cells_and_extra_columns(make_dataset, tmp_path):
    article = ARTICLE + 'He said: "66,000, ""maybe"" more",\r\nthen left.\n  Spaces  kept \u202e here.\n'
    claims = [dict(c, extra="x, \"y\"\nz", region=" r ") for c in CLAIMS] + [{
        "claim_id": "w1", "source_id": "s1", "quote": 'He said: "66,000, ""maybe"" more",', "claimant": " Padded ",
        "stance": "asserts", "metric": "other", "note": "line one\r\nline two\rthree", "extra": "",
        "region": "=1+1"}, {
        "claim_id": "w2", "source_id": "s1", "quote": "Spaces  kept \u202e here.", "claimant": "x",
        "stance": "denies", "metric": "left", "destination": "FIN;EST", "value_low": "007", "value_high": "7"}]
    folder = make_dataset(claims=claims, articles={"s1": article})
    dataset, again = _round_trip(folder, tmp_path)
    _same(dataset.claims, again.claims)
    assert list(again.claims.columns[:len(FORMAT_ORDER)]) == list(FORMAT_ORDER)
    assert csv_columns(dataset.claims)[len(FORMAT_ORDER):] == ["extra", "region"]
    w1 = again.claims.set_index("claim_id").loc["w1"]
    assert w1["note"] == "line one\r\nline two\rthree" and w1["claimant"] == " Padded " and w1["region"] == "=1+1"


def test_csv_of_filtered_rows_in_the_order_given(tmp_path):
    dataset, view = _view(DATA)
    view.update(Filters(destination="KAZ"), "figure", False)
    rows = view.order
    dataset, again = _round_trip(DATA, tmp_path, rows)
    assert list(again.claims["claim_id"]) == [view.claim_id_at(i) for i in range(len(view))]
    assert set(again.claims["destination"]) == {"KAZ"}
    _same(dataset.claims.iloc[rows], again.claims)


def test_csv_progress_and_cancel(make_dataset, monkeypatch):
    import viewer.model.writing.claims_csv as claims_csv
    monkeypatch.setattr(claims_csv, "CHUNK", 2)
    dataset, view = _view(make_dataset())
    seen = []
    out = io.StringIO()
    assert write_claims_csv(dataset.claims, _all(view), out, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(2, 4), (4, 4)]
    assert len(list(csv.reader(io.StringIO(out.getvalue())))) == 5
    assert not write_claims_csv(dataset.claims, _all(view), io.StringIO(), cancelled=lambda: True)


def test_denials_outside_the_rows_are_capped_and_counted(make_dataset, monkeypatch):
    import viewer.model.reports.report as report_module
    dataset, view = _view(make_dataset())
    monkeypatch.setattr(report_module, "OUTSIDE_DENIALS", 0)
    (flow,) = build_report(view, dataset.sources, view.rows_of(["c1"]), dataset.title, "x").flows
    assert flow.denials == [] and flow.more_denials == 1
    assert "Denials (1)" in report_html(build_report(view, dataset.sources, view.rows_of(["c1"]), "t", "x"))
    (flow,) = build_report(view, dataset.sources, view.rows_of(["c1", "c2"]), dataset.title, "x").flows
    assert [d.claim_id for d in flow.denials] == ["c2"] and flow.more_denials == 0   # in the rows: always listed


def test_flows_come_in_reading_order_from_the_dataset_origin():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims", origin=dataset.origin)
    assert [f.heading for f in report.flows] == [
        "Russia → Abroad · left",                       # abroad as a whole first
        "Russia → Abroad · other",
        "Russia → Kazakhstan · entered",                # 200,000: then its other flows by figure
        "Russia → Kazakhstan · left",
        "Russia → Kazakhstan · exited",
        "Russia → Kazakhstan · registered",
        "Russia → Estonia + Finland · entered",         # 66,000
        "Russia → Georgia · entered",                   # 53,000
        "Russia → Mongolia · entered",                  # no figure
        "Kazakhstan → Kyrgyzstan + Uzbekistan · left",  # onward, from another origin: last
    ]


def test_reading_order_puts_rates_after_totals_and_ranks_other_origins_by_size():
    import pandas as pd

    from viewer.model.reports.report import reading_order
    flows = pd.DataFrame({
        "origin": ["KAZ", "RUS", "RUS", "RUS", "GEO", "RUS"],
        "destination": ["KGZ", "GEO", "GEO", "", "TUR", "MNG"],
        "metric": ["left", "entered", "entered", "left", "left", "entered"],
        "unit": ["people", "people_per_day", "people", "people", "people", "people"],
        "low": pd.array([None, 10_000, 5, None, 90, 1_000], dtype="Int64"),
        "high": pd.array([None, 10_000, 40_000, None, 90, 1_000], dtype="Int64"),
    })
    ordered = reading_order(flows, "RUS")
    assert list(zip(ordered["origin"], ordered["destination"], ordered["unit"])) == [
        ("RUS", "", "people"), ("RUS", "GEO", "people"), ("RUS", "GEO", "people_per_day"),
        ("RUS", "MNG", "people"), ("GEO", "TUR", "people"), ("KAZ", "KGZ", "people")]


def test_paged_html_puts_the_denials_under_the_claims_with_no_table_or_background():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims", origin=dataset.origin)
    screen, paper = report_html(report), report_html(report, paged=True)
    assert "<table" in screen and 'bgcolor="#fdf1ea"' in screen   # side by side in a browser
    assert "<table" not in paper and "bgcolor" not in paper
    flow = paper[paper.index("<h2>Russia → Abroad · left</h2>"):paper.index("<h2>Russia → Abroad · other</h2>")]
    assert flow.index("<h3>Claims (5)</h3>") < flow.index("claim bb-02") < flow.index(
        '<h3 class="denials">Denials (2)</h3>') < flow.index("claim bb-01")


def test_left_out_counts_the_rows_the_problems_kept_out(tmp_path, make_dataset):
    from tests.conftest import broken_copy
    from viewer.model.reading.dataset import LeftOut
    assert load_dataset(broken_copy(tmp_path / "broken")).left_out() == LeftOut(15, 14, 1, 19, 2)
    clean = load_dataset(DATA).left_out()
    assert not clean and clean == LeftOut(0, 0, 0, 19, 2)
    rows = [dict(r) for r in CLAIMS]
    rows[1]["stance"] = "maybe"
    assert load_dataset(make_dataset(claims=rows)).left_out() == LeftOut(1, 1, 0, 4, 1)
    assert load_dataset(make_dataset(claims="")).left_out() == LeftOut(1, None, 0, None, 1)   # unreadable
    ragged = load_dataset(make_dataset(claims="claim_id,source_id\nc9\n"))   # left out by the reader itself
    assert ragged.left_out().claims == ragged.left_out().claims_read == 1


def test_the_notice_opens_the_report_as_plain_text():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims",
                          notice=(f"15 problems {MARKUP}", "claims-atlas check 'my data'"))
    for paged in (False, True):
        page = report_html(report, paged=paged)
        notice = page.index(f'<p class="notice">15 problems {_escaped(MARKUP)}</p>')
        assert page.index("<h1>") < notice < page.index('<p class="meta">All claims')
        assert "<code>claims-atlas check &#x27;my data&#x27;</code>" in page
    assert 'class="notice"' not in report_html(build_report(view, dataset.sources, _all(view), dataset.title, "x"))
