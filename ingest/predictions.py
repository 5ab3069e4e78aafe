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

The parts live beside this module: the word lists in
``ingest.prediction_words``, grammar over tokens in ``ingest.clauses``, the
future markers in ``ingest.markers``, the condition in
``ingest.conditions``. Here the main marker becomes a prediction: its
event, probability and horizon.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from graph.model import Prediction, PredictionKind, prediction_id
from ingest.answers import answer_polarity, question_answered
from ingest.clause_parts import clause_parts
from ingest.clauses import event_noun, held_by_few, likely_subject, marker_negated, no_longer, place_preps
from ingest.conditions import find_condition
from ingest.cues import DENIAL_VERBS, cue_lexicon
from ingest.events import LIKELIHOOD_ADJECTIVES, clause_event, noun_event, revised_figure, revising_verb, subject_of
from ingest.horizons import Horizon, find_anchor, find_horizon, moved_to, names_calendar_event, no_earlier
from ingest.lexicon import word_set
from ingest.markers import (
    Marker,
    cue_has,
    cue_marker,
    denied_noun,
    find_attitude,
    find_markers,
    main_marker,
    new_time,
    reschedules,
)
from ingest.prediction_words import forecasting_verbs, judging_cues, words
from ingest.probability import NEGATION, current_scale, find_likelihood, probability_of

#: ("the risks for Lukashenka are high": whose risk, with no event, states no probability of one)
_PROBABILITY_STATEMENT = re.compile(
    r"\b(?:probability|likelihood|chances?|odds|risks?|threat|danger)\b(?!\s+(?:for|to)\s+[A-Z])[^.;]{0,80}?\b(?:is|are|remains?|was|were)\b[^.;]{0,25}?\b(?P<words>very high|high|very low|low|slim|small|good|strong|remote|minimal|negligible|(?:close to|near) zero|zero)\b",
    re.IGNORECASE,
)

#: "X is (very) unlikely/likely ...", "remains unlikely": an ICD 203 likelihood as the predicate.
_LIKELIHOOD_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|remains?|seems?|looks?|appears?)\s+[\"“”']?(?:(?:very|highly|almost|quite|still|nearly|virtually|all\s+but)\s+)*(?:more\s+(?=likely\s+than\s+not\b))?(?:(?:un|im)?(?:likely|probable)\b|certain(?=\s+(?:to|that)\b|\s*[.,;]|\s*$))"
    r"|\b(?:do|does|did|can)(?:\s+not|n't)\s+(?:rule\s+out|exclude)\b",
    re.IGNORECASE,
)

_REGEX_MARKERS = re.compile(
    r"\b(?:will|won't|shall|may|might|could|going to|(?:is|are) (?:likely|expected|set|poised) to|plans? to|intends? to|aims? to|"
    r"(?:is|are|was|were) preparing|there will be no|(?:risk|danger|threat|possibility) of)\b|'ll\b",
    re.IGNORECASE,
)

_REGEX_INTENTION = re.compile(r"\b(?:plans? to|intends? to|aims? to|(?:is|are|was|were) preparing)\b", re.IGNORECASE)

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


def _event(span: Span, marker: Marker, skip: set[int]) -> str | None:
    if marker.elided is not None:
        return _elided_event(marker, skip)
    if marker.noun and marker.actor is not None:
        return clause_event(marker.actor, skip)  # "Russia prepares a new offensive"
    if marker.noun:
        return _revised(marker.head) or _put_at(marker.head, skip) or noun_event(marker.head, skip, _risk_places(marker))
    return clause_event(marker.head, skip | {marker.token.i}, marker.subject)


def _put_at(noun: Token, skip: set[int]) -> str | None:
    """The event of a figure a forecaster puts an object at: "sees the hryvnia at 45 per dollar by December", "forecast
    wheat exports at 42 million tonnes" foresee "the hryvnia is at 45 per dollar", "wheat exports are at 42 million
    tonnes" (the figure's "at" on the verb or on the noun; its time words stay out), else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not (verb.lemma_.lower() in forecasting_verbs() or verb.lemma_.lower()
                                                          in words().estimate_cues | words().figure_cues):
        return None
    at = next((c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > noun.i
               and any(t.like_num for t in c.subtree)), None)
    if at is None:
        return None
    subject = noun_event(noun, skip | {t.i for t in at.subtree}, [])
    figure = "".join(t.text_with_ws for t in at.subtree if t.i not in skip).strip()
    if not subject or not figure:
        return None
    return f"{subject} {'are' if noun.tag_ in ('NNS', 'NNPS') else 'is'} {figure}"


def _revised(noun: Token) -> str | None:
    """The event a revised forecast states: "raised its inflation forecast for this year to 4.1%" foresees "inflation is
    4.1%" (the topic, from the noun's compounds or its "for" phrase, at the figure after "to"), or None."""
    figure = revised_figure(noun)
    if figure is None:
        return None
    compounds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    topic = noun.doc[compounds[0].i : noun.i].text if compounds else None
    about = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "CARDINAL")), None)
    if about is not None:  # ("its growth forecast for the euro area": growth there; "its forecast for growth": growth)
        phrase = noun.doc[about.left_edge.i : about.i + 1].text
        topic = f"{topic} for {phrase}" if topic else phrase if about.ent_type_ not in ("GPE", "LOC", "NORP") else None
    if topic is None:
        return None
    return f"{topic} is {noun.doc[figure.left_edge.i : figure.right_edge.i + 1].text}"


#: Prepositions of a risk noun that tell the event's doer, origin or target ("the threat of an attack [by troops] [from the north]").
_EVENT_PREPOSITIONS = frozenset({"by", "from", "against", "on", "towards", "toward", "into", "at", "in"})


def _risk_places(marker: Marker) -> list[Token]:
    """Return the phrases the parser hung on the risk noun that belong to its event, after the event noun."""
    if marker.trigger != "risk" or marker.token.i == marker.head.i:
        return []
    return [c for c in marker.token.children if c.dep_ == "prep" and c.i > marker.head.i and c.lower_ in _EVENT_PREPOSITIONS]


def _text_offset(span: Span, text: str) -> int:
    """Return the doc offset at which ``text`` (the span's words, or a part of them) starts: offsets into ``text``
    plus this are offsets into the doc."""
    inner = span.text.find(text) if span.text != text else 0
    return span.start_char + max(inner, 0)


