"""A spaCy component that mends a parse error the rules would otherwise each work around.

"The next exchange will take place before Easter, its secretary, Oleh D., said": the small model makes the
preposition's object ("Easter") the subject of the closing frame and the speaker its appositive, or leaves the
frame without a subject and hangs the speaker on "Easter" as its appositive; either way the clause's last noun
carries the speaker, and a horizon or a name is lost. Read by shape, the object goes back under its preposition
and the appositive becomes the frame's subject; every later stage then sees the parse a careful reader would.
The same component mends a few more misreadings of reports, each a function below: a reporting verb spelt like a
noun read as one ("The central bank forecasts that inflation will fall": not the noun "bank forecasts" with a
relative clause); the clause's last adjective given to the speaker across the comma ("... is high, Ihor R. said");
translated word order, the opinion first and its holder as the object ("Such an opinion expressed the observer X");
a reminder to the reader opening the sentence taken for its subject ("Recall, the head of X stated ..."); a finite
verb of the frame coordinated with the reported clause ("said A would reopen and pledged B").
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token
from thinc.types import Ints2d

COMPONENT = "claimgraph_parse_repair"


def _names_a_speaker(appositive: Token) -> bool:
    """True for an appositive that names a person or a role ("its secretary", "Oleh D.", "a source")."""
    from ingest.mentions import role_words  # a late import: ingest.nlp imports this module, and ingest.mentions ingest.nlp

    lemma = appositive.lemma_.lower()
    return appositive.ent_type_ == "PERSON" or lemma in role_words().roles or lemma in role_words().source_nouns


def stolen_subject(verb: Token) -> tuple[Token, Token] | None:
    """Return (the subject, its appositive) when the subject of the reporting verb ``verb`` is a preposition's
    object the parser took from the clause before, with the speaker set off after it by a comma: "<clause> before
    Easter, its secretary, Oleh D., said". The appositive must name a person or a role."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or subject.left_edge.i < verb.sent.start + 3:
        return None
    doc = verb.doc
    preposition = doc[subject.left_edge.i - 1]
    if preposition.pos_ != "ADP" or preposition.head.i > subject.i:
        return None
    # the preposition must belong to the clause the frame reports ("after Warren B., the investor, complained that A":
    # the subject of a clause "after" opens, which reports nothing before it, is its own)
    # (or the clause the parser made the frame a complement of: "X expects A before Easter, its secretary, Y, said")
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i]
    if verb.dep_ == "ccomp" and verb.head.i < subject.i:
        reported.append(verb.head)
    if not any(preposition in c.subtree for c in reported):
        return None
    appositive = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and doc[c.left_edge.i - 1].text == ","), None)
    return (subject, appositive) if appositive is not None and _names_a_speaker(appositive) else None


def fronted_subject_of_aside(verb: Token) -> Token | None:
    """Return the subject of the clause a frame interrupts when the parser gave it to the frame, which has its own
    speaker after it: "The Kremlin, says Peskov, is open to talks" (parsed "Kremlin says ... Peskov says"), else None."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    doc = verb.doc
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    if len(before) != 1 or len(after) != 1 or doc[verb.i - 1].text != "," or before[0].right_edge.i != verb.i - 2 \
            or after[0].right_edge.i + 1 >= head.i or doc[after[0].right_edge.i + 1].text != ",":
        return None
    return before[0]


def subject_before_frame(verb: Token) -> tuple[Token, Token] | None:
    """Return (the subject, the clause) of a clause a frame interrupts when the parser made both the clause's subject
    and the frame's speaker subjects of the frame and the rest of the clause its complement: "The exchange rate,
    Governor X said on Tuesday, will remain under control" (parsed "rate ... Koval said ... will remain"); else None."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                   and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    if len(subjects) != 2 or clause is None:
        return None
    fronted, speaker = subjects
    # (a comma sets the frame off on both sides: "The rate, X said on Tuesday, will remain")
    if doc[speaker.left_edge.i - 1].text != "," or doc[clause.left_edge.i - 1].text != "," \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[fronted.i : speaker.left_edge.i]):
        return None
    return fronted, clause


def hung_speaker(verb: Token) -> Token | None:
    """Return the speaker of a closing frame with no subject that the parser hung, as an appositive, on the last
    noun of the clause before: "Talks will resume in Geneva, its spokeswoman, Lena N., said" (the spokeswoman as
    the appositive of "Geneva"; "Prices will keep rising in Ukraine, an economist at the bank said"). The appositive must
    name a person or a role and end right before the verb, or at the comma before it."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.i < verb.sent.start + 4:
        return None
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "conj" and verb.head.i < verb.i and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        # (a frame that reports nothing after it: "after X, the investor, complained that A" reports A)
        reported.append(verb.head)  # ("Exports fell in May, the head of the port, Ivan K., said": coordinated with its clause)
    ends = (verb.i - 2, verb.i - 1) if doc[verb.i - 1].text == "," else (verb.i - 1,)
    appositive = next((t for t in doc[verb.sent.start : verb.i - 1] if t.dep_ == "appos" and t.right_edge.i in ends
                       and doc[t.left_edge.i - 1].text == "," and t.head.dep_ == "pobj" and t.head.i < t.i
                       and any(t.head in c.subtree for c in reported)), None)
    return appositive if appositive is not None and _names_a_speaker(appositive) else None


def stray_conjunct(verb: Token) -> Token | None:
    """Return a finite verb the parser coordinated with the reported clause that belongs to the reporting verb
    ``verb``: "X said the plant would reopen in May and pledged to raise wages". A past or present form cannot
    share the clause's modal, and with no subject of its own and the frame's tense it shares the frame's subject:
    the speaker pledged."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if clause.tag_ != "VB" or not any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children):
            continue
        for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > clause.i):
            # (in the frame's own tense: "said ... and expects" keeps the present in the reported clause)
            # (not a past spelt as its base, "would close two plants and cut 1,200 jobs": it may share the modal)
            if conj.tag_ in ("VBD", "VBZ") and conj.tag_ == verb.tag_ and conj.pos_ == "VERB" and conj.lower_ != conj.lemma_.lower() \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children):
                return conj
    return None


