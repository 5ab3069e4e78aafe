"""Time words -> a date window anchored on the publication date.

"next year", "in the coming months", "by spring", "in May, June at the
latest, or early April at the soonest": the phrase is kept as written (the
horizon) and turned into (window_start, window_end). Relative phrases and
their lengths come from ``data/lexicon/horizons.yaml``; calendar phrases
(months, seasons, years, "mid-next year") are computed here.

The forms, with P the publication date (every relative phrase counts from it):
- vague near-future words ("soon", "shortly", "imminent", "in the near
  future", "in the coming months"): P to P + a length from the lexicon.
  These lengths are OUR CONVENTION, marked so in the lexicon: TimeML's
  TIMEX3 normalises such words to FUTURE_REF, a future with no extent, so
  there is no standard length to cite.
- "tomorrow", "the day after tomorrow": that day; a weekday in a clause set in
  the future ("will meet on Thursday", "may meet on Thursday", "could sign on
  Friday or Saturday"): the first such day after P ("next
  Thursday": the one of the following week); "this week" / "as early as this week": P to
  that Sunday; "the week that begins": P to the Sunday after the first
  Monday on or after P ("... begins on March 13": that week);
- "this year", "later this year", "for the year": P to December 31; "by
  next year": P to the end of next year; "early/mid/late next year" (or
  "mid-2025", "in the second half of 2025"): its first four / middle four /
  last four months (its halves); "in May next year", "in late May next
  year": that month (its part) of next year; "at the end of next month":
  its days 21 to the end, "at the end of next week" its Friday to Sunday
  ("by the end of" either: P to its last day); "tonight": P;
- "in six months", "over the next five years", "the next 10 years", "in
  the first few years" ("few" = 3, "several" = 6), "for six months", what
  "could take up to six months" or "will last about two weeks": P to
  P + that length; a range ("within
  two to three months", "in 2-3 weeks", "within a year or two"): P to P +
  the longer; "within a year and a half", "in two and a half years",
  "within half a year": P to P + those months; "before the end of the decade": P to December 31 of its
  ninth year (2029 for the 2020s);
- a quarter ("in the third quarter of 2026", "by Q1 2027", "in the first
  quarter of next year"): its three months; without a year, the quarter of
  P's year, or no horizon when it is over at P ("grew in the first
  quarter" is narration);
- a month without a year ("in June"): the next such month from P on (the
  current month counts, from P); "on March 3" / "on 3 March" without a
  year: that day of P's year, or no horizon when it is past at P (then it
  is narration), unless its clause is set in the future ("will hold the
  vote on February 25", written in November: next February; pass the
  parsed ``span``); a span of days ("March 20-26", "between 3 and 7 May");
- an event dated by a month ("in the November election", "before the
  March 2024 vote"): that month; "after the March election", "after the
  presidential election in March": from the first day of the next month,
  with no end (the event's day is unknown); the event nouns are data.

Rules a user relies on:
- Alternatives and lists ("in January-February or March-April", "in June,
  July or August") give ONE window covering them all, from the earliest
  start to the latest end: a prediction is one row with one window, and
  it came true if the event happened in any of the alternatives.
- "by X", "until X", "no later than X": the window opens at publication and ends with X;
  "before X" ends the day before X begins ("before winter": November 30,
  "before 2027": December 31, 2026), except where X has already begun at
  publication or is an event only dated by its month ("before the May
  2024 election" ends with May, as the day is unknown); "no earlier than 2027", "not before 2027", "not until 2027": it
  opens on January 1 of that year ("not before May": the first of the next
  May) and has no end.
- "from March 16", "from 1 January 2027", "starting on July 1", "as of 1 May":
  that day (the next one, without a year) and no end; "after March 20": the
  day after, and no end; "no earlier than" or
  "at the earliest" before any time phrase ("no earlier than next spring",
  "at the earliest in June"): from its start, no end. "until/by/before the
  weekend": to the Sunday ahead; "at year-end": to December 31; an event dated
  by its day ("at its March 20 meeting"): that day. "The summer recess /
  holidays / break" is July and August (our convention: the break of
  parliaments and offices), so "before the summer recess" ends on June 30.
- An absolute date ("in 2026", "in November 2023", "spring 2024", "by the
  end of spring 2023", "before March 2024") gets its window even without a
  publication date; relative ones ("next year", "soon", "in June") need
  that date and otherwise keep only their words, with no window.
- The past is no horizon: "earlier this year", "last week", a day or year
  already over at publication.
- A season or month word counts only as a noun: "prices will fall" is no
  autumn, "May" the modal is no month (pass the parsed ``span`` to
  ``find_horizon`` for this check).
- An event anchor ("after the drills", "as long as the war lasts", "in the
  run-up to the vote", "this day") is no date: ``find_anchor`` keeps its
  words as the horizon, with no window, unless the article itself dates
  the event (``date_anchors``: "the drills, set for February 10-20" makes
  "after the drills" open on February 21, with no end; "after that" opens
  after the window the sentence before names), or the event is one of the
  domain's calendar whose day follows a known rule (``calendar_anchor``:
  "before the US elections", "on the anniversary of the large-scale
  invasion"). No other date is ever invented for an event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from spacy.tokens import Span, Token

from graph.model import Extraction
from ingest.events import LIKELIHOOD_ADJECTIVES, foreseen_aside
from ingest.lexicon import load_lexicon
from ingest.prediction_words import forecasting_verbs, words
from ingest.read import body_start

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_CAPS = "|".join(name for name in calendar.month_name if name)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "a": 1, "a few": 3, "few": 3, "a couple of": 2,
                 "several": 6}  # "several": our convention, the longer reading (as for a range, "two to three")

_UNTIL_AT_LEAST = re.compile(r"\b(?:until|till|through)\s+(at\s+least)\s", re.IGNORECASE)



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


def month_end(year: int, month: int) -> date:
    """The last day of ``month`` of ``year``."""
    return date(year, month, calendar.monthrange(year, month)[1])


@cache
def _lexicon() -> tuple[list[tuple[str, dict[str, int]]], dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    data = load_lexicon("horizons")
    relative = sorted(((k, dict(v)) for k, v in data["relative"].items()), key=lambda kv: len(kv[0]), reverse=True)
    parts = {k: (int(v[0]), int(v[1])) for k, v in data["month_parts"].items()}
    seasons = {k: (int(v[0]), int(v[1])) for k, v in data["seasons"].items()}
    return relative, parts, seasons


@cache
def _relative_patterns() -> list[tuple[str, re.Pattern[str], dict[str, int]]]:
    """The relative phrases of the lexicon (lower-cased, and compiled), compiled once, longest first."""
    return [(phrase.lower(), re.compile(r"\b" + re.escape(phrase) + r"\b", re.IGNORECASE), amount)
            for phrase, amount in _lexicon()[0]]


@cache
def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first (built once per word list)."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


#: A count of days ... years counted from an event the sentence names ("within six months of taking office", "in the
#: first 100 days after the election", "within a year of the deal being signed"): up to six words after "of",
#: "after" or "from", short of a comma or a clause's conjunction. A date after them ("from now", "of next year",
#: "of 2027") is no event: the count is then read as before.
_FROM_EVENT = re.compile(
    r"\b(?:within|in)\s+(?:the\s+first\s+)?(?:\d+|" + _alternation(tuple(_NUMBER_WORDS))
    + r")(?:\s*(?:to|or|-|–)\s*(?:\d+|\w+))?\s+(?:day|week|month|year)s?[\"”]?\s+(?:of|after|from)\s+(?!(?:now|today|publication|next|this|last|the\s+(?:year|month|week|coming|current))\b|(?:19|20)\d\d\b|(?-i:"
    + _MONTH_CAPS + r"))[\w'’-]+(?:\s+(?!(?:if|when|unless|and|but|or|because|while|than|so)\b)[\w'’-]+){0,5}",
    re.IGNORECASE)


@cache
def _vague() -> tuple[str, ...]:
    return tuple(str(e) for e in load_lexicon("horizons")["vague"])


@cache
def _dated_events() -> tuple[str, ...]:
    return tuple(str(e) for e in load_lexicon("horizons")["dated_events"])


def _count(word: str) -> int:
    """The number a count's word gives ("6", "six", "a few")."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _counted(anchor: date, count: int, unit: str) -> tuple[date, date]:
    """The window from ``anchor`` to ``count`` ``unit``s after it: a decade is ten years, a fortnight two weeks, a
    quarter three months, hours count as days begun."""
    count, unit = (count * 10, "year") if unit == "decade" else (count * 2, "week") if unit == "fortnight" \
        else (count * 3, "month") if unit == "quarter" else (-(-count // 24), "day") if unit == "hour" else (count, unit)
    return anchor, _shift(anchor, {unit + "s": count})


def _shift(anchor: date, amount: dict[str, int]) -> date:
    day = anchor + timedelta(days=amount.get("days", 0) + 7 * amount.get("weeks", 0))
    return add_months(day, amount.get("months", 0) + 12 * amount.get("years", 0))


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    window: tuple[date, date] | None
    until: bool  # "by X": the window opens at publication
    absolute: bool = False  # the window does not depend on the publication date
    since: bool = False  # "no earlier than X": the window opens with X and has no end


def season_part(window: tuple[date, date], part: str | None) -> tuple[date, date]:
    """The month of a season's ``window`` that ``part`` names: "late summer" its last month, "early" its first, "mid" its
    middle one (never before the window opens); the whole window without a part."""
    if not part:
        return window
    start = add_months(window[1].replace(day=1), {"early": -2, "mid": -1, "late": 0}[part.lower()])
    return max(start, window[0]), month_end(start.year, start.month)


def season_window(name: str, year: int | None, anchor: date, which: str | None) -> tuple[date, date]:
    """The first and last day of the season ``name`` (``seasons`` in the lexicon) of ``year`` (a winter runs into the
    next year), or, without a year, of the first such season not over at ``anchor`` (the next one with ``which``
    "next")."""
    _, _, seasons = _lexicon()
    first, last = seasons[name]
    def span(y: int) -> tuple[date, date]:
        end_year = y + 1 if last < first else y
        return date(y, first, 1), month_end(end_year, last)
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


def _next_year(day: date) -> date | None:
    """Return the same day a year later, or None for February 29 without one."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return None


def _until(prep: str | None) -> bool:
    """True for a preposition that closes a window at what it names: "by", "until", "before", "no later than",
    "through" ("through the end of next year", "through 2027": from now to then)."""
    return re.sub(r"\s+", " ", (prep or "").strip().lower()) in ("by", "until", "till", "through", "before", "ahead of", "no later than")


def _is_before(m: re.Match[str]) -> bool:
    """True when the match's ``prep`` group is "before" or "ahead of" (the window closes the day before what it names)."""
    return re.sub(r"\s+", " ", (m.group("prep") or "").strip().lower()) in ("before", "ahead of")


def _named_day(m: re.Match[str], anchor: date) -> date | None:
    """Return the day a match with ``month``, ``day`` and optional ``year`` groups names (the anchor's year
    when it gives none), or None when the month has no such day."""
    month, day_number = MONTHS[m.group("month").lower()], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else anchor.year
    if day_number > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day_number)


class _Lazy:
    """Offsets computed from the parse on the first question asked of them: most texts never ask."""

    def __init__(self, compute: Callable[[], frozenset[int]]) -> None:
        self._compute = compute
        self._offsets: frozenset[int] | None = None

    def __contains__(self, offset: object) -> bool:
        if self._offsets is None:
            self._offsets = self._compute()
        return offset in self._offsets


def _matches(text: str, anchor: date, verbs: Container[int] = frozenset(), future: Container[int] = frozenset(),
             modifiers: Container[int] = frozenset()) -> list[_Match]:
    """Return the time phrases of ``text``; ``verbs`` holds the offsets of words used as verbs, ``future``
    those of words in a clause set in the future, ``modifiers`` those of words that modify a noun after them."""
    _, parts, seasons = _lexicon()
    season_words = "|".join(seasons)
    found: list[_Match] = []
    taken: list[tuple[int, int]] = []
    # "until at least October" is "until October" (the state lasts to then at the least): the words are blanked,
    # offsets kept
    text = _UNTIL_AT_LEAST.sub(lambda m: m.group(0).replace(m.group(1), " " * len(m.group(1))), text)

    def add(start: int, end: int, window: tuple[date, date] | None, until: bool = False, absolute: bool = False,
            since: bool = False, before: bool = False) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        if before and window and window[0] - timedelta(days=1) >= anchor:
            # "before March", "before winter", "before 2027": up to the day before X begins
            window, until = (window[0] - timedelta(days=1),) * 2, True
        taken.append((start, end))
        found.append(_Match(start, end, window, until, absolute, since))

    def block(pattern: str) -> None:
        """Take the phrases of ``pattern`` out of reach: they name the past, not a horizon."""
        for m in re.finditer(pattern, text, re.IGNORECASE):
            taken.append((m.start(), m.end()))

    # "before the summer recess", "after the summer holidays": our convention, July and August (the break of
    # parliaments and offices in the region), of this year or, once over, the next
    for m in re.finditer(r"\b(?P<prep>in|at|by|before|until|ahead\s+of|during|after|following)\s+(?:the|(?-i:[A-Z][\w-]*)['’]s)\s+summer\s+"
                         r"(?:recess|break|holidays?|vacations?)\b", text, re.IGNORECASE):
        year = anchor.year if anchor <= date(anchor.year, 8, 31) else anchor.year + 1
        prep = re.sub(r"\s+", " ", m.group("prep").lower())
        if prep in ("after", "following"):
            add(m.start(), m.end(), (date(year, 9, 1),) * 2, since=True)
        else:
            add(m.start(), m.end(), (date(year, 7, 1), date(year, 8, 31)), prep in ("by", "until", "ahead of"), before=prep == "before")
    # "in the autumn of next year", "by the spring of this year", "in early summer of next year": that year's season
    # (its part), before "next year" alone could take the words
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|before|during|through)\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
                         r"(?P<season>" + season_words + r")\s+of\s+(?P<rel>next|this)\s+year\b", text, re.IGNORECASE):
        if m.start("season") in verbs:
            continue
        year = anchor.year + (m.group("rel").lower() == "next")
        window = season_part(season_window(m.group("season").lower(), year, anchor, None), m.group("part"))
        add(m.start(), m.end(), window, _until(m.group("prep")), before=(m.group("prep") or "").strip().lower() == "before")
    # "this year or next": the two years, one window (the "next" is elliptical for "next year")
    for m in re.finditer(r"\b(?:this|the\s+current)\s+year\s+or\s+(?:the\s+)?next(?:\s+(?:year|one))?\b(?!\s+(?:month|week|decade))",
                         text, re.IGNORECASE):
        add(m.start(), m.end(), (anchor, date(anchor.year + 1, 12, 31)))
    # "no earlier than 2027", "not before 2027", "not until 2027": the window opens with that year and has
    # no end (as "after the drills" once the drills are dated); "by 2027" would say the opposite.
    # (translated copy: "not earlier than in 2027", "not later"/"not sooner than")
    for m in re.finditer(r"\b(?i:no[t]?\s+(?:earlier|sooner)\s+than(?:\s+in)?|not\s+(?:before|until|till))\s+(?:(?P<month>" + _MONTH_CAPS
                         + r")\s*)?(?P<year>(?:19|20)\d\d)?\b", text):
        if not (m.group("month") or m.group("year")):
            continue
        if m.group("month"):  # "no earlier than May": the next May from P on (the current month counts)
            month = MONTHS[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else (anchor.year if month >= anchor.month else anchor.year + 1)
            add(m.start(), m.end(), (date(year, month, 1), month_end(year, month)), absolute=bool(m.group("year")), since=True)
        else:
            year = int(m.group("year"))
            add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), absolute=True, since=True)

    # "no earlier than late spring", "not before the autumn": the window opens with that season (its part: early the
    # first month, mid the second, late the last) and has no end
    for m in re.finditer(r"\b(?:not?\s+(?:earlier|sooner)\s+than|not\s+(?:before|until|till))\s+(?:the\s+)?(?P<part>early|mid|late)?[\s-]*"
                         r"(?P<season>" + season_words + r")\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", text, re.IGNORECASE):
        season_start, season_end = season_window(m.group("season").lower(), int(m.group("year")) if m.group("year") else None, anchor, None)
        thirds = [add_months(season_start, k) for k in range(3)]
        opens = {"early": thirds[0], "mid": thirds[1], "late": thirds[2]}.get((m.group("part") or "").lower(), season_start)
        add(m.start(), m.end(), (opens, season_end), absolute=bool(m.group("year")), since=True)
    # "after 2026", "beyond 2030": from the next year on, no end
    for m in re.finditer(r"\b(?:after|beyond)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–)\s*\d)", text, re.IGNORECASE):
        year = int(m.group("year")) + 1
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), absolute=True, since=True)

    # "as of next year", "starting next month", "from next week": from its first day on, no end
    for m in re.finditer(r"\b(?:from|starting(?:\s+(?:in|from))?|as\s+(?:of|from))\s+next\s+(?P<unit>year|month|week)\b"
                         r"(?!\s*(?:-|–|—|to\b|until\b|till\b|through\b))", text, re.IGNORECASE):
        unit = m.group("unit").lower()
        first = date(anchor.year + 1, 1, 1) if unit == "year" else add_months(anchor.replace(day=1), 1) if unit == "month" \
            else anchor + timedelta(days=7 - anchor.weekday())
        add(m.start(), m.end(), (first, first), since=True)

    # "from January 2027", "starting in May", "as of 2028": from its first day on, no end ("from May to July" is a span)
    # ("from next October": the next such month after the current one; "from this September" as "from September";
    # "from May next year", "from May of next year": that month of the next year)
    for m in re.finditer(r"\b(?:from|starting(?:\s+(?:in|from))?|as\s+(?:of|from))\s+(?:(?:(?P<next>next\s+)|this\s+)?(?P<month>(?-i:"
                         + _MONTH_CAPS + r"))(?!\s+\d{1,2}\b)(?:\s+(?:of\s+)?(?P<nextyear>next\s+year)\b)?\s*)?(?P<year>(?:19|20)\d\d)?\b"
                         # (a year left behind is no "from <month>"; "and to 4,000 by 2028" goes on with another figure)
                         r"(?!\s*(?:-|–|—|to\b|until\b|till\b|through\b|and\b(?!\s+(?:to|by|then)\b)|levels?\b|figures?\b|prices?\b|(?:19|20)\d\d))",
                         text, re.IGNORECASE):
        if not (m.group("month") or m.group("year")):
            continue
        if m.group("month"):
            month = MONTHS[m.group("month").lower()]
            later = month > anchor.month or month == anchor.month and not m.group("next")
            year = int(m.group("year")) if m.group("year") else anchor.year + 1 if m.group("nextyear") or not later else anchor.year
        else:
            month, year = 1, int(m.group("year"))
        add(m.start(), m.end(), (date(year, month, 1),) * 2, absolute=bool(m.group("year")), since=True)

    # "from March 16", "from 1 January 2027", "starting on July 1", "as of 1 May": from that day on, no end
    # ("after March 20": from the day after)
    for m in re.finditer(r"\b(?:from|starting(?:\s+(?:on|from))?|as\s+(?:of|from)|effective|(?P<after>after))\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>(?-i:"
                         + _MONTH_CAPS + r"))|(?P<month2>(?-i:" + _MONTH_CAPS + r"))\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
                         r"(?!\s*(?:-|–|—|to\b|until\b|till\b|through\b|and\b))", text, re.IGNORECASE):
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        year = int(m.group("year")) if m.group("year") else anchor.year
        number = int(m.group("day") or m.group("day2"))
        if number > calendar.monthrange(year, month)[1]:
            continue
        day: date | None = date(year, month, number)
        if day is not None and day < anchor and m.group("after") and (m.group("year") or m.start() not in future):
            continue  # "rose after March 2": a day already past is no horizon (but "will apply after March 2": the next)
        if day is not None and day < anchor and not m.group("year"):
            day = _next_year(day)  # (the next such day, as "from May" is the next May)
        if day is not None and m.group("after"):
            day += timedelta(days=1)
        if day is not None:
            add(m.start(), m.end(), (day, day), absolute=bool(m.group("year")), since=True)

    # "as soon as July": the time after it is the horizon (its words lead it), not "soon" ("as soon as possible" is)
    block(r"\bas\s+soon\b(?=\s+as\s+(?!possible\b))")
    # "before Christmas next year", "by Easter 2027": the year dates the calendar's day (an event anchor,
    # calendar_anchor), it is no horizon of its own
    if _YEAR_AFTER.search(text):  # (the long pattern only where a year is named at all)
        block(_calendar_day_in_year())
    # "the lowest level in four years", "for the first time in a decade": a record counted back from now, no horizon
    block(r"\b(?:\w+est|first|most)\b(?:\s+[\w%-]+){0,4}?\s+in\s+(?:(?:more\s+than|over|almost|nearly|at\s+least)\s+)?(?:a|an|\d+|"
          + _alternation(tuple(_NUMBER_WORDS)) + r")\s+(?:years?|months?|decades?|weeks?)\b")
    # "earlier this year", "last week", "so far this year": the past; "this year" inside them is no horizon.
    block(r"\b(?:earlier|so\s+far|last|past|previous)\s+(?:this|that|the|last)?\s*(?:year|month|week|day)s?\b")
    # "last autumn", "since March", "since the spring": a season, month or weekday counted back from now
    block(r"\b(?:last|since)\s+(?:the\s+)?(?:" + _alternation((*_lexicon()[2], *MONTHS, *(d.lower() for d in calendar.day_name)))
          + r")\b")

    # "in the November election", "before the March 2024 vote": an event the text dates by its month.
    events = _alternation(_dated_events())
    # "after the March election", "after the presidential election in March": from the month after, no end.
    # (or a possessive for "the": "before Russia's September Duma elections")
    dated_event = (r"\b(?P<prep>in|at|by|before|until|ahead\s+of|during|after|following)\s+(?:the|its|their|(?-i:[A-Z][\w-]*)['’]s)\s+(?:(?P<month>(?-i:"
                   + _MONTH_CAPS + r"))(?:\s+(?P<day>\d{1,2})(?!\d))?(?:\s+(?P<year>(?:19|20)\d\d))?(?:\s+[a-z-]+){0,2}?\s+(?:" + events
                   + r")\b|(?:[a-z-]+\s+){0,3}?(?:" + events
                   + r")\s+in\s+(?P<month2>(?-i:" + _MONTH_CAPS + r"))(?:\s+(?P<year2>(?:19|20)\d\d))?\b)")
    for m in re.finditer(dated_event, text, re.IGNORECASE):
        prep = re.sub(r"\s+", " ", m.group("prep").lower())
        if m.group("month2") and prep in ("in", "at", "during"):
            continue  # "in the election in March": the month alone says it (below); "by the summit in July": until then
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        written = m.group("year") or m.group("year2")
        year = int(written) if written else (anchor.year if month >= anchor.month else anchor.year + 1)
        if m.group("day") and 1 <= int(m.group("day")) <= calendar.monthrange(year, month)[1]:
            # "at its March 20 meeting": that day ("after" it: from the next day on, no end)
            meeting: date | None = date(year, month, int(m.group("day")))
            if meeting is not None and meeting < anchor and not written:
                meeting = _next_year(meeting)
            if meeting is not None and prep in ("after", "following"):
                add(m.start(), m.end(), (meeting + timedelta(days=1),) * 2, absolute=bool(written), since=True)
            elif meeting is not None:
                add(m.start(), m.end(), (meeting, meeting), prep in ("by", "before", "until", "ahead of"), bool(written), before=prep == "before")
            continue
        if prep in ("after", "following"):
            day = month_end(year, month) + timedelta(days=1)  # the event's day is unknown: after its month
            add(m.start(), m.end(), (day, day), absolute=bool(written), since=True)
            continue
        until = prep in ("by", "before", "until", "ahead of")
        add(m.start(), m.end(), (date(year, month, 1), month_end(year, month)), until, bool(written))

    # "the week that begins (on March 6)": that week, from publication to its Sunday; without a
    # day, the week of the first Monday on or after publication.
    for m in re.finditer(r"\b(?:the|a)\s+week\s+that\s+(?:begins|starts)\b(?:\s+on\s+(?P<month>(?-i:" + _MONTH_CAPS + r"))\s+(?P<day>\d{1,2})\b)?",
                         text, re.IGNORECASE):
        first = anchor + timedelta(days=(7 - anchor.weekday()) % 7)
        opens = anchor
        if m.group("month"):
            month, day_number = MONTHS[m.group("month").lower()], int(m.group("day"))
            if day_number > calendar.monthrange(anchor.year, month)[1]:
                continue
            first = opens = date(anchor.year, month, day_number)
            if first < anchor:
                continue  # a week already begun before publication is narration
        add(m.start(), m.end(), (opens, first + timedelta(days=6)))

    # "for the year", "over the whole year", "for the rest of the year": the publication year.
    for m in re.finditer(r"\b(?:for|over|during|throughout|in)\s+the\s+(?:(?:full|whole|current|entire|rest\s+of\s+the)\s+)?year\b"
                         r"(?!\s*(?:ahead|to\s+come|ended|ending|before|earlier|ago|of\b|(?:19|20)\d\d))", text, re.IGNORECASE):
        if re.match(r"in\s+the\s+year\Z", m.group(0), re.IGNORECASE):
            continue  # "in the year" alone names no year
        add(m.start(), m.end(), (anchor, date(anchor.year, 12, 31)))
    # "in the year 2030": that year.
    # (translated copy drops the article: "in year 2026")
    for m in re.finditer(r"\b(?P<prep>in|by|until|before|ahead\s+of|for)\s+(?:the\s+)?year\s+(?P<year>(?:19|20)\d\d)\b", text, re.IGNORECASE):
        year = int(m.group("year"))
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), _until(m.group("prep")), True,
            before=_is_before(m))

    # "its 2026 growth forecast", "the 2027 outlook": the year a forecast is for (forecast_nouns), that year
    for m in re.finditer(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,3}?(?:" + _alternation(tuple(sorted(words().forecast_nouns)))
                         + r")s?\b", text, re.IGNORECASE):
        year = int(m.group("year"))
        add(m.start("year"), m.end("year"), (date(year, 1, 1), date(year, 12, 31)), absolute=True)

    # "early next month", "by mid-next month", "late this month": that part of the month (month_parts: early the
    # first ten days, mid the next ten, late the rest)
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|before|ahead\s+of|during)\s+)?(?P<part>early|mid|late)[\s-]+(?P<which>next|this)\s+month\b",
                         text, re.IGNORECASE):
        month_start = add_months(date(anchor.year, anchor.month, 1), 1 if m.group("which").lower() == "next" else 0)
        first_day, last_day = parts[m.group("part").lower()]
        last_day = min(last_day, calendar.monthrange(month_start.year, month_start.month)[1])
        add(m.start(), m.end(), (month_start.replace(day=first_day), month_start.replace(day=last_day)), _until(m.group("prep")),
            before=_is_before(m))
    # "mid-next year", "(by) the middle of next year", "early next year", "late this year"
    for m in re.finditer(
        r"\b(?P<prep>(?:in|by|until|till|through|before|ahead\s+of|during|no\s+later\s+than)\s+)?(?:the\s+)?(?P<part>mid|middle\s+of|early|beginning\s+of|start\s+of|late|end\s+of|end(?=-)|second\s+half\s+of|first\s+half\s+of)"
        r"[\s-]*(?:(?:(?P<which>next|this|the\s+coming|the)\s+|(?<=of\s)|(?<=mid)|(?<=mid[\s-]))year|(?<=[\s-])(?:of\s+)?(?P<year>(?:19|20)\d\d))\b",
        text, re.IGNORECASE):
        absolute = m.group("year") is not None  # "mid-2025", "in the second half of 2025", "by late 2025"
        # "the year": the current one, as "this year" (and, in translated copy, "till end of year")
        which = "" if absolute else (m.group("which") or "the").lower()
        year = int(m.group("year")) if absolute else anchor.year + (0 if which in ("this", "the") else 1)
        part = re.sub(r"\s+", " ", m.group("part").lower())
        months = {"mid": (5, 8), "middle of": (5, 8), "early": (1, 4), "beginning of": (1, 3), "start of": (1, 3),
                  "late": (9, 12), "end of": (10, 12), "end": (10, 12), "first half of": (1, 6), "second half of": (7, 12)}[part]
        if part == "mid" and not absolute and not m.group("which") and month_end(year, months[1]) < anchor:
            year += 1  # "by mid-year" written in December: next year's
        until = _until(m.group("prep"))
        add(m.start(), m.end(), (date(year, months[0], 1), month_end(year, months[1])), until, absolute,
            before=_is_before(m) and part not in ("end of", "end"))
    # "in the third quarter of 2026", "by the first quarter of next year", "Q3 2026", "in the fourth quarter":
    # that quarter (without a year, the next one from publication on; the current one counts).
    ordinals = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
    for m in re.finditer(
        r"\b(?:(?P<prep>in|by|until|before|ahead\s+of|during|no\s+later\s+than)\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?(?:(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+quarter"
        r"(?:\s+of\s+(?:(?P<which>this|next|the)\s+year|(?P<year>(?:19|20)\d\d)))?|(?-i:Q)(?P<q>[1-4])(?:(?:\s+|-|/)?(?P<qyear>(?:19|20)\d\d))?)\b",
        text, re.IGNORECASE):
        quarter = int(m.group("q")) if m.group("q") else ordinals[m.group("ord").lower()]
        written = m.group("year") or m.group("qyear")
        if written:
            year = int(written)
        elif m.group("which"):
            year = anchor.year + (1 if m.group("which").lower() == "next" else 0)
        elif (m.group("ord") or "").lower() == "last":
            continue  # "in the last quarter" alone is the one just ended
        elif anchor.month > 3 * quarter and m.start() in future:
            year = anchor.year + 1  # "forecasts a rebound in the first quarter", written in November: next year's
        elif anchor.month > 3 * quarter:
            taken.append((m.start(), m.end()))  # a quarter over at publication: narration ("grew in the first quarter")
            continue
        else:
            year = anchor.year
        first = date(year, 3 * quarter - 2, 1)
        until = _until(m.group("prep"))
        add(m.start(), m.end(), (first, month_end(year, 3 * quarter)), until, bool(written), before=_is_before(m))
    # "by the end of H1", "in H2 2027": that half of the year (without a year, the next one from publication on;
    # the current one counts), as the quarters above
    # ("through the first half", "in the second half" with no "of ...": the same halves of the year)
    for m in re.finditer(r"\b(?:(?P<prep>in|by|until|through|before|ahead\s+of|during|no\s+later\s+than)\s+)?(?:the\s+end\s+of\s+)?"
                         r"(?:(?-i:H)(?P<h>[12])(?:(?:\s+|-|/)?(?P<year>(?:19|20)\d\d))?\b|the\s+(?P<which>first|second)\s+half\b(?!\s+of\b|-))",
                         text, re.IGNORECASE):
        half = int(m.group("h")) if m.group("h") else 1 if m.group("which").lower() == "first" else 2
        if m.group("year"):
            year = int(m.group("year"))
        elif anchor.month > 6 * half:
            year = anchor.year + 1 if m.start() in future else 0
            if not year:
                taken.append((m.start(), m.end()))  # a half over at publication: narration
                continue
        else:
            year = anchor.year
        add(m.start(), m.end(), (date(year, 6 * half - 5, 1), month_end(year, 6 * half)), _until(m.group("prep")) or "end of" in m.group(0),
            bool(m.group("year")), before=_is_before(m))
    # "fiscal 2027", "fiscal year 2027", "FY2027", "in the 2027 fiscal year": that year (our convention: the budget
    # years of the region's states are calendar years; a US or UK fiscal year is not told apart)
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|before|ahead\s+of|during|for)\s+)?(?:(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<year>(?:19|20)\d\d)\b"
                         r"|the\s+(?P<year2>(?:19|20)\d\d)\s+(?:fiscal|financial|budget)\s+year\b)", text, re.IGNORECASE):
        year = int(m.group("year") or m.group("year2"))
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), _until((m.group("prep") or "").strip() or None), True,
            before=_is_before(m))
    # "the day after tomorrow", "tomorrow": that day
    for m in re.finditer(r"\b(?P<after>(?:the\s+)?day\s+after\s+)?tomorrow\b", text, re.IGNORECASE):
        day = anchor + timedelta(days=2 if m.group("after") else 1)
        add(m.start(), m.end(), (day, day))
    # "on Thursday", "by Friday", "next Tuesday": a weekday still to come. In a clause set in the future, the first
    # such day after publication (a day of its week, or the next); "next" the one of the following week. Elsewhere
    # the weekday is the writer's ("said on Thursday"), no horizon.
    weekdays = "|".join(calendar.day_name)
    for m in re.finditer(r"\b(?:(?P<prep>on|by|until|before|ahead\s+of|from|next|this)\s+)?(?P<day>(?-i:" + weekdays + r"))\b(?!\s*,?\s*(?:" + _MONTH_CAPS
                         + r"|\d))", text, re.IGNORECASE):
        prep = (m.group("prep") or "").lower()
        weekday = list(calendar.day_name).index(m.group("day").capitalize())
        if prep == "next":
            day = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 + weekday)
        elif m.start("day") in future:
            day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        else:
            continue
        add(m.start(), m.end(), (day, day), prep in ("by", "until", "before"), before=prep == "before")
    # "before the end of the decade", "by the end of this decade": P to the last day of the decade (2020-2029)
    # ("by the end of the next decade": of the calendar decade after this one)
    for m in re.finditer(r"\b(?:by|before|until)\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?P<next>next\s+)?decade\b", text, re.IGNORECASE):
        add(m.start(), m.end(), (anchor, date(anchor.year - anchor.year % 10 + (19 if m.group("next") else 9), 12, 31)), True)
    # "by the end of the century", "in this century", "this century" in a clause set in the future: to the last
    # day of the century's last year (2099, as the decades: 2000-2099)
    for m in re.finditer(r"\b(?:(?P<until>by|before|until)\s+the\s+end\s+of\s+(?:the|this)\s+century|(?:(?:in|during|within)\s+)?this\s+century)\b",
                         text, re.IGNORECASE):
        if m.group("until") or m.start() in future:
            add(m.start(), m.end(), (anchor, date(anchor.year // 100 * 100 + 99, 12, 31)), bool(m.group("until")))
    # "in the coming quarter", "next quarter": the calendar quarter after the current one; "this quarter", "the
    # current quarter": the current one
    for m in re.finditer(r"(?<!end of )\b(?P<prep>(?:in|by|during|over|until|before|for)\s+)?(?:the\s+)?(?P<which>coming|next|this|current)\s+quarter\b(?!s)",
                         text, re.IGNORECASE):
        first = date(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 1)
        if m.group("which").lower() in ("coming", "next"):
            first = add_months(first, 3)
        third = add_months(first, 2)
        last = month_end(third.year, third.month)
        add(m.start(), m.end(), (max(first, anchor), last), _until(m.group("prep")), before=_is_before(m))
    # "by the turn of the year": to the last day of this year; "at/around the turn of the year": its last month and
    # the next one's first (the days either side of the new year)
    for m in re.finditer(r"\b(?P<prep>by|before|until|at|around|over)\s+the\s+turn\s+of\s+the\s+year\b", text, re.IGNORECASE):
        year_end = date(anchor.year, 12, 31)
        if m.group("prep").lower() in ("by", "before", "until"):
            add(m.start(), m.end(), (anchor, year_end), True)
        else:
            add(m.start(), m.end(), (max(anchor, date(anchor.year, 12, 1)), date(anchor.year + 1, 1, 31)))
    # "by the end of 2020", "before the end of 2024": absolute
    for m in re.finditer(r"\b(?P<prep>by|before|ahead\s+of|until)\s+the\s+end\s+of\s+(?P<year>(?:19|20)\d\d)\b", text, re.IGNORECASE):
        year = int(m.group("year"))
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), True, True)

    # "within six months of taking office", "in the first 100 days after the election": counted from an event, not
    # from publication; the words are the horizon, with no window (the event's day is not known here)
    for m in _FROM_EVENT.finditer(text):
        add(m.start(), m.end(), None)
    # "in due course", "sooner or later": a time the words do not bound, the horizon without a window
    for m in re.finditer(r"\b(?:" + _alternation(_vague()) + r")\b", text, re.IGNORECASE):
        add(m.start(), m.end(), None)
    # "in the first six months of next year", "during the first three months of 2027": that year's first months
    for m in re.finditer(r"\b(?P<prep>in|during|within|over|by\s+the\s+end\s+of)\s+the\s+first\s+(?P<n>\d+|" + _alternation(tuple(_NUMBER_WORDS))
                         + r")\s+months\s+of\s+(?:(?P<which>this|next)\s+year|(?P<year>(?:19|20)\d\d))\b", text, re.IGNORECASE):
        count = _count(m.group("n"))
        year = int(m.group("year")) if m.group("year") else anchor.year + (m.group("which").lower() == "next")
        if 1 <= count <= 12:
            add(m.start(), m.end(), (date(year, 1, 1), month_end(year, count)), "end" in m.group("prep").lower(), bool(m.group("year")))
    # "within a year or two", "in a month or so": the longer count (two; "or so" keeps the one).
    for m in re.finditer(r"\b(?:within|in|over)\s+(?:the\s+next\s+)?(?:a|one)\s+(?P<unit>day|week|month|year)\s+or\s+(?P<m>two|three|2|3)\b",
                         text, re.IGNORECASE):
        add(m.start(), m.end(), _counted(anchor, _count(m.group("m")), m.group("unit").lower()))
    lowered = text.lower()
    for literal, phrase, amount in _relative_patterns():
        if literal not in lowered:
            continue  # (most are absent: a substring test is far cheaper than the regex)
        for m in phrase.finditer(text):
            add(m.start(), m.end(), (anchor, _shift(anchor, amount)))
    numbers = _alternation(tuple(_NUMBER_WORDS))
    # "in six months", "over the next five years", "in the first few years": counted from publication.
    # "within two to three months", "in 2-3 weeks": the longer of the two.
    # ("for at least two more years", "for another three months": the count from publication too; a fortnight is
    # two weeks)
    # (translated copy: "in the term of two weeks", "within a term of 30 days", the Romanian "în termen de")
    # "within a year and a half", "in two and a half years", "over the next one and a half years", "within half a year":
    # the months counted from publication
    for m in re.finditer(r"\b(?:within|in|over|during|for)\s+(?:(?:at\s+least|another)\s+)?(?:the\s+(?:next|coming)\s+)?"
                         r"(?:(?P<single>a|one)\s+year\s+and\s+a\s+half|(?P<n>\d+|" + numbers + r")\s+and\s+a\s+half\s+years?|(?P<half>half\s+a\s+year))\b",
                         text, re.IGNORECASE):
        counted = 18 if m.group("single") else 6 if m.group("half") else 12 * _count(m.group("n")) + 6
        add(m.start(), m.end(), (anchor, _shift(anchor, {"months": counted})))
    for m in re.finditer(r"\b(?:(?:within|in|over|during|for)\s+(?:(?:at\s+least|another)\s+)?(?:the\s+(?:next|first|coming)\s+|(?:the|a)\s+term\s+of\s+)?"
                         r"|the\s+(?:next|first|coming)\s+)(?P<n>\d+|" + numbers
                         + r")(?:\s*(?:to|or|-|–)\s*(?P<m>\d+|" + numbers + r"))?\s+(?:more\s+)?(?P<unit>hour|day|week|month|year|decade|fortnight|quarter)s?\b"
                         r"(?!\s+of\b)", text, re.IGNORECASE):  # (not "in three quarters of cases")
        add(m.start(), m.end(), _counted(anchor, _count(m.group("m") or m.group("n")), m.group("unit").lower()))  # ("in a decade")
    # "could take up to six months", "will last about two weeks": what takes that long is over by then, from
    # publication (the duration is the verb's object and stays in the event)
    for m in re.finditer(r"\b(?:take|takes|taking|last|lasts)\s+(?P<span>(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|as\s+(?:long|much)\s+as\s+)?"
                         r"(?P<n>\d+|" + numbers + r")(?:\s*(?:to|or|-|–)\s*(?P<m>\d+|" + numbers + r"))?\s+(?P<unit>day|week|month|year)s?)\b", text, re.IGNORECASE):
        add(m.start("span"), m.end(), _counted(anchor, _count(m.group("m") or m.group("n")), m.group("unit").lower()))
    # "would not survive another year", "will last another two months": a bare count after "another", in a clause
    # set in the future, from publication
    for m in re.finditer(r"\banother\s+(?:(?P<n>\d+|" + numbers + r")\s+)?(?P<unit>day|week|month|year|decade)s?\b", text, re.IGNORECASE):
        if m.start() in future:
            add(m.start(), m.end(), _counted(anchor, _count(m.group("n") or "one"), m.group("unit").lower()))
    # "the week after next": its Monday to Sunday
    for m in re.finditer(r"\b(?:(?:in|during|by)\s+)?the\s+week\s+after\s+next\b", text, re.IGNORECASE):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=14)
        add(m.start(), m.end(), (monday, monday + timedelta(days=6)))
    # "for the rest of the week / month / year": from publication to its last day
    for m in re.finditer(r"\b(?:for|over|during|in)\s+the\s+(?:rest|remainder)\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)\b", text, re.IGNORECASE):
        unit = m.group("unit").lower()
        last = anchor - timedelta(days=anchor.weekday()) + timedelta(days=6) if unit == "week" else \
            month_end(anchor.year, anchor.month) if unit == "month" else date(anchor.year, 12, 31)
        add(m.start(), m.end(), (anchor, last))
    # "by mid-century", "by the middle of the century": to the end of the century's fiftieth year
    for m in re.finditer(r"\b(?P<prep>by|before|until|around|in|towards?)\s+(?:the\s+)?(?:mid[\s-]*century|middle\s+of\s+(?:the|this)\s+century)\b",
                         text, re.IGNORECASE):
        middle = anchor.year // 100 * 100 + 50
        add(m.start(), m.end(), (anchor if _until(m.group("prep")) else date(middle - 5, 1, 1), date(middle, 12, 31)),
            _until(m.group("prep")))
    # "by the end of the month", "before the end of next week", "as early as the end of the week", "by the end of the
    # quarter": to the last day of that month, week or quarter
    # ("at the end of next month": its end only, as "the end of March" is days 21 to 31 (month_parts); of a week its
    # Friday to Sunday, of a quarter its last month)
    for m in re.finditer(r"\b(?P<prep>by|before|until|at|as\s+early\s+as)\s+the\s+end\s+of\s+(?P<which>this|next|the|the\s+current)\s+(?P<unit>month|week|quarter)\b",
                         text, re.IGNORECASE):
        later = m.group("which").lower() == "next"
        if m.group("unit").lower() == "month":
            first = add_months(anchor.replace(day=1), 1 if later else 0)
            last = month_end(first.year, first.month)
            end_starts = first.replace(day=parts["end of"][0])
        elif m.group("unit").lower() == "quarter":
            third = add_months(date(anchor.year, (anchor.month - 1) // 3 * 3 + 3, 1), 3 if later else 0)
            last = month_end(third.year, third.month)
            end_starts = third
        else:
            last = anchor - timedelta(days=anchor.weekday()) + timedelta(days=6 + (7 if later else 0))
            end_starts = last - timedelta(days=2)
        if m.group("prep").lower() == "at":
            add(m.start(), m.end(), (max(anchor, end_starts), last))
        else:
            add(m.start(), m.end(), (anchor, last), True)
    # "by New Year", "before the new year": to December 31
    for m in re.finditer(r"\b(?:by|before|until)\s+(?:the\s+)?new\s+year\b(?!'s\s+eve)", text, re.IGNORECASE):
        add(m.start(), m.end(), (anchor, date(anchor.year, 12, 31)), True)
    # "this weekend", "over the weekend", "next weekend": the Saturday and Sunday ahead
    for m in re.finditer(r"\b(?:(?P<which>this|next)|over\s+the|at\s+the|on\s+the|(?P<prep>by|until|till|before)\s+the)\s+weekend\b", text, re.IGNORECASE):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 + (7 if (m.group("which") or "").lower() == "next" else 0))
        prep = (m.group("prep") or "").lower()
        add(m.start(), m.end(), (saturday, saturday + timedelta(days=1)), bool(prep), before=prep == "before")
    for m in re.finditer(r"\b(?:by\s+)?the\s+end\s+of\s+(?P<which>this|next|the)\s+year\b|\b(?:by|at)\s+(?:the\s+)?year[- ]end\b", text, re.IGNORECASE):
        year = anchor.year + (1 if (m.group("which") or "").lower() == "next" else 0)
        add(m.start(), m.end(), (anchor, date(year, 12, 31)))
    # "no later than 30 June next year", "on March 3 next year": that day of the year after publication
    for m in re.finditer(r"\b(?P<prep>on|by|until|before|ahead\s+of|for|no\s+later\s+than)\s+(?:(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>(?-i:"
                         + _MONTH_CAPS + r"))|(?P<month2>(?-i:" + _MONTH_CAPS + r"))\s+(?P<day2>\d{1,2}))\s+next\s+year\b", text, re.IGNORECASE):
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        day_number = int(m.group("day") or m.group("day2"))
        if day_number > calendar.monthrange(anchor.year + 1, month)[1]:
            continue
        that_day = date(anchor.year + 1, month, day_number)
        add(m.start(), m.end(), (that_day, that_day), m.group("prep").lower() not in ("on", "for"), before=_is_before(m))
    # "between March and May next year", "from November to February", "in March or April 2027": the year written or
    # named after the second month dates both; without one, the first such range not over at publication; a second
    # month before the first falls in the year after
    for m in re.finditer(r"\b(?:(?:between|from|in)\s+)?(?P<m1>(?-i:" + _MONTH_CAPS + r"))\s+(?:and|to|or|through|until|-|–)\s+(?P<m2>(?-i:"
                         + _MONTH_CAPS + r"))\b(?!\s+\d{1,2}\b)(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)|\s+(?P<which>next|this)\s+year)?",
                         text, re.IGNORECASE):
        if m.start("m1") in verbs or m.start("m2") in verbs:
            continue
        first_month, second = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if m.group("year"):
            year = int(m.group("year")) - (1 if second < first_month else 0)
        elif m.group("which"):
            year = anchor.year + (1 if m.group("which").lower() == "next" else 0) - (1 if second < first_month else 0)
        else:  # the range still running or to come: "from November to February", written in December, is this winter
            year = anchor.year if month_end(anchor.year + (1 if second < first_month else 0), second) >= anchor else anchor.year + 1
        last_year = year + (1 if second < first_month else 0)
        add(m.start(), m.end(), (date(year, first_month, 1), month_end(last_year, second)), False, bool(m.group("year")))
    # "in May next year", "by June of next year", "in December this year": that month of the year named
    for m in re.finditer(r"\b(?:(?P<prep>in|by|until|till|before|during|for|through)\s+)?(?:(?P<part>early|mid|late)[- ]\s*)?(?P<month>(?-i:"
                         + _MONTH_CAPS + r"))\s+(?:of\s+)?(?P<which>next|this)\s+year\b", text, re.IGNORECASE):
        year = anchor.year + (1 if m.group("which").lower() == "next" else 0)
        month = MONTHS[m.group("month").lower()]
        first, last = date(year, month, 1), month_end(year, month)
        if m.group("part"):  # ("late May next year": its last third, month_parts)
            first_day, last_day = parts[m.group("part").lower()]
            first, last = date(year, month, first_day), date(year, month, min(last_day, last.day))
        prep = (m.group("prep") or "").lower()
        add(m.start(), m.end(), (first, last), prep in ("by", "until", "till", "through"), before=prep == "before")
    for m in re.finditer(r"\b(?P<prep>(?:by|until|till|through|before|ahead\s+of|later)\s+)?(?P<which>next|this|the coming)\s+(?P<unit>year|month|week)\b",
                         text, re.IGNORECASE):
        which, unit = m.group("which").lower(), m.group("unit").lower()
        if unit == "year":
            year = anchor.year + (0 if which == "this" else 1)
            window = (anchor if which == "this" else date(year, 1, 1), date(year, 12, 31))
        elif unit == "month":
            first = anchor.replace(day=1) if which == "this" else add_months(anchor.replace(day=1), 1)
            window = (anchor if which == "this" else first, month_end(first.year, first.month))
        else:
            monday = anchor - timedelta(days=anchor.weekday())
            if which != "this":
                monday += timedelta(days=7)
            window = (anchor if which == "this" else monday, monday + timedelta(days=6))
        prep = re.sub(r"\s+", " ", (m.group("prep") or "").strip().lower())
        # ("through next year", "until next month": from publication to its end)
        add(m.start(), m.end(), window, prep in ("by", "until", "till", "through", "before"), before=prep == "before")
    # "February 10-20", "from March 3 to April 2", "between 3 and 7 May": a span of days, of
    # the publication year unless a year is written; one already over at publication is narration.
    caps = r"(?P<month>(?-i:" + _MONTH_CAPS + r"))"
    for pattern in (
        r"\b(?:(?:from|between|on|for|during)\s+)?" + caps + r"\s+(?P<d1>\d{1,2})\s*(?:-|–|to|and|through|until)\s*(?:(?P<month2>(?-i:"
        + _MONTH_CAPS + r"))\s+)?(?P<d2>\d{1,2})\b(?!\s*(?:%|percent|per\s+cent))(?:,?\s+(?P<year>(?:19|20)\d\d))?",
        r"\b(?:(?:from|between|on|for|during)\s+)?(?P<d1>\d{1,2})\s*(?:-|–|to|and|through|until)\s*(?P<d2>\d{1,2})\s+(?:of\s+)?" + caps
        + r"\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    ):
        for m in re.finditer(pattern, text, re.IGNORECASE):
            year = int(m.group("year")) if m.group("year") else anchor.year
            month = MONTHS[m.group("month").lower()]
            month2 = MONTHS[m.group("month2").lower()] if m.groupdict().get("month2") else month
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            if not (1 <= d1 <= calendar.monthrange(year, month)[1] and 1 <= d2 <= calendar.monthrange(year, month2)[1]):
                continue
            first, last = date(year, month, d1), date(year, month2, d2)
            if last < first:
                continue
            if not m.group("year") and last < anchor:
                taken.append((m.start(), m.end()))
                continue
            add(m.start(), m.end(), (first, last), False, bool(m.group("year")))
    # "by Victory Day on May 9", "before the Independence Day parade, on 24 August": a named day the text dates (until it)
    for m in re.finditer(r"\b(?P<prep>by|before|until|ahead\s+of)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|of|the)){0,4}?"
                         r"(?:\s+[a-z]+)?,?\s+(?:on|which\s+falls\s+on|falling\s+on)\s+(?:(?P<month>(?-i:" + _MONTH_CAPS + r"))\s+(?P<day>\d{1,2})\b|"
                         r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>(?-i:" + _MONTH_CAPS + r"))\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?",
                         text, re.IGNORECASE):
        month, day_number = MONTHS[(m.group("month") or m.group("month2")).lower()], int(m.group("day") or m.group("day2"))
        year = int(m.group("year")) if m.group("year") else anchor.year
        if day_number > calendar.monthrange(year, month)[1]:
            continue
        holiday: date | None = date(year, month, day_number)
        if holiday is not None and not m.group("year") and holiday < anchor:
            holiday = _next_year(holiday)  # ("by" a named day: its next one)
        if holiday is not None and holiday >= anchor:
            add(m.start(), m.end(), (holiday, holiday), True, bool(m.group("year")), before=_is_before(m))
    # "on February 24", "by March 3": a day of the publication year still to come. A day that
    # has passed at publication is a past reference ("as on February 24"), not a horizon.
    for m in re.finditer(r"\b(?P<prep>on|by|until|before|ahead\s+of|for|no\s+later\s+than|as\s+early\s+as)\s+(?P<month>(?-i:" + _MONTH_CAPS + r"))\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", text, re.IGNORECASE):
        named = _named_day(m, anchor)
        if named is not None and not m.group("year") and named < anchor and m.start("month") in future:
            named = _next_year(named)  # "will hold the vote on February 25", written in November: next February
        if named is None or (not m.group("year") and named < anchor):
            continue
        add(m.start(), m.end(), (named, named), _up_to_day(m.group("prep")), bool(m.group("year")), before=_is_before(m))
    # "on 24 February", "by the 3rd of March": the same, day first.
    for m in re.finditer(r"\b(?P<prep>on|by|until|before|ahead\s+of|for|no\s+later\s+than|as\s+early\s+as)\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>(?-i:" + _MONTH_CAPS
                         + r"))\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", text, re.IGNORECASE):
        named = _named_day(m, anchor)
        if named is not None and not m.group("year") and named < anchor and m.start("month") in future:
            named = _next_year(named)
        if named is None:
            continue
        if not m.group("year") and named < anchor:
            taken.append((m.start(), m.end()))  # a day past at publication: narration, not the month
            continue
        add(m.start(), m.end(), (named, named), _up_to_day(m.group("prep")), bool(m.group("year")), before=_is_before(m))
    part_words = _alternation(tuple(parts))
    month_pattern = re.compile(
        r"\b(?P<prep>(?:in|by|until|till|through|before|ahead\s+of|during|no\s+later\s+than)\s+)?(?:(?:the\s+)?(?P<part>" + part_words + r")[\s-]+)?(?P<month>(?-i:" + _MONTH_CAPS
        + r"))\b(?!\s+\d{1,2}\b)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?",
        re.IGNORECASE,
    )
    for m in month_pattern.finditer(text):
        if m.start("month") in verbs:
            continue  # "May" the modal, "March" the verb
        month = MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else (anchor.year if month >= anchor.month else anchor.year + 1)
        lo, hi = 1, calendar.monthrange(year, month)[1]
        if m.group("part"):
            a, b = parts[re.sub(r"\s+", " ", m.group("part").lower())]
            lo, hi = a, min(b, hi)
        until = _until(m.group("prep"))
        add(m.start(), m.end(), (date(year, month, lo), date(year, month, hi)), until, bool(m.group("year")),
            before=_is_before(m) and "end of" not in m.group(0).lower())  # "before the end of March": with March
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|through|before|ahead\s+of|during|over|after|beyond|no\s+later\s+than)\s+)?(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:(?P<which>this|next|the\s+(?:coming|upcoming|next)|the)\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<season>" + season_words + r")\b(?:\s+(?:season|months)\b)?(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", text, re.IGNORECASE):
        if m.start("season") in verbs:
            continue  # "prices will fall": the verb, not the season
        arriving_verb = re.match(r"\s+(?:approaches|nears|arrives|comes|sets\s+in|draws\s+(?:near|closer))\b", text[m.end():], re.IGNORECASE)
        opening = re.search(r"\b(?:as|when|once)\s+\Z", text[: m.start()], re.IGNORECASE) if not m.group("prep") else None
        arriving = opening is not None and arriving_verb is not None
        if m.start("season") in modifiers and not (m.group("prep") or m.group("which") or m.group("part") or m.group("year") or arriving):
            continue  # "spring barley", "winter wheat": a kind, not a time (but "as winter approaches", read as a noun's)
        if m.group("season")[0].isupper() and re.match(r"\s+[A-Z]", text[m.end("season"):]) and not m.group("year"):
            continue  # "the Spring Storm drills": a name
        if m.group("season")[0].isupper() and not (m.group("prep") or m.group("which") or m.group("part") or m.group("year")) \
                and re.search(r"[a-z]\s+[A-Z][a-z]+\s+\Z", text[: m.start("season")]):
            continue  # "no Prague Spring in Minsk", "the Arab Spring": a name after a name, mid-sentence
        if re.search(r"(?:\d\s*%|\bpercent|\bper\s+cent|\d)\s*$", text[: m.start("season")]):
            continue  # "a 20% fall in prices": a number's fall, not the autumn
        if m.group("season").lower() == "fall" and (m.group("which") or "the").lower() == "the" and not (m.group("part") or m.group("year")) and (
                re.search(r"\ban?\s+(?:[a-z]+\s+)?$", text[: m.start("season")], re.IGNORECASE)
                or re.match(r"\s+(?:in|of)\s+(?!(?:19|20)\d\d\b|(?:this|next|that)\s+year\b)", text[m.end("season"):])):
            continue  # "a sharp fall in the spring", "the fall in prices": a drop, not the autumn
        which = (m.group("which") or "").lower() or None
        which = "next" if which and which.endswith(("coming", "next")) else which  # ("the coming summer season": the next one)
        window = season_part(season_window(m.group("season").lower(), int(m.group("year")) if m.group("year") else None, anchor, which),
                             m.group("part"))
        until = _until(m.group("prep"))
        if "end of" in m.group(0).lower():
            until = True
        if (m.group("prep") or "").strip().lower() in ("after", "beyond"):
            # "after the summer", "beyond the winter": from the day after it, with no end
            after = window[1] + timedelta(days=1)
            add(m.start(), m.end(), (after, after), absolute=bool(m.group("year")), since=True)
            continue
        if opening is not None and arriving_verb is not None:  # ("as winter approaches": the clause times the event)
            add(opening.start(), m.end() + arriving_verb.end(), window, until, bool(m.group("year")))
            continue
        add(m.start(), m.end(), window, until, bool(m.group("year")), before=_is_before(m) and "end of" not in m.group(0).lower())
    # "in 2027-2028", "in 2027–28", "between 2027 and 2029", "in the 2026/27 season": from the first year's start to the
    # last one's end (a split year's months differ by trade and country; its two calendar years hold them all)
    for m in re.finditer(r"\b(?P<prep>in|by|until|before|ahead\s+of|during|for|through|over|between)\s+(?:the\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:-|–|—|/|\s+and\s+|\s+to\s+)\s*"
                         r"(?P<y2>(?:19|20)\d\d|\d\d)\b(?!\s*(?:%|percent|per\s+cent))", text, re.IGNORECASE):
        first_year = int(m.group("y1"))
        last_year = int(m.group("y2")) if len(m.group("y2")) == 4 else first_year // 100 * 100 + int(m.group("y2"))
        if first_year < last_year <= first_year + 20:
            add(m.start(), m.end(), (date(first_year, 1, 1), date(last_year, 12, 31)), _until(m.group("prep")), True,
                before=_is_before(m))
    # ("slip into 2028", "drag on into 2027": the year it reaches)
    for m in re.finditer(r"\b(?P<prep>in|into|by|until|before|ahead\s+of|during|for|through|throughout|over\s+the\s+course\s+of|no\s+later\s+than)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–|/)\s*\d)", text, re.IGNORECASE):
        year = int(m.group("year"))
        until = _until(m.group("prep"))
        add(m.start(), m.end(), (date(year, 1, 1), date(year, 12, 31)), until, True, before=_is_before(m))
    # "early next decade", "in the early 2030s", "by the late 2020s": a part of a calendar decade (early: its first
    # three years, mid: the next four, late: the last three; our convention), or the whole decade
    for m in re.finditer(r"\b(?P<prep>(?:in|by|until|before|ahead\s+of|during)\s+)?(?:the\s+)?(?P<part>early|mid|late)?[\s-]*"
                         r"(?:(?P<next>next|this)\s+decade|(?P<decade>(?:19|20)\d0)['’]?s)\b", text, re.IGNORECASE):
        if m.group("decade"):
            decade_start = int(m.group("decade"))
        elif m.group("next").lower() == "next":
            decade_start = anchor.year // 10 * 10 + 10
        else:
            decade_start = anchor.year // 10 * 10
        lo, hi = {"early": (0, 2), "mid": (3, 6), "late": (7, 9)}.get((m.group("part") or "").lower(), (0, 9))
        if m.group("next") and m.group("next").lower() == "next" and not m.group("part") and not m.group("prep"):
            continue  # "next decade" alone: the relative phrases' "in the next decade" (ten years) reads it
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" -"))  # (no space before "this decade")
        add(start, m.end(), (date(decade_start + lo, 1, 1), date(decade_start + hi, 12, 31)), _until((m.group("prep") or "").strip() or None),
            bool(m.group("decade")), before=_is_before(m))
    # A bare year after a number or a verb of change: "3.8 percent in 2016" is caught above;
    # "growth of 2 percent next year" by the relative phrases.
    # (a window with no end takes the "onwards" after it, and no match ends in a space: "from April onwards")
    found = [replace(f, end=f.end + len(more.group(0))) if f.since and (more := _ONWARDS.match(text, f.end)) else f for f in found]
    found = [replace(f, end=f.start + len(text[f.start : f.end].rstrip())) for f in found]
    found.sort(key=lambda match: match.start)
    return found


