from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from ingest.horizons import add_months, date_anchor, find_anchor, find_horizon

P = date(2022, 12, 20)


@pytest.mark.parametrize(
    "text, horizon, window",
    [
        ("could occur in February, March at best, and late January at worst.", "in February, March at best, and late January at worst", ("2023-01-21", "2023-03-31")),
        ("may herald an offensive in the coming months.", "in the coming months", ("2022-12-20", "2023-03-20")),
        ("next year Russia can attack Moldova", "next year", ("2023-01-01", "2023-12-31")),
        ("they will be ready by spring", "by spring", ("2022-12-20", "2023-05-31")),
        ("an attack remains unlikely this winter", "this winter", ("2022-12-20", "2023-02-28")),
        ("a strike within weeks", "within weeks", ("2022-12-20", "2023-01-31")),
        ("by the end of next year", "by the end of next year", ("2022-12-20", "2023-12-31")),
        ("within two months", "within two months", ("2022-12-20", "2023-02-20")),
        ("in 2024", "in 2024", ("2024-01-01", "2024-12-31")),
        ("by mid-March", "by mid-March", ("2022-12-20", "2023-03-20")),
        ("in December", "in December", ("2022-12-20", "2022-12-31")),  # a window never opens before publication
        # translated copy: no article, "not earlier than in"
        ("the debt will be covered in the second half of year", "in the second half of year", ("2022-12-20", "2022-12-31")),
        ("the region will attract investment till end of year", "till end of year", ("2022-12-20", "2022-12-31")),
        ("the commission will examine the appeal in the term of 30 days", "in the term of 30 days", ("2022-12-20", "2023-01-19")),
        ("the deficit in year 2024 will reach 90 million", "in year 2024", ("2024-01-01", "2024-12-31")),
        # "next/following" plurals without "few" read as "coming"
        ("tariffs would not rise in the next months", "in the next months", ("2022-12-20", "2023-03-20")),
        ("the agency will examine the request in the following weeks", "in the following weeks", ("2022-12-20", "2023-01-17")),
        # a duration taken: over by then (the words after the verb only: they stay in the event)
        ("the repairs could take up to six months", "up to six months", ("2022-12-20", "2023-06-20")),
        ("the audit will last about two weeks", "about two weeks", ("2022-12-20", "2023-01-03")),
    ],
)
def test_find_horizon(text: str, horizon: str, window: tuple[str, str]) -> None:
    found = find_horizon(text, P)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) for d in window)


@pytest.mark.parametrize("text", ["as was the case on February 24", "Russia may attack", "the 20th century",
                                  "banks could withstand a 20% fall in prices",
                                  "in three quarters of cases the port will close"])  # a share, not a time
def test_no_horizon(text: str) -> None:
    assert find_horizon(text, P) is None


def test_without_a_date_the_words_stay_and_there_is_no_window() -> None:
    found = find_horizon("next year", None)
    assert found is not None and found.text == "next year" and found.window_start is None and found.window_end is None


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)


