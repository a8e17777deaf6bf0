"""A dataset that changes: every record kept as read, edits with undo, a journal, atomic saves.

``Document`` is the scripting API (see document.py); ``raw_table`` keeps each CSV file's bytes as
records; ``derive`` makes the Dataset the views read from the records; ``journal`` and ``saving``
keep the user's work on disk.
"""

from .document import ChangedOnDisk, Document

__all__ = ["ChangedOnDisk", "Document"]
