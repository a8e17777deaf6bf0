"""A PDF as Qt's writer (and browsers' "Save as PDF") make them: every word placed apart (pypdf gave a tab
between each), whole paragraphs as single lines, ligatures drawn ("oﬃcial"), and a CreationDate that is the day
it was saved, not published. Read as a reader would want it."""

from datetime import date

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from viewer.model.articles.reader import read_article

BODY = """
<h2>Arrivals from Russia continue at the northern crossings</h2>
<p><b>Border Monitoring Bulletin</b> &mdash; Issue 14, 5 October 2022</p>
<p>Since the mobilisation order of 21 September, officials in Finland counted more than 43,000 Russian citizens
crossing the land border, the final figure for the week to 2 October.</p>
<p>The office of the border guard said traffic at Vaalimaa had been four times its usual level, and that the
officers on duty had been reinforced.</p>
<p>In Norway, police at Storskog reported about 1,100 arrivals in the same week.</p>
"""


def _pdf(path, html=BODY, title="Arrivals from Russia"):
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    document.print_(writer)
    del writer
    return path


def test_a_pdf_from_qts_writer_reads_as_paragraphs_of_plain_words(qapp, tmp_path):
    article = read_article(_pdf(tmp_path / "border-bulletin-2022-10-07.pdf"))
    text = article.text
    assert "\t" not in text and not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "officials in Finland counted more than 43,000 Russian citizens crossing the land border" in text
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[:2] == ["Arrivals from Russia continue at the northern crossings",
                              "Border Monitoring Bulletin — Issue 14, 5 October 2022"]
    assert paragraphs[2].startswith("Since the mobilisation") and paragraphs[2].endswith("week to 2 October.")
    assert paragraphs[3].startswith("The office of the border guard")
    assert article.published == "2022-10-05"   # the date under its title, not the day it was saved


def test_the_day_a_pdf_was_made_comes_after_its_names_date(qapp, tmp_path):
    undated = "<h2>Arrivals from Russia</h2><p>" + "Officials counted more than 43,000 Russian citizens. " * 3 + "</p>"
    named = read_article(_pdf(tmp_path / "border-bulletin-2022-10-07.pdf", undated))
    assert named.published == "2022-10-07" and named.outlet == "Border Bulletin"
    made = read_article(_pdf(tmp_path / "bulletin.pdf", undated))
    assert made.published == date.today().isoformat()   # nothing else says a day: the day it was made
