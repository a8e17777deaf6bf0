"""Each rule of the dataset format: a valid folder loads; each break is one precise problem."""

import copy
import json
import os

import pandas as pd
import pytest

from tests.conftest import ARTICLE, CLAIMS, DESCRIPTOR, SOURCES, csv_text
from viewer.model import DatasetError, load_dataset


def claims_with(**changes):
    """The tiny claims with claim c3 (line 4 of claims.csv) changed."""
    rows = copy.deepcopy(CLAIMS)
    rows[2].update(changes)
    return rows


def messages(folder):
    return [str(p) for p in load_dataset(folder).problems]


def only_problem(folder):
    found = messages(folder)
    assert len(found) == 1, found
    return found[0]


def test_valid_dataset_loads_with_no_problems(make_dataset):
    ds = load_dataset(make_dataset())
    assert ds.problems == []
    assert list(ds.claims["claim_id"]) == ["c1", "c2", "c3", "c4"]
    assert ds.title == "Test set" and ds.origin == "RUS"
    assert list(ds.claims["line"]) == [2, 3, 4, 5]


def test_claim_columns_are_typed(make_dataset):
    claims = load_dataset(make_dataset()).claims.set_index("claim_id")
    assert claims.loc["c1", "value_high"] == 700000 and claims.loc["c1", "value_low"] is __import__("pandas").NA
    assert claims.loc["c1", "origin"] == "RUS"          # default from claims:origin
    assert claims.loc["c1", "unit"] == "people"          # default unit
    assert claims.loc["c4", "destination"] == "EST;FIN"  # a group is a set, written sorted


def test_quote_spans_point_at_the_quoted_words(make_dataset):
    ds = load_dataset(make_dataset())
    text = ds.article_text("s1")
    for row in ds.claims.itertuples():
        assert text[row.quote_start:row.quote_end].replace("“", '"').replace("”", '"') == row.quote


# --- keys ---------------------------------------------------------------

def test_duplicate_claim_id_keeps_the_first(make_dataset):
    folder = make_dataset(claims=claims_with(claim_id="c1"))
    assert only_problem(folder) == 'claims.csv:4: claim_id: duplicate claim_id "c1"; it was first used on line 2'
    assert "c3" not in set(load_dataset(folder).claims["claim_id"])


def test_duplicate_source_id(make_dataset):
    folder = make_dataset(sources=SOURCES + [dict(SOURCES[0], title="Again")])
    assert only_problem(folder).startswith('sources.csv:3: source_id: duplicate source_id "s1"')


@pytest.mark.parametrize("bad", ["C3", "-c3", "c 3", "c3!"])
def test_claim_id_pattern(make_dataset, bad):
    assert only_problem(make_dataset(claims=claims_with(claim_id=bad))).startswith("claims.csv:4: claim_id:")


def test_unknown_source(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(source_id="s9"))) == (
        'claims.csv:4: source_id: no source has source_id "s9"; add it to sources.csv or fix the id')


def test_claims_of_a_left_out_source_are_left_out_too(make_dataset):
    folder = make_dataset(sources=[dict(SOURCES[0], published="06/10/2022")])
    found = messages(folder)
    assert found[0].startswith('sources.csv:2: published: "06/10/2022" is not an ISO 8601 date')
    assert len(found) == 5 and all("was left out (see sources.csv:2)" in m for m in found[1:])
    assert load_dataset(folder).claims.empty


# --- required columns and values ----------------------------------------

@pytest.mark.parametrize("column", ["claim_id", "source_id", "quote", "claimant", "stance", "metric"])
def test_missing_required_claim_column(make_dataset, column):
    rows = [{k: v for k, v in row.items() if k != column} for row in CLAIMS]
    folder = make_dataset(claims=rows)
    assert only_problem(folder) == f"claims.csv:1: {column}: required column is missing from the header; add it (the rows were not read)"


@pytest.mark.parametrize("column", ["source_id", "outlet", "title", "published"])
def test_missing_required_source_column(make_dataset, column):
    folder = make_dataset(sources=[{k: v for k, v in SOURCES[0].items() if k != column}])
    assert messages(folder)[0] == f"sources.csv:1: {column}: required column is missing from the header; add it (the rows were not read)"


@pytest.mark.parametrize("column", ["claimant", "quote", "stance", "metric"])
def test_empty_required_value(make_dataset, column):
    assert only_problem(make_dataset(claims=claims_with(**{column: ""}))) == f"claims.csv:4: {column}: a value is required here"


