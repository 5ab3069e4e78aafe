from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.markers import cue_has, find_markers, main_marker


@pytest.mark.parametrize(
    "text, marker, event, kind",
    [
        ("The ministry plans to hire two thousand teachers.", "plans", "hire", "intention"),
        ("Prices will rise next year.", "will", "rise", "forecast"),
        ("There is a high risk of a flood.", "risk", "flood", "forecast"),
    ],
)
def test_a_marker_gives_its_event_and_kind(nlp: Language, text: str, marker: str, event: str, kind: str) -> None:
    found = find_markers(nlp(text)[:], has_horizon=False, reported=False)
    assert [(m.token.text, m.head.text, m.kind) for m in found] == [(marker, event, kind)]


def test_the_aim_of_a_thing_is_no_marker(nlp: Language) -> None:
    assert find_markers(nlp("The visit aims to improve ties.")[:], has_horizon=False, reported=False) == []


def test_a_modal_forecast_is_the_main_marker_before_a_plan(nlp: Language) -> None:
    found = find_markers(nlp("They will hold the vote, then start preparations for the election.")[:], has_horizon=False, reported=False)
    assert {m.kind for m in found} == {"forecast", "intention"}
    assert main_marker(found).kind == "forecast"


@pytest.mark.parametrize("cue, entry, has", [("ruled out", "rule out", True), ("said", "rule out", False), ("is planning", "plan", True)])
def test_a_cue_holds_an_entry_in_any_form(cue: str, entry: str, has: bool) -> None:
    assert cue_has(cue, [entry]) == has
