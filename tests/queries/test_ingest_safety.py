"""Writes under stress: concurrent ingests, and an ingest killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace

import pytest

from graph.model import Extraction, claim_id, prediction_id, source_id
from graph.store import Store

from .conftest import REPO, fixture_extractions


def _variant(extraction: Extraction, n: int) -> Extraction:
    """The extraction as another source (same speakers and entities), so writes share nodes."""
    text = extraction.source.text + f" Update {n}."
    url = f"{extraction.source.url}/v{n}"
    sid = source_id(url, text)
    claims = []
    for claim in extraction.claims:
        cid = claim_id(sid, claim.start, claim.end, claim.text)
        predictions = tuple(replace(p, id=prediction_id(cid, i), claim_id=cid) for i, p in enumerate(claim.predictions))
        claims.append(replace(claim, id=cid, source_id=sid, predictions=predictions))
    return replace(extraction, source=replace(extraction.source, id=sid, text=text, url=url),
                   claims=tuple(claims))


def test_two_ingests_at_once_both_land_without_duplicates(store: Store) -> None:
    fixture = fixture_extractions()
    work = [[_variant(fixture.a, n), _variant(fixture.b, n)] for n in range(8)]
    errors: list[BaseException] = []

    def ingest(extractions: list[Extraction]) -> None:
        try:
            for extraction in extractions:
                store.write(extraction)
        except BaseException as e:  # reported by the main thread
            errors.append(e)

    threads = [threading.Thread(target=ingest, args=([w[0] for w in work],)),
               threading.Thread(target=ingest, args=([w[1] for w in work],)),
               threading.Thread(target=ingest, args=([w[0] for w in reversed(work)],))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    counts = store.counts()
    assert counts["Source"] == 16
    assert counts["Claim"] == 32
    assert counts["Person"] == 3  # shared by every source, merged once
    assert counts["Entity"] == 3
    assert counts["STATED"] == 32
    assert counts["AFFILIATED_WITH"] == 1


KILLED_INGEST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from claimgraph.settings import load_settings
    from claimgraph.connect import open_driver
    from graph.model import Claim, Extraction, Person, Source, claim_id, person_id, source_id
    from graph.store import Store

    words = [f"word{i} said" for i in range(int(sys.argv[2]))]
    text = " ".join(words)
    sid = source_id(None, text)
    speaker = Person(person_id("Big Source"), "Big Source")
    claims, start = [], 0
    for w in words:
        claims.append(Claim(claim_id(sid, start, start + len(w), w), sid, speaker.id, w, start, start + len(w), False))
        start += len(w) + 1
    extraction = Extraction(Source(sid, text, title="big"), tuple(claims), people=(speaker,))
    settings = load_settings(Path(sys.argv[1]))
    store = Store(open_driver(settings), settings.database)
    print("writing", flush=True)
    store.write(extraction)
    print("written", flush=True)
    """
)


def test_a_killed_ingest_leaves_nothing_of_its_source(store: Store, settings) -> None:  # type: ignore[no-untyped-def]
    env = os.environ | {"PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_INGEST, str(settings.home), "40000"],
        stdout=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "writing"
    time.sleep(1.5)  # well into the transaction: the source row is written first
    if process.poll() is not None:
        pytest.fail("the ingest finished before it could be killed; make the source larger")
    process.send_signal(signal.SIGKILL)
    process.wait()
    # The server notices the dropped connection and rolls the transaction back.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        counts = store.counts()
        if counts["Source"] == 0 and counts["Claim"] == 0:
            break
        time.sleep(0.5)
    assert counts["Source"] == 0
    assert counts["Claim"] == 0
    assert counts["Person"] == 0
