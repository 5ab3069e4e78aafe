"""Words per second of en_core_web_sm alone vs the pipeline with the trained attribution stage.

Target (issue 10): with the attribution stage, at least 60% of the words/s of
en_core_web_sm's plain ``nlp.pipe`` on the same paragraphs. Texts: PolNeAR dev
(../shared/corpus/polnear/dev) cut into paragraphs as the model sees them.
Runs alternate (base, model, base, model...) and the best of each is printed,
so that load from the other engineers on the machine weighs on both alike.

Run: .venv/bin/python bench/bench_attribution.py [--model PATH] [--runs 3] [--limit 600]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.attribution.convert import paragraphs  # noqa: E402
from ingest.attribution.model import SHIPPED, load_attribution  # noqa: E402
from ingest.brat import find_documents  # noqa: E402
from ingest.nlp import load_nlp  # noqa: E402


def words_per_second(nlp, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=SHIPPED)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus/polnear/dev")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=600, help="paragraphs used")
    args = parser.parse_args()
    texts = []
    for text_path, _ in find_documents([args.corpus]):
        text = text_path.read_text(encoding="utf-8")
        texts += [text[a:b] for a, b in paragraphs(text)]
    texts = texts[:args.limit]
    base, model = load_nlp(), load_attribution(args.model)
    words_per_second(base, texts[:20]), words_per_second(model, texts[:20])  # warm up
    base_runs, model_runs = [], []
    for _ in range(args.runs):
        base_runs.append(words_per_second(base, texts))
        model_runs.append(words_per_second(model, texts))
    print(f"{len(texts)} paragraphs, {sum(len(base.make_doc(t)) for t in texts)} words")
    print(f"en_core_web_sm alone      {max(base_runs):8.0f} words/s")
    print(f"with attribution stage    {max(model_runs):8.0f} words/s  ({max(model_runs) / max(base_runs):.0%}, target >= 60%)")


if __name__ == "__main__":
    main()
