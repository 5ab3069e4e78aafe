"""Who a reporting verb's subject names: a mention, a description to resolve, or an unnamed source.

``who_said`` reads the subject of a cue ("the border service's spokesperson
Ivan Petrenko said", "said security analyst Jaan Tamm", "a source familiar
with the plans said") with the mentions (``ingest.mentions``) and the
article's speakers (``ingest.identities``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.contents import UTTERANCE_NOUNS, inverted_role_object, only_its_own_words_after, trim
from ingest.identities import clean_name
from ingest.lexicon import word_set
from ingest.mentions import (
    PRONOUNS,
    DirectoryLike,
    Mention,
    MentionKind,
    choose_speaker,
    looks_like_person,
    mentions_in,
    nationality_shaped,
    people_nouns,
    personal_noun,
    role_words,
)
from ingest.nlp import doc_text

#: Determiners and numbers that make a source indefinite ("a source",
#: "two officials", "some analysts"): English grammar, not one text.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "many", "two", "three", "four", "five",
                         "other", "various", "multiple", "numerous", "few", "most", "unnamed", "anonymous"})
#: Pronouns for people left unnamed, with no group before them to be part of ("Some believe ...", "Others argue ...").
_SOME_PEOPLE = frozenset({"some", "others", "many"})
#: Subjects that are the writer, the reader or a thing, never a speaker to record.
_NOT_SPEAKERS = frozenset({"i", "we", "you", "it", "this", "that", "these", "those", "they", "which", "who", "what"})


def _reported_body(verb: Token) -> Token | None:
    """The subject of the clause a closing frame reports when it is a body's description ("The company", "the central
    bank"), or None."""
    words = role_words()
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
                and (subject.lemma_.lower() in words.organisation_heads or subject.lemma_.lower() in words.company_nouns):
            return subject
    return None


@dataclass(frozen=True)
class Who:
    """Who a reporting verb's subject names: a mention, a description or an unnamed source.

    ``description`` is a definite description ("the head of the border
    service") to resolve against the article's speakers; ``unnamed`` the
    words of an anonymous or generic source ("a source familiar with the
    plans"); ``role`` the head role word of either ("head", "source").
    """

    mention: Mention | None = None
    description: str | None = None
    unnamed: str | None = None
    role: str | None = None
    blocked: bool = False
    """The subject is the writer or a thing ("we said", "it said"): no speaker."""
    relay: Mention | None = None
    """The outlet or organisation that relays the words ("Nordwire reported, citing the minister")."""
    group: bool = False
    """The subject is "they" with no group before it in its sentence or paragraph: it may stand for the
    group or body that spoke just before ("According to the officials, A. They cautioned that B")."""
    body: bool = False
    """The subject is "it" with no body before it in its paragraph: it may stand for the body the sentences
    before are about ("The bank kept its rate. // Inflation will slow, it said")."""


#: Prepositions whose gerund shares the subject of the clause it opens ("After saying A, she left", "began by saying A").
_CONTROLLING_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "on", "by"})


#: Verbs of putting out an utterance or a paper ("issued a statement", "ended his speech").
_PUTTING_OUT = word_set("sources", "issuing_verbs")


def issued_by(verb: Any) -> Any | None:
    """Return who put out the utterance or paper a participle report hangs on: "The ministry issued a statement
    saying A", "He ended his speech saying A", "X appeared on TV and posted a message saying A" (the subject of the
    verb whose object the noun is, through "and"), else None ("investors shrugged off a report saying A": a report
    is no investor's unless they put it out, and only an utterance or a paper is read so)."""
    noun = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # ("issued a statement on Monday saying A": the parser hung the participle on the verb)
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), verb.head)
    elif verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if noun.i > verb.i or noun.dep_ != "dobj" or noun.lemma_.lower() not in UTTERANCE_NOUNS | role_words().document_nouns:
        return None
    governor = noun.head
    while governor.pos_ == "VERB" and governor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children):
        governor = governor.head
    if governor.pos_ != "VERB" or governor.lemma_.lower() not in _PUTTING_OUT:
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj"), None)


#: Participles that interrupt a subject and its reporting verb ("X, asked about Y, said", "X, contacted by Reuters, said").
_INTERRUPTERS = word_set("sources", "interrupting_verbs")


def subject_token(verb: Any) -> Any:
    """Return the subject token of a reporting verb, or None.

    A verb in a coordination or a participle clause shares its subject
    ("X said ..., adding that ...", "X boasted ... and warned").
    """
    from ingest.cues import cue_lexicon, frame_subject, passive_agent  # a late import: cues imports nothing from here

    # Only a reporting verb lends its subject ("X said ..., adding that"):
    # in "Prices will rise, said ..." the head's subject is the content's.
    head = verb.head if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i else None
    if head is not None and verb.dep_ == "conj" and verb.lemma_.lower() in cue_lexicon().verbs and head.dep_ == "ccomp" \
            and head.head.lemma_.lower() in cue_lexicon().verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        head = head.head  # "told a rally that A and predicted that B": the parser hung the second report on A
    if head is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in cue_lexicon().verbs \
            and head.dep_ == "ccomp" and head.head.lemma_.lower() in cue_lexicon().verbs:
        head = head.head  # "X said A would B, adding that C": the parser hung the participle on A
    joined = head is not None and verb.dep_ == "conj" and any(
        t.dep_ == "cc" and head.i < t.i < verb.i for t in (*head.children, *verb.children))
    # "X went on to say that ...", "X hastened to add", "X declined to rule out ...": the infinitive's subject is its
    # governor's (a refusal only of a cue that is one when denied: "failed to note that A" reports nothing)
    lexicon = cue_lexicon()
    controlled = head is not None and verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and (head.lemma_.lower() in lexicon.saying_controllers
             or head.lemma_.lower() in lexicon.refusal_verbs and lexicon.phrasal.get(verb.lemma_.lower(), ("", False))[1])
    # "X rejected the charges, stating that ...": a participle set off after its clause has the clause's subject
    participle = head is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
        and verb.doc[verb.left_edge.i - 1].text == "," and not any(c.dep_ == "mark" for c in verb.children)
    # "X, asked about the findings, said ...": the parser made the interrupting participle the clause and the report its
    # conjunct; both are X's
    interrupted = head is not None and verb.dep_ == "conj" and head.i < verb.i and head.lemma_.lower() in _INTERRUPTERS \
        and head.tag_ in ("VBD", "VBN") and verb.doc[verb.i - 1].text == "," and verb.doc[head.i - 1].text == ","
    if head is not None and head.lemma_.lower() not in cue_lexicon().verbs and not joined and not controlled and not participle \
            and not interrupted:
        head = None  # but "X attributed ... and said that ...": "and" shares the subject
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in _CONTROLLING_PREPOSITIONS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        head = verb.head.head  # "After saying A, she was taken to hospital": the main clause's subject said A
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head  # "X spoke for an hour and ended by saying A": the subject "and" shares
    agent = passive_agent(verb)
    if agent is not None:
        return agent  # "This was stated by the minister": the agent speaks
    asked = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.lemma_.lower() in _INTERRUPTERS
                  and c.tag_ in ("VBD", "VBN") and verb.doc[c.i - 1].text == "," and "," in (c.right_edge.text, verb.doc[c.right_edge.i + 1].text)), None) \
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else None
    if asked is not None and (interrupted := next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i), None)) is not None:
        return interrupted  # "X, asked about Y, said: ...": the parser made "X asked about Y" the report, X its subject
    issuer = issued_by(verb)
    if issuer is not None:
        return issuer
    appositive = trailing_appositive(verb)
    if appositive is not None:
        return appositive  # "Ukraine expects X, a senior official, who ..., told Y": the official, not Ukraine
    moved = frame_subject(verb)
    if moved is not None:
        return moved.root  # "As reported by Y, Olena K. said ...": the parser made her Y's appositive
    closing = closing_frame(verb)
    if closing is not None:
        return closing  # "<clause>, Halden governor Olena K. reported on Telegram"
    opener = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < verb.i), None)
    named = next((g for g in opener.children if g.dep_ in ("dep", "npadvmod", "appos", "nsubj", "dobj") and g.pos_ in ("PROPN", "NOUN")
                  and g.i > opener.i and verb.doc[g.left_edge.i - 1].text == ","), None) if opener is not None else None
    if named is not None:
        return named  # "Speaking in Warsaw, Adam N., a sanctions expert, said": the parser made the opener the subject
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head  # "<clause>, with traders saying A": the absolute phrase's noun says it
    for candidate in (verb, head):
        if candidate is None:
            continue
        # A quote mark the parser took for a subject is not one.
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass") and c.text not in ("«", "»", "“", "”", '"', "„", "'")
                    and not _quoted_title(candidate, c)]
        if subjects:
            first = min(subjects, key=lambda c: c.i)
            if len(subjects) > 1 and any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
                                         and c.i + 1 == min(s.left_edge.i for s in subjects if s.i != first.i) for c in first.children):
                return first  # "A spokesperson for [chief X] said": the parser cut the phrase's object off as a second subject
            if len(subjects) > 1 and first.ent_type_ == "PERSON" and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "with") and c.right_edge.i + 1 == s.left_edge.i
                    and c.right_edge.pos_ == "NOUN" and c.right_edge.text.islower() for c in first.children for s in subjects if s.i > first.i):
                # "Analyst X of the consultancy [Y] said": the name after the body's noun was cut off as a second subject
                # (not "Representative of the Union of Free Traders Olena K. stated": a holder named after the body)
                return first
            # Two subjects (a dateline parsed as one): the nearer one speaks.
            nearest = min(subjects, key=lambda c: abs(c.i - candidate.i))
            named = _name_before_description(candidate, nearest)
            return named if named is not None else nearest
        if candidate is not verb and verb.dep_ != "conj" and verb.tag_ != "VBG":
            break
    # "The leader X, quoted by Y, called ... and promised that ...": a past-tense verb the parser hung as a
    # modifier on a sentence that has no verb of its own; the noun it hangs on is its subject
    climb = verb
    while climb.dep_ == "conj" and climb.head.i < climb.i:
        climb = climb.head
    # (or tagged as a participle, when it takes a clause and no auxiliary: "Governor X, Y, boasted in May that A")
    if climb.dep_ == "acl" and (climb.tag_ == "VBD" or climb.tag_ == "VBN" and any(c.dep_ == "ccomp" for c in climb.children)
                                and not any(c.dep_ in ("aux", "auxpass") for c in climb.children)):
        root = climb.head
        while root.dep_ != "ROOT" and root.head.i != root.i and root.pos_ not in ("VERB", "AUX"):
            root = root.head  # "Sixty of 75 economists in the poll expected a cut": up to "Sixty"
        if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN", "NUM"):
            return root
    return None


