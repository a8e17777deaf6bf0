"""A report as one self-contained HTML file: inline CSS, no scripts, no outside resources.

Every piece of dataset text is escaped (and its bidi controls made visible), so
a quote can never become markup; a URL is a link only when it is http(s). The
same HTML, written ``paged``, is what the Qt side prints to PDF, so it keeps to
what Qt's rich text understands (tables, classes, simple CSS). On paper the
denials follow a flow's claims under their own heading instead of standing
beside them: a table cell that runs over a page break is drawn badly (its
background into the margins and down empty space).
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Callable
from typing import TextIO

from ..reading.bidi import neutralise_bidi
from .report import ClaimEntry, Figure, FlowSection, Report

LABELS = {
    "summary": "{claims} on {flows}, from {sources}.",
    "claims_one": "{n} claim", "claims_many": "{n} claims",
    "flows_one": "{n} flow", "flows_many": "{n} flows",
    "sources_one": "{n} source", "sources_many": "{n} sources",
    "disclaimer": "The figures are what each source claims, quoted exactly; they are not verified facts.",
    "range": "Range claimed:",
    "partial": "Listed here: {shown} of the {total} claims on this flow; all of them together: {range}.",
    "claims": "Claims ({n})",
    "denials": "Denials ({n})",
    "more_denials": "… and {n} more denials of this flow, outside the claims of this report.",
    "no_claims": "No claim in this report asserts this flow.",
    "denies": "denies",
    "worded": "worded",
    "period": "period",
    "note": "Note:",
    "claim": "claim",
    "by": "by",
    "sources": "Sources",
    "sources_intro": "Every source quoted above, by date of publication.",
    "no_url": "no URL given",
    "quoted": "“{text}”",
    "charts_left_out": "Charts are drawn for the first {shown} flows; the {n} after them have none.",
}

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a;
       max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 17pt; margin-bottom: 0.2em; }
h2 { font-size: 12.5pt; margin-top: 1.4em; margin-bottom: 0.2em; border-bottom: 1px solid #bbbbbb; }
p { margin-top: 0.15em; margin-bottom: 0.15em; }
.meta { color: #555555; }
.notice { color: #8a3800; font-weight: bold; margin-top: 0.3em; }
.command { white-space: pre; margin-left: 1.5em; margin-bottom: 0.6em; }
code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; }
.range { margin-bottom: 0.5em; }
.range b { font-size: 11pt; }
table.pair { width: 100%; border-collapse: collapse; }
table.pair th { text-align: left; font-size: 9pt; color: #555555; padding: 2px 6px; }
table.pair td { vertical-align: top; padding: 2px 6px; width: 50%; }
td.denials { background-color: #fdf1ea; }
h3 { font-size: 9pt; color: #555555; margin-top: 1em; margin-bottom: 0; }
h3.denials { color: #b34700; }
.quote { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; margin-top: 0.7em; }
.who, .cite, .note { font-size: 9pt; }
.cite { color: #444444; }
.note { color: #666666; }
.deny { color: #b34700; font-weight: bold; }
.id { color: #777777; }
a { color: #0b5394; }
p.figure { margin-top: 0.6em; margin-bottom: 0.6em; }
p.figure img { max-width: 100%; height: auto; }
"""
PAGE_WIDTH = 640
"""A picture's width on paper, in CSS pixels (A4 less the margins is 170 mm: 642 px)."""
PAGE_HEIGHT = 880
"""A picture's greatest height on paper, in CSS pixels (the page less the margins is 247 mm: 933 px)."""

_LINKABLE = re.compile(r"https?://[^\s<>\"']+")


def text(value) -> str:
    """Dataset text for HTML: bidi controls made visible, then escaped (quotes included)."""
    return html.escape(neutralise_bidi(str(value)), quote=True)


def url_html(url: str, labels: dict) -> str:
    """The URL as text, and a plain link only when it is a single http(s) URL."""
    if not url:
        return f'<span class="id">{text(labels["no_url"])}</span>'
    if _LINKABLE.fullmatch(url):
        return f'<a href="{text(url)}">{text(url)}</a>'
    return text(url)


def write_report_html(report: Report, out: TextIO, *, labels: dict | None = None, generated: str = "",
                      progress: Callable[[int, int], None] | None = None, paged: bool = False) -> None:
    """Write the report to ``out`` (streamed, so a big report needs no big string); ``paged`` lays each
    flow out in one column, for print."""
    labels = {**LABELS, **(labels or {})}
    out.write(f'<!DOCTYPE html>\n<html lang="{text(report.language)}">\n<head>\n<meta charset="utf-8">\n'
              '<meta name="generator" content="Claims Atlas">\n'
              f"<title>{text(report.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n")
    out.write(f"<h1>{text(report.title)}</h1>\n")
    if report.notice:
        out.write(f'<p class="notice">{text(report.notice)}</p>\n')
        if report.command:
            out.write(f'<p class="command"><code>{text(report.command)}</code></p>\n')
    out.write(f'<p class="meta">{text(report.scope)}</p>\n')
    summary = labels["summary"].format(claims=_count(labels, "claims", report.n_claims),
                                       flows=_count(labels, "flows", len(report.flows)),
                                       sources=_count(labels, "sources", len(report.sources)))
    out.write(f'<p class="meta">{text(summary)} {text(labels["disclaimer"])}')
    if generated:
        out.write(f" {text(generated)}")
    out.write("</p>\n")
    if report.map is not None:
        out.write(figure_html(report.map, paged))
    if report.charts_left_out:
        note = labels["charts_left_out"].format(shown=f"{len(report.flows) - report.charts_left_out:,}",
                                                n=f"{report.charts_left_out:,}")
        out.write(f'<p class="meta">{text(note)}</p>\n')
    for done, flow in enumerate(report.flows):
        _write_flow(flow, out, labels, paged)
        if progress is not None:
            progress(done + 1, len(report.flows))
    out.write(f'<h2>{text(labels["sources"])}</h2>\n<p class="meta">{text(labels["sources_intro"])}</p>\n')
    for source in report.sources:
        by = f' {text(labels["by"])} {text(source["byline"])}' if source["byline"] else ""
        out.write(f'<p class="cite"><b>{text(source["outlet"])}</b>, {text(source["date"])}: '
                  f'{_quoted(source["title"], labels)}{by} · {url_html(source["url"], labels)}</p>\n')
    out.write("</body>\n</html>\n")


