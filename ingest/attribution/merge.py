"""The trained stage's relations -> claims with speakers, alone or added to the rules' claims.

Plain functions over plain data: the source, the rules' Extraction, the
paragraph docs the attribution pipeline tagged (each with its offset in the
source) and the directory. ``ingest.extract`` calls :func:`add_proposals`
(the ``combined`` extractor) or :func:`model_claims` (``model``) once an
article's rule claims are final.

Which relations become proposals (``combine.propose_claims``): every
CONTENT no rule claim overlaps, with or without a cue or a source in its
paragraph; of a content a rule claim overlaps, the untouched rest when it is
at least 0.4 of it and continues the claim's sentence. A content must have 3
words and a verb, or be a quotation.

Naming a relation's speaker, with the functions the rules use:

* a paragraph opening with a transcript label ("NOVAK: ...") -> the person of
  that surname the article names;
* no SOURCE span -> the subject the parse gives the cue ("the board warned",
  "X agreed but contended"), which must name people, then as below; with no
  CUE either, the cue is the verb the parse makes the content depend on
  ("Melanie thought [...]", ``governing_cue``);
* the SOURCE span names a person or an organisation (spaCy's entities, the
  directory, ``mentions.mentions_in``), as its head or in apposition to it
  ("another critic, Lena Novak,") -> that speaker, merged with the
  article's other spellings of it (``identities.SpeakerTable``); an
  organisation owning a document ("a Kestrel Institute poll") -> the
  organisation; a capitalised head spaCy missed -> a name, at a sentence's
  start only when the article writes it capitalised elsewhere and never in
  lower case;
* a singular pronoun ("she", "he") -> the last person who spoke before it
  (``coref.last_person``), else the last person named earlier in the
  paragraph or in the article;
* "it" / "they" -> the nearest earlier subject, in the paragraph or the one
  before, when it is an organisation / a group of people; "who", "which" ->
  the noun its relative clause belongs to;
* a description ("officials", "a person familiar with the talks",
  "Republicans") -> the person the directory or an earlier speaker's role
  says it is (``coref.resolve_description``), else an unnamed speaker of this
  article, when its head names people or a party or nationality;
* no SOURCE and no subject that names someone, "I", "we", an unresolved
  "it"/"they" -> the speaker of the nearest earlier claim in the same
  paragraph;
* else (an unresolved "he", "the report", "polls") the relation is dropped:
  a claim's speaker is never a bare pronoun nor a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.model import (
    Claim,
    Entity,
    Extraction,
    claim_id,
    entity_id,
)
from ingest.attribution.combine import ProposedClaim, propose_claims
from ingest.attribution.model import AttributionSpan, spans_of
from ingest.attribution.pipe import AttributionRecognizer
from ingest.clauses import is_passive, unanswered, writers_voice
from ingest.contents import COMMENT_NOUNS, free_relative, trim
from ingest.coref import asker, is_asker, last_person, may_be, resolve_description
from ingest.cues import cue_lexicon, unsaid, wished
from ingest.datelines import after_dateline
from ingest.identities import SpeakerEntry, SpeakerTable
from ingest.layout import is_heading
from ingest.lexicon import word_set
from ingest.mentions import PRONOUNS, DirectoryLike, Mention, choose_speaker, mentions_in, role_words, strip_determiner
from ingest.prediction_words import words as prediction_words
from ingest.predictions import as_predictions, detect_predictions
from ingest.speakers import people_nouns, subject_token, subject_words, who_stands_for

#: Confidence of a claim the trained stage proposed, by how its speaker was found (below the rules' 0.55-0.9:
#: the model's relations are less precise than the rules' on both yardsticks).
CONFIDENCE = {"named": 0.6, "resolved": 0.5, "unnamed": 0.5, "inherited": 0.45}

_QUOTES = "\"“”«»„"
#: A transcript's speaker label opening a content: "NOVAK: ..." (a surname in capitals and a colon).
_LABEL = re.compile(r"[\"“]?([A-Z][A-Z'’-]+):\s")
#: Pronouns that stand for an organisation or a group, resolved through the subject before them (``_group``).
_GROUP_PRONOUNS = frozenset({"it", "they"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_FIRST_PERSON = re.compile(r"^(?:i|we|us|me|my|our|they|them|their|it|you)$", re.IGNORECASE)
#: A content that says nothing was said ("declined to comment", "refused to elaborate").
_NO_COMMENT = re.compile(r"to\s+(?:comment|elaborate|speculate|give\s+(?:details|a\s+date)|say\s+more|go\s+into\s+details?"
                         r"|(?:give|provide|disclose|reveal|share)\s+(?:his|her|their|its)\s+(?:(?:full|last|first|family)\s+)?(?:sur)?names?)\b",
                         re.IGNORECASE)  # (or "declined to give her last name": the writer on a source's anonymity)
#: The writer's note on why a source is unnamed: "speaking on condition of anonymity as the talks are private".
_ANONYMITY = re.compile(r"(?:speaking|talking)\s+on\s+(?:the\s+)?condition\s+(?:of|that)\b"
                        r"|(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+)?(?:be|was|were)\s+(?:withheld|used|published|given|disclosed)\b", re.IGNORECASE)
#: Words of a share of people ("61 percent", "nine per cent", "12%"), as a poll reports what they said.
_SHARES = frozenset({"percent", "cent", "%"})
#: How a content depends on the verb that governs it when the tagger marked no cue (``_Resolver.governor``):
#: its clause ("thought [it was wrong]"), infinitive, object, or its preposition's object ("calling for [...]").
_GOVERNED = frozenset({"ccomp", "xcomp", "dobj", "prep"})


@dataclass(frozen=True)
class Options:
    """How proposals are chosen (the variants the figures were measured for)."""

    need_source: bool = False
    """Drop a relation with no SOURCE span (else it inherits the speaker of the claim before it)."""
    min_words: int = 3
    """Drop a content of fewer words."""
    need_verb: bool = True
    """Drop a content with no verb (a bare noun phrase: "the plan", "more sanctions")."""
    person_heads: bool = True
    """Take a description as an unnamed speaker only when its head word names people
    (``data/lexicon/sources.yaml``, a role word or an organisation's head), not "the report"."""


DEFAULT = Options()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's doc (tagged by the attribution pipeline) and its offset in the source."""

    start: int
    doc: Doc

    @property
    def end(self) -> int:
        return self.start + len(self.doc.text)


@dataclass
class _Speaker:
    id: str
    kind: str  # person, organisation, unnamed
    entry: SpeakerEntry | None
    confidence: float
    mention: tuple[int, int] | None
    antecedent: tuple[int, int] | None = None


def paragraphs_of(docs: Sequence[tuple[int, Doc]]) -> list[Paragraph]:
    """Wrap (offset, doc) pairs."""
    return [Paragraph(start, doc) for start, doc in docs]


def _span(paragraph: Paragraph, start: int, end: int) -> Span | None:
    return paragraph.doc.char_span(start - paragraph.start, end - paragraph.start, alignment_mode="expand")


def governing_cue(proposal: ProposedClaim, paragraph: Paragraph) -> ProposedClaim:
    """Return *proposal* with the verb the parse makes its content depend on as its cue, when the
    tagger gave it neither cue nor source: "Anna thought [the whole plan was reckless]",
    "Berg is pushing for [a review to ...]" (a clause or object of a verb outside the content,
    or the object of that verb's preposition). Else *proposal* unchanged."""
    if proposal.cue is not None or proposal.source is not None:
        return proposal
    span = _span(paragraph, proposal.content.start, proposal.content.end)
    if span is None:
        return proposal
    root, head = span.root, span.root.head
    if head.pos_ == "ADP" and root.dep_ == "pobj" and not span.start <= head.i < span.end:
        root, head = head, head.head
    outside = head is not root and not span.start <= head.i < span.end
    if not outside or head.pos_ not in ("VERB", "AUX") or root.dep_ not in _GOVERNED:
        return proposal
    start, end = paragraph.start + head.idx, paragraph.start + head.idx + len(head)
    return replace(proposal, cue=AttributionSpan("CUE", start, end, head.text))


#: Verbs that state a doubt or a split with a "whether" clause: "X questioned whether A", "X are divided on whether A"
_DOUBTING = word_set("cues", "doubting_verbs")


def keep(proposal: ProposedClaim, paragraph: Paragraph, options: Options) -> bool:
    """True when *proposal*'s content passes *options*' filters."""
    if options.need_source and proposal.source is None:
        return False
    span = _span(paragraph, proposal.content.start, proposal.content.end)
    if span is None:
        return False
    if _NO_COMMENT.match(span.text) or _ANONYMITY.match(span.text):
        return False  # "declined to comment", "speaking on condition of anonymity as ...": nothing was said
    cue = _span(paragraph, proposal.cue.start, proposal.cue.end) if proposal.cue else None
    if span[0].lower_ == "whether" and (cue is None or cue.root.lemma_.lower() not in _DOUBTING):
        return False  # "Asked by reporters whether A, X said B": a question, not what anyone said ("X doubted whether A" is)
    if cue is not None and cue.root.lemma_.lower() in prediction_words().question_cues and any(
            t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP") for t in span[:5]):
        return False  # "asked the panelists whether A": a question put, no statement
    if cue is not None and unanswered(cue.root, span):
        return False  # "did not say what kind of test he expected": a question left open states nothing
    if cue is not None and cue.root.lemma_.lower() in cue_lexicon().refusal_verbs and len(span) > 1 and span[0].lower_ == "to" \
            and (span[1].lemma_.lower() in cue_lexicon().verbs | prediction_words().withheld_words or span[1].lower_ == "be"):
        # ("declined to be named", "declined to give figures": words withheld)
        return False  # "declined to say whether ...", "refused to say when": nothing was said (but "refused to release X" is a stance)
    if cue is not None and span[0].tag_ == "VBG" and span[0].dep_ == "advcl" and span[0].head.i == cue.root.i \
            and span[0].i > cue.root.i and any(t.text == "," for t in paragraph.doc[cue.root.i : span[0].i]) \
            and span[0].lemma_.lower() not in cue_lexicon().verbs and not any(c.dep_ == "ccomp" for c in span[0].children):
        return False  # '"...," he said, stirring his coffee': what the speaker did while saying it
    if cue is not None and span[0].dep_ == "mark" and span[0].lower_ in ("as", "while", "when") and span.root.dep_ == "advcl" \
            and span.root.head.i == cue.root.i and span.start > cue.root.i:
        return False  # '"...," X says as he walks through the hall': what the speaker did while saying it
    if span.root.dep_ == "pobj" and span.root.head.lower_ in ("about", "of", "on") \
            and span.root.head.head.lemma_.lower() in ("speak", "talk", "comment") and span.root.head.i == span.start - 1:
        return False  # "Speaking about the coming school year, the governor said A": the topic, not what was said
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.lemma_.lower() in ("say", "write") \
            and span.root.head.i == span.start - 1:
        return False  # '"...," the analyst said of the promised ceasefire': what the words were about
    if cue is not None and cue.root.lemma_.lower() in cue_lexicon().needs_clause and span.root.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in span.root.children):
        return False  # "demand shows no sign of slowing": "shows" reports only a clause ("shows that ...")
    if len(span) > 2 and span[0].pos_ == "CCONJ" and span[1].tag_ in ("VBD", "VBZ", "VBP") and span[2].lower_ in ("no", "not"):
        return False  # "He added that A, but gave no indication that B": what the subject did not say
    if cue is not None and free_relative(cue.root):
        return False  # "Everything Berg says is a lie": no report of its own
    governor = span.root.head
    if governor.i != span.root.i and not span.start <= governor.i < span.end and governor.lemma_.lower() in cue_lexicon().verbs \
            and wished(governor):
        return False  # "Moscow wants Washington to believe [a deal is close]": a view wished on someone, held by no one
    if cue is not None and any(unsaid(t) for t in (*cue, *span[:2])):
        return False  # "X never said that A", "X denied saying [that A]", "X is expected [to say that A]": nothing was said
    if writers_voice(span[0].sent, ("i",)):
        return False  # "I hope he is right. I fear he is not.": the writer's own voice, no one else's claim
    if cue is not None and cue.root.lemma_.lower() in prediction_words().expect_verbs \
            and is_passive(cue.root) and span[0].lower_ == "to" and (
                proposal.source is None or proposal.source.start > paragraph.start + cue.start_char
                and not _same_sentence(paragraph, proposal.source.start, paragraph.start + cue.start_char) or any(
                    c.dep_ == "nsubjpass" and paragraph.start + c.idx < proposal.source.end
                    and proposal.source.start < paragraph.start + c.idx + len(c) for c in cue.root.children)):
        # "He is expected to meet both delegations", "Real GDP is projected to grow 2%": the writer's forecast of
        # what the subject does, not its words (with no source, or one of a sentence after it, the subject would be
        # taken for the speaker; "Analysts expect A. B is projected to C" is the analysts')
        return False
    if cue is not None and cue.root.lemma_.lower() in cue_lexicon().permission_verbs:
        return False  # "he was not allowed to speak to the media": the writer on a source's anonymity
    if cue is not None and _unnamed_on_request(span):
        return False  # "who asked not to be named because ...": the writer on a source's anonymity
    if cue is not None and cue.root.lemma_.lower() == "ask" and cue.root.tag_ == "VBN" and (cue.root.dep_ in ("advcl", "ROOT") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.root.children) or any(c.dep_ == "auxpass" for c in cue.root.children)):
        return False  # "Asked whether Kyiv could hold, he replied ...", "X was asked about Y": the question is the asker's
    commented = len(span) > 1 and span[0].lower_ in ("a", "an") and span[1].lemma_.lower() in COMMENT_NOUNS
    if proposal.part and (span[0].is_sent_start or span[0].lower_ in ("which", "who", "whom", "whose") or commented
                          or paragraph.doc.text[:span.start_char].rstrip().endswith(("-", "–", "—"))):
        return False  # the rest of a content after a claim's sentence, or its ", which ...", dashed or ", a claim ..." aside: the writer's
    if sum(1 for t in span if not t.is_punct) < options.min_words:
        return False
    # A quoted phrase is the speaker's own words even without a verb ("a disgrace to the office").
    quoted = _direct(paragraph.doc.text, span.start_char, span.end_char)
    return not options.need_verb or quoted or any(t.pos_ in ("VERB", "AUX") for t in span)


