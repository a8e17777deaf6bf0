"""Document.import_article: a saved page, a PDF or a text file added as a source, its text kept by the
document until saved, one undo step, journaled (pure: no Qt)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import DATA
from tests.importing.pdfmaker import make_pdf
from viewer.model import load_dataset
from viewer.model.articles.model import ArticleError
from viewer.model.document import Document

PAGE = """<!doctype html><html lang="en"><head><title>Finland counts arrivals | Northern Ledger</title>
<meta property="og:site_name" content="Northern Ledger">
<meta property="article:published_time" content="2022-09-29T14:05:00+03:00">
<meta name="author" content="Anna Virtanen"></head>
<body><nav>Home | World | Sign in</nav><article><h1>Finland counts arrivals</h1>
<p>Finland's border guard said 8,572 Russians entered Finland over the weekend, up from 4,000 a week before.</p>
<p>Officials said the number of crossings at Vaalimaa had doubled since the mobilisation was announced.</p>
<p>About 66,000 Russians have crossed into Finland and Estonia since 21 September, the agencies said.</p>
</article><footer>Subscribe now</footer></body></html>"""

TEXT = ("Kazakhstan's interior minister said 200,000 Russians had entered the country since the mobilisation, "
        "and that 147,000 had left again.\n\nOfficials in Almaty said queues at the border had eased.\n")


@pytest.fixture
def fresh(tmp_path):
    journals = tmp_path / "journals"
    doc = Document.create(tmp_path / "ds", name="crossings", title="Crossings", origin="RUS", journal_dir=journals)
    yield doc, tmp_path / "ds", journals
    doc.close()


def _problems(folder):
    return [str(p) for p in load_dataset(folder).problems]


def test_each_kind_of_file_is_imported_and_written_with_the_save(fresh, tmp_path):
    doc, folder, _ = fresh
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    text = tmp_path / "kazakh.txt"
    text.write_text(TEXT, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["Mongolia said 3,000 Russians had entered in the week since",
                              "the mobilisation was announced."], title="Mongolia counts arrivals"))

    from_page = doc.import_article(page)
    assert from_page == "northern-ledger-2022-09-29"
    source = doc.source(from_page)
    assert (source["outlet"], source["published"], source["byline"]) == (
        "Northern Ledger", "2022-09-29T14:05:00+03:00", "Anna Virtanen")
    assert "8,572 Russians entered Finland" in doc.article(from_page) and "Sign in" not in doc.article(from_page)
    from_text = doc.import_article(text, outlet="Kazinform", title="Arrivals", published="2022-10-04",
                                   source_id="kaz")
    from_pdf = doc.import_article(pdf, outlet="Montsame", published="2022-09-28")
    assert from_text == "kaz" and from_pdf == "montsame-2022-09-28"
    assert doc.source(from_pdf)["title"] == "Mongolia counts arrivals"
    # Kept by the document, not written, until saved; yet the dataset already checks them.
    assert not (folder / "articles" / "kaz.txt").exists() and doc.dirty
    cid = doc.add_claim(source_id="kaz", quote="200,000 Russians had entered the country", claimant="Interior minister",
                        claimant_type="government", stance="asserts", metric="entered", origin="RUS",
                        destination="KAZ", value_low="200000", value_high="200000")
    assert doc.problems == []
    assert doc.dataset.claims.set_index("claim_id").loc[cid, "quote_start"] >= 0
    doc.save()
    assert (folder / "articles" / "kaz.txt").read_text(encoding="utf-8") == doc.article("kaz")
    assert (folder / "articles" / f"{from_page}.txt").is_file() and (folder / "articles" / f"{from_pdf}.txt").is_file()
    assert _problems(folder) == []
    again = Document.open(folder, journal_dir=fresh[2])
    assert again.source_ids() == [from_page, "kaz", from_pdf] and not again.dirty
    again.close()


def test_import_is_one_undo_step_and_leaves_nothing_behind(fresh, tmp_path):
    doc, folder, _ = fresh
    text = tmp_path / "kazakh.txt"
    text.write_text(TEXT, encoding="utf-8")
    source_id = doc.import_article(text, outlet="Kazinform", title="Arrivals", published="2022-10-04")
    assert doc.undo_name() == f"Import article {source_id}"
    doc.undo()
    assert doc.source_ids() == [] and not doc.dirty
    with pytest.raises(KeyError):
        doc.article(source_id)
    doc.redo()
    assert "147,000 had left again" in doc.article(source_id) and doc.dirty
    doc.undo()
    doc.save()
    assert not (folder / "articles" / f"{source_id}.txt").exists() and _problems(folder) == []
    assert "kazinform" not in (folder / "sources.csv").read_text(encoding="utf-8")


def test_misuse_and_the_same_text_again(fresh, tmp_path):
    doc, folder, _ = fresh
    text = tmp_path / "kazakh.txt"
    text.write_text(TEXT, encoding="utf-8")
    with pytest.raises(KeyError):
        doc.import_article(text, colour="red")
    with pytest.raises(ValueError):
        doc.import_article(text, outlet=5)
    source_id = doc.import_article(text, outlet="Kazinform", title="Arrivals", published="2022-10-04")
    again = tmp_path / "again.txt"   # the same words, typed with other white space and quote marks
    again.write_text(TEXT.replace("  ", " ").replace("'", "\u2019") + "\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match=source_id):
        doc.import_article(again)
    with pytest.raises(ValueError, match="already"):
        doc.import_article(_write(tmp_path / "p.html", PAGE), source_id=source_id)
    image = _write(tmp_path / "photo.png", "\x89PNG\r\n\x1a\n")
    with pytest.raises(ArticleError, match="photo.png"):
        doc.import_article(image)
    with pytest.raises(ArticleError, match="no such file"):
        doc.import_article(tmp_path / "missing.html")
    assert doc.source_ids() == [source_id]


def test_a_field_left_empty_is_a_problem_not_a_refusal(fresh, tmp_path):
    doc, _folder, _ = fresh
    source_id = doc.import_article(_write(tmp_path / "plain.txt", TEXT))   # no outlet, title or date said
    assert source_id in doc.source_ids()
    assert any(p.column in ("outlet", "title", "published") for p in doc.problems)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


IMPORTER = """
import sys
from viewer.model.document import Document
doc = Document.open(sys.argv[1], journal_dir=sys.argv[2])
doc.import_article(sys.argv[3], outlet="Kazinform", title="Arrivals", published="2022-10-04", source_id="kaz")
print("acknowledged", flush=True)
sys.stdin.read()
"""


def test_an_import_survives_kill_9_before_the_save(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    journals = tmp_path / "journals"
    text = _write(tmp_path / "kazakh.txt", TEXT)
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(folder), str(journals), str(text)],
                               stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, cwd=str(DATA.parent))
    assert process.stdout.readline().strip() == "acknowledged"
    process.kill()
    process.wait()
    assert not (folder / "articles" / "kaz.txt").exists()
    doc = Document.open(folder, journal_dir=journals)
    assert doc.recovered == 1 and doc.dirty and "147,000 had left again" in doc.article("kaz")
    doc.save()
    doc.close()
    assert (folder / "articles" / "kaz.txt").is_file() and _problems(folder) == []


def test_the_ids_taken_count_stray_files_and_unsaved_texts(fresh, tmp_path):
    """taken_source_ids (what the window suggests ids against) is the rule import_article follows."""
    doc, folder, _ = fresh
    (folder / "articles" / "kazinform-2022-10-04.txt").write_text("an analyst's own file\n", encoding="utf-8")
    first = doc.import_article(_write(tmp_path / "a.txt", TEXT), outlet="Kazinform", title="A",
                               published="2022-10-04", text_path="articles/kazinform-2022-10-04-3.txt")
    assert first == "kazinform-2022-10-04-2"     # the stray file's name is taken
    taken = doc.taken_source_ids()
    assert {"kazinform-2022-10-04", "kazinform-2022-10-04-2", "kazinform-2022-10-04-3"} <= taken   # -3: unsaved text
    second = doc.import_article(_write(tmp_path / "b.txt", "Another text entirely, about 3,000 people.\n"),
                                outlet="Kazinform", title="B", published="2022-10-04")
    assert second == "kazinform-2022-10-04-4"
    doc.undo()
    assert "kazinform-2022-10-04-4" not in doc.taken_source_ids()
