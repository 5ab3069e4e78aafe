"""A timeline of predictions: each expert's windows on one time axis, coloured by verdict.

Each prediction with a window is a bar from ``window_start`` to
``window_end``; a diamond marks the day its source was published, joined to
the bar by a dotted line when the window opens later. A prediction without
time words is a triangle at the publication date. Two questions are kept
apart. The colour says whether the *forecast* was right: it leaned the way
things went (see ``verdict``), so "very unlikely" or "there will be no …"
followed by an event that did not happen is right; partly, ambiguous and
annulled keep their names, and open predictions are outlined only. The sign
before the label says whether the *event* happened: a filled dot yes, a
hollow dot no, a half dot partly. A negated prediction reads as
``graph.model.event_label`` writes it ("no new offensive from Belarus (negated)").

PNG and SVG are drawn by matplotlib (Agg backend, no display needed); HTML is
the SVG in a page with a tooltip on every bar (the claim, the speaker, the
outcome and the note).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.model import event_label
from graph.store import Store
from graph.track.scoring import event_outcome, leaning

#: Colour per verdict on the forecast (colour-blind safe: Okabe-Ito palette).
COLOURS = {
    "right": "#009E73",
    "wrong": "#D55E00",
    "partly": "#E69F00",
    "ambiguous": "#999999",
    "annulled": "#CCCCCC",
    "open": "#FFFFFF",
}
LEGEND = {
    "right": "forecast right",
    "wrong": "forecast wrong",
    "partly": "event partly happened",
    "ambiguous": "ambiguous",
    "annulled": "annulled",
    "open": "not resolved yet",
}
#: The sign before a label: did the event happen (DejaVu Sans, matplotlib's default font, has all three).
EVENT_SIGNS = {"happened": "\u25cf", "did not happen": "\u25cb", "partly happened": "\u25d0"}
FORMATS = (".png", ".svg", ".html")

#: Characters of the event shown beside a bar.
LABEL_CHARS = 56


def verdict(row: dict[str, Any]) -> str:
    """Return whether a prediction's forecast was right: right, wrong, partly, ambiguous, annulled or open.

    Not whether the event happened (``outcome`` says that): a yes/no outcome
    is compared with the way the prediction leaned
    (``graph.track.scoring.leaning``), so "unlikely" followed by ``no`` is right.
    """
    outcome = row.get("outcome")
    if not outcome:
        return "open"
    if outcome in ("partly", "ambiguous", "annulled"):
        return str(outcome)
    return "right" if leaning(row.get("probability"), bool(row.get("negated"))) == outcome else "wrong"


@dataclass(frozen=True)
class _Item:
    row: dict[str, Any]
    start: date
    end: date | None
    label: str

    def label_inside(self, label_days: float) -> bool:
        """Return whether the label fits inside the bar (long windows), so it takes no room beside it."""
        return self.end is not None and (self.end - self.start).days > self.label_days(label_days) + 6

    def label_days(self, label_days: float) -> float:
        return label_days * len(self.label) / LABEL_CHARS

    def extent(self, label_days: float) -> float:
        """Return the last day (as an ordinal) the bar and its label reach."""
        last = (self.end or self.start).toordinal()
        return last if self.label_inside(label_days) else last + 4 + self.label_days(label_days) * 1.15


def _label(row: dict[str, Any]) -> str:
    """Return the text beside a bar: the event's sign, the event as read (``graph.model.event_label``), the words."""
    event = str(row.get("event") or row.get("text") or "")
    words = row.get("probability_words")
    negated = bool(row.get("negated"))
    suffix = " (negated)" if negated else ""
    core = event_label(event, negated).removesuffix(suffix)
    if len(core) + len(suffix) > LABEL_CHARS:
        core = core[: LABEL_CHARS - len(suffix) - 1].rstrip() + "\u2026"
    text = core + suffix
    sign = EVENT_SIGNS.get(event_outcome(row.get("outcome")))
    text = f"{sign} {text}" if sign else text
    return f"{text} ({words})" if words else text


