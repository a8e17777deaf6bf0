"""Reading articles: browser copies, saved pages, PDFs, other charsets, and what is not an article."""

import io
import json
from pathlib import Path

import pytest

from viewer.model.articles import ArticleError, read_article, read_article_bytes
from viewer.model.articles.dates import parse_date

from .pdfmaker import make_pdf

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path("/work/shared/seeds")
SEED_FILES = {"hindustan-times-2022-10-06.txt": "ht-2022-10-06.txt",
              "breitbart-2022-10-06.txt": "breitbart-2022-10-06.txt"}
seeds = pytest.mark.skipif(not SEEDS.exists(), reason="the raw seed files are not on this machine")


@seeds
@pytest.mark.parametrize("seed, stored", SEED_FILES.items())
def test_a_seed_copy_gives_the_bundled_article_byte_for_byte(seed, stored):
    article = read_article(SEEDS / seed)
    assert article.text == (ROOT / "data" / "articles" / stored).read_text(encoding="utf-8")


@seeds
def test_the_seed_copies_give_their_metadata():
    ht = read_article(SEEDS / "hindustan-times-2022-10-06.txt")
    assert (ht.title, ht.outlet, ht.published, ht.byline, ht.language) == (
        "Russia rejects 700,000 fled country after Putin's military call-up", "Hindustan Times",
        "2022-10-06T18:42:00+05:30", "Reuters", "en")
    bb = read_article(SEEDS / "breitbart-2022-10-06.txt")
    assert (bb.title, bb.outlet, bb.published) == (
        "Kremlin Denies Reports of 700,000 Russians Fleeing to Avoid Conscription", "Breitbart", "2022-10-06")


RUSSIAN_COPY = """Главная / Общество / Миграция
Поток россиян в Казахстан сократился
Общество
Опубликовано: 6 октября 2022, 14:05 МСК
Автор: Анна Петрова
Поделиться
Министр внутренних дел Казахстана сообщил, что с 21 сентября в страну въехали более 200 тысяч граждан России.
Читайте также: Как уехать из России в 2022 году
По его словам, около 147 тысяч человек за тот же период выехали из Казахстана в другие страны.
Фото: пункт пропуска на границе
Фото: пункт пропуска на границе
Комментарии
Войти
© 2022 Издание. Все права защищены.
"""