def test_duplicate_known_column_refuses_the_file(make_dataset):
    text = csv_text(CLAIMS).replace("claimant,", "claimant,claimant,", 1)
    text = "\n".join(l if i == 0 else l for i, l in enumerate(text.splitlines()))
    header, *rows = csv_text(CLAIMS).splitlines()
    cols = header.split(",")
    raw = ",".join(cols + ["metric"]) + "\n" + "\n".join(r + ",x" for r in rows) + "\n"
    found = messages(make_dataset(claims=raw))
    assert found == ["claims.csv:1: metric: this column name appears twice; rename or remove one; "
                     "the rows were not read, since it is unclear which holds the data"]


def test_unknown_columns_are_kept(make_dataset):
    rows = [dict(row, reviewer="ak") for row in CLAIMS]
    ds = load_dataset(make_dataset(claims=rows))
    assert ds.problems == [] and set(ds.claims["reviewer"]) == {"ak"}


def test_duplicate_unknown_column_keeps_the_rows(make_dataset):
    header, *rows = csv_text(CLAIMS).splitlines()
    raw = header + ",extra,extra\n" + "\n".join(r + ",a,b" for r in rows) + "\n"
    ds = load_dataset(make_dataset(claims=raw))
    assert [str(p) for p in ds.problems] == ["claims.csv:1: extra: this column name appears twice; rename or remove one; the first was kept"]
    assert len(ds.claims) == 4


def test_cells_are_not_trimmed(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(stance=" asserts"))).startswith('claims.csv:4: stance: " asserts" is not one of')


# --- enums, codes, groups ----------------------------------------------

@pytest.mark.parametrize("column, value", [("stance", "rejects"), ("metric", "fled"),
                                           ("claimant_type", "ngo"), ("unit", "per_day")])
def test_unknown_enum_values(make_dataset, column, value):
    assert only_problem(make_dataset(claims=claims_with(**{column: value}))).startswith(
        f'claims.csv:4: {column}: "{value}" is not one of:')


@pytest.mark.parametrize("column, value, words", [
    ("destination", "kaz", '"kaz" is not an upper-case ISO 3166-1 alpha-3 code: write it KAZ'),
    ("destination", "KZ", '"KZ" is not an ISO 3166-1 alpha-3 code; did you mean KAZ?'),
    ("destination", "Georgia", '"Georgia" is not an ISO 3166-1 alpha-3 code; did you mean GEO?'),
    ("destination", "georgia ", '"georgia " is not an ISO 3166-1 alpha-3 code; did you mean GEO?'),
    ("destination", "Грузия", '"Грузия" is not an ISO 3166-1 alpha-3 code; did you mean GEO?'),
    ("destination", "ge", '"ge" is not an ISO 3166-1 alpha-3 code; did you mean GEO?'),
    ("destination", "United Kingdom", '"United Kingdom" is not an ISO 3166-1 alpha-3 code; did you mean GBR?'),
    ("destination", "Великобритания", '"Великобритания" is not an ISO 3166-1 alpha-3 code; did you mean GBR?'),
    ("destination", "South Korea", '"South Korea" is not an ISO 3166-1 alpha-3 code; did you mean KOR?'),
    ("destination", "Iran", '"Iran" is not an ISO 3166-1 alpha-3 code; did you mean IRN?'),
    ("destination", "FIN;Estonia", '"Estonia" is not an ISO 3166-1 alpha-3 code; did you mean EST? (in the group "FIN;Estonia")'),
    ("destination", "Atlantis", '"Atlantis" is not an upper-case ISO 3166-1 alpha-3 code such as RUS'),
    # a name misspelt: the code of the name it is closest to (the table's cell "Kazahstan" said only "such as RUS")
    ("destination", "Kazahstan", '"Kazahstan" is not an ISO 3166-1 alpha-3 code; did you mean KAZ?'),
    ("destination", "Uzbekstan", '"Uzbekstan" is not an ISO 3166-1 alpha-3 code; did you mean UZB?'),
    ("destination", "Грузя", '"Грузя" is not an ISO 3166-1 alpha-3 code; did you mean GEO?'),
    ("destination", "Abroad", '"Abroad" is not an upper-case ISO 3166-1 alpha-3 code such as RUS'),
    ("origin", "Россия", '"Россия" is not an ISO 3166-1 alpha-3 code; did you mean RUS?'),
    ("origin", "Russia", '"Russia" is not an ISO 3166-1 alpha-3 code; did you mean RUS?'),
    ("destination", "XXX", '"XXX" is not an ISO 3166-1 alpha-3 code: no country has it'),
    ("destination", "FIN;", '"FIN;" has an empty part: join codes with \';\' and nothing else, e.g. FIN;EST'),
    ("destination", "FIN, EST", '"FIN, EST" is not an upper-case ISO 3166-1 alpha-3 code such as RUS'),
    ("destination", "FIN;ZZZ", '"ZZZ" is not an ISO 3166-1 alpha-3 code: no country has it (in the group "FIN;ZZZ")'),
    ("origin", "Rus", '"Rus" is not an upper-case ISO 3166-1 alpha-3 code: write it RUS')])
