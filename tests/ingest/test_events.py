"""The predicted event as one positive proposition (ingest/events.py), on sentences in our own words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from ingest.events import antecedent, clause_event


def _verb(doc: Doc, word: str) -> Token:
    """Return the last token spelled ``word`` (the verb under test comes last in these sentences)."""
    return [t for t in doc if t.text == word][-1]


# A subject "it"/"this" stands for the noun of an earlier clause or sentence where the parse shows it.
@pytest.mark.parametrize(
    "text, verb, event",
    [
        ("The second wave could begin in March. In the worst case it might arrive earlier.", "arrive",
         "the second wave arrives earlier"),
        ("Because a price war will follow, it will hurt small shops.", "hurt", "a price war hurts small shops"),
        ("The flood destroyed the old dam. This will cost the region dearly.", "cost", "the flood costs the region dearly"),
        ("Asked whether the strikes would go on, the union leader said they would continue.", "continue",
         "the strikes continue"),
        # nothing before it: the clause stays as it is
        ("It could arrive from the west.", "arrive", "it arrives from the west"),
        # a dummy "it" whose verb takes a clause is no pronoun
        ("The bridge collapsed in May. It will take years to rebuild it.", "take", "it takes years to rebuild it"),
        # the person who thinks is not what the thought is about
        ("Wage growth is weak. My own judgment is that it is going to stay weak.", "stay", "Wage growth stays weak"),
    ],
)
def test_a_subject_pronoun_stands_for_its_noun(nlp: Language, text: str, verb: str, event: str) -> None:
    doc = nlp(text)
    assert clause_event(_verb(doc, verb), set()) == event


def test_a_pronoun_without_a_singular_subject_before_it_is_kept(nlp: Language) -> None:
    doc = nlp("Our neighbours arrived on Monday. It will rain tomorrow.")
    assert antecedent(_verb(doc, "It")) is None  # "neighbours" is plural: not what "it" stands for


@pytest.mark.parametrize(
    "text, verb, event",
    [
        # a relative clause on the attribute of "be": the noun is the verb's object or subject
        ("This is the very test we are about to face.", "face", "we face the very test"),
        ("This is the bridge that will open next year.", "open", "the bridge opens next year"),
        # "better times to come": the noun before "to come" is what comes
        ("The survey is a sign of better days to come for farmers.", "come", "better days come for farmers"),
    ],
)
def test_a_noun_described_by_the_clause_takes_its_place(nlp: Language, text: str, verb: str, event: str) -> None:
    doc = nlp(text)
    verb_token = _verb(doc, verb)
    subject = doc[verb_token.i - 2] if verb == "come" else None  # what the prediction stage hands on for "to come"
    assert clause_event(verb_token, set(), subject) == event