@pytest.mark.parametrize(
    "text, horizon, window",
    [
        ("rates should peak mid-next year", "mid-next year", ("2023-05-01", "2023-08-31")),
        # a fortnight is two weeks; "at least N more" counts from publication; "over the course of" a year is that year
        ("a deal within the next fortnight", "within the next fortnight", ("2022-12-20", "2023-01-03")),
        ("talks will resume over the coming fortnight", "over the coming fortnight", ("2022-12-20", "2023-01-03")),
        # a season's months, "over" a season
        ("outages could last over the winter months", "over the winter months", ("2022-12-20", "2023-02-28")),
        ("prices may rise in the summer months", "in the summer months", ("2023-06-01", "2023-08-31")),
        # wire style: "end-" before a year or a month
        ("the plant will be finished by end-2024", "by end-2024", ("2022-12-20", "2024-12-31")),
        ("the plant will be finished by end-March", "by end-March", ("2022-12-20", "2023-03-31")),
        ("sanctions will stay for at least two more years", "for at least two more years", ("2022-12-20", "2024-12-20")),
        ("prices will rise over the course of 2024", "over the course of 2024", ("2024-01-01", "2024-12-31")),
        # a day of next year, day first or month first; a day first after "for"
        ("the plant will close no later than 30 June next year", "no later than 30 June next year", ("2022-12-20", "2023-06-30")),
        ("the vote is scheduled for 28 December", "for 28 December", ("2022-12-28", "2022-12-28")),
        # a part of a season: its first, middle or last month
        ("the plant will close in late summer", "in late summer", ("2023-08-01", "2023-08-31")),
        ("an offensive may come in early spring", "in early spring", ("2023-03-01", "2023-03-31")),
        # "through" closes the window at what it names
        ("rates will stay high through the end of next year", "through the end of next year", ("2022-12-20", "2023-12-31")),
        # a range of months: the year after the second month dates both
        ("the bridge will open between March and May next year", "between March and May next year", ("2023-03-01", "2023-05-31")),
        ("the bridge will open in March or April 2024", "in March or April 2024", ("2024-03-01", "2024-04-30")),
        ("strikes will come from November to February", "from November to February", ("2022-12-20", "2023-02-28")),
        ("the bridge will open between March and May", "between March and May", ("2023-03-01", "2023-05-31")),
        ("prices will settle by the middle of next year", "by the middle of next year", ("2022-12-20", "2023-08-31")),
        ("a recovery early next year", "early next year", ("2023-01-01", "2023-04-30")),
        ("more closures in the coming years", "in the coming years", ("2022-12-20", "2025-12-20")),
        ("the results will be published shortly", "shortly", ("2022-12-20", "2023-01-20")),
        ("margins will stay thin going forward", "going forward", ("2022-12-20", "2023-12-20")),
        ("the plant will reopen in six months", "in six months", ("2022-12-20", "2023-06-20")),
        ("a decision within weeks", "within weeks", ("2022-12-20", "2023-01-31")),
        ("a deal in the months to come", "in the months to come", ("2022-12-20", "2023-03-20")),
        ("growth over the next ten years", "over the next ten years", ("2022-12-20", "2032-12-20")),
        ("a strike on December 30", "on December 30", ("2022-12-30", "2022-12-30")),
        ("a vote before the end of 2024", "before the end of 2024", ("2022-12-20", "2024-12-31")),
        # Two alternatives give ONE window covering both (see ingest/horizons.py).
        ("a landing in January-February or March-April", "in January-February or March-April", ("2023-01-01", "2023-04-30")),
        ("a thaw in March or, later, in May", "in March or, later, in May", ("2023-03-01", "2023-05-31")),
        # A range of lengths: to the longer.
        ("talks could resume within two to three months", "within two to three months", ("2022-12-20", "2023-03-20")),
        ("a deal in 2-3 weeks", "in 2-3 weeks", ("2022-12-20", "2023-01-10")),
        ("an attack within a year or two", "within a year or two", ("2022-12-20", "2024-12-20")),
        ("a cut in the second half of the year", "in the second half of the year", ("2022-12-20", "2022-12-31")),  # from P on
        ("costs of $1 billion over the next decade", "over the next decade", ("2022-12-20", "2032-12-20")),
        ("a test of the alliance before the end of the decade", "before the end of the decade", ("2022-12-20", "2029-12-31")),
        # Parts of a year given by its number.
        ("rates should peak in mid-2023", "in mid-2023", ("2023-05-01", "2023-08-31")),
        ("a recovery in the second half of 2023", "in the second half of 2023", ("2023-07-01", "2023-12-31")),
        ("prices will settle by late 2023", "by late 2023", ("2022-12-20", "2023-12-31")),
        # A range of years, however written, is one window from the first to the last.
        ("a new border treaty in 2024–2025", "in 2024–2025", ("2024-01-01", "2025-12-31")),
        ("a new border treaty in 2024-26", "in 2024-26", ("2024-01-01", "2026-12-31")),
        ("a new border treaty between 2024 and 2026", "between 2024 and 2026", ("2024-01-01", "2026-12-31")),
        # "this year or next": both years.
        ("no new levy this year or next", "this year or next", ("2022-12-20", "2023-12-31")),
        # Parts of a calendar decade: early the first three years, mid the next four, late the last three.
        ("the first reactors could run early next decade", "early next decade", ("2030-01-01", "2032-12-31")),
        ("the first reactors will run by the late 2020s", "by the late 2020s", ("2022-12-20", "2029-12-31")),
        # "no earlier than" a season (or its part) opens the window there, with no end.
        ("a new offensive no earlier than late spring", "no earlier than late spring", ("2023-05-01", None)),
        ("a first bond no sooner than 2028", "no sooner than 2028", ("2028-01-01", None)),
        # "from" a month or year (and "starting in", "as of") opens the window there, with no end; a span stays a span.
        ("the ban will apply from January 2024", "from January 2024", ("2024-01-01", None)),
        ("tolls will rise starting in May", "starting in May", ("2023-05-01", None)),
        ("gas will flow from May to July", "from May to July", ("2023-05-01", "2023-07-31")),
        # ... and so does "from" a day
        ("a thaw is forecast from January 16", "from January 16", ("2023-01-16", None)),
        ("imports will be banned from 1 March 2024", "from 1 March 2024", ("2024-03-01", None)),
        # "no earlier than" or "at the earliest" before any time
        ("the tanks will arrive no earlier than next spring", "no earlier than next spring", ("2023-03-01", None)),
        ("the tanks will arrive not earlier than late spring", "not earlier than late spring", ("2023-05-01", None)),
        ("the runoff will be held at the earliest in June", "at the earliest in June", ("2023-06-01", None)),
        # the weekend ahead; year-end; a meeting dated by its day
        ("prices will stay high until the weekend", "until the weekend", ("2022-12-20", "2022-12-25")),
        ("the terminal will close at year-end", "at year-end", ("2022-12-20", "2022-12-31")),
        ("the bank is expected to cut rates at its January 20 meeting", "at its January 20 meeting", ("2023-01-20", "2023-01-20")),
        # the summer recess: July and August (our convention)
        ("the law will pass before the summer recess", "before the summer recess", ("2022-12-20", "2023-06-30")),
        ("talks will resume after the summer holidays", "after the summer holidays", ("2023-09-01", None)),
        # hours count as days begun; the week after next is its Monday to Sunday; the rest of the week ends on Sunday
        ("a deal will be signed within the next 48 hours", "within the next 48 hours", ("2022-12-20", "2022-12-22")),
        ("talks could resume the week after next", "the week after next", ("2023-01-02", "2023-01-08")),
        ("the truce will hold for the rest of the week", "for the rest of the week", ("2022-12-20", "2022-12-25")),
        ("a deal could come as early as the end of the week", "as early as the end of the week", ("2022-12-20", "2022-12-25")),
        # the middle of the century is its fiftieth year; a generation thirty years
        ("the population will shrink by mid-century", "by mid-century", ("2022-12-20", "2050-12-31")),
        ("the villages will be empty within a generation", "within a generation", ("2022-12-20", "2052-12-20")),
        # a named day the text dates: until that day
        ("the line will be finished by Victory Day on May 9", "by Victory Day on May 9", ("2022-12-20", "2023-05-09")),
        # holidays named by their month are an event dated by it
        ("talks will resume after the May holidays", "after the May holidays", ("2023-06-01", None)),
        # the halves of a month (our convention: halves at the 15th)
        ("heating will be switched off in the second half of March", "in the second half of March", ("2023-03-16", "2023-03-31")),
        ("drills will start in the first half of April", "in the first half of April", ("2023-04-01", "2023-04-15")),
        # after a day: from the day after, no end (a day already past is no horizon)
        ("the tax will apply after December 28", "after December 28", ("2022-12-29", None)),
        ("the tax will apply after 1 April 2024", "after 1 April 2024", ("2024-04-02", None)),
        # "until at least October": until October.
        ("tariffs would stay unchanged until at least October", "until at least October", ("2022-12-20", "2023-10-31")),
        # an event dated by its month after a possessive: "before Norland's March election" ends with March
        ("no escalation before Norland's March parliamentary elections", "before Norland's March parliamentary elections",
         ("2022-12-20", "2023-03-31")),
        # counts past twelve, decades, quarters, mid-year, the century, the weeks ahead (P = 2022-12-20)
        ("the workforce will shrink over the next fifteen years", "over the next fifteen years", ("2022-12-20", "2037-12-20")),
        ("we won't reverse these trends in a decade", "in a decade", ("2022-12-20", "2032-12-20")),
        ("the share will rise by the end of the next decade", "by the end of the next decade", ("2022-12-20", "2039-12-31")),
        ("the zloty may firm in the coming quarter", "in the coming quarter", ("2023-01-01", "2023-03-31")),
        ("output will drop this quarter", "this quarter", ("2022-12-20", "2022-12-31")),
        ("the agency hopes to sign by mid-year", "by mid-year", ("2022-12-20", "2023-08-31")),  # (this year's is over)
        ("deliveries will continue in the weeks ahead", "in the weeks ahead", ("2022-12-20", "2023-01-17")),
        ("operators expect the coming summer season to be busy", "the coming summer season", ("2023-06-01", "2023-08-31")),
        # a count from an event the sentence names has no window (the event's day is not known) ...
        ("tariffs will be cut within six months of taking office", "within six months of taking office", (None, None)),
        ("troops would leave in the first 30 days after the ceasefire, he said", "in the first 30 days after the ceasefire",
         (None, None)),
        ("the mine could reopen within a year of the deal being signed if banks agree",
         "within a year of the deal being signed", (None, None)),
        ("volumes could recover \"within two to three months\" of reopening", "within two to three months\" of reopening", (None, None)),
        ("the board will publish the review in due course", "in due course", (None, None)),  # (a time the words do not bound)
        ("It may start at some point", "at some point", (None, None)),
        # ... but a count from now, or the first months of a year, is dated
        ("prices will drop within two years from now", "within two years", ("2022-12-20", "2024-12-20")),
        ("output will rise in the first six months of next year", "in the first six months of next year",
         ("2023-01-01", "2023-06-30")),
        ("exports will recover during the first three months of 2024", "during the first three months of 2024",
         ("2024-01-01", "2024-03-31")),
        # from a time on, with another figure after "and to"; from next year (month, week) on
        ("will raise the intake to 2,000 a year from January 2024 and to 4,000 by 2025", "from January 2024", ("2024-01-01", None)),
        ("the reduced rate will rise as of next year", "as of next year", ("2023-01-01", None)),
        ("the new fee will apply starting next month", "starting next month", ("2023-01-01", None)),
        ("the ferry will run daily from next week", "from next week", ("2022-12-26", None)),
        # ... with its "onwards" (or an "on" that ends the phrase), and no space at its end
        ("prices will drop from April onwards", "from April onwards", ("2023-04-01", None)),
        ("prices will drop from next year on, the bank said", "from next year on", ("2023-01-01", None)),
        ("prices will drop from April in most regions", "from April", ("2023-04-01", None)),
        # "this" before a month is the month itself, "next year" after it is next year's: still from then on
        ("the new tariffs will apply from this February", "from this February", ("2023-02-01", None)),
        ("the subsidy will be paid from June next year", "from June next year", ("2023-06-01", None)),
        ("the subsidy will be paid from June of next year", "from June of next year", ("2023-06-01", None)),
        ("the subsidy will be paid as of December next year", "as of December next year", ("2023-12-01", None)),
        # a month of next year ("in May next year"): that month, not from now to next year's end
        ("talks will resume in May next year", "in May next year", ("2023-05-01", "2023-05-31")),
        ("prices will peak in late May next year", "in late May next year", ("2023-05-21", "2023-05-31")),
        ("the plant will close by June of next year", "by June of next year", ("2022-12-20", "2023-06-30")),
        ("elections could be held between March and May next year", "between March and May next year", ("2023-03-01", "2023-05-31")),
        # half years counted from publication
        ("the reform will be completed within a year and a half", "within a year and a half", ("2022-12-20", "2024-06-20")),
        ("the war will end in two and a half years", "in two and a half years", ("2022-12-20", "2025-06-20")),
        ("the plant will reopen within half a year", "within half a year", ("2022-12-20", "2023-06-20")),
        # "at the end of" a month or week is its end ("by the end of" is until then)
        ("the ban will be lifted at the end of next month", "at the end of next month", ("2023-01-21", "2023-01-31")),
        ("the vote will be held at the end of next week", "at the end of next week", ("2022-12-30", "2023-01-01")),
        ("the ban will be lifted by the end of next month", "by the end of next month", ("2022-12-20", "2023-01-31")),
        # tonight is the report's own day; hours and nights count from publication
        ("the curfew will be lifted tonight", "tonight", ("2022-12-20", "2022-12-20")),
        ("more strikes are likely in the coming hours", "in the coming hours", ("2022-12-20", "2022-12-21")),
        ("the line could be restored within hours", "within hours", ("2022-12-20", "2022-12-21")),
        ("drones may return in the coming nights", "in the coming nights", ("2022-12-20", "2022-12-27")),
    ],
)
def test_more_horizons(text: str, horizon: str, window: tuple[str, str | None]) -> None:
    found = find_horizon(text, P)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(d and date.fromisoformat(d) for d in window)


