"""Reporting cues: the words that attribute a statement to someone.

Three kinds, all read from ``data/lexicon/cues.yaml``: reporting verbs with a
clause or object ("said that", "did not rule out that", "emphasised the
creation of"), prepositional phrases ("according to X", "the words of X")
and possessive phrases ("in X's opinion").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from spacy.tokens import Span, Token

from ingest.lexicon import load_lexicon, word_set
from ingest.mentions import role_words
from ingest.nlp import doc_text
from ingest.prediction_words import words as prediction_words
from ingest.probability import REFUSING

CueKind = Literal["verb", "preposition", "possessive"]


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in a sentence.

    ``start``/``end`` are offsets of the cue words in the source text; for a
    verb, ``token`` is the index of the verb in its spaCy doc (-1 otherwise);
    ``speaker_start``/``speaker_end`` delimit where its speaker is named for
    prepositional cues (the words after "according to").
    """

    kind: CueKind
    text: str
    lemma: str
    start: int
    end: int
    token: int = -1
    negated: bool = False
    speaker_start: int = -1
    speaker_end: int = -1
    content_start: int = -1
    """Where a possessive cue's content is, when the parse gives it (``owned_claim``); else -1."""
    content_end: int = -1


@dataclass(frozen=True)
class CueLexicon:
    """The cue word lists, loaded from data."""

    verbs: frozenset[str]
    nominal_object_verbs: frozenset[str]
    phrasal: dict[str, tuple[str | None, bool]]
    needs_clause: frozenset[str]
    prepositional: tuple[str, ...]
    possessive: tuple[str, ...]
    possessive_copula: tuple[str, ...]
    adjectives: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    cue_nouns: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    bare_verbs: frozenset[str] = frozenset()
    needs_as: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    exhortation_verbs: dict[str, str | None] = field(default_factory=dict)
    revision_verbs: frozenset[str] = frozenset()
    forecast_nouns: frozenset[str] = frozenset()
    relay_verbs: frozenset[str] = frozenset()
    as_idioms: dict[str, str] = field(default_factory=dict)
    refusal_verbs: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    commissive_verbs: frozenset[str] = frozenset()
    saying_controllers: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    object_charges: dict[str, str] = field(default_factory=dict)
    owned_claim_nouns: frozenset[str] = frozenset()
    discourse_openers: frozenset[str] = frozenset()


@cache
def cue_lexicon() -> CueLexicon:
    """Return the cue lists of ``data/lexicon/cues.yaml`` (cached)."""
    data = load_lexicon("cues")
    phrasal = {
        verb: (spec.get("particle"), bool(spec.get("negated")))
        for verb, spec in (data.get("phrasal") or {}).items()
    }
    return CueLexicon(
        verbs=frozenset(data["verbs"]),
        nominal_object_verbs=frozenset(data.get("nominal_object_verbs") or ()),
        phrasal=phrasal,
        needs_clause=frozenset(data.get("needs_clause") or ()),
        # Longest first, so "in the opinion of" wins over shorter phrases.
        prepositional=tuple(sorted(data.get("prepositional") or (), key=len, reverse=True)),
        possessive=tuple(data.get("possessive") or ()),
        possessive_copula=tuple(data.get("possessive_copula") or ()),
        adjectives=frozenset(data.get("adjectives") or ()),
        light_verbs=frozenset(data.get("light_verbs") or ()),
        cue_nouns=frozenset(data.get("cue_nouns") or ()),
        anaphors=frozenset(data.get("anaphors") or ()),
        discourse_openers=frozenset(data.get("discourse_openers") or ()),
        bare_verbs=frozenset(data.get("bare_verbs") or ()),
        needs_as=frozenset(data.get("needs_as") or ()),
        naming_verbs=frozenset(data.get("naming_verbs") or ()),
        exhortation_verbs={str(k): (str(v) if v else None) for k, v in (data.get("exhortation_verbs") or {}).items()},
        revision_verbs=frozenset(data.get("revision_verbs") or ()),
        forecast_nouns=frozenset(data.get("forecast_nouns") or ()),
        relay_verbs=frozenset(data.get("relay_verbs") or ()),
        as_idioms={str(k): str(v) for k, v in (data.get("as_idioms") or {}).items()},
        refusal_verbs=frozenset(data.get("refusal_verbs") or ()),
        permission_verbs=frozenset(data.get("permission_verbs") or ()),
        commissive_verbs=frozenset(data.get("commissive_verbs") or ()),
        saying_controllers=frozenset(data.get("saying_controllers") or ()),
        speech_verbs=frozenset(data.get("speech_verbs") or ()),
        object_charges={str(k): str(v) for k, v in (data.get("object_charges") or {}).items()},
        owned_claim_nouns=frozenset(data.get("owned_claim_nouns") or ()),
    )