def stranded_predicate(verb: Token) -> Token | None:
    """Return the last word of a reported clause the parser made an adjective of the closing frame's speaker: "The
    risk is high, Ihor R., a former general, said" with "high" an ``amod`` of "Ihor R." across the comma. An adjective
    never stands before its noun with a comma between (in "a long, cold winter" the last one touches it); right after
    the clause's verb it is that verb's complement."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "PROPN"), None)
    if subject is None:
        return None
    for adjective in (c for c in subject.children if c.dep_ == "amod" and c.i < subject.i):
        if adjective.i + 1 < len(doc) and doc[adjective.i + 1].text == "," and adjective.left_edge == adjective \
                and adjective.right_edge == adjective and adjective.i > verb.sent.start \
                and (before := doc[adjective.i - 1]).pos_ in ("AUX", "VERB") and before.dep_ == "ccomp" and before.head == verb:
            return adjective
    return None


def inverted_anaphor(verb: Token) -> tuple[Token, Token] | None:
    """Return (the words pointing back, the speaker) of a frame in translated word order, object first: "Such an
    opinion in a comment to Channel 24 expressed the military observer Denys P." The parser makes the pointing words
    ("such an opinion", "this view") the subject and the speaker, a person or a role, the object; the speaker is the
    subject, what points back the object, as in "Denys P. expressed this opinion"."""
    from ingest.cues import anaphoric  # (a late import, as _names_a_speaker's)

    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subject is None or speaker is None or subject.pos_ != "NOUN" or not anaphoric(subject) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    person = speaker.ent_type_ == "PERSON" or _names_a_speaker(speaker) or any(
        c.dep_ in ("appos", "compound") and c.ent_type_ in ("PERSON", "ORG") for c in speaker.children)
    return (subject, speaker) if person else None


def opener_as_subject(verb: Token) -> Token | None:
    """Return the speaker a translated discourse opener hides: "Recall, the head of the GUR Kyrylo B. stated that ...",
    where the parser makes the imperative "Recall" the subject and the speaker its appositive (the openers are
    ``discourse_openers`` in the cue lexicon: "Recall", "Reminder")."""
    from ingest.cues import cue_lexicon

    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.i != verb.sent.start or subject.lower_ not in cue_lexicon().discourse_openers \
            or subject.i + 1 >= len(verb.doc) or verb.doc[subject.i + 1].text != ",":
        return None
    # (its appositive, or a second subject the parser gave the verb after the comma)
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None) \
        or next((c for c in verb.children if c.dep_ == "nsubj" and subject.i + 1 < c.i < verb.i), None)


def _subject_top(preposition: Token, cue: Token) -> Token | None:
    """The noun a preposition before ``cue`` modifies, directly or through a participle ("Analysts at the bank",
    "Economists polled by the agency"), when it heads the sentence's subject (no verb of the clause above it before the
    cue); else None ("amid news reports that": the preposition is the clause's own)."""
    head = preposition.head
    if head.pos_ == "VERB" and head.dep_ == "acl":  # (a participle: "polled by")
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > cue.i or head.dep_ not in ("nsubj", "ROOT", "nsubjpass"):
        return None
    return head if head.dep_ == "ROOT" or head.head.i > cue.i else None


def verb_read_as_noun(cue: Token) -> tuple[Token, Token, Token | None] | None:
    """Return (the subject's last noun, the reported clause's verb, the subject's top noun when the parser put the
    subject's last words in a preposition's object) when the parser read a reporting verb spelt as a noun as one: "The
    central bank forecasts that inflation will fall", "The IMF forecast that growth will slow", "Analysts at the bank
    forecast that ...", where the small model makes "forecast(s)", "projects", "estimates" the noun of "bank forecasts"
    and the clause a relative one. The word must be a reporting verb, come right after a noun, before "that" and a
    clause with its own subject and a finite or modal verb; a determiner or adjective of its own ("amid news reports
    that", "false claims that") is the noun's, and a possessive before it too."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    doc = cue.doc
    if cue.tag_ not in ("NN", "NNS") or cue.lemma_.lower() not in cue_lexicon().verbs or cue.i + 2 >= len(doc) \
            or cue.i == cue.sent.start or doc[cue.i + 1].lower_ != "that":
        return None
    last = doc[cue.i - 1]
    if last.tag_ not in ("NN", "NNS", "NNP", "NNPS") or last.head != cue or last.dep_ != "compound":
        return None
    subject = next((t for t in doc[cue.i + 2 : cue.sent.end] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i), None)
    if subject is None:
        return None
    verb = subject.head
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
        return None
    if cue.dep_ == "pobj":
        top = _subject_top(cue.head, cue)
        return (last, verb, top) if top is not None and cue.sent.root in (top, verb) else None
    return (last, verb, None) if cue.sent.root in (cue, verb) else None


def _rehang(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """Give every token of ``doc`` the head index and dependency label of ``heads`` and ``deps``, in one pass (spaCy
    keeps its trees consistent only when a whole parse is set at once)."""
    array = numpy.array([[numpy.int64(h - i).astype(numpy.uint64), doc.vocab.strings.add(d)] for i, (h, d) in enumerate(zip(heads, deps))],
                        dtype="uint64")
    doc.from_array([HEAD, DEP], cast(Ints2d, array))


def _make_finite(word: Token, plural: bool) -> None:
    """Tag a reporting verb read as a noun as the finite verb it is: "-s" the present, else the present after a
    plural subject and the past after any other."""
    word.tag_, word.pos_ = ("VBZ" if word.lower_.endswith("s") else "VBP" if plural else "VBD"), "VERB"
    word.morph = MorphAnalysis(word.doc.vocab, {"Tense": "Past" if word.tag_ == "VBD" else "Pres", "VerbForm": "Fin"})


def _make_verb(cue: Token, last: Token, verb: Token, top: Token | None) -> None:
    """Re-hang the sentence of ``verb_read_as_noun``: the cue heads it, its subject the noun phrase before it, the
    clause after "that" its complement; everything else the old root held goes to the cue."""
    doc = cue.doc
    sent = cue.sent
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    root = sent.root
    left = [c for c in cue.children if c.i < cue.i and c != last]
    begin = min(t.left_edge.i for t in (top or last, *left))  # (where the subject's words start)
    if top is None:  # "The central bank forecasts that ...": the noun before the cue is the subject
        heads[last.i], deps[last.i] = cue.i, "nsubj"
        subject = last
    else:  # "Analysts at the bank forecast that ...": the bank goes back under "at", the analysts speak
        heads[last.i], deps[last.i] = cue.head.i, "pobj"
        heads[top.i], deps[top.i] = cue.i, "nsubj"
        subject = top
    for child in left:
        heads[child.i] = last.i
    heads[cue.i], deps[cue.i] = cue.i, "ROOT"
    heads[verb.i], deps[verb.i] = cue.i, "ccomp"
    that = doc[cue.i + 1]
    heads[that.i], deps[that.i] = verb.i, "mark"
    for token in sent:  # (the old root's other words before the subject, "In March, ...", and the final stop)
        if root != cue and heads[token.i] == root.i and token.i not in (cue.i, verb.i, subject.i) and (
                token.i < begin or token.is_punct and token.i == sent.end - 1):
            heads[token.i] = cue.i
    _rehang(doc, heads, deps)
    _make_finite(cue, plural=subject.tag_ in ("NNS", "NNPS"))
    that.tag_, that.pos_ = "IN", "SCONJ"


def infinitive_report_read_as_noun(cue: Token) -> tuple[Token, Token] | None:
    """Return (the subject's last noun, the infinitive) when the parser read a reporting verb spelt as a noun before an
    object and its to-infinitive as a noun phrase, leaving the sentence no finite verb: "The IMF projects Ukraine's
    economy to grow 2%", "The bank forecast prices to fall" (the small model's "IMF projects", "bank forecast
    prices", with the infinitive the root). A sentence whose only verb is a to-infinitive is no sentence; the
    reporting word before its subject is its verb."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    doc = cue.doc
    sentence = cue.sent
    root = sentence.root
    if cue.tag_ not in ("NN", "NNS") or cue.lemma_.lower() not in cue_lexicon().verbs or cue.i == sentence.start or cue.i > root.i \
            or root.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children) \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence):
        return None
    last = doc[cue.i - 1]
    if last.pos_ not in ("NOUN", "PROPN") or last.head.i not in (cue.i, root.i) and last.head.head.i != root.i:
        return None
    objects = [c for c in root.children if c.dep_ == "nsubj" and c.i > cue.i]
    return (last, root) if objects else None


