from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from ingest.clauses import forms, in_relative_clause, is_agent, is_passive, is_purpose, likely_subject, marker_negated


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("inflected, base", [("planning", "plan"), ("estimated", "estimate"), ("hoping", "hope"), ("expects", "expect")])
def test_forms_include_the_base_form(inflected: str, base: str) -> None:
    assert base in forms(inflected)


@pytest.mark.parametrize(
    "text, modal, verb, passive, negated",
    [
        ("The bridge will not be finished.", "will", "finished", True, True),
        ("The bridge will be finished.", "will", "finished", True, False),
        ("Nobody will attack the town.", "will", "attack", False, True),
        ("The town will grow.", "will", "grow", False, False),
    ],
)
def test_passive_and_negated_verbs(nlp: Language, text: str, modal: str, verb: str, passive: bool, negated: bool) -> None:
    doc = nlp(text)
    assert is_passive(word(doc, verb)) == passive
    assert marker_negated(word(doc, modal), word(doc, verb)) == negated


@pytest.mark.parametrize(
    "text, inside",
    [("The drills that will start next week worry the neighbours.", True), ("The drills will start next week.", False)],
)
def test_a_relative_clause_only_describes_a_noun(nlp: Language, text: str, inside: bool) -> None:
    doc = nlp(text)
    assert in_relative_clause(word(doc, "start"), doc[:]) == inside


@pytest.mark.parametrize(
    "text, subject, agent, purpose",
    [
        ("Russia wants to attack.", "Russia", True, False),
        ("The visit aims to improve ties.", "visit", False, True),
        ("It will rain.", "It", False, False),
    ],
)
def test_actors_and_purposes(nlp: Language, text: str, subject: str, agent: bool, purpose: bool) -> None:
    doc = nlp(text)
    assert is_agent(word(doc, subject)) == agent
    assert is_purpose(word(doc, subject)) == purpose


@pytest.mark.parametrize("text, subject", [("A ground attack remains unlikely.", "attack"), ("Prices will rise.", None)])
def test_the_subject_of_a_likelihood_word(nlp: Language, text: str, subject: str | None) -> None:
    found = likely_subject(nlp(text)[:])
    assert (found.text if found is not None else None) == subject
