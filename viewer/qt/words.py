"""The model's words in the interface language (a Wording filled from the translations)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..model.flows.wording import Wording
from . import i18n

translate = QCoreApplication.translate


def wording() -> Wording:
    """Words for the text the model makes, in the language installed now."""
    return Wording(
        language=i18n.current(),
        thousands=QLocale().groupSeparator(),
        abroad=translate("Wording", "Abroad", "the destination of a flow to all countries at once"),
        group_join=translate("Wording", " + ", "between the countries of a destination group"),
        span=translate("Wording", "{low}–{high}", "a figure given as a range"),
        up_to=translate("Wording", "up to {n}", "a figure given as a maximum"),
        at_least=translate("Wording", "at least {n}", "a figure given as a minimum"),
        per_day=translate("Wording", "{figure} a day", "a daily rate, e.g. 10,000 a day"),
        no_figure=translate("Wording", "no figure", "a claim that gives no number"),
        no_claim=translate("Wording", "no claim", "a flow that only has denials"),
        worded=translate("Wording", "“{text}”", "a claim's own vague wording of its figure, e.g. “tens of thousands”"),
        with_bounds=translate("Wording", "{worded} ({bounds})",
                              "a vague wording, then the bounds read from it: “tens of thousands” (10,000–99,999)"),
        flow_line=translate("Wording", "{metric} {figure}", "a line of a flow label, e.g. entered 200,000"),
        denied=translate("Wording", "{line} · denied ({n})", "n: how many claims deny the flow"),
        period_span=translate("Wording", "from {start} to {end}",
                              "the period a figure counts, both ends known (no dash: a line may break after one)"),
        period_from=translate("Wording", "from {start}", "the period a figure counts, with no end given"),
        period_until=translate("Wording", "until {end}", "the period a figure counts, with no start given"),
        day=day,
        metrics=metric_labels(),
        stances=stance_labels(),
        claimant_types=claimant_type_labels(),
    )


def day(value: date) -> str:
    """A calendar date in the interface language, as the source pane words it ("6 Oct 2022", "6 октября 2022")."""
    fmt = translate("SourcePane", "d MMM yyyy", "date format of QLocale::toString, e.g. 6 Oct 2022")
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def readable_time(value: str) -> str:
    """"2022-10-06T18:42:00+05:30" -> "6 Oct 2022, 18:42 (UTC+05:30)"; a date alone stays a date.

    Month names are the interface language's ("6 октября 2022").
    """
    from datetime import date, datetime
    try:
        if "T" not in value:
            d = date.fromisoformat(value)
            return day(d)
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    zone = ""
    if t.utcoffset() is not None:
        minutes = int(t.utcoffset().total_seconds() // 60)
        zone = f" (UTC{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
    return f"{day(t)}, {t:%H:%M}{zone}"


def metric_labels() -> dict[str, str]:
    """What a claim counts (the ``metric`` codes of the dataset format), as words."""
    return {
        "left": translate("Wording", "left", "metric: people who left the origin country"),
        "entered": translate("Wording", "entered", "metric: people who entered the destination"),
        "exited": translate("Wording", "exited", "metric: people who left the destination again"),
        "registered": translate("Wording", "registered", "metric: people who applied for papers or residency"),
        "stayed": translate("Wording", "stayed", "metric: people still there at the end of the period"),
        "other": translate("Wording", "other", "metric: anything else"),
    }


def stance_labels() -> dict[str, str]:
    return {
        "asserts": translate("Wording", "asserts", "stance: the claimant states the figure"),
        "denies": translate("Wording", "denies", "stance: the claimant rejects the figure"),
    }


def claimant_type_labels() -> dict[str, str]:
    return {
        "government": translate("Wording", "government", "claimant type"),
        "anonymous": translate("Wording", "anonymous", "claimant type"),
        "media": translate("Wording", "media", "claimant type"),
        "organization": translate("Wording", "organization", "claimant type"),
        "other": translate("Wording", "other", "claimant type"),
    }


def relation_labels() -> dict[str, str]:
    """How another claim on the flow relates to the selected one (viewer.model.flows.relations)."""
    return {
        "agrees": translate("Wording", "agrees", "relation: the other claim's range overlaps"),
        "differs": translate("Wording", "differs", "relation: the ranges do not overlap"),
        "denies": translate("Wording", "denies", "relation: the other claim denies the selected one"),
        "disputed": translate("Wording", "disputed", "relation: the selected claim is a denial of this one"),
    }


def number(value) -> str:
    """A whole number with the interface language's digit grouping ("700,000", "700 000")."""
    return QLocale().toString(int(value))