def _coordinated_verbs(verb: Token) -> list[Token]:
    """Return ``verb`` and the verbs coordinated with it ("rose in May and would fall"), from the first."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    chain, stack = [], [top]
    while stack:
        current = stack.pop()
        chain.append(current)
        stack += [c for c in current.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") or _contrasting(c)]
    return chain


def _own_clause(verb: Token) -> set[int]:
    """Return the token indices of ``verb``'s clause without the clauses coordinated with it."""
    tokens = {t.i for t in verb.subtree}
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") or _contrasting(child):
            tokens -= {t.i for t in child.subtree}
    return tokens


def _contrasting(clause: Token) -> bool:
    """True for a clause of contrast with a subject of its own ("..., while large farms would lose them next year"): a
    statement beside the one it hangs on, with its own time."""
    return clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _own_clause_horizon(span: Span, text: str, horizon: Horizon, main: Marker, published: date | None) -> Horizon | None:
    """Return the horizon of the prediction's own clause: time words in a clause coordinated with it ("prices rose
    in May and that inflation would fall", "would hold drills in September and that missiles might be deployed")
    time that clause, not the prediction (None when its own clause has none)."""
    verb = main.head
    shift = _text_offset(span, text)
    timed = [t for t in span if shift + horizon.start <= t.idx < shift + horizon.end]
    sentence = verb.sent
    if timed and not sentence.start <= timed[0].i < sentence.end:
        # ("Barely. People have heat for a few hours a day. I think this winter will be worse": a claim of several
        # sentences, each with its own time; the prediction's is in its own sentence, or nowhere)
        clause = span.doc[max(sentence.start, span.start) : min(sentence.end, span.end)]
        found = find_horizon(clause.text, published, span=clause)
        if found is None:
            return None
        offset = clause.start_char - shift
        return Horizon(found.text, found.start + offset, found.end + offset, found.window_start, found.window_end)
    if main.noun or verb.pos_ not in ("VERB", "AUX"):
        return horizon
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "(and that) the government planned to issue ...": the clause of "planned"
    def subject(v: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
    # (verbs that share one subject share its time too: "to fall faster and hit single digits by mid-2027")
    coordinated = _coordinated_verbs(verb)
    chain = [v for v in coordinated if subject(v)]
    if (len(chain) < 2 or verb not in chain) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and any(
            v is not verb and (v.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in v.children))
            for v in coordinated):
        # ("it had secured gas to last until the end of April but would need new contracts": a done deed and a
        # foreseen one share the subject, not the time)
        chain = coordinated
    if len(chain) < 2 or verb not in chain:
        return horizon
    words = {t.i for t in span if shift + horizon.start <= t.idx < shift + horizon.end}
    own = _own_clause(verb) & set(range(span.start, span.end))
    if not words or words & own or not any(words & _own_clause(other) for other in chain if other is not verb):
        return horizon
    clause = span.doc[min(own) : max(own) + 1]
    found = find_horizon(clause.text, published, span=clause)
    if found is None:
        return None
    offset = clause.start_char - shift
    return Horizon(found.text, found.start + offset, found.end + offset, found.window_start, found.window_end)


#: Verbs of a timetable, which the present tense puts in the future with a time to come ("the summit opens on
#: Monday", "construction starts in September", "the rules take effect in July").
_SCHEDULE_VERBS = word_set("predictions", "schedule_verbs")


def _scheduled(span: Span) -> Marker | None:
    """The marker of a clause whose simple present says what a timetable holds ("construction starts in September"),
    or None; whether its time is to come is for the caller to tell."""
    root = span.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() not in _SCHEDULE_VERBS or any(c.dep_ == "aux" for c in root.children):
        return None
    if root.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "effect" for c in root.children):
        return None  # ("takes effect", not "takes six weeks")
    if root.lemma_.lower() in ("come", "kick") and not any(c.dep_ in ("prt", "prep") and c.lower_ in ("into", "off") for c in root.children):
        return None  # ("comes into force", "kicks off")
    return Marker(root, root, "forecast", "will", marker_negated(root, root))


#: Adverbs that say a present state or trend holds now ("are still rising", "is already falling").
_NOW = word_set("predictions", "present_adverbs")


def _chance_of_something(span: Span) -> bool:
    """True when a chance, risk or threat the span rates names its event ("the risk of a new offensive", "the
    chance that talks resume", "recession risks"); False for one rated alone ("the threat remains high")."""
    nouns = [t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in words().risk_nouns]
    return not nouns or any(event_noun(t) is not None or any(c.dep_ == "compound" for c in t.children) for t in nouns)


def _feared(span: Span, cue_lemma: str) -> Marker | None:
    """The event of a content "fear" reports in the present tense ("fears that the truce collapses before the
    winter"), which foresees it when time words place it ahead (``detect_prediction`` checks); else None. (The
    forecasting verbs leave "fear" out: "fears that the firm is hiding losses" is a suspicion of the present.)"""
    root = span.root
    present = root.tag_ in ("VBZ", "VBP") or root.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "do" for c in root.children)  # ("does not hold")
    if not cue_lemma.startswith("fear") or root.pos_ not in ("VERB", "AUX") or not present:
        return None
    return Marker(root, root, "forecast", "expect", marker_negated(root, root))


def _going_on(verb: Token) -> bool:
    """True for a clause in the present that says something holds now ("costs are still rising", "the front is
    already moving"): no future of its own, whatever a forecasting cue makes of it."""
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children)


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _weekday_asides(span: Span) -> set[int]:
    """Return the token indices of "on Wednesday" phrases that are no horizon: in "NATO leaders on Wednesday committed
    to spending 3% by 2030" the day dates the commitment, not the spending, and is no part of the event."""
    return {u.i for t in span if t.dep_ == "prep" and t.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lower_ in _WEEKDAYS for c in t.children)
        # (on a verb in the past or on the subject before its verb: "plans a rally on Thursday" keeps its day)
        and (t.head.tag_ == "VBD" or t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i > t.i) for u in t.subtree}


