"""The driver a command builds: it gives up on a lost server within a bounded time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph import embedded
from claimgraph.connect import open_store
from claimgraph.settings import Settings, load_settings

CLI = [sys.executable, "-m", "claimgraph"]
REPO = Path(__file__).resolve().parents[2]

#: Seconds an ingest may take to end once its server is gone. The issue
#: measured 413 s for 10 sources and more than 29 minutes for 300 before the
#: driver's retry budget was bounded (the target is 30 s, see the README);
#: this bound only catches a hang, it is not a speed target.
LOST_SERVER_BOUND_S = 90


def _articles(count: int) -> str:
    return "".join(
        f'{{"text": "Anna Berg, the mayor of district {n}, said that the new bridge would open in the spring, '
        f'and the council believes the road will be finished by the end of the year.", '
        f'"url": "https://example.org/district/{n}", "published": "2024-03-01"}}\n'
        for n in range(count)
    )


@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="kills the embedded server")
def test_an_ingest_whose_server_dies_ends_soon_with_one_line_and_lists_what_landed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    corpus = tmp_path / "district.jsonl"
    corpus.write_text(_articles(3000), encoding="utf-8")
    info = embedded.start(home, 5.0)
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    env.pop("NEO4J_URI", None)
    settings = load_settings(home)
    try:
        ingest = subprocess.Popen([*CLI, "ingest", str(corpus)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        with open_store(settings) as store:
            deadline = time.monotonic() + 300
            while store.counts()["Source"] == 0:
                assert ingest.poll() is None, ingest.communicate()
                assert time.monotonic() < deadline, "nothing landed in 300 s"
                time.sleep(0.2)
            os.kill(info.pid, signal.SIGKILL)
            killed = time.monotonic()
        try:
            out, err = ingest.communicate(timeout=LOST_SERVER_BOUND_S)
        except subprocess.TimeoutExpired:
            ingest.kill()
            ingest.communicate()
            pytest.fail(f"the ingest was still running {LOST_SERVER_BOUND_S} s after its server died")
        print(f"ingest ended {time.monotonic() - killed:.1f} s after the server was killed")
        assert ingest.returncode == 1
        assert "Traceback" not in err
        errors = [line for line in err.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1, err
        assert "connection to the graph database was lost" in errors[0]
        landed = [line.strip() for line in out.splitlines() if line.startswith("  ")]
        # Restarted, the server holds exactly the sources listed, each whole.
        with open_store(settings) as store:
            stored = {row["source"]["path"] for row in store.read("export_sources", source_ids=None)}
            counts = store.counts()
        assert sorted(stored) == sorted(landed)
        assert 0 < len(landed) < 3000
        assert counts["Claim"] == counts["STATED"] and counts["Claim"] >= len(landed)
    finally:
        embedded.stop(home)


RETRY_WARNING = """
import logging, sys
from pathlib import Path
from claimgraph.connect import open_driver
from claimgraph.settings import Settings, load_settings
driver = open_driver(load_settings(Path(sys.argv[1])))
# What the driver logs when it retries a transaction a concurrent writer held up.
logging.getLogger("neo4j.work").warning("Transaction failed and will be retried in 1.0s")
driver.close()
"""


def test_the_drivers_retry_warnings_stay_off_stderr(settings: Settings, driver: object) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", RETRY_WARNING, str(settings.home)], env=env,
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
