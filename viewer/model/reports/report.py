"""What a report holds: per flow its range, its claims with their exact words and sources, its denials.

Pure data, no markup: report_html.py writes it as HTML (and the Qt side prints
that HTML to PDF). ``rows`` are rows of a ClaimsIndex (the current filter, or
one flow), so a report says exactly what the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from ..index.claims_index import ClaimsIndex
from ..mapping.countries import country_name, destination_name
from ..flows.figures import flow_figure, format_range
from ..flows.compute import FLOW_KEY, compute_flows
from ..state import Filters
from ..timeline.as_of import day_number
from ..flows.wording import ENGLISH, Wording

Progress = Callable[[int, int], None]
OUTSIDE_DENIALS = 20
"""A flow's denials that the report's rows do not hold are listed up to this many (the count says the rest)."""


@dataclass(frozen=True)
class ClaimEntry:
    """One claim as a report prints it: the exact quote and everything needed to cite it."""

    claim_id: str
    quote: str
    claimant: str
    claimant_type: str
    stance: str
    metric: str
    figure: str
    value_text: str
    period: str
    note: str
    outlet: str
    published: str
    """The day the source was published, in words."""
    title: str
    byline: str
    url: str


@dataclass(frozen=True)
class Figure:
    """A picture in a report (the map, a flow's chart): PNG bytes drawn at ``scale`` times its size."""

    png: bytes
    width: int
    """Its width in CSS pixels (the PNG has ``scale`` times as many)."""
    height: int
    alt: str
    """What it shows, in words (for screen readers, and where pictures are not shown)."""
    scale: int = 2
    caption: str = ""
    """Said under it, when it shows only part of what it is about."""


@dataclass
class ReportPictures:
    """The pictures of a report, made by the Qt side before the report is written: the map, and the
    charts of its first flows (by flow key: origin, destination, metric, unit)."""

    map: Figure | None = None
    charts: dict[tuple[str, str, str, str], Figure] = field(default_factory=dict)
    charts_left_out: int = 0
    """Flows of the report past MAX_CHARTS, drawn without a chart."""


MAX_CHARTS = 20
"""Charts are drawn for this many flows at most (each takes a few tenths of a second to draw)."""


@dataclass(frozen=True)
class FlowSection:
    """One flow: its claims in the report and the denials beside them."""

    origin: str
    destination: str
    metric: str
    unit: str
    heading: str
    range_text: str
    """The range of the claims listed, worded like the map ("up to 700,000")."""
    claims: list[ClaimEntry]
    denials: list[ClaimEntry]
    flow_claims: int
    """How many asserting claims the whole dataset has on this flow."""
    flow_range_text: str
    """The range of all of them (differs from range_text when the report lists only some)."""
    more_denials: int = 0
    """Denials of this flow left out of the list: beyond OUTSIDE_DENIALS of those the rows do not hold."""
    chart: Figure | None = None
    """The flow's claims and denials as range bars, as the comparison chart draws them."""


@dataclass
class Report:
    title: str
    scope: str
    flows: list[FlowSection]
    n_claims: int
    sources: list[dict] = field(default_factory=list)
    """Every source cited, once: outlet, published (as written), date (its day in words), title, byline, url,
    source_id."""
    language: str = "en"
    """The language of the report's own words (ISO 639-1)."""
    notice: str = ""
    """Said near the top when the dataset had problems: how many, what was left out, how to list them."""
    command: str = ""
    """The command that lists the problems, shown under the notice."""
    map: Figure | None = None
    """The map of the flows, as the window shows it."""
    charts_left_out: int = 0
    """Flows drawn without a chart (past MAX_CHARTS)."""


def flow_heading(origin: str, destination: str, metric: str, unit: str, words: Wording = ENGLISH) -> str:
    """ "Russia → Kazakhstan · entered" ("· a day" added for daily rates)."""
    rate = " · " + words.per_day.format(figure="").strip() if unit == "people_per_day" else ""
    return (f"{country_name(origin, words)} → {destination_name(destination, words)} · "
            f"{words.metric(metric)}{rate}")


def export_rows(view: ClaimsIndex, filters: Filters, sort_column: str, ascending: bool,
                flow_of: str | None = None) -> np.ndarray:
    """The rows an export covers, in the table's order: those passing ``filters``, and with
    ``flow_of`` (a claim id) only those on that claim's flow."""
    keep = view.mask(filters) if filters.active else (np.ones(view.n, dtype=bool) if view.alive is None else view.alive.copy())
    if flow_of is not None:
        row = view.row_of(flow_of)
        on_flow = np.zeros(view.n, dtype=bool)
        if row is not None:
            on_flow[view.flow_rows(row)] = True
        keep &= on_flow
    perm = view.sorted_rows(sort_column, ascending)
    return perm[keep[perm]]


def reading_order(flows: pd.DataFrame, origin: str | None) -> pd.DataFrame:
    """The flows in the order a reader expects: those from ``origin`` (the dataset's) first, abroad as a
    whole before single destinations, destinations by the largest figure claimed on any of their flows
    (descending; none last), a destination's flows likewise (daily rates after totals, which they do not
    compare with); then onward flows from other origins, ranked the same way. Ties go by code."""
    if flows.empty:
        return flows
    top = pd.concat([flows["low"], flows["high"]], axis=1).astype("Float64").max(axis=1, skipna=True)
    size = top.fillna(-1.0).astype(float).to_numpy()
    total = np.where(flows["unit"].to_numpy() == "people_per_day", -1.0, size)   # a rate is not a head count
    keys = pd.DataFrame({"origin": flows["origin"].to_numpy(), "destination": flows["destination"].to_numpy(),
                         "total": total})
    keys = keys.assign(
        away=keys["origin"] != origin,
        origin_size=-keys.groupby("origin")["total"].transform("max"),
        somewhere=keys["destination"] != "",
        destination_size=-keys.groupby(["origin", "destination"])["total"].transform("max"),
        rate=flows["unit"].to_numpy() == "people_per_day", size=-size,
        metric=flows["metric"].to_numpy(), unit=flows["unit"].to_numpy())
    columns = ["away", "origin_size", "origin", "somewhere", "destination_size", "destination", "rate", "size",
               "metric", "unit"]
    order = keys.sort_values(columns, kind="stable").index.to_numpy()
    return flows.iloc[order].reset_index(drop=True)


def build_report(view: ClaimsIndex, sources: pd.DataFrame, rows: np.ndarray, title: str, scope: str,
                 progress: Progress | None = None, words: Wording = ENGLISH, origin: str | None = None,
                 notice: tuple[str, str] = ("", ""), pictures: ReportPictures | None = None,
                 as_of: date | None = None) -> Report:
    """The report of ``rows`` (claim rows of ``view``), flow by flow in :func:`reading_order` from the
    dataset's ``origin``; ``notice`` says what the dataset's problems left out and the command that lists them (see Report.notice).

    A flow's denials are listed even when the rows leave them out (a report
    must not show a figure without what disputes it): all those the rows hold,
    and up to OUTSIDE_DENIALS others, the rest counted. ``pictures`` (made by the Qt side, see
    :func:`chart_rows`) go with the report: the map at its top, each flow's chart in its section.
    With ``as_of`` (the story as known on that day) a flow's whole, its denials and so its sources are
    those of the claims published by then, never a later one.
    """
    by_source = _source_lookup(sources)
    pictures = pictures or ReportPictures()
    sections = []
    cited: dict[str, dict] = {}
    flows = report_flows(view, rows, origin, as_of)
    for done, (key, flow, listed, whole) in enumerate(flows):
        asserting = [int(r) for r in _by_date(view, listed) if view.col["stance"][r] == "asserts"]
        denial_rows, more = _denials(view, whole["denied_by"] if whole is not None else [], listed)
        entries = [_entry(view, r, by_source, cited, words) for r in asserting]
        denials = [_entry(view, r, by_source, cited, words) for r in denial_rows]
        sections.append(FlowSection(
            flow.origin, flow.destination, flow.metric, flow.unit,
            flow_heading(flow.origin, flow.destination, flow.metric, flow.unit, words),
            flow_figure(flow.low, flow.high, flow.unit, flow.open_low, flow.open_high, words)
            if entries else words.no_claim,
            entries, denials, len(whole["claims"]) if whole is not None else len(entries),
            flow_figure(whole["low"], whole["high"], flow.unit, whole["open_low"], whole["open_high"], words)
            if whole is not None and len(whole["claims"]) else words.no_claim, more, pictures.charts.get(key)))
        if progress is not None:
            progress(done + 1, len(flows))
    ordered = [{**s, "date": words.date(s["published"])} for s in
               sorted(cited.values(), key=lambda s: (s["published"], s["outlet"].casefold(), s["source_id"]))]
    return Report(title, scope, sections, len(rows), ordered, words.language, *notice, map=pictures.map,
                  charts_left_out=pictures.charts_left_out)


def report_flows(view: ClaimsIndex, rows: np.ndarray, origin: str | None, as_of: date | None = None) -> list[tuple]:
    """The flows of the report of ``rows`` in reading order: (key, the flow's summary, its rows among
    ``rows``, the whole dataset's summary of it or None); with ``as_of``, the whole dataset as known on that
    day (its claims published by then)."""
    rows = np.asarray(rows, dtype=np.int64)
    subset = view.claims.iloc[rows]
    chosen = reading_order(compute_flows(subset), origin)
    whole = view.flows if as_of is None else view.flows_by_day().at(day_number(as_of))
    everything = whole.set_index(FLOW_KEY) if len(whole) else None
    groups = subset.groupby(FLOW_KEY, sort=False).indices if len(subset) else {}
    out = []
    for flow in chosen.itertuples(index=False):
        key = (flow.origin, flow.destination, flow.metric, flow.unit)
        known = everything is not None and key in everything.index
        out.append((key, flow, rows[groups[key]], everything.loc[key] if known else None))
    return out


def chart_rows(view: ClaimsIndex, rows: np.ndarray, origin: str | None,
               limit: int = MAX_CHARTS, as_of: date | None = None) -> tuple[list[tuple[tuple, np.ndarray]], int]:
    """For the first ``limit`` flows of the report of ``rows``: the flow's key and the rows its chart
    shows (the claims the report lists on it and the denials it lists beside them); and how many flows
    are left without a chart (``as_of``: as :func:`report_flows`)."""
    flows = report_flows(view, rows, origin, as_of)
    out = []
    for key, _flow, listed, whole in flows[:limit]:
        asserting = listed[view.col["stance"][listed] == "asserts"]
        denial_rows, _more = _denials(view, whole["denied_by"] if whole is not None else [], listed)
        out.append((key, np.unique(np.concatenate([asserting, np.asarray(denial_rows, dtype=np.int64)]))))
    return out, max(len(flows) - limit, 0)


def _denials(view: ClaimsIndex, denied_by: list[str], listed: np.ndarray) -> tuple[list[int], int]:
    """The denial rows to list (by date) and how many more there are."""
    rows = view.rows_of(denied_by)
    inside = np.isin(rows, listed)
    outside = rows[~inside]
    shown = np.concatenate([rows[inside], outside[:OUTSIDE_DENIALS]])
    return [int(r) for r in _by_date(view, shown)], max(len(outside) - OUTSIDE_DENIALS, 0)


def _by_date(view: ClaimsIndex, rows: np.ndarray) -> np.ndarray:
    """Rows in the order of their sources' publication, then by claim id."""
    rows = np.asarray(rows, dtype=np.int64)
    published = np.array([view.text("published", int(r)) for r in rows], dtype=object)
    ids = view.col["claim_id"][rows]
    order = sorted(range(len(rows)), key=lambda i: (str(published[i]), str(ids[i])))
    return rows[order]


def _source_lookup(sources: pd.DataFrame) -> dict[str, dict]:
    columns = ["source_id", "outlet", "title", "published", "url", "byline"]
    frame = sources.reindex(columns=columns).fillna("")
    return {r["source_id"]: r for r in frame.to_dict("records")}


def _entry(view: ClaimsIndex, row: int, by_source: dict[str, dict], cited: dict[str, dict],
           words: Wording = ENGLISH) -> ClaimEntry:
    c = view.record(row)
    source = by_source.get(c["source_id"], {"source_id": c["source_id"], "outlet": "", "title": "",
                                            "published": "", "url": "", "byline": ""})
    cited.setdefault(source["source_id"], source)
    return ClaimEntry(
        claim_id=str(c["claim_id"]), quote=str(c["quote"]), claimant=str(c["claimant"]),
        claimant_type=words.claimant_type(str(c.get("claimant_type", ""))), stance=str(c["stance"]),
        metric=words.metric(str(c["metric"])), figure=format_range(c["value_low"], c["value_high"], c["unit"], words),
        value_text=str(c.get("value_text", "")),
        period=words.period(str(c.get("period_start", "")), str(c.get("period_end", ""))),
        note=str(c.get("note", "")), outlet=str(source["outlet"]), published=words.date(source["published"]),
        title=str(source["title"]), byline=str(source["byline"]), url=str(source["url"]))


def sources_cited(view: ClaimsIndex, rows) -> list[tuple[str, str]]:
    """The distinct (outlet, date) of the sources of ``rows``, by date then outlet: a picture's citations."""
    rows = np.asarray(rows, dtype=np.int64)
    if not len(rows):
        return []
    _codes, first = np.unique(view.coded["source_id"].codes[rows], return_index=True)
    pairs = {(view.text("outlet", int(r)), view.text("published", int(r))[:10]) for r in rows[first]}
    return sorted(pairs, key=lambda p: (p[1], p[0].casefold()))


def citation_line(pairs: list[tuple[str, str]], limit: int = 60) -> tuple[str, int]:
    """ "Hindustan Times, 2022-10-06 · Breitbart, 2022-10-06" (at most ``limit``) and how many were left out."""
    shown = pairs[:limit]
    return " · ".join(f"{outlet}, {date}" for outlet, date in shown), len(pairs) - len(shown)