def anaphoric(token: Token) -> bool:
    """Return True for "this"/"so" standing alone, "this effect"/"that effect", or a
    noun of saying with "such" or "this" ("such an opinion", "this forecast")."""
    lower = token.lower_
    lexicon = cue_lexicon()
    if token.lemma_.lower() in lexicon.cue_nouns | lexicon.forecast_nouns:
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
        if determiners & {"such", "this", "that"}:
            return True
        # "X made the statement during a meeting": "the" with no clause or "of" of its own points back too
        return "the" in determiners and token.dep_ in ("dobj", "nsubjpass") and not any(
            c.dep_ in ("acl", "relcl", "ccomp") or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if lower not in lexicon.anaphors:
        return False
    if lower == "effect":
        return any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in token.children)
    return not any(True for _ in token.children)  # "this", not "this year"


def passive_agent(verb: Token) -> Token | None:
    """Return who a passive reporting verb names with "by", or None.

    "This was stated by the head of X Olena K.", "It was announced by the
    ministry": the "by" phrase's object. The parser may hang "by" on a noun
    of the verb's other phrases ("was stated in an interview with Y by
    Olena K."), so a "by" under those counts too. A passive without its
    "be" in an "as" clause counts: "As noted by X, ...".
    """
    reduced = verb.tag_ == "VBN" and _set_off_as(verb)  # "As noted by X, ...", "..., as reported by X."
    if not reduced and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    reach = [verb, *(g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for g in c.subtree)]
    for token in reach:
        for child in token.children:
            if child.lower_ == "by" and child.dep_ in ("agent", "prep") and child.i > verb.i:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON") and (not reduced or _may_speak(pobj)):
                    return pobj
    return None


def _set_off_as(verb: Token) -> bool:
    """True for a verb heading an "as" clause set off from its sentence, as a frame is: at its start or
    after a comma, or closed by a comma ("As noted by X, A", "A, as reported by X"; not "did A as shown
    by its inclusion in B")."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None:
        return False
    doc, after = verb.doc, verb.right_edge.i + 1
    return mark.i == verb.sent.start or doc[mark.i - 1].is_punct or after < len(doc) and doc[after].text == ","


def _may_speak(noun: Token) -> bool:
    """True for a name, or a noun of people or of a body ("the ministry", "analysts"), not of a thing
    ("as shown by its inclusion in the plan")."""
    from ingest.speakers import is_role_word  # a late import: speakers imports this module (through contents)

    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP") or is_role_word(noun) \
        or noun.lemma_.lower() in role_words().organisation_heads \
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)  # ("the scientist Ivan K.")


def colon_frame(verb: Token) -> Token | None:
    """Return the colon after a reporting frame the parser made a complement of the clause the colon opens
    ("X wrote on Telegram: A", "X announced this: A"), or None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    colon = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < head.i else None
    if colon is None or colon.text != ":" or colon.head.i not in (head.i, verb.i):
        return None
    # ("this" or nothing as the object: "announced new drills: ..." names what it announces)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return colon if all(o.lower_ in ("this", "that", "following") for o in objects) else None


