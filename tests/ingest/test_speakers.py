"""Who a reporting verb's subject names (ingest/speakers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.speakers import who_said


# Sentences written for these tests: who a reporting verb's subject is.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # A pronoun after a named reporter in its own sentence is that reporter.
        ("Olena Kovalenko told reporters on Tuesday she does not think the economy will recover.", "think", "Olena Kovalenko"),
        # ... but not a reporter inside quoted words.
        ('"Peter told us," she thinks the plan will fail.', "thinks", "she"),
        # The holder of a role named after its organisation ("Representative of X First Last").
        ("Representative of the Union of Free Traders Peeter Tamm stated that the port is open.", "stated", "Peeter Tamm"),
    ],
)
def test_who_said(nlp: Language, text: str, verb: str, expected: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    who = who_said(doc, token, 0, 0, len(text), None, None)
    assert who.mention is not None and who.mention.text == expected
