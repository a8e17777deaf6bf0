"""Import Article… in the window: saved pages, PDFs and browser copies, several at once, read off the GUI
thread; metadata prefilled for the user to confirm; one undo step per article; the same text again and
files that are not articles said in one line each, nothing written for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_editing import Answers, editing, folder, told  # noqa: F401 (fixtures)
from tests.importing.pdfmaker import make_pdf

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Finland to restrict entry of Russian tourists | The Northern Ledger</title>
<meta property="og:title" content="Finland to restrict entry of Russian tourists">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="2022-09-29T14:05:00+03:00">
<meta name="author" content="Anna Virtanen">
<link rel="canonical" href="https://northern-ledger.example/world/finland-border-2022">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a></nav></header>
<main><article>
<h1>Finland to restrict entry of Russian tourists</h1>
<p class="byline">By Anna Virtanen</p>
<p>Finland will close its border to Russian tourists from midnight on Friday, the government said, after a surge
in arrivals since Moscow announced a partial mobilisation on 21 September.</p>
<p>Finnish border guards said 8,572 Russians entered Finland by land on Saturday, up from 4,834 a week earlier,
and a further 8,314 on Sunday.</p>
<p>"The decision aims to fully stop Russian tourism to Finland," Foreign Minister Pekka Haavisto told reporters.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Estonia tightens rules</a></li></ul></aside></main>
<footer>© 2022 The Northern Ledger. All rights reserved.</footer>
</body></html>
"""

COPY = """Skip to content
Menu
Sign in
World News
Estonia tightens its border with Russia
Published on Oct 03, 2022 10:15 AM IST
Reuters |
Estonia's interior ministry said 4,200 Russians entered the country by land in the week after the mobilisation.
Officials in Tallinn said most of them travelled on to other countries of the European Union.
Share this article
Read more
"""

PDF_LINES = ["Kazakhstan says 98,000 Russians arrived", "",
             "Kazakhstan said on Tuesday that 98,000 Russians had entered",
             "the country since the mobilisation was announced."]


def _wait_for_dialog(qtbot, win, number=None):
    importer = win.editing.articles
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog.isVisible()
                    and (number is None or importer.dialog.number == number), timeout=20000)
    return importer.dialog


def _drop(win, paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    # (Qt delivers a drop only during a real drag: the window's filter is given the event, as Qt would)
    assert win.editing.articles.eventFilter(win, drop) and drop.isAccepted()


def test_a_saved_page_is_imported_with_its_metadata_then_undone(qtbot, editing, folder, tmp_path, told):
    model, win, _answers = editing
    page = tmp_path / "finland.html"
    page.write_text(PAGE, encoding="utf-8")
    win.editing.articles.start([page])
    dialog = _wait_for_dialog(qtbot, win)
    values = dialog.values()
    assert values == {"outlet": "The Northern Ledger", "title": "Finland to restrict entry of Russian tourists",
                      "published": "2022-09-29T14:05:00+03:00",
                      "url": "https://northern-ledger.example/world/finland-border-2022", "byline": "Anna Virtanen",
                      "language": "en", "source_id": "the-northern-ledger-2022-09-29"}
    assert "8,572 Russians entered Finland" in dialog.preview.toPlainText() and "Sign in" not in dialog.preview.toPlainText()
    dialog.fields["byline"].setText("A. Virtanen")                       # the user corrects a field
    dialog.fields["outlet"].setText("Northern Ledger")
    dialog.fields["outlet"].textEdited.emit("Northern Ledger")
    assert dialog.fields["source_id"].text() == "northern-ledger-2022-09-29"   # the id follows until typed
    qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Return)             # Enter imports
    source_id = "northern-ledger-2022-09-29"
    stored = folder / "articles" / f"{source_id}.txt"
    document = model.document
    assert not stored.exists()                          # kept by the document until saved, like every edit
    assert document.article(source_id).startswith("Finland will close its border")
    assert document.source(source_id)["byline"] == "A. Virtanen" and document.problems == []
    qtbot.waitUntil(lambda: win.source.heading.text() == "Finland to restrict entry of Russian tourists")
    assert win.editing.undo_action.text() == f"&Undo Import article {source_id}"
    assert told == []
    win.editing.undo_action.trigger()                                      # one undo step per article
    assert source_id not in document.source_ids() and not document.dirty and not stored.exists()
    win.editing.redo_action.trigger()
    assert document.article(source_id).startswith("Finland will close its border")
    document.save()                                     # the text and its source written together
    assert stored.read_text(encoding="utf-8").startswith("Finland will close its border")
    assert source_id in (folder / "sources.csv").read_text(encoding="utf-8")


