"""Write the corpus of dataset folders under tests/corpus/ (see README.md there).

    uv run python tests/corpus/make_corpus.py

Every case is the small valid dataset BASE below with one thing changed
(broken/) or one edge of the format exercised (valid/). The folders are
committed; this script is how they were made, and test_corpus.py checks that
running it again gives the same bytes. To add a case, add a ``case(...)``
call below, run the script, and review the new folder's EXPECTED.txt.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- the base dataset -------------------------------------------------------------

DESCRIPTOR = {
    "name": "corpus-base",
    "title": "Corpus base",
    "claims:origin": "RUS",
    "resources": [{"name": "sources", "path": "sources.csv"}, {"name": "claims", "path": "claims.csv"}],
}

SOURCE_COLUMNS = ["source_id", "outlet", "title", "published", "url", "byline", "language", "text_path"]
SOURCES = [  # s1 is on line 2 of sources.csv, s2 on line 3
    {"source_id": "s1", "outlet": "Example Times", "title": "Kremlin denies 700,000 fled",
     "published": "2022-10-06", "url": "https://example.org/a", "byline": "Reuters", "language": "en"},
    {"source_id": "s2", "outlet": "Border Herald", "title": "Queues at Upper Lars",
     "published": "2022-09-27T18:42:00+03:00", "url": "https://example.org/b"},
]

CLAIM_COLUMNS = ["claim_id", "source_id", "quote", "quote_prefix", "quote_suffix", "claimant", "claimant_type",
                 "stance", "metric", "origin", "destination", "value_low", "value_high", "value_text", "unit",
                 "period_start", "period_end", "note"]
CLAIMS = [  # c1 is on line 2 of claims.csv ... c5 on line 6
    {"claim_id": "c1", "source_id": "s1", "quote": "up to 700,000 Russians had fled", "claimant": "Media reports",
     "claimant_type": "media", "stance": "asserts", "metric": "left", "value_high": "700000",
     "value_text": "up to 700,000"},
    {"claim_id": "c2", "source_id": "s1", "quote": "The Kremlin on Thursday denied reports", "claimant": "Kremlin",
     "claimant_type": "government", "stance": "denies", "metric": "left", "value_high": "700000"},
    {"claim_id": "c3", "source_id": "s1", "quote": "200,000 Russians had entered", "claimant": "Officials",
     "stance": "asserts", "metric": "entered", "destination": "KAZ", "value_low": "200000", "value_high": "200000",
     "period_start": "2022-09-21", "period_end": "2022-10-04"},
    {"claim_id": "c4", "source_id": "s1", "quote": '"about 66,000" crossed', "claimant": "Officials",
     "stance": "asserts", "metric": "entered", "destination": "FIN;EST", "value_low": "66000", "value_high": "66000"},
    {"claim_id": "c5", "source_id": "s2", "quote": "About 10,000 people a day crossed into Georgia",
     "claimant": "Border officials", "claimant_type": "government", "stance": "asserts", "metric": "entered",
     "origin": "RUS", "destination": "GEO", "value_low": "10000", "value_high": "10000",
     "value_text": "about 10,000 a day", "unit": "people_per_day"},
]

ARTICLES = {
    # "Officials said 200,000 Russians had entered" occurs twice once white space is
    # normalised (the second time with two spaces and a no-break space).
    "s1": ("Kremlin denies 700,000 fled\n\n"
           "The Kremlin on Thursday denied reports that up to 700,000 Russians had fled.\n"
           "Officials said 200,000 Russians had entered Kazakhstan.  Officials said  200,000\u00a0Russians "
           "had entered Georgia, and \u201cabout 66,000\u201d crossed into Finland and Estonia.\n"),
    "s2": ("Queues at Upper Lars\n\n"
           "About 10,000 people a day crossed into Georgia, border officials said.\n"
           "The queue at the crossing stretched for 20 kilometres.\n"),
}

ALL_CLAIMS = "c1 c2 c3 c4 c5"
ALL_SOURCES = "s1 s2"

# --- building a case's files --------------------------------------------------------

Files = dict[str, bytes]
Edit = Callable[[Files], None]


def csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def base_files() -> Files:
    files = {
        "datapackage.json": (json.dumps(DESCRIPTOR, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
        "sources.csv": csv_bytes(SOURCES, SOURCE_COLUMNS),
        "claims.csv": csv_bytes(CLAIMS, CLAIM_COLUMNS),
    }
    for source_id, text in ARTICLES.items():
        files[f"articles/{source_id}.txt"] = text.encode("utf-8")
    return files


def _edit_rows(path: str, change: Callable[[list[dict], list[str]], tuple[list[dict], list[str]]]) -> Edit:
    """Rewrite a table as built so far, row by row (so such edits compose)."""
    def edit(files: Files) -> None:
        reader = csv.DictReader(io.StringIO(files[path].decode("utf-8"), newline=""))
        rows, columns = change(list(reader), list(reader.fieldnames))
        files[path] = csv_bytes(rows, columns)
    return edit


def _change_row(path: str, row_id: str, changes: dict) -> Edit:
    def change(rows, columns):
        key = columns[0]
        assert any(r[key] == row_id for r in rows), row_id
        return [dict(r, **changes) if r[key] == row_id else r for r in rows], columns
    return _edit_rows(path, change)


def claim(claim_id: str, /, **changes: str) -> Edit:
    """Change cells of one claim row."""
    return _change_row("claims.csv", claim_id, changes)


def source(source_id: str, /, **changes: str) -> Edit:
    """Change cells of one source row."""
    return _change_row("sources.csv", source_id, changes)


def drop_column(path: str, column: str) -> Edit:
    def change(rows, columns):
        return [{k: v for k, v in r.items() if k != column} for r in rows], [c for c in columns if c != column]
    return _edit_rows(path, change)


def add_column(path: str, column: str, value: str) -> Edit:
    def change(rows, columns):
        return [dict(r, **{column: value}) for r in rows], columns + [column]
    return _edit_rows(path, change)


def prepend(path: str, data: bytes) -> Edit:
    def edit(files: Files) -> None:
        files[path] = data + files[path]
    return edit


def delete(path: str) -> Edit:
    def edit(files: Files) -> None:
        del files[path]
    return edit


def write(path: str, data: bytes | str) -> Edit:
    def edit(files: Files) -> None:
        files[path] = data if isinstance(data, bytes) else data.encode("utf-8")
    return edit


def replace(path: str, old: bytes | str, new: bytes | str, count: int = 1) -> Edit:
    """Replace bytes in a file as built so far; the old bytes must be there."""
    old = old if isinstance(old, bytes) else old.encode("utf-8")
    new = new if isinstance(new, bytes) else new.encode("utf-8")

    def edit(files: Files) -> None:
        assert old in files[path], (path, old)
        files[path] = files[path].replace(old, new, count)
    return edit


def descriptor(drop=(), **changes) -> Edit:
    def edit(files: Files) -> None:
        raw = {k: v for k, v in DESCRIPTOR.items() if k not in drop}
        raw.update({k.replace("__", ":"): v for k, v in changes.items()})
        files["datapackage.json"] = (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return edit


# --- the cases -------------------------------------------------------------------

@dataclass
class Case:
    kind: str                      # "broken" or "valid"
    name: str
    what: str                      # one line: what is wrong, or what edge is exercised
    edits: list[Edit]
    expect: list[str] = field(default_factory=list)
    directives: list[str] = field(default_factory=list)

    def files(self) -> Files:
        files = base_files()
        for edit in self.edits:
            edit(files)
        return files

    def expected_txt(self) -> str:
        lines = self.expect + ([""] if self.expect else []) + [f"# {self.what}"] + self.directives
        return "\n".join(lines) + "\n"


CASES: list[Case] = []


def case(kind: str, name: str, what: str, *edits: Edit, expect=(), claims: str | None = ALL_CLAIMS,
         sources: str | None = ALL_SOURCES, raises: bool = False, links=(), quote_start=(),
         xfail: str | None = None) -> None:
    directives = []
    if xfail:
        directives.append(f"@xfail {xfail}")
    if raises:
        directives.append("@raises")
    for link in links:
        directives.append(f"@link {link}")
    if not raises:
        if sources is not None:
            directives.append(f"@sources {sources}".rstrip())
        if claims is not None:
            directives.append(f"@claims {claims}".rstrip())
    for claim_id, start in quote_start:
        directives.append(f"@quote_start {claim_id} {start}")
    assert not any(c.name == name for c in CASES), name
    CASES.append(Case(kind, name, what, list(edits), list(expect), directives))


def broken(name, what, *edits, **kw):
    case("broken", name, what, *edits, **kw)


def valid(name, what, *edits, **kw):
    case("valid", name, what, *edits, **kw)


NO_ORIGIN = "no origin here and datapackage.json has no valid claims:origin to default to"
C5_LEFT_OUT = 'claims.csv:6: source_id: its source "s2" was left out (see sources.csv:3), so this claim was too'
S1_S2_NOT_READ = [f"claims.csv:{n}: source_id: its source ... cannot be checked: sources.csv could not be read"
                  for n in (2, 3, 4, 5, 6)]
ARTICLE_S2 = "claims.csv:6: quote: cannot be checked: its article articles/s2.txt cannot be read (see that problem)"

# Files and the descriptor.
broken("missing-datapackage", "datapackage.json is missing", delete("datapackage.json"), raises=True,
       expect=["datapackage.json:1: file: not found; a dataset folder needs a datapackage.json descriptor"])
broken("datapackage-invalid-json", "datapackage.json lacks a comma after the claims:origin line",
       replace("datapackage.json", '"RUS",', '"RUS"'), raises=True,
       expect=["datapackage.json:5: file: is not valid JSON: Expecting ',' delimiter"])
broken("datapackage-not-an-object", "datapackage.json holds a JSON list",
       write("datapackage.json", '["sources.csv", "claims.csv"]\n'), raises=True,
       expect=["datapackage.json:1: file: must hold a JSON object"])
broken("datapackage-not-utf8", "datapackage.json's title holds a Latin-1 byte",
       replace("datapackage.json", "Corpus base", b"Corpus b\xe9se"), raises=True,
       expect=["datapackage.json:3: file: is not UTF-8 (byte 0xe9 at byte offset 47); save the file with UTF-8 encoding"])
broken("datapackage-missing-name", "datapackage.json has no name", descriptor(drop=["name"]),
       expect=['datapackage.json:1: name: a machine name is required'])
broken("datapackage-missing-title", "datapackage.json has no title", descriptor(drop=["title"]),
       expect=["datapackage.json:1: title: a human title is required; it is shown in the window title"])
broken("datapackage-missing-resources", "datapackage.json has no resources (the default paths still work)",
       descriptor(drop=["resources"]),
       expect=['datapackage.json:1: resources: a list of resources is required ... the default paths were tried'])
broken("datapackage-missing-origin", "datapackage.json has no claims:origin (c5 names its own origin)",
       descriptor(drop=["claims:origin"]), claims="c5",
       expect=['datapackage.json:1: claims:origin: is required: the ISO 3166-1 alpha-3 code of the country the flow '
               'leaves, e.g. "RUS"',
               *(f"claims.csv:{n}: origin: {NO_ORIGIN}" for n in (2, 3, 4, 5))])
broken("datapackage-lower-case-origin", "claims:origin is rus, not RUS", descriptor(claims__origin="rus"),
       claims="c5",
       expect=['datapackage.json:4: claims:origin: "rus" is not an upper-case ISO 3166-1 alpha-3 code',
               *(f"claims.csv:{n}: origin: {NO_ORIGIN}" for n in (2, 3, 4, 5))])
broken("datapackage-no-claims-resource", "resources name no claims table (the default path still works)",
       descriptor(resources=[{"name": "sources", "path": "sources.csv"}]),
       expect=['datapackage.json:5: resources: no resource named "claims"; add one with "path": "claims.csv" '
               "(the default path was tried)"])
broken("datapackage-resource-url", "the claims resource's path is a URL",
       replace("datapackage.json", '"path": "claims.csv"', '"path": "https://example.org/claims.csv"'), claims="",
       expect=['datapackage.json:5: resources: the path of "claims" "https://example.org/claims.csv" is a URL'
               " ... it was not read"])
broken("datapackage-resource-link-outside", "claims.csv is a link to a file outside the folder (made by the test)",
       delete("claims.csv"), links=["claims.csv -> ../outside/claims.csv"], claims="",
       expect=['datapackage.json:5: resources: the path of "claims" "claims.csv" leaves the dataset folder '
               "(through a link)"])
broken("datapackage-bad-event", "claims:event is a bare date, not an object",
       descriptor(claims__event="2022-09-21"),
       expect=['datapackage.json:15: claims:event: must be an object {"label": "...", "date": "YYYY-MM-DD"}; '
               "it was ignored"])
broken("missing-sources-csv", "sources.csv is missing", delete("sources.csv"), sources="", claims="",
       expect=["sources.csv:1: file: sources table file not found; add it or fix the path that names it",
               *S1_S2_NOT_READ])
broken("missing-claims-csv", "claims.csv is missing", delete("claims.csv"), claims="",
       expect=["claims.csv:1: file: claims table file not found; add it or fix the path that names it"])
broken("missing-article", "articles/s2.txt is missing", delete("articles/s2.txt"), sources="s1",
       claims="c1 c2 c3 c4",
       expect=['sources.csv:3: text_path: "articles/s2.txt" names no article file; add the article\'s text there, '
               "or fix text_path", C5_LEFT_OUT])

# sources.csv
for column in ["source_id", "outlet", "title", "published"]:
    broken(f"sources-missing-column-{column}", f"sources.csv has no {column} column",
           drop_column("sources.csv", column), sources="", claims="",
           expect=[f"sources.csv:1: {column}: required column is missing from the header; add it "
                   "(the rows were not read)", *S1_S2_NOT_READ])
for column in ["outlet", "title", "published"]:
    broken(f"sources-empty-{column}", f"s2 has an empty {column}", source("s2", **{column: ""}), sources="s1",
           claims="c1 c2 c3 c4", expect=[f"sources.csv:3: {column}: a value is required here", C5_LEFT_OUT])
broken("sources-empty-source_id", "s2 has an empty source_id", source("s2", source_id=""), sources="s1",
       claims="c1 c2 c3 c4",
       expect=["sources.csv:3: source_id: a value is required here",
               'claims.csv:6: source_id: no source has source_id "s2"'])
broken("sources-duplicate-source_id", "a third source row repeats the id s2",
       replace("sources.csv", b"\ns2,", b"\ns2,Border Herald,Copy,2022-09-28,,,,\ns2,", 1), sources="s1 s2",
       expect=['sources.csv:4: source_id: duplicate source_id "s2"; it was first used on line 3'])
broken("sources-invalid-source_id", "s2's id is written S2", source("s2", source_id="S2"), sources="s1",
       claims="c1 c2 c3 c4",
       expect=['sources.csv:3: source_id: "S2" is not a valid source_id; an id is lower-case letters',
               'claims.csv:6: source_id: no source has source_id "s2"; add it to sources.csv or fix the id'])
broken("sources-published-impossible-date", "s2 was published on 2022-02-30", source("s2", published="2022-02-30"),
       sources="s1", claims="c1 c2 c3 c4",
       expect=['sources.csv:3: published: "2022-02-30" is not a real date or time', C5_LEFT_OUT])
broken("sources-published-not-iso", "s2 was published on 27/09/2022", source("s2", published="27/09/2022"),
       sources="s1", claims="c1 c2 c3 c4",
       expect=['sources.csv:3: published: "27/09/2022" is not an ISO 8601 date (2022-10-06) or date-time', C5_LEFT_OUT])
broken("sources-url-without-scheme", "s2's url has no http(s)://", source("s2", url="www.example.org/b"),
       sources="s1", claims="c1 c2 c3 c4",
       expect=['sources.csv:3: url: "www.example.org/b" is not an http or https URL', C5_LEFT_OUT])
broken("sources-nul-byte", "s2's outlet holds a NUL byte", source("s2", outlet="Border\x00Herald"), sources="s1",
       claims="c1 c2 c3 c4",
       expect=['sources.csv:3: outlet: holds a NUL character ("Border\\x00Herald"); remove it', C5_LEFT_OUT])
broken("sources-not-utf8", "s2's outlet is Latin-1 encoded",
       replace("sources.csv", "Border Herald", b"Grenzbote S\xfcd"), sources="s1", claims="c1 c2 c3 c4",
       expect=["sources.csv:3: outlet: holds bytes that are not UTF-8; save the file with UTF-8 encoding",
               C5_LEFT_OUT])
broken("sources-ragged-row", "s2's row has one cell too many", replace("sources.csv", b"/b,,,\n", b"/b,,,,\n"),
       sources="s1", claims="c1 c2 c3 c4",
       expect=["sources.csv:3: file: this row has 9 cells but the header has 8", C5_LEFT_OUT])

# text_path
for name, path, words in [("dotdot", "../s2.txt", "leaves the dataset folder (with ..); keep every file inside"),
                          ("absolute", "/srv/articles/s2.txt", "is an absolute path; give a path relative"),
                          ("drive-letter", "C:\\articles\\s2.txt", "is an absolute path; give a path relative"),
                          ("url", "https://example.org/b.txt", "is a URL; give a path to a file inside")]:
    broken(f"text-path-{name}", f"s2's text_path is {path}", source("s2", text_path=path), sources="s1",
           claims="c1 c2 c3 c4", expect=[f'sources.csv:3: text_path: "{path}" {words}', C5_LEFT_OUT])
broken("text-path-link-outside", "articles/s2.txt is a link to a file outside the folder (made by the test)",
       delete("articles/s2.txt"), links=["articles/s2.txt -> ../../outside/s2.txt"], sources="s1",
       claims="c1 c2 c3 c4",
       expect=['sources.csv:3: text_path: "articles/s2.txt" leaves the dataset folder (through a link)', C5_LEFT_OUT])
broken("text-path-folder", "s2's text_path names a folder", source("s2", text_path="articles"), sources="s1",
       claims="c1 c2 c3 c4",
       expect=['sources.csv:3: text_path: "articles" names no article file', C5_LEFT_OUT])

# Articles
broken("article-not-utf8", "articles/s2.txt has a Latin-1 byte on line 4",
       replace("articles/s2.txt", "kilometres", b"kilom\xe8tres"), claims="c1 c2 c3 c4",
       expect=[ARTICLE_S2, "articles/s2.txt:4: file: is not UTF-8 (byte 0xe8 at byte offset 141)"])
broken("article-nul-byte", "articles/s2.txt has a NUL byte on line 3",
       replace("articles/s2.txt", "a day", "a\x00day"), claims="c1 c2 c3 c4",
       expect=[ARTICLE_S2, "articles/s2.txt:3: file: holds a NUL byte"])
broken("article-utf16", "articles/s2.txt was saved as UTF-16", write("articles/s2.txt", ARTICLES["s2"].encode("utf-16")),
       claims="c1 c2 c3 c4",
       expect=[ARTICLE_S2, "articles/s2.txt:1: file: was saved as UTF-16 (it starts with a UTF-16 byte-order mark); "
                           "save it as UTF-8"])

# claims.csv: columns and values
for column in ["claim_id", "source_id", "quote", "claimant", "stance", "metric"]:
    broken(f"claims-missing-column-{column}", f"claims.csv has no {column} column",
           drop_column("claims.csv", column), claims="",
           expect=[f"claims.csv:1: {column}: required column is missing from the header; add it "
                   "(the rows were not read)"])
    broken(f"claims-empty-{column}", f"c3 has an empty {column}", claim("c3", **{column: ""}),
           claims="c1 c2 c4 c5", expect=[f"claims.csv:4: {column}: a value is required here"])
broken("claims-header-trailing-space", 'the claimant column is headed "claimant " (a trailing space)',
       replace("claims.csv", ",claimant,", ",claimant ,"), claims="",
       expect=["claims.csv:1: claimant: required column is missing from the header"])
broken("claims-duplicate-claim_id", "c4 is written c3 again", claim("c4", claim_id="c3"), claims="c1 c2 c3 c5",
       expect=['claims.csv:5: claim_id: duplicate claim_id "c3"; it was first used on line 4'])
broken("claims-unknown-source_id", "c3 names source s9", claim("c3", source_id="s9"), claims="c1 c2 c4 c5",
       expect=['claims.csv:4: source_id: no source has source_id "s9"; add it to sources.csv or fix the id'])

# Quotes
QUOTE_MISSING = ("does not occur in the article text (compared after white space and curly quotes are normalised; "
                 "matching is case-sensitive): copy the words exactly from the article")
broken("quote-not-found", "c3's quote says 300,000", claim("c3", quote="300,000 Russians had entered"),
       claims="c1 c2 c4 c5", expect=[f'claims.csv:4: quote: {QUOTE_MISSING}; the closest passage (line 4 of the '
                                     'article) differs at "300,000": the article has "2" (U+0032) where the quote '
                                     'has "3" (U+0033) (articles/s1.txt)'])
broken("quote-en-dash", "c3's quote has an en dash where the article has a hyphen",
       claim("c3", quote="200,000 Russians had entered Kazakhstan–Uzbekistan"),
       replace("articles/s1.txt", "had entered Kazakhstan.", "had entered Kazakhstan-Uzbekistan."),
       claims="c1 c2 c4 c5", expect=[f'claims.csv:4: quote: {QUOTE_MISSING}; the closest passage (line 4 of the '
                                     'article) differs at "Kazakhstan–Uzbekistan": the article has "-" (U+002D) '
                                     'where the quote has "–" (U+2013) (articles/s1.txt)'])
broken("quote-nfd", "c3's quote writes Ö as O and a combining diaeresis (NFD); the article as one code point (NFC)",
       claim("c3", quote="200,000 Russians had entered Kazakhstan at O\u0308skemen"),
       replace("articles/s1.txt", "had entered Kazakhstan.", "had entered Kazakhstan at \u00d6skemen."),
       claims="c1 c2 c4 c5", expect=[f'claims.csv:4: quote: {QUOTE_MISSING}; the closest passage (line 4 of the '
                                     'article) differs at "O\u0308skemen": the article has "\u00d6" (U+00D6) where '
                                     'the quote has "O\u0308" (U+004F U+0308): the same letters, composed differently '
                                     '(Unicode NFC/NFD); copy them from the article (articles/s1.txt)'])
broken("quote-only-white-space", "c3's quote is two spaces", claim("c3", quote="  "), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: quote:"])
broken("quote-wrong-case", "c2's quote starts with a lower-case the", claim("c2", quote="the Kremlin on Thursday"),
       claims="c1 c3 c4 c5", expect=[f'claims.csv:3: quote: {QUOTE_MISSING}; the closest passage (line 3 of the '
                                     'article) differs at "the": the article has "T" (U+0054) where the quote has '
                                     '"t" (U+0074) (articles/s1.txt)'])
broken("quote-prefix-matches-nothing", "c3's quote_prefix is not in the article",
       claim("c3", quote_prefix="Nobody said"), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: quote_prefix: matches no occurrence of the quote (the quote occurs 2 times, never "
               "just after this prefix): copy the words just before the quote from the article (articles/s1.txt)"])
broken("quote-suffix-matches-nothing", "c3's quote_suffix is not in the article",
       claim("c3", quote_suffix="Mongolia"), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: quote_suffix: matches no occurrence of the quote (the quote occurs 2 times, never "
               "just before this suffix): copy the words just after the quote from the article (articles/s1.txt)"])
broken("quote-prefix-and-suffix-disagree", "c3's prefix fits the second occurrence, its suffix the first",
       claim("c3", quote="Officials said 200,000 Russians had entered", quote_prefix="Kazakhstan.",
             quote_suffix="Kazakhstan"), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: quote_prefix: no occurrence of the quote has both this prefix and this suffix "
               "(the quote occurs 2 times)"])

# Codes
ISO = "is not an upper-case ISO 3166-1 alpha-3 code"
broken("destination-not-iso", "c3's destination is SUN (the Soviet Union: not in ISO 3166-1)",
       claim("c3", destination="SUN"), claims="c1 c2 c4 c5",
       expect=['claims.csv:4: destination: "SUN" is not an ISO 3166-1 alpha-3 code: no country has it'])
broken("destination-lower-case", "c3's destination is kaz", claim("c3", destination="kaz"),
       claims="c1 c2 c4 c5", expect=[f'claims.csv:4: destination: "kaz" {ISO}: write it KAZ'])
broken("destination-group-lower-case-member", "c4's destination is FIN;est", claim("c4", destination="FIN;est"),
       claims="c1 c2 c3 c5", expect=[f'claims.csv:5: destination: "est" {ISO}: write it EST (in the group "FIN;est")'])
broken("destination-country-name", "c3's destination is written as a name, Kazakhstan",
       claim("c3", destination="Kazakhstan"), claims="c1 c2 c4 c5",
       expect=['claims.csv:4: destination: "Kazakhstan" is not an ISO 3166-1 alpha-3 code; did you mean KAZ?'])
broken("destination-alpha-2", "c3's destination is the alpha-2 code KZ", claim("c3", destination="KZ"),
       claims="c1 c2 c4 c5",
       expect=['claims.csv:4: destination: "KZ" is not an ISO 3166-1 alpha-3 code; did you mean KAZ?'])
broken("origin-lower-case", "c5's origin is rus", claim("c5", origin="rus"), claims="c1 c2 c3 c4",
       expect=[f'claims.csv:6: origin: "rus" {ISO}: write it RUS'])

# Numbers
for name, column, value, words in [
        ("separator-comma", "value_low", "200,000", "has thousands separators; write digits only, e.g. 70000"),
        ("separator-space", "value_low", "200 000", "has thousands separators; write digits only, e.g. 70000"),
        ("separator-no-break-space", "value_low", "200\u00a0000", "... write digits only"),
        ("negative", "value_low", "-200000", "is negative; a bound counts people, so it is 0 or more"),
        ("plus-sign", "value_high", "+200000", "has a sign; write digits only, e.g. 70000"),
        ("exponent", "value_high", "2E+05", "is written with an exponent (a spreadsheet may do this)"),
        ("decimal", "value_high", "200000.5", "is not a whole number; a bound counts people"),
        ("words", "value_high", "200k", "is not a whole number; write digits only, e.g. 70000 (the wording goes in value_text)"),
        ("spaces-around", "value_high", "200000 ", "has spaces around it; write digits only"),
        ("too-large", "value_high", "2000000000000000", "is too large to be a count of people")]:
    shown = value.replace("\u00a0", "\\xa0")
    broken(f"value-{name}", f"c3's {column} is {value!r}", claim("c3", **{column: value}), claims="c1 c2 c4 c5",
           expect=[f'claims.csv:4: {column}: "{shown}" {words}'])
broken("value-reversed-bounds", "c3 runs from 300000 down to 200000", claim("c3", value_low="300000"),
       claims="c1 c2 c4 c5",
       expect=['claims.csv:4: value_high: "200000" is below value_low; the upper bound must be at least the lower one'])

# Dates
broken("period-reversed", "c3's period ends before it starts",
       claim("c3", period_start="2022-10-04", period_end="2022-09-21"), claims="c1 c2 c4 c5",
       expect=['claims.csv:4: period_end: "2022-09-21" is before period_start; the period must not run backwards'])
broken("period-impossible-date", "c3's period ends on 2022-02-30", claim("c3", period_end="2022-02-30"),
       claims="c1 c2 c4 c5", expect=['claims.csv:4: period_end: "2022-02-30" is not a real date'])
broken("period-not-iso", "c3's period starts on 21.09.2022", claim("c3", period_start="21.09.2022"),
       claims="c1 c2 c4 c5", expect=['claims.csv:4: period_start: "21.09.2022" is not an ISO 8601 date such as 2022-10-06'])
broken("period-date-time", "c3's period starts at a date-time (only dates are allowed)",
       claim("c3", period_start="2022-09-21T10:00"), claims="c1 c2 c4 c5",
       expect=['claims.csv:4: period_start: "2022-09-21T10:00" is not an ISO 8601 date such as 2022-10-06'])

# Enumerations
for name, claim_id, line, column, value, allowed in [
        ("stance", "c2", 3, "stance", "disputes", "asserts, denies"),
        ("metric", "c3", 4, "metric", "arrived", "left, entered, exited, registered, stayed, other"),
        ("unit", "c5", 6, "unit", "people/day", "people, people_per_day"),
        ("claimant_type", "c1", 2, "claimant_type", "press", "government, anonymous, media, organization, other")]:
    broken(f"enum-{name}", f"{claim_id}'s {column} is {value}", claim(claim_id, **{column: value}),
           claims=" ".join(c for c in ALL_CLAIMS.split() if c != claim_id),
           expect=[f'claims.csv:{line}: {column}: "{value}" is not one of: {allowed}'])

# Encodings and CSV structure of claims.csv
broken("claims-not-utf8", "c3's claimant is Latin-1 encoded",
       claim("c3", claimant="Ministère"), replace("claims.csv", "Ministère", b"Minist\xe8re"),
       claims="c1 c2 c4 c5",
       expect=["claims.csv:4: claimant: holds bytes that are not UTF-8; save the file with UTF-8 encoding"])
broken("claims-header-not-utf8", "an extra column of claims.csv is headed by a Latin-1 name",
       replace("claims.csv", ",note\n", b",note,r\xe9viewer\n"), claims=None,
       expect=["claims.csv:1: ... not UTF-8"])
broken("claims-duplicate-column-with-line-break", "two extra columns are both headed by a name with a line break",
       add_column("claims.csv", "seen\nby", "ak"), replace("claims.csv", '"seen\nby"', '"seen\nby","seen\nby"'),
       replace("claims.csv", b",ak\n", b",ak,ak\n", -1),
       expect=["claims.csv:1: ... appears twice; rename or remove one; the first was kept"])
broken("claims-header-nameless-columns", "the header and every row end with two empty cells (as spreadsheets export)",
       replace("claims.csv", b"\n", b",,\n", -1),
       expect=["claims.csv:1: (unnamed column 20): a second column has no name; rename or remove one; "
               "the first was kept"])
broken("claims-nameless-column-not-utf8", "a column with no name; c3's cell in it holds a Latin-1 byte",
       replace("claims.csv", b"\n", b",\n", -1), replace("claims.csv", b"2022-10-04,,\n", b"2022-10-04,,caf\xe9\n"),
       claims="c1 c2 c4 c5",
       expect=["claims.csv:4: ... holds bytes that are not UTF-8"])
broken("claims-header-stray-quote", "the header row starts with a stray quote",
       prepend("claims.csv", b'"'), claims="",
       expect=["claims.csv:1: file: ... quot"])
broken("claims-header-nul-byte", "the note column's name in the header holds a NUL byte",
       replace("claims.csv", ",note\n", ",no\x00te\n"), claims=None,
       expect=["claims.csv:1: ... NUL"])
broken("claims-nul-byte", "c3's claimant holds a NUL byte", claim("c3", claimant="Offi\x00cials"),
       claims="c1 c2 c4 c5", expect=['claims.csv:4: claimant: holds a NUL character ("Offi\\x00cials"); remove it'])
broken("claims-unclosed-quote", "c5's last quoted cell is never closed (it runs to the end of the file)",
       replace("claims.csv", ',"about 10,000 a day",', ',"about 10,000 a day,'), claims="c1 c2 c3 c4",
       expect=['claims.csv:6: file: a quoted cell that starts in this row is never closed; close it with "'])
broken("claims-unclosed-quote-before-quoted-row",
       "c3's quote cell is never closed; the next row, c4, holds quoted cells",
       replace("claims.csv", '"200,000 Russians had entered"', '"200,000 Russians had entered'),
       claims="c1 c2 c4 c5",
       expect=["claims.csv:4: file: ... quote"])
broken("claims-stray-quote", "c3's claimant has a stray character after its closing quote",
       claim("c3", claimant="Officials!"), replace("claims.csv", ",Officials!,", ',"Officials"!,'),
       claims="c1 c2 c4 c5",
       expect=["claims.csv:4: file: malformed CSV quoting (',' expected after '\"'); a cell that holds a quote must "
               'be wrapped in quotes, with the quote doubled: "say ""hi"""'])
