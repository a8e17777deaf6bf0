"""Problems in the interface language: the model's Messages given to Qt's translator.

The model words every problem as a :class:`~viewer.model.checking.problems.Message`, a
template and its values (``str()`` of it is the English). Here the template is
translated (context "Problems"; ``resources/i18n/update.py`` collects the
templates from the model) and the values filled in, translating those that
are Messages too. What comes from the dataset (file names, cell values) is
never translated. Anything a translation gets wrong falls back to English
rather than failing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model.reading.csvtable import unnamed_column, unnamed_position
from ..model.checking.problems import FILE_COLUMN, Message, Problem, english_count, one_line

CONTEXT = "Problems"


def translated(text: Message | str) -> str:
    """``text`` in the interface language if it is a Message, else as it is."""
    if not isinstance(text, Message):
        return str(text)
    values = {key: translated(value) if isinstance(value, Message) else value for key, value in text.values.items()}
    n = values.get("n", -1) if "%n" in text.template else -1
    n = n if isinstance(n, int) else -1
    words = QCoreApplication.translate(CONTEXT, text.template, None, n)
    if n >= 0 and words == text.template.replace("%n", str(n)):   # an untranslated count: English plural
        words = english_count(text.template, n)
    if not values:
        return words
    try:
        return words.format(**values)
    except (KeyError, IndexError, ValueError):   # a translation naming a value that is not there
        return str(text)


def column_name(column: str) -> str:
    """The column a problem names: a column of the format as written, "file" for a whole file."""
    if column == FILE_COLUMN:
        return QCoreApplication.translate("Problems", "file")   # (a literal context: lupdate reads it)
    position = unnamed_position(column)
    return one_line(column) if position is None else translated(unnamed_column(position))


def problem_line(problem: Problem) -> str:
    """FILE:LINE: COLUMN: message, in the interface language (as 'claims-atlas check' prints it in English)."""
    return f"{problem.file}:{problem.line}: {column_name(problem.column)}: {translated(problem.text)}"
