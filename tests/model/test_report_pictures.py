"""A report carries its pictures inline: the map at its top, each flow's chart in its own section; the file stays
self-contained (data: URLs only), and on paper a picture fits the page."""

import base64
import re
import struct
import zlib

import numpy as np

from tests.conftest import DATA
from tests.model.test_report import MARKUP, _all, _parse, _view
from viewer.model.reports.report import Figure, ReportPictures, build_report, chart_rows
from viewer.model.reports.report_html import PAGE_HEIGHT, PAGE_WIDTH, report_html


def png(width: int, height: int) -> bytes:
    """A real PNG, white, of this many pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_chart_rows_are_the_flows_claims_and_denials_in_reading_order():
    _dataset, view = _view(DATA)
    charts, left = chart_rows(view, _all(view), "RUS")
    assert left == 0 and len(charts) == 10
    key, rows = charts[0]
    assert key == ("RUS", "", "left", "people")
    ids = set(view.col["claim_id"][rows])
    assert {"ht-01", "bb-01"} <= ids and {"ht-02", "ht-03", "bb-02", "bb-03", "bb-05"} <= ids
    assert list(rows) == sorted(rows)
    charts, left = chart_rows(view, _all(view), "RUS", limit=3)
    assert len(charts) == 3 and left == 7
    # a report of one claim's flow: its chart still shows the denials beside it
    only = np.array([view.row_of("ht-03")])
    (key, rows), = chart_rows(view, only, "RUS")[0]
    assert set(view.col["claim_id"][rows]) == {"ht-03", "ht-01", "bb-01"}


def _pictures(view, limit=10):
    charts, left = chart_rows(view, _all(view), "RUS", limit)
    return ReportPictures(
        map=Figure(png(1920, 1120), 960, 560, f"Map: flows from Russia {MARKUP}"),
        charts={key: Figure(png(40, 20), 820, 300 + 40 * i, f"Chart {i}") for i, (key, _rows) in enumerate(charts)},
        charts_left_out=left)


def test_the_map_opens_the_report_and_each_chart_sits_in_its_flow():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims", pictures=_pictures(view))
    page = report_html(report)
    images = [attrs for tag, attrs in _parse(page) if tag == "img"]
    assert len(images) == 11
    for attrs in images:
        assert re.fullmatch(r"data:image/png;base64,[A-Za-z0-9+/=]+", attrs["src"])
        assert base64.b64decode(attrs["src"].split(",", 1)[1]).startswith(b"\x89PNG")
    assert images[0]["alt"] == f"Map: flows from Russia {MARKUP}"   # escaped in the file, whole when parsed
    assert MARKUP not in page
    assert (images[0]["width"], images[0]["height"]) == ("960", "560")
    # the map before the first flow; chart i within flow i's section
    sections = page.split("<h2>")
    assert "Map: flows from Russia" in sections[0]
    for i, flow in enumerate(report.flows):
        assert f'alt="Chart {i}"' in sections[i + 1], flow.heading
    lower = page.lower()
    assert "<script" not in lower and "http" not in " ".join(a["src"] for a in images)
    assert not re.search(r'src="(?!data:image/png;base64,)', page)


def test_on_paper_a_picture_is_as_wide_as_the_text_and_never_taller_than_a_page():
    dataset, view = _view(DATA)
    pictures = _pictures(view)
    tall = next(iter(pictures.charts))
    pictures.charts[tall] = Figure(png(4, 4), 820, 2400, "Tall chart")
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims", pictures=pictures)
    for tag, attrs in _parse(report_html(report, paged=True)):
        if tag == "img":
            width, height = int(attrs["width"]), int(attrs["height"])
            assert width <= PAGE_WIDTH and height <= PAGE_HEIGHT, attrs["alt"]
            assert width == PAGE_WIDTH or height == PAGE_HEIGHT
            if attrs["alt"] == "Tall chart":
                assert height == PAGE_HEIGHT and abs(width / height - 820 / 2400) < 0.01


def test_flows_past_the_last_chart_are_said_to_have_none():
    dataset, view = _view(DATA)
    report = build_report(view, dataset.sources, _all(view), dataset.title, "All claims",
                          pictures=_pictures(view, limit=4))
    page = report_html(report)
    assert "Charts are drawn for the first 4 flows; the 6 after them have none." in page
    assert sum(tag == "img" for tag, _a in _parse(page)) == 5
    assert report_html(build_report(view, dataset.sources, _all(view), dataset.title, "All claims")).count("<img") == 0
