"""graph/model.py: ids from names (ordinary names keep their slug, others never collide), how a predicted
event reads and how listings name a source."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Prediction, Source, entity_id, event_label, organisation_id, person_id, source_label


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
        # a definite subject is no indefinite noun: "no army joins" would say something else
        ("the army joins the war", True, "the army joins the war (negated)"),
        ("Russia launches a new offensive", False, "Russia launches a new offensive"),
    ],
)
def test_event_label(event: str, negated: bool, label: str) -> None:
    assert event_label(event, negated) == label
    assert Prediction("pred:1", "claim:1", event, negated=negated).label == label


BODY = "Officials in the capital said on Friday that the talks would resume next week."


@pytest.mark.parametrize(
    "title, publisher, published, text, path, label",
    [
        ("  The talks  resume ", "Daily", date(2023, 1, 2), BODY, "a.txt", "The talks resume"),
        (None, "Daily", date(2023, 1, 2), BODY, "a.txt",
         "Daily, 2023-01-02: \u201cOfficials in the capital said on Friday that\u2026\u201d"),
        (None, None, date(2023, 1, 2), "Short text.", None, "2023-01-02: \u201cShort text.\u201d"),
        (None, "Daily", None, BODY, None, "Daily: \u201cOfficials in the capital said on Friday that\u2026\u201d"),
        (None, None, None, BODY, "/data/news/2023-talks.txt", "2023-talks.txt"),
        (None, None, None, BODY, None, "\u201cOfficials in the capital said on Friday that\u2026\u201d"),
        ("", None, None, "   ", None, "untitled source"),
        # Front matter is not the article: the words quoted come after it.
        (None, "Daily", None, "---\npublisher: Daily\n---\n" + BODY, None,
         "Daily: \u201cOfficials in the capital said on Friday that\u2026\u201d"),
    ],
)
def test_source_label(title: str | None, publisher: str | None, published: date | None, text: str, path: str | None,
                      label: str) -> None:
    assert source_label(title, publisher, published, text, path) == label


def test_a_source_carries_its_label() -> None:
    source = Source(id="src:1", text=BODY, publisher="Daily", path="x.txt")
    assert source.label == source_label(None, "Daily", None, BODY, "x.txt")
