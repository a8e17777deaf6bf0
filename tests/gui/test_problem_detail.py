"""The Problems panel shows the current problem in full (a line of the list may be cut), in either language:
a quote's closest passage and first difference, a country's name and the code meant."""

import shutil

from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from viewer.qt import i18n


def test_the_closest_passage_and_the_code_meant_read_in_full_in_both_languages(qtbot, settings, tmp_path):
    from viewer.app import build_window
    from viewer.model import load_dataset
    folder = tmp_path / "ds"
    shutil.copytree(REPO / "tests" / "corpus" / "broken" / "quote-en-dash", folder)
    claims = folder / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace("RUS,GEO,", "RUS,Грузия,"), encoding="utf-8")
    model, win = build_window(None, settings)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    model.set_dataset(load_dataset(folder))
    panel = win.problems
    assert panel.list.count() == 2 and panel.detail.isHidden()
    panel.list.setCurrentRow(0)
    english = panel.detail.text()
    assert english.endswith('differs at "Kazakhstan–Uzbekistan": the article has "-" (U+002D) where the quote has '
                            '"–" (U+2013) (articles/s1.txt)')
    assert panel.detail.isVisible() and panel.detail.wordWrap()
    assert panel.detail.height() >= 2 * panel.detail.fontMetrics().height()   # wrapped, not cut
    i18n.apply("ru")
    try:
        QApplication.processEvents()
        assert panel.detail.text().endswith(
            'отличается от цитаты в месте "Kazakhstan–Uzbekistan": в статье "-" (U+002D), а в цитате "–" (U+2013) '
            "(articles/s1.txt)")
        panel.list.setCurrentRow(1)
        assert panel.detail.text() == ('claims.csv:6: destination: "Грузия" — не код ISO 3166-1 alpha-3; может быть, '
                                       "имелось в виду GEO?")
    finally:
        i18n.apply("en")
    QApplication.processEvents()
    assert panel.detail.text() == 'claims.csv:6: destination: "Грузия" is not an ISO 3166-1 alpha-3 code; did you mean GEO?'
