"""Grammar over spaCy tokens for the prediction rules: who acts, who believes, what is negated.

Plain questions about one token and its neighbours in the parse: is a verb
passive or negated, does it only describe a noun (a relative clause), is a
subject an actor that can hold an intention or a thing whose aim is a
purpose, whose belief governs a clause, which noun names an event. The
marker finders (``ingest.markers``) and ``ingest.predictions`` build on them.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ingest.contents import QUOTE_MARKS
from ingest.cues import cue_lexicon
from ingest.events import POSSESSIVE_SUBJECTS, antecedent, contrasted, foreseen_aside, subject_of
from ingest.lexicon import word_set
from ingest.mentions import people_nouns, role_words
from ingest.prediction_words import words

#: The speaker's own pronouns: a belief, attitude or concession with one of them as subject is the speaker's.
FIRST_PERSON = frozenset({"i", "we"})


def reported_by_other(verb: Token, span: Span) -> Token | None | bool:
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
            own = not subjects or subjects[0].lower_ in FIRST_PERSON | {"he", "she"} or first_person_holder(subjects[0]) \
                or _anyone(subjects[0]) and denied_belief(ancestor)  # "Nobody should think that X will", "we do not want anybody to believe"
            if own and (reports or subjects):
                return ancestor  # "nobody wants a situation in which ... will"
            if reports:
                return False
    return None


def _anyone(subject: Token) -> bool:
    """True for "nobody", "no one", "anyone", "anybody": a belief held by no one in particular."""
    return subject.lower_ in ("nobody", "anyone", "anybody") or subject.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: Adverbs that make "anyone" no one: "hardly anyone believes", "scarcely anybody expects".
_HARDLY_ANY = frozenset({"hardly", "scarcely", "barely"})


def held_by_few(verb: Token) -> bool:
    """True when few or none of those the subject of ``verb`` names hold what it reports: "Few analysts expect A",
    "only a few diplomats think A", "No economist believes A", "None of the analysts expect A", "Not a single
    official expects A", "hardly anyone believes A" (their view is not-A; "a few analysts expect A" holds A)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lower = subject.lower_
    if lower in ("nobody", "none") or _anyone(subject) and lower == "one":
        return True
    if lower in ("anyone", "anybody") and any(c.lower_ in _HARDLY_ANY for c in (*verb.children, *subject.children)):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "neg" for c in subject.children):
        return True
    few = subject if lower == "few" else next((c for c in subject.children if c.lower_ == "few" and c.dep_ in ("amod", "nummod")), None)
    return few is not None and (not any(c.lower_ == "a" for c in few.children) or any(c.lower_ == "only" for c in few.children))


def denied_belief(belief: Token) -> bool:
    """True when the speaker denies what the belief verb ``belief`` holds: "I do not think that X will",
    "Nobody should think that X will", "we do not want anybody to believe that X will" (the speaker's "not X")."""
    if any(c.dep_ == "neg" for c in belief.children):
        return True
    subjects = [c for c in belief.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _anyone(subjects[0]):
        return False
    if subjects[0].lower_ != "anyone" and subjects[0].lower_ != "anybody":
        return True  # "nobody", "no one"
    return any(c.dep_ == "neg" for a in belief.ancestors for c in a.children)  # "anyone" under a negation


def first_person_holder(subject: Token) -> bool:
    """Return True for "my view", "our economists", "my own judgment and our analysts": the speaker's side holds the belief."""
    nouns = [subject, *[c for c in subject.children if c.dep_ == "conj"]]
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for n in nouns for c in n.children)


