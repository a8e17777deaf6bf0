"""View › Presentation: its actions, the presentation list panel, and starting and leaving the show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..qt.bridge import AppModel
from ..qt.presentation_store import PresentationStore
from .palette import HIGH_CONTRAST, HIGH_CONTRAST_LIGHT
from .presentation import PresentationView, pick_screen
from .presentation_list import PresentationListPanel


class PresentationControls(QObject):
    """Owns the presentation's actions, its remembered options and the full-screen view."""

    def __init__(self, window: QMainWindow, app: AppModel, settings: QSettings):
        super().__init__(window)
        self.window = window
        self.app = app
        self.store = PresentationStore(app, settings, self)
        self.view: PresentationView | None = None
        self.panel = PresentationListPanel(app, self.store)
        self.present_action = self._action(self.tr("&Present"), QKeySequence("F5"), self.present,
                                           self.tr("Show the claims full screen, for a projector (F5)"))
        self.present_selected_action = self._action(
            self.tr("Present from the &Selected Claim"), QKeySequence("Shift+F5"),
            lambda: self.present(from_selected=True))
        self.add_action = self._action(self.tr("&Add Selected Claim to the List"), QKeySequence("Ctrl+D"),
                                       self.add_selected, self.tr("Add the selected claim to the presentation list"))
        self.remove_action = self._action(self.tr("&Remove Selected Claim from the List"),
                                          QKeySequence("Ctrl+Shift+D"), self.remove_selected)
        self.clear_action = self._action(self.tr("&Clear the List"), None, self.store.clear)
        self.present_action.setIconText(self.tr("Present"))
        self.add_action.setIconText(self.tr("Add to Presentation"))
        self.menu = QMenu(self.tr("P&resentation"), window)
        self.order_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for order, text in (("date", self.tr("By &Date")), ("destination", self.tr("By D&estination")),
                            ("list", self.tr("In the Order of the Presentation &List")),
                            ("table", self.tr("In the Order of the &Table (with its filters)"))):
            action = QAction(text, self, checkable=True, checked=order == self.store.order)
            action.triggered.connect(lambda _c=False, o=order: self.store.set_order(o))
            group.addAction(action)
            self.menu.addAction(action)
            self.order_actions[order] = action
        self.menu.addSeparator()
        self.reveal_action = QAction(self.tr("Reveal One at a &Time"), self, checkable=True,
                                     checked=self.store.reveal)
        self.reveal_action.setToolTip(self.tr("Show each flow's claims one by one, its denials last"))
        self.reveal_action.toggled.connect(self.store.set_reveal)
        self.lit_room_action = QAction(self.tr("Light &Background (for a Lit Room)"), self, checkable=True,
                                       checked=self.store.lit_room)
        self.lit_room_action.toggled.connect(self.store.set_lit_room)
        for action in (self.reveal_action, self.lit_room_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.add_action, self.remove_action, self.clear_action):
            self.menu.addAction(action)
        window.installEventFilter(self)   # the presentation closes with the window
        app.datasetChanged.connect(self._enable)
        app.claimSelected.connect(self._enable)
        self.store.listChanged.connect(self._enable)
        self._enable()

    def _action(self, text: str, shortcut, slot, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)   # shortcuts work wherever the focus is in the window
        return action

    def _enable(self, *_args) -> None:
        has_data = self.app.view is not None and len(self.app.view.claims) > 0
        selected = self.app.state.claim_id
        for action in (self.present_action, self.present_selected_action):
            action.setEnabled(has_data)
        self.add_action.setEnabled(selected is not None and selected not in self.store.chosen)
        self.remove_action.setEnabled(selected is not None and selected in self.store.chosen)
        self.clear_action.setEnabled(bool(len(self.store.chosen)))

    # --- the list ----------------------------------------------------------------
    def add_selected(self) -> None:
        if self.store.add(self.app.state.claim_id):
            self._say(self.tr("Added {claim} to the presentation list (now {n} claims)").format(
                claim=self.app.state.claim_id, n=len(self.store.chosen)))

    def remove_selected(self) -> None:
        if self.store.remove(self.app.state.claim_id):
            self._say(self.tr("Removed {claim} from the presentation list").format(claim=self.app.state.claim_id))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # --- the show ------------------------------------------------------------------
    def present(self, from_selected: bool = False) -> None:
        """Full screen on the projector (another screen if there is one), at the first step or the selected claim's."""
        if self.app.view is None:
            return
        steps = self.store.steps()
        if not len(steps):
            if self.store.order == "list":
                self._say(self.tr("The presentation list is empty: select a claim and press Ctrl+D to add it, "
                                  "or choose another order in View › Presentation."))
            else:
                self._say(self.tr("No claim to present: the table's filters leave none (Ctrl+Shift+L clears them)."))
            return
        theme = HIGH_CONTRAST_LIGHT if self.store.lit_room else HIGH_CONTRAST
        if self.view is None:
            self.view = PresentationView(self.app, self.store.steps, theme, self.window)
            self.view.left.connect(self._left)
        self.view.set_steps(steps)
        self.view.set_theme(theme)
        self.view.present(self.app.state.claim_id if from_selected else None, pick_screen(self.window))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.view is not None:
            self.view.close()
        return False

    def _left(self) -> None:
        """Back to the window as it was."""
        self.window.raise_()
        self.window.activateWindow()