#: "onwards", "onward", or an "on" that ends its phrase ("from next year on,"), after a window with no end.
_ONWARDS = re.compile(r"\s*\b(?:onwards?|on(?=\s*(?:[,.;:)]|$)))\b", re.IGNORECASE)


_JOIN = re.compile(r"\A(?:[\s,;]|and\b|or\b|either\b|at\s+(?:the\s+)?(?:best|worst|latest|earliest)\b|to\b|through\b|until\b|in\b|"
                   r"(?:later|earlier|sooner)\b|[-–—])*\Z", re.IGNORECASE)
_LEAD = re.compile(r"\bas\s+(?:early|soon)\s+as\s+\Z", re.IGNORECASE)
_SINCE_LEAD = re.compile(r"\b(?:not?\s+(?:earlier|sooner)\s+than|not\s+(?:before|until|till)|at\s+the\s+earliest,?)\s+\Z", re.IGNORECASE)
#: "before its scheduled review", "by the start of the new season", "before the school year ends": an event (a noun
#: phrase, or a short clause) that a time after it dates ("... in September", "..., expected in mid-June"); what is
#: foreseen comes before it.
#: (not an amount of change: "will fall by a third this year", "by a wide margin next month")
_BEFORE_EVENT = re.compile(r"\b(?:before|by|ahead\s+of|until|till)\s+(?!(?:a|an)\s+(?:half|third|quarter|fifth|sixth|tenth|factor|margin|"
                           r"wide|large|small|fraction|point|percentage|lot|bit)\b)(?:the|its|their|his|her|this|next|a|an)\s+"
                           r"(?:[\w'’-]+\s+){0,5}[\w'’-]+(?:,?\s+(?:expected|scheduled|planned|set|due)(?:\s+for)?)?\s+\Z", re.IGNORECASE)
