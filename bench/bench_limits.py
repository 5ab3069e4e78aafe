"""Reading N-Triples and N-Quads with long literals: time should grow linearly.

Usage: python bench/bench_limits.py [--sizes 1000000 4000000 8000000]
Parses, with ``graph.rdf.parse``, a file of one literal of each size (words,
quotes and line breaks, escaped) plus 20,000 short triples, in N-Triples and
N-Quads, and prints the seconds (CPU). The size limits are raised for the
run. rdflib's own reader re-scans a line after every 2 KB it reads: 214 s for
an 8 MB literal before claimgraph fed it one line at a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph import limits  # noqa: E402
from graph.rdf import parse  # noqa: E402


def data(size: int) -> bytes:
    words = 'a \\"quoted\\" word\\nand more ' * (size // 26 + 1)
    head = f'<https://x.example/s> <https://x.example/p> "{words[:size]}" .\n'
    rest = "".join(f'<https://x.example/s{i}> <https://x.example/p> "v{i}" .\n' for i in range(20_000))
    return (head + rest).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000_000, 4_000_000, 8_000_000])
    args = parser.parse_args()
    top = max(args.sizes) * 2
    limits.use(limits.Limits(article_chars=top, line_chars=top, literal_chars=top))
    for size in args.sizes:
        blob = data(size)
        for format in ("nt", "nquads"):
            start = time.process_time()
            graph = parse(blob, format)
            took = time.process_time() - start
            print(f"{format:7} literal {size:>10,} chars  {took:6.2f} s CPU  {len(graph):,} triples", flush=True)


if __name__ == "__main__":
    main()