def points_back(verb: Token) -> bool:
    """Return True when a reporting verb reports the sentences before it, not a clause of its own.

    "X said this on TV", "X told about this", "X made statements to this
    effect": the object is an anaphor. A verb that reports a clause of its
    own ("X said this was false") does not point back.
    """
    if any(c.dep_ == "ccomp" and c.i < verb.i or c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
           for c in verb.children) or colon_frame(verb) is not None:
        return False  # "<clause>, X said this week"; "X described this as a mistake"; "X said this: A"
    if any(c.dep_ == "nsubjpass" and anaphoric(c) for c in verb.children) and passive_agent(verb) is not None:
        return True  # "This was stated by X": what was stated comes before
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cue_lexicon().cue_nouns)]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "dobj" and anaphoric(child) and not any(c.dep_ == "ccomp" and c.i == child.i + 1 for c in verb.children):
                return True
            if child.dep_ == "advmod" and child.lower_ == "so" and child.i == verb.i + 1:
                return True  # "X said so"
            if (child.dep_ == "prep" or child.dep_ == "advmod" and child.pos_ == "ADP") and child.lower_ in ("about", "to", "on", "of"):
                if any(g.dep_ == "pobj" and anaphoric(g) for g in child.children):
                    return True
    return False


def clauses_on_phrase(verb: Token) -> list[Token]:
    """Return the "that" clauses the parser hung on a noun of the verb's prepositional phrases.

    "said in a statement that units had shot down 41 drones", "told
    reporters in Kyiv that ...", "told a briefing that ...", "said in a motion filed on Thursday that ...":
    the reported clause, misattached.
    """
    # (or on the verb's object when the verb is "tell": "told a briefing that ...", the audience as object)
    told = [o for o in verb.children if o.dep_ == "dobj" and o.i > verb.i] if verb.lemma_.lower() == "tell" else []
    nouns = [o for p in verb.children if p.dep_ == "prep" and p.i > verb.i for o in p.children if o.dep_ == "pobj"] + told
    return [a for o in nouns
            for a in o.children if a.dep_ in ("acl", "relcl") and (any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
                                                                  or a.left_edge.lower_ == "that" and a.left_edge.i == o.i + 1)
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in a.children)] + [
        # ("said in a motion filed Thursday that A": the clause hung on the participle that describes the paper)
        g for o in nouns for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
        for g in a.children if g.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in g.children)]
    # ("said at a briefing that the West was trying ...": "that" read as a relative pronoun right after the noun)


def reports_alone(verb: Token) -> bool:
    """Return True for a plain verb of saying with nothing to report in its sentence.

    "X said to the newspaper.": no clause, no object, no negation; the
    sentences before it are what was said (machine-translated order).
    """
    if verb.lemma_.lower() not in cue_lexicon().bare_verbs or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return False
    allowed = {"nsubj", "nsubjpass", "aux", "prep", "advmod", "npadvmod", "punct", "dative"}
    if verb.lemma_.lower() == "tell":
        allowed.add("dobj")  # "X told reporters."
    return all(c.dep_ in allowed for c in verb.children) and not is_negated(verb) and not points_back(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not clauses_on_phrase(verb)


def cue_noun_of(token: Token) -> Token | None:
    """Return the noun of a light-verb cue ("expressed hope that"), or None.

    The noun must carry a clause of its own ("expressed hope" alone reports
    nothing) or point back at the sentences before ("made statements to this effect").
    """
    lexicon = cue_lexicon()
    if token.lemma_.lower() in lexicon.revision_verbs and token.pos_ == "VERB":
        # "raised its growth forecast": the revised forecast is reported
        return next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.forecast_nouns), None)
    if token.lemma_.lower() not in lexicon.light_verbs or token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "nsubjpass" and anaphoric(child) and child.lower_ not in lexicon.anaphors and points_back(token):
            return child  # "Such an opinion was expressed by X", "This forecast was given by X"
        if child.dep_ == "dobj" and child.lemma_.lower() in lexicon.cue_nouns:
            if points_back(token):
                return child  # "made statements to this effect"
            if any(g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                   for g in child.children) or clauses_on_phrase(token):
                return child  # (or a "that" clause on the verb's phrase: "drew attention to the fact that ...")
            if closed_by_light_frame(token, child) is not None:
                return child  # "<clause>, X expressed confidence."
    return None


