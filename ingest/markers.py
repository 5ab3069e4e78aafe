"""Where a claim speaks of the future: the markers of a prediction in a parsed span.

A marker is the word that makes a claim a prediction and the place of its
event: a modal ("will", "may", a reported "would"), "is going to", an
intention verb or noun ("plans to", "preparations for"), a forecasting
control ("is expected to", "likely to"), an expectation verb ("expects X to"),
a risk noun ("the risk of an attack"), a phrase ("better times to come",
"in order to", "an imminent attack", "I do not rule out X"), a reporting cue
of a content with no future word of its own, or the speaker's attitude
("I would be surprised if X"). ``ingest.predictions`` turns the main marker
into a prediction's event, kind, condition and probability.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from graph.model import PredictionKind
from ingest.clauses import (
    FIRST_PERSON,
    agent_of,
    denied_belief,
    elided_verb,
    event_noun,
    first_person_holder,
    forms,
    in_relative_clause,
    is_agent,
    is_direction,
    is_passive,
    is_purpose,
    lemmas,
    marker_negated,
    may_intend,
    plan_owner,
    reported_by_other,
    signalled_event,
)
from ingest.cues import cue_lexicon, forecast_see, put_chance
from ingest.events import (
    LIKELIHOOD_ADJECTIVES,
    antecedent,
    reported_by_commentator,
    reports_of_itself,
    revised_figure,
    speaks_for,
    subject_of,
)
from ingest.horizons import find_horizon
from ingest.lexicon import word_set
from ingest.mentions import personal_noun
from ingest.prediction_words import words
from ingest.probability import NEGATION

_PURPOSE_MARKS = frozenset({"so", "that", "in", "order"})


@dataclass(frozen=True)
class Marker:
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


def befalls(verb: Token) -> bool:
    """True for a verb of what befalls its subject rather than an act it wills ("would lose", "would run out of
    shells"; not "would run again"): ``outcome_verbs``, or ``phrasal_outcomes`` with one of their words after them."""
    w = words()
    lemma = verb.lemma_.lower()
    if lemma in w.outcome_verbs:
        return True
    after = (w.phrasal_outcomes or {}).get(lemma, frozenset())
    return any(c.i > verb.i and c.dep_ in ("prt", "acomp", "advmod", "oprd", "prep") and c.lower_ in after for c in verb.children)


@cache
def _marker_lemmas() -> frozenset[str]:
    """The lemmas a marker is named by when a word has several (intention, forecasting and risk words), joined once."""
    w = words()
    return w.intention_verbs | w.intention_nouns | frozenset(w.forecast_controls) | w.expect_verbs | w.risk_nouns


def find_markers(span: Span, has_horizon: bool, reported: bool, answered: bool = False) -> list[Marker]:
    """Return the future markers the span asserts, in text order (``answered``: the span is a question someone
    answered, read as stated: "asked whether X would ..." then foresees X)."""
    w = words()
    found: list[Marker] = []
    for token in span:
        lower, forms = token.lower_, lemmas(token)
        lemma = next(iter(sorted(forms & _marker_lemmas())), token.lemma_.lower())
        marker: Marker | None = None
        excluded = _not_excluded(token)
        if excluded is not None:
            found.append(excluded)
            continue
        if token.tag_ == "MD" and (lower in w.strong or lower in w.hedged or lower in w.weak):
            verb = token.head
            if _not_excluded(verb) is not None:
                continue  # "an attack cannot be ruled out": the event is the subject (the verb's marker)
            if lower not in ("will", "shall", "'ll") and any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
                continue  # "could have been": a past that did not happen ("will have run out by March" is to come)
            if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in w.feelings for c in verb.children) and any(
                    c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
                continue  # "If it opens by October, I'll be happy": how the speaker will feel, no event foreseen
            if lower in ("could", "can", "ca") and marker_negated(token, verb) and verb.lemma_.lower() in w.withheld_words:
                continue  # "he could not comment on the investigation": words withheld now, nothing foreseen
            chance = put_chance(verb)
            if chance is not None and (risk := _risk(chance[0])) is not None:
                # '"I would put the chances of a breakthrough at 10 percent"': the chance's event, at the speaker's figure
                found.append(Marker(risk.token, risk.head, risk.kind, risk.trigger, risk.negated, noun=risk.noun))
                continue
            if lower in ("could", "can", "ca") and not has_horizon and verb.lemma_.lower() in _CAPACITY_VERBS and any(
                    c.dep_ == "dobj" and (c.like_num or any(g.dep_ in ("nummod", "quantmod") for g in c.children)) for c in verb.children):
                continue  # "the shelter could hold only 180 pupils": what a thing has room for, nothing foreseen
            if lower in w.weak and any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") and c.i < verb.i for c in verb.children):
                continue  # "doing what any country under attack would do": a free relative that describes, foresees nothing
            hearing = verb.lemma_.lower() == "hear" and any(c.dep_ == "dobj" and c.lemma_.lower() in w.heard_matters for c in verb.children)
            if lower not in w.strong and verb.lemma_.lower() in w.non_event_verbs and not (has_horizon and is_passive(verb)) and not hearing:
                # ("would be heard in the autumn": a hearing, timed, is an event; so is "would hear the appeal")
                seen = _seen_event(verb)
                if seen is not None:  # "the region could see heavy fighting": the fighting may happen there
                    found.append(Marker(token, seen, "forecast", lower, marker_negated(token, verb), noun=True))
                continue
            if lower not in w.strong and any(c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ in ("no", "any")
                                             for c in verb.children):
                continue  # "could no longer sail": a present inability (but "would take longer" is a forecast)
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _PURPOSE_MARKS for c in verb.children):
                continue  # "so that we could respond": a purpose
            conceded = _conceded(verb)
            if lower in w.weak:
                # "would be visible", "would have to": a hypothetical, unless a time says when
                forced = lower == "would" and verb.lemma_.lower() == "have" and _conditioned(verb)  # "if X, they would have to Y"
                hypothetical = verb.lemma_.lower() in ("be", "have") and not is_passive(verb) and not forced
                # ("Restarting a reactor would take two years once control returns": a gerund subject's act, conditioned,
                # is foreseen too; without a condition it is a hypothetical)
                future_in_past = lower == "would" and reported and not hypothetical and (
                    not any(c.dep_ == "csubj" for c in verb.children) or _under_condition(verb))
                # ("I wouldn't rule out a strike": the hedge of a concession looks ahead by itself, as "I'd be surprised if")
                if not (has_horizon or future_in_past or forced or lower == "would" and conceded is not None):
                    continue
                trigger = "would" if lower == "would" else lower
            else:
                trigger = "will" if lower in w.strong else lower
            if _unknown(verb):
                continue  # "Nobody knows how many people will come back": what no one can tell, nothing foreseen
            if _asked_whether(verb) and not answered:
                continue  # "a listener wanted to know whether the trains would run": a question put, nothing foreseen
            if _left_open(verb):
                trigger = "whether"  # "it is too early to say whether the truce will hold": no lean either way
            # A reported "would" of an actor's own act is the plan announced ("he said he would resign").
            subject = subject_of(verb)
            own_voice = subject is not None and reports_of_itself(subject)  # "PGE said it will start": PGE's "we will start"
            # ("the minister said the ministry will hold a service", "'The government will keep the price,' the premier said":
            # the reporter's own side, named)
            own_side = subject is not None and not own_voice and speaks_for(subject)
            own_voice = own_voice or own_side
            # ("Analysts said the central bank would cut rates": another's act, foreseen by those who comment on it)
            commented = subject is not None and not own_voice and reported_by_commentator(subject)
            subject = antecedent(subject) or subject if subject is not None else None  # "(the attacks) would continue"
            able = verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "able" for c in verb.children)
            if lower == "should" and not able and (is_agent(subject) or subject is None or verb.lemma_.lower() in ("have", "need")):
                continue  # "NATO should act by May": advice to someone, not a forecast ("inflation should ease by May" is)
            # ("fewer than 3,000 flats would be completed this year": a counted outcome, foreseen, not a plan announced)
            # (an estimate: a number bounded by "fewer than", "up to", "about"; "the first 50 billion euros would be
            # disbursed" is an amount someone plans to pay)
            counted = subject is not None and any(c.dep_ == "nummod" and any(g.dep_ in ("quantmod", "advmod") or g.tag_ == "JJR"
                                                                             for g in c.children) for c in subject.children)
            kind: PredictionKind = "intention" if trigger == "would" and reported and not commented and (
                is_agent(subject) or is_passive(verb) and not counted or own_voice) \
                and verb.lemma_.lower() not in ("be", "have") and not befalls(verb) \
                and not _judged_likely(verb) and not _hedged(verb) else "forecast"
            if trigger == "will" and _own_undertaking(verb, subject, own_voice):
                kind = "intention"  # "we will rebuild the school by May", "I'll sign it": the speaker's own commitment
            if lower in w.strong and any(c.lower_ == "always" for c in verb.children):
                continue  # "you will always ...": a habit, not an event
            if verb.lemma_.lower() in cue_lexicon().verbs and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children
            ):
                continue  # "I will say that this is not the final round": the speaker's own words now, the claim is inside them
            if lower in w.strong and verb.lemma_.lower() == "mean":
                continue  # "it will mean that ...": a consequence drawn, not an event
            signalled = signalled_event(verb)
            if conceded is not None:
                # ("would not rule out a boycott", "won't exclude hosting the talks": the modal hedges a concession; the
                # event is what is not ruled out, its probability the scale's "would not rule out")
                act = conceded.pos_ in ("VERB", "AUX")
                marker = Marker(token, conceded, kind, "risk", False, noun=not act, subject=subject if act else None)
            elif signalled is not None:  # "may herald the return of X": the event is what is heralded
                marker = Marker(token, signalled, "forecast", trigger, marker_negated(token, verb), noun=True)
            else:
                marker = Marker(token, verb, kind, trigger, marker_negated(token, verb))
        elif lower == "going" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to" and any(c.dep_ == "aux" for c in token.children):
            if not reported and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in token.children):
                continue  # '"He was going to pay for the repairs"': a plan of the past in the speaker's own words
            complements = [c for c in token.children if c.dep_ == "xcomp"]
            verb = complements[0] if complements else token
            # ("I'm going to Tbilisi in May": the speaker's own journey arranged, an intention; "we are not going to
            # attack anyone" stays a forecast, as the news corpus's gold has it)
            subject = subject_of(token)
            own = not complements and token.doc[token.i + 1].dep_ == "prep" and _own_undertaking(token, subject)
            marker = Marker(token, verb, "intention" if own else "forecast", "will", marker_negated(token, verb))
        elif lower == "to" and token.dep_ == "aux" and token.i == token.head.i - 1 and token.head.tag_ == "VB" and (
                token.head.dep_ == "ROOT" or token.head.dep_ == "ccomp" and token.head.head.i >= span.end) \
                and any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dep" and c.pos_ in ("PROPN", "NOUN") for c in token.head.children
                        if c.i < token.i) \
                and not any(t.pos_ in ("VERB", "AUX") and t.i < token.i for t in token.sent):
            # a headline's "X to V" ("Lithuania to receive first tanks in 2027", "Moldova to hold elections in
            # September"), alone or before its frame ("..., Lukashenko says"): what is set to happen
            named = next((c for c in token.head.children if c.dep_ == "dep" and c.i < token.i), None)  # (the parser's "dep")
            marker = Marker(token, token.head, "forecast", "will", marker_negated(token, token.head), subject=named)
        elif lemma in w.intention_verbs and (token.pos_ in ("VERB", "ADJ", "AUX") or any(c.dep_ == "xcomp" for c in token.children)):
            marker = _intention(token, lemma)
            modal = _modal_forecast(token)
            subject = subject_of(token)
            own = marker is not None and modal is not None and modal.lower_ in w.strong and _own_undertaking(
                token, subject, subject is not None and reports_of_itself(subject))
            if own and marker is not None:
                # ("Russia will seek to ...": a forecast of the attempt; "we will seek to ...": the speakers' plan, as
                # firmly as they say it)
                marker = Marker(marker.token, marker.head, "intention", "will", marker.negated, marker.noun, marker.actor)
            elif marker is not None and modal is not None:
                trigger = "will" if modal.lower_ in w.strong else modal.lower_
                marker = Marker(modal, marker.head, "forecast", trigger, marker.negated or marker_negated(modal, token), marker.noun, marker.actor)
        elif lemma in w.intention_nouns and token.pos_ == "NOUN":
            marker = _intention_noun(token)
        elif lemma in w.forecast_controls and token.pos_ in ("VERB", "ADJ", "ADP", "NOUN", "ADV"):
            # "is expected to slow", "likely to": the event is a to-infinitive
            # (an infinitive the tagger took for a noun: "is due to [launch] on Tuesday" with no full stop after it)
            complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and (c.pos_ in ("VERB", "AUX") or c.dep_ == "xcomp")
                           and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)]
            if lemma in ("track", "course"):  # "is on track/course to": the complement hangs from "on", its head or the noun
                on = token.head.lower_ == "on" and token.dep_ == "pobj"
                places = [token, token.head, token.head.head] if on else []
                complements = [c for p in places for c in p.children if (c.dep_ in ("acl", "relcl", "xcomp") or c.dep_ == "advcl" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) and c.pos_ in ("VERB", "AUX")]  # ("was on track to": advcl)
            if lemma == "see" and is_passive(token) and not complements and has_horizon:
                # "inflation is seen easing to 2.5% next year": forecasting jargon takes a gerund too, with its time
                complements = [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
            if lemma in ("set", "tip") and not is_passive(token) or lemma == "see" and not (is_passive(token) and any(
                    c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBZ", "VBP") or c.lower_ in ("will", "'ll")) for c in token.children)):
                complements = []  # ("were seen leaving the town": what was watched, not foreseen)
            if complements:
                verb = complements[0]
                # ("The ministry is on track to cut X": the infinitive hangs on "track", its subject is the copula's)
                tracked = subject_of(token.head.head) if lemma in ("track", "course") and token.dep_ == "pobj" \
                    and token.head.lower_ == "on" and verb.dep_ in ("acl", "relcl") else None
                marker = Marker(token, verb, "forecast", w.forecast_controls[lemma], marker_negated(token, token) or marker_negated(token, verb),
                                subject=_relative_object(token, verb) or tracked)
            elif lemma == "due" and token.dep_ == "acomp" and (due := subject_of(token)) is not None and due.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for h in (token, token.head)
                    for c in h.children):
                # "elections are due in the first half of 2027": a scheduled event, as firm as "will" ("is due" alone is owed)
                marker = Marker(token, due, "forecast", "will", marker_negated(token.head, token), noun=True)
            elif lemma in w.expect_verbs and is_passive(token) and token.dep_ in ("ROOT", "ccomp", "conj") and any(
                c.tag_ in ("VBZ", "VBP") or c.lower_ in ("will", "'ll") or reported and has_horizon and c.lower_ in ("was", "were")
                for c in token.children if c.dep_ in ("aux", "auxpass")
            ):  # (reported, "was expected later this year" is the present "is expected" backshifted)
                subject = subject_of(token)
                if subject is not None and subject.pos_ == "NOUN":  # "a rate hike is expected": the event is the hike
                    marker = Marker(token, subject, "forecast", "expect", marker_negated(token, token), noun=True)
                else:
                    marker = Marker(token, token, "forecast", "expect", marker_negated(token, token))  # "more systems are expected"
        if marker is None and (lemma in w.expect_verbs or has_horizon and forecast_see(token, past=reported) and _seen_event(token) is None) \
                and token.pos_ == "VERB":
            marker = _expectation(token)
        if marker is None and token.lemma_.lower() == "risk":
            marker = _risked(token, reported)
        if marker is None and lemma in w.risk_nouns and token.pos_ == "NOUN":
            marker = _risk(token)
        if marker is None:
            marker = _bare_conditional(token)
        if marker is None:
            marker = rescheduled(token)
        if marker is None:
            marker = _phrase_marker(span, token, has_horizon)
        if marker is None and (conceded := _conceded(token)) is not None and conceded.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
            # "Moscow did not rule out further exchanges": the exchanges, conceded as possible (a modal's "would not rule
            # out" is the modal's marker)
            marker = Marker(token, conceded, "forecast", "risk", False, noun=True)
        if marker is None:
            continue
        # (an infinitive the parser hung on the expected noun as a relative clause is the expectation's own: "expected the
        # track and the walkway to be finished")
        if in_relative_clause(marker.token, span) or (not marker.noun and marker.subject is None and in_relative_clause(marker.head, span)):
            described = _described_content(marker, span)
            if described is None:
                continue
            marker = replace(marker, subject=described)  # "announced a reform that will cut ...": the reform cuts
        if _asked(marker.token):
            continue  # '"Will prices double? Nobody can say"': a question asks what will happen, it predicts nothing
        reporter = reported_by_other(marker.token, span)
        if reporter is False:
            continue
        if isinstance(reporter, Token) and reporter.lemma_.lower() != "rule" and denied_belief(reporter):
            marker = Marker(marker.token, marker.head, marker.kind, marker.trigger, not marker.negated, marker.noun, marker.actor)
        found.append(marker)
    return found


#: Verbs of room or capacity: "could hold 180 pupils", "can accommodate 2,000 people" say what a thing holds.
_CAPACITY_VERBS = word_set("predictions", "capacity_verbs")
#: Adjectives that dismiss a risk ("fears of X are exaggerated"): its event denied.
_DISMISSING = word_set("predictions", "dismissing_adjectives")
#: Prepositions of a stretch of time: "in the years to come" is a horizon, not a future a noun names.
_TIME_PREPOSITIONS = word_set("predictions", "time_prepositions")


def _asked(token: Token) -> bool:
    """True when ``token``'s sentence ends with a question mark (quotation marks aside)."""
    words = [t for t in token.sent if t.text not in ('"', "“", "”", "«", "»", "'", "’")]
    return bool(words) and words[-1].text == "?"


def _phrase_marker(span: Span, token: Token, has_horizon: bool) -> Marker | None:
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
        return Marker(token, token, "forecast", "will", False, subject=noun)
    if lemma == "time" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "matter":
        # "it is only a matter of time before Russia attacks": what comes "before" is bound to happen
        matter = token.head.head
        for holder in (matter.head, matter, token):
            for child in holder.children:
                if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in child.children):
                    return Marker(token, child, "forecast", "will", False)
                if child.dep_ == "prep" and child.lower_ == "before":
                    event = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
                    if event is not None:
                        return Marker(token, event, "forecast", "will", False, noun=True)
        if matter.dep_ == "attr" and matter.head.lemma_ == "be" and (subject := subject_of(matter.head)) is not None \
                and subject.pos_ == "NOUN":
            return Marker(token, subject, "forecast", "will", False, noun=True)  # "accession is only a matter of time"
    if token.lemma_ == "be" and token.dep_ in ("ROOT", "ccomp", "conj") and not any(c.dep_ in ("attr", "acomp", "expl") for c in token.children):
        # "the board is to meet on Friday", "(said) the minister was to visit Kyiv": a fixed arrangement of an actor's
        planned = next((c for c in token.children if c.dep_ == "xcomp" and c.i == token.i + 2 and token.doc[token.i + 1].lower_ == "to"
                        and c.pos_ == "VERB" and c.lemma_.lower() != "blame"), None)  # ("he was to blame": at fault)
        if planned is not None and is_agent(subject_of(token)):
            return Marker(token, planned, "forecast", "will", marker_negated(token, token))
        # ("the first trucks are to be delivered in May": an arrangement for a thing, whoever makes it)
        done = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and token.i + 3 <= c.i <= token.i + 4
                     and [t.lower_ for t in token.doc[c.i - 2 : c.i]] == ["to", "be"]
                     and all(t.dep_ == "neg" for t in token.doc[token.i + 1 : c.i - 2])), None)
        if done is not None and subject_of(token) is not None:
            return Marker(token, done, "forecast", "will", marker_negated(token, done))
    if token.lower_ == "if" and token.dep_ == "pobj":
        return _when_not_if(token)
    if token.lower_ in ("in", "so"):
        return _purpose(span, token)
    if (token.lower_, token.head.lower_) in (("horizon", "on"), ("sight", "in"), ("cards", "on")) and token.dep_ == "pobj" \
            and token.head.head.lemma_ == "be":
        # "a new offensive is on the horizon", "a ceasefire is not in sight", "an attack is not on the cards" (Oxford: on the
        # cards, "possible or likely")
        subject = subject_of(token.head.head)
        if subject is not None and subject.pos_ == "NOUN":
            return Marker(token, subject, "forecast", "will", marker_negated(token.head.head, token.head.head), noun=True)
    if token.lower_ == "question" and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "out" \
            and token.head.head.head.lemma_ == "be":
        subject = subject_of(token.head.head.head)  # "a devaluation is out of the question": as "impossible", denied
        if subject is not None and subject.pos_ == "NOUN":
            return Marker(token, subject, "forecast", "possible", not marker_negated(token.head.head.head, token.head.head.head), noun=True)
    if lemma in w.impending_verbs and token.pos_ == "VERB" and token.tag_ in ("VBZ", "VBP", "VBG"):
        subject = subject_of(token)  # "a recession looms", "a new wave of mobilisation is looming in the autumn"
        if subject is not None and subject.pos_ == "NOUN":
            return Marker(token, subject, "forecast", "will", marker_negated(token, token), noun=True)
    if lemma == "head" and token.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return Marker(token, token, "forecast", "will", marker_negated(token, token))  # "the ruble is headed for its worst year"
    if lemma in w.imminence_adjectives:
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and (
            token.head.i == span.root.i or (token.head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and token.head.head.tag_ != "VBD")
        ):
            return Marker(token, token.head, "forecast", "will", False, noun=True)
        subject = subject_of(token.head) if token.dep_ == "acomp" else None
        if subject is not None and subject.pos_ == "NOUN":
            return Marker(token, subject, "forecast", "will", marker_negated(token.head, token.head), noun=True)  # "an attack is imminent"
    if (likely := _likely_that(token, has_horizon)) is not None:
        return likely
    # (an event noun "is possible" with no time too: "a limited swap of prisoners is possible", or under a condition,
    # "a sharper fall is possible if oil drops"; not "possible to")
    # (but "a landing is not possible without air cover", "only if", "impossible": a capability judged, no event foreseen)
    possible = lemma == "possible" and token.dep_ == "acomp" and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children) \
        and not marker_negated(token.head, token.head) and not any(c.lower_ in ("without", "only") for c in token.head.subtree)
    if (lemma in w.plausibility_adjectives or lemma in w.possibility_adjectives) and token.dep_ == "acomp" and (has_horizon or possible):
        subject = subject_of(token.head)
        if subject is not None and (subject.pos_ == "NOUN" or has_horizon and subject.pos_ == "PROPN"):
            # (the negation of a listed word, "unrealistic", "impossible"; not "unavoidable")
            negative = lemma.startswith(("un", "im")) and lemma[2:] in w.plausibility_adjectives | w.possibility_adjectives
            trigger = "possible" if lemma in w.possibility_adjectives else "expect"
            return Marker(token, subject, "forecast", trigger, marker_negated(token.head, token.head) != negative, noun=True)
    if lemma in w.groundwork_idioms and token.pos_ == "VERB" and token.tag_ != "VBD" and not (
        token.tag_ == "VBN" and any(c.lower_ in ("had",) for c in token.children)
    ):
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() == w.groundwork_idioms[lemma]:
                preps = [p for p in (*child.children, *token.children) if p.dep_ == "prep" and p.lower_ == "for"]
                for prep in preps:
                    event = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if event is not None:  # "have set the stage for big gains"
                        return Marker(token, event, "forecast", "expect", marker_negated(token, token), noun=True)
    if lemma in ("exclude", "rule") and token.pos_ == "VERB" and (lemma == "exclude" or any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)):
        # "I do not exclude the south", "we cannot rule out a second wave": a possibility conceded
        if not any(c.dep_ == "neg" for c in token.children) and not any(c.lower_ == "not" for c in token.doc[max(token.i - 2, 0) : token.i]):
            return None
        subject = subject_of(token)
        if subject is not None and subject.lower_ not in FIRST_PERSON | {"he", "she"} and not first_person_holder(subject):
            return None  # "Putin did not exclude ...": someone else's view, told by the cue
        for child in token.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                earlier = elided_verb(child) if is_direction(child) else None
                return Marker(token, child, "forecast", "risk", False, noun=True, elided=earlier)
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                return Marker(token, child, "forecast", "risk", False)
    return None