broken("claims-ragged-too-many", "c3's row has one cell too many",
       replace("claims.csv", "2022-09-21,2022-10-04,\n", "2022-09-21,2022-10-04,,extra\n"), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: file: this row has 19 cells but the header has 18; check for a missing or extra comma, "
               "or a quote that is not closed"])
broken("claims-ragged-too-few", "c3's row has one cell too few",
       replace("claims.csv", "2022-09-21,2022-10-04,\n", "2022-09-21,2022-10-04\n"), claims="c1 c2 c4 c5",
       expect=["claims.csv:4: file: this row has 17 cells but the header has 18"])
broken("claims-empty-file", "claims.csv is empty (0 bytes)", write("claims.csv", b""), claims="",
       expect=["claims.csv:1: file: is empty; it needs at least a header row naming the columns"])
broken("claims-blank-first-line", "claims.csv starts with an empty line before the header",
       replace("claims.csv", b"claim_id,", b"\nclaim_id,"), claims="",
       expect=["claims.csv:1: file: the first row must be the header naming the columns, but it is empty"])
broken("claims-error-after-multiline-cell", "c2's note spans three lines; c4 (on line 7) has a bad stance",
       claim("c2", note="line one\nline two\nline three"), claim("c4", stance="bogus"),
       claims="c1 c2 c3 c5", expect=['claims.csv:7: stance: "bogus" is not one of: asserts, denies'])
