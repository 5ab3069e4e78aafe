"""The predicted event as one short positive proposition, built from the parse.

"Officials said Russia would not launch a new offensive from Belarus next
year" predicts the event "Russia launches a new offensive from Belarus",
negated, with the horizon "next year" kept apart. The event is the subject
of the predicted verb, the verb in the present tense (third person where
the subject is singular) and what the verb governs, without negation,
modal, time words or condition. A risk or plan named by a noun ("the risk
of a new offensive") gives that noun phrase. ``graph.model.event_label``
writes the event for people: "no new offensive from Belarus (negated)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ingest.cues import cue_lexicon
from ingest.lexicon import word_set
from ingest.mentions import role_words
from ingest.prediction_words import forecasting_verbs, words

#: Dependents of the predicted verb that are not part of the event.
_DROP_DEPS = frozenset({"neg", "aux", "auxpass", "mark", "punct", "cc", "conj", "advcl", "preconj", "parataxis", "intj", "discourse", "meta", "dep"})
#: Adverbs that only hedge, time or link: "also", "still", "then", "probably".
_DROP_ADVERBS = word_set("events", "drop_adverbs")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i", "these", "those", "both", "many", "some", "others"})
#: A possessive pronoun owning a plan, and the subject it is of the planned act ("our goal is to reach" -> "we reach").
POSSESSIVE_SUBJECTS = {"our": "we", "my": "I", "their": "they", "his": "he", "her": "she", "your": "you"}
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
#: Nouns of a measure whose "of" phrase says what is measured ("the number of attacks", "the share of imports").
_MEASURES = word_set("events", "measure_nouns")
#: Adjectives that say how likely what they are said of is ("it is highly unlikely that X", "a truce is more likely
#: than not").
LIKELIHOOD_ADJECTIVES = word_set("events", "likelihood_adjectives")
_NEGATIVE_PRONOUNS = {"nobody": "somebody", "nothing": "something", "no one": "someone", "none": "some"}
#: Most words an event keeps: a longer one is cut at the last word that fits.
MAX_EVENT_WORDS = 18
_DANGLING = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "before", "after",
                       "and", "or", "but", "which", "that", "who", "as", "than", "its", "their", "his", "her", "our"})
#: Dependents that only comment on the event: a reason ("due to losses") or a relative clause on an object.
_REASONS = word_set("events", "reason_words")
#: Words that open the source of a view, not part of the event: "according to X", "judging by X".
_SOURCES = word_set("events", "source_words")


def third_person(lemma: str) -> str:
    """Return the present third person singular of a verb lemma ("launch" -> "launches")."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if re.search(r"(?:s|x|z|ch|sh|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _plural(subject: Token | None) -> bool:
    if subject is None:
        return False
    if subject.lower_ in _PLURAL_PRONOUNS or subject.tag_ in ("NNS", "NNPS") or POSSESSIVE_SUBJECTS.get(subject.lower_) in _PLURAL_PRONOUNS:
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def _present(verb: Token, subject: Token | None) -> str:
    """Return ``verb`` in the present tense agreeing with ``subject`` (a passive keeps its participle)."""
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    plural = _plural(subject)
    if subject is not None and subject.dep_ == "expl":  # "there is/are ...": agrees with the attribute
        attrs = [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj")]
        plural = bool(attrs) and _plural(attrs[0])
    first = subject is not None and (subject.lower_ == "i" or subject.lower_ == "my" and subject.tag_ == "PRP$")
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and not any(
            c.dep_ in ("aux", "dobj") for c in verb.children):
        # (a participle with no auxiliary is passive too: "expects a rate cut before June" -> "a rate is cut")
        return ("am " if first else "are " if plural else "is ") + verb.text
    if lemma == "be":
        return "am" if first else "are" if plural else "is"
    if first:
        return lemma
    return lemma if plural else third_person(lemma)


def subject_of(verb: Token) -> Token | None:
    """Return the subject of ``verb``, or of the verb or noun that controls it ("Russia plans to attack")."""
    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # Two subjects (a dateline the parser took for one: "KYIV, June 2 (Reuters) - Russia is ..."): the nearer.
            at = token.i
            return min(subjects, key=lambda c: abs(c.i - at))
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
            holder = token.head.head
            # "accused the government of preparing a war", "blamed X for raising": the one charged acts
            charges = cue_lexicon().object_charges
            verb_holder = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ == "dobj" else None
            if verb_holder is not None and charges.get(verb_holder.lemma_.lower()) == token.head.lower_:
                objects = [c for c in verb_holder.children if c.dep_ == "dobj" and c.i < token.head.i]
                if objects:
                    return objects[0]
            token = holder  # "is bent on seizing the port": the subject of "is"
            continue
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP") and _infinitive(token.head):
            # "X said he expected A to win and vowed to B": a finite verb the parser hung on an infinitive is
            # coordinated with the outermost verb of its tense the infinitive hangs from (X vowed)
            outer = [a for a in token.head.ancestors if a.tag_ == token.tag_]
            token = outer[-1] if outer else token.head
            continue
        if token.dep_ in ("xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "relcl", "acl") and token.head.i != token.i:
            objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
            if token.dep_ == "xcomp" and objects:  # "expects inflation to fall"
                return objects[0]
            between = [c for c in token.head.children if c.dep_ in ("dobj", "xcomp") and c.tag_ in ("NN", "NNS", "VBG")
                       and token.head.i < c.i < token.i]
            if token.dep_ == "ccomp" and between:  # "saying shelling would intensify": the parser made the subject a complement
                return between[-1]
            if token.dep_ == "relcl":
                return token.head
            if token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.lower_ == "for" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                return token.head  # "the forecast is for [fares] to rise": the "for" object is the subject
            token = token.head
        else:
            return None
    return None


#: Words that make a noun stand for whatever its relative clause says ("any decision that drags us into the war").
_QUANTIFIERS = frozenset({"any", "anything", "anyone", "anybody", "every", "everything", "no", "nothing", "all", "each"})


def _defines(clause: Token) -> bool:
    """True for a relative clause without which its noun means nothing ("will not sign anything that freezes the
    occupation", "any deal that cedes land"): the noun is a quantifier or has one."""
    noun = clause.head
    return noun.lower_ in _QUANTIFIERS or any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in noun.children)


def revising_verb(noun: Token) -> Token | None:
    """Return the verb that revises ``noun`` when ``noun`` is a forecast it takes as its object ("raised its growth
    forecast", "cut its 2026 outlook"), else None."""
    verb = noun.head
    if noun.dep_ == "dobj" and noun.lemma_.lower() in words().forecast_nouns and verb.lemma_.lower() in words().revision_verbs:
        return verb
    return None


def revised_figure(noun: Token) -> Token | None:
    """Return the figure a revised forecast ``noun`` is revised to: the object of "to", on the verb or on the noun,
    that holds a number ("cut its growth forecast to 2.4%": "2.4%"), else None."""
    verb = revising_verb(noun)
    if verb is None:
        return None
    return next((g for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and any(t.like_num for t in g.subtree)), None)


def foreseen_aside(relative: Token) -> bool:
    """True for a relative clause set off by a comma whose verb forecasts and has a subject of its own ("arms
    production, which he expected to double by 2027"): the holder's forecast of the noun, not a description of it."""
    return relative.lemma_.lower() in forecasting_verbs() and relative.left_edge.i > 0 \
        and relative.doc[relative.left_edge.i - 1].text == "," \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in relative.children)


def _infinitive(verb: Token) -> bool:
    """Return True for a to-infinitive ("to win")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _keep(tokens: Iterable[Token], skip: set[int]) -> list[Token]:
    return [t for t in tokens if t.i not in skip]


def _subtree(token: Token, skip: set[int], lean: bool = False) -> list[Token]:
    """Return the tokens of ``token``'s phrase; ``lean`` leaves out relative clauses and reasons."""
    out: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        if lean and t.i != token.i and (t.dep_ == "appos" or (t.dep_ == "relcl" and len(list(t.subtree)) > 3 and not _defines(t))
                                        or (t.dep_ in ("prep", "advmod", "amod") and t.lower_ in _REASONS)):
            continue  # a long relative clause only describes; a short one may define ("the one that ends")
        if t.i != token.i and t.lower_ in _SOURCES:
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _short_subject(subject: Token, skip: set[int]) -> list[Token]:
    """Return the subject's words: its whole phrase, or its core (determiner, modifiers, noun) when long.

    What is set off by a comma ("the bank, which has cut rates twice,", "the
    minister, a former banker,") only describes the subject and goes.
    """
    aside = {t.i for c in subject.children if c.dep_ in ("relcl", "appos", "acl") and c.i > subject.i
             and subject.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    skip = skip | aside | {i for i in range(subject.i + 1, subject.right_edge.i + 1) if subject.doc[i].is_punct and aside
                           and (i + 1 in aside or i - 1 in aside)}
    # ("The port, in X's view, will reopen": the comma that opens an aside after the subject, hung on the subject)
    skip |= {c.i for c in subject.children if c.dep_ == "punct" and c.i == subject.right_edge.i and c.i > subject.i}
    # ("is not excluded that provocations will ...": a complementiser the parser made the subject's determiner)
    # ("... and that turnout would fall": the second clause's complementiser, read as the subject's determiner)
    skip |= {c.i for c in subject.children if c.dep_ == "det" and c.lower_ == "that" and (
        c.tag_ == "IN" or c.i > 0 and subject.doc[c.i - 1].lower_ in ("and", "but", "or"))}
    named = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None) if subject.ent_type_ == "PERSON" \
        and subject.pos_ == "PROPN" else None
    if named is not None and named.start > subject.left_edge.i:
        # "Tiraspol's self-styled leader Vadim K. threatened to halt exports": the person acts, not their titles
        return [t for t in named if t.i not in skip and t.tag_ != "POS"]
    words = _subtree(subject, skip)
    if len(words) <= 8:
        return words
    core = [subject, *[c for c in subject.children if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod") and c.i < subject.i]]
    unique = {t.i: t for w in core for t in _subtree(w, skip) if t.i <= subject.i}
    if subject.lemma_.lower() in _MEASURES:
        # "the number of [distributed denial-of-service] attacks": a measure says nothing without what it measures
        for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and c.i not in skip):
            measured = [g for g in of.children if g.dep_ == "pobj"]
            unique[of.i] = of
            for noun in measured:
                unique.update({t.i: t for w in (noun, *[c for c in noun.children if c.dep_ in ("det", "amod", "compound", "nummod")])
                               for t in _subtree(w, skip) if t.i <= noun.i})
    return [unique[i] for i in sorted(unique)]


def _render(parts: list[tuple[float, str, str]]) -> str:
    """Join (index, text, trailing space) parts in order and tidy the result."""
    ordered = sorted(set(parts))
    pieces: list[str] = []
    for n, (index, word, space) in enumerate(ordered):
        following = ordered[n + 1][0] if n + 1 < len(ordered) else index + 1
        pieces.append(word + (space if following == index + 1 else " "))  # a gap left by a dropped word is a space
    text = "".join(pieces)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?)\]’”])", r"\1", text)
    text = text.strip(" ,;:.-–—\"“”«»'‘’")
    # Unbalanced brackets or quotation marks left by the cut go.
    for left, right in (("(", ")"), ("[", "]")):
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    words = text.split()
    if len(words) > MAX_EVENT_WORDS:
        words = words[:MAX_EVENT_WORDS]
        while words and (words[-1].lower().strip(",;:") in _DANGLING or words[-1].endswith((",", ";", ":"))):
            words.pop()  # never end on "the", "of", "which" ...
        text = " ".join(words)
    return re.sub(r"\s+", " ", text).strip()


