"""Time words -> a date window anchored on the publication date.

"next year", "in the coming months", "by spring", "in February, March at
best, and late January at worst": the phrase is kept as written (the
horizon) and turned into (window_start, window_end). Relative phrases and
their lengths come from ``data/lexicon/horizons.yaml``; calendar phrases
(months, seasons, years) are computed here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ingest.lexicon import load_lexicon

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_CAPS = "|".join(name for name in calendar.month_name if name)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "a few": 3, "a couple of": 2}


@dataclass(frozen=True)
class Horizon:
    """Time words in a text and the window they mean (None without an anchor date)."""

    text: str
    start: int
    end: int
    window_start: date | None = None
    window_end: date | None = None


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@cache
def _lexicon() -> tuple[list[tuple[str, dict[str, int]]], dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    data = load_lexicon("horizons")
    relative = sorted(((k, dict(v)) for k, v in data["relative"].items()), key=lambda kv: len(kv[0]), reverse=True)
    parts = {k: (int(v[0]), int(v[1])) for k, v in data["month_parts"].items()}
    seasons = {k: (int(v[0]), int(v[1])) for k, v in data["seasons"].items()}
    return relative, parts, seasons


def _shift(anchor: date, amount: dict[str, int]) -> date:
    day = anchor + timedelta(days=amount.get("days", 0) + 7 * amount.get("weeks", 0))
    return add_months(day, amount.get("months", 0) + 12 * amount.get("years", 0))


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    window: tuple[date, date] | None
    until: bool  # "by X": the window opens at publication


def _season_window(name: str, year: int | None, anchor: date, which: str | None) -> tuple[date, date]:
    _, _, seasons = _lexicon()
    first, last = seasons[name]
    def span(y: int) -> tuple[date, date]:
        end_year = y + 1 if last < first else y
        return date(y, first, 1), _month_end(end_year, last)
    if year is not None:
        return span(year)
    # The first season of that name that has not ended at publication
    # ("this winter" in December means the winter under way).
    candidate = span(anchor.year - 1 if last < first and anchor.month <= last else anchor.year)
    if candidate[1] < anchor:
        candidate = span(candidate[0].year + 1)
    if which == "next" and candidate[0] <= anchor:
        candidate = span(candidate[0].year + 1)
    return candidate


def _matches(text: str, anchor: date) -> list[_Match]:
    relative, parts, _ = _lexicon()
    found: list[_Match] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, window: tuple[date, date] | None, until: bool = False) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append(_Match(start, end, window, until))

    for phrase, amount in relative:
        for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", text, re.IGNORECASE):
            add(m.start(), m.end(), (anchor, _shift(anchor, amount)))
    numbers = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
    for m in re.finditer(r"\b(?:within|in|over)\s+(?:the\s+next\s+)?(?P<n>\d+|" + numbers + r")\s+(?P<unit>day|week|month|year)s?\b", text, re.IGNORECASE):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        add(m.start(), m.end(), (anchor, _shift(anchor, {m.group("unit").lower() + "s": count})))
    for m in re.finditer(r"\b(?:by\s+)?the\s+end\s+of\s+(?P<which>this|next|the)\s+year\b|\bby\s+(?:the\s+)?year[- ]end\b", text, re.IGNORECASE):
        year = anchor.year + (1 if (m.group("which") or "").lower() == "next" else 0)
        add(m.start(), m.end(), (anchor, date(year, 12, 31)))
    for m in re.finditer(r"\b(?P<which>next|this|the coming)\s+(?P<unit>year|month|week)\b", text, re.IGNORECASE):
        which, unit = m.group("which").lower(), m.group("unit").lower()
        if unit == "year":
            year = anchor.year + (0 if which == "this" else 1)
            window = (anchor if which == "this" else date(year, 1, 1), date(year, 12, 31))
        elif unit == "month":
            first = anchor.replace(day=1) if which == "this" else add_months(anchor.replace(day=1), 1)
            window = (anchor if which == "this" else first, _month_end(first.year, first.month))
        else:
            monday = anchor - timedelta(days=anchor.weekday())
            if which != "this":
                monday += timedelta(days=7)
            window = (anchor if which == "this" else monday, monday + timedelta(days=6))
        add(m.start(), m.end(), window)
    part_words = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    month_pattern = re.compile(
        r"\b(?P<prep>(?:in|by|until|before|during)\s+)?(?:(?P<part>" + part_words + r")[\s-]+)?(?P<month>(?-i:" + _MONTH_CAPS
        + r"))\b(?!\s+\d{1,2}\b)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?",
        re.IGNORECASE,
    )
    for m in month_pattern.finditer(text):
        month = MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else (anchor.year if month >= anchor.month else anchor.year + 1)
        lo, hi = 1, calendar.monthrange(year, month)[1]
        if m.group("part"):
            a, b = parts[re.sub(r"\s+", " ", m.group("part").lower())]
            lo, hi = a, min(b, hi)
        until = (m.group("prep") or "").strip().lower() in ("by", "until", "before")
        add(m.start(), m.end(), (date(year, month, lo), date(year, month, hi)), until)
    _, _, seasons = _lexicon()
    season_words = "|".join(seasons)
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|before|during)\s+)?(?:(?P<which>this|next|the)\s+)?(?P<season>" + season_words + r")\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", text, re.IGNORECASE):
        which = (m.group("which") or "").lower() or None
        window = _season_window(m.group("season").lower(), int(m.group("year")) if m.group("year") else None, anchor, which)
        until = (m.group("prep") or "").strip().lower() in ("by", "until", "before")
        add(m.start(), m.end(), window, until)
    for m in re.finditer(r"\b(?P<prep>in|by|until|before|during)\s+(?P<year>(?:19|20)\d\d)\b", text, re.IGNORECASE):
        year = int(m.group("year"))
        until = m.group("prep").lower() != "in" and m.group("prep").lower() != "during"
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), until)
    found.sort(key=lambda match: match.start)
    return found


_JOIN = re.compile(r"\A(?:[\s,;]|and\b|or\b|at\s+(?:the\s+)?(?:best|worst|latest|earliest)\b|to\b|through\b|until\b|[-–—])*\Z", re.IGNORECASE)
_TAIL = re.compile(r"\A\s*,?\s*at\s+(?:the\s+)?(?:best|worst|latest|earliest)\b", re.IGNORECASE)


def find_horizon(text: str, published: date | None) -> Horizon | None:
    """Return the first time phrase of ``text`` and its window, or None without one.

    Adjacent phrases joined by commas, "and", "or", "at best/at worst" form
    one horizon whose window covers them all. Without ``published`` the
    phrase is still returned, with no window.
    """
    anchor = published or date(2000, 1, 3)
    matches = _matches(text, anchor)
    if not matches:
        return None
    group = [matches[0]]
    for match in matches[1:]:
        if _JOIN.match(text[group[-1].end : match.start]):
            group.append(match)
        else:
            break
    start, end = group[0].start, group[-1].end
    tail = _TAIL.match(text[end:])
    if tail:
        end += tail.end()
    windows = [m.window for m in group if m.window]
    if not published or not windows:
        return Horizon(text[start:end], start, end)
    window_start = min(w[0] for w in windows)
    if any(m.until for m in group):
        window_start = published
    return Horizon(text[start:end], start, end, max(window_start, published) if window_start < published and not any(m.until for m in group) else window_start, max(w[1] for w in windows))