def closed_by_light_frame(verb: Token, noun: Token) -> Token | None:
    """Return the clause a closing light-verb frame reports ("The war will end this year, X expressed hope."): a
    clause of the verb's before it, set off by a comma, with the noun ending the frame; else None."""
    if noun.right_edge.i + 1 < verb.sent.end and not verb.doc[noun.right_edge.i + 1].is_punct:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.right_edge.i + 1 >= verb.i or verb.doc[clause.right_edge.i + 1].text != ",":
        return None
    return clause


def adjective_of(token: Token) -> Token | None:
    """Return the reporting adjective ``token`` ("be") takes ("is confident"), or None."""
    if token.lemma_.lower() != "be":
        return None
    for child in token.children:
        if child.dep_ == "acomp" and listed_adjective(child) is not None:
            return child
    return None


def listed_adjective(token: Token) -> str | None:
    """Return the form under which ``token`` is a listed reporting adjective, or None: its lemma, or its
    own word where the tagger read it as a verb ("convinced", lemma "convince")."""
    adjectives = cue_lexicon().adjectives
    return next((w for w in (token.lemma_.lower(), token.lower_) if w in adjectives), None)


def forecast_see(token: Token, past: bool = False) -> bool:
    """True for "see" as forecasters use it: present tense, with an object a date or a figure goes with
    ("sees the first cut in June", "see the economy growing by 1.5% next year"); "we saw a drop" is no forecast.
    With ``past``, in reported speech, "saw" too ("said it saw prices averaging 35 euros next year")."""
    if token.lemma_.lower() != "see" or token.tag_ not in ("VBZ", "VBP", "VB", *(("VBD",) if past else ())):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj" or c.dep_ == "ccomp" and c.tag_ == "VBG"]
    if any(c.lemma_.lower() in prediction_words().evidence_nouns for c in objects):
        return False  # "we see no sign that the army will attack": evidence looked for, not a forecast seen
    return bool(objects) and any(t.ent_type_ in ("DATE", "PERCENT", "MONEY") for t in token.subtree if t.i > token.i)


def is_negated(verb: Token) -> bool:
    """Return True when ``verb`` carries a negation ("did not", "never")."""
    return any(child.dep_ == "neg" for child in verb.children)


def as_clause(verb: Token) -> bool:
    """True for a verb heading an "as" clause that frames another ("As X noted, ...", "..., as X put it").

    Translated copy keeps its source's order, the speaker after the verb ("As reported the portal X, ..."):
    right after "as", a verb whose object names someone and ends the clause.
    """
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or passive_agent(verb) is not None:
        # (not one with words of its own: "..., the ministry said, as doctors blamed low vaccination coverage" reports
        # what the doctors blamed, it frames nothing)
        return not any(c.dep_ in ("dobj", "ccomp") and c.pos_ != "PRON" for c in verb.children)  # ("as X put it" frames)
    doc = verb.doc
    named = [c for c in verb.children if c.dep_ == "dobj" and any(t.ent_type_ in ("PERSON", "ORG") for t in c.subtree)]
    if not named or verb.i == 0 or doc[verb.i - 1].lower_ != "as" or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    last = named[0].right_edge
    comma = last if last.text == "," else doc[last.i + 1] if last.i + 1 < len(doc) else None
    return comma is not None and comma.text == "," and verb.right_edge.i <= comma.i