def test_a_pdf_is_imported(qtbot, editing, folder, tmp_path, told):
    model, win, _answers = editing
    pdf = tmp_path / "kazakh.pdf"
    pdf.write_bytes(make_pdf(PDF_LINES, title="Kazakhstan counts arrivals"))
    win.editing.articles.start([pdf])
    dialog = _wait_for_dialog(qtbot, win)
    assert (dialog.values()["title"], dialog.values()["published"]) == ("Kazakhstan counts arrivals", "2022-10-06")
    assert dialog.values()["outlet"] == ""
    dialog.fields["outlet"].setText("Kazinform")
    dialog.fields["source_id"].setText("kazinform-pdf")
    dialog.accept()
    assert "98,000 Russians had entered" in model.document.article("kazinform-pdf")
    assert model.document.source("kazinform-pdf")["outlet"] == "Kazinform" and told == []


def test_two_files_dropped_are_asked_about_in_turn_and_the_same_text_again_adds_nothing(
        qtbot, editing, folder, tmp_path, told):
    model, win, _answers = editing
    page, copy = tmp_path / "finland.html", tmp_path / "estonia.txt"
    page.write_text(PAGE, encoding="utf-8")
    copy.write_text(COPY, encoding="utf-8")
    before = model.document.source_ids()
    _drop(win, [page, copy])
    first = _wait_for_dialog(qtbot, win, 1)
    assert first.windowTitle() == "Import Article (1 of 2)" and first.values()["outlet"] == "The Northern Ledger"
    first.accept()
    second = _wait_for_dialog(qtbot, win, 2)
    values = second.values()
    assert (values["title"], values["byline"], values["published"]) == (
        "Estonia tightens its border with Russia", "Reuters", "2022-10-03T10:15:00+05:30")
    second.fields["outlet"].setText("ERR")
    second.fields["outlet"].textEdited.emit("ERR")
    second.accept()
    document = model.document
    added = [s for s in document.source_ids() if s not in before]
    assert added == ["the-northern-ledger-2022-09-29", "err-2022-10-03"]
    assert document.source("err-2022-10-03")["byline"] == "Reuters"
    assert win.editing.undo.count() == 2                                   # a step for each
    # The same page again: said, nothing added, nothing written.
    files = sorted(p.name for p in (folder / "articles").iterdir())
    win.editing.articles.start([page])
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20000)
    assert "finland.html: already in the dataset as the-northern-ledger-2022-09-29; nothing added" in told[0]
    assert sorted(p.name for p in (folder / "articles").iterdir()) == files and len(document.source_ids()) == 4


def test_a_drop_with_a_picture_and_an_article_already_in_says_both_and_counts_only_whats_asked(
        qtbot, editing, folder, tmp_path, told):
    """A PNG dropped with articles was left out without a word; an article already in the dataset made the first
    dialog say "(2 of 2)"."""
    model, win, _answers = editing
    page, again, image = tmp_path / "finland.html", tmp_path / "again.txt", tmp_path / "photo.png"
    page.write_text(PAGE, encoding="utf-8")
    again.write_text(model.document.article(model.document.source_ids()[0]), encoding="utf-8")
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _drop(win, [again, image, page])
    dialog = _wait_for_dialog(qtbot, win, 1)
    assert dialog.windowTitle() == "Import Article"   # one article to ask about (it said "(2 of 2)")
    dialog.accept()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20000)
    lines = told[0].splitlines()
    assert any(line.startswith(f"{image}: ") and "image" in line for line in lines)
    assert any(line.startswith(f"{again}: already in the dataset as ") for line in lines)
    told.clear()
    _drop(win, [image])   # a picture alone: said too, not ignored
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20000)
    assert told[0].startswith(f"{image}: ")


