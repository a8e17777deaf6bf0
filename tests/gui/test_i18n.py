"""The interface in Russian: every string of the main window translated, live switching, country names."""

import re
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDockWidget, QLabel, QLineEdit,
                               QPlainTextEdit, QWidget)

from tests.conftest import DATA, REPO
from tests.gui.conftest import bundled_window

CYRILLIC = re.compile("[А-Яа-яЁё]")
LATIN = re.compile("[A-Za-z]")
ALLOWED = ("Claims Atlas", "Ctrl", "Shift", "F6", "FILE", "LINE", "COLUMN", "&English", "English",
           "claims-atlas check", "datapackage.json", "sources.csv", "claims.csv", "articles/")
"""Words that stay as they are in every language: the product's name, key names, file names, endonyms."""


@pytest.fixture
def ru_window(qtbot, settings, monkeypatch):
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", "ru")
    model, win = bundled_window(qtbot, settings)
    model.state.select("bb-03")
    return model, win


def dataset_texts(model) -> list[str]:
    """Text that comes from the dataset (never translated), longest first."""
    ds = model.dataset
    texts = set(ds.claims["claim_id"]) | set(ds.claims["claimant"]) | set(ds.claims["quote"])
    texts |= set(ds.claims["value_text"]) | set(ds.sources["outlet"]) | set(ds.sources["title"])
    texts |= set(ds.sources["published"]) | {ds.title, str(DATA)}
    texts |= {model.claims_index.text("source", r) for r in range(model.claims_index.n)}
    texts |= {model.claims_index.text("quote", r) for r in range(model.claims_index.n)}
    return sorted((t for t in texts if t), key=len, reverse=True)


def untranslated(text: str, data: list[str]) -> bool:
    """True if ``text`` is English: Latin letters left once dataset text and allowed words are removed."""
    if not text or CYRILLIC.search(text):
        return False
    for piece in data + list(ALLOWED):
        text = text.replace(piece, "")
    return bool(LATIN.search(text))


def menu_texts(menu, skip) -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        if action.isSeparator() or action.menu() is skip:
            continue
        out.append(("menu", action.text()))
        if action.menu() is not None:
            out += menu_texts(action.menu(), skip)
    return out


