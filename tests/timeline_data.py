"""A small dataset whose figures arrive day by day, as the 2022 story did (for the time tests).

25 Sep: Finland's border guard counts 8,572 arrivals; 27 Sep: Georgia reports
10,000 a day; 4 Oct: "up to 700,000" appears (late in the evening, New York
time: on 5 October in UTC, still 4 October by its own date); 5 Oct: 600,000 to
700,000 follows (just after midnight in Moscow: 4 October in UTC); 6 Oct: the
Kremlin denies it. One claim counts a period.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_dataset

SOURCES = [
    {"source_id": "yle-0925", "outlet": "Yle", "title": "Border guard: arrivals up", "published": "2022-09-25",
     "byline": ""},
    {"source_id": "civil-0927", "outlet": "Civil.ge", "title": "Georgia: ten thousand a day",
     "published": "2022-09-27T15:42:00Z", "byline": ""},
    {"source_id": "nyt-1004", "outlet": "Evening Wire", "title": "Up to 700,000 left",
     "published": "2022-10-04T23:30:00-05:00", "byline": "Staff"},
    {"source_id": "msk-1005", "outlet": "Moscow Daily", "title": "600,000 to 700,000",
     "published": "2022-10-05T01:10+03:00", "byline": ""},
    {"source_id": "ht-1006", "outlet": "Hindustan Times", "title": "Kremlin denies 700,000",
     "published": "2022-10-06T18:42:00+05:30", "byline": "Reuters"},
]

ARTICLES = {
    "yle-0925": "The border guard said 8,572 Russians crossed into Finland over the weekend.\n",
    "civil-0927": "Officials said about 10,000 people a day were entering Georgia.\n",
    "nyt-1004": "Up to 700,000 Russians have left the country since the call-up, reports said.\n",
    "msk-1005": "Between 600,000 and 700,000 people have left, a source said.\n",
    "ht-1006": "The Kremlin on Thursday denied reports that up to 700,000 Russians had fled. "
               "Kazakhstan said 200,000 Russians had entered since 21 September.\n",
}

CLAIMS = [
    {"claim_id": "fin-1", "source_id": "yle-0925", "quote": "8,572 Russians crossed into Finland",
     "claimant": "Finnish Border Guard", "claimant_type": "government", "stance": "asserts", "metric": "entered",
     "destination": "FIN", "value_low": "8572", "value_high": "8572", "period_start": "2022-09-24",
     "period_end": "2022-09-25"},
    {"claim_id": "geo-1", "source_id": "civil-0927", "quote": "about 10,000 people a day were entering Georgia",
     "claimant": "Georgian officials", "claimant_type": "government", "stance": "asserts", "metric": "entered",
     "destination": "GEO", "value_low": "10000", "value_high": "10000", "unit": "people_per_day"},
    {"claim_id": "left-1", "source_id": "nyt-1004", "quote": "Up to 700,000 Russians have left the country",
     "claimant": "Media reports", "claimant_type": "media", "stance": "asserts", "metric": "left",
     "destination": "", "value_low": "", "value_high": "700000", "value_text": "up to 700,000"},
    {"claim_id": "left-2", "source_id": "msk-1005", "quote": "Between 600,000 and 700,000 people have left",
     "claimant": "an unnamed source", "claimant_type": "anonymous", "stance": "asserts", "metric": "left",
     "destination": "", "value_low": "600000", "value_high": "700000"},
    {"claim_id": "left-3", "source_id": "ht-1006", "quote": "The Kremlin on Thursday denied reports",
     "claimant": "Dmitry Peskov, Kremlin spokesman", "claimant_type": "government", "stance": "denies",
     "metric": "left", "destination": "", "value_low": "", "value_high": "700000"},
    {"claim_id": "kaz-1", "source_id": "ht-1006", "quote": "Kazakhstan said 200,000 Russians had entered",
     "claimant": "Kazakhstan's government", "claimant_type": "government", "stance": "asserts",
     "metric": "entered", "destination": "KAZ", "value_low": "200000", "value_high": "200000",
     "period_start": "2022-09-21", "period_end": "2022-10-04"},
]

DESCRIPTOR = {
    "name": "story-by-day", "title": "The story by day", "claims:origin": "RUS",
    "claims:event": {"label": "Partial mobilisation announced", "date": "2022-09-21"},
    "resources": [{"name": "sources", "path": "sources.csv"}, {"name": "claims", "path": "claims.csv"}],
}


def write_story(folder: Path) -> Path:
    return write_dataset(folder, sources=SOURCES, claims=CLAIMS, articles=ARTICLES, descriptor=DESCRIPTOR)