def test_files_that_are_not_articles_are_said_in_a_line_each_and_nothing_is_written(
        qtbot, editing, folder, tmp_path, told):
    model, win, _answers = editing
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(None))
    binary = tmp_path / "notes.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    big = tmp_path / "huge.html"
    with open(big, "wb") as handle:
        handle.truncate(51 * 1024**2)
    files = sorted(p.name for p in (folder / "articles").iterdir())
    win.editing.articles.start([image, empty, scan, binary, big])
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20000)
    lines = told[0].splitlines()
    assert len(lines) == 5
    for line, path in zip(lines, (image, empty, scan, binary, big)):
        assert line.startswith(f"{path}: ")
    assert "image" in lines[0] and "empty" in lines[1] and "no text" in lines[2] and "MB" in lines[4]
    assert sorted(p.name for p in (folder / "articles").iterdir()) == files
    assert not model.document.dirty and win.editing.articles.dialog is None


def test_cancel_stops_the_reading(qtbot, editing, tmp_path, told):
    model, win, _answers = editing
    pages = []
    for i in range(40):
        page = tmp_path / f"page{i}.html"
        page.write_text(PAGE.replace("8,572", f"{8000 + i:,}"), encoding="utf-8")
        pages.append(page)
    importer = win.editing.articles
    importer.start(pages)
    importer.cancel()
    qtbot.waitUntil(lambda: importer.reading is None, timeout=20000)
    assert importer.dialog is None and not model.document.dirty
    assert "cancelled" in win.statusBar().currentMessage()


def test_with_no_dataset_open_a_new_one_is_offered_first(qtbot, settings, tmp_path, monkeypatch):
    from viewer.app import build_window
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    asked = []

    def ask(box):
        asked.append(box.text())
        return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    win.editing.files.ask = ask
    page = tmp_path / "finland.html"
    page.write_text(PAGE, encoding="utf-8")
    assert win.editing.import_action.isEnabled()
    win.editing.articles.start([page])
    assert "none is open" in asked[0]
    new = win.editing.files.dialog
    new.folder.setText(str(tmp_path / "fresh"))
    new.title.setText("Border crossings")
    new.origin.setText("RUS")
    new.accept()
    dialog = _wait_for_dialog(qtbot, win)
    dialog.accept()
    assert model.document.folder == tmp_path / "fresh"
    assert model.document.source_ids() == ["the-northern-ledger-2022-09-29"]
    assert model.document.dirty and model.document.problems == []
    model.document.save()
    assert Path(tmp_path / "fresh" / "articles" / "the-northern-ledger-2022-09-29.txt").is_file()
    QApplication.processEvents()


def test_the_reading_ending_while_progress_is_shown_is_no_error(qtbot, editing):
    """A window-modal progress dialog's setValue runs the event loop; the reading may end in it and the dialog
    be put away. The progress slot must not touch the dialog after that (CI once failed here)."""
    _model, win, _answers = editing
    importer = win.editing.articles
    from PySide6.QtWidgets import QProgressDialog

    class Ending(QProgressDialog):
        def setValue(self, value):          # the reading ends in the event loop setValue runs
            importer._ended()
            super().setValue(value)

        def setLabelText(self, text):
            assert importer.progress is self, "the label was set after the dialog was put away"
            super().setLabelText(text)

    importer.progress = Ending(win)
    importer._progress(1, 2, "kazakh.pdf")
    assert importer.progress is None and importer.reading is None
