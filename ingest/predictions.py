"""Is a claim a prediction? Its kind, event, condition, negation, horizon and probability.

A claim predicts when the content it attributes places an event after the
time of the statement. The rules read the spaCy parse; the words they look
for are data (``data/lexicon/predictions.yaml``):

- modal future: "will", "won't", "shall", "is going to"; hedged "may",
  "might", "could"; "can" and "would" only with a time horizon or, for
  "would", as the future of a reported clause ("she said the vehicles
  would be delivered");
- intention: an actor (a name, a pronoun, an institution) plans, intends,
  aims, prepares, considers, seeks, wants ... to do something, or prepares
  / plans an event ("is preparing an attack for January", "has plans to");
- forecasting verbs and adjectives without a modal: "is expected to",
  "set to", "on track to", "poised to", "likely to", "expects X to",
  "hopes that ... should";
- risk and possibility nouns with an event: "the risk of a new offensive",
  "in danger of being drawn in", "the possibility of", "the worst case is";
- a stated likelihood: "remains unlikely", "the probability is very high".

Not predictions: past or present facts, abilities ("they can strike"
without a time), "should"/"must" (normative), a purpose of a thing ("the
visit aims to ..."), a future inside a relative clause that only describes
something ("the drills that will start"), and a future inside a belief
reported about someone else ("Putin believes that X will": that person's
view, not the speaker's).

``kind`` is "intention" for an actor's plan, aim or preparation, else
"forecast". A condition ("if talks fail", "should the offensive get out
of hand") is kept apart from the event. The event is one short positive
proposition (``ingest.events``); negation goes into ``negated``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from graph.model import PredictionKind
from ingest.cues import cue_lexicon
from ingest.events import antecedent, clause_event, contrasted, noun_event, subject_of
from ingest.horizons import Horizon, find_anchor, find_horizon
from ingest.lexicon import load_lexicon
from ingest.probability import current_scale, find_likelihood, probability_of

FIRST_PERSON = frozenset({"i", "we"})
_PURPOSE_MARKS = frozenset({"so", "that", "in", "order"})

_PROBABILITY_STATEMENT = re.compile(
    r"\b(?:probability|likelihood|chances?|risks?|threat|danger)\b[^.;]{0,80}?\b(?:is|are|remains?|was|were)\b[^.;]{0,25}?\b(?P<words>very high|high|very low|low)\b",
    re.IGNORECASE,
)
#: "X is (very) unlikely/likely ...", "remains unlikely": an ICD 203 likelihood as the predicate.
_LIKELIHOOD_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|remains?|seems?|looks?|appears?)\s+[\"“”']?(?:(?:very|highly|almost|quite|still)\s+)*(?:(?:un)?(?:likely|probable)\b|certain(?=\s+(?:to|that)\b|\s*[.,;]|\s*$))"
    r"|\b(?:do|does|did|can)(?:\s+not|n't)\s+(?:rule\s+out|exclude)\b",
    re.IGNORECASE,
)
_REGEX_MARKERS = re.compile(
    r"\b(?:will|won't|shall|may|might|could|going to|(?:is|are) (?:likely|expected|set|poised) to|plans? to|intends? to|aims? to|"
    r"(?:is|are|was|were) preparing|there will be no|(?:risk|danger|threat|possibility) of)\b|'ll\b",
    re.IGNORECASE,
)
_REGEX_INTENTION = re.compile(r"\b(?:plans? to|intends? to|aims? to|(?:is|are|was|were) preparing)\b", re.IGNORECASE)
_HEDGE_TERMS = ("do not rule out", "does not rule out", "did not rule out", "not rule out", "cannot rule out",
                "can't rule out", "not ruled out", "do not exclude", "did not exclude", "not excluded")
_ICD_TERMS = ("almost no chance", "remote", "very unlikely", "highly unlikely", "highly improbable", "unlikely",
              "improbable", "roughly even chance", "roughly even odds", "likely", "probable", "probably",
              "very likely", "highly likely", "highly probable", "almost certain", "almost certainly", "nearly certain")


@dataclass(frozen=True)
class Words:
    """The word lists of ``data/lexicon/predictions.yaml``."""

    strong: frozenset[str]
    hedged: frozenset[str]
    weak: frozenset[str]
    non_event_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    forecast_controls: dict[str, str]
    expect_verbs: frozenset[str]
    risk_nouns: frozenset[str]
    risk_links: frozenset[str]
    scenario_nouns: frozenset[str]
    belief_verbs: frozenset[str]
    condition_marks: tuple[str, ...]
    forecast_cues: frozenset[str]
    estimate_cues: frozenset[str]
    exclusion_cues: tuple[str, ...]
    plausibility_adjectives: frozenset[str]
    imminence_adjectives: frozenset[str]
    forecast_nouns: frozenset[str]
    purpose_marks: tuple[str, ...]
    attitudes: dict[str, tuple[str, str]]
    groundwork_idioms: dict[str, str]
    direction_nouns: frozenset[str]
    question_cues: frozenset[str]
    sign_verbs: frozenset[str]


@cache
def words() -> Words:
    """Return the prediction word lists (loaded once)."""
    data = load_lexicon("predictions")
    modals = data["modals"]
    return Words(
        frozenset(modals["strong"]), frozenset(modals["hedged"]), frozenset(modals["weak"]),
        frozenset(data["non_event_verbs"]), frozenset(data["intention_verbs"]), frozenset(data["intention_nouns"]),
        frozenset(data["agent_nouns"]), frozenset(data["purpose_nouns"]), {str(k): str(v) for k, v in data["forecast_controls"].items()},
        frozenset(data["expect_verbs"]), frozenset(data["risk_nouns"]), frozenset(data["risk_links"]), frozenset(data["scenario_nouns"]), frozenset(data["belief_verbs"]),
        tuple(sorted(data["condition_marks"], key=len, reverse=True)),
        frozenset(data["forecast_cues"]), frozenset(data["estimate_cues"]), tuple(data["exclusion_cues"]),
        frozenset(data["plausibility_adjectives"]), frozenset(data["imminence_adjectives"]), frozenset(data["forecast_nouns"]),
        tuple(data["purpose_marks"]), {str(k): (str(v[0]), str(v[1])) for k, v in data["attitudes"].items()},
        {str(k): str(v) for k, v in data["groundwork_idioms"].items()}, frozenset(data["direction_nouns"]),
        frozenset(data["question_cues"]), frozenset(data["sign_verbs"]),
    )


@dataclass(frozen=True)
class PredictionFields:
    """What ``detect_prediction`` finds: the fields of a ``graph.model.Prediction`` without ids."""

    event: str
    kind: PredictionKind = "forecast"
    condition: str | None = None
    horizon: str | None = None
    window_start: date | None = None
    window_end: date | None = None
    probability: float | None = None
    probability_words: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class _Marker:
    """A future word the claim asserts, and where its event is."""

    token: Token
    head: Token            # the predicted verb, or the event noun
    kind: PredictionKind
    trigger: str           # default of the probability scale: will, would, expect, intention, risk, or a hedge word
    negated: bool
    noun: bool = False     # the event is a noun phrase
    actor: Token | None = None  # for a planned event named by a noun: the verb of planning
    subject: Token | None = None  # the event's subject where the parse does not give it ("X moves in order to attack")
    elided: Token | None = None  # "(it could come from Belarus) and I do not exclude the south": the verb the event repeats


def _reported_by_other(verb: Token, span: Span) -> Token | None | bool:
    """Return the nearest belief verb governing ``verb``.

    Returns False when a third party's belief governs it (not the speaker's
    prediction), the verb when its subject is the speaker ("I do not believe
    ... will"), None when none governs it. Relayed speech ("the president
    said that ... will") is no belief: it stays a prediction, its holder's.
    """
    verbs = cue_lexicon().verbs
    below = verb
    for ancestor in verb.ancestors:
        if not span.start <= ancestor.i < span.end:
            break  # the claim's own cue ("..., X said") is outside it
        lemma = ancestor.lemma_.lower()
        reports = below.dep_ in ("ccomp", "xcomp", "parataxis")  # "X believes [that ...]", not "X points [to ...]"
        below = ancestor
        if lemma in verbs and lemma in words().belief_verbs and ancestor.pos_ == "VERB":
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass")]
            # In reported speech "he"/"she" is the speaker ("she said she does not think ...").
            own = not subjects or subjects[0].lower_ in FIRST_PERSON | {"he", "she"} or _first_person_holder(subjects[0])
            if own and (reports or subjects):
                return ancestor  # "I do not believe in a situation in which ... will"
            if reports:
                return False
    return None


def _first_person_holder(subject: Token) -> bool:
    """Return True for "my view", "our economists", "my own judgment and our analysts": the speaker's side holds the belief."""
    nouns = [subject, *[c for c in subject.children if c.dep_ == "conj"]]
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for n in nouns for c in n.children)


