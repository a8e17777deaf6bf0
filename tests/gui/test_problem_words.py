"""Problems in the Russian interface: the panel, the message of a folder that cannot be opened, a live switch."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from tests.conftest import DATA
from tests.corpus_problems import corpus_problems
from viewer.model.checking.problems import FILE_COLUMN, Message
from viewer.model.checking.rules import CLAIM_COLUMNS, SOURCE_COLUMNS
from viewer.qt import i18n
from viewer.qt.problem_words import problem_line, translated

CYRILLIC = re.compile("[А-Яа-яЁё]")
TECHNICAL = ("UTF-8", "UTF-16", "NUL", "CSV", "JSON", "URL", "https", "http", "ISO 3166-1 alpha-3", "ISO 8601",
             "BCP 47", "Unicode", "NFC", "NFD", "YYYY-MM-DD", "FIN;EST", "RUS", "en", "ru", "russia-2022", "say", "hi",
             "label", "date", "path", "name",
             "sources", "claims", "datapackage.json", "sources.csv", "claims.csv", "claims:origin", "claims:event",
             *CLAIM_COLUMNS, *SOURCE_COLUMNS)
"""Words a Russian problem keeps: names in the format, encodings, codes and examples to type as they are."""


def data_of(message: Message) -> list[str]:
    """The values of a message (and of the messages in it) that come from the dataset or the system."""
    out = []
    for value in message.values.values():
        out += data_of(value) if isinstance(value, Message) else [str(value)]
    return out


def english_left(problem, line: str) -> str:
    """What of ``line`` is still Latin once the dataset's values and the format's own words are taken out."""
    text = line.replace(f"{problem.file}:{problem.line}: ", "", 1)
    if not isinstance(problem.column, Message):
        text = text.replace(f"{problem.column}: ", "", 1) if problem.column != FILE_COLUMN else text
    for piece in sorted(data_of(problem.text), key=len, reverse=True):
        text = text.replace(piece, " ")
    text = re.sub(r"0x[0-9a-f]{2}|\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", " ", text)   # bytes and example dates
    for word in sorted(TECHNICAL, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", " ", text)
    return " ".join(re.findall(r"[A-Za-z]+", text))


def test_every_problem_of_the_corpus_reads_in_russian(qapp, tmp_path):
    problems = corpus_problems(tmp_path)
    i18n.apply("ru")
    try:
        lines = [(p, problem_line(p)) for p in problems]
    finally:
        i18n.apply("en")
    left = {}
    for problem, line in lines:
        assert CYRILLIC.search(line.split(": ", 2)[-1]), line
        assert line != str(problem)
        leftover = english_left(problem, line)
        if leftover:
            left[problem.text.template] = (line, leftover)
    assert left == {}
    files = [line for p, line in lines if p.column == FILE_COLUMN]
    assert files and all(": файл: " in line for line in files)


def test_english_problem_lines_are_what_the_check_command_prints(qapp, tmp_path):
    for problem in corpus_problems(tmp_path):
        assert problem_line(problem) == str(problem)


def test_problems_panel_follows_the_language(qtbot, settings, tmp_path):
    from viewer.app import build_window
    from viewer.model import load_dataset
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(DATA, broken)
    claims = broken / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    claims.write_text("".join(lines[:2] + [lines[2].replace("asserts", "claims", 1)] + lines[3:]), encoding="utf-8")
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    model.set_dataset(load_dataset(broken))
    panel = win.problems
    assert panel.list.count() == 1
    english = panel.list.item(0).text()
    assert '"claims" is not one of: asserts, denies' in english
    panel.list.setCurrentRow(0)
    i18n.apply("ru")
    try:
        QApplication.processEvents()
        russian = panel.list.item(0).text()
        assert '"claims" — не одно из значений: asserts, denies' in russian
        assert panel.list.currentRow() == 0   # the problem being looked at stays current
        assert CYRILLIC.search(panel.note.text())
    finally:
        i18n.apply("en")
    QApplication.processEvents()
    assert panel.list.item(0).text() == english


def test_a_folder_that_cannot_be_opened_is_explained_in_russian(qtbot, settings, tmp_path, monkeypatch):
    from viewer.app import build_window
    monkeypatch.setenv("CLAIMS_ATLAS_LANG", "ru")
    shown = []
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "show_message", lambda box: shown.append(box.text()))
    (tmp_path / "datapackage.json").write_text("[1, 2]", encoding="utf-8")
    win.open_folder(tmp_path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "datapackage.json:1: файл: должен содержать объект JSON ({...})" in shown[0]


def test_every_translation_fills_in_the_same_values_as_its_template(qapp):
    """A translation that drops, renames or misformats a value would show the English instead: none does."""
    import string
    from tests.corpus_problems import update_script
    from PySide6.QtCore import QCoreApplication
    from viewer.model.checking.problems import msg
    templates = update_script().problem_templates()[0]
    i18n.apply("ru")
    try:
        for template in templates:
            fields = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
            if not all(name.isidentifier() for name in fields):   # braces of an example: a template with no values
                fields = set()
            values = {name: 7 for name in fields} | ({"n": 3} if "%n" in template else {})
            translation = QCoreApplication.translate("Problems", template, None, values.get("n", -1))
            assert translation != template or not CYRILLIC.search(translation), template
            if fields:
                assert {name for _t, name, _s, _c in string.Formatter().parse(translation) if name} == fields, template
            shown = translated(msg(template, **values))
            assert CYRILLIC.search(shown) or template in ("{why} ({path})", "{value} {why}", "{path} {why}"), template
    finally:
        i18n.apply("en")


def test_a_folder_with_problems_opens_on_the_problems_tab(qtbot, settings, tmp_path):
    """The problems are seen first, not left on a tab behind the claims; a clean folder opens on the claims."""
    from viewer.app import build_window
    from viewer.model import load_dataset
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(DATA, broken)
    claims = broken / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace(",asserts,", ",Asserts,", 1), encoding="utf-8")
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.show()
    model.set_dataset(load_dataset(broken))
    qtbot.waitUntil(lambda: not win.docks["problems"].visibleRegion().isEmpty())
    assert win.docks["table"].visibleRegion().isEmpty()   # the claims are the other tab
    win.docks["table"].raise_()
    model.set_dataset(load_dataset(broken), keep_state=True)   # a reload leaves the tabs as the user set them
    qtbot.wait(50)
    assert not win.docks["table"].visibleRegion().isEmpty()
    model.set_dataset(load_dataset(DATA))
    qtbot.waitUntil(lambda: not win.docks["table"].visibleRegion().isEmpty())
    assert not win.docks["problems"].isVisible()
