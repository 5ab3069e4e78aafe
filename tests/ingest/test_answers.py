"""Short answers to a question put to the speaker predict what was asked, or its negation."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph.model import Source, source_id
from ingest.answers import answer_polarity
from ingest.directory import Directory
from ingest.extract import extract


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("No.", False),
        ("Not this year", False),
        ("Never", False),
        ("There is no such scenario.", False),
        ("at present there is no such threat", False),
        ("I don't think so.", False),
        ("I do not believe so", False),
        ("I doubt it", False),
        ("Yes, in the autumn", True),
        # neither way, or an answer long enough to say something of its own
        ("The decision is up to the board", None),
        ("Nobody in the government has ever seriously discussed such a step with me or with anyone else I know", None),
        ("Nothing is decided", None),  # "no" only as a whole word
    ],
)
def test_which_way_a_short_answer_goes(text: str, polarity: bool | None) -> None:
    assert answer_polarity(text) is polarity


def predictions(nlp: Language, text: str) -> list[tuple[str, bool, str | None, date | None, date | None]]:
    extraction = extract(Source(source_id(None, text), text, published=date(2026, 3, 9)), Directory(), nlp)
    return [(p.event, p.negated, p.horizon, p.window_start, p.window_end) for c in extraction.claims for p in c.predictions]


# Sentences written for these tests (not from any article).
@pytest.mark.parametrize(
    "text, expected",
    [
        # no: the question's event, negated, timed by the question ...
        ('Asked whether Norland would close the border this year, the minister said: "There is no such scenario."',
         [("Norland closes the border", True, "this year", date(2026, 3, 9), date(2026, 12, 31))]),
        ("Asked whether there is a risk of a new flood in the spring, the mayor said that at present there is no such threat.",
         [("a new flood", True, "in the spring", date(2026, 3, 9), date(2026, 5, 31))]),
        ('When asked whether the union would join the strike, its leader said: "I don\'t think so."',
         [("the union joins the strike", True, None, None, None)]),
        # ... or by the answer's own time words
        ('Asked if the plant would reopen in May, the director said: "Not this year."',
         [("the plant reopens", True, "this year", date(2026, 3, 9), date(2026, 12, 31))]),
        # yes: the question's event as asked
        ('Asked whether the plant would reopen, the director said: "Yes, in the autumn."',
         [("the plant reopens", False, "in the autumn", date(2026, 9, 1), date(2026, 11, 30))]),
        # a bare "No." to a question about the future is a claim too
        ('Asked whether the plant would reopen, the director said: "No."', [("the plant reopens", True, None, None, None)]),
        # a question about the past or present foresees nothing, whatever the answer
        ('Asked whether talks had failed, the envoy said: "There is no such risk."', []),
        # an answer that says something of its own is read on its own words
        ("Asked whether the plant would reopen, the director said the decision was up to the board.", []),
    ],
)
def test_an_answer_to_a_question_about_the_future_predicts_it(nlp: Language, text: str,
                                                             expected: list[tuple[str, bool, str | None, date | None, date | None]]) -> None:
    assert predictions(nlp, text) == expected


def test_a_bare_answer_to_a_question_about_the_past_is_no_claim(nlp: Language) -> None:
    text = 'Asked whether he liked the old town, the mayor said: "No."'
    assert extract(Source(source_id(None, text), text, published=date(2026, 3, 9)), Directory(), nlp).claims == ()
