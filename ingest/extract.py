"""Turn a Source into attributed claims: the pipeline chaining every stage.

read (ingest.read) -> paragraphs (ingest.layout) -> spaCy, piped in batches
(ingest.nlp) -> quotations (ingest.quotes) and cues (ingest.cues) -> content
(ingest.contents) and speaker mentions (ingest.mentions, ingest.speakers) ->
identities and pronouns/titles (ingest.identities, ingest.coref) -> continuation of a
speaker's paraphrase -> predictions (ingest.predictions) -> records.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graph.model import Claim, Entity, Extraction, Source, claim_id, entity_id
from ingest.clauses import unanswered, writers_voice
from ingest.contents import (
    has_clause,
    has_subject_infinitive,
    phrase_content,
    timed_object_verbs,
    trim,
    verb_content,
    warned_of,
)
from ingest.coref import asker, description_owner, is_asker, last_person, may_be, other_portfolio, resolve_description
from ingest.cues import (
    Cue,
    adjective_of,
    as_clause,
    cue_lexicon,
    find_cues,
    passive_agent,
    points_back,
    put_chance,
    reports_alone,
    verb_cue,
)
from ingest.datelines import after_dateline
from ingest.events import link_paragraphs, refers_as_it
from ingest.horizons import date_anchors
from ingest.identities import SpeakerEntry, SpeakerTable
from ingest.interviews import LabelledTurn, Turn, interview_blocks, labelled_blocks, qa_label
from ingest.layout import Paragraph, is_link_line, paragraphs
from ingest.lexicon import word_set
from ingest.markers import cue_has
from ingest.mentions import (
    DirectoryLike,
    Mention,
    MentionKind,
    body_descriptor_after,
    choose_speaker,
    descriptor_after,
    feminine_name,
    head_word,
    is_outlet,
    looks_like_person,
    mentions_in,
    personal_noun,
    role_words,
    strip_determiner,
)
from ingest.predictions import answers_a_forecast, as_predictions, detect_predictions
from ingest.quotes import Quote, find_quotes
from ingest.read import body_start
from ingest.said_when import said_when
from ingest.speakers import (
    Who,
    doubled_subject_frame,
    is_role_word,
    named_body,
    owned_body,
    people_among,
    people_nouns,
    relay_of,
    trailing_name,
    unnamed_source,
    who_said,
)

#: Confidence of an attribution by how the speaker was found (our scale).
CONFIDENCE = {"direct": 0.9, "indirect": 0.8, "resolved": 0.7, "inherited": 0.6, "continued": 0.55}
#: At most this many sentences of paraphrase between two attributions of one speaker.
MAX_CONTINUATION = 8
NO_DATE_NOTE = "no publication date: time expressions are kept as words and get no date window"
#: A one-line paragraph "Label: rest" (a headline naming who says what).
#: A label that ends in a word and a number ("Episode 12:", "Part 3:") heads an instalment: a name holds no number.
_NUMBERED = re.compile(r"\b[A-Z]\w*\s+\d+\s*:\Z")
_LABELLED = re.compile(r"\A(?P<label>[^:\n]{3,80}):\s+(?P<rest>[^\n]{10,})\Z")


@cache
def _sentence_end() -> re.Pattern[str]:
    """A sentence's end before a quotation or a capital, but not an honorific's or an initial's dot ("Mr. Lind")."""
    abbreviations = "".join(rf"(?<!\b(?i:{re.escape(h)}))" for h in sorted(role_words().honorifics))
    return re.compile(r"(?:[!?…]|(?<!\b[A-Z])" + abbreviations + r"\.)(?:[\"”»’])?\s+(?=[\"“«A-Z])")


_NAMED = ("person", "organisation", "title")
#: "a Nordwire poll (of ...)", "the latest Kestrel Institute survey": a document with its owner's name before it.
_OWNED_DOCUMENT = re.compile(r"(?:a|an|the)\s+(?:(?:new|latest|recent|monthly|annual|quarterly|weekly)\s+)?"
                             r"(?:(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?P<noun>[a-z]+)\b"
                             r"|(?P<noun2>[a-z]+)\s+(?:by|from)\s+(?:the\s+)?(?P<owner2>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s*\Z)")
#: "a poll of 20 analysts", "a survey of economists": a document and the people it asked.
_SURVEY_OF = re.compile(r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+(?:(?:more\s+than|about|some|over|nearly)\s+)?"
                        r"(?:\d[\d,]*\s+|[a-z]+\s+)?(?P<people>[a-z-]+)\s*\Z", re.IGNORECASE)
#: "a statement from the presidential office", "the report by the defence ministry": a document and who issued it.
_ISSUED_BY = re.compile(r"(?:a|an|the)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+(?:from|by|of)\s+(?P<body>the\s+[^,;]+?)\s*\Z", re.IGNORECASE)
#: "a summary of the discussion published by the central bank on Monday", "an analysis published on Sunday by X": a
#: document and the body that published it.
_PUBLISHED_BY = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+of\s+[^,;]+?)?,?\s+(?:published|released|issued|"
                           r"prepared|compiled|presented|commissioned|conducted|produced)(?:\s+(?:on|in|last|this|early|late)\s+\w+)?"
                           r"\s+by\s+(?P<body>.+?)(?:\s+(?:on|in|last|this)\s+\w+)?\s*\Z")
#: "the central bank's baseline scenario", "the bank's updated macroeconomic forecast": a document and its owner,
#: before the possessive.
_OWNERS_DOCUMENT = re.compile(r"(?P<body>the\s+[^,;']+?)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)\s*\Z", re.IGNORECASE)
#: Words that keep a source anonymous ("speaking on condition of anonymity", "who asked not to be named").
_ANONYMOUS = re.compile(r"\banonymity\b|\banonymous(?:ly)?\b|\bnot\s+(?:to\s+)?be\s+(?:named|identified|quoted)\b|"
                        r"\bnot\s+authori[sz]ed\b|\bdeclined\s+to\s+be\s+(?:named|identified)\b", re.IGNORECASE)
#: "the accused man's mother", "a soldier's widow": a people noun owned by a lower-case noun phrase.
_KIN_OF = re.compile(r"(?:the|a|an)\s+(?-i:(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:'s|’s)\s+(?P<who>[\w\s-]+)$", re.IGNORECASE)


#: "Another", "a third", "the other": one more of the unnamed sources just quoted.
_ANOTHER = re.compile(r"(?:another|a\s+(?:second|third|fourth|fifth)|the\s+other|one\s+more)", re.IGNORECASE)
#: Words for any body, used of one just named ("the organisation", "the group"): a hypernym, not part of its name.
_GENERIC_BODIES = word_set("sources", "generic_bodies")


def _one_person(words: str) -> bool:
    """True for the words of an unnamed source that name one person ("a bus driver", "the accused man's mother",
    "one official"), not a group or a body ("officials", "the ministry")."""
    lowered = words.lower().split()
    # (the noun before what describes it: "one trader at a trading house", "a spokesman for the patriarch")
    head = head_word(re.split(r"\s+(?:at|for|of|in|from|with|on|familiar|close|who|whose|that)\s|,", words, maxsplit=1)[0])
    if not lowered or not (lowered[0] in ("a", "an", "one", "the", "another") or any(w.endswith(("'s", "’s")) for w in lowered)):
        return False
    return not head.endswith("s") and (head in role_words().roles or _knows(head))


def _unnamed_one(entry: SpeakerEntry) -> bool:
    """True for an unnamed source that is one person ("a bus driver", "the mayor of Lviv"): "he" or "she" may be it."""
    return entry.kind == "unnamed" and _one_person(entry.name)


def _office_lead(description: str) -> str:
    """The words of a description before what the office is of, for or at ("the head of the regional administration"
    -> "head"), without the article."""
    return strip_determiner(re.split(r"\s+(?:of|for|at)\s+", description, maxsplit=1)[0])


def _knows(noun: str) -> bool:
    """True for a people or source noun, singular or plural ("neighbour", "lawyers"): someone a "his"/"her" before it
    relates to a person ("her neighbour said"), who is not that person."""
    return any(n in role_words().source_nouns or n in people_nouns() for n in (noun, noun[:-1] if noun.endswith("s") else noun))


#: ", published on Monday," after a prepositional cue's source: it describes the source, it is no content.
_PUBLISHED = re.compile(r",\s+(?:published|released|issued|conducted|carried\s+out|presented|updated)\b[^,]{0,60}?(?=,)")
#: ", which cited Y," / ", citing Y," after a prepositional cue's source: Y is who spoke.
_RELAYED = re.compile(r",\s+(?:(?:which|who)\s+(?:cited|quoted)|citing|quoting)\s+(?P<who>[^,]+?)(?=,)")
#: Cues that speak outright: what a noun no lexicon lists must do to be a source ("The airport said", not "The
#: paranoia found ...").
_SPEAKING = word_set("cues", "speaking_forms")
#: "a draft seen by Reuters", "a document obtained by the FT": a document and the outlet that saw it.
#: A document's noun phrase: "a draft", "the new indictment", "an internal memo".
_DOCUMENT_PHRASE = r"(?P<doc>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?P<noun>[\w-]+))"
#: "seen by", "reviewed by": what stands between a document and the outlet that saw it.
_SAW_BY = r"(?:seen|obtained|reviewed|viewed|examined)\s+by"
_SEEN_BY = re.compile(_DOCUMENT_PHRASE + r"\s+" + _SAW_BY + r"\s+(?P<relay>.+)$", re.IGNORECASE)
#: "two people familiar with the matter and internal documents reviewed by Reuters": people who speak, and documents
#: an outlet saw, which it relays.
_AND_DOCUMENTS_SEEN = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,2}?(?:documents|records|emails|files|papers|messages|minutes|memos)"
                                 r"\s+" + _SAW_BY + r"\s+(?P<relay>.+)$", re.IGNORECASE)
#: "seen by", "reviewed by the" right before an outlet's name.
_SAW = re.compile(r"\b" + _SAW_BY + r"\s+(?:the\s+)?$", re.IGNORECASE)
#: "an indictment filed with the county court", "a letter sent to the ministry": a document and where it went, which
#: receives it and says nothing.
_SENT_TO = re.compile(_DOCUMENT_PHRASE + r"\s+(?:filed|lodged|submitted|sent|addressed|presented)\s+(?:with|to|in|before)\s+.+$",
                      re.IGNORECASE)
#: At most this many sentences in the paragraph before one that opens with "X said this".
MAX_BACKWARD = 4


def _other_office(role: str, held: str) -> bool:
    """True when a description's office word ("president") names another office than the one a person
    was introduced with ("minister of defence") or a role that is no office ("chief economist"), or a
    description that names no office ("the economist") someone introduced with one ("Minister X"); "the
    official" or a synonym ("the chief" for a head) does not, nor a person introduced with no role."""
    words = role_words()
    role = role.lower()
    offices = [w for w in words.offices if re.search(rf"\b{re.escape(w)}\b", held.lower())]
    if role not in words.offices:
        # "the expert", "the analyst": a kind of speaker anyone may be described as, but not one introduced with an
        # office ("the chief economist" after "Minister Anna B." is someone else); "the official" may be anyone, "the
        # diplomat" anyone of a foreign ministry (the role's synonyms in the office held)
        if any(re.search(rf"\b{re.escape(w)}\b", held.lower()) for w in words.synonyms.get(role, ())):
            return False
        # One who held the office no longer ("a retired colonel", "a former minister") comments as "the expert".
        return bool(offices) and role != "official" and not re.search(r"\b(?:former|retired|ex-)", held.lower())
    if not offices:
        return bool(held.strip())  # introduced with a role that is no office ("chief economist"): not "the minister"
    return not any(role == w or role in words.synonyms.get(w, ()) for w in offices)


def _held(entry: SpeakerEntry) -> str:
    """The office a person was introduced with, and the body it is of ("spokeswoman", "Foreign Ministry")."""
    return " ".join(w for w in (entry.role, entry.affiliation) if w)


def _phrase_to_end(doc: Doc, base: int, cue: Cue, hi: int) -> int | None:
    """Return where a prepositional cue's noun phrase ends when it runs to the end of its sentence (at *hi*, less
    the final punctuation) and holds the comma the speaker's words were cut at: "..., according to an analysis by
    X, a former aide now at Y, whose conclusions Z shared." names X and states nothing after it."""
    words = doc.char_span(cue.start - base, cue.end - base, alignment_mode="expand")
    if words is None:
        return None
    objects = [c for c in words[-1].children if c.dep_ == "pobj"]
    if not objects:
        return None
    last = objects[0].right_edge
    end = base + last.idx + len(last)
    rest = doc.text[end - base : hi - base].strip()
    if end <= cue.speaker_end or rest.strip(".!?\"”’»)"):
        return None
    # What follows the cut must describe the noun phrase (an appositive, a relative clause or a participle on it), not be
    # a clause the parser hung on it ("according to X, whatever the cost, it is ...")
    after = next((t for t in doc[words.end :] if t.idx >= cue.speaker_end - base and not t.is_punct), None)
    if after is None:
        return None
    node = after
    while node.head.i != node.i and not objects[0].left_edge.i <= node.head.i < after.i:
        node = node.head
    describes = (node.dep_ == "appos" and after.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                 or node.dep_ == "relcl" and after.lower_ in ("who", "whom", "whose", "which", "that")
                 or node.dep_ == "acl" and after.tag_ in ("VBN", "VBG"))
    return end if describes else None


def _titled(doc: Doc, base: int, mention: Mention) -> bool:
    """True when a role or an honorific stands right before *mention* ("Mayor Berg", "Dr. Berg"): a person's name."""
    span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1].lower_.strip(".")
    return before in role_words().roles or before in role_words().honorifics


@dataclass
class _Candidate:
    """A claim before its speaker is resolved."""

    start: int
    end: int
    paragraph: int
    direct: bool
    cue: str | None
    mention: Mention | None
    description: str | None = None
    confidence: float = CONFIDENCE["indirect"]
    inherit: bool = False
    group: int = 0
    pieces: list[tuple[int, int]] = field(default_factory=list)
    entry: SpeakerEntry | None = None
    # Spans for auditing (see Claim): the cue, the speaker's words when no
    # Mention names them (a description), the mention a speaker resolved to.
    cue_span: tuple[int, int] | None = None
    said_by: tuple[int, int] | None = None
    antecedent: tuple[int, int] | None = None
    unnamed: str | None = None
    """The words of an unnamed source ("officials")."""
    role: str | None = None
    """The role word of a description or unnamed source ("spokesperson")."""
    relay: tuple[int, int] | None = None
    """Where the outlet or organisation that relays the claim is named (see Claim.via)."""
    plural: bool = False
    """Said by "they": only a group or body that spoke just before, in the paragraph, may be its speaker."""
    body: bool = False
    """Said by "it" with no body before it in its paragraph: the body the sentences just before are about, or the
    body that spoke last (``_it_body``)."""

    def take(self, who: Who) -> None:
        """Set the speaker fields from what ``who_said`` found."""
        self.mention, self.description, self.unnamed, self.role = who.mention, who.description, who.unnamed, who.role
        if self.description is not None:  # ('"...," the letter says': the quotation's closing mark the parser hung on it)
            self.description = self.description.lstrip("\"“”«»’ ") or None
        if who.relay is not None:
            self.relay = (who.relay.start, who.relay.end)


#: What may stand before a report's cue in its frame: an article and capitalised words (a title, a name, a body's name).
_NAMED_FRAME = re.compile(r"[\"“«]?(?:(?:the|a|an|[A-Z][\w.'’-]*)\s+){0,6}")