def _set_off_name(doc: Doc, person: Mention, base: int, served: list[int]) -> bool:
    """True when ``person`` closes a subject's "for"/"of" phrase set off by a comma and names the subject, not the
    phrase's object: "A spokesman for the ministry of X, (Colonel) Gleb M., said" (but "for the minister, Jonas B.": the
    minister)."""
    words = doc.char_span(person.start - base, person.end - base, alignment_mode="expand")
    before = words.start if words is not None else 0
    while before > 0 and (doc[before - 1].lower_.strip(".") in role_words().honorifics or doc[before - 1].text[:1].isupper()
                          and doc[before - 1].lower_ in role_words().roles):
        before -= 1  # ", Colonel Viktor T.,": the name with its rank
    if words is None or not served or before == 0 or doc[before - 1].text != ",":
        return False
    token = words.root
    if person.start > max(served):
        return True
    return token.dep_ == "appos" and (token.head.ent_type_ in ("ORG", "GPE", "NORP", "LOC")
                                      or token.head.lemma_.lower() in role_words().body_nouns) \
        and not is_role_word(token.head)  # ("for the northern group of forces, Colonel Gleb M.,": no group is a colonel)


def _name_set_off_before(verb: Any, subject: Any) -> Span | None:
    """ "A lawyer representing X, Petra S., said", "The consul in Bologna, Andrei L., said": a person's name set off by
    commas just before the verb names the person the subject describes, whichever later noun the parser hung it on
    (but "A spokesman for the minister, Jonas B., said": the minister, a role, has the name)."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or not (is_role_word(subject) or subject.lemma_.lower() in people_nouns()) \
            or verb.i < subject.i + 4 or doc[verb.i - 1].text != ",":
        return None
    name = next((e for e in doc.ents if e.end == verb.i - 1 and e.label_ == "PERSON"), None)
    if name is None or name.start <= subject.i + 1 or doc[name.start - 1].text != ",":
        return None
    holder = name.root.head
    if name.root.dep_ != "appos" or holder.i == subject.i or is_role_word(holder) \
            or not any(t.i == holder.i for t in subject.subtree):
        return None
    return name


def _name_before_description(verb: Any, subject: Any) -> Any:
    """ "Elisa, the operator that owns the cable, said": the parser made the description the subject and left the
    name before it, set off by a comma, hanging on the verb; the name is who spoke."""
    if subject.pos_ != "NOUN" or is_role_word(subject) or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in subject.children):
        return None  # (a role the parser made the subject is read with its name elsewhere: "X, the secretary general, vowed")
    doc = subject.doc
    for name in verb.children:
        if name.dep_ in ("npadvmod", "dep", "nsubj") and name.pos_ == "PROPN" and name.i < subject.i and name.ent_type_ in _NAMED_TYPES \
                and doc[name.right_edge.i + 1].text == "," and name.right_edge.i + 2 == subject.left_edge.i and name.left_edge.i == verb.left_edge.i:
            return name
    return None


_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _quoted_title(verb: Any, subject: Any) -> bool:
    """True when *subject* follows *verb* inside quotation marks: a title the parser took for a subject
    ('X said on Radio Nord's "Nord and Friends."': not "Nord")."""
    marks = [t for t in verb.doc[verb.i + 1 : subject.i] if t.text in ('"', "“", "”", "«", "»", "„")]
    return subject.i > verb.i and len(marks) % 2 == 1


def _untagged_name(token: Any) -> bool:
    """True for a run of capitalised proper nouns the recogniser left untagged ("Oleh Syniehubov" with no
    entity): a name, however unknown to the model."""
    run = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return len(run) >= 2 and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in run)


#: What may stand between the comma and the verb of a closing frame: one noun phrase, a name with its titles
#: and owners ("Halden governor Olena K.", "the spokesperson for the ministry", "Norland's foreign minister X").
_FRAME_PHRASE = frozenset({"PROPN", "NOUN", "ADJ", "PART", "ADP", "DET", "NUM", "CCONJ"})


def closing_frame(verb: Any) -> Any:
    """Return the speaker of a closing frame the parser lost, or None.

    "<clause>, Halden governor Olena K. reported on Telegram.": a place
    named twice around the comma leads the parser to hang the name on the
    clause (a prepositional object) and the verb on one of its nouns (a
    relative or adjectival clause). Read by shape instead: a finite
    reporting verb with no clause of its own and nothing after it but its
    own modifiers, right after one noun phrase set off by a comma after a
    clause; the phrase's last noun speaks ("<clause>, the biggest rise the
    bureau reported" is two phrases and no frame).
    """
    doc = verb.doc
    sentence = verb.sent
    inverted = _inverted_frame(verb)
    if inverted is not None:
        return inverted
    # ("<clause>, the two federations announced on Monday": the verb read as a participle that describes the phrase)
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children)
    if verb.dep_ not in ("acl", "relcl", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP") and not participle \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj", "nsubjpass", "aux", "neg") for c in verb.children):
        return None
    if not only_its_own_words_after(verb):
        return None
    comma = next((t for t in reversed(doc[sentence.start : verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma.i < 2 or verb.i - comma.i > 9 or comma.i - sentence.start < 3:
        return None
    phrase = doc[comma.i + 1 : verb.i]
    if any(t.pos_ not in _FRAME_PHRASE for t in phrase) or any(t.pos_ == "DET" and t.i != phrase.start for t in phrase) \
            or phrase[-1].pos_ not in ("PROPN", "NOUN") or any(t.tag_ in ("WDT", "WP") for t in phrase) \
            or phrase.start <= verb.head.i < phrase.end and not (participle and verb.head.i == phrase.end - 1):
        return None  # ("a figure economists expected": a relative clause; a participle hangs on the phrase's last noun)
    head = phrase[-1]
    bodies = role_words().organisation_heads | role_words().company_nouns
    if not (head.ent_type_ in ("PERSON", "ORG", "NORP") or is_role_word(head) or _untagged_name(head)
            or participle and head.lemma_.lower() in bodies):
        return None
    before = doc[sentence.start : comma.i]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before):
        return None
    return head


def _inverted_frame(verb: Any) -> Any:
    """Return the speaker of an inverted closing frame the parser read as an adverbial clause with the speaker
    for its object, or None: "<clause>, informed the head of the community Yurii K.", "<clause>, reported the
    press service of the regional administration" (translated news: the verb of passing on comes first).
    Read by shape: a finite verb of passing on right after the clause's comma, with no subject or clause of
    its own, and after it only a noun phrase that names a person, a body or a role, to the sentence's end."""
    from ingest.cues import cue_lexicon  # a late import: cues imports nothing from here
    doc = verb.doc
    sentence = verb.sent
    # ("About this informed the head of X, Y": the same verb first, after what points back to the report)
    about = verb.dep_ == "ROOT" and any(c.dep_ in ("prep", "advmod") and c.i < verb.i and c.lower_ in ("about", "on") and any(
        g.dep_ == "pobj" and g.lower_ in ("this", "that", "it") for g in c.children) for c in verb.children)
    closing = verb.dep_ in ("advcl", "conj", "parataxis") and verb.i - sentence.start >= 4 and doc[verb.i - 1].text == ","
    if not (about or closing) or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in cue_lexicon().relay_verbs | {"say", "state"}:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp", "aux", "neg", "dative") for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if named is None:
        return None
    if not only_its_own_words_after(verb):
        return None
    if not (named.ent_type_ in ("PERSON", "ORG") or is_role_word(named) or named.lemma_.lower() in role_words().organisation_heads):
        return None  # ("..., reported record profits": what was reported, not who)
    if closing and not any(t.pos_ in ("VERB", "AUX") for t in doc[sentence.start : verb.i - 1]):
        return None
    return named


def doubled_subject_frame(verb: Any) -> Any:
    """Return the comma ending the clause a closing frame reports, when the parser hung that clause on the frame.

    "<clause>, Viasna reported." and, inverted, "<clause>, informed the
    centre Viasna.": when the tagger reads the clause's verb as a participle
    ("A court in Minsk sentenced journalist X to four years, …") the parser
    makes the clause's pieces a subject or adverbials of the reporting verb.
    Read by shape: a finite reporting verb ending its sentence, right after
    a comma or after its subject set off by one, and everything from the
    sentence's start to that comma hung on it, a verb among those words.
    """
    doc = verb.doc
    sentence = verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in ("ccomp", "xcomp", "aux", "auxpass", "neg") for c in verb.children):
        return None  # (a past form read as a participle, with no auxiliary, is finite here)
    near = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1 and c.left_edge.i > sentence.start
                 and doc[c.left_edge.i - 1].text == ","), None)
    after = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")), None)
    named = {u.i for u in after.subtree} if after is not None and near is None else set()
    if near is not None and not any(c.dep_ == "dobj" for c in verb.children):
        comma = doc[near.left_edge.i - 1]
    elif named and verb.i > sentence.start and all(t.is_punct or t.i in named for t in doc[verb.i + 1 : sentence.end]) \
            and not any(doc[i].pos_ in ("VERB", "AUX") for i in named):
        comma = doc[verb.i - 1]  # (inverted: the verb's only words after it name the speaker)
    else:
        return None
    if comma is None or comma.text != "," or comma.i - sentence.start < 4:
        return None
    own = {u.i for u in verb.subtree}
    if not only_its_own_words_after(verb) or not all(t.i in own for t in doc[sentence.start : comma.i]):
        return None
    if not any(t.pos_ == "VERB" for t in doc[sentence.start : comma.i]):
        return None
    return comma


