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


def test_a_name_the_parser_hung_on_the_reported_clause_speaks(nlp: Language) -> None:
    # The parse the model gives some wire sentences ("<clause>, regional governor X said on Y"): the name made an
    # appositive of the clause's last noun, the verb left without a subject. Built by hand, as the model gives it.
    from spacy.tokens import Doc, Span

    words = ["Two", "ferries", "sank", "in", "Halden", ",", "regional", "governor", "Lena", "Novak", "said", "on", "Monday", "."]
    heads = [1, 2, 10, 2, 3, 4, 7, 9, 9, 4, 10, 10, 11, 10]
    deps = ["nummod", "nsubj", "ccomp", "prep", "pobj", "punct", "amod", "compound", "compound", "appos", "ROOT", "prep", "pobj",
            "punct"]
    pos = ["NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 4, 5, label="GPE"), Span(doc, 8, 10, label="PERSON")]
    who = who_said(doc, doc[10], 0, 0, len(doc.text), None, None)
    assert who.mention is not None and who.mention.text == "Lena Novak"


def test_a_report_the_parser_made_an_adverbial_of_its_content_has_the_name_before_it(nlp: Language) -> None:
    # "<clause>, Lena Novak reported on Telegram" as the model parses it for some names: the name an untagged
    # appositive of the clause's last noun, the verb an adverbial clause of the content. Built by hand.
    from spacy.tokens import Doc

    from ingest.contents import verb_content
    from ingest.cues import find_cues

    words = ["Two", "ferries", "sank", "near", "Halden", ",", "Lena", "Novak", "reported", "on", "Telegram", "."]
    heads = [1, 2, 2, 2, 3, 4, 7, 4, 2, 8, 9, 2]
    deps = ["nummod", "nsubj", "ROOT", "prep", "pobj", "punct", "compound", "appos", "advcl", "prep", "pobj", "punct"]
    pos = ["NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["CD", "NNS", "VBD", "IN", "NNP", ",", "NNP", "NNP", "VBD", "IN", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words[:8]]
              + ["report", "on", "telegram", "."], sent_starts=[True] + [False] * 11)
    who = who_said(doc, doc[8], 0, 0, len(doc.text), None, None)
    assert who.mention is not None and who.mention.text == "Lena Novak"
    cue = next(c for c in find_cues(doc[:], 0) if c.token == 8)
    content = verb_content(cue, doc, 0)
    assert content is not None and doc.text[content[0] : content[1]] == "Two ferries sank near Halden"


def test_an_inverted_frame_the_parser_made_a_complement_of_its_content_reports_it(nlp: Language) -> None:
    # "<clause>, declared for Nordwire the President Lena Novak on Monday" (translated copy) as the model parses it
    # for some names: the frame a complement of the clause it closes, the name an appositive of the outlet. By hand.
    from spacy.tokens import Doc, Span

    from ingest.contents import verb_content
    from ingest.cues import find_cues

    words = ["Norland", "will", "not", "close", "its", "ports", ",", "declared", "for", "Nordwire", "the", "President", "Lena",
             "Novak", "on", "Monday", "."]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 7, 8, 11, 13, 13, 9, 7, 14, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "poss", "dobj", "punct", "ccomp", "prep", "pobj", "det", "compound", "compound",
            "appos", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "PART", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "DET", "PROPN", "PROPN", "PROPN",
           "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "MD", "RB", "VB", "PRP$", "NNS", ",", "VBD", "IN", "NNP", "DT", "NNP", "NNP", "NNP", "IN", "NNP", "."]
    lemmas = ["Norland", "will", "not", "close", "its", "port", ",", "declare", "for", "Nordwire", "the", "President", "Lena",
              "Novak", "on", "Monday", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 16)
    doc.ents = [Span(doc, 12, 14, label="PERSON"), Span(doc, 15, 16, label="DATE")]
    cue = next(c for c in find_cues(doc[:], 0) if c.token == 7)
    content = verb_content(cue, doc, 0)
    assert content is not None and doc.text[content[0] : content[1]] == "Norland will not close its ports"