def frame_subject(verb: Token) -> Span | None:
    """Return the subject the parser hung on a fronted "as" frame of ``verb``, or None: in "As noted by X, the
    port needs ..." or "As reported by X, Olena K. said ..." it made the words after the frame's last comma
    an appositive of X, leaving ``verb`` without a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for frame in verb.children:
        if frame.dep_ != "advcl" or frame.i > verb.i or not any(c.dep_ == "mark" and c.lower_ == "as" for c in frame.children):
            continue
        comma = max((t.i for t in frame.subtree if t.text == "," and t.i > frame.i), default=None)
        end = frame.right_edge.i
        if comma is None or end + 1 != verb.i and not all(t.pos_ in ("ADV", "AUX", "PART") for t in verb.doc[end + 1 : verb.i]):
            continue
        words = verb.doc[comma + 1 : end + 1]
        if len(words) and words.root.dep_ == "appos":
            return words
    return None


def inverted_noun(token: Token) -> bool:
    """True for a reporting verb the tagger read as a noun in a closing inverted frame: "<clause>, notes analyst
    X." ("notes", "writes", "warns" read as plural nouns): after a comma, a verb form of a listed verb, and only
    a name phrase after it to the end of the sentence."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i == 0 or token.doc[token.i - 1].text != "," or not token.lower_.endswith(("s", "ed")):
        return False
    if token.lemma_.lower() not in cue_lexicon().verbs:
        return False
    rest = [t for t in token.doc[token.i + 1 : token.sent.end] if not t.is_punct]
    return bool(rest) and rest[-1].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "ADP", "CCONJ") for t in rest)


#: Verbs of wanting or bringing about that govern a report or a view no one has made or holds yet ("wants X to
#: believe", "persuaded X to say").
_WISHING = word_set("cues", "wishing_verbs")
#: Modals that put a saying still to come: "X may announce that A", "X will say on Friday that A" (not "would":
#: "X would later say that A" happened, "I would say that A" asserts A)
_NOT_YET = frozenset({"may", "might", "could", "will", "shall", "'ll", "’ll", "wo", "must", "should"})
#: Verbs that deny what follows them: "denied saying that A", "denied plans to A"
DENIAL_VERBS = word_set("cues", "denial_verbs")


def wished(verb: Token) -> bool:
    """True for a verb of saying or thinking that a verb of wanting or bringing about governs ("wants Washington to
    believe", "persuaded him to say"): a report or a view no one has made or holds yet."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.i < verb.i and verb.head.lemma_.lower() in _WISHING


def unsaid(verb: Token) -> bool:
    """True for a verb of plain saying whose saying did not happen or has not happened yet (see
    ``speech_verbs`` in ``data/lexicon/cues.yaml``): negated ("never said"), denied ("denied saying"),
    under a modal of the future or of duty ("may announce", "must tell") or under a verb that leaves it to come ("is expected to
    say", "wants to tell"; but "went on to say", "hastened to add" said it)."""
    lexicon = cue_lexicon()
    speech = verb.lemma_.lower() in lexicon.speech_verbs
    if not speech and verb.lemma_.lower() not in lexicon.commissive_verbs:
        return False
    if speech and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    # (a promise or a threat still to come is no more made than a saying: "the company could threaten to sell")
    if any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children):
        return True
    if not speech:
        return False
    head = verb.head
    if head.i != verb.i and verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and head.lemma_.lower() in DENIAL_VERBS:
        return True  # "denied saying that A"
    return verb.dep_ == "xcomp" and head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and head.lemma_.lower() not in lexicon.saying_controllers and head.lemma_.lower() not in lexicon.refusal_verbs