#: Verbs whose "I will"/"we will" foretells what happens to the speakers rather than what they undertake
#: ("we will see a drop", "we will need more shells", "we will know by May"), or how they come through what
#: befalls them ("we will cope", "we will withstand the winter"): perception, need and endurance.
_UNDERGONE = word_set("predictions", "undergone_verbs")


def _own_undertaking(verb: Token, subject: Token | None, reported: bool = False) -> bool:
    """True for "I/we will" + an act of the speakers' own ("we will seek to annul", "we'll ramp up exports"), or the
    same reported ("the company said it will build", ``reported``): a commitment, the speakers' intention; not what
    befalls them ("we will see", "we will win": outcomes)."""
    if subject is None or (subject.lower_ not in ("i", "we") and not reported) or is_passive(verb) or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "acomp" for c in verb.children):
        return False  # "we will stay vulnerable", "we will keep calm": a state the speakers will be in, no act
    # ("I will believe it when I see it", "I will remember this day": a state of mind to come, no act undertaken)
    return lemma not in ("be", "have") and not befalls(verb) and lemma not in _UNDERGONE \
        and (lemma not in _STATIVE or lemma in words().intention_verbs)  # ("we will consider options" is still a plan)


#: Verbs of seeing, knowing and wanting: "if we look at the map, we see ..." states what follows, no act undertaken.
_STATIVE = word_set("predictions", "stative_verbs")