def test_country_codes_must_be_upper_case_iso_alpha3(make_dataset, column, value, words):
    assert only_problem(make_dataset(claims=claims_with(**{column: value}))).endswith(f"{column}: {words}")


def test_group_destinations_are_sets(make_dataset):
    rows = claims_with(destination="FIN;EST;FIN", quote='"about 66,000" crossed', value_low="66000", value_high="66000")
    claims = load_dataset(make_dataset(claims=rows)).claims
    assert set(claims["destination"]) == {"", "EST;FIN", "EST;FIN"} - {""} | {""}
    assert (claims["destination"] == "EST;FIN").sum() == 2


def test_origin_defaults_and_can_be_overridden(make_dataset):
    claims = load_dataset(make_dataset(claims=claims_with(origin="KAZ"))).claims.set_index("claim_id")
    assert claims.loc["c3", "origin"] == "KAZ" and claims.loc["c1", "origin"] == "RUS"


def test_no_origin_anywhere_is_a_problem(make_dataset):
    descriptor = {k: v for k, v in DESCRIPTOR.items() if k != "claims:origin"}
    found = messages(make_dataset(descriptor=descriptor))
    assert found[0].startswith("datapackage.json:1: claims:origin: is required: the ISO 3166-1 alpha-3 code")
    assert len(found) == 5 and "no origin here" in found[1]


def test_units(make_dataset):
    claims = load_dataset(make_dataset(claims=claims_with(unit="people_per_day"))).claims.set_index("claim_id")
    assert claims.loc["c3", "unit"] == "people_per_day" and claims.loc["c4", "unit"] == "people"


# --- bounds -------------------------------------------------------------

@pytest.mark.parametrize("value, words", [("70 000", "thousands separators"), ("70,000", "thousands separators"),
                                          ("-5", "negative"), ("+5", "sign"), ("7e5", "exponent"),
                                          ("7.5", "not a whole number"), ("many", "not a whole number"),
                                          ("٣", "not a whole number"), ("1" * 16, "too large")])
def test_bounds_are_digits_only(make_dataset, value, words):
    found = only_problem(make_dataset(claims=claims_with(value_low=value, value_high="")))
    assert found.startswith("claims.csv:4: value_low:") and words in found


def test_reversed_bounds(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(value_low="300000", value_high="200000"))) == (
        'claims.csv:4: value_high: "200000" is below value_low; the upper bound must be at least the lower one')


@pytest.mark.parametrize("value, number", [("007", 7), ("9" * 15, 10**15 - 1), ("0", 0), ("123456789012345", 123456789012345)])
def test_bounds_are_read_as_the_numbers_their_digits_write(make_dataset, value, number):
    ds = load_dataset(make_dataset(claims=claims_with(value_low=value, value_high="")), verify_quotes=False)
    assert not ds.problems and ds.claims["value_low"].tolist()[2] == number
    assert ds.claims["value_high"].isna().tolist()[2]


def test_zero_is_a_valid_bound(make_dataset):
    assert messages(make_dataset(claims=claims_with(value_low="0", value_high="0"))) == []


# --- dates --------------------------------------------------------------

@pytest.mark.parametrize("value", ["2022-10-06", "2022-10-06T18:42", "2022-10-06T18:42:00+05:30", "2022-10-06T18:42:00Z"])
def test_published_accepts_dates_and_date_times(make_dataset, value):
    assert messages(make_dataset(sources=[dict(SOURCES[0], published=value)])) == []


