"""How much the model's contents would add to the rules' on PolNeAR dev: content P/R/F1 of rules, model and unions.

Rows: the rules alone (``ingest.extract``'s claims), the model's CONTENT
spans alone, the rules plus the model's proposals (a content with a cue and
a source in its paragraph that no rule claim overlaps: ``propose_for_text``),
and the rules plus every model content no rule claim overlaps. Scoring is the
corpus's (a gold content is found when the predicted contents cover half its
characters; a prediction is right when half of it lies in gold contents).

Run: .venv/bin/python tools/attribution/union.py [--corpus ../shared/corpus/polnear/dev] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from ingest.attribution.combine import overlaps, propose_for_text  # noqa: E402
from ingest.attribution.model import SHIPPED, load_attribution, tag_texts  # noqa: E402
from ingest.attribution.score import Overlap, overlap  # noqa: E402
from ingest.brat import find_documents, read_document  # noqa: E402
from ingest.extract import extract_many  # noqa: E402
from ingest.nlp import load_nlp  # noqa: E402
from ingest.read import read_source  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus/polnear/dev")
    parser.add_argument("--model", type=Path, default=SHIPPED)
    args = parser.parse_args()
    pairs = list(find_documents([args.corpus]))
    documents = [read_document(t, a) for t, a in pairs]
    sources = [read_source(t) for t, _ in pairs]
    rows = {name: Overlap() for name in ("rules", "model", "rules + proposals", "rules + proposals, source optional",
                                         "rules + all model contents")}
    proposals = matched = source_right = 0
    extractions = extract_many(sources, nlp=load_nlp())
    tagged = tag_texts((d.text for d in documents), load_attribution(args.model))
    for document, source, extraction, spans in zip(documents, sources, extractions, tagged):
        assert source.text == document.text, document.text_path
        gold = [s.fragments for s in document.spans if s.label == "Content"]
        rules = [(c.start, c.end) for c in extraction.claims]
        model = [(s.start, s.end) for s in spans if s.label == "CONTENT"]
        proposals_here = propose_for_text(document.text, spans, rules)
        proposed = [(p.start, p.end) for p in proposals_here]
        optional = [(p.start, p.end) for p in propose_for_text(document.text, spans, rules, need_source=False)]
        proposals += len(proposed)
        for p in proposals_here:  # does the proposal name the gold relation's source?
            for relation in document.attributions:
                if relation.content and overlap([(p.start, p.end)], [relation.content.fragments]).found:
                    matched += 1
                    gold_source = relation.source
                    if gold_source and p.source and overlaps((p.source.start, p.source.end),
                                                             (gold_source.start, gold_source.end)):
                        source_right += 1
                    break
        extra = [m for m in model if not any(overlaps(m, r) for r in rules)]
        for name, predicted in (("rules", rules), ("model", model), ("rules + proposals", rules + proposed),
                                ("rules + proposals, source optional", rules + optional),
                                ("rules + all model contents", rules + extra)):
            rows[name] += overlap(predicted, gold)
    print(f"PolNeAR dev ({len(documents)} articles), contents: {proposals} proposals")
    for name, counts in rows.items():
        print(f"{name:36} {counts.summary()}")
    print(f"proposals covering half of a gold content: {matched}; naming its gold source: {source_right}"
          f" ({source_right / matched if matched else 0:.0%})")


if __name__ == "__main__":
    main()
