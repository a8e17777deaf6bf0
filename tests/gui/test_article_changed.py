"""An article changed on disk after its quotes were checked: highlighted where the words now are, or said."""

import shutil

from tests.conftest import DATA


def _window(qtbot, settings, tmp_path):
    from viewer.app import build_window
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    model, win = build_window(folder, settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    return folder, model, win


def _highlighted(win):
    text = win.source.article.toPlainText()
    return [text[s.cursor.selectionStart(): s.cursor.selectionEnd()] for s in win.source.article.extraSelections()]


def _article_of(model, claim_id):
    claim = model.claim(claim_id)
    return model.dataset.folder / model.dataset.source(claim["source_id"])["text_path"], claim


def test_text_prepended_moves_the_highlight_with_the_words(qtbot, settings, tmp_path):
    folder, model, win = _window(qtbot, settings, tmp_path)
    path, claim = _article_of(model, "ht-03")
    path.write_text("A new first paragraph, added after the dataset was opened.\n\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    model.dataset._texts.clear()
    model.state.select("ht-03")
    assert claim["quote"] in _highlighted(win)
    assert win.source.quote_note.isHidden()


def test_a_quote_cut_from_the_article_is_said_not_highlighted(qtbot, settings, tmp_path):
    folder, model, win = _window(qtbot, settings, tmp_path)
    path, claim = _article_of(model, "ht-03")
    path.write_text(path.read_text(encoding="utf-8").replace(claim["quote"], "(removed)"), encoding="utf-8")
    model.dataset._texts.clear()
    model.state.select("ht-03")
    assert claim["quote"] not in _highlighted(win)
    assert not win.source.quote_note.isHidden() and "changed on disk" in win.source.quote_note.text()
    path.unlink()
    model.dataset._texts.clear()
    model.state.select(None)
    model.state.select("ht-03")
    assert "could not be read" in win.source.article.toPlainText()