def test_a_time_in_a_relative_clause_of_the_past_dates_nothing_predicted(nlp: Language) -> None:
    text = "The port authority, which raised its fees in February, plans to cut them again in April"
    found = find_horizon(text, P, span=nlp(text)[:])
    assert found is not None and found.text == "in April" and found.window_start == date(2023, 4, 1)


@pytest.mark.parametrize("text", [
    # a time of a verb in the simple past dates what was done, not what is planned after it
    "The port handled 3 million tonnes in February and aims to handle 4 million by the start of the season",
    "He said that the port handled 3 million tonnes in February and aimed to handle 4 million by the start of the season",
    # ... and so does one of a verb in the perfect
    "The number of crossings had fallen sharply this year and was expected to stay low",
    "Exports have risen in March and will keep rising",
])
def test_a_time_of_a_verb_in_the_past_dates_nothing_predicted(nlp: Language, text: str) -> None:
    assert find_horizon(text, P, span=nlp(text)[:]) is None


def test_a_time_of_a_future_perfect_dates_the_prediction(nlp: Language) -> None:
    text = "Exports will have risen by 2027"
    found = find_horizon(text, P, span=nlp(text)[:])
    assert found is not None and found.text == "by 2027"


def test_a_day_already_past_at_publication_is_no_horizon() -> None:
    assert find_horizon("as happened on March 3", date(2023, 5, 1)) is None


@pytest.mark.parametrize(
    "text, window",
    [
        ("oil will average less in 2026", ("2026-01-01", "2026-12-31")),
        ("the campaign starts in November 2023", ("2023-11-01", "2023-11-30")),
        ("a new bridge by spring 2025", (None, "2025-05-31")),  # "by": no opening day without a date
    ],
)
def test_an_absolute_date_gets_its_window_without_a_publication_date(text: str, window: tuple[str | None, str]) -> None:
    found = find_horizon(text, None)
    assert found is not None
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) if d else None for d in window)


@pytest.mark.parametrize(
    "text, horizon",
    [
        ("Prices will fall sharply next spring", "next spring"),  # "fall" the verb, "spring" the noun
        ("Shares could fall in the summer", "in the summer"),
        ("Sales will fall", None),
        ("Rents are expected to fall in 2024", "in 2024"),
        # a season word that makes a kind or a name of the noun after it is no time
        ("Farmers will sow spring barley on more land this year", "this year"),
        ("The Spring Shield drills will start next week", "next week"),
        ("The spring offensive could start soon", "The spring"),
        # "fall" the noun of a drop is no autumn either
        ("Analysts expect a sharp fall in the spring", "in the spring"),
        ("The fall in grain exports will continue", None),
        ("Exports could recover in the fall of 2026", "in the fall of 2026"),
        ("Exports could recover in the fall of next year", "in the fall of next year"),
        # a capitalised season after a name is a name ("the Arab Spring")
        ("There will be no Prague Spring in Minsk under this regime", None),
        # a season arriving times what happens as it comes, however the parser reads it ("winter approaches" as a noun)
        ("Heating bills will climb as winter approaches", "as winter approaches"),
        ("Farmers will sow winter wheat as usual", None),
    ],
)
def test_a_season_word_counts_only_as_a_noun(nlp: Language, text: str, horizon: str | None) -> None:
    found = find_horizon(text, P, span=nlp(text)[:])
    assert (found.text if found else None) == horizon


def test_without_the_parse_fall_stays_ambiguous() -> None:
    found = find_horizon("Sales will fall", P)
    assert found is not None and found.text == "fall"  # why extraction always passes the parse


def test_a_year_already_past_at_publication_is_no_horizon() -> None:
    assert find_horizon("as low as it had been back in 2016", date(2023, 5, 1)) is None
    found = find_horizon("as cheap as in 2016, or cheaper in 2024", date(2023, 5, 1))
    assert found is not None and found.text == "in 2024"


