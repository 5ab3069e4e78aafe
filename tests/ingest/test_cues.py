from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.cues import find_cues, points_back, reports_alone


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Magda said that Russia will attack.", [("verb", "said")]),
        ("The general did not rule out that Russia may attack.", [("verb", "did not rule out")]),
        ("The general ruled out an attack.", [("verb", "ruled out")]),  # a denial of the attack, reported
        ("The general ruled on the appeal.", []),  # no "out": no report
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


# Sentences written for these tests: does the reporting verb report the sentences before it?
@pytest.mark.parametrize(
    "text, verb, back, alone",
    [
        ("Kovalenko said this on the radio.", "said", True, False),
        ("Kovalenko said so.", "said", True, False),
        ("Kovalenko told about this in an interview.", "told", True, False),
        ("Kovalenko made statements to this effect on Monday.", "made", True, False),
        ("Kovalenko said to the newspaper.", "said", False, True),
        ("Kovalenko said this year would be hard.", "said", False, False),
        ("Kovalenko described this as a mistake.", "described", False, False),
        ("Kovalenko did not say.", "say", False, False),
        ("Kovalenko thinks.", "thinks", False, False),
    ],
)
def test_reports_of_the_sentences_before(nlp: Language, text: str, verb: str, back: bool, alone: bool) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert (points_back(token), reports_alone(token)) == (back, alone)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kovalenko has the impression that the talks failed.", [("verb", "has the impression")]),
        ("Kovalenko made statements to this effect.", [("verb", "made statements")]),
        ("Kovalenko described the plan as a mistake.", [("verb", "described")]),
        ('"The port is open," the statement reads.', [("verb", "reads")]),
        ("After Estonian Prime Minister Anna Berg’s announced reform on March 3, prices fell.", []),
        # A revised forecast reports the forecast; a revised wage reports nothing.
        ("The Bank of Norland lifted its inflation forecast for next year to 2.6 per cent.", [("verb", "lifted its inflation forecast")]),
        ("The fund cut its outlook for 2026.", [("verb", "cut its outlook")]),
        ("The union raised wages by 3 percent.", []),
    ],
)
def test_more_cues(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(c.kind, c.text) for sentence in nlp(text).sents for c in find_cues(sentence)]
    assert [cue for cue in found if cue in expected] == expected
    if not expected:
        assert found == []