def _up_to_day(prep: str) -> bool:
    """True when the preposition before a day runs from publication up to it ("by March 3"), False when it names the
    day itself ("on March 3", "for March 3", "as early as March 3": that day, the earliest)."""
    prep = prep.lower()
    return prep not in ("on", "for") and not prep.startswith("as")


_TAIL = re.compile(r"\A\s*,?\s*at\s+(?:the\s+)?(?:best|worst|latest|earliest)\b", re.IGNORECASE)


def _verb_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words ``span`` tags as verbs (where ``span.text`` is ``text``)."""
    return _offsets(text, span, lambda t: t.pos_ in ("VERB", "AUX"))


def _noun_topic_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words of the "for" phrases ``span`` hangs on a noun: what the noun is for
    ("the budget for 2027", "contracts for next year", "its forecast for 2027"), not when the event happens."""
    def topical(t: Token) -> bool:  # (a revised forecast's "for" gives its time: "raised its forecast for 2027 to 2%")
        return t.lower_ == "for" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN") and not (
            t.head.lemma_.lower() in words().forecast_nouns and t.head.head.lemma_.lower() in words().revision_verbs)

    return _offsets(text, span, lambda t: any(topical(a) for a in (t, *t.ancestors)))


def _modifier_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words ``span`` parses as modifiers of a noun after them ("spring" in
    "spring barley")."""
    return _offsets(text, span, lambda t: t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i
                    and t.head.pos_ in ("NOUN", "PROPN"))


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "may", "might", "could"})


def _future_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words whose clause is in the future ("will hold a vote on
    February 25", "may sign on Friday"): the nearest verb above them has "will", "shall", "would" or a modal of
    possibility, or is a forecasting verb."""
    forecasting = forecasting_verbs()

    def future(token: Token) -> bool:
        verb = token
        # (an infinitive the tagger took for a noun, "due to [launch] on Tuesday", is the verb)
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and not (
                verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            verb = verb.head
        # ("forecasts a rebound in the first quarter": a forecasting verb looks ahead too, and so does the
        # infinitive it, a forecasting adjective or a plan governs: "is likely to cut the rate in the first quarter")
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children) or verb.lemma_.lower() in forecasting \
                or verb.lemma_.lower() in words().rescheduling_verbs:  # ("adjourned until Monday": the next Monday)
            return True
        governor = verb.head
        # ("expect [the snow] to continue until Thursday": an infinitive with its own subject is the parser's ccomp)
        return verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            governor.lemma_.lower() in forecasting or governor.lemma_.lower() in words().forecast_controls
            or governor.lemma_.lower() in words().intention_verbs)
    return _offsets(text, span, future)