def _quoted(value, labels: dict) -> str:
    """Dataset text in the language's quotation marks (“…” in English, «…» in Russian), escaped."""
    return text(labels["quoted"]).format(text=text(value))


def _count(labels: dict, what: str, n: int) -> str:
    return labels[f"{what}_one" if n == 1 else f"{what}_many"].format(n=f"{n:,}")


def report_html(report: Report, **kwargs) -> str:
    buffer = io.StringIO()
    write_report_html(report, buffer, **kwargs)
    return buffer.getvalue()


def figure_html(figure: Figure, paged: bool) -> str:
    """The picture inline, as a data: URL (the file stays self-contained; Qt's rich text reads it too).
    On paper it is as wide as the text, and never taller than a page; on a screen at most its own size."""
    width, height = figure.width, figure.height
    if paged:
        fit = min(PAGE_WIDTH / width, PAGE_HEIGHT / height)
        width, height = round(width * fit), round(height * fit)
    data = base64.b64encode(figure.png).decode("ascii")
    caption = f'<p class="meta">{text(figure.caption)}</p>\n' if figure.caption else ""
    return (f'<p class="figure"><img src="data:image/png;base64,{data}" width="{width}" height="{height}" '
            f'alt="{text(figure.alt)}"></p>\n{caption}')


def _flow_parts(flow: FlowSection, out: TextIO, labels: dict, paged: bool = False) -> tuple[str, str | None]:
    """Write the flow's heading, range and chart; return its claims and its denials (None when it has none) as HTML."""
    out.write(f"<h2>{text(flow.heading)}</h2>\n")
    out.write(f'<p class="range">{text(labels["range"])} <b>{text(flow.range_text)}</b></p>\n')
    if flow.chart is not None:
        out.write(figure_html(flow.chart, paged))
    if len(flow.claims) != flow.flow_claims:
        partial = labels["partial"].format(shown=f"{len(flow.claims):,}", total=f"{flow.flow_claims:,}",
                                           range=flow.flow_range_text)
        out.write(f'<p class="meta">{text(partial)}</p>\n')
    claims = "".join(_entry(e, labels) for e in flow.claims) or f'<p class="meta">{text(labels["no_claims"])}</p>'
    if not flow.denials and not flow.more_denials:
        return claims, None
    denials = "".join(_entry(e, labels) for e in flow.denials)
    if flow.more_denials:
        denials += f'<p class="meta">{text(labels["more_denials"].format(n=f"{flow.more_denials:,}"))}</p>'
    return claims, denials


def _write_flow(flow: FlowSection, out: TextIO, labels: dict, paged: bool) -> None:
    """Claims and denials side by side on a screen (wide, with no pages); ``paged``, the denials under the
    claims with their own heading: one column that breaks cleanly between pages."""
    claims, denials = _flow_parts(flow, out, labels, paged)
    if denials is None:
        out.write(f"<div>{claims}</div>\n" if paged else
                  f'<table class="pair" width="100%"><tr><td>{claims}</td></tr></table>\n')
        return
    claims_head = text(labels["claims"].format(n=len(flow.claims)))
    denials_head = text(labels["denials"].format(n=len(flow.denials) + flow.more_denials))
    if paged:
        out.write(f'<h3>{claims_head}</h3>\n<div>{claims}</div>\n'
                  f'<h3 class="denials">{denials_head}</h3>\n<div>{denials}</div>\n')
        return
    out.write('<table class="pair" width="100%" cellspacing="0" cellpadding="4"><tr>'
              f'<th width="50%">{claims_head}</th><th width="50%">{denials_head}</th></tr>\n'
              f'<tr><td width="50%">{claims}</td>'
              f'<td class="denials" width="50%" bgcolor="#fdf1ea">{denials}</td></tr></table>\n')


def _entry(e: ClaimEntry, labels: dict) -> str:
    figure = f"<b>{text(e.figure)}</b>"
    if e.stance == "denies":
        figure = f'<span class="deny">✕ {text(labels["denies"])}</span> {figure}'
    parts = [figure]
    if e.value_text:
        parts.append(f'{text(labels["worded"])} {_quoted(e.value_text, labels)}')
    who = text(e.claimant) + (f" ({text(e.claimant_type)})" if e.claimant_type else "")
    details = [text(e.metric)] + ([f'{text(labels["period"])}\u00a0{text(e.period)}'] if e.period else [])
    by = f' {text(labels["by"])} {text(e.byline)}' if e.byline else ""
    lines = [f'<p class="quote">{_quoted(e.quote, labels)}</p>',
             f'<p class="who">{" · ".join(parts)} — {who} · {" · ".join(details)}</p>',
             f'<p class="cite">{text(e.outlet)}, {text(e.published)}: {_quoted(e.title, labels)}{by} · '
             f'{url_html(e.url, labels)} · <span class="id">{text(labels["claim"])} {text(e.claim_id)}</span></p>']
    if e.note:
        lines.append(f'<p class="note">{text(labels["note"])} {text(e.note)}</p>')
    return "<div>" + "".join(lines) + "</div>"