def put_chance(verb: Token) -> tuple[Token, Token] | None:
    """Return (the chance noun, the last word of its figure) when ``verb`` puts a figure on a chance ("put the odds
    of a cut at 30%", "estimated the probability of a recession at one in three", "puts the chance that X will Y at
    18%") or gives one with its figure ("gives a 65% probability that X", "see a 10% chance that X"), else None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in prediction_words().estimate_cues | prediction_words().figure_cues:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _CHANCE_NOUNS]
    if not objects:
        return None
    chance = objects[0]
    if lemma in prediction_words().figure_cues:
        figured = any(t.like_num or t.ent_type_ == "PERCENT" for t in chance.subtree if t.i < chance.i)
        return (chance, chance.right_edge) if figured else None
    # (the "at" phrase hangs on the verb, the noun, what the chance is of, or the time put on it)
    at = [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "at" and c.i > chance.i
          and any(t.like_num or t.ent_type_ == "PERCENT" for t in c.subtree)]
    return (chance, at[0].right_edge) if at else None


#: Nouns of a chance put at a figure ("put the odds of a cut at 60%"), as written.
_CHANCE_NOUNS = word_set("cues", "chance_nouns")


#: The parts of speech a cue's first word has: a verb, "be" before an adjective, or a verb the tagger read as a noun.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def ruled_out_act(verb: Token) -> Token | None:
    """Return the gerund a "rule out" denies ("ruled out sending troops"), else None.

    The parser makes it a complement or, as often, an adverbial; an adverbial
    counts only right after the particle ("ruled out, citing ..." denies nothing).
    """
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return next((c for c in verb.children if c.tag_ == "VBG" and c.i > verb.i and (
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and particle is not None and c.left_edge.i == particle.i + 1)), None)


def verb_cue(token: Token, base: int = 0) -> Cue | None:
    """Return the cue ``token`` starts when it is a reporting verb, else None.

    ``base`` is the offset of the token's doc in the source text. The verb
    must take a clause (or, for verbs such as "emphasise", an object); a
    phrasal cue needs its particle, and "rule out" must be negated.
    """
    if token.pos_ not in _CUE_POS:
        return None  # (a determiner, a preposition, punctuation ... starts no cue: most tokens, skipped at once)
    lexicon = cue_lexicon()
    lemma = token.lemma_.lower()
    noun = cue_noun_of(token)
    if noun is not None:
        start, end = min(token.idx, noun.idx), max(token.idx + len(token.text), noun.idx + len(noun.text))
        return Cue("verb", doc_text(token.doc)[start:end], noun.lemma_.lower(), base + start, base + end, token.i, is_negated(token))
    be = next((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be"), None)
    if be is not None and token.pos_ == "VERB" and (listed := listed_adjective(token)) is not None and listed not in lexicon.verbs:
        # "X is convinced that ...", the tagger reading "convinced" as a passive verb: "is convinced" is the cue
        start, end = be.idx, token.idx + len(token.text)
        return Cue("verb", doc_text(token.doc)[start:end], listed, base + start, base + end, token.i, is_negated(token))
    adjective = adjective_of(token)
    if adjective is not None:
        # "X is confident that ...": the cue is "is confident", the verb "be" carries the subject.
        start, end = token.idx, adjective.idx + len(adjective.text)
        lemma = listed_adjective(adjective) or adjective.lower_
        return Cue("verb", doc_text(token.doc)[start:end], lemma, base + start, base + end, token.i, is_negated(token))
    if lemma in lexicon.as_idioms and as_clause(token):
        objects = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == lexicon.as_idioms[lemma]]
        if objects:  # "as X put it, ...": the idiom is the cue
            start, end = token.idx, objects[0].idx + len(objects[0].text)
            return Cue("verb", doc_text(token.doc)[start:end], lemma, base + start, base + end, token.i, is_negated(token))
        return None
    chance = put_chance(token)
    if chance is not None:
        # "put the odds of a breakthrough this year at 30%": the speaker's estimate of a chance; the verb is the cue
        return Cue("verb", token.text, lemma, base + token.idx, base + token.idx + len(token.text), token.i, is_negated(token))
    # A reporting verb the tagger took for a noun, though the parse gives it a subject and a "that"
    # clause ("Experts interviewed by the outlet doubt that ..."): a verb all the same.
    misread = token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.dep_ == "dobj"
        or c.dep_ == "ccomp" and c.i < token.i and token.tag_ == "NNS" and token.dep_ == "ROOT"
        for c in token.children)  # (or a direct object: "The fund in March forecast export growth of 4% this year"; or the
    # clause before a closing frame in the present: "<clause>, the city's education department announces.")
    if lemma not in lexicon.verbs and not forecast_see(token) or (token.pos_ not in ("VERB", "AUX") and not misread
                                                                  and not inverted_noun(token)):
        return None
    if token.pos_ == "AUX" and token.dep_ == "aux":
        return None
    if unsaid(token):
        return None  # "X never said that A", "X is expected to say that A": no report
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for h in (token, token.head if token.dep_ == "conj" else token) for c in h.children):
        return None  # "neither confirmed nor denied the report": nothing either way
    if wished(token):
        return None  # "Moscow wants Washington to believe a deal is close": a view wished on someone, held by no one
    if any(c.dep_ == "nsubj" and c.i < token.i and any(g.tag_ == "POS" for g in c.children) for c in token.children) \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN"):
        # "after X's announced mobilization": a participle inside a noun phrase, misparsed (not "<clause>, the Farmers'
        # Council forecasts.": a frame whose body's name holds an owner)
        return None
    words = [token]
    if lemma in lexicon.phrasal:
        particle, must_negate = lexicon.phrasal[lemma]
        prt = [c for c in token.children if c.dep_ == "prt" and c.lower_ == particle]
        if particle and not prt:
            return None
        # ("ruled out a tax increase", "ruled out sending troops": a denial of what follows, reported as such)
        denied = lemma == "rule" and (any(c.dep_ == "dobj" for c in token.children) or ruled_out_act(token) is not None)
        refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSING and token.head.pos_ == "VERB"
        if must_negate and not is_negated(token) and not denied and not refused:
            return None
        words += prt
        if refused:  # "declined to rule out a new call-up": the refusal negates, as "did not rule out"
            words += [token.head, *(c for c in token.children if c.dep_ == "aux" and c.lower_ == "to")]
    negated = is_negated(token)
    if lemma in lexicon.phrasal and lexicon.phrasal[lemma][1] or negated and (lemma in lexicon.needs_clause or lemma in DENIAL_VERBS):
        # ("does not think that A", "did not deny that A": the negation is the speaker's, part of the cue, as in "did not
        # rule out")
        words += [c for c in token.children if c.dep_ in ("aux", "neg") and c.i < token.i]
    words.sort(key=lambda t: t.i)
    start = words[0].idx
    end = words[-1].idx + len(words[-1].text)
    text = doc_text(token.doc)[start:end]
    return Cue("verb", text, lemma, base + start, base + end, token.i, negated)


_SPEAKER_STOP = re.compile(r"[,;:.!?]\s|[,;:]|[.!?]?$")


@cache
def _possessive_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The possessive cues of the lexicon ("in her view", "her answer was ...:"), compiled once."""
    lexicon = cue_lexicon()
    words = "|".join(re.escape(w) for w in lexicon.possessive)
    pattern = re.compile(
        r"\b(?:[Ii]n|[Bb]y|[Aa]ccording to) (?P<who>his|her|their|its|my|our|(?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w.\-]*?(?:'s|’s|')|the (?:[\w\-]+\s){0,2}[\w\-]+(?:'s|’s)) "
        r"(?:own )?(?P<word>" + words + r")\b"
    )
    copula = "|".join(re.escape(w) for w in lexicon.possessive_copula)
    stated = re.compile(
        r"\b(?P<who>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w.\-]*?(?:'s|’s|')|[Tt]he (?:[\w\-]+\s){0,2}[\w\-]+(?:'s|’s)) "
        r"(?:own )?(?P<word>" + copula + r") (?:(?:is|was|remains) that\b|(?:is|was|were|remains)(?: [a-z]+){0,3}:)"
    )  # ("her answer was short: A", "his words were: A")
    return pattern, stated


