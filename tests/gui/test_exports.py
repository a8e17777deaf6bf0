"""Every export, from the GUI (file dialog patched) and from the command line."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage, QImageReader, QKeySequence
from PySide6.QtWidgets import QFileDialog

from tests.conftest import DATA, broken_copy
from viewer.model import load_dataset

SVG = "{http://www.w3.org/2000/svg}"


def _save_as(monkeypatch, path):
    """Answer the next save-file dialog with ``path``."""
    asked = []

    def answer(parent, caption, suggested, filters, selected=""):
        asked.append((caption, suggested, filters))
        return str(path), selected
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def _export(qtbot, win, monkeypatch, kind, path):
    _save_as(monkeypatch, path)
    win.exports.actions[kind].trigger()
    qtbot.waitUntil(lambda: win.exports.job is None, timeout=30000)
    assert path.is_file() and path.stat().st_size > 0
    return path


def _words(text: str) -> str:
    return " ".join(text.split())


def _svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return _words(" ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")))


def _footer_is_drawn(image: QImage, bottom_px: int) -> None:
    """The strip at the foot of the picture holds dark text, not blank paper."""
    dark = sum(1 for y in range(image.height() - bottom_px, image.height(), 2) for x in range(0, image.width(), 3)
               if QImage.pixelColor(image, x, y).lightness() < 110)
    assert dark > 200


def test_export_menu_and_shortcut(window):
    _model, win = window
    exports = win.exports
    assert exports.dialog_action.shortcut() == QKeySequence("Ctrl+E")
    file_menu = win.menuBar().actions()[0].menu()
    assert exports.menu.menuAction() in file_menu.actions()
    texts = [a.text() for a in exports.menu.actions() if not a.isSeparator()]
    assert texts == ["&Export…", "&Map…", "Comparison &Chart…", "&Report…", "Claims as CS&V…"]


def test_map_png_is_twice_the_pixels_with_a_footer_citing_every_source(window, qtbot, monkeypatch, tmp_path):
    _model, win = window
    path = _export(qtbot, win, monkeypatch, "map", tmp_path / "map.png")
    image = QImage(str(path))
    assert image.width() == 2 * 1600 and image.height() >= 2 * 900
    _footer_is_drawn(image, 2 * 40)
    reader = QImageReader(str(path))
    assert "Breitbart, 2022-10-06" in reader.text("Source") and "Hindustan Times, 2022-10-06" in reader.text("Source")
    assert reader.text("Title") == load_dataset(DATA).title
    assert "Status" not in win.statusBar().currentMessage() and "map.png" in win.statusBar().currentMessage()


def test_map_svg_is_vector_with_the_footer_as_text(window, qtbot, monkeypatch, tmp_path):
    _model, win = window
    path = _export(qtbot, win, monkeypatch, "map", tmp_path / "map.svg")
    text = _svg_text(path)
    assert "Sources of the figures shown: Breitbart, 2022-10-06 · Hindustan Times, 2022-10-06" in text
    assert "Russians leaving after the partial mobilisation" in text and "Kazakhstan" in text
    root = ET.parse(path).getroot()
    assert len(list(root.iter(f"{SVG}path"))) > 20   # borders and arrows as shapes
    assert "Natural Earth" in text


def _scaled_non_scaling_strokes(path) -> list[str]:
    """Transforms that scale a stroke marked vector-effect="non-scaling-stroke": librsvg draws those wrong."""
    bad = []
    for group in ET.parse(path).getroot().iter(f"{SVG}g"):
        numbers = [float(v) for v in re.findall(r"-?[\d.e]+", group.get("transform", "matrix(1,0,0,1,0,0)"))]
        if numbers[:4] != [1, 0, 0, 1] and any(child.get("vector-effect") == "non-scaling-stroke" for child in group):
            bad.append(group.get("transform"))
    return bad


def test_svg_strokes_have_their_screen_width_in_every_viewer(window, qtbot, monkeypatch, tmp_path):
    model, win = window
    model.state.select("bb-01")   # a denial: the chart shows a hatched bar
    path = _export(qtbot, win, monkeypatch, "map", tmp_path / "map.svg")
    assert _scaled_non_scaling_strokes(path) == []
    flow = win.map.theme.flow.lower()
    widths = {round(float(g.get("stroke-width")), 2) for g in ET.parse(path).getroot().iter(f"{SVG}g")
              if g.get("stroke") == flow and any(c.tag == f"{SVG}path" for c in g)}
    assert widths == {round(a.width, 2) for a in win.map.layout_.arrows}   # as on screen, in pixels
    path = _export(qtbot, win, monkeypatch, "chart", tmp_path / "chart.svg")
    assert _scaled_non_scaling_strokes(path) == []
    assert "pattern" not in path.read_text(encoding="utf-8")   # hatching as lines, not a pattern brush


def test_chart_footer_follows_what_the_chart_shows(window, qtbot, monkeypatch, tmp_path):
    model, win = window
    model.state.update_filters(destination="KAZ", text="akhmetzhanov")
    path = _export(qtbot, win, monkeypatch, "chart", tmp_path / "chart.svg")
    text = _svg_text(path)
    assert "Claims about Kazakhstan (3 shown)" in text and "search “akhmetzhanov”" in text
    assert "Sources of the figures shown: Breitbart, 2022-10-06" in text and "Hindustan Times" not in text
    model.state.update_filters(text="")
    path = _export(qtbot, win, monkeypatch, "chart", tmp_path / "chart.png")
    image = QImage(str(path))
    assert image.width() == 2 * 1400
    _footer_is_drawn(image, 2 * 40)
    assert "Hindustan Times, 2022-10-06" in QImageReader(str(path)).text("Source")


def test_report_html_and_pdf_hold_every_quote(window, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader
    _model, win = window
    quotes = list(load_dataset(DATA).claims["quote"])
    page = _export(qtbot, win, monkeypatch, "report", tmp_path / "report.html").read_text(encoding="utf-8")
    for quote in quotes:
        assert quote.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;") in page
    assert "<script" not in page.lower()
    pdf = _export(qtbot, win, monkeypatch, "report", tmp_path / "report.pdf")
    # each page's number (its last line) left out: a quote may run on over a page break
    text = _words(" ".join(re.sub(r"\n\d+\s*$", "", p.extract_text()) for p in PdfReader(str(pdf)).pages))
    for quote in quotes:
        assert _words(quote) in text
    assert "Dmitry Peskov, Kremlin spokesman" in text and "Hindustan Times" in text
    for document in (_words(page), text):   # in reading order: from the origin, abroad first; onward flows last
        at = [document.index(h) for h in ("Russia → Abroad · left", "Russia → Kazakhstan · entered",
                                          "Russia → Georgia · entered", "Kazakhstan → Kyrgyzstan + Uzbekistan")]
        assert at == sorted(at)


def test_report_of_the_selected_flow_through_the_dialog(window, qtbot, monkeypatch, tmp_path):
    model, win = window
    model.state.select("bb-07")
    path = tmp_path / "kaz.html"

    def drive(dialog):
        assert dialog.flow_button.isEnabled() is False   # the map is chosen first: no choice of claims
        dialog.set_choice("report", "flow")
        assert dialog.flow_button.isChecked() and "Russia → Kazakhstan · entered (3)" in dialog.flow_button.text()
        dialog.path.setText(str(path))
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted
    monkeypatch.setattr(win.exports, "run_dialog", drive)
    win.settings.setValue("export/kind", "map")
    win.exports.dialog_action.trigger()
    qtbot.waitUntil(lambda: win.exports.job is None and path.exists(), timeout=30000)
    page = path.read_text(encoding="utf-8")
    assert page.count("<h2>") == 2   # the flow, then the sources
    assert "Russia → Kazakhstan · entered" in page and "Every claim on the flow of claim bb-07" in page
    assert "claim bb-07" in page and "claim bb-11" in page and "claim ht-04" in page and "claim bb-08" not in page
    assert win.settings.value("export/kind") == "report" and win.settings.value("export/scope") == "flow"


def test_dialog_refuses_a_wrong_ending_or_a_missing_folder(window, tmp_path):
    from viewer.widgets.export_dialog import ExportDialog
    _model, win = window
    dialog = ExportDialog(win, {"filter": 19, "flow": 3}, "Russia → Kazakhstan · entered",
                          lambda kind: tmp_path / f"x-{kind}.{'html' if kind == 'report' else 'png'}",
                          lambda kind, path: None)
    assert dialog.path.text().endswith("x-map.png")
    dialog.set_choice("report", "filter")
    assert dialog.path.text().endswith("x-report.html")   # a picture's name gives way to a report's
    dialog.path.setText(str(tmp_path / "report.docx"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and ".html or .htm or .pdf" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "nowhere" / "report.pdf"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()


def test_filtered_claims_csv_reads_back_as_the_table_shows_them(window, qtbot, monkeypatch, tmp_path):
    import shutil
    model, win = window
    model.state.update_filters(destination="KAZ")
    model.state.sort_by("figure", ascending=False)
    shown = [model.claims_index.claim_id_at(i) for i in range(len(model.claims_index))]
    copy = tmp_path / "copy"
    shutil.copytree(DATA, copy)
    _export(qtbot, win, monkeypatch, "claims", copy / "claims.csv")
    again = load_dataset(copy)
    assert again.problems == [] and list(again.claims["claim_id"]) == shown


def test_write_errors_are_messages_not_tracebacks(window, qtbot, monkeypatch, tmp_path):
    _model, win = window
    shown = []
    monkeypatch.setattr(win, "show_message", lambda box: shown.append(box.text()))
    for kind, name in (("claims", "c.csv"), ("report", "r.pdf"), ("map", "m.png"), ("chart", "c.svg")):
        target = tmp_path / "missing-folder" / name
        _save_as(monkeypatch, target)
        before = len(shown)
        win.exports.actions[kind].trigger()
        qtbot.waitUntil(lambda: len(shown) > before and win.exports.job is None, timeout=30000)
        assert shown[-1] == f"{target} could not be written: the folder {target.parent} does not exist."
    out = tmp_path / "out"
    out.mkdir()
    win.exports.export("map", out / "map.jpg")
    assert ".png or .svg" in shown[-1]
    assert list(out.iterdir()) == []


def test_a_typed_name_without_ending_gets_the_chosen_format(window, monkeypatch, tmp_path):
    _model, win = window
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "handout"), "PDF report (*.pdf)"))
    assert win.exports.ask_path("report", tmp_path / "x.html") == tmp_path / "handout.pdf"


def test_csv_export_runs_off_the_gui_thread_and_can_be_cancelled(window, qtbot, monkeypatch, tmp_path):
    import threading

    import viewer.qt.report_files as report_files
    _model, win = window
    threads = []

    def slow_writer(claims, rows, out, progress=None, cancelled=None):
        threads.append(threading.current_thread())
        progress(1, 2)
        while not cancelled():
            threading.Event().wait(0.01)
        return False
    monkeypatch.setattr(report_files, "write_claims_csv", slow_writer)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "big.csv"
    win.exports.export("claims", target)
    qtbot.waitUntil(lambda: bool(threads), timeout=10000)
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: win.exports.progress is not None and win.exports.progress.maximum() == 2, timeout=5000)
    from PySide6.QtWidgets import QPushButton
    win.exports.progress.findChild(QPushButton).click()   # the dialog's Cancel button
    qtbot.waitUntil(lambda: win.exports.job is None, timeout=10000)
    assert list(out.iterdir()) == []   # not even the part written
    assert "cancelled" in win.statusBar().currentMessage()


def _cli(*args):
    """``claims-atlas export DATA args`` run in this process (the command's own ``main``, its output and exit
    status captured; a new Python for each would cost 2 s): the entry point itself is run as a program by
    :func:`test_every_format_from_the_command_line`."""
    import contextlib
    import io
    from viewer.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["export", str(DATA), *map(str, args)])
        except SystemExit as stop:   # argparse's usage errors
            code = stop.code
    return subprocess.CompletedProcess(["claims-atlas", "export"], code, out.getvalue(), err.getvalue())


def _program(*args):
    return subprocess.run([sys.executable, "-m", "viewer", "export", str(DATA), *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def test_every_format_from_the_command_line(tmp_path):
    from pypdf import PdfReader
    files = {name: tmp_path / name for name in ("m.png", "m.svg", "c.png", "c.svg", "r.html", "r.pdf", "c.csv")}
    result = _program("--map", files["m.png"], "--map", files["m.svg"], "--chart", files["c.png"], "--chart",
                      files["c.svg"], "--report", files["r.html"], "--report", files["r.pdf"], "--claims", files["c.csv"],
                      "--destination", "kaz", "--size", "1200x800")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(p) for p in files.values()]
    for path in files.values():
        assert path.stat().st_size > 0
    assert QImage(str(files["m.png"])).width() == 2400
    assert "Claims about Kazakhstan (6 shown)" in _svg_text(files["c.svg"])
    assert "Hindustan Times, 2022-10-06" in QImageReader(str(files["c.png"])).text("Source")
    text = _words(" ".join(p.extract_text() for p in PdfReader(str(files["r.pdf"])).pages))
    assert _words("Kazakhstan’s Interior Minister Marat Akhmetzhanov said on Tuesday that 200,000 Russians have "
                  "entered his country since September 21") in text
    assert "Claims passing the filters: destination Kazakhstan" in text
    rows = files["c.csv"].read_text(encoding="utf-8").splitlines()
    assert len(rows) == 7 and all(",KAZ," in r for r in rows[1:])


def test_command_line_select_focuses_one_flow_and_search_filters(tmp_path):
    report = tmp_path / "r.html"
    result = _cli("--report", report, "--select", "ht-02")
    assert result.returncode == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert page.count("<h2>") == 2 and "Russia → Abroad · left" in page
    assert "Denials (2)" in page
    csv_file = tmp_path / "c.csv"
    assert _cli("--claims", csv_file, "--search", "PESKOV").returncode == 0
    ids = [line.split(",")[0] for line in csv_file.read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted(ids) == ["bb-01", "bb-02", "ht-01"]


@pytest.mark.parametrize("args, message", [
    (("--report", "r.docx"), "--report r.docx: the file name must end in .html or .htm or .pdf"),
    (("--chart", "c.jpg"), "--chart c.jpg: the file name must end in .png or .svg"),
    (("--claims", "c.tsv"), "--claims c.tsv: the file name must end in .csv"),
    (("--claims", "c.csv", "--destination", "XYZ"), "--destination XYZ: no claim goes there"),
    (("--report", "nowhere/r.html"), "could not be written"),
    (("--report", "nowhere/r.pdf"), "r.pdf could not be written: the folder nowhere does not exist."),
    (("--map", "nowhere/m.svg"), "m.svg could not be written: the folder nowhere does not exist."),
    (("--chart", "nowhere/c.png"), "c.png could not be written: the folder nowhere does not exist."),
    ((), "say what to write"),
])
def test_command_line_errors_are_clear(tmp_path, args, message):
    result = _cli(*[tmp_path / a if re.search(r"\.\w+$", a) else a for a in args])
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr.replace(f"{tmp_path}/", "")
    assert result.stderr.count("\n") == 1   # the message alone: no warning from Qt before it


def test_a_search_that_matches_nothing_is_an_error_and_writes_nothing(tmp_path):
    result = _cli("--search", "nothingmatches", "--report", tmp_path / "r.html", "--chart", tmp_path / "c.png")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("claims-atlas export: --search nothingmatches: no claim matches the search; "
                             "nothing was written\n")   # one line: no traceback, no Qt warning
    result = _cli("--select", "bb-07", "--search", "Peskov", "--claims", tmp_path / "c.csv")
    assert result.returncode == 2
    assert "--select bb-07 --search Peskov: no claim on the flow of bb-07 matches the search" in result.stderr
    assert list(tmp_path.iterdir()) == []


NOTICE = ("Not every claim of the dataset is in this report. The dataset has 15 problems; left out for them: "
          "14 of its 19 claims and 1 of its 2 sources. To list them, run:")
PICTURE_NOTE = "14 of 19 claims left out for problems in the dataset (see claims-atlas check)."


def test_exports_of_a_dataset_with_problems_say_what_was_left_out(tmp_path):
    from pypdf import PdfReader
    folder = broken_copy(tmp_path / "broken")
    files = [tmp_path / name for name in ("r.html", "r.pdf", "m.png", "c.svg")]
    result = subprocess.run([sys.executable, "-m", "viewer", "export", str(folder), "--report", files[0], "--report",
                             files[1], "--map", files[2], "--chart", files[3]], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0 and result.stdout.split() == [str(files[i]) for i in (2, 3, 0, 1)]
    assert result.stderr == ("claims-atlas: 15 problems found; rows with problems are left out of the files written "
                             f"(14 of 19 claims, 1 of 2 sources). Run 'claims-atlas check {folder}' to list them.\n")
    page = files[0].read_text(encoding="utf-8")
    assert page.index(NOTICE) < page.index("<h2>")   # near the top, before the first flow
    assert f"<code>claims-atlas check {folder.resolve()}</code>" in page and "Every claim loaded from the dataset" in page
    first = _words(PdfReader(str(files[1])).pages[0].extract_text())
    command = f"claims-atlas check {folder.resolve()}"   # (a long path may wrap in the PDF)
    assert NOTICE in first and "".join(command.split()) in "".join(first.split())
    assert QImageReader(str(files[2])).text("Warning") == PICTURE_NOTE
    assert PICTURE_NOTE in _svg_text(files[3])
    russian = tmp_path / "ru.html"
    result = subprocess.run([sys.executable, "-m", "viewer", "export", str(folder), "--report", russian, "--lang", "ru"],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0
    assert ("В этом отчёте не все утверждения набора данных. В наборе данных 15 проблем; из-за них пропущены: "
            "14 из 19 утверждений и 1 из 2 источников.") in russian.read_text(encoding="utf-8")
    page = russian.read_text(encoding="utf-8")   # quotes and titles in Russian quotation marks
    assert '<p class="quote">«' in page and '<p class="quote">“' not in page


def test_the_window_exports_say_what_was_left_out_too(qtbot, settings, monkeypatch, tmp_path):
    from viewer.app import build_window
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    model.set_dataset(load_dataset(broken_copy(tmp_path / "broken")))
    page = _export(qtbot, win, monkeypatch, "report", tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.index(NOTICE) < page.index("<h2>")
    path = _export(qtbot, win, monkeypatch, "chart", tmp_path / "c.png")
    assert QImageReader(str(path)).text("Warning") == PICTURE_NOTE
    _footer_is_drawn(QImage(str(path)), 2 * 60)
    assert PICTURE_NOTE in _svg_text(_export(qtbot, win, monkeypatch, "map", tmp_path / "m.svg"))
    model.set_dataset(load_dataset(DATA))   # a clean dataset: nothing said
    page = _export(qtbot, win, monkeypatch, "report", tmp_path / "clean.html").read_text(encoding="utf-8")
    assert 'class="notice"' not in page and "Every claim in the dataset" in page
    path = _export(qtbot, win, monkeypatch, "map", tmp_path / "clean.png")
    assert "Warning" not in QImageReader(str(path)).textKeys()


@pytest.mark.parametrize("lang, source, period, made", [
    ("en", "<b>Hindustan Times</b>, 6 Oct 2022:", "period from 21 Sep 2022 to 4 Oct 2022",
     r"Made with Claims Atlas [\d.]+, \d{1,2} [A-Z][a-z]{2} \d{4}\."),
    ("ru", "<b>Hindustan Times</b>, 6 октября 2022:", "период с 21 сентября 2022 по 4 октября 2022",
     r"Сделано в Claims Atlas [\d.]+, \d{1,2} [а-я]+ \d{4}\."),
])
def test_report_dates_are_worded_as_in_the_app_and_a_period_keeps_to_one_line(tmp_path, lang, source, period, made):
    from pypdf import PdfReader
    page_file, pdf_file = tmp_path / "r.html", tmp_path / "r.pdf"
    assert _cli("--report", page_file, "--report", pdf_file, "--lang", lang).returncode == 0
    page = page_file.read_text(encoding="utf-8")
    assert source in page and "T18:42" not in page   # the Sources list as the claims: no raw date-time
    assert period.replace(" ", "\u00a0") in page   # no-break spaces: never cut
    assert re.search(made, page)
    lines = [line.strip() for p in PdfReader(str(pdf_file)).pages for line in p.extract_text().splitlines()]
    assert not [line for line in lines if line.endswith("–") or line.startswith("–")]   # no dangling dash
    assert any(period.replace(" ", "\u00a0") in line for line in lines)


def test_every_report_word_is_translatable():
    from viewer.model.reports.report_html import LABELS
    from viewer.qt.report_files import report_labels
    assert set(report_labels()) == set(LABELS)


def test_hostile_text_in_a_picture_is_plain_text(qtbot, settings, make_dataset, tmp_path):
    from tests.conftest import ARTICLE, CLAIMS, SOURCES
    from viewer.app import build_window
    markup = "<b>Bold</b> <script>alert(1)</script> &amp; \u202eevil"
    sources = [dict(SOURCES[0], outlet=markup)]
    descriptor = {"name": "x", "title": markup, "claims:origin": "RUS",
                  "resources": [{"name": "sources", "path": "sources.csv"}, {"name": "claims", "path": "claims.csv"}]}
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(make_dataset(sources=sources, articles={"s1": ARTICLE}, descriptor=descriptor,
                                                claims=CLAIMS)))
    model.state.select("c3")
    path = tmp_path / "chart.svg"
    win.exports.export("chart", path)
    text = _svg_text(path)   # parses: the markup was written as text
    assert "<b>Bold</b> <script>alert(1)</script> &amp; ⟨U+202E⟩evil" in text and "\u202e" not in text
    assert "<script" not in path.read_text(encoding="utf-8")


def test_a_pdf_page_never_ends_on_a_heading_and_numbers_its_pages(qapp, tmp_path):
    from pypdf import PdfReader

    from viewer.qt.pdf import KEEP_LINES, write_pdf
    path = tmp_path / "r.pdf"
    for filler in range(0, 60, 5):   # slide the headings down the pages
        html = ("".join(f"<p>Filler {i}</p>" for i in range(filler)) +
                "".join(f"<h2>Heading {k}</h2>" + "".join(f"<p>Text {k}.{j}</p>" for j in range(6))
                        for k in range(14)))
        write_pdf(html, path, "t", "c")
        every = []
        for number, page in enumerate(PdfReader(str(path)).pages, start=1):
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            assert lines[-1] == str(number)
            every += lines[:-1]
            for at, line in enumerate(lines[:-1]):
                if line.startswith("Heading"):   # its first lines follow it on the same page
                    assert len(lines) - 1 - (at + 1) >= KEEP_LINES, (filler, number, lines)
        assert len(every) == len(set(every)) == filler + 14 * 7   # each line once: none on two pages


def test_hatch_lines_stay_inside_their_rectangle():
    from PySide6.QtCore import QRectF

    from viewer.widgets.svg_safe import hatch_lines
    rect = QRectF(10.5, 20, 200, 17)
    lines = hatch_lines(rect, 6)
    assert len(lines) == int((200 + 17) / 6)   # one every 6 px along x + y
    grown = rect.adjusted(-1e-6, -1e-6, 1e-6, 1e-6)
    for line in lines:
        assert grown.contains(line.p1()) and grown.contains(line.p2())
        assert abs((line.p1().x() + line.p1().y()) - (line.p2().x() + line.p2().y())) < 1e-6   # "/" at 45°
    assert hatch_lines(QRectF(0, 0, 0, 10), 6) == []


def _images(page: str) -> list[tuple[QImage, int, int, str]]:
    """Every picture of an HTML report: the image decoded, its width and height attributes, its alt text."""
    import base64
    found = []
    for src, width, height, alt in re.findall(
            r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)" alt="([^"]*)"', page):
        image = QImage()
        assert image.loadFromData(base64.b64decode(src), "PNG")
        found.append((image, int(width), int(height), alt))
    return found


def _inked(image: QImage) -> int:
    """How many sampled pixels are not white paper."""
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if QImage.pixelColor(image, x, y).lightness() < 240)


def test_report_carries_the_map_and_the_chart_of_each_flow(window, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader
    _model, win = window
    page = _export(qtbot, win, monkeypatch, "report", tmp_path / "report.html").read_text(encoding="utf-8")
    images = _images(page)
    # the map, then a chart for each flow with a figure to compare: not abroad · other, Mongolia or the onward
    # flow to Kyrgyzstan + Uzbekistan (their claims give none)
    assert len(images) == 8 and images[0][3].startswith("Map: ")
    assert all(alt.startswith("Chart of the claims on ") for _i, _w, _h, alt in images[1:])
    headings = re.findall(r"<h2>([^<]*)</h2>", page)
    charted = [h for h in headings if f"Chart of the claims on {h}:" in page]
    assert charted == ["Russia → Abroad · left", "Russia → Kazakhstan · entered", "Russia → Kazakhstan · left",
                       "Russia → Kazakhstan · exited", "Russia → Kazakhstan · registered",
                       "Russia → Estonia + Finland · entered", "Russia → Georgia · entered"], charted
    for image, width, height, alt in images:
        assert (image.width(), image.height()) == (2 * width, 2 * height), alt   # twice the pixels, for print
        assert _inked(image) > 500, alt    # drawn, not blank
    pdf = PdfReader(str(_export(qtbot, win, monkeypatch, "report", tmp_path / "report.pdf")))
    pictures = [len(p.images) for p in pdf.pages]
    assert pictures[0] >= 2 and sum(pictures) == 8    # the map and the first chart on page 1


@pytest.mark.parametrize("claim", ["ht-03", "bb-04"])   # abroad as a whole (the origin outlined), Kazakhstan's arrow
def test_an_exported_map_draws_no_selection(window, claim):
    """The legend explains no selection: the window's highlight (the selected arrow and label frame, the origin
    outlined, the filtered destination) stays out of a picture, as the chart's outline does."""
    from viewer.widgets.export_pictures import map_picture
    model, win = window
    model.state.select(claim)
    model.state.update_filters(destination="KAZ")
    live = win.map
    assert any(item.selected for item in live.arrow_items) or live.origin_mark.codes   # the window shows it
    assert live.highlight.codes == {"KAZ"}
    with map_picture(model) as picture:
        panel = picture.body
        theme = panel.theme
        assert not any(item.selected for item in panel.arrow_items)
        assert panel.origin_mark.codes == set() and panel.highlight.codes == set()
        for _arrow, label, _mark in panel.labels:
            assert label.border.color().name() == theme.label_border.lower() and label.border.widthF() <= 1


