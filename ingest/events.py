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

from spacy.tokens import Token

#: Dependents of the predicted verb that are not part of the event.
_DROP_DEPS = frozenset({"neg", "aux", "auxpass", "mark", "punct", "cc", "conj", "advcl", "preconj", "parataxis", "intj", "discourse", "meta", "dep"})
#: Adverbs that only hedge, time or link: "also", "still", "then", "probably".
_DROP_ADVERBS = frozenset({"also", "still", "then", "probably", "likely", "certainly", "possibly", "perhaps", "definitely",
                           "surely", "already", "now", "soon", "never", "ever", "no", "longer", "however", "therefore",
                           "nevertheless", "again", "even", "only", "just", "obviously", "clearly", "almost", "most", "highly"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i", "these", "those", "both", "many", "some", "others"})
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_NEGATIVE_PRONOUNS = {"nobody": "somebody", "nothing": "something", "no one": "someone", "none": "some"}
#: Most words an event keeps: a longer one is cut at the last word that fits.
MAX_EVENT_WORDS = 18
_DANGLING = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "before", "after",
                       "and", "or", "but", "which", "that", "who", "as", "than", "its", "their", "his", "her", "our"})
#: Dependents that only comment on the event: a reason ("due to losses") or a relative clause on an object.
_REASONS = frozenset({"due", "because", "owing", "thanks", "amid", "despite"})


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
    if subject.lower_ in _PLURAL_PRONOUNS or subject.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "conj" for c in subject.children)