class _Resolver:
    """Speakers of one article's proposals, sharing the rules' identities where they meet."""

    def __init__(self, extraction: Extraction, directory: DirectoryLike | None, options: Options = DEFAULT) -> None:
        self.options = options
        self.source = extraction.source
        self.text = extraction.source.text
        self.directory = directory
        self.table = SpeakerTable(self.text, directory, self.source.id)
        self.kinds: dict[str, str] = {}
        self.entries: dict[str, SpeakerEntry] = {}
        for person in extraction.people:
            self.kinds[person.id] = person.kind
            if person.kind == "person":
                self._seed(Mention(0, 0, person.name, "person", person.id if directory and directory.get(person.id) else None))
            elif person.kind == "unnamed":
                self.table.unnamed(person.name)  # ("the minister" of a rule claim is the proposals' "minister")
        for org in extraction.organisations:
            self.kinds[org.id] = "organisation"
            self._seed(Mention(0, 0, org.name, "organisation", org.id if directory and directory.get(org.id) else None))
        # (position, speaker) of every claim so far, for pronouns and inherited speakers.
        self.history: list[tuple[int, int, _Speaker]] = []
        self.paragraphs: list[Paragraph] = []
        self._named: dict[int, list[Mention]] = {}
        self._capitalised: dict[str, bool] = {}

    def _seed(self, mention: Mention) -> None:
        entry = self.table.entry(mention)
        if entry is not None:
            self.entries[entry.id] = entry

    def remember(self, claim: Claim) -> None:
        """Add a claim's speaker to the history pronouns resolve against."""
        kind = self.kinds.get(claim.speaker_id, "person")
        entry = self.entries.get(claim.speaker_id)
        where = (claim.mention_start, claim.mention_end) if claim.mention_start is not None and claim.mention_end is not None else None
        self.history.append((claim.start, claim.end, _Speaker(claim.speaker_id, kind, entry, claim.confidence, where)))

    def reported_by(self, claim: Claim) -> _Speaker:
        """The speaker of a rule claim, for a proposal that shares its cue."""
        where = (claim.mention_start, claim.mention_end) if claim.mention_start is not None and claim.mention_end is not None else None
        return _Speaker(claim.speaker_id, self.kinds.get(claim.speaker_id, "person"), self.entries.get(claim.speaker_id),
                        CONFIDENCE["named"], where)

    def _before(self, position: int) -> list[_Speaker]:
        return [s for start, _, s in sorted(self.history, key=lambda h: h[0]) if start < position]

    def _entry(self, entry: SpeakerEntry, confidence: float, mention: tuple[int, int] | None) -> _Speaker:
        self.entries[entry.id] = entry
        self.kinds.setdefault(entry.id, entry.kind)
        return _Speaker(entry.id, entry.kind, entry, confidence, mention)

    def speaker(self, proposal: ProposedClaim, paragraph: Paragraph, depth: int = 0, parsed: bool = False) -> _Speaker | None:
        """Return who said *proposal*, or None (see the module docstring).

        *parsed* says that its source is the subject the parse gave the cue, not a SOURCE span.
        """
        if proposal.source is None:
            found = self._label(proposal, paragraph)
            subject = self.cue_subject(proposal, paragraph) if found is None else None
            if subject is not None:
                found = self.speaker(replace(proposal, source=subject), paragraph, depth, parsed=True)
            inherited = None if found is not None else self._inherit(proposal, paragraph)
            if subject is not None and subject.text.strip().lower() in _PLURAL_PRONOUNS and inherited is not None and inherited.kind == "person":
                return None  # (the same, where the cue's subject is "they")
            return found or inherited
        source = proposal.source
        words = self.text[source.start:source.end].strip()
        if words.lower() in _GROUP_PRONOUNS and not depth:
            group = self._group(source, proposal, paragraph)
            if group is not None:
                found = self.speaker(replace(proposal, source=group), paragraph, depth + 1, parsed)
                if found is not None:
                    found.mention, found.antecedent = (source.start, source.end), (group.start, group.end)
                    return found
        if _FIRST_PERSON.match(words):
            inherited = None if parsed else self._inherit(proposal, paragraph)
            if inherited is not None and inherited.kind == "person" and words.lower() in _PLURAL_PRONOUNS:
                return None  # "X said A. They said B": "they" is never the one person who spoke before
            return inherited
        mentions = mentions_in(paragraph.doc, source.start, source.end, paragraph.start, self.directory, self.source.publisher)
        mention = choose_speaker(mentions, (proposal.cue or source).start)
        span = _span(paragraph, source.start, source.end)
        head = span.root if span is not None else None
        # "Russian propaganda", "the minister's spokesman": a name inside a description is not the speaker.
        # "Another critic, Lena Novak,": the name in apposition to the head is the speaker.
        heads = [head, *(c for c in head.children if c.dep_ == "appos")] if head is not None else []
        heads_it = head is None or head.pos_ == "PROPN" or (
            mention is not None and any(mention.start <= paragraph.start + h.idx < mention.end for h in heads))
        # "A Harbour Institute poll", "the agency's report": an organisation's document speaks for it.
        owner = (mention is not None and head is not None and mention.kind in ("organisation", "outlet")
                 and not names_people(head.lemma_, head.lower_) and any(
                     mention.start <= paragraph.start + c.idx < mention.end for c in head.children if c.dep_ in ("poss", "compound")))
        if mention is not None and mention.kind in ("person", "organisation", "title", "outlet") and (heads_it or owner):
            entry = self.table.entry(mention)
            if entry is not None:
                return self._entry(entry, CONFIDENCE["named"], (mention.start, mention.end))
        if (mention is not None and mention.kind == "pronoun") or words.lower() in PRONOUNS:
            return self._pronoun(source, paragraph, (proposal.start, proposal.end))
        if head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and not depth:
            # "the senator, who said ...": the relative clause's noun speaks.
            noun = who_stands_for(head.head.head) if head.lower_ == "who" else head.head.head
            if noun is None:
                return None
            first, last = subject_words(noun)  # "the chief of staff, who said": the whole noun phrase, not its clause
            start, end = paragraph.start + first, paragraph.start + last
            if end <= proposal.start or start >= proposal.end:
                named = AttributionSpan("SOURCE", start, end, self.text[start:end])
                return self.speaker(replace(proposal, source=named), paragraph, depth + 1, parsed)
            return None
        if span is not None and head is not None and (head.pos_ == "PROPN" or (head.is_title and (
                not head.is_sent_start or self._always_capitalised(head.text)))) and head.ent_type_ != "NORP":
            # A name the entity recogniser missed ("Kowalczyk said"): the capitalised words around the head.
            return self._name(span, head, paragraph)
        # "Republicans", "one Democrat": people named by party or nationality are an unnamed speaker, "the report" none.
        affiliated = head is not None and head.ent_type_ == "NORP" and head.pos_ in ("NOUN", "PROPN") and head.is_title
        share = head is not None and _share_of_people(head)
        if self.options.person_heads and head is not None and not affiliated and not share and not names_people(head.lemma_, head.lower_):
            return None
        if parsed and head is not None and head.lemma_.lower() in role_words().organisation_heads:
            return None  # a subject only the parse gives must name people: "Russian television rejoiced" is no speaker
        if span is not None:
            # The words of the description, without a dangling "of", "the" or comma at its end ("Critics of").
            tokens = list(span)
            while tokens and (tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART") or tokens[-1].is_space):
                tokens.pop()
            if tokens:
                start = paragraph.start + tokens[0].idx
                end = paragraph.start + tokens[-1].idx + len(tokens[-1])
                source = AttributionSpan(source.label, start, end, self.text[start:end])
                words = source.text
        return self._description(words, source)

    def _label(self, proposal: ProposedClaim, paragraph: Paragraph) -> _Speaker | None:
        """Return the speaker whose turn a transcript's paragraph is ("NOVAK: We will ..."), when the article names
        that person."""
        label = _LABEL.match(self.text, paragraph.start, paragraph.end)
        if label is None or proposal.start < label.start(1):
            return None
        surname = label.group(1).lower()
        named = [m for p in self.paragraphs for m in self._people_named(p) if m.text.lower().split()[-1] == surname]
        named.sort(key=lambda m: m.text.isupper())  # "Lena Novak" rather than another label
        entry = self.table.entry(named[0]) if named else None
        if entry is None:
            return None
        found = self._entry(entry, CONFIDENCE["resolved"], (label.start(1), label.end(1)))
        found.antecedent = (named[0].start, named[0].end)
        return found

    def _always_capitalised(self, word: str) -> bool:
        """True when the article writes *word* capitalised inside a sentence and never in lower case:
        "Novak charges that" starts with a name, "Polls show that" does not."""
        if word not in self._capitalised:
            inside = re.search(rf"[^\s.!?:;\"“”]\s+{re.escape(word)}\b", self.text) is not None
            self._capitalised[word] = inside and re.search(rf"\b{re.escape(word.lower())}\b", self.text) is None
        return self._capitalised[word]

    def cue_subject(self, proposal: ProposedClaim, paragraph: Paragraph) -> AttributionSpan | None:
        """Return the subject the parse gives the cue ("the council condemned", "X agreed but contended"), or None."""
        cue = _span(paragraph, proposal.cue.start, proposal.cue.end) if proposal.cue else None
        if cue is None:
            return None
        head = cue.root
        if head.pos_ in ("NOUN", "PROPN"):  # "her claim that ...": the possessor
            subject = next((c for c in head.children if c.dep_ == "poss"), None)
        else:
            subject = subject_token(head)
        if subject is None:
            return None
        start, end = subject_words(subject)
        start, end = paragraph.start + start, paragraph.start + end
        if end <= start or (start < proposal.end and proposal.start < end):
            return None  # the content's own subject is not its speaker
        return AttributionSpan("SOURCE", start, end, self.text[start:end])

    def _group(self, source: AttributionSpan, proposal: ProposedClaim, paragraph: Paragraph) -> AttributionSpan | None:
        """Return the subject "it" or "they" stands for: the nearest earlier subject, in this paragraph or the one
        before, that is an organisation ("the ministry ... it said") or a group of people ("analysts ... they
        said"), or None."""
        plural = source.text.lower() in ("they", "them", "their")
        index = next((i for i, p in enumerate(self.paragraphs) if p.start == paragraph.start), 0)
        for earlier in (paragraph, *self.paragraphs[max(index - 1, 0):index][::-1]):
            # Main-clause subjects only: "Critics ... see it as a way to fix how the money is used. 'A,' they
            # wrote": "the money" of a clause inside is not what "they" stands for.
            subjects = [t for t in earlier.doc if t.dep_ in ("nsubj", "nsubjpass") and earlier.start + t.idx < source.start
                        and not proposal.start <= earlier.start + t.idx < proposal.end and _main_clause(t.head)]
            for token in reversed(subjects):
                if token.tag_ in ("PRP", "WP", "WDT", "DT"):
                    continue
                organisation = token.ent_type_ == "ORG" or token.lemma_.lower() in role_words().organisation_heads
                people = token.tag_ in ("NNS", "NNPS") and (token.ent_type_ == "NORP" or names_people(token.lemma_, token.lower_))
                if (organisation and not plural and token.tag_ not in ("NNS", "NNPS")) or (plural and people):
                    start, end = subject_words(token)
                    start, end = earlier.start + start, earlier.start + end
                    return AttributionSpan("SOURCE", start, end, self.text[start:end])
                return None  # the nearest subject is something else: "it" is not ours to guess
        return None

    def _name(self, span: Span, head: Any, paragraph: Paragraph) -> _Speaker | None:
        first = last = head.i
        while first > span.start and span.doc[first - 1].is_title:
            first -= 1
        while last + 1 < span.end and span.doc[last + 1].is_title:
            last += 1
        name = span.doc[first:last + 1]
        start, end = paragraph.start + name.start_char, paragraph.start + name.end_char
        kind: Any = "organisation" if head.ent_type_ in ("GPE", "LOC", "ORG") else "person"
        entry = self.table.entry(Mention(start, end, name.text, kind))
        return self._entry(entry, CONFIDENCE["named"], (start, end)) if entry is not None else None

    def _inherit(self, proposal: ProposedClaim, paragraph: Paragraph) -> _Speaker | None:
        earlier = [s for start, _, s in sorted(self.history, key=lambda h: h[0])
                   if paragraph.start <= start < proposal.start]
        if not earlier:
            return None
        return replace(earlier[-1], confidence=CONFIDENCE["inherited"], mention=None)

    def _pronoun(self, source: AttributionSpan, paragraph: Paragraph, words: tuple[int, int] | None = None) -> _Speaker | None:
        """The person a pronoun source stands for: the last person who spoke before that it may be, else the last
        person named before it, never one named inside the ``words`` it reports ('"I will visit Kharkiv," she says')."""
        before = self._before(source.start)
        sentence = next((s for s in paragraph.doc.sents if paragraph.start + s.start_char <= source.start < paragraph.start + s.end_char), None)
        asking = asker(sentence.text) if sentence is not None else None  # ("Asked by X how ..., he said": not X)
        entries = [s.entry for s in before if s.entry is not None and may_be(source.text.strip(), s.entry, self.text)
                   and not is_asker(s.entry, asking)]
        person = last_person(entries)
        if person is not None:
            said = next(s for s in reversed(before) if s.entry is person)
            return _Speaker(person.id, "person", person, CONFIDENCE["resolved"], (source.start, source.end), said.mention)
        # Before anyone has spoken: the last person named earlier in the paragraph, else earlier in the article.
        for earlier in reversed([p for p in self.paragraphs if p.start < paragraph.start] + [paragraph]):
            named = [m for m in self._people_named(earlier) if m.end <= source.start and not (words and words[0] <= m.start < words[1])]
            if named:
                entry = self.table.entry(named[-1])
                if entry is not None and may_be(source.text.strip(), entry, self.text) and not is_asker(entry, asking):
                    found = self._entry(entry, CONFIDENCE["resolved"], (source.start, source.end))
                    found.antecedent = (named[-1].start, named[-1].end)
                    return found
        return None

    def _people_named(self, paragraph: Paragraph) -> list[Mention]:
        if paragraph.start not in self._named:
            self._named[paragraph.start] = [
                m for m in mentions_in(paragraph.doc, paragraph.start, paragraph.end, paragraph.start,
                                       self.directory, self.source.publisher) if m.kind == "person"]
        return self._named[paragraph.start]

    def _description(self, words: str, source: AttributionSpan) -> _Speaker | None:
        words = re.sub(r"(?:'s|’s)$", "", words).strip(" ,")
        if not any(c.isalpha() for c in words):
            return None
        before = self._before(source.start)
        entries = [s.entry for s in before if s.entry is not None]
        directory = self.directory
        if directory is not None:
            key = strip_determiner(words).lower()
            for candidate in (words.lower(), key, "the " + key):
                if candidate in directory.titles:
                    entry = self.table.entry(Mention(source.start, source.end, words, "title", directory.titles[candidate]))
                    if entry is not None:
                        return self._entry(entry, CONFIDENCE["resolved"], (source.start, source.end))
        described = resolve_description(words, entries, self.table.entries)
        if described is not None:
            said = next((s for s in reversed(before) if s.entry is described), None)
            return _Speaker(described.id, described.kind, described, CONFIDENCE["resolved"], (source.start, source.end),
                            said.mention if said else None)
        entry = self.table.unnamed(strip_determiner(words))  # one article's source: its id is the article's
        self.kinds[entry.id] = "unnamed"
        return _Speaker(entry.id, "unnamed", entry, CONFIDENCE["unnamed"], (source.start, source.end))


def _main_clause(verb: Any) -> bool:
    """True when *verb* heads its sentence or a clause joined to it by "and", "but" (not a clause inside one)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _share_of_people(head: Any) -> bool:
    """True when *head* is a poll's share of the people it asked: "61 percent said", "only 48 percent of
    voters agreed", not "35% of the society" (a share of a body or of something else, not of people)."""
    if head.lower_ not in _SHARES or not any(c.like_num for c in head.children):
        return False
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return all(g.ent_type_ == "NORP" or (g.tag_ in ("NNS", "NNPS") and names_people(g.lemma_, g.lower_)) for g in of)


@cache
def _people_words() -> frozenset[str]:
    words = role_words()
    return frozenset({r.split()[-1] for r in words.roles} | set(words.organisation_heads) | set(words.source_nouns)
                     | people_nouns(bodies=True))


def names_people(*forms: str) -> bool:
    """True when one of a head word's *forms* (lemma, lower case) can name a speaker: "officials", "analyst", "ministry"."""
    return any(form.lower() in _people_words() for form in forms)


def _about(paragraph: Paragraph, start: int, end: int, directory: DirectoryLike | None) -> list[Entity]:
    found: dict[str, Entity] = {}
    for ent in paragraph.doc.ents:
        if not (start <= paragraph.start + ent.start_char < end) or ent.label_ not in ("GPE", "LOC", "ORG", "PERSON"):
            continue
        name = strip_determiner(ent.text)
        finder = getattr(directory, "find_entity", None)
        known = finder(name) if finder is not None else None
        if known is None:
            if not name[:1].isupper():
                continue
            kind: Any = {"GPE": "place", "LOC": "place", "ORG": "organisation", "PERSON": "person"}[ent.label_]
            known = Entity(entity_id(name), name, kind)
        found.setdefault(known.id, known)
    return list(found.values())


def _verb_governed(proposal: ProposedClaim, paragraph: Paragraph) -> bool:
    """True when *proposal*'s content hangs on a verb outside it in its own sentence ("reminded the audience [A]")."""
    span = _span(paragraph, proposal.content.start, proposal.content.end)
    if span is None:
        return False
    head = span.root.head
    return not span.start <= head.i < span.end and head.pos_ in ("VERB", "AUX")


def _same_sentence(paragraph: Paragraph, one: int, other: int) -> bool:
    """True when offsets *one* and *other* fall in one sentence of *paragraph*."""
    for sentence in paragraph.doc.sents:
        lo, hi = paragraph.start + sentence.start_char, paragraph.start + sentence.end_char
        if lo <= one < hi:
            return lo <= other < hi
    return False


def _direct(text: str, start: int, end: int) -> bool:
    before = text[max(start - 2, 0):start]
    after = text[end:end + 2]
    return any(q in before for q in _QUOTES) and any(q in after for q in _QUOTES)


def _claim(extraction: Extraction, proposal: ProposedClaim, paragraph: Paragraph, who: _Speaker,
           directory: DirectoryLike | None, entities: dict[str, Entity]) -> Claim:
    source = extraction.source
    start, end = proposal.content.start, proposal.content.end
    start, end = trim(source.text, after_dateline(source.text, start, end), end)  # no quote mark or comma at its edges
    opening = _span(paragraph, start, end)
    if proposal.cue is not None and not source.text[proposal.cue.end : start].strip() and opening is not None \
            and opening[0].dep_ == "mark" and opening[0].lower_ == "that":
        start, end = trim(source.text, start, end, mark=True)  # "stating [that A]": the complementiser after the cue is no content
    text = source.text[start:end]
    cid = claim_id(source.id, start, end, text)
    direct = _direct(source.text, start, end)
    cue = proposal.cue.text if proposal.cue else None
    predictions = as_predictions(cid, detect_predictions(text, source.published, span=_span(paragraph, start, end),
                                                         cue=cue, direct=direct))
    about = _about(paragraph, start, end, directory)
    for entity in about:
        entities.setdefault(entity.id, entity)
    audit: dict[str, Any] = {"cue_start": proposal.cue.start, "cue_end": proposal.cue.end} if proposal.cue else {}
    for name, span in (("mention", who.mention), ("antecedent", who.antecedent)):
        if span is not None:
            audit[name], audit[f"{name}_start"], audit[f"{name}_end"] = source.text[span[0]:span[1]], span[0], span[1]
    return Claim(cid, source.id, who.id, text, start, end, direct, cue, who.confidence,
                 tuple(e.id for e in about), predictions, **audit)


def _propose(extraction: Extraction, docs: Sequence[tuple[int, Doc]], directory: DirectoryLike | None,
             options: Options, rules: bool) -> Extraction:
    resolver = _Resolver(extraction, directory, options)
    kept: list[Claim] = list(extraction.claims) if rules else []
    for claim in kept:
        resolver.remember(claim)
    claimed = [(c.start, c.end) for c in kept]
    # Where each rule claim's cue and speaker mention stand together (its frame).
    # (an unnamed source's quotation may record no mention: its cue alone stands for the frame, '"A," one official,
    # who asked not to be named, told the agency')
    frames = [(min(c.cue_start, c.mention_start), max(c.cue_end, c.mention_end)) if c.mention_start is not None
              and c.mention_end is not None else (c.cue_start, c.cue_end) for c in kept
              if c.cue_start is not None and c.cue_end is not None and (c.mention_start is not None or c.direct and c.end <= c.cue_start)]
    # (inverted frames that close their sentence or a phrase of it: "<A>, said the head of the community X.", "<A>,
    # announced the spokesman, X, without giving figures")
    inverted = [(c.cue_end, c.mention_end) for c in kept if c.cue_end is not None and c.mention_start is not None
                and c.mention_end is not None and c.cue_end <= c.mention_start
                and re.match(r"[\"”’»]?\s*(?:[.!?]|,\s+(?:without|in|at|on|during|after|before)\b)",
                             extraction.source.text[c.mention_end : c.mention_end + 12])]
    added: list[Claim] = []
    entities = {e.id: e for e in extraction.entities} if rules else {}
    resolver.paragraphs = paragraphs_of(docs)
    for paragraph in resolver.paragraphs:
        if is_heading(paragraph.doc.text):
            continue  # a heading or a "Read also:" line states nothing of its own
        spans = spans_of(paragraph.doc, paragraph.start)
        for proposal in sorted(propose_claims(spans, claimed, need_source=False, remainders=True, need_cue=False), key=lambda p: p.start):
            if not keep(proposal, paragraph, options):
                continue
            if any(proposal.content.start <= lo and hi <= proposal.content.end for lo, hi in frames) \
                    or any(lo <= proposal.content.start < hi for lo, hi in inverted):
                # the frame of a claim, cue and speaker ("..., the deputy minister Iryna Koval noted"), is no content, nor
                # what starts between an inverted frame's verb and its speaker ("..., said the head of the community X.")
                continue
            if any(c.cue_start is not None and c.cue_end is not None and proposal.content.start <= c.cue_start
                   and proposal.content.end - 2 <= c.cue_end <= proposal.content.end and c.start >= c.cue_end for c in kept):
                continue  # "posted [a video on Telegram claiming] that A": what ends in a rule claim's cue is its lead-in
            if any(c.cue_start is not None and c.cue_end is not None and proposal.content.start <= c.cue_start and c.cue_end <= proposal.content.end
                   and not (c.start < proposal.content.end and proposal.content.start < c.end)
                   and _same_sentence(paragraph, c.cue_start, proposal.content.start) for c in kept):
                continue  # "A, X was quoted [as saying by Nordwire]": what holds a rule claim's cue, not its content, is its frame
            proposal = governing_cue(proposal, paragraph)
            owner = next((c for c in kept if proposal.cue is not None and c.cue_start is not None and c.cue_end is not None
                          and c.cue_start < proposal.cue.end and proposal.cue.start < c.cue_end), None)
            if owner is not None and owner.cue_start is not None and owner.cue_end is not None \
                    and owner.end <= owner.cue_start <= proposal.content.start \
                    and re.match(r"\s*(?:this|so)\b", paragraph.doc.text[owner.cue_end - paragraph.start :], re.IGNORECASE) \
                    and _same_sentence(paragraph, owner.cue_start, proposal.content.start):
                continue  # "A. // X said this in an update, Nordwire reports": the rest of a frame that points back
            # A cue a rule claim already reports through ("A. They gather troops, X told the channel"): its speaker
            # said this too, whatever the tagger marked as a source.
            if proposal.cue is not None and proposal.content.end <= proposal.cue.start \
                    and not _same_sentence(paragraph, proposal.cue.start, proposal.content.start) and not _verb_governed(proposal, paragraph) \
                    and any(other.label == "CONTENT" and other.start >= proposal.cue.end and _same_sentence(paragraph, proposal.cue.start, other.start)
                            for other in spans):
                # "One reporter pressed X on reports that A. The minister said B": an opening frame reports only what
                # follows it (but "X reminded the audience A. He said B": A's own verb reports A)
                continue
            words = extraction.source.text[proposal.content.start : proposal.content.end]
            if re.match(r"(?:but|although|though|while|whereas|yet)\b", words, re.IGNORECASE) and any(
                    c.end <= proposal.content.start and _same_sentence(paragraph, c.start, proposal.content.start) for c in kept):
                continue  # "X claimed that A, [but ISW has not observed confirmation]": the writer's contrast after a report
            if re.search(r"(?:^|\W)that\W*$", words) and any(0 <= c.start - proposal.content.end <= 3 for c in kept):
                continue  # "X stated, [citing intercepted communications, that] A": the frame's aside before a rule claim's "that"
            content = _span(paragraph, proposal.content.start, proposal.content.end) if owner is not None else None
            lead = content[0] if content is not None and len(content) else None
            if owner is not None and owner.cue_start is not None and lead is not None and owner.start < owner.end <= proposal.content.start \
                    and not any(q in words for q in (*_QUOTES, "''", "``")) \
                    and not _direct(extraction.source.text, proposal.content.start, proposal.content.end) \
                    and (proposal.source is None or proposal.source.end <= owner.start) and (  # (no speaker of its own after it)
                    not _same_sentence(paragraph, owner.cue_start, proposal.content.start) and lead.lower_ != "that"
                    or lead.tag_ == "VBG" and lead.dep_ in ("prep", "advcl")):
                # "X predicted that A. His post was shared 20,000 times", "... said that A, following complaints that B":
                # what follows the content a rule claim reports through this cue, in the next sentence or in a
                # participle's phrase, is the writer's, not a second report
                continue
            if owner is not None and owner.mention_start is not None and proposal.content.end <= owner.mention_start \
                    and _same_sentence(paragraph, owner.start, proposal.content.start) and lead is not None and lead.tag_ == "VBG":
                continue  # "Speaking at a press conference, he said A": the opener of the frame is no content
            if owner is not None and owner.cue_start is not None and owner.cue_end is not None and owner.end <= proposal.content.start \
                    and _same_sentence(paragraph, owner.start, proposal.content.start) \
                    and (cue_words := _span(paragraph, owner.cue_start, owner.cue_end)) is not None and len(cue_words) \
                    and cue_words[0].dep_ == "relcl":
                continue  # "The strike, which officials said killed 14 people, hit a block": after a relative clause's report, the writer's clause
            if owner is not None and _same_sentence(paragraph, owner.start, proposal.content.start):
                if proposal.source is not None and owner.mention_end is not None and owner.cue_start is not None \
                        and owner.mention_end <= proposal.source.start < owner.cue_start:
                    continue  # a name between the rule claim's speaker and cue ("economists polled by Nordwire said, as B") speaks not
                owner = None  # the rest of a rule claim's sentence: only a speaker of its own may claim it
            who = None
            if owner is None and proposal.source is not None and proposal.cue is not None \
                    and not _same_sentence(paragraph, proposal.cue.start, proposal.source.start) \
                    and (subject := resolver.cue_subject(proposal, paragraph)) is not None:
                # "The Kremlin has denied X. ... spokesman Y said ...": the cue's own subject, when it names a
                # speaker, not a source the tagger paired from another sentence
                who = resolver.speaker(replace(proposal, source=subject), paragraph, parsed=True)
            elif owner is None and proposal.source is not None and proposal.cue is not None \
                    and proposal.source.start > proposal.cue.end \
                    and not _same_sentence(paragraph, proposal.cue.start, proposal.source.start):
                continue  # "Aid workers say A. 'B,' said Iryna": a source of a later sentence never said what comes before
            if who is None:
                who = resolver.reported_by(owner) if owner is not None else resolver.speaker(proposal, paragraph)
            if who is None:
                continue
            claim = _claim(extraction, proposal, paragraph, who, directory, entities)
            added.append(claim)
            claimed.append((claim.start, claim.end))
            resolver.remember(claim)
    claims = sorted(kept + added, key=lambda c: (c.start, c.end))
    used = {c.speaker_id for c in claims}
    people, organisations = resolver.table.records(used)
    by_id: dict[str, Any] = {}
    for record in (*(extraction.people if rules else ()), *people):
        if record.id in used:
            by_id.setdefault(record.id, record)
    orgs: dict[str, Any] = {}
    for org in (*(extraction.organisations if rules else ()), *organisations):
        if org.id in used and org.id not in by_id:
            orgs.setdefault(org.id, org)
    return replace(extraction, claims=tuple(claims), people=tuple(by_id.values()),
                   organisations=tuple(orgs.values()), entities=tuple(entities.values()))


def add_proposals(extraction: Extraction, docs: Sequence[tuple[int, Doc]], directory: DirectoryLike | None,
                  options: Options = DEFAULT) -> Extraction:
    """Return *extraction* with the model's relations that no rule claim overlaps added as claims.

    *docs* are the article's paragraph docs as (offset in the source, doc),
    tagged by the attribution pipeline (``load_attribution``).
    """
    return _propose(extraction, docs, directory, options, rules=True)


def model_claims(extraction: Extraction, docs: Sequence[tuple[int, Doc]], directory: DirectoryLike | None,
                 options: Options = DEFAULT) -> Extraction:
    """Return *extraction* with its claims replaced by the model's relations alone (the rules' parse, not their claims)."""
    return _propose(extraction, docs, directory, options, rules=False)


def default_stage(nlp: Language) -> Callable[[Extraction, Sequence[tuple[int, Doc]], DirectoryLike | None], Extraction] | None:
    """Return the stage ``extract`` runs after the rules: the trained stage's proposals when *nlp* tags them, else none.

    The README's Extraction section gives the figures that chose it.
    """
    tags = any(isinstance(component, AttributionRecognizer) for _, component in nlp.pipeline)
    return add_proposals if tags else None


#: Verbs of making a source known: "asked not to be named / identified" is a wish for anonymity.
_NAMING = word_set("cues", "anonymity_verbs")


def _unnamed_on_request(span: Span) -> bool:
    """True for a content that is a source's wish not to be named ("not to be named", "not to be identified")."""
    words = [t for t in span if not t.is_punct][:6]
    return any(t.lower_ == "not" for t in words[:4]) and any(
        t.lemma_.lower() in _NAMING and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) for t in words)