def _bare_conditional(verb: Token) -> Marker | None:
    """"If the frost returns, we switch off the heating": the speakers' own act in the present, under a condition in the
    present set before it, is what they undertake to do then (their intention, as "we will switch off" is)."""
    if verb.tag_ != "VBP" or verb.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FIRST_PERSON or verb.lemma_.lower() in _STATIVE \
            or verb.lemma_.lower() in cue_lexicon().verbs and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) \
            or not _own_undertaking(verb, subject):
        return None
    condition = next((c for c in verb.children if c.dep_ == "advcl" and c.i < subject.i and c.tag_ in ("VBZ", "VBP")
                      and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
    return Marker(verb, verb, "intention", "will", marker_negated(verb, verb)) if condition is not None else None


#: Adverbs by which a speaker weighs what is to come: "would probably intensify" is a forecast, not a plan announced.
_HEDGE_ADVERBS = word_set("predictions", "hedge_adverbs")


def _hedged(verb: Token) -> bool:
    """True for a verb its speaker weighs with an adverb ("would likely be heard", "would probably intensify")."""
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in verb.children)


def _judged_likely(verb: Token) -> bool:
    """True for a clause whose likelihood the sentence judges ("it was almost certain that Minsk would ..."): a
    forecast of what the actor does, not the actor's plan."""
    if verb.dep_ != "ccomp":
        return False
    holder = verb.head
    return holder.lemma_.lower() in LIKELIHOOD_ADJECTIVES or any(
        c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_ADJECTIVES for c in holder.children)




def _likely_that(token: Token, has_horizon: bool) -> Marker | None:
    """"It is highly unlikely that any rival gets registered", "it was not impossible that Russia tries to ... before
    the autumn": the event is the "that" clause, which has no future word of its own. Its verb must be a present
    of what is to come (not "is"/"has", a state now) unless time words say when."""
    lemma = token.lemma_.lower()
    if token.dep_ != "acomp" or lemma not in LIKELIHOOD_ADJECTIVES:
        return None
    verb = token.head
    if not any(c.lower_ == "it" and c.dep_ in ("expl", "nsubj") for c in verb.children):
        return None
    clause = next((c for c in (*token.children, *verb.children) if c.dep_ == "ccomp" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None or any(c.tag_ == "MD" for c in clause.children) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None  # (a modal of its own is the marker: "it is possible that Russia will attack"; no subject, no parse)
    finite = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), clause)
    if finite.tag_ not in ("VB", "VBZ", "VBP") or not has_horizon and finite is clause and clause.lemma_ in ("be", "have"):
        return None  # "it is likely that the army was surprised", "it is possible that they are tired": no event ahead
    if lemma in words().possibility_adjectives:
        denied = marker_negated(verb, verb) or any(c.dep_ == "neg" for c in token.children)  # (was "not impossible")
        return Marker(token, clause, "forecast", "possible", denied != (lemma == "impossible"))
    return Marker(token, clause, "forecast", "expect", False)


def _left_open(verb: Token) -> bool:
    """True for a future in an open "whether" clause ("too early to say whether X will", "it is unclear whether X
    will"); not in "the question is not whether X will, but when", which takes X as given."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
        return False
    return not any(c.dep_ == "neg" for c in verb.head.children)



def _unknown(verb: Token) -> bool:
    """True for a future in a wh-clause that no one knows or can tell ("nobody knows how many will come back", "no one
    can say when the war will end"); an open "whether" leans neither way instead (``_left_open``)."""
    if verb.dep_ != "ccomp" or not any(t.tag_ in ("WRB", "WP", "WDT") for t in verb.subtree
                                       if t.i < verb.i and t.dep_ in ("advmod", "nsubj", "dobj", "amod", "det", "npadvmod")):
        return False
    governor = verb.head
    if governor.lemma_.lower() not in ("know", "say", "tell", "predict", "foresee", "guess"):
        return False
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    nobody = subject is not None and (subject.lower_ in ("nobody", "none") or subject.lower_ == "one" and any(
        c.lower_ == "no" for c in subject.children))
    return nobody or marker_negated(governor, governor)


def _asked_whether(verb: Token) -> bool:
    """True for a future in a "whether"/"if" clause someone asks ("asked whether the trains would run", "wanted to
    know if the port would reopen"): a question put, not an open forecast."""
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children) or verb.dep_ not in ("ccomp", "advcl"):
        return False
    governor = verb.head
    lemma = governor.lemma_.lower()
    return lemma in words().asking_verbs or lemma == "know" and governor.head.lemma_.lower() in ("want", "wish", "like", "ask")


def _conditioned(verb: Token) -> bool:
    """True for "have to" under a stated condition: "if the talks fail, the agency would have to suspend deliveries",
    "in the event of an attack, ..."."""
    if not any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return False
    return _under_condition(verb, ("if", "unless")) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("event", "case") for g in c.children) for c in verb.children)