def _negated(marker: Token, verb: Token) -> bool:
    denied = contrasted(verb)  # "not in the east, but in the south": the event stands, elsewhere
    for token in (verb, marker):
        if any((c.dep_ == "neg" or c.lower_ == "never") and c.i not in denied for c in token.children):
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


def _in_relative_clause(verb: Token, span: Span) -> bool:
    """Return True when ``verb`` only describes a noun ("the drills that will start")."""
    token = verb
    while span.start <= token.i < span.end and token.head.i != token.i:
        if token.dep_ == "relcl":  # "the probability that X will" is a content clause the parser took for one
            if token.head.dep_ == "attr" and token.head.head.lemma_ == "be":
                return False  # "this is the problem we are about to face": what the sentence says
            return token.head.lemma_.lower() not in words().scenario_nouns | words().risk_nouns
        if token.dep_ in ("ccomp", "xcomp", "advcl", "acl"):
            return False
        token = token.head
    return False


def _is_purpose(subject: Token | None) -> bool:
    """Return True when ``subject`` is a thing or an act, whose aim is a purpose ("the visit aims to")."""
    if subject is None or subject.pos_ not in ("NOUN",):
        return False
    lemma = subject.lemma_.lower()
    return lemma in words().purpose_nouns and not _done_by_agent(subject)


def _done_by_agent(noun: Token) -> bool:
    """Return True for an act whose doer is named: "steps by the Russians", "Russia's moves"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by" and any(g.dep_ == "pobj" and _named_or_group(g) for g in child.children):
            return True
        if child.dep_ == "poss" and _named_or_group(child):
            return True
    return False


def _agent(noun: Token | None) -> Token | None:
    """Return the named doer of an act ("the Russians" of "steps by the Russians"), or None."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for grand in child.children:
                if grand.dep_ == "pobj" and _named_or_group(grand):
                    return grand
        if child.dep_ == "poss" and _named_or_group(child):
            return child
    return None


def _named_or_group(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lemma_.lower() in words().agent_nouns


def _may_intend(subject: Token | None) -> bool:
    """Return True when ``subject`` can hold an intention: anything but a thing or an act."""
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "which", "what")):
        return False
    return not _is_purpose(subject)


def _is_agent(subject: Token | None) -> bool:
    """Return True when ``subject`` surely holds intentions: a name, a personal pronoun, a group of people."""
    if subject is None or _is_purpose(subject):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subject.lemma_.lower()
    compounds = " ".join(c.lemma_.lower() for c in subject.children if c.dep_ == "compound")
    # A name before the noun ("the Wagner chief", "Russia's envoy") makes an actor; a nationality adjective
    # alone does not ("Ukrainian attacks" are acts, "Russian troops" actors through the noun).
    return lemma in words().agent_nouns or f"{compounds} {lemma}".strip() in words().agent_nouns or any(
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE") for c in subject.children if c.dep_ in ("compound", "poss")
    )