def _swallows(span: Span, text: str, horizon: Horizon) -> bool:
    """True when the parser made the horizon's words the head of words outside it ("by [a tenth next year]")."""
    shift = _text_offset(span, text)
    inside = {t.i for t in span if shift + horizon.start <= t.idx < shift + horizon.end}
    tops = [span.doc[i] for i in inside if span.doc[i].head.i not in inside]
    return any(c.i not in inside and not c.is_punct for t in tops for c in t.children)


def _skip(span: Span, horizon: Horizon | None, text: str, anchor: str | None = None) -> set[int]:
    """Return the token indices of the horizon when it modifies the event ("in the coming months").

    The event never repeats its horizon: the time words, or without them
    the event that times it ("after the drills", ``anchor``), are the
    prediction's ``horizon`` and go from the event. Time words that are a
    participant ("how these coming months unfold", "an imminent flood")
    stay in the event.
    """
    shift = _text_offset(span, text)
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
    # "before the autumn rains begin": the time clause the horizon opens goes with it, whole
    for t in tops:
        clause = t if t.dep_ == "mark" else t.head
        while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i and span.start <= clause.head.i < span.end:
            clause = clause.head
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.i in words for c in clause.children) \
                and span.start <= clause.left_edge.i and clause.right_edge.i < span.end:
            skip |= {u.i for u in clause.subtree}
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


#: "a high probability that", "a low likelihood of": the size of a chance as its adjective
_PROBABILITY_ADJECTIVE = re.compile(
    r"\b(?P<words>(?:very |extremely )?(?:high|low))\s+(?:probability|likelihood|chance)\b", re.IGNORECASE)
#: "it is (almost) impossible that X will", "it is (entirely) possible that X will": the speaker's judgement of X
_JUDGED = re.compile(
    r"\bit(?:'s|’s|\s+is|\s+was|\s+seems|\s+remains)\s+(?:(?:entirely|quite|perfectly|very|distinctly|certainly|definitely)\s+)?"
    r"(?P<words>(?:(?:almost|nearly|virtually|practically)\s+)?"
    r"(?:possible|impossible))\s+that\b", re.IGNORECASE)
#: "X is certain", "is all but certain to": the certainty the scale reads only as a predicate ("certain regions" judge nothing).
_CERTAIN = re.compile(
    r"\b(?:is|are|was|were|remains?|seems?|looks?|appears?)\s+(?P<words>(?:(?:almost|nearly|virtually|all\s+but)\s+)?certain)"
    r"(?=\s+(?:to|that)\b|\s*[.,;]|\s*$)", re.IGNORECASE)
#: A chance the speaker puts in figures: "a 30% chance", "put the odds of X at about 30 percent", "two-in-three
#: odds". The speaker's own number is the probability, on any scale.
_FIGURE = r"(?:(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)" \
    r"|(?P<w>five|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|seventy-five|eighty|ninety)\s(?:per\s?cent\b|percent\b)" \
    r"|(?P<a>one|two|three|four|[1-9])[- ]in[- ](?P<b>two|three|four|five|six|ten|[2-9]|10)\b)"
#: Percentages written in words ("ten percent").
_PERCENT_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50,
                  "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90}