def _under_condition(verb: Token, marks: tuple[str, ...] = ("if", "unless", "once", "provided", "when")) -> bool:
    """True for a verb with a clause of condition (or time) marked by one of ``marks``: "would take two years once
    control is returned"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children)


#: Nouns of "a matter of when, not if", "not a question of if, but when".
_WHEN_NOT_IF_NOUNS = word_set("predictions", "when_not_if_nouns")


def _when_not_if(token: Token) -> Marker | None:
    """ "An attack is a matter of when, not if", "it is not a question of if, but when Russia strikes":
    the event is taken as bound to happen; only its date is open. ``token`` is the "if"."""
    of = token.head
    noun = of.head
    if of.lower_ != "of" or noun.lemma_.lower() not in _WHEN_NOT_IF_NOUNS or noun.dep_ != "attr":
        return None
    be = noun.head
    following = [t for t in token.doc[of.i + 1 : min(len(token.doc), token.i + 4)] if t.lower_ == "when"]
    if any(t.i < token.i for t in following):  # "a matter of when, not if": what is the matter is the event
        subject = subject_of(be)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return Marker(token, subject, "forecast", "will", False, noun=True)
        return None
    for conj in be.children:  # "not a question of if, but when Russia tests NATO": the clause after "when"
        if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and any(c.lower_ == "when" and c.dep_ == "advmod" for c in conj.children):
            return Marker(token, conj, "forecast", "will", False)
    return None


def _purpose(span: Span, token: Token) -> Marker | None:
    """"is moving troops to the coast in order to try to land": an actor's aim for an act under way (FrameNet Purpose).

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
        if subject is None or not may_intend(subject):
            return None
        return Marker(token, verb, "intention", "intention", marker_negated(verb, verb), subject=subject)
    return None


def _modal_forecast(token: Token) -> Token | None:
    """Return the modal that makes an intention verb a forecast ("they will try to", "may want to"), or None.

    A hedged progressive ("may be preparing") still reports a preparation under way.
    """
    modals = [c for c in token.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("would", "should", "must")]
    progressive = token.tag_ == "VBG" and any(c.lemma_ == "be" for c in token.children if c.dep_ == "aux")
    return modals[0] if modals and not progressive else None


#: Verbs that call off a plan the same clause states ("planned to buy more but cancelled the order").
_CALLED_OFF = word_set("predictions", "called_off_verbs")


