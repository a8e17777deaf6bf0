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
        self.present_action = self._action(QKeySequence("F5"), self.present)
        self.present_selected_action = self._action(QKeySequence("Shift+F5"), lambda: self.present(from_selected=True))
        self.add_action = self._action(QKeySequence("Ctrl+D"), self.add_selected)
        self.remove_action = self._action(QKeySequence("Ctrl+Shift+D"), self.remove_selected)
        self.clear_action = self._action(None, self.store.clear)
        self.menu = QMenu(window)
        self.order_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for order in ("date", "destination", "list", "table"):
            action = QAction(self, checkable=True, checked=order == self.store.order)
            action.triggered.connect(lambda _c=False, o=order: self.store.set_order(o))
            group.addAction(action)
            self.menu.addAction(action)
            self.order_actions[order] = action
        self.menu.addSeparator()
        self.reveal_action = QAction(self, checkable=True, checked=self.store.reveal)
        self.reveal_action.toggled.connect(self.store.set_reveal)
        self.lit_room_action = QAction(self, checkable=True, checked=self.store.lit_room)
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
        self.store.orderChanged.connect(lambda order: self.order_actions[order].setChecked(True))
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' and the menu's texts in the interface language (the window calls it on a change)."""
        for action, text, icon_text, tip in (
                (self.present_action, self.tr("Pr&esent"), self.tr("Present"),
                 self.tr("Show the claims full screen, for a projector (F5)")),
                (self.present_selected_action, self.tr("Present from the Selecte&d Claim"), None,
                 self.tr("Show the claims full screen, starting at the selected claim (Shift+F5)")),
                (self.add_action, self.tr("&Add Selected Claim to the List"), self.tr("Add to Presentation"),
                 self.tr("Add the selected claim to the presentation list (Ctrl+D)")),
                (self.remove_action, self.tr("&Remove Selected Claim from the List"), None,
                 self.tr("Take the selected claim off the presentation list (Ctrl+Shift+D)")),
                (self.clear_action, self.tr("&Clear the List"), None, self.tr("Empty the presentation list"))):
            action.setText(text)
            if icon_text is not None:
                action.setIconText(icon_text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.menu.setTitle(self.tr("Presentat&ion"))
        for order, text in (("date", self.tr("By &Date")), ("destination", self.tr("By D&estination")),
                            ("list", self.tr("In the Order of the Presentation &List")),
                            ("table", self.tr("In the Order of the &Table (with its filters)"))):
            self.order_actions[order].setText(text)
        self.reveal_action.setText(self.tr("Re&veal One at a Time"))
        self.reveal_action.setToolTip(self.tr("Show each flow's claims one by one, its denials last"))
        self.lit_room_action.setText(self.tr("Light &Background (for a Lit Room)"))
        self.lit_room_action.setToolTip(self.tr("Dark text on white, for a projector in a bright room"))

    def _action(self, shortcut, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)   # shortcuts work wherever the focus is in the window
        return action

    def _enable(self, *_args) -> None:
        has_data = self.app.claims_index is not None and len(self.app.claims_index.claims) > 0
        selected = self.app.state.claim_id
        for action in (self.present_action, self.present_selected_action):
            action.setEnabled(has_data)
        self.add_action.setEnabled(selected is not None and selected not in self.store.chosen)
        self.remove_action.setEnabled(selected is not None and selected in self.store.chosen)
        self.clear_action.setEnabled(bool(len(self.store.chosen)))

    # --- the list ----------------------------------------------------------------
    def add_selected(self) -> None:
        """Add the selected claim; the first claim of a list makes the list the presentation's order."""
        before = self.store.order
        starts = not len(self.store.chosen) and before != "list"
        if not self.store.add(self.app.state.claim_id):
            return
        claim = self.app.state.claim_id
        if starts:   # a teacher who builds a list means to present it: no silent trap, and a way back
            self.store.set_order("list")
            self._say(self.tr("Added {claim} to the presentation list. F5 now presents in the order of this list "
                              "(View › Presentation › {order} to go back).").format(
                claim=claim, order=self.order_actions[before].text().replace("&", "")))
        else:
            self._say(self.tr("Added {claim} to the presentation list (now %n claim(s))", "",
                              len(self.store.chosen)).format(claim=claim))

    def remove_selected(self) -> None:
        if self.store.remove(self.app.state.claim_id):
            self._say(self.tr("Removed {claim} from the presentation list").format(claim=self.app.state.claim_id))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # --- the show ------------------------------------------------------------------
    def present(self, from_selected: bool = False) -> None:
        """Full screen on the projector (another screen if there is one), at the first step or the selected claim's."""
        if self.app.claims_index is None:
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
            self.view = PresentationView(self.app, self.store.steps, theme, self.window,
                                         dated=lambda: self.store.order == "date")
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