broken("claims-error-in-crlf-file", "claims.csv has CRLF line endings; c4 (line 5) has a bad stance",
       claim("c4", stance="bogus"), replace("claims.csv", b"\n", b"\r\n", -1), claims="c1 c2 c3 c5",
       expect=['claims.csv:5: stance: "bogus" is not one of: asserts, denies'])
broken("claims-error-after-bom", "claims.csv starts with a BOM; c1 (line 2) has a bad metric",
       claim("c1", metric="fled"), prepend("claims.csv", b"\xef\xbb\xbf"),
       claims="c2 c3 c4 c5", expect=['claims.csv:2: metric: "fled" is not one of:'])

# --- valid edge cases -------------------------------------------------------------

S1_OFFICIALS_1 = ARTICLES["s1"].index("Officials said 200,000")
S1_OFFICIALS_2 = ARTICLES["s1"].index("Officials said  200,000")

valid("base", "the base dataset every case starts from")
valid("claims-header-only", "claims.csv holds only its header row",
      write("claims.csv", ",".join(CLAIM_COLUMNS) + "\n"), claims="")
valid("bom", "sources.csv, claims.csv and articles/s1.txt start with a UTF-8 BOM",
      *(prepend(p, b"\xef\xbb\xbf") for p in ["sources.csv", "claims.csv", "articles/s1.txt"]))