def trailing_appositive(verb: Any) -> Any:
    """Return the speaker the parser hung on the reported clause, or None.

    "<clause>, a senior official, who asked not to be named, said on
    Monday": with a relative clause or a descriptor between speaker and
    verb the parser often makes the speaker an appositive (a conjunct
    without "and", an adverbial noun) of the clause's last noun, and the
    verb either a conjunct of the clause or a head with no subject. A
    subjectless reporting verb right after such a phrase (a person's name
    or a role noun, set off by a comma) has it for its subject.
    """
    doc = verb.doc
    if verb.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") and not _quoted_title(verb, c) for c in verb.children):
        return None
    # (right before the verb, only a person's name: "<clause>, regional governor Olena K. said on Monday")
    bare = not doc[verb.i - 1].is_punct
    # ("<clause>, an adviser to X told reporters": a report the parser made the clause's complement, its speaker an
    # appositive of the clause's last noun)
    complement = verb.dep_ == "ccomp" and verb.head.i < verb.i and all(t.is_punct for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i or complement \
            or verb.dep_ == "advcl" and verb.head.i < verb.i and all(t.is_punct for t in doc[verb.right_edge.i + 1 : verb.sent.end]):
        clause = verb.head  # ("<clause>, Kharkiv governor Olena K. reported on Telegram": the report an adverbial of the clause)
    else:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < verb.i), None)
        if clause is None:
            return None
    for token in doc[clause.left_edge.i + 1 : verb.i if bare else verb.i - 1]:  # the outermost phrase ("X, the head of Y,": X)
        # (after a comma, or after the closing mark of a quotation: '"...," Lind, a top Berg ally, said')
        quoted = any(t.text in ('"', "”", "»") for t in doc[token.left_edge.i - 1 : token.i])  # (the mark may hang on the name)
        if token.dep_ in ("appos", "conj", "npadvmod") and token.right_edge.i >= verb.i - 2 \
                and (quoted or doc[token.left_edge.i - 1].text == ",") and all(t.is_punct for t in doc[token.right_edge.i + 1 : verb.i]) \
                and (quoted or not any(c.dep_ == "cc" for c in (*token.children, *token.head.children) if c.i < token.i)) \
                and (token.ent_type_ == "PERSON" or bare and _untagged_name(token) or (not bare or complement) and (
                    token.pos_ == "NOUN" and is_role_word(token) or token.pos_ == "PROPN" and token.is_title and token.ent_type_ in ("", "ORG"))):
            title = token.head
            if token.dep_ == "appos" and title.i < token.i and title.pos_ == "NOUN" and is_role_word(title) \
                    and title.left_edge.i > clause.left_edge.i and doc[title.left_edge.i - 1].text == ",":
                return title  # "<clause>, the union's president, Greta Holm, said": the title and its name (the parser hung both on the clause)
            return token
    return None