def _intention(token: Token, lemma: str) -> Marker | None:
    """"plans to attack", "is preparing an offensive", "is aimed at amassing", "is considering scenarios"."""
    if lemma in ("try", "attempt") and token.tag_ in ("VBD", "VBN"):
        return None  # "tried to": a past act
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children) and not is_passive(token):
        return None  # "had planned to raise taxes (but dropped the idea)": a plan of the past, not one held now
    if lemma == "prepare" and token.tag_ == "VBN" and not is_passive(token) and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) \
            and any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in token.children):
        # "we have prepared several lines of defence": the speakers' preparation done, its object in place ("Russia has
        # prepared an offensive" still foretells the offensive)
        return None
    if token.tag_ == "VBD" and any(c.dep_ == "conj" and c.lemma_.lower() in _CALLED_OFF for c in token.children):
        return None  # "planned to buy a second batch but cancelled the order": a plan of the past, called off
    if lemma in ("want", "wish") and any(c.dep_ == "xcomp" and c.lemma_.lower() in words().told_verbs for c in token.children):
        return None  # "wanted to know whether ...": a wish to be told, no act planned
    if lemma in ("want", "wish") and token.tag_ in ("VBP", "VB") and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children) \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in words().performative_verbs
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in token.children):
        # '"We want to thank our partners"': the thanks are given as they are said, nothing planned ("... in person next
        # week" is a plan)
        return None
    if lemma == "consider" and token.tag_ != "VBG" and not any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp")
                                                                for c in token.children):
        return None  # "it considered the decision a hostile act": a view held, no act weighed ("is considering", "considers sending")
    passive = is_passive(token)
    subject = subject_of(token)
    act = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if lemma in ("schedule", "slate") and passive and not (act is not None and is_passive(act)):
        # "the plant is scheduled to open in 2027", "the vote is slated for March": a scheduled event will happen
        # (but "reservists are slated to be drafted" is someone's plan: an intention, below)
        negated = marker_negated(token, token)
        if act is not None:
            return Marker(token, act, "forecast", "will", negated)
        timed = any(c.dep_ == "prep" and c.lower_ in ("for", "on", "in") and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                    for c in token.children)
        # (or a gerund naming the act: "commissioning of the link is scheduled for 2030")
        if timed and subject is not None and (subject.pos_ in ("NOUN", "PROPN") or subject.tag_ == "VBG"):
            return Marker(token, subject, "forecast", "will", negated, noun=True)
        return None
    if lemma == "plan" and passive and act is None and subject is not None and subject.pos_ == "NOUN" \
            and not lemmas(subject) & words().agent_nouns and not any(c.lemma_ == "have" for c in token.children if c.dep_ == "aux") \
            and not any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in subject.children):
        # (not "this visit had been planned well in advance": a plan carried out, about an event under way)
        # "a new mobilisation is planned for October", "no new mobilisation is planned": someone's plan, its event the subject
        negated = marker_negated(token, token) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        return Marker(token, subject, "intention", "intention", negated, noun=True)
    if lemma == "commit":
        # "remains committed to cutting its stake": the pledged act is a gerund after "to" ("committed crimes",
        # "committed funds to the project" pledge no act)
        acts = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        # (or its infinitive, as many writers have it: "has committed to hold a referendum")
        acts += [c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)]
        holder = subject_of(token.head) if token.dep_ == "acomp" else subject
        return Marker(token, acts[0], "intention", "intention", marker_negated(token, token), subject=holder) if acts else None
    if subject is not None and subject.lower_ == "it" and not passive:
        subject = antecedent(subject) or subject  # "the ministry said it plans to ...": the ministry plans
    if (is_purpose(subject) or (not passive and not may_intend(subject))) and not (lemma == "plan" and not passive and subject is not None
                                                                               and subject.pos_ == "NOUN"):
        # ("the plant plans to double output": only those who run a thing plan for it, so a thing that plans stands
        # for them; a thing "aims" or "is meant" to do what it is for)
        return None  # "the visit aims to ...": a purpose, not a plan
    if lemma in ("intend", "design", "mean") and passive and subject is not None and not is_agent(subject):
        return None  # "the new factory is intended to supply the front": a thing's purpose, not anyone's plan
    # (an adjective's negation hangs on its "be": "he was not ready to give up")
    negated = marker_negated(token.head if token.dep_ == "acomp" else token, token)
    if lemma == "prepare":
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                # "preparing for most refugees to stay until 2028": what they prepare for is foreseen, not their plan
                return Marker(token, child, "forecast", "expect", negated)
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return Marker(token, child, "intention", "intention", negated)
    if lemma in ("prepare", "plan", "consider", "weigh", "mull", "aim", "schedule", "slate", "gear"):
        for child in token.children:
            # "preparing an attack" plans an event; "preparing 200,000 troops" trains people
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and not lemmas(child) & words().agent_nouns and not (any(
                c.dep_ == "nummod" for c in child.children) and personal_noun(child.lemma_.lower())
            ):  # ("preparing two more shelters" plans them)
                return Marker(token, child, "intention", "intention", negated, noun=True, actor=token)
            if child.dep_ == "prep" and child.lower_ == "for" and lemma == "prepare" and token.tag_ in ("VBN", "JJ") \
                    and not any(c.dep_ == "agent" for c in token.children):
                continue  # "the city is prepared for 72 hours without power": a state of readiness, no act planned
            if child.dep_ == "prep" and child.lower_ in ("for", "at"):
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                        return Marker(token, grand, "intention", "intention", negated, noun=True, actor=token)
                    if grand.dep_ == "pcomp" and grand.pos_ == "VERB":  # "moves by the army are aimed at encircling": theirs
                        return Marker(token, grand, "intention", "intention", negated, subject=agent_of(subject) or subject)
        if lemma == "prepare" and token.tag_ == "VBG" and subject is not None and not any(c.dep_ == "dobj" for c in token.children):
            return Marker(token, token, "intention", "intention", negated)  # "Russia is preparing"
    return None


def _intention_noun(token: Token) -> Marker | None:
    """"has plans to conscript", "preparations for an offensive", "a plan aimed at reducing".

    A planned act named by a verb gets the plan's owner as its subject ("we
    proposed a plan aimed at cutting costs": we cut costs).
    """
    marker = _planned(token)
    if marker is None or marker.noun or subject_of(marker.head) is not None:
        return marker
    owner = plan_owner(token)
    return Marker(marker.token, marker.head, marker.kind, marker.trigger, marker.negated, subject=owner) if owner is not None else marker


def _of_act(child: Token) -> bool:
    """True for an "of" phrase naming a planned act: "the intention of withdrawing", "plans of attacking"."""
    return child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children)


def _planned(token: Token) -> Marker | None:
    infinitive = any(c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                     or _of_act(c) for c in token.children)  # (or "no intention of withdrawing": the act, negated)
    stray = _stray_infinitive(token)
    if token.dep_ in ("attr", "nsubj", "dobj") and denied_noun(token) and not infinitive and stray is None:
        # "there are no preparations for a war": what is denied is the plan, not the war
        # ("has no plans to negotiate" denies the act: the act, negated, below; "there are no such plans" names no
        # plan of its own: it points back at one, nothing foreseen)
        if not any(c.dep_ in ("prep", "acl", "relcl", "compound") for c in token.children):
            return None
        return Marker(token, token, "intention", "intention", True, noun=True)
    if stray is not None and not infinitive:
        return Marker(token, stray, "intention", "intention", denied_noun(token) or marker_negated(token.head, token.head),
                      subject=plan_owner(token))
    return _planned_act(token)


def _stray_infinitive(token: Token) -> Token | None:
    """The planned act the parser hung on the verb that has the plan: "had no plans yet to reopen the plant" (the
    infinitive after an adverb read as the verb's own complement)."""
    if token.dep_ != "dobj":
        return None
    act = next((c for c in token.head.children if c.dep_ == "xcomp" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.i - 1 for g in c.children)), None)
    if act is None or any(t.pos_ != "ADV" for t in token.doc[token.i + 1 : act.i - 1]):
        return None
    return act


def _planned_act(token: Token) -> Marker | None:
    negated = denied_noun(token) or (token.dep_ in ("dobj", "attr", "nsubj") and marker_negated(token.head, token.head))
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words().cancel_verbs:
        negated = not negated  # "abandoned plans to attack": no attack; "does not abandon plans to attack": an attack
    if token.dep_ == "nsubj" and token.head.lemma_ in ("be", "remain"):
        # "the aim is to finish the bridge", "our plan is to leave", "our goal remains to": the act is the copula's to-infinitive
        for child in token.head.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                # (the plan's owner acts: "our goal is to reach the border" -> "we reach the border")
                return Marker(token, child, "intention", "intention", negated, subject=plan_owner(token))
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return Marker(token, child, "intention", "intention", negated)  # "X plans to" tagged as a noun
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            if child.lemma_.lower() == "aim":
                for prep in child.children:
                    for grand in prep.children:
                        if grand.dep_ == "pcomp":
                            return Marker(token, grand, "intention", "intention", negated)
            if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return Marker(token, child, "intention", "intention", negated)
        if child.dep_ == "prep" and child.lower_ in ("for", "to"):
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                    return Marker(token, grand, "intention", "intention", negated, noun=True)
                if grand.dep_ == "pcomp":
                    return Marker(token, grand, "intention", "intention", negated)
        if _of_act(child):
            act = next(g for g in child.children if g.dep_ == "pcomp")
            return Marker(token, act, "intention", "intention", negated)  # "the intention of withdrawing"
    if token.lemma_.lower() == "preparation" and token.dep_ in ("attr", "nsubj", "dobj"):
        return Marker(token, token, "intention", "intention", negated, noun=True)
    return None