valid("crlf", "sources.csv, claims.csv and both articles have CRLF line endings",
      *(replace(p, b"\n", b"\r\n", -1) for p in ["sources.csv", "claims.csv", "articles/s1.txt", "articles/s2.txt"]))
valid("cells-spanning-lines", "c2's note and c5's value_text span lines (one with CRLF inside the cell)",
      claim("c2", note="line one\nline two"), replace("claims.csv", '"about 10,000 a day"', '"about 10,000\r\na day"'))
valid("unknown-columns", "both tables have extra columns (reviewer, section), kept",
      add_column("sources.csv", "section", "World"), add_column("claims.csv", "reviewer", "ak"))
valid("column-order-shuffled", "the columns of both tables come in another order",
      write("sources.csv", csv_bytes(SOURCES, list(reversed(SOURCE_COLUMNS)))),
      write("claims.csv", csv_bytes(CLAIMS, sorted(CLAIM_COLUMNS))))
valid("only-required-columns", "both tables have only their required columns",
      write("sources.csv", csv_bytes([{k: s[k] for k in SOURCE_COLUMNS[:4]} for s in SOURCES], SOURCE_COLUMNS[:4])),
      write("claims.csv", csv_bytes([{k: c[k] for k in ("claim_id", "source_id", "quote", "claimant", "stance",
                                                         "metric")} for c in CLAIMS],
                                    ["claim_id", "source_id", "quote", "claimant", "stance", "metric"])))
