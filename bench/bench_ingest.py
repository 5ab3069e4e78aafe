"""Bulk writes and named queries at scale, on the embedded server (or NEO4J_URI).

Ingests 10,000 synthetic claims (500 people, 2,000 sources of 5 claims,
three in five of them predictions: 6,000 predictions) through
``Store.write``, one transaction per source as `claimgraph ingest` does, and
through ``Store.write_many`` (several small sources per transaction), and
prints claims/s next to a baseline measured in the same run: the same rows
written by one bare ``UNWIND ... MERGE`` statement through the driver. Then
the p50/p95 latency of every named query on that graph, warm (after one
unmeasured run), twice: as `claimgraph query` runs it for a table (the first
1,000 rows) and for JSON or CSV (every row).

Before anything is measured, every write path runs once on a small graph:
the embedded server is a JVM, and whichever phase ran first would otherwise
pay for its warm-up (that flattered our ratio in earlier runs).

Targets (issue 4): our ingest >= 50 % of the baseline; every named query
p95 <= 200 ms.

Run: .venv/bin/python bench/bench_ingest.py [--claims 10000] [--runs 30] [--batch-sizes 100,500,2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimgraph import embedded  # noqa: E402
from claimgraph.cli_query import TABLE_ROWS  # noqa: E402
from claimgraph.connect import open_driver  # noqa: E402
from claimgraph.settings import load_settings  # noqa: E402
from graph.model import (  # noqa: E402
    Claim,
    Entity,
    Extraction,
    Person,
    Prediction,
    Source,
    claim_id,
    entity_id,
    person_id,
    prediction_id,
    source_id,
)
from graph.store import (  # noqa: E402
    Store,  # noqa: E402
    cypher,
)
from graph.store import store as store_module

#: The bare baseline: every row in one statement, no per-source transaction.
BASELINE = """
UNWIND $rows AS row
MERGE (s:Source {id: row.source_id})
SET s.text = row.source_text, s.published = row.published
MERGE (p:Person {id: row.speaker_id})
SET p.name = row.speaker
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.start = row.start, c.end = row.end
MERGE (p)-[:STATED]->(c)
MERGE (c)-[:APPEARS_IN]->(s)
"""

#: Sample parameters for each named query on the synthetic graph.
PARAMS: dict[str, dict[str, str]] = {
    "who-predicted": {"about": "Place 7"},
    "predictions-due": {"from": "2023-03-01", "to": "2023-03-31"},
    "open-predictions": {"as_of": "2023-06-01"},
    "expert-claims": {"expert": "Expert 42"},
    "shared-entities": {},
    "opposing-predictions": {"about": "Place 7"},
    "expert-ranking": {},
}


def synthetic(claims: int, people: int, sources: int, entities: int = 50, seed: int = 4) -> list[Extraction]:
    """Return ``sources`` extractions holding ``claims`` claims by ``people`` speakers in all."""
    rng = random.Random(seed)
    persons = [Person(person_id(f"Expert {i}"), f"Expert {i}", (f"E{i}",)) for i in range(people)]
    places = [Entity(entity_id(f"Place {i}"), f"Place {i}", "place") for i in range(entities)]
    per_source = claims // sources
    result = []
    for n in range(sources):
        sentences = [f"Expert {rng.randrange(people)} said that event {n}-{k} may happen." for k in range(per_source)]
        text = " ".join(sentences)
        sid = source_id(f"https://example.org/{n}", text)
        published = date(2022, 12, 1) + timedelta(days=rng.randrange(120))
        records: list[Claim] = []
        start = 0
        speakers, about = set(), set()
        for k, sentence in enumerate(sentences):
            span = sentence[sentence.index("event") : -1]
            begin = start + sentence.index("event")
            cid = claim_id(sid, begin, begin + len(span), span)
            speaker = persons[int(sentence.split()[1])]
            place = places[rng.randrange(entities)]
            prediction = None
            if k % 2 == 0:
                window_start = published + timedelta(days=rng.randrange(60))
                prediction = Prediction(
                    prediction_id(cid), cid, f"event {n}-{k}", "soon", window_start,
                    window_start + timedelta(days=30), 0.5, "may", negated=rng.random() < 0.2,
                )
            records.append(Claim(cid, sid, speaker.id, span, begin, begin + len(span), False, "said",
                                 about=(place.id,), predictions=(prediction,) if prediction else ()))
            speakers.add(speaker)
            about.add(place)
            start += len(sentence) + 1
        result.append(Extraction(
            Source(sid, text, f"Source {n}", f"https://example.org/{n}", "bench", published),
            tuple(records), people=tuple(speakers), entities=tuple(about),
        ))
    return result


def baseline_rows(extractions: list[Extraction]) -> list[dict[str, Any]]:
    names = {p.id: p.name for e in extractions for p in e.people}
    return [
        {"id": c.id, "text": c.text, "start": c.start, "end": c.end, "speaker_id": c.speaker_id,
         "speaker": names[c.speaker_id], "source_id": e.source.id, "source_text": e.source.text,
         "published": e.source.published}
        for e in extractions for c in e.claims
    ]


def ingest(store: Store, extractions: list[Extraction]) -> float:
    """Write every extraction, one ``Store.write`` each, on an empty graph; return the seconds taken."""
    store.clear()
    store.ensure_schema()
    start = time.perf_counter()
    for extraction in extractions:
        store.write(extraction)
    return time.perf_counter() - start


def ingest_many(store: Store, extractions: list[Extraction]) -> float:
    """Write every extraction with one ``Store.write_many`` call on an empty graph; return the seconds taken."""
    store.clear()
    store.ensure_schema()
    start = time.perf_counter()
    store.write_many(extractions)
    return time.perf_counter() - start


def say(text: str) -> None:
    """Print a line at once: the full run takes minutes."""
    print(text, flush=True)


def baseline(store: Store, rows: list[dict[str, Any]]) -> float:
    """Write the rows with one bare statement on an empty graph; return the seconds taken."""
    store.clear()
    store.ensure_schema()
    start = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        session.execute_write(lambda tx: tx.run(BASELINE, rows=rows).consume())
    return time.perf_counter() - start


def latency(store: Store, name: str, raw: dict[str, str], limit: int | None, runs: int) -> tuple[float, float, int]:
    """Return the p50 and p95 milliseconds of a named query after one unmeasured run, and its rows."""
    _, result = cypher.run_named(store, name, raw, limit=limit)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        cypher.run_named(store, name, raw, limit=limit)
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    return statistics.median(times), p95, len(result.rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch-sizes", default="", help="also time write_many and one bulk source with these BATCH_SIZE values (claims per statement and per transaction)")
    args = parser.parse_args()

    default_batch = store_module.BATCH_SIZE
    settings = load_settings(None if load_settings().uri else Path(tempfile.mkdtemp(prefix="claimgraph-bench-")))
    driver = open_driver(settings)
    store = Store(driver, settings.database)
    try:
        extractions = synthetic(args.claims, args.people, args.sources)
        rows = baseline_rows(extractions)
        claims = len(rows)
        say(f"backend: {settings.describe()}")
        say(f"graph: {claims} claims, {args.people} people, {len(extractions)} sources")

        started = time.perf_counter()
        small = synthetic(1_000, 100, 200, seed=6)
        baseline(store, baseline_rows(small))
        ingest(store, small)
        ingest_many(store, small)
        say(f"warm-up on {len(small)} sources: {time.perf_counter() - started:.1f} s")

        if args.batch_sizes:
            big = synthetic(args.claims, args.people, 1, seed=5)
            for size in (int(s) for s in args.batch_sizes.split(",")):
                store_module.BATCH_SIZE = size
                seconds = ingest(store, big)
                many = ingest_many(store, extractions)
                say(f"  batch {size:5d}: one source of {claims} claims {claims / seconds:6.0f} claims/s;"
                    f" write_many of {len(extractions)} sources {claims / many:6.0f} claims/s")
            store_module.BATCH_SIZE = default_batch

        base = baseline(store, rows)
        say(f"baseline one bare UNWIND ... MERGE statement:     {claims / base:8.0f} claims/s  ({base:.1f} s)")
        ours = ingest(store, extractions)
        say(f"ingest  Store.write (1 transaction per source):   {claims / ours:8.0f} claims/s  ({ours:.1f} s)"
            f"  {base / ours:4.0%} of the baseline")
        many = ingest_many(store, extractions)
        say(f"ingest  Store.write_many (<= {store_module.BATCH_SIZE} claims per transaction): {claims / many:8.0f} claims/s"
            f"  ({many:.1f} s)  {base / many:4.0%} of the baseline")
        say(f"ratio: {base / many:.0%} of the baseline with write_many, {base / ours:.0%} with write (target >= 50%)")

        say(f"named queries, {args.runs} warm runs each      table (first {TABLE_ROWS} rows)   |  JSON/CSV (every row)")
        say(f"  {'':26s}p50 ms   p95 ms  rows |  p50 ms   p95 ms  rows")
        worst = {TABLE_ROWS: 0.0, None: 0.0}
        for query in cypher.named_queries():
            raw = dict(PARAMS.get(query.command_name, {}))
            if query.command_name == "source-claims":
                raw = {"source": extractions[0].source.id}
            if query.command_name == "claim-provenance":
                raw = {"claim": extractions[0].claims[0].id}
            line = f"  {query.command_name:22s}"
            for limit in (TABLE_ROWS, None):
                p50, p95, rows = latency(store, query.command_name, raw, limit, args.runs)
                worst[limit] = max(worst[limit], p95)
                line += f"  {p50:7.1f}  {p95:7.1f} {rows:5d} |"
            say(line.rstrip("|"))
        say(f"worst p95: {worst[TABLE_ROWS]:.1f} ms for a table, {worst[None]:.1f} ms for every row (target <= 200 ms);"
            f" whole run {time.perf_counter() - started:.0f} s")
    finally:
        driver.close()
        if settings.embedded:
            embedded.stop(settings.home)


if __name__ == "__main__":
    main()