def _passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children) or (token.tag_ == "VBN" and any(c.lemma_ == "be" for c in token.children if c.dep_ == "aux"))


def _event_noun(token: Token) -> Token | None:
    """Return the event noun or gerund a risk noun or planning verb takes ("risk of an attack", "preparing for war")."""
    link = words().risk_links
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in link:
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.pos_ == "NOUN":  # "risk of Russia" names no event
                    return grand
                if grand.dep_ == "pcomp":
                    return grand
            if not list(child.children):  # "the chances for a recession by next year have grown": the parser lost the object
                for after in token.doc[child.i + 1 : child.i + 5]:
                    if after.pos_ == "NOUN":
                        return after
                    if after.pos_ not in ("DET", "ADJ", "PROPN", "NUM", "PUNCT"):
                        break
        if child.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            return child
    return None


def lemmas(token: Token) -> frozenset[str]:
    """Return the lemma and plausible base forms of ``token`` (the small model misreads "hoping" as "hop")."""
    return forms(token.lower_) | {token.lemma_.lower()}


def forms(lower: str) -> frozenset[str]:
    """Return ``lower`` and its plausible base forms ("planning" -> "plan", "estimated" -> "estimate")."""
    out = {lower}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "planning" -> "plan"
    return frozenset(out)


def _markers(span: Span, has_horizon: bool, reported: bool) -> list[_Marker]:
    """Return the future markers the span asserts, in text order."""
    w = words()
    found: list[_Marker] = []
    for token in span:
        lower, forms = token.lower_, lemmas(token)
        lemma = next(iter(sorted(forms & (w.intention_verbs | w.intention_nouns | set(w.forecast_controls) | w.expect_verbs | w.risk_nouns))), token.lemma_.lower())
        marker: _Marker | None = None
        if token.tag_ == "MD" and lower in w.strong | w.hedged | w.weak:
            verb = token.head
            if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
                continue  # "could have been": a past that did not happen
            if lower not in w.strong and verb.lemma_.lower() in w.non_event_verbs:
                continue
            if lower not in w.strong and any(c.lower_ in ("longer",) for c in verb.children):
                continue  # "could no longer launch": a present inability
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _PURPOSE_MARKS for c in verb.children):
                continue  # "so that we could respond": a purpose
            if lower in w.weak:
                # "would be visible", "would have to": a hypothetical, unless a time says when
                hypothetical = verb.lemma_.lower() in ("be", "have") and not _passive(verb)
                future_in_past = lower == "would" and reported and not hypothetical and not any(c.dep_ == "csubj" for c in verb.children)
                if not (has_horizon or future_in_past):
                    continue
                trigger = "would" if lower == "would" else lower
            else:
                trigger = "will" if lower in w.strong else lower
            # A reported "would" of an actor's own act is the plan announced ("he said he would resign").
            subject = subject_of(verb)
            subject = antecedent(subject) or subject if subject is not None else None  # "(the attacks) would continue"
            kind: PredictionKind = "intention" if trigger == "would" and reported and (_is_agent(subject) or _passive(verb)) and verb.lemma_.lower() not in ("be", "have") else "forecast"
            if lower in w.strong and any(c.lower_ == "always" for c in verb.children):
                continue  # "you will always ...": a habit, not an event
            if verb.lemma_.lower() in cue_lexicon().verbs and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children
            ):
                continue  # "I will say that it is not the last meeting": the speaker's own words now, the claim is inside them
            if lower in w.strong and verb.lemma_.lower() == "mean":
                continue  # "it will mean that ...": a consequence drawn, not an event
            signalled = _signalled(verb)
            if signalled is not None:  # "may herald the return of X": the event is what is heralded
                marker = _Marker(token, signalled, "forecast", trigger, _negated(token, verb), noun=True)
            else:
                marker = _Marker(token, verb, kind, trigger, _negated(token, verb))
        elif lower == "going" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to" and any(c.dep_ == "aux" for c in token.children):
            complements = [c for c in token.children if c.dep_ == "xcomp"]
            verb = complements[0] if complements else token
            marker = _Marker(token, verb, "forecast", "will", _negated(token, verb))
        elif lemma in w.intention_verbs and (token.pos_ in ("VERB", "ADJ", "AUX") or any(c.dep_ == "xcomp" for c in token.children)):
            marker = _intention(token, lemma)
            modal = _modal_forecast(token)
            if marker is not None and modal is not None:
                trigger = "will" if modal.lower_ in w.strong else modal.lower_
                marker = _Marker(modal, marker.head, "forecast", trigger, marker.negated or _negated(modal, token), marker.noun, marker.actor)
        elif lemma in w.intention_nouns and token.pos_ == "NOUN":
            marker = _intention_noun(token)
        elif lemma in w.forecast_controls and token.pos_ in ("VERB", "ADJ", "ADP", "NOUN", "ADV"):
            # "is expected to slow", "likely to": the event is a to-infinitive
            complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                           and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)]
            if lemma == "track":  # "is on track to": the complement hangs from "on", its head or "track"
                on = token.head.lower_ == "on" and token.dep_ == "pobj"
                places = [token, token.head, token.head.head] if on else []
                complements = [c for p in places for c in p.children if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in ("VERB", "AUX")]
            if lemma in ("set", "tip") and not _passive(token):
                complements = []
            if complements:
                verb = complements[0]
                marker = _Marker(token, verb, "forecast", w.forecast_controls[lemma], _negated(token, token) or _negated(token, verb))
            elif lemma in w.expect_verbs and _passive(token) and token.dep_ in ("ROOT", "ccomp", "conj") and any(
                c.tag_ in ("VBZ", "VBP") or c.lower_ in ("will", "'ll") for c in token.children if c.dep_ in ("aux", "auxpass")
            ):
                subject = subject_of(token)
                if subject is not None and subject.pos_ == "NOUN":  # "a rate hike is expected": the event is the hike
                    marker = _Marker(token, subject, "forecast", "expect", _negated(token, token), noun=True)
                else:
                    marker = _Marker(token, token, "forecast", "expect", _negated(token, token))  # "more systems are expected"
        if marker is None and lemma in w.expect_verbs and token.pos_ == "VERB":
            marker = _expectation(token)
        if marker is None and lemma in w.risk_nouns and token.pos_ == "NOUN":
            marker = _risk(token)
        if marker is None:
            marker = _phrase_marker(span, token, has_horizon)
        if marker is None:
            continue
        if _in_relative_clause(marker.token, span) or (not marker.noun and _in_relative_clause(marker.head, span)):
            continue
        reporter = _reported_by_other(marker.token, span)
        if reporter is False:
            continue
        if isinstance(reporter, Token) and reporter.lemma_.lower() != "rule" and any(c.dep_ == "neg" for c in reporter.children):
            marker = _Marker(marker.token, marker.head, marker.kind, marker.trigger, not marker.negated, marker.noun, marker.actor)
        found.append(marker)
    return found


