from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.cues import find_cues


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Magda said that Russia will attack.", [("verb", "said")]),
        ("The general did not rule out that Russia may attack.", [("verb", "did not rule out")]),
        ("The general ruled out an attack.", []),
        ("Putin emphasized the creation of a joint defence space.", [("verb", "emphasized")]),
        ("According to analysts, Russia is ready.", [("preposition", "According to")]),
        ("In fact, according to the words of experts, Shoigu came for weapons.", [("preposition", "according to"), ("preposition", "the words of")]),
        ("This, in his opinion, is impossible.", [("possessive", "in his opinion")]),
        ("In Magda's view, the trip had one purpose.", [("possessive", "In Magda's view")]),
        ("In the think tank's opinion, the Kremlin will keep up the pressure.", [("possessive", "In the think tank's opinion")]),
        ("Three planes took to the sky over Minsk.", []),
    ],
)
def test_find_cues(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = [(c.kind, c.text) for sentence in doc.sents for c in find_cues(sentence)]
    for cue in expected:
        assert cue in found
    if not expected:
        assert found == []


def test_cue_offsets_index_the_source(nlp: Language) -> None:
    text = "Lead paragraph.\n\nHolovkom did not rule out that Russia may attack."
    doc = nlp(text[17:])
    cue = find_cues(next(doc.sents), base=17)[0]
    assert text[cue.start : cue.end] == "did not rule out"
    assert cue.negated
