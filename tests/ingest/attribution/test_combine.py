"""Claims the rules missed, proposed from the model's spans."""

from __future__ import annotations

import pytest

from ingest.attribution.combine import (
    overlaps,
    propose_claims,
    propose_for_text,
    remainder,
)
from ingest.attribution.model import AttributionSpan

TEXT = "Ann said the plan works. Bob argued that taxes fall.\nThe report noted rising costs."


def _span(label: str, phrase: str) -> AttributionSpan:
    start = TEXT.index(phrase)
    return AttributionSpan(label, start, start + len(phrase), phrase)


SPANS = [
    _span("SOURCE", "Ann"), _span("CUE", "said"), _span("CONTENT", "the plan works"),
    _span("SOURCE", "Bob"), _span("CUE", "argued"), _span("CONTENT", "that taxes fall"),
    _span("CONTENT", "rising costs"),  # no cue or source in its paragraph
]


def test_contents_the_rules_hold_are_not_proposed_again() -> None:
    rules = [(TEXT.index("the plan"), TEXT.index("works") + 5)]
    proposed = propose_claims(SPANS[:6], rules)
    assert [(p.content.text, p.cue.text, p.source.text) for p in proposed] == [("that taxes fall", "argued", "Bob")]


def test_a_content_needs_a_cue_and_a_source_in_its_paragraph() -> None:
    proposed = propose_for_text(TEXT, SPANS, [])
    assert [p.content.text for p in proposed] == ["the plan works", "that taxes fall"]
    assert all(TEXT[p.start:p.end] == p.content.text for p in proposed)


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (5, 30), True),   # half of the shorter shared
    ((0, 10), (8, 30), False),
    ((0, 10), (10, 20), False),
])
def test_overlap_is_half_of_the_shorter(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert overlaps(a, b) is expected


def test_without_a_source_a_cue_is_enough_when_asked() -> None:
    spans = [_span("CUE", "noted"), _span("CONTENT", "rising costs")]
    assert propose_claims(spans, []) == []
    (proposed,) = propose_claims(spans, [], need_source=False)
    assert (proposed.content.text, proposed.cue.text, proposed.source) == ("rising costs", "noted", None)


def test_without_a_cue_a_content_is_proposed_when_asked() -> None:
    spans = [_span("SOURCE", "Bob"), _span("CONTENT", "that taxes fall")]
    assert propose_claims(spans, []) == []
    (proposed,) = propose_claims(spans, [], need_cue=False)
    assert (proposed.content.text, proposed.cue, proposed.source) == ("that taxes fall", None, _span("SOURCE", "Bob"))


LONG = "Ann said the plan works, and that taxes will fall next year."


def _long(label: str, phrase: str) -> AttributionSpan:
    start = LONG.index(phrase)
    return AttributionSpan(label, start, start + len(phrase), phrase)


@pytest.mark.parametrize("claimed, expected", [
    ([(LONG.index("the plan"), LONG.index(", and"))], "and that taxes will fall next year"),  # the untouched rest
    ([(LONG.index("the plan"), LONG.index("fall"))], None),  # too little left
    ([], "the plan works, and that taxes will fall next year"),
])
def test_the_remainder_of_a_content(claimed: list[tuple[int, int]], expected: str | None) -> None:
    found = remainder(_long("CONTENT", "the plan works, and that taxes will fall next year"), claimed)
    assert (found.text if found else None) == expected
    assert found is None or LONG[found.start:found.end] == found.text


def test_a_content_a_claim_overlaps_gives_its_remainder_when_asked() -> None:
    spans = [_long("SOURCE", "Ann"), _long("CUE", "said"), _long("CONTENT", "the plan works, and that taxes will fall next year")]
    rule = [(LONG.index("the plan"), LONG.index(", and"))]
    assert propose_claims(spans, rule) == []
    (proposed,) = propose_claims(spans, rule, remainders=True)
    assert proposed.content.text == "and that taxes will fall next year" and proposed.part


def test_a_content_that_starts_inside_a_claim_is_no_claim_of_its_own() -> None:
    # the model ran a piece of the rules' claim on into the writer's words after it; even its remainder is none
    text = "Ann said the plan was expected to last until May, without giving a reason for the delay at the port."
    spans = [AttributionSpan(label, text.index(w), text.index(w) + len(w), w) for label, w in (
        ("SOURCE", "Ann"), ("CUE", "said"), ("CONTENT", "to last until May, without giving a reason for the delay at the port"))]
    rule = [(text.index("the plan"), text.index(", without"))]
    assert propose_claims(spans, rule) == [] and propose_claims(spans, rule, remainders=True) == []
