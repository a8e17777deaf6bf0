"""What a page without metadata says under its headline: the date printed there (not a related story's), the
byline line ("By …", "Автор: …", read and dropped from the text), the site named in its <title>, and the URL of
its JSON-LD article."""

from viewer.model.articles import read_article_bytes

BARE = """<html><head><title>Russia mobilisation: Long queues at the borders - BBC News</title></head><body>
<div><a>Skip to content</a> <a>Home</a> <a>News</a></div>
<h1>Russia mobilisation: Long queues at the borders</h1>
<p><span>27 September 2022</span></p>
<p>By Steve Rosenberg, Russia editor</p>
<p>Thousands of Russian men have been queuing for days at the border with Georgia, trying to escape the call-up.</p>
<p>Georgian officials say around 10,000 people a day are now arriving from Russia, double the number before.</p>
<h2>More on this story</h2><ul><li><a>Russians flee to avoid call-up</a> 22 September 2022</li>
<li><a>Putin orders partial mobilisation</a> 21 September 2022</li></ul>
</body></html>"""


def test_a_bare_page_takes_its_date_byline_and_site_from_under_its_headline():
    article = read_article_bytes(BARE.encode("utf-8"), "page.html")
    assert (article.published, article.byline, article.outlet) == ("2022-09-27", "Steve Rosenberg", "BBC News")
    assert article.title == "Russia mobilisation: Long queues at the borders"
    assert article.text.startswith("Thousands of Russian men")   # the byline line is not the article's
    assert "Steve Rosenberg" not in article.text and "More on this story" not in article.text


def test_a_meta_line_with_the_date_and_the_author():
    page = """<html lang="ru"><head><meta charset="windows-1251"><title>Уехали более 200 тысяч</title></head><body>
<nav><a>Главная</a> | <a>Новости</a></nav><div class="article"><h1>Уехали более 200 тысяч</h1>
<div class="meta">28 сентября 2022, 09:30 · Автор: Ирина Петрова</div>
<p>С 21 сентября Россию покинули более 200 тысяч человек, сообщил источник в пограничной службе ФСБ.</p>
<p>Только через границу с Казахстаном ежедневно проезжают около 10 тысяч человек, сказал он.</p></div>
</body></html>"""
    article = read_article_bytes(page.encode("cp1251"), "page.html")
    assert (article.published, article.byline) == ("2022-09-28T09:30", "Ирина Петрова")
    assert article.text.startswith("С 21 сентября") and "Автор" not in article.text


def test_metadata_wins_over_the_lines_under_the_headline():
    page = BARE.replace("<head>", '<head><meta property="article:published_time" content="2022-09-26T08:00:00Z">'
                        '<meta name="author" content="Jane Doe"><script type="application/ld+json">{"@type": '
                        '"NewsArticle", "headline": "H", "url": "https://example.org/a"}</script>')
    article = read_article_bytes(page.encode("utf-8"), "page.html")
    assert (article.published, article.byline, article.url) == ("2022-09-26T08:00:00Z", "Jane Doe",
                                                                "https://example.org/a")


def test_a_line_under_the_headline_that_is_not_a_byline_is_left_alone():
    page = BARE.replace("By Steve Rosenberg, Russia editor", "By Tuesday the queue had grown to ten kilometres, "
                        "officials said, and more cars were arriving every hour from the north.")
    article = read_article_bytes(page.encode("utf-8"), "page.html")
    assert article.byline == "" and "By Tuesday the queue had grown" in article.text
    for line in ("By Tuesday, the queue had grown to ten kilometres", "By October 4, more than 200,000 had left",
                 "By Then, nobody knew"):
        article = read_article_bytes(BARE.replace("By Steve Rosenberg, Russia editor", line).encode("utf-8"),
                                     "page.html")
        assert article.byline == "", line