def no_longer(verb: Token) -> bool:
    """True when "no longer" denies ``verb`` ("will no longer supply", "no longer expects")."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)


def marker_negated(marker: Token, verb: Token) -> bool:
    """Return True when the future ``marker`` or its ``verb`` is denied: "will not", "there will be no strike", "nobody will"."""
    denied = contrasted(verb)  # "not in the east, but in the south": the event stands, elsewhere
    for token in (verb, marker):
        if any((c.dep_ == "neg" or c.lower_ == "never") and c.i not in denied for c in token.children):
            return True
        if no_longer(token):
            return True  # "is no longer realistic", "will no longer supply"
    if marker.i + 1 < len(marker.doc) and marker.doc[marker.i + 1].lower_ in ("not", "n't", "never"):
        return True
    # "there will be no strike", "no one will attack"
    for child in verb.children:
        if child.dep_ in ("attr", "nsubj", "dobj", "nsubjpass") and any(g.lower_ in ("no", "none") and g.dep_ == "det" for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nobody", "nothing", "none"):
            return True
    subject = subject_of(verb)  # "neither bloc is likely to win": either bloc, denied
    if subject is not None and (subject.lower_ in ("nobody", "nothing", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children)):
        return True  # "no one is going to attack": the subject of the verb the future hangs on
    # ("neither bloc", "neither of the two")
    return subject is not None and (any(c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in subject.children)
                                    or subject.lower_ == "neither" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children))


def in_relative_clause(verb: Token, span: Span) -> bool:
    """Return True when ``verb`` only describes a noun ("the drills that will start")."""
    token = verb
    while span.start <= token.i < span.end and token.head.i != token.i:
        if token.dep_ == "relcl":  # "the probability that X will" is a content clause the parser took for one
            if token.head.dep_ == "attr" and token.head.head.lemma_ == "be":
                return False  # "this is the crisis we are about to enter": what the sentence says
            if _complementiser_read_as_pronoun(token):
                return False  # "told reporters outside the building that the party would ...": a content clause
            if foreseen_aside(token):
                return False  # "arms production, which he expected to double by 2027": his forecast, set off by a comma
            return token.head.lemma_.lower() not in words().scenario_nouns | words().risk_nouns
        if token.dep_ in ("ccomp", "xcomp", "advcl", "acl"):
            return False
        token = token.head
    return False


def _complementiser_read_as_pronoun(verb: Token) -> bool:
    """Return True when the "that" opening ``verb``'s relative clause is marked as a subordinator before a clause
    with its object in place, or fills a role the clause fills again (its object when it has another object): no
    relative pronoun but the "that" of a content clause, hung on the noun before it."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    if that is None:
        return False
    if that.dep_ == "mark":
        # (only with the clause's object in place: "a voice of truth that no empire could silence" leaves the object
        # to "that", a relative pronoun whatever the tagger says)
        return any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "dative") for c in verb.children)
    return any(c.dep_ == that.dep_ and c.i != that.i for c in verb.children)


def is_purpose(subject: Token | None) -> bool:
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


def agent_of(noun: Token | None) -> Token | None:
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


def may_intend(subject: Token | None) -> bool:
    """Return True when ``subject`` can hold an intention: anything but a thing or an act."""
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that", "which", "what")):
        return False
    return not is_purpose(subject)


def is_agent(subject: Token | None) -> bool:
    """Return True when ``subject`` surely holds intentions: a name, a personal pronoun, a group of people."""
    if subject is None or is_purpose(subject):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    # (a name; a lower-case noun the recogniser took for one, "the krona", is not)
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not subject.text[:1].islower():
        return True
    lemma = subject.lemma_.lower()
    compounds = " ".join(c.lemma_.lower() for c in subject.children if c.dep_ == "compound")
    # A name before a noun of people ("the Wagner chief", "Russia's envoy") makes an actor; a nationality
    # adjective alone does not ("Ukrainian attacks" are acts, "Russian troops" actors through the noun), nor a
    # name before a thing ("Russia's GDP", "Norland's economy" grow, they intend nothing).
    roles = role_words()
    people = lemma in roles.roles or lemma in roles.source_nouns or lemma in roles.organisation_heads
    # (a body named by its kind, "the agency", "its council", and people of a kind, "officers", "the mobile teams", act)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her", "their", "our") for c in subject.children)
    if definite and lemma in roles.body_nouns or subject.tag_ == "NNS" and (
            lemma in roles.roles or lemma in roles.source_nouns or lemma in people_nouns(bodies=True)):
        return True
    return lemma in words().agent_nouns or f"{compounds} {lemma}".strip() in words().agent_nouns or people and any(
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE") for c in subject.children if c.dep_ in ("compound", "poss")
    )


def is_passive(token: Token) -> bool:
    """Return True when ``token`` is a passive verb ("is expected", "would be delivered")."""
    return any(c.dep_ == "auxpass" for c in token.children) or (token.tag_ == "VBN" and any(c.lemma_ == "be" for c in token.children if c.dep_ == "aux"))