def _positive(token: Token, own: frozenset[int] | None = None) -> str | None:
    """Return the positive form of a negative word, "" to drop it, or None to keep it.

    Only the event's own negation goes (``own``: the indices of the predicted
    verb and its participants; None for all): a "not" or "never" inside a
    clause the event contains is part of what is predicted ("he makes sure
    that prices never again rise" keeps its "never").
    """
    lower = token.lower_
    # ("a scale nobody is ready for": a negative word inside a clause the event contains is part of what it says)
    # (the event's own subject is its own, wherever the parser hung it: "Nobody is going to attack")
    if own is not None and token.head.i not in own and token.i not in own \
            and (lower in ("not", "n't", "never", "no", "neither") or lower in _NEGATIVE_PRONOUNS):
        return None
    if token.dep_ == "neg" and token.head.pos_ in ("ADJ", "NOUN") and token.head.dep_ in ("acomp", "oprd", "dobj") \
            and token.head.head.lemma_ != "be":
        return None  # "would plead not guilty": a "not" of the verb's complement, what is predicted ("pleads not guilty")
    if token.dep_ == "neg" or lower in ("never",):
        return ""
    if lower == "no" and token.dep_ == "det":
        head = token.head
        if head.lower_ == "one":
            return "someone"  # "no one" -> "someone" (the "one" goes below)
        doc = token.doc
        last = token.i + 1  # (the noun phrase's last noun: "no rate cuts" is plural, whatever the parser hung "no" on)
        while last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN") and doc[last].pos_ in ("NOUN", "PROPN", "ADJ"):
            last += 1
        if head.tag_ in ("NN", "NNP") and not any(c.dep_ == "det" and c.i != token.i for c in head.children) \
                and not (last < len(doc) and doc[last].tag_ in ("NNS", "NNPS")):
            after = doc[token.i + 1] if token.i + 1 < len(doc) else head  # "no new offensive": "a new offensive"
            return "an" if after.text[:1].lower() in "aeiou" else "a"
        return ""
    if lower in _NEGATIVE_PRONOUNS:
        return _NEGATIVE_PRONOUNS[lower]
    if lower == "neither" and (token.dep_ in ("det", "preconj") or token.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
        return "either"  # "neither bloc wins", "neither of the two wins" -> "either ...", negated
    if lower in ("longer", "one") and token.i > 0 and token.doc[token.i - 1].lower_ == "no":
        return ""
    return None


def _parts(tokens: Iterable[Token], own: frozenset[int] | None = None) -> list[tuple[float, str, str]]:
    parts: list[tuple[float, str, str]] = []
    for t in tokens:
        positive = _positive(t, own)
        if positive == "":
            continue
        parts.append((t.i, positive if positive is not None else t.text, " " if positive is not None else t.whitespace_))
    return parts


#: Sentence-initial function words lowered in an event ("The economy grows" -> "the economy grows").
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any", "all", "most", "many",
                             "it", "they", "we", "he", "she", "there", "our", "their", "its", "his", "her", "my", "your"})


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0] if text else ""
    return text[0].lower() + text[1:] if first.lower() in _FUNCTION_WORDS else text