def _make_infinitive_report(cue: Token, last: Token, infinitive: Token) -> None:
    """Re-hang the sentence of ``infinitive_report_read_as_noun``: the cue heads it, the noun before it (with the
    words before that) its subject, the infinitive its complement with the object as the infinitive's subject."""
    doc = cue.doc
    sentence = cue.sent
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for token in doc[sentence.start : last.i]:
        if heads[token.i] in (cue.i, infinitive.i) or not sentence.start <= heads[token.i] < last.i:
            heads[token.i] = last.i  # ("The", "Ukraine's": the subject's words)
    for token in doc[cue.i + 1 : sentence.end]:
        if heads[token.i] == cue.i:
            heads[token.i] = infinitive.i  # (the object's words the parser hung on the cue as a compound)
    _head_the_report(cue, last, infinitive, "ccomp", heads, deps)


def _head_the_report(cue: Token, last: Token, complement: Token, dep: str, heads: list[int], deps: list[str]) -> None:
    """Finish re-hanging a sentence whose reporting verb the parser read as a noun (``heads`` and ``deps`` hold the rest
    of the new parse): the noun before the verb is its subject, ``complement`` its ``dep``, the verb the root, the final
    stop the verb's; then the parse is set and the verb tagged finite."""
    doc = cue.doc
    heads[last.i], deps[last.i] = cue.i, "nsubj"
    heads[complement.i], deps[complement.i] = cue.i, dep
    heads[cue.i], deps[cue.i] = cue.i, "ROOT"
    stop = doc[cue.sent.end - 1]
    if stop.is_punct and heads[stop.i] == complement.i:
        heads[stop.i] = cue.i
    _rehang(doc, heads, deps)
    _make_finite(cue, plural=last.tag_ in ("NNS", "NNPS"))


def object_report_read_as_noun(cue: Token) -> Token | None:
    """Return the subject's last noun when the parser read a forecasting verb as a noun's modifier, leaving the sentence
    a noun phrase with no finite verb: "The World Bank projects growth of 3.2% next year" (the small model's "projects
    growth", a compound, the object the root). The word before the object is the sentence's verb, as in
    ``infinitive_report_read_as_noun``."""
    from ingest.prediction_words import forecasting_verbs  # a late import, as _names_a_speaker's

    if cue.dep_ != "compound":
        return None  # (most words: the sentence is not looked at)
    sentence = cue.sent
    root = sentence.root
    # (the object may have its own modifiers between: "The consultancy forecast wheat exports at ...")
    between = cue.doc[cue.i + 1 : root.i] if cue.i < root.i <= cue.i + 3 else None
    if cue.head.i != root.i or root.pos_ != "NOUN" or between is None or cue.i == sentence.start \
            or any(t.head.i != root.i or t.dep_ not in ("compound", "amod") for t in between) \
            or cue.lemma_.lower() not in forecasting_verbs() and cue.text.lower().rstrip("s") not in forecasting_verbs() \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != cue.i for t in sentence):
        return None
    last = cue.doc[cue.i - 1]
    return last if last.pos_ in ("NOUN", "PROPN") and last.head.i in (cue.i, root.i) else None


def _make_object_report(cue: Token, last: Token) -> None:
    """Re-hang the sentence of ``object_report_read_as_noun``: the cue heads it, the noun before it (with the words
    before that) its subject, the old root its object (``_head_the_report``)."""
    doc = cue.doc
    sentence = cue.sent
    root = sentence.root
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for token in doc[sentence.start : last.i]:
        if heads[token.i] in (cue.i, root.i):
            heads[token.i] = last.i  # ("The", "World": the subject's words)
    _head_the_report(cue, last, root, "dobj", heads, deps)