def _signalled(verb: Token) -> Token | None:
    """Return the event noun a verb of a sign names ("may herald [the return of fighting]", "point to [a slowdown]"), or None."""
    if verb.lemma_.lower() not in words().sign_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.lemma_.lower() != "point":
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


def _likely_subject(span: Span) -> Token | None:
    """Return the event noun of "X remains unlikely", "X is very likely": the subject of the likelihood word, or None."""
    for token in span:
        likely = token.lemma_.lower() in ("likely", "unlikely", "probable", "improbable", "certain")
        if likely and token.dep_ == "advmod" and token.head.dep_ == "acomp":
            token = token.head  # "a rate hike is likely appropriate soon"
        if token.dep_ == "acomp" and likely and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            subject = subject_of(token.head)
            if subject is not None and subject.pos_ == "NOUN" and span.start <= subject.i < span.end:
                return subject
    return None


def _owner(noun: Token) -> Token | None:
    """Return whose plan ``noun`` is: "we proposed a plan" -> "we", "the union has its own plan" -> "the union"."""
    if noun.dep_ in ("dobj", "attr"):
        subject = subject_of(noun.head)
        if subject is not None and subject.dep_ != "expl" and subject.lower_ not in ("it", "this", "that", "which", "what"):
            return subject
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


_TIME_PREPOSITIONS = frozenset({"in", "over", "for", "within", "during", "through"})


def _phrase_marker(span: Span, token: Token, has_horizon: bool) -> _Marker | None:
    """The future read from a phrase rather than a modal: "better times to come", "in order to",
    "an imminent attack", "is not realistic this year", "I do not rule out X"."""
    w = words()
    lemma = token.lemma_.lower()
    # "better times to come": the future of what a noun names; "in the years to come" is a horizon
    if lemma == "come" and token.dep_ in ("relcl", "acl") and token.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ) and not (token.head.dep_ == "pobj" and token.head.head.lower_ in _TIME_PREPOSITIONS):
        # the noun just before "to come" is what comes, whatever the parser hung the clause on
        before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].lower_ == "to" else token.head
        noun = before if before.pos_ == "NOUN" else token.head
        if noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPOSITIONS:
            return None
        return _Marker(token, token, "forecast", "will", False, subject=noun)
    if token.lower_ in ("in", "so"):
        return _purpose(span, token)
    if lemma in w.imminence_adjectives:
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and (
            token.head.i == span.root.i or (token.head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and token.head.head.tag_ != "VBD")
        ):
            return _Marker(token, token.head, "forecast", "will", False, noun=True)
        subject = subject_of(token.head) if token.dep_ == "acomp" else None
        if subject is not None and subject.pos_ == "NOUN":
            return _Marker(token, subject, "forecast", "will", _negated(token.head, token.head), noun=True)  # "an attack is imminent"
    if lemma in w.plausibility_adjectives and token.dep_ == "acomp" and has_horizon:
        subject = subject_of(token.head)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            negative = lemma.startswith(("un", "im"))
            return _Marker(token, subject, "forecast", "expect", _negated(token.head, token.head) != negative, noun=True)
    if lemma in w.groundwork_idioms and token.pos_ == "VERB" and token.tag_ != "VBD" and not (
        token.tag_ == "VBN" and any(c.lower_ in ("had",) for c in token.children)
    ):
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() == w.groundwork_idioms[lemma]:
                preps = [p for p in (*child.children, *token.children) if p.dep_ == "prep" and p.lower_ == "for"]
                for prep in preps:
                    event = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if event is not None:  # "have set the stage for big gains"
                        return _Marker(token, event, "forecast", "expect", _negated(token, token), noun=True)
    if lemma in ("exclude", "rule") and token.pos_ == "VERB" and (lemma == "exclude" or any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)):
        # "I do not exclude the south", "we cannot rule out a second wave": a possibility conceded
        if not any(c.dep_ == "neg" for c in token.children) and not any(c.lower_ == "not" for c in token.doc[max(token.i - 2, 0) : token.i]):
            return None
        subject = subject_of(token)
        if subject is not None and subject.lower_ not in FIRST_PERSON | {"he", "she"} and not _first_person_holder(subject):
            return None  # "Putin did not exclude ...": someone else's view, told by the cue
        for child in token.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                earlier = _elided_verb(child) if _is_direction(child) else None
                return _Marker(token, child, "forecast", "risk", False, noun=True, elided=earlier)
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                return _Marker(token, child, "forecast", "risk", False)
    return None


def _is_direction(noun: Token) -> bool:
    return noun.lemma_.lower() in words().direction_nouns or noun.ent_type_ in ("GPE", "LOC")