@pytest.mark.parametrize("value, words", [("6 Oct 2022", "not an ISO 8601"), ("2022-02-30", "not a real date"),
                                          ("2022-13-01", "not a real date"), ("2022-10-06T25:00", "not a real date")])
def test_bad_published_dates(make_dataset, value, words):
    assert words in messages(make_dataset(sources=[dict(SOURCES[0], published=value)]))[0]


def test_period_dates_are_dates(make_dataset):
    assert "not an ISO 8601 date" in only_problem(make_dataset(claims=claims_with(period_start="2022-09-21T10:00")))


def test_reversed_period(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(period_start="2022-10-04", period_end="2022-09-21"))) == (
        'claims.csv:4: period_end: "2022-09-21" is before period_start; the period must not run backwards')


# --- sources columns ----------------------------------------------------

@pytest.mark.parametrize("column, value", [("url", "ftp://x.org/a"), ("url", "example.org"), ("language", "english!")])
def test_source_optional_columns(make_dataset, column, value):
    assert messages(make_dataset(sources=[dict(SOURCES[0], **{column: value})]))[0].startswith(f"sources.csv:2: {column}:")


def test_language_defaults_to_en(make_dataset):
    assert load_dataset(make_dataset()).source("s1")["language"] == "en"


# --- text_path ------------------------------------------------------------

@pytest.mark.parametrize("path, words", [("../outside.txt", "leaves the dataset folder (with ..)"),
                                         ("/etc/passwd", "absolute path"),
                                         ("https://example.org/a.txt", "is a URL"),
                                         ("articles/none.txt", "names no article file")])
def test_text_path_must_stay_inside(make_dataset, tmp_path, path, words):
    (tmp_path / "outside.txt").write_text(ARTICLE)
    found = messages(make_dataset(sources=[dict(SOURCES[0], text_path=path)]))
    assert found[0].startswith("sources.csv:2: text_path:") and words in found[0]


def test_text_path_through_a_link_pointing_out(make_dataset, tmp_path):
    (tmp_path / "outside.txt").write_text(ARTICLE)
    folder = make_dataset(sources=[dict(SOURCES[0], text_path="articles/link.txt")])
    os.symlink(tmp_path / "outside.txt", folder / "articles" / "link.txt")
    assert "leaves the dataset folder (through a link)" in messages(folder)[0]


def test_link_inside_the_folder_is_fine(make_dataset):
    folder = make_dataset(sources=[dict(SOURCES[0], text_path="articles/link.txt")])
    os.symlink(folder / "articles" / "s1.txt", folder / "articles" / "link.txt")
    assert messages(folder) == []


# --- files and encodings ------------------------------------------------------

def test_article_not_utf8(make_dataset):
    found = messages(make_dataset(articles={"s1": ARTICLE.encode("utf-8") + "caf\xe9".encode("latin-1")}))
    assert found[-1].startswith("articles/s1.txt:5: file: is not UTF-8 (byte 0xe9")
    assert len(found) == 5 and all("cannot be checked" in m for m in found[:-1])


def test_article_with_nul_byte(make_dataset):
    found = messages(make_dataset(articles={"s1": ARTICLE + "\x00"}))
    assert found[-1].startswith("articles/s1.txt:5: file: holds a NUL byte")


def test_claims_csv_not_utf8_keeps_other_rows(make_dataset):
    raw = csv_text(claims_with(claimant="Ministère")).encode("utf-8").replace("è".encode(), b"\xe8")
    folder = make_dataset()
    (folder / "claims.csv").write_bytes(raw)
    ds = load_dataset(folder)
    assert [str(p) for p in ds.problems] == ["claims.csv:4: claimant: holds bytes that are not UTF-8; save the file with UTF-8 encoding"]
    assert len(ds.claims) == 3


def test_nul_in_a_claims_cell(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(note="a\x00b"))).startswith("claims.csv:4: note: holds a NUL character")


def test_missing_claims_file(make_dataset):
    folder = make_dataset()
    (folder / "claims.csv").unlink()
    assert messages(folder) == ["claims.csv:1: file: claims table file not found; add it or fix the path that names it"]


def test_missing_sources_file_leaves_claims_out(make_dataset):
    folder = make_dataset()
    (folder / "sources.csv").unlink()
    found = messages(folder)
    assert found[0] == "sources.csv:1: file: sources table file not found; add it or fix the path that names it"
    assert len(found) == 5