def _past_relative_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words inside a relative clause in the past ("the bank, which cut
    its rate in February, ..."): a time there dates what the clause tells, not what is predicted."""
    if span is None:
        return frozenset()
    inside: set[int] = set()
    for token in span:
        if token.dep_ == "relcl" and not foreseen_aside(token) and (token.tag_ == "VBD" or token.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in token.children)):
            # (not one that foresees: "production, which he expected to double by 2027")
            inside |= {t.i for t in token.subtree}
    return _offsets(text, span, lambda t: t.i in inside)


@cache
def _looking_ahead() -> frozenset[str]:
    """Verbs whose time is what they plan or foresee ("planned an attack for January"), and "be" and "have"."""
    return forecasting_verbs() | words().intention_verbs | frozenset(words().forecast_controls) | {"be", "have"}


def _past_verb_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the times a verb in the simple past holds ("the port handled 3.1 million
    tonnes in February and aims to ..."): they date what was done, not what is foreseen; not those of a verb of
    planning or expecting ("planned an attack for January"), nor of "be" or "have"."""
    if span is None:
        return frozenset()
    ahead = _looking_ahead()

    def done(verb: Token) -> bool:  # the simple past, or a perfect with no modal ("had fallen this year", not "will have")
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBN" and auxiliaries and all(a.lemma_.lower() == "have" and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries):
            return True
        return verb.tag_ == "VBD" and not auxiliaries

    inside = {t.i for verb in span if done(verb) and verb.pos_ == "VERB" and verb.lemma_.lower() not in ahead
              and not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)
              # (not a conditional's: "surprised if the bank cut rates in March")
              for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > verb.i for t in c.subtree}
    return _offsets(text, span, lambda t: t.i in inside) if inside else frozenset()


def _aside_offsets(text: str, span: Span | None) -> frozenset[int]:
    """Return the offsets in ``text`` of the words inside a clause that tells something beside the prediction: a
    relative clause set off by a comma on the subject ("The presidency, which takes over in July, will not ..."; not a
    scenario's "where" clause, which may be what is predicted, nor one that dates a thing in the event: "in its spring
    draft, which begins on April 1") or a clause of
    reason after a clause that predicts itself ("were unlikely to ... because a brigade would be ready by 2027"); a time
    there dates that clause, not the prediction."""
    if span is None:
        return frozenset()
    doc = span.doc
    inside: set[int] = set()
    for token in span:
        if token.dep_ not in ("relcl", "advcl") or token.i == span.root.i or token.left_edge.i <= span.start:
            continue  # (the clause is what is predicted here: the prediction read from it alone)
        clause = {t.i for t in token.subtree}
        if token.dep_ == "relcl" and token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == "," \
                and token.left_edge.lower_ in ("which", "who", "whose") and token.head.dep_ in ("nsubj", "nsubjpass") \
                or token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("because", "since") and c.i == token.left_edge.i
                                                 for c in token.children) and _predicts_outside(span, clause):
            inside |= clause
    return _offsets(text, span, lambda t: t.i in inside) if inside else frozenset()


def _predicts_outside(span: Span, clause: set[int]) -> bool:
    """True when the words of ``span`` outside ``clause`` look ahead themselves: a modal, or a word of likelihood or
    forecasting ("were unlikely to leave a gap because ..."; not "They are scared because they will lose in the autumn",
    whose prediction is the clause of reason)."""
    forecasting = forecasting_verbs()
    return any(t.i not in clause and (t.tag_ == "MD" or t.lemma_.lower() in forecasting or t.lemma_.lower() in _LIKELIHOOD)
               for t in span)


#: Words of likelihood that make a clause look ahead ("is likely to", "were unlikely to", "is set to").
_LIKELIHOOD = LIKELIHOOD_ADJECTIVES | {"set", "due", "poised"}


def _offsets(text: str, span: Span | None, keep: Callable[[Token], bool]) -> frozenset[int]:
    """Return the offsets in ``text`` of the words of ``span`` that ``keep`` accepts (where ``span.text`` is ``text``)."""
    if span is None:
        return frozenset()
    if span.text == text:
        shift = 0
    elif text in span.text:
        shift = -span.text.find(text)
    elif span.text in text:
        shift = text.find(span.text)
    else:
        return frozenset()
    return frozenset(shift + t.idx - span.start_char for t in span if keep(t))


_AT_THE_EARLIEST = re.compile(r"\s*,?\s*at\s+the\s+earliest\s*\Z", re.IGNORECASE)
_BOUND = re.compile(r"\A(?:until|till|before|by|in|from)\s+", re.IGNORECASE)


_MOVED = re.compile(r"\A(?:until|till|to|into)\s+", re.IGNORECASE)


def moved_to(horizon: Horizon, published: date | None) -> Horizon:
    """Return the window of the time an event is moved to ("postponed until the first quarter of 2027": that
    quarter, not up to its end), or ``horizon`` as it is."""
    bound = _MOVED.match(horizon.text)
    if bound is None:
        return horizon
    rest = horizon.text[bound.end():]
    if horizon.window_end is not None and re.fullmatch(r"(?:" + "|".join(calendar.day_name) + r")|(?:" + _MONTH_CAPS + r")\s+\d{1,2}|\d{1,2}\s+(?:"
                                                       + _MONTH_CAPS + r")", rest):
        return Horizon(horizon.text, horizon.start, horizon.end, horizon.window_end, horizon.window_end)  # "until Monday": that day
    named = find_horizon("in " + rest, published)
    if named is None or named.window_end is None:
        return horizon
    return Horizon(horizon.text, horizon.start, horizon.end, named.window_start, named.window_end)


def no_earlier(horizon: Horizon, published: date | None, negated: bool) -> Horizon | None:
    """Return the window of an event said to come no earlier than the time named, else None: "in 2030 at the
    earliest", "won't open before the autumn at the earliest", and, for a ``negated`` verb, "will not open until
    2030" open with that time and have no end (the event is then asserted, not denied)."""
    earliest = _AT_THE_EARLIEST.search(horizon.text)
    if earliest is None and not (negated and re.match(r"(?:until|till)\s", horizon.text, re.IGNORECASE)):
        return None
    core = _BOUND.sub("", horizon.text[: earliest.start()] if earliest else horizon.text)
    named = find_horizon("in " + core, published)
    if named is None or named.window_start is None:
        return None
    return Horizon(horizon.text, horizon.start, horizon.end, named.window_start, None)


def find_horizon(text: str, published: date | None, *, span: Span | None = None) -> Horizon | None:
    """Return the first time phrase of ``text`` and its window, or None without one.

    Adjacent phrases joined by commas, "and", "or", "at best/at worst" form
    one horizon whose window covers them all. Without ``published`` the
    phrase is still returned; only an absolute date ("in 2026") gets a
    window then. ``span``, the parse of ``text``, lets a season word used
    as a verb ("fall") be skipped.
    """
    anchor = published or date(2000, 1, 3)
    matches = _matches(text, anchor, _Lazy(lambda: _verb_offsets(text, span)), _Lazy(lambda: _future_offsets(text, span)),
                       _Lazy(lambda: _modifier_offsets(text, span)))
    past = _past_relative_offsets(text, span) | _aside_offsets(text, span) | _past_verb_offsets(text, span)
    matches = [m for m in matches if m.start not in past]  # "the bank, which cut its rate in February, plans ...": not the plan's time
    if published:  # "as cheap as back in 2016": a date already past at publication is no horizon
        matches = [m for m in matches if m.window is None or m.window[1] >= published]
    topics = _noun_topic_offsets(text, span) if len(matches) > 1 else frozenset()
    if any(m.start in topics for m in matches) and any(m.start not in topics for m in matches):
        matches = [m for m in matches if m.start not in topics]  # "the budget for 2027 will be adopted in the autumn": autumn
    if not matches:
        return None
    group = [matches[0]]
    for match in matches[1:]:
        if _JOIN.match(text[group[-1].end : match.start]):
            group.append(match)
        else:
            break
    start, end = group[0].start, group[-1].end
    lead = _LEAD.search(text[:start])
    if lead:  # "as early as this week": the words stay, the window is the week's
        start = lead.start()
    since = _SINCE_LEAD.search(text[:start])
    if since:  # "no earlier than next spring", "at the earliest in June": from then on, no end
        start = since.start()
    dated = re.match(r"(?:in|on|at|next|this)\s", text[start:end], re.IGNORECASE) or re.search(
        r"(?:expected|scheduled|planned|set|due)\s+for\s+\Z", text[:start], re.IGNORECASE)  # (the time of the event that bounds)
    ahead = _BEFORE_EVENT.search(text[:start]) if not since and dated else None
    if ahead:  # "before its review in September", "by the start of the season in July", "before the elections planned
        # for next year": up to then, from publication
        start = ahead.start()
    tail = _TAIL.match(text[end:])
    if tail:
        end += tail.end()
    # "after the end of the year", "after next year": from the day after that time on, with no end
    later = re.search(r"\b(?:after|beyond)\s+\Z", text[:start], re.IGNORECASE) if not (since or ahead or lead) else None
    if later:
        start = later.start()
    if not published:
        group = [m for m in group if m.absolute]
    windows = [m.window for m in group if m.window]
    if not windows:
        return Horizon(text[start:end], start, end)
    if later:
        return Horizon(text[start:end], start, end, max(w[1] for w in windows) + timedelta(days=1), None)
    if since or any(m.since for m in group):  # "not before 2027": from then on, no end
        return Horizon(text[start:end], start, end, min(w[0] for w in windows), None)
    if not published:  # absolute dates only; "by X" has no opening day to give
        until = any(m.until for m in group)
        return Horizon(text[start:end], start, end, None if until else min(w[0] for w in windows), max(w[1] for w in windows))
    window_start = min(w[0] for w in windows)
    until = ahead is not None or any(m.until for m in group)
    if until:
        window_start = published
    return Horizon(text[start:end], start, end, max(window_start, published) if window_start < published and not until else window_start, max(w[1] for w in windows))


# ---------------------------------------------------------------- event anchors


@dataclass(frozen=True)
class _Anchors:
    prepositions: frozenset[str]
    clauses: frozenset[str]
    nouns: frozenset[str]
    calendar: frozenset[str]


@cache
def _anchors() -> _Anchors:
    data = load_lexicon("horizons")["anchors"]
    _, _, seasons = _lexicon()
    calendar_words = {str(w) for w in data["calendar"]} | set(MONTHS) | set(seasons) | {d.lower() for d in calendar.day_name}
    return _Anchors(frozenset(str(w) for w in data["prepositions"]), frozenset(str(w) for w in data["clauses"]),
                    frozenset(str(w) for w in data["nouns"]), frozenset(calendar_words))


def _offset(text: str, span: Span) -> int | None:
    """Return what to add to a token's offset in ``span.doc`` to get its offset in ``text`` (None if they do not align)."""
    if span.text == text:
        return -span.start_char
    if text in span.text:
        return -span.start_char - span.text.find(text)
    if span.text in text:
        return text.find(span.text) - span.start_char
    return None


def find_anchor(text: str, *, span: Span | None = None) -> str | None:
    """Return the event a prediction is timed by ("after the drills", "as long as the war lasts"), or None.

    An event anchor bounds the prediction in time without naming a date, so
    it gets no window here (see ``date_anchors`` for anchors the article
    itself dates). Needs ``span``, the parse of ``text``: the anchor runs to
    the end of the phrase or clause the parse gives it. The words come from
    ``data/lexicon/horizons.yaml`` (``anchors``).
    """
    if span is None:
        return None
    shift = _offset(text, span)
    if shift is None:
        return None
    deictic = _DEICTIC_DAY.search(text)
    words = _anchors()
    doc = span.doc
    for t in span:
        low = t.lower_
        first = last = None
        if low in ("no", "not") and t.i + 3 < span.end and doc[t.i + 1].lower_ in ("earlier", "sooner") and doc[t.i + 2].lower_ == "than":
            # "no earlier than six months after the end of martial law", "not sooner than the end of the war": the
            # phrase up to the end of its clause, however the parser hangs it
            stop = next((u.i for u in doc[t.i + 3 : span.end] if u.text in (",", ";", ":", ".", "!", "?")), span.end)
            if stop > t.i + 3:
                first, last = t, doc[stop - 1]
        elif t.dep_ == "mark" and t.head.dep_ == "advcl":
            if low == "as" and t.i >= 2 and doc[t.i - 2].lower_ == "as" and doc[t.i - 1].lower_ == "long":
                first = doc[t.i - 2]  # "as long as"
            elif low in words.clauses:
                first = t
            last = t.head.right_edge if first is not None else None
        elif t.dep_ == "prep" or t.dep_ == "agent" and low == "by":  # ("signed by Christmas": the parser's agent)
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            head = doc[obj.left_edge.i : obj.i + 1].text.lower()
            phrase = doc[obj.left_edge.i : obj.right_edge.i + 1].text
            if (obj.lemma_.lower() in words.calendar or obj.lower_ in words.calendar) and not names_calendar_event(phrase):
                continue  # ("by the end of the month" is a date; "ahead of the school year" a day of the calendar)
            if low in words.prepositions and (obj.pos_ in ("NOUN", "PROPN") or obj.lower_ == "that"):
                first = t
                if low in ("after", "before") and t.i >= 2 and doc[t.i - 1].lower_ in ("day", "week", "month") \
                        and doc[t.i - 2].lower_ == "the":
                    first = doc[t.i - 2]  # "the week after Easter": its seven days
            elif (low in ("by", "on", "at", "over", "around") or low == "for" and obj.lower_ not in ("day", "week", "month")) \
                    and names_calendar_event(phrase):
                first = t  # "by Easter", "on Christmas", "over Easter": a day of the domain's calendar (calendar_anchor), not an agent
            elif low == "of" and t.head.lower_ == "ahead" and obj.pos_ in ("NOUN", "PROPN"):
                first = t.head  # "ahead of the summit"
            elif re.fullmatch(r"(?:the|this)\s+(?:" + "|".join(re.escape(n) for n in words.nouns) + r")", head.replace(" - ", "-")):
                first = t  # "in the run-up to the vote", "on the eve of the talks"
            last = obj.right_edge if first is not None else None
        if first is None or last is None:
            continue
        start, end = first.idx + shift, last.idx + len(last.text) + shift
        year = _YEAR_AFTER.match(text, end) if names_calendar_event(text[start:end]) else None
        if year:  # "before Christmas next year": the year the day falls in (the parse may hang it on the verb)
            end = year.end()
        if 0 <= start < end <= len(text) and not (deictic and deictic.start() < start):
            return text[start:end]
    return deictic.group(0) if deictic else None


#: The year a calendar day is named in ("Christmas next year", "Easter 2027", "this year's Victory Day").
_NAMED_YEAR = r"(?:(?P<which>this|next)\s+year|(?P<year>(?:19|20)\d\d))\b"
#: A year right after a calendar day's name ("Christmas next year", "Easter 2027").
_YEAR_AFTER = re.compile(r"\s+" + _NAMED_YEAR, re.IGNORECASE)

#: "this day", "that day": a day the article has named before ("to this day" means "until now").
_DEICTIC_DAY = re.compile(r"(?<!\bto )(?<!\buntil )\b(?:this|that)\s+day\b(?!\s+(?:of|in|on)\b)", re.IGNORECASE)


#: "after that", "after this": after what the sentence before named.
_AFTER_THAT = re.compile(r"(?:after|following)\s+(?:that|this)", re.IGNORECASE)

_DATED_ANCHOR = re.compile(r"(?:the\s+(?P<unit>day|week|month)\s+(?=after|before))?(?P<prep>after|following|before|ahead\s+of|until|till|pending|during)\s+(?:the|this|these)\s+(?P<np>[^,;:]+)\Z",
                           re.IGNORECASE)
_NP_END = re.compile(r"\s+(?:in|of|at|on|with|for|from|between|by|near|over|against|and|or)\b.*", re.IGNORECASE)


def date_anchor(anchor: str, text: str, published: date | None, *, body: int = 0, at: int | None = None) -> tuple[date | None, date | None] | None:
    """Return the window of ``anchor`` ("after the drills") when ``text`` dates its event, else None.

    The event is dated only when the article says when it takes place: the
    sentences of ``text`` (from offset ``body`` on) that name the anchor's
    noun ("drills") hold between them exactly one calendar date or span that
    begins after publication ("the drills, set for March 3-9"). A date
    already past, a vague one ("soon") or two different dates give None:
    no window is invented. "after" gives a window that opens the day after
    the event and has no end; "before"/"ahead of" one that closes the day
    before it; "until"/"pending" one that closes when it ends; "during"
    the event's own days. "this day" / "that day" is the last single day
    named before offset ``at`` (the claim), if it is still to come at
    publication ("a strike on March 8 ... we will get through that day");
    "after that" / "after this" opens the day after the one window the
    sentence before the claim names, with no end ("coal will last until
    the end of January. After that, ...": from February 1); "as long as
    the war continues" opens at publication and ends when the article's
    date for that event ends, else has no end. Needs
    ``published``.
    """
    if published is None:
        return None
    lasting = re.match(r"as\s+long\s+as\s+(?P<np>(?:the|this|these|its|their)\s+[\w\s'’-]+?)\s+(?:lasts?|continues?|goes\s+on|go\s+on|runs?)\s*\Z",
                       anchor.strip(), re.IGNORECASE)
    if lasting is not None:  # "as long as the exercises last": until they end, when the article dates them
        return date_anchor("until " + lasting.group("np"), text, published, body=body, at=at) or (published, None)
    if re.match(r"as\s+long\s+as\b", anchor.strip(), re.IGNORECASE):
        return published, None
    if _DEICTIC_DAY.fullmatch(anchor.strip()):
        # The last single day named before the claim, if still to come at publication.
        days = [match.window for match in _matches(text[body:at], published)
                if match.window and match.window[0] == match.window[1] and match.window[0] > published]
        return days[-1] if days else None
    if _AFTER_THAT.fullmatch(anchor.strip()):
        # "The coal will last until the end of January. After that, the plant may shut": the day after the
        # one window the sentence before the claim names, if that window is still to come
        for sentence in reversed([s for s in re.split(r"(?<=[.!?])\s+|\n+", text[body:at]) if s.strip()][-2:]):
            windows = {match.window for match in _matches(sentence, published) if match.window and match.window[1] >= published}
            if windows:
                return (max(w[1] for w in windows) + timedelta(days=1), None) if len(windows) == 1 else None
        return None
    m = _DATED_ANCHOR.fullmatch(anchor.strip())
    if m is None:
        return None
    words = _NP_END.sub("", m.group("np")).split()
    if not words:
        return None
    noun = re.compile(r"\b" + re.escape(words[-1]) + r"\b", re.IGNORECASE)
    dated: set[tuple[date, date]] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text[body:]):
        if noun.search(sentence):
            # (without a parse a bare "fall" may be the verb: "prices will fall before the vote" dates nothing)
            # (a deadline or a bound, "ahead of the winter", "not before May", times something else, not the event)
            dated |= {match.window for match in _matches(sentence, published) if match.window and match.window[0] > published
                      and not match.until and not match.since and sentence[match.start : match.end].lower() != "fall"}
    if len(dated) != 1:
        return None
    first, last = dated.pop()
    return _around(m.group("prep"), first, last, published, m.group("unit"))


def _around(prep: str, first: date, last: date, published: date, unit: str | None = None) -> tuple[date | None, date | None] | None:
    """The window an anchor's preposition makes of its event's days ``first``..``last``: "after"/"following"
    opens the day after, with no end; "before", "ahead of", "in the run-up to", "on the eve of" close the day
    before (None when nothing before it is still to come); "until", "till", "pending", "by" close on its last
    day; "around" adds a week either side; any other ("during", "for", "on") is its own days. With ``unit`` ("the week after", "the day before")
    the window is that day, the seven days or the month next to the event."""
    prep = re.sub(r"\s+", " ", prep.lower())
    if unit is not None:
        def moved(day: date, step: int) -> date:  # a day, a week or a month on (back, with -1)
            return add_months(day, step) if unit == "month" else day + timedelta(days=step * (7 if unit == "week" else 1))
        if prep == "after":
            return last + timedelta(days=1), moved(last, 1)
        return (max(moved(first, -1), published), first - timedelta(days=1)) if first > published else None
    if prep in ("after", "following"):
        return last + timedelta(days=1), None
    if prep in ("before", "ahead of") or prep.startswith(("in the", "on the eve")):
        return (published, first - timedelta(days=1)) if first > published else None
    if prep in ("until", "till", "pending", "by"):
        return published, last
    if prep == "around":  # "around Easter": the week either side (our convention), from publication at the earliest
        return max(first - timedelta(days=7), published), last + timedelta(days=7)
    return first, last


@dataclass(frozen=True)
class _CalendarEvent:
    name: str
    words: re.Pattern[str]
    day: tuple[int, int] | None
    rule: str | None


@cache
def _calendar_events() -> tuple[_CalendarEvent, ...]:
    events = []
    for item in load_lexicon("horizons").get("calendar_events", []):
        day = tuple(int(x) for x in str(item["day"]).split("-")) if item.get("day") else None
        events.append(_CalendarEvent(str(item["name"]), re.compile(str(item["words"])), day if day and len(day) == 2 else None,
                                     item.get("rule")))
    return tuple(events)


@cache
def _calendar_day_in_year() -> str:
    """A calendar day's name and the year after it ("Christmas next year"), as one pattern (built once)."""
    return r"(?:" + "|".join(e.words.pattern for e in _calendar_events()) + r")\s+" + _NAMED_YEAR


def names_calendar_event(words: str) -> bool:
    """True when ``words`` name an event of the domain's calendar ("Easter", "Victory Day", "the US elections")."""
    lowered = re.sub(r"\s+", " ", words.lower())
    return any(e.words.search(lowered) for e in _calendar_events())


def _us_election_day(year: int) -> date:
    """The Tuesday after the first Monday in November of ``year`` (3 U.S.C. § 1, 2 U.S.C. § 7)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(0 - first.weekday()) % 7 + 1)


def _occurrence(event: _CalendarEvent, year: int) -> date | None:
    """The day ``event`` falls on in ``year`` (None when it does not fall in that year: a US presidential
    election in 2027)."""
    if event.day is not None:
        return date(year, *event.day)
    if event.rule in ("easter", "orthodox_easter"):
        return easter(year, EASTER_ORTHODOX if event.rule == "orthodox_easter" else EASTER_WESTERN)
    step = {"us_presidential": 4, "us_general": 2}.get(event.rule or "")
    return _us_election_day(year) if step is not None and year % step == 0 else None


def _next_occurrence(event: _CalendarEvent, published: date) -> date | None:
    """The day ``event`` next falls on, on or after ``published``."""
    days = [day for year in range(published.year, published.year + 5) if (day := _occurrence(event, year)) and day >= published]
    return days[0] if days else None


_CALENDAR_ANCHOR = re.compile(r"(?:the\s+(?P<unit>day|week|month)\s+(?=after|before))?(?P<prep>after|following|before|ahead\s+of|until|till|by|for|on|at|over|around|during"
                              r"|in\s+the\s+(?:run|build|lead)-up\s+to|on\s+the\s+eve\s+of)\s+(?P<np>.+)", re.IGNORECASE)


_CALENDAR_YEAR = re.compile(r"\b" + _NAMED_YEAR)


def calendar_anchor(anchor: str, published: date | None) -> tuple[date | None, date | None] | None:
    """Return the window of an event anchor that names an event of the domain's calendar, else None.

    "before the US elections", "on the anniversary of the invasion": the event's day is its
    next occurrence on or after ``published`` (``data/lexicon/horizons.yaml``, ``calendar_events``: a fixed
    day of the year, or a date rule such as the US election day), or its day in the year the anchor names
    ("before Christmas next year", "by Easter 2027"); its preposition makes the window as for an event the
    article dates (``_around``).
    """
    if published is None:
        return None
    m = _CALENDAR_ANCHOR.fullmatch(anchor.strip())
    if m is None:
        return None
    words = re.sub(r"\s+", " ", m.group("np").lower())
    event = next((e for e in _calendar_events() if e.words.search(words)), None)
    if event is None:
        return None
    year = _CALENDAR_YEAR.search(words)  # "before Christmas next year", "by Easter 2027": that year's
    if year is None:
        day = _next_occurrence(event, published)
    else:
        day = _occurrence(event, int(year.group("year")) if year.group("year") else published.year + (year.group("which") == "next"))
    if day is None or day < published:  # (a day the year names that is already past dates nothing)
        return None
    return _around(m.group("prep"), day, day, published, m.group("unit"))


def date_anchors(extraction: Extraction) -> Extraction:
    """Return ``extraction`` with a window for each prediction timed by an event its article dates (``date_anchor``)."""
    source = extraction.source
    if source.published is None:
        return extraction
    body = body_start(source.text)
    claims = []
    changed = False
    for claim in extraction.claims:
        predictions = []
        for p in claim.predictions:
            if p.horizon and p.window_start is None and p.window_end is None:
                window = date_anchor(p.horizon, source.text, source.published, body=body, at=claim.start) \
                    or calendar_anchor(p.horizon, source.published)
                if window is not None:
                    p = replace(p, window_start=window[0], window_end=window[1])
            predictions.append(p)
        if tuple(predictions) != claim.predictions:
            claim = replace(claim, predictions=tuple(predictions))
            changed = True
        claims.append(claim)
    return replace(extraction, claims=tuple(claims)) if changed else extraction