def _lanes(items: list[_Item], label_days: float) -> list[list[_Item]]:
    """Return the items in lanes so that no bar or label overlaps another in its lane."""
    lanes: list[list[_Item]] = []
    ends: list[float] = []
    for item in sorted(items, key=lambda i: (i.start, i.end or i.start)):
        first = item.start.toordinal()
        last = item.extent(label_days)
        for index, end in enumerate(ends):
            if first > end:
                lanes[index].append(item)
                ends[index] = last
                break
        else:
            lanes.append([item])
            ends.append(last)
    return lanes


def draw_timeline(rows: Sequence[dict[str, Any]], path: Path, title: str = "Predictions: colour = was the forecast right, dot = did the event happen") -> Path:
    """Draw the prediction timeline of ``rows`` (``Store.scorecard_rows``) to PNG, SVG or HTML.

    Returns the path written.

    Raises:
        InputError: the suffix is not .png, .svg or .html, or no prediction has a date to draw.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(path, f"unknown picture format {suffix or '(none)'}; use .png, .svg or .html")
    by_expert: dict[str, list[_Item]] = {}
    for row in rows:
        start = row.get("window_start") or row.get("published")
        if start is None:
            continue
        end = row.get("window_end")
        label = _label(row) + ("" if end else "  [no time given]")
        by_expert.setdefault(row["speaker"], []).append(_Item(row, start, end, label))
    if not by_expert:
        raise InputError(path, "no prediction has a window or a source date to draw")
    days = [d for items in by_expert.values() for i in items for d in (i.start, i.end, i.row.get("published")) if d]
    first, last = min(days), max(days)
    width = 15.0
    # At 7.5 pt on a 15-inch figure, LABEL_CHARS characters take about 0.4 of
    # the axis; the axis grows to hold the labels, so solve for its span.
    span = max((last - first).days, 30)
    label_days = span * 0.4
    for _ in range(3):
        reach = max(i.extent(label_days) for items in by_expert.values() for i in items)
        span = max(int(reach) - first.toordinal(), 30)
        label_days = span * 0.4
    axis_end = date.fromordinal(int(max(i.extent(label_days) for v in by_expert.values() for i in v)) + 3)
    experts = sorted(by_expert, key=lambda name: (min(i.start for i in by_expert[name]), name))
    lanes = {name: _lanes(by_expert[name], label_days) for name in experts}
    total = sum(len(v) for v in lanes.values())
    fig, ax = plt.subplots(figsize=(width, 1.4 + 0.32 * total + 0.25 * len(experts)), dpi=130)
    tips: list[tuple[str, str]] = []
    y = 0.0
    ticks: list[tuple[float, str]] = []
    try:
        for group, name in enumerate(experts):
            top = y
            for lane in lanes[name]:
                for item in lane:
                    row = item.row
                    state = verdict(row)
                    colour = COLOURS[state]
                    edge = "#0072B2" if state == "open" else "#333333"
                    gid = f"pred-{len(tips)}"
                    published = row.get("published")
                    if item.end is not None:
                        length = max((item.end - item.start).days + 1, 2)
                        bar = ax.barh(y, length, left=mdates.date2num(item.start), height=0.62, color=colour,
                                      edgecolor=edge, linewidth=0.8, hatch="//" if state == "annulled" else None)
                        bar.patches[0].set_gid(gid)
                        if published and published < item.start:
                            ax.plot([mdates.date2num(published), mdates.date2num(item.start)], [y, y], linestyle=":",
                                    color="#555555", linewidth=0.8)
                        text_at = mdates.date2num(item.end) + 3
                        if item.label_inside(label_days):
                            text_at = mdates.date2num(item.start) + 3
                    else:
                        marker = ax.scatter([mdates.date2num(item.start)], [y], marker=">", s=95, color=colour,
                                            edgecolors=edge, linewidths=0.8, zorder=3)
                        marker.set_gid(gid)
                        text_at = mdates.date2num(item.start) + 4
                    if published and item.end is not None:
                        ax.scatter([mdates.date2num(published)], [y], marker="D", s=16, color="#222222", zorder=4)
                    inside = item.label_inside(label_days)
                    ink = "#ffffff" if inside and state in ("right", "wrong") else "#222222"
                    ax.text(text_at, y, item.label, va="center", ha="left", fontsize=7.5, color=ink)
                    tips.append((gid, _tip(row, state)))
                y += 1
            ticks.append(((top + y - 1) / 2, name))
            if group < len(experts) - 1:
                ax.axhline(y - 0.5 + 0.25, color="#cccccc", linewidth=0.6)
            y += 0.5
        ax.set_yticks([t for t, _ in ticks], [n for _, n in ticks], fontsize=9)
        ax.set_ylim(y - 0.5, -0.8)
        ax.set_xlim(mdates.date2num(first - timedelta(days=5)), mdates.date2num(axis_end))
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.tick_params(axis="x", labelsize=8)
        ax.grid(True, axis="x", color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.set_title(title, fontsize=11, loc="left")
        handles: list[Any] = [Patch(facecolor=COLOURS[k], edgecolor="#0072B2" if k == "open" else "#333333", label=LEGEND[k],
                         hatch="//" if k == "annulled" else None) for k in COLOURS]
        handles.append(plt.Line2D([], [], marker="o", linestyle="", color="#222222", markersize=5, label="event happened"))
        handles.append(plt.Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="#222222",
                                  markersize=5, label="event did not happen"))
        handles.append(plt.Line2D([], [], marker="D", linestyle="", color="#222222", markersize=4, label="source published"))
        handles.append(plt.Line2D([], [], marker=">", linestyle="", color="#666666", markersize=6, label="no time window"))
        fig.legend(handles=handles, loc="lower center", ncol=(len(handles) + 1) // 2, fontsize=8, frameon=False)
        fig.tight_layout(rect=(0, max(0.045, 0.5 / fig.get_figheight()), 1, 1))  # two legend rows below
        if suffix == ".html":
            _write_html(fig, path, title, tips)
        else:
            partial = path.with_name(path.name + ".partial")
            fig.savefig(partial, format=suffix.lstrip("."))
            partial.replace(path)
    finally:
        plt.close(fig)
    return path


def _tip(row: dict[str, Any], state: str) -> str:
    window = (
        f"{row['window_start']} to {row['window_end']}" if row.get("window_start") and row.get("window_end") else "no window"
    )
    parts = [
        f"{row['speaker']}: \u201c{row.get('text') or ''}\u201d",
        f"event: {event_label(str(row.get('event') or ''), bool(row.get('negated')))}",
        f"window: {window}; probability: {row.get('probability')} ({row.get('probability_words') or '-'})",
        _outcome_tip(row, state),
        f"prediction: {row['id']}",
    ]
    return "\n".join(parts)


def _outcome_tip(row: dict[str, Any], state: str) -> str:
    """Return the tooltip's outcome line: what happened to the event, and whether the forecast was right."""
    outcome = row.get("outcome")
    if not outcome:
        return "outcome: not resolved yet"
    when = f" (resolved {row['resolved_on']})" if row.get("resolved_on") else ""
    if state in ("right", "wrong"):
        return f"outcome: {outcome}, the event {event_outcome(outcome)}; the forecast was {state}{when}"
    return f"outcome: {outcome}, {event_outcome(outcome)}; not scored{when}"


def _write_html(fig: Any, path: Path, title: str, tips: list[tuple[str, str]]) -> None:
    """Write the figure as SVG inside an HTML page, with a tooltip (SVG <title>) on each prediction."""
    from io import StringIO

    buffer = StringIO()
    fig.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    for gid, tip in tips:
        tooltip = f"<title>{html.escape(tip)}</title>"
        group = re.search(rf'<g id="{re.escape(gid)}"[^>]*>', svg)
        if group:
            svg = svg[:group.end()] + tooltip + svg[group.end():]
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:1em} svg{max-width:100%;height:auto} "
        "g[id^=pred-]:hover{opacity:.7;cursor:help}</style></head><body>\n"
        f"<p>Hover over a bar or a triangle for the claim, its window and how it turned out.</p>\n{svg}\n</body></html>\n"
    )
    partial = path.with_name(path.name + ".partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(path)


def timeline(store: Store, output: Path) -> Path:
    """Draw the timeline of every prediction in the store to ``output`` (.png, .svg or .html).

    Raises:
        InputError: an unknown suffix, or nothing to draw.
        StoreError: the database cannot be read.
    """
    return draw_timeline(store.scorecard_rows(), output)