# Published on a Monday, so "the week that begins" is the publication week.
M = date(2023, 3, 6)


@pytest.mark.parametrize(
    "text, horizon, window",
    [
        # Vague near-future words: our lengths (data/lexicon/horizons.yaml; TimeML gives them no span).
        ("the ministry will answer soon", "soon", ("2023-03-06", "2023-04-06")),
        ("a ruling is imminent", "imminent", ("2023-03-06", "2023-04-03")),
        ("new rules in the near future", "in the near future", ("2023-03-06", "2023-06-06")),
        ("the strike may begin tomorrow", "tomorrow", ("2023-03-07", "2023-03-07")),
        ("the strike may begin the day after tomorrow", "the day after tomorrow", ("2023-03-08", "2023-03-08")),
        ("the council will meet next Tuesday", "next Tuesday", ("2023-03-14", "2023-03-14")),  # the following week's
        # Halves and bare quarters of the year, fiscal years (the calendar year), this decade, a scheduled day.
        ("the first chapters will open by the end of H1", "by the end of H1", ("2023-03-06", "2023-06-30")),
        ("growth will slow in Q3", "in Q3", ("2023-07-01", "2023-09-30")),
        ("the gap will reach 5% in fiscal 2024", "in fiscal 2024", ("2024-01-01", "2024-12-31")),
        ("the gap will reach 5% in the 2024 fiscal year", "in the 2024 fiscal year", ("2024-01-01", "2024-12-31")),
        ("the line will be finished this decade", "this decade", ("2023-03-06", "2029-12-31")),
        ("the vote is scheduled for June 23", "for June 23", ("2023-06-23", "2023-06-23")),
        ("allies will agree a plan by the summit in July", "by the summit in July", ("2023-03-06", "2023-07-31")),
        ("the ferry may sail as early as this week", "as early as this week", ("2023-03-06", "2023-03-12")),
        ("The week that begins will be a hard one", "The week that begins", ("2023-03-06", "2023-03-12")),
        ("the week that begins on March 13 may be calmer", "the week that begins on March 13", ("2023-03-13", "2023-03-19")),
        ("the bank raised its forecast for the year", "for the year", ("2023-03-06", "2023-12-31")),
        ("exports should recover this year", "this year", ("2023-03-06", "2023-12-31")),
        ("a referendum later this year", "later this year", ("2023-03-06", "2023-12-31")),
        ("inflation near 3% by next year", "by next year", ("2023-03-06", "2024-12-31")),
        ("losses in the first few years", "in the first few years", ("2023-03-06", "2026-03-06")),
        ("the next 4 years will be lean", "the next 4 years", ("2023-03-06", "2027-03-06")),
        ("costs will double over the next three years", "over the next three years", ("2023-03-06", "2026-03-06")),
        ("a cut early next year", "early next year", ("2024-01-01", "2024-04-30")),
        ("a cut late next year", "late next year", ("2024-09-01", "2024-12-31")),
        # The end of a month or week: to its last day (the publication week ends on Sunday March 12).
        ("the front may hold by the end of the month", "by the end of the month", ("2023-03-06", "2023-03-31")),
        ("a deal before the end of next month", "before the end of next month", ("2023-03-06", "2023-04-30")),
        ("the vote may come by the end of the week", "by the end of the week", ("2023-03-06", "2023-03-12")),
        # ... or of the quarter: the current one's last day, or the next one's
        ("the guard plans to hire 200 officers by the end of the quarter", "by the end of the quarter", ("2023-03-06", "2023-03-31")),
        ("a deal may come before the end of next quarter", "before the end of next quarter", ("2023-03-06", "2023-06-30")),
        ("talks could resume in a matter of weeks", "in a matter of weeks", ("2023-03-06", "2023-04-17")),
        ("the ferry may sail over the weekend", "over the weekend", ("2023-03-11", "2023-03-12")),
        ("the ferry may sail next weekend", "next weekend", ("2023-03-18", "2023-03-19")),
        ("the bridge will not open by New Year", "by New Year", ("2023-03-06", "2023-12-31")),
        # "as soon as July": July, not "soon"; "as soon as possible" is "soon".
        ("a decision could come as soon as July", "as soon as July", ("2023-07-01", "2023-07-31")),
        ("talks will start as soon as possible", "soon", ("2023-03-06", "2023-04-06")),
        # "no later than X" is "by X".
        ("the offensive will begin no later than April", "no later than April", ("2023-03-06", "2023-04-30")),
        ("a decision no later than 2024", "no later than 2024", ("2023-03-06", "2024-12-31")),
        # "several" is six (the longer reading); "for six months" counts from publication too.
        ("the result may scare investors for several months", "for several months", ("2023-03-06", "2023-09-06")),
        ("prices will stay high for six months", "for six months", ("2023-03-06", "2023-09-06")),
        # "by/until/before the end of March": from publication to March 31; "at the end of March": its last days.
        ("coal will last until the end of March", "until the end of March", ("2023-03-06", "2023-03-31")),
        ("a deal by the end of April", "by the end of April", ("2023-03-06", "2023-04-30")),
        ("a deal before the end of April", "before the end of April", ("2023-03-06", "2023-04-30")),
        ("a vote at the end of April", "the end of April", ("2023-04-21", "2023-04-30")),
        # "before X": up to the day before X begins; once X has begun, with X.
        ("the dam may give way before winter", "before winter", ("2023-03-06", "2023-11-30")),
        ("gas will be stored ahead of the winter", "ahead of the winter", ("2023-03-06", "2023-11-30")),  # "ahead of" as "before"
        # the turn of the year: its last day as a bound, the month either side of it as a time
        ("the heating will be back by the turn of the year", "by the turn of the year", ("2023-03-06", "2023-12-31")),
        ("prices will peak around the turn of the year", "around the turn of the year", ("2023-12-01", "2024-01-31")),
        ("the works will slip into 2025", "into 2025", ("2025-01-01", "2025-12-31")),
        ("a deal is unlikely ahead of 2025", "ahead of 2025", ("2023-03-06", "2024-12-31")),
        ("a truce before April is unlikely", "before April", ("2023-03-06", "2023-03-31")),
        ("no reform before 2025", "before 2025", ("2023-03-06", "2024-12-31")),
        ("a deal before next year", "before next year", ("2023-03-06", "2023-12-31")),
        ("the ferry may sail before April 9", "before April 9", ("2023-03-06", "2023-04-08")),
        ("prices may drop before mid-April", "before mid-April", ("2023-03-06", "2023-04-10")),
        ("the ice may melt before spring ends", "before spring", ("2023-03-06", "2023-05-31")),
        ("the harbour opens by April", "by April", ("2023-03-06", "2023-04-30")),
        # Quarters: written with their year, of next year, or of the publication year while still to come.
        ("prices will settle by the third quarter of 2024", "by the third quarter of 2024", ("2023-03-06", "2024-09-30")),
        ("a rebound in Q2 2024", "in Q2 2024", ("2024-04-01", "2024-06-30")),
        ("output will rise in the first quarter of next year", "in the first quarter of next year", ("2024-01-01", "2024-03-31")),
        ("a recovery in the fourth quarter", "in the fourth quarter", ("2023-10-01", "2023-12-31")),
        ("prices will settle by the end of the third quarter", "by the end of the third quarter", ("2023-03-06", "2023-09-30")),
        ("exports may pick up in the first quarter", "in the first quarter", ("2023-03-06", "2023-03-31")),
        # A month without a year: the next such month, from publication on.
        ("the bridge opens in October", "in October", ("2023-10-01", "2023-10-31")),
        ("the bridge opens in January", "in January", ("2024-01-01", "2024-01-31")),
        ("the talks may resume on April 2", "on April 2", ("2023-04-02", "2023-04-02")),
        ("the talks may resume on 2 April", "on 2 April", ("2023-04-02", "2023-04-02")),
        # An event dated by its month.
        ("the mayor could lose in the November election", "in the November election", ("2023-11-01", "2023-11-30")),
        ("no new tax before the May 2024 general election", "before the May 2024 general election", ("2023-03-06", "2024-05-31")),
        # An event a time dates, and what is foreseen before it: from publication to then.
        ("unlikely to cut the rate before its next review in September", "before its next review in September",
         ("2023-03-06", "2023-09-30")),
        ("no large outflows before the school term ends in late June", "before the school term ends in late June",
         ("2023-03-06", "2023-06-30")),
        ("prices may reach $300 by the start of the harvest in July", "by the start of the harvest in July", ("2023-03-06", "2023-07-31")),
        ("no large deployments before the joint exercise, expected in September", "before the joint exercise, expected in September",
         ("2023-03-06", "2023-09-30")),
        ("a coalition before the elections planned for next year", "before the elections planned for next year",
         ("2023-03-06", "2024-12-31")),
        ("a coalition before the elections next year", "before the elections next year", ("2023-03-06", "2024-12-31")),
        ("a deal before the summit scheduled for October", "before the summit scheduled for October", ("2023-03-06", "2023-10-31")),
        # "after" a time: from the day after it on, with no end
        ("no new orders will be accepted after the end of the year", "after the end of the year", ("2024-01-01", None)),
        ("orders will be accepted after March", "after March", ("2023-04-01", None)),
        # "as early as" a day: that day, the earliest; "by the evening": the report's own day
        ("the law could take effect as early as July 1", "as early as July 1", ("2023-07-01", "2023-07-01")),
        ("crews expect to restore power by the evening", "by the evening", ("2023-03-06", "2023-03-06")),
        # a split year ("the 2023/24 season"): its two calendar years, whatever months the trade counts
        ("wheat exports in the 2023/24 season will reach 16 Mt", "in the 2023/24", ("2023-03-06", "2024-12-31")),
        # "through" a time: from publication to its end
        ("little rain is forecast through mid-April", "through mid-April", ("2023-03-06", "2023-04-20")),
        ("the fighting will go on through next year", "through next year", ("2023-03-06", "2024-12-31")),
        # A stretch from publication, not the calendar month or year after it.
        ("will file the charges within the next month", "within the next month", ("2023-03-06", "2023-04-06")),
        ("they expect inflation of 8% over the next year", "over the next year", ("2023-03-06", "2024-03-06")),
        ("will announce a decision over the coming year", "over the coming year", ("2023-03-06", "2024-03-06")),
        # The report's own day.
        ("crews expect to restore power by evening", "by evening", ("2023-03-06", "2023-03-06")),
        ("the border crossing would reopen within the day", "within the day", ("2023-03-06", "2023-03-06")),
        # a count of quarters: three months each, from publication
        ("growth will slow over the next two quarters", "over the next two quarters", ("2023-03-06", "2023-09-06")),
        # a season "of next year" is next year's, "of this year" this year's
        ("the fleet will be ready by the autumn of next year", "by the autumn of next year", ("2023-03-06", "2024-11-30")),
        ("the vote will be held in late spring of this year", "in late spring of this year", ("2023-05-01", "2023-05-31")),
        # "by" an amount of change is no deadline: the time after it is the horizon, as it stands
        ("sales will drop by a fifth next month", "next month", ("2023-04-01", "2023-04-30")),
        ("the harvest will shrink by a third this year", "this year", ("2023-03-06", "2023-12-31")),
    ],
)
def test_general_forms(text: str, horizon: str, window: tuple[str, str | None]) -> None:
    found = find_horizon(text, M)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) if d else None for d in window)


