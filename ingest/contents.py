"""The content of a claim: which words were said, as offsets into the source."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ingest.cues import Cue, cue_lexicon

_QUOTE_MARKS = "\"“”„«»‘’"
_LEAD = re.compile(r"[\s,;:\-–—]*")
_MARK = re.compile(r"(?:that|whether|if)\b[\s,]*", re.IGNORECASE)
_TRAIL = re.compile(r"[\s,;:\-–—]*\Z")
#: Words that open a sentence without being part of what was said
#: ("However, according to X, ..."): our reading of news prose.
_CONNECTIVE = re.compile(
    r"\A\W*(?:however|but|and|so|also|moreover|in addition|in fact|indeed|at the same time|currently|now|meanwhile|therefore|because|thus|still|yet|then|today)\W*\Z",
    re.IGNORECASE,
)


def trim(text: str, start: int, end: int, *, mark: bool = False) -> tuple[int, int]:
    """Return ``(start, end)`` narrowed past leading and trailing punctuation.

    With ``mark``, a leading complementiser ("that", "whether") goes too.
    Quote marks are dropped when they wrap the whole content.
    """
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    if mark and (found := _MARK.match(text, start, end)):
        start = found.end()
    trail = _TRAIL.search(text, start, end)
    if trail:
        end = trail.start()
    if end - start > 2 and text[start] in _QUOTE_MARKS and text[end - 1] in _QUOTE_MARKS:
        start, end = trim(text, start + 1, end - 1)
    elif end - start > 2 and text[end - 1] in _QUOTE_MARKS and text[start:end].count(text[end - 1]) % 2 == 1:
        end = _TRAIL.search(text, start, end - 1).start()  # type: ignore[union-attr]
    return start, end


def verb_content(cue: Cue, doc: Doc, base: int) -> tuple[int, int] | None:
    """Return the offsets of what a reporting verb reports, or None.

    The content is the verb's clausal complement ("said that <...>"); for
    verbs such as "emphasise" it may be the direct object.
    """
    verb = doc[cue.token]
    lexicon = cue_lexicon()
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses and cue.lemma not in lexicon.needs_clause:
        # "did not rule out that ...", "said: ..." are sometimes parsed as xcomp/advcl.
        clauses = [c for c in verb.children if c.dep_ in ("xcomp",) and any(g.dep_ == "mark" for g in c.children)]
    if not clauses and cue.lemma in lexicon.nominal_object_verbs:
        clauses = [c for c in verb.children if c.dep_ == "dobj"]
    if not clauses:
        return None
    clause = clauses[0]
    tokens = list(clause.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return trim(doc.text, start, end, mark=True) if start < end else None


def subject_range(cue: Cue, doc: Doc) -> tuple[int, int] | None:
    """Return doc offsets of a reporting verb's subject, or None (no subject).

    A verb in a coordination shares its subject ("X boasted ... and warned").
    """
    verb: Token = doc[cue.token]
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            tokens = list(subjects[0].subtree)
            end = tokens[-1].idx + len(tokens[-1])
            # "X, who gave an interview to Y, said": Y is not a candidate speaker.
            for child in subjects[0].children:
                if child.dep_ in ("relcl", "acl"):
                    end = min(end, child.left_edge.idx)
            return tokens[0].idx, end
    return None


def phrase_content(text: str, sentence: tuple[int, int], cue_start: int, speaker_end: int) -> tuple[int, int] | None:
    """Return the content of a prepositional cue: the sentence without the cue phrase.

    "According to X, <content>" and "<content>, according to X" both occur;
    a lone connective before the cue ("Currently, according to him, ...")
    is not content, so the longer remaining side is taken.
    """
    lo, hi = sentence
    before = trim(text, lo, cue_start)
    after = trim(text, speaker_end, hi)
    before_text = text[before[0] : before[1]]
    if _CONNECTIVE.match(before_text) or len(before_text.split()) <= 2:
        before = (before[0], before[0])
    choice = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
    return choice if choice[1] - choice[0] > 0 else None


def has_clause(span: Span) -> bool:
    """Return True when ``span`` holds a finite verb: a statement, not a bare phrase."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)
