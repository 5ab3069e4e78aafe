"""Load the shipped attribution pipeline and turn its output into plain records.

The pipeline is en_core_web_sm (its components unchanged) plus the trained
``attribution`` component, which reads en_core_web_sm's token vectors and
writes SOURCE, CUE and CONTENT spans to ``doc.spans["attribution"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graph.errors import ModelMissing
from ingest.attribution import pipe
from ingest.attribution.convert import paragraphs
from ingest.attribution.score import Overlap, overlap
from ingest.brat import BratDocument, find_documents, read_document
from ingest.datelines import read_datelines
from ingest.parse_repair import mend_parses

#: Where the trained pipeline is shipped inside the package.
SHIPPED = Path(__file__).resolve().parent / "model"
#: The labels the model tags, in the order records are reported.
LABELS = ("SOURCE", "CUE", "CONTENT")
_BRAT = {"Source": "SOURCE", "Cue": "CUE", "Content": "CONTENT"}


@dataclass(frozen=True)
class AttributionSpan:
    """A tagged span: its label (SOURCE, CUE or CONTENT) and character offsets into the text."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    """A CONTENT span with the nearest CUE and SOURCE of its paragraph (either may be missing)."""

    content: AttributionSpan
    cue: AttributionSpan | None
    source: AttributionSpan | None


@cache
def load_attribution(path: Path = SHIPPED) -> Language:
    """Return the attribution pipeline at *path* (the shipped one by default; cached).

    Raises:
        ModelMissing: *path* holds no spaCy pipeline.
    """
    if not (path / "config.cfg").is_file():
        raise ModelMissing(f"{path}: no trained attribution model (run tools/attribution/train.py)")
    assert pipe.SPANS_KEY  # importing pipe registers the component's factory
    try:
        return mend_parses(read_datelines(spacy.load(path)))
    except (OSError, ValueError) as e:
        raise ModelMissing(f"{path}: cannot load the attribution model: {e}") from e


def spans_of(doc: Doc, offset: int = 0) -> list[AttributionSpan]:
    """Return the attribution spans the pipeline set on *doc*, offsets shifted by *offset*, in text order."""
    group = doc.spans[pipe.SPANS_KEY] if pipe.SPANS_KEY in doc.spans else []
    return [AttributionSpan(s.label_, s.start_char + offset, s.end_char + offset, s.text) for s in group]


def tag_texts(texts: Iterable[str], nlp: Language | None = None, batch_size: int = 64) -> Iterator[list[AttributionSpan]]:
    """Yield, for each text, its attribution spans (offsets into that text), tagging paragraph by paragraph."""
    nlp = nlp or load_attribution()
    for text in texts:
        parts = paragraphs(text)
        docs = nlp.pipe((text[a:b] for a, b in parts), batch_size=batch_size)
        yield [span for (start, _), doc in zip(parts, docs) for span in spans_of(doc, start)]


def _distance(a: AttributionSpan, b: AttributionSpan) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def group(spans: Sequence[AttributionSpan]) -> list[Relation]:
    """Pair each CONTENT with the nearest CUE and that cue's nearest SOURCE, within *spans* (one paragraph).

    Without a cue the source nearest the content is taken. Nearest is by
    character gap, the earlier span winning a tie.
    """
    cues = [s for s in spans if s.label == "CUE"]
    sources = [s for s in spans if s.label == "SOURCE"]
    relations = []
    for content in (s for s in spans if s.label == "CONTENT"):
        cue = min(cues, key=lambda c: (_distance(c, content), c.start), default=None)
        anchor = cue or content
        source = min(sources, key=lambda s: (_distance(s, anchor), s.start), default=None)
        relations.append(Relation(content, cue, source))
    return relations


def score_documents(documents: Iterable[BratDocument], nlp: Language | None = None) -> dict[str, Overlap]:
    """Return the overlap scores per label of the model on brat *documents* (see ``score``)."""
    documents = list(documents)
    totals = {label: Overlap() for label in LABELS}
    for document, predicted in zip(documents, tag_texts((d.text for d in documents), nlp)):
        for label in LABELS:
            gold = [s.fragments for s in document.spans if _BRAT.get(s.label) == label]
            totals[label] += overlap([(s.start, s.end) for s in predicted if s.label == label], gold)
    return totals


def score_folders(folders: Iterable[Path], nlp: Language | None = None) -> dict[str, Overlap]:
    """Score the model on the brat documents under *folders* (PolNeAR's layout or .txt/.ann pairs)."""
    return score_documents((read_document(t, a) for t, a in find_documents(folders)), nlp)