@pytest.mark.parametrize(
    "text",
    [
        "rents rose earlier this year",  # the past, not "this year" ahead
        "the plant was shut last week",
        "as it did on 2 February",  # a day already past at publication
        "prices rose after March 2",  # ... also after it
        "exports grew in the last quarter",  # the quarter just ended
        "we thought it would be ready last autumn",  # a season, a month counted back from now
        "the first retreat in the sector since March",
    ],
)
def test_past_references_are_no_horizon(text: str) -> None:
    assert find_horizon(text, M) is None


@pytest.mark.parametrize(
    "text, window",
    [
        ("the dam will be finished by the end of autumn 2025", (None, "2025-11-30")),
        ("no decision before October 2025", (None, "2025-09-30")),  # before X: up to the day before it
        ("a new cabinet before the June 2025 parliamentary vote", (None, "2025-06-30")),
        ("the port reopens in the year 2027", ("2027-01-01", "2027-12-31")),
    ],
)
def test_absolute_forms_need_no_publication_date(text: str, window: tuple[str | None, str]) -> None:
    found = find_horizon(text, None)
    assert found is not None
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) if d else None for d in window)


@pytest.mark.parametrize("text", ["the mill will close soon", "a cut early next year", "the vote in October", "for the year"])
def test_relative_words_without_a_publication_date_keep_no_window(text: str) -> None:
    found = find_horizon(text, None)
    assert found is not None and (found.window_start, found.window_end) == (None, None)


@pytest.mark.parametrize(
    "text, horizon",
    [
        ("May the talks go well", None),  # "May" the modal verb
        ("May prices stay low in June", "in June"),
    ],
)
def test_a_month_or_season_word_used_as_a_verb_is_no_date(nlp: Language, text: str, horizon: str | None) -> None:
    found = find_horizon(text, M, span=nlp(text)[:])
    assert (found.text if found else None) == horizon


@pytest.mark.parametrize(
    "text, window",
    [
        # M is March 6: a day already past this year is next year's in a clause set in the future ...
        ("The island will vote on February 25", ("2024-02-25", "2024-02-25")),
        ("The ferry would sail on 1 March, the captain said", ("2024-03-01", "2024-03-01")),
        # (or an infinitive a forecasting word or a plan governs)
        ("The bank is likely to cut the rate on February 25", ("2024-02-25", "2024-02-25")),
        ("The island plans to vote on February 25", ("2024-02-25", "2024-02-25")),
        # ... and narration otherwise
        ("The island voted on February 25", None),
        ("as it did on February 24", None),
        # A weekday likewise: the first one after P in a clause set in the future, the writer's otherwise
        ("The council will meet on Thursday", ("2023-03-09", "2023-03-09")),
        ("The council will meet on Monday", ("2023-03-13", "2023-03-13")),
        ("The council met on Thursday", None),
        # (a possibility is set in the future as well; two days give one window)
        ("The council may meet on Thursday", ("2023-03-09", "2023-03-09")),
        ("A signing could take place on Friday or Saturday", ("2023-03-10", "2023-03-11")),
    ],
)
def test_a_day_past_this_year_in_a_future_clause_is_next_years(nlp: Language, text: str, window: tuple[str, str] | None) -> None:
    found = find_horizon(text, M, span=nlp(text)[:])
    assert (None if found is None else (found.window_start.isoformat(), found.window_end.isoformat())) == window  # type: ignore[union-attr]


