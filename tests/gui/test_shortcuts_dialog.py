"""Help › Keyboard Shortcuts lists every key the window answers to, read from its menus."""

from PySide6.QtGui import QKeySequence


def _rows(dialog):
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_dialog_lists_the_menu_shortcuts_and_the_keys_inside_views(window, qtbot):
    from viewer.widgets.shortcuts_dialog import KeyboardShortcutsDialog
    _model, win = window
    assert win.shortcuts_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    dialog = KeyboardShortcutsDialog(win)
    qtbot.addWidget(dialog)
    rows = dict((what, keys) for keys, what in _rows(dialog))
    native = QKeySequence.SequenceFormat.NativeText
    for shortcut, action in (("Ctrl+O", "File › Open Dataset Folder"), ("Ctrl+E", "File › Export › Export"),
                             ("Ctrl+F", "View › Find in Claims"), ("F5", "View › Present")):
        assert QKeySequence(shortcut).toString(native) in rows[action], (action, rows.get(action))
    assert any(what.startswith("View › F") and "Full Screen" in what for what in rows)
    assert rows["Presentation: leave"] == "Esc"
    assert "Help › Keyboard Shortcuts" in rows


def test_help_menu_opens_it(window, qtbot):
    from viewer.widgets.shortcuts_dialog import KeyboardShortcutsDialog
    _model, win = window
    win.shortcuts_action.trigger()
    dialog = win.findChild(KeyboardShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() > 15
    dialog.close()


def test_in_russian(window, qtbot):
    from viewer.qt import i18n
    from viewer.widgets.shortcuts_dialog import KeyboardShortcutsDialog
    _model, win = window
    i18n.apply("ru")
    qtbot.waitUntil(lambda: win.file_menu.title() != "&File")   # the window retranslates on LanguageChange
    dialog = KeyboardShortcutsDialog(win)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Сочетания клавиш"
    assert ("Esc", "Показ: выйти") in _rows(dialog)
    assert any(what.startswith("Файл › ") for _keys, what in _rows(dialog))
