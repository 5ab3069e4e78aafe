from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from ingest.predictions import detect_prediction

P = date(2022, 12, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia may try to attack Kyiv again.", {"probability_words": "may", "negated": False}),
        ("Another invasion could occur in February, March at best, and late January at worst.", {"window_start": date(2023, 1, 21), "window_end": date(2023, 3, 31)}),
        ("I do not believe in a situation in which Belarusian officers will command the Russian military.", {"negated": True}),
        ("Under the current conditions, there will be no strike from there in the coming months.", {"negated": True, "horizon": "in the coming months"}),
        ("The probability of their use against Ukraine is currently very high.", {"probability": 0.875, "probability_words": "very high"}),
        ("Next year Russia can attack Moldova.", {"horizon": "Next year", "window_end": date(2023, 12, 31)}),
        ("Russia plans to launch a new offensive.", {"negated": False}),
        ("Russia is going to attack again.", {"negated": False}),
        ("A ground attack from Belarus remains unlikely this winter.", {"probability_words": "unlikely", "horizon": "this winter"}),
        ("So I do not expect an attack from Belarus in the coming months.", {"negated": True}),
        ("Russia will almost certainly try again.", {"probability_words": "almost certainly", "probability": 0.97}),
    ],
)
def test_predictions(nlp: Language, text: str, expected: dict[str, object]) -> None:
    found = detect_prediction(text, P, span=nlp(text)[:])
    assert found is not None
    for key, value in expected.items():
        assert getattr(found, key) == value, key


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin is training about 200,000 new soldiers.",
        "But I do not see such a concentration of troops that can enter Ukraine.",
        "Putin believes that Lukashenko will not be able to resist for long.",
        "And you could see how satisfied he was.",
        "Throwing the army into battle now would mean a very quick defeat.",
        "The visit aims to create informational conditions for a new stage of the war.",
        "They could have won in 2022.",
    ],
)
def test_not_predictions(nlp: Language, text: str) -> None:
    assert detect_prediction(text, P, span=nlp(text)[:]) is None


def test_without_a_parse_a_regex_decides() -> None:
    found = detect_prediction("Russia won't attack next year.", P)
    assert found is not None and found.negated and found.window_start == date(2023, 1, 1)
    assert detect_prediction("Russia attacked last year.", P) is None


def test_without_a_date_the_horizon_has_no_window(nlp: Language) -> None:
    text = "Russia will attack next year."
    found = detect_prediction(text, None, span=nlp(text)[:])
    assert found is not None and found.horizon == "next year" and found.window_start is None


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "These two arguments are enough to understand why, under the current conditions, "
            "there will be no strike from there in the coming months.",
            "there will be no strike from there in the coming months",
        ),
        ("Next year Russia can attack Moldova.", "Russia can attack Moldova"),
        (
            "I do not believe in a situation in which Belarusian officers will command the Russian military.",
            "Belarusian officers will command the Russian military",
        ),
    ],
)
def test_the_event_is_the_predicted_clause_without_its_frame(nlp: Language, text: str, event: str) -> None:
    fields = detect_prediction(text, date(2022, 12, 20), span=nlp(text)[:])
    assert fields is not None
    assert fields.event == event