def test_after_a_day_past_this_year_in_a_future_clause_opens_after_next_years(nlp: Language) -> None:
    text = "The new tax will apply after March 2"
    found = find_horizon(text, M, span=nlp(text)[:])
    assert found is not None and (found.window_start, found.window_end) == (date(2024, 3, 3), None)
    assert find_horizon("Prices rose after March 2", M, span=nlp("Prices rose after March 2")[:]) is None


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("the ferries will run again after the storm", "after the storm"),
        ("prices will stay high until the harvest is in", "until the harvest is in"),
        ("As long as the strike lasts, the mines will stay shut", "As long as the strike lasts"),
        ("a deal is likely ahead of the summit in Oslo", "ahead of the summit in Oslo"),
        ("the bank will act once the new figures arrive", "once the new figures arrive"),
        ("in the run-up to the vote, parties will spend more", "in the run-up to the vote"),
        ("During the talks, both sides may test each other", "During the talks"),
        ("After that, the council could raise fees", "After that"),
        ("the board will sign the deal by Easter", "by Easter"),  # "by" a day of the calendar ...
        ("the deal will be signed by Christmas", "by Christmas"),  # (the parser's agent)
        ("the deal will be signed by the mayor", None),  # ... not by someone
        ("some of the new trains will stay in service", None),  # "of" is no anchor
        ("the firm may hire more after the end of the year", None),  # calendar words are dates, not events
        ("the road will be repaired ahead of the school year", "ahead of the school year"),  # (a day of the calendar)
        ("the hall will not open before Christmas next year", "before Christmas next year"),  # the year its day falls in
        ("a load test is planned for the week after Easter", "the week after Easter"),  # its seven days
        ("talks could begin the day after the vote", "the day after the vote"),
        ("hotels expect crowds for the Easter weekend", "for the Easter weekend"),  # "for" a day of the calendar ...
        ("hotels will be full by the midsummer holidays", "by the midsummer holidays"),
        ("the army could attack on Orthodox Easter", "on Orthodox Easter"),  # "on", "at", "over" a day of the calendar
        ("prices will rise at Christmas", "at Christmas"),
        ("the army could attack around Easter", "around Easter"),  # "around" a day of the calendar ...
        ("the army could attack around the summit", None),  # ... not around an event
        ("the port will be busy on the first day of May", None),  # (a date, not a day of the calendar's events)
        # "no earlier than" an event, to the end of its clause, however the parser hangs it
        ("the vote will be held no earlier than six months after the end of the strike",
         "no earlier than six months after the end of the strike"),
        ("talks will resume not earlier than after the summit, officials said", "not earlier than after the summit"),
        ("the line will reopen no sooner than the end of the storm", "no sooner than the end of the storm"),
    ],
)
def test_an_event_anchor_is_kept_as_words(nlp: Language, text: str, anchor: str | None) -> None:
    assert find_anchor(text, span=nlp(text)[:]) == anchor


def test_an_event_anchor_gets_no_window_of_its_own(nlp: Language) -> None:
    from ingest.predictions import detect_prediction

    text = "the ferries will run again after the storm"
    fields = detect_prediction(text, M, span=nlp(text)[:])
    assert fields is not None and fields.horizon == "after the storm"
    assert (fields.window_start, fields.window_end) == (None, None)


def test_no_earlier_than_an_event_stays_out_of_the_event(nlp: Language) -> None:
    from ingest.predictions import detect_prediction

    text = "the vote will be held no earlier than six months after the end of the strike"
    fields = detect_prediction(text, M, span=nlp(text)[:])
    assert fields is not None and (fields.event, fields.negated) == ("the vote is held", False)
    assert (fields.window_start, fields.window_end) == (None, None)


@pytest.mark.parametrize(
    "text, horizon, window",
    [
        ("the fair, set for April 10-16, may be cancelled", "for April 10-16", ("2023-04-10", "2023-04-16")),
        ("roads will close from March 20 to April 2", "from March 20 to April 2", ("2023-03-20", "2023-04-02")),
        ("the count runs between 3 and 7 May", "between 3 and 7 May", ("2023-05-03", "2023-05-07")),
    ],
)
def test_a_span_of_days(text: str, horizon: str, window: tuple[str, str]) -> None:
    found = find_horizon(text, M)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) for d in window)


@pytest.mark.parametrize("text", ["the rally of February 10-12 drew crowds", "on March 1 to 3 percent"])
def test_a_past_span_or_a_percentage_is_no_span_of_days(text: str) -> None:
    assert find_horizon(text, M) is None


ARTICLE = (
    "---\ntitle: Ferries\n---\n"
    "The naval exercises, planned for March 20-26, worry the island's fishers. "
    "The mayor said the ferries would stop during the exercises and that fuel will be dearer after the exercises. "
    "The old war ended on May 9, 1945."
)


@pytest.mark.parametrize(
    "anchor, window",
    [
        ("after the exercises", ("2023-03-27", None)),  # opens the day after; no end is invented
        ("before the exercises", ("2023-03-06", "2023-03-19")),
        ("during the exercises", ("2023-03-20", "2023-03-26")),
        ("until the exercises", ("2023-03-06", "2023-03-26")),
        ("after the war", None),  # its only date is long past: no window
        ("after the election", None),  # the article names no such event
        # "as long as": from publication, to the end of the event the article dates, else with no end
        ("As long as the exercises last", ("2023-03-06", "2023-03-26")),
        ("as long as the war continues", ("2023-03-06", None)),
        ("as long as the corridor is open", ("2023-03-06", None)),
    ],
)
def test_an_anchor_the_article_dates_gets_a_window(anchor: str, window: tuple[str | None, str | None] | None) -> None:
    got = date_anchor(anchor, ARTICLE, M)
    assert got == (None if window is None else tuple(date.fromisoformat(d) if d else None for d in window))


def test_an_anchor_dated_twice_or_without_a_publication_date_gets_no_window() -> None:
    twice = ARTICLE + " More exercises are due on April 3-5."
    assert date_anchor("after the exercises", twice, M) is None
    assert date_anchor("after the exercises", ARTICLE, None) is None
    # a deadline named with the noun times something else ("use the exercises to ... ahead of the winter")
    bound = ARTICLE.replace("planned for March 20-26", "used to threaten the port ahead of the winter")
    assert date_anchor("during the exercises", bound, M) is None