def relay_of(doc: Doc, verb: Any, base: int, before: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return who relays through ``verb`` ("Nordwire reported, citing Y": Nordwire; "reports Radio
    Nord, citing Y"; "This is reported by Nordwire with reference to Y"): the name that is its
    subject (or its agent), else the first named after it and before ``before``, or None."""
    subject = subject_token(verb)
    if subject is not None:
        start, end = subject_words(subject)
        lo, hi = base + start, base + end
    else:
        lo, hi = base + verb.idx + len(verb.text), before
    named = [m for m in mentions_in(doc, lo, hi, base, directory, publisher) if m.kind in ("organisation", "outlet", "person")]
    if not named and subject is not None and not is_role_word(subject) and subject.pos_ in ("PROPN", "NOUN"):
        return Mention(lo, hi, doc_text(doc)[lo - base : hi - base], "outlet")  # a name left untagged, "the agency"
    return named[0] if named else None


def _relayed_source(doc: Doc, head: Any, start: int, end: int, base: int, directory: DirectoryLike | None,
                    publisher: str | None, relay: Mention | None) -> Who | None:
    """Who the words ``doc.text[start:end]`` (headed by ``head``) name as the source an outlet relays: a
    named person or organisation, else an unnamed source ("a source close to the ministry"), else None."""
    found = mentions_in(doc, base + start, base + end, base, directory, publisher)
    named = [m for m in found if m.kind in ("person", "organisation", "title")]
    if named:
        return Who(mention=choose_speaker(named, base + head.idx), relay=relay)
    if head.pos_ == "PRON" and (pronoun := next((m for m in found if m.kind == "pronoun"), None)) is not None:
        return Who(mention=pronoun, relay=relay)  # "Nordwire quoted him as saying": whom "him" stands for
    span = doc.char_span(start, end, alignment_mode="expand")
    unnamed = unnamed_source(span) if span is not None else None
    if unnamed is None and span is not None and head.pos_ == "NOUN" and is_role_word(head) \
            and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children):
        # "Nordwire quoted the mayor as saying": a description of someone the article names or has named
        first = next(t for t in head.subtree if t.dep_ != "det")
        return Who(description=doc_text(doc)[first.idx : head.idx + len(head.text)], role=head.lemma_.lower(), relay=relay)
    return Who(unnamed=unnamed, role=head.lemma_.lower(), relay=relay) if unnamed is not None else None


def _cites(child: Any) -> bool:
    """Return True for a reporting verb's phrase that names whom it relays.

    "X reports, citing Y", "X reports, referring to Y", "X reports with
    reference to Y" (the usual wording of translated wire copy).
    """
    if child.dep_ in ("advcl", "xcomp", "conj", "dep") and child.lemma_.lower() in ("cite", "refer"):
        if _cited_by(child) is not None:
            return False  # "X told Y, as cited by Z, that ...": Z relays X, not the other way round
        return child.lemma_.lower() == "cite" or any(c.dep_ == "prep" and c.lower_ == "to" for c in child.children)
    if child.dep_ == "prep" and child.lower_ == "with":
        return any(c.dep_ == "pobj" and c.lower_ == "reference" and any(g.lower_ == "to" for g in c.children)
                   for c in child.children)
    return False


def _cited_by(child: Any, bare: bool = False) -> Any:
    """Return the agent of a passive "as" frame inside a report ("X told Y, as cited by Nordwire, that ...",
    "as quoted by", "as reported by"): the outlet that relays the report. Else None. With ``bare``, "quoted by"
    and "cited by" without the "as" count too (a closing frame's tail: "A, X said, quoted by BelTA")."""
    if child.lemma_.lower() not in ("cite", "quote", "report") or child.tag_ != "VBN" \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children) and not (bare and child.lemma_.lower() != "report"):
        return None
    agent = next((c for c in child.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def quoted_as_saying(verb: Any) -> Any:
    """Return the object of "quoted"/"cited" in "X quoted Y as saying ..." when *verb* is that "saying", else None."""
    if verb.lemma_.lower() != "say" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    relay = verb.head.head
    for _ in range(4):  # ("quoted three officials familiar with the talks as saying": the parser hung "as" on "talks")
        if relay.lemma_.lower() in ("quote", "cite") or relay.head.i == relay.i:
            break
        relay = relay.head
    if relay.lemma_.lower() not in ("quote", "cite"):
        return None
    # "Nordwire quoted X as saying", "X was quoted (by Nordwire) as saying": X
    return next((c for c in relay.children if c.dep_ in ("dobj", "nsubjpass")), None)


def subject_words(subject: Any) -> tuple[int, int]:
    """Return doc offsets of a subject without its relative clauses ("X, who spoke to Y,")."""
    tokens = [t for t in subject.subtree]
    if subject.head.i > subject.i and tokens[-1].i > subject.head.i:
        # ("A majority of voters expect A, 44 percent to 34 percent": an appositive hung on the subject after its verb)
        tokens = [t for t in tokens if t.i < subject.head.i]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()
    end = tokens[-1].idx + len(tokens[-1])
    for token in tokens:
        if token.dep_ == "relcl" and token.i > subject.i:
            end = min(end, token.left_edge.idx)  # "readers of the newspaper who said ...": nor one hung further down
        if token.lower_ == "as" and token.i > subject.i and any(c.dep_ == "pcomp" and c.lemma_.lower() == "say" for c in token.children):
            end = min(end, token.idx)  # "quoted officials familiar with the talks [as saying ...]": what they said is no part of them
    for child in subject.children:
        if child.dep_ == "acl" and child.i > subject.i:
            end = min(end, child.left_edge.idx)
        if child.dep_ == "prep" and child.i == tokens[-1].i:
            # "A spokesperson for [chief X] said": the object the parser made a second subject is the phrase's
            cut = next((c for c in subject.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == child.i + 1), None)
            if cut is not None:
                end = cut.right_edge.idx + len(cut.right_edge)
    if subject.dep_ == "ROOT":  # a verbless sentence's head ("Sixty of 75 economists in the poll expected ..."): up to the verb
        verbs = [t for t in tokens if t.dep_ == "acl" and t.tag_ == "VBD" and t.i > subject.i]
        if verbs:
            end = min(end, verbs[0].left_edge.idx)
    first = subject.i
    while first > 0 and subject.doc[first].ent_iob_ == "I" and subject.ent_type_ in ("PERSON", "ORG"):
        first -= 1  # "Khalid al-Mansouri said": the parser split the name into two subjects; the name is whole
    while len(tokens) > 1 and tokens[0].dep_ == "advmod" and tokens[0].head.i == subject.i and tokens[0].tag_ in ("RB", "RBR") \
            and tokens[0].i < subject.i:
        tokens = tokens[1:]  # "Earlier the head of X said": the adverb times the report, it is no part of who spoke
    start = min(tokens[0].idx, subject.doc[first].idx)
    text = doc_text(subject.doc)
    while end > start and text[end - 1] in " ,;:-–—":
        end -= 1
    return start, end


def _as_name(doc: Doc, start: int, end: int) -> str:
    """Return the words of an unnamed source, lower-cased at the start of a sentence ("Officials"), but not
    a name ("EU officials") or a nationality ("European diplomats")."""
    text = doc_text(doc)[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].pos_ == "PROPN" or span[0].is_upper and len(span[0]) > 1:
        return text
    if span[0].ent_type_ == "NORP" and (span[0].pos_ == "ADJ" or span[0].lower_.removesuffix("s") in role_words().roles) \
            or span[0].pos_ == "ADJ" and nationality_shaped(span[0].text):
        # (a nationality, or a party's members: "Republicans said")
        return text
    return text[:1].lower() + text[1:]


#: Nouns of a share of a group ("a majority of respondents", "a third of the economists polled").
_SHARES = word_set("sources", "share_nouns")


def unnamed_source(span: Span) -> str | None:
    """Return the words of ``span`` when they name an unnamed source, else None.

    ``span`` is a noun phrase ("people familiar with the matter", "a senior
    official"): its head must be a role or source noun, plural or with an
    indefinite determiner.
    """
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head is t]
    if not heads:
        return None
    head = heads[0]
    # ("a majority of respondents", "half of the economists": a share of a group, a noun of quantity)
    share = head.pos_ == "NOUN" and head.lemma_.lower() in _SHARES
    part = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None) \
        if head.lower_ in _INDEFINITE and head.pos_ in ("NUM", "PRON", "ADJ", "DET") or share else None
    if part is not None and part.tag_ in ("NNS", "NNPS") and is_role_word(part):
        return _as_name(span.doc, span.start_char, span.end_char)  # "one of the members", "two of the traders"
    if head is not span[-1] and len(span) <= 3 and span[-1].pos_ == "NOUN" and span[-1].tag_ == "NNS" and is_role_word(span[-1]):
        head = span[-1]  # "according to show insiders": a compound noun the parser read as a verb and its object
    if head.pos_ != "NOUN" or not is_role_word(head):
        return None
    determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod", "quantmod")}
    if head.tag_ in ("NNS", "NNPS") or determiners & _INDEFINITE:
        return _as_name(span.doc, span.start_char, span.end_char)
    return None


def is_role_word(token: Any) -> bool:
    """Return True when ``token`` is a role or source noun ("spokesperson", "officials")."""
    return personal_noun(token.lemma_.lower()) or token.lower_ in role_words().roles or _plural_role(token)


def _plural_role(token: Any) -> bool:
    """True for a capitalised plural of a role the tagger left unlemmatised as a proper noun ("Democrats",
    "Republicans": a party's members)."""
    return token.tag_ == "NNPS" and token.lower_.endswith("s") and token.lower_[:-1] in role_words().roles


def named_body(noun: Any, doc: Doc, base: int) -> Mention | None:
    """Return the organisation a noun phrase names by a name before its noun, or None: "Moldova's intelligence
    service" (a body named by its owner: the service, not the country; "the Norland Defence Ministry's press
    service": the owner's whole name), "the Trump administration", "the Kestrel monitoring group" (the body, not
    the person or place it is named after); or by its name after the noun ("the human rights centre Viasna")."""
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and noun.text.islower()):  # ("ministry" the tagger took for a name)
        return None
    # (its name in quotes too, whatever the recogniser took it for: 'the Telegram channel "Front Notes"')
    quoted = noun.i + 1 < len(doc) and doc[noun.i + 1].text in "\"“«"
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                  and (c.left_edge.i == noun.i + 1 and c.ent_type_ != "PERSON" or quoted and c.left_edge.i == noun.i + 2)), None)
    if named is not None and noun.lemma_.lower() in role_words().organisation_heads | role_words().company_nouns \
            | role_words().outlet_nouns:
        # "the human rights centre Viasna", "the airline Nordflyg", "the channel Rybar": the body's own name follows
        # what it is
        name = doc[named.left_edge.i : named.right_edge.i + 1]
        while len(name) > 1 and name[-1].is_punct:
            name = name[:-1]  # (its closing quote)
        return Mention(base + name.start_char, base + name.end_char, name.text, "organisation")
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    end = noun.idx + len(noun.text)
    if owner is not None and noun.lemma_.lower() in role_words().organisation_heads | role_words().company_nouns:
        first = next(t for t in owner.subtree if t.dep_ != "det")
        return Mention(base + first.idx, base + end, doc_text(doc)[first.idx : end], "organisation")
    # (not a date before the noun: "ISW's March 7 assessment" is no body called "March 7")
    if any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.text[:1].isupper() and c.ent_type_ not in ("DATE", "TIME")
           for c in noun.children):
        det = [c for c in noun.children if c.dep_ == "det"]
        first_idx = min([c.left_edge.idx for c in noun.children if c.dep_ in ("compound", "nmod", "amod")] + [noun.idx])
        if not det or det[0].lower_ == "the":
            return Mention(base + first_idx, base + end, doc_text(doc)[first_idx:end], "organisation")
    return None


def owned_body(head: Any) -> bool:
    """True for a body named in lower case by whose it is: "the health ministry of Moldova", "the central bank
    of Norland" (the body speaks, not the country or company after "of"), or by where it sits: "the Russian embassy
    in Chisinau", "the health ministry in Kyiv" (not the city, whatever the recogniser tags it)."""
    return head.text.islower() and head.lemma_.lower() in role_words().organisation_heads \
        and any(c.dep_ == "det" for c in head.children) and any(
            c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)) for c in head.children)


def people_among(mentions: list[Mention], doc: Doc, base: int) -> list[Mention]:
    """Return the people *mentions* name: the person mentions, else the names the recogniser ran into an
    organisation's (``trailing_name``: "the spokesman of the Southern Forces Olena K.")."""
    return [m for m in mentions if m.kind == "person"] or [
        held for m in mentions if m.kind == "organisation" and (held := trailing_name(m, doc, base)) is not None]


def _split_outlet_name(mention: Mention, doc: Doc, base: int) -> Mention:
    """Return the person's name at the end of "<Outlet> <First Last>".

    Machine-translated copy puts the addressee before the speaker ("said in
    a comment to Radio X Olena K."): the small model runs both into one name.
    """
    span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
    if span is None or len(span) < 3 or span.start == 0 or doc[span.start - 1].lower_ not in ("to", "told"):
        return mention
    last = span[-2:]
    if all(t.is_alpha and t.text[0].isupper() and t.lower_ not in role_words().organisation_heads for t in last):
        return Mention(base + last.start_char, base + last.end_char, last.text, "person")
    return mention


def trailing_name(mention: Mention, doc: Doc, base: int) -> Mention | None:
    """Return the "First Last" that ends an organisation mention, or None.

    "Representative of the Council of X Olena K. stated": after a role word
    the model runs the organisation and the holder's name into one entity;
    two capitalised words after a proper noun that are no organisation
    words are the person who holds the role.
    """
    span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    last = span[-2:]
    heads = role_words().organisation_heads
    before = doc[max(span.start - 2, 0) : span.start]
    if not any(t.lower_ in ("of", "for") for t in (*span[:-3], *before)):
        return None  # "Representative of <organisation> First Last": the role's organisation comes first
    if span[-3].pos_ != "PROPN" or not looks_like_person(last) or any(t.lower_ in heads for t in last):
        return None  # (the body may end with its own head word: "... of the Southern Defense Forces Olena K.")
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") and t.ent_iob_ == "B" for t in last):
        return None
    return Mention(base + last.start_char, base + last.end_char, last.text, "person")


_QUOTE_MARKS = frozenset('"“”„«»‘’\'')