#: Verbs whose subject "it" is an event ("it could happen in May", "it will begin in spring").
_HAPPENING = word_set("events", "happening_verbs")
#: Verbs whose "it" is often no pronoun at all ("it will take years to", "it is clear that").
_DUMMY_IT_VERBS = word_set("events", "dummy_it_verbs")
#: Nouns of time, never what a later pronoun stands for.
_TIME_NOUNS = word_set("events", "time_nouns")


#: Where a paragraph's doc keeps the doc of the paragraph before it (``link_paragraphs``).
_PREVIOUS = "claimgraph.previous_paragraph"
#: How many sentences before a pronoun's own may hold its noun.
_LOOKBACK = 2


def link_paragraphs(docs: Iterable[Doc]) -> None:
    """Let each paragraph's doc know the one before it: a pronoun opening a paragraph finds its noun there."""
    before: Doc | None = None
    for doc in docs:
        if before is not None:
            doc.user_data[_PREVIOUS] = before
        before = doc


def _sentences_before(sentence: Span) -> list[Span]:
    """Return the sentences that may hold a pronoun's noun, nearest first.

    The sentence before in the same paragraph; for a sentence that opens its
    paragraph, the last ``_LOOKBACK`` sentences of the paragraphs before
    (a quotation paragraph "It could come from the north" continues what
    the article said just before).
    """
    doc, start = sentence.doc, sentence.start
    if start > 0:
        return [doc[start - 1].sent]
    out: list[Span] = []
    while len(out) < _LOOKBACK:
        if start > 0:
            previous = doc[start - 1].sent
            out.append(previous)
            start = previous.start
            continue
        before = doc.user_data.get(_PREVIOUS)
        if not isinstance(before, Doc) or not len(before):
            break
        doc, start = before, len(before)
    return out


