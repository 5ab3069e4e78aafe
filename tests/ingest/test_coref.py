from __future__ import annotations

import pytest

from ingest.coref import last_person, may_be, resolve_description
from ingest.identities import SpeakerEntry

SPY = SpeakerEntry("person", "Kyrylo Budanov", role="head of military intelligence")
DIPLOMAT = SpeakerEntry("person", "Roman Bezsmertnyi", role="former ambassador of Ukraine to Belarus")
ISW = SpeakerEntry("organisation", "Institute for the Study of War")


@pytest.mark.parametrize(
    "text, expected",
    [("the spy chief", SPY), ("the former diplomat", DIPLOMAT), ("the ambassador", DIPLOMAT), ("the analyst", None), ("experts", None)],
)
def test_resolve_description(text: str, expected: SpeakerEntry | None) -> None:
    assert resolve_description(text, [SPY, DIPLOMAT, ISW], []) is expected


def test_a_pronoun_takes_the_last_person_not_an_organisation() -> None:
    assert last_person([SPY, ISW]) is SPY
    assert last_person([ISW]) is None


@pytest.mark.parametrize(
    "name, pronoun, fits",
    [
        ("Natalia Kuzmenko", "he", False),        # a given name in -a
        ("Svetlana Tsikhanouskaya", "he", False),  # a family name in -aya
        ("Anna Ivanova", "she", True),
        ("Mykola Azarov", "he", True),             # a man's name in -a
        ("Nikita Petrov", "he", True),
        ("Mircea Dobre", "he", True),              # Romanian, Ukrainian and Hungarian men's names in -a
        ("Mykyta Bondar", "he", True),
        ("Gyula Kovacs", "he", True),
        ("Oleksandr Chernenko", "he", True),
        ("Kuzmenko", "he", True),                  # a family name alone tells nothing
        ("Mykola Azarov", "it", False),            # "it" is a body or a thing, never a person
    ],
)
def test_the_form_of_a_name_rules_out_a_pronoun(name: str, pronoun: str, fits: bool) -> None:
    assert may_be(pronoun, SpeakerEntry("person", name), "No honorific here.") is fits


def test_an_honorific_in_the_article_decides_over_the_form_of_the_name() -> None:
    assert may_be("she", SpeakerEntry("person", "Andrea Rossi"), "Mr. Rossi said so.") is False
    assert may_be("he", SpeakerEntry("person", "Andrea Rossi"), "Mr. Rossi said so.") is True