@pytest.mark.parametrize("as_of, front", [(None, "table"), ("2022-10-06", "timeline")])
def test_window_picture_as_of_a_day_shows_the_timeline_in_front(qapp, monkeypatch, tmp_path, as_of, front):
    """--window --as-of: the story as known then, so the Timeline tab, not the Claims table, is in front."""
    import viewer.export as export
    grab, seen = export._Window.grab, {}

    def recording(self):
        image = grab(self)
        seen.update({name: not self.window.docks[name].visibleRegion().isEmpty() for name in ("table", "timeline")})
        return image
    monkeypatch.setattr(export._Window, "grab", recording)
    result = _cli("--window", tmp_path / "w.png", "--size", "1200x800", *(["--as-of", as_of] if as_of else []))
    assert result.returncode == 0, result.stderr
    assert seen == {"table": front == "table", "timeline": front == "timeline"}


def test_export_of_a_folder_that_is_not_there_says_so_in_one_line(tmp_path, capsys):
    """It printed the folder as if it were a file at line 1 ("nowhere:1: file: no such folder"), then that it
    cannot be read as a dataset and where the format is described."""
    from viewer.cli import main
    missing = tmp_path / "nowhere"
    assert main(["export", str(missing), "--map", str(tmp_path / "m.png")]) == 2
    assert capsys.readouterr().err.splitlines() == [f"claims-atlas export: {missing}: no such folder"]
    assert not (tmp_path / "m.png").exists()


def test_a_first_export_is_offered_beside_the_dataset_then_where_the_last_went(qtbot, settings, tmp_path):
    """The first export of a new user was offered in the home folder, far from the dataset being made."""
    import shutil
    from viewer.app import build_window
    folder = tmp_path / "work" / "mob"
    shutil.copytree(DATA, folder)
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    assert win.exports.suggested_path("map").parent == folder.parent
    win.settings.setValue("export/dir", str(tmp_path))
    assert win.exports.suggested_path("map").parent == tmp_path