#: Verbs by which a risk or forecast noun states its event as a clause: "the risk is that X", "the scenario assumes that X".
_NOUN_SAYS_VERBS = word_set("predictions", "noun_says_verbs")


def _existential(noun: Token) -> bool:
    """True for the noun "there is" introduces ("there is a real danger ...")."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children)


def event_noun(token: Token) -> Token | None:
    """Return the event noun or gerund a risk noun or planning verb takes ("risk of an attack", "preparing for war")."""
    link = words().risk_links
    # ("no chance whatsoever of rationing": the phrase the parser hung on the noun's adverb)
    adverbs = [c for c in token.children if c.dep_ == "advmod" and c.pos_ == "ADV" and c.i == token.i + 1]
    for child in [*token.children, *(g for a in adverbs for g in a.children)]:
        if child.dep_ == "prep" and child.lower_ in link:
            for grand in child.children:
                if grand.dep_ == "pobj" and (grand.pos_ == "NOUN" or grand.tag_ == "VBN" and any(
                        d.dep_ == "det" for d in grand.children)):  # "risk of Russia" names no event ("of a rate cut" does)
                    return grand
                if grand.dep_ == "pcomp":
                    return grand
            if not list(child.children):  # "the odds for a deal by spring have improved": the parser lost the object
                for after in token.doc[child.i + 1 : child.i + 5]:
                    if after.pos_ == "NOUN":
                        return after
                    if after.pos_ not in ("DET", "ADJ", "PROPN", "NUM", "PUNCT"):
                        break
        if child.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            return child  # (a relative clause only by the parser's label: its "that" is a complementiser, not a pronoun)
        if child.dep_ == "relcl" and _existential(token) and any(g.lower_ == "that" and g.dep_ == "dobj" for g in child.children) \
                and any(g.dep_ == "nsubj" and g.lower_ != "that" for g in child.children):
            # "there is a real danger that the conflict spreads": after "there is", the parser's object "that" is the
            # complementiser of the danger's content ("the danger that the conflict poses", without "there is", stays relative)
            return child
        if child.dep_ in ("acl", "relcl") and child.i > token.i and any(g.tag_ == "MD" for g in child.children) \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WDT", "WP") for g in child.children):
            return child  # "no chance the enemy will reach the sea": a content clause without its "that"
    # "a 30% chance for the party to gain seats", "the forecast is for inflation to slow": a "for ... to" clause on the
    # noun, or on the "be" it is the subject of
    holders = [token, token.head] if token.dep_ == "nsubj" and token.head.lemma_ in _NOUN_SAYS_VERBS else [token]
    for holder in holders:
        for child in holder.children:
            # "the risk is that inflation stays high", "our baseline scenario assumes that the line holds"
            if holder is not token and child.dep_ == "ccomp" and child.i > token.i and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                return child
            if child.dep_ in ("advcl", "acl") and child.i > token.i and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children) \
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                return child
            # (or parsed as "for [fares [to rise]]": the infinitive on the preposition's object)
            if child.dep_ == "prep" and child.lower_ == "for" and holder is not token:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    clause = next((a for a in pobj.children if a.dep_ in ("acl", "relcl") and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in a.children)), None)
                    if clause is not None:
                        return clause
    return None


def lemmas(token: Token) -> frozenset[str]:
    """Return the lemma and plausible base forms of ``token`` (the small model misreads "hoping" as "hop")."""
    return forms(token.lower_) | {token.lemma_.lower()}


@lru_cache(maxsize=1 << 16)
def forms(lower: str) -> frozenset[str]:
    """Return ``lower`` and its plausible base forms ("planning" -> "plan", "estimated" -> "estimate", "denied" -> "deny")."""
    out = {lower}
    if lower.endswith(("ied", "ies")) and len(lower) > 4:
        out.add(lower[:-3] + "y")  # "denied", "denies" -> "deny"
    for suffix in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "planning" -> "plan"
    return frozenset(out)


def signalled_event(verb: Token) -> Token | None:
    """Return the event noun a verb of a sign names ("may herald [the return of fighting]", "point to [a slowdown]"), or None."""
    if verb.lemma_.lower() not in words().sign_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.lemma_.lower() != "point":
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


def likely_subject(span: Span) -> Token | None:
    """Return the event noun of "X remains unlikely", "X is very likely": the subject of the likelihood word, or None."""
    for token in span:
        likely = token.lemma_.lower() in ("likely", "unlikely", "probable", "improbable", "certain")
        if likely and token.dep_ == "advmod" and token.head.dep_ == "acomp":
            token = token.head  # "a price rise is likely necessary soon"
        if token.dep_ == "acomp" and likely and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
            subject = subject_of(token.head)
            if subject is not None and subject.pos_ == "NOUN" and span.start <= subject.i < span.end:
                return subject
            gerund = next((c for c in token.head.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
            if gerund is not None and span.start <= gerund.i < span.end:
                return gerund  # "restarting the plant is highly improbable": the act is the event
    return None


def plan_owner(noun: Token) -> Token | None:
    """Return whose plan ``noun`` is: "we proposed a plan" -> "we", "the union has its own plan" -> "the union"."""
    if noun.dep_ in ("dobj", "attr"):
        subject = subject_of(noun.head)
        if subject is not None and subject.lower_ in ("it", "they"):
            subject = antecedent(subject)  # "the Kremlin said that it had no plans to ...": the Kremlin's plans
        if subject is not None and subject.dep_ != "expl" and subject.lower_ not in ("it", "this", "that", "which", "what"):
            return subject
    # (a possessive pronoun too: "our goal is to reach the border" -> "we reach the border", events.clause_event)
    return next((c for c in noun.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ in POSSESSIVE_SUBJECTS)), None)


def is_direction(noun: Token) -> bool:
    """Return True when ``noun`` names a place or direction ("the south", "Belarus")."""
    return noun.lemma_.lower() in words().direction_nouns or noun.ent_type_ in ("GPE", "LOC")


def place_preps(verb: Token) -> list[Token]:
    """Return the prepositions of ``verb`` that name a place or direction ("from Belarus", "towards Kyiv")."""
    return [c for c in verb.children if c.dep_ == "prep" and any(g.dep_ == "pobj" and is_direction(g) for g in c.children)]


def elided_verb(noun: Token) -> Token | None:
    """Return the earlier predicted verb whose place ``noun`` replaces, or None.

    "It could come from Belarus, towards Kyiv, and I do not exclude the
    south either": the nearest verb before, in the same paragraph, under a
    modal, with a preposition naming a place.
    """
    for token in reversed(list(noun.doc[max(noun.sent.start - 40, 0) : noun.i])):
        if token.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" for c in token.children) and place_preps(token):
            return token
    return None


_WH = frozenset({"when", "whether", "if", "what", "how", "where", "who", "why", "which"})


def unanswered(verb: Token, content: Span) -> bool:
    """True for a question someone would not answer: "X would not say when the talks resume", "neither
    X nor Y would say whether ...", "X declined to say how many ...": a negated or refused report of an
    indirect question states nothing."""
    opening = {content[0].lower_, content.doc[content.start - 1].lower_ if content.start > 0 else ""} if content else set()
    if not opening & _WH:  # (a "whether" the content was trimmed of stands just before it)
        return False
    subject = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    # ("declined to say how many ...": a question refused)
    refusals = cue_lexicon().refusal_verbs
    refused = verb.lemma_.lower() in refusals or verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in refusals
    return any(c.dep_ == "neg" for c in verb.children) or any(t.lower_ in ("neither", "nobody", "no") for t in subject) or refused


def writers_voice(sentence: Span, pronouns: tuple[str, ...] = ("i", "my", "we", "our")) -> bool:
    """Return True when the main clause's subject is in the first person outside quotation marks ("I
    live in Oslo", "My wife and I came here"): the writer's own voice, never a paraphrase of someone else."""
    # (from the paragraph's start: a quotation may open before; "''" and "``" are quotation marks too)
    marks = [t.i for t in sentence.doc if t.text in QUOTE_MARKS or t.text in ("''", "``")]
    # (the subject itself, its owner or a conjunct: "My wife and I"; not a relative clause in it, "the experts I asked")
    subjects = [t for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in (c, *(g for g in c.children if g.dep_ in ("poss", "conj")))]
    return any(t.lower_ in pronouns and t.pos_ == "PRON" and sum(m < t.i for m in marks) % 2 == 0
               for t in subjects)  # the main clause's subject: "but we are ready" inside a paraphrase is the speaker's voice
