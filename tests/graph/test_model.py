"""Ids from names: ordinary names keep their readable slug, others never collide."""

from __future__ import annotations

import pytest

from graph.model import entity_id, organisation_id, person_id


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