def _referent(token: Token) -> bool:
    """Return True when ``token`` can be what a later pronoun stands for: a noun subject of a real clause, no one in particular excluded."""
    if token.ent_type_ == "PERSON" or token.lemma_.lower() in _TIME_NOUNS or token.is_upper or token.head.pos_ not in ("VERB", "AUX"):
        return False  # a person is "he"/"she"; "LONDON (Reuters)" is a dateline
    if token.head.lemma_.lower() in cue_lexicon().verbs:
        return False  # the speaker of "X said: ..." is not what the quotation is about
    if token.lemma_.lower() == "one" or any(c.lower_ in ("no", "any", "every", "each") or c.tag_ in ("WDT", "WP", "WP$") for c in token.children):
        return False  # "no one wants to", "whose land": nobody in particular
    return True


def _coordinated(verb: Token, other: Token) -> bool:
    """Return True when ``verb`` joins ``other`` as a conjunct ("they are preparing strikes, and ... they won't stop")."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == other.i:
            return True
    return False


def refers_as_it(clause: Span) -> bool:
    """True when a reported clause's subject is an "it" that stands for something ("it would remove the
    posts"), not an empty one ("it would take years", "it is likely that")."""
    root = clause.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ == "it" and root.pos_ == "VERB" and root.lemma_.lower() not in _DUMMY_IT_VERBS \
        and not any(c.dep_ in ("ccomp", "csubj") for c in root.children)


def _reporting_subject(pronoun: Token, personal: bool = False, closing: bool = False, quoted: bool = False) -> Token | None:
    """Return the subject of the reporting verb whose following clause holds *pronoun* (indirect speech:
    "the ministry said that it would ..."), or None; a quotation before its cue is not such a clause. With
    ``personal``, a reporter "he", "she" or "they" counts too; with ``closing``, a closing frame's reporter too;
    with ``quoted``, the reporter of a quotation too (for a noun, which means the same in the speaker's words)."""
    for clause in pronoun.ancestors:
        verb = clause.head
        if clause.dep_ == "acl" and verb.dep_ == "pobj" and verb.head.head.lemma_.lower() in cue_lexicon().verbs \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            verb = verb.head.head  # "said in a statement that the ministry ...": the parser hung the clause on the noun
        # (or a closing frame after the clause, quoted words excepted: "The company will open a plant, its chief
        # executive said")
        after = closing and clause.dep_ == "ccomp" and clause.right_edge.i < verb.i
        if clause.dep_ in ("ccomp", "acl") and (verb.i < clause.left_edge.i or after) and verb.lemma_.lower() in cue_lexicon().verbs:
            between = verb.doc[verb.i + 1 : pronoun.i] if not after else verb.doc[clause.left_edge.i : verb.i]
            if not quoted and any(t.text in "\"“”«»„" for t in between):
                return None
            subject = subject_of(verb)  # "the bank kept its rate and signalled that it ...": the shared subject
            if subject is not None and subject.tag_ == "WDT" and subject.head.dep_ == "relcl":
                subject = subject.head.head  # "the ministry, which said it intends to ...": the ministry
            # (a name the tagger read as an adjective, "Ferrexpo, the pellet producer, said it ...", is still a name)
            return subject if subject is not None and (subject.pos_ in ("NOUN", "PROPN") or subject.pos_ == "ADJ"
                                                       and subject.ent_type_ in ("ORG", "PERSON", "GPE")
                                                       or personal and subject.lower_ in ("he", "she", "they")) else None
    return None


