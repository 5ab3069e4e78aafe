"""When a claim was made, where its sentence dates the report well before the article.

"In March 2025, the governor said inflation would fall below 10 percent by
the end of the year": "the end of the year" is 2025's, not the year the
article appeared in. The guidelines anchor relative time words on the
publication date; a report the sentence itself dates to an earlier time
(a retrospective, a recalled forecast) is anchored on that time instead.

Only a time the text gives on the reporting verb counts ("in March 2025",
"last year", "in the spring of 2025", "in a 2021 interview", "two years
ago"), and only one that ended more than a month before publication: "said
on Monday" keeps the publication date, as it always did.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ingest.horizons import MONTHS, month_end, season_window
from ingest.prediction_words import forecasting_verbs

#: A report dated within this of publication keeps the publication date as its anchor.
RECENT = timedelta(days=31)

_MONTH_NAMES = "|".join(MONTHS)
_NUMBERS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_MONTH_YEAR = re.compile(r"\b(?P<month>" + _MONTH_NAMES + r")(?:\s+\d{1,2},?)?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_SEASON_YEAR = re.compile(r"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_SEASON = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_LAST = re.compile(r"\blast\s+(?P<unit>year|month)\b", re.IGNORECASE)
_AGO = re.compile(r"\b(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>years?|months?)\s+ago\b", re.IGNORECASE)
_MONTH = re.compile(r"^(?:in\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<month>" + _MONTH_NAMES + r")$", re.IGNORECASE)


def _month(year: int, month: int) -> tuple[date, date]:
    """The first and last day of ``month`` of ``year``."""
    return date(year, month, 1), month_end(year, month)


def _months_back(published: date, months: int) -> tuple[date, date]:
    """The month ``months`` before ``published``'s."""
    total = published.year * 12 + published.month - 1 - months
    return _month(total // 12, total % 12 + 1)


def dated_before(words: str, published: date) -> tuple[date, date] | None:
    """Return the period a past time phrase names, relative to ``published`` ("last year", "in March 2025"), or None."""
    if match := _MONTH_YEAR.search(words):
        return _month(int(match.group("year")), MONTHS[match.group("month").lower()])
    if match := _SEASON_YEAR.search(words) or _YEAR_SEASON.search(words):
        return season_window(match.group("season").lower(), int(match.group("year")), published, None)
    if match := _LAST.search(words):
        if match.group("unit").lower() == "year":
            return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
        return _months_back(published, 1)
    if match := _AGO.search(words):
        n = match.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBERS[n]
        return _months_back(published, count * 12 if match.group("unit").lower().startswith("year") else count)
    if match := _MONTH.match(words.strip()):
        # "in December" of a past report: the last such month before publication
        month = MONTHS[match.group("month").lower()]
        return _month(published.year if month < published.month else published.year - 1, month)
    if match := _YEAR.search(words):
        year = int(match.group("year"))
        return date(year, 1, 1), date(year, 12, 31)
    return None


def said_when(doc: Doc, verb: Token, published: date | None) -> date | None:
    """Return the date to anchor the time words of what ``verb`` reports, when its sentence dates the report more
    than a month before ``published`` (the period's first day), else None."""
    if published is None or verb.tag_ in ("VBP", "VBZ"):
        return None  # ("analysts expect a cut in June": a report in the present is made now, whatever time it names)
    objects = [c.right_edge.i for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod", "pobj") or child.i > verb.i + 4 and child.dep_ != "npadvmod":
            continue
        if objects and child.i > objects[0] and verb.lemma_.lower() in forecasting_verbs():
            continue  # "expected a cut in June": the time of what was foreseen, which the parser hung on the verb
        words = doc[child.left_edge.i : child.right_edge.i + 1]
        if not any(t.ent_type_ == "DATE" for t in words) or len(words) > 6:
            continue
        period = dated_before(words.text, published)
        if period is not None and period[1] < published - RECENT:
            return period[0]
    return None