def _place_preps(verb: Token) -> list[Token]:
    """Return the prepositions of ``verb`` that name a place or direction ("from Belarus", "towards Kyiv")."""
    return [c for c in verb.children if c.dep_ == "prep" and any(g.dep_ == "pobj" and _is_direction(g) for g in c.children)]


def _elided_verb(noun: Token) -> Token | None:
    """Return the earlier predicted verb whose place ``noun`` replaces, or None.

    "It could come from Belarus, towards Kyiv, and I do not exclude the
    south either": the nearest verb before, in the same paragraph, under a
    modal, with a preposition naming a place.
    """
    for token in reversed(list(noun.doc[max(noun.sent.start - 40, 0) : noun.i])):
        if token.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" for c in token.children) and _place_preps(token):
            return token
    return None


def _elided_event(marker: _Marker, skip: set[int]) -> str | None:
    """The earlier clause with the new place: "it comes from the south"."""
    verb = marker.elided
    if verb is None:
        return None
    preps = _place_preps(verb)
    gone = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod", "advcl") for t in c.subtree}  # the new place replaces them all
    clause = clause_event(verb, skip | gone | {c.i for c in verb.children if c.tag_ == "MD"})
    return f"{clause} {preps[0].text} {noun_event(marker.head, skip)}"


def _purpose(span: Span, token: Token) -> _Marker | None:
    """"is approaching the border in order to try to enter": an actor's aim for an act under way (FrameNet Purpose).

    Only for an act now or ahead (not "sent in order to": done) by anything but a
    thing whose purpose it is ("the terminal is built in order to").
    """
    doc = token.doc
    for phrase in words().purpose_marks:
        parts = phrase.split()
        end = token.i + len(parts)
        if end >= len(doc) or [t.lower_ for t in doc[token.i : end]] != parts:
            continue
        verb = doc[end]
        if verb.pos_ not in ("VERB", "AUX") or not span.start <= verb.i < span.end:
            return None
        main = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.i < token.i), None)
        if main is None or main.tag_ in ("VBD",) or (main.tag_ == "VBN" and not any(c.lower_ in ("will", "'ll") for c in main.children)):
            return None
        subject = subject_of(main)
        if subject is None or not _may_intend(subject):
            return None
        return _Marker(token, verb, "intention", "intention", _negated(verb, verb), subject=subject)
    return None


def _modal_forecast(token: Token) -> Token | None:
    """Return the modal that makes an intention verb a forecast ("they will try to", "may want to"), or None.

    A hedged progressive ("may be preparing") still reports a preparation under way.
    """
    modals = [c for c in token.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("would", "should", "must")]
    progressive = token.tag_ == "VBG" and any(c.lemma_ == "be" for c in token.children if c.dep_ == "aux")
    return modals[0] if modals and not progressive else None


def _intention(token: Token, lemma: str) -> _Marker | None:
    """"plans to attack", "is preparing an offensive", "is aimed at amassing", "is considering scenarios"."""
    if lemma in ("try", "attempt") and token.tag_ in ("VBD", "VBN"):
        return None  # "tried to": a past act
    passive = _passive(token)
    subject = subject_of(token)
    if _is_purpose(subject) or (not passive and not _may_intend(subject)):
        return None  # "the visit aims to ...": a purpose, not a plan
    negated = _negated(token, token)
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return _Marker(token, child, "intention", "intention", negated)
    if lemma in ("prepare", "plan", "consider", "aim", "schedule", "slate"):
        for child in token.children:
            # "preparing an attack" plans an event; "preparing 200,000 troops" trains people
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and not lemmas(child) & words().agent_nouns and not any(
                c.dep_ == "nummod" for c in child.children
            ):
                return _Marker(token, child, "intention", "intention", negated, noun=True, actor=token)
            if child.dep_ == "prep" and child.lower_ in ("for", "at"):
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                        return _Marker(token, grand, "intention", "intention", negated, noun=True, actor=token)
                    if grand.dep_ == "pcomp" and grand.pos_ == "VERB":  # "steps by the Russians are aimed at amassing": theirs
                        return _Marker(token, grand, "intention", "intention", negated, subject=_agent(subject) or subject)
        if lemma == "prepare" and token.tag_ == "VBG" and subject is not None and not any(c.dep_ == "dobj" for c in token.children):
            return _Marker(token, token, "intention", "intention", negated)  # "Russia is preparing"
    return None


def _intention_noun(token: Token) -> _Marker | None:
    """"has plans to conscript", "preparations for an offensive", "a plan aimed at reducing".

    A planned act named by a verb gets the plan's owner as its subject ("we
    proposed a plan aimed at cutting costs": we cut costs).
    """
    marker = _planned(token)
    if marker is None or marker.noun or subject_of(marker.head) is not None:
        return marker
    owner = _owner(token)
    return _Marker(marker.token, marker.head, marker.kind, marker.trigger, marker.negated, subject=owner) if owner is not None else marker


def _planned(token: Token) -> _Marker | None:
    if token.dep_ in ("attr", "nsubj", "dobj") and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        # "there are no preparations for a war": what is denied is the plan, not the war
        return _Marker(token, token, "intention", "intention", True, noun=True)
    return _planned_act(token)


def _planned_act(token: Token) -> _Marker | None:
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
        token.dep_ in ("dobj", "attr", "nsubj") and _negated(token.head, token.head))
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return _Marker(token, child, "intention", "intention", negated)  # "X plans to" tagged as a noun
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            if child.lemma_.lower() == "aim":
                for prep in child.children:
                    for grand in prep.children:
                        if grand.dep_ == "pcomp":
                            return _Marker(token, grand, "intention", "intention", negated)
            if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return _Marker(token, child, "intention", "intention", negated)
        if child.dep_ == "prep" and child.lower_ in ("for", "to"):
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                    return _Marker(token, grand, "intention", "intention", negated, noun=True)
                if grand.dep_ == "pcomp":
                    return _Marker(token, grand, "intention", "intention", negated)
    if token.lemma_.lower() == "preparation" and token.dep_ in ("attr", "nsubj", "dobj"):
        return _Marker(token, token, "intention", "intention", negated, noun=True)
    return None


