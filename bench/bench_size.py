"""Extraction time against article size: it should grow linearly.

Usage: python bench/bench_size.py [--sizes 100000 1000000] [--profile]
Builds articles of the given sizes (characters) from made-up paragraphs
in our own words (named speakers, quotes, reported speech, predictions),
extracts each once in the same process and prints CPU seconds (the
machine is shared: wall time varies), seconds per 100 KB and the ratio per
character to the smallest size. ``--profile`` prints the
functions that took longest for the largest size (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph.model import Source, source_id  # noqa: E402
from ingest.directory import load_directory  # noqa: E402
from ingest.extract import extract_many  # noqa: E402
from ingest.nlp import load_nlp  # noqa: E402

NAMES = ["Anna Berg", "Marek Olsen", "Ruth Calder", "Tomas Weil", "Ines Moreau", "Pavel Dorn"]
ROLES = ["an analyst at the Harbour Institute", "the mayor of Eastfield", "a minister of transport",
         "a professor of economics", "the head of the port authority", "a senior diplomat"]
PARAGRAPHS = [
    '"We expect the new bridge to open by the end of {year}," said {name}, {role}.',
    "{name}, {role}, said that the council would probably raise fares in the spring.",
    "According to {name}, the talks on the harbour will resume within {n} months.",
    '{name} warned that prices could rise sharply next year. "This is only the beginning," {pronoun} added.',
    "The weather in district {n} was mild on Tuesday, and the market opened as usual.",
    "{name} believes the railway line is likely to be finished before {year}.",
]


def article(size: int) -> str:
    """Return made-up article text of about ``size`` characters, paragraphs a blank line apart."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        k = i % len(NAMES)
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)].format(
            name=NAMES[k], role=ROLES[(i // 7) % len(ROLES)], year=2030 + i % 9, n=i % 11 + 2,
            pronoun="she" if k % 2 == 0 else "he",
        )
        parts.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key (cumulative, tottime)")
    args = parser.parse_args()
    nlp = load_nlp()
    directory = load_directory()
    warm = article(2_000)
    list(extract_many([Source(source_id(None, warm), warm, published=date(2024, 3, 1))], directory, nlp))
    base: float | None = None
    for size in sorted(args.sizes):
        text = article(size)
        source = Source(source_id(None, text), text, published=date(2024, 3, 1))
        profiler = cProfile.Profile() if args.profile and size == max(args.sizes) else None
        start, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        [extraction] = list(extract_many([source], directory, nlp))
        if profiler:
            profiler.disable()
        wall, took = time.perf_counter() - start, time.process_time() - cpu
        base = base or took / size
        print(f"{size:>10,} chars  {took:7.1f} s CPU ({wall:.1f} s wall)  {took / size * 100_000:5.2f} s CPU per 100 KB  "
              f"x{took / size / base:4.1f} per char vs the smallest  {len(extraction.claims):,} claims", flush=True)
        if profiler:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(25)


if __name__ == "__main__":
    main()