def _served_body(reporter: Token) -> Token | None:
    """The body a reporting role word speaks for ("a spokesman for the bank", "the bank's spokeswoman"), or None."""
    if reporter.lemma_.lower() not in role_words().roles:
        return None
    for child in reporter.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and child.tag_ in ("NN", "NNP"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            body = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.tag_ in ("NN", "NNP")), None)
            if body is not None and body.ent_type_ not in ("PERSON", "GPE"):
                return body
    return None


def _number_tag(token: Token) -> str:
    """The noun tag of ``token``: a name the tagger read as an adjective counts as a singular proper noun."""
    return "NNP" if token.tag_ == "JJ" and token.ent_type_ else token.tag_


def _a_person(reporter: Token) -> bool:
    """True when a reporting subject names a person: tagged as one, unless a noun before it says it is a body the
    recogniser mistook ("the mobile operator Telemost", "state broadcaster Lrt")."""
    return reporter.ent_type_ == "PERSON" and not any(c.dep_ in ("compound", "appos", "nmod") and c.pos_ == "NOUN"
                                                      and c.lemma_.lower() in role_words().body_nouns for c in reporter.children)


def _personal(reporter: Token) -> bool:
    """True when a reporting subject is a person, by name or by role ("the mayor", "its spokeswoman"): never "it"."""
    return _a_person(reporter) or reporter.lemma_.lower() in role_words().roles


def reports_of_itself(pronoun: Token) -> bool:
    """True when a pronoun subject of reported speech is the reporter ("PGE announced it will start", "the minister
    said she will resign", "the rebels said they will withdraw"): the reported form of the speaker's "we"/"I"."""
    reporter = _reporting_subject(pronoun)
    if reporter is None:
        return False
    plural = reporter.tag_ == "NNS" or reporter.tag_ == "NNPS" and pronoun.lower_ != "it"  # ("the United Nations said it")
    person = _personal(reporter)
    match pronoun.lower_:
        case "it":
            return not plural and not person
        case "he" | "she":
            # (a lone name the recogniser left untagged or called a body: "he" says it is a person's)
            return not plural and (person or reporter.pos_ == "PROPN" and reporter.ent_type_ not in ("GPE", "LOC", "NORP", "FAC"))
        case "they":
            return plural
    return False


def speaks_for(subject: Token) -> bool:
    """True when the subject of reported speech is the reporter's own side, named rather than a pronoun: "the minister
    said the ministry will ...", "the governor said his region would ...", "a spokesman for the bank said the bank
    will ..." (``own_bodies`` and ``own_side_nouns`` in the prediction lexicon)."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in subject.children)
    # ("She said her office would seek ...": a reporter known by a pronoun owns the side as much as one named)
    # ('"The government will keep the price," the premier said': a body named is the same in the speaker's own words)
    reporter = _reporting_subject(subject, personal=owned, closing=True, quoted=not owned)
    if reporter is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    w = words()
    if owned:
        return lemma in w.own_side_nouns or lemma in role_words().body_nouns
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    served = _served_body(reporter)
    if served is not None and served.lemma_.lower() == lemma:
        return True
    # (the role of a named reporter: "Governor Ruslan H. said", "Ruslan H., the governor, said")
    roles = [reporter, *(c for c in reporter.subtree if c.dep_ in ("compound", "appos"))]  # ("Spokeswoman Lena N.": of "Lena")
    return any(lemma in (w.own_bodies or {}).get(r.lemma_.lower(), frozenset()) for r in roles)


def reported_by_commentator(subject: Token) -> bool:
    """True when the reporter of the clause whose subject is ``subject`` comments on others' acts ("Analysts said
    the bank would cut rates", "Military expert X said Russia would attack": ``commentator_nouns``)."""
    reporter = _reporting_subject(subject, closing=True)
    if reporter is None:
        return False
    titled = [reporter, *(c for c in reporter.children if c.dep_ in ("compound", "appos", "amod"))]
    return any(t.lemma_.lower() in words().commentator_nouns for t in titled)