def test_extraction_dates_an_anchor_from_another_paragraph(nlp: Language) -> None:
    from graph.model import Source, source_id
    from ingest.extract import extract

    text = ("---\ntitle: Ferries\npublished: 2023-03-06\n---\n\n"
            "The naval exercises are planned for March 20-26.\n\n"
            "Fuel prices will rise after the exercises, Mayor Anna Berg said.\n")
    source = Source(source_id(None, text), text, published=M)
    predictions = [c.prediction for c in extract(source, nlp=nlp).claims if c.prediction]
    assert [(p.horizon, p.window_start, p.window_end) for p in predictions] == [("after the exercises", date(2023, 3, 27), None)]


@pytest.mark.parametrize(
    "text, anchor",
    [
        ("the city will get through that day", "that day"),
        ("the rule has held to this day", None),  # "to this day": until now
    ],
)
def test_this_day_is_kept_as_an_anchor(nlp: Language, text: str, anchor: str | None) -> None:
    assert find_anchor(text, span=nlp(text)[:]) == anchor


def test_this_day_is_the_last_day_named_before_the_claim() -> None:
    text = "A strike is feared on March 8, the day of the parade. The mayor said the city will get through that day."
    at = text.find("the city")
    assert date_anchor("that day", text, M, at=at) == (date(2023, 3, 8), date(2023, 3, 8))
    assert date_anchor("that day", text, date(2023, 3, 10), at=at) is None  # the day is past at publication
    assert date_anchor("that day", "The city will get through that day.", M) is None  # no day named


@pytest.mark.parametrize("text, words, opens", [
    ("a new wave is possible after the presidential election in March", "after the presidential election in March", "2023-04-01"),
    ("taxes will rise after the November election", "after the November election", "2023-12-01"),
    ("talks will resume after the vote in May 2024", "after the vote in May 2024", "2024-06-01"),
])
def test_after_an_event_dated_by_its_month_opens_the_month_after(text: str, words: str, opens: str) -> None:
    found = find_horizon(text, M)
    assert found is not None and (found.text, found.window_start, found.window_end) == (words, date.fromisoformat(opens), None)


def test_a_quarter_past_this_year_under_a_forecast_is_next_years(nlp: Language) -> None:
    text = "Analysts forecast a rebound in the first quarter"  # P is December 20, 2022
    found = find_horizon(text, P, span=nlp(text)[:])
    assert found is not None and (found.window_start, found.window_end) == (date(2023, 1, 1), date(2023, 3, 31))
    assert find_horizon("Exports grew in the first quarter", P, span=nlp("Exports grew in the first quarter")[:]) is None


def test_after_that_opens_the_day_after_the_window_named_before() -> None:
    text = "The coal will last until the end of March. After that, the plant may shut."
    at = text.find("After that")
    assert date_anchor("After that", text, M, at=at) == (date(2023, 4, 1), None)
    two = "Talks may open in April or stall until June. Prices rise in May. After that, the plant may shut."
    assert date_anchor("After that", two, M, at=two.find("After that")) == (date(2023, 6, 1), None)  # the sentence just before
    assert date_anchor("After that", "The plant may shut. After that, prices may rise.", M, at=20) is None  # nothing dated before


@pytest.mark.parametrize("published", [P, None])
@pytest.mark.parametrize("text, horizon", [("sanctions will be lifted no earlier than 2025", "no earlier than 2025"),
                                           ("the bridge will reopen, but not before 2025", "not before 2025"),
                                           ("the bridge will reopen not before January 2025", "not before January 2025"),
                                           ("the tolls will stay after 2024", "after 2024"),
                                           ("the base will remain beyond 2024", "beyond 2024")])
def test_not_before_a_year_opens_the_window_with_no_end(text: str, horizon: str, published: date | None) -> None:
    found = find_horizon(text, published)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == (date(2025, 1, 1), None)


def test_not_before_a_month_is_the_next_such_month_on() -> None:
    found = find_horizon("the thaw may begin no earlier than May", P)
    assert found is not None and found.text == "no earlier than May"
    assert (found.window_start, found.window_end) == (date(2023, 5, 1), None)
    assert find_horizon("the thaw may begin no earlier than May", None).window_start is None  # relative: needs a date


# Events of the domain's calendar: their day follows a known rule, counted from publication.
@pytest.mark.parametrize(
    "anchor, published, window",
    [
        ("ahead of the general elections in the US", "2024-06-22", ("2024-06-22", "2024-11-04")),
        ("after the US presidential election", "2025-01-05", ("2028-11-08", None)),  # every fourth year
        ("ahead of the American midterm elections", "2026-01-10", ("2026-01-10", "2026-11-02")),
        ("on the anniversary of the large-scale invasion", "2023-02-19", ("2023-02-24", "2023-02-24")),
        ("after the anniversary of the invasion", "2023-03-01", ("2024-02-25", None)),  # this year's is past
        ("by Ukraine's Independence Day", "2026-03-01", ("2026-03-01", "2026-08-24")),
        ("on Victory Day", "2026-05-01", ("2026-05-09", "2026-05-09")),
        ("before Christmas", "2026-03-09", ("2026-03-09", "2026-12-24")),
        ("by Orthodox Christmas", "2026-03-09", ("2026-03-09", "2027-01-07")),
        ("before the New Year", "2026-03-09", ("2026-03-09", "2026-12-31")),
        ("by Easter", "2026-03-09", ("2026-03-09", "2026-04-05")),  # Gregorian computus
        ("until Orthodox Easter", "2026-03-09", ("2026-03-09", "2026-04-12")),  # Julian computus
        ("before Easter", "2026-04-06", ("2026-04-06", "2027-03-27")),  # this year's is past: next year's
        ("before Victory Day", "2026-05-09", None),  # the day itself: nothing before it is still to come
        ("before Christmas next year", "2026-03-09", ("2026-03-09", "2027-12-24")),  # the year named ...
        ("by Easter 2027", "2026-03-09", ("2026-03-09", "2027-03-28")),
        ("on Victory Day 2025", "2026-03-09", None),  # ... already past: nothing
        ("after the US presidential election 2027", "2026-03-09", None),  # (no such election that year)
        ("the week after Easter", "2026-03-09", ("2026-04-06", "2026-04-12")),  # its seven days
        ("the day before Orthodox Easter", "2026-03-09", ("2026-04-11", "2026-04-11")),
        ("the week before Christmas", "2026-03-09", ("2026-12-18", "2026-12-24")),
        ("by the midsummer holidays", "2026-03-09", ("2026-03-09", "2026-06-24")),  # Jāņi, Jaanipäev, Joninės
        ("for the Easter weekend", "2026-03-09", ("2026-04-05", "2026-04-05")),
        ("at Christmas", "2026-03-09", ("2026-12-25", "2026-12-25")),
        ("over Easter", "2026-03-09", ("2026-04-05", "2026-04-05")),
        ("around Easter", "2026-03-09", ("2026-03-29", "2026-04-12")),  # the week either side
        ("around Christmas", "2026-12-20", ("2026-12-20", "2027-01-01")),  # from publication at the earliest
        ("ahead of the new school year", "2026-03-09", ("2026-03-09", "2026-08-31")),  # 1 September in the region
        ("by the start of the academic year", "2026-10-01", ("2026-10-01", "2027-09-01")),
        ("before the end of the school year", "2026-03-09", None),  # (its end is no day of the calendar)
        ("after the war", "2026-03-01", None),  # no calendar knows when
        ("before the elections", "2024-06-22", None),  # whose elections the words do not say
    ],
)
def test_an_anchor_of_the_calendar_gets_its_window(anchor: str, published: str, window: tuple[str, str | None] | None) -> None:
    from ingest.horizons import calendar_anchor

    expected = None if window is None else (date.fromisoformat(window[0]), window[1] and date.fromisoformat(window[1]))
    assert calendar_anchor(anchor, date.fromisoformat(published)) == expected
    assert calendar_anchor(anchor, None) is None


