from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.conditions import find_condition
from ingest.markers import find_markers, main_marker


@pytest.mark.parametrize(
    "text, condition",
    [
        ("If talks fail, the army will attack the city.", "If talks fail"),
        ("The army will attack the city unless the talks succeed.", "unless the talks succeed"),
        ("The strike will end when the port runs out of money.", "when the port runs out of money"),  # a condition on timing
        ("The council will back the plan provided that the dam is repaired.", "provided that the dam is repaired"),  # (a preposition)
        ("A truce could take hold if and only if both sides agree to freeze the front.",
         "if and only if both sides agree to freeze the front"),
        ("The army will attack the city.", None),
        # how early is no condition
        ("The firm will sell the terminal as soon as this autumn.", None),
        # a condition the parser coordinated with the clause it conditions
        ("The council will lower the tariff again, but only if coal prices fall.", "only if coal prices fall"),
    ],
)
def test_the_condition_of_the_main_marker(nlp: Language, text: str, condition: str | None) -> None:
    span = nlp(text)[:]
    found = find_condition(span, main_marker(find_markers(span, has_horizon=False, reported=False)))
    assert (found[0] if found else None) == condition