def relay_read_as_complement(verb: Token) -> Token | None:
    """Return the closing relay frame ("..., TASS reported.") the parser made a complement of the report before it:
    "The ministry said the port would reopen, the agency reported" (parsed "said [that A, the agency reported]") or
    "A, Peskov told reporters, TASS reported" (parsed "told [A] ... [TASS reported]"). The outlet relays the whole
    report, so its verb heads the sentence (``_make_relay_head``)."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    lexicon = cue_lexicon()
    if verb.lemma_.lower() not in lexicon.verbs:
        return None
    doc = verb.doc
    for relay in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in lexicon.relay_verbs):
        subject = next((c for c in relay.children if c.dep_ == "nsubj"), None)
        if subject is None or doc[subject.left_edge.i - 1].text != "," or any(not t.is_punct for t in doc[relay.i + 1 : relay.sent.end]):
            continue
        if any(c.dep_ not in ("nsubj", "punct", "ccomp") or c.dep_ == "ccomp" and c.i > relay.i for c in relay.children):
            continue  # ("..., the agency reported on Monday": its own words after it; left as it is)
        inner = next((c for c in relay.children if c.dep_ == "ccomp"), None)
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if (inner is None) == (before is None):
            continue  # exactly one reported clause: inside the relay ("said [A, X reported]") or before the frame ("A, X told")
        if inner is not None and any(t.is_punct for t in doc[verb.i + 1 : inner.left_edge.i]):
            continue  # ('referenced the impact: "A," the union wrote': the relay's clause is a quotation of its own)
        return relay
    return None


def _make_relay_head(verb: Token, relay: Token) -> None:
    """Re-hang the sentence of ``relay_read_as_complement``: the relay's verb heads it, the report before it (frame and
    clause) is its complement, the clause the parser gave the relay goes back to the report's verb."""
    doc = verb.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    inner = next((c for c in relay.children if c.dep_ == "ccomp"), None)
    if inner is not None:
        heads[inner.i] = verb.i  # ("said [A]": the clause is the report's)
    heads[relay.i], deps[relay.i] = (relay.i, "ROOT") if verb.dep_ == "ROOT" else (verb.head.i, verb.dep_)
    heads[verb.i], deps[verb.i] = relay.i, "ccomp"
    subject = next(c for c in relay.children if c.dep_ == "nsubj")
    for token in doc[verb.i + 1 : relay.sent.end]:
        if token.is_punct and (token.i == subject.left_edge.i - 1 or token.i > relay.i) and heads[token.i] in (verb.i, relay.i, token.head.i):
            heads[token.i] = relay.i  # (the comma that sets the relay off, and the final stop)
    _rehang(doc, heads, deps)


def report_read_as_complement(root: Token) -> Token | None:
    """Return the reporting verb the parser made a complement of the clause it reports, when that clause keeps its
    "that": "Meduza reported, citing sources close to the Kremlin, that Putin plans ..." (parsed "reported" a
    complement of "plans"). A sentence's root never opens with "that"; the report heads it (``_make_report_head``)."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    if root.dep_ != "ROOT" or root.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < root.i), None)
    if mark is None:
        return None
    report = next((c for c in root.children if c.dep_ == "ccomp" and c.i < mark.i and c.lemma_.lower() in cue_lexicon().verbs
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    return report


def _make_report_head(root: Token, report: Token) -> None:
    """Re-hang the sentence of ``report_read_as_complement``: the report is its root, the old root (with its "that")
    the report's complement; what stood between them (commas, "citing ...") and the final stop go to the report."""
    doc = root.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    mark = next(c for c in root.children if c.dep_ == "mark" and c.lower_ == "that")
    heads[report.i], deps[report.i] = report.i, "ROOT"
    heads[root.i], deps[root.i] = report.i, "ccomp"
    for child in root.children:
        if report.i < child.i < mark.i or child.is_punct and child.i > root.right_edge.i - 1 and child.i == root.sent.end - 1:
            heads[child.i] = report.i
    _rehang(doc, heads, deps)


def outlet_read_as_subject(verb: Token) -> Token | None:
    """Return the outlet's name the parser made a second subject of ``verb`` when it ends the phrase of the medium
    the words went to ("Military expert X in a commentary to the publication Focus said that A": X said it, to
    Focus); else None."""
    from ingest.mentions import role_words  # a late import, as _names_a_speaker's

    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return None
    name = subjects[1]
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if name.pos_ != "PROPN" or before is None or before.lower_ not in role_words().outlet_nouns or before.dep_ != "pobj" \
            or not subjects[0].i < before.i:
        return None
    return before


def that_clause_astray(word: Token) -> Token | None:
    """Return the reporting verb a "that" clause after a comma belongs to when the parser hung the clause on the
    frame's aside ("Forbes writes, citing its sources, that A": A a complement of "citing") or made it a conjunct of
    the verb ("Kommersant writes, referring to its sources, that A"); else None."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    mark = next((c for c in word.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < word.i), None)
    if mark is None or word.pos_ not in ("VERB", "AUX") or mark.i == 0 or word.doc[mark.i - 1].text != ",":
        return None
    head, verbs = word.head, cue_lexicon().verbs
    if word.dep_ == "ccomp" and head.tag_ == "VBG" and head.dep_ == "advcl" and head.lemma_.lower() in ("cite", "refer") \
            and head.head.lemma_.lower() in verbs and head.head.i < head.i:
        return head.head
    if word.dep_ in ("conj", "advcl") and head.pos_ == "VERB" and head.lemma_.lower() in verbs and head.i < word.i \
            and not any(c.dep_ == "cc" for c in (*head.children, *word.children)):
        return head
    return None


def _make_that_clause(word: Token, report: Token) -> None:
    """Re-hang the clause of ``that_clause_astray`` as the report's complement; what stands before its "that" (the
    frame's aside, its commas) goes to the report."""
    doc = word.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    mark = next(c for c in word.children if c.dep_ == "mark" and c.lower_ == "that")
    heads[word.i], deps[word.i] = report.i, "ccomp"
    for child in word.children:
        if child.i < mark.i:
            heads[child.i] = report.i
    _rehang(doc, heads, deps)