def _reporter_before(pronoun: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return the named person a pronoun subject stands for within its own sentence, or None.

    "X told reporters he thinks ...": a pronoun after a reporting verb with
    a named subject in the same sentence is that person, whoever spoke
    before (the parser may hang either verb on the other).
    """
    from ingest.cues import cue_lexicon  # a late import: cues imports nothing from here

    doc = pronoun.doc
    verbs = cue_lexicon().verbs
    marks = [t.i for t in pronoun.sent if t.text in _QUOTE_MARKS]
    reporting = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "VERB" and t.lemma_.lower() in verbs
                 and sum(m < t.i for m in marks) % 2 == 0 and not any(t.i < m < pronoun.i for m in marks)]
    for earlier in reversed(reporting):  # never a verb inside quoted words
        governing = [c for c in earlier.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < earlier.i]
        if not governing:
            continue
        at = base + governing[0].idx
        named = [m for m in mentions_in(doc, base + governing[0].left_edge.idx, at + len(governing[0]), base,
                                        directory, publisher) if m.kind == "person" and m.start <= at < m.end]
        return named[0] if named else None
    return None


def who_said(
    doc: Doc,
    verb: Any,
    base: int,
    lo: int,
    hi: int,
    directory: DirectoryLike | None,
    publisher: str | None,
) -> Who:
    """Return who the reporting verb ``verb`` attributes its words to, and the outlet they went through.

    The relay is the outlet or organisation that passes the words on
    ("Nordwire reported, citing Y"), else the medium the verb names ("told
    the Nord TV channel", "in an interview with Radio Nord", "on the air of
    Nord 24"; see ``medium_of``).
    """
    from ingest.cues import points_back  # a late import, as in subject_token

    who = _who_said(doc, verb, base, lo, hi, directory, publisher)
    if not who.blocked and who.mention is None and who.description and points_back(verb):
        # "This was stated ... by the military expert, reserve colonel Oleh Z.": the name the sentence ends with, set off
        # after the description, is who it is
        end = base + verb.sent.end_char
        people = [m for m in mentions_in(doc, base + verb.idx, end, base, directory, publisher) if m.kind == "person"]
        text = doc_text(doc)
        if len(people) == 1 and not text[people[0].end - base : end - base].strip(" .!\"”»’") \
                and "," in text[verb.idx : people[0].start - base]:
            who = replace(who, mention=people[0], description=None, role=None)
    # (and "A, X said, quoted by Nordwire": the bare participle set off after the frame)
    relaying = next((agent for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
                     and (agent := _cited_by(c, bare=doc[c.i - 1].text == ",")) is not None), None)
    if relaying is None and verb.dep_ == "parataxis" and verb.head.i < verb.i:
        # "A, X said, quoted by the state agency BelTA": the parser hung the outlet's phrase on the clause reported
        relaying = next((agent for c in verb.head.children if c.dep_ == "advcl" and c.i > verb.right_edge.i
                         and (agent := _cited_by(c, bare=True)) is not None), None)
    outlet = _outlet_phrase(doc, relaying, base, directory, publisher) if relaying is not None and not who.blocked else None
    if outlet is not None:
        return replace(who, relay=outlet)  # "X told Y, as cited by Nordwire, that A": X speaks, Nordwire relays
    if who.relay is None and not who.blocked:
        medium = _quoted_by(doc, verb, base, directory, publisher) or medium_of(doc, verb, base, directory, publisher)
        if medium is not None and (who.mention is None or (medium.start, medium.end) != (who.mention.start, who.mention.end)):
            who = replace(who, relay=medium)
    if who.relay is not None and publisher and _publisher_itself(who.relay.text, publisher):
        who = replace(who, relay=None)  # "X told the Halden Post that A", in the Halden Post: said to the writer, relayed by no one
    return who


def _publisher_itself(outlet: str, publisher: str) -> bool:
    """True when the outlet words name the article's own publisher ("the Halden Post" in the Halden Post's copy)."""
    def words(name: str) -> str:
        return re.sub(r"^the\s+", "", re.sub(r"[^\w\s-]", "", name.lower())).strip()
    return words(outlet) == words(publisher)


#: Nouns for a medium a statement is made in ("in an interview with X", "on the air of X").
_MEDIUM_EVENTS = word_set("sources", "medium_events")
#: Head nouns that make a phrase an outlet ("the Nord TV channel", "Radio Nord's website").
_MEDIUM_NOUNS = word_set("sources", "medium_nouns")


def who_stands_for(noun: Any) -> Any | None:
    """Return the noun a "who" clause the parser hung on *noun* speaks for: *noun* itself, or, when it is a
    show, an outlet or a document, the people it hangs on ("listeners to his radio show who said ...": the
    listeners); None when no such people are found."""
    hopped = False
    while noun.lemma_.lower() in _MEDIUM_EVENTS | _MEDIUM_NOUNS | role_words().document_nouns:
        hopped = True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
            continue
        # "calls from listeners to his show who said": the parser hung "to his show" on the verb; the
        # people noun just before the phrase, with no verb between, is what the clause is about
        before = noun.doc[noun.sent.start:noun.left_edge.i]
        for token in reversed(before):
            if token.pos_ in ("VERB", "AUX") or token.is_sent_start:
                return None
            if token.pos_ == "NOUN" and token.tag_ == "NNS" and is_role_word(token):
                return token
        return None
    # the noun a show or a paper hangs on names people ("readers of ..."), not "calls about his show who said"
    return noun if not hopped or is_role_word(noun) or noun.pos_ == "PROPN" else None


def _people_before(pronoun: Any) -> Who | None:
    """The last group of people named in the two sentences before ``pronoun``'s, wherever it stands ("According to
    two people familiar with the matter, A. One of them said B": the people), or None."""
    doc = pronoun.doc
    sentences = [s for s in doc.sents if s.end <= pronoun.sent.start][-2:]
    groups = [t for s in sentences for t in s if t.pos_ == "NOUN" and t.tag_ == "NNS" and is_role_word(t)]
    if not groups:
        return None
    start, end = subject_words(groups[-1])
    return Who(unnamed=_as_name(doc, start, end), role=groups[-1].lemma_.lower())


def _part_of(word: str, group: str) -> str:
    """Name a part of a group: "some military analysts", "other military analysts", "one of the military analysts"."""
    if word in ("one", "each", "another", "either", "neither") or group.startswith("the ") or group[:1].isdigit():
        # ("some of the 40,000 members": a part of a counted group)
        return f"{word} of the {re.sub(r'^the ', '', group)}"
    return f"{'other' if word == 'others' else word} {group}"


def _body_named(doc: Doc, lo: int, hi: int, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """The first organisation or outlet named between the offsets ``lo`` and ``hi``, or None."""
    return next((m for m in mentions_in(doc, lo, hi, base, directory, publisher) if m.kind in ("organisation", "outlet")), None)


def _group_before(pronoun: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Who | None:
    """Return who "they" or "it" stands for when the nearest subject before it in its paragraph is a group of
    people ("Economists at X are more cautious. They expect ...": an unnamed source) or, for "it", a named
    organisation ("Nordbank raised rates. It said ..."); else None (a country, a thing: not ours to guess)."""
    doc = pronoun.doc
    from ingest.cues import cue_lexicon  # a late import: cues imports nothing from here

    # the subjects of main clauses and of reports: "Some say A as long as the war lasts. Others ...": not "the war"
    # (not the subject of the clause a closing frame reports: "Eleven missiles were fired, it added": not the missiles)
    frame = pronoun.head
    closing = frame.dep_ in ("parataxis", "ccomp", "conj") and frame.head.i < frame.i
    # (nor of the clause the frame's own verb reports before it: "Growth is projected to slow, it said")
    reported = [c for c in frame.children if c.dep_ in ("ccomp", "parataxis") and c.i < frame.i]
    subjects = [t for t in doc[: pronoun.i] if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("PRP", "WP", "WDT", "DT")
                and (t.head.dep_ == "ROOT" or t.head.lemma_.lower() in cue_lexicon().verbs)
                and not (closing and t.sent == pronoun.sent and t in frame.head.subtree)
                and not any(t in r.subtree for r in reported)]
    if not subjects:
        return None
    token = subjects[-1]
    start, end = subject_words(token)
    agent = _agent(token.head) if pronoun.lower_ == "it" and token.dep_ == "nsubjpass" else None
    if agent is not None:
        # "A different picture is painted by the channel X. It claims ...": the body of the passive's "by" phrase
        words = doc[agent.left_edge.i : agent.right_edge.i + 1]
        body = _body_named(doc, base + words.start_char, base + words.end_char, base, directory, publisher)
        if body is not None:
            return Who(mention=body)
    if pronoun.lower_ != "it" and token.pos_ == "NOUN" and token.tag_ == "NNS" and is_role_word(token):
        return Who(unnamed=_as_name(doc, start, end), role=token.lemma_.lower())
    if pronoun.lower_ == "it" and token.ent_type_ == "ORG" and token.tag_ not in ("NNS", "NNPS"):
        # (an outlet too: "The channel Okop disagrees. It claims ...")
        body = _body_named(doc, base + start, base + end, base, directory, publisher)
        if body is not None:
            return Who(mention=body)
    if pronoun.lower_ != "it" or token.tag_ in ("NNS", "NNPS"):
        return None
    lexicon = role_words()
    lemma = token.lemma_.lower()
    after = token.i + 1
    while after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper():
        after += 1
    if token.pos_ == "NOUN" and lemma in lexicon.body_nouns | lexicon.outlet_nouns and after > token.i + 1:
        # "The channel Okop disagrees. It claims ...": the body named right after its noun (the parser may hang the
        # name on the verb)
        last = doc[after - 1]
        body = _body_named(doc, base + doc[token.i + 1].idx, base + last.idx + len(last.text), base, directory, publisher)
        if body is not None:
            return Who(mention=body)
    if token.pos_ == "NOUN" and (lemma in lexicon.organisation_heads or lemma in lexicon.company_nouns):
        # "The ministry sent a letter on Friday. It says ...": the body, as if it were the subject itself
        return Who(description=doc_text(doc)[start:end], role=lemma)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.document_nouns for c in token.head.children):
        # "The town sent a warning letter. It says ...", "Senator X released a memo. It says ...": the document
        # speaks for whoever issued it
        people = people_among(mentions_in(doc, base + start, base + end, base, directory, publisher), doc, base)
        if people:
            return Who(mention=people[-1])
        if token.pos_ == "NOUN":
            return Who(unnamed=_as_name(doc, start, end), role=lemma)
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            # ("Nordbank published a report. A, it said": a name the recogniser missed issued it; a body, as "it" says)
            return Who(mention=Mention(base + start, base + end, doc_text(doc)[start:end], "organisation"))
    return None


def _agent(verb: Any) -> Any:
    """Return the object of a participle's "by" phrase ("quoted by [Y]", "conducted by [X]"), or None."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


@cache
def _authored_nouns() -> frozenset[str]:
    """The document nouns, and "research": what a "by" phrase names the author of."""
    return frozenset({*role_words().document_nouns, "research"})


#: Participles by which an outlet says it saw a document it did not write ("documents seen by X", "a draft obtained by X").
_SEEING = word_set("sources", "seeing_verbs")
#: What leaks besides the documents an organisation publishes: "a draft", "emails", "records", "minutes" seen by an outlet.
_LEAKED = word_set("sources", "leaked_nouns")


def _seen_by(doc: Doc, noun: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return the outlet that saw the document ``noun`` heads ("documents seen by Nordwire", "a draft, obtained by
    the Monitor,"), or None."""
    if noun.lemma_.lower() not in _authored_nouns() | _LEAKED:
        return None
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.lemma_.lower() not in _SEEING:
            continue
        agent = _agent(child)
        if agent is not None:
            named = [m for m in mentions_in(doc, base + agent.left_edge.idx, base + agent.right_edge.idx + len(agent.right_edge), base,
                                            directory, publisher) if m.kind in ("organisation", "outlet", "person")]
            return named[0] if named else _outlet_phrase(doc, agent, base, directory, publisher)
        by = next((c for c in child.children if c.dep_ == "agent"), None)
        if by is not None:
            # "documents seen by Nordwire show": the parser made the name a compound of the verb after it
            words = list(itertools.takewhile(lambda t: t.dep_ == "compound" and t.text[:1].isupper(), doc[by.i + 1 : by.sent.end]))
            if words:
                return Mention(base + words[0].idx, base + words[-1].idx + len(words[-1]), doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1])],
                               "outlet")
    return None


