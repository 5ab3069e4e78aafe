from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph.model import Source, source_id
from ingest.extract import extract
from ingest.said_when import dated_before

P = date(2026, 3, 9)


@pytest.mark.parametrize(
    "words, period",
    [
        ("In March 2025", (date(2025, 3, 1), date(2025, 3, 31))),
        ("in the spring of 2025", (date(2025, 3, 1), date(2025, 5, 31))),
        ("in the winter of 2024", (date(2024, 12, 1), date(2025, 2, 28))),
        ("last year", (date(2025, 1, 1), date(2025, 12, 31))),
        ("last month", (date(2026, 2, 1), date(2026, 2, 28))),
        ("two years ago", (date(2024, 3, 1), date(2024, 3, 31))),
        ("In a 2021 interview", (date(2021, 1, 1), date(2021, 12, 31))),
        # a month without a year: the last one before publication
        ("in December", (date(2025, 12, 1), date(2025, 12, 31))),
        ("in February", (date(2026, 2, 1), date(2026, 2, 28))),
        ("on Monday", None),
    ],
)
def test_a_past_time_phrase_names_its_period(words: str, period: tuple[date, date] | None) -> None:
    assert dated_before(words, P) == period


def _windows(nlp: Language, text: str) -> list[tuple[date | None, date | None]]:
    source = Source(source_id(None, text), text, published=P)
    return [(p.window_start, p.window_end) for c in extract(source, nlp=nlp).claims for p in c.predictions]


@pytest.mark.parametrize(
    "text, window",
    [
        # a report the sentence dates well before the article: its time words are that time's
        ("In March 2025, Governor Ivan Sokol said inflation would fall below 10 percent by the end of the year.",
         (date(2025, 3, 1), date(2025, 12, 31))),
        ("Analysts at Halden Capital predicted last year that the krone would weaken by December.",
         (date(2025, 1, 1), date(2025, 12, 31))),
        ("In the spring of 2025, Energy Minister Petro Lysak promised that the country would not face blackouts in the winter.",
         (date(2025, 12, 1), date(2026, 2, 28))),
        # a report in the present is made now, the time it names is what it foresees ...
        ("Most analysts expect a cut in June.", (date(2026, 6, 1), date(2026, 6, 30))),
        # ... as is the time after what a forecaster foresaw
        ("In a note on Friday, analysts at Halden Capital expected a cut in June.", (date(2026, 6, 1), date(2026, 6, 30))),
        # a report of the last days keeps the publication date
        ("On Monday, Governor Ivan Sokol said inflation would fall below 10 percent by the end of the year.",
         (P, date(2026, 12, 31))),
    ],
)
def test_a_dated_report_anchors_its_time_words(nlp: Language, text: str, window: tuple[date, date]) -> None:
    assert _windows(nlp, text) == [window]