def _described_content(marker: Marker, span: Span) -> Token | None:
    """The noun a claim consists of when its only future is a relative clause on it ("announced a reform that will cut
    the ministries by a third", "warned of a deal that could collapse within weeks"): what the clause foresees is the
    claim, and the noun, the clause's subject, is the event's; else None (a relative clause in a sentence that
    asserts something else only describes: "the drills that will start in May were announced")."""
    clause = marker.head if not marker.noun else marker.token
    while clause.dep_ != "relcl" and clause.head.i != clause.i and span.start <= clause.head.i < span.end:
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or noun.i != span.root.i or noun.pos_ not in ("NOUN", "PROPN") or clause.i != marker.head.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children):
        return None  # "a deal that the board will sign": the noun is what the clause acts on, not its actor
    return noun


def _relative_object(token: Token, verb: Token) -> Token | None:
    """The noun a relative clause describes when its relative word is what the clause's verb expects to act ("arms
    production, which he expected to double": the production doubles), else None."""
    if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = any(g.dep_ in ("dobj", "nsubj") and g.tag_ in ("WDT", "WP") and g.i < token.i for g in (*token.children, *verb.children))
    return token.head if relative else None


def _expectation(token: Token) -> Marker | None:
    """"expects inflation to fall", "anticipates a slowdown", "hopes that talks should succeed"."""
    negated = marker_negated(token, token)
    if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
        return None  # a bare participle ("was predictable, predicted"): no one expects anything here
        # (but one with an object is a past tense the parser hung on its subject: "allies expected heavy fighting")
    for child in token.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX") and child.i > token.i:
            if (described := _relative_object(token, child)) is not None:
                return Marker(token, child, "forecast", "expect", negated, subject=described)
            act = next((g for g in child.children if g.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)),
                       None) if child.tag_ == "VBG" and not any(a.dep_ == "aux" for a in child.children) else None
            if act is not None:  # "expected fighting to intensify": the gerund is the subject of the infinitive
                return Marker(token, act, "forecast", "expect", negated, subject=child)
            if any(a.dep_ == "aux" and a.tag_ == "MD" for a in child.children) and any(c.dep_ == "neg" for c in child.children):
                # "fears that the prisoners would not survive", "expects the bridge will not be ready": the clause's own "not"
                return Marker(token, child, "forecast", "expect", not negated)
            return Marker(token, child, "forecast", "expect", negated)
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and child.i > token.i and any(
                g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in child.children):
            # "expects orders worth at least 40 million euros this year": a verbless small clause, the noun and its measure
            return Marker(token, child, "forecast", "expect", negated, noun=True)
    for child in token.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            # (the "to" clause on the object itself: "expected turnout to fall below 45%")
            # (or on its last conjunct: "expected the track and the walkway to be finished")
            holders = [child, *(c for c in child.children if c.dep_ == "conj")]
            infinitive = next((c for h in holders for c in h.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                               and c.i > h.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            last = infinitive if infinitive is not None else child.right_edge
            if last.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in last.children):
                # "expects this trend of falling prices to continue", the "to" clause hung inside the noun
                return Marker(token, last, "forecast", "expect", negated, subject=child)
            if child.lemma_.lower() in words().risk_nouns and (chance := _risk(child)) is not None:
                # "see slim chances of a truce", "see no chance that Ukraine joins": the chance's event, as "there are
                # slim chances of a truce"
                # (the chance's own reading holds the verb's denial already: "do not see any risk", "see no risk")
                return Marker(chance.token, chance.head, chance.kind, chance.trigger, chance.negated, noun=chance.noun)
            # ("we may see a drop": the forecasters' "see" under a hedging modal takes the modal's chance)
            hedge = next((c for c in token.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in words().hedged), None)
            return Marker(token, child, "forecast", hedge.lower_ if hedge is not None else "expect", negated, noun=True)
        if child.dep_ == "prep" and child.lower_ == "for" and token.lemma_.lower() == "hope":  # "cannot hope for an improvement"
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                    return Marker(token, grand, "forecast", "expect", negated, noun=True)
    return None


def _seen_event(verb: Token) -> Token | None:
    """Return the event a place or time "could see" ("the region could see heavy fighting", "2026 may see a
    recovery"): the object of "see" whose subject is no one who looks. Else None."""
    if verb.lemma_.lower() != "see":
        return None
    subject = subject_of(verb)
    scene = subject is not None and (subject.ent_type_ in ("GPE", "LOC", "FAC", "DATE") or subject.lemma_.lower() in words().scene_nouns)
    if not scene:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def reschedules(verb: Token) -> bool:
    """True for a verb of ``rescheduling_verbs``, with its particle where it has one ("delayed", "pushed back")."""
    if verb.pos_ != "VERB":
        return False
    # ("pushed back to 2027": the parser may read the particle as an adverb)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("back", "off", "forward")), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" in words().rescheduling_verbs or particle is None and lemma in words().rescheduling_verbs


def rescheduled(verb: Token) -> Marker | None:
    """Return the marker of an event a schedule change moves to a new time ("the summit has been postponed to
    June", "officials pushed the launch back to 2027"): the event noun, foreseen as firmly as with "will"; a
    delay with no new time ("the vote was postponed") foresees nothing."""
    if not reschedules(verb) or new_time(verb) is None:
        return None
    event = next((c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")), None)
    if event is None or not (event.pos_ in ("NOUN", "PROPN") or event.tag_ == "VBG"):
        return None
    # ("the vote may be postponed until the autumn": as firmly as its modal says)
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    trigger = "will" if modal is None or modal.lower_ in words().strong else modal.lower_
    return Marker(verb, event, "forecast", trigger, marker_negated(verb, verb), noun=True)


def new_time(verb: Token) -> Span | None:
    """Return the time a schedule change moves its event to, without its preposition ("postponed [to June]",
    "pushed back [to 2027]", "adjourned [until May 3]"), or None."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "forward"))]
    for prep in (c for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "into")):
        if prep.right_edge.i <= prep.i:
            continue
        phrase = verb.doc[prep.i + 1 : prep.right_edge.i + 1]
        if any(t.ent_type_ in ("DATE", "TIME") for t in phrase) or find_horizon("in " + phrase.text, None) is not None:
            return phrase
    return None


def _risked(token: Token, reported: bool) -> Marker | None:
    """"Moldova risks being drawn into the war", "(he said) the country risked losing 100,000 people": the gerund is
    the event the subject is exposed to, with the subject as its own (a possibility, as "the risk of" is)."""
    act = next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.tag_ in ("VBG", "VBN") and c.i > token.i), None)
    if act is None:
        return None
    if token.pos_ == "VERB":
        if token.tag_ == "VBD" and not reported:
            return None  # "the bank risked losing everything in 2008": told of the past
        subject = subject_of(token)
    else:  # ("The country risks losing": the parser read the verb as a noun and its subject as a modifier)
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if token.dep_ != "ROOT" or token.tag_ != "NNS" or not compounds:
            return None
        subject = compounds[-1]
    if subject is None:
        return None
    return Marker(token, act, "forecast", "risk", marker_negated(token, token), subject=subject)


def _conceded(verb: Token) -> Token | None:
    """The object of a denied "rule out" or "exclude" ("not rule out [a boycott]", "not exclude [hosting] the talks"), or
    None."""
    if verb.lemma_.lower() not in ("rule", "exclude") or not any(c.dep_ == "neg" for c in verb.children) or is_passive(verb):
        return None
    if verb.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    return next((c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") or (
        c.dep_ in ("xcomp", "advcl", "pcomp") and c.tag_ == "VBG"))), None)


def _not_excluded(verb: Token) -> Marker | None:
    """"A new offensive cannot be ruled out", "an attack is not excluded": the passive subject is a possible
    event (a hedge: the probability words come from the scale's negated terms). Without the negation ("a rate cut in
    June is (all but) ruled out", "an offensive is excluded") the subject is denied, as what is "impossible" is."""
    if verb.lemma_.lower() not in ("rule", "exclude") or not is_passive(verb):
        return None
    if verb.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    subject = subject_of(verb)
    if not any(c.dep_ == "neg" for c in verb.children):
        if subject is None or subject.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "from" or c.tag_ == "MD" for c in verb.children):
            return None  # ("excluded from the talks": left out, no event judged; "can be ruled out": no judgement made)
        return Marker(verb, subject, "forecast", "possible", True, noun=True)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if subject is not None and subject.lower_ == "it" and clause is not None:
        return Marker(verb, clause, "forecast", "risk", False)  # "it is not excluded that X will ...": X is the event
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return Marker(verb, subject, "forecast", "risk", False, noun=True)


#: What makes "case" a scenario ("the worst case", "the base case"), not an argument ("the case for X").
_CASE_KINDS = word_set("predictions", "case_kinds")
#: Cases a forecaster expects rather than only raises: "our base case", "the central scenario".
_EXPECTED_CASES = word_set("predictions", "expected_cases")


def _own_revised_forecast(token: Token) -> bool:
    """True for a body's own forecast revised to a figure, told in a reported clause: "[The bank said] it cut its 2026
    growth forecast to 2.4%" (the bank's forecast; as the cue "cut its growth forecast" reads it in the sentence's own
    frame)."""
    # ("the IMF cut the government's forecast": someone else's)
    return any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their", "my") for c in token.children) and revised_figure(token) is not None


def _risk(token: Token) -> Marker | None:
    """"the risk of a new offensive", "in danger of being drawn in", "the worst case is an escalation"."""
    if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return None  # "war-risk premiums", "a threat assessment": a kind of the noun it modifies
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
        token.dep_ in ("dobj", "attr", "nsubj") and marker_negated(token.head, token.head))
    # ("fears of a new offensive are exaggerated": the risk dismissed, its event denied; "not exaggerated": not so)
    negated = negated != (token.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in _DISMISSING for c in token.head.children))
    if token.lemma_.lower() == "case" and not any(c.lower_ in _CASE_KINDS for c in token.children):
        return None  # "the worst case is ...", but "the case for further easing" is an argument
    # ("a recession is the base case for the region": what the case is, not what it is for)
    attributed_case = token.dep_ == "attr" and token.lemma_.lower() in ("case", "scenario") and subject_of(token.head) is not None
    event = event_noun(token) if not attributed_case else None
    if event is not None and token.lemma_.lower() in words().forecast_nouns and event.head.lower_ == "for" and event.head.head.i == token.i:
        # "its growth forecast for the euro area": what the forecast is for is its topic, not the event; the forecast is
        event = token
    if event is not None:
        # a forecast or an expectation states what is expected; a risk or a possibility only raises it
        stated = token.lemma_.lower() in words().forecast_nouns | {"expectation"} or _expected_case(token)
        return Marker(token, event, "forecast", "expect" if stated else "risk", negated, noun=event.pos_ == "NOUN")
    if _own_revised_forecast(token):
        return Marker(token, token, "forecast", "expect", negated, noun=True)  # (its event: the topic at the figure)
    act = next((c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > token.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is not None and token.lemma_.lower() == "chance" and token.dep_ == "dobj" and token.head.tag_ != "VBD" \
            and (holder := subject_of(token.head)) is not None:
        # "Kyiv has a good chance to join": the holder's act ("we had a chance to win in 2022" is told of the past)
        return Marker(token, act, "forecast", "risk", negated, subject=holder)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words().figure_cues and any(
            t.like_num or t.ent_type_ == "PERCENT" for t in token.subtree if t.i < token.i):
        # "I would give the joint bid a 50% chance": what is given the chance, with its figure
        given = next((c for c in token.head.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None)
        if given is not None:
            return Marker(token, given, "forecast", "risk", negated, noun=True)
    compounds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if compounds and token.lemma_.lower() == "risk":  # "security threats" is an assessment, "recession risks" an event
        return Marker(token, compounds[0], "forecast", "risk", negated, noun=True)  # "recession risks"
    if token.dep_ in ("nsubj", "nsubjpass") and lemmas(token) & {"odds"}:
        # "the odds are (stacked) against a deal this year": the deal, the odds against it (the scale's "odds are against")
        against = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        event = next((g for g in against.children if g.dep_ in ("pobj", "pcomp")), None) if against is not None else None
        if event is not None:
            return Marker(token, event, "forecast", "risk", negated, noun=event.pos_ == "NOUN")
    if token.dep_ == "nsubj" and lemmas(token) & {"odds", "chance", "prospect"}:
        # "the odds look good for the party regaining the seat": the event hangs from the judging adjective
        for adjective in token.head.subtree:
            if adjective.dep_ == "acomp":
                for child in adjective.children:
                    if child.dep_ == "prep" and child.lower_ == "for":
                        event = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                        if event is not None:
                            return Marker(token, event, "forecast", "risk", negated, noun=event.pos_ == "NOUN")
                for sibling in (*adjective.children, *adjective.head.children):
                    if sibling.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in sibling.children):
                        return Marker(token, sibling, "forecast", "risk", negated)
    case = token.lemma_.lower() in ("case", "scenario") and any(c.lower_ in _CASE_KINDS for c in token.subtree if c.i < token.i)
    if token.dep_ == "attr" and token.head.lemma_ == "be" and (token.lemma_.lower() in ("possibility", "risk", "danger", "threat", "prospect") or case):
        subject = subject_of(token.head)  # "a veto is a real possibility": what is possible is the subject
        if subject is not None and subject.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            # ("a recession is now the base case": what the speaker expects; "... the worst case": a risk)
            return Marker(token, subject, "forecast", "expect" if _expected_case(token) else "risk", negated, noun=True)
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and token.head.tag_ != "VBD" and token.lemma_.lower() in ("risk", "danger", "threat", "fear") \
            and not any(c.dep_ == "prep" and c.lower_ in words().risk_links for c in token.children):
        # "the biggest danger is a collapse of the front", "the main threat in the coming years is a Russian attack": what
        # the danger is, when it is an event (a common noun, not a name, a person or a body: "the threat is the army"), told
        # in the present ("the biggest danger was ..." is history)
        attr = next((c for c in token.head.children if c.dep_ == "attr" and c.i > token.head.i), None)
        if attr is not None and attr.pos_ == "NOUN" and not attr.ent_type_ and not is_agent(attr):
            return Marker(token, attr, "forecast", "risk", negated, noun=True)
    if token.lemma_.lower() in ("case", "scenario") and token.dep_ == "nsubj" and any(c.lower_ in _CASE_KINDS for c in token.children):
        attrs = [c for c in token.head.children if c.dep_ == "attr"]
        if attrs:
            return Marker(token, attrs[0], "forecast", "expect" if _expected_case(token) else "risk", negated, noun=True)
    return None


def _expected_case(token: Token) -> bool:
    """True for a case or scenario the speaker expects ("our base case", "the central scenario"), not a worst case."""
    return token.lemma_.lower() in ("case", "scenario") and any(c.lower_ in _EXPECTED_CASES for c in token.children)


def main_marker(markers: list[Marker]) -> Marker:
    """Return the marker that carries the claim: a modal forecast before a plan, then the one nearest the root.

    A claim that both forecasts with a modal and reports a plan ("they will
    hold the vote, then start preparations for ...") asserts the forecast;
    it is an intention only when no modal forecast is made.
    """
    def depth(marker: Marker) -> int:
        return sum(1 for _ in marker.token.ancestors)
    def reason(marker: Marker) -> bool:  # ("would not evacuate them, because many could not survive the journey": a reason)
        return any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("because", "since", "as") for c in a.children)
                   for a in (marker.head, *marker.head.ancestors))
    modals = [m for m in markers if m.kind == "forecast" and (m.token.tag_ == "MD" or m.trigger == "will") and not reason(m)]
    # (a reported "would" of an actor's act weighs as a reported "would" forecast: "would leave Russia and would not
    # face charges")
    return min(markers, key=lambda m: (m.kind == "intention" and bool(modals) and not (
        m.trigger == "would" and all(f.trigger == "would" for f in modals)), depth(m), m.token.i))


def cue_has(cue: str, lexicon: Iterable[str]) -> bool:
    """Return True when the cue's words hold an entry of ``lexicon`` in any form ("ruled out" holds "rule out")."""
    words_ = [forms(w) for w in re.findall(r"[a-z']+", cue.lower())]
    for entry in lexicon:
        parts = entry.split()
        for i in range(len(words_) - len(parts) + 1):
            if all(part in words_[i + k] for k, part in enumerate(parts)):
                return True
    return False


def cue_marker(span: Span, cue: str | None, has_horizon: bool, denied: bool | None = None) -> Marker | None:
    """The prediction a cue makes of a content that has no future word of its own.

    "the Kremlin plans [to mobilize ...]": a cue of intention with a
    to-infinitive content; "ruled out [an early rate cut in the coming
    months]", "fearing [an imminent attack]", "estimated [a recession before
    the end of next year]", "lifted [its inflation forecast for next year]": a
    nominal content of a forecasting or excluding cue. ``denied`` tells that the
    cue's view is denied (default: a negation in ``cue``).
    """
    w = words()
    root = span.root
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if root.dep_ in ("prep", "npadvmod", "advcl") and len(heads) > 1 and heads[0].pos_ in ("NOUN", "PROPN") and heads[0].i < root.i:
        root = heads[0]  # "warned of [a new offensive in the summer]": the parser hung the time on the verb; the phrase leads
    first = next((t for t in span if not t.is_punct), None)
    if cue and first is not None and first.lower_ == "to" and first.dep_ == "aux" and first.head.pos_ in ("VERB", "AUX") \
            and cue_has(cue, w.intention_verbs) and not (cue_has(cue, ("want", "wish")) and first.head.lemma_.lower() in w.told_verbs):
        return Marker(first.head, first.head, "intention", "intention", False)  # "[the Kremlin plans] to mobilize ..."
    # ("did not expect [talks before the summer]": what the speaker does not expect, negated)
    if denied is None:
        denied = bool(cue) and bool(NEGATION.search((cue or "").lower()))
    if cue and root.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in root.children) and cue_has(cue, w.forecast_cues | w.expect_verbs):
        return Marker(root, root, "forecast", "expect", denied)  # "see [the economy growing by 1.5% next year]"
    infinitive = next((t for t in span if t.dep_ in ("advcl", "xcomp") and not span.start <= t.head.i < span.end and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None) if root.pos_ in ("NOUN", "PROPN") and root.i < span.end else None
    if cue and infinitive is not None and infinitive.i > root.i and cue_has(cue, w.expect_verbs):
        # "projects [inflation to ease]" parsed as an object and an adverbial (or a complement) of the verb: the object
        # does the act
        return Marker(infinitive, infinitive, "forecast", "expect", denied, subject=root)
    if cue and root.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children) \
            and cue_has(cue, w.exclusion_cues):
        # "ruled out [sending troops]", "did not rule out [sending troops]": the speaker's own act, denied or conceded
        conceded = bool(NEGATION.search(cue.lower()))
        return Marker(root, root, "intention", "risk" if conceded else "will", not conceded)
    # a noun phrase: a noun, or a word the parse made a verb but placed as a noun ("ruled out [a rate cut]" as object)
    nominal = root.pos_ in ("NOUN", "PROPN") or (root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and root.tag_ in ("NN", "VBN"))
    if not nominal or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj") for t in span):
        return None
    if root.lemma_.lower() in w.forecast_nouns:
        return Marker(root, root, "forecast", "expect", False, noun=True)
    if not cue:
        return None
    if cue_has(cue, w.exclusion_cues):
        conceded = bool(NEGATION.search(cue.lower()))
        return Marker(root, root, "forecast", "risk" if conceded else "will", not conceded, noun=True)
    if any(t.lower_ == "against" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children) for t in span):
        return None  # "warned Helsinki against hosting bases": advice not to act (normative), no event foreseen
    if cue_has(cue, w.forecast_cues | w.expect_verbs) or (has_horizon and cue_has(cue, w.estimate_cues)):
        return Marker(root, root, "forecast", "expect", denied != denied_noun(root), noun=True)  # ("expect [no cut]")
    return None


