"""Words of Qt's own file dialog that Qt's Russian catalogue lacks, supplied by ours.

Qt 6.11's file dialog asks for "&Look in:" and "Files of &type:", and names a
folder "Folder" (with the disambiguation "All other platforms"); the
``qtbase_ru.qm`` that comes with PySide6 has only the older wording ("Look in:")
and no "Folder", so those stayed English in a Russian interface. Listed here
(same context, same source) they go into ``claims_atlas_*.ts`` through
lupdate; our translator is installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def file_dialog_words() -> list[str]:
    """The words, in the interface language (a test checks each is translated)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
