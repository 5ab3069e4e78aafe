"""graph/model.py: ids from names (ordinary names keep their slug, others never collide) and how a predicted event reads."""

from __future__ import annotations

import pytest

from graph.model import Prediction, entity_id, event_label, organisation_id, person_id


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Valerii Zaluzhnyi", "person:valerii-zaluzhnyi"),
        ("Yevhen Magda", "person:yevhen-magda"),
        ("  Yevhen   Magda ", "person:yevhen-magda"),
        ("Alice", "person:alice"),
        ("Agent 47", "person:agent-47"),
    ],
)
def test_an_ordinary_name_keeps_its_slug(name: str, expected: str) -> None:
    assert person_id(name) == expected


@pytest.mark.parametrize(
    "first, second",
    [
        ("???", "🙂"),
        ("???", "!!!"),
        ("J. Smith", "J Smith"),
        ("O'Brien", "O Brien"),
        ("Jean-Pierre Roy", "Jean Pierre Roy"),
        ("Chișinău", "Chisinau"),
        ("AT&T", "AT-T"),
        ("Müller", "Muller"),
        ("Иван", "Ivan"),
    ],
)
def test_names_that_differ_get_different_ids(first: str, second: str) -> None:
    for make in (person_id, organisation_id, entity_id):
        assert make(first) != make(second)


@pytest.mark.parametrize("name", ["???", "🙂", "J. Smith", "Chișinău", "Иван"])
def test_an_id_is_never_a_bare_prefix_and_is_stable(name: str) -> None:
    made = person_id(name)
    assert made.startswith("person:") and len(made) > len("person:") + 4
    assert person_id(name) == made == person_id(f" {name}  ")


def test_case_alone_does_not_make_another_name() -> None:
    assert person_id("ISW") == person_id("isw")
    assert person_id("J. Smith") == person_id("j. smith")


@pytest.mark.parametrize(
    "event, negated, label",
    [
        ("a new offensive from Belarus", True, "no new offensive from Belarus (negated)"),
        ("an early rate cut", True, "no early rate cut (negated)"),
        ("Russia launches a new offensive", True, "Russia launches a new offensive (negated)"),
        ("Russia launches a new offensive", False, "Russia launches a new offensive"),
    ],
)
def test_event_label(event: str, negated: bool, label: str) -> None:
    assert event_label(event, negated) == label
    assert Prediction("pred:1", "claim:1", event, negated=negated).label == label