def _expectation(token: Token) -> _Marker | None:
    """"expects inflation to fall", "anticipates a slowdown", "hopes that talks should succeed"."""
    negated = _negated(token, token)
    if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return None  # a bare participle ("was predictable, predicted"): no one expects anything here
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX") and child.i > token.i:
            return _Marker(token, child, "forecast", "expect", negated)
    for child in token.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            last = child.right_edge
            if last.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in last.children):
                # "expects this trend of falling prices to continue", the "to" clause hung inside the noun
                return _Marker(token, last, "forecast", "expect", negated, subject=child)
            return _Marker(token, child, "forecast", "expect", negated, noun=True)
        if child.dep_ == "prep" and child.lower_ == "for" and token.lemma_.lower() == "hope":  # "cannot hope for an improvement"
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                    return _Marker(token, grand, "forecast", "expect", negated, noun=True)
    return None


def _risk(token: Token) -> _Marker | None:
    """"the risk of a new offensive", "in danger of being drawn in", "the worst case is an escalation"."""
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
        token.dep_ in ("dobj", "attr", "nsubj") and _negated(token.head, token.head))
    event = _event_noun(token)
    if event is not None:
        return _Marker(token, event, "forecast", "risk", negated, noun=event.pos_ == "NOUN")
    compounds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if compounds and token.lemma_.lower() == "risk":  # "security threats" is an assessment, "recession risks" an event
        return _Marker(token, compounds[0], "forecast", "risk", negated, noun=True)  # "recession risks"
    if token.dep_ == "nsubj" and lemmas(token) & {"odds", "chance", "prospect"}:
        # "the odds look good for the party regaining the seat": the event hangs from the judging adjective
        for adjective in token.head.subtree:
            if adjective.dep_ == "acomp":
                for child in adjective.children:
                    if child.dep_ == "prep" and child.lower_ == "for":
                        event = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                        if event is not None:
                            return _Marker(token, event, "forecast", "risk", negated, noun=event.pos_ == "NOUN")
                for sibling in (*adjective.children, *adjective.head.children):
                    if sibling.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in sibling.children):
                        return _Marker(token, sibling, "forecast", "risk", negated)
    if token.lemma_.lower() in ("case", "scenario") and token.dep_ == "nsubj" and any(
        c.lower_ in ("worst", "best", "likely", "base") for c in token.children
    ):
        attrs = [c for c in token.head.children if c.dep_ == "attr"]
        if attrs:
            return _Marker(token, attrs[0], "forecast", "risk", negated, noun=True)
    return None


def _condition(span: Span, marker: _Marker) -> tuple[str, set[int]] | None:
    """Return the text and token indices of the condition clause on the prediction, or None."""
    marks = words().condition_marks
    heads = [marker.head, marker.token, *[a for a in marker.head.ancestors if span.start <= a.i < span.end]]
    for head in heads:
        for child in head.children:
            if not span.start <= child.i < span.end:
                continue
            if child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in ("barring", "in")):
                first = child.left_edge
                phrase = span.doc[first.i : child.right_edge.i + 1].text
                lowered = phrase.lower()
                if any(lowered.startswith(m + " ") for m in marks):
                    if lowered.startswith("in ") and not lowered.startswith(("in case", "in the event")):
                        continue
                    indices = {t.i for t in child.subtree}
                    return phrase.strip(" ,;:"), indices
    # A parse that misses the clause: an inverted "should ..." or "if ..." opening or closing the text.
    match = _CONDITION_TEXT.search(span.text)
    if match:
        lo, hi = span.start_char + match.start("c"), span.start_char + match.end("c")
        indices = {t.i for t in span if lo <= t.idx < hi}
        if marker.head.i not in indices and marker.token.i not in indices:
            return match.group("c").strip(" ,;:"), indices
    return None


_CONDITION_TEXT = re.compile(
    r"(?:^|[,;]\s*)(?P<c>(?:if|unless|provided(?:\s+that)?|as\s+long\s+as|in\s+case|barring|should\s+(?:the|a|an|this|that|these|those|there|it|they|we|he|she|[A-Z]\w*))\b[^,;.]*)",
    re.IGNORECASE,
)


def _main(markers: list[_Marker]) -> _Marker:
    """Return the marker that carries the claim: a modal forecast before a plan, then the one nearest the root.

    A claim that both forecasts with a modal and reports a plan ("they will
    hold the vote, then start preparations for ...") asserts the forecast;
    it is an intention only when no modal forecast is made.
    """
    def depth(marker: _Marker) -> int:
        return sum(1 for _ in marker.token.ancestors)
    modal = any(m.kind == "forecast" and (m.token.tag_ == "MD" or m.trigger == "will") for m in markers)
    return min(markers, key=lambda m: (modal and m.kind == "intention", depth(m), m.token.i))


def _event(span: Span, marker: _Marker, skip: set[int]) -> str | None:
    if marker.elided is not None:
        return _elided_event(marker, skip)
    if marker.noun and marker.actor is not None:
        return clause_event(marker.actor, skip)  # "Russia prepares a new offensive"
    if marker.noun:
        return noun_event(marker.head, skip, _risk_places(marker))
    return clause_event(marker.head, skip | {marker.token.i}, marker.subject)


#: Prepositions of a risk noun that tell the event's doer, origin or target ("the threat of an attack [by troops] [from the north]").
_EVENT_PREPOSITIONS = frozenset({"by", "from", "against", "on", "towards", "toward", "into", "at", "in"})


def _risk_places(marker: _Marker) -> list[Token]:
    """Return the phrases the parser hung on the risk noun that belong to its event, after the event noun."""
    if marker.trigger != "risk" or marker.token.i == marker.head.i:
        return []
    return [c for c in marker.token.children if c.dep_ == "prep" and c.i > marker.head.i and c.lower_ in _EVENT_PREPOSITIONS]