def phrase_cues(sentence: Span, base: int = 0) -> list[Cue]:
    """Return the prepositional and possessive cues of ``sentence``.

    The speaker span of a prepositional cue runs to the next comma; when that
    names no one ("according to the Ukrainian politician, former ambassador
    ... X, ..."), the caller may extend it (see ``ingest.contents``).
    """
    lexicon = cue_lexicon()
    text = sentence.text
    offset = base + sentence.start_char
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    for phrase in lexicon.prepositional:
        if phrase.lower() not in lowered:
            continue  # (a substring test first: most phrases are absent, and the regex costs far more)
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", text, re.IGNORECASE):
            if any(a <= match.start() < b for a, b in taken):
                continue
            if phrase == "citing" and _relayed_by_a_verb(sentence, base, offset + match.start()):
                continue  # "X reported, citing its sources, that A": the verb's cue names whom it relays (speakers._cites)
            taken.append((match.start(), match.end()))
            rest = text[match.end() :]
            stop = _SPEAKER_STOP.search(rest)
            assert stop is not None
            speaker_end = match.end() + stop.start()
            found.append(
                Cue(
                    "preposition",
                    match.group(0),
                    phrase,
                    offset + match.start(),
                    offset + match.end(),
                    speaker_start=offset + match.end(),
                    speaker_end=offset + speaker_end,
                )
            )
    pattern, stated = _possessive_patterns()
    # "in her view, A" ("by his words, A", "according to his estimate, A": translated news); "her view is that A"
    # (each only where one of its words stands: a substring test is far cheaper than the patterns)
    matches = [*(pattern.finditer(text) if any(w in text for w in lexicon.possessive) else ()),
               *(stated.finditer(text) if any(w in text for w in lexicon.possessive_copula) else ())]
    for match in matches:
        found.append(
            Cue(
                "possessive",
                match.group(0),
                ("in " if match.re is pattern else "") + match.group("word"),
                offset + match.start(),
                offset + match.end(),
                speaker_start=offset + match.start("who"),
                speaker_end=offset + match.end("who"),
            )
        )
    found += [cue for token in sentence if (cue := owned_claim(token, base)) is not None]
    found.sort(key=lambda cue: cue.start)
    return found