def _document_author(doc: Doc, noun: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return who a document is by: "a study by X", "a poll conducted by X", "research commissioned by X"; else None."""
    if noun.lemma_.lower() not in _authored_nouns():
        return None
    for child in noun.children:
        phrase = None
        if child.dep_ == "prep" and child.lower_ == "by":
            phrase = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in _SEEING:
            phrase = _agent(child)
        if phrase is not None:
            lo, hi = base + phrase.left_edge.idx, base + phrase.right_edge.idx + len(phrase.right_edge)
            named = [m for m in mentions_in(doc, lo, hi, base, directory, publisher) if m.kind in ("person", "organisation", "outlet")]
            if named or (named := [m for m in [_outlet_phrase(doc, phrase, base, directory, publisher)] if m is not None]):
                return named[0]  # (capitalised words the recogniser left untagged: a body's name)
    return None


def _quoted_by(doc: Doc, verb: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return the outlet in "X, quoted by Y, said" / "X, cited by Y, warned" / "economists polled by Y said"
    (the subject's own phrase), or None."""
    subject = subject_token(verb)
    if subject is None:
        return None
    for phrase in subject.subtree:
        if phrase.dep_ == "acl" and phrase.lemma_.lower() in ("quote", "cite", "poll", "survey", "interview") and phrase.tag_ == "VBN":
            agent = _agent(phrase)
            if agent is not None and (outlet := _outlet_phrase(doc, agent, base, directory, publisher)) is not None:
                return outlet
    return None


def _outlet_phrase(doc: Doc, phrase: Any, base: int, directory: DirectoryLike | None, publisher: str | None,
                   heads: frozenset[str] | None = None) -> Mention | None:
    """Return the organisation or outlet the noun phrase headed by ``phrase`` names ("the Nord agency", "Radio
    Nord"), else its capitalised words left untagged (with ``heads``, only under one of those head nouns), or None."""
    named = _body_named(doc, base + phrase.left_edge.idx, base + phrase.right_edge.idx + len(phrase.right_edge), base, directory,
                        publisher)
    if named is not None:
        return named
    words = [t for t in phrase.subtree if t.dep_ not in ("det", "punct")]
    # ("a comment to the outlet Energy Today analyst Dan Ursu", translated copy: the outlet ends where a person begins)
    person = next((k for k, t in enumerate(words) if k and (t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and is_role_word(t))), None)
    if person is not None and any(t.text[:1].isupper() for t in words[:person]):
        words = words[:person]
    if words and any(t.text[:1].isupper() for t in words) and (heads is None or phrase.lemma_.lower() in heads):
        start, end = trim(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1]))  # (with a quotation it opens)
        return Mention(base + start, base + end, doc_text(doc)[start:end], "outlet")
    return None


