"""A page copied from a browser: the headline is the line after the site's menu (not its tagline above it), a
date glued to its time by the copy is read, and what follows "Read next" is not the article's."""

from viewer.model.articles.browser_text import clean_browser_copy

COPY = """Skip to main content
Independent journalism from the Caucasus since 1999
Sign In
Politics
Society
Region
Queues at Upper Lars grow as Russians cross into Georgia
The interior ministry counts arrivals daily
By Nino Beridze
September 27, 202211:02 AM GMT+4
TBILISI (Caucasus Wire) — About 10,000 Russians a day are now entering Georgia through the Upper Lars crossing, the interior ministry said on Tuesday.
The ministry said the number had doubled since the mobilisation order, and that the queue stretched for 20 kilometres.
Read next
Armenia reports a rise in arrivals from Russia
© 2022 Caucasus Wire
"""


def test_the_headline_follows_the_menu_and_the_glued_date_is_read():
    text, meta = clean_browser_copy(COPY)
    assert meta == {"title": "Queues at Upper Lars grow as Russians cross into Georgia", "published": "2022-09-27",
                    "byline": "Nino Beridze"}
    assert text.startswith("Queues at Upper Lars grow")
    assert "Independent journalism" not in text and "Politics" not in text and "202211" not in text
    assert "Armenia reports" not in text and text.rstrip().endswith("stretched for 20 kilometres.")


def test_a_summary_under_the_headline_is_not_taken_for_it():
    """The line under the headline (a summary with no full stop) stays in the text; the headline is the title."""
    _text, meta = clean_browser_copy(COPY)
    assert meta["title"] != "The interior ministry counts arrivals daily"
    text, meta = clean_browser_copy(COPY.replace("Skip to main content\nIndependent journalism from the Caucasus "
                                                  "since 1999\nSign In\nPolitics\nSociety\nRegion\n", ""))
    assert meta["title"] == "Queues at Upper Lars grow as Russians cross into Georgia"
    assert "The interior ministry counts arrivals daily" in text
