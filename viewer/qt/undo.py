"""The window's face of a Document's undo: a QUndoStack whose commands call doc.undo() and doc.redo().

The Document keeps the only history that counts (its journal replays it after a crash). Each edit
is made on the Document first; then a :class:`DocumentStep` named after it is pushed, its first
redo() skipped, so that Edit › Undo, Ctrl+Z and the History panel (a QUndoView) work through Qt's
own machinery.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

_NAME = re.compile(r"(Add|Edit|Delete|Import) (claim|source|article) (.*)", re.S)


def step_name(name: str | None) -> str:
    """A Document's step name ("Edit claim bb-03") in the interface language."""
    match = _NAME.fullmatch(name or "")
    if match is None:
        return name or ""
    verb, what, ident = match.groups()
    words = {("Add", "claim"): QCoreApplication.translate("Undo", "Add claim {id}"),
             ("Edit", "claim"): QCoreApplication.translate("Undo", "Edit claim {id}"),
             ("Delete", "claim"): QCoreApplication.translate("Undo", "Delete claim {id}"),
             ("Add", "source"): QCoreApplication.translate("Undo", "Add source {id}"),
             ("Edit", "source"): QCoreApplication.translate("Undo", "Edit source {id}"),
             ("Delete", "source"): QCoreApplication.translate("Undo", "Delete source {id}"),
             ("Edit", "article"): QCoreApplication.translate("Undo", "Edit article {id}"),
             ("Import", "article"): QCoreApplication.translate("Undo", "Import article {id}")}
    if (verb, what) not in words:
        return name or ""
    return words[(verb, what)].format(id=ident)


class DocumentStep(QUndoCommand):
    """One step of the Document's history; it was already done when pushed."""

    def __init__(self, document, name: str):
        super().__init__(step_name(name))
        self.document = document
        self.name = name
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:        # pushed after the Document made the edit
            self._pushed = True
            return
        self.document.redo()

    def undo(self) -> None:
        self.document.undo()


class DocumentUndo(QUndoStack):
    """The undo stack of the Document being edited (emptied when another one is opened)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None

    def attach(self, document) -> None:
        """Follow ``document``: its steps so far (those restored from a journal) become the stack's."""
        self.document = document
        self.clear()
        if document is None:
            return
        for command in list(getattr(document, "_done", [])):
            self.push(DocumentStep(document, command.name))
        undone = [DocumentStep(_Quiet(), command.name) for command in reversed(list(getattr(document, "_undone", [])))]
        for step in undone:   # (the Document's private history: it has no public list of its steps)
            self.push(step)
        for _step in undone:
            self.undo()
        for step in undone:
            step.document = document
        if not document.dirty:
            self.setClean()

    def edit(self, make: Callable[[], object]):
        """Make an edit on the Document (``make`` calls it) and push it as a step; returns what ``make`` returned.

        Nothing is pushed when the edit changed nothing.
        """
        document = self.document
        version = document.version
        result = make()
        if document.version != version:
            self.push(DocumentStep(document, document.undo_name()))
        return result

    def retranslate(self) -> None:
        """The steps' names in the interface language."""
        for i in range(self.count()):
            command = self.command(i)
            if isinstance(command, DocumentStep):
                command.setText(step_name(command.name))


class _Quiet:
    def undo(self):
        pass

    def redo(self):
        pass