def test_missing_descriptor_is_fatal(make_dataset):
    folder = make_dataset()
    (folder / "datapackage.json").unlink()
    with pytest.raises(DatasetError, match="datapackage.json:1: file: not found"):
        load_dataset(folder)


def test_invalid_json_names_line(make_dataset):
    with pytest.raises(DatasetError, match=r"datapackage.json:3: file: is not valid JSON"):
        load_dataset(make_dataset(descriptor='{\n "name": "x",\n "title": oops\n}'))


def test_not_a_folder(tmp_path):
    with pytest.raises(DatasetError, match="no such folder"):
        load_dataset(tmp_path / "nowhere")


def test_descriptor_keys(make_dataset):
    descriptor = dict(DESCRIPTOR, name="Bad Name", title="")
    found = messages(make_dataset(descriptor=descriptor))
    assert found == ['datapackage.json:2: name: "Bad Name" must be lower-case letters, digits, \'.\', \'_\' or \'-\'',
                     "datapackage.json:3: title: a human title is required; it is shown in the window title"]


def test_resource_paths_may_differ_but_stay_inside(make_dataset):
    folder = make_dataset()
    (folder / "claims.csv").rename(folder / "my-claims.csv")
    descriptor = copy.deepcopy(DESCRIPTOR)
    descriptor["resources"][1]["path"] = "my-claims.csv"
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    assert len(load_dataset(folder).claims) == 4
    descriptor["resources"][1]["path"] = "../claims.csv"
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1))
    assert "leaves the dataset folder" in messages(folder)[0]


def test_article_over_the_limit_is_refused_unread(make_dataset, monkeypatch):
    import viewer.model.checking.validate as validate
    monkeypatch.setattr(validate, "MAX_ARTICLE_BYTES", 100)
    assert "over the 0 MiB limit" in messages(make_dataset())[0] or "limit" in messages(make_dataset())[0]


# --- CSV structure -------------------------------------------------------

def test_bom_crlf_and_header_only_are_valid(make_dataset):
    folder = make_dataset(claims="\ufeff" + csv_text(CLAIMS).replace("\n", "\r\n"))
    assert messages(folder) == []
    assert list(load_dataset(folder).claims["line"]) == [2, 3, 4, 5]
    header = csv_text(CLAIMS).splitlines()[0] + "\n"
    assert load_dataset(make_dataset(claims=header)).claims.empty and messages(make_dataset(claims=header)) == []


def test_empty_file(make_dataset):
    assert only_problem(make_dataset(claims="")).startswith("claims.csv:1: file: is empty")


def test_ragged_rows(make_dataset):
    header, *rows = csv_text(CLAIMS).splitlines()
    rows[1] += ",extra"
    found = messages(make_dataset(claims="\n".join([header, *rows]) + "\n"))
    assert found == ["claims.csv:3: file: this row has 18 cells but the header has 17; check for a missing or extra "
                     "comma, or a quote that is not closed"] or found[0].startswith("claims.csv:3: file: this row has")


def test_cells_spanning_lines_keep_physical_line_numbers(make_dataset):
    rows = copy.deepcopy(CLAIMS)
    rows[0]["note"] = "first line\nsecond line"
    rows[2]["stance"] = "bogus"
    found = messages(make_dataset(claims=rows))
    assert found == ['claims.csv:5: stance: "bogus" is not one of: asserts, denies']


def test_unclosed_quote_loses_only_its_row(make_dataset):
    header, *rows = csv_text(CLAIMS[:3]).splitlines()
    rows[2] = rows[2].replace(",2022-09-21", ',"2022-09-21', 1)
    rows.append("c5,s1,Officials said,Officials,,asserts,entered,KAZ,,,,,")
    ds = load_dataset(make_dataset(claims="\n".join([header, *rows]) + "\n"))
    assert [str(p) for p in ds.problems] == [
        'claims.csv:4: file: a quoted cell that starts in this row is never closed; close it with " '
        '(write a quote inside a quoted cell as "")']
    assert set(ds.claims["claim_id"]) == {"c1", "c2", "c5"}


def test_stray_quote_inside_a_cell(make_dataset):
    header, *rows = csv_text(CLAIMS).splitlines()
    rows[2] = rows[2].replace(",Officials,", ',"Offic"ials,', 1)
    ds = load_dataset(make_dataset(claims="\n".join([header, *rows]) + "\n"))
    assert str(ds.problems[0]).startswith("claims.csv:4: file: malformed CSV quoting")
    assert set(ds.claims["claim_id"]) == {"c1", "c2", "c4"}