_CHANCE = r"\b(?:chances?|probability|likelihood|risks?|odds)\b"
_NUMERIC_CHANCE = (
    re.compile(_FIGURE + r"\s+(?:chance|probability|likelihood|risk|odds)\b", re.IGNORECASE),  # "a 30% chance", "two-in-three odds"
    # "put the odds of X at about 30%", "the probability is one in three"
    # (also 'the odds were "no better than one in five"': the figure is the most the speaker grants)
    re.compile(_CHANCE + r"[^.;:]{0,80}?\b(?:is|are|was|were|at)\s+[\"“']?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+"
               r"|maybe\s+|perhaps\s+|no\s+(?:better|more|higher)\s+than\s+|at\s+most\s+"
               # ("at below ten percent", "at more than 50%": a bound, read as the figure)
               r"|below\s+|under\s+|less\s+than\s+|more\s+than\s+|above\s+|over\s+)?" + _FIGURE, re.IGNORECASE),
    # "I'd give it 30 percent", "we put it at maybe 60%": the speaker's own odds for what was just said
    re.compile(r"\b(?:give|gave|put|puts)\s+it\s+(?:at\s+)?(?:maybe\s+|about\s+|around\s+|roughly\s+|perhaps\s+)?" + _FIGURE,
               re.IGNORECASE),
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


def _numeric_chance(text: str) -> tuple[str, float] | None:
    """Return (words, number) for a chance given in figures, or None."""
    match = next((m for pattern in _NUMERIC_CHANCE if (m := pattern.search(text))), None)
    if match is None:
        return None
    if match.group("a"):
        a, b = (int(_NUMBERS.get(g.lower(), g)) for g in (match.group("a"), match.group("b")))
        return (match.group(0), round(a / b, 3)) if 0 < a < b else None
    value = float(match.group("n")) if match.group("n") else float(_PERCENT_WORDS[match.group("w").lower()])
    return (match.group(0), value / 100) if 0 <= value <= 100 else None


#: "will hardly attack": a forecast its adverb all but denies
_HARDLY = word_set("predictions", "hardly_adverbs")
#: "maybe I will run": adverbs of possibility read only as the adverb of the predicted verb (the scale's in-context terms)
_HEDGE_WORDS = word_set("predictions", "hedge_words")


#: Subordinators of a clause giving a reason ("as the risks remain high", "because demand is weak").
_REASON_MARKS = frozenset({"as", "because", "since"})


def _reason_tokens(span: Span) -> set[int]:
    """Return the token indices of the reason clauses in ``span`` ("..., as inflationary risks remain high"): finite
    clauses opened by "as", "because" or "since" (not "as soon as" or "since May", which time)."""
    found: set[int] = set()
    for token in span:
        if token.dep_ != "mark" or token.lower_ not in _REASON_MARKS or token.head.dep_ != "advcl":
            continue
        clause = token.head
        if clause.tag_ not in ("VBZ", "VBP", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        if any(c.lower_ == "soon" for c in clause.children) or token.i > 0 and span.doc[token.i - 1].lower_ in ("soon", "long", "as"):
            continue
        found |= {t.i for t in clause.subtree}
    return found


def _blanked(span: Span, text: str, tokens: set[int]) -> str:
    """``text`` (``span``'s words, or a part of them) with the words of ``tokens`` turned to spaces, offsets kept."""
    if not tokens:
        return text
    shift = _text_offset(span, text)
    chars = list(text)
    for i in tokens:
        token = span.doc[i]
        for at in range(token.idx - shift, token.idx - shift + len(token.text)):
            if 0 <= at < len(chars):
                chars[at] = " "
    return "".join(chars)


#: Verbs that, with an addressee and an infinitive, advise or order its act ("warned residents to stay indoors").
_ADVISING = frozenset({"warn", "advise", "ask", "encourage"})


def _exhorted(span: Span) -> bool:
    """True when ``span`` is the act its frame urges, orders or advises an addressee to do ("urged residents to prepare
    for long power cuts", "told his aides to find a way", "warned residents to stay indoors"): normative, as "should"
    is (the news guidelines' orders are statements, not predictions)."""
    frames = set(cue_lexicon().exhortation_verbs) | _ADVISING
    for verb in span:
        frame = verb.head
        if verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and not span.start <= frame.i < span.end and frame.lemma_.lower() in frames \
                and any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "on" for c in frame.children) \
                and verb.dep_ in ("xcomp", "ccomp", "advcl", "oprd"):
            return True
    return False


def _hedges_a_participle(span: Span, text: str, match: re.Match[str], published: date | None) -> bool:
    """True when the likelihood word ``match`` found is the adverb of a participle after it, with the "be" before it the
    participle's auxiliary: "troops are likely massing", "was likely carried out" weigh a present or past fact (a
    progressive timed ahead still foresees: "the army is likely moving to the border next week")."""
    shift = _text_offset(span, text)
    words_ = [t for t in span if shift + match.start() <= t.idx < shift + match.end() and t.lower_ in LIKELIHOOD_ADJECTIVES]
    verbs = [t.head for t in words_ if t.dep_ == "advmod" and t.head.tag_ in ("VBG", "VBN") and t.head.i > t.i]
    if not verbs:
        return False
    if verbs[0].tag_ == "VBN":
        return True
    ahead = find_horizon(text, published, span=span)
    return ahead is None or published is not None and ahead.window_end is not None and ahead.window_end < published


def _probability(text: str, cue: str | None, marker: Marker | None, cue_denied: bool = False) -> tuple[str | None, float | None]:
    """Return (words, number) for the prediction: its own words, else the default of its trigger.

    ``cue_denied``: the cue's view is denied ("does not believe", "few believe"), which turns an attitude's reading."""
    numeric = _numeric_chance(text)
    if numeric is not None:
        return numeric
    judged = _JUDGED.search(text) if marker is None or marker.trigger != "possible" else None  # (else its own reading, below)
    statement = _PROBABILITY_STATEMENT.search(text) or _PROBABILITY_ADJECTIVE.search(text) or judged
    if statement and probability_of(statement.group("words")) is not None:
        return statement.group("words"), probability_of(statement.group("words"))
    certain = _CERTAIN.search(text)
    if certain and probability_of(certain.group("words").lower()) is not None:
        return certain.group("words"), probability_of(certain.group("words").lower())
    hardly = next((c for c in marker.head.children if c.lower_ in _HARDLY), None) if marker is not None else None
    if hardly is not None and probability_of(hardly.lower_) is not None:  # (a scale without the word: the trigger's default)
        return hardly.text, probability_of(hardly.lower_)
    weighed = next((c for c in marker.head.children if c.dep_ == "advmod" and c.lower_ in _HEDGE_WORDS
                    and probability_of(c.lower_) is not None), None) if marker is not None else None
    if weighed is not None:  # "maybe I will run", "it will perhaps fail": the adverb weighs the future word
        return weighed.text, probability_of(weighed.lower_)
    plain, negated = current_scale().searched
    found, hedge = find_likelihood(text, plain), find_likelihood(text, negated)
    if found and hedge and hedge.start <= found.start < hedge.end:
        found = hedge  # "not a fair bet" holds "a fair bet": the whole phrase
    found = found or hedge
    if found:
        return found.words, found.probability
    if cue:
        # "X doubts that Y will ...", "X is confident that ...": the cue is the speaker's attitude to the event
        held = next((lemma for lemma in words().attitudes if cue_has(cue, (lemma,))), None)
        if held is not None:
            turned = cue_denied
            value = words().attitudes[held][1 if turned else 0]
            if probability_of(value) is not None:
                return cue, probability_of(value)
    if cue and probability_of(cue) is not None:
        return cue, probability_of(cue)
    if marker is None:
        return None, None
    if marker.trigger == "risk":
        for child in marker.token.children:
            # ("a high risk of", "slim chances of", "a good chance of": the size the scale reads in that frame)
            if child.dep_ == "amod" and probability_of(child.lower_) is not None and child.lower_ in current_scale().in_context:
                very = any(g.lower_ in ("very", "extremely") for g in child.children)
                phrase = ("very " if very else "") + child.lower_
                return phrase, probability_of(phrase) or probability_of(child.lower_)
    if marker.trigger in words().hedged | {"can", "ca"}:
        # (the modal's own words, also where the marker is the verb it hedges: "we may see a drop")
        return marker.token.text if marker.token.tag_ == "MD" else marker.trigger, probability_of(marker.trigger)
    if marker.trigger == "possible":
        # "is possible in spring": the scale's "possible"; "is impossible this year" denies the event
        # as flatly as "will not" (the number is the confidence that it will NOT happen)
        default = current_scale().default("will")
        chance = (default.probability if default else None) if marker.negated else probability_of("possible")
        token = marker.token
        if token.lemma_.lower() in ("rule", "exclude"):  # ("all but ruled out", "excluded")
            first = min((c.left_edge.i for c in token.children if c.dep_ == "advmod" and c.i < token.i), default=token.i)
            last = max((c.i for c in token.children if c.dep_ == "prt"), default=token.i)
            return token.doc[first : last + 1].text, chance
        return (token.doc[token.i - 3 : token.i + 1].text if token.lower_ == "question" else token.text), chance  # ("out of the question")
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
    answered: bool = False,
) -> PredictionFields | None:
    """Return the prediction ``text`` makes, or None when it makes none.

    ``span`` is the parsed text (spaCy) and gives the precise rules; without
    it a regex over future markers decides. ``cue`` is the reporting cue
    ("said", "expects", "did not rule out"); ``direct`` tells a quotation
    from reported speech, where "would" is the future of the past. The
    window needs ``published`` for relative time words; absolute dates
    ("in 2026") get their window without it. ``answered`` reads a question
    someone answered ("asked whether X would ...") as if it were stated.
    """
    w = words()
    cue_lemma = (cue or "").lower().split()[-1] if cue else ""
    cue_expects = bool(cue) and any(cue_lemma.startswith(v) for v in forecasting_verbs())
    if span is None:
        horizon = find_horizon(text, published, span=span)
        horizon_words = horizon.text if horizon else find_anchor(text, span=span)
        found = list(_REGEX_MARKERS.finditer(text))
        if not found and not _PROBABILITY_STATEMENT.search(text) and not _LIKELIHOOD_PREDICATE.search(text) and not cue_expects:
            return None
        negated = bool(re.search(r"\b(?:won't|will not|there will be no|will never|no (?:risk|danger|threat|possibility) of)\b", text, re.IGNORECASE))
        words_, probability = _probability(text, cue, None, bool(cue and NEGATION.search(cue.lower())))
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
            and cue and cue_has(cue, w.question_cues):
        return None  # "asked whether the attacks would continue": a question, not a statement of what will happen
    if _exhorted(span):
        return None  # "urged residents to prepare for power cuts", "warned residents to stock up": advice, not a forecast
    governor = span.root.head
    if not span.start <= governor.i < span.end and governor.lemma_.lower() in forecasting_verbs() \
            and governor.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in governor.children):
        return None  # "analysts had expected the offensive to start in spring": an expectation of the past, not held now
    reported = not direct and bool(cue)
    # (the cue's view denied: "did not expect", or held by few or none: "few analysts expect", "no economist believes")
    # ("no longer expects": the verb's own denial, outside the cue's words)
    cue_denied = bool(cue) and (bool(NEGATION.search((cue or "").lower())) or not span.start <= governor.i < span.end
                                and (held_by_few(governor) or no_longer(governor)))
    reasons = _reason_tokens(span)
    # (what a reason clause weighs is not the prediction's chance: "is unlikely this year, as the risks remain high")
    own_text = _blanked(span, text, reasons)
    statement = _PROBABILITY_STATEMENT.search(own_text)
    if statement is not None and not _chance_of_something(span):
        statement = None  # "the threat remains high", "chances are slim": a level with no event is an assessment, not a forecast
    likelihood = _LIKELIHOOD_PREDICATE.search(own_text)
    if likelihood is not None and _hedges_a_participle(span, own_text, likelihood, published):
        likelihood = None  # ("troops are likely massing", "the strike was likely carried out": a hedged fact, no forecast)
    # Time words let more words predict ("can", "would"), never fewer: read the markers as if the claim were timed, and
    # look for its time words only when something may predict (most claims predict nothing).
    timed_markers = find_markers(span, True, reported, answered)
    scheduled = _scheduled(span)  # ("construction starts in September": a timetable's present)
    feared = _feared(span, cue_lemma)
    if not timed_markers and not statement and not likelihood and not cue_expects and feared is None \
            and cue_marker(span, cue, True) is None and find_attitude(span, reported, timed=True) is None and scheduled is None:
        return None
    horizon = find_horizon(text, published, span=span)
    # Without time words, an event that times the prediction ("after the drills") is kept as its horizon, with no window.
    horizon_words = horizon.text if horizon else find_anchor(text, span=span)
    # (a day of the calendar times it as a date does: "a ceasefire is not realistic before Easter")
    timed = horizon is not None or horizon_words is not None and names_calendar_event(horizon_words)
    markers = timed_markers if timed else find_markers(span, False, reported, answered)
    if reasons and (any(m.token.i not in reasons for m in markers) or likelihood or statement):
        # ("is unlikely this year, as the chances of a collapse are high": the collapse is the reason's, not foreseen)
        markers = [m for m in markers if m.token.i not in reasons]
    from_cue = None if markers else cue_marker(span, cue, timed, cue_denied)
    if from_cue is not None:
        markers = [from_cue]
    attitude = find_attitude(span, reported, timed=bool(markers) or horizon is not None)
    if attitude is not None:
        markers = [attitude.marker]
    if not markers and scheduled is not None and horizon is not None and published is not None \
            and horizon.window_start is not None and horizon.window_start >= published:
        markers = [scheduled]  # "construction starts in September": a timetable's present, for a time to come
    if not markers and feared is not None and horizon is not None and published is not None \
            and horizon.window_start is not None and horizon.window_start >= published:
        markers = [feared]  # "fears that the truce collapses before the winter": the feared event, for a time to come
    if not markers and not statement and not likelihood and not cue_expects:
        return None
    main = main_marker(markers) if markers else None
    if main is not None and not main.noun and main.subject is None and (outside := subject_of(main.head)) is not None \
            and not span.start <= outside.i < span.end:
        # "According to X's chief, General Y, the costs, estimated at ..., will be covered": the parser made the speaker the
        # subject and the claim's own subject his appositive; the event's subject is the one inside the claim
        inside = next((c for c in outside.children if c.dep_ == "appos" and span.start <= c.i < span.end), None)
        if inside is not None:
            main = replace(main, subject=inside)
    if (main is None and cue_expects or main is not None and main is from_cue) and _going_on(span.root):
        return None  # "warned that construction costs are still rising": what is happening now, nothing foreseen
    if main is None and cue_expects:
        root = span.root
        # ("expect part of the traffic to shift": the infinitive the parser hung on the cue, with the noun its subject)
        act = next((t for t in span if t.dep_ in ("ccomp", "xcomp") and not span.start <= t.head.i < span.end and t.i > root.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None) if root.pos_ in ("NOUN", "PROPN") else None
        # ("do not expect [prices to fall]": what the speaker does not expect, negated; "expect [no cut]": no cut foreseen)
        negated = cue_denied != denied_noun(root)
        main = Marker(act, act, "forecast", "expect", negated, subject=root) if act is not None else \
            Marker(root, root, "forecast", "expect", negated, noun=root.pos_ in ("NOUN", "PROPN"))
    if main is not None and direct and not main.noun and _past_attitude(main.token):
        return None  # '"We did not expect it to last," she said', '"I wanted to write"': what the speaker expected or wanted then
    if main is not None and not main.noun and main.negated and main.head.lemma_.lower() in _LITOTES:
        act = next((c for c in main.head.children if c.dep_ == "xcomp"), None)
        if act is not None:
            main = replace(main, head=act, negated=False)  # "will not hesitate to intervene": they will intervene
    if main is not None and horizon is not None:
        own = _own_clause_horizon(span, text, horizon, main, published)
        if own is not horizon:
            horizon = own
            horizon_words = horizon.text if horizon else find_anchor(text, span=span)
    time_skip = _skip(span, horizon, text, horizon_words if horizon is None else None)
    if horizon is None and main is not None and main.head.i in time_skip:
        horizon_words, time_skip = None, set()  # "a matter of time before X": X is the event, not what times it
    skip = set(time_skip) | _weekday_asides(span)
    condition = find_condition(span, main) if main is not None and attitude is None else None
    if condition is not None and horizon is not None and span is not None and horizon.text in condition[0]:
        # "If there is no rain in April, the yield could drop": April times the condition, not the prediction
        at = text.find(condition[0])
        if at >= 0:
            masked = text[:at] + " " * len(condition[0]) + text[at + len(condition[0]):]
            horizon = find_horizon(masked, published, span=span)
            horizon_words = horizon.text if horizon else None
            time_skip = _skip(span, horizon, masked, None)
            skip = set(time_skip)
    if condition is not None:
        skip |= condition[1]
    if main is not None and not main.noun:
        # the parser may hang the speaker named after the words on them ("<A>, according to the head of X, First
        # Last."): what lies outside the claim is no part of its event
        skip |= {t.i for t in main.head.subtree if t.i >= span.end}
    if cue and cue_has(cue, w.estimate_cues):
        skip |= _figure_put(span)  # "put the chance that X will annex Y at 18%": the figure is the chance's, not X's
    if main is not None and main.noun and revising_verb(main.head) is not None and _revised(main.head) is None \
            and any(c.lower_ in ("previous", "earlier", "prior", "old", "initial", "original") for c in main.head.children):
        return None  # ("lowering their previous forecast of $72": the old figure, which no one holds any longer)
    event = _event(span, main, skip) if main is not None else None
    if event and horizon is not None and event.lower().endswith(" " + horizon.text.lower()) \
            and len(event[: -len(horizon.text)].split()) >= 2 and _swallows(span, text, horizon):
        # "fall by a tenth next year", the parser making "a tenth next year" one noun phrase: the time words still go
        event = event[: -len(horizon.text)].rstrip(" ,")
    if event and main is not None and not main.noun and len(event.split()) <= 2 and event.split()[0].lower() in ("it", "this"):
        event = _event(span, main, skip - time_skip) or event  # never a bare "it comes": keep the time words
    if main is None and likelihood:
        likely = likely_subject(span)  # "a ground attack remains unlikely": the event is the attack
        event = noun_event(likely, skip) if likely is not None else event
    if not event or (len(event.split()) < 2 and not (main is not None and main.noun) and not (main is None and likelihood)):
        event = _fallback(span, main)
    words_, probability = _probability(own_text, cue, main, cue_denied)
    if attitude is not None:
        words_, probability = attitude.words, probability_of(attitude.term)
    negated = main.negated if main is not None else False
    if main is not None and from_cue is None and attitude is None and markers and cue is not None and cue_denied \
            and cue_has(cue, forecasting_verbs()):
        negated = not negated  # "did not expect that prices would fall": the expectation denied, as "expected no fall"
    if main is not None and from_cue is None and attitude is None and cue and cue_has(cue, DENIAL_VERBS | set(w.exclusion_cues)) \
            and not NEGATION.search(cue.lower()):
        # "denied [plans to announce a new mobilisation]", "denied that [taxes would rise]", "dismissed [the
        # possibility of a tax rise]", "ruled out [the possibility of talks]": the event denied
        negated = not negated
        if main.trigger == "risk" and (denied := current_scale().default("no risk")) is not None:
            words_, probability = denied.words, denied.probability  # ("there is no risk of": sure that it will not happen)
    if main is not None and _no_sign_of(main.head, span):
        negated = not negated  # "there is no indication that Russia is preparing an attack": no attack in preparation
    kind = main.kind if main is not None else "forecast"
    if kind == "intention" and main is not None and main.trigger == "would" and (cue_expects or cue and cue_has(cue, judging_cues())):
        # "predicted that the authorities would extend the vote", "estimated that the line would not be finished before
        # 2033": what others do, foreseen or judged, not a plan announced
        kind = "forecast"
    if kind == "forecast" and main is not None and main.trigger in ("will", "would") and not main.noun and cue \
            and cue_has(cue, cue_lexicon().commissive_verbs):
        # "promised that every family would get compensation", "vowed the bridge will reopen": the speaker's undertaking
        kind = "intention"
    if main is not None and main.noun and reschedules(main.token):
        if horizon is not None:
            horizon = moved_to(horizon, published)  # "postponed until the autumn": then, not by then
        elif (moved := new_time(main.token)) is not None and (named := find_horizon("in " + moved.text, published)
                                                              or find_horizon("on " + moved.text, published)) is not None:
            # "pushed back to 2027", "moved to June 15": the time moved to, whatever its preposition
            start = moved.start_char - span.start_char if span is not None else text.find(moved.text)
            horizon = Horizon(moved.text, start, start + len(moved.text), named.window_start, named.window_end)
            horizon_words = moved.text
    if horizon is not None and (later := no_earlier(horizon, published, negated)) is not None:
        horizon, negated = later, False  # "will not open until 2030 (at the earliest)": it opens, from 2030 on
    elif negated and horizon_words and re.search(r"\b(?:until|till)\s+" + re.escape(horizon_words), text, re.IGNORECASE):
        negated = False  # "will not hear the request until after the recess": it will, once the event is over
    return PredictionFields(
        event=event,
        kind=kind,
        condition=condition[0] if condition else None,
        horizon=horizon_words,
        window_start=horizon.window_start if horizon else None,
        window_end=horizon.window_end if horizon else None,
        probability=probability,
        probability_words=words_,
        negated=negated,
    )


#: Verbs of wanting and planning: in the past tense an attitude held then ("I wanted to write", "we hoped to").
_WISHES = word_set("predictions", "wanting_verbs")


def _past_attitude(token: Token) -> bool:
    """True when a verb of expecting or wanting is in the past tense ("expected", "did not expect", "wanted"): in the
    speaker's own words, an attitude held then, not a forecast made now."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in forecasting_verbs() | _WISHES:
        return False  # (a decision or a commitment, "we agreed to set up", "we decided to", stands: its act is ahead)
    return token.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_.lower() == "do" for c in token.children)


#: Verbs whose denial asserts the act they govern ("will not hesitate to respond", "will not fail to act").
_LITOTES = word_set("predictions", "litotes_verbs")

#: Words an event starts with when it only points back at an earlier part of the claim ("it will take years").
_BACK_REFERENCE = ("it", "this", "that")


def detect_predictions(
    text: str,
    published: date | None,
    *,
    span: Span | None = None,
    cue: str | None = None,
    direct: bool = False,
) -> tuple[PredictionFields, ...]:
    """Return the predictions ``text`` makes, in text order: one per clause that predicts on its own.

    The content is cut into the clauses that stand side by side (``clause_parts``:
    "A and that B", the sentences of a quotation) and each is read as
    ``detect_prediction`` reads a whole content, when its own words predict (a
    forecasting cue alone does not make each part a prediction). When fewer
    than two parts predict, the content is read whole, as one. A later part whose event only
    points back ("it will take years") belongs to the one before it and is
    not a prediction of its own.
    """
    whole = detect_prediction(text, published, span=span, cue=cue, direct=direct)
    if whole is None and span is not None:
        whole = _answer(text, published, span)
        return (whole,) if whole is not None else ()
    if span is None or whole is None:
        return (whole,) if whole is not None else ()
    found: list[PredictionFields] = []
    for part in clause_parts(span):
        words_ = text[part.start_char - span.start_char : part.end_char - span.start_char]
        # a part predicts by its own words: a forecasting cue ("expects") alone would make every part a prediction
        plain = "said" if cue else None
        fields = detect_prediction(words_, published, span=part, cue=plain, direct=direct)
        if fields is None:
            continue
        if cue != plain:  # (read again with the cue itself, which may deny or weigh what the part says)
            fields = detect_prediction(words_, published, span=part, cue=cue, direct=direct)
        if fields is not None and fields.condition is None and whole.condition is not None \
                and text.find(whole.condition) < part.start_char - span.start_char and whole.condition not in words_:
            fields = replace(fields, condition=whole.condition)  # "If no deal is reached, A and B": a condition before both
        if fields is not None and (not found or fields.event.split()[0].lower() not in _BACK_REFERENCE):
            found.append(fields)
    if len(found) >= 2:
        return tuple(found)
    found_later = _coordinated_act(text, published, span, whole)
    if found_later is None:
        return _coordinated_figures(text, published, whole)
    later, sequel = found_later
    # ("reaches 5.1% this year before narrowing to 4.3% in 2027": the first event ends where the later act begins)
    first = whole.event.replace(" " + sequel, "") if sequel else whole.event
    return (replace(whole, event=first), later)


def _answer(text: str, published: date | None, span: Span) -> PredictionFields | None:
    """The prediction of a short answer to a question about what will happen ("Asked whether the plant would
    reopen in May, the director said: 'Not this year'"): the question's event, negated when the answer says no,
    timed by the answer's own time words if it has any, else by the question's."""
    polarity = answer_polarity(text)
    question = question_answered(span) if polarity is not None else None
    asked = detect_prediction(question.text, published, span=question, cue="said", answered=True) if question is not None else None
    if asked is None:
        return None
    horizon = find_horizon(text, published, span=span)
    if horizon is not None:
        asked = replace(asked, horizon=horizon.text, window_start=horizon.window_start, window_end=horizon.window_end)
    return replace(asked, negated=asked.negated != (polarity is False))


def answers_a_forecast(span: Span) -> bool:
    """True when ``span`` is a short answer to a question about what will happen ('Asked whether the plant would
    reopen, the director said: "No."'): a statement even when it is too short to be a clause."""
    return _answer(span.text, None, span) is not None


def _coordinated_act(text: str, published: date | None, span: Span, whole: PredictionFields) -> tuple[PredictionFields, str | None] | None:
    """Return the prediction of a verb coordinated with the predicted one that shares its subject and its future and
    has a time of its own ("expect inflation to peak in the second quarter and then decline to 9% by the end of the
    year", "aims to complete the talks by 2028 and join the union before 2030", "to reach 5.1% this year before
    narrowing to 4.3% in 2027"): the same kind and likelihood, its own event and window; with the words of a later act
    after "before"/"after", which the first event leaves out. None without one."""
    if whole.horizon is None:
        return None
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        ahead = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or verb.dep_ in ("xcomp", "ccomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.head.lemma_.lower() in forecasting_verbs() or verb.head.lemma_.lower() in words().intention_verbs)
        if not ahead:
            continue
        own = _own_clause(verb)
        if whole.horizon not in span.doc[min(own) : max(own) + 1].text:
            continue  # (the time found must be the first verb's)
        # (or a later act after "before"/"after": "to reach 5.1% this year before narrowing to 4.3% in 2027")
        sequel = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("before", "after") and c.i > verb.i
                  for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        for later in [*verb.children, *sequel]:
            if later.dep_ not in ("conj", "pcomp") or later.pos_ != "VERB" or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "aux" and c.tag_ == "MD" for c in later.children):
                continue
            words_ = _own_clause(later)
            clause = span.doc[min(words_) : max(words_) + 1]
            # ("to keep rates on hold in April and cut them in June": "cut" tagged as a past shares the infinitive's "to")
            base_form = later.tag_ == "VBD" and later.lower_ == later.lemma_.lower() and verb.tag_ == "VB"
            found = find_horizon(clause.text, published, span=None if base_form else clause)
            if found is None or found.text in whole.horizon:
                continue
            skip = {t.i for t in clause if clause.start_char + found.start <= t.idx < clause.start_char + found.end}
            event = clause_event(later, skip, subject=subject_of(verb))
            if not event or len(event.split()) < 2:
                continue
            words_after = span.doc[later.head.i : later.right_edge.i + 1].text if later.dep_ == "pcomp" else None
            return replace(whole, event=event, horizon=found.text, window_start=found.window_start, window_end=found.window_end), words_after
    return None


#: A number, or a range of two ("2-3%", "4–5 percent"), with its per cent sign.
_NUMBER = r"\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?(?:\s*%)?"
#: A figure that ends the words before a prediction's time ("to 4%", "60 million tonnes"): a number and up to three words.
_FIGURE_BEFORE = re.compile(r"(" + _NUMBER + r"(?:\s+[^\s,;:]+){0,3}?)\s*$")
#: The number of a figure ("4%", "60", "3.5").
_FIGURE_NUMBER = re.compile(_NUMBER)
#: What joins a second figure to the first: "and", "and to", "and at".
_AND = r"\s+and\s+(?:(?:then\s+)?(?:to|at|by|around|about)\s+)?"
#: ... after the first figure's time, before the second figure's number.
_AND_FIGURE = re.compile(r"\s*,?" + _AND + r"(?=\d)")


def _coordinated_figures(text: str, published: date | None, whole: PredictionFields) -> tuple[PredictionFields, ...]:
    """Return ``whole`` and, when its figure and time are followed by "and" another figure with a time of its own
    ("Inflation will slow to 4% this year and 3% next year", "reach 2% in 2026 and 3% in 2027"), the prediction of
    the same event at the second figure and time; else ``whole`` alone. The first event leaves the second figure out."""
    if whole.horizon is None or not whole.horizon.strip() or (at := text.find(whole.horizon)) < 0:
        return (whole,)
    before = _FIGURE_BEFORE.search(text, 0, at)
    joined = _AND_FIGURE.match(text, at + len(whole.horizon))
    if before is None or joined is None:
        return (whole,)
    first = before.group(1)
    if first not in whole.event:
        alone = _FIGURE_NUMBER.match(first)  # (the number alone: "60 million" of "60 million tonnes")
        if alone is None or alone.group(0) not in whole.event:
            return (whole,)
        first = alone.group(0)
    number = _FIGURE_NUMBER.match(text, joined.end())
    if number is None:
        return (whole,)
    rest = text[number.end() :]
    words_ = rest.split()
    for count in range(0, min(3, len(words_)) + 1):
        # (the second figure's words, as many as the first has, then its time: "3% next year", "4 million in 2027")
        taken = re.match(rf"(?:\s+[^\s,;:]+){{{count}}}", rest)
        if taken is None:
            break
        later = find_horizon(rest[taken.end() :].lstrip(), published)
        if later is not None and later.start == 0 and later.text != whole.horizon:
            # (the first event without the second figure or time the parser may have joined to it: "slows to 5% and to
            # 4% in 2027", "reaches 60 million tonnes next year")
            # (with or without its "and", which the event may have lost: "reaches 20% of GDP 15%", "grows by 2% by 3%")
            at_first = whole.event.find(first) + len(first)
            tail = re.compile(r"(?:" + _AND + r"|\s+(?:(?:to|at|by|around|about)\s+)?)" + re.escape(number.group(0)) + r".*$").search(
                whole.event, at_first)
            kept = whole.event[: tail.start()] if tail else whole.event
            kept = kept.removesuffix(" " + later.text)
            second = (number.group(0) + taken.group(0)).strip() if count and first == before.group(1) else number.group(0)
            event = kept.replace(first, second, 1)
            return replace(whole, event=kept), replace(whole, event=event, horizon=later.text, window_start=later.window_start,
                                                       window_end=later.window_end)
    return (whole,)


def as_predictions(claim: str, found: tuple[PredictionFields, ...]) -> tuple[Prediction, ...]:
    """Return the predictions of claim id ``claim`` from what ``detect_predictions`` found, with their ids."""
    return tuple(Prediction(prediction_id(claim, i), claim, **fields.__dict__) for i, fields in enumerate(found))


def _no_sign_of(head: Token, span: Span | None) -> bool:
    """True when the predicted verb is the "that" clause of an evidence noun denied by "no" ("no indication that X",
    "no sign that X", "there is no evidence X will"), or of "there is no way": what is denied is X."""
    if span is None:
        return False
    for ancestor in head.ancestors:
        no_way = ancestor.lemma_.lower() == "way" and ancestor.dep_ == "attr" and any(c.dep_ == "expl" for c in ancestor.head.children)
        if ancestor.pos_ == "NOUN" and (ancestor.lemma_.lower() in words().evidence_nouns or no_way):
            return any(c.dep_ == "det" and c.lower_ == "no" for c in ancestor.children) or ancestor.dep_ in ("dobj", "attr") and any(
                c.dep_ == "neg" for c in ancestor.head.children)
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "ccomp", "relcl"):
            return False
    return False


def _figure_put(span: Span) -> set[int]:
    """The words of the figure closing an estimate's content ("the chance that X will Y [at 18 per cent]")."""
    last = span[-1] if len(span) and not span[-1].is_punct else span[-2] if len(span) > 1 else None
    at = next((a for a in (last.ancestors if last is not None else ()) if a.dep_ == "prep" and a.lower_ == "at"), None)
    if at is None or at.right_edge.i < span.end - 2 or not any(t.like_num or t.ent_type_ == "PERCENT" for t in at.subtree):
        return set()
    return {t.i for t in at.subtree}


def _elided_event(marker: Marker, skip: set[int]) -> str | None:
    """The earlier clause with the new place: "it comes from the south"."""
    verb = marker.elided
    if verb is None:
        return None
    preps = place_preps(verb)
    gone = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod", "advcl") for t in c.subtree}  # the new place replaces them all
    clause = clause_event(verb, skip | gone | {c.i for c in verb.children if c.tag_ == "MD"})
    return f"{clause} {preps[0].text} {noun_event(marker.head, skip)}"


def _fallback(span: Span, marker: Marker | None) -> str:
    """Return the marker's clause, or the whole text, when no event could be built."""
    if marker is not None:
        verb = marker.head
        first, last = verb.left_edge, verb.right_edge
        if span.start <= first.i and last.i < span.end and last.i - first.i >= 2:
            return span.doc[first.i : last.i + 1].text.strip().rstrip(",;:.").strip()
    return span.text.strip().rstrip(",;:.").strip()