def _relayed_by_a_verb(sentence: Span, base: int, at: int) -> bool:
    """True when the "citing" at source offset ``at`` hangs on a reporting verb or on the clause it reports."""
    token = next((t for t in sentence if base + t.idx == at), None)
    if token is None or token.dep_ not in ("advcl", "xcomp", "conj", "dep"):
        return False
    verbs = cue_lexicon().verbs
    head = token.head
    return head.lemma_.lower() in verbs or head.dep_ == "ccomp" and head.head.lemma_.lower() in verbs


def owned_claim(token: Token, base: int = 0) -> Cue | None:
    """Return the possessive cue of a statement noun that carries its "that" clause and names its owner ("the
    lawyer's warnings that A", "warnings from his attorney that A", "a claim by the board that A"), or None.

    The owner (a possessive, or the object of "from"/"by") is the speaker; the clause is the content.
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cue_lexicon().owned_claim_nouns:
        return None
    holders = [token]
    if token.dep_ == "dobj" and token.head.lemma_.lower() not in cue_lexicon().verbs:
        holders.append(token.head)  # "ignored warnings from lawyers that A": the parser may hang both on the verb
    clause = next((c for h in holders for c in h.children if c.dep_ in ("acl", "ccomp") and c.i > token.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        agent = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                      and token.i < c.i < clause.i), None)
        owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if owner is None or owner.i > clause.i:
        return None
    words = [t for t in owner.subtree if t.dep_ != "case"]
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return Cue("possessive", token.text, token.lemma_.lower(), base + token.idx, base + token.idx + len(token),
               speaker_start=base + words[0].idx, speaker_end=base + words[-1].idx + len(words[-1]),
               content_start=base + start, content_end=base + end)


def find_cues(sentence: Span, base: int = 0) -> list[Cue]:
    """Return every cue of ``sentence`` (verbs and phrases), in text order."""
    cues = [cue for token in sentence if (cue := verb_cue(token, base)) is not None]
    return sorted(cues + phrase_cues(sentence, base), key=lambda cue: cue.start)