def test_blank_rows_are_skipped(make_dataset):
    header, *rows = csv_text(CLAIMS).splitlines()
    text = "\n".join([header, rows[0], "", ",,,,,,,,,,,,,,,,", *rows[1:]]) + "\n"
    ds = load_dataset(make_dataset(claims=text))
    assert ds.problems == [] and list(ds.claims["line"]) == [2, 5, 6, 7]


# --- quotes in the loader -------------------------------------------------------

def test_quote_not_found(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(quote="300,000 Russians"))).startswith(
        "claims.csv:4: quote: does not occur in the article text")


def test_prefix_matching_nothing(make_dataset):
    assert only_problem(make_dataset(claims=claims_with(quote_prefix="Nobody said"))).startswith(
        "claims.csv:4: quote_prefix: matches no occurrence")


def test_prefix_selects_the_second_occurrence(make_dataset):
    ds = load_dataset(make_dataset(claims=claims_with(quote="Officials said 200,000 Russians had entered",
                                                      quote_prefix="Kazakhstan.", destination="GEO")))
    row = ds.claims.set_index("claim_id").loc["c3"]
    assert ds.problems == []
    assert ds.article_text("s1")[row.quote_start:row.quote_end] == "Officials said  200,000\u00a0Russians had entered"


def test_white_space_and_curly_quotes_normalised_in_loader(make_dataset):
    assert messages(make_dataset(claims=claims_with(quote="said 200,000 Russians had entered Georgia, and \"about"))) == []


# --- denials beside flows ---------------------------------------------------

def test_denials_are_listed_beside_not_counted(make_dataset):
    flows = load_dataset(make_dataset()).flows().set_index(["destination", "metric"])
    abroad = flows.loc[("", "left")]
    assert abroad["claims"] == ["c1"] and abroad["denied_by"] == ["c2"]
    assert abroad["low"] is pd.NA and abroad["high"] == 700000   # format 1.1: "up to" alone stays open below


def test_articles_folder_that_is_a_link_out_is_caught(make_dataset, tmp_path):
    import shutil
    folder = make_dataset()
    outside = tmp_path / "elsewhere"
    shutil.move(str(folder / "articles"), outside)
    os.symlink(outside, folder / "articles")
    found = messages(folder)
    assert found[0].startswith('sources.csv:2: text_path: "articles/s1.txt" leaves the dataset folder (through a link)')


def test_many_sources_share_one_folder_check(make_dataset):
    sources = [dict(SOURCES[0], source_id=f"s{i}") for i in range(1, 40)]
    folder = make_dataset(sources=sources, articles={f"s{i}": ARTICLE for i in range(1, 40)})
    (folder / "articles" / "s7.txt").unlink()
    (folder / "articles" / "s9.txt").unlink()
    os.symlink("/etc/hostname", folder / "articles" / "s9.txt")
    found = messages(folder)
    assert [m.split(":")[1] for m in found] == ["8", "10"]
    assert "names no article file" in found[0] and "through a link" in found[1]


def test_table_over_the_limit_is_refused_unread(make_dataset, monkeypatch):
    import viewer.model.reading.csvtable as csvtable
    opened = []
    real_read_bytes = type(make_dataset()).read_bytes
    monkeypatch.setattr(csvtable, "MAX_TABLE_BYTES", 200)
    monkeypatch.setattr(type(make_dataset()), "read_bytes",
                        lambda self: opened.append(self.name) or real_read_bytes(self))
    found = messages(make_dataset())
    assert any(m.startswith("claims.csv:1: file:") and "over the limit" in m and "it was not read" in m for m in found)
    assert "claims.csv" not in opened   # refused on its size alone, never read into memory


def test_an_error_while_reading_the_claims_table_reaches_the_caller(make_dataset, monkeypatch):
    import viewer.model.reading.dataset as dataset_module
    read_table = dataset_module.read_table

    def reading(folder, rel, *args):
        if rel == "claims.csv":
            raise MemoryError("claims")
        return read_table(folder, rel, *args)

    monkeypatch.setattr(dataset_module, "read_table", reading)
    with pytest.raises(MemoryError, match="claims"):
        load_dataset(make_dataset(), verify_quotes=False)