valid("blank-rows", "claims.csv has an empty line and a row of empty cells (both skipped)",
      replace("claims.csv", b"\nc3,", b"\n\n" + b"," * 17 + b"\nc3,"))
valid("quote-twice-first-occurrence", "c3's quote occurs twice in s1; with no prefix the first one is used",
      claim("c3", quote="Officials said 200,000 Russians had entered"),
      quote_start=[("c3", S1_OFFICIALS_1)])
valid("quote-prefix-picks-second", "c3's quote occurs twice; its prefix picks the second",
      claim("c3", quote="Officials said 200,000 Russians had entered", quote_prefix="Kazakhstan.",
            destination="GEO"), quote_start=[("c3", S1_OFFICIALS_2)])
valid("quote-suffix-picks-second", "c3's quote occurs twice; its suffix picks the second",
      claim("c3", quote="Officials said 200,000 Russians had entered", quote_suffix="Georgia",
            destination="GEO"), quote_start=[("c3", S1_OFFICIALS_2)])
valid("quote-across-line-break", "c2's quote runs across the blank line after the headline",
      claim("c2", quote="700,000 fled The Kremlin on Thursday denied"),
      quote_start=[("c2", ARTICLES["s1"].index("700,000 fled"))])
valid("claims-without-figures", "c2 denies with no figure; c4 is qualitative (no figure at all)",
      claim("c2", value_high=""), claim("c4", value_low="", value_high="", destination=""))
