"""The embedded server's JVM start-up cache (JDK 25's AOT cache, JEP 483/514).

A cold start spends most of its CPU loading and linking ArcadeDB's classes,
and the first query as much again for the Cypher engine's and Bolt's. The
JVM can record which classes a run loads and, when it exits, write them
loaded and linked into a cache file that later starts map in: on this
machine the start and first query of a server took about a third less CPU
(3.2 s -> 2.1 s, ``bench/bench_cli.py``).

The first server of an installation records (its exit takes a few seconds
longer while the JVM writes the cache); every later one uses the cache. The
file lives in the user's cache directory, named for the bundled ArcadeDB and
JVM options, since a cache only fits the class path and options it was made
with (a JVM given one that does not fit says so in the server log and starts
without it). A crash or a kill writes nothing, and the next exit tries again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from platformdirs import user_cache_dir


def cache_file(jvm_args: str) -> Path:
    """Return where the cache for this installation and these JVM options lives."""
    import arcadedb_embedded

    key = f"{Path(arcadedb_embedded.__file__).parent}|{getattr(arcadedb_embedded, '__version__', '')}|{jvm_args}"
    name = f"arcadedb-{hashlib.sha256(key.encode()).hexdigest()[:16]}.aot"
    return Path(os.environ.get("CLAIMGRAPH_JVM_CACHE") or user_cache_dir("claimgraph")) / name


def options(cache: Path) -> tuple[str, Path | None]:
    """Return the JVM option that uses ``cache``, or records one; with the partial file a recording writes.

    The recording goes to a file of this process's own (``….<pid>.partial``),
    which ``keep`` renames once the JVM has exited: two servers recording at
    once never write the same file.
    """
    if cache.exists():
        return f"-XX:AOTCache={cache}", None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no cache directory: start without
        return "", None
    partial = cache.with_name(f"{cache.name}.{os.getpid()}.partial")
    return f"-XX:AOTCacheOutput={partial}", partial


def keep(partial: Path | None, cache: Path) -> None:
    """Shut the JVM down (it writes a recorded cache as it exits) and move the recording into place."""
    if partial is None:
        return
    from arcadedb_embedded.jvm import shutdown_jvm

    shutdown_jvm()
    if partial.exists() and partial.stat().st_size:
        partial.replace(cache)
    for leftover in (partial, partial.with_name(partial.name + ".config")):
        leftover.unlink(missing_ok=True)