def _skip(span: Span, horizon: Horizon | None, text: str, anchor: str | None = None) -> set[int]:
    """Return the token indices of the horizon when it modifies the event ("in the coming months").

    The event never repeats its horizon: the time words, or without them
    the event that times it ("after the drills", ``anchor``), are the
    prediction's ``horizon`` and go from the event. Time words that are a
    participant ("how these coming months unfold", "an imminent flood")
    stay in the event.
    """
    inner = span.text.find(text) if span.text != text else 0
    shift = span.start_char + max(inner, 0)
    if horizon is not None:
        lo, hi = shift + horizon.start, shift + horizon.end
    elif anchor and anchor in text:
        lo = shift + text.index(anchor)
        hi = lo + len(anchor)
    else:
        return set()
    words = {t.i for t in span if lo <= t.idx < hi}
    tops = [t for t in span if t.i in words and t.head.i not in words]
    if any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "amod") for t in tops):
        return set()  # "an imminent flood": the time word describes the event noun and stays with it
    skip = set(words)
    # The preposition or phrase a time expression hangs from goes with it.
    for t in tops:
        if t.head.dep_ == "prep" and all(c.i in skip for c in t.head.children):
            skip.add(t.head.i)
            verb = t.head.head
            if verb.pos_ in ("VERB", "AUX") and not any(c.i not in skip and c.dep_ in _COMPLEMENTS for c in verb.children):
                return set()  # "will cope with this day", "will last for weeks": the verb's only complement stays
    return skip


#: Dependents that complete a verb: without one, its time phrase is what it is about.
_COMPLEMENTS = frozenset({"dobj", "attr", "prep", "xcomp", "ccomp", "acomp", "prt", "oprd", "dative", "agent"})


def _probability(text: str, cue: str | None, marker: _Marker | None) -> tuple[str | None, float | None]:
    """Return (words, number) for the prediction: its own words, else the default of its trigger."""
    statement = _PROBABILITY_STATEMENT.search(text)
    if statement:
        return statement.group("words"), probability_of(statement.group("words"))
    for terms in (_ICD_TERMS, _HEDGE_TERMS):
        found = find_likelihood(text, terms)
        if found:
            return found.words, found.probability
    if cue and probability_of(cue) is not None:
        return cue, probability_of(cue)
    if marker is None:
        return None, None
    if marker.trigger == "risk":
        for child in marker.token.children:
            if child.dep_ == "amod" and child.lower_ in ("high", "low"):
                very = any(g.lower_ in ("very", "extremely") for g in child.children)
                phrase = ("very " if very else "") + child.lower_
                return phrase, probability_of(phrase)
    if marker.trigger in words().hedged | {"can", "ca"}:
        return marker.token.text, probability_of(marker.trigger)
    trigger = "no risk" if marker.trigger == "risk" and marker.negated else marker.trigger
    default = current_scale().default(trigger)
    return (default.words, default.probability) if default else (None, None)


def detect_prediction(
    text: str,
    published: date | None,
    *,
    span: Span | None = None,
    cue: str | None = None,
    direct: bool = False,
) -> PredictionFields | None:
    """Return the prediction ``text`` makes, or None when it makes none.

    ``span`` is the parsed text (spaCy) and gives the precise rules; without
    it a regex over future markers decides. ``cue`` is the reporting cue
    ("said", "expects", "did not rule out"); ``direct`` tells a quotation
    from reported speech, where "would" is the future of the past. The
    window needs ``published`` for relative time words; absolute dates
    ("in 2026") get their window without it.
    """
    horizon = find_horizon(text, published, span=span)
    # Without time words, an event that times the prediction ("after the drills") is kept as its horizon, with no window.
    horizon_words = horizon.text if horizon else find_anchor(text, span=span)
    w = words()
    cue_lemma = (cue or "").lower().split()[-1] if cue else ""
    cue_expects = bool(cue) and any(cue_lemma.startswith(v) for v in w.expect_verbs if v not in ("hope", "fear"))
    if span is None:
        found = list(_REGEX_MARKERS.finditer(text))
        if not found and not _PROBABILITY_STATEMENT.search(text) and not _LIKELIHOOD_PREDICATE.search(text) and not cue_expects:
            return None
        negated = bool(re.search(r"\b(?:won't|will not|there will be no|will never|no (?:risk|danger|threat|possibility) of)\b", text, re.IGNORECASE))
        words_, probability = _probability(text, cue, None)
        if words_ is None and found:
            default = current_scale().default("will" if not _REGEX_INTENTION.search(text) else "intention")
            words_, probability = (default.words, default.probability) if default else (None, None)
        return PredictionFields(
            event=text.strip().rstrip(",;:.").strip(),
            kind="intention" if _REGEX_INTENTION.search(text) else "forecast",
            horizon=horizon_words,
            window_start=horizon.window_start if horizon else None,
            window_end=horizon.window_end if horizon else None,
            probability=probability,
            probability_words=words_,
            negated=negated,
        )
    opening = next((t for t in span if not t.is_punct), None)
    if opening is not None and opening.lower_ in ("whether", "if") and opening.head.i == span.root.i and opening.dep_ == "mark" \
            and cue and _cue_has(cue, w.question_cues):
        return None  # "asked whether the attacks would continue": a question, not a statement of what will happen
    reported = not direct and bool(cue)
    markers = _markers(span, horizon is not None, reported)
    statement = _PROBABILITY_STATEMENT.search(text)
    likelihood = _LIKELIHOOD_PREDICATE.search(text)
    from_cue = None if markers else _cue_marker(span, cue, horizon is not None)
    if from_cue is not None:
        markers = [from_cue]
    attitude = _attitude(span) if markers or horizon is not None else None
    if attitude is not None:
        markers = [attitude.marker]
    if not markers and not statement and not likelihood and not cue_expects:
        return None
    main = _main(markers) if markers else None
    if main is None and cue_expects:
        root = span.root
        main = _Marker(root, root, "forecast", "expect", False, noun=root.pos_ in ("NOUN", "PROPN"))
    skip = _skip(span, horizon, text, horizon_words if horizon is None else None)
    condition = _condition(span, main) if main is not None and attitude is None else None
    if condition is not None:
        skip |= condition[1]
    event = _event(span, main, skip) if main is not None else None
    if event and main is not None and not main.noun and len(event.split()) <= 2 and event.split()[0].lower() in ("it", "this"):
        event = _event(span, main, skip - _skip(span, horizon, text, horizon_words if horizon is None else None)) or event  # never a bare "it comes": keep the time words
    if main is None and likelihood:
        likely = _likely_subject(span)  # "a ground attack remains unlikely": the event is the attack
        event = noun_event(likely, skip) if likely is not None else event
    if not event or (len(event.split()) < 2 and not (main is not None and main.noun) and not (main is None and likelihood)):
        event = _fallback(span, main)
    words_, probability = _probability(text, cue, main)
    if attitude is not None:
        words_, probability = attitude.words, probability_of(attitude.term)
    negated = main.negated if main is not None else False
    return PredictionFields(
        event=event,
        kind=main.kind if main is not None else "forecast",
        condition=condition[0] if condition else None,
        horizon=horizon_words,
        window_start=horizon.window_start if horizon else None,
        window_end=horizon.window_end if horizon else None,
        probability=probability,
        probability_words=words_,
        negated=negated,
    )