def window_texts(win) -> list[tuple[str, str]]:
    """Every string the main window shows or tells assistive technology, with where it is."""
    texts = [("window title", win.windowTitle())]
    texts += menu_texts(win.menuBar(), win.recent_menu)
    texts.append(("menu", win.recent_menu.title()))
    for widget in win.findChildren(QWidget):
        kind = type(widget).__name__
        texts += [(f"{kind} tooltip", widget.toolTip()), (f"{kind} accessible name", widget.accessibleName()),
                  (f"{kind} accessible description", widget.accessibleDescription())]
        if isinstance(widget, QDockWidget):
            texts.append(("dock title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            rich = widget.textFormat() == Qt.TextFormat.RichText
            texts.append(("label", strip_markup(widget.text()) if rich else widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(("button", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QPlainTextEdit) and widget is not win.source.article:
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            texts += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    model = win.table.model
    texts += [("table header", model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            texts += [("table cell", model.data(index)), ("table tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))]
    texts += [("map legend", t) for t in win.map.legend.texts()]
    for item in win.map.plot.getPlotItem().items:
        if isinstance(item, pg.TextItem):
            texts.append(("map label", item.textItem.toPlainText()))
        texts.append(("map tooltip", item.toolTip()))
    for axis in ("left", "bottom"):
        ax = win.chart.plot.getAxis(axis)
        texts.append(("chart axis", ax.labelText))
        for level in ax._tickLevels or []:
            texts += [("chart tick", label) for _value, label in level]
    return [(where, t) for where, t in texts if isinstance(t, str)]


def strip_markup(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_russian_main_window_has_no_untranslated_string(ru_window):
    model, win = ru_window
    data = dataset_texts(model)
    texts = window_texts(win)
    assert len(texts) > 300
    left = sorted({(where, t) for where, t in texts
                   if untranslated(strip_markup(t) if t.startswith("<") else t, data)})
    assert left == []


def test_every_menu_and_dialog_string_of_the_code_is_translated():
    """The .ts files are up to date with the code and hold no untranslated string."""
    result = subprocess.run([sys.executable, str(REPO / "resources" / "i18n" / "update.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_switching_language_live_both_ways(window, settings):
    model, win = window
    model.state.select("bb-08")   # a claim about Kazakhstan
    assert win.file_menu.title() == "&File" and win.docks["table"].windowTitle() == "Claims"
    column = {name: i for i, name in enumerate(("figure", "claimant", "stance", "metric", "destination"))}
    table = win.table.model

    def cell(name, row=0):
        return table.data(table.index(row, column[name]))

    russian = next(a for a in win.language_group.actions() if a.data() == "ru")
    russian.trigger()
    QApplication.processEvents()
    assert settings.value("language") == "ru"
    assert russian.isChecked()
    assert win.file_menu.title() == "&Файл"
    assert win.docks["table"].windowTitle() == "Утверждения"
    assert table.headerData(0, Qt.Orientation.Horizontal) == "Цифра"
    assert "Казахстан" in {table.data(table.index(r, column["destination"])) for r in range(table.rowCount())}
    assert win.table.search.placeholderText().startswith("Поиск")
    assert "Казахстан" in win.chart.title.text()
    assert "утверждений" in win.status_label.text()
    assert win.source.claim_line.text().endswith(")") and "(выехали)" in win.source.claim_line.text()
    assert any("Казахстан" in label.textItem.toPlainText() for _a, label, _m in win.map.labels)
    assert "Потоки из страны: Россия" == win.map.title.text()

    english = next(a for a in win.language_group.actions() if a.data() == "en")
    english.trigger()
    QApplication.processEvents()
    assert settings.value("language") == "en"
    assert win.file_menu.title() == "&File"
    assert table.headerData(0, Qt.Orientation.Horizontal) == "Figure"
    assert "Kazakhstan" in {table.data(table.index(r, column["destination"])) for r in range(table.rowCount())}
    assert any("Kazakhstan" in label.textItem.toPlainText() for _a, label, _m in win.map.labels)
    assert win.map.title.text() == "Flows from Russia"
    assert cell("stance") in ("asserts", "denies")
    assert model.state.claim_id == "bb-08"   # the selection survives the switch


def test_russian_figures_dates_and_countries(ru_window):
    model, win = ru_window
    table = win.table.model
    figures = {table.data(table.index(r, 0)) for r in range(table.rowCount())}
    assert "700\u00a0000" in figures and "до 700\u00a0000" in figures and "без цифры" in figures
    assert "600\u00a0000–700\u00a0000" in figures
    assert win.source.meta.text() == "Breitbart · 6 октября 2022"
    labels = " ".join(label.textItem.toPlainText() for _a, label, _m in win.map.labels)
    assert "Казахстан" in labels and "Грузия" in labels and "Эстония + Финляндия" in labels
    lines = [line for arrow, _label, _mark in win.map.labels for line in arrow.lines]
    assert "въехали: 200\u00a0000" in lines   # (QTextDocument shows a no-break space as a space)
    assert win.chart.plot.getAxis("bottom").labelText == "человек"
    tags = [tag.text() for tag, _button in win.source._related_rows if tag.isVisibleTo(win.source)]
    assert tags and set(tags) <= {"согласуется", "расходится", "отрицает", "оспорено"}


def test_search_finds_russian_country_names(ru_window):
    model, win = ru_window
    model.state.update_filters(text="казахстан")
    assert len(model.claims_index) > 0
    assert all(model.claims_index.text("destination", model.claims_index.order[i]).startswith("Казахстан")
               or "казахстан" in model.claims_index.col["claimant"][model.claims_index.order[i]].lower()
               or "kazakhstan" in model.claims_index.col["quote"][model.claims_index.order[i]].lower()
               for i in range(len(model.claims_index)))


def test_language_choice_order(settings, monkeypatch, qapp):
    from viewer.qt import i18n
    monkeypatch.delenv("CLAIMS_ATLAS_LANG", raising=False)
    settings.setValue("language", "ru")
    assert i18n.choose(settings) == "ru"
    assert i18n.choose(settings, "en") == "en"
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", "en")
    assert i18n.choose(settings) == "en"
    assert i18n.supported("ru_RU") == "ru" and i18n.supported("ru-RU") == "ru" and i18n.supported("de_DE") is None
    monkeypatch.delenv("CLAIMS_ATLAS_LANG")
    settings.remove("language")
    monkeypatch.setattr(i18n, "system_language", lambda: "ru")
    assert i18n.choose(settings) == "ru"   # nothing chosen: the system's language


def test_an_unsupported_claims_atlas_lang_means_english_and_the_window_says_so(qtbot, settings, monkeypatch):
    from viewer.app import build_window
    from viewer.qt import i18n
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", "de_DE")
    settings.setValue("language", "ru")   # not this either: the variable asked for a language it has not
    assert i18n.choose(settings) == "en" and i18n.choose(settings, "ru") == "ru"
    _model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    assert i18n.current() == "en"
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == (
        "CLAIMS_ATLAS_LANG=de_DE is not a language of Claims Atlas (it has en (English), ru (Русский)); "
        "the interface is in English."))
    assert not win.status_label.isVisible()   # the message stands alone, not over the status text
    _model, win = build_window(None, settings, lang="ru")   # --lang chose: nothing to say
    qtbot.addWidget(win)
    win.show()
    qtbot.wait(50)
    assert i18n.current() == "ru" and win.statusBar().currentMessage() == ""


def test_translations_compile_into_the_cache_and_follow_the_source(tmp_path, monkeypatch, qapp):
    from viewer.qt import i18n
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    first = i18n.compiled("ru")
    assert first is not None and first.exists() and first.parent == tmp_path / "cache"
    assert i18n.compiled("ru") == first   # compiled once
    source = tmp_path / "claims_atlas_ru.ts"
    source.write_bytes((i18n.SOURCES / "claims_atlas_ru.ts").read_bytes().replace("Файл".encode(), "Файлы".encode()))
    monkeypatch.setattr(i18n, "SOURCES", tmp_path)
    second = i18n.compiled("ru")
    assert second is not None and second != first   # a changed .ts is compiled again


def test_a_truncated_translation_is_never_cached(tmp_path, monkeypatch, qapp, capsys):
    """lrelease on a full disk left a cut .qm that was cached forever: the app fell back to English in silence."""
    from PySide6.QtCore import QTranslator

    from viewer.qt import i18n
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    whole = i18n.compiled("ru")
    data = whole.read_bytes()
    # A cached file cut short (after it was written) no longer matches the digest in its name: made again.
    whole.write_bytes(data[:20])
    again = i18n.compiled("ru")
    assert again is not None and again.read_bytes() == data
    translator = QTranslator()
    assert translator.load(str(again)) and translator.translate("MainWindow", "&File") == "&Файл"
    # lrelease that writes a cut file (and says nothing): refused, nothing cached, and the user is told.
    for cached in (tmp_path / "cache").iterdir():
        cached.unlink()
    real = subprocess.run

    def cut_short(args, **kwargs):
        done = real(args, **kwargs)
        out = Path(args[args.index("-qm") + 1])
        out.write_bytes(out.read_bytes()[:20])
        return done
    monkeypatch.setattr(i18n.subprocess, "run", cut_short)
    assert i18n.compiled("ru") is None
    assert list((tmp_path / "cache").iterdir()) == []
    assert "the ru translation could not be compiled (lrelease wrote an unusable file (20 bytes))" in capsys.readouterr().err


def test_command_line_language_option(tmp_path):
    out = tmp_path / "ru.png"
    result = subprocess.run([sys.executable, "-m", "viewer", "export", str(DATA), "--window", str(out),
                             "--size", "800x600", "--lang", "ru"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.exists()
    result = subprocess.run([sys.executable, "-m", "viewer", "--lang", "xx", "--version"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "--lang" in result.stderr


def test_russian_walk_covers_the_presentation_menus_and_the_toolbar(ru_window):
    """The window walk above reaches the View › Presentation and Theme menus and the toolbar's buttons."""
    _model, win = ru_window
    texts = {t for _where, t in window_texts(win)}
    presenting = win.presenting
    for action in (presenting.present_action, presenting.present_selected_action, presenting.reveal_action,
                   presenting.lit_room_action, *presenting.order_actions.values(), win.full_screen_action,
                   *win.themes.actions.values()):
        assert action.text() in texts and CYRILLIC.search(action.text())
    assert presenting.menu.title() in texts and win.themes.menu.title() in texts
    buttons = [button.text() for button in win.toolbar.findChildren(QAbstractButton) if button.text()]
    assert {"Открыть", "Экспорт", "Показ", "Добавить в показ"} <= set(buttons) <= texts
    assert win.docks["presentation"].windowTitle() == "Список для показа"


def presentation_texts(view) -> list[tuple[str, str]]:
    """Every string the presentation shows or tells assistive technology."""
    texts = [("window title", view.windowTitle()), ("accessible name", view.accessibleName()),
             ("accessible description", view.accessibleDescription())]
    for label in view.findChildren(QLabel):
        if label.isVisibleTo(view):
            texts.append(("label", label.text()))
    texts += [("map legend", t) for t in view.map.legend.texts()]
    for item in view.map.plot.getPlotItem().items:
        if isinstance(item, pg.TextItem):
            texts.append(("map label", item.textItem.toPlainText()))
    return [(where, t) for where, t in texts if t]


def test_russian_presentation_has_no_untranslated_string(ru_window, qtbot):
    model, win = ru_window
    win.presenting.reveal_action.setChecked(True)
    data = dataset_texts(model)
    data += sorted({view_quote for view_quote in (" ".join(q.split()) for q in model.dataset.claims["quote"])},
                   key=len, reverse=True)   # the presentation shows each quote on one line
    win.presenting.present()
    view = win.presenting.view
    qtbot.waitUntil(view.isVisible)
    seen, details = [], []
    for _step in range(len(view.steps)):
        seen += presentation_texts(view)
        details.append(view.details.text())
        view.go(view.step + 1)
    left = sorted({(where, t) for where, t in seen if untranslated(t, data)})
    assert left == []
    headings = {t for where, t in seen if where == "label" and t.startswith(("Выезд", "Въезд"))}
    assert "Выезд: Россия, все направления" in headings and "Въезд: Россия → Казахстан" in headings
    details = "\n".join(details)
    assert "автор: СМИ" in details and "автор: власти" in details   # claimant types worded, not codes
    assert "government" not in details and "media" not in details


def test_a_live_language_switch_retranslates_the_presentation(window, qtbot):
    model, win = window
    win.presenting.present()
    view = win.presenting.view
    qtbot.waitUntil(view.isVisible)
    assert view.heading.text() == "Leaving Russia, all destinations" and win.presenting.present_action.text() == "Pr&esent"
    next(a for a in win.language_group.actions() if a.data() == "ru").trigger()
    QApplication.processEvents()
    assert win.presenting.present_action.text() == "Н&ачать показ"
    assert win.presenting.menu.title() == "По&каз" and win.themes.menu.title() == "&Тема"
    assert [a.iconText() for a in win.toolbar.actions()] == ["Открыть", "Экспорт", "Показ", "Добавить в показ"]
    assert win.presenting.panel.up.text() == "Выше"
    assert view.heading.text() == "Выезд: Россия, все направления"
    assert view.windowTitle() == "Claims Atlas — показ" and view.hint.text().startswith("→ далее")
    assert "октября 2022" in view.attribution.text()
    assert view.map.title.text() == "Потоки из страны: Россия на 6 октября 2022"   # by date: as of the slide's day
    next(a for a in win.language_group.actions() if a.data() == "en").trigger()
    QApplication.processEvents()
    assert view.heading.text() == "Leaving Russia, all destinations" and win.presenting.present_action.text() == "Pr&esent"
    assert model.state.claim_id == view.current


def test_language_menu_can_go_back_to_following_the_system(window, qtbot, settings, monkeypatch):
    from viewer.qt import i18n
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    _model, win = window
    ru = next(a for a in win.language_group.actions() if a.data() == "ru")
    ru.trigger()
    qtbot.waitUntil(lambda: i18n.current() == "ru")
    assert settings.value(i18n.SETTING) == "ru"
    assert not win.system_language_action.isChecked()
    win.system_language_action.trigger()
    qtbot.waitUntil(lambda: i18n.current() == "en")
    assert settings.value(i18n.SETTING) is None
    assert win.system_language_action.isChecked()
    assert win.system_language_action.text() == "&System Language (English)"


def test_the_file_dialogs_read_russian(qtbot, monkeypatch):
    """Qt's own file dialog, as the Open and Export commands show it: our catalogue fills the gaps in Qt's."""
    from PySide6.QtWidgets import QFileDialog, QTreeView
    from viewer.qt import i18n
    from viewer.qt.qt_catalogue import file_dialog_words
    i18n.apply("ru")
    assert all(CYRILLIC.search(word) for word in file_dialog_words())
    for mode in ("open", "save"):
        dialog = QFileDialog(None, "", str(DATA))
        qtbot.addWidget(dialog)
        if mode == "open":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.show()
        tree = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) > 0)
        texts = [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind) if w.text()]
        texts += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
        model = tree.model()
        texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        folder = next(r for r in range(model.rowCount(tree.rootIndex()))
                      if model.isDir(model.index(r, 0, tree.rootIndex())))
        texts.append(model.index(folder, 2, tree.rootIndex()).data())
        left = [t for t in texts if untranslated(t, ["OK"])]
        assert left == [], (mode, left)
