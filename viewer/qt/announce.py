"""What a screen reader is told about the selected claim."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent as _Announcement
except ImportError:  # Qt before 6.8
    _Announcement = None

from .bridge import AppModel
from .plain import plain


def claim_summary(app: AppModel, claim_id: str | None) -> str:
    """One sentence naming a claim: id, figure, claimant, stance, metric, destination, source."""
    view = app.claims_index
    row = view.row_of(claim_id) if view is not None else None
    if row is None:
        return QCoreApplication.translate("Announce", "No claim selected")
    return plain(QCoreApplication.translate(
        "Announce", "Claim {id}: {figure}, {claimant} ({stance}, {metric}, {destination}); {source}").format(
        id=claim_id, figure=view.text("figure", row), claimant=view.col["claimant"][row],
        stance=view.text("stance", row), metric=view.text("metric", row),
        destination=view.text("destination", row), source=view.text("source", row)))


def describe(widget: QWidget, text: str) -> None:
    """Set a widget's accessible description and tell assistive technology it changed."""
    if widget.accessibleDescription() == text:
        return
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))



def announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to say ``text`` politely (Qt 6.8+; a no-op without one)."""
    if QAccessible.isActive() and _Announcement is not None:
        QAccessible.updateAccessibility(_Announcement(widget, text))