def denied_noun(noun: Token) -> bool:
    """True for a noun phrase that says its event will not happen: "no cut", "no change in the rate"."""
    # (or on a word of its phrase the parser hung it on: "no rate cuts", with "no" on "rate")
    return noun.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ == "no" and t.i < noun.i for t in noun.subtree)


@dataclass(frozen=True)
class Attitude:
    """The speaker's attitude to an event ("I would be surprised if X"): the marker of X, the words and their likelihood."""

    marker: Marker
    words: str    # "would be surprised", "doubt"
    term: str     # its reading on the probability scale ("unlikely")


def _cannot_say(token: Token) -> Attitude | None:
    """"I can't say we will have a deal by May": the speaker will not vouch for the clause, which is the event; it
    leans neither way (the scale's "even chance")."""
    if token.lemma_.lower() != "say" or token.pos_ != "VERB" or not any(c.dep_ == "neg" for c in token.children):
        return None
    modal = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in ("can", "ca", "could")), None)
    subject = subject_of(token)
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                   and not any(m.tag_ in ("WRB", "WP") or m.lower_ in ("whether", "if") for m in c.subtree if m.i < c.i)), None)
    if modal is None or subject is None or subject.lower_ not in FIRST_PERSON or clause is None:
        return None
    phrase = token.doc[modal.i : token.i + 1].text
    return Attitude(Marker(token, clause, "forecast", "expect", marker_negated(clause, clause)), phrase, "even chance")