valid("resource-paths-differ", "the tables live in tables/ under other names",
      descriptor(resources=[{"name": "sources", "path": "tables/my-sources.csv"},
                            {"name": "claims", "path": "tables/my-claims.csv"}]),
      lambda f: f.update({"tables/my-sources.csv": f.pop("sources.csv"), "tables/my-claims.csv": f.pop("claims.csv")}))
valid("descriptor-optional-keys", "datapackage.json has optional and unknown keys",
      descriptor(description="A corpus case.", licenses=[{"name": "CC-BY-4.0"}], version="1.0.0",
                 claims__event={"label": "Mobilisation announced", "date": "2022-09-21"}, x_reviewed_by="ak"))
valid("published-forms", "s1 is published at a local date-time, s2 at a UTC date-time",
      source("s1", published="2022-10-06T18:42"), source("s2", published="2022-09-27T15:42:00Z"))
valid("text-path-link-inside", "s2's text_path is a link to articles/s2.txt (made by the test)",
      source("s2", text_path="articles/s2-link.txt"), links=["articles/s2-link.txt -> s2.txt"])
valid("text-path-dotdot-inside", "s2's text_path goes up and back down but stays inside the folder",
      source("s2", text_path="articles/../articles/s2.txt"))


def build(root: Path) -> list[Path]:
    """Write every case under root/broken/ and root/valid/; return the case folders."""
    folders = []
    for c in CASES:
        folder = root / c.kind / c.name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for rel, data in sorted(c.files().items()):
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
        (folder / "EXPECTED.txt").write_text(c.expected_txt(), encoding="utf-8", newline="\n")
        folders.append(folder)
    return folders


if __name__ == "__main__":
    for kind in ("broken", "valid"):
        if (HERE / kind).exists():
            shutil.rmtree(HERE / kind)
    written = build(HERE)
    print(f"wrote {len(written)} cases under {HERE}", file=sys.stderr)