def inverted_frame_read_as_dep(verb: Token) -> bool:
    """True when a closing inverted frame ("<clause>, informs BelTA.") hangs on the clause as an unlabelled "dep": the
    parser reads "<clause>, reports BelTA." with the verb the root and the clause its complement, as it should."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    head = verb.head
    if verb.dep_ != "dep" or head.dep_ != "ROOT" or head.i > verb.i or verb.lemma_.lower() not in cue_lexicon().verbs \
            or not verb.tag_.startswith("VB") or verb.doc[verb.i - 1].text != ",":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    return subject is not None and all(t.is_punct for t in verb.doc[subject.right_edge.i + 1 : verb.sent.end])


def _make_inverted_frame(verb: Token) -> None:
    """Re-hang the sentence of ``inverted_frame_read_as_dep``: the verb its root, the clause its complement."""
    doc = verb.doc
    root = verb.head
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "ccomp"
    for token in doc[verb.i - 1 : verb.sent.end]:
        if token.is_punct and heads[token.i] == root.i:
            heads[token.i] = verb.i  # (its comma and the final stop)
    _rehang(doc, heads, deps)


def noun_cue_heading_as_clause(word: Token) -> Token | None:
    """Return the subject's last noun when "As <body> notes, ..." reads "notes" as a noun with the body as its
    compound (the small model's "Service notes"), though the parser gave it the "as" of a clause: the verb of the "as"
    clause ("As the Estonian Foreign Intelligence Service notes in its report, A")."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    if word.dep_ != "advcl" or word.tag_ not in ("NN", "NNS") or word.lemma_.lower() not in cue_lexicon().verbs or word.i == 0 \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in word.children):
        return None
    last = word.doc[word.i - 1]
    return last if last.dep_ == "compound" and last.head.i == word.i and last.pos_ in ("PROPN", "NOUN") else None


def _make_noun_cue_verb(word: Token, last: Token) -> None:
    """Re-hang the "as" clause of ``noun_cue_heading_as_clause``: the noun before the cue is its subject (the words
    before it, its article too, the subject's), the cue a verb."""
    doc = word.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for child in word.children:
        if child.i < last.i and child.dep_ in ("det", "compound", "amod", "nmod"):
            heads[child.i] = last.i
    heads[last.i], deps[last.i] = word.i, "nsubj"
    _rehang(doc, heads, deps)
    _make_finite(word, plural=False)


def risks_read_as_noun(word: Token) -> Token | None:
    """Return the subject when the parser read the verb "risks" as a plural noun with its subject as a compound: "the
    conflict risks spreading to Moldova", "the war risks dragging on" (the small model's "conflict risks", like
    "recession risks"). Only when "risks" heads its clause for want of a verb (root, complement, conjunct) and a gerund
    follows it right away: in "the climate risks facing farmers are growing" the noun is the subject of "are"."""
    if word.lower_ != "risks" or word.tag_ != "NNS" or word.i == 0:
        return None
    subject = word.doc[word.i - 1]
    if subject.dep_ != "compound" or subject.head != word or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    opening = word.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
    if word.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and not (word.dep_ == "dobj" and opening is not None and opening.lower_ == "that"):
        return None  # (or an object right after "that": "warned that the conflict risks spreading", parsed so)
    if not any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == word.i + 1 for c in word.children):
        return None
    return subject