def _would_surprise(token: Token, table: dict[str, tuple[str, str]]) -> Attitude | None:
    """"A correction would not surprise me", "it would surprise us if X": what would (not) surprise the speaker is the
    event, as in "I would (not) be surprised if X" (``surprised`` in the lexicon's ``attitudes``)."""
    if token.lemma_.lower() != "surprise" or token.pos_ != "VERB" or "surprised" not in table \
            or not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in token.children) \
            or not any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in token.children):
        return None
    clause = next((c for c in token.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "that")
                                                                          for m in c.children)), None)
    subject = subject_of(token)
    if clause is None and (subject is None or subject.pos_ not in ("NOUN", "PROPN")):
        return None
    negated = marker_negated(token, token)
    first = min([token, *[c for c in token.children if c.dep_ in ("aux", "neg")]], key=lambda t: t.i)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    phrase = token.doc[first.i : objects[0].i + 1].text
    event = clause if clause is not None else subject
    if event is None:
        return None
    noun = clause is None
    marker = Marker(token, event, "forecast", "expect", not noun and marker_negated(event, event), noun=noun)
    return Attitude(marker, phrase, table["surprised"][1 if negated else 0])


def find_attitude(span: Span, reported: bool = False, timed: bool = True) -> Attitude | None:
    """"I would be surprised if X", "we doubt that X", "I am confident that X": the speaker's attitude to X.

    The event is X; how likely the speaker finds it is the attitude's
    (``attitudes`` in the lexicon), turned round by a "not". In reported
    speech (*reported*) "he"/"she" is the speaker too: "X said he doubted that Y".
    """
    table = words().attitudes
    for token in span:
        withheld = _cannot_say(token)
        if withheld is not None:
            return withheld
        lemma = token.lemma_.lower()
        surprise = _would_surprise(token, table)
        if surprise is not None:
            return surprise
        # ("he was confident reserves would hold": the parser made the adjective the next noun's modifier)
        misread = token.dep_ == "amod" and token.i > 0 and span.doc[token.i - 1].lemma_ == "be" and token.head.dep_ == "nsubj" \
            and token.head.head.dep_ == "ccomp" and token.head.head.head.i == token.i - 1
        if lemma not in table or not (token.dep_ == "acomp" or misread or (token.pos_ == "VERB" and lemma in ("doubt", "think", "believe", "bet"))):
            continue
        verb = token.head if token.dep_ == "acomp" else span.doc[token.i - 1] if misread else token
        if not timed and not any(c.lower_ in ("would", "'d") for c in verb.children if c.dep_ == "aux"):
            continue  # without a future word or a time, only "I'd be surprised if X" looks ahead by itself
        subject = subject_of(verb)
        if subject is None or not (subject.lower_ in FIRST_PERSON or (reported and subject.lower_ in ("he", "she"))):
            continue  # someone else's attitude is not the speaker's forecast
        # (a clause with its "if" whose verb the tagger read as a noun is one still: "if the turbine [spins] before 2030")
        clauses = [c for c in (*token.children, *verb.children) if c.i > token.i and (
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "that")
                                                                                      for m in c.children)))]
        # ("I wouldn't bet on a ceasefire", "I'd bet on the talks failing": the wager's object is the event)
        wagered = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
                   if o.dep_ in ("pobj", "pcomp")] if lemma == "bet" else []
        clauses += [o for o in wagered if o.i > token.i]
        if not clauses:
            continue
        negated = marker_negated(verb, verb) or marker_negated(token, token)
        first = min([verb, *[c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]], key=lambda t: t.i)
        phrase = span.doc[first.i : token.i + 1].text
        clause, subject = clauses[0], None
        # ("bet on [the talks] resuming": the parser hung the gerund on its subject, or on the wager next to it)
        acting = next((c for c in (*clause.children, *token.children) if c.tag_ == "VBG" and (
            (c.dep_ == "acl" and c.head == clause) or (c.dep_ == "advcl" and c.i == clause.right_edge.i + 1))), None)
        if clause.pos_ in ("NOUN", "PROPN", "PRON") and acting is not None:
            clause, subject = acting, clause
        noun = clause.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in clause.children)
        if not noun and clause.pos_ == "NOUN" and subject is None:
            # ("if the first turbine [spins]": the noun the parser made the "verb's" compound is its subject)
            subject = next((c for c in clause.children if c.dep_ == "compound" and c.i < clause.i), None)
        marker = Marker(token, clause, "forecast", "expect", not noun and marker_negated(clause, clause), noun=noun, subject=subject)
        return Attitude(marker, phrase, table[lemma][1 if negated else 0])
    return None