def test_extraction_dates_an_anchor_of_the_calendar(nlp: Language) -> None:
    from graph.model import Source, source_id
    from ingest.extract import extract

    text = "Port traffic will fall before the US presidential election, analyst Anna Berg said.\n"
    source = Source(source_id(None, text), text, published=date(2028, 3, 1))
    predictions = [c.prediction for c in extract(source, nlp=nlp).claims if c.prediction]
    assert [(p.horizon, p.window_start, p.window_end) for p in predictions] == [
        ("before the US presidential election", date(2028, 3, 1), date(2028, 11, 6))]


def test_a_bare_fall_near_an_anchor_dates_nothing() -> None:
    # without a parse "fall" may be the verb: the vote stays undated ...
    assert date_anchor("before the vote", "Prices will fall before the vote.", M) is None
    # ... but "in the fall" is a season
    assert date_anchor("before the vote", "The vote is set for the fall. Prices will rise before the vote.", M) == (
        M, date(2023, 8, 31))


def test_from_next_month_opens_a_window_without_end() -> None:
    found = find_horizon("prices would rise from next October", P)
    assert found is not None and found.text == "from next October"
    assert (found.window_start, found.window_end) == (date(2023, 10, 1), None)
    december = find_horizon("prices would rise from next December", P)  # (the current month is not the next one)
    assert december is not None and december.window_start == date(2023, 12, 1)


def test_a_weekday_under_an_expected_infinitive_with_its_subject_is_ahead(nlp: Language) -> None:
    doc = nlp("Forecasters expect the snow to continue until Thursday.")
    found = find_horizon(doc.text, P, span=doc[:])
    assert found is not None and found.text == "until Thursday"
    assert (found.window_start, found.window_end) == (P, date(2022, 12, 22))


def test_this_century_is_a_horizon_only_in_a_clause_set_ahead(nlp: Language) -> None:
    ahead = nlp("The population may not recover this century.")
    found = find_horizon(ahead.text, P, span=ahead[:])
    assert found is not None and found.text == "this century"
    assert (found.window_start, found.window_end) == (P, date(2099, 12, 31))
    past = nlp("It was the worst flood this century.")
    assert find_horizon(past.text, P, span=past[:]) is None


@pytest.mark.parametrize("text, horizon", [
    # a record counted back from now is no horizon
    ("Stocks will be 28% full at the end, the lowest level in four years.", None),
    ("Exports may rise for the first time in a decade.", None),
    # a time inside a relative clause set off by commas, or a clause of reason, dates that clause
    ("The presidency, which takes over in July, will not close any chapters before it ends in December.", "in December"),
    ("Shortages are unlikely because a new plant would be running by 2027.", None),
    # (but a clause of reason after a clause that predicts nothing is the prediction, and a relative clause on a thing in
    # the event dates it)
    ("They are scared because they know they will lose in the autumn.", "in the autumn"),
    ("Russia plans to call up conscripts in its winter draft, which begins on December 28.", "on December 28"),
    # (a scenario's "where" clause may be what is predicted)
    ("There is a scenario, where the army will mobilise in the autumn.", "in the autumn"),
    # the heating season: October to April
    ("The utility would need new contracts for the next heating season.", "the next heating season"),
])
def test_time_words_that_date_something_else_are_no_horizon(nlp: Language, text: str, horizon: str | None) -> None:
    doc = nlp(text)
    found = find_horizon(doc.text, P, span=doc[:])
    assert (found.text if found else None) == horizon


@pytest.mark.parametrize("text, horizon, window", [
    ("stocks must be refilled before the next winter", "before the next winter", ("2022-12-20", "2023-11-30")),
    ("prices will stay high beyond the summer", "beyond the summer", ("2023-09-01", None)),
    ("talks will resume after the spring", "after the spring", ("2023-06-01", None)),
    ("prices will stay high through the summer", "through the summer", ("2022-12-20", "2023-08-31")),
])
def test_a_season_bounded_before_after_or_through(nlp: Language, text: str, horizon: str, window: tuple[str, str | None]) -> None:
    doc = nlp(text)
    found = find_horizon(doc.text, P, span=doc[:])
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(d and date.fromisoformat(d) for d in window)


def test_the_heating_season_runs_from_october_to_april() -> None:
    found = find_horizon("supplies will last through the heating season", date(2026, 3, 9))
    assert found is not None and (found.window_start, found.window_end) == (date(2026, 3, 9), date(2026, 4, 30))


def test_a_half_without_of_is_a_half_of_the_year(nlp: Language) -> None:
    doc = nlp("Demand will hold through the first half.")  # (in December, the first half still to come is next year's)
    found = find_horizon(doc.text, P, span=doc[:])
    assert found is not None and found.text == "through the first half"
    assert (found.window_start, found.window_end) == (P, date(2023, 6, 30))


def test_not_earlier_than_in_a_year_opens_a_window_without_end() -> None:
    found = find_horizon("the situation will stabilize not earlier than in 2027", P)
    assert found is not None and found.text == "not earlier than in 2027"
    assert (found.window_start, found.window_end) == (date(2027, 1, 1), None)


@pytest.mark.parametrize("text, horizon", [
    # what a noun is for is no time of the event when the clause has its own
    ("The budget for 2027 will be adopted in the autumn", "in the autumn"),
    ("Ferry contracts for next year will be signed in December", "in December"),
    # alone it stays the horizon
    ("The budget for 2027 will include more money for the ports", "for 2027"),
    # a revised forecast's "for" is its time
    ("The fund raised its growth forecast for 2027 to 2%", "for 2027"),
])
def test_a_nouns_for_phrase_yields_to_the_clauses_own_time(nlp: Language, text: str, horizon: str) -> None:
    found = find_horizon(text, P, span=nlp(text)[:])
    assert found is not None and found.text == horizon, found


def test_the_year_before_a_forecast_noun_is_its_time() -> None:
    found = find_horizon("raised its 2027 wage outlook to 6%", P)
    assert found is not None and found.text == "2027" and (found.window_start, found.window_end) == (date(2027, 1, 1), date(2027, 12, 31))


def test_throughout_a_year_is_that_year() -> None:
    found = find_horizon("the krona would remain stable throughout 2024", P)
    assert found is not None and found.text == "throughout 2024"
    assert (found.window_start, found.window_end) == (date(2024, 1, 1), date(2024, 12, 31))
