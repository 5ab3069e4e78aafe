"""Answers to a question put to the speaker: "Asked whether A, X said: 'No'".

A short answer points back to the question instead of repeating it: "No",
"Not this year", "There is no such scenario", "I don't think so". When the
question asks whether something will happen, the answer predicts it, or its
negation. These functions find the question a claim answers and read which
way the answer goes; ``ingest.predictions`` reads the question's event.
The answer words are data: ``answers`` in ``data/lexicon/predictions.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from ingest.lexicon import load_lexicon
from ingest.prediction_words import words


@cache
def _answers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    data = load_lexicon("predictions")["answers"]

    def alternatives(phrases: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))

    negative_opening = re.compile(rf"^\W*(?:{alternatives(data['negative_openings'])})\b", re.IGNORECASE)
    negative_phrase = re.compile(rf"\b(?:{alternatives(data['negative_phrases'])})\b", re.IGNORECASE)
    positive_opening = re.compile(rf"^\W*(?:{alternatives(data['positive_openings'])})\b", re.IGNORECASE)
    return negative_opening, negative_phrase, positive_opening, int(data["longest"])


def answer_polarity(text: str) -> bool | None:
    """Return False for a short answer that says no ("No.", "Not this year", "There is no such threat"), True for
    one that says yes ("Yes, in the spring"), None for anything else (a longer answer, or one that does neither)."""
    negative_opening, negative_phrase, positive_opening, longest = _answers()
    # (n't split off as the parser splits it: "don't think so" holds "n't think so")
    spaced = re.sub(r"(?i)n['’]t\b", " n't", text)
    if len(spaced.split()) > longest:
        return None
    if negative_opening.search(spaced) or negative_phrase.search(spaced):
        return False
    if positive_opening.search(spaced):
        return True
    return None


def question_answered(span: Span) -> Span | None:
    """Return what was asked when ``span`` answers a question set before it in its sentence ("Asked whether
    there is a risk of a new offensive, the general said that ...": "there is a risk of a new offensive"), else None.

    The question is the whether- or if-clause of a participle of asking ("asked", "when asked") that the parser
    hung on the frame before the answer, in the answer's sentence or, for a quotation the parser set apart, the
    sentence before it."""
    doc = span.doc
    # (a quotation may open a sentence of its own: 'Asked whether A, X said: "No."' has the question before it)
    before = next((t for t in reversed(doc[: span.start]) if not t.is_punct), None)
    if before is None:
        return None
    for token in doc[min(before.sent.start, doc[span.start].sent.start) : span.start]:
        # (the parser tags an opening "Asked" as a participle or a past tense, and may make it the sentence's root)
        opening = token.dep_ == "advcl" or token.dep_ == "ROOT" and token.i == token.sent.start
        if token.tag_ not in ("VBN", "VBD") or not opening or token.lemma_.lower() not in words().question_cues:
            continue
        for clause in token.children:
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in ("whether", "if")), None)
            if clause.dep_ == "ccomp" and mark is not None and clause.right_edge.i < span.start:
                return doc[mark.i + 1 : clause.right_edge.i + 1]
    return None