def test_a_russian_copy_loses_its_chrome_and_gives_its_metadata(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_bytes(RUSSIAN_COPY.encode("cp1251"))   # saved by an old browser in Windows-1251
    article = read_article(path)
    assert article.text == (
        "Поток россиян в Казахстан сократился\n"
        "Министр внутренних дел Казахстана сообщил, что с 21 сентября в страну въехали более 200 тысяч граждан "
        "России.\n"
        "По его словам, около 147 тысяч человек за тот же период выехали из Казахстана в другие страны.\n"
        "Фото: пункт пропуска на границе\n")
    assert (article.title, article.published, article.byline, article.language) == (
        "Поток россиян в Казахстан сократился", "2022-10-06T14:05:00+03:00", "Анна Петрова", "ru")


PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="windows-1252">
<title>Thousands cross into Georgia | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://example.org/world/georgia-border">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Thousands cross into Georgia", "datePublished": "2022-09-28T09:15:00+01:00",
 "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Sign in</li></ul></nav>
<main><article><h1>Thousands cross into Georgia</h1>
<p>Georgia\u2019s interior ministry said on Wednesday that about 10,000 Russians a day were crossing the Upper Lars checkpoint, up from 5,000 a week ago, as men of fighting age tried to avoid the call-up.</p>
<p>Queues of cars stretched for more than 20 km on the Russian side of the border, drivers told reporters, and some people waited for three days before they were allowed to cross into Georgia.</p>
<p>Read more: Russia closes border crossings to men of fighting age</p>
<p>The ministry did not say how many of those who crossed had stayed in Georgia, and how many had travelled on to Armenia or Turkey, or back to Russia again.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens new restaurant in London</a></li></ul></aside>
<footer><p>\u00a9 2022 The Daily Example. All rights reserved.</p></footer></body></html>"""


def test_a_saved_page_gives_its_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp1252"))
    article = read_article(path)
    assert "Georgia\u2019s interior ministry said on Wednesday that about 10,000 Russians" in article.text
    assert "\n\nQueues of cars" in article.text
    for chrome in ("Read more", "Sign in", "Celebrity chef", "All rights reserved"):
        assert chrome not in article.text
    assert (article.title, article.outlet, article.published, article.byline, article.url, article.language) == (
        "Thousands cross into Georgia", "The Daily Example", "2022-09-28T09:15:00+01:00", "Jane Doe",
        "https://example.org/world/georgia-border", "en")


def test_a_pdf_gives_its_text_and_metadata(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Border guards said 53,000 Russians had entered Georgia since the",
                               "mobilisation was announced on 21 September.",
                               "",
                               "Another 66,000 crossed into Finland and Estonia."], title="Border report"))
    article = read_article(path)
    assert "53,000 Russians had entered Georgia since the mobilisation was announced" in article.text
    assert "66,000 crossed into Finland and Estonia." in article.text
    assert (article.title, article.published) == ("Border report", "2022-10-06")


@pytest.mark.parametrize("name, data, words", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\r\n\t ", "empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    ("notes.csv", b"name,age\nAnna,34\nBoris,41\n", "a table or data file (CSV), not an article"),
    ("flows.json", b'{"flows": [{"destination": "KAZ", "low": 200000}]}', "(JSON), not an article"),
    ("photo.txt", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "JPEG image"),
    ("data.bin", bytes(range(256)) * 16, "binary"),
    ("scan.pdf", make_pdf(None), "no text"),
    ("fake.pdf", b"Hello, I am not a PDF at all", "not a PDF"),
    ("image.jpg", b"not really a jpeg", "image"),
])
def test_what_is_not_an_article_gets_one_clear_line(name, data, words):
    with pytest.raises(ArticleError) as err:
        read_article_bytes(data, name)
    line = str(err.value)
    assert "\n" not in line and line.startswith(name + ": ") and words in line


def test_an_encrypted_pdf_is_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["66,000 Russians crossed into Finland."]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ArticleError, match="encrypted"):
        read_article_bytes(buffer.getvalue(), "locked.pdf")


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"A line of text about 5,000 people.\n" * 100)
    with pytest.raises(ArticleError, match="over the limit"):
        read_article(path, max_bytes=1000)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nowhere.txt")


@pytest.mark.parametrize("words, iso", [
    ("Published on Oct 06, 2022 06:42 PM IST", "2022-10-06T18:42:00+05:30"),
    ("Updated: 6 October 2022 10.15 BST", "2022-10-06T10:15:00+01:00"),
    ("6 октября 2022, 18:42", "2022-10-06T18:42"),
    ("06.10.2022", "2022-10-06"),
    ("September 30, 2022", "2022-09-30"),
    ("2022-10-06T13:12:00Z", "2022-10-06T13:12:00Z"),
    ("no date here", ""),
    ("31 February 2022", ""),
])
def test_dates_as_pages_write_them(words, iso):
    assert parse_date(words) == iso


def test_text_json_has_the_keys_of_the_issue(tmp_path, capsys):
    from viewer.cli import main
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["text", str(path), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert list(record) == ["file", "text", "title", "outlet", "published", "byline", "url", "language"]


GUARDIAN_LIKE_COPY = """Skip to main content
World
Europe
Ukraine war
Finland to close border to Russian tourists
Move leaves few easy routes into Schengen area for Russians fleeing mobilisation

Tom Ellis in Helsinki
Thu 29 Sep 2022 15.58 BST
Listen to this article
4 min read

Finland will close its border to Russian tourists from midnight on Friday, the government said, after the number of Russians crossing into the country doubled in the week after the mobilisation was announced.

Advertisement

The Finnish border guard said nearly 17,000 Russians entered Finland over the weekend, compared with about 8,500 a week earlier.

Related: Russians queue for days at Georgian border

Estonia, Latvia and Lithuania had already stopped admitting Russians with tourist visas.

Photograph: Lehtikuva/Reuters

Explore more on these topics
Finland
Russia
Europe
Share
Reuse this content
Most viewed
"""


def test_menus_above_the_headline_and_reading_aids_are_dropped():
    text, = [read_article_bytes(GUARDIAN_LIKE_COPY.encode("utf-8"), "copy.txt")]
    assert text.text.startswith("Finland to close border to Russian tourists\nMove leaves few easy routes")
    for chrome in ("Skip to main content", "Europe\n", "Listen to this article", "4 min read", "Advertisement",
                   "Related:", "Explore more", "Reuse this content", "Most viewed", "Tom Ellis"):
        assert chrome not in text.text
    assert "Photograph: Lehtikuva/Reuters" in text.text   # a credit stays, as in the bundled articles
    assert (text.title, text.byline, text.published) == ("Finland to close border to Russian tourists", "Tom Ellis",
                                                         "2022-09-29T15:58:00+01:00")


def test_wrapped_lines_of_a_wide_page_stay_one_paragraph():
    """Lines over 140 characters from a page given its paragraphs whole are paragraphs; long wrapped lines of a
    wide page, which mostly stop mid-sentence, are not cut where the next opens with a capital."""
    from viewer.model.articles.pdf_text import _paragraphs
    wrapped = "\n".join([
        "The interior ministry of Kazakhstan said on Tuesday in a statement to reporters in Astana that more than "
        "98,000 Russian citizens had entered the country since",
        "September 21, when President Vladimir Putin announced a partial mobilisation of reservists for the war in "
        "Ukraine, and the ministry added that",
        "Many of them had already moved on to other countries in Central Asia, to Turkey or to the United Arab "
        "Emirates by air and rail",
        "Officials said the flow had slowed in the past two days."])
    assert "\n\n" not in _paragraphs(wrapped)


def test_a_pdfs_title_outlet_and_date_lines_are_paragraphs_of_their_own():
    """The outlet's line under a PDF's title ran into the title ("… since mobilisation Eurasia Monitor"), and a
    paragraph ending short of the full width ran into the next."""
    from viewer.model.articles.pdf_text import _paragraphs
    page = "\n".join([
        "Kazakhstan says 200,000 Russians entered since mobilisation",
        "Steppe Monitor",
        "October 4, 2022",
        "Kazakhstan's interior minister Marat Akhmetzhanov said on Tuesday that about 200,000 Russians had entered the",
        "country since September 21, and that most had arrived by car.",
        "Georgian officials said between 5,000 and 6,000 people a day were crossing at the Upper Lars checkpoint in",
        "the mountains."])
    assert _paragraphs(page).split("\n\n") == [
        "Kazakhstan says 200,000 Russians entered since mobilisation", "Steppe Monitor", "October 4, 2022",
        "Kazakhstan's interior minister Marat Akhmetzhanov said on Tuesday that about 200,000 Russians had entered the "
        "country since September 21, and that most had arrived by car.",
        "Georgian officials said between 5,000 and 6,000 people a day were crossing at the Upper Lars checkpoint in "
        "the mountains."]