def medium_of(doc: Doc, verb: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return the outlet a reporting verb says its words went to, or None.

    "told the Nord TV channel", "said to Nordwire", "in an interview with
    Radio Nord", "in a comment to Nordwire", "on the air of Nord 24", "told
    Nordwire in an interview": an organisation or outlet named there, or a
    phrase headed by an outlet noun ("the Espresso TV channel"). People are
    whom it was said to, not a medium ("told reporters", "told Olena K.").
    """
    phrases = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ("tell", "inform", "give"):
            phrases.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("to", "with"):
            phrases.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "for"):
            for event in (g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in _MEDIUM_EVENTS | _MEDIUM_NOUNS):
                if event.lemma_.lower() in _MEDIUM_NOUNS:
                    phrases.append(event)  # "on Nord TV channel"
                given = [event, *(a for a in event.children if a.dep_ == "acl")]  # "an interview given to X"
                phrases.extend(g for holder in given for p in holder.children
                               if p.dep_ == "prep" and p.lower_ in ("with", "to", "of", "for", "on")
                               or p.dep_ == "agent" and holder.lemma_.lower() in ("report", "publish", "carry", "air", "broadcast")
                               for g in p.children if g.dep_ == "pobj")  # (... "in remarks reported by X")
                phrases.extend(g for g in event.children if g.dep_ == "poss")  # "in Nordwire's interview"
    for phrase in phrases:
        outlet = _outlet_phrase(doc, phrase, base, directory, publisher, heads=_MEDIUM_NOUNS)  # "the Espresso TV channel"
        if outlet is not None:
            return outlet
    return None


def _who_said(
    doc: Doc,
    verb: Any,
    base: int,
    lo: int,
    hi: int,
    directory: DirectoryLike | None,
    publisher: str | None,
) -> Who:
    """Return who the reporting verb ``verb`` attributes its words to.

    The syntactic subject decides: the mention that holds its head word
    ("Maria L., an economist at X, said": Maria L., never X; "she said,
    speaking at a conference organised by Y": she); a role noun with "the"
    is a description ("the border service's spokesperson said"); a plural
    or indefinite people-noun is an unnamed source ("officials said", "a
    source familiar with the plans said"). Without a subject (inverted or
    machine-translated order: "said in a comment to Y Olena K.") the
    names after the verb within source offsets ``[lo, hi)`` are searched.
    """
    # "X reported, citing Y, that ...": the parser may hang "citing" on the reported clause, before its "that"
    # (or closing it after a comma: "X reports that A, citing two officials")
    inserted = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "advcl" and (any(m.dep_ == "mark" and m.i > g.i for m in c.children) or g.i > c.i and g.tag_ == "VBG"
                                          and g.doc[g.left_edge.i - 1].text == "," and g.right_edge.i == c.right_edge.i)]
    for child in [*verb.children, *inserted]:
        if _cites(child):
            # "<content>, reports X, citing Y": X relays, Y speaks.
            cited = mentions_in(doc, base + child.idx, base + child.right_edge.idx + len(child.right_edge.text),
                                base, directory, publisher)
            cited = [m for m in cited if m.kind in ("person", "organisation", "title")]
            objects = [g for g in child.children if g.dep_ == "dobj"]
            unnamed = unnamed_source(doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]) if objects else None
            # (a body named after the unnamed source is where it sits: "citing a source in the General Staff")
            if cited and not (unnamed and objects[0].pos_ == "NOUN" and all(m.start > base + objects[0].idx for m in cited)):
                return Who(mention=choose_speaker(cited, base + child.idx),
                           relay=relay_of(doc, verb, base, base + child.idx, directory, publisher))
            if unnamed:  # "<content>, reports X, citing two officials": the officials speak, unnamed; X relays
                relay = relay_of(doc, verb, base, base + child.idx, directory, publisher)
                if relay is not None and re.match(r"(?:its|their|his|her) ", unnamed, re.IGNORECASE):
                    unnamed = f"{clean_name(relay.text)}'s {unnamed.split(' ', 1)[1]}"  # "X reported, citing its (his) sources": X's
                return Who(unnamed=unnamed, role=objects[0].lemma_.lower(), relay=relay)
    told = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"),
                None) if verb.lemma_.lower() == "learn" else None
    if told is not None:
        # "Nordwire has learned from a source close to the ministry": the source speaks, the outlet relays
        start = told.left_edge.idx
        who = _relayed_source(doc, told, start, told.right_edge.idx + len(told.right_edge), base, directory, publisher,
                              relay_of(doc, verb, base, base + start, directory, publisher))
        if who is not None:
            return who
    if inverted_role_object(verb):
        # "<clause>, announced the government spokesman, Mihai R.": the object the parser made of the speaker speaks
        role = next(c for c in verb.children if c.dep_ == "dobj")
        last = role.right_edge
        # (and the phrases right after it that the parser hung on the verb: "assured the secretary of the committee
        # [on national security Roman K.]")
        while (after := next((c for c in verb.children if c.dep_ == "prep" and c.i == last.i + 1), None)) is not None:
            last = after.right_edge
        people = [m for m in mentions_in(doc, base + role.left_edge.idx, base + last.idx + len(last.text), base, directory, publisher)
                  if m.kind == "person"]
        if people and role.tag_ != "NNS":  # (the name set off after the role, or after the body it heads: "the head of the community X")
            return Who(mention=people[0])  # (never a name after a plural: "warned analysts at Kpler" are the analysts)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in role.children) \
                and (unnamed := unnamed_source(doc[role.left_edge.i : last.i + 1])):
            return Who(unnamed=unnamed, role=role.lemma_.lower())  # "<clause>, informed a source in the ministry"
        first = next(t for t in role.subtree if t.dep_ != "det")
        return Who(description=doc_text(doc)[first.idx : role.idx + len(role.text)], role=role.lemma_.lower())
    relayed = quoted_as_saying(verb)
    if relayed is not None:
        # "RIA quoted the deputy minister X as saying", "Interfax cited a source as saying": X speaks, the outlet relays.
        start, end = subject_words(relayed)
        if relayed.dep_ == "nsubjpass":  # "X was cited by Radio Nord as saying": the agent relays, if named
            agent = _agent(relayed.head)
            outlet = _outlet_phrase(doc, agent, base, directory, publisher) if agent is not None else None
        else:
            outlet = relay_of(doc, relayed.head, base, base + relayed.idx, directory, publisher)
        return _relayed_source(doc, relayed, start, end, base, directory, publisher, outlet) or Who(blocked=True)
    subject = subject_token(verb)
    if subject is not None and subject.dep_ == "nsubjpass" and verb.lemma_.lower() in ("tell", "inform", "brief", "assure"):
        return Who(blocked=True)  # "<clause>, MPs were told" (no agent): whom it was said to, not who said it
    told = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("tell", "advise", "warn", "urge", "ask", "instruct") \
        and any(c.dep_ == "nsubjpass" for c in verb.head.children) else None
    if told is not None:
        # "Residents were told (by the utility) to expect power cuts": the expectation is the teller's, not theirs
        agent = _agent(told)
        if agent is None:
            return Who(blocked=True)
        start, end = subject_words(agent)
        return _relayed_source(doc, agent, start, end, base, directory, publisher, None) or Who(blocked=True)
    if subject is not None and subject.i < verb.i - 1 and (frame := doubled_subject_frame(verb)) is not None and frame.i == verb.i - 1:
        subject = None  # "<clause>, informed the centre Viasna": the clause's noun the parser made a subject does not speak
    relative = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    if relative is not None and subject is not None and subject.lower_ == "who":
        # "Tomas Berg, who said ...": the noun speaks; "who" makes any noun a person ("a builder who said ...")
        relative = who_stands_for(relative)
        if relative is None:
            return Who(blocked=True)
        if relative.dep_ == "appos" and relative.head.pos_ == "PROPN" and relative.pos_ == "NOUN":
            relative = relative.head  # "Lena Novak, a clerk at the office who told ...": the person the clerk is
        subject = relative
        if relative.pos_ == "NOUN" and not is_role_word(relative) and relative.ent_type_ == "":
            start, end = subject_words(relative)
            return Who(unnamed=_as_name(doc, start, end), role=relative.lemma_.lower())
    elif relative is not None and subject is not None and subject.lower_ in _INDEFINITE | {"each"} \
            and any(g.lower_ == "whom" for c in subject.children if c.dep_ == "prep" for g in c.children) and relative.pos_ == "NOUN":
        # "fishermen, many of whom say ...": a part of the group the clause belongs to
        start, end = subject_words(relative)
        return Who(unnamed=_part_of(subject.lower_, _as_name(doc, start, end)), role=relative.lemma_.lower())
    if subject is not None and subject.pos_ == "NOUN" and (seen := _seen_by(doc, subject, base, directory, publisher)) is not None:
        # "Documents seen by Nordwire show that ...": the documents speak, the outlet that saw them relays
        return Who(unnamed=_as_name(doc, subject.left_edge.idx, subject.idx + len(subject.text)), role=subject.lemma_.lower(), relay=seen)
    if subject is not None and subject.pos_ == "NOUN" and (author := _document_author(doc, subject, base, directory, publisher)):
        return Who(mention=author)  # "research conducted by X found that ...": the document speaks for its author
    after = verb.idx + len(verb.text) + base
    named_after = [_split_outlet_name(m, doc, base) for m in mentions_in(doc, max(lo, after), hi, base, directory, publisher)]
    # "warned the spokesman for the Air Force of the Armed Forces of Norland Olena K.": the holder's name run into
    # the organisation's is the person who speaks.
    named_after += [held for m in named_after if m.kind == "organisation" and (held := trailing_name(m, doc, base)) is not None]
    if subject is None:
        chosen = choose_speaker(named_after, after)
        lone = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i and c.pos_ == "PROPN"
                     and c.text[:1].isupper() and c.ent_type_ not in ("GPE", "LOC", "DATE", "NORP")
                     and c.i + 1 < len(doc) and doc[c.i + 1].is_punct and lo <= base + c.idx < hi), None) if chosen is None else None
        if lone is not None:
            # '"...," – emphasized Kovalenko.': a lone name after the verb the recogniser missed; the speakers
            # table decides whether it is a surname of the article's people
            chosen = Mention(base + lone.idx, base + lone.idx + len(lone.text), lone.text, "organisation")
        return Who(mention=chosen)
    start, end = subject_words(subject)
    text = doc_text(doc)[start:end]
    if subject.lower_ in ("they", "it") and (group := _group_before(subject, base, directory, publisher)) is not None:
        return group
    if subject.lower_ == "it" and (itself := _reported_body(verb)) is not None:
        # "The company will cut 500 jobs, it said": the body the clause before the frame is about speaks of itself,
        # as in "..., the company said"
        return Who(description=doc_text(doc)[itself.left_edge.idx : itself.idx + len(itself)], role=itself.lemma_.lower())
    if subject.lower_ in _NOT_SPEAKERS:
        return Who(blocked=True, group=subject.lower_ == "they", body=subject.lower_ == "it")
    if subject.lower_ in _INDEFINITE | {"others"} and not any(c.dep_ == "prep" for c in subject.children) \
            and subject.pos_ in ("PRON", "DET", "ADJ", "NOUN") and (group := _group_before(subject, base, directory, publisher)) is not None \
            and group.unnamed:
        # "Military analysts are divided. Some say ...": some of the group the sentence before was about
        return Who(unnamed=_part_of(subject.lower_, group.unnamed), role=group.role)
    if subject.lower_ in _SOME_PEOPLE and subject.pos_ in ("PRON", "DET", "ADJ", "NOUN") and not any(c.dep_ == "prep" for c in subject.children):
        return Who(unnamed=subject.lower_)  # "Some believe that A", "Others argue that B": people the writer leaves unnamed
    if subject.lower_ in _INDEFINITE or subject.like_num:
        # "Many of his supporters believe", "some of the officials said", "Sixty of 75 economists expected":
        # a part of a group, never its owner
        group = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if group is not None and group.pos_ == "NOUN" and is_role_word(group):
            return Who(unnamed=_as_name(doc, start, end), role=group.lemma_.lower())
        if group is not None and group.lower_ == "them" and (earlier := _group_before(subject, base, directory, publisher)
                                                             or _people_before(subject)) is not None \
                and earlier.unnamed:
            # "Russian military bloggers reported X. Some of them accused Y": some of that group ("one of the ...")
            return Who(unnamed=_part_of(subject.lower_, earlier.unnamed), role=earlier.role)
    # a body the recogniser tagged in lower case ("the navy said", "the defence ministry said") is a description
    mentions = [m for m in mentions_in(doc, base + start, base + end, base, directory, publisher)
                if m.kind != "organisation" or m.record_id is not None or any(c.isupper() for c in m.text)]
    at = base + subject.idx
    holding = [m for m in mentions if m.start <= at < m.end and m.kind != "title"]
    if subject.is_sent_start and subject.is_upper and subject.i + 1 < len(doc) and doc[subject.i + 1].text in (",", "--", "—", "–", "-"):
        # A dateline ("OSLO, May 3 (Wire) - X said", "OSLO -- X said") is no speaker: the person named before the verb is.
        people = [m for m in mentions if m.kind == "person" and m.end <= base + verb.idx]
        return Who(mention=people[-1] if people else None, blocked=not people)
    if subject.lower_ in PRONOUNS and (reporter := _reporter_before(subject, base, directory, publisher)) is not None:
        return Who(mention=reporter)
    if (named_off := _name_set_off_before(verb, subject)) is not None:
        people = [m for m in mentions_in(doc, base + named_off.start_char, base + named_off.end_char, base, directory, publisher)
                  if m.kind == "person"]
        if people:
            return Who(mention=people[-1])
    if holding and holding[0].kind == "outlet":
        # "TSN.ua said in a comment X": the outlet relays; the person after the verb speaks.
        people = [m for m in named_after if m.kind == "person"]
        if people:
            return Who(mention=people[0], relay=holding[0])
    described = [c for c in subject.children if c.dep_ == "appos"] + [  # (or the description the parser made the subject)
        c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i and getattr(_name_before_description(verb, c), "i", None) == subject.i]
    if holding and holding[0].kind == "person" and any(
            c.lemma_.lower() in role_words().company_nouns | role_words().organisation_heads for c in described):
        # "Elisa, a Finnish telecoms operator, said", "Naftohaz Zakhid, a subsidiary operating ..., announced": a name
        # its appositive says is a company
        return Who(mention=replace(holding[0], kind="organisation"))
    if holding:
        return Who(mention=holding[0])
    if subject.lower_ in PRONOUNS:
        return Who(mention=next((m for m in mentions if m.kind == "pronoun"), None))
    if (subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and (subject.lower_ in role_words().roles or _plural_role(subject))) \
            and is_role_word(subject):
        # (not the owner of the role: "Putin's spokesman", "the minister's deputy" speak for themselves)
        owners = [base + t.idx for c in subject.children if c.dep_ == "poss" for t in c.subtree]
        people = [m for m in people_among(mentions, doc, base) if not any(m.start <= at < m.end for at in owners)]
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                      and c.ent_type_ not in ("PERSON", "DATE", "GPE", "LOC", "NORP")), None)
        if not people and named is not None and subject.lemma_.lower() in people_nouns() | role_words().source_nouns:
            # "Her daughter, Oksana, said", "the popular blogger Rybar claimed": the name set off after a people noun is
            # theirs, whatever the recogniser took a lone name for
            name = doc[named.left_edge.i : named.i + 1]
            return Who(mention=Mention(base + name.start_char, base + name.end_char, name.text, "person"))
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "amod", "quantmod")}
        # "A spokesperson for X said": someone unnamed who serves X, not X (but "Another expert, X, said": X); "One
        # woman, a teacher from X, said": X is where she is from
        served = [base + t.idx for h in (subject, *(a for a in subject.children if a.dep_ == "appos"))
                  for c in h.children if c.dep_ == "prep" for t in c.subtree]
        # ("A spokesman for the ministry (of X), Gleb M., denied": a name set off after the phrase, in apposition to no
        # person or role, is the spokesman's)
        set_off = bool(people) and _set_off_name(doc, people[-1], base, served)
        if people and determiners & _INDEFINITE and served and min(served) <= people[-1].start and not set_off:
            people = []
        if any(c.dep_ == "det" for c in subject.children):
            people = [m for m in people if m.start > base + subject.idx]  # "The Moldovan president": no Mr Moldovan
        if people and subject.tag_ not in ("NNS", "NNPS"):
            return Who(mention=people[-1])  # "Former ambassador to X Roman B. warned" (but "Goldman Sachs analysts" are many)
        its = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "its" and c.idx == start), None)
        if subject.tag_ in ("NNS", "NNPS") or determiners & _INDEFINITE or its is not None \
                or subject.lemma_.lower() in role_words().source_nouns and not determiners & {"the", "this", "that"}:
            # (an outlet's too: "Nezavisimaya Gazeta says ... Its correspondent reports ...")
            bodies = [m for m in mentions_in(doc, base, base + start, base, directory, publisher) if m.kind in ("organisation", "outlet")] \
                if its else []
            if its is not None and bodies:
                # "Consultancy X forecast ... Its analysts expect ...": the analysts of the body named just before
                rest = doc_text(doc)[its.idx + len(its.text) : end].strip()
                return Who(unnamed=f"{bodies[-1].text} {rest}", role=subject.lemma_.lower())
            return Who(unnamed=_as_name(doc, start, end), role=subject.lemma_.lower())
        titles = [m for m in mentions if m.kind == "title"]
        if titles:
            return Who(mention=titles[0])
        # a role of several words is the role ("the chief of staff": not any "chief")
        role = next((r for r in role_words().roles if " " in r and text.lower().endswith(" " + r)), subject.lemma_.lower())
        return Who(description=text, role=role)
    titled = [m for m in mentions if m.kind == "title" and m.start <= at < m.end]
    if titled:
        return Who(mention=titled[0])  # a title the directory knows ("Holovkom")
    lemma = subject.lemma_.lower()
    if subject.pos_ == "NOUN" and subject.tag_ == "NNS" and (lemma in role_words().organisation_heads and any(
            c.dep_ == "prep" for c in subject.children) or lemma in role_words().company_nouns and any(
            c.dep_ in ("compound", "amod") for c in subject.children)) and not any(m.start <= at < m.end for m in mentions):
        # "dock unions in Norland", "pipeline operators": bodies the article does not name, not the place or the
        # name before them (bare "companies" are too vague to speak)
        return Who(unnamed=_as_name(doc, start, end), role=lemma)
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and lemma in role_words().company_nouns and any(
            c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in subject.children) \
            and not any(m.start <= at < m.end for m in mentions):
        # "said one tour operator", "a shipping company said": a firm the writer leaves unnamed
        return Who(unnamed=_as_name(doc, start, end), role=lemma)
    if subject.lower_ == "old" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and any(
            c.lemma_.lower() == "year" and any(g.like_num for g in c.children) for c in subject.children):
        # '"...," says the 58-year-old': a person described by age, as by a role (the one the text is about)
        return Who(description=text, role="year-old")
    if subject.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        holders = [m for m in mentions if m.kind == "person" and base + subject.idx < m.start and m.end <= base + subject.right_edge.idx
                + len(subject.right_edge)]
        if holders:
            return Who(mention=holders[-1])  # "The Bashkan of Gagauzia Irina V. stated": a title of a place, then its holder
    # A singular name the recogniser took for a nationality ("Zhdanov believes") is still a name; "Ukrainians" is not.
    nationality = subject.ent_type_ == "NORP" and (subject.tag_ != "NNP" or any(c.dep_ in ("det", "nummod", "amod") for c in subject.children))
    kind_noun = subject.lower_ in role_words().organisation_heads and [c.lower_ for c in subject.children] == ["the"]  # ("The Fund expects": a body by the noun of its kind)
    if subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.ent_type_ not in ("LOC", "DATE") and not nationality \
            and not kind_noun:
        # The subject's own name, untagged ("Kovalenko, a member of the X
        # Committee, said"): never a name inside its appositive. A lone word
        # is left to the speakers table (a surname of the article's people,
        # or an organisation).
        names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subject.i]
        # (a double-barrelled surname is one name: "Spinu-Lazar said")
        first = names[0] if names and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" and not t.whitespace_ for t in doc[names[0].i : subject.i]) \
            else subject
        span = doc[first.i : subject.i + 1]
        ranks = [t.i for t in span if t.lower_ in role_words().roles or t.lower_.strip(".-") in role_words().honorifics
                 or t.lower_ in role_words().company_nouns and t.i < subject.i]
        if ranks:
            span = doc[ranks[-1] + 1 : subject.i + 1]  # "Dallas Fed President Olena K." -> Olena K.; "Lender Nordbank"
        particles = span.start
        while particles > 0 and doc[particles - 1].text in role_words().name_particles:
            particles -= 1  # "de Waal writes": a family name with its particle is a person's
        kind: MentionKind = "person" if len(span) >= 2 and looks_like_person(span) or particles < span.start else "organisation"
        span = doc[particles : span.end]
        return Who(mention=Mention(base + span.start_char, base + span.end_char, span.text, kind))
    share = doc.char_span(start, end, alignment_mode="expand") if subject.pos_ == "NOUN" and lemma in _SHARES else None
    if share is not None and (unnamed := unnamed_source(share)):
        return Who(unnamed=unnamed, role=lemma)  # "a majority of respondents forecast": a share of a group of sources
    body = named_body(subject, doc, base)
    if body is not None:
        return Who(mention=body)
    if owned_body(subject) and mentions and all(m.start > base + subject.idx for m in mentions):
        # "the health ministry of Moldova said": a body the article names by its owner, not the owner
        return Who(description=text, role=lemma)
    mention = choose_speaker(mentions, base + verb.idx)
    if mention is None:
        # A dateline or a fronted phrase took the subject slot ("LONDON, Oct 27
        # - X said"): the person named nearest before the verb speaks.
        between = mentions_in(doc, base + start, base + verb.idx, base, directory, publisher)
        people = [m for m in between if m.kind == "person"]
        mention = people[-1] if people else None
    if mention is None and (subject.pos_ == "PROPN" or subject.pos_ == "ADJ" and subject.dep_ == "nsubj" and not subject.n_lefts + subject.n_rights
                            and not nationality_shaped(subject.text)) \
            and subject.text[:1].isupper() and subject.ent_type_ not in ("LOC", "NORP", "DATE") and not kind_noun:
        # A lone name the model left untagged ("Kovalenko told reporters", "Kyiv fears that ...", "Kyiv" read as an
        # adjective): the article's speakers table decides whether it is a person's surname.
        mention = Mention(base + subject.idx, base + subject.idx + len(subject.text), subject.text, "organisation")
    if mention is None and subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "another" for c in subject.children):
        return Who(unnamed=_as_name(doc, start, end), role=lemma)  # "Another channel said": not the one that spoke before
    words = role_words()
    if mention is None and subject.pos_ == "NOUN" and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in subject.children) \
            and not (lemma in _authored_nouns() | words.organisation_heads | words.company_nouns | words.outlet_nouns | words.institution_nouns
                     and any(c.dep_ in ("prep", "poss") for c in subject.children)) \
            and subject.ent_type_ not in ("ORDINAL", "CARDINAL") and lemma not in _SHARES:  # ("A third said": one more of a kind)
        # "A senior inspector who asked not to be named said", "an engineer told": someone the writer introduces without
        # a name, whatever the noun (the lexicons cannot list every trade)
        return Who(unnamed=_as_name(doc, start, end), role=lemma)
    return Who(mention=mention, description=None if mention else text)
