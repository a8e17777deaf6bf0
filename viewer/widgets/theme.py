"""Light and dark: the window's palette and the views' colours, following the system unless told."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..qt.bridge import AppModel
from .palette import DARK, LIGHT, Theme

MODES = ("system", "light", "dark")

_platform: tuple[QPalette, bool] | None = None
"""The palette the platform gave the application, and whether it was dark (taken once)."""


def window_palette(theme: Theme) -> QPalette:
    """A Qt palette for the widgets (table, lists, menus) in the theme's colours."""
    p = QPalette()
    C, R = QPalette.ColorGroup, QPalette.ColorRole
    colours = {R.Window: theme.window, R.WindowText: theme.text, R.Base: theme.base,
               R.AlternateBase: theme.alternate_base, R.Text: theme.text, R.Button: theme.button,
               R.ButtonText: theme.text, R.BrightText: theme.highlight, R.Highlight: theme.selection,
               R.HighlightedText: theme.selection_text, R.ToolTipBase: theme.base, R.ToolTipText: theme.text,
               R.PlaceholderText: theme.muted, R.Link: theme.link, R.LinkVisited: theme.link}
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    shade = QColor(theme.button)
    for role, colour in ((R.Light, shade.lighter(150)), (R.Midlight, shade.lighter(120)), (R.Mid, shade.darker(130)),
                         (R.Dark, shade.darker(170)), (R.Shadow, QColor("#000000"))):
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(C.Disabled, role, QColor(theme.muted))
    return p


def _platform_palette() -> tuple[QPalette, bool]:
    global _platform
    if _platform is None:
        _platform = (QPalette(QGuiApplication.palette()), system_is_dark())
    return _platform


def apply_palette(theme: Theme, window: QWidget | None = None) -> None:
    """Give the whole application the theme's palette (the platform's own where it matches).

    Widgets of ``window`` that have a style sheet keep the palette they were
    polished with, so they are polished again.
    """
    palette, was_dark = _platform_palette()
    QApplication.instance().setPalette(palette if was_dark == theme.dark and theme in (LIGHT, DARK)
                                       else window_palette(theme))
    for widget in window.findChildren(QWidget) if window is not None else ():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeController(QObject):
    """View › Theme: follow the system (the default), or always light, or always dark; remembered."""

    def __init__(self, app: AppModel, settings: QSettings, parent: QWidget):
        super().__init__(parent)
        self.app = app
        self.settings = settings
        mode = settings.value("theme", "system")
        self.mode = mode if mode in MODES else "system"
        self.menu = QMenu(parent)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for key in MODES:
            action = QAction(self, checkable=True, checked=key == self.mode)
            action.triggered.connect(lambda _c=False, k=key: self.set_mode(k))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[key] = action
        _platform_palette()   # before asking for a scheme of our own
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._request_scheme()
        self.apply()
        self.retranslate()

    def retranslate(self) -> None:
        """The menu's texts in the interface language (the window calls it on a change)."""
        self.menu.setTitle(self.tr("&Theme"))
        for key, text in (("system", self.tr("Follow the &System")), ("light", self.tr("&Light")),
                          ("dark", self.tr("&Dark"))):
            self.actions[key].setText(text)

    def theme(self) -> Theme:
        """The theme the mode gives now."""
        dark = self.mode == "dark" or (self.mode == "system" and system_is_dark())
        return DARK if dark else LIGHT

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown theme mode {mode!r}")
        self.mode = mode
        self.settings.setValue("theme", mode)
        self.actions[mode].setChecked(True)
        self._request_scheme()
        self.apply()

    def apply(self) -> None:
        theme = self.theme()
        apply_palette(theme, self.parent())
        self.app.set_theme(theme)

    def _request_scheme(self) -> None:
        """Ask the platform for the scheme too, so title bars and native dialogs match."""
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(self.mode, Qt.ColorScheme.Unknown)
        QGuiApplication.styleHints().setColorScheme(scheme)

    def _system_changed(self, _scheme) -> None:
        if self.mode == "system":
            self.apply()
