"""The spaCy component: a transition-based span tagger whose output goes to ``doc.spans``, not ``doc.ents``.

It is spaCy's entity recognizer with two changes, so that it can run in the
same pipeline as en_core_web_sm's own ``ner`` without either clobbering the other:
it predicts on a doc whose entities are hidden (the recognizer would otherwise
keep them as fixed constraints), and it writes its SOURCE/CUE/CONTENT spans to
``doc.spans["attribution"]``, putting the doc's named entities back.
Importing this module registers the factory ``attribution_recognizer``, the
scorer ``claimgraph.attribution_scorer.v1`` and the token-vector architectures
of ``ingest.attribution.architectures`` (``claimgraph.BiLSTMTok2Vec.v1``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry
from thinc.api import Model

from ingest.attribution import architectures  # noqa: F401  (registers claimgraph.BiLSTMTok2Vec.v1)
from ingest.attribution.score import Overlap, overlap

#: The span group the component writes.
SPANS_KEY = "attribution"
_STASH = "claimgraph_entities"


class AttributionRecognizer(EntityRecognizer):  # type: ignore[misc]
    """spaCy's EntityRecognizer writing to ``doc.spans[SPANS_KEY]`` and leaving ``doc.ents`` alone."""

    def predict(self, docs: Iterable[Doc]) -> Any:
        docs = [docs] if isinstance(docs, Doc) else list(docs)
        for doc in docs:
            entities = [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
            doc.user_data[_STASH] = (doc.has_annotation("ENT_IOB"), entities)
            doc.set_ents([], default="missing")
        return super().predict(docs)

    def set_annotations(self, docs: Iterable[Doc], states: Any) -> None:
        docs = [docs] if isinstance(docs, Doc) else list(docs)
        super().set_annotations(docs, states)
        for doc in docs:
            doc.spans[SPANS_KEY] = list(doc.ents)
            annotated, entities = doc.user_data.pop(_STASH, (False, []))
            doc.set_ents([Span(doc, a, b, label=label, kb_id=kb) for a, b, label, kb in entities],
                         default="outside" if annotated else "missing")


def _predicted(doc: Doc) -> list[tuple[str, int, int]]:
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else doc.ents
    return [(s.label_, s.start_char, s.end_char) for s in spans]


def score_examples(examples: Iterable[Example], **_: Any) -> dict[str, Any]:
    """Score predicted ``doc.spans[SPANS_KEY]`` against the reference's entities by character overlap.

    Returns ``attribution_<label>_{p,r,f}`` per label (``content``, ``cue``,
    ``source``) and ``attribution_f``, the mean F1 of the three.
    """
    totals: dict[str, Overlap] = {label: Overlap() for label in ("CONTENT", "CUE", "SOURCE")}
    for eg in examples:
        gold = [(e.label_, e.start_char, e.end_char) for e in eg.reference.ents]
        predicted = _predicted(eg.predicted)
        for label in totals:
            totals[label] += overlap([(a, b) for lab, a, b in predicted if lab == label],
                                     [[(a, b)] for lab, a, b in gold if lab == label])
    scores: dict[str, Any] = {}
    for label, counts in totals.items():
        name = label.lower()
        scores[f"attribution_{name}_p"] = counts.precision
        scores[f"attribution_{name}_r"] = counts.recall
        scores[f"attribution_{name}_f"] = counts.f1
    scores["attribution_f"] = sum(c.f1 for c in totals.values()) / len(totals)
    return scores


@registry.scorers("claimgraph.attribution_scorer.v1")
def make_scorer() -> Callable[..., dict[str, Any]]:
    return score_examples


@Language.factory(
    "attribution_recognizer",
    assigns=["doc.spans"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,
        "scorer": {"@scorers": "claimgraph.attribution_scorer.v1"},
    },
    default_score_weights={"attribution_content_f": 1.0, "attribution_cue_f": 0.0, "attribution_source_f": 0.0},
)
def make_attribution_recognizer(nlp: Language, name: str, model: Model, moves: Any,
                                update_with_oracle_cut_size: int,
                                scorer: Callable[..., dict[str, Any]]) -> AttributionRecognizer:
    return AttributionRecognizer(nlp.vocab, model, name, moves=moves,
                                 update_with_oracle_cut_size=update_with_oracle_cut_size, scorer=scorer)