def antecedent(pronoun: Token, depth: int = 1, same_sentence: bool = True) -> Token | None:
    """Return the noun a subject "it"/"this"/"they" stands for, or None where the parse does not show it.

    The candidate is the nearest common or proper noun of the same number (not a person,
    not a time, not "no one", not a speaker) that is the subject of an earlier clause in the same
    sentence, else of the sentence before (of the paragraph before, for
    a sentence opening its paragraph, once ``link_paragraphs`` linked them):
    "a fresh offensive could begin in March ... it might come in January"
    -> "offensive". An earlier subject "it" of an event counts for the noun
    it stands for. An "it" whose verb takes a clause ("it is likely that",
    "it will take years to") is no pronoun and stays.
    """
    if pronoun.lower_ not in ("it", "this", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    number = ("NNS", "NNPS") if pronoun.lower_ == "they" else ("NN", "NNP")
    verb = pronoun.head
    reporter = _reporting_subject(pronoun)
    # ("the United Nations said that it would": a plural name of one body)
    reporting = ("NN", "NNP", "NNPS") if pronoun.lower_ == "it" else number
    served = _served_body(reporter) if reporter is not None and pronoun.lower_ == "it" and same_sentence else None
    if served is not None and verb.lemma_.lower() not in _DUMMY_IT_VERBS:
        return served  # "a spokesman for the bank said it plans to ...": the bank, not the spokesman
    if same_sentence and reporter is not None and _number_tag(reporter) in reporting and not _personal(reporter) \
            and verb.lemma_.lower() not in _DUMMY_IT_VERBS:
        return reporter  # "the company said that it would close two plants", "... it will not allow gas to cross": the company
    if any(c.dep_ in ("ccomp", "csubj") for c in verb.children) or (
        verb.lemma_.lower() in _DUMMY_IT_VERBS and any(
            c.dep_ == "xcomp" or c.dep_ == "acomp" and c.lemma_.lower() not in words().intention_verbs or c.dep_ == "advcl" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
    ):  # ("it would take another year to finish the road": the parser may hang the infinitive as an adverbial; but
        # "it is ready to send troops" is someone's will, and "it" someone)
        return None
    if same_sentence and reporter is not None and _number_tag(reporter) in reporting and not _personal(reporter):
        return reporter
    sentence = pronoun.sent
    earlier = [sentence.doc[sentence.start : pronoun.i]] if same_sentence else []
    earlier += _sentences_before(sentence)
    # "Washington is preparing to host a summit. It could happen in May": what happens is an event, named as an
    # object too, never the actor who stages it
    happening = pronoun.lower_ == "it" and verb.lemma_.lower() in _HAPPENING
    for part in earlier:
        for token in reversed(list(part)):
            if token.dep_ not in ("nsubj", "nsubjpass") and not (happening and token.dep_ == "dobj"):
                continue
            if happening and token.pos_ != "NOUN":
                continue
            if token.lower_ == pronoun.lower_ == "it" and depth > 0 and token.head.lemma_.lower() != "be":
                found = antecedent(token, depth - 1, same_sentence=False)  # "it might come in January", said of the offensive before
                if found is not None:
                    return found
            if token.tag_ not in number or pronoun in token.subtree or not _referent(token):
                continue
            if pronoun.lower_ == "it" and token.lemma_.lower() in role_words().roles:
                continue  # ("the mayor opposed ..., saying it would": a person by role is never "it")
            if token.head in pronoun.ancestors and not _coordinated(pronoun.head, token.head):
                continue  # "my judgment is that it will ...": the holder of a view is not what the view is about
            return token
    return None


def _described_object(verb: Token) -> Token | None:
    """Return the noun a relative clause describes when it is ``verb``'s missing object, else None."""
    if any(c.dep_ in ("dobj", "attr", "auxpass", "nsubjpass") for c in verb.children) or verb.pos_ != "VERB":
        return None  # it has an object, or a passive has no place for one
    token = verb
    while token.dep_ in ("xcomp", "acomp") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "relcl" or token.head.pos_ != "NOUN":
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("that", "which", "who"):
        return None  # "the drills that will start": the noun is the subject, already in the event
    if any(c.dep_ == "mark" or (c.dep_ == "prep" or c.lower_ == "that") and c.i < token.i for c in token.children):
        # "the probability that X will" (the parser may make that "that" an adverb): a content clause, not a
        # description; "a situation in which"
        return None
    return token.head


def _subtree_core(noun: Token, skip: set[int]) -> list[Token]:
    """Return the noun with its determiner and modifiers before it ("the very problem")."""
    core = [c for c in noun.children if c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < noun.i]
    return sorted({t.i: t for c in core for t in _subtree(c, skip)}.values(), key=lambda t: t.i) + [noun]


def contrasted(verb: Token) -> set[int]:
    """Return the tokens of a phrase the speaker denies for another: "not in the east, but in the south".

    The event keeps the phrase that stands (``replacing``); the denied one
    and its "not" go, and the "not" negates nothing else.
    """
    out: set[int] = set()
    doc = verb.doc
    clause = sorted(t.i for t in verb.subtree)
    buts = [doc[i] for i in clause if doc[i].lower_ == "but" and doc[i].dep_ == "cc"]
    for neg in [doc[i] for i in clause if doc[i].dep_ == "neg" and i + 1 < len(doc)]:
        following = doc[neg.i + 1]
        if following.i == verb.i or following.pos_ in ("VERB", "AUX"):
            continue  # "will not start": the verb's own negation
        phrase = next((c for c in neg.head.children if c.i > neg.i and c.left_edge.i == following.i), None)
        if phrase is None and neg.head.i == following.i:
            phrase = neg.head  # "not" hung on the phrase it denies
        if phrase is None or phrase.i == verb.i or phrase.pos_ in ("VERB", "AUX"):
            continue
        denied = {t.i for t in phrase.subtree} - {t.i for c in phrase.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        if not any(b.i > max(denied) for b in buts):
            continue
        out |= denied | {neg.i}
        for t in doc[max(denied) + 1 : len(doc)]:  # the comma and "and" before the next phrase
            if not (t.is_punct or t.dep_ == "cc") or t.lower_ == "but":
                break
            out.add(t.i)
    if out:
        out |= {b.i for b in buts}
    return out


def replacing(verb: Token, denied: set[int]) -> Token | None:
    """Return the head of the phrase that follows "but" after a denied one ("not in X, but [in Y]"), or None."""
    if not denied:
        return None
    last_but = max(i for i in denied if verb.doc[i].lower_ == "but") if any(verb.doc[i].lower_ == "but" for i in denied) else None
    if last_but is None or last_but + 1 >= len(verb.doc):
        return None
    first = verb.doc[last_but + 1]
    head = first
    while head.head.i != head.i and head.head.left_edge.i == first.i and head.head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head


#: Dependents that are clauses of their own: their negation is theirs.
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "csubj", "parataxis"})


def _own(verb: Token, subject: Token | None) -> frozenset[int]:
    """The indices whose negation is the event's own: the verb, its dependents, the subject's."""
    own = {verb.i, *(c.i for c in verb.children if c.dep_ not in _CLAUSES)}  # "says that it is not": the clause's "not" stays
    if subject is not None:
        own |= {subject.i, *(c.i for c in subject.children)}
    return frozenset(own)


def _complements(verb: Token, skip: set[int]) -> list[Token]:
    """Return the words that complete ``verb``: objects, particles and what follows it, without time, hedge or reason."""
    tokens: list[Token] = []
    has_object = any(c.dep_ in ("dobj", "attr", "xcomp", "ccomp") for c in verb.children)
    sourced = {c.right_edge.i + 1 for c in verb.children if c.lower_ in _SOURCES}  # "judging [by X]" parsed apart
    for child in verb.children:
        if child.i in skip and child.i > verb.i and child.dep_ in ("npadvmod", "advmod"):
            # "exceed 7% later this month": an amount the parser hung on the time words is the verb's own
            tokens += [t for t in child.subtree if t.i not in skip and t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")]
        if child.i in skip or child.dep_ in _SUBJECT_DEPS or (child.dep_ == "prep" and child.i in sourced):
            continue
        if child.dep_ == "advcl" and child.tag_ == "VBG" and not has_object and child.left_edge.i <= verb.i + 2 \
                and not any(c.dep_ == "mark" for c in child.children):
            tokens += _subtree(child, skip, lean=True)  # "could go on using the roads": the parser's advcl is the complement
            continue
        if child.dep_ in _DROP_DEPS or ((child.tag_ in ("WDT", "WP") or child.lower_ in ("that", "which", "whom")) and child.i < verb.i):
            continue  # "the prospects that the government may be planning": a relative word, never part of the event
        if child.dep_ in ("advmod", "npadvmod") and (child.lower_ in _DROP_ADVERBS or child.i < verb.i):
            continue
        if child.lower_ in _SOURCES:
            continue  # "according to X": the attribution, not the event
        if child.lower_ in _REASONS:
            continue  # "due to heavy losses": why, not what
        if child.dep_ == "prt" or child.i > verb.i or child.dep_ in ("dobj", "attr"):
            tokens += _subtree(child, skip, lean=True)
    return tokens


def _thin(verb: Token) -> bool:
    """Return True for a verb with nothing after it ("we will not threaten or attack anyone": "threaten")."""
    return not any(c.dep_ in ("dobj", "attr", "prep", "xcomp", "ccomp", "acomp", "prt", "advmod", "oprd", "dative") for c in verb.children)


def clause_event(verb: Token, skip: set[int], subject: Token | None = None) -> str:
    """Return "subject verb(present) complements" for ``verb``, leaving out the tokens in ``skip``.

    A subject "it"/"this" is replaced by the noun it stands for where the
    parse shows it (``antecedent``). "There will be no X" gives the noun
    phrase X. A phrase denied for another ("not in X, but in Y") goes.
    """
    subject = subject if subject is not None else subject_of(verb)
    if subject is not None and subject.pos_ == "NOUN" and verb.lemma_.lower() == "be" and subject.i not in skip and any(
            c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_ADJECTIVES for c in verb.children):
        return noun_event(subject, skip)  # "I think a ceasefire is more likely than not by 2027": the ceasefire
    if subject is not None and subject.dep_ == "expl" and verb.lemma_.lower() == "be":
        existing = [c for c in verb.children if c.dep_ in ("attr", "dobj") and c.pos_ == "NOUN" and c.i not in skip]
        if existing:  # "there will be no offensive from the north": the event is the offensive
            places = [c for c in verb.children if c.dep_ == "prep" and c.i > existing[0].i and c.i not in skip]
            return noun_event(existing[0], skip, places)
    pronoun_at = float(subject.i) if subject is not None else -1.0
    if subject is not None and subject.i not in skip:
        subject = antecedent(subject) or subject
    if subject is not None and subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("NOUN", "PROPN"):
        subject = subject.head.head  # "the bridge that will open" -> "the bridge opens"
    elif subject is not None and subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "ccomp" and subject.head.head.dep_ == "relcl" \
            and subject.i < subject.head.head.i and subject.head.head.head.pos_ in ("NOUN", "PROPN"):
        subject = subject.head.head.head  # "the bridge, which the mayor said would open" -> "the bridge opens"
    denied = contrasted(verb)
    skip = skip | denied
    if subject is not None and subject.dep_ == "poss":  # ("the ministry's goal is to vaccinate": "the ministry vaccinates")
        skip = skip | {c.i for c in subject.children if c.dep_ == "case"}
    tokens: list[Token] = []
    borrowed: list[tuple[float, str, str]] = []
    if subject is not None and subject.tag_ == "PRP$" and subject.lower_ in POSSESSIVE_SUBJECTS and subject.i not in skip:
        # ("our goal is to reach the border": the owner of the goal acts, as a subject: "we reach the border")
        borrowed = [(float(subject.i), POSSESSIVE_SUBJECTS[subject.lower_], " ")]
    elif subject is not None and subject.doc is not verb.doc:  # a noun of the paragraph before: its words take the pronoun's place
        words = _parts(_short_subject(subject, set()), _own(subject, None))
        borrowed = [(pronoun_at + (k + 1) / 1000, word, " ") for k, (_, word, _) in enumerate(words)]
    elif subject is not None and subject.i not in skip:
        # "better times to come": the subject is the noun the verb's clause describes; its words leave that clause out
        # ("this trend of falling prices to continue": "prices", the parser's subject of "continue", stays with the noun)
        kept = {t.i for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" for t in c.subtree}
        # (not when the verb is in what a relative clause reports of it: "the ministry, which said it intends to ...")
        inside = {t.i for t in verb.subtree if t.i not in kept} if verb in subject.subtree and not any(
            a.dep_ == "relcl" and a.head.i == subject.i for a in verb.ancestors) else set()
        tokens += [t for t in _subtree(subject, skip) if t.i not in inside] if inside else _short_subject(subject, skip)
    tokens += _complements(verb, skip)
    instead = replacing(verb, denied)
    if instead is not None and instead.i not in {t.i for t in tokens}:  # "not in X, but in Y": Y, wherever the parser hung it
        tokens += [t for t in _subtree(instead, skip, lean=True) if t.dep_ != "conj" or t.head.i != instead.i]
    own = _own(verb, subject)
    parts = _parts((t for t in tokens if t.i != verb.i), own) + borrowed
    subject_word = subject if subject is not None and (subject.doc is not verb.doc or subject.i not in skip) else None
    parts.append((verb.i, _present(verb, subject_word), " "))
    if _thin(verb):  # "will not threaten or attack anyone": the verbs share what follows
        # (not a verb with its own modal or negation: "would not be cowed and would step up patrols" are two predictions)
        for conj in [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in skip and not any(
                g.dep_ in _SUBJECT_DEPS or g.dep_ in ("aux", "neg") and g.tag_ in ("MD", "RB") for g in c.children)][:1]:
            joins = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
            parts += [(c.i, c.text, " ") for c in joins[:1]]
            parts += _parts((t for t in _complements(conj, skip) if t.i != conj.i), own | _own(conj, None))
            parts.append((conj.i, _present(conj, subject_word), " "))
    described = _described_object(verb)
    if described:  # "the crisis we are about to enter" -> "we enter the crisis": the noun goes after the verb
        parts += [(verb.i + (k + 1) / 100, word, " ") for k, (_, word, _) in enumerate(_parts(_subtree_core(described, skip)))]
    return _lower_first(_render(parts))


def noun_event(noun: Token, skip: set[int], more: Iterable[Token] = ()) -> str:
    """Return the noun phrase of ``noun`` ("a new offensive from Belarus"), without ``skip`` tokens.

    ``more``: phrases the parser hung elsewhere that belong to it ("there will
    be no strike [from the north]").
    """
    tokens = [t for t in _subtree(noun, skip) if not (t.dep_ in ("relcl", "acl") and t.head.i == noun.i and t.i > noun.i)]
    relative = {t.i for c in noun.children if c.dep_ in ("relcl",) for t in c.subtree}
    tokens += [t for phrase in more for t in _subtree(phrase, skip, lean=True)]
    own = frozenset({noun.i, *(c.i for c in noun.children)})
    return _lower_first(_render(_parts((t for t in tokens if t.i not in relative), own)))
