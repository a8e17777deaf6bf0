"""What an export says when the dataset had problems: how many, what was left out for them, how to list them.

A report or a picture of a dataset with problems must not pass for the whole
dataset: a report says so near its top, a picture in its footer.
"""

from __future__ import annotations

import shlex

from PySide6.QtCore import QObject

from ..model.reading.dataset import Dataset, LeftOut


def check_command(dataset: Dataset) -> str:
    """The command that lists the problems, naming the dataset's folder in full, so that it can be run from
    anywhere as it is (its bare name worked only from the folder above it)."""
    return "claims-atlas check " + shlex.quote(str(dataset.folder))


class LeftOutWords(QObject):
    """The words (a QObject for its tr(): lupdate reads a count given to translate() only as a literal)."""

    def part(self, left: int | None, read: int | None, table: str) -> str | None:
        """ "13 of its 21 claims", "the whole claims table (…)", or None when nothing is left out."""
        if left is None:
            return (self.tr("the whole claims table (it could not be read)") if table == "claims"
                    else self.tr("the whole sources table (it could not be read)"))
        if not left:
            return None
        if table == "claims":
            return self.tr("{left} of its %n claim(s)", "", read).format(left=f"{left:,}")
        return self.tr("{left} of its %n source(s)", "", read).format(left=f"{left:,}")

    def report_notice(self, dataset: Dataset) -> str:
        left = dataset.left_out()
        if not left:
            return ""
        parts = [p for p in (self.part(left.claims, left.claims_read, "claims"),
                             self.part(left.sources, left.sources_read, "sources")) if p]
        sentences = []
        if left.claims is None or left.claims:
            sentences.append(self.tr("Not every claim of the dataset is in this report."))
        problems = self.tr("The dataset has %n problem(s)", "", left.problems)
        if parts:
            sentences.append(self.tr("{problems}; left out for them: {parts}.").format(
                problems=problems, parts=self.tr(" and ", "between two things left out").join(parts)))
        else:
            sentences.append(self.tr("{problems}; no claim or source was left out for them.").format(
                problems=problems))
        sentences.append(self.tr("To list them, run:"))
        return " ".join(sentences)

    def picture_note(self, dataset: Dataset) -> str:
        left: LeftOut = dataset.left_out()
        if left.claims is None and left:
            return self.tr("The claims table could not be read: no claim is shown (see claims-atlas check).")
        if not left.claims:
            return ""
        return self.tr("{left} of %n claim(s) left out for problems in the dataset (see claims-atlas check).",
                       "", left.claims_read).format(left=f"{left.claims:,}")


def report_notice(dataset: Dataset) -> tuple[str, str]:
    """What a report opens with when the dataset had problems, and the command that lists them ("" when none)."""
    notice = LeftOutWords().report_notice(dataset)
    return notice, check_command(dataset) if notice else ""


def picture_note(dataset: Dataset) -> str:
    """A picture's footer line when claims were left out ("" when none was)."""
    return LeftOutWords().picture_note(dataset)