def _cue_has(cue: str, lexicon: Iterable[str]) -> bool:
    """Return True when the cue's words hold an entry of ``lexicon`` in any form ("ruled out" holds "rule out")."""
    words_ = [forms(w) for w in re.findall(r"[a-z']+", cue.lower())]
    for entry in lexicon:
        parts = entry.split()
        for i in range(len(words_) - len(parts) + 1):
            if all(part in words_[i + k] for k, part in enumerate(parts)):
                return True
    return False


def _cue_marker(span: Span, cue: str | None, has_horizon: bool) -> _Marker | None:
    """The prediction a cue makes of a content that has no future word of its own.

    "the Kremlin plans [to mobilize ...]": a cue of intention with a
    to-infinitive content; "ruled out [an early rate cut in the coming
    months]", "fearing [an imminent attack]", "estimated [a recession before
    the end of next year]", "raised [its growth forecast for the year]": a
    nominal content of a forecasting or excluding cue.
    """
    w = words()
    root = span.root
    first = next((t for t in span if not t.is_punct), None)
    if cue and first is not None and first.lower_ == "to" and first.dep_ == "aux" and first.head.pos_ in ("VERB", "AUX") \
            and _cue_has(cue, w.intention_verbs):
        return _Marker(first.head, first.head, "intention", "intention", False)  # "[the Kremlin plans] to mobilize ..."
    # a noun phrase: a noun, or a word the parse made a verb but placed as a noun ("ruled out [a rate cut]" as object)
    nominal = root.pos_ in ("NOUN", "PROPN") or (root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and root.tag_ in ("NN", "VBN"))
    if not nominal or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj") for t in span):
        return None
    if root.lemma_.lower() in w.forecast_nouns:
        return _Marker(root, root, "forecast", "expect", False, noun=True)
    if not cue:
        return None
    if _cue_has(cue, w.exclusion_cues):
        conceded = bool(re.search(r"\b(?:not|n't|never|cannot)\b", cue.lower()))
        return _Marker(root, root, "forecast", "risk" if conceded else "will", not conceded, noun=True)
    if _cue_has(cue, w.forecast_cues | w.expect_verbs) or (has_horizon and _cue_has(cue, w.estimate_cues)):
        return _Marker(root, root, "forecast", "expect", False, noun=True)
    return None


@dataclass(frozen=True)
class _Attitude:
    marker: _Marker
    words: str    # "would be surprised", "doubt"
    term: str     # its reading on the probability scale ("unlikely")


def _attitude(span: Span) -> _Attitude | None:
    """"I would be surprised if X", "we doubt that X", "I am confident that X": the speaker's attitude to X.

    The event is X; how likely the speaker finds it is the attitude's
    (``attitudes`` in the lexicon), turned round by a "not".
    """
    table = words().attitudes
    for token in span:
        lemma = token.lemma_.lower()
        if lemma not in table or not (token.dep_ == "acomp" or (token.pos_ == "VERB" and lemma == "doubt")):
            continue
        verb = token.head if token.dep_ == "acomp" else token
        subject = subject_of(verb)
        if subject is None or subject.lower_ not in FIRST_PERSON:
            continue  # someone else's attitude is not the speaker's forecast
        clauses = [c for c in (*token.children, *verb.children) if c.i > token.i and c.pos_ in ("VERB", "AUX") and (
            c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "that") for m in c.children)))]
        if not clauses:
            continue
        negated = _negated(verb, verb) or _negated(token, token)
        first = min([verb, *[c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]], key=lambda t: t.i)
        phrase = span.doc[first.i : token.i + 1].text
        clause = clauses[0]
        marker = _Marker(token, clause, "forecast", "expect", _negated(clause, clause))
        return _Attitude(marker, phrase, table[lemma][1 if negated else 0])
    return None


def _fallback(span: Span, marker: _Marker | None) -> str:
    """Return the marker's clause, or the whole text, when no event could be built."""
    if marker is not None:
        verb = marker.head
        first, last = verb.left_edge, verb.right_edge
        if span.start <= first.i and last.i < span.end and last.i - first.i >= 2:
            return span.doc[first.i : last.i + 1].text.strip().rstrip(",;:.").strip()
    return span.text.strip().rstrip(",;:.").strip()
