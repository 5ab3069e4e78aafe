"""How long `claimgraph people` takes from cold (no server) and warm (server up).

Targets (issue 2): warm <= 1.0 s wall, cold <= 4.0 s. Printed next to two
baselines measured in the same run: the bare interpreter start, and a script
that imports the neo4j driver and runs one query on the already running server
(the floor any command must pay).

Run: .venv/bin/python bench/bench_cli.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    home = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    env.pop("NEO4J_URI", None)
    people = [str(BIN / "claimgraph"), "people"]
    # The same cold start without the JVM start-up cache (claimgraph/jvmcache.py),
    # interleaved so that both see the same load. The first server records the
    # cache if there is none yet: that run is not counted.
    bare_env = {**env, "CLAIMGRAPH_HOME": tempfile.mkdtemp(prefix="claimgraph-bench-"),
                "CLAIMGRAPH_JVM_CACHE": "/proc/no-cache"}
    for e in (env, bare_env):
        subprocess.run(people, env=e, check=True, stdout=subprocess.DEVNULL)
    cold, cold_bare = [], []
    for _ in range(3):
        for e, times in ((env, cold), (bare_env, cold_bare)):
            subprocess.run([str(BIN / "claimgraph"), "db", "stop"], env=e, check=True, stdout=subprocess.DEVNULL)
            times.append(timed(people, e))
    subprocess.run([str(BIN / "claimgraph"), "db", "stop"], env=bare_env, check=True, stdout=subprocess.DEVNULL)
    warm = [timed(people, env) for _ in range(runs)]
    bare = [timed([sys.executable, "-c", "pass"], env) for _ in range(runs)]
    floor_script = (
        "from pathlib import Path; import json; from neo4j import GraphDatabase;"
        f"h=Path({str(home)!r}); i=json.loads((h/'server.json').read_text());"
        "d=GraphDatabase.driver(f\"bolt://127.0.0.1:{i['bolt_port']}\", auth=('root',(h/'credentials').read_text().strip()));"
        "d.execute_query('MATCH (p:Person) RETURN count(p)', database_='claimgraph'); d.close()"
    )
    floor = [timed([sys.executable, "-c", floor_script], env) for _ in range(runs)]
    subprocess.run([str(BIN / "claimgraph"), "db", "stop"], env=env, check=True, stdout=subprocess.DEVNULL)
    med = statistics.median
    print(f"claimgraph people, cold (server started): median {med(cold):.2f} s  (target <= 4.0 s)")
    print(f"  the same without the JVM start-up cache: median {med(cold_bare):.2f} s")
    print(f"claimgraph people, warm (server up):      median {med(warm):.2f} s  (target <= 1.0 s)")
    print(f"baseline python -c pass:                  median {med(bare):.2f} s")
    print(f"baseline neo4j driver + one query:        median {med(floor):.2f} s")
    print(f"warm / driver baseline: {med(warm) / med(floor):.2f}x   cold / warm: {med(cold) / med(warm):.1f}x")


if __name__ == "__main__":
    main()