def _make_present_verb(word: Token, subject: Token) -> None:
    """Make a plural noun the parser gave its subject as a compound the present-tense verb it is: the noun before it
    (with the words before that) its subject, the word a verb of the third person singular (its lemma stays: the
    lemmatizer's "attack" of "attacks" is the verb's too)."""
    for child in [c for c in word.children if c.i < subject.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod")]:
        child.head = subject  # ("the", "Moldova's": the subject's words; "that" stays the clause's)
    subject.head, subject.dep_ = word, "nsubj"
    word.tag_, word.pos_ = "VBZ", "VERB"
    word.morph = MorphAnalysis(word.doc.vocab, {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"})


def _make_risks_verb(word: Token, subject: Token) -> None:
    """Re-hang "the conflict risks spreading": "risks" a verb, the noun before it its subject, the gerund its
    complement."""
    _make_present_verb(word, subject)
    word.doc[word.i + 1].dep_ = "xcomp"


#: What a closing frame's speaker is made of: "the Agrarian Council", "military observer Yuriy F.", "the bank's economist".
_SPEAKER_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"})
#: Verbs whose object after a closing frame is the hearer ("..., X told reporters on Monday").
_TELLING = frozenset({"tell", "inform", "brief"})
#: Where a misread frame's verb hangs: inside a noun phrase, or as a noun itself.
_NOMINAL_DEPS = frozenset({"relcl", "amod", "acl", "compound", "appos", "npadvmod", "dobj", "nsubj", "pobj", "attr"})


def misread_closing_frame(sentence: Span) -> tuple[Token, Token, list[Token], list[Token]] | None:
    """Return (the frame's verb, the reported clause's root, the speaker's words, the words after the verb) when a
    sentence ends in a closing frame the parser did not read as one: "<clause>, the Agrarian Council forecasts.",
    "<clause>, the central bank forecast on Monday.", "<clause>, the economy ministry forecast." (the verb read as a noun,
    or as a name in lower case), "<clause>, military observer Yuriy F.
    said." (the verb a relative clause of "observer"), "<clause>, warned association head Oksana L." (the verb an
    adjective). Read by shape: after the sentence's last comma, only a reporting verb and a noun phrase (before it, or
    after it in inverted order), then at most a time or place phrase, and before the comma a clause with a finite verb.
    A frame the parser did read (the verb the root, a conjunct or a complement) is left as it is."""
    from ingest.cues import cue_lexicon  # a late import, as _names_a_speaker's

    doc = sentence.doc
    end = sentence.end
    while end > sentence.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    commas = [t.i for t in doc[sentence.start : end] if t.text == ","]
    if end == sentence.end or not commas or commas[-1] - sentence.start < 4 or doc[end].text not in (".", "!"):
        return None
    comma = commas[-1]
    frame = list(doc[comma + 1 : end])
    verbs = cue_lexicon().verbs
    found = [t for t in frame if t.lemma_.lower() in verbs and not t.ent_type_ and t.lower_ not in ("report", "reports", "note", "notes")
             and (t.tag_ in ("VBD", "VBZ", "VBP") or (t.tag_ in ("NN", "NNS") or t.tag_ == "NNP" and t.text.islower())
                  and t.i in (frame[0].i, frame[-1].i) or t.i < end - 1
                  and doc[t.i + 1].pos_ == "ADP" and t.tag_ in ("NN", "NNS"))]
    if len(found) != 1 or not 2 <= len(frame) <= 12:
        return None
    verb = found[0]
    # ("<clause>, forecasts the Center for Economic Analysis.": an inverted frame read as a conjunct of the clause, its
    # speaker as the object; only a body or a person named, not "..., forecasts growth of 3%")
    inverted_conjunct = verb.dep_ == "conj" and verb.i == frame[0].i and len(frame) > 1 \
        and all(t.ent_type_ in ("ORG", "PERSON") or t.tag_ == "DT" for t in frame[1:]) and frame[-1].ent_type_ in ("ORG", "PERSON")
    if verb.tag_.startswith("VB") and verb.dep_ not in _NOMINAL_DEPS and not inverted_conjunct:
        return None
    if verb.i == frame[0].i:
        speaker, after = frame[1:], []  # "<clause>, warned association head Oksana L."
    else:
        speaker = [t for t in frame if t.i < verb.i]
        after = [t for t in frame if t.i > verb.i]
    if not speaker or len(speaker) > 8 or any(t.tag_ not in _SPEAKER_TAGS for t in speaker) and not inverted_conjunct \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    if after and not (after[0].pos_ == "ADP" or after[0].ent_type_ in ("DATE", "TIME")
                      or verb.lemma_.lower() in _TELLING and after[0].pos_ in ("NOUN", "PROPN", "PRON")):
        return None
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in after):
        return None
    clause = range(sentence.start, comma)
    if not any(doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD") for i in clause):
        return None
    tops = [doc[i] for i in clause if doc[i].head.i not in clause or doc[i].head.i == i]
    root = max(tops, key=lambda t: len(list(t.subtree)))
    return verb, root, speaker, after


def _make_closing_frame(verb: Token, root: Token, speaker: list[Token], after: list[Token]) -> None:
    """Re-hang a sentence as ``misread_closing_frame`` found it: the verb its root, the clause its complement, the last
    noun of the speaker's words its subject (the other words that noun's), the phrase after the verb the verb's."""
    doc = verb.doc
    sentence = verb.sent
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    clause_end = speaker[0].i - 1 if speaker[0].i > verb.i else verb.i - len(speaker) - 1  # (the comma)
    for token in sentence:
        if token.i < clause_end and token.i != root.i and not root.left_edge.i <= heads[token.i] < clause_end:
            heads[token.i] = root.i  # (a word of the clause the parser hung on the frame)
    heads[root.i], deps[root.i] = verb.i, "ccomp"
    heads[clause_end] = verb.i
    head = max((t for t in speaker if t.pos_ in ("NOUN", "PROPN")), key=lambda t: t.i)
    for token in speaker:
        if token is not head:
            heads[token.i] = head.i
            deps[token.i] = {"DT": "det", "JJ": "amod", "POS": "case", "CD": "nummod"}.get(token.tag_, "compound")
    heads[head.i], deps[head.i] = verb.i, "nsubj"
    if after:
        heads[after[0].i], deps[after[0].i] = verb.i, "prep" if after[0].pos_ == "ADP" else "dobj" if verb.lemma_.lower() in _TELLING else "npadvmod"
        for token in after[1:]:
            if not after[0].i <= heads[token.i] <= after[-1].i or heads[token.i] == token.i:
                heads[token.i] = after[0].i
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for token in doc[after[-1].i + 1 if after else verb.i + 1 if verb.i > speaker[-1].i else speaker[-1].i + 1 : sentence.end]:
        heads[token.i] = verb.i  # (the final stop)
    _rehang(doc, heads, deps)
    if not verb.tag_.startswith("VB"):
        _make_finite(verb, plural=False)  # (a base form after the speaker read as the past: "the bank forecast on Monday")
    verb.pos_ = "VERB"


def subject_of_a_hedge(word: Token) -> Token | None:
    """Return the verb a clause's subject belongs to when the parser hung the subject on the hedging adverb before
    the verb ("Moscow most likely will not attack", "Prices probably will rise"), else None."""
    hedge = word.head
    if word.dep_ != "nsubj" or hedge.dep_ != "advmod" or hedge.pos_ not in ("ADV", "ADJ"):
        return None
    verb = hedge.head
    if verb.pos_ not in ("VERB", "AUX") or not word.i < hedge.i < verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def clause_verb_read_as_noun(word: Token) -> Token | None:
    """Return the subject when the parser read the verb of a clause opened by a subordinator as a plural noun, its
    subject a compound: "before Russia attacks again" (the small model's "Russia attacks", like "air attacks"). A noun
    cannot head a clause with "before", "until", "if", "when" or "once"."""
    if word.tag_ != "NNS" or word.dep_ != "advcl" or not word.lower_.endswith("s") or word.i == 0:
        return None
    if not any(c.dep_ == "mark" and c.i < word.i for c in word.children):
        return None
    subject = word.doc[word.i - 1]
    if subject.dep_ != "compound" or subject.head != word or subject.pos_ not in ("PROPN", "NOUN") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return None
    return subject


def noun_read_as_clause_verb(word: Token) -> Token | None:
    """Return the noun before ``word`` when the parser read a plural noun as the verb of a clause after a forecasting
    verb: "expects no rate cuts this year", "expects no power outages" (the small model's "no rate [subject] cuts
    [verb]"). Only with "no" on that subject and nothing after the word but time or place phrases: "expects no one
    cuts the rate" is not so read (its verb has an object)."""
    from ingest.prediction_words import forecasting_verbs  # a late import, as _names_a_speaker's

    if word.tag_ != "VBZ" or word.dep_ != "ccomp" or word.head.lemma_.lower() not in forecasting_verbs() or word.i == 0:
        return None
    subject = word.doc[word.i - 1]
    if subject.dep_ != "nsubj" or subject.head != word or subject.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None
    if any(c.dep_ not in ("nsubj", "npadvmod", "prep", "punct") or c.i > word.i and c.dep_ == "nsubj" for c in word.children):
        return None
    return subject


def _make_plural_object(word: Token, noun: Token) -> None:
    """Re-hang ``noun_read_as_clause_verb``'s clause: the word a plural noun, the forecasting verb's object; the noun
    before it (with its "no") its compound."""
    for child in [c for c in noun.children if c.dep_ == "det"]:
        child.head = word
    noun.head, noun.dep_ = word, "compound"
    word.dep_ = "dobj"
    word.tag_, word.pos_ = "NNS", "NOUN"  # (its lemma stays: the lemmatizer's "cut" of "cuts" is the noun's too)
    word.morph = MorphAnalysis(word.doc.vocab, {"Number": "Plur"})


def subject_of_an_auxiliary(word: Token) -> Token | None:
    """Return the verb a subject belongs to when the parser hung it on the verb's auxiliary, as it does after a long
    subject set off by commas ("The head of the office, Oleksiy H., is convinced that A": "head" the subject of "is",
    the auxiliary of "convinced"), else None."""
    auxiliary = word.head
    if word.dep_ != "nsubj" or auxiliary.dep_ not in ("aux", "auxpass") or not word.i < auxiliary.i < auxiliary.head.i:
        return None
    verb = auxiliary.head
    if verb.pos_ not in ("VERB", "ADJ") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return verb


#: Prepositions the parser may read as opening a clause when a noun and "is" follow ("before the summer is likely").
_TIME_PREPOSITIONS = frozenset({"before", "after", "until", "by"})


def prepositional_phrase_read_as_clause(mark: Token) -> tuple[Token, Token, Token] | None:
    """Return (the noun before the preposition, its object, the verb "be") when the parser read "<noun> before <noun>
    is ..." as a clause opened by "before": "A ceasefire before the summer is likely, X said" (the small model's "before
    the summer is likely", with "summer" its subject, hung on "ceasefire" or given "ceasefire" as a second subject).
    Only with "be": in "the day before the war started" the clause is one."""
    verb = mark.head
    if mark.dep_ != "mark" or mark.lower_ not in _TIME_PREPOSITIONS or mark.i == 0 or verb.lemma_ != "be" or verb.i < mark.i:
        return None
    noun = mark.doc[mark.i - 1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    inside = [c for c in subjects if mark.i < c.i < verb.i and c.left_edge.i == mark.i + 1
              and all(t.head == verb and t.dep_ in ("aux", "neg") for t in mark.doc[c.right_edge.i + 1 : verb.i])]
    if noun.pos_ not in ("NOUN", "PROPN") or len(inside) != 1 or inside[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.head == verb and noun.dep_ == "nsubj" or verb.head == noun and verb.dep_ == "advcl":
        return noun, inside[0], verb  # (two subjects of "is"; or "is" a clause of the noun)
    return None


def _make_prepositional_phrase(mark: Token, noun: Token, object_: Token, verb: Token) -> None:
    """Re-hang ``prepositional_phrase_read_as_clause``'s sentence: the preposition the noun's, its object its own; the
    noun the subject of "be", which takes the noun's place when the parser had hung "be" on it (a subject of the
    frame's verb becomes the frame's complement)."""
    doc = mark.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    heads[mark.i], deps[mark.i] = noun.i, "prep"
    heads[object_.i], deps[object_.i] = mark.i, "pobj"
    if verb.head == noun:
        place, dep = noun.head.i, noun.dep_
        heads[verb.i], deps[verb.i] = (verb.i, "ROOT") if place == noun.i else (place, "ccomp" if dep == "nsubj" else dep)
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    _rehang(doc, heads, deps)


def split_at_comma(entity: Span) -> int | None:
    """Return the index of the comma inside a named entity that joins two phrases the parse keeps apart ("Speaking
    to the Daily Ledger, Harlan said": no word of "the Daily Ledger" governs "Harlan" or is governed by it), else
    None. A comma within one name ("Acme, Inc.", "Washington, D.C.") has its parts joined in the parse, or hung on
    one word."""
    for comma in entity:
        if comma.text != "," or comma.i in (entity.start, entity.end - 1):
            continue
        before, after = range(entity.start, comma.i), range(comma.i + 1, entity.end)
        doc = entity.doc
        tops = {doc[i].head.i for i in before if doc[i].head.i not in before} | {doc[i].head.i for i in after if doc[i].head.i not in after}
        # (two parts of one name hang on the same word: "Acme, Inc. said", both its subjects)
        if len(tops) > 1 and not tops & {*before, *after}:
            return comma.i
    return None


def _split_entities(doc: Doc) -> None:
    """Cut each entity that runs over a comma between two phrases (``split_at_comma``) into its two parts."""
    entities = list(doc.ents)
    changed = False
    for n, entity in enumerate(entities):
        at = split_at_comma(entity) if "," in entity.text else None
        if at is not None:
            entities[n : n + 1] = [Span(doc, entity.start, at, label=entity.label), Span(doc, at + 1, entity.end, label=entity.label)]
            changed = True
    if changed:
        doc.set_ents(entities)


@Language.component(COMPONENT)
def repair_parse(doc: Doc) -> Doc:
    """Give each closing frame whose subject the parser took from the clause before (``stolen_subject``) its speaker
    back, and the clause its last words; make a reporting verb read as a noun a verb again (``verb_read_as_noun``), and
    "risks" before a gerund (``risks_read_as_noun``)."""
    from ingest.cues import cue_lexicon

    _split_entities(doc)
    for root in [sentence.root for sentence in doc.sents]:
        report = report_read_as_complement(root)
        if report is not None:  # ("Meduza reported, citing sources, that Putin plans ...": Meduza reported)
            _make_report_head(root, report)
    for start, end in [(sentence.start, sentence.end) for sentence in doc.sents]:
        misread = misread_closing_frame(doc[start:end])
        if misread is not None:
            _make_closing_frame(*misread)
    for word in doc:
        found_noun = verb_read_as_noun(word)
        if found_noun is not None:
            _make_verb(word, *found_noun)
        infinitive = infinitive_report_read_as_noun(word)
        if infinitive is not None:
            _make_infinitive_report(word, *infinitive)
        owner = object_report_read_as_noun(word)
        if owner is not None:
            _make_object_report(word, owner)
        risked = risks_read_as_noun(word)
        if risked is not None:
            _make_risks_verb(word, risked)
        noted = noun_cue_heading_as_clause(word)
        if noted is not None:  # ("As the Intelligence Service notes in its report, A")
            _make_noun_cue_verb(word, noted)
        if inverted_frame_read_as_dep(word):  # ("<clause>, informs BelTA.")
            _make_inverted_frame(word)
        astray = that_clause_astray(word)
        if astray is not None:  # ("Forbes writes, citing its sources, that A": A is what Forbes writes)
            _make_that_clause(word, astray)
        hedged = subject_of_a_hedge(word)
        if hedged is not None:  # ("Moscow most likely will not attack": Moscow attacks, not "likely")
            word.head = hedged
        plural_object = noun_read_as_clause_verb(word)
        if plural_object is not None:  # ("expects no rate cuts this year": the cuts are expected not to happen)
            _make_plural_object(word, plural_object)
        clause_subject = clause_verb_read_as_noun(word)
        if clause_subject is not None:  # ("a matter of time before Russia attacks again": Russia attacks)
            _make_present_verb(word, clause_subject)
        misread_phrase = prepositional_phrase_read_as_clause(word)
        if misread_phrase is not None:  # ("A ceasefire before the summer is likely": not "before the summer is likely")
            _make_prepositional_phrase(word, *misread_phrase)
        verb_of_auxiliary = subject_of_an_auxiliary(word)
        if verb_of_auxiliary is not None:  # ("The head of X, Y, is convinced that A": the head is convinced)
            word.dep_ = "nsubjpass" if word.head.dep_ == "auxpass" else "nsubj"
            word.head = verb_of_auxiliary
        if word.dep_ == "ccomp" and word.head.dep_ == "advmod" and word.head.pos_ == "ADV" and word.head.head.pos_ == "VERB" \
                and word.head.head.i < word.head.i < word.i:
            word.head = word.head.head  # ("X said earlier that A": the clause is the verb's, not the adverb's)
        if word.dep_ == "amod" and word.head.dep_ in ("nsubj", "nsubjpass") and word.i > word.head.i \
                and word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "MD" and word.head.head.pos_ in ("VERB", "AUX"):
            # ("Russia most likely will not attempt": a word after the subject, right before the modal, is the verb's)
            word.head, word.dep_ = word.head.head, "advmod"
    verbs = cue_lexicon().verbs
    light = cue_lexicon().light_verbs
    for verb in doc:
        if verb.pos_ == "VERB" and (verb.lemma_.lower() in verbs or verb.lemma_.lower() in light):
            inverted = inverted_anaphor(verb)
            if inverted is not None:  # ("Such an opinion ... expressed the observer X": the observer expressed it)
                pointing, speaker = inverted
                pointing.dep_, speaker.dep_ = "dobj", "nsubj"
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        hidden = opener_as_subject(verb)
        if hidden is not None:  # ("Recall, the head of X stated": the head stated; "Recall" opens the sentence)
            opener = doc[verb.sent.start]
            hidden.head, hidden.dep_ = verb, "nsubj"
            opener.dep_ = "intj"
            doc[opener.i + 1].head = verb
        outlet = outlet_read_as_subject(verb)
        if outlet is not None:  # ("X in a commentary to the publication Focus said": X said it, to Focus)
            name = next(c for c in verb.children if c.dep_ == "nsubj" and c.i > outlet.i and c.i < verb.i)
            name.head, name.dep_ = outlet, "appos"
        relay = relay_read_as_complement(verb)
        if relay is not None:  # ("The ministry said A, the agency reported": the agency relays the ministry's report)
            _make_relay_head(verb, relay)
        interrupted = subject_before_frame(verb)
        if interrupted is not None:  # ("The rate, X said on Tuesday, will remain": the rate remains)
            subject, clause = interrupted
            subject.head = clause
        fronted = fronted_subject_of_aside(verb)
        if fronted is not None:  # ("The Kremlin, says Peskov, is open": the Kremlin is open; its comma goes with it)
            fronted.head = verb.head
            doc[verb.i - 1].head = verb.head
        stranded = stranded_predicate(verb)
        if stranded is not None:
            # ("... is high, X said": "high" goes back to "is", its comma with it)
            stranded.head, stranded.dep_ = doc[stranded.i - 1], "acomp" if doc[stranded.i - 1].lemma_ == "be" else "oprd"
            doc[stranded.i + 1].head = verb
        stray = stray_conjunct(verb)
        if stray is not None:
            # (its "and" goes with it: the reported clause ends before it)
            for cc in [c for c in stray.head.children if c.dep_ == "cc" and c.i == stray.i - 1]:
                cc.head = verb
            stray.head = verb
        found = stolen_subject(verb)
        if found is not None:
            subject, appositive = found
            moved = [c for c in subject.children if c.i > subject.i and c.i != appositive.i]
            subject.head, subject.dep_ = doc[subject.left_edge.i - 1], "pobj"
        else:
            hung = hung_speaker(verb)
            if hung is None:
                continue
            appositive = hung
            moved = [c for c in hung.head.children if c.i > hung.head.i and c.i != hung.i and c.is_punct]
            # ("..., the head of the port authority, Ivan K., said": the role before the name is the subject, the
            # name its appositive)
            role = next((c for c in hung.head.children if c.dep_ == "appos" and c.i < hung.i and c.right_edge.i == hung.left_edge.i - 2
                         and doc[hung.left_edge.i - 1].text == "," and _names_a_speaker(c)), None)
            if role is not None:
                hung.head = role
                appositive = role
                moved = [c for c in moved if c.i < role.left_edge.i or c.i > hung.right_edge.i]
        appositive.head, appositive.dep_ = verb, "nsubj"
        for child in moved:  # (the commas that set the speaker off belong to the frame now)
            child.head = verb
    return doc


def mend_parses(nlp: Language) -> Language:
    """Add the repair component at the end of ``nlp`` (once: it reads the lemmas, parts of speech and entities of the
    components after the parser); return ``nlp``."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
    return nlp
