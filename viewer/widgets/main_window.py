"""The main window: only wiring. Docks for each view, menus, status, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QToolBar, QWidget)

from .. import __version__
from ..qt import i18n
from ..qt.bridge import AppModel
from ..qt.first_paint import AfterFirstPaint
from ..qt.plain import plain
from ..qt.words import wording
from . import registry
from . import dock_sizes
from .theme import ThemeController
from .window_opening import FolderOpening

if TYPE_CHECKING:
    from .chart import ComparisonChart
    from .claims_table import ClaimsPanel
    from .map_panel import MapPanel
    from .presenting import PresentationControls
    from .problems_panel import ProblemsPanel
    from .source_pane import SourcePane



class MainWindow(i18n.Retranslating, FolderOpening, QMainWindow):
    # The panels of the registry, each as the attribute of its name (window.map, window.table…).
    map: MapPanel
    table: ClaimsPanel
    source: SourcePane
    chart: ComparisonChart
    problems: ProblemsPanel
    presenting: PresentationControls
    """View › Presentation's controls (made with the presentation list panel)."""

    def __init__(self, app: AppModel, settings: QSettings | None = None, *, deferred: bool = False):
        """The window; ``deferred``: only its frame now (menu bar, toolbar, docks, status bar), painted at once,
        and the panels, menus and the dataset asked for (open_folder) once it has been painted."""
        super().__init__()
        self.app = app
        self.settings = settings or QSettings("ClaimsAtlas", "Claims Atlas")
        self.setWindowTitle("Claims Atlas")   # the product's name, in every language
        self.setAcceptDrops(True)
        self._problems_raised_for: Path | None = None   # the folder whose problems were last brought forward
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.registered = list(registry.PANELS)
        """The registry's panels as this window was made with them."""
        self.panels: dict[str, QWidget] = {}
        """Each panel of the registry by its name, in F6 order."""
        self.docks: dict[str, QDockWidget] = {}
        """The dock of each panel not in the middle, by the panel's name."""
        self._worker = None
        self._opening: Path | None = None
        self._pending: Path | None = None
        self.finished = False
        """True once the panels and menus are made (at once, unless deferred)."""
        self.panes: list[QWidget] = []
        """The panes F6 and Shift+F6 cycle through, in this order (the registry's)."""
        self._make_frame()
        self.themes = ThemeController(app, self.settings, self)
        if deferred:
            self._restore()
            AfterFirstPaint(self, self.finish)
            QTimer.singleShot(1000, self, self.finish)   # should the window not be painted soon
        else:
            self.finish()

    def finish(self) -> None:
        """Make the panels and menus (once), then open the dataset asked for meanwhile."""
        if self.finished:
            return
        self.finished = True
        self._add_panels()
        self._build_menus()
        self.app.datasetChanged.connect(self._dataset_changed)
        self.app.claimSelected.connect(self._claim_selected)
        self.app.orderChanged.connect(self._update_status)
        from .editing import EditingController   # (after the window's own: it marks the title the window sets)
        self.editing = EditingController(self, self.app, self.settings)   # File › New/Import/Save, Edit, History
        self.panes = list(self.panels.values())
        self.retranslate()
        dock_sizes.install(self)
        if self.isVisible():   # (deferred) the docks are sized again once the panels have taken their place
            QTimer.singleShot(0, self, lambda: self._restore(geometry=False))
        else:
            self._restore()
        if self._pending is not None:
            self.open_folder(self._pending)

    def _make_frame(self) -> None:
        """What the first paint shows: the menu bar, the toolbar, every dock (empty) and the status bar."""
        for panel in self.registered:
            if panel.area is None:
                self.setCentralWidget(QWidget())
                continue
            dock = QDockWidget(self)
            dock.setObjectName(f"dock-{panel.name}")   # saved layouts are restored by it: never rename
            dock.setWidget(QWidget())
            self.addDockWidget(panel.area, dock)
            self.docks[panel.name] = dock
        for panel in self.registered:
            if panel.tab_with is not None:
                self.tabifyDockWidget(self.docks[panel.tab_with], self.docks[panel.name])
        for panel in self.registered:
            if not panel.visible:
                self.docks[panel.name].hide()
        for panel in self.registered:
            if panel.tab_with is not None:
                self.docks[panel.tab_with].raise_()
        self.progress = QProgressBar(maximumWidth=220)
        self.cancel_button = QPushButton()
        self.status_label = QLabel(textFormat=Qt.TextFormat.PlainText)   # folder names are data, never markup
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.file_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar-main")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.open_action = self._action(self.toolbar, "", QKeySequence.StandardKey.Open, self.open_dialog)
        self._retranslate_frame()

    def _add_panels(self) -> None:
        """Every panel of the registry, made and put in its dock (or the middle)."""
        for panel in self.registered:
            widget = panel.make(self)
            self.panels[panel.name] = widget
            setattr(self, panel.name, widget)
            if panel.area is None:
                self.setCentralWidget(widget)
            else:
                frame = self.docks[panel.name].widget()
                self.docks[panel.name].setWidget(widget)
                frame.deleteLater()

    # --- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        """Menus, actions and the toolbar; their texts are set by retranslate()."""
        from .exports import ExportController
        file = self.file_menu
        file.addAction(self.open_action)
        self.recent_menu = file.addMenu("")
        file.addSeparator()
        self.quit_action = self._action(file, "", QKeySequence.StandardKey.Quit, self.close)
        self.exports = ExportController(self, file)
        view = self.view_menu
        self.find_action = self._action(view, "", QKeySequence.StandardKey.Find, self._focus_search)
        self.reset_map_action = self._action(view, "", QKeySequence("Ctrl+0"), self.map.reset_view)
        self.clear_filters_action = self._action(view, "", QKeySequence("Ctrl+Shift+L"),
                                                 self.app.state.clear_filters)
        view.addSeparator()
        self.next_pane_action = self._action(view, "", QKeySequence("F6"), lambda: self.cycle_panes(1))
        self.previous_pane_action = self._action(view, "", QKeySequence("Shift+F6"), lambda: self.cycle_panes(-1))
        view.addSeparator()
        view.addAction(self.presenting.present_action)
        view.addAction(self.presenting.present_selected_action)
        view.addMenu(self.presenting.menu)
        self.full_screen_action = self._action(view, "", QKeySequence.StandardKey.FullScreen, self.toggle_full_screen)
        self.full_screen_action.setCheckable(True)
        view.addMenu(self.themes.menu)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.language_menu = view.addMenu("")
        self.language_group = QActionGroup(self)
        self.system_language_action = self.language_menu.addAction("")
        self.system_language_action.setCheckable(True)
        self.system_language_action.setChecked(self.settings.value(i18n.SETTING) is None)
        self.language_group.addAction(self.system_language_action)
        self.system_language_action.triggered.connect(lambda _c=False: self.set_language(None))
        self.language_menu.addSeparator()
        for lang, name in i18n.LANGUAGES.items():
            action = self.language_menu.addAction("&" + name)   # each language named in itself
            action.setCheckable(True)
            action.setData(lang)
            action.setChecked(lang == i18n.current() and self.settings.value(i18n.SETTING) is not None)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _c=False, lang=lang: self.set_language(lang))
        help_ = self.help_menu
        self.shortcuts_action = self._action(help_, "", QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.about_action = self._action(help_, "", None, self.about)
        self._refresh_recent()
        for action in (self.exports.dialog_action, self.presenting.present_action, self.presenting.add_action):
            self.toolbar.addAction(action)

    def retranslate(self) -> None:
        """Every text of the window in the interface language (at start and on LanguageChange)."""
        self._retranslate_frame()
        if not self.finished:
            return
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find in Claims"))
        self.reset_map_action.setText(self.tr("&Reset Map View"))
        self.clear_filters_action.setText(self.tr("&Clear Filters"))
        self.next_pane_action.setText(self.tr("&Next Pane"))
        self.previous_pane_action.setText(self.tr("&Previous Pane"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.system_language_action.setText(self.tr("&System Language ({language})").format(
            language=i18n.LANGUAGES[i18n.system_language()]))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About Claims Atlas"))
        self.full_screen_action.setText(self.tr("F&ull Screen"))
        self.exports.dialog_action.setIconText(self.tr("Export"))
        self.exports.dialog_action.setToolTip(self.tr("Export the map, the chart, a report or the claims, "
                                                      "with their sources (Ctrl+E)"))
        self.presenting.retranslate()
        self.themes.retranslate()
        for panel in self.registered:
            self.panels[panel.name].setAccessibleName(str(panel.accessible_name))
        for action in self.language_group.actions():
            action.setChecked(action.data() == i18n.current())
        self.app.set_words(wording())   # the data's words: every view that shows them follows
        self._update_status()

    def _retranslate_frame(self) -> None:
        """The texts of what the first paint shows (see _make_frame)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.open_action.setText(self.tr("&Open Dataset Folder…"))
        self.open_action.setIconText(self.tr("Open"))
        self.open_action.setToolTip(self.tr("Open a dataset folder (Ctrl+O)"))
        for panel in self.registered:
            if panel.name in self.docks:
                self.docks[panel.name].setWindowTitle(str(panel.title))
                self.docks[panel.name].toggleViewAction().setText(str(panel.toggle))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening the dataset; what is shown stays"))
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.status_label.setAccessibleName(self.tr("Status"))
        if not self.finished:
            self._update_status()

    def set_language(self, lang: str | None) -> None:
        """Switch the interface language now and remember it; None follows the system's from now on."""
        if lang is None:
            self.settings.remove(i18n.SETTING)
            lang = i18n.system_language()
        else:
            self.settings.setValue(i18n.SETTING, lang)
        if lang != i18n.current():
            i18n.apply(lang)

    def cycle_panes(self, step: int) -> None:
        """Move the focus to the next (step 1) or previous (-1) open pane, in the registry's order: map, claims,
        source, chart, problems, presentation list."""
        panes = [p for p in self.panes if self._dock_of(p) is None or self._dock_of(p).toggleViewAction().isChecked()]
        focus = QApplication.focusWidget()
        here = next((i for i, p in enumerate(panes) if focus is not None and (focus is p or p.isAncestorOf(focus))),
                    -1 if step > 0 else 0)
        pane = panes[(here + step) % len(panes)]
        if self._dock_of(pane) is not None:
            self._dock_of(pane).raise_()
        pane.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _dock_of(self, pane) -> QDockWidget | None:
        """The pane's dock; None for the one in the middle."""
        return next((d for d in self.docks.values() if d.widget() is pane), None)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def toggle_full_screen(self) -> None:
        """F11: the window full screen and back (the presentation has its own, F5)."""
        if self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    _was_maximized = False

    def _focus_search(self) -> None:
        self.docks["table"].show()
        self.docks["table"].raise_()
        self.table.search.setFocus()
        self.table.search.selectAll()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import KeyboardShortcutsDialog
        KeyboardShortcutsDialog(self).open()

    def about(self) -> None:
        text = self.tr("""Claims Atlas {version}

See every contested figure about people on the move, and trace each to its words.

Data shown: the dataset you opened (its own sources and licences are listed in its datapackage.json).
The bundled dataset is built from two articles of 6 October 2022 (Hindustan Times / Reuters; Breitbart);
the article texts remain their publishers' copyright.

Borders: Natural Earth 1:50m (public domain), via the world-atlas package 2.0.2 (ISC licence, Mike Bostock),
with Crimea drawn as part of Ukraine. Country names: pycountry (ISO 3166, LGPL).
Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) and NumPy (BSD).

Claims Atlas never connects to the network: URLs are shown, never fetched.""")
        QMessageBox.about(self, self.tr("About Claims Atlas"), text.format(version=__version__))

    # --- opening -----------------------------------------------------------------
    def _ask_restore(self, n: int, when: float | None) -> bool:
        """Ask whether to restore the unsaved edits a crash left in the journal (here: lupdate reads a
        plural only from self.tr)."""
        from PySide6.QtCore import QDateTime
        stamp = QDateTime.fromSecsSinceEpoch(int(when or 0)).toString("yyyy-MM-dd HH:mm") if when else "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes found"),
                          self.tr("Restore %n unsaved change(s) from {time}?", "", n).format(time=stamp),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- state ---------------------------------------------------------------------
    def _dataset_changed(self) -> None:
        dataset = self.app.dataset
        self.setWindowTitle(plain(f"{dataset.title} — Claims Atlas"))
        self.docks["problems"].setVisible(bool(dataset.problems))
        if not dataset.problems:
            self.docks["table"].raise_()
        elif self._problems_raised_for != dataset.folder:
            # A folder opened with problems shows them first (once: a reload leaves the tabs as they are).
            self.docks["problems"].raise_()
        self._problems_raised_for = dataset.folder if dataset.problems else None
        self._update_status()
        QTimer.singleShot(0, self._select_first)

    def _select_first(self) -> None:
        """Select the first claim shown, if none is selected yet (by then the filters may leave none)."""
        if self.app.claims_index is not None and self.app.state.claim_id is None:
            first = self.app.claims_index.first_claim_id()
            if first is not None:
                self.app.state.select(first)

    def _claim_selected(self, _claim_id) -> None:
        self._update_status()

    def _update_status(self) -> None:
        dataset = self.app.dataset
        if dataset is None:
            self.status_label.setText(self.tr("No dataset open"))
            return
        n = len(dataset.problems)
        parts = [self.tr("%n source(s)", "", len(dataset.sources)), self.tr("%n claim(s)", "", len(dataset.claims)),
                 self.tr("%n problem(s) (see Problems)", "", n) if n else self.tr("no problems")]
        selected = self.app.state.claim_id
        if selected:
            parts.append(self._selected_words(selected))
        self.status_label.setText(plain(" · ".join(parts)))

    def _selected_words(self, selected: str) -> str:
        """The selected claim, and why it is not in the table when it is not: published after the day "as of"
        (Now returns), or hidden by the filters (Ctrl+Shift+L clears them)."""
        from ..model.timeline.as_of import day_number   # (not at the top: the window paints before numpy loads)
        view = self.app.claims_index
        if view.visible_row_of(selected) is None:
            as_of, row = self.app.state.filters.as_of, view.row_of(selected)
            if as_of is not None and row is not None and view.day[row] > day_number(as_of):   # (a known day)
                return self.tr("selected {claim} (published after {day}: Now in the timeline shows it)").format(
                    claim=selected, day=self.app.words.day(as_of))
            return self.tr("selected {claim} (hidden by the filters: Ctrl+Shift+L clears them)").format(claim=selected)
        return self.tr("selected {claim}").format(claim=selected)

    # --- layout memory -------------------------------------------------------------------
    def balance_docks(self) -> None:
        """The default layout for the window's size: map and source side by side, table below."""
        dock_sizes.balance(self)

    def _restore(self, geometry: bool = True) -> None:
        """The remembered layout (and the window's size and place unless told not to), else the default."""
        saved = self.settings.value("geometry")
        if not geometry:
            pass
        elif isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1500, 950)
        state = self.settings.value("windowState")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:
            self.balance_docks()

    def closeEvent(self, event) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        if self._worker is not None:
            self._worker.stop()   # a thread must not outlive its window
            self._worker = None
        super().closeEvent(event)
