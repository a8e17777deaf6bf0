"""The bundled dataset loads cleanly and says what the two articles say."""

from tests.conftest import DATA
from viewer.model import flows_records, load_dataset

EXPECTED_FLOWS = [
    ("KAZ", "KGZ;UZB", "left", ["bb-09"], None, None, []),
    ("RUS", "", "left", ["bb-02", "bb-03", "bb-05", "ht-02", "ht-03"], 10000, 700000, ["bb-01", "ht-01"]),
    ("RUS", "", "other", ["bb-06"], None, None, []),
    ("RUS", "EST;FIN", "entered", ["bb-12"], 66000, 66000, []),
    ("RUS", "GEO", "entered", ["bb-13", "ht-05"], 53000, 53000, []),
    ("RUS", "KAZ", "entered", ["bb-07", "bb-11", "ht-04"], 200000, 200000, []),
    ("RUS", "KAZ", "exited", ["bb-08"], 147000, 147000, []),
    ("RUS", "KAZ", "left", ["bb-04"], 200000, 200000, []),
    ("RUS", "KAZ", "registered", ["bb-10"], 70000, 70000, []),
    ("RUS", "MNG", "entered", ["ht-06"], None, None, []),
]


def test_bundled_dataset_loads_with_zero_problems():
    ds = load_dataset(DATA)
    assert ds.problems == []
    assert ds.origin == "RUS"
    assert set(ds.sources["outlet"]) == {"Hindustan Times", "Breitbart"}
    assert len(ds.claims) == 19


def test_bundled_flows_are_what_the_articles_say():
    records = flows_records(load_dataset(DATA).flows())
    got = [(r["origin"], r["destination"], r["metric"], r["claims"], r["low"], r["high"], r["denied_by"])
           for r in records]
    assert got == EXPECTED_FLOWS
    assert all(r["unit"] == "people" for r in records)


def test_every_headline_figure_is_traceable_to_its_words():
    ds = load_dataset(DATA)
    claims = ds.claims.set_index("claim_id")
    for claim_id, words in [("bb-05", "600,000 to 700,000"), ("bb-07", "200,000 Russians have entered"),
                            ("bb-08", "147,000 Russians left Kazakhstan"), ("ht-01", "denied reports that 700,000")]:
        row = claims.loc[claim_id]
        assert words in ds.article_text(row.source_id)[row.quote_start:row.quote_end]


def test_article_files_hold_the_body_only():
    ht = load_dataset(DATA).article_text("ht-2022-10-06")
    for chrome in ("Sign In", "Subscribe", "Home / World News", "Copyright", "Read more:", "TRENDING"):
        assert chrome not in ht
