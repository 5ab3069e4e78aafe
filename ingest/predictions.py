"""Is a claim a prediction? Future markers, negation, horizon and probability.

A claim predicts when its own assertion is about the future: "will",
"won't", "shall", "is going to", "may/might/could" (hedged), "is likely to",
"plans to", a stated probability ("the probability ... is very high").
"can" and "would" count only with a time horizon ("next year Russia can
attack"): alone they mostly state an ability or a hypothesis. Future words
inside a belief reported about someone else ("Putin believes that X will")
are that person's view, not the speaker's prediction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from ingest.cues import cue_lexicon
from ingest.horizons import find_horizon
from ingest.probability import find_likelihood, probability_of

STRONG_MODALS = frozenset({"will", "'ll", "’ll", "shall", "wo"})
HEDGE_MODALS = frozenset({"may", "might", "could"})
WEAK_MODALS = frozenset({"can", "would", "ca"})
#: Verbs after a modal that report perception or speech, not an event
#: ("you could see how ..."): our reading of news prose.
NON_EVENT_VERBS = frozenset({"see", "hear", "say", "tell", "imagine", "understand", "notice", "feel", "recall", "remember", "argue"})
#: "X plans to ...", "X is likely to ...": intention or likelihood of a future act.
FUTURE_CONTROL = frozenset({"plan", "intend", "prepare", "threaten", "likely", "unlikely", "expect", "set", "about", "poised", "go"})
FIRST_PERSON = frozenset({"i", "we"})

_PROBABILITY_STATEMENT = re.compile(
    r"\b(?:probability|likelihood|chances?|risk)\b[^.;]{0,80}?\b(?:is|are|remains?)\b[^.;]{0,25}?\b(?P<words>very high|high|very low|low)\b",
    re.IGNORECASE,
)
#: "X is (very) unlikely/likely ...", "remains unlikely": an ICD 203 likelihood as the predicate.
_LIKELIHOOD_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|remains?|seems?|looks?|appears?)\s+(?:(?:very|highly|almost|quite|still)\s+)*(?:un)?(?:likely|probable|certain)\b"
    r"|\b(?:do|does|did|can)(?:\s+not|n't)\s+(?:rule\s+out|exclude)\b",
    re.IGNORECASE,
)
#: Verbs whose object is a future event when the speaker holds the view ("I do not expect an attack").
EXPECT_VERBS = frozenset({"expect", "anticipate", "foresee", "predict", "forecast"})
_REGEX_MARKERS = re.compile(
    r"\b(?:will|won't|shall|may|might|could|going to|(?:is|are) likely to|plans? to|intends? to|there will be no)\b|'ll\b",
    re.IGNORECASE,
)
_HEDGE_TERMS = ("do not rule out", "does not rule out", "did not rule out", "not rule out", "cannot rule out",
                "can't rule out", "not ruled out", "do not exclude", "did not exclude", "not excluded")
_ICD_TERMS = ("almost no chance", "remote", "very unlikely", "highly unlikely", "highly improbable", "unlikely",
              "improbable", "roughly even chance", "roughly even odds", "likely", "probable", "probably",
              "very likely", "highly likely", "highly probable", "almost certain", "almost certainly", "nearly certain")


@dataclass(frozen=True)
class PredictionFields:
    """What ``detect_prediction`` finds: the fields of a ``graph.model.Prediction`` without ids."""

    event: str
    horizon: str | None = None
    window_start: date | None = None
    window_end: date | None = None
    probability: float | None = None
    probability_words: str | None = None
    negated: bool = False


def _reported_by_other(verb: Token, span: Span) -> Token | None | bool:
    """Return the nearest reporting verb governing ``verb``.

    Returns False when a third party's belief governs it (not the speaker's
    prediction), the reporting verb when its subject is the speaker ("I do
    not believe ... will"), None when none governs it.
    """
    verbs = cue_lexicon().verbs
    for ancestor in verb.ancestors:
        if not span.start <= ancestor.i < span.end:
            break  # the claim's own cue ("..., X said") is outside it
        if ancestor.lemma_.lower() in verbs and ancestor.pos_ == "VERB":
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ not in FIRST_PERSON:
                return False
            return ancestor
    return None


def _negated(marker: Token, verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in marker.children):
        return True
    if marker.i + 1 < len(marker.doc) and marker.doc[marker.i + 1].lower_ in ("not", "n't", "never"):
        return True
    # "there will be no strike", "no one will attack"
    for child in verb.children:
        if child.dep_ in ("attr", "nsubj", "dobj", "nsubjpass") and any(g.lower_ in ("no", "none") and g.dep_ == "det" for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nobody", "nothing", "none"):
            return True
    return False


def _markers(span: Span, has_horizon: bool) -> list[tuple[Token, bool]]:
    """Return (marker token, negated) for each future marker the span asserts."""
    found: list[tuple[Token, bool]] = []
    for token in span:
        lower = token.lower_
        verb = token.head
        if token.tag_ == "MD" and lower in STRONG_MODALS | HEDGE_MODALS | WEAK_MODALS:
            if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
                continue  # "could have been": a past that did not happen
            if lower in HEDGE_MODALS | WEAK_MODALS and verb.lemma_.lower() in NON_EVENT_VERBS:
                continue
            if lower in WEAK_MODALS and (not has_horizon or verb.dep_ == "relcl"):
                continue
        elif lower == "going" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to" and any(c.dep_ == "aux" for c in token.children):
            verb = token
        elif token.lemma_.lower() in FUTURE_CONTROL and token.lemma_.lower() != "go" and any(c.dep_ == "xcomp" for c in token.children):
            verb = token
        elif token.lemma_.lower() in EXPECT_VERBS and token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
            verb = token
        else:
            continue
        reporter = _reported_by_other(verb, span)
        if reporter is False:
            continue
        negated = _negated(token, verb)
        if isinstance(reporter, Token) and reporter.lemma_.lower() != "rule" and any(c.dep_ == "neg" for c in reporter.children):
            negated = not negated  # "I do not believe ... will"
        found.append((token, negated))
    return found


#: Fewest words a clause needs to stand as the predicted event on its own.
MIN_EVENT_WORDS = 3


def _event(span: Span, markers: list[tuple[Token, bool]]) -> str | None:
    """Return the clause of the first future marker: what is predicted, without the frame.

    "these arguments are enough to understand why, under the current
    conditions, there will be no strike" predicts "there will be no strike":
    the marker's verb with its subject and everything it governs. Returns
    None when that clause is too short to stand alone.
    """
    marker = markers[0][0]
    verb = marker.head if marker.tag_ == "MD" or marker.dep_ == "aux" else marker
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = subjects[0].left_edge if subjects else verb.left_edge
    while first.i < verb.i and (first.dep_ in ("mark", "advmod", "cc", "punct") or first.tag_ in ("WDT", "WP", "WRB")):
        first = first.doc[first.i + 1]
    last = verb.right_edge
    if first.i < span.start or last.i >= span.end:
        return None
    clause = first.doc[first.i : last.i + 1].text.strip().rstrip(",;:.").strip()
    return clause if len(clause.split()) >= MIN_EVENT_WORDS else None


def detect_prediction(
    text: str,
    published: date | None,
    *,
    span: Span | None = None,
    cue: str | None = None,
) -> PredictionFields | None:
    """Return the prediction ``text`` makes, or None when it makes none.

    ``span`` is the parsed text (spaCy) and gives the precise rules; without
    it a regex over future markers decides. ``cue`` is the reporting cue
    ("did not rule out"), itself a probability hedge. The window needs
    ``published``: without it the horizon stays as words, with no window.
    """
    horizon = find_horizon(text, published)
    statement = _PROBABILITY_STATEMENT.search(text)
    if span is not None:
        markers = _markers(span, horizon is not None)
        negated = bool(markers) and all(n for _, n in markers)
    else:
        found = list(_REGEX_MARKERS.finditer(text))
        markers = found  # type: ignore[assignment]
        negated = bool(found) and bool(re.search(r"\b(?:won't|will not|there will be no|will never)\b", text, re.IGNORECASE))
    likelihood = _LIKELIHOOD_PREDICATE.search(text)
    if not markers and not statement and not likelihood:
        return None
    words: str | None = None
    probability: float | None = None
    if statement:
        words = statement.group("words")
        probability = probability_of(words)
    else:
        for terms in (_ICD_TERMS, _HEDGE_TERMS):
            found_term = find_likelihood(text, terms)
            if found_term:
                words, probability = found_term.words, found_term.probability
                break
        if words is None and cue and probability_of(cue) is not None:
            words, probability = cue, probability_of(cue)
        if words is None and span is not None:
            hedges = [t for t, _ in markers if t.lower_ in HEDGE_MODALS | WEAK_MODALS]
            if hedges and len(hedges) == len(markers):
                words, probability = hedges[0].text, probability_of(hedges[0].lower_)
    event = _event(span, markers) if span is not None and markers else None
    return PredictionFields(
        event=event or text.strip().rstrip(",;:").strip(),
        horizon=horizon.text if horizon else None,
        window_start=horizon.window_start if horizon else None,
        window_end=horizon.window_end if horizon else None,
        probability=probability,
        probability_words=words,
        negated=negated,
    )
