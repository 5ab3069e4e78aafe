"""The clauses a claim's content holds side by side, each of which may predict on its own.

"said the ministry intends to sign contracts this year and that the barracks
should be finished in 2027" reports two things, and a quotation of several
sentences may foresee something in each. ``clause_parts`` cuts a content
into such parts: its sentences, and within a sentence the clauses that stand
beside each other rather than inside one another:

- the reported clauses the parser hung apart, on the cue outside the content
  ("A and that B": two heads in the content);
- a clause coordinated with another that has its own subject ("A, and the
  agency would not support B") or its own tense ("would launch A and expects
  to B").

A verb coordinated under the same subject and modal ("would launch A and
rebuild B") is one clause with two acts, not two parts. Parts are plain
token ranges of the content, in text order, without the conjunction or the
punctuation between them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dependencies of a clause's own subject.
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
#: Tags of a verb that carries its own tense.
_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _own_clause(verb: Token) -> bool:
    """Whether a coordinated verb opens a clause of its own: its own subject, "that", modal or tense."""
    children = list(verb.children)
    if any(c.dep_ in _SUBJECTS for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return True
    return verb.tag_ in _FINITE


def _reported(verb: Token) -> bool:
    """Whether a coordinated verb opens a reported clause of its own wherever the parser hung it: "that" ("planned to
    visit A and that the agency would not B": hung on "visit"), or its own subject beside a first conjunct with one."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    return any(c.dep_ in _SUBJECTS for c in verb.children) and any(c.dep_ in _SUBJECTS for c in verb.head.children)


def _subordinate(verb: Token, span: Span) -> bool:
    """Whether a verb stands inside a subordinate clause of the span ("provided partners guarantee A and insurers agree
    to B": both conjuncts are the condition's, not reports of their own)."""
    for token in (verb, *verb.ancestors):
        if not span.start <= token.i < span.end:
            return False
        if token.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj") or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in token.children):
            return True
    return False


def _heads(span: Span) -> list[Token]:
    """Return the clause heads of ``span``: the tokens it hangs from, and the clauses coordinated with them."""
    inside = range(span.start, span.end)
    heads = [t for t in span if (t.head.i not in inside or t.head.i == t.i) and t.pos_ in ("VERB", "AUX")]
    stack = list(heads)
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.i in inside and _own_clause(child):
                heads.append(child)
                stack.append(child)
    heads += [t for t in span if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX")
              and _reported(t) and not _subordinate(t, span)]
    return sorted(set(heads), key=lambda t: t.i)


def clause_parts(span: Span) -> list[Span]:
    """Return the clauses of ``span`` that stand side by side, in text order, or [] when it holds one.

    Each part is the head's words within the span, without the clauses
    counted as parts of their own; parts never overlap, and a part shorter
    than three words (a lone "he said") is left out.
    """
    heads = _heads(span)
    if len(heads) < 2:
        return []
    chosen = {h.i for h in heads}
    owner: dict[int, int] = {}
    for token in span:
        current = token
        while current.i not in chosen and current.head.i != current.i and span.start <= current.head.i < span.end:
            current = current.head
        if current.i in chosen:
            owner[token.i] = current.i
    parts: list[Span] = []
    previous_end = span.start
    for head in heads:
        own = sorted(i for i, h in owner.items() if h == head.i)
        start, end = own[0], own[-1] + 1
        if start < previous_end:
            return []  # interleaved clauses: no clean cut
        doc = span.doc
        while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark") and doc[start].lower_ != "if"):
            start += 1
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ".!?\"”'’" or doc[end - 1].dep_ == "cc"):
            end -= 1
        previous_end = own[-1] + 1
        if end - start >= 3:
            parts.append(doc[start:end])
    return parts if len(parts) >= 2 else []