#: The words before an interviewer's name in an interview's lead ("gave an interview to X", "spoke with X", "told X").
_GIVEN_TO = re.compile(r"\b(?:to|with|told)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _whole_report(text: str, outer: _Candidate, inner: _Candidate) -> bool:
    """True when ``outer``'s content is ``inner``'s report and nothing else, frame first ("[Mayor X said that A], Y
    reported", "[The Harbour Ministry said A], the agency reported"), not a report inside words of the writer's ("[The
    statement referenced the impact it said A would have]")."""
    assert inner.cue_span is not None
    starts = [inner.cue_span[0], *(s[0] for s in (inner.said_by,) if s is not None)]
    if inner.mention is not None:
        starts.append(inner.mention.start)
    before = text[outer.start : min(starts)]
    return _NAMED_FRAME.fullmatch(before) is not None and outer.end - inner.end <= 2


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    skip: bool  # a question, a fragment, or attributed to someone else
    span: Span  # the sentence in its paragraph's doc
    fragment: bool = False  # skipped only for having no finite verb (a dateline, a verbless clause)


def _subordinate(token: Token) -> bool:
    """Return True when ``token`` stands in a relative clause, a clause opened by a conjunction ("when X
    signalled") or a reported clause, rather than in its sentence's main clause."""
    while token.dep_ != "ROOT" and token.head.i != token.i:
        if token.dep_ in ("relcl", "ccomp") or token.dep_ == "advcl" and any(
                c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in token.children):
            return True
        token = token.head
    return False


#: Nouns for a person's own group, whose doings are told of that person ("Orlovs's faction walked out").
_GROUP_NOUNS = word_set("sources", "group_nouns")


def _documents(word: str) -> bool:
    """True for the plural of a document noun ("polls", "reports")."""
    return word.endswith("s") and word[:-1] in role_words().document_nouns


def _asked_or_supposed(verb: Token) -> bool:
    """True when a reporting verb stands in a clause opened by "whether" or "if" that another verb governs ("declined
    to say whether investigators believed A", "asked if officials expected A"): a report asked about or supposed,
    which no one made."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ in ("ccomp", "xcomp", "advcl") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return True
        if clause.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
    return False


def _about_someone(sentence: Span, names: set[str]) -> bool:
    """Return True when the sentence's subject is a person ("He flew to Oslo",
    "Kask met the mayor", "The minister also visited the port").

    Such a sentence tells what someone did: the writer's narration, never a
    continuation of what the previous speaker said. ``names`` holds the
    lower-cased words of the article's speaker names.
    """
    for token in sentence.root.children:
        if token.dep_ in ("nsubj", "nsubjpass"):
            if token.lower_ in ("he", "she") or token.ent_type_ == "PERSON" or token.lower_ in names:
                return True
            if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP", "ORG"):
                return True
            # ("the general shook his head": a role word the tagger read as an adjective, with its article)
            if (token.pos_ == "NOUN" and token.tag_ == "NN" or token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)) \
                    and is_role_word(token):
                return True
            if token.tag_ == "NNS" and token.lemma_.lower() in role_words().roles:
                return True  # "The two leaders differed on ...": office holders the writer tells of
            if any(c.dep_ == "poss" and (c.pos_ == "PROPN" and (c.lower_ in names or c.ent_type_ == "PERSON") or c.lower_ in ("his", "her"))
                   for c in token.children):
                return True  # "Kask's forecast rests on ...", "his voice drops": the writer describes the person
    return False


def _person_or_body(named: list[Mention]) -> Mention | None:
    """The first person of *named*, else its first organisation (a label or signature names one)."""
    return next((m for m in named if m.kind == "person"), None) or next((m for m in named if m.kind == "organisation"), None)


def _other_report(span: Span) -> int | None:
    """Return where another speaker's report joined to ``span``'s clause begins ("A, but Y insisted that B":
    the comma before "but"), or None: a reporting verb with a subject of its own, a conjunct after a comma
    and "and", "but" or "while"."""
    verbs = cue_lexicon().verbs
    for t in span:
        if t.dep_ == "conj" and t.lemma_.lower() in verbs and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children):
            cc = next((c for c in (*t.head.children, *t.children) if c.dep_ == "cc" and c.i < t.i
                       and c.lower_ in ("and", "but", "while")), None)
            if cc is not None and cc.i > span.start and span.doc[cc.i - 1].text == ",":
                return cc.i - 1
    return None


def _own_clause(piece: Span) -> bool:
    """True when ``piece`` holds a finite verb that no word of it governs: a clause of the sentence ("According
    to X, the senator had a lead, but ..."), not an appositive whose relative clause has one ("X, an aide who
    served under Y, ...")."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and (t.head.i == t.i or not piece.start <= t.head.i < piece.end) for t in piece)


def _word_count(span: Span) -> int:
    """The words of ``span``, a contraction's clitic counted as the word it stands for ("We're close": three)."""
    return sum(t.is_alpha or t.text[:1] in "'’" and t.text[1:].replace("’", "'").isalpha() or t.lower_ in ("n't", "n’t") for t in span)


def _person_role(role: str | None) -> str | None:
    """The role of a description that may stand for a person: none for a body's noun ("the regulator", "the operator")."""
    return role if role not in role_words().company_nouns else None


def _split_by_frame(doc: Doc, base: int, lo: int, cue_start: int, content: tuple[int, int]) -> bool:
    """True when the words before a prepositional frame are the subject of the clause after it ("The offensive,
    according to X, has stalled because ..."), not a clause or a connective of their own."""
    before = doc.char_span(lo - base, cue_start - base, alignment_mode="contract")
    after = doc.char_span(content[0] - base, content[1] - base, alignment_mode="expand")
    if before is None or after is None or len(before) < 2 or before[-1].text != "," or any(t.pos_ in ("VERB", "AUX") for t in before):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and before.start <= c.i < before.end - 1 and c.head.i >= after.start
               for t in after for c in t.children)


def _as_frame(doc: Doc, base: int, cue: tuple[int, int]) -> bool:
    """True for a cue that heads an "as" clause framing its sentence ("As Nordwire reported, ...",
    "As reported by X, ...")."""
    words = doc.char_span(cue[0] - base, cue[1] - base, alignment_mode="expand")
    return words is not None and len(words) > 0 and as_clause(words[0])


