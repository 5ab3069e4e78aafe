"""Brat attribution annotations -> spaCy training docs (one per paragraph) in a DocBin.

Choices, made once here so training and scoring agree:

* Labels: the brat roles Source, Cue and Content become ``SOURCE``, ``CUE``,
  ``CONTENT``; other labels (PolNeAR's Discard, Discuss) are left out.
* Fragments: consecutive fragments of one span are joined into their covering
  span when the text between them holds no letter or digit (a line break, a
  full stop, a quotation mark); otherwise each fragment is its own span.
  PolNeAR splits a content around its cue and source (``The plan, she said,
  will work``): joining those would swallow the cue, so they stay apart.
* Edges: whitespace and punctuation (quotes, brackets, dashes, ``.,;:!?``) are trimmed at both ends, then the span
  is widened to whole tokens (spaCy refuses gold that does not end on one, E024).
* Paragraphs: articles are cut at line breaks; a span crossing a line break is
  cut with it. Paragraphs are what the extractor sees, and short docs train faster.
* Overlaps: a doc's entities cannot overlap, so ``spacy.util.filter_spans``
  keeps the longest span first (the earliest among equals). A nested
  attribution's cue and source inside an outer content are dropped; the outer
  content still covers the inner one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from ingest.brat import BratDocument, BratSpan, find_documents, read_document

#: Brat role -> entity label of the model.
LABELS = {"Source": "SOURCE", "Cue": "CUE", "Content": "CONTENT"}

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) character offsets of *text*'s non-blank lines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


#: Punctuation trimmed at span edges: brackets, quotes and dashes (Unicode classes) and these marks;
#: not ``%``, ``&``, ``#`` or ``/``, which belong to a number or a name.
_EDGE_MARKS = set(".,;:!?\"'*…")
_EDGE_CLASSES = {"Ps", "Pe", "Pi", "Pf", "Pd"}


def _is_edge(char: str) -> bool:
    return char.isspace() or char in _EDGE_MARKS or unicodedata.category(char) in _EDGE_CLASSES


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return (start, end) without whitespace and punctuation at either edge (empty when nothing is left)."""
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def pieces(span: BratSpan, text: str) -> list[tuple[int, int]]:
    """Return *span*'s fragments, joining those separated by no letter or digit (see module docstring)."""
    joined: list[list[int]] = []
    for start, end in span.fragments:
        if joined and not any(c.isalnum() for c in text[joined[-1][1]:start]):
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [(a, b) for a, b in joined]


def labelled_spans(document: BratDocument) -> list[tuple[str, int, int]]:
    """Return the (label, start, end) spans of *document* to learn, fragments joined or split, sorted."""
    found = set()
    for span in document.spans:
        label = LABELS.get(span.label)
        if label is None:
            continue
        for start, end in pieces(span, document.text):
            found.add((label, start, end))
    return sorted(found, key=lambda s: (s[1], s[2], s[0]))


def _token_span(doc: Doc, label: str, start: int, end: int) -> Span | None:
    start, end = trim(doc.text, start, end)
    if start >= end:
        return None
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    first, last = span.start, span.end
    while first < last and (doc[first].is_space or (len(doc[first]) == 1 and _is_edge(doc[first].text))):
        first += 1
    while last > first and (doc[last - 1].is_space or (len(doc[last - 1]) == 1 and _is_edge(doc[last - 1].text))):
        last -= 1
    return Span(doc, first, last, label=label) if first < last else None


def to_docs(nlp: Language, document: BratDocument) -> Iterator[Doc]:
    """Yield one doc per paragraph of *document*, its attribution spans as ``doc.ents``.

    ``doc.user_data["offset"]`` holds the paragraph's start in the article.
    """
    spans = labelled_spans(document)
    for lo, hi in paragraphs(document.text):
        doc = nlp.make_doc(document.text[lo:hi])
        doc.user_data["offset"] = lo
        candidates = []
        for label, start, end in spans:
            a, b = max(start, lo), min(end, hi)
            if a < b:
                span = _token_span(doc, label, a - lo, b - lo)
                if span is not None:
                    candidates.append(span)
        doc.ents = filter_spans(candidates)
        yield doc


def convert(nlp: Language, folders: Iterable[Path], output: Path) -> int:
    """Write the paragraphs of the brat documents under *folders* to the DocBin *output*; return their count.

    Raises InputError for an unreadable or malformed brat file.
    """
    bin = DocBin(store_user_data=True)
    for text_path, ann_path in find_documents(folders):
        for doc in to_docs(nlp, read_document(text_path, ann_path)):
            bin.add(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    bin.to_disk(output)
    return len(bin)
