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
                    "byline": "Nino Beridze", "outlet": "Caucasus Wire"}   # from its dateline "TBILISI (Caucasus Wire) —"
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


def test_a_short_headline_over_a_short_first_sentence_stays_the_headline_and_in_the_text():
    """"Thousands flee" over an eleven-word first sentence: the sentence was taken for the headline and the real
    one dropped from the text as a menu word above it."""
    for head, first in (("Thousands flee", "About 5,000 people crossed into Georgia on Monday, officials said."),
                        ("Exodus continues", "Officials in Kazakhstan said 98,000 Russians had arrived since Sept. 21."),
                        ("Очереди растут", "В Грузию за сутки въехали около 10 тысяч россиян, сообщило МВД.")):
        text, meta = clean_browser_copy(f"{head}\n\n{first}\n")
        assert meta["title"] == head
        assert text.split("\n") [:3] == [head, "", first]


def test_a_headline_ending_in_a_question_mark_is_still_the_headline():
    text, meta = clean_browser_copy("World\nEurope\nIs the exodus from Russia over?\n\n"
                                    "About 5,000 people crossed into Georgia on Monday, officials said.\n")
    assert meta["title"] == "Is the exodus from Russia over?"
    assert text.startswith("Is the exodus from Russia over?") and "Europe" not in text


def test_a_line_opening_with_by_and_a_day_is_text_not_a_byline():
    """The copy's byline rule took any short "By …" line near the top for one and dropped it from the text; it is
    the saved pages' rule now (bylines.byline_name): a capitalised name, not a day, then perhaps a role."""
    copy = ("Queues at Upper Lars grow as Russians cross into Georgia\n"
            "By Steve Rosenberg, Russia editor\n"
            "About 10,000 Russians a day are now entering Georgia through the Upper Lars crossing, the ministry said.\n"
            "By Tuesday, the queue had grown to 20 kilometres\n"
            "By Then end of the week officials expected more\n"
            "By mid-October the flow had slowed, border guards said\n"
            "The ministry said the number had doubled since the mobilisation order was signed last week.\n")
    text, meta = clean_browser_copy(copy)
    assert meta["byline"] == "Steve Rosenberg"
    assert "Steve Rosenberg" not in text
    for line in ("By Tuesday, the queue had grown to 20 kilometres", "By Then end of the week officials expected more",
                 "By mid-October the flow had slowed, border guards said"):
        assert line in text


def test_bylines_of_copies_and_of_saved_pages_are_read_alike():
    from viewer.model.articles.bylines import byline_name
    said = {"By Nino Beridze": "Nino Beridze", "BY TOM ELLIS": "TOM ELLIS", "Written by Anna Ivanova": "Anna Ivanova",
            "By Tom Ellis and Anna Ivanova": "Tom Ellis and Anna Ivanova", "Автор: Ирина Петрова": "Ирина Петрова",
            "28 сентября 2022 · Автор: Ирина Петрова": "Ирина Петрова", "By October 4, 53,000 had come": "",
            "By Tuesday": "", "by the end of the week": "", "By staff reporters": ""}
    for line, name in said.items():
        assert byline_name(line) == name, line
        _text, meta = clean_browser_copy(f"Queues at Upper Lars grow as Russians cross\n{line}\n"
                                         "About 10,000 Russians a day are now entering Georgia through the Upper "
                                         "Lars crossing, the interior ministry said.\n")
        assert meta["byline"] == name, line


WIRE = """Skip to content
World
Border queues lengthen as Russians head south
By Aida Sultanova, Reuters
September 29, 2022 4:05 PM GMT+3 Updated 2 hours ago
ALMATY, Sept 29 (Reuters) - Kazakhstan said on Thursday that 98,000 Russians had entered the country since the mobilisation order, and that the queues at the border were growing.
Read more:
Mongolia sees surge in arrivals at northern crossing
The interior ministry said the figure covered the week to Wednesday and that most had arrived by car.
Reporting by Aida Sultanova; Editing by Tom Hogue
Read more:
Finland weighs closing its border to Russian tourists
"""


def test_a_wire_copy_gives_its_outlet_its_dated_time_and_no_linked_headlines():
    """A copy's date line with its time and "Updated …" was not read; the outlet a dateline names "(Reuters)" was
    not taken; the headlines "Read more:" links to stayed in the text (and gave figures of other stories)."""
    text, meta = clean_browser_copy(WIRE)
    assert meta["outlet"] == "Reuters" and meta["published"].startswith("2022-09-29T16:05")
    assert meta["byline"] == "Aida Sultanova" and meta["title"] == "Border queues lengthen as Russians head south"
    assert "Mongolia sees surge" not in text and "Finland weighs" not in text and "Updated" not in text
    assert "most had arrived by car." in text   # the article goes on after a "Read more:" in its midst


def test_a_dateline_without_a_bracketed_outlet_gives_none():
    for first in ("MOSCOW - The Kremlin on Thursday denied reports that 700,000 Russians had fled the country, officials said.",
                  "The Kremlin (which denies the figure) said on Thursday that it had no exact numbers of those leaving."):
        _text, meta = clean_browser_copy(f"Kremlin denies the figure of 700,000 leaving\n{first}\n")
        assert meta["outlet"] == ""


def test_a_menu_copied_as_one_line_is_chrome_and_the_footer_names_the_outlet():
    """A menu bar copied as one line ("Home  News  World  Sign in  Subscribe") was taken for the headline and
    kept in the text; the footer's "© 2022 World Daily. All rights reserved." gave no outlet."""
    copy = ("Home  News  World  Sign in  Subscribe\nShare\tFacebook\tTwitter\tEmail\n\n"
            "Border queues lengthen as Russians head south\nBy Anna Ivanova\nOctober 5, 2022\n\n"
            "Kazakhstan said on Wednesday that 98,000 Russians had entered the country since the mobilisation began.\n\n"
            "© 2022 Steppe Herald. All rights reserved.\n")
    text, meta = clean_browser_copy(copy)
    assert meta["title"] == "Border queues lengthen as Russians head south" and meta["outlet"] == "Steppe Herald"
    assert "Subscribe" not in text and "Facebook" not in text
    for line in ("Russians  in  Georgia  rose  to  53,000", "The ministry said 53,000 Russians had arrived | Reuters"):
        _text, meta = clean_browser_copy(f"Kremlin denies figure\n{line}\nThe ministry said on Wednesday that "
                                         "thousands of Russians had crossed the border into Georgia.\n")
        assert line in _text   # (words with digits or sentences between the gaps are no menu)
