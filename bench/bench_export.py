"""Export speed: ``graph.rdf.export`` on ≥ 100,000 synthetic claims, per format.

Run: .venv/bin/python bench/bench_export.py [--claims 100000] [--formats nt,nquads,...]

Each format runs in a fresh child process (so its peak memory is its own):
claimgraph's export to a file, then, as the baseline, rdflib serialising the
same triples from an in-memory graph it was given ready-made. Prints
triples/s for both and each child's peak RSS. No database is needed: the
records are made up in memory, ten claims per source, a third of them
predictions.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import (  # noqa: E402
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    claim_id,
    prediction_id,
    source_id,
)
from graph.rdf import FORMATS, build_dataset, build_graph, export  # noqa: E402

CLAIMS_PER_SOURCE = 10
WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def records(claims: int) -> Iterator[Extraction]:
    """Yield synthetic sources one by one: 20 speakers, 10 entities, ten claims each."""
    people = tuple(Person(id=f"person:p{i}", name=f"Person {i}", aliases=(f"P{i}",), role="analyst",
                          affiliation=f"Org {i % 5}", wikidata=f"Q{1000 + i}") for i in range(20))
    organisations = tuple(Organisation(id=f"org:org-{i}", name=f"Org {i}") for i in range(5))
    entities = tuple(Entity(id=f"entity:e{i}", name=f"Place {i}", kind="place") for i in range(10))
    for n in range(claims // CLAIMS_PER_SOURCE):
        sentences = [f"Expert {i} of story {n} said the front would move by spring." for i in range(CLAIMS_PER_SOURCE)]
        text = " ".join(sentences)
        url = f"https://news.example/{n}"
        source = Source(id=source_id(url, text), text=text, title=f"Story {n}", url=url, publisher="Example",
                        published=date(2024, 1, 1))
        claims_ = []
        for i, sentence in enumerate(sentences):
            start = text.index(sentence)
            cid = claim_id(source.id, start, start + len(sentence), sentence)
            prediction = None
            if i % 3 == 0:
                prediction = Prediction(id=prediction_id(cid), claim_id=cid, event="the front moves",
                                        horizon="by spring", window_start=date(2024, 3, 1),
                                        window_end=date(2024, 5, 31), probability=0.55, probability_words="would")
            claims_.append(Claim(id=cid, source_id=source.id, speaker_id=f"person:p{(n + i) % 20}", text=sentence,
                                 start=start, end=start + len(sentence), direct=bool(i % 2), cue="said",
                                 about=(f"entity:e{i}",), predictions=(prediction,) if prediction else ()))
        first = n == 0
        yield Extraction(source=source, claims=tuple(claims_), people=people if first else (),
                         organisations=organisations if first else (), entities=entities if first else ())


def peak_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(fmt: str, claims: int, out: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    start = time.perf_counter()
    with open(out, "wb") as f:
        export(records(claims), fmt, f, generated_at=WHEN)
    queue.put((time.perf_counter() - start, os.path.getsize(out), peak_mib()))


#: rdflib's Turtle and TriG serialisers slow down quadratically on these
#: graphs (every claim's IRI folder becomes a namespace candidate it scans),
#: so their baseline runs on this many claims only.
QUADRATIC_CAP = 5_000


def baseline(fmt: str, claims: int, out: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    # The same triples, built into rdflib first (not timed), then serialised.
    if fmt in ("turtle", "trig"):
        claims = min(claims, QUADRATIC_CAP)
    quads = fmt in ("trig", "nquads")
    g = build_dataset(records(claims), generated_at=WHEN) if quads else build_graph(records(claims))
    count = len(list(g.quads())) if quads else len(g)  # type: ignore[attr-defined]
    start = time.perf_counter()
    with open(out, "wb") as f:
        g.serialize(f, format=FORMATS[fmt], encoding="utf-8")
    queue.put((time.perf_counter() - start, count, peak_mib()))


def triples_of(fmt: str, claims: int) -> int:
    """Return how many triples (or quads) the export of ``claims`` claims holds, by counting one source."""
    one = list(records(CLAIMS_PER_SOURCE * 2))
    quads = fmt in ("trig", "nquads")
    with_directory = build_dataset(one[:1], generated_at=WHEN) if quads else build_graph(one[:1])
    per_source = (len(list(build_dataset(one[1:], generated_at=WHEN).quads())) if quads else len(build_graph(one[1:])))
    first = len(list(with_directory.quads())) if quads else len(with_directory)  # type: ignore[attr-defined]
    return first + per_source * (claims // CLAIMS_PER_SOURCE - 1)


def child(target, fmt: str, claims: int, out: str) -> tuple[float, int, float]:  # type: ignore[no-untyped-def]
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.Process(target=target, args=(fmt, claims, out, queue))
    process.start()
    result = queue.get()
    process.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--formats", default="nt,nquads,turtle,trig,jsonld")
    args = parser.parse_args()
    print(f"{args.claims:,} claims in {args.claims // CLAIMS_PER_SOURCE:,} sources; python {sys.version.split()[0]}")
    print(f"(rdflib's Turtle and TriG baselines run on {QUADRATIC_CAP:,} claims: they are quadratic)")
    print(f"{'format':8} {'triples':>10} {'claimgraph':>14} {'peak':>9} {'rdflib':>14} {'peak':>9} {'size':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            our_time, size, our_peak = child(ours, fmt, args.claims, f"{tmp}/ours.{fmt}")
            count = triples_of(fmt, args.claims)
            base_time, base_count, base_peak = child(baseline, fmt, args.claims, f"{tmp}/base.{fmt}")
            note = f" (rdflib on {base_count:,} triples only)" if base_count != count else ""
            print(
                f"{fmt:8} {count:>10,} {count / our_time:>10,.0f} t/s {our_peak:>5,.0f} MiB "
                f"{base_count / base_time:>10,.0f} t/s {base_peak:>5,.0f} MiB {size / 2**20:>5,.0f} MiB{note}",
                flush=True,
            )


if __name__ == "__main__":
    main()