def _singular(noun: str) -> str:
    """Return a plural noun's singular, as far as its ending tells ("ministries" -> "ministry", "banks" -> "bank")."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun


def _lower_article(description: str) -> str:
    """Return a description with its opening article in lower case ("The finance minister" -> "the finance minister",
    "A senior officer" -> "a senior officer")."""
    return re.sub(r"^(The|An?|Another)\b", lambda m: m.group(1).lower(), description)


def _other_voice(sentence: Span) -> bool:
    """Return True when the sentence is about a named organisation or a document, or reports an anonymous view.

    "The central bank did not raise rates in May" tells what an institution
    did, "The survey covered 50 firms" what a document is, and "A hike is
    widely expected" reports nobody in particular: none continues the
    paraphrase of the speaker around them.
    """
    for token in sentence.root.children:
        if token.dep_ in ("nsubj", "nsubjpass") and token.ent_type_ == "ORG":
            return True
        if token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in role_words().document_nouns:
            return True  # "The poll, run by X, covered 50 firms": what the document is, not what it says
    root = sentence.root
    return root.tag_ == "VBN" and root.lemma_.lower() in cue_lexicon().verbs and any(
        c.dep_ == "auxpass" for c in root.children) and not any(c.dep_ == "agent" for c in root.children)


def _default_directory() -> DirectoryLike:
    from ingest.directory import load_directory

    return load_directory()


def _tokens(doc: Doc, base: int, lo: int, hi: int) -> list:
    return [t for t in doc if lo <= base + t.idx < hi]


def _span(doc: Doc, base: int, lo: int, hi: int) -> Span | None:
    return doc.char_span(lo - base, hi - base, alignment_mode="expand")


class _Spans:
    """Claims (anything with ``start`` and ``end``) indexed by position, to find those touching a range."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[_Candidate] = []
        self.longest = 0

    def add(self, item: _Candidate) -> None:
        at = bisect.bisect_right(self.starts, item.start)
        self.starts.insert(at, item.start)
        self.items.insert(at, item)
        self.longest = max(self.longest, item.end - item.start)

    def touching(self, start: int, end: int) -> list[_Candidate]:
        """Return the items that overlap or touch ``[start, end]``, in position order."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_right(self.starts, end)
        return [c for c in self.items[lo:hi] if c.end >= start]


def _frame_cue(cue: Token, base: int) -> tuple[str, tuple[int, int]]:
    """The words of a quotation's frame verb as the cue (with its particle or preposition: "pointed out") and where
    they stand in the source."""
    found = verb_cue(cue, base)
    if found is None:
        return cue.text, (base + cue.idx, base + cue.idx + len(cue.text))
    return found.text, (found.start, found.end)


class _ArticleExtractor:
    """Extraction of one article; ``run`` returns its Extraction."""

    def __init__(self, source: Source, directory: DirectoryLike | None) -> None:
        self.source = source
        self.text = source.text
        self.directory = directory
        self.table = SpeakerTable(source.text, directory, source.id)
        self.candidates: list[_Candidate] = []
        self.sentences: list[_Sentence] = []
        self.docs: list[tuple[Paragraph, Doc]] = []
        self._starts: list[int] = []
        self._quotes: list[Quote] | None = None
        self._quote_order: list[int] | None = None
        self._quote_starts: list[int] = []
        self._genders: dict[tuple[str, str], bool] = {}  # (pronoun, person id) -> may it stand for them (see _may_be)
        self._paragraph_quotes: list[Quote] = []  # the quotations of the paragraph being read

    def quotes_in(self, quotes: list[Quote], paragraph: Paragraph) -> list[Quote]:
        """Return the quotes that start in ``paragraph``, in the order of ``quotes``."""
        if self._quote_order is None or self._quotes is not quotes:
            self._quotes = quotes
            self._quote_order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
            self._quote_starts = [quotes[i].start for i in self._quote_order]
        lo = bisect.bisect_left(self._quote_starts, paragraph.start)
        hi = bisect.bisect_left(self._quote_starts, paragraph.end)
        return [quotes[i] for i in sorted(self._quote_order[lo:hi])]

    # -- per paragraph ----------------------------------------------------
    def add_paragraph(self, index: int, paragraph: Paragraph, doc: Doc, quotes: list[Quote]) -> None:
        base = paragraph.start
        self.docs.append((paragraph, doc))
        self.table.learn_abbreviations(doc, base)
        if is_link_line(paragraph.text):
            return  # "Read also: X says ...": another article's headline states nothing here
        full: list[Quote] = []
        self._paragraph_quotes = quotes
        for number, quote in enumerate(quotes):
            span = _span(doc, base, quote.content_start, quote.content_end)
            if span is not None and has_clause(span) and _word_count(span) >= 3:  # ("Markets remain tight", "We're close")
                full.append(quote)
            elif span is not None and number + 1 < len(quotes) and self._split_by_cue(doc, base, quote, quotes[number + 1]):
                full.append(quote)  # '"With these figures," she says, "the plan works."': the first part of one quotation
            elif span is not None and number > 0 and quotes[number - 1] in full and self._split_by_cue(doc, base, quotes[number - 1], quote):
                full.append(quote)  # '"The question is not whether we act," she said, "but when."': the rest of one quotation
            elif span is not None and sum(t.is_alpha for t in span) >= 2 and number + 1 < len(quotes) \
                    and self._opens_sentence(paragraph, quote) \
                    and (frame := self._cue_in(doc, base, quote.end, quotes[number + 1].start, first=3)) is not None \
                    and frame.tag_ in ("VBD", "VBZ", "VBP"):
                # '"In Latvia, no," replied X. "You will see it in October."': a short answer with its own frame, which
                # the quotation after it continues
                full.append(quote)
            elif span is not None and answers_a_forecast(span):
                full.append(quote)  # 'Asked whether A would happen, X said: "Not this year."': a short answer states A's fate
        for quote in full:
            self._quote(index, paragraph, doc, quote, quotes)
        if index == 0:
            self._labelled_line(index, paragraph, doc)
        taken: list[_Candidate] = []
        for sentence in doc.sents:
            lo, hi = base + sentence.start_char, base + sentence.end_char
            inside_quote = any(q.content_start <= lo and hi <= q.end for q in full)
            question = sentence.text.rstrip().rstrip("\"”»’").endswith("?")
            attributed = False
            if not inside_quote and not question:
                for cue in find_cues(sentence, base):
                    if any(q.start <= cue.start < q.end for q in quotes):
                        continue  # a cue inside quoted words belongs to the quotation
                    outer = next((c for c in taken if c.start <= cue.start < c.end), None)
                    if outer is not None and outer.mention is None and not (outer.description or outer.unnamed):
                        # "Recall that earlier X said ...", "We recall that X said ...": a frame nobody is recorded for
                        # does not hold the report inside it
                        taken.remove(outer)
                        outer = None
                    before = next((c for c in taken if outer is None and cue.kind == "preposition" and c.end <= cue.start
                                   and not self.text[c.end : cue.start].strip(" ,\"”’»")), None)
                    if before is not None:
                        # "X expects A, according to a review by Y": where X's report comes from, not another report
                        source = trim(self.text, cue.speaker_start, cue.speaker_end)
                        if before.relay is None and source[1] > source[0]:
                            before.relay = source
                        continue
                    if outer is not None and cue.kind == "verb" and outer.cue_span is not None and outer.cue_span[1] <= cue.start \
                            and outer.mention is not None and outer.mention.kind == "pronoun" and outer.cue is not None \
                            and outer.cue.split()[0].lower() in ("in", "according"):
                        # "The port, in her view, will reopen in May, Novak said": the aside inside the report is its
                        # speaker's own ("her" is Novak), no report around the frame
                        inner = self._indirect(index, doc, base, sentence, cue)
                        if inner is not None and inner.start < outer.cue_span[0] and outer.cue_span[1] < inner.end \
                                and inner.mention is not None and inner.mention.kind != "pronoun":
                            self._audit(inner, (cue.start, cue.end), lo, hi)
                            if outer in self.candidates:
                                self.candidates.remove(outer)
                            taken[taken.index(outer)] = inner
                            self.candidates.append(inner)
                            continue
                    if outer is not None:
                        # A nested report: "X said that Y believes ..." stays X's claim
                        # (a person speaks for their institution), but an organisation
                        # or outlet that relays a named person ("the institute recalled
                        # that Y said ...") gives the claim to Y.
                        inner = self._indirect(index, doc, base, sentence, cue)
                        relays = outer.mention is not None and outer.mention.kind in ("organisation", "outlet") \
                            and not (outer.mention.kind == "organisation" and self.table.surname_of_person(outer.mention.text.strip()))
                        # (not "Varga said he expected ...": a surname the recogniser took for a body reports as a person)
                        named = inner is not None and (inner.unnamed or inner.mention is not None and inner.mention.kind in ("person", "pronoun"))
                        # "As Nordwire reported, the ministry said A": an "as" frame only relays what it frames
                        framing = outer.cue_span is not None and _as_frame(doc, base, outer.cue_span) and inner is not None \
                            and (inner.mention is not None or inner.unnamed or inner.description)
                        if inner is not None and (relays and named or framing):
                            owner = self._owner(doc, base, outer.mention) if inner.mention is not None \
                                and inner.mention.kind == "pronoun" and outer.mention is not None else None
                            if owner is not None:
                                inner.mention = owner  # "X's press service said he had ordered ...": "he" is X
                            self._audit(inner, (cue.start, cue.end), lo, hi)
                            if outer.mention is not None and outer.mention.end > outer.mention.start:
                                inner.relay = (outer.mention.start, outer.mention.end)  # "the institute recalled that X said"
                            if outer in self.candidates:
                                self.candidates.remove(outer)
                            taken[taken.index(outer)] = inner
                            self.candidates.append(inner)
                        continue
                    if cue.kind == "verb" and (points_back(doc[cue.token]) or reports_alone(doc[cue.token])):
                        candidate = self._backward(index, doc, base, sentence, cue)
                        attributed = True  # with or without words before it, a frame is never what someone said
                    else:
                        candidate = self._indirect(index, doc, base, sentence, cue)
                    own = cue.kind == "preposition" and re.match(r"(?:its|his|her|their)\b", self.text[cue.speaker_start:cue.speaker_end].strip(), re.IGNORECASE)
                    if candidate is not None and own and any(
                            t.cue_span is not None and candidate.start <= t.cue_span[0] and t.end <= candidate.end for t in taken):
                        # "The IMF expects A, according to its outlook": the source's own document frames a report
                        # that is already a claim, frame and all; the report's speaker holds it
                        continue
                    wrapped = next((c for c in taken if candidate is not None and candidate.start <= c.start and c.end <= candidate.end
                                    and c.cue_span is not None and candidate.start <= c.cue_span[0] < candidate.end), None)
                    if wrapped is not None and candidate is not None and cue.lemma not in cue_lexicon().relay_verbs \
                            and (candidate.unnamed or candidate.mention is not None and candidate.mention.kind == "person"
                                 or candidate.mention is None and candidate.description and candidate.role is not None):
                        # "Ukraine expects A, a senior official told Y": the report after the whole is its speaker's,
                        # the report inside it part of what they said (as "X said that Y believes")
                        taken.remove(wrapped)
                        if wrapped in self.candidates:
                            self.candidates.remove(wrapped)
                    framed = next((c for c in taken if candidate is not None and c.end <= candidate.start and c.cue_span is not None
                                   and candidate.start <= c.cue_span[0] < candidate.end), None) if wrapped is None else None
                    if wrapped is None and framed is not None and candidate is not None and candidate.mention is not None \
                            and candidate.mention.kind != "pronoun" and candidate.mention.end > candidate.mention.start:
                        # "A. // X said this in an update, Nordwire reports.": what the outlet reports is the frame of A,
                        # no statement of its own; it relays A
                        framed.relay = framed.relay or (candidate.mention.start, candidate.mention.end)
                        attributed = True
                        continue
                    elif wrapped is not None and candidate is not None and wrapped.cue_span is not None \
                            and (wrapped.end <= wrapped.cue_span[0] or cue.lemma in cue_lexicon().relay_verbs and _whole_report(self.text, candidate, wrapped)) \
                            and (relayed_by := self._relayed_by(candidate, cue, lo, wrapped.cue_span[0] < wrapped.start)) is not None:
                        # "A, X told reporters, Nordwire has learned", "X said A, BelTA reported", "..., the agency
                        # reported": the outlet after a whole report relays it
                        wrapped.relay = wrapped.relay or relayed_by
                        attributed = True
                        continue
                    if candidate is not None:
                        self._audit(candidate, (cue.start, cue.end), lo, hi)
                        attributed = True
                        taken.append(candidate)
                        if candidate.mention is not None or candidate.description or candidate.unnamed or candidate.plural or candidate.body:
                            self.candidates.append(candidate)
            fragment = not has_clause(sentence) or sum(t.is_alpha for t in sentence) < 4
            self.sentences.append(_Sentence(lo, hi, index, question or fragment or attributed or inside_quote, sentence,
                                            fragment and not (question or attributed or inside_quote)))

    def _subject(self, sentence: _Sentence) -> Mention | None:
        """Return the named person who is the subject of the sentence's main verb, if any."""
        span = sentence.span
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root]
        base = sentence.start - span.start_char
        people = [m for m in mentions_in(span.doc, sentence.start, sentence.end, base,
                                         self.directory, self.source.publisher) if m.kind == "person"]
        agent = passive_agent(span.root)
        if agent is not None:
            # "Such a view was expressed by the former head of X Olena K.": she is who the sentence is about
            first, last = base + agent.left_edge.idx, base + agent.right_edge.idx + len(agent.right_edge)
            named = [m for m in people if first <= m.start and m.end <= last]
            if named:
                return named[-1]
        if not subjects:
            return None
        for token in subjects:
            # "Her colleague Tatiana O. is ...": the name in apposition to the subject's noun is whom it is about
            heads = [token, *(c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
            # "Orlovs's faction walked out. Outside, he said": the person whose group the sentence is about
            heads += [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and token.pos_ == "NOUN"
                      and token.lemma_.lower() in _GROUP_NOUNS]
            if is_role_word(token):
                heads.append(token.right_edge)  # "Former head of the General Staff Ihor R. has ...": the name ending the role's phrase
            for mention in people:
                if any(mention.start <= base + t.idx < mention.end for t in heads):
                    return mention
            for owner in heads:
                # a surname alone, of a person the article named ("Berg's faction", "Berg was not convinced": the
                # recogniser may leave a lone surname untagged)
                if owner.dep_ == "poss" and any(e.kind == "person" and owner.text in e.name.split() for e in self.table.entries) \
                        or owner is token and token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG") and self.table.person_names_in_text(token.text):
                    return Mention(base + owner.idx, base + owner.idx + len(owner.text), owner.text, "person")
        return None

    def _cue_in(self, doc: Doc, base: int, lo: int, hi: int, first: int | None = None, main: bool = False) -> Token | None:
        """Return the first reporting verb (or '"...," X is sure' adjective) among the first ``first`` words of
        ``lo:hi``; with ``main``, the last one, of the main clause if it has one ("So when X signalled that ..., Y
        said, "...": the frame nearest the quotation, not a verb of a clause inside the frame)."""
        verbs = cue_lexicon().verbs
        words = [t for t in _tokens(doc, base, lo, hi) if not t.is_punct]
        # (not a participle that describes the speaker: '"...," the letter, published on Monday, says')
        cues = [t for t in (words[:first] if first else words)
                if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
                and not (t.tag_ == "VBN" and t.dep_ == "acl" and doc[t.i - 1].text == ",") or adjective_of(t) is not None]
        if main and cues:
            return ([t for t in cues if not _subordinate(t)] or cues)[-1]
        return cues[0] if cues else None

    def _cue_after_subject(self, doc: Doc, base: int, lo: int, hi: int, most: int = 16) -> Token | None:
        """Return a cue further than six words after a quotation when all the words before it are its
        subject: '"...," the deputy minister of defence Iryna Koval noted.' (a long title and a name)."""
        words = [t for t in _tokens(doc, base, lo, hi) if not t.is_punct]
        cue = self._cue_in(doc, base, lo, hi, first=most)
        if cue is None or not words:
            return None
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        frame = {cue.i}
        if not subjects and cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
            # '"...," one of the members was quoted as saying': the one quoted
            quoted = cue.head.head
            subjects = [c for c in quoted.children if c.dep_ == "nsubjpass"]
            frame |= {quoted.i, cue.head.i} | {c.i for c in quoted.children if c.dep_ == "auxpass"}
        before = [t for t in words if t.i < cue.i and t.i not in frame]
        return cue if subjects and before and all(any(t in s.subtree for s in subjects) for t in before) else None

    def _quote(self, index: int, paragraph: Paragraph, doc: Doc, quote: Quote, quotes: list[Quote]) -> None:
        base = paragraph.start
        later = [q.start for q in quotes if q.start >= quote.end]
        after_hi = min(later) if later else paragraph.end
        cut = _sentence_end().search(self.text, quote.end, after_hi)
        if cut:
            after_hi = cut.start() + 1
        earlier = [q.end for q in quotes if q.end <= quote.start]
        before_lo = max([paragraph.start, *earlier])
        for end in _sentence_end().finditer(self.text, before_lo, quote.start):
            before_lo = end.end()
        if self.text[before_lo : quote.start].strip() and re.match(r"[.!?…][\"”»’]+\s+[A-Z]", self.text[quote.content_end - 1 : quote.end + 2]):
            # 'X said the summit had shown that "the sea is no longer a side issue." He added ...': a quotation that ends
            # its sentence, inside the report it closes, has no frame after it
            after_hi = quote.end
            if self.text[quote.content_start : quote.content_start + 1].islower() and self._cue_in(doc, base, before_lo, quote.start) is not None:
                return  # ('said Kyiv aims to host three games, "if the security situation allows."': the end of the report)
        segment: tuple[int, int] | None = None
        cue = self._cue_in(doc, base, quote.end, after_hi, first=6) or self._cue_after_subject(doc, base, quote.end, after_hi) \
            or self._free_frame(doc, base, quote, after_hi)
        subject = {t.i for s in cue.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree} if cue is not None else set()
        if cue is not None and any(t.lower_ in ("and", "but", "or", "then", "while") and t.i not in subject
                                   for t in _tokens(doc, base, quote.end, base + cue.idx)):
            # 'told reporters that X "is not planning ..." and accused Y of ...': a verb of its own, no frame (but the
            # "and" of the speaker's title is the frame's: '"...," the firm's head of hull and war, Ian S., wrote')
            cue = None
        if cue is not None and cue.tag_ == "VBG" and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) \
                and self.text[quote.content_start : quote.content_start + 1].islower() \
                and not self.text[before_lo : quote.start].rstrip().endswith((":", ",")):
            # 'said he would accept the result "if the count is fair", adding that ...': the participle reports a clause
            # of its own; the quoted phrase belongs to the report it ends
            cue = None
        if cue is not None:
            segment = (quote.end, after_hi)
        else:
            before = self.text[before_lo : quote.start].rstrip()
            # "So when X signalled that ..., Y said, "...": the frame nearest the quotation
            cue = self._cue_in(doc, base, before_lo, quote.start, main=True)
            # (the frame's verb right before the quotation, 'X warned "..."'; not another word in -ed, 'would stay
            # closed "as long as ..."', where the quotation ends the reported clause)
            right_before = cue is not None and base + cue.idx + len(cue.text) == before_lo + len(before)
            if cue is not None and (before.endswith((":", ",")) or re.search(r"\b(?:that|says?|tells?)$", before) or right_before):
                segment = (before_lo, quote.start)
        opens, closes, direct = quote.content_start, quote.content_end, True
        if segment is not None and segment[0] == quote.end and (lead := self._lead_in(doc, base, before_lo, quote)) is not None:
            # 'The plan sends a message that the priority "is raising money," X said': the quotation ends a clause the
            # sentence began, which is the content, partly quoted (an indirect report)
            opens, direct = lead, False  # (``trim`` closes the quotation the clause opens)
        pieces = self._pieces(doc, base, opens, closes)
        candidate = _Candidate(opens, closes, index, direct, None, None,
                               confidence=CONFIDENCE["direct"], group=quote.group, pieces=pieces)
        if segment is not None and cue is not None:
            who = who_said(doc, cue, base, segment[0], segment[1], self.directory, self.source.publisher)
            if who.blocked:
                return
            candidate.cue, cue_at = _frame_cue(cue, base)
            candidate.take(who)
            if who.mention is None and who.description is None and who.unnamed is None:
                candidate.description = self._description(doc, base, *segment)
            self._audit(candidate, cue_at, *segment)
        elif (label := self._label(doc, base, before_lo, quote.start) or self._signature(doc, base, quote.end, paragraph.end)) is not None:
            candidate.mention = label  # 'Ivan Petrenko, analyst at the X Centre: "..."', '"..." ― Ivan Petrenko'
        elif quote.start == paragraph.start and self._colon_frame(index, candidate):
            pass  # ('X told our newspaper:' // '"..."': the frame that ends the paragraph before with a colon)
        elif self._opens_sentence(paragraph, quote):
            # A quotation that opens a sentence with no cue of its own
            # continues the speaker before it: the next paragraph of a long
            # quote, or a second quotation after '"...," X said.' (A quoted
            # phrase inside a sentence belongs to that sentence's report.)
            candidate.inherit = True
            candidate.confidence = CONFIDENCE["inherited"]
        self.candidates.append(candidate)

    def _colon_frame(self, index: int, candidate: _Candidate) -> bool:
        """Give ``candidate``, a quotation that opens paragraph ``index``, the speaker of the frame or label that ends
        the paragraph before with a colon ("X, a research fellow, told our newspaper:", "Military expert X:"); return
        whether there was one."""
        if index == 0:
            return False
        before, doc = self.docs[index - 1]
        text = self.text[before.start : before.end].rstrip()
        if not text.endswith(":") or before.is_heading:
            return False
        base, end = before.start, before.start + len(text)
        lo = max([base, *(m.end() for m in _sentence_end().finditer(self.text, base, end - 1))])
        cue = self._cue_in(doc, base, lo, end, main=True)
        if cue is not None:
            who = who_said(doc, cue, base, lo, end, self.directory, self.source.publisher)
            if who.blocked or who.mention is None and who.description is None and who.unnamed is None:
                return False
            candidate.cue, cue_at = _frame_cue(cue, base)
            candidate.take(who)
            self._audit(candidate, cue_at, lo, end)
            return True
        label = self._label(doc, base, lo, end)
        if label is None:
            return False
        candidate.mention = label
        return True

    def _free_frame(self, doc: Doc, base: int, quote: Quote, hi: int) -> Token | None:
        """Return the verb of a frame after a quotation set off by its comma when the verb is no reporting verb of
        the lexicon but the frame is nothing else: a past-tense verb and a person's name, in either order, and at
        most a descriptor after a comma ('"…," rejoiced Anna Berg, the chief economist at X.', '"…," Berg quipped.'),
        else None. Speech verbs are an open class ("rejoiced", "quipped", "fumed"); the shape says it is one."""
        closing = self.text[quote.content_end - 1 : quote.content_end] in (",", "!", "?") \
            or re.match(r"[\"”’»']*\s*,", self.text[quote.content_end : quote.end + 2]) is not None
        words = [t for t in _tokens(doc, base, quote.end, hi) if not t.is_punct or t.text == ","]
        if not closing or len(words) < 2:
            return None
        clause = words[: next((n for n, t in enumerate(words) if t.text == ","), len(words))]
        verbs = [t for t in clause if t.tag_ == "VBD"]
        names = [t for t in clause if t.ent_type_ == "PERSON"]
        if len(verbs) != 1 or not names or len(verbs) + len(names) != len(clause):
            return None
        verb = verbs[0]
        if verb.i not in (clause[0].i, clause[-1].i) or any(t.ent_iob_ == "B" for t in names[1:]):
            return None  # (the verb before or after one name, not inside it)
        return verb

    def _opens_sentence(self, paragraph: Paragraph, quote: Quote) -> bool:
        """True when ``quote`` opens its paragraph or a sentence of it (nothing of its own sentence before it)."""
        return quote.start == paragraph.start or re.search(r"[.!?…][\"”»’]?\s*$", self.text[paragraph.start : quote.start]) is not None

    def _lead_in(self, doc: Doc, base: int, lo: int, quote: Quote) -> int | None:
        """Return where the clause a quotation ends begins, when the quotation continues words before it in its
        sentence ("the top priority "is raising money""): it opens in lower case, the words before it (from *lo*)
        are at least two, end in no comma and hold no reporting verb of their own, and a comma closes it; else None."""
        first = self.text[quote.content_start:quote.content_start + 1]
        start, _ = trim(self.text, lo, quote.start)
        if not first.islower() or len(self.text[start:quote.start].split()) < 2 or self.text[start:quote.start].rstrip()[-1:] in ",;:":
            return None  # 'As the strike went on, "we will not give up," X said': a quotation of its own after a clause
        if not (self.text[quote.content_end - 1] == "," or re.match(r"[\"”’»']*\s*,", self.text[quote.content_end : quote.end + 2])):
            return None  # 'A cashier who "steals" is held accountable, X said': the clause goes on after the quotation
        if self._cue_in(doc, base, start, quote.start) is not None:
            return None  # 'Berg said the strike "will not end soon," adding ...': the frame before is the claim's
        return start

    def _labelled_line(self, index: int, paragraph: Paragraph, doc: Doc) -> None:
        """A title line "Name: <clause>" (a headline's convention, "Olena Kovalenko: the port will reopen in May") is
        that person's claim: the article's first paragraph, one sentence after a label that is a person's name
        (after role words, before a descriptor set off by a comma) and has no verb of its own."""
        line = _LABELLED.match(paragraph.text)
        if line is None or len(list(doc.sents)) > 2 or qa_label(line.group("label")) is not None:
            return  # ("QUESTION: ...": a transcript's question, no one's claim)
        base = paragraph.start
        person = self._label(doc, base, base, base + line.end("label") + 1)
        # (or a body that is the whole label, "Kremlin: ...", "NATO: ...", never a place: "Ukraine: ..." is a topic)
        body = person is not None and person.kind == "organisation" and person.start == base + line.start("label") \
            and person.end == base + line.end("label") and (person.record_id is not None or all(
                t.ent_type_ == "ORG" for t in doc.char_span(person.start - base, person.end - base, alignment_mode="expand") or ()))
        if person is None or person.kind != "person" and not body \
                or not re.fullmatch(r"\s*(?:,[^:]*)?", self.text[person.end : base + line.end("label")]):
            return  # "Obama on Climate Change: ...": a topic, not a speaker label
        lead = _span(doc, base, base, person.start) if person.start > base else None
        if lead is not None and not all(is_role_word(t) or t.pos_ in ("ADJ", "DET", "PROPN") and t.ent_type_ in ("", "NORP", "GPE", "ORG")
                                        for t in lead):
            return
        content = trim(self.text, base + line.start("rest"), base + line.end("rest"))
        span = _span(doc, base, *content)
        if span is None or not has_clause(span) or any(c.start >= content[0] and c.end <= content[1] for c in self.candidates):
            return
        candidate = _Candidate(content[0], content[1], index, False, None, person, confidence=CONFIDENCE["resolved"])
        self._audit(candidate, (person.end, person.end), base, base + len(paragraph.text))
        candidate.cue_span = None
        self.candidates.append(candidate)

    def _signature(self, doc: Doc, base: int, lo: int, hi: int) -> Mention | None:
        """Return the speaker a dash signs a quotation with at the end of its line ('"..." ― Ivan Petrenko, Kyiv', '"..." -
        Ivan Petrenko, on the talks.'), or None."""
        line = self.text[lo:hi].split("\n", 1)[0]
        # (a hyphen set off by spaces signs as a dash does: '"..." - Kremlin spokesman X, on the talks.')
        signed = re.match(r"\s*(?:[—―–]|-(?=\s))\s*(?P<who>\S[^\n]{0,80}?)\s*$", line)
        if signed is None:
            return None
        at = lo + signed.start("who")
        named = mentions_in(doc, at, lo + signed.end("who"), base, self.directory, self.source.publisher)
        return _person_or_body(named)

    def _label(self, doc: Doc, base: int, lo: int, hi: int) -> Mention | None:
        """Return the speaker a label before a colon names ('Ivan Petrenko, analyst at the X Centre: "..."'),
        or None: words with no verb of their own that name a person (else an organisation) and end in ":"."""
        before = self.text[lo:hi].rstrip()
        if not before.endswith(":") or _NUMBERED.search(before):
            return None
        span = _span(doc, base, lo, lo + len(before) - 1)
        if span is None or len(span) > 25 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
            return None
        named = mentions_in(doc, lo, lo + len(before) - 1, base, self.directory, self.source.publisher)
        return _person_or_body(named)

    def _split_by_cue(self, doc: Doc, base: int, quote: Quote, after: Quote) -> bool:
        """Return True when only a short cue ("," she says, ") separates ``quote`` from the quotation ``after``."""
        between = self.text[quote.end : after.start]
        if not re.fullmatch(r"\s*,?\s*[^.!?\"“”«»\n]{2,60},\s*", between) or not quote.closed:
            return False
        if not self.text[quote.content_start : quote.content_end].rstrip().endswith(","):
            return False  # the quoted words must break off at a comma, as one sentence split in two
        return self._cue_in(doc, base, quote.end, after.start) is not None

    def _relayed_by(self, candidate: _Candidate, cue: Cue, lo: int, framed_first: bool) -> tuple[int, int] | None:
        """Where the speaker of a frame that relays a whole report is named: its mention, or (a relay verb's after a
        report whose frame comes first, ``framed_first``) its description ("X said A, the agency reported"; but in
        '"A," the union wrote' the union wrote A), else None."""
        mention = candidate.mention
        if mention is not None:
            return (mention.start, mention.end) if mention.kind != "pronoun" and mention.end > mention.start else None
        if candidate.description and framed_first and cue.lemma in cue_lexicon().relay_verbs:
            at = self.text.rfind(candidate.description, lo, cue.start)
            return (at, at + len(candidate.description)) if at >= 0 else None
        return None

    def _audit(self, candidate: _Candidate, cue: tuple[int, int], lo: int, hi: int) -> None:
        """Record where a candidate's cue stands and, for a description, its words in ``lo:hi``."""
        candidate.cue_span = cue
        if candidate.plural and (they := list(re.finditer(r"\bthey\b", self.text[lo : cue[0]], re.IGNORECASE))):
            candidate.said_by = (lo + they[-1].start(), lo + they[-1].end())  # "They cautioned that ...": resolved in _resolve
        if candidate.body and (it := list(re.finditer(r"\bit\b", self.text[lo : cue[0]], re.IGNORECASE))):
            candidate.said_by = (lo + it[-1].start(), lo + it[-1].end())  # "A, it said": resolved in _resolve (_it_body)
        words = candidate.description or candidate.unnamed
        if candidate.mention is None and words:
            found = [m.start() for m in re.finditer(re.escape(words), self.text[lo:hi], re.IGNORECASE)]
            if found:
                at = lo + min(found, key=lambda a: abs(lo + a - cue[0]))
                candidate.said_by = (at, at + len(words))
            elif candidate.unnamed and (owned := self._its(words, lo, hi)) is not None:
                candidate.said_by, candidate.antecedent = owned  # "X forecast ... Its analysts expect": X's analysts
            else:
                # "Economists at X are more cautious. They expect ...": the pronoun, and the group it stands for
                # as written before (for "Some say", "some military analysts" is written "military analysts");
                # "The harbour board met. It warned ...": the body a description "it" stands for
                # ("fishermen, many of whom say ...": the group stands before the pronoun in its own sentence)
                reach = max(0, lo - 2000)
                first, _, rest = words.partition(" ")
                pronouns = r"they|it|others|" + re.escape(first) if candidate.unnamed else r"it"
                pronoun = list(re.finditer(r"\b(?:" + pronouns + r")\b", self.text[lo : cue[0]], re.IGNORECASE))
                at = lo + pronoun[-1].start() if pronoun else lo
                group = next((w for w in (words, rest, re.sub(r"^of the ", "", rest)) if w and re.search(re.escape(w), self.text[reach:at],
                                                                                                  re.IGNORECASE)), None)
                if pronoun and group:
                    candidate.said_by = (at, lo + pronoun[-1].end())
                    hit = list(re.finditer(re.escape(group), self.text[reach:at], re.IGNORECASE))[-1]
                    candidate.antecedent = (reach + hit.start(), reach + hit.end())

    def _its(self, words: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Return where "its <tail>" stands in ``lo:hi`` and where the body it stands for was named before, for
        an unnamed source named "<body> <tail>" ("Harbourline analysts" written "Its analysts"), else None."""
        split = words.split()
        for k in range(1, len(split)):
            hit = re.search(r"\b[Ii]ts\s+" + re.escape(" ".join(split[k:])) + r"\b", self.text[lo:hi])
            reach = max(0, lo - 2000)
            body = list(re.finditer(re.escape(" ".join(split[:k])), self.text[reach:lo])) if hit else []
            if hit and body:
                return (lo + hit.start(), lo + hit.end()), (reach + body[-1].start(), reach + body[-1].end())
        return None

    def _where_named(self, entry: SpeakerEntry, before: int) -> tuple[int, int] | None:
        """Return the last place before ``before`` where ``entry`` is named, or None."""
        names = {entry.name, *entry.names}
        if entry.kind == "person" and len(entry.name.split()) > 1:
            names.add(entry.name.split()[-1])
        names = {n for n in names if len(n) >= 3}
        if not names:
            return None
        pattern = r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
        base = body_start(self.text)
        hits = list(re.finditer(pattern, self.text[base:before]))
        return (base + hits[-1].start(), base + hits[-1].end()) if hits else None

    @staticmethod
    def _spoken_at(candidate: _Candidate) -> tuple[int, int] | None:
        """Return where a resolved candidate's speaker is named: its mention, else what that resolved to."""
        mention = candidate.mention
        if mention is not None and mention.kind in ("person", "organisation", "outlet") and mention.end > mention.start:
            return mention.start, mention.end
        if candidate.unnamed and candidate.said_by is not None and candidate.antecedent is None:
            return candidate.said_by  # an unnamed source's own words ("according to the officials")
        return candidate.antecedent

    def _description(self, doc: Doc, base: int, lo: int, hi: int) -> str | None:
        for chunk in doc.noun_chunks:
            if lo <= base + chunk.start_char < hi and chunk[0].lower_ == "the":
                return chunk.text
        return None

    def _pieces(self, doc: Doc, base: int, lo: int, hi: int) -> list[tuple[int, int]]:
        starts = [base + t.idx for t in doc if t.is_sent_start and lo < base + t.idx < hi]
        bounds = [lo, *starts, hi]
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            a, b = trim(self.text, a, b)
            if len(self.text[a:b].split()) >= 2:
                pieces.append((a, b))
        return pieces or [(lo, hi)]

    def _backward(self, index: int, doc: Doc, base: int, sentence: Span, cue: Cue) -> _Candidate | None:
        """Return the claim of a cue that reports the sentences before it, or None.

        "<statement>. <statement>. X said this on TV." (also "X made
        statements to this effect", "X said to the newspaper."): the run of
        unattributed sentences just before the cue in its paragraph is the
        content. An explicit anaphor ("this") that opens its paragraph
        reports the whole paragraph before (when nothing in it is attributed).
        """
        verb = doc[cue.token]
        lo = base + sentence.start_char
        mine = [s for s in self.sentences if s.paragraph == index and s.end <= lo]
        anaphor = points_back(verb)
        leads = self._leads(mine[-1:] if mine else [s for s in self.sentences if s.paragraph == index - 1][-1:], sentence.text) \
            if anaphor else []
        run: list[_Sentence] = []
        for earlier in reversed(mine):
            if earlier.skip and not earlier.fragment and not (leads and earlier is mine[-1]):
                break
            run.insert(0, earlier)
        if not mine and anaphor and index > 0:
            before = [s for s in self.sentences if s.paragraph == index - 1]
            if before and len(before) <= MAX_BACKWARD and not any(s.skip for s in before[:-1]) \
                    and not (before[-1].skip and not leads) and not self.docs[index - 1][0].is_heading:
                run = before
        if leads and all(lead.mention is None or lead.mention.kind == "pronoun" for lead in leads):
            # "As the expert noted, A. // This opinion was expressed by military expert X": the description was X;
            # the claims keep their words and cue, X their speaker
            who = who_said(doc, verb, base, lo, base + sentence.end_char, self.directory, self.source.publisher)
            if who.blocked or who.mention is None or who.mention.kind != "person":
                return None
            for lead in leads:
                lead.take(who)
            return None
        if leads and run and run[-1].start <= leads[0].start:
            for lead in leads:  # "Ukraine expects A. This was stated by X.": X's words, not the country's stance
                self.candidates.remove(lead)
        if all(s.fragment for s in run) or any(c.start < run[-1].end and run[0].start < c.end for c in self.candidates):
            return None
        start, end = trim(self.text, run[0].start, run[-1].end)
        start = after_dateline(self.text, start, end)
        if end - start < 2:
            return None
        who = who_said(doc, verb, base, lo, base + sentence.end_char, self.directory, self.source.publisher)
        candidate = _Candidate(start, end, run[0].paragraph, False, cue.text, None)
        if not who.blocked:
            candidate.take(who)
        return candidate

    def _leads(self, sentences: list[_Sentence], frame: str = "") -> list[_Candidate]:
        """Return the claims of an agency's lead sentence that a "This was stated by X" after it takes over.

        Translated agency copy opens with a country's or body's stance ("Ukraine expects partners to
        decide ...", "The Kremlin considers ...") and names who took it in the next sentence: every claim of
        the sentence must be a body's, by a verb of stance, not of speech. Or it gives the words to a
        description and names its holder after ("As the expert noted, A. // This opinion was expressed by
        military expert X"): every claim of the sentence is a description's whose head word the ``frame`` holds.
        """
        if not sentences:
            return []
        sentence = sentences[0]
        mine = [c for c in self.candidates if sentence.start <= c.start < sentence.end]
        speech = cue_lexicon().speech_verbs | {"state", "announce", "report", "declare"}
        described = bool(mine) and all(c.mention is None and (words := (c.description or c.unnamed or "").lower().split())
                                       and (words[-1] in role_words().roles or words[-1] in role_words().source_nouns)
                                       and re.search(r"\b" + re.escape(words[-1]) + r"\b", frame.lower()) for c in mine)
        if described:
            return mine
        if mine and all(c.mention is not None and c.mention.kind == "pronoun" for c in mine) \
                and not any(m.kind == "person" for s in self.sentences if s.end <= sentence.start for m in self._mentions(s, s.end)):
            # "In his opinion, A. This was stated by economist X": a pronoun no one named before stands for X
            return mine
        if not mine or any(c.direct or c.mention is None or c.mention.kind != "organisation" or not c.cue
                           or cue_has(c.cue, speech) for c in mine):
            return []
        return mine

    def _indirect(self, index: int, doc: Doc, base: int, sentence: Span, cue: Cue) -> _Candidate | None:
        lo, hi = base + sentence.start_char, base + sentence.end_char
        if cue.kind == "verb":
            content = verb_content(cue, doc, 0)
            if content is None:
                return None
            start, end = base + content[0], base + content[1]
            start = after_dateline(self.text, start, end)
            span = _span(doc, base, start, end)
            lexicon = cue_lexicon()
            if span is not None and len(span) == 1 and span[0].tag_ in ("WDT", "WP"):
                return None  # "..., which Moscow denied": the relative word stands for a report, none of its own words
            if span is None or (not has_clause(span) and not (cue.lemma == "deny" and span.root.tag_ == "VBG")
                                and cue.lemma not in lexicon.nominal_object_verbs | lexicon.needs_as | set(lexicon.object_charges)
                                | lexicon.commissive_verbs | lexicon.naming_verbs | set(lexicon.exhortation_verbs)
                                | timed_object_verbs()
                                | cue_lexicon().forecast_nouns
                                and not has_subject_infinitive(span) and put_chance(doc[cue.token]) is None
                                and doubled_subject_frame(doc[cue.token]) is None  # (its clause's verb read as a participle)
                                and warned_of(doc[cue.token]) is None):
                return None
            who = who_said(doc, doc[cue.token], base, base + sentence.start_char, start if start > cue.end else hi,
                           self.directory, self.source.publisher)
            if who.mention is not None and who.mention.kind == "person" and len(who.mention.text.split()) == 1 and refers_as_it(span) \
                    and not _titled(doc, base, who.mention):
                # "Twitter said it would remove the posts": a one-word name that reports of itself as "it" is a body
                who = replace(who, mention=replace(who.mention, kind="organisation"))
            if unanswered(doc[cue.token], span) or _asked_or_supposed(doc[cue.token]):
                return _Candidate(start, end, index, False, cue.text, None)  # marks the sentence; names no speaker
            # A report with no speaker to record ("we said", "35% believe")
            # still marks its sentence as attributed: it continues no one.
            candidate = _Candidate(start, end, index, False, cue.text, None)
            if not who.blocked:
                candidate.take(who)
            elif who.group:  # "They cautioned that ...": the group or body that spoke just before, if any (_resolve)
                candidate.inherit = candidate.plural = True
            elif who.body:  # "The bank kept its rate. // A, it said": the body named before (_resolve)
                candidate.body = True
            return candidate
        speaker_end = cue.speaker_end
        mentions = mentions_in(doc, cue.speaker_start, cue.speaker_end, base, self.directory, self.source.publisher)
        if self.text[cue.speaker_start : cue.speaker_end].strip().lower() in ("my", "our", "me", "us"):
            return None
        phrase = self.text[cue.speaker_start : cue.speaker_end]
        # ("according to the head of the Main Intelligence Directorate, Kyrylo B., <content>": the office holder, named next)
        office = cue.kind == "preposition" and not any(m.kind == "person" for m in mentions) \
            and head_word(_office_lead(phrase)) in role_words().roles and re.search(r"\s(?:of|for|at)\s", phrase) is not None
        if cue.kind == "preposition" and (all(m.kind == "title" for m in mentions) or office):
            # "according to the Ukrainian politician, former ambassador ... X, <content>"
            position = speaker_end
            for _ in range(2):
                # (the name before the next comma, or, after its content, closing the sentence: "<content>,
                # according to the head of X, Y.")
                opening = _span(doc, base, lo, cue.start)
                at_end = r"|[.!?]?[\"”»]?\s*$" if opening is not None and has_clause(opening) else ""
                nxt = re.compile(r",\s+([^,]+?)(?=,\s" + at_end + ")").match(self.text, position, hi)
                if not nxt:
                    break
                more = mentions_in(doc, nxt.start(1), nxt.end(1), base, self.directory, self.source.publisher)
                piece = _span(doc, base, nxt.start(1), nxt.end(1))
                if piece is not None and _own_clause(piece):
                    break  # ("According to exit polls, Ann B. had a lead, but ...": the clause reported, no name)
                if any(m.kind == "person" or m.kind == "organisation" and not office for m in more):
                    mentions, speaker_end = more + mentions, nxt.end(1)
                    break
                position = nxt.end(1)
        relayed = _RELAYED.match(self.text, speaker_end, hi) if cue.kind == "preposition" else None
        relay: tuple[int, int] | None = None
        if relayed:
            # "According to Reuters, which cited three sources familiar with the matter, <content>": the cited speak
            cited = mentions_in(doc, relayed.start("who"), relayed.end("who"), base, self.directory, self.source.publisher)
            group = _span(doc, base, relayed.start("who"), relayed.end("who"))
            if cited or (group is not None and unnamed_source(group)):
                relay = trim(self.text, cue.speaker_start, speaker_end)
                mentions, speaker_end = cited, relayed.end("who")
                cue = replace(cue, speaker_start=relayed.start("who"), speaker_end=relayed.end("who"))
        if cue.kind == "preposition" and (published := _PUBLISHED.match(self.text, speaker_end, hi)):
            speaker_end = published.end()  # "according to the poll by X, published on Monday, <content>"
        if cue.kind == "preposition" and (whole := _phrase_to_end(doc, base, cue, hi)) is not None:
            speaker_end = whole  # "<content>, according to an analysis by X, a former aide ..., whose ...": all of it names X
        if cue.kind == "preposition":
            # "according to X, an analyst at Y, <content>": the descriptor belongs to X.
            # ("according to X, a think tank based in Warsaw, <content>": what kind of body X is, too)
            after = descriptor_after(self.text, speaker_end, hi) or body_descriptor_after(self.text, speaker_end, hi)
            if after is not None:
                closing = self.text.find(",", speaker_end + 1, hi)
                piece = _span(doc, base, speaker_end + 1, closing) if closing > 0 else None
                if closing > 0 and self.text[closing + 1 : hi].strip() and not (piece is not None and _own_clause(piece)):
                    speaker_end = closing
        if cue.content_start >= 0:
            content = (cue.content_start, cue.content_end)  # "the lawyer's warnings that A": A
        else:
            content = phrase_content(self.text, (lo, hi), cue.start, speaker_end if cue.kind == "preposition" else cue.end)
            if cue.kind in ("preposition", "possessive") and content is not None and content[0] >= speaker_end \
                    and _split_by_frame(doc, base, lo, cue.start, content):
                # "The offensive, according to X, has stalled", "The port, in her view, will reopen": the frame sits between
                # the clause's subject and its verb; the content is the clause, frame included (a claim is one stretch of text)
                content = trim(self.text, lo, content[1])
        if content is not None and cue.lemma == "citing":
            # "<content>, reports Radio X, citing Y": the relay's own cue is no content.
            # (the outlet may be named in a few words: "…, the Kommersant daily reported, citing sources")
            frame = re.search(r",\s+(?:[\w'’-]+\s+){0,4}(?:reports?|reported|writes|wrote|says|said|informs|informed)\b[^,]*$",
                              self.text[content[0] : content[1]])
            if frame:
                content = (content[0], content[0] + frame.start())
            citing = doc.char_span(cue.start - base, cue.end - base, alignment_mode="expand")
            verb = citing[0].head if citing is not None else None
            while verb is not None and verb.lemma_.lower() not in cue_lexicon().verbs and verb.head.i != verb.i:
                verb = verb.head  # "X reported, citing Y, that ...": the parser may hang "citing" on the reported clause
            outlet = relay_of(doc, verb, base, cue.start, self.directory, self.source.publisher) \
                if verb is not None and verb.lemma_.lower() in cue_lexicon().verbs else None
            if outlet is not None and relay is None:
                relay = (outlet.start, outlet.end)
        if content is None:
            return None
        content = trim(self.text, after_dateline(self.text, *content), content[1], mark=True)  # ", citing X, that ...": no "that"
        quoted = next((q for q in self._paragraph_quotes if cue.kind == "preposition" and q.start <= content[0] <= q.content_start
                       and content[1] < q.end), None)
        if quoted is not None:
            content = (quoted.content_start, quoted.content_end)  # 'According to X, "A. B."': the whole quotation
        span = _span(doc, base, *content)
        other = _other_report(span) if span is not None and cue.kind == "preposition" else None
        if span is not None and other is not None:
            # "According to X, A, but Y insisted that B": Y's report is no part of A
            content = trim(self.text, content[0], base + doc[other].idx)
            span = _span(doc, base, *content)
        if span is None or not has_clause(span):
            return None
        both = _AND_DOCUMENTS_SEEN.search(self.text, cue.speaker_start, speaker_end) if cue.kind == "preposition" else None
        if both is not None:
            # "according to two people familiar with the matter and internal documents reviewed by Reuters": the
            # people speak; the outlet that saw the documents relays
            relay = relay or trim(self.text, both.start("relay"), both.end("relay"))
            mentions, speaker_end = [m for m in mentions if m.end <= both.start()], both.start()
        mention = choose_speaker(mentions, cue.start)
        if mention is not None and mention.kind == "organisation" and (held := trailing_name(mention, doc, base)) is not None:
            mention = held  # "according to the spokesman of the Air Force Olena K.": the name run into the body's
        lone = _span(doc, base, cue.speaker_start, speaker_end)
        if mention is not None and mention.kind == "pronoun" and lone is not None and mention.start != base + lone.root.idx:
            mention = None  # "according to two members of her party": they speak, not the woman "her" stands for
        if mention is not None and lone is not None and owned_body(lone.root) and mention.start > base + lone.root.idx:
            mention = None  # "according to the central bank of Norland": the bank, a description
        if mention is not None and mention.kind == "organisation" and lone is not None and is_role_word(lone.root) \
                and mention.end <= base + lone.root.idx and any(
                    c.dep_ in ("det", "nummod") and c.lower_ not in ("the", "this", "that") for c in lone.root.children):
            mention = None  # "according to a NATO official": someone unnamed who serves the body, not the body
        if lone is not None and lone.root.lemma_.lower() in role_words().organisation_heads \
                and (body := named_body(lone.root, doc, base)) is not None:
            mention = body  # "according to the Kestrel monitoring group": the group, not a Mr Kestrel
        phrase = self.text[cue.speaker_start : speaker_end].strip() if cue.kind == "preposition" else ""
        seen = _SEEN_BY.match(phrase)
        if seen is not None and seen.group("noun").lower() in role_words().document_nouns | {"draft", "copy", "text"}:
            # "according to a draft seen by Reuters": the draft speaks, the outlet that saw it relays it
            at = self.text.index(seen.group(0), cue.speaker_start)
            candidate = _Candidate(content[0], content[1], index, quoted is not None, cue.text.lower(), None,
                                   relay=(at + seen.start("relay"), at + seen.end("relay")))
            candidate.unnamed = _lower_article(seen.group("doc"))
            return candidate
        sent = _SENT_TO.match(phrase)
        if sent is not None and sent.group("noun").lower() in role_words().document_nouns:
            # "according to an indictment filed with the county court": the indictment, not the court it went to
            candidate = _Candidate(content[0], content[1], index, quoted is not None, cue.text.lower(), None)
            candidate.unnamed = _lower_article(sent.group("doc"))
            return candidate
        if mention is None and lone is not None and lone.root.pos_ == "PROPN" and lone.root.text[:1].isupper() \
                and lone.root.i == lone.end - 1:
            # "according to Kovalenko" with the surname untagged: the speakers table decides ("according to the
            # industry association Nordmet": the name after the words that say what it is)
            name = lone[-1:]
            while name.start > lone.start and doc[name.start - 1].pos_ == "PROPN" and doc[name.start - 1].text[:1].isupper():
                name = doc[name.start - 1 : name.end]
            if name.start == lone.start or all(t.dep_ in ("det", "compound", "amod") for t in lone[: name.start - lone.start]):
                kind: MentionKind = "person" if len(name) >= 2 and looks_like_person(name) else "organisation"
                mention = Mention(base + name.start_char, base + name.end_char, name.text, kind)
        description = None if mention else re.sub(r"(?:'s|’s)$", "", self.text[cue.speaker_start : speaker_end].strip())
        candidate = _Candidate(content[0], content[1], index, quoted is not None,
                               cue.text.lower() if cue.kind == "preposition" else cue.text, mention, description=description, relay=relay)
        named_by = _span(doc, base, cue.speaker_start, speaker_end) if mention is None else None
        unnamed = unnamed_source(named_by) if named_by is not None else None
        if unnamed:  # "according to people familiar with the matter"
            candidate.description, candidate.unnamed = None, unnamed
        elif description and (words := strip_determiner(description).lower().split()) and len(words) <= 2 \
                and words[-1] in role_words().roles + tuple(role_words().source_nouns):
            candidate.role = words[-1]  # "according to the official": the role word heads the description
        elif description and (lead := _office_lead(description).lower().split()) \
                and len(lead) <= 3 and lead[-1] in role_words().roles and " " in description.strip():
            candidate.role = lead[-1]  # "according to the head of the regional administration": a head, of that body
        return candidate

    # -- whole article -----------------------------------------------------
    def _resolve(self) -> list[_Candidate]:
        """Give each candidate its speaker; drop the ones no named speaker said."""
        resolved: list[_Candidate] = []
        history: list[SpeakerEntry] = []
        groups: dict[int, _Candidate] = {}
        for candidate in sorted(self.candidates, key=lambda c: c.start):
            mention = candidate.mention
            entry: SpeakerEntry | None = None
            if mention is not None and mention.kind == "title" and mention.text.lower().startswith("the ") \
                    and resolve_description(mention.text, history[-3:], []) is None and self.table.entry(mention) is None:
                # "the general" the directory knows, in an article that never names its person: a description
                candidate.said_by = candidate.said_by or (mention.start, mention.end)
                candidate.mention, candidate.description, mention = None, mention.text, None
                candidate.role = candidate.role or head_word(candidate.description)
            if mention is not None and mention.kind == "title" and mention.text.lower().startswith("the "):
                # "the spy chief" may fit several people: the recent speaker it describes comes first.
                entry = resolve_description(mention.text, history[-3:], []) or self.table.entry(mention)
            elif mention is not None and mention.kind in ("person", "organisation", "outlet", "title"):
                entry = self.table.entry(mention)
            elif mention is not None and mention.kind == "pronoun" and mention.text.lower() in ("his", "her") \
                    and (possessed := re.match(r"\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b", self.text[mention.end : mention.end + 40])) is not None \
                    and possessed.group(1) in role_words().organisation_heads | {"service", "team", "campaign"}:
                # "<clause>, his office said": the person "his" stands for, who speaks through the office
                entry = self._possessor(mention.start, mention.text.lower(), history)
                candidate.confidence = min(candidate.confidence, CONFIDENCE["resolved"])
            elif mention is not None and mention.kind == "pronoun":
                spoke = next((c for c in reversed(resolved) if c.entry is not None and c.entry.kind == "person"), None)
                # A person who is the subject just before, in this paragraph, beats a speaker of an earlier one:
                # "(...) Asked about it, Vasko declined. 'It could be tomorrow,' he said."
                # "he" is never someone the article calls "Mrs." or "Ms.", "she" never a "Mr."
                asker = self._asker(candidate.start)
                fits = partial(self._fits_pronoun, mention.text.lower(), asker)
                here = self._subject_before(candidate, same_paragraph=True, unnamed=mention.text.lower() in ("he", "she")) \
                    if spoke is None or spoke.paragraph < candidate.paragraph else None
                if here is None and spoke is not None and spoke.paragraph == candidate.paragraph:
                    # "'A,' said X. Her husband, Viktar, is allowed one letter. He believes B": a person the sentence
                    # before is about, after the last claim, beats the last speaker
                    # (a question's subject is no one's topic: "Did Putin change his plans? According to her, ...")
                    between = [s for s in self.sentences if spoke.end <= s.start and s.end <= candidate.start and s.paragraph == candidate.paragraph]
                    recent = self._subject_before(candidate, same_paragraph=True) \
                        if between and not between[-1].span.text.rstrip().rstrip("\"”»’").endswith("?") else None
                    here = recent if recent is not None and recent.kind == "person" and (spoke.entry is None or recent.id != spoke.entry.id) \
                        and fits(recent) else None
                    other = self._unnamed_subject(between[-1]) if between and here is None and mention.text.lower() in ("he", "she") else None
                    if other is not None and _ANOTHER.match(other.name):
                        here = other  # "X said A. Another officer was less optimistic. 'B,' he said": the other officer
                # "I spoke with a senior diplomat. 'We are out of options,' he told me": the one just met, unnamed
                met = self._met_before(candidate) if spoke is None or spoke.paragraph < candidate.paragraph else None
                # "X carries an interview with Halina M. She tells the paper ...": a woman the sentence before names
                # is "she" before a speaker of an earlier paragraph the form of whose name does not tell
                named = self._named_before(candidate) if mention.text.lower() in ("she", "her") and here is None \
                    and (spoke is None or spoke.paragraph < candidate.paragraph) else None
                woman = named if named is not None and named.kind == "person" and feminine_name(named.name) else None
                # "A bus driver who asked not to be named said A. 'B,' he said": the one unnamed person who spoke last,
                # after any named one, before the last person named
                lone = resolved[-1] if resolved and mention.text.lower() in ("he", "she") else None
                lone = lone if lone is not None and lone.entry is not None and _unnamed_one(lone.entry) \
                    and (spoke is None or spoke.start < lone.start) \
                    and lone.paragraph >= candidate.paragraph - 1 else None
                if lone is not None and lone.entry is not None and here is not None and here.name in lone.entry.name:
                    here = None  # "a spokesman for Patriarch K. accused ... . He told ...": the spokesman, not whom he serves
                entry = (here if here is not None and here.kind in ("person", "unnamed") and fits(here) else None) \
                    or (lone.entry if lone is not None else None) \
                    or woman or met or last_person([e for e in history if fits(e)]) \
                    or next((e for e in (self._subject_before(candidate), self._named_before(candidate), self._subject_after(candidate))
                             if e is not None and fits(e)), None)
                candidate.confidence = min(candidate.confidence, CONFIDENCE["resolved"])
            elif candidate.unnamed:
                words = candidate.unnamed.lower().split()
                definite = words[0] == "the" or any(w.endswith(("'s", "’s")) for w in words)
                # "Norland's harbour authority chief said ... . Tomas Berg told ...": a wire lead's one described
                # person is the one the next sentence names reporting; "a diplomat", "officials" stay unnamed.
                named = self._subject_after(candidate) if definite and head_word(candidate.unnamed) in role_words().roles else None
                its = re.fullmatch(r"its\s+(.+)", candidate.unnamed, re.IGNORECASE)
                serves = its is not None and (head_word(its.group(1)) in role_words().roles or head_word(its.group(1)) in role_words().source_nouns)
                owner = self._its_body(candidate.said_by[0] if candidate.said_by else candidate.start) if named is None and serves else None
                # ("Nordbank will cut jobs, its chief executive said": the chief executive of the body "its" stands for)
                entry = named or self.table.unnamed(f"{owner.name}'s {its.group(1)}" if owner is not None and its is not None
                                                    else candidate.unnamed)
            elif candidate.description and (office := re.fullmatch(r"its\s+(?:[a-z-]+\s+){0,2}([a-z-]+)", candidate.description, re.IGNORECASE)) \
                    and office.group(1) in role_words().organisation_heads | {"service", "office", "team"} \
                    and (its_body := self._its_body(candidate.said_by[0] if candidate.said_by else candidate.start)) is not None:
                # "Nordbank intends to cut jobs, its press service said": the body "its" stands for speaks through its office
                entry = its_body
                candidate.confidence = min(candidate.confidence, CONFIDENCE["resolved"])
            elif candidate.description and (served := re.match(r"(his|her)\s+(.+)", candidate.description, re.IGNORECASE)) is not None \
                    and (head_word(served.group(2)) in role_words().roles or _knows(head_word(served.group(2)))) \
                    and not re.search(r"\b(?:of|for)\b", served.group(2)):
                # "His spokeswoman said ...", "Her neighbour said ...": someone who serves or knows the person "his" stands
                # for, never that person
                at = candidate.said_by[0] if candidate.said_by else candidate.start
                owner = self._possessor(at, served.group(1).lower(), history) or self._named_before(candidate)
                entry = self.table.unnamed(f"{owner.name}'s {served.group(2)}" if owner is not None else _lower_article(candidate.description))
            elif candidate.description and _ANOTHER.fullmatch(candidate.description) and history and history[-1].kind == "unnamed" \
                    and resolved and resolved[-1].paragraph == candidate.paragraph:
                # "One official said A. Another said B", "Two diplomats said A. A third said B": one more of the kind
                # just quoted, unnamed too
                kind = _singular(history[-1].name.split()[-1].lower())
                entry = self.table.unnamed(f"{candidate.description[0].lower()}{candidate.description[1:]} {kind}")
            elif candidate.description:
                role = _person_role(candidate.role)
                owned_by = description_owner(candidate.description)  # ("Algeria's ambassador": never Ukraine's, named before)
                # "Dynamo coach X praised his side. '...,' the coach told reporters": the person the sentence before
                # is about, whom the text gives that role, before anyone who spoke earlier
                about = self._subject_before(candidate, same_paragraph=True) if role is not None and history else None
                if about is not None and about.kind == "person" and all(h.id != about.id for h in history[-1:]):
                    sentence = [x for x in self.sentences if x.end <= candidate.start and x.paragraph == candidate.paragraph][-1]
                    named_at = self.text.find(about.name.split()[-1], sentence.start, sentence.end)
                    given = self.text[sentence.start : named_at].lower()
                    entry = about if named_at > 0 and role in given.split() and (owned_by is None or owned_by in given) else None
                kin = _KIN_OF.match(candidate.description)
                if entry is None and kin is not None and head_word(kin.group("who")) not in role_words().roles \
                        and _knows(head_word(kin.group("who"))):
                    # "The accused man's mother said", "the soldier's widow said": someone the article does not name,
                    # known by whom they are kin or close to, never a person named before
                    entry = self.table.unnamed(_lower_article(candidate.description))
                entry = entry or self._from_description(candidate.description, history, candidate.role,
                                                        (candidate.said_by or (candidate.start, 0))[0])
                if entry is None and not history and role is not None:
                    entry = self._named_before(candidate)
                if entry is None and history and role is not None:
                    # "X spoke. // Former general Y has a different view. According to the general, ...": the
                    # person the sentence before, in this paragraph, is about, unless given another office
                    about = self._subject_before(candidate, same_paragraph=True)
                    if about is not None and about.kind == "person" and not (about.role and (_other_office(role, _held(about))
                                                                                             or other_portfolio(candidate.description, about.role))) \
                            and (owned_by is None or owned_by in _held(about).lower()):
                        entry = about
                if entry is None and personal_noun(candidate.role or head_word(candidate.description)):
                    # "Norland's military intelligence chief said ...": the person the next sentence names as
                    # reporting (the article's opening), else a source the article does not name ("the
                    # minister", "the official", "the soldier", when no one named before fits)
                    entry = self._subject_after(candidate) or self.table.unnamed(_lower_article(candidate.description))
                # the body's own words: "the central bank of Norland" is a bank, not a Norland
                # (and "the Russian embassy in Helsinki": the embassy, wherever it is)
                body = re.split(r"\s+(?:of|in|at)\s+", candidate.description, maxsplit=1)[0]
                words = strip_determiner(body).split()
                owned = re.search(r"(?:'s|’s|s'|s’)\s", body) is not None
                # "police said", "military said": a bare institution noun
                bare = candidate.description.islower() and len(words) == 1 and words[0] in role_words().institution_nouns
                # ("emergency services said", "security services believe", "the three interior ministries said": bodies
                # of a kind, in the plural)
                # (a lone plural noun with no article, "companies", is no body of a kind)
                kind = "" if not words else _singular(words[-1]) if candidate.description.startswith("the ") or len(words) > 1 \
                    else words[-1][:-1]
                kinds = candidate.description.islower() and 1 <= len(words) <= 3 + owned and words[-1].endswith("s") \
                    and (kind in role_words().organisation_heads
                         or kind in role_words().company_nouns and candidate.description.startswith("the "))
                if entry is None and (head_word(body) in role_words().organisation_heads | role_words().company_nouns or kinds) \
                        and (candidate.description.lower().startswith("the ") or bare or kinds) and 1 <= len(words) <= 4 + owned:
                    # "the central bank forecasts ...", "the defence ministry said", "the defence ministry's press
                    # office said", "according to the leading maritime journal": a body the article does not name
                    entry = self.table.unnamed(_lower_article(candidate.description))
                head = head_word(body)
                if entry is None and re.fullmatch(r"[Tt]he(?:\s+[a-z-]+){1,3}", candidate.description) is not None \
                        and not personal_noun(head) and not _knows(head) and candidate.cue is not None \
                        and candidate.cue.lower().split()[0] in _SPEAKING:
                    # "The airport said", "the channel said", "the note said": a body or paper no lexicon lists, the
                    # organisation named before with that word in its name, else one the article leaves unnamed
                    entry = self._named_organisation(head, candidate.start) or self.table.unnamed(_lower_article(candidate.description))
                if entry is not None:
                    candidate.confidence = min(candidate.confidence, CONFIDENCE["resolved"])
            if entry is not None and (mention is None or mention.kind in ("pronoun", "title")):
                # A pronoun, title or description: where was this speaker last named?
                anchor = mention.start if mention else (candidate.said_by or (candidate.start, 0))[0]
                candidate.antecedent = self._where_named(entry, anchor) or candidate.antecedent
            if entry is None and candidate.direct and candidate.group in groups and self._fits(mention, groups[candidate.group].entry):
                entry = groups[candidate.group].entry
                candidate.antecedent = self._spoken_at(groups[candidate.group])
                candidate.relay = candidate.relay or groups[candidate.group].relay
            if entry is None and candidate.inherit and resolved and resolved[-1].paragraph >= candidate.paragraph - 1 \
                    and self._fits(mention, resolved[-1].entry) and not (
                    candidate.plural and (resolved[-1].paragraph != candidate.paragraph or resolved[-1].entry is None
                                          or resolved[-1].entry.kind == "person")):
                entry = resolved[-1].entry
                candidate.antecedent = self._spoken_at(resolved[-1])
                candidate.relay = candidate.relay or resolved[-1].relay
            if entry is None and candidate.body:
                entry = self._it_body(candidate, resolved)
            if entry is None:
                continue
            candidate.entry = entry
            if candidate.direct:
                groups.setdefault(candidate.group, candidate)
            # Its role, as the text gives it, lets a later "the minister" find it.
            self.table.describe_from_text(entry)
            history.append(entry)
            resolved.append(candidate)
        # A quotation running over paragraphs is attributed once, at its end.
        for candidate in self.candidates:
            if candidate.entry is None and candidate.direct and candidate.group in groups:
                candidate.entry = groups[candidate.group].entry
                candidate.antecedent = self._spoken_at(groups[candidate.group])
                candidate.relay = candidate.relay or groups[candidate.group].relay
                resolved.append(candidate)
        return sorted(resolved, key=lambda c: c.start)

    def _it_body(self, candidate: _Candidate, resolved: list[_Candidate]) -> SpeakerEntry | None:
        """The body "it" stands for in a frame whose paragraph names none before it ("The bank kept its rate on
        Thursday. // Loan growth will pick up, it said"): the organisation named as the subject of one of the two
        sentences before, in this paragraph or the one before, else the organisation that spoke last, in this
        paragraph or the one before; else None."""
        before = [s for s in self.sentences if s.end <= candidate.start and s.paragraph >= candidate.paragraph - 1][-2:]
        for sentence in reversed(before):
            span = sentence.span
            base = sentence.start - span.start_char
            subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root and t.pos_ in ("NOUN", "PROPN")), None)
            if subject is None:
                continue
            lo, head, hi = base + subject.left_edge.idx, base + subject.idx, base + subject.right_edge.idx + len(subject.right_edge)
            # (the body the subject's head word names: "The National Bank of Norland", not "Norland")
            body = next((m for m in mentions_in(span.doc, lo, hi, base, self.directory, self.source.publisher)
                         if m.kind == "organisation" and m.start <= head < m.end), None)
            entry = self.table.entry(body) if body is not None else None
            if body is not None and entry is not None and entry.kind == "organisation":
                candidate.antecedent = (body.start, body.end)
                return entry
        last = resolved[-1] if resolved else None
        if last is not None and last.entry is not None and last.entry.kind == "organisation" and last.paragraph >= candidate.paragraph - 1:
            candidate.antecedent = self._spoken_at(last)
            return last.entry
        return None

    def _subject_before(self, candidate: _Candidate, same_paragraph: bool = False, unnamed: bool = False) -> SpeakerEntry | None:
        """Before anyone has spoken, "he" or "she" is the person the sentence
        before was about: "Olena Kovalenko spoke on Monday. According to her, ..."
        (with *same_paragraph*, only a sentence of the candidate's paragraph counts; with *unnamed*, a person the
        article does not name counts too: "The mayor visited the hospital. She said ...").
        """
        first = candidate.paragraph if same_paragraph else candidate.paragraph - 1
        before = [s for s in self.sentences if s.end <= candidate.start and s.paragraph >= first]
        subject = self._subject(before[-1]) if before else None
        if subject is None and before:
            return self._described_subject(before[-1]) or (self._unnamed_subject(before[-1]) if unnamed else None)
        return self.table.entry(subject) if subject is not None else None

    def _unnamed_subject(self, sentence: _Sentence) -> SpeakerEntry | None:
        """The one person the article does not name whom the sentence's subject describes ("The mayor visited the
        hospital.", "A local doctor showed us the ward."), as an unnamed source, or None."""
        span = sentence.span
        token = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root and t.pos_ == "NOUN"), None)
        if token is None or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "another") for c in token.children):
            return None  # ("Another officer was less optimistic": a person not met before)
        base = sentence.start - span.start_char
        # (with what it is of: "The mayor of Lviv", "a doctor from the city hospital")
        end = token.right_edge if all(c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "in") for c in token.rights) \
            and token.right_edge.i - token.left_edge.i < 8 else token
        words = _lower_article(self.text[base + token.left_edge.idx : base + end.idx + len(end)])
        return self.table.unnamed(words) if _one_person(words) else None

    def _described_subject(self, sentence: _Sentence) -> SpeakerEntry | None:
        """The person a definite description that is the sentence's subject stands for ("The prime minister was asked
        about X." after "Prime Minister Dorin R. opened the briefing"), or None."""
        span = sentence.span
        token = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root and t.pos_ == "NOUN"
                      and is_role_word(t) and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)), None)
        if token is None:
            return None
        base = sentence.start - span.start_char
        words = self.text[base + token.left_edge.idx : base + token.idx + len(token)]
        # (the person titled so in the sentences before, a speaker or not; else whom the description fits)
        entry = self._titled_before((strip_determiner(words).lower(),), sentence.start) \
            or self._from_description(words, [], token.lemma_.lower(), before=sentence.start)
        return entry if entry is not None and entry.kind == "person" else None

    def _possessor(self, at: int, pronoun: str, history: list[SpeakerEntry]) -> SpeakerEntry | None:
        """The person a possessive pronoun at ``at`` before a body stands for ("his office said"): the last person its
        sentence names before it, else the one the sentence before in its paragraph names last ("X was not available.
        His office said ..."), else the last speaker it may stand for."""
        sentence = next((s for s in self.sentences if s.start <= at < s.end), None)
        if sentence is not None:
            before = [s for s in self.sentences if s.end <= sentence.start and s.paragraph == sentence.paragraph][-1:]
            # "<clause>, his office said": "his" is who the clause is about, its subject ("Recean will meet Chancellor
            # Scholz, his office said": Recean); a subject that is a role or a pronoun ("The minister will meet ...")
            # is someone named before, not the clause's object
            subject = self._topic(sentence, at)
            for one, end in ((sentence, at), *((s, None) for s in before)):
                mentions = [m for m in self._mentions(one, end) if m.kind == "person"]
                if one is sentence and subject is not None:
                    mentions = [m for m in mentions if m.start <= subject < m.end]
                elif one is not sentence and subject is not None:
                    # (the one the sentence before is about: "Minister Ana R. arrived in Kyiv. The minister will ...")
                    topic = self._topic(one, one.end)
                    mentions = [m for m in mentions if topic is not None and m.start <= topic < m.end] or mentions
                people = [e for m in mentions if (e := self.table.entry(m)) is not None and self._may_be(pronoun, e)]
                if people:
                    return people[-1]
        return last_person([e for e in history if self._may_be(pronoun, e)])

    def _its_body(self, at: int) -> SpeakerEntry | None:
        """The body "its" at ``at`` stands for in "<clause>, its press service said": the name the clause is about (a
        thing cannot have a press service, whatever the recogniser took the name for), else the organisation named last
        in the sentence before."""
        sentence = next((s for s in self.sentences if s.start <= at < s.end), None)
        topic = self._topic(sentence, at) if sentence is not None else None
        named = [m for m in self._mentions(sentence, at) if m.start <= topic < m.end and m.kind in ("person", "organisation")] \
            if sentence is not None and topic is not None else []
        if named:
            return self.table.entry(replace(named[0], kind="organisation"))
        if sentence is not None and topic is not None:
            base = sentence.start - sentence.span.start_char
            token = next((t for t in sentence.span if base + t.idx == topic), None)
            if token is not None and token.pos_ == "PROPN" and token.text[:1].isupper():  # (a name the recogniser missed)
                first = token.left_edge if all(t.pos_ == "PROPN" for t in token.doc[token.left_edge.i : token.i]) else token
                lo, hi = base + first.idx, base + token.idx + len(token)
                return self.table.entry(Mention(lo, hi, self.text[lo:hi], "organisation"))
        return self._named_organisation(None, at, most=1)

    def _topic(self, sentence: _Sentence, at: int) -> int | None:
        """The offset of the subject of the clause a closing frame at ``at`` reports, where it is a person's name, a
        role or a personal pronoun; None when that clause comes after the frame or its subject is a thing."""
        span = sentence.span
        base = sentence.start - span.start_char
        clause = [t for t in span if base + t.idx < at]
        if not clause or (at < sentence.end and not self.text[sentence.start : at].rstrip().endswith(",")):
            return None  # (only a frame set off after its clause: "(her campaign disclosed that ...)" looks ahead)
        subject = next((t for t in clause if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                        and base + t.head.idx < at), None)
        if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") or is_role_word(subject)):
            return None
        return base + subject.idx

    def _met_before(self, candidate: _Candidate) -> SpeakerEntry | None:
        """The one person the sentence before, in the candidate's paragraph, introduces without a name ("I spoke
        with a senior European diplomat."): an unnamed source in those words; None where it names someone."""
        before = [s for s in self.sentences if s.end <= candidate.start and s.paragraph == candidate.paragraph][-1:]
        for sentence in before:
            span = sentence.span
            base = sentence.start - span.start_char
            if any(m.kind == "person" for m in self._mentions(sentence)):
                return None
            words = role_words()
            met = [t for t in span if t.pos_ == "NOUN" and t.tag_ == "NN" and (t.lemma_.lower() in words.roles or t.lemma_.lower()
                                                                               in words.source_nouns)
                   and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
            if len(met) == 1:
                noun = met[0]
                return self.table.unnamed(_lower_article(self.text[base + noun.left_edge.idx : base + noun.idx + len(noun)]))
        return None

    def _subject_after(self, candidate: _Candidate) -> SpeakerEntry | None:
        """In the article's first sentence, "he" or "she" looks ahead: the person
        the next sentence has report something ("According to her, X. Olena K.,
        the minister, said ...").
        """
        if any(s.end <= candidate.start and not s.fragment for s in self.sentences):
            return None  # (a dateline the parser cut off as a sentence of its own does not count)
        after = [s for s in self.sentences if s.start >= candidate.end][:1]
        subject = self._subject(after[0]) if after else None
        if subject is None or not any(c.mention is not None and c.mention.start == subject.start for c in self.candidates):
            return None  # only a person who reports too ("... said"), not one merely acting ("runs it")
        return self.table.entry(subject)

    def _mentions(self, sentence: _Sentence, end: int | None = None) -> list[Mention]:
        """The possible speakers ``sentence`` names (up to the offset ``end``)."""
        span = sentence.span
        return mentions_in(span.doc, sentence.start, sentence.end if end is None else end, sentence.start - span.start_char,
                           self.directory, self.source.publisher)

    def _people(self, sentence: _Sentence) -> list[Mention]:
        """The people ``sentence`` names, names the recogniser ran into a body's included (``people_among``)."""
        return people_among(self._mentions(sentence), sentence.span.doc, sentence.start - sentence.span.start_char)

    def _named_before(self, candidate: _Candidate) -> SpeakerEntry | None:
        """Before anyone has spoken, "the minister" or "the official" is the
        person named last in the two sentences before: "Defence Minister Olena
        K. gave an interview. '...,' the official noted."
        """
        before = [s for s in self.sentences if s.end <= candidate.start and s.paragraph >= candidate.paragraph - 1][-2:]
        for sentence in reversed(before):
            # "... by the spokesman of the Southern Forces Olena K.": a name the recogniser ran into its body counts
            people = self._people(sentence)
            if people:
                return self.table.entry(people[-1])
        return None

    def _titled_before(self, offices: tuple[str, ...], before: int) -> SpeakerEntry | None:
        """The person the three sentences up to ``before`` name with one of ``offices`` as their title
        ("President Vladimir P. had no plans ... . Meanwhile, the head of state noted"), the last one first."""
        # (the office word may open the title: "Foreign Ministry spokeswoman X" for "the diplomat")
        title = re.compile(r"\b(?i:" + "|".join(re.escape(o) for o in offices) + r")\s+(?:[A-Z][\w'’-]*\s+)*(?:[a-z-]+\s+)?$")
        for sentence in reversed([s for s in self.sentences if s.end <= before][-3:]):
            for person in reversed(self._people(sentence)):
                if title.search(self.text[max(person.start - 40, 0) : person.start]):
                    return self.table.entry(person)
        return None

    def _organisation_description(self, description: str, history: list[SpeakerEntry], before: int) -> SpeakerEntry | None:
        """Return the organisation a description stands for, or None.

        "the UK intelligence" (an institution noun with a capitalised owner)
        names an organisation; "the report", "the survey", "the publication"
        (a document noun with "the") speak for the organisation that spoke
        last, else for the one organisation named in the two sentences up to
        ``before``; "the newspaper" (an outlet noun) only for a named outlet.
        """
        owned = _OWNED_DOCUMENT.match(description)
        if owned and (owned.group("noun") or owned.group("noun2")).lower() in role_words().document_nouns:
            # "according to a Nordwire poll of 30 economists", "according to a report by Nordwire": the owner speaks
            return self.table.entry(Mention(0, 0, owned.group("owner") or owned.group("owner2"), "organisation"))
        published = _PUBLISHED_BY.match(description)
        if published and published.group("noun").lower() in role_words().document_nouns:
            # "a summary of the discussion published by the central bank": the body that published it, named or not
            body = re.sub(r"\s*\([^)]*\)\s*\Z", "", published.group("body"))
            if body[:1].isupper():
                return self.table.entry(Mention(0, 0, body, "organisation"))
            return self._issuer(body, history, before)
        surveyed = _SURVEY_OF.match(description)
        if surveyed and surveyed.group("noun").lower() in role_words().document_nouns and (_knows(people := surveyed.group("people").lower()) or people.removesuffix("s") in role_words().roles):
            # "..., a poll of 20 analysts showed": whoever ran it, if named next, else the poll itself
            return self._document_owner_after(before) or self.table.unnamed(_lower_article(description))
        issued = _ISSUED_BY.match(description) or _OWNERS_DOCUMENT.match(description)
        if issued and (issued.group("noun").lower() in role_words().document_nouns or _documents(issued.group("noun").lower())):
            # "a statement from the presidential office said": the body it comes from, named or not
            return self._issuer(issued.group("body"), history, before)
        core = re.split(r",|\s+(?:published|conducted|released|carried\s+out|commissioned|issued)\b", description)[0].strip()
        bare = not re.match(r"(?:the|a|an|this|that|these|those|its|their|his|her)\s", core, re.IGNORECASE)
        if not core.lower().startswith("the ") and (_documents(head_word(core)) or bare and head_word(core) in role_words().document_nouns) \
                and len(core.split()) <= 6:
            # "according to opinion polls", "according to a series of opinion polls published this week": documents no
            # one is named as owning, a source of their own (or a paper named without an article: "Data show", "Footage shows")
            return self.table.unnamed(_lower_article(core))
        words = strip_determiner(description).split()
        if not words or len(words) > 4:
            return None
        head = head_word(description)
        lexicon = role_words()
        if head in lexicon.institution_nouns and len(words) > 1 and words[0][:1].isupper():
            name = " ".join(words)
            return self.table.entry(Mention(0, 0, re.sub(r"(?:'s|’s)\b", "", name), "organisation"))
        definite = description.lower().startswith("the ")
        earlier: SpeakerEntry | None = None
        if head in lexicon.organisation_heads and len(words) <= 2 and definite:
            # "the ministry said": the organisation the article named last whose name has that word
            # (or that last spoke: "Norland's intelligence service warned ... The service said")
            # ("the border service": the Border Guard Service named before, not a Customs Service named since)
            modifier = tuple(w.lower() for w in words[:-1] if w.islower())
            earlier = (modifier and self._named_organisation(head, before, also=modifier)) or self._named_organisation(head, before) \
                or next((e for e in reversed(history) if e.kind == "organisation" and head in e.name.lower().split()), None) \
                or self._named_in_own_sentence(head, before) or (self._abbreviated(head, before) if not modifier else None)
        if earlier is None and head in _GENERIC_BODIES and len(words) <= 2 and definite:
            # "The rights group Open Door published a report. The organisation says ...": the body just named
            earlier = self._named_organisation(None, before, most=2)
        if earlier is None and head in lexicon.company_nouns and len(words) <= 3 and definite:
            # "Nordvik Energy expects ... The company said": the organisation just named, whatever its name;
            # else one that spoke lately ("X said ... '...,' said its engineer Y. The agency said")
            earlier = self._named_organisation(None, before, most=1)
            if earlier is None and len(words) == 1:
                recent = list({e.id: e for e in reversed(history)}.values())[:3]  # (the last three who spoke, each once)
                earlier = next((e for e in recent if e.kind == "organisation"), None)
        if earlier is not None or head in lexicon.organisation_heads and len(words) <= 2 and definite:
            return earlier
        outlet = head in lexicon.outlet_nouns
        document = head in lexicon.document_nouns or _documents(head)  # ("the reports")
        if document and re.match(r"(?:a|an)\s", description, re.IGNORECASE):
            # "..., according to a new survey. The survey, conducted by the X Association, ...": its owner comes next;
            # with none, the document is the source ("according to a draft fiscal framework")
            return self._document_owner_after(before) or self.table.unnamed(_lower_article(description))
        if not (outlet or document) or len(words) > 2 or not description.lower().startswith("the "):
            return None
        # ("According to an indictment filed with X, A. The indictment says B": the document that spoke before)
        same = next((e for e in reversed(history) if e.kind == "unnamed" and document
                     and re.fullmatch(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}" + re.escape(head), e.name, re.IGNORECASE)), None)
        if same is not None:
            return same
        for entry in reversed(history[-3:] if not outlet else []):
            if entry.kind == "organisation":
                return entry
        # The one organisation named in the sentence of the description and
        # the one before it ("The poll, conducted by X, ... The findings
        # indicate ..."); with several named, the document's owner is unclear.
        named: list[SpeakerEntry] = []
        preceding = [s for s in self.sentences if s.start < before][-2:]
        if document and preceding and re.search(r"\b" + re.escape(head) + r"\s+" + _SAW_BY + r"\b",
                                              self.text[preceding[0].start : before], re.IGNORECASE):
            return self.table.unnamed(_lower_article(description))  # "documents reviewed by X ... The documents show": theirs
        for sentence in preceding:
            for mention in self._mentions(sentence, min(sentence.end, before)):
                if _SAW.search(self.text, max(0, mention.start - 30), mention.start):
                    continue  # "documents reviewed by Reuters": the outlet that saw them is not their author
                owner = self.table.entry(mention) if mention.kind in (("outlet",) if outlet else ("organisation", "outlet")) else None
                if owner is not None and owner.kind == "organisation" and all(e.id != owner.id for e in named):
                    named.append(owner)
        if not named and not outlet and len(words) <= 2:
            return self.table.unnamed(_lower_article(description))  # "the report says", no one named as its author: the report
        return named[0] if len(named) == 1 else None

    def _issuer(self, body: str, history: list[SpeakerEntry], before: int) -> SpeakerEntry | None:
        """The body a document comes from, as its words describe it ("the presidential office"): the organisation they
        stand for, else, for a body's noun with "the", an unnamed source in those words."""
        found = self._organisation_description(body, history, before)
        if found is None and head_word(body) in role_words().organisation_heads and body.lower().startswith("the "):
            found = self.table.unnamed(_lower_article(body))
        return found

    def _document_owner_after(self, at: int) -> SpeakerEntry | None:
        """Return the one organisation named in the sentence after the one at *at* when that sentence
        speaks of "the" document again ("The poll, conducted by X, ..."), else None."""
        after = [s for s in self.sentences if s.start > at][:1]
        if not after:
            return None
        span = after[0].span
        base = after[0].start - span.start_char
        nouns = role_words().document_nouns
        if not any(t.lemma_.lower() in nouns and any(c.lower_ == "the" for c in t.children) for t in span):
            return None
        named = {entry.id: entry for m in mentions_in(span.doc, after[0].start, after[0].end, base, self.directory,
                                                      self.source.publisher)
                 if m.kind == "organisation" and (entry := self.table.entry(m)) is not None and entry.kind == "organisation"}
        return next(iter(named.values())) if len(named) == 1 else None

    def _named_in_own_sentence(self, head: str, before: int) -> SpeakerEntry | None:
        """Return the one organisation named before *before* in its own sentence whose name holds *head* inside a word
        ("Nordbank raised its rate, the bank said": Nordbank), or None."""
        sentence = next((s for s in self.sentences if s.start <= before < s.end), None)
        if sentence is None:
            return None
        mentions = [m for m in self._mentions(sentence, before) if m.kind == "organisation"]
        if not mentions:  # ("Nordbank" untagged: a proper noun that holds the word)
            base = sentence.start - sentence.span.start_char
            mentions = [Mention(base + t.idx, base + t.idx + len(t.text), t.text, "organisation") for t in sentence.span
                        if t.pos_ == "PROPN" and head in t.lower_ and t.lower_ != head and base + t.idx < before]
        found = {e.id: e for m in mentions if (e := self.table.entry(m)) is not None and e.kind == "organisation" and head in e.name.lower()}
        return next(iter(found.values())) if len(found) == 1 else None

    def _abbreviated(self, head: str, before: int) -> SpeakerEntry | None:
        """Return the body named last, in the two sentences before *before*, by an abbreviation that may stand for a
        name holding *head* ("The IMF said ... The fund expects": IMF, whose F may be the fund's), or None."""
        last = self._named_organisation(None, before, most=2)
        if last is None or not re.fullmatch(r"[A-Z]{2,6}", last.name) or head[:1].upper() not in last.name:
            return None
        return last

    def _named_organisation(self, head: str | None, before: int, most: int | None = None,
                            also: tuple[str, ...] = ()) -> SpeakerEntry | None:
        """Return the organisation named last before *before* (in this paragraph or the three before it,
        or in the *most* sentences before) whose name holds the word *head* ("the ministry" -> "Defence
        Ministry"; any name without *head*) and the words *also* ("border" for "the border service"), or None."""
        paragraph = next((s.paragraph for s in self.sentences if s.start <= before < s.end), None)
        sentences = [s for s in self.sentences if s.start < before and (paragraph is None or s.paragraph >= paragraph - 3)]
        if most and sentences and before < sentences[-1].end:
            most += 1  # ("A, the company said": the words before the description, in its own sentence, and *most* before)
        for sentence in reversed(sentences[-most:] if most else sentences):
            for mention in reversed(self._mentions(sentence, min(sentence.end, before))):
                if mention.kind not in ("organisation", "title") or re.search(r"\b(?:on|via)\s+\Z", self.text[max(mention.start - 6, 0) : mention.start]):
                    continue  # (not the platform it wrote on: "In a post on Telegram, the company said")
                entry = self.table.entry(mention)
                # "ISW noted ... The institute assessed": the name an abbreviation stands for counts
                named = head is None or head in mention.text.lower().split() or entry is not None and head in entry.name.lower().split()
                if named and entry is not None and entry.kind == "organisation" and set(also) <= set(entry.name.lower().split()):
                    return entry
        return None

    def _from_description(self, description: str, history: list[SpeakerEntry], role: str | None = None,
                          before: int = 0) -> SpeakerEntry | None:
        text = strip_determiner(description).lower()
        if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", description) and self.table.person_names_in_text(description):
            # "Aldo Fields is a pastor. Fields believes ...": a surname the tagger read as a plural noun
            return self.table.entry(Mention(0, 0, description, "person"))
        if text in ("latter", "former") and description.lower().startswith("the "):
            return self._one_of_two(text == "latter", before)
        directory = self.directory
        if directory is not None:
            for key in (description.lower().strip(), text, "the " + text):
                titled = self.table.entry(Mention(0, 0, description, "title", directory.titles[key])) if key in directory.titles else None
                if titled is not None:  # (a generic title, "the think tank", of a body this article never names describes its own)
                    return titled
            bare = strip_determiner(description)
            # (a body's name only as a name: "the economist" is a person, not The Economist)
            known = directory.find_organisation(bare) if bare != bare.lower() else None
            if known is not None:  # ("The Russian MoD claimed": a body the directory knows, in words the tagger took for no name)
                return self.table.entry(Mention(0, 0, bare, "organisation", known.id))
        organisation = self._organisation_description(description, history, before)
        if organisation is not None:
            return organisation
        found = resolve_description(description, history, self.table.entries, role)
        if found is None and description.lower().startswith("the ") and text in role_words().synonyms:
            found = self._titled_before(role_words().synonyms[text], before)
        person_role = _person_role(role)
        office = re.split(r"\s+(?:of|for)\s+", text, maxsplit=1)[0].split()
        if found is None and description.lower().startswith("the ") and len(text.split()) <= 5 and office \
                and office[-1] in role_words().roles and (role is None or person_role is not None):
            # "Colonel Ants K. told a briefing ... The colonel noted", "Rear Admiral X ... the admiral said": the person
            # the sentences just before name with the description's own words as their title
            found = self._titled_before((text,), before)
        if found is None and person_role is not None and text.count(" ") < 3:
            # A short definite description ("the official", "the minister"; but no body's noun, "the regulator")
            # whose role no speaker states: the last person who spoke, unless
            # the text gave that person another role ("the president assured",
            # after the defence minister spoke, is someone else).
            found = last_person(history[-3:])
            if found is not None and found.role and (_other_office(person_role, _held(found)) or other_portfolio(description, found.role)):
                found = None
            owner = re.match(r"(?:the\s+)?(.+?)(?:'s|’s)\s", description, re.IGNORECASE)
            if found is not None and owner is not None and owner.group(1).lower() not in " ".join(
                    (found.name, found.role or "", found.affiliation or "")).lower():
                found = None  # "Nordbank's chief economist", "the IMF's representative": someone of that body, not whoever spoke last
        return found

    def _owner(self, doc: Doc, base: int, body: Mention) -> Mention | None:
        """Return the person whose body ``body`` is named as ("Mr Berg's press service": Mr Berg), or None."""
        owned = re.match(r"(.+?)(?:'s|’s)\s", body.text)
        if owned is None:
            return None
        people = [m for m in mentions_in(doc, body.start, body.start + owned.end(1), base, self.directory, self.source.publisher)
                  if m.kind == "person"]
        return people[-1] if people else None

    def _fits(self, mention: Mention | None, earlier: SpeakerEntry | None) -> bool:
        """False when ``mention`` is a pronoun that cannot stand for ``earlier`` ("he said" after a woman's quotation)."""
        return earlier is None or mention is None or mention.kind != "pronoun" or self._may_be(mention.text.lower(), earlier)

    def _asker(self, at: int) -> str | None:
        """``coref.asker`` of the sentence at ``at``."""
        sentence = next((s for s in self.sentences if s.start <= at < s.end), None)
        return asker(self.text[sentence.start : sentence.end]) if sentence is not None else None

    def _fits_pronoun(self, pronoun: str, asker: str | None, entry: SpeakerEntry) -> bool:
        """``_may_be``, and not the one who asked the question the pronoun's words answer; "he" and "she" are a person
        (named, or one the article does not name), never a place or a body ("The minister arrived in Kyiv. He told
        reporters ...": not Kyiv)."""
        if pronoun in ("he", "she", "him", "her") and not (entry.kind == "person" or _unnamed_one(entry)):
            return False
        return self._may_be(pronoun, entry) and not is_asker(entry, asker)

    def _may_be(self, pronoun: str, entry: SpeakerEntry) -> bool:
        """``coref.may_be`` for this article, each person judged once."""
        if entry.kind != "person":
            return True
        key = (pronoun, entry.id)  # (per pronoun: "they" tells nothing of the gender "he" asks for)
        if key not in self._genders:
            self._genders[key] = may_be(pronoun, entry, self.text)
        return self._genders[key]

    def _one_of_two(self, latter: bool, before: int) -> SpeakerEntry | None:
        """"The latter" / "the former": the second or first of the people the sentence before named."""
        earlier = [s for s in self.sentences if s.end <= before][-1:]
        for sentence in earlier:
            entries = [e for m in self._people(sentence) if (e := self.table.entry(m)) is not None and e.kind == "person"]
            distinct = list({e.id: e for e in entries}.values())
            if len(distinct) >= 2:
                return distinct[-1] if latter else distinct[0]
        return None

    def _continue(self, claims: list[_Candidate]) -> list[_Candidate]:
        """Attribute unattributed sentences between two claims of one speaker to that speaker.

        A paraphrase often runs over several sentences that name no one; when
        the same speaker is attributed before and after them, with no heading
        in between, the text clearly continues that speaker.
        """
        headings = sorted(i for i, (p, _) in enumerate(self.docs) if p.is_heading)
        added: list[_Candidate] = []
        # Sentences by start, each marked when a claim overlaps it, so that a
        # gap is a slice: the whole text is not scanned for every pair.
        spans = _Spans()
        for claim in claims:
            spans.add(claim)
        sentences = sorted(self.sentences, key=lambda s: s.start)
        starts = [s.start for s in sentences]
        claimed = [any(c.start < s.end and s.start < c.end for c in spans.touching(s.start, s.end)) for s in sentences]
        names = {w.lower() for e in self.table.entries if e.kind == "person" for n in (e.name, *e.names) for w in n.split()}
        for first, second in zip(claims, claims[1:]):
            assert first.entry is not None and second.entry is not None
            if first.entry.id != second.entry.id:
                continue
            after = bisect.bisect_right(headings, first.paragraph)
            if after < len(headings) and headings[after] < second.paragraph:
                continue
            gap = [
                sentences[i]
                for i in range(bisect.bisect_left(starts, first.end), bisect.bisect_right(starts, second.start))
                if sentences[i].end <= second.start and not claimed[i]
            ]
            if any(writers_voice(s.span) for s in gap):
                continue  # the writer speaking ("I live in ...") breaks the paraphrase
            keep = [s for s in gap if not s.skip and not _about_someone(s.span, names) and not _other_voice(s.span)]
            quoted = self._quotes or []
            if all(any(q.start <= c.start and c.end <= q.end for q in quoted) for c in (first, second)):
                # between two quotations, the words outside quotation marks are the writer's: only a quotation
                # the parser split into sentences continues
                keep = [s for s in keep if any(q.start <= s.start < q.end for q in quoted)]
            if not keep or len(keep) > MAX_CONTINUATION:
                continue
            for sentence in keep:
                start, end = trim(self.text, sentence.start, sentence.end)
                inner = [c for c in self.candidates if c.direct and c.entry is None and c.cue is None
                         and start <= c.start and c.end <= end]
                if inner:
                    # A quotation inside the sentence with no cue of its own
                    # ("Asked whether ..., the minister: '...'"): the quoted words.
                    start, end = inner[0].start, inner[0].end
                added.append(_Candidate(start, end, sentence.paragraph, False, None, None,
                                        confidence=CONFIDENCE["continued"], entry=first.entry,
                                        antecedent=self._spoken_at(first), relay=first.relay))
        return sorted(claims + added, key=lambda c: c.start)

    def _doc_at(self, start: int) -> tuple[Paragraph, Doc]:
        # Paragraphs come in order: the one that starts last at or before
        # ``start`` (or the one before it, which may end right there).
        if len(self._starts) != len(self.docs):
            self._starts = [p.start for p, _ in self.docs]
        at = bisect.bisect_right(self._starts, start) - 1
        for paragraph, doc in self.docs[max(at - 1, 0) : at + 1] if at >= 0 else ():
            if paragraph.start <= start < paragraph.end + 1:
                return paragraph, doc
        for paragraph, doc in self.docs:
            if paragraph.start <= start < paragraph.end + 1:
                return paragraph, doc
        raise ValueError(start)

    def _about(self, doc: Doc, base: int, start: int, end: int) -> list[Entity]:
        found: dict[str, Entity] = {}
        for ent in doc.ents:
            if not (start <= base + ent.start_char < end) or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
                continue
            name = strip_determiner(ent.text)
            known = self.directory.find_entity(name) if self.directory and hasattr(self.directory, "find_entity") else None
            if known is None:
                if ent.label_ == "NORP" or not name[:1].isupper():
                    continue
                kind = {"GPE": "place", "LOC": "place", "ORG": "organisation", "PERSON": "person"}[ent.label_]
                known = Entity(entity_id(name), name, kind)  # type: ignore[arg-type]
            found.setdefault(known.id, known)
        return list(found.values())

    def _interviews(self) -> None:
        """Give the answers of an interview printed as dash turns to the interviewee.

        The interviewee is who the frame after the turns names ("This was
        stated by X"), else the person named last in the two paragraphs
        before them (the lead: "X told Y in an interview"). Claims the rules
        made inside the turns go: an answer is one person's words, whatever
        it reports, and a question is nobody's claim. Where half the answers or
        more report others by name, the turns are an explainer's and stay as
        they are.
        """
        starts = [p.start for p, _ in self.docs]
        for block in interview_blocks(self.text, body_start(self.text)):
            first, last = block[0].start, block[-1].end
            inside = [c for c in self.candidates if first <= c.start and c.end <= last + 1]
            answers = [t for t in block if not t.question]
            sourced = [t for t in answers if any(t.start <= c.start and c.end <= t.end + 1 and (
                c.unnamed or c.description or c.mention is not None and c.mention.kind in ("person", "organisation")) for c in inside)]
            if 2 * len(sourced) >= len(answers):
                continue  # an explainer's "Q: / A:": the writer answers, citing others ("A: Less than feared, said X")
            after = next((s for s in self.sentences if s.start > last), None)
            frame = self._frame(after) if after is not None else None
            speaker: Mention | None = frame.mention if frame is not None else None
            if frame is None:
                lead = bisect.bisect_right(starts, first) - 1
                for sentence in reversed([s for s in self.sentences if s.end <= first and s.paragraph >= lead - 2]):
                    span = sentence.span
                    people = [m for m in mentions_in(span.doc, sentence.start, sentence.end, sentence.start - span.start_char,
                                                     self.directory, self.source.publisher) if m.kind == "person"]
                    # (not whom the interview was given to, a name the recogniser may take for a person's: "X gave an
                    # interview to Ukrainska Pravda", "X spoke with Radio Nord")
                    people = [m for m in people if not _GIVEN_TO.search(self.text[max(0, m.start - 12) : m.start])] or people
                    if people:
                        speaker = people[-1]
                        break
            if speaker is None and frame is None:
                speaker = self._interviewee(block)
            if speaker is None and (frame is None or not (frame.description or frame.unnamed)):
                continue
            framed = [c for c in self.candidates if after is not None and frame is not None and c.cue_span is not None
                      and after.start <= c.cue_span[0] < after.end and c.start < after.start]
            gone = {id(c) for c in [*inside, *framed]}
            self.candidates = [c for c in self.candidates if id(c) not in gone]
            for turn in block:
                answer = self._answer(turn, speaker, starts)
                if answer is None:
                    continue
                if frame is not None:
                    answer.description, answer.unnamed, answer.role = frame.description, frame.unnamed, frame.role
                    answer.relay = (frame.relay.start, frame.relay.end) if frame.relay is not None else None
                self.candidates.append(answer)

    def _transcripts(self) -> None:
        """Give each turn of a transcript ("KEATINGE: The navy lacks the ships.") to the person its label names.

        A label is a person's when it names someone the article or the directory names in full (a surname
        alone, as transcripts have it; in capitals read as its capitalised form), or a word the speakers
        table takes for a surname; "Update:", "Sumy Region:" name nobody.
        Claims the rules made inside the turns go, as in an interview; a turn that asks is nobody's claim,
        and a turn whose label names no person (the interviewer's outlet, a region in a digest) is left alone.
        """
        starts = [p.start for p, _ in self.docs]
        for block in labelled_blocks(self.text, body_start(self.text)):
            people: list[tuple[Turn, Mention]] = []
            # (two people make an exchange; one person answering labelled questions is an interview, and a label in
            # capitals that answers them names its guest: "QUESTION: When? // BONDAR: Not before the autumn.")
            asked = any(t.question for t in block)
            labels = [self.text[t.label_start : t.label_end] for t in block]
            # (a guest never asks and answers at least once: "KHARKIV: Sirens sounded. // ODESA: Will the port reopen?")
            guests = {label for label in labels if asked and label.isupper() and qa_label(label) is None}
            guests -= {labels[i] for i, t in enumerate(block) if t.question}
            guests &= {labels[i] for i in range(1, len(block)) if block[i - 1].question}
            for turn in block:
                label = self.text[turn.label_start : turn.label_end]
                name = label.title() if label.isupper() else label
                words = name.split()
                person = all(w[:1].isupper() for w in words) and not is_outlet(name, self.source.publisher) and (
                    turn.described and len(words) >= 2 or label in guests
                    and len(words) <= 3 and name.lower() not in role_words().roles and not self._place_label(turn)
                    or bool(self.directory and self.directory.find_person(name))
                    or any(n in self.table.person_spellings for n in self.table.person_names_in_text(words[-1]))
                    or len(words) == 1 and self.table.surname_of_person(name))
                if person:
                    people.append((turn, Mention(turn.label_start, turn.label_end, name, "person")))
            if len(people) < (1 if asked else 2):
                continue
            first, last = block[0].start, block[-1].end
            self.candidates = [c for c in self.candidates if not (first <= c.start and c.end <= last + 1)]
            self.candidates += [answer for turn, mention in people if (answer := self._answer(turn, mention, starts)) is not None]

    def _place_label(self, turn: LabelledTurn) -> bool:
        """True for a transcript label that names a place or a body ("KYIV:" in a digest), as the directory or the
        recogniser knows it."""
        label = self.text[turn.label_start : turn.label_end].title()
        if self.directory is not None and self.directory.find_organisation(label):
            return True
        paragraph, doc = self._doc_at(turn.label_start)
        return any(t.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP") for t in doc
                   if turn.label_start <= paragraph.start + t.idx < turn.label_end)

    def _answer(self, turn: Turn, speaker: Mention | None, starts: list[int]) -> _Candidate | None:
        """Return a turn's words as a direct claim of ``speaker`` (``starts``: the paragraphs' offsets); a question is none."""
        if turn.question:
            return None
        start, end = trim(self.text, turn.start, turn.end)
        return _Candidate(start, end, bisect.bisect_right(starts, start) - 1, True, None, speaker, confidence=CONFIDENCE["resolved"])

    def _interviewee(self, block: list[Turn]) -> Mention | None:
        """Return the person a question addresses ("Mr Petrenko, will ...?"), else the first person the
        paragraph after the turns names, not as the interviewer ("X is an analyst. He was interviewed by Y")."""
        for turn in (t for t in block if t.question):
            paragraph, doc = self._doc_at(turn.start)
            people = [m for m in mentions_in(doc, turn.start, turn.end, paragraph.start, self.directory, self.source.publisher)
                      if m.kind == "person"]
            if people:
                return people[0]
        after = next((p for p, _ in self.docs if p.start > block[-1].end), None)
        if after is None:
            return None
        paragraph, doc = self._doc_at(after.start)
        people = [m for m in mentions_in(doc, paragraph.start, paragraph.end, paragraph.start, self.directory, self.source.publisher)
                  if m.kind == "person" and not re.search(r"\bby\s+\Z", self.text[max(paragraph.start, m.start - 4) : m.start])]
        return people[0] if people else None

    def _frame(self, sentence: _Sentence) -> Who | None:
        """Return who a sentence that reports what came before it names ("This was stated by X"), or None."""
        span = sentence.span
        base = sentence.start - span.start_char
        for cue in find_cues(span, base):
            verb = span.doc[cue.token] if cue.kind == "verb" else None
            if verb is not None and (points_back(verb) or reports_alone(verb)):
                who = who_said(span.doc, verb, base, sentence.start, sentence.end, self.directory, self.source.publisher)
                if not who.blocked and (who.mention is not None or who.description or who.unnamed):
                    return who
        return None

    def run(self) -> Extraction:
        self._interviews()
        self._transcripts()
        claims = self._continue(self._resolve())
        self._name_the_lead(claims)
        # Overlaps: a quotation wins over the indirect report that contains it.
        kept: list[_Candidate] = []
        near = _Spans()  # the kept claims by position: only those that touch a candidate matter
        for candidate in sorted(claims, key=lambda c: (not c.direct, -c.confidence, -(c.end - c.start))):
            touching = near.touching(candidate.start, candidate.end)
            overlap = sum(max(0, min(c.end, candidate.end) - max(c.start, candidate.start)) for c in touching)
            # A report that wraps a quotation of the same speaker repeats it.
            wraps = any(c.entry is candidate.entry and min(c.end, candidate.end) - max(c.start, candidate.start) >= 0.5 * min(c.end - c.start, candidate.end - candidate.start) for c in touching)
            if overlap < 0.5 * (candidate.end - candidate.start) and not wraps:
                kept.append(candidate)
                near.add(candidate)
        records: list[Claim] = []
        entities: dict[str, Entity] = {}
        used: set[str] = set()
        for candidate in sorted(kept, key=lambda c: c.start):
            assert candidate.entry is not None
            for start, end in candidate.pieces or [(candidate.start, candidate.end)]:
                records.append(self._claim(candidate, start, end, entities))
                used.add(candidate.entry.id)
        for entry in self.table.entries:
            if entry.id in used:
                self.table.describe_from_text(entry)
        people, organisations = self.table.records(used)
        notes = () if self.source.published else (NO_DATE_NOTE,)
        return Extraction(self.source, tuple(records), people, organisations, tuple(entities.values()), notes)

    def _name_the_lead(self, claims: list[_Candidate]) -> None:
        """Give the lead's unnamed speaker the person the next paragraphs introduce in that role: wire copy opens with
        "A, a senior Ukrainian commander has warned." and names him after ("Lieutenant General X, commander of the
        Joint Forces, told ..."). Only an indefinite description ending in a role or source word ("commander",
        "official"), in the first two paragraphs,
        and the first person who speaks within the two paragraphs after it and whose role in the text holds that word
        (or a synonym of it); the name is kept as the claim's antecedent."""
        words = role_words()
        for candidate in claims:
            entry = candidate.entry
            if entry is None or entry.kind != "unnamed" or candidate.paragraph > 1:
                continue
            lead = re.fullmatch(r"(?:a|an)\s+(?:[\w-]+\s+){0,3}(?P<head>[a-z-]+)", entry.name)
            if lead is None or lead.group("head") not in words.roles and lead.group("head") not in words.source_nouns \
                    or lead.group("head") in ("source", "person", "people", "insider"):
                continue
            sentence = next((x for x in self.sentences if x.start <= candidate.start < x.end), None)
            if sentence is not None and _ANONYMOUS.search(self.text, sentence.start, sentence.end):
                continue  # "a senior official, who asked not to be named, said": never a name the article gives later
            heads = (lead.group("head"), *words.synonyms.get(lead.group("head"), ()))
            later = [c for c in claims if c.entry is not None and c.entry.kind == "person" and c.start > candidate.end
                     and c.paragraph <= candidate.paragraph + 2]
            for other in sorted(later, key=lambda c: c.start):
                assert other.entry is not None
                self.table.describe_from_text(other.entry)
                role = f"{other.entry.role or ''} {other.entry.affiliation or ''}".lower()
                if other.mention is not None and (aside := re.match(r",\s*([^,.;:]{3,120}),", self.text[other.mention.end :])):
                    role += " " + aside.group(1).lower()  # ("X, a senior official at the port authority, told ...")
                if other.mention is not None:
                    role += " " + other.mention.text.lower()  # (a title in the name's words: "Mayor X")
                if any(re.search(r"\b" + re.escape(h) + r"\b", role) for h in heads):
                    candidate.entry = other.entry
                    if other.mention is not None and other.mention.end > other.mention.start:
                        candidate.antecedent = (other.mention.start, other.mention.end)
                    break

    def _claim(self, candidate: _Candidate, start: int, end: int, entities: dict[str, Entity]) -> Claim:
        assert candidate.entry is not None
        text = self.text[start:end]
        cid = claim_id(self.source.id, start, end, text)
        paragraph, doc = self._doc_at(start)
        span = _span(doc, paragraph.start, start, end)
        cue = _span(doc, paragraph.start, *candidate.cue_span) if candidate.cue_span is not None else None
        # ("In March 2025, the governor said inflation would fall by the end of the year": that year's end)
        anchor = said_when(doc, cue.root, self.source.published) if cue is not None else None
        predictions = as_predictions(cid, detect_predictions(text, anchor or self.source.published, span=span, cue=candidate.cue,
                                                             direct=candidate.direct))
        about = self._about(doc, paragraph.start, start, end)
        for entity in about:
            entities.setdefault(entity.id, entity)
        return Claim(cid, self.source.id, candidate.entry.id, text, start, end, candidate.direct,
                     candidate.cue, round(candidate.confidence, 2), tuple(e.id for e in about), predictions,
                     **self._spans(candidate))

    def _spans(self, candidate: _Candidate) -> dict[str, Any]:
        """Return the audit fields of a claim (see Claim): cue, mention, antecedent and relay offsets and words."""
        mention = candidate.mention
        said = (mention.start, mention.end) if mention is not None and mention.end > mention.start else candidate.said_by
        fields: dict[str, Any] = {}
        for name, span in (("cue", candidate.cue_span), ("mention", said), ("antecedent", candidate.antecedent),
                           ("via", candidate.relay)):
            if span is not None:
                if name != "cue":
                    fields[name] = self.text[span[0] : span[1]]
                fields[f"{name}_start"], fields[f"{name}_end"] = span
        return fields


#: A stage run on an article's final rule claims: (extraction, [(paragraph offset, doc)], directory) -> extraction.
Stage = Callable[[Extraction, list[tuple[int, Doc]], "DirectoryLike | None"], Extraction]


def _finish(article: _ArticleExtractor, stage: Stage | None) -> Extraction:
    link_paragraphs(doc for _, doc in article.docs)  # a pronoun opening a paragraph: its noun may be in the one before
    extraction = article.run()
    if stage:
        extraction = stage(extraction, [(p.start, doc) for p, doc in article.docs], article.directory)
    return date_anchors(extraction)  # "after the drills": a window where the article dates the drills


def _units(source: Source) -> tuple[list[Paragraph], list[Quote]]:
    paras = paragraphs(source.text, body_start(source.text))
    return paras, find_quotes(source.text, paras)


def extract_many(
    sources: Iterable[Source],
    directory: DirectoryLike | None = None,
    nlp: Language | None = None,
    *,
    batch_size: int = 256,
    stage: Stage | None | Literal["default"] = "default",
) -> Iterator[Extraction]:
    """Yield one Extraction per source, parsing all paragraphs with ``nlp.pipe`` in batches.

    ``directory`` defaults to the packaged people and entities; ``nlp`` to
    the attribution pipeline (``load_attribution()``: en_core_web_sm and the
    trained stage; pass ``load_nlp()`` for the rules alone). ``stage`` gets
    each article's final rule claims with its paragraph docs (see
    ``ingest.attribution.merge``); by default the trained stage's proposals
    are added when ``nlp`` tags attribution spans.
    """
    if nlp is None:
        from ingest.attribution.model import load_attribution

        nlp = load_attribution()
    if stage == "default":
        from ingest.attribution.merge import default_stage

        stage = default_stage(nlp)
    directory = directory if directory is not None else _default_directory()

    def stream() -> Iterator[tuple[str, tuple[int, int, Paragraph, Source, list[Quote]]]]:
        for number, source in enumerate(sources):
            paras, quotes = _units(source)
            if not paras:
                yield "", (number, -1, Paragraph(0, 0, ""), source, quotes)
            for index, paragraph in enumerate(paras):
                yield paragraph.text, (number, index, paragraph, source, quotes)

    current: _ArticleExtractor | None = None
    current_number = -1
    for doc, (number, index, paragraph, source, quotes) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        if number != current_number:
            if current is not None:
                yield _finish(current, stage)
            current, current_number = _ArticleExtractor(source, directory), number
        if index >= 0:
            assert current is not None
            current.add_paragraph(index, paragraph, doc, current.quotes_in(quotes, paragraph))
    if current is not None:
        yield _finish(current, stage)


def extract(source: Source, directory: DirectoryLike | None = None, nlp: Language | None = None) -> Extraction:
    """Return the claims, speakers and entities of one source.

    ``directory`` defaults to the packaged people and entities (pass an
    empty ``Directory()`` to use none); ``nlp`` as in ``extract_many``.
    """
    return next(extract_many([source], directory, nlp))