def _present(verb: Token, subject: Token | None) -> str:
    """Return ``verb`` in the present tense agreeing with ``subject`` (a passive keeps its participle)."""
    lemma = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    plural = _plural(subject)
    if subject is not None and subject.dep_ == "expl":  # "there is/are ...": agrees with the attribute
        attrs = [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj")]
        plural = bool(attrs) and _plural(attrs[0])
    if any(c.dep_ == "auxpass" for c in verb.children):
        return ("are " if plural else "is ") + verb.text
    if lemma == "be":
        return "are" if plural else "is"
    if subject is not None and subject.lower_ == "i":
        return "am" if lemma == "be" else lemma
    return lemma if plural else third_person(lemma)


def subject_of(verb: Token) -> Token | None:
    """Return the subject of ``verb``, or of the verb or noun that controls it ("Russia plans to attack")."""
    token: Token | None = verb
    for _ in range(6):
        if token is None:
            return None
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if token.dep_ in ("xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "relcl", "acl") and token.head.i != token.i:
            objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
            if token.dep_ == "xcomp" and objects:  # "expects inflation to fall"
                return objects[0]
            if token.dep_ == "relcl":
                return token.head
            token = token.head
        else:
            return None
    return None


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
        if lean and t.i != token.i and (t.dep_ in ("relcl", "appos") or (t.dep_ in ("prep", "advmod", "amod") and t.lower_ in _REASONS)):
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _short_subject(subject: Token, skip: set[int]) -> list[Token]:
    """Return the subject's words: its whole phrase, or its core (determiner, modifiers, noun) when long."""
    words = _subtree(subject, skip)
    if len(words) <= 8:
        return words
    core = [subject, *[c for c in subject.children if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod") and c.i < subject.i]]
    unique = {t.i: t for w in core for t in _subtree(w, skip) if t.i <= subject.i}
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


def _positive(token: Token) -> str | None:
    """Return the positive form of a negative word, "" to drop it, or None to keep it."""
    lower = token.lower_
    if token.dep_ == "neg" or lower in ("never",):
        return ""
    if lower == "no" and token.dep_ == "det":
        head = token.head
        if head.lower_ == "one":
            return "someone"  # "no one" -> "someone" (the "one" goes below)
        if head.tag_ in ("NN", "NNP") and not any(c.dep_ == "det" and c.i != token.i for c in head.children):
            return "an" if head.text[:1].lower() in "aeiou" else "a"
        return ""
    if lower in _NEGATIVE_PRONOUNS:
        return _NEGATIVE_PRONOUNS[lower]
    if lower in ("longer", "one") and token.i > 0 and token.doc[token.i - 1].lower_ == "no":
        return ""
    return None


def _parts(tokens: Iterable[Token]) -> list[tuple[float, str, str]]:
    parts: list[tuple[float, str, str]] = []
    for t in tokens:
        positive = _positive(t)
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


#: Verbs whose "it" is often no pronoun at all ("it will take years to", "it is clear that").
_DUMMY_IT_VERBS = frozenset({"be", "take", "seem", "appear", "become", "make", "mean", "matter", "depend", "rain", "snow"})
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "time", "moment", "period", "season", "winter", "summer",
                         "spring", "autumn", "fall", "decade", "century", "hour", "minute"})


def antecedent(pronoun: Token) -> Token | None:
    """Return the noun a subject "it"/"this"/"they" stands for, or None where the parse does not show it.

    The candidate is the nearest common or proper noun of the same number (not a person,
    not a time) that is the subject of an earlier clause in the same
    sentence, else of the sentence before: "a fresh offensive could begin in
    March ... it might come in January" -> "offensive". An "it" whose verb
    takes a clause ("it is likely that", "it will take years to") is no
    pronoun and stays.
    """
    if pronoun.lower_ not in ("it", "this", "they") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    number = ("NNS", "NNPS") if pronoun.lower_ == "they" else ("NN", "NNP")
    verb = pronoun.head
    if any(c.dep_ in ("ccomp", "csubj") for c in verb.children) or (
        verb.lemma_.lower() in _DUMMY_IT_VERBS and any(c.dep_ == "xcomp" or c.dep_ == "acomp" for c in verb.children)
    ):
        return None
    sentence = pronoun.sent
    earlier = [sentence.doc[sentence.start : pronoun.i]]
    if sentence.start > 0:
        earlier.append(sentence.doc[sentence.start - 1].sent)
    for part in earlier:
        for token in reversed(list(part)):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ not in number:
                continue
            if token.ent_type_ == "PERSON" or token.lemma_.lower() in _TIME_NOUNS or pronoun in token.subtree:
                continue
            if token.head in pronoun.ancestors:
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
    if any(c.dep_ == "mark" or (c.dep_ == "prep" and c.i < token.i) for c in token.children):
        return None  # "the probability that X will": a content clause, not a description; "a situation in which"
    return token.head


def _subtree_core(noun: Token, skip: set[int]) -> list[Token]:
    """Return the noun with its determiner and modifiers before it ("the very problem")."""
    core = [c for c in noun.children if c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < noun.i]
    return sorted({t.i: t for c in core for t in _subtree(c, skip)}.values(), key=lambda t: t.i) + [noun]


def clause_event(verb: Token, skip: set[int], subject: Token | None = None) -> str:
    """Return "subject verb(present) complements" for ``verb``, leaving out the tokens in ``skip``.

    A subject "it"/"this" is replaced by the noun it stands for where the
    parse shows it (``antecedent``).
    """
    subject = subject if subject is not None else subject_of(verb)
    if subject is not None and subject.i not in skip:
        subject = antecedent(subject) or subject
    if subject is not None and subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("NOUN", "PROPN"):
        subject = subject.head.head  # "the bridge that will open" -> "the bridge opens"
    tokens: list[Token] = []
    if subject is not None and subject.i not in skip:
        # "better times to come": the subject is the noun the verb's clause describes; its words leave that clause out
        inside = {t.i for t in verb.subtree} if verb in subject.subtree else set()
        tokens += _short_subject(subject, skip | inside)
    for child in verb.children:
        if child.i in skip or child.dep_ in _DROP_DEPS or child.dep_ in _SUBJECT_DEPS:
            continue
        if child.dep_ in ("advmod", "npadvmod") and (child.lower_ in _DROP_ADVERBS or child.i < verb.i):
            continue
        if child.dep_ == "prep" and child.lower_ in ("according", "judging"):
            continue  # "according to X": the attribution, not the event
        if child.lower_ in _REASONS:
            continue  # "due to heavy losses": why, not what
        if child.dep_ == "prt" or child.i > verb.i or child.dep_ in ("dobj", "attr"):
            tokens += _subtree(child, skip, lean=True)
    parts = _parts(t for t in tokens if t.i != verb.i)
    subject_word = subject if subject is not None and subject.i not in skip else None
    parts.append((verb.i, _present(verb, subject_word), " "))
    described = _described_object(verb)
    if described:  # "the problem we are about to face" -> "we face the problem": the noun goes after the verb
        parts += [(verb.i + (k + 1) / 100, word, " ") for k, (_, word, _) in enumerate(_parts(_subtree_core(described, skip)))]
    if subject is not None and subject.lower_ in _NEGATIVE_PRONOUNS:
        subject_word = None
    return _lower_first(_render(parts))


def noun_event(noun: Token, skip: set[int]) -> str:
    """Return the noun phrase of ``noun`` ("a new offensive from Belarus"), without ``skip`` tokens."""
    tokens = [t for t in _subtree(noun, skip) if not (t.dep_ in ("relcl", "acl") and t.head.i == noun.i and t.i > noun.i)]
    relative = {t.i for c in noun.children if c.dep_ in ("relcl",) for t in c.subtree}
    return _lower_first(_render(_parts(t for t in tokens if t.i not in relative)))
